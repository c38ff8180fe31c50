"""Look inside live objects: what kind of thing is this, what does it hold, how is it called?

This module covers the parts of CPython's inspect that make sense for compiled programs:

* predicates telling objects apart (isfunction, isclass, isgenerator, isdatadescriptor, ...);
* member listing (getmembers, getmembers_static, getattr_static) and class order (getmro);
* documentation tools (getdoc, cleandoc, indentsize) and getmodule/getfile;
* call signatures: signature() and the Signature, Parameter and BoundArguments classes, plus
  the older getfullargspec() and getcallargs().

Signatures are read from the same attributes CPython uses (__code__, __defaults__,
__kwdefaults__, __annotations__, __wrapped__, __signature__). Builtins carry no text signature
here, so signature(len) raises ValueError. currentframe() gives the running frame (name, line,
globals, f_back); stack() and getframeinfo() build on it, and the source lookups (getsource,
findsource, getcomments, ...) read the program's .py files through linecache.
"""

import enum
import os
import sys
import types
from collections import namedtuple
from functools import partial as _partial_type, partialmethod as _partialmethod_type
from keyword import iskeyword

__all__ = ['BoundArguments', 'FullArgSpec', 'Parameter', 'Signature', 'cleandoc',
           'get_annotations', 'getattr_static', 'getcallargs', 'getclasstree', 'getcoroutinestate',
           'currentframe', 'getdoc', 'getgeneratorstate',
           'getfile', 'getfullargspec', 'getmembers', 'getmembers_static', 'getmodule',
           'getmodulename', 'getmro', 'indentsize', 'isabstract', 'isasyncgen',
           'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine',
           'iscoroutinefunction', 'isdatadescriptor', 'isframe', 'isfunction', 'isgenerator',
           'isgeneratorfunction', 'ismemberdescriptor', 'ismethod', 'ismethoddescriptor',
           'ismethodwrapper', 'ismodule', 'isroutine', 'istraceback', 'signature', 'unwrap',
           'walktree', 'getsource', 'getsourcelines', 'getsourcefile', 'findsource',
           'getcomments', 'getblock', 'BlockFinder', 'EndOfBlock', 'getabsfile', 'getlineno',
           'stack', 'trace', 'getframeinfo', 'getouterframes', 'getinnerframes', 'FrameInfo',
           'Traceback', 'getargvalues', 'formatargvalues', 'ArgInfo', 'getclosurevars',
           'ClosureVars', 'classify_class_attrs', 'Attribute']

# Bits of code.co_flags (the values are fixed by CPython's code objects).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

# The type flag CPython sets on classes that still have abstract methods.
TPFLAGS_IS_ABSTRACT = 0x100000


class _Missing:
    """A stand-in for a type the runtime never creates, so isinstance() against it is False."""


# "No such attribute" where None would be a legitimate value.
_NOT_FOUND = object()


def _runtime_type(name):
    return getattr(types, name, _Missing)


_GenericAlias = type(list[int])


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


def _made_coroutine_type():
    sample = _sample_coroutine()
    sample.close()   # closed so that it is not reported as never awaited
    return type(sample)


# The types module of the runtime may not name these; the objects themselves tell their type.
_CoroutineType = getattr(types, 'CoroutineType', None) or _made_coroutine_type()
_AsyncGeneratorType = getattr(types, 'AsyncGeneratorType', None) or type(_sample_async_generator())
_FrameType = _runtime_type('FrameType')
_TracebackType = _runtime_type('TracebackType')
_MethodWrapperType = _runtime_type('MethodWrapperType')
_DynamicClassAttribute = _runtime_type('DynamicClassAttribute')

# Callables implemented by the runtime itself: they never have a Python-level signature.
_RUNTIME_CALLABLES = tuple(t for t in (_runtime_type('WrapperDescriptorType'), _MethodWrapperType,
                                       _runtime_type('ClassMethodDescriptorType'),
                                       types.BuiltinFunctionType) if t is not _Missing)


def _type_name_is(obj, name):
    return type(obj).__name__ == name


def _defined_on_type(tp, attr):
    """Whether some class of tp's MRO defines attr in its own namespace.

    The class dictionaries are consulted rather than hasattr(): here every class answers
    to a lookup of __get__, which would make everything look like a descriptor.
    """
    return any(attr in base.__dict__ for base in tp.__mro__)


# ---------------------------------------------------------------------------------------------
# What kind of object is this?

def ismodule(object):
    """True for module objects."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """True for classes (instances of type or of a metaclass)."""
    return isinstance(object, type)


def ismethod(object):
    """True for methods bound to an instance or a class."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """True for functions written in Python (def and lambda)."""
    return isinstance(object, types.FunctionType)


def _excluded_from_descriptors(object):
    # Classes, methods and functions all have __get__ but are reported by their own predicates;
    # partial objects get a __get__ here only so that they stay unbound when stored on a class.
    return isclass(object) or ismethod(object) or isfunction(object) or isinstance(object, _partial_type)


def ismethoddescriptor(object):
    """True for non-data descriptors that are not classes, methods or functions.

    Such objects have __get__ but neither __set__ nor __delete__ on their type.
    """
    if _excluded_from_descriptors(object):
        return False
    kind = type(object)
    return _defined_on_type(kind, '__get__') and not _defined_on_type(kind, '__set__')


def isdatadescriptor(object):
    """True for data descriptors: objects whose type defines __set__ or __delete__."""
    if _excluded_from_descriptors(object):
        return False
    kind = type(object)
    return _defined_on_type(kind, '__set__') or _defined_on_type(kind, '__delete__')


def ismemberdescriptor(object):
    """True for the descriptors __slots__ entries create."""
    return _type_name_is(object, 'member_descriptor')


def isgetsetdescriptor(object):
    """True for getset descriptors (computed attributes of builtin types)."""
    return _type_name_is(object, 'getset_descriptor')


def _innermost_callable(f):
    """Look through bound methods and functools.partial objects to the function they call."""
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, _partial_type):
            f = f.func
        else:
            return f


def _code_flag_set(f, flag):
    target = _innermost_callable(f)
    if not (isfunction(target) or _looks_like_function(target)):
        return False
    return bool(target.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for functions whose body contains yield (also through methods and partials)."""
    return _code_flag_set(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """True for functions defined with async def (and without yield)."""
    return _code_flag_set(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """True for async def functions whose body contains yield."""
    return _code_flag_set(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """True for generator objects (what calling a generator function returns)."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """True for coroutine objects (what calling an async def function returns)."""
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    """True for asynchronous generator objects."""
    return isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    """True when the object may follow `await`."""
    if isinstance(object, _CoroutineType):
        return True
    if isinstance(object, types.GeneratorType):
        code = getattr(object, 'gi_code', None)
        if getattr(code, 'co_flags', 0) & CO_ITERABLE_COROUTINE:
            return True
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


# The four states a generator or coroutine can be in, as getgeneratorstate/getcoroutinestate name them.
GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = (
    'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED')
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = (
    'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED')


def _run_state(running, suspended, frame, names):
    created, running_name, suspended_name, closed = names
    if running:
        return running_name
    if suspended:
        return suspended_name
    return closed if frame is None else created


def getgeneratorstate(generator):
    """Where a generator is in its life: created, running, suspended at a yield, or closed."""
    return _run_state(generator.gi_running, generator.gi_suspended, generator.gi_frame,
                      (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED))


def getcoroutinestate(coroutine):
    """getgeneratorstate for coroutine objects."""
    return _run_state(coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame,
                      (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED))


def currentframe():
    """The frame of the code calling this function."""
    return sys._getframe(1)


def istraceback(object):
    """True for traceback objects."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """True for frame objects."""
    return isinstance(object, _FrameType)


def iscode(object):
    """True for code objects (the __code__ of functions)."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """True for functions and methods the runtime implements (len, [].append, ...)."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """True for method-wrapper objects (bound slot methods of builtin types)."""
    return isinstance(object, _MethodWrapperType)


def isroutine(object):
    """True for anything function-like: functions, methods, builtins and method descriptors."""
    checks = (isbuiltin, isfunction, ismethod, ismethoddescriptor, ismethodwrapper)
    return any(check(object) for check in checks)


def _has_abstract_member(cls):
    """Find abstract methods by hand, for a class ABCMeta has not finished building."""
    if any(getattr(value, '__isabstractmethod__', False) for value in cls.__dict__.values()):
        return True
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                return True
    return False


def isabstract(object):
    """True for classes that cannot be instantiated because of abstract methods."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    from abc import ABCMeta
    if not isinstance(object, ABCMeta):
        return False
    # A class with __abstractmethods__ is complete and has none left; a class without it is
    # still being created (we are inside __init_subclass__), so look at its members.
    if hasattr(object, '__abstractmethods__'):
        return False
    return _has_abstract_member(object)


# ---------------------------------------------------------------------------------------------
# Members, modules, documentation

def getmro(cls):
    """The classes cls searches for attributes, starting with cls itself."""
    return cls.__mro__


def _names_to_list(object):
    names = dir(object)
    if isclass(object):
        # Dynamic class attributes of the bases answer on instances only, so dir() may hide them.
        for base in getattr(object, '__bases__', ()):
            for name, value in base.__dict__.items():
                if isinstance(value, _DynamicClassAttribute):
                    names.append(name)
    return names


def _collect_members(object, predicate, lookup):
    fallback_classes = ((object,) + getmro(object)) if isclass(object) else ()
    members = []
    seen = set()
    for name in _names_to_list(object):
        try:
            if name in seen:
                # listed twice (a dynamic class attribute dir() also shows): CPython reports it
                # again, with the raw class entry
                raise AttributeError(name)
            value = lookup(object, name)
        except AttributeError:
            # Some descriptors refuse to be read from the class; take the raw class entry.
            owner = next((cls for cls in fallback_classes if name in cls.__dict__), None)
            if owner is None:
                continue
            value = owner.__dict__[name]
        seen.add(name)
        if not predicate or predicate(value):
            members.append((name, value))
    members.sort(key=lambda member: member[0])
    return members


def getmembers(object, predicate=None):
    """List (name, value) for each attribute of object, sorted by name.

    When predicate is given, only the values for which it returns true are kept.
    """
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers(), but reads attributes with getattr_static(): descriptors, __getattr__
    and __getattribute__ are not run, so raw descriptors may come back instead of values."""
    return _collect_members(object, predicate, getattr_static)


def _class_sort_key(cls):
    return (cls.__module__, cls.__name__)


def walktree(classes, children, parent):
    """The nested list getclasstree() returns, for the given roots (sorted in place)."""
    classes.sort(key=_class_sort_key)
    tree = []
    for cls in classes:
        tree.append((cls, cls.__bases__))
        if cls in children:
            tree.append(walktree(children[cls], children, cls))
    return tree


def getclasstree(classes, unique=False):
    """Arrange classes by inheritance: a list of (class, bases) entries, each followed by a
    nested list for the subclasses among classes. With unique=True a class is listed under
    its first base that is in classes only."""
    children = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            siblings = children.setdefault(base, [])
            if cls not in siblings:
                siblings.append(cls)
            if unique and base in classes:
                break
    # Bases that were not asked about still head their branch of the tree.
    roots.extend(base for base in children if base not in classes)
    return walktree(roots, children, None)


# What CPython's importlib accepts as module file endings on this platform, longest first.
_MODULE_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.pyc', '.py', '.so')


def getmodulename(path):
    """The module name a file would be imported as, or None if it is not a module file."""
    filename = os.path.basename(path)
    for suffix in _MODULE_SUFFIXES:
        if filename.endswith(suffix):
            return filename[:-len(suffix)]
    return None


def getmodule(object, _filename=None):
    """The module object was defined in, or None when that cannot be told."""
    if ismodule(object):
        return object
    if _is_method_of_builtin_type(object):
        return None
    if hasattr(object, '__module__'):
        return _loaded_module(object.__module__)
    # frames, code objects and tracebacks: the module loaded from the file their code came from
    if _filename is None:
        try:
            _filename = getfile(object)
        except TypeError:
            return None
    module = _module_from_file(_filename)
    if module is not None:
        return module
    # an object bound under its own name in __main__ or builtins belongs there
    name = getattr(object, '__name__', None)
    if not isinstance(name, str):
        return None
    for candidate in (sys.modules.get('__main__'), _loaded_module('builtins')):
        if candidate is not None and getattr(candidate, name, None) is object:
            return candidate
    return None


def _is_method_of_builtin_type(object):
    # CPython's method descriptors and the methods bound to a builtin object have no module
    if not isbuiltin(object):
        return False
    owner = getattr(object, '__self__', None)
    if owner is not None:
        return not ismodule(owner)
    return '.' in getattr(object, '__qualname__', '')


def _loaded_module(name):
    if name == 'builtins' and name not in sys.modules:
        # always loaded in CPython; here only once something asks for it
        import builtins
        return builtins
    return sys.modules.get(name)


def _module_from_file(filename):
    """The module of sys.modules whose __file__ is `filename` (compared as absolute paths)."""
    wanted = os.path.normcase(os.path.abspath(filename))
    for module in list(sys.modules.values()):
        path = getattr(module, '__file__', None)
        if isinstance(path, str) and os.path.normcase(os.path.abspath(path)) == wanted:
            return module
    return None


def getfile(object):
    """The name of the file object's code came from; TypeError for builtins."""
    if ismodule(object):
        filename = getattr(object, '__file__', None)
        if filename:
            return filename
        raise TypeError(f'{object!r} is a built-in module')
    if isclass(object):
        module_name = getattr(object, '__module__', None)
        if module_name is not None:
            filename = getattr(sys.modules.get(module_name), '__file__', None)
            if filename:
                return filename
            if module_name == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = object
    if ismethod(code):
        code = code.__func__
    if isfunction(code):
        code = code.__code__
    if istraceback(code):
        code = code.tb_frame
    if isframe(code):
        code = code.f_code
    if iscode(code):
        return code.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    f'was expected, got {type(object).__name__}')


class ClassFoundException(Exception):
    pass


# ---------------------------------------------------------------- source code lookup
#
# Compiled programs keep the path of the .py file each function, class and module came from
# (co_filename, __file__); the text is read through linecache at run time, so it is found as
# long as the file is still there, or when linecache.cache holds an entry for a made-up name.

_BYTECODE_SUFFIXES = ('.pyc',)
_EXTENSION_SUFFIXES = ('.cpython-311-x86_64-linux-gnu.so', '.abi3.so', '.so')


def getsourcefile(object):
    """The .py file object's source can be read from, or None when there is none."""
    filename = getfile(object)
    if filename.endswith(_BYTECODE_SUFFIXES):
        filename = os.path.splitext(filename)[0] + '.py'
    elif filename.endswith(_EXTENSION_SUFFIXES):
        return None
    import linecache
    if filename in linecache.cache or os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    return None


def getabsfile(object, _filename=None):
    """getsourcefile (or getfile) made absolute and case-normalized: a key for the file."""
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


class _ClassLocator:
    """Walks a module's syntax tree for the class statement whose qualified name is wanted."""

    def __init__(self, qualname):
        self.wanted = qualname
        self.scope = []

    def search(self, nodes):
        import ast
        for node in nodes:
            if isinstance(node, ast.ClassDef):
                self.scope.append(node.name)
                if '.'.join(self.scope) == self.wanted:
                    first = node.decorator_list[0] if node.decorator_list else node
                    raise ClassFoundException(first.lineno - 1)
                self.search(node.body)
                self.scope.pop()
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.scope.extend((node.name, '<locals>'))
                self.search(node.body)
                del self.scope[-2:]
            else:
                self.search(_statement_children(node))


def _statement_children(node):
    """The statements nested in a compound statement (if/for/while/with/try/match bodies)."""
    import ast
    found = []
    for field in ('body', 'orelse', 'finalbody', 'handlers', 'cases'):
        value = getattr(node, field, None)
        if isinstance(value, list):
            found.extend(child for child in value if isinstance(child, ast.AST))
    return found


def _class_start(lines, cls):
    import ast
    tree = ast.parse(''.join(lines))
    try:
        _ClassLocator(cls.__qualname__).search(tree.body)
    except ClassFoundException as found:
        return found.args[0]
    raise OSError('could not find class definition')


# Lines that can open a function's source: a def, an async def, a lambda or a decorator.
_FUNCTION_START = None


def _function_start(lines, code):
    global _FUNCTION_START
    if _FUNCTION_START is None:
        import re
        _FUNCTION_START = re.compile(
            r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
    index = code.co_firstlineno - 1
    while index > 0:
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        if _FUNCTION_START.match(lines[index]):
            break
        index -= 1
    return index


# Each step leads one layer closer to a code object: method -> function -> code,
# traceback -> frame -> code.
_TOWARDS_CODE = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'),
                 (isframe, 'f_code'))


def _code_of(object):
    """The code object behind a method, function, traceback or frame (else object itself)."""
    for applies, attribute in _TOWARDS_CODE:
        if applies(object):
            object = getattr(object, attribute)
    return object


def findsource(object):
    """All lines of the file object comes from and the 0-based index where its source starts;
    OSError when the source cannot be found."""
    import linecache
    filename = getsourcefile(object)
    if filename:
        linecache.checkcache(filename)
    else:
        filename = getfile(object)
        if not (filename.startswith('<') and filename.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, filename)
    if module is not None:
        lines = linecache.getlines(filename, module.__dict__)
    else:
        lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    return lines, _source_start(lines, object)


def _source_start(lines, object):
    """Index into the file's lines where object's source begins."""
    if ismodule(object):
        return 0
    if isclass(object):
        return _class_start(lines, object)
    code = _code_of(object)
    if not iscode(code):
        raise OSError('could not find code object')
    if not hasattr(code, 'co_firstlineno'):
        raise OSError('could not find function definition')
    return _function_start(lines, code)


def _comment_run_above(lines, index):
    """The comment lines just above lines[index] indented as it is, blank '#' lines trimmed."""
    indent = indentsize(lines[index])
    start = index
    while start > 0:
        above = lines[start - 1]
        if above.lstrip()[:1] != '#' or indentsize(above) != indent:
            break
        start -= 1
    comments = [line.expandtabs().lstrip() for line in lines[start:index]]
    while comments and comments[0].strip() == '#':
        del comments[0]
    while comments and comments[-1].strip() == '#':
        del comments[-1]
    return ''.join(comments) if start < index else None


def _module_header_comments(lines):
    start = 1 if lines and lines[0][:2] == '#!' else 0
    while start < len(lines) and lines[start].strip() in ('', '#'):
        start += 1
    if start >= len(lines) or lines[start][:1] != '#':
        return None
    end = start
    while end < len(lines) and lines[end][:1] == '#':
        end += 1
    return ''.join(line.expandtabs() for line in lines[start:end])


def getcomments(object):
    """The comment lines right above object's source (or heading its module's file), or None."""
    try:
        lines, index = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return _module_header_comments(lines)
    if index > 0:
        return _comment_run_above(lines, index)
    return None


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Fed tokens one at a time (tokeneater), it finds where the def, class or lambda at the top
    of some lines ends, leaving that line number in `last`; EndOfBlock says it is done."""

    def __init__(self):
        # where the block stands: seen its def/class/lambda yet, inside a decorator, how deep
        self.started = self.islambda = self.indecorator = False
        self.indent = 0
        # the rest of the current line is header and can be skipped
        self.passline = False
        # the body's first column once known, and the last line found to belong to the block
        self.body_col0, self.last = None, 1

    def _before_start(self, token):
        if token == '@':
            self.indecorator = True
        elif token in ('def', 'class', 'lambda'):
            self.islambda = token == 'lambda'
            self.started = True
        # whatever else is on this line belongs to the header
        self.passline = True

    def _end_of_logical_line(self, row):
        self.passline = False
        self.last = row
        if self.islambda:
            raise EndOfBlock
        # a decorator ends with its line
        self.indecorator = False

    def tokeneater(self, type, token, srowcol, erowcol, line):
        import tokenize
        if not (self.started or self.indecorator):
            self._before_start(token)
        elif type == tokenize.NEWLINE:
            self._end_of_logical_line(srowcol[0])
        elif self.passline:
            return
        elif type == tokenize.INDENT:
            if self.started and self.body_col0 is None:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent < 1:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            self._comment_at(*srowcol)
        elif self.indent == 0 and type != tokenize.NL:
            raise EndOfBlock

    def _comment_at(self, row, column):
        # comments inside the body (as far right as its first line) still belong to it
        inside = self.body_col0 is not None and column >= self.body_col0
        if inside:
            self.last = row


def getblock(lines):
    """The lines of the def, class or lambda block the given lines start with."""
    import tokenize
    finder = BlockFinder()
    try:
        for token in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*token)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def getsourcelines(object):
    """The source lines of object (module, class, method, function, traceback, frame or code)
    and the 1-based line it starts on (0 for a module); OSError when it cannot be found."""
    object = unwrap(object)
    lines, index = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[index:]), index + 1


def getsource(object):
    """The source text of object, as one string; OSError when it cannot be found."""
    lines, _ = getsourcelines(object)
    return ''.join(lines)


# ---------------------------------------------------------------- frames and the stack

Positions = namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                       defaults=[None] * 4)

_TracebackFields = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_TracebackFields):
    """Where a frame or traceback entry is: file, line, function and some lines around it;
    `positions` (beyond the tuple's five fields) also holds the line number."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in
                          zip(self._fields + ('positions',), tuple(self) + (self.positions,)))
        return f'Traceback({shown})'


_FrameInfoFields = namedtuple('_FrameInfo', ('frame',) + _TracebackFields._fields)


class FrameInfo(_FrameInfoFields):
    """A Traceback record with the frame object in front."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made.positions = positions
        return made

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in
                          zip(self._fields + ('positions',), tuple(self) + (self.positions,)))
        return f'FrameInfo({shown})'


def _context_lines(frame, lineno, context):
    """`context` source lines centred on lineno and the index of lineno among them."""
    if context <= 0:
        return None, None
    try:
        lines, _ = findsource(frame)
    except OSError:
        return None, None
    start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
    return lines[start:start + context], lineno - 1 - start


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback object, with `context` lines of source."""
    if istraceback(frame):
        frame, lineno = frame.tb_frame, frame.tb_lineno
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines, index = _context_lines(frame, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(lineno))


def getlineno(frame):
    """The line frame is running."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for frame and every frame that called it, innermost first."""
    records = []
    while frame:
        info = getframeinfo(frame, context)
        records.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return records


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and the frames it leads into."""
    records = []
    while tb:
        info = getframeinfo(tb, context)
        records.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return records


def stack(context=1):
    """FrameInfo records for the caller's frame and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the frames between here and where the handled exception arose."""
    return getinnerframes(sys.exc_info()[2], context)


def _frame_locals(frame):
    try:
        return frame.f_locals
    except AttributeError:
        raise NotImplementedError('frames of compiled programs do not record f_locals, '
                                  'which this needs') from None


ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargvalues(frame):
    """The arguments a frame was called with, as an ArgInfo (needs the frame's locals)."""
    values = _frame_locals(frame)
    code = frame.f_code
    positional = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:positional])
    varargs = varkw = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[positional]
        positional += 1
    if code.co_flags & CO_VARKEYWORDS:
        varkw = code.co_varnames[positional]
    return ArgInfo(names, varargs, varkw, values)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """The text `(a=1, *rest=(...), **kw={...})` for what getargvalues returned."""
    shown = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        shown.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        shown.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(shown) + ')'


def indentsize(line):
    """How many columns of blank space (tabs expanded) start line."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    """Tidy a docstring: strip the first line's leading blanks, take the common indentation
    off every later line, and drop the empty lines at both ends."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    tidy = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    start, stop = 0, len(tidy)
    while stop > start and not tidy[stop - 1]:
        stop -= 1
    while start < stop and not tidy[start]:
        start += 1
    return '\n'.join(tidy[start:stop])


def _class_from_qualname(func):
    """The class a function was defined in, found by walking its __qualname__ from its module."""
    holder = sys.modules.get(func.__module__)
    if holder is None:
        return None
    for part in func.__qualname__.split('.')[:-1]:
        holder = getattr(holder, part)
    return holder if isclass(holder) else None


def _owner_and_name(obj):
    """For a method-like object without a docstring: the class to search and the member name.

    Returns None when there is nowhere to inherit documentation from.
    """
    if ismethod(obj):
        name = obj.__func__.__name__
        bound_to = obj.__self__
        is_classmethod = (isclass(bound_to)
                          and getattr(getattr(bound_to, name, None), '__func__') is obj.__func__)
        return (bound_to if is_classmethod else type(bound_to)), name
    if isfunction(obj):
        owner = _class_from_qualname(obj)
        if owner is None or getattr(owner, obj.__name__) is not obj:
            return None
        return owner, obj.__name__
    if isbuiltin(obj):
        bound_to = obj.__self__
        if isclass(bound_to) and f'{bound_to.__qualname__}.{obj.__name__}' == obj.__qualname__:
            return bound_to, obj.__name__
        return type(bound_to), obj.__name__
    if isinstance(obj, property):
        getter = obj.fget
        owner = _class_from_qualname(getter)
        if owner is None or getattr(owner, getter.__name__) is not obj:
            return None
        return owner, getter.__name__
    if ismethoddescriptor(obj) or isdatadescriptor(obj):
        owner = obj.__objclass__
        if getattr(owner, obj.__name__) is not obj:
            return None
        return owner, obj.__name__
    return None


def _inherited_doc(obj):
    """The docstring obj would inherit from a base class, or None."""
    if isclass(obj):
        for cls in obj.__mro__:
            if cls is object:
                continue
            doc = getattr(cls, '__doc__', None)
            if doc is not None:
                return doc
        return None
    if ismemberdescriptor(obj):
        slots = getattr(getattr(obj, '__objclass__', None), '__slots__', None)
        if isinstance(slots, dict) and obj.__name__ in slots:
            return slots[obj.__name__]
    located = _owner_and_name(obj)
    if located is None:
        return None
    owner, name = located
    for cls in owner.__mro__:
        member = getattr(cls, name, _NOT_FOUND)
        doc = None if member is _NOT_FOUND else getattr(member, '__doc__', None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """The object's docstring run through cleandoc(), inherited from a base class when the
    object has none of its own; None when there is no docstring at all."""
    doc = getattr(object, '__doc__', _NOT_FOUND)
    if doc is _NOT_FOUND:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    return cleandoc(doc) if isinstance(doc, str) else None


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ attributes set by decorators down to the innermost object.

    stop, if given, is called on each object of the chain; unwrapping ends at the first object
    for which it returns true. A chain that loops raises ValueError.
    """
    seen = {id(func): func}   # the objects are kept so that their ids stay unique
    limit = sys.getrecursionlimit()
    current = func
    while hasattr(current, '__wrapped__') and not (stop is not None and stop(current)):
        current = current.__wrapped__
        if id(current) in seen or len(seen) >= limit:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen[id(current)] = current
    return current


# ---------------------------------------------------------------------------------------------
# Static attribute lookup


def _is_plain_dict_slot(entry, owner):
    # The __dict__ descriptor every ordinary class gets; anything else there is a user override.
    return (_type_name_is(entry, 'getset_descriptor') and getattr(entry, '__name__', None) == '__dict__'
            and getattr(entry, '__objclass__', None) is owner)


def _dict_override(klass):
    """The user-defined object replacing the instance __dict__ on klass's MRO, or _NOT_FOUND."""
    for cls in klass.__mro__:
        entry = cls.__dict__.get('__dict__', _NOT_FOUND)
        if entry is not _NOT_FOUND and not _is_plain_dict_slot(entry, cls):
            return entry
    return _NOT_FOUND


def _lookup_in_classes(mro, attr):
    for cls in mro:
        if _dict_override(type(cls)) is _NOT_FOUND and attr in cls.__dict__:
            return cls.__dict__[attr]
    return _NOT_FOUND


def _instance_entry(obj, attr):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _NOT_FOUND
    return dict.get(namespace, attr, _NOT_FOUND) if isinstance(namespace, dict) else _NOT_FOUND


def _is_data_descriptor_type(kind):
    def provides(name):
        return _lookup_in_classes(kind.__mro__, name) is not _NOT_FOUND
    return provides('__get__') and (provides('__set__') or provides('__delete__'))


def getattr_static(obj, attr, default=_NOT_FOUND):
    """Look attr up the way getattr() would, but without running descriptors, __getattr__ or
    __getattribute__: the raw object stored in an instance or class dictionary is returned.

    With default, a missing attribute gives default; otherwise AttributeError is raised.
    """
    if isinstance(obj, type):
        klass = obj
        from_instance = _NOT_FOUND
    else:
        klass = type(obj)
        override = _dict_override(klass)
        if override is _NOT_FOUND or ismemberdescriptor(override):
            from_instance = _instance_entry(obj, attr)
        else:
            from_instance = _NOT_FOUND
    from_class = _lookup_in_classes(klass.__mro__, attr)
    if from_class is not _NOT_FOUND:
        # Data descriptors on the class take precedence over the instance dictionary.
        if from_instance is _NOT_FOUND or _is_data_descriptor_type(type(from_class)):
            return from_class
    if from_instance is not _NOT_FOUND:
        return from_instance
    if klass is obj:
        from_metaclass = _lookup_in_classes(type(klass).__mro__, attr)
        if from_metaclass is not _NOT_FOUND:
            return from_metaclass
    if default is not _NOT_FOUND:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------------------------------------
# Annotations

def _strip_typing_prefix(text):
    """Drop `typing.` from the front of every dotted name in text."""
    pieces = []
    word = ''
    for ch in text:
        if ch.isalnum() or ch in '_.':
            word += ch
            continue
        pieces.append(word.removeprefix('typing.'))
        pieces.append(ch)
        word = ''
    pieces.append(word.removeprefix('typing.'))
    return ''.join(pieces)


def formatannotation(annotation, base_module=None):
    """How an annotation is written in a signature's text."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing_prefix(repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        # Builtins and classes of the module being described go without their module name.
        home = annotation.__module__
        return annotation.__qualname__ if home in ('builtins', base_module) else f'{home}.{annotation.__qualname__}'
    return repr(annotation)


def formatannotationrelativeto(object):
    """A formatannotation() that leaves out the module of object when naming classes."""
    home = getattr(object, '__module__', None)
    return lambda annotation: formatannotation(annotation, home)


def _evaluate_annotation(text, globals, locals):
    # Compiled programs have no eval(), so stringized annotations stay out of reach.
    raise NotImplementedError(f'cannot evaluate the annotation {text!r}: there is no eval()')


def _raw_annotations(obj):
    """The __annotations__ object obj itself carries (None when absent)."""
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__') if hasattr(obj, '__dict__') else None
        # A builtin class exposes the getset of its instances here, not annotations.
        return None if isgetsetdescriptor(found) else found
    if isinstance(obj, types.ModuleType) or callable(obj):
        return getattr(obj, '__annotations__', None)
    raise TypeError(f'{obj!r} is not a module, class, or callable.')


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict with the annotations of a module, class or callable.

    Classes report only the annotations written in their own body. With eval_str=True,
    string annotations would be evaluated; compiled programs cannot do that and raise
    NotImplementedError on the first one.
    """
    found = _raw_annotations(obj)
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not eval_str:
        return dict(found)
    return {key: _evaluate_annotation(value, globals, locals) if isinstance(value, str) else value
            for key, value in found.items()}


# ---------------------------------------------------------------------------------------------
# Parameter kinds and markers

def _read_only(slot, doc):
    return property(lambda self: getattr(self, slot), doc=doc)


class _void:
    """Default of replace() arguments: "keep the current value"."""


class _empty:
    """Marks a parameter without default or annotation (Parameter.empty, Signature.empty)."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return ('positional-only', 'positional or keyword', 'variadic positional',
                'keyword-only', 'variadic keyword')[self.value]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_POSITIONAL_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)
_VARIADIC_KINDS = (_VAR_POSITIONAL, _VAR_KEYWORD)


def _checked_kind(kind):
    try:
        return _ParameterKind(kind)
    except ValueError:
        raise ValueError(f'value {kind!r} is not a valid Parameter.kind')


def _checked_name(name, kind):
    """Validate a parameter name; returns the (name, kind) to store.

    Comprehensions have hidden arguments named '.0', '.1', ...; they are presented as the
    positional-only parameters 'implicit0', 'implicit1', ...
    """
    if name is _empty:
        raise ValueError('name is a required attribute for Parameter')
    if not isinstance(name, str):
        raise TypeError(f'name must be a str, not a {type(name).__name__}')
    if name[0] == '.' and name[1:].isdigit():
        if kind != _POSITIONAL_OR_KEYWORD:
            raise ValueError('implicit arguments must be passed as positional or keyword '
                             f'arguments, not {kind.description}')
        name, kind = 'implicit' + name[1:], _POSITIONAL_ONLY
    # Builtins may name a positional-only parameter after a keyword, so that one is allowed.
    if not name.isidentifier() or (iskeyword(name) and kind is not _POSITIONAL_ONLY):
        raise ValueError(f'{name!r} is not a valid parameter name')
    return name, kind


class Parameter:
    """One parameter of a Signature: an immutable record of its name, kind, default and
    annotation. A missing default or annotation is Parameter.empty."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        kind = _checked_kind(kind)
        if default is not _empty and kind in _VARIADIC_KINDS:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        self._name, self._kind = _checked_name(name, kind)
        self._default = default
        self._annotation = annotation

    name = _read_only('_name', 'The parameter name.')
    kind = _read_only('_kind', 'How arguments reach the parameter (a _ParameterKind).')
    default = _read_only('_default', 'The default value, or Parameter.empty.')
    annotation = _read_only('_annotation', 'The annotation, or Parameter.empty.')

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy of this parameter with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            # PEP 8 spacing: `x=1` but `x: int = 1`.
            text += (' = ' if annotated else '=') + repr(self._default)
        stars = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return stars + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _fields(self):
        return (self._name, self._kind, self._annotation, self._default)

    def __hash__(self):
        return hash(self._fields())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or all(mine == theirs for mine, theirs in zip(self._fields(), other._fields()))

    def __reduce__(self):
        return type(self), (self._name, self._kind), {'_default': self._default,
                                                       '_annotation': self._annotation}

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']


# ---------------------------------------------------------------------------------------------
# Bound arguments

class BoundArguments:
    """What Signature.bind() produces: `arguments` maps parameter names to the values given
    (defaults are not filled in); `args` and `kwargs` rebuild a call with those values."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self._signature, self.arguments = signature, arguments

    signature = _read_only('_signature', 'The Signature the arguments were bound to.')

    def _split_point(self, params):
        """Index of the first parameter that cannot be passed positionally any more."""
        for index, param in enumerate(params):
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD) or param.name not in self.arguments:
                return index
        return len(params)

    @property
    def args(self):
        params = list(self._signature.parameters.values())
        positional = []
        for param in params[:self._split_point(params)]:
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                positional.extend(value)
            else:
                positional.append(value)
        return tuple(positional)

    @property
    def kwargs(self):
        params = list(self._signature.parameters.values())
        named = {}
        for param in params[self._split_point(params):]:
            if param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                named.update(value)
            else:
                named[param.name] = value
        return named

    def apply_defaults(self):
        """Fill in the defaults of missing parameters: their default, () for *args and {} for
        **kwargs. Required parameters left out by bind_partial() stay missing."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


def _bind_positionals(params, args, keywords, bound):
    """Give each positional argument to its parameter; returns how many parameters were used."""
    used = 0
    for position, value in enumerate(args):
        if used == len(params) or params[used].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            raise TypeError('too many positional arguments') from None
        param = params[used]
        used += 1
        if param.kind == _VAR_POSITIONAL:
            bound[param.name] = tuple(args[position:])
            break
        if param.kind != _POSITIONAL_ONLY and param.name in keywords:
            raise TypeError(f'multiple values for argument {param.name!r}') from None
        bound[param.name] = value
    return used


def _bind_keywords(params, keywords, bound, partial):
    """Take the values of the remaining parameters out of keywords; returns the **kwargs
    parameter if there is one."""
    var_keyword = None
    for param in params:
        if param.kind == _VAR_KEYWORD:
            var_keyword = param
        elif param.kind == _VAR_POSITIONAL:
            continue
        elif param.name in keywords:
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError(f'{param.name!r} parameter is positional only, '
                                'but was passed as a keyword')
            bound[param.name] = keywords.pop(param.name)
        elif not partial and param.default is _empty:
            raise TypeError(f'missing a required argument: {param.name!r}') from None
    return var_keyword


# ---------------------------------------------------------------------------------------------
# Signature

def _validated_parameters(parameters):
    """Map names to parameters, checking kind order, defaults order and unique names."""
    checked = {}
    highest = _POSITIONAL_ONLY
    after_default = False
    for param in parameters:
        if param.kind < highest:
            raise ValueError(f'wrong parameter order: {highest.description} parameter before '
                             f'{param.kind.description} parameter')
        highest = param.kind
        if param.kind in _POSITIONAL_KINDS:
            if param.default is not _empty:
                after_default = True
            elif after_default:
                raise ValueError('non-default argument follows default argument')
        if param.name in checked:
            raise ValueError(f'duplicate parameter name: {param.name!r}')
        checked[param.name] = param
    return checked


class Signature:
    """The calling convention of a callable: an ordered mapping `parameters` of names to
    Parameter objects and a `return_annotation` (Signature.empty when there is none).
    bind() and bind_partial() match call arguments against it."""

    __slots__ = ('_parameters', '_return_annotation')

    empty = _empty

    # Subclasses may swap in their own classes for these.
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            table = {}
        elif __validate_parameters__:
            table = _validated_parameters(parameters)
        else:
            table = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The signature of any callable object."""
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    parameters = _read_only('_parameters', 'A read-only ordered mapping of names to Parameter objects.')
    return_annotation = _read_only('_return_annotation', 'The return annotation, or Signature.empty.')

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _comparable(self):
        # Keyword-only parameters may come in any order without changing the signature.
        ordered = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        by_name = {p.name: p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY}
        return ordered, by_name, self._return_annotation

    def __hash__(self):
        ordered, by_name, returns = self._comparable()
        return hash((ordered, frozenset(by_name.values()), returns))

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return self is other or self._comparable() == other._comparable()

    def _bind(self, args, kwargs, *, partial=False):
        params = list(self._parameters.values())
        bound = {}
        used = _bind_positionals(params, args, kwargs, bound)
        var_keyword = _bind_keywords(params[used:], kwargs, bound, partial)
        if kwargs:
            if var_keyword is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            bound[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        """Match a call's arguments to the parameters; TypeError if the call would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required parameters may be left without a value."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __reduce__(self):
        state = {'_return_annotation': self._return_annotation}
        return type(self), (tuple(self._parameters.values()),), state

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __str__(self):
        pieces = []
        previous = None
        for param in self._parameters.values():
            kind = param.kind
            if previous == _POSITIONAL_ONLY and kind != _POSITIONAL_ONLY:
                pieces.append('/')
            if kind == _KEYWORD_ONLY and previous not in (_KEYWORD_ONLY, _VAR_POSITIONAL):
                pieces.append('*')
            pieces.append(str(param))
            previous = kind
        if previous == _POSITIONAL_ONLY:
            pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable object."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped,
                                   globals=globals, locals=locals, eval_str=eval_str)


# ---------------------------------------------------------------------------------------------
# Building signatures from callables

def _looks_like_function(obj):
    """Whether obj carries every attribute a Python function has, so its signature can be
    read the same way (functions made by other compilers do this)."""
    if not callable(obj) or isclass(obj):
        return False
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(getattr(obj, '__code__', None), types.CodeType)
            and isinstance(getattr(obj, '__name__', None), str)
            and (defaults is None or isinstance(defaults, tuple))
            and (kwdefaults is None or isinstance(kwdefaults, dict))
            and (annotations is None or isinstance(annotations, dict)))


def _is_runtime_callable(obj):
    return isbuiltin(obj) or ismethoddescriptor(obj) or isinstance(obj, _RUNTIME_CALLABLES) \
        or obj is type or obj is object


def _signature_of_runtime_callable(sigcls, obj, skip_bound_arg=True):
    if obj is object:
        # object() takes no arguments.
        return sigcls()
    text = getattr(obj, '__text_signature__', None)
    if isinstance(text, str) and text.startswith('(') and text.endswith(')'):
        try:
            params = _parameters_of_text(text[1:-1], sigcls._parameter_cls,
                                         _receiver_supplied(obj, skip_bound_arg))
        except _UnreadableDefault:
            raise ValueError(f'{obj!r} builtin has invalid signature') from None
        return sigcls(params)
    raise ValueError(f'no signature found for builtin {obj!r}')


def _receiver_supplied(obj, skip_bound_arg):
    """Whether the object a builtin is bound to stands for the receiver its text signature lists
    first (`$self`, `$type`); a `$module` receiver is always supplied."""
    owner = getattr(obj, '__self__', None)
    return owner is not None and (skip_bound_arg or ismodule(owner))


class _SpelledDefault:
    """A default a text signature spells in a form read here only as its text."""

    def __init__(self, text):
        self._text = text

    def __repr__(self):
        return self._text


class _UnreadableDefault(Exception):
    """A text signature whose default has no value a signature could show (`<unrepresentable>`)."""


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"'}


def _unescaped(body):
    """The characters a quoted literal's body spells, its simple backslash escapes resolved."""
    out = []
    chars = iter(body)
    for ch in chars:
        if ch == '\\':
            ch = _ESCAPES.get(next(chars, ''), None)
            if ch is None:
                return None
        out.append(ch)
    return ''.join(out)


def _default_of_text(text):
    constants = {'None': None, 'True': True, 'False': False}
    if text in constants:
        return constants[text]
    if text == 'sys.maxsize':
        return sys.maxsize
    if text.startswith('<'):
        raise _UnreadableDefault(text)
    for convert in (int, float):
        try:
            return convert(text)
        except ValueError:
            pass
    is_bytes = text.startswith('b')
    literal = text[1:] if is_bytes else text
    if len(literal) >= 2 and literal[0] == literal[-1] and literal[0] in '\'"':
        body = _unescaped(literal[1:-1])
        if body is not None:
            return body.encode('latin-1') if is_bytes else body
    return _SpelledDefault(text)


def _parameters_of_text(text, parameter_cls, receiver_supplied=True):
    """The parameters a builtin's __text_signature__ lists, such as `$module, a, b=0, /, *, key`:
    a leading `$` name is what the C function receives as itself (its module, instance or
    class), a parameter only while nothing is bound to it."""
    items = [item.strip() for item in text.split(',')] if text.strip() else []
    if items and items[0].startswith('$'):
        if receiver_supplied or items[0] == '$module':
            items = items[1:]
            if items and items[0] == '/':
                items = items[1:]
        else:
            items[0] = items[0][1:]
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    for item in items:
        if item == '/':
            params = [p.replace(kind=_POSITIONAL_ONLY) for p in params]
        elif item == '*':
            kind = _KEYWORD_ONLY
        elif item.startswith('**'):
            params.append(parameter_cls(item[2:], _VAR_KEYWORD))
        elif item.startswith('*'):
            params.append(parameter_cls(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            name, has_default, default = item.partition('=')
            default = _default_of_text(default.strip()) if has_default else _empty
            params.append(parameter_cls(name.strip(), kind, default=default))
    return params


def _parameters_of_code(func, annotations, parameter_cls):
    """The parameters described by a function's code object and defaults."""
    code = func.__code__
    names = code.co_varnames
    n_positional = code.co_argcount
    n_posonly = code.co_posonlyargcount
    n_kwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = n_positional - len(defaults)

    def make(name, kind, default=_empty):
        return parameter_cls(name, kind, default=default, annotation=annotations.get(name, _empty))

    params = []
    for index, name in enumerate(names[:n_positional]):
        kind = _POSITIONAL_ONLY if index < n_posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(make(name, kind, default))
    next_name = n_positional + n_kwonly
    if code.co_flags & CO_VARARGS:
        params.append(make(names[next_name], _VAR_POSITIONAL))
        next_name += 1
    for name in names[n_positional:n_positional + n_kwonly]:
        params.append(make(name, _KEYWORD_ONLY, kwdefaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[next_name], _VAR_KEYWORD))
    return params


def _signature_of_function(sigcls, func, globals=None, locals=None, eval_str=False):
    duck = not isfunction(func)
    if duck and not _looks_like_function(func):
        raise TypeError(f'{func!r} is not a Python function')
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    params = _parameters_of_code(func, annotations, sigcls._parameter_cls)
    # Real functions are well-formed by construction; look-alikes are checked.
    return sigcls(params, return_annotation=annotations.get('return', _empty),
                  __validate_parameters__=duck)


def _without_first_parameter(sig):
    """The signature seen through a bound method: the first parameter is supplied already."""
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind in _POSITIONAL_KINDS:
        del params[0]
    # A leading *args just absorbs the bound object and stays.
    return sig.replace(parameters=params)


def _apply_partial(sig, holder, leading=()):
    """The signature left after functools.partial fixes holder.args and holder.keywords."""
    fixed_args = leading + tuple(holder.args or ())
    fixed_keywords = holder.keywords or {}
    try:
        bound = sig.bind_partial(*fixed_args, **fixed_keywords).arguments
    except TypeError as error:
        raise ValueError(f'partial object {holder!r} has incorrect arguments') from error
    kept = []
    keyword_mode = False   # once a positional parameter is given by keyword, the rest are too
    for param in sig.parameters.values():
        if param.name in bound:
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if param.name not in fixed_keywords:
                    continue
                keyword_mode = True
            if param.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY):
                param = param.replace(default=bound[param.name])
        if keyword_mode:
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                param = param.replace(kind=_KEYWORD_ONLY)
        kept.append(param)
    return sig.replace(parameters=kept)


def _user_defined(owner, name):
    """owner.<name> unless it is missing or implemented by the runtime."""
    try:
        found = getattr(owner, name)
    except AttributeError:
        return None
    return None if isinstance(found, _RUNTIME_CALLABLES) else found


def _class_constructor(cls):
    """The __new__ or __init__ that decides how cls is called (the first one a class of the
    MRO defines itself), or None."""
    new = _user_defined(cls, '__new__')
    init = _user_defined(cls, '__init__')
    for base in cls.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return new
        if init is not None and '__init__' in base.__dict__:
            return init
    return None


def _signature_of_class(cls, recurse, sigcls):
    """The unbound signature of calling cls, or a finished one when no method decides it."""
    meta_call = _user_defined(type(cls), '__call__')
    if meta_call is not None:
        return recurse(meta_call), False
    constructor = _class_constructor(cls)
    if constructor is not None:
        return recurse(constructor), False
    for base in cls.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            # The nearest builtin base that documents how it is called (enumerate's
            # `(iterable, start=0)`) speaks for the class.
            try:
                params = _parameters_of_text(text.strip()[1:-1], sigcls._parameter_cls)
            except _UnreadableDefault:
                raise ValueError(f'{base!r} builtin has invalid signature') from None
            return sigcls(params), True
    if type in cls.__mro__:
        return None, False
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return sigcls.from_callable(object), True
    raise ValueError(f'no signature found for builtin type {cls!r}')


def _signature_of_partialmethod(method, recurse):
    wrapped = recurse(method.func)
    sig = _apply_partial(wrapped, method, (None,))
    first = next(iter(wrapped.parameters.values()))
    if first.kind == _VAR_POSITIONAL:
        return sig
    # The object the method is called on is passed positionally ahead of the fixed arguments.
    return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    """The signature of obj; skip_bound_arg=False keeps the self of bound methods."""

    def recurse(target):
        return _signature_from_callable(target, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    def as_bound(sig):
        return _without_first_parameter(sig) if skip_bound_arg else sig

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, types.MethodType):
        return as_bound(recurse(obj.__func__))

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__') or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return recurse(obj)

    explicit = getattr(obj, '__signature__', None)
    if explicit is not None:
        if not isinstance(explicit, Signature):
            raise TypeError(f'unexpected object {explicit!r} in __signature__ attribute')
        return explicit

    method = getattr(obj, '_partialmethod', None)
    if isinstance(method, _partialmethod_type):
        return _signature_of_partialmethod(method, recurse)

    if isfunction(obj) or _looks_like_function(obj):
        return _signature_of_function(sigcls, obj, globals=globals, locals=locals, eval_str=eval_str)

    # Checked ahead of the builtins: partial objects here look like method descriptors.
    if isinstance(obj, _partial_type):
        return _apply_partial(recurse(obj.func), obj)

    if _is_runtime_callable(obj):
        return _signature_of_runtime_callable(sigcls, obj, skip_bound_arg)

    unbound = None
    if isinstance(obj, type):
        unbound, finished = _signature_of_class(obj, recurse, sigcls)
        if finished:
            return unbound
    elif not isinstance(obj, _RUNTIME_CALLABLES):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            try:
                unbound = recurse(call)
            except ValueError as error:
                raise ValueError(f'no signature found for {obj!r}') from error

    if unbound is not None:
        return as_bound(unbound)
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError(f'no signature found for builtin function {obj!r}')
    raise ValueError(f'callable {obj!r} is not supported by signature')


# ---------------------------------------------------------------------------------------------
# The older interfaces: getfullargspec and getcallargs

FullArgSpec = namedtuple('FullArgSpec', ['args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
                                         'kwonlydefaults', 'annotations'])


def getfullargspec(func):
    """The parameters of func in the pre-Signature format (see FullArgSpec).

    Unlike signature(), the self of a bound method is listed and __wrapped__ is not followed.
    Any failure to read the signature becomes TypeError('unsupported callable').
    """
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as error:
        raise TypeError('unsupported callable') from error

    positional, kwonly = [], []
    varargs = varkw = None
    defaults = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        has_default = param.default is not _empty
        if param.kind in _POSITIONAL_KINDS:
            positional.append(param.name)
            if has_default:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if has_default:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
        if param.annotation is not _empty:
            annotations[param.name] = param.annotation
    # None rather than empty, like a function's __defaults__ and __kwdefaults__.
    return FullArgSpec(positional, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, annotations)


def _quoted_list(names):
    """'a', 'a' and 'b', or 'a', 'b' and 'c' (the wording of missing-argument errors)."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _raise_missing(f_name, names, positional):
    count = len(names)
    kind = 'positional' if positional else 'keyword-only'
    plural = '' if count == 1 else 's'
    raise TypeError(f'{f_name}() missing {count} required {kind} argument{plural}: '
                    f'{_quoted_list(names)}')


def _raise_too_many(f_name, args, kwonly, n_defaults, given, values):
    if n_defaults:
        expected = f'from {len(args) - n_defaults} to {len(args)} positional arguments'
    else:
        expected = f"{len(args)} positional argument{'' if len(args) == 1 else 's'}"
    kwonly_given = sum(1 for name in kwonly if name in values)
    extra = ''
    if kwonly_given:
        extra = (f" positional argument{'' if given == 1 else 's'} (and {kwonly_given} "
                 f"keyword-only argument{'' if kwonly_given == 1 else 's'})")
    verb = 'was' if given == 1 and not kwonly_given else 'were'
    raise TypeError(f'{f_name}() takes {expected} but {given}{extra} {verb} given')


def getcallargs(func, /, *positional, **named):
    """What each parameter of func would receive from func(*positional, **named), as a dict
    that also has entries for the * and ** parameters; TypeError when the call would fail."""
    spec = getfullargspec(func)
    args, varargs, varkw = spec.args, spec.varargs, spec.varkw
    defaults = spec.defaults or ()
    f_name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional

    values = dict(zip(args, positional))
    if varargs:
        values[varargs] = tuple(positional[len(args):])
    if varkw:
        values[varkw] = {}
    accepted = set(args) | set(spec.kwonlyargs)
    for name, value in named.items():
        if name not in accepted:
            if not varkw:
                raise TypeError(f'{f_name}() got an unexpected keyword argument {name!r}')
            values[varkw][name] = value
        elif name in values:
            raise TypeError(f'{f_name}() got multiple values for argument {name!r}')
        else:
            values[name] = value

    if len(positional) > len(args) and not varargs:
        _raise_too_many(f_name, args, spec.kwonlyargs, len(defaults), len(positional), values)
    if len(positional) < len(args):
        first_default = len(args) - len(defaults)
        required = args[:first_default]
        absent = [name for name in required if name not in values]
        if absent:
            _raise_missing(f_name, absent, True)
        for name, default in zip(args[first_default:], defaults):
            values.setdefault(name, default)
    kwdefaults = spec.kwonlydefaults or {}
    absent = []
    for name in spec.kwonlyargs:
        if name in values:
            continue
        if name in kwdefaults:
            values[name] = kwdefaults[name]
        else:
            absent.append(name)
    if absent:
        _raise_missing(f_name, absent, False)
    return values


# ---------------------------------------------------------------- closures and class attributes

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Where the names a function uses come from: its closure cells, its module's globals,
    builtins, or nowhere yet (unbound)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_values = {name: cell.cell_contents for name, cell in zip(code.co_freevars, cells)}
    try:
        used_names = code.co_names
    except AttributeError:
        raise NotImplementedError('code objects of compiled programs do not record co_names, '
                                  'which getclosurevars needs') from None
    module_ns = func.__globals__
    builtin_ns = module_ns.get('__builtins__')
    if builtin_ns is None:
        import builtins
        builtin_ns = builtins.__dict__
    elif ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_values, builtin_values, unbound = {}, {}, set()
    for name in used_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in module_ns:
            global_values[name] = module_ns[name]
        elif name in builtin_ns:
            builtin_values[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_values, global_values, builtin_values, unbound)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _attribute_owner(cls, name, found, class_bases, meta_bases):
    """The class (or metaclass) a value read as cls.<name> was found on, judged by identity."""
    owner = getattr(found, '__objclass__', None)
    if owner in class_bases:
        return owner
    owner = None
    for klass in class_bases:
        if getattr(klass, name, None) is found:
            owner = klass
    for meta in meta_bases:
        try:
            if meta.__getattr__(cls, name) is found:
                owner = meta
        except AttributeError:
            continue
    return owner


def _attribute_kind(stored, value):
    if isinstance(stored, (staticmethod, types.BuiltinMethodType)):
        return 'static method', stored
    if isinstance(stored, classmethod):
        return 'class method', stored
    if isinstance(stored, property):
        return 'property', stored
    return ('method' if isroutine(value) else 'data'), value


def classify_class_attrs(cls):
    """Every attribute dir(cls) shows, as Attribute(name, kind, defining_class, object) with kind
    one of 'class method', 'static method', 'property', 'method' or 'data'."""
    mro = getmro(cls)
    meta_bases = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    class_bases = (cls,) + mro
    names = dir(cls)
    for base in mro:
        for name, value in base.__dict__.items():
            if isinstance(value, _DynamicClassAttribute) and value.fget is not None:
                names.append(name)
    seen = set()
    result = []
    for name in names:
        owner = found = stored = None
        if name not in seen and name != '__dict__':
            try:
                found = getattr(cls, name)
            except Exception:
                found = None
            else:
                owner = _attribute_owner(cls, name, found, class_bases, meta_bases)
        for base in class_bases + meta_bases:
            if name in base.__dict__:
                stored = base.__dict__[name]
                if owner not in meta_bases:
                    owner = base
                break
        if owner is None:
            continue
        kind, value = _attribute_kind(stored, found if found is not None else stored)
        result.append(Attribute(name, kind, owner, value))
        seen.add(name)
    return result
