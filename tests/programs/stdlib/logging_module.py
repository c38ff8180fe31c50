import io
import logging
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
real_stderr = sys.stderr
sys.stderr = sys.stdout  # the default handlers write to sys.stderr; show what they write

print('--- lastResort: no handlers anywhere')
quiet = logging.getLogger('quiet')
quiet.warning('last resort %s', 'warning')
quiet.info('not shown')
quiet.error('error %d%%', 50)
print(repr(logging.lastResort), logging.lastResort.level, logging.root.handlers)

print('--- levels')
for v in (0, 10, 20, 30, 40, 50, 15, 'DEBUG', 'WARN', 'FATAL', 'NOPE', logging.NOTSET):
    print(repr(v), repr(logging.getLevelName(v)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), sorted(logging.getLevelNamesMapping().items()))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL)

print('--- root default via module functions')
logging.warning('root %s', 'warning')
logging.info('root info hidden')
print(logging.root.handlers, logging.root.level, logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
quiet.warning('now through root')

print('--- hierarchy')
abc = logging.getLogger('a.b.c')
a = logging.getLogger('a')
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is a, a.parent is logging.root, abc.name, a.getChild('b.c') is abc)
print(repr(a), repr(abc), repr(logging.root))
print(a.level, a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING))
a.setLevel('DEBUG')
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc))
abc.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING))
for bad in ('NOPE', None, 1.5):
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print('--- handlers, formatters, propagation')
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(module)s|%(filename)s|%(funcName)s|%(lineno)d'))
a.addHandler(h)
a.debug('debug %s %r', 'x', 'y')
ab.info('info from child')
abc.warning('child below its level')
abc.error('child error')


def helper():
    a.critical('inside helper')
    a.fatal('fatal alias')


helper()
print(repr(buf.getvalue()))
print(repr(h), h.level, h.formatter._fmt, a.handlers == [h], a.hasHandlers(), quiet.hasHandlers())
a.propagate = False
buf.truncate(0)
buf.seek(0)
a.warning('not propagated to root')
a.propagate = True
a.warning('propagated again')
print(repr(buf.getvalue()))
h.setLevel(logging.ERROR)
a.warning('below handler level')
a.error('at handler level')
a.removeHandler(h)
a.error('after removeHandler')
print(repr(buf.getvalue()))

print('--- styles and Formatter')
rec = logging.makeLogRecord({'name': 'fmt', 'levelno': 20, 'levelname': 'INFO', 'msg': 'value=%s', 'args': (42,),
                             'created': 86400.25, 'msecs': 250.0, 'lineno': 7, 'funcName': 'fn'})
for fmt, style in (('%(levelname)-8s:%(name)s:%(message)s', '%'), ('{levelname:>8}|{name}|{message}|{lineno:03d}', '{'),
                   ('$levelname $name $message', '$'), ('%(message)s at %(asctime)s', '%'),
                   ('{asctime} {message}', '{'), ('${asctime} $message', '$')):
    f = logging.Formatter(fmt, style=style, datefmt='%Y-%m-%d %H:%M:%S')
    f.converter = time.gmtime
    print(repr(f.format(rec)), f.usesTime())
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = time.gmtime
print(f.format(rec), f.formatTime(rec), f.formatTime(rec, '%H:%M'))
print(logging.Formatter().format(rec), logging.Formatter('%(custom)s %(message)s', defaults={'custom': 'dflt'}).format(rec))
for fmt, style in (('%(message)', '%'), ('no fields', '%'), ('{message', '{'), ('{}', '{'), ('$', '$'), ('x', '?'), ('{message!z}', '{')):
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)
print(repr(rec), rec.getMessage(), rec.message if hasattr(rec, 'message') else '-')
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([rec, rec])), repr(bf.format([])))

print('--- filters')
fbuf = io.StringIO()
fh = logging.StreamHandler(fbuf)
fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
svc = logging.getLogger('svc')
svc.propagate = False
svc.setLevel(logging.DEBUG)
svc.addHandler(fh)
fh.addFilter(logging.Filter('svc.db'))
logging.getLogger('svc.db').info('db passes')
logging.getLogger('svc.dbx').info('dbx blocked')
logging.getLogger('svc.db.pool').info('pool passes')
svc.info('parent blocked')
fh.removeFilter(fh.filters[0])


def no_secrets(record):
    return 'secret' not in record.getMessage()


class Upper:
    def filter(self, record):
        record.msg = record.msg.replace('plain', 'PLAIN')
        return True


svc.addFilter(no_secrets)
svc.addFilter(Upper())
svc.info('a secret message')
svc.info('plain message %s', 'arg')
print(repr(fbuf.getvalue()), logging.Filter('').filter(rec), logging.Filter('fm').filter(rec))

print('--- extra, mapping args, adapter, exc_info')
ebuf = io.StringIO()
eh = logging.StreamHandler(ebuf)
eh.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s'))
ex = logging.getLogger('extra')
ex.propagate = False
ex.addHandler(eh)
ex.warning('hello %(who)s, %(n)d', {'who': 'you', 'n': 3}, extra={'user': 'ann'})
try:
    ex.warning('clash', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)


class Adapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs.setdefault('extra', self.extra)
        return '[%s] %s' % (self.extra['user'], msg), kwargs


ad = Adapter(ex, {'user': 'bob'})
ad.warning('adapted %d', 1)
ad.error('kw', extra={'user': 'eve'})
plain = logging.LoggerAdapter(ex, {'user': 'zed'})
plain.warning('plain adapter')
print(repr(plain), plain.isEnabledFor(10), plain.getEffectiveLevel(), plain.name)
eh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))


def fail():
    raise ValueError('bad value')


try:
    fail()
except ValueError:
    ex.exception('caught it')
    ex.error('with exc_info', exc_info=True)
try:
    raise KeyError('k')
except KeyError as err:
    saved = err
ex.error('from instance', exc_info=saved)
ex.error('exc_info false', exc_info=False)
ex.error('no exception active', exc_info=True)
print(ebuf.getvalue().replace(HERE, '<dir>'))

print('--- stack_info and stacklevel')
sbuf = io.StringIO()
sh = logging.StreamHandler(sbuf)
sh.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(message)s'))
st = logging.getLogger('stack')
st.propagate = False
st.addHandler(sh)


def inner():
    st.warning('level1')
    st.warning('level2', stacklevel=2)
    st.warning('level9', stacklevel=9)
    st.warning('with stack', stack_info=True)


def outer():
    inner()


outer()
print(sbuf.getvalue().replace(HERE, '<dir>'))

print('--- custom handler, NullHandler, custom level, log()')


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, self.format(record)))


lh = ListHandler()
cu = logging.getLogger('custom')
cu.propagate = False
cu.addHandler(lh)
cu.addHandler(logging.NullHandler())
cu.setLevel(1)
cu.log(25, 'notice %s', 'it')
cu.log(5, 'level five')
logging.addLevelName(5, 'TRACE')
cu.log(5, 'trace now named')
try:
    cu.log('INFO', 'string level')
except TypeError as e:
    print('TypeError', e)
print(lh.records, lh.name, lh.get_name())
lh.set_name('lister')
print(lh.name, repr(lh), repr(logging.NullHandler()))

print('--- disable')
logging.disable(logging.WARNING)
cu.error('error passes disable(WARNING)')
cu.warning('warning disabled')
logging.disable()
cu.critical('critical disabled by disable()')
logging.disable(logging.NOTSET)
cu.warning('enabled again')
print([m for _, m in lh.records[-3:]], logging.root.manager.disable)

print('--- basicConfig')
for kwargs in ({'stream': sys.stdout, 'filename': 'x.log'}, {'foo': 1}, {'style': '?'}, {'level': 'NOPE', 'force': True}):
    try:
        logging.basicConfig(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.basicConfig(format='ignored: %(message)s')
logging.warning('still the first configuration')
logging.basicConfig(stream=sys.stdout, level='INFO', format='{levelname}/{name}: {message}', style='{', force=True)
logging.info('info now shown')
logging.getLogger('a.b').info('a.b via root')
logging.log(logging.ERROR, 'logging.log')
logging.critical('critical %s', 'root')
logging.debug('debug hidden')
print(logging.root.level, logging.root.handlers)
path = 'logging_module.data.tmp'
logging.basicConfig(filename=path, filemode='w', level=logging.DEBUG, format='%(levelname)s:%(message)s', force=True)
logging.debug('to the file')
logging.info('second line é')
fileh = logging.root.handlers[0]
print(type(fileh).__name__, fileh.mode, os.path.basename(fileh.baseFilename), fileh.baseFilename == os.path.abspath(path))
logging.shutdown()
with open(path) as f:
    print(repr(f.read()))
fh2 = logging.FileHandler(path, mode='a', delay=True)
print(fh2.stream)
fh2.setFormatter(logging.Formatter('%(message)s'))
cu.addHandler(fh2)
cu.warning('appended')
fh2.close()
cu.removeHandler(fh2)
with open(path) as f:
    print(repr(f.read()))
os.remove(path)

print('--- handleError')
errs = io.StringIO()
sys.stderr = errs
logging.basicConfig(stream=sys.stdout, force=True)
logging.error('bad %d', 'x')
text = errs.getvalue().splitlines()
print(text[0], text[-3:])
logging.raiseExceptions = False
logging.error('bad %d', 'again')
print(repr(errs.getvalue().count('--- Logging error ---')))
logging.raiseExceptions = True

print('--- setLoggerClass, record factory')


class MyLogger(logging.Logger):
    def hello(self):
        self.warning('hello from %s', self.name)


logging.setLoggerClass(MyLogger)
my = logging.getLogger('mine')
print(type(my).__name__, logging.getLoggerClass() is MyLogger)
my.hello()
logging.setLoggerClass(logging.Logger)
old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    record = old_factory(*args, **kwargs)
    record.tag = 'TAG'
    return record


logging.setLogRecordFactory(factory)
logging.basicConfig(stream=sys.stdout, format='%(tag)s %(message)s', force=True)
logging.warning('tagged')
logging.setLogRecordFactory(old_factory)
r = logging.LogRecord('n', 20, '/x/y/mod.py', 3, 'm %s', ('a',), None, 'func')
print(r.filename, r.module, r.funcName, r.getMessage(), r.process == os.getpid(), r.threadName, r.processName)
print(repr(r), r.levelname, r.stack_info, r.exc_text)
try:
    logging.Handler().emit(r)
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    logging.Handler(level='NOPE')
except ValueError as e:
    print('ValueError', e)
sys.stderr = real_stderr
print('done')
