# Formatting and routing of logging records: the three format styles over generated format
# strings and records, padding and conversions, exception and stack text, Formatter and
# BufferingFormatter subclasses, filters, a randomly built logger tree with handler levels and
# propagation, and LoggerAdapter. Every handler writes to an io.StringIO that is printed.
import io
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# lastResort writes to sys.stderr; show what it writes among the rest.
sys.stderr = sys.stdout


class Lcg:
    """A small seeded generator, so the cases are the same on every run."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state

    def below(self, n):
        return (self.next() >> 16) % n

    def pick(self, items):
        return items[self.below(len(items))]


rng = Lcg(2024)


def clean(text):
    return text.replace(HERE, '<dir>')


def fixed_record(i):
    """A record with every time-dependent field pinned."""
    level = rng.pick([5, 10, 20, 25, 30, 40, 50, 0, 33])
    return logging.makeLogRecord({
        'name': rng.pick(['app', 'app.db', 'svc.web.api', 'root', 'x']),
        'levelno': level,
        'levelname': logging.getLevelName(level),
        'msg': rng.pick(['plain', 'value=%s', 'pair %s/%s', 'pct 100%%', 'dict %(k)s']),
        'args': None,
        'created': 1000000000 + i * 3661.125,
        'msecs': float(i * 7 % 1000),
        'relativeCreated': i * 1.5,
        'lineno': i * 3 + 1,
        'funcName': rng.pick(['main', 'handler', '<module>']),
        'pathname': '/srv/app/mod%d.py' % (i % 4),
        'filename': 'mod%d.py' % (i % 4),
        'module': 'mod%d' % (i % 4),
        'process': 4242,
        'thread': 77,
        'threadName': 'MainThread',
        'processName': 'MainProcess',
    })


def with_args(record):
    if '%(k)s' in record.msg:
        record.args = {'k': 'vee'}
    elif 'pair' in record.msg:
        record.args = ('L', 'R')
    elif 'value' in record.msg:
        record.args = (rng.below(1000),)
    else:
        record.args = ()
    return record


PERCENT_FIELDS = ['%(name)s', '%(levelname)-8s', '%(levelname)8s', '%(levelno)03d', '%(levelno)x',
                  '%(message)s', '%(message)r', '%(lineno)d', '%(funcName)s', '%(module)s',
                  '%(filename)s', '%(pathname)s', '%(msecs)03d', '%(created)f', '%(process)d',
                  '%(relativeCreated).1f', '%(threadName)s', '%(processName)s', '%(lineno)-5d']
BRACE_FIELDS = ['{name}', '{levelname:<8}', '{levelname:>8}', '{levelno:03d}', '{levelno:x}',
                '{message}', '{message!r}', '{lineno}', '{funcName:^12}', '{module}', '{msecs:03.0f}',
                '{created:.2f}', '{name!s:_>10}', '{levelname[0]}', '{args!a}']
DOLLAR_FIELDS = ['$name', '${levelname}', '$levelno', '${message}', '$lineno', '${funcName}', '$module',
                 '$$', '${filename}x', '$msecs']
SEPARATORS = [' ', ':', ' | ', '-', '', '\t', ' [', '] ']


def build_format(fields):
    count = 1 + rng.below(4)
    return ''.join(rng.pick(fields) + rng.pick(SEPARATORS) for _ in range(count))


print('--- generated formats over generated records')
for i in range(60):
    style = rng.pick(['%', '{', '$'])
    fields = {'%': PERCENT_FIELDS, '{': BRACE_FIELDS, '$': DOLLAR_FIELDS}[style]
    fmt = build_format(fields)
    record = with_args(fixed_record(i))
    try:
        formatter = logging.Formatter(fmt, style=style)
        print(i, style, repr(fmt), '->', repr(formatter.format(record)))
    except (ValueError, KeyError, TypeError) as e:
        print(i, style, repr(fmt), type(e).__name__, e)

print('--- asctime, datefmt and millisecond formats')
for i in range(8):
    record = fixed_record(i)
    record.args = ()
    record.msg = 'tick'
    for fmt, style in (('%(asctime)s %(message)s', '%'), ('{asctime}|{message}', '{'),
                       ('$asctime $message', '$'), ('${asctime}', '$')):
        formatter = logging.Formatter(fmt, style=style, datefmt=rng.pick([None, '%H:%M:%S', '%d/%m/%Y']))
        formatter.converter = time.gmtime
        print(i, repr(formatter.format(record)), formatter.usesTime(), repr(record.asctime))
    formatter = logging.Formatter('%(asctime)s')
    formatter.converter = time.gmtime
    formatter.default_msec_format = rng.pick(['%s.%03d', None, '%s+%d'])
    print(i, repr(formatter.formatTime(record)), repr(formatter.formatTime(record, '%Y')))
print(logging.Formatter('%(message)s').usesTime(), logging.Formatter('%(asctime)-20s', style='%').usesTime(),
      logging.Formatter('{asctime:>30}', style='{').usesTime(), logging.Formatter('x $asctimes', style='$').usesTime())

print('--- defaults')
record = fixed_record(100)
record.args = ()
record.msg = 'with defaults'
for fmt, style in (('%(user)s:%(message)s', '%'), ('{user}/{message}', '{'), ('$user $message', '$')):
    formatter = logging.Formatter(fmt, style=style, defaults={'user': 'nobody', 'message': 'shadowed'})
    print(repr(formatter.format(record)))
    try:
        print(repr(logging.Formatter(fmt, style=style).format(record)))
    except ValueError as e:
        print('ValueError', e)

print('--- exception and stack text')
exc_buf = io.StringIO()
exc_handler = logging.StreamHandler(exc_buf)
exc_handler.setFormatter(logging.Formatter('%(levelname)s %(name)s %(funcName)s: %(message)s'))
exc_log = logging.getLogger('exc')
exc_log.propagate = False
exc_log.addHandler(exc_handler)


def explode(depth):
    if depth == 0:
        raise ZeroDivisionError('depth reached')
    explode(depth - 1)


for depth in range(3):
    try:
        explode(depth)
    except ZeroDivisionError:
        exc_log.exception('depth %d', depth)


def deep_stack():
    exc_log.info('not shown: below WARNING')
    exc_log.warning('with stack', stack_info=True)
    exc_log.warning('caller level', stacklevel=2)


deep_stack()
def lookup(table, key):
    if key not in table:
        raise KeyError(key)
    return table[key]


try:
    lookup({}, 'missing')
except KeyError as err:
    caught = err
exc_log.error('stored exception', exc_info=caught)
exc_log.error('tuple', exc_info=(ValueError, ValueError('as tuple'), None))
print(clean(exc_buf.getvalue()))

print('--- exc_text is cached on the record')
rec = logging.makeLogRecord({'msg': 'cached', 'exc_info': (TypeError, TypeError('t'), None)})
first = logging.Formatter('%(message)s').format(rec)
print(repr(first), repr(rec.exc_text))
rec.exc_text = 'replaced text'
print(repr(logging.Formatter('[%(message)s]').format(rec)))
rec2 = logging.makeLogRecord({'msg': 'ends with newline\n', 'exc_text': 'EXC', 'stack_info': 'STACK'})
print(repr(logging.Formatter('%(message)s').format(rec2)))


print('--- Formatter subclasses')


class Bracketing(logging.Formatter):
    def formatMessage(self, record):
        return '<' + super().formatMessage(record) + '>'

    def formatException(self, ei):
        return 'EXC(%s: %s)' % (ei[0].__name__, ei[1])

    def formatStack(self, stack_info):
        return 'STACK(%d lines)' % len(stack_info.splitlines())

    def formatTime(self, record, datefmt=None):
        return 'T%d' % int(record.created)


class Headed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return 'BEGIN %d\n' % len(records)

    def formatFooter(self, records):
        return 'END\n'


sub = Bracketing('%(asctime)s %(levelname)s %(message)s')
for i in range(5):
    r = with_args(fixed_record(200 + i))
    if i % 2:
        r.exc_info = (KeyError, KeyError('k%d' % i), None)
    if i % 3 == 0:
        r.stack_info = 'Stack (most recent call last):\n  one\n  two'
    print(repr(sub.format(r)))
batch = [with_args(fixed_record(300 + i)) for i in range(3)]
print(repr(Headed(logging.Formatter('%(name)s;%(message)s\n')).format(batch)))
print(repr(Headed().format([])), repr(logging.BufferingFormatter().format(batch[:1])))

print('--- filters')
names = ['', 'a', 'a.b', 'a.b.c', 'ab', 'a.bc', 'b', 'a.b.c.d', 'x.a.b']
for filter_name in names:
    f = logging.Filter(filter_name)
    passed = [n for n in names if n and f.filter(logging.makeLogRecord({'name': n}))]
    print(repr(filter_name), passed)


class Counting:
    def __init__(self, limit):
        self.seen = 0
        self.limit = limit

    def filter(self, record):
        self.seen += 1
        return self.seen <= self.limit


filter_buf = io.StringIO()
filtered_handler = logging.StreamHandler(filter_buf)
filtered_handler.setFormatter(logging.Formatter('%(name)s %(message)s'))
counting = Counting(3)
filtered_handler.addFilter(counting)
filtered_handler.addFilter(counting)
filtered_handler.addFilter(lambda record: 'drop' not in record.msg)
flog = logging.getLogger('filters')
flog.propagate = False
flog.addHandler(filtered_handler)
for i in range(6):
    flog.warning('message %d %s', i, 'drop' if i == 1 else 'keep')
print(repr(filter_buf.getvalue()), counting.seen, len(filtered_handler.filters))
filtered_handler.removeFilter(counting)
filtered_handler.removeFilter(counting)
flog.warning('after removal')
print(repr(filter_buf.getvalue().splitlines()[-1]), len(filtered_handler.filters))

print('--- a generated logger tree')
parts = ['p', 'q', 'r']
all_names = []
for i in range(24):
    depth = 1 + rng.below(3)
    all_names.append('.'.join(rng.pick(parts) for _ in range(depth)))
buffers = {}
for name in all_names:
    logger = logging.getLogger('tree.' + name)
    if rng.below(3) == 0:
        logger.setLevel(rng.pick([10, 20, 30, 40]))
    if rng.below(4) == 0:
        logger.propagate = False
    if rng.below(3) == 0 and name not in buffers:
        buf = io.StringIO()
        handler = logging.StreamHandler(buf)
        handler.setLevel(rng.pick([0, 10, 20, 30, 40]))
        if rng.below(2):
            handler.setFormatter(logging.Formatter('%(name)s>%(levelname)s>%(message)s'))
        else:
            handler.setFormatter(logging.Formatter('{name}|{levelno}|{message}', style='{'))
        logger.addHandler(handler)
        buffers[name] = buf
tree_root = logging.getLogger('tree')
tree_root.setLevel(logging.DEBUG)
top_buf = io.StringIO()
top_handler = logging.StreamHandler(top_buf)
top_handler.setFormatter(logging.Formatter('TOP %(name)s %(levelname)s %(message)s'))
tree_root.addHandler(top_handler)
tree_root.propagate = False
for name in sorted(set(all_names)):
    logger = logging.getLogger('tree.' + name)
    print(name, logger.parent.name, logger.level, logger.getEffectiveLevel(), logger.propagate,
          logger.hasHandlers(), repr(logger))
for i in range(50):
    name = rng.pick(all_names)
    level = rng.pick([10, 20, 30, 40, 50])
    logging.getLogger('tree.' + name).log(level, 'event %d', i)
for name in sorted(buffers):
    print('handler at', name, repr(buffers[name].getvalue()))
print(repr(top_buf.getvalue()))
# Loggers created now take over the places held for them in the tree.
for name in sorted(set(all_names)):
    prefix = name.rsplit('.', 1)[0]
    if prefix != name:
        middle = logging.getLogger('tree.' + prefix)
        print(name, '->', logging.getLogger('tree.' + name).parent.name, middle.parent.name)

print('--- LoggerAdapter')
adapter_buf = io.StringIO()
adapter_handler = logging.StreamHandler(adapter_buf)
adapter_handler.setFormatter(logging.Formatter('%(levelname)s %(request)s %(message)s'))
base = logging.getLogger('adapted')
base.propagate = False
base.addHandler(adapter_handler)
base.setLevel(logging.INFO)


class Prefixing(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        msg, kwargs = super().process(msg, kwargs)
        return '[%s] %s' % (self.extra['request'], msg), kwargs


plain = logging.LoggerAdapter(base, {'request': 'r1'})
prefixed = Prefixing(base, {'request': 'r2'})
for adapter in (plain, prefixed):
    adapter.debug('hidden %s', 'debug')
    adapter.info('info %s', 'shown')
    adapter.warning('warning %d', 2)
    adapter.error('error')
    adapter.critical('critical %r', 'x')
    adapter.log(35, 'custom level')
    try:
        raise RuntimeError('in adapter')
    except RuntimeError:
        adapter.exception('exception')
print(clean(adapter_buf.getvalue()))
print(repr(plain), plain.name, plain.manager is logging.Logger.manager, plain.isEnabledFor(logging.DEBUG),
      plain.getEffectiveLevel(), plain.hasHandlers())
plain.setLevel(logging.ERROR)
print(base.level, repr(prefixed))

print('--- handler and logger reprs')
sbuf = io.StringIO()
print(repr(logging.StreamHandler(sbuf)), repr(logging.NullHandler()), repr(logging.Handler(25)))
named = logging.StreamHandler(sbuf)
named.name = 'nm'
named.setLevel('ERROR')
print(named.name, named.get_name(), repr(named))
print(repr(logging.getLogger('tree.p')), repr(logging.root), repr(logging.getLogger('tree').getChild('p.q')))
print('done')
