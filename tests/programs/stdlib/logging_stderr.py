# The default destinations are the real sys.stderr: the last resort handler while no handler is
# configured, then the handler that the first module-level call configures. Only the last line of
# stderr is recorded, so the program ends with a non-zero status after its last log line.
import logging
import sys

log = logging.getLogger('app')
log.warning('last resort, bare message')
log.info('below the last resort level')
print('stdout between', flush=True)
logging.error('root configured %s', 'now')
log.critical('app through root: %d', 42)
sys.exit(3)
