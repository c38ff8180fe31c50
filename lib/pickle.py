"""Serialising Python objects to bytes and back, byte-compatible with CPython's pickle for
protocols 0 to 5.

The writer walks the object graph, emitting one opcode per step; objects it has written are
remembered (the memo) so shared and recursive references come back shared.  The reader runs the
opcodes on a stack machine."""

import sys
import io
import copyreg
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "PickleBuffer", "ADDITEMS", "APPEND",
           "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT", "BININT1",
           "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8",
           "BUILD", "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST", "INT", "LIST",
           "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ",
           "PERSID", "POP", "POP_MARK", "PROTO", "PUT", "READONLY_BUFFER", "REDUCE",
           "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3",
           "UNICODE"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
bytes_types = (bytes, bytearray)


def _u8(n):
    return bytes((n,))


def _u16(n):
    return n.to_bytes(2, 'little')


def _u32(n):
    return n.to_bytes(4, 'little')


def _i32(n):
    return n.to_bytes(4, 'little', signed=True)


def _u64(n):
    return n.to_bytes(8, 'little')


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """The data could not be unpickled."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    """A buffer that protocol 5 may hand to a buffer_callback instead of copying it in."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        self._view = None

    def __bytes__(self):
        return bytes(self.raw())


# Opcodes, each one byte.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000

# Python 2 names written by protocols 0-2 (and read back), as CPython's fix_imports does.
_PY2_MODULE = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
               'socketserver': 'SocketServer', 'configparser': 'ConfigParser',
               'reprlib': 'repr', 'collections.abc': 'collections'}
_PY3_MODULE = {v: k for k, v in _PY2_MODULE.items() if k != 'collections.abc'}
_PY3_MODULE.update({'exceptions': 'builtins', 'UserDict': 'collections',
                    'UserList': 'collections', 'UserString': 'collections',
                    'cPickle': 'pickle', '_abcoll': 'collections.abc'})
_PY2_NAME = {('builtins', 'range'): ('__builtin__', 'xrange'),
             ('functools', 'reduce'): ('__builtin__', 'reduce'),
             ('builtins', 'str'): ('__builtin__', 'unicode'),
             ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
             ('collections', 'UserList'): ('UserList', 'UserList'),
             ('collections', 'UserString'): ('UserString', 'UserString'),
             ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
             ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
             ('_functools', 'reduce'): ('__builtin__', 'reduce'),
             ('builtins', 'int'): ('__builtin__', 'long'),
             ('builtins', 'chr'): ('__builtin__', 'unichr'),
             ('builtins', 'zip'): ('itertools', 'izip'),
             ('builtins', 'map'): ('itertools', 'imap'),
             ('builtins', 'filter'): ('itertools', 'ifilter')}
_PY3_NAME = {v: k for k, v in _PY2_NAME.items()}
_PY3_NAME.update({('__builtin__', 'basestring'): ('builtins', 'str'),
                  ('__builtin__', 'long'): ('builtins', 'int'),
                  ('__builtin__', 'unichr'): ('builtins', 'chr'),
                  ('__builtin__', 'intern'): ('sys', 'intern'),
                  ('UserDict', 'UserDict'): ('collections', 'UserDict'),
                  ('itertools', 'imap'): ('builtins', 'map'),
                  ('itertools', 'izip'): ('builtins', 'zip'),
                  ('itertools', 'ifilter'): ('builtins', 'filter')})
_PY2_EXCEPTIONS = frozenset((
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError',
    'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception',
    'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError',
    'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt',
    'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError',
    'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'RuntimeError',
    'RuntimeWarning', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError',
    'SystemExit', 'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError',
    'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning',
    'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError'))
_PY3_ONLY_EXCEPTIONS = {
    'ModuleNotFoundError': 'ImportError', 'BlockingIOError': 'OSError',
    'BrokenPipeError': 'OSError', 'ChildProcessError': 'OSError',
    'ConnectionAbortedError': 'OSError', 'ConnectionError': 'OSError',
    'ConnectionRefusedError': 'OSError', 'ConnectionResetError': 'OSError',
    'FileExistsError': 'OSError', 'FileNotFoundError': 'OSError', 'InterruptedError': 'OSError',
    'IsADirectoryError': 'OSError', 'NotADirectoryError': 'OSError',
    'PermissionError': 'OSError', 'ProcessLookupError': 'OSError', 'TimeoutError': 'OSError',
    'RecursionError': 'RuntimeError'}


def _to_py2(module, name):
    if (module, name) in _PY2_NAME:
        return _PY2_NAME[(module, name)]
    if module == 'builtins' and name in _PY2_EXCEPTIONS:
        return 'exceptions', name
    if module == 'builtins' and name in _PY3_ONLY_EXCEPTIONS:
        return 'exceptions', _PY3_ONLY_EXCEPTIONS[name]
    return _PY2_MODULE.get(module, module), name


def _to_py3(module, name):
    if (module, name) in _PY3_NAME:
        return _PY3_NAME[(module, name)]
    return _PY3_MODULE.get(module, module), name


def _long_bytes(value):
    """The shortest little-endian two's complement bytes of value (empty for 0)."""
    if value == 0:
        return b''
    size = (value.bit_length() >> 3) + 1
    raw = value.to_bytes(size, 'little', signed=True)
    if value < 0 and size > 1 and raw[-1] == 0xff and (raw[-2] & 0x80):
        raw = raw[:-1]
    return raw


def encode_long(x):
    return _long_bytes(x)


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _raw_unicode_escape(text):
    """text as raw-unicode-escape bytes: latin-1 characters as is, others as \\uXXXX or
    \\UXXXXXXXX."""
    parts = []
    for ch in text:
        code = ord(ch)
        if code < 256:
            parts.append(ch)
        elif code < 0x10000:
            parts.append('\\u%04x' % code)
        else:
            parts.append('\\U%08x' % code)
    return ''.join(parts).encode('latin-1')


def _from_raw_unicode_escape(data):
    text = data.decode('latin-1')
    if '\\' not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == '\\' and i + 1 < n and text[i + 1] in 'uU':
            width = 4 if text[i + 1] == 'u' else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    out.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        out.append(ch)
        i += 1
    return ''.join(out)


def _lookup_dotted(owner, dotted):
    """Follow the dotted path from owner; returns (object, its parent)."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(dotted, owner))
        parent = owner
        owner = getattr(owner, part)
    return owner, parent


def whichmodule(obj, name):
    """The name of the module obj can be found in under name."""
    declared = getattr(obj, '__module__', None)
    if declared is not None:
        return declared
    for candidate, module in list(sys.modules.items()):
        if candidate != '__main__' and module is not None and _holds(module, name, obj):
            return candidate
    return '__main__'


def _holds(module, dotted, obj):
    try:
        return _lookup_dotted(module, dotted)[0] is obj
    except AttributeError:
        return False


class _FrameWriter:
    """Buffers output in frames of about 64 KiB for protocol 4+; large bytes/str payloads
    bypass the frame."""

    def __init__(self, write):
        self.file_write = write
        self.frame = None

    def start(self):
        self.frame = []
        self.size = 0

    def stop(self):
        self.commit(force=True)
        self.frame = None

    def write(self, data):
        if self.frame is None:
            self.file_write(data)
        else:
            self.frame.append(data)
            self.size += len(data)

    def commit(self, force=False):
        if self.frame is None:
            return
        if self.size >= _FRAME_TARGET or (force and self.size):
            payload = b''.join(self.frame)
            self.frame = []
            self.size = 0
            if len(payload) >= 4:
                self.file_write(FRAME + _u64(len(payload)))
            self.file_write(payload)

    def write_large(self, header, payload):
        """A header and big payload written outside any frame (after flushing the frame)."""
        if self.frame is None:
            self.file_write(header)
            self.file_write(payload)
            return
        self.commit(force=True)
        self.file_write(header)
        self.file_write(payload)


_NATIVE_MODULES = frozenset((
    '_thread', '_io', '_socket', '_ssl', '_csv', '_sre', 're', 'zlib', '_hashlib', '_blake2',
    '_md5', '_sha1', '_sha256', '_sha512', '_sha3', '_struct', 'select', 'mmap', '_queue',
    'itertools', '_asyncio', '_bz2', '_lzma', '_json', '_pickle'))


def _default_reduction(obj, proto):
    """What object.__reduce_ex__(proto) gives for obj: the copyreg recipe that rebuilds it
    from its class, constructor arguments and state."""
    cls = type(obj)
    if isinstance(obj, (set, frozenset)):
        # set's own reduction, which its subclasses inherit in CPython.
        return cls, (list(obj),), getattr(obj, '__dict__', None) or None
    if getattr(cls, '__module__', None) in _NATIVE_MODULES:
        # Types that are written in C in CPython cannot be pickled unless they say how.
        raise TypeError(f"cannot pickle '{cls.__module__}.{cls.__qualname__}' object")
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    args = kwargs = None
    if getnewargs_ex is not None:
        pair = getnewargs_ex()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(pair).__name__)
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(pair))
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be "
                            "a dict, not '%s'" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
            if isinstance(obj, str):
                # A str subclass may hand back itself; its plain text is what rebuilds it.
                args = tuple(str.__str__(a) if a is obj else a for a in args)
    has_args = args is not None
    if not kwargs:
        maker = copyreg.__newobj__
        made_args = (cls,) + (args or ())
    else:
        maker = copyreg.__newobj_ex__
        made_args = (cls, args, kwargs)
    state = _object_state(obj)
    list_items = iter(obj) if isinstance(obj, list) else None
    dict_items = iter(obj.items()) if isinstance(obj, dict) else None
    return maker, made_args, state, list_items, dict_items


def _builtin_reduction(obj, proto):
    """The reduction CPython's builtin types give for obj (the runtime refuses to reduce most
    of its builtin objects itself)."""
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    cls = type(obj)
    if cls is range or cls is slice:
        return cls, (obj.start, obj.stop, obj.step)
    if isinstance(obj, BaseException) or cls.__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    if cls is memoryview:
        raise TypeError("cannot pickle memoryview objects")
    if cls.__name__ == 'method':
        # A bound method is rebuilt by looking its name up on the object again.
        return getattr, (obj.__self__, obj.__func__.__name__)
    if proto >= 2 and _program_defines(cls, '__getnewargs__'):
        return _default_reduction(obj, proto)
    raise TypeError(f"cannot pickle {cls.__name__!r} object")


def _program_defines(cls, attribute):
    """Whether a class of the program or of the bundled library (not a builtin) in cls's MRO
    defines attribute."""
    for klass in cls.__mro__:
        if getattr(klass, '__module__', None) != 'builtins' and attribute in klass.__dict__:
            return True
    return False


def _object_state(obj):
    """obj.__getstate__() as object's default gives it: the instance dict (None when empty),
    paired with a dict of the set slots when the class has slots."""
    if _program_defines(type(obj), '__getstate__'):
        return obj.__getstate__()
    state = getattr(obj, '__dict__', None)
    if not state:
        state = None
    slot_names = copyreg._slotnames(type(obj))
    if slot_names:
        slots = {}
        for name in slot_names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


_UNPICKLABLE_BUILTINS = ('generator', 'coroutine', 'async_generator', 'module', 'frame',
                         'code', 'traceback', 'method-wrapper', '_io.TextIOWrapper',
                         '_io.BufferedReader', '_io.BufferedWriter', '_io.FileIO')


def _checked_protocol(protocol):
    """The protocol to write: the default for None, the highest for a negative one."""
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return int(protocol)


class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        protocol = _checked_protocol(protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        write = getattr(file, 'write', None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        self._file_write = write
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol > 0
        self.fix_imports = bool(fix_imports) and protocol <= 2
        self.fast = 0
        self.memo = {}
        self.framer = _FrameWriter(write)
        self.write = self.framer.write

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self.framer.start()
        self.save(obj)
        self.write(STOP)
        self.framer.stop()

    # -- memo --------------------------------------------------------------------------------
    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.write(self._put(index))
        self.memo[id(obj)] = index, obj

    def _put(self, index):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if index < 256:
                return BINPUT + _u8(index)
            return LONG_BINPUT + _u32(index)
        return PUT + repr(index).encode("ascii") + b'\n'

    def _get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + _u8(index)
            return LONG_BINGET + _u32(index)
        return GET + repr(index).encode("ascii") + b'\n'

    # -- the walk ----------------------------------------------------------------------------
    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self._save_pers(pid)
            return
        seen = self.memo.get(id(obj))
        if seen is not None:
            self.write(self._get(seen[0]))
            return
        cls = type(obj)
        writer = _WRITERS.get(cls)
        if writer is not None:
            writer(self, obj)
            return
        table = getattr(self, 'dispatch_table', None)
        if table is None:
            table = copyreg.dispatch_table
        reducer = table.get(cls)
        if reducer is not None:
            recipe = reducer(obj)
            where = reducer
        elif isinstance(obj, type):
            self.save_global(obj)
            return
        else:
            recipe, where = self._reduce(obj)
        if isinstance(recipe, str):
            self.save_global(obj, recipe)
            return
        if not isinstance(recipe, tuple):
            raise PicklingError("%s must return a string or tuple" % where)
        if not 2 <= len(recipe) <= 6:
            raise PicklingError("tuple returned by %s must contain 2 through 6 elements" % where)
        self.save_reduce(*recipe, obj=obj)

    def _reduce(self, obj):
        cls = type(obj)
        if _program_defines(cls, '__reduce_ex__'):
            return obj.__reduce_ex__(self.proto), '__reduce_ex__'
        if _program_defines(cls, '__reduce__'):
            return obj.__reduce__(), '__reduce__'
        if getattr(cls, '__module__', None) == 'builtins':
            return _builtin_reduction(obj, self.proto), '__reduce_ex__'
        return _default_reduction(obj, self.proto), '__reduce_ex__'

    def _save_str_fresh(self, text):
        """Write text as a new memoized string even when an equal one is in the memo, which
        keeps pointing at the earlier copy."""
        self.framer.commit()
        earlier = self.memo.pop(id(text), None)
        _save_str(self, text)
        if earlier is not None:
            fresh = self.memo.pop(id(text), None)
            if fresh is not None:
                # A key no id() can take keeps the memo's size, which numbers the next entries.
                self.memo[-1 - fresh[0]] = fresh
            self.memo[id(text)] = earlier

    def _save_pers(self, pid):
        if not self.bin:
            text = str(pid)
            if not text.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + text.encode("ascii") + b'\n')
            return
        self.save(pid, save_persistent_id=False)
        self.write(BINPERSID)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        kind = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if kind == "__newobj_ex__":
            self._write_newobj_ex(args, obj)
        elif kind == "__newobj__":
            self._write_newobj(args, obj)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            remembered = self.memo.get(id(obj))
            if remembered is None:
                self.memoize(obj)
            else:
                # The arguments referred back to obj, which is already built: use that one.
                self.write(POP + self._get(remembered[0]))
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is None:
            return
        if state_setter is not None:
            # state_setter(obj, state), its result dropped.
            for part in (state_setter, obj, state):
                self.save(part)
            self.write(TUPLE2 + REDUCE + POP)
            return
        self.save(state)
        self.write(BUILD)

    def _checked_class(self, maker, cls, obj):
        if not hasattr(cls, "__new__"):
            raise PicklingError("args[0] from %s args has no __new__" % maker)
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError("args[0] from %s args has the wrong class" % maker)

    def _write_newobj(self, args, obj):
        if len(args) == 0:
            raise PicklingError("__newobj__ arglist is empty")
        self._checked_class("__newobj__", args[0], obj)
        self.save(args[0])
        self.save(args[1:])
        self.write(NEWOBJ)

    def _write_newobj_ex(self, args, obj):
        cls, positional, keywords = args
        self._checked_class("__newobj_ex__", cls, obj)
        if self.proto < 4:
            # No NEWOBJ_EX before protocol 4: call a partial of cls.__new__ instead.
            import functools
            self.save(functools.partial(cls.__new__, cls, *positional, **keywords))
            self.save(())
            self.write(REDUCE)
            return
        for part in (cls, positional, keywords):
            self.save(part)
        self.write(NEWOBJ_EX)

    def _batch_appends(self, items):
        if not self.bin:
            for item in items:
                self.save(item)
                self.write(APPEND)
            return
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) == _BATCH:
                self._flush_appends(batch)
                batch = []
        if batch:
            self._flush_appends(batch)

    def _flush_appends(self, batch):
        if len(batch) > 1:
            self.write(MARK)
            for item in batch:
                self.save(item)
            self.write(APPENDS)
        else:
            self.save(batch[0])
            self.write(APPEND)

    def _batch_setitems(self, items):
        if not self.bin:
            for key, value in items:
                self.save(key)
                self.save(value)
                self.write(SETITEM)
            return
        batch = []
        for pair in items:
            batch.append(pair)
            if len(batch) == _BATCH:
                self._flush_setitems(batch)
                batch = []
        if batch:
            self._flush_setitems(batch)

    def _flush_setitems(self, batch):
        if len(batch) > 1:
            self.write(MARK)
            for key, value in batch:
                self.save(key)
                self.save(value)
            self.write(SETITEMS)
        else:
            key, value = batch[0]
            self.save(key)
            self.save(value)
            self.write(SETITEM)

    def save_global(self, obj, name=None):
        name = name or getattr(obj, '__qualname__', None) or obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _lookup_dotted(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            if name == module_name:
                # CPython's builtin-module classes (datetime.datetime) have a qualname object of
                # their own; equal strings are one object here, so write the name afresh.
                self._save_str_fresh(name)
            else:
                self.save(name)
            self.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                module_name, name = _to_py2(module_name, name)
            try:
                line = (GLOBAL + module_name.encode('ascii') + b'\n'
                        + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle "
                                    "protocol %i" % (module_name, name, self.proto)) from None
            self.write(line)
        self.memoize(obj)


def _save_none(self, obj):
    self.write(NONE)


def _save_bool(self, obj):
    if self.proto >= 2:
        self.write(NEWTRUE if obj else NEWFALSE)
    else:
        self.write(TRUE if obj else FALSE)


def _save_int(self, obj):
    if self.bin:
        if obj >= 0:
            if obj <= 0xff:
                self.write(BININT1 + _u8(obj))
                return
            if obj <= 0xffff:
                self.write(BININT2 + _u16(obj))
                return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(BININT + _i32(obj))
            return
    if self.proto >= 2:
        data = _long_bytes(obj)
        if len(data) < 256:
            self.write(LONG1 + _u8(len(data)) + data)
        else:
            self.write(LONG4 + _i32(len(data)) + data)
        return
    if -0x80000000 <= obj <= 0x7fffffff:
        self.write(INT + repr(obj).encode("ascii") + b'\n')
    else:
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')


def _save_float(self, obj):
    if self.bin:
        self.write(BINFLOAT + pack('>d', obj))
    else:
        self.write(FLOAT + repr(obj).encode("ascii") + b'\n')


def _save_bytes(self, obj):
    if self.proto < 3:
        if not obj:
            self.save_reduce(bytes, (), obj=obj)
        else:
            self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
        return
    size = len(obj)
    if size <= 0xff:
        self.write(SHORT_BINBYTES + _u8(size) + obj)
    elif size > 0xffffffff and self.proto >= 4:
        self.framer.write_large(BINBYTES8 + _u64(size), obj)
    elif size >= _FRAME_TARGET:
        self.framer.write_large(BINBYTES + _u32(size), obj)
    else:
        self.write(BINBYTES + _u32(size) + obj)
    self.memoize(obj)


def _save_bytearray(self, obj):
    if self.proto < 5:
        if not obj:
            self.save_reduce(bytearray, (), obj=obj)
        else:
            self.save_reduce(bytearray, (bytes(obj),), obj=obj)
        return
    size = len(obj)
    if size >= _FRAME_TARGET:
        self.framer.write_large(BYTEARRAY8 + _u64(size), bytes(obj))
    else:
        self.write(BYTEARRAY8 + _u64(size) + bytes(obj))
    self.memoize(obj)


def _save_str(self, obj):
    if self.bin:
        data = obj.encode('utf-8', 'surrogatepass')
        size = len(data)
        if size <= 0xff and self.proto >= 4:
            self.write(SHORT_BINUNICODE + _u8(size) + data)
        elif size > 0xffffffff and self.proto >= 4:
            self.framer.write_large(BINUNICODE8 + _u64(size), data)
        elif size >= _FRAME_TARGET:
            self.framer.write_large(BINUNICODE + _u32(size), data)
        else:
            self.write(BINUNICODE + _u32(size) + data)
    else:
        # Characters that would end the line or be read as escapes are written escaped.
        escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                   .replace("\n", "\\u000a").replace("\r", "\\u000d")
                   .replace("\x1a", "\\u001a"))
        self.write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
    self.memoize(obj)


def _save_pickle_buffer(self, obj):
    if self.proto < 5:
        raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
    view = obj.raw()
    callback = self._buffer_callback
    if callback is not None and not callback(obj):
        # Sent out of band: only a marker stays in the pickle.
        self.write(NEXT_BUFFER + (READONLY_BUFFER if view.readonly else b''))
        return
    data = bytes(view)
    size = len(data)
    if view.readonly:
        if size <= 0xff:
            self.write(SHORT_BINBYTES + _u8(size) + data)
        elif size >= _FRAME_TARGET:
            self.framer.write_large(BINBYTES + _u32(size), data)
        else:
            self.write(BINBYTES + _u32(size) + data)
    elif size >= _FRAME_TARGET:
        self.framer.write_large(BYTEARRAY8 + _u64(size), data)
    else:
        self.write(BYTEARRAY8 + _u64(size) + data)
    self.memoize(obj)


def _save_tuple(self, obj):
    if not obj:
        self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
        return
    size = len(obj)
    memo = self.memo
    if size <= 3 and self.proto >= 2:
        for item in obj:
            self.save(item)
        if id(obj) in memo:
            self.write(POP * size + self._get(memo[id(obj)][0]))
        else:
            self.write((TUPLE1, TUPLE2, TUPLE3)[size - 1])
            self.memoize(obj)
        return
    self.write(MARK)
    for item in obj:
        self.save(item)
    if id(obj) in memo:
        # The tuple contained itself through a mutable object: drop the copy built so far.
        got = self._get(memo[id(obj)][0])
        if self.bin:
            self.write(POP_MARK + got)
        else:
            self.write(POP * (size + 1) + got)
        return
    self.write(TUPLE)
    self.memoize(obj)


def _save_list(self, obj):
    self.write(EMPTY_LIST if self.bin else MARK + LIST)
    self.memoize(obj)
    self._batch_appends(obj)


def _save_dict(self, obj):
    self.write(EMPTY_DICT if self.bin else MARK + DICT)
    self.memoize(obj)
    self._batch_setitems(obj.items())


def _save_set(self, obj):
    if self.proto < 4:
        self.save_reduce(set, (list(obj),), obj=obj)
        return
    self.write(EMPTY_SET)
    self.memoize(obj)
    items = list(obj)
    for start in range(0, len(items), _BATCH):
        self.write(MARK)
        for item in items[start:start + _BATCH]:
            self.save(item)
        self.write(ADDITEMS)


def _save_frozenset(self, obj):
    if self.proto < 4:
        self.save_reduce(frozenset, (list(obj),), obj=obj)
        return
    self.write(MARK)
    for item in obj:
        self.save(item)
    if id(obj) in self.memo:
        self.write(POP_MARK + self._get(self.memo[id(obj)][0]))
        return
    self.write(FROZENSET)
    self.memoize(obj)


def _save_type(self, obj):
    if obj is type(None):
        return self.save_reduce(type, (None,), obj=obj)
    if obj is type(NotImplemented):
        return self.save_reduce(type, (NotImplemented,), obj=obj)
    if obj is type(...):
        return self.save_reduce(type, (...,), obj=obj)
    return self.save_global(obj)


def _save_function(self, obj):
    self.save_global(obj)


def _codecs_encode_global(self, obj):
    if self.proto >= 4:
        self.save('_codecs')
        self.save('encode')
        self.write(STACK_GLOBAL)
    else:
        self.write(GLOBAL + b'_codecs\nencode\n')
    self.memoize(obj)


def _encode(text, encoding='utf-8', errors='strict'):
    return text.encode(encoding, errors)


_codecs_encode = _encode

_WRITERS = {
    type(None): _save_none, bool: _save_bool, int: _save_int, float: _save_float,
    bytes: _save_bytes, bytearray: _save_bytearray, str: _save_str, tuple: _save_tuple,
    list: _save_list, dict: _save_dict, set: _save_set, frozenset: _save_frozenset,
    type: _save_type, type(_encode): _save_function, PickleBuffer: _save_pickle_buffer,
}


def _save_codecs_encode_or_function(self, obj):
    if obj is _codecs_encode:
        _codecs_encode_global(self, obj)
    else:
        self.save_global(obj)


_WRITERS[type(_encode)] = _save_codecs_encode_or_function


def _builtin_function_writer(self, obj):
    owner = getattr(obj, '__self__', None)
    if owner is None or type(owner) is type(sys):
        self.save_global(obj)
    else:
        # A builtin method bound to an object ([].append): fetched from it again.
        self.save_reduce(getattr, (owner, obj.__name__), obj=obj)


_WRITERS[type(len)] = _builtin_function_writer


def _bad_key_message(code):
    if 0x20 <= code <= 0x7e and chr(code) not in "'\\":
        return "invalid load key, '%s'." % chr(code)
    return "invalid load key, '\\x%02x'." % code


class _Unpickler:

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self._buffers = None if buffers is None else iter(buffers)
        self.fix_imports = fix_imports
        self.encoding, self.errors = encoding, errors
        self.proto = 0
        self.memo = {}

    def load(self):
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._frame = None
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        steps = _READERS
        next_byte = self.read
        try:
            while 1:
                opcode = next_byte(1)
                if opcode:
                    step = steps.get(opcode[0])
                    if step is None:
                        raise UnpicklingError(_bad_key_message(opcode[0]))
                else:
                    raise EOFError("Ran out of input")
                step(self)
        except _Stop as stop:
            return stop.value

    # -- input, through the current frame when there is one --------------------------------
    def read(self, n):
        frame = self._frame
        if frame is not None:
            start = self._frame_pos
            end = start + n
            if end <= len(frame):
                self._frame_pos = end
                return frame[start:end]
            if start < len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        return self._file_read(n)

    def readline(self):
        frame = self._frame
        if frame is not None:
            start = self._frame_pos
            if start < len(frame):
                end = frame.find(b'\n', start)
                if end < 0:
                    raise UnpicklingError("pickle exhausted before end of frame")
                self._frame_pos = end + 1
                return frame[start:end + 1]
            self._frame = None
        return self._file_readline()

    def read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def read_line(self):
        data = self.readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            module, name = _to_py3(module, name)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        owner = sys.modules[module]
        try:
            if self.proto >= 4:
                return _lookup_dotted(owner, name)[0]
            return getattr(owner, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, owner)) \
                from None

    def decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def set_memo(self, index, value):
        self.memo[index] = value

    def get_memo(self, index):
        try:
            return self.memo[index]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % index) from None


def _r_proto(u):
    proto = u.read_exact(1)[0]
    if not 0 <= proto <= HIGHEST_PROTOCOL:
        raise ValueError("unsupported pickle protocol: %d" % proto)
    u.proto = proto


def _r_frame(u):
    size = int.from_bytes(u.read_exact(8), 'little')
    if size > sys.maxsize:
        raise ValueError("frame size > sys.maxsize: %d" % size)
    if u._frame is not None and u._frame_pos < len(u._frame):
        raise UnpicklingError("beginning of a new frame before end of current frame")
    u._frame = None
    u._frame = u.read_exact(size)
    u._frame_pos = 0


def _r_persid(u):
    try:
        pid = u.read_line().decode("ascii")
    except UnicodeDecodeError:
        raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
    u.append(u.persistent_load(pid))


def _r_binpersid(u):
    u.append(u.persistent_load(u.pop()))


def _r_none(u):
    u.append(None)


def _r_false(u):
    u.append(False)


def _r_true(u):
    u.append(True)


def _r_int(u):
    line = u.read_line()
    if line == b'00':
        u.append(False)
    elif line == b'01':
        u.append(True)
    else:
        u.append(int(line, 0))


def _r_binint(u):
    u.append(int.from_bytes(u.read_exact(4), 'little', signed=True))


def _r_binint1(u):
    u.append(u.read_exact(1)[0])


def _r_binint2(u):
    u.append(int.from_bytes(u.read_exact(2), 'little'))


def _r_long(u):
    line = u.read_line()
    if line.endswith(b'L'):
        line = line[:-1]
    u.append(int(line, 0))


def _r_long1(u):
    size = u.read_exact(1)[0]
    u.append(decode_long(u.read_exact(size)))


def _r_long4(u):
    size = int.from_bytes(u.read_exact(4), 'little', signed=True)
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u.append(decode_long(u.read_exact(size)))


def _r_float(u):
    u.append(float(u.read_line()))


def _r_binfloat(u):
    u.append(unpack('>d', u.read_exact(8))[0])


def _r_string(u):
    data = u.read_line()
    if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
        data = data[1:-1]
    else:
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u.append(u.decode_string(_unescape_bytes(data)))


def _unescape_bytes(data):
    return data.decode('latin-1').encode('latin-1').decode('unicode_escape').encode('latin-1')


def _r_binstring(u):
    size = int.from_bytes(u.read_exact(4), 'little', signed=True)
    if size < 0:
        raise UnpicklingError("BINSTRING pickle has negative byte count")
    u.append(u.decode_string(u.read_exact(size)))


def _r_short_binstring(u):
    size = u.read_exact(1)[0]
    u.append(u.decode_string(u.read_exact(size)))


def _r_binbytes(u):
    size = int.from_bytes(u.read_exact(4), 'little')
    u.append(u.read_exact(size))


def _r_short_binbytes(u):
    size = u.read_exact(1)[0]
    u.append(u.read_exact(size))


def _r_binbytes8(u):
    size = int.from_bytes(u.read_exact(8), 'little')
    u.append(u.read_exact(size))


def _r_bytearray8(u):
    size = int.from_bytes(u.read_exact(8), 'little')
    u.append(bytearray(u.read_exact(size)))


def _r_next_buffer(u):
    if u._buffers is None:
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* "
                              "argument was given")
    try:
        buffer = next(u._buffers)
    except StopIteration:
        raise UnpicklingError("not enough out-of-band buffers")
    u.append(buffer)


def _r_readonly_buffer(u):
    top = u.top()
    view = top.raw() if isinstance(top, PickleBuffer) else memoryview(top)
    if not view.readonly:
        u.stack[-1] = view.toreadonly()


def _r_unicode(u):
    u.append(_from_raw_unicode_escape(u.read_line()))


def _r_binunicode(u):
    size = int.from_bytes(u.read_exact(4), 'little')
    u.append(str(u.read_exact(size), 'utf-8', 'surrogatepass'))


def _r_binunicode8(u):
    size = int.from_bytes(u.read_exact(8), 'little')
    u.append(str(u.read_exact(size), 'utf-8', 'surrogatepass'))


def _r_short_binunicode(u):
    size = u.read_exact(1)[0]
    u.append(str(u.read_exact(size), 'utf-8', 'surrogatepass'))


def _r_tuple(u):
    items = u.pop_mark()
    u.append(tuple(items))


def _r_empty_tuple(u):
    u.append(())


def _tuple_of(count):
    def step(u):
        if len(u.stack) < count:
            raise UnpicklingError("unpickling stack underflow")
        items = tuple(u.stack[-count:])
        del u.stack[-count:]
        u.append(items)
    return step


def _r_empty_list(u):
    u.append([])


def _r_empty_dict(u):
    u.append({})


def _r_empty_set(u):
    u.append(set())


def _r_frozenset(u):
    items = u.pop_mark()
    u.append(frozenset(items))


def _r_list(u):
    items = u.pop_mark()
    u.append(items)


def _r_dict(u):
    items = u.pop_mark()
    u.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


def _instantiate(u, klass, args):
    if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
        try:
            value = klass(*args)
        except TypeError as err:
            raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                            err.__traceback__)
    else:
        value = klass.__new__(klass)
    u.append(value)


def _r_inst(u):
    module = u.read_line().decode("ascii")
    name = u.read_line().decode("ascii")
    klass = u.find_class(module, name)
    _instantiate(u, klass, u.pop_mark())


def _r_obj(u):
    args = u.pop_mark()
    klass = args.pop(0)
    _instantiate(u, klass, args)


def _r_newobj(u):
    args = u.pop()
    cls = u.pop()
    u.append(cls.__new__(cls, *args))


def _r_newobj_ex(u):
    kwargs = u.pop()
    args = u.pop()
    cls = u.pop()
    u.append(cls.__new__(cls, *args, **kwargs))


def _r_global(u):
    module = u.read_line().decode("utf-8")
    name = u.read_line().decode("utf-8")
    u.append(u.find_class(module, name))


def _r_stack_global(u):
    name = u.pop()
    module = u.pop()
    if type(name) is not str or type(module) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u.append(u.find_class(module, name))


def _extension(u, code):
    key = copyreg._inverted_registry.get(code)
    if not key:
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        raise ValueError("unregistered extension code %d" % code)
    cached = copyreg._extension_cache.get(code)
    if cached is None:
        cached = u.find_class(*key)
        copyreg._extension_cache[code] = cached
    u.append(cached)


def _r_ext1(u):
    _extension(u, u.read_exact(1)[0])


def _r_ext2(u):
    _extension(u, int.from_bytes(u.read_exact(2), 'little'))


def _r_ext4(u):
    _extension(u, int.from_bytes(u.read_exact(4), 'little', signed=True))


def _r_reduce(u):
    args = u.pop()
    func = u.pop()
    u.append(func(*args))


def _r_pop(u):
    if u.stack:
        u.stack.pop()
    else:
        u.pop_mark()


def _r_pop_mark(u):
    u.pop_mark()


def _r_dup(u):
    u.append(u.top())


def _r_get(u):
    u.append(u.get_memo(int(u.read_line())))


def _r_binget(u):
    u.append(u.get_memo(u.read_exact(1)[0]))


def _r_long_binget(u):
    u.append(u.get_memo(int.from_bytes(u.read_exact(4), 'little')))


def _r_put(u):
    index = int(u.read_line())
    if index < 0:
        raise ValueError("negative PUT argument")
    u.set_memo(index, u.top())


def _r_binput(u):
    u.set_memo(u.read_exact(1)[0], u.top())


def _r_long_binput(u):
    index = int.from_bytes(u.read_exact(4), 'little')
    if index > sys.maxsize:
        raise ValueError("negative LONG_BINPUT argument")
    u.set_memo(index, u.top())


def _r_memoize(u):
    u.set_memo(len(u.memo), u.top())


def _r_append(u):
    value = u.pop()
    u.top().append(value)


def _r_appends(u):
    items = u.pop_mark()
    target = u.top()
    if isinstance(target, list):
        target.extend(items)
        return
    extend = getattr(target, 'extend', None)
    if extend is not None:
        extend(items)
    else:
        for item in items:
            target.append(item)


def _r_setitem(u):
    value = u.pop()
    key = u.pop()
    u.top()[key] = value


def _r_setitems(u):
    items = u.pop_mark()
    target = u.top()
    for i in range(0, len(items), 2):
        target[items[i]] = items[i + 1]


def _r_additems(u):
    items = u.pop_mark()
    target = u.top()
    if isinstance(target, set):
        target.update(items)
    else:
        for item in items:
            target.add(item)


def _r_build(u):
    state = u.pop()
    inst = u.top()
    own_setter = getattr(inst, "__setstate__", None)
    if own_setter is not None:
        return own_setter(state)
    slot_state = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_state = state
    if state:
        inst_dict = inst.__dict__
        for key, value in state.items():
            if type(key) is str:
                key = sys.intern(key)
            inst_dict[key] = value
    if slot_state:
        for key, value in slot_state.items():
            setattr(inst, key, value)


def _r_mark(u):
    u.metastack.append(u.stack)
    u.stack = []
    u.append = u.stack.append


def _r_stop(u):
    raise _Stop(u.pop())


_READERS = {}
for _opcode, _step in (
        (PROTO, _r_proto), (FRAME, _r_frame), (PERSID, _r_persid), (BINPERSID, _r_binpersid),
        (NONE, _r_none), (NEWFALSE, _r_false), (NEWTRUE, _r_true), (INT, _r_int),
        (BININT, _r_binint), (BININT1, _r_binint1), (BININT2, _r_binint2), (LONG, _r_long),
        (LONG1, _r_long1), (LONG4, _r_long4), (FLOAT, _r_float), (BINFLOAT, _r_binfloat),
        (STRING, _r_string), (BINSTRING, _r_binstring), (SHORT_BINSTRING, _r_short_binstring),
        (BINBYTES, _r_binbytes), (SHORT_BINBYTES, _r_short_binbytes),
        (BINBYTES8, _r_binbytes8), (BYTEARRAY8, _r_bytearray8),
        (NEXT_BUFFER, _r_next_buffer), (READONLY_BUFFER, _r_readonly_buffer),
        (UNICODE, _r_unicode), (BINUNICODE, _r_binunicode), (BINUNICODE8, _r_binunicode8),
        (SHORT_BINUNICODE, _r_short_binunicode), (TUPLE, _r_tuple),
        (EMPTY_TUPLE, _r_empty_tuple), (TUPLE1, _tuple_of(1)), (TUPLE2, _tuple_of(2)),
        (TUPLE3, _tuple_of(3)), (EMPTY_LIST, _r_empty_list), (EMPTY_DICT, _r_empty_dict),
        (EMPTY_SET, _r_empty_set), (FROZENSET, _r_frozenset), (LIST, _r_list),
        (DICT, _r_dict), (INST, _r_inst), (OBJ, _r_obj), (NEWOBJ, _r_newobj),
        (NEWOBJ_EX, _r_newobj_ex), (GLOBAL, _r_global), (STACK_GLOBAL, _r_stack_global),
        (EXT1, _r_ext1), (EXT2, _r_ext2), (EXT4, _r_ext4), (REDUCE, _r_reduce),
        (POP, _r_pop), (POP_MARK, _r_pop_mark), (DUP, _r_dup), (GET, _r_get),
        (BINGET, _r_binget), (LONG_BINGET, _r_long_binget), (PUT, _r_put),
        (BINPUT, _r_binput), (LONG_BINPUT, _r_long_binput), (MEMOIZE, _r_memoize),
        (APPEND, _r_append), (APPENDS, _r_appends), (SETITEM, _r_setitem),
        (SETITEMS, _r_setitems), (ADDITEMS, _r_additems), (BUILD, _r_build),
        (MARK, _r_mark), (STOP, _r_stop)):
    _READERS[_opcode[0]] = _step
del _opcode, _step


class Pickler(_Pickler):
    """Writes pickles of objects to a binary file."""


class Unpickler(_Unpickler):
    """Reads objects back from a binary file holding pickles."""


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = io.BytesIO()
    Pickler(out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
