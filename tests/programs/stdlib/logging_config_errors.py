# Configuration and its errors: basicConfig's argument checks (and which take effect before an
# error), level names in both directions, bad levels everywhere a level is accepted, format
# validation over generated format strings in each style, logger-tree errors, and the report
# handleError writes when a record cannot be formatted.
import io
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.stderr = sys.stdout  # default handlers write to sys.stderr; show it with the rest


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return (self.state >> 16) % n

    def pick(self, items):
        return items[self.below(len(items))]


rng = Lcg(99)


def show(label, action):
    try:
        result = action()
        print(label, 'ok', repr(result))
    except Exception as e:
        print(label, type(e).__name__, e)


print('--- level names, both directions')
for value in [0, 5, 10, 15, 20, 30, 40, 50, 51, -1, 'DEBUG', 'INFO', 'WARN', 'WARNING', 'FATAL',
              'CRITICAL', 'NOTSET', 'debug', 'Level 10', '', None, 10.0, True, (1,)]:
    show('getLevelName(%r)' % (value,), lambda: logging.getLevelName(value))
logging.addLevelName(15, 'VERBOSE')
logging.addLevelName(35, 'NOTICE')
logging.addLevelName(35, 'NOTICE2')
for value in [15, 'VERBOSE', 35, 'NOTICE', 'NOTICE2']:
    show('after addLevelName %r' % (value,), lambda: logging.getLevelName(value))
mapping = logging.getLevelNamesMapping()
print(list(mapping.items()))
mapping['EXTRA'] = 1
print('EXTRA' in logging.getLevelNamesMapping())
for number in range(0, 60, 5):
    name = logging.getLevelName(number)
    back = logging.getLevelName(name)
    print(number, name, back, back == number)

print('--- bad levels wherever a level is accepted')
probe = logging.getLogger('probe')
bad_levels = ['NOPE', 'info', '', None, 1.5, [], b'INFO', 'VERBOSE', 35, True]
for level in bad_levels:
    show('Logger.setLevel(%r)' % (level,), lambda: (probe.setLevel(level), probe.level)[1])
    show('Handler(%r)' % (level,), lambda: logging.Handler(level).level)
    show('Handler.setLevel(%r)' % (level,), lambda: (lambda h: (h.setLevel(level), h.level)[1])(logging.NullHandler()))
    show('Logger(%r)' % (level,), lambda: logging.Logger('x', level).level)
probe.setLevel(logging.NOTSET)
for level in ['INFO', 10.0, None, '20']:
    show('log(%r)' % (level,), lambda: probe.log(level, 'message'))
logging.raiseExceptions = False
show('log with raiseExceptions off', lambda: probe.log('INFO', 'dropped silently'))
logging.raiseExceptions = True
for level in ['WARNING', 'nope', 3.0, 45]:
    show('disable(%r)' % (level,), lambda: (logging.disable(level), logging.root.manager.disable)[1])
logging.disable(logging.NOTSET)

print('--- logger tree errors')
for name in [5, None, b'x', '', 'root', 'a..b', '.lead', 'trail.']:
    show('getLogger(%r)' % (name,), lambda: repr(logging.getLogger(name)))
show('manager.getLogger(None)', lambda: logging.root.manager.getLogger(None))
show('manager.getLogger(3)', lambda: logging.root.manager.getLogger(3))
show('setLoggerClass(int)', lambda: logging.setLoggerClass(int))
show('setLoggerClass(Logger)', lambda: logging.setLoggerClass(logging.Logger))
show('manager.setLoggerClass(dict)', lambda: logging.root.manager.setLoggerClass(dict))
print(repr(logging.getLogger('a..b').parent), repr(logging.getLogger('trail.').parent))
record_logger = logging.getLogger('records')
for key in ['message', 'asctime', 'name', 'levelno', 'msg', 'custom', 'exc_text']:
    show('extra %r' % key, lambda: record_logger.makeRecord('records', 20, 'f.py', 1, 'm', (), None,
                                                             extra={key: 1}).__dict__.get(key))
show('emit', lambda: logging.Handler().emit(logging.makeLogRecord({})))
show('makeLogRecord({})', lambda: (lambda r: (r.name, r.levelno, r.levelname, r.msg, r.args, r.lineno,
                                               r.pathname, r.filename, r.module, r.funcName))(
                                                   logging.makeLogRecord({})))

print('--- format validation over generated format strings')
PIECES = {
    '%': ['%(message)s', '%(name)-10s', '%(levelno)d', '%(msg)', '%(bad', '%s', '%%', '%(x)5.2f',
          '%(levelname)q', 'text', ' ', '%(asctime)s', '%(name)*s', '%(a)#x'],
    '{': ['{message}', '{name:>10}', '{levelno:d}', '{', '}', '{}', '{0}', '{a.b}', '{a[0]}',
          '{a-b}', '{m!z}', '{m!r}', '{m:%%}', '{m:{w}}', '{m:zz}', '{{', '}}', 'text', ' ',
          '{m!}', '{m:<<<}'],
    '$': ['$message', '${name}', '$$', '$', '${bad', '$1', 'text', ' ', '${asctime}', '$ x',
          '${}'],
}
for i in range(90):
    style = rng.pick(['%', '{', '$'])
    fmt = ''.join(rng.pick(PIECES[style]) for _ in range(1 + rng.below(3)))
    try:
        f = logging.Formatter(fmt, style=style)
        print(i, style, repr(fmt), 'valid', f.usesTime())
    except ValueError as e:
        print(i, style, repr(fmt), 'ValueError', e)
for fmt, style in [('', '%'), (None, '{'), ('', '$'), ('x', '&'), ('x', None), ('%(m)s', '')]:
    show('Formatter(%r, style=%r)' % (fmt, style), lambda: logging.Formatter(fmt, style=style)._fmt)

print('--- validate=False defers errors to format time')
rec = logging.makeLogRecord({'msg': 'hello %s', 'args': ('there',), 'name': 'n'})
for fmt, style in [('%(missing)s', '%'), ('{missing}', '{'), ('$missing', '$'), ('%(msg)d', '%'),
                   ('{msg:d}', '{'), ('{msg[0]}!', '{'), ('plain', '%'), ('$$ $name', '$'), ('{0}', '{'),
                   ('%(name)s %', '%'), ('{name!r:>6}', '{')]:
    show('format %r %s' % (fmt, style), lambda: logging.Formatter(fmt, style=style, validate=False).format(rec))

print('--- basicConfig argument errors')
cases = [
    {'stream': sys.stdout, 'filename': 'x.log'},
    {'handlers': [logging.NullHandler()], 'stream': sys.stdout},
    {'handlers': [logging.NullHandler()], 'filename': 'x.log'},
    {'style': '#'},
    {'style': '{', 'format': '%(message)s'},
    {'format': 'no fields'},
    {'bogus': 1},
    {'bogus': 1, 'other': 2, 'format': '%(message)s'},
    {'level': 'LOUD'},
    {'level': 2.5},
    {'stream': sys.stdout, 'level': 'INFO', 'unknown_option': True},
]
for kwargs in cases:
    before = (logging.root.level, len(logging.root.handlers))
    show('basicConfig(%s)' % sorted(kwargs), lambda: logging.basicConfig(force=True, **kwargs))
    after = (logging.root.level, [type(h).__name__ for h in logging.root.handlers])
    print('   root before', before, 'after', after)
    logging.root.setLevel(logging.WARNING)
    for h in list(logging.root.handlers):
        logging.root.removeHandler(h)

print('--- basicConfig when already configured ignores everything')
logging.basicConfig(stream=sys.stdout, format='first:%(levelname)s:%(message)s')
show('second call', lambda: logging.basicConfig(bogus=1, style='#', stream=sys.stdout, filename='x'))
logging.warning('still first')
print(logging.root.handlers)

print('--- handlers keep their own formatters')
buf = io.StringIO()
mine = logging.StreamHandler(buf)
mine.setFormatter(logging.Formatter('MINE %(message)s'))
bare = logging.StreamHandler(buf)
logging.basicConfig(handlers=[mine, bare], format='BASIC {levelname} {message}', style='{', level='DEBUG',
                    force=True)
logging.debug('to both %d', 1)
logging.info('and again')
print(repr(buf.getvalue()), logging.root.level, len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, format='$levelname/$name/$message', style='$', force=True)
logging.getLogger('x.y').error('dollar style')
logging.basicConfig(stream=sys.stdout, datefmt='%Y', format='%(message)s', force=True)
logging.critical('plain critical')
logging.exception('exception without an active one')
logging.fatal('fatal alias')
logging.log(logging.ERROR, 'via log %s', 'x')

print('--- handleError reports a record that cannot be formatted')
report = io.StringIO()
sys.stderr = report
logging.basicConfig(stream=sys.stdout, force=True)
logging.error('needs %d', 'a string')
logging.error('two %s %s', 'only one')
logging.error('mapping %(key)s', {'other': 1})
text = report.getvalue().replace(HERE, '<dir>')
blocks = text.split('--- Logging error ---\n')
print(len(blocks) - 1)
for block in blocks[1:]:
    lines = block.splitlines()
    print([line for line in lines if not line.startswith(' ')])
sys.stderr = sys.stdout

print('--- captureWarnings, setStream, FileHandler reopening, shutdown')
import warnings
wbuf = io.StringIO()
logging.basicConfig(stream=wbuf, format='%(name)s|%(levelname)s|%(message)s', force=True)
logging.captureWarnings(True)
logging.captureWarnings(True)
warnings.warn('careful', UserWarning)
warnings.warn_explicit('explicit', RuntimeWarning, 'somefile.py', 12)
logging.captureWarnings(False)
logging.captureWarnings(False)
print(repr(wbuf.getvalue().replace(HERE, '<dir>')))
switching = logging.StreamHandler(io.StringIO())
other = io.StringIO()
print(switching.setStream(switching.stream) is None, switching.setStream(other) is not None,
      switching.stream is other)
path = 'logging_config_errors.tmp'
wfile = logging.FileHandler(path, mode='w', delay=True)
print(wfile.stream, repr(wfile).replace(os.getcwd(), '<cwd>'), wfile.encoding, wfile.mode, wfile.delay)
wfile.setFormatter(logging.Formatter('%(message)s'))
wfile.emit(logging.makeLogRecord({'msg': 'one'}))
wfile.close()
wfile.emit(logging.makeLogRecord({'msg': 'dropped: a closed w-mode file is not truncated again'}))
with open(path) as f:
    print(wfile.stream, repr(f.read()))
afile = logging.FileHandler(path, mode='a')
afile.close()
afile.emit(logging.makeLogRecord({'msg': 'an a-mode file reopens'}))
afile.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
wrapped = logging.LoggerAdapter(logging.getLogger('wrapped'))
print(wrapped.manager is logging.Logger.manager, wrapped.extra)
fresh = logging.Manager(logging.RootLogger(logging.INFO))
print(fresh.disable, fresh.getLogger('a.b').parent.name, fresh.getLogger('a').manager is fresh,
      fresh.getLogger('a.b').parent.name, sorted(fresh.loggerDict))
logging.getLogger('ph.child')
print(type(logging.Logger.manager.loggerDict['ph']).__name__)
logging.shutdown()
print(type(logging.lastResort).__name__, logging.lastResort.stream is sys.stderr)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    logging.getLogger('old').warn('deprecated warn')
    logging.warn('module warn')
    wrapped.warn('adapter warn')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print('done')
