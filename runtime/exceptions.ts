// Python's builtin exceptions, and raising them.
//
// Runtime modules raise with `raise('ValueError', message)`, naming the builtin class and passing
// CPython's message verbatim. Generated code throws what `raised(exc, cause)` or
// `raisedCall(callee, args)` returns (`pyRaise` throws it itself), which implements the `raise`
// statement: classes are instantiated, `from` sets `__cause__`, and the exception being handled
// becomes `__context__` (PEP 3134). `enterExcept` and `exitExcept` keep that stack of handled
// exceptions, which also answers `sys.exc_info()`.
//
// Exceptions are ordinary Python instances (plain JS objects made by the class's hidden
// constructor). Their state lives in non-`$` fields (`args`, `cause`, `context`, ...) behind `$`
// accessors, so `vars(e)` stays empty like CPython's. The JS stack is captured when the exception
// is raised (Error.captureStackTrace, formatted lazily), unless nothing can ever print it (see
// "The catching stack"), and mapped to Python frames only when a traceback is printed
// (runtime/traceback.ts).

import {
  builtinType,
  builtinTypes,
  className,
  Flags,
  hooks,
  isClass,
  isInstance,
  isSubclass,
  META,
  newInstance,
  TYPE,
  typeOf,
  type KwPairs,
  type PyType,
} from './object.js';

export type BuiltinExceptionName =
  | 'BaseException' | 'Exception' | 'ArithmeticError' | 'ZeroDivisionError' | 'OverflowError'
  | 'FloatingPointError' | 'LookupError' | 'KeyError' | 'IndexError' | 'ValueError' | 'UnicodeError'
  | 'UnicodeDecodeError' | 'UnicodeEncodeError' | 'UnicodeTranslateError' | 'TypeError'
  | 'AttributeError' | 'NameError' | 'UnboundLocalError' | 'RuntimeError' | 'RecursionError'
  | 'NotImplementedError' | 'StopIteration' | 'StopAsyncIteration' | 'GeneratorExit' | 'SystemExit'
  | 'KeyboardInterrupt' | 'AssertionError' | 'ImportError' | 'ModuleNotFoundError' | 'OSError'
  | 'EOFError' | 'MemoryError' | 'BufferError' | 'FileNotFoundError' | 'FileExistsError'
  | 'PermissionError' | 'IsADirectoryError' | 'NotADirectoryError' | 'TimeoutError'
  | 'ConnectionError' | 'ConnectionResetError' | 'ConnectionRefusedError'
  | 'ConnectionAbortedError' | 'BrokenPipeError' | 'InterruptedError' | 'BlockingIOError'
  | 'ChildProcessError' | 'ProcessLookupError' | 'SyntaxError' | 'IndentationError' | 'TabError'
  | 'SystemError' | 'ReferenceError' | 'Warning' | 'UserWarning' | 'DeprecationWarning'
  | 'PendingDeprecationWarning' | 'RuntimeWarning' | 'SyntaxWarning' | 'FutureWarning'
  | 'ImportWarning' | 'UnicodeWarning' | 'BytesWarning' | 'ResourceWarning' | 'EncodingWarning';

/** The fields of an exception instance (behind the `$` accessors). */
export interface PyException {
  args: unknown[];
  cause: unknown;
  context: unknown;
  suppress: boolean;
  /** The traceback object, built when first read (runtime/traceback.ts), or what was assigned. */
  traceback: unknown;
  /** Whether `traceback` was assigned (`__traceback__ = tb`, `with_traceback(tb)`): never rebuilt. */
  tbSet?: boolean;
  /** Whether the program assigned it (a part of an exception group gets its original's). */
  assignedTb?: boolean;
  /** Set by Error.captureStackTrace when raised. */
  stack?: string;
  /** Its raises after the first, the last one first (runtime/traceback.ts, raisedFrames). */
  again?: RaisedAgain;
  /** The handler that last caught it, once its stack was captured. */
  caughtAt?: CatchSite;
  /**
   * The traceback it had when raised with one assigned (`raise e.with_traceback(tb)`): the
   * frames of that raise come in front of it.
   */
  tail?: unknown;
  /** Its first raise (the one `stack` holds) was a bare `raise`, whose own frame is left out. */
  bareFirst?: boolean;
  [key: string]: unknown;
}

/**
 * Where an exception was caught: the top JS frame of the function running the handler, and for
 * an `except` clause the lines of its `try` body, where the frame that caught it stood in the
 * stack of its raise (0: not caught there, as a `finally` block entered for it; -1: caught at
 * whatever line, as by a `with` whose `__exit__` suppressed it).
 */
export interface CatchSite {
  readonly at: { stack?: string };
  readonly first: number;
  readonly last: number;
}

/**
 * A raise of an exception raised before: the JS stack where it was raised again (captured into a
 * holder of its own, which leaves the stacks of the earlier raises unformatted), whether it was a
 * bare `raise` (whose own frame is left out), the top frame of the handler that caught the raise
 * before it (if one did), and that raise when it too was a raise again.
 */
export interface RaisedAgain {
  readonly at: { stack?: string };
  readonly bare: boolean;
  readonly caughtBefore: CatchSite | undefined;
  readonly before: RaisedAgain | undefined;
}

// ---------------------------------------------------------------------------------------------
// The hierarchy

const tuple = (items: unknown[]): unknown[] => hooks.tuple(items) as unknown[];

function argsStr(self: PyException): string {
  const a = self.args;
  if (a.length === 0) return '';
  if (a.length === 1) return hooks.str(a[0]);
  return hooks.repr(a);
}

function initArgs(self: PyException, args: unknown[]): void {
  self.args = tuple(args);
}

/** BaseException.__new__: an instance of `cls` with `args` and empty chaining fields. */
export function exNew(cls: PyType, pos: unknown[], kw: KwPairs | null): PyException {
  if (kw && kw.length && cls.prototype.$__init__ === BaseExceptionProto.$__init__) {
    hooks.raise('TypeError', `${cls[META].name}() takes no keyword arguments`);
  }
  const o = newInstance(cls) as PyException;
  o.args = tuple(pos);
  o.cause = null;
  o.context = null;
  o.suppress = false;
  o.traceback = null;
  return o;
}

const BaseExceptionProto: any = Object.create(Object.prototype);

export const BaseException = builtinType({
  name: 'BaseException',
  proto: BaseExceptionProto,
  new: exNew,
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      return null;
    },
    __str__(this: PyException) {
      return argsStr(this);
    },
    __repr__(this: PyException) {
      const name = typeOf(this)[META].name;
      const a = this.args;
      if (a.length === 1) return `${name}(${hooks.repr(a[0])})`;
      return name + hooks.repr(a);
    },
    with_traceback(this: PyException, tb: unknown) {
      setTraceback(this, tb);
      return this;
    },
    add_note(this: PyException, note: unknown) {
      if (typeof note !== 'string') {
        hooks.raise('TypeError', `note must be a str, not '${className(note)}'`);
      }
      // The notes are an ordinary attribute of the instance, made by the first note.
      let notes = this.$__notes__;
      if (notes === undefined) {
        notes = [];
        this.$__notes__ = notes;
      } else if (!isInstance(notes, builtinTypes.get('list')!)) {
        hooks.raise('TypeError', 'Cannot add note: __notes__ is not a list');
      }
      (notes as unknown[]).push(note);
      return null;
    },
  },
  getters: {
    args: (self: PyException) => self.args,
    __cause__: (self: PyException) => self.cause,
    __context__: (self: PyException) => self.context,
    __suppress_context__: (self: PyException) => self.suppress,
    __traceback__: (self: PyException) => tracebackOf(self),
  },
  setters: {
    args: (self: PyException, v: unknown) => {
      self.args = tuple(hooks.toArray(v));
    },
    __cause__: (self: PyException, v: unknown) => {
      if (v !== null && !isInstance(v, BaseException)) {
        hooks.raise('TypeError', 'exception cause must be None or derive from BaseException');
      }
      self.cause = v;
      self.suppress = true;
    },
    __context__: (self: PyException, v: unknown) => {
      if (v !== null && !isInstance(v, BaseException)) {
        hooks.raise('TypeError', 'exception context must be None or derive from BaseException');
      }
      self.context = v;
    },
    __suppress_context__: (self: PyException, v: unknown) => {
      self.suppress = hooks.truthy(v);
    },
    __traceback__: setTraceback,
  },
});

// Traceback objects are made only when a program reads one (`e.__traceback__`, sys.exc_info(),
// `__exit__`'s third argument): runtime/traceback.ts builds them from the JS stack captured at the
// raise, and installs its builder here (it imports this module, so this one cannot import it).

let buildTraceback: (exc: PyException, previous: unknown, lazily: boolean) => unknown = () => null;
let isTraceback: (x: unknown) => boolean = () => false;

/**
 * Install how traceback objects are built from an exception's captured stack (`previous`: the one
 * an earlier read made; `lazily`: its frames found when first read), and recognised.
 */
export function installTracebacks(build: (exc: PyException, previous: unknown, lazily: boolean) => unknown,
  is: (x: unknown) => boolean): void {
  buildTraceback = build;
  isTraceback = is;
}

/**
 * `exc.__traceback__`: the traceback object of its raise (None when nothing captured its stack),
 * from the frame that catches it, as the stack now running tells: read again in an outer frame it
 * has grown by the frames the exception left since, as CPython's does. With `lazily`, the frames
 * are found when first read, which spares `__exit__` calls that never look.
 */
export function tracebackOf(exc: PyException, lazily = false): unknown {
  // (Reading `stack` would format it: ask whether the raise captured one.)
  if (exc.tbSet !== true && Object.prototype.hasOwnProperty.call(exc, 'stack')) exc.traceback = buildTraceback(exc, exc.traceback, lazily);
  return exc.traceback;
}

function setTraceback(exc: PyException, tb: unknown): void {
  if (tb !== null && !isTraceback(tb)) hooks.raise('TypeError', '__traceback__ must be a traceback or None');
  exc.traceback = tb;
  exc.tbSet = true;
  exc.assignedTb = true;
}

// Compatibility for code that reads the old placeholder's fields.
Object.defineProperty(BaseExceptionProto, 'pyType', {
  get(this: PyException) {
    return typeOf(this)[META].name;
  },
  configurable: true,
});
Object.defineProperty(BaseExceptionProto, 'pyMessage', {
  get(this: PyException) {
    return hooks.str(this);
  },
  configurable: true,
});

interface Extra {
  /** The module of a class that is not a builtin (io.UnsupportedOperation). */
  module?: string;
  /** Further bases after `base`. */
  bases?: PyType[];
  methods?: Record<string, Function>;
  getters?: Record<string, (self: any) => unknown>;
  setters?: Record<string, (self: any, v: unknown) => void>;
  new?: (cls: PyType, pos: unknown[], kw: KwPairs | null) => unknown;
}

/** All builtin exception classes by name. */
export const exceptionTypes = new Map<string, PyType>([['BaseException', BaseException]]);

/** Classes whose subclasses inherit their `__new__` (OSError's errno fields). */
const ownNew = new Map<PyType, (cls: PyType, pos: unknown[], kw: KwPairs | null) => unknown>();

/** The builtin exceptions whose instances have a C layout of their own in CPython. */
const OWN_LAYOUT = new Set([
  'BaseExceptionGroup', 'StopIteration', 'SystemExit', 'ImportError', 'OSError', 'NameError', 'AttributeError',
  'SyntaxError', 'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError',
]);

function def(name: string, base: PyType, extra: Extra = {}): PyType {
  const newFn = extra.new ?? ownNew.get(base) ?? exNew;
  const cls = builtinType({
    name,
    module: extra.module,
    base,
    bases: extra.bases,
    proto: Object.create(base.prototype),
    new: newFn,
    methods: extra.methods,
    getters: extra.getters,
    setters: extra.setters,
  });
  if (extra.module === undefined) exceptionTypes.set(name, cls);
  // Most exceptions share BaseException's instance layout, so they combine as bases
  // (`class E(ArithmeticError, TypeError)`); those CPython gives fields of their own do not.
  if (!OWN_LAYOUT.has(name)) cls[META].solid = base[META].solid;
  if (newFn !== exNew) ownNew.set(cls, newFn);
  if (newFn === exNew && extra.methods?.__init__ === undefined && plainExceptions.has(base)) makePlain(cls);
  return cls;
}

// Most builtin exceptions construct with `exNew` and BaseException.__init__, which only store the
// arguments: they are made directly, as `exNew` alone would make them, rather than through
// type.__call__ (the __new__ wrapper, the instance check, the __init__ lookup and its `apply`).
// Runtime errors (`raise('KeyError', ...)`) and calls like `ValueError(x)` both take this path.

/** The builtin exception classes made by `newException`. */
const plainExceptions = new Set<PyType>();

function makePlain(cls: PyType): void {
  plainExceptions.add(cls);
  cls[META].construct = (c: PyType, pos: unknown[], kw: KwPairs | null) => {
    if (kw !== null && kw.length) hooks.raise('TypeError', `${c[META].name}() takes no keyword arguments`);
    return newException(c, pos);
  };
}

/** An instance of plain builtin exception class `cls` with `args`, as `cls(*args)` makes it. */
function newException(cls: PyType, args: unknown[]): PyException {
  const o = newInstance(cls) as PyException;
  o.args = tuple(args);
  o.cause = null;
  o.context = null;
  o.suppress = false;
  o.traceback = null;
  return o;
}
makePlain(BaseException);

/** A simple `(self, name)`-style attribute stored in a field. */
function field(key: string): { get: (s: PyException) => unknown; set: (s: PyException, v: unknown) => void } {
  return { get: (s) => (s[key] === undefined ? null : s[key]), set: (s, v) => void (s[key] = v) };
}

/** `__init__` taking only keyword-only attributes (ImportError(name=, path=), NameError(name=)). */
function kwInit(cls: string, names: string[]): Function {
  const init = function (this: PyException, ...args: unknown[]) {
    initArgs(this, args);
    if (names.includes('msg')) this.msg = args.length === 1 ? args[0] : null;
    return null;
  };
  (init as any).$kw = function (this: PyException, pos: unknown[], kw: KwPairs | null) {
    init.apply(this, pos);
    for (const [k, v] of kw ?? []) {
      if (!names.includes(k) || k === 'msg') {
        hooks.raise('TypeError', `${cls}() got an unexpected keyword argument '${k}'`);
      }
      this[k] = v;
    }
    return null;
  };
  return init;
}

function kwNew(cls: PyType, pos: unknown[]): PyException {
  return exNew(cls, pos, null);
}

export const Exception = def('Exception', BaseException);
export const GeneratorExit = def('GeneratorExit', BaseException);
export const KeyboardInterrupt = def('KeyboardInterrupt', BaseException);
export const SystemExit = def('SystemExit', BaseException, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      this.code = args.length === 0 ? null : args.length === 1 ? args[0] : this.args;
      return null;
    },
  },
  getters: { code: field('code').get },
  setters: { code: field('code').set },
});
export const ArithmeticError = def('ArithmeticError', Exception);
export const FloatingPointError = def('FloatingPointError', ArithmeticError);
export const OverflowError = def('OverflowError', ArithmeticError);
export const ZeroDivisionError = def('ZeroDivisionError', ArithmeticError);
export const AssertionError = def('AssertionError', Exception);
export const AttributeError = def('AttributeError', Exception, {
  methods: { __init__: kwInit('AttributeError', ['name', 'obj']) },
  getters: { name: field('name').get, obj: field('obj').get },
  setters: { name: field('name').set, obj: field('obj').set },
  new: kwNew,
});
export const BufferError = def('BufferError', Exception);
export const EOFError = def('EOFError', Exception);
export const ImportError = def('ImportError', Exception, {
  methods: {
    __init__: kwInit('ImportError', ['msg', 'name', 'path']),
    __str__(this: PyException) {
      if (this.msg !== null && this.msg !== undefined) return hooks.str(this.msg);
      return argsStr(this);
    },
  },
  getters: { msg: field('msg').get, name: field('name').get, path: field('path').get },
  setters: { msg: field('msg').set, name: field('name').set, path: field('path').set },
  new: kwNew,
});
export const ModuleNotFoundError = def('ModuleNotFoundError', ImportError);
export const LookupError = def('LookupError', Exception);
export const IndexError = def('IndexError', LookupError);
export const KeyError = def('KeyError', LookupError, {
  methods: {
    __str__(this: PyException) {
      return this.args.length === 1 ? hooks.repr(this.args[0]) : argsStr(this);
    },
  },
});
export const MemoryError = def('MemoryError', Exception);
export const NameError = def('NameError', Exception, {
  methods: { __init__: kwInit('NameError', ['name']) },
  getters: { name: field('name').get },
  setters: { name: field('name').set },
  new: kwNew,
});
export const UnboundLocalError = def('UnboundLocalError', NameError);

// OSError: OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the subclass for
// the errno (Objects/exceptions.c, errnomap) when constructed as OSError itself.
const ERRNO_MAP: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError',
  10: 'ChildProcessError',
  32: 'BrokenPipeError', 108: 'BrokenPipeError',
  103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError',
  17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError', 20: 'NotADirectoryError',
  4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError', 3: 'ProcessLookupError',
  110: 'TimeoutError',
};

function osNew(cls: PyType, pos: unknown[], kw: KwPairs | null): PyException {
  if (cls === OSError && pos.length >= 2 && pos.length <= 5 && typeof pos[0] === 'number') {
    const sub = ERRNO_MAP[pos[0]];
    if (sub) cls = exceptionTypes.get(sub)!;
  }
  const o = exNew(cls, pos, kw);
  osFill(o, pos);
  return o;
}

/** A count of bytes as `characters_written` takes it: an int, or an object with __index__. */
function writtenCount(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  const index = v !== null && typeof v === 'object' ? (v as { $__index__?: unknown }).$__index__ : undefined;
  if (typeof index === 'function') return writtenCount(index.call(v));
  return hooks.raise('TypeError', `'${className(v)}' object cannot be interpreted as an integer`);
}

/** Whether `x` is a number, as a BlockingIOError's third argument must be to count bytes written. */
function isNumberArg(x: unknown): boolean {
  return typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean' ||
    (x !== null && typeof x === 'object' && typeof (x as { $__index__?: unknown }).$__index__ === 'function');
}

function osFill(o: PyException, pos: unknown[]): void {
  o.errno = null;
  o.strerror = null;
  o.filename = null;
  o.filename2 = null;
  if (pos.length >= 2 && pos.length <= 5) {
    o.errno = pos[0];
    o.strerror = pos[1];
    // BlockingIOError(errno, strerror, written): the third is the count of bytes written.
    if (typeOf(o) === exceptionTypes.get('BlockingIOError') && isNumberArg(pos[2])) {
      o.written = writtenCount(pos[2]);
    } else if (pos.length >= 3 && pos[2] !== null) {
      o.filename = pos[2];
      if (pos.length >= 5) o.filename2 = pos[4];
      o.args = tuple(pos.slice(0, 2));
    }
  }
}

export const OSError = def('OSError', Exception, {
  new: osNew,
  methods: {
    __init__(this: PyException) {
      return null;
    },
    __str__(this: PyException) {
      if (this.filename !== null && this.filename !== undefined) {
        const base = `[Errno ${hooks.str(this.errno)}] ${hooks.str(this.strerror)}: ${hooks.repr(this.filename)}`;
        if (this.filename2 !== null && this.filename2 !== undefined) return `${base} -> ${hooks.repr(this.filename2)}`;
        return base;
      }
      if (this.errno !== null && this.strerror !== null && this.errno !== undefined) {
        return `[Errno ${hooks.str(this.errno)}] ${hooks.str(this.strerror)}`;
      }
      return argsStr(this);
    },
  },
  getters: {
    errno: field('errno').get,
    strerror: field('strerror').get,
    filename: field('filename').get,
    filename2: field('filename2').get,
    // Set by a BlockingIOError's constructor or a store; absent until then.
    characters_written: (self: PyException) => {
      if (typeof self.written !== 'number') hooks.raise('AttributeError', 'characters_written');
      return self.written;
    },
  },
  setters: {
    characters_written: (self: PyException, v: unknown) => {
      self.written = writtenCount(v);
    },
    errno: field('errno').set,
    strerror: field('strerror').set,
    filename: field('filename').set,
    filename2: field('filename2').set,
  },
});
export const EnvironmentError = OSError;
export const IOError = OSError;
export const BlockingIOError = def('BlockingIOError', OSError);
export const ChildProcessError = def('ChildProcessError', OSError);
export const ConnectionError = def('ConnectionError', OSError);
export const BrokenPipeError = def('BrokenPipeError', ConnectionError);
export const ConnectionAbortedError = def('ConnectionAbortedError', ConnectionError);
export const ConnectionRefusedError = def('ConnectionRefusedError', ConnectionError);
export const ConnectionResetError = def('ConnectionResetError', ConnectionError);
export const FileExistsError = def('FileExistsError', OSError);
export const FileNotFoundError = def('FileNotFoundError', OSError);
export const InterruptedError = def('InterruptedError', OSError);
export const IsADirectoryError = def('IsADirectoryError', OSError);
export const NotADirectoryError = def('NotADirectoryError', OSError);
export const PermissionError = def('PermissionError', OSError);
export const ProcessLookupError = def('ProcessLookupError', OSError);
export const TimeoutError = def('TimeoutError', OSError);
export const ReferenceError = def('ReferenceError', Exception);
export const RuntimeError = def('RuntimeError', Exception);
export const NotImplementedError = def('NotImplementedError', RuntimeError);
export const RecursionError = def('RecursionError', RuntimeError);
export const StopAsyncIteration = def('StopAsyncIteration', Exception, {
  getters: { value: (s: PyException) => (s.args.length ? s.args[0] : null) },
});
export const StopIteration = def('StopIteration', Exception, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      this.value = args.length ? args[0] : null;
      return null;
    },
  },
  getters: { value: (s: PyException) => (s.value === undefined ? (s.args.length ? s.args[0] : null) : s.value) },
  setters: { value: field('value').set },
});
/** A SyntaxError's detail tuple is (filename, lineno, offset, text[, end_lineno, end_offset]). */
function checkSyntaxDetail(count: number): void {
  if (count < 4) hooks.raise('TypeError', `function takes at least 4 arguments (${count} given)`);
  if (count > 6) hooks.raise('TypeError', `function takes at most 6 arguments (${count} given)`);
  if (count === 5) hooks.raise('TypeError', 'end_offset must be provided when end_lineno is provided');
}
export const SyntaxError = def('SyntaxError', Exception, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      this.msg = args.length ? args[0] : null;
      const det = args.length === 2 ? hooks.toArray(args[1]) : [];
      if (args.length === 2) checkSyntaxDetail(det.length);
      [this.filename, this.lineno, this.offset, this.text] = [det[0] ?? null, det[1] ?? null, det[2] ?? null, det[3] ?? null];
      [this.end_lineno, this.end_offset] = [det[4] ?? null, det[5] ?? null];
      return null;
    },
    __str__(this: PyException) {
      const msg = this.msg === null || this.msg === undefined ? argsStr(this) : hooks.str(this.msg);
      const file = typeof this.filename === 'string' ? this.filename.split('/').pop() : null;
      if (file && typeof this.lineno === 'number') return `${msg} (${file}, line ${this.lineno})`;
      if (file) return `${msg} (${file})`;
      if (typeof this.lineno === 'number') return `${msg} (line ${this.lineno})`;
      return msg;
    },
  },
  getters: {
    msg: field('msg').get,
    filename: field('filename').get,
    lineno: field('lineno').get,
    offset: field('offset').get,
    text: field('text').get,
    end_lineno: field('end_lineno').get,
    end_offset: field('end_offset').get,
  },
  setters: {
    msg: field('msg').set,
    filename: field('filename').set,
    lineno: field('lineno').set,
    offset: field('offset').set,
    text: field('text').set,
    end_lineno: field('end_lineno').set,
    end_offset: field('end_offset').set,
  },
});
export const IndentationError = def('IndentationError', SyntaxError);
export const TabError = def('TabError', IndentationError);
export const SystemError = def('SystemError', Exception);
export const TypeError = def('TypeError', Exception);
export const ValueError = def('ValueError', Exception);
export const UnicodeError = def('UnicodeError', ValueError);
/** io.UnsupportedOperation: reading a file opened for writing, and the like (Modules/_io/_iomodule.c). */
export const UnsupportedOperation = def('UnsupportedOperation', OSError, { module: 'io', bases: [ValueError] });

function hexByte(b: number): string {
  return b.toString(16).padStart(2, '0');
}

/** A code point as Python's backslash escape: `\xhh`, `\uhhhh` or `\Uhhhhhhhh`, the shortest that holds it. */
export function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return '\\x' + hexByte(cp);
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

export const UnicodeDecodeError = def('UnicodeDecodeError', UnicodeError, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args;
      return null;
    },
    __str__(this: PyException) {
      if (this.encoding === undefined) return argsStr(this);
      const obj = this.object as { b?: Uint8Array; [i: number]: number };
      const data: ArrayLike<number> | undefined = obj instanceof Uint8Array ? obj : obj?.b;
      const start = this.start as number;
      const end = this.end as number;
      const enc = hooks.str(this.encoding);
      const reason = hooks.str(this.reason);
      if (data && end === start + 1) {
        return `'${enc}' codec can't decode byte 0x${hexByte(data[start]!)} in position ${start}: ${reason}`;
      }
      return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    },
  },
  getters: {
    encoding: field('encoding').get,
    object: field('object').get,
    start: field('start').get,
    end: field('end').get,
    reason: field('reason').get,
  },
});
export const UnicodeEncodeError = def('UnicodeEncodeError', UnicodeError, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      initArgs(this, args);
      if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args;
      return null;
    },
    __str__(this: PyException) {
      if (this.encoding === undefined) return argsStr(this);
      const s = [...(this.object as string)];
      const start = this.start as number;
      const end = this.end as number;
      const enc = hooks.str(this.encoding);
      const reason = hooks.str(this.reason);
      if (end === start + 1) {
        const cp = s[start]!.codePointAt(0)!;
        const esc = escapeCodePoint(cp);
        return `'${enc}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
      }
      return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
    },
  },
  getters: {
    encoding: field('encoding').get,
    object: field('object').get,
    start: field('start').get,
    end: field('end').get,
    reason: field('reason').get,
  },
});
export const UnicodeTranslateError = def('UnicodeTranslateError', UnicodeError, {
  methods: {
    __init__(this: PyException, ...args: unknown[]) {
      if (args.length !== 4) hooks.raise('TypeError', `function takes exactly 4 arguments (${args.length} given)`);
      initArgs(this, args);
      [this.object, this.start, this.end, this.reason] = args;
      return null;
    },
    __str__(this: PyException) {
      if (this.object === undefined) return argsStr(this);
      const s = [...(this.object as string)];
      const start = this.start as number;
      const end = this.end as number;
      const reason = hooks.str(this.reason);
      if (end === start + 1 && start < s.length) {
        const cp = s[start]!.codePointAt(0)!;
        const esc = escapeCodePoint(cp);
        return `can't translate character '${esc}' in position ${start}: ${reason}`;
      }
      return `can't translate characters in position ${start}-${end - 1}: ${reason}`;
    },
  },
  getters: {
    object: field('object').get,
    start: field('start').get,
    end: field('end').get,
    reason: field('reason').get,
  },
});
export const Warning = def('Warning', Exception);
export const UserWarning = def('UserWarning', Warning);
export const DeprecationWarning = def('DeprecationWarning', Warning);
export const PendingDeprecationWarning = def('PendingDeprecationWarning', Warning);
export const RuntimeWarning = def('RuntimeWarning', Warning);
export const SyntaxWarning = def('SyntaxWarning', Warning);
export const FutureWarning = def('FutureWarning', Warning);
export const ImportWarning = def('ImportWarning', Warning);
export const UnicodeWarning = def('UnicodeWarning', Warning);
export const BytesWarning = def('BytesWarning', Warning);
export const ResourceWarning = def('ResourceWarning', Warning);
export const EncodingWarning = def('EncodingWarning', Warning);

// ---------------------------------------------------------------------------------------------
// Raising from runtime code

/** Make an instance of builtin exception `type` with `args`. */
export function makeExc(type: BuiltinExceptionName | PyType, ...args: unknown[]): PyException {
  const cls = typeof type === 'string' ? exceptionTypes.get(type) : type;
  if (cls === undefined) return makeExc('SystemError', `unknown exception type ${String(type)}`);
  if (plainExceptions.has(cls)) return newException(cls, args);
  return cls(...args) as PyException;
}

const defaultRaiser = (type: BuiltinExceptionName, message: string): never => {
  throw chained(makeExc(type, message), raise);
};
let raiser: (type: BuiltinExceptionName, message: string) => never = defaultRaiser;

/**
 * Raise UnicodeEncodeError(encoding, str, start, end, reason) or UnicodeDecodeError(encoding,
 * bytes, start, end, reason), positions in code points or bytes: its attributes are set and its
 * message is CPython's.
 */
export function raiseCodecError(type: 'UnicodeEncodeError' | 'UnicodeDecodeError', encoding: string, object: string | Uint8Array,
  start: number, end: number, reason: string): never {
  const obj = typeof object === 'string' ? object : hooks.bytes(object);
  const e = makeExc(type, encoding, obj, start, end, reason);
  // A replaced raiser (installRaiser) gets the type and the message, as from raise().
  if (raiser !== defaultRaiser) return raiser(type, hooks.str(e));
  throw chained(e, raiseCodecError);
}

/**
 * Raise builtin exception `type` made from several `args` (`OverflowError(34, 'Numerical result
 * out of range')`); `message` is its str(), what a replaced raiser (installRaiser) gets.
 */
export function raiseWithArgs(type: BuiltinExceptionName, message: string, ...args: unknown[]): never {
  if (raiser !== defaultRaiser) return raiser(type, message);
  throw chained(makeExc(type, ...args), raiseWithArgs);
}

/** Raise builtin exception `type` with CPython's message. */
export function raise(type: BuiltinExceptionName, message: string): never {
  return raiser(type, message);
}

/** Replace how `raise` builds its exceptions (kept for modules that installed their own). */
export function installRaiser(fn: (type: BuiltinExceptionName, message: string) => never): void {
  raiser = fn;
}

hooks.raise = (type: string, message: string): never => raise(type as BuiltinExceptionName, message);
hooks.throwExc = (e: unknown): never => {
  throw chained(e as PyException, hooks.throwExc);
};

/**
 * `instanceof PendingPyError` is true for every Python exception; `pyType` and `pyMessage` are
 * the class name and str(e). (The name of the placeholder this module replaced.)
 */
export class PendingPyError {
  declare readonly pyType: string;
  declare readonly pyMessage: string;
  static [Symbol.hasInstance](x: unknown): boolean {
    return isPyException(x);
  }
}

export function isPyException(x: unknown): x is PyException {
  return typeof x === 'object' && x !== null && BaseExceptionProto.isPrototypeOf(x);
}

// ---------------------------------------------------------------------------------------------
// The handled-exception stack

/** Read directly (not through exceptDepth) by a generator's resume, which runs unoptimised at first. */
export const handling: unknown[] = [];

/** The exception being handled (sys.exc_info()[1]), or null. */
export function currentException(): unknown {
  for (let i = handling.length - 1; i >= 0; i--) if (handling[i] !== null) return handling[i];
  return null;
}

/**
 * Entering an `except` block for `exc` (a `finally` block entered for it passes no lines; an
 * `except` clause passes the first and last line of its `try` body).
 */
export function enterExcept(exc: unknown, first = 0, last = 0): void {
  handling.push(exc);
  // Only an exception whose stack was captured can have its traceback read or printed later.
  if (typeof exc === 'object' && exc !== null && Object.prototype.hasOwnProperty.call(exc, 'stack')) {
    (exc as PyException).caughtAt = handlerFrame(catching[catchTop], first, last);
  }
}

/** Where each `try` site that caught an exception with a stack stands. */
const siteFrames = new WeakMap<Catcher, CatchSite>();

/**
 * The catch site of the handler running now: its top JS frame only (which names its function)
 * and the lines of its `try` body, which tell the frame that caught the exception among those of
 * its raise; the traceback keeps the frames from that one down. The handler's `try` site just
 * left the catching stack, its catcher still in the slot above it: a site's frame is captured
 * once, except for the shared catcher of handlers the compiler cannot read.
 */
function handlerFrame(site: Catcher | undefined, first: number, last: number): CatchSite {
  const known = site === undefined || site === CATCHES_ALL ? undefined : siteFrames.get(site);
  if (known !== undefined && known.first === first) return known;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  const at: { stack?: string } = {};
  Error.captureStackTrace(at, enterExcept);
  Error.stackTraceLimit = limit;
  const caught: CatchSite = { at, first, last };
  if (site !== undefined && site !== CATCHES_ALL) siteFrames.set(site, caught);
  return caught;
}

/** Leaving that `except` block (normally or not). */
export function exitExcept(): void {
  handling.pop();
}

/** The depth of the handled stack; generators save and restore around their frames. */
export function exceptDepth(): number {
  return handling.length;
}

/** Restore the handled stack to `depth` (after a frame unwound abruptly). */
export function restoreExceptDepth(depth: number): void {
  handling.length = depth;
}

/** Remove and return the handled exceptions above `depth` (a generator frame suspending). */
export function saveExcepts(depth: number): unknown[] {
  return handling.length > depth ? handling.splice(depth) : EMPTY;
}

/** Push back the handled exceptions a suspended generator frame had. */
export function loadExcepts(items: unknown[]): void {
  for (let i = 0; i < items.length; i++) handling.push(items[i]);
}

const EMPTY: unknown[] = [];

// ---------------------------------------------------------------------------------------------
// The catching stack: where an exception raised now would be caught
//
// Capturing the JS stack (Error.captureStackTrace) costs more than CPython's whole raise and
// catch, and most exceptions used for control flow (EAFP, StopIteration ending a loop) are caught
// by a handler that never looks at their traceback. Every construct that catches pushes a
// `Catcher` while its body runs: a `try` with handlers pushes one clause per `except` (the
// compiler knows the classes of those that name builtin exceptions, and marks a handler `quiet`
// when it binds no name and its body can neither raise nor run Python code, so nothing can reach
// the exception it caught, or can only for values the site checks as the `try` starts:
// compiler/handlers.ts); `finally`, `with` and any handler the compiler cannot read push
// clauses that catch everything and are not quiet. A raise walks the stack from the innermost
// entry: if the first clause that would catch the exception is quiet, nothing will ever format
// its traceback, and the stack is not captured. The runtime's own catches that drop an exception
// (StopIteration ending a loop over a user iterator, getattr's default) push quiet clauses too.

/**
 * One clause: the classes it catches (null: every exception) and whether it is quiet; 'str' is
 * quiet for an exception whose str() runs no Python code, a handler that binds the exception and
 * only takes its str() (compiler/handlers.ts).
 */
export interface CatchClause {
  readonly types: readonly PyType[] | null;
  readonly quiet: Quiet;
}

export type Quiet = boolean | 'str' | QuietCheck;

/**
 * A handler's check, made at each entry of its `try` over the frame's variables, that it cannot
 * reach the exception it would catch (compiler/handlers.ts, "Handlers that read attributes"): run
 * at the raise, when nothing has run since the handler's values were what it finds.
 */
export type QuietCheck = (exc: PyException) => boolean;

/** What one catching construct catches, its clauses in order. */
export type Catcher = readonly CatchClause[];

/** `finally`, `with`, and handlers that may look at what they catch. */
const CATCHES_ALL: Catcher = [{ types: null, quiet: false }];

const catching: Catcher[] = [];
/** The catching stack's depth; a generator's resume reads it directly, like `handling`. */
export let catchTop = 0;

/**
 * A `try` statement's catcher, built once per site: `clauses` holds, per handler, the builtin
 * classes it names (null: not known to the compiler, or a bare `except:`) and whether it is quiet.
 */
export function catcher(clauses: [types: unknown[] | null, quiet: Quiet][]): Catcher {
  const out: CatchClause[] = [];
  for (const [types, quiet] of clauses) {
    if (types === null) {
      out.push({ types: null, quiet });
      break;
    }
    // `except len:` fails only when it is tested: until then it may catch anything.
    if (!types.every((t) => isClass(t) && isSubclass(t, BaseException))) {
      out.push(CATCHES_ALL[0]!);
      break;
    }
    out.push({ types: types as PyType[], quiet });
  }
  return out;
}

/**
 * The catcher of a `try` site whose handlers name module classes, kept in `site` once each class
 * it names is bound (compiler/handlers.ts, "Late catchers"): entered before its class statement
 * has run, the site gets a catcher that treats the name as anything, and asks again next time.
 */
export function lateCatcher(site: { c: Catcher | null }, clauses: [types: unknown[] | null, quiet: Quiet][]): Catcher {
  const c = catcher(clauses);
  if (clauses.every(([types]) => types === null || types.every(isClass))) site.c = c;
  return c;
}

/**
 * Site catcher `c` with clause `index` quiet when `check` passes for the exception raised: built
 * at each entry of the `try`, since the check reads that frame's variables. A clause the site
 * could not build as written (a name that is not an exception class yet) stays as it is.
 */
export function guardedCatcher(c: Catcher, index: number, check: QuietCheck): Catcher {
  const clause = c[index];
  if (clause === undefined || clause === CATCHES_ALL[0]) return c;
  const out = c.slice();
  out[index] = { types: clause.types, quiet: check };
  return out;
}

/**
 * Attribute `key` (`$name`) of exception `exc` when reading it runs no Python code: a plain
 * instance attribute (an own data property) of a class without attribute hooks that defines
 * nothing under that name; otherwise undefined.
 */
export function excAttr(exc: PyException, key: string): unknown {
  if ((typeOf(exc)[META].flags & Flags.Hooks) !== 0 || key in Object.getPrototypeOf(exc)) return undefined;
  const d = Object.getOwnPropertyDescriptor(exc, key);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

/** Whether `v` is a dict key whose hash and comparisons run no Python code: a str, int, float or bool. */
export function isPlainKey(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'number' || t === 'boolean';
}

/** Whether `v` is absent (undefined) or an unboxed int or float, to which `+ n` cannot fail. */
export function isNumberOrAbsent(v: unknown): boolean {
  return v === undefined || typeof v === 'number';
}

/**
 * Entering the body of a construct that catches (`c` omitted: everything, not quietly); returns
 * the depth to give `exitTry`.
 */
export function enterTry(c: Catcher = CATCHES_ALL): number {
  catching[catchTop] = c;
  return catchTop++;
}

/**
 * Leaving that body: back to `depth` (idempotent, so both the end of the body and its catch can
 * say it), or without one, one entry off (a generator frame's, whose depth moves between resumes).
 */
export function exitTry(depth?: number): void {
  catchTop = depth === undefined ? catchTop - 1 : depth;
}

/** The depth of the catching stack; generators save and restore the entries of their frames. */
export function catchingDepth(): number {
  return catchTop;
}

/** Remove and return the catchers above `depth` (a generator frame suspending). */
export function saveCatchers(depth: number): Catcher[] {
  if (catchTop <= depth) return EMPTY as Catcher[];
  const saved = catching.slice(depth, catchTop);
  catchTop = depth;
  return saved;
}

/** Push back the catchers a suspended generator frame had. */
export function loadCatchers(items: Catcher[]): void {
  for (let i = 0; i < items.length; i++) catching[catchTop++] = items[i]!;
}

/** A catcher that drops what it catches, for the runtime's own handlers. */
export function quietly(...types: PyType[]): Catcher {
  return [{ types, quiet: true }];
}

// The StopIteration that ends a loop or `next(it, default)`, and the IndexError that ends the
// sequence protocol, are dropped by the runtime's own catches.
export const ENDS_ITERATION = quietly(StopIteration);
export const ENDS_SEQUENCE = quietly(IndexError, StopIteration);

// A loop over a user iterator asks its `__next__` to return ITERATION_STOPPED rather than raise
// StopIteration (compiler/handlers.ts, "StopIteration by return"): a throw and its unwinding
// cost several times CPython's raise. The ask is STOP_ASK in the method's surplus-argument slot,
// which only a `__next__` compiled to take it accepts (its `stops` signature field).

/** The argument that asks a `__next__` for ITERATION_STOPPED; never a Python value. */
export const STOP_ASK: object = Object.freeze({ ask: 'stop' });

/** What such a `__next__` returns where it would raise StopIteration; never a Python value. */
export const ITERATION_STOPPED: object = Object.freeze({ iteration: 'stopped' });

/**
 * `next.call(it)` for the `__next__` method `next` of iterator `it`, from a loop that drops the
 * StopIteration: ITERATION_STOPPED when the method ends the iteration by returning instead.
 */
export function nextOrStopped(it: unknown, next: Function): unknown {
  const canon = (next as { $canon?: { $sig?: { stops?: boolean } } }).$canon;
  return canon?.$sig?.stops === true ? next.call(it, STOP_ASK) : next.call(it);
}

/**
 * Whether an instance of exception class `cls`, raised now, would be caught by a quiet handler
 * (an exception's prototype chain is its class's MRO, so `isInstance(exc, t)` is
 * `isSubclass(cls, t)`). Without the instance `exc`, a handler that takes its str() is not quiet.
 */
export function quietFor(cls: PyType, exc?: PyException): boolean {
  for (let i = catchTop - 1; i >= 0; i--) {
    const clauses = catching[i]!;
    for (let j = 0; j < clauses.length; j++) {
      const c = clauses[j]!;
      if (c.types === null) return quietAnswer(c.quiet, exc);
      for (let k = 0; k < c.types.length; k++) if (isSubclass(cls, c.types[k]!)) return quietAnswer(c.quiet, exc);
    }
  }
  return false;
}

function quietAnswer(quiet: Quiet, exc: PyException | undefined): boolean {
  if (typeof quiet === 'function') return exc !== undefined && quiet(exc);
  return quiet === 'str' ? exc !== undefined && plainStr(exc) : quiet;
}

/**
 * Whether str(exc) runs BaseException's own __str__ over arguments whose str() is themselves: no
 * Python code, nothing that could reach the exception.
 */
function plainStr(exc: PyException): boolean {
  const cls = typeOf(exc);
  if (cls.prototype.$__str__ !== BaseException.prototype.$__str__ || (cls[META].flags & Flags.Hooks) !== 0) return false;
  const args = exc.args;
  return args.length === 0 || (args.length === 1 && typeof args[0] === 'string');
}

/** Whether the handler that will catch `exc` if it is raised now is a quiet one. */
function caughtQuietly(exc: PyException): boolean {
  return quietFor(typeOf(exc), exc);
}

/**
 * Attach the implicit context (PEP 3134) and capture the JS stack, once, unless a quiet handler
 * will catch the exception and it is `fresh`: made for this raise, so that nothing else holds it
 * (an exception object kept in a variable and raised may have its traceback printed later).
 */
function chained(exc: PyException, from: Function, fresh = true): PyException {
  const ctx = currentException();
  if (ctx !== null && ctx !== exc && exc.context === null) {
    // Break cycles in the context chain like _PyErr_SetObject does.
    let o = ctx as PyException;
    while (o && o.context !== null && o.context !== undefined) {
      if (o.context === exc) {
        o.context = null;
        break;
      }
      o = o.context as PyException;
    }
    exc.context = ctx;
  }
  if (exc.assignedTb === true) startsFromAssigned(exc);
  if (!Object.prototype.hasOwnProperty.call(exc, 'stack')) {
    if (!(fresh && caughtQuietly(exc))) Error.captureStackTrace(exc, from);
  } else if (!fresh) {
    raisedAgain(exc, from);
  }
  return exc;
}

/**
 * Raising an exception whose traceback was assigned (`raise e.with_traceback(tb)`, or after
 * `e.__traceback__ = None`): the frames of this raise go in front of that traceback, and its
 * earlier raises are forgotten, as CPython's traceback then holds only what was assigned.
 */
function startsFromAssigned(exc: PyException): void {
  exc.tail = exc.traceback;
  exc.traceback = null;
  exc.tbSet = false;
  exc.assignedTb = false;
  exc.again = undefined;
  exc.caughtAt = undefined;
  exc.bareFirst = false;
  delete exc.stack;
}

/**
 * `raise e` of an exception raised before: its traceback becomes the frames from this raise up to
 * where it is caught, in front of those it had (from its earlier raise to where that was caught),
 * found when a traceback is printed. A `bare` raise adds no entry for its own frame (only its
 * callers', as the exception leaves them).
 */
function raisedAgain(exc: PyException, from: Function, bare = false): void {
  const at: { stack?: string } = {};
  Error.captureStackTrace(at, from);
  exc.again = { at, bare, caughtBefore: exc.caughtAt, before: exc.again };
  exc.caughtAt = undefined;
}

// ---------------------------------------------------------------------------------------------
// Helpers for generated code

function instantiate(x: unknown, what: string): PyException {
  if (isClass(x)) {
    if (!isSubclass(x, BaseException)) return raise('TypeError', what);
    const e = x();
    if (!isPyException(e)) {
      return raise('TypeError', `calling ${hooks.repr(x)} should have returned an instance of BaseException, not ${className(e)}`);
    }
    return e;
  }
  if (isPyException(x)) return x;
  return raise('TypeError', what);
}

/**
 * The `raise exc [from cause]` statement (`cause` undefined: no from clause). `made` tells that
 * `exc` is the value of a call in the statement: `true` for a call to a builtin exception class
 * (`raise ValueError(x)`), otherwise the callee (`raise BadRecord(x)`). When that callee is a
 * class whose construction runs no Python code, nothing else can hold the exception yet.
 */
export function pyRaise(exc: unknown, cause?: unknown, made?: unknown): never {
  throw raising(exc, cause, made, pyRaise);
}

/**
 * What the `raise exc [from cause]` statement throws, for generated code to throw itself:
 * `throw $raised(exc, cause, made)` (arguments as `pyRaise`'s). A throw unwinds each frame between
 * it and the handler (V8 looks each one up, ~0.5 µs), so throwing from the frame of the `raise`
 * spares the runtime's own.
 */
export function raised(exc: unknown, cause?: unknown, made?: unknown): PyException {
  return raising(exc, cause, made, raised);
}

function raising(exc: unknown, cause: unknown, made: unknown, from: Function): PyException {
  const fresh = made === true ? builtinClass(exc)
    : isClass(exc) ? makesUnsharedInstances(exc)
    : isClass(made) && typeOf(exc) === made && makesUnsharedInstances(made);
  const e = instantiate(exc, 'exceptions must derive from BaseException');
  if (cause !== undefined) {
    e.cause = cause === null ? null : instantiate(cause, 'exception causes must derive from BaseException');
    e.suppress = true;
  }
  return chained(e, from, fresh);
}

/**
 * What `raise callee(*args)` throws (a call without keywords or starred arguments, and no `from`
 * clause, or `from None` when `fromNone`): `callee` and `args` are evaluated, the call is not made
 * yet. An exception class whose construction only stores its arguments (`BadRecord(Exception)`
 * with the inherited `__new__` and `__init__`) is instantiated directly, without type.__call__;
 * anything else is called as the statement would call it.
 */
export function raisedCall(callee: Function, args: unknown[], fromNone?: boolean): PyException {
  let e: PyException;
  let fresh: boolean;
  if (constructsPlainly(callee)) {
    e = newException(callee, args);
    fresh = true;
  } else {
    const made = callee(...args);
    // A builtin class may make an instance of a subclass (OSError(2, ...) is a FileNotFoundError).
    fresh = isClass(callee) && makesUnsharedInstances(callee) && (typeOf(made) === callee || builtinClass(callee) && builtinClass(made));
    e = instantiate(made, 'exceptions must derive from BaseException');
  }
  if (fromNone === true) {
    e.cause = null;
    e.suppress = true;
  }
  return chained(e, raisedCall, fresh);
}

/**
 * Whether calling `x` makes an exception exactly as `newException(x, args)` does: a plain builtin
 * exception class, or a subclass of one under `type`, without attribute hooks, whose `__new__`
 * and `__init__` are that builtin's.
 */
function constructsPlainly(x: unknown): x is PyType {
  if (!isClass(x)) return false;
  if (plainExceptions.has(x)) return true;
  const m = x[META];
  if ((m.flags & (Flags.Hooks | Flags.Builtin)) !== 0 || !madeByType(x)) return false;
  const mro = m.mro;
  for (let i = 1; i < mro.length; i++) {
    const base = mro[i]!;
    if ((base[META].flags & Flags.Builtin) === 0) continue;
    const p = x.prototype;
    return plainExceptions.has(base) && p.$__init__ === base.prototype.$__init__ && p.$__new__ === base.prototype.$__new__;
  }
  return false;
}

/** An exception class, or the class of an exception, that is builtin (its __init__ keeps no reference). */
function builtinClass(x: unknown): boolean {
  const cls = isClass(x) ? x : typeOf(x);
  return cls !== undefined && (cls[META].flags & Flags.Builtin) !== 0;
}

/**
 * Whether calling exception class `cls` runs builtin code only, which keeps no reference to the
 * new instance: a builtin class, or one whose `__new__` and `__init__` are those of the first
 * builtin class on its MRO, under `type` itself and without attribute hooks.
 */
function makesUnsharedInstances(cls: PyType): boolean {
  const m = cls[META];
  if ((m.flags & Flags.Builtin) !== 0) return true;
  if ((m.flags & Flags.Hooks) !== 0 || !madeByType(cls)) return false;
  const base = m.mro.find((c) => (c[META].flags & Flags.Builtin) !== 0);
  if (base === undefined || !isSubclass(base, BaseException)) return false;
  const p = cls.prototype;
  return p.$__new__ === base.prototype.$__new__ && (p.$__init__ === base.prototype.$__init__ || initKeepsSelf(p));
}

/**
 * Whether the `__init__` instances of prototype `p` get is one the compiler found to keep `self`
 * to itself (compiler/handlers.ts, `keepsSelf`), storing only names the class does not define:
 * a property's setter would be handed `self`.
 */
function initKeepsSelf(p: Record<string, unknown>): boolean {
  const init = p.$__init__ as { $canon?: { $sig?: { keepsSelf?: string[] } }; $sig?: { keepsSelf?: string[] } } | undefined;
  const stored = (init?.$canon ?? init)?.$sig?.keepsSelf;
  return stored !== undefined && stored.every((key) => !(key in p));
}

/**
 * Whether the metaclass of `cls` is `type`. Each metaclass gives its classes one shared chain
 * (object.ts, setMetaclass), so this compares prototypes where `typeOf(cls)` would go through the
 * metaclass's Proxy.
 */
function madeByType(cls: PyType): boolean {
  return Object.getPrototypeOf(cls) === Object.getPrototypeOf(BaseException);
}

/** Bare `raise`. */
export function reraise(): never {
  const e = currentException();
  if (e === null) return raise('RuntimeError', 'No active exception to reraise');
  if (isPyException(e) && e.assignedTb === true) {
    startsFromAssigned(e);
    Error.captureStackTrace(e, reraise);
    e.bareFirst = true;
  } else if (isPyException(e) && Object.prototype.hasOwnProperty.call(e, 'stack')) raisedAgain(e, reraise, true);
  throw e;
}

/** Throw a Python exception object from runtime code (keeps context chaining). */
export function throwPy(e: PyException): never {
  throw chained(e, throwPy);
}

/**
 * `e`, made for a raise that the caller of `from` throws itself (runtime/probes.ts): chained as
 * `throwPy` chains it, its stack captured from that caller's frame.
 */
export function forRaise(e: PyException, from: Function): PyException {
  return chained(e, from);
}

const JS_PROP = /^Cannot (?:read|set) properties of (null|undefined) \((?:reading|setting) '\$?([^']*)'\)$/;

/** The Python exception for anything thrown (JS errors become Python ones). */
export function toPy(e: unknown): PyException {
  if (isPyException(e)) return e;
  let py: PyException;
  if (isStackOverflow(e)) {
    py = makeExc('RecursionError', 'maximum recursion depth exceeded');
  } else if (e instanceof globalThis.RangeError && /^(Invalid (string|array|typed array) length|Array buffer allocation failed|Maximum BigInt size exceeded)/.test(e.message)) {
    // A str, list, bytes or int larger than V8 can hold: CPython's allocation would fail the same way.
    py = makeExc('MemoryError');
  } else if (e instanceof globalThis.TypeError) {
    const m = JS_PROP.exec(e.message);
    if (m) {
      py = makeExc('AttributeError', `'NoneType' object has no attribute '${m[2]}'`);
      // As the runtime's own AttributeError carries them (object.ts, attrError).
      (py as unknown as { name: unknown; obj: unknown }).name = m[2];
      (py as unknown as { name: unknown; obj: unknown }).obj = null;
    } else if (/ is not a function$| is not a constructor$/.test(e.message)) {
      py = makeExc('TypeError', jsToPyText(e.message.replace(/ is not a (function|constructor)$/, '')) + ' is not callable');
    } else if (/ is not iterable/.test(e.message)) {
      py = makeExc('TypeError', jsToPyText(e.message));
    } else {
      py = makeExc('SystemError', e.message);
    }
  } else if (e instanceof Error && e.name === 'NetError' && typeof (e as { errno?: unknown }).errno === 'number') {
    // runtime/net's errors: OSError by errno (so ConnectionResetError & co.), timeouts, Ctrl-C.
    py = makeExc('OSError', (e as unknown as { errno: number }).errno, e.message);
  } else if (e instanceof Error && e.name === 'NetTimeout') {
    py = makeExc('TimeoutError', 'timed out');
  } else if (e instanceof Error && e.name === 'NetInterrupt') {
    py = makeExc('KeyboardInterrupt');
  } else if (e instanceof Error) {
    py = makeExc('SystemError', `${e.name}: ${e.message}`);
  } else {
    py = makeExc('SystemError', `non-Python value thrown: ${String(e)}`);
  }
  if (e instanceof Error && e.stack) {
    Object.defineProperty(py, 'stack', { value: e.stack, writable: true, configurable: true });
  }
  return chained(py, toPy);
}

/**
 * Whether `e` is V8's stack overflow. At the very edge of the stack even compiling a regular
 * expression overflows, and V8 reports that as a SyntaxError naming the expression; so the test
 * reads the message with plain string search, and accepts either class.
 */
function isStackOverflow(e: unknown): boolean {
  return (e instanceof globalThis.RangeError || e instanceof globalThis.SyntaxError) &&
    e.message.endsWith('Maximum call stack size exceeded');
}

/** A JS expression text in a JS error message, as Python would name it. */
function jsToPyText(s: string): string {
  return s.replace(/\$(?=[A-Za-z_])/g, '').replace(/\.call$/, '');
}

/** `except cls:` / `except (A, B):` matching. */
export function excMatch(exc: unknown, spec: unknown): boolean {
  // The common case, a handler naming the exception's own class, needs none of the checks below.
  // The class is read from the prototype's TYPE: `Object.getPrototypeOf` leaves the exception
  // objects to V8's runtime (a C++ call per match).
  if (typeof spec === 'function' && typeof exc === 'object' && exc !== null && (exc as { [TYPE]?: unknown })[TYPE] === spec &&
      isPyException(exc)) return true;
  if (isClass(spec)) {
    if (!isSubclass(spec, BaseException)) return cannotCatch();
    return isInstance(exc, spec);
  }
  // A tuple subclass counts too (PyTuple_Check); its items are read as stored, not through __iter__.
  if (Array.isArray(spec) && (className(spec) === 'tuple' || isTupleSubclass(typeOf(spec)))) {
    // Every item is checked before any is matched (_PyEval_CheckExceptTypeValid): `except
    // (ValueError, str):` is a TypeError even for a ValueError, and so is a nested tuple.
    for (const s of spec) if (!isClass(s) || !isSubclass(s, BaseException)) return cannotCatch();
    for (const s of spec) if (isInstance(exc, s)) return true;
    return false;
  }
  return cannotCatch();
}

/** Whether `cls` derives from the builtin tuple (read from its MRO: tuple.ts imports this file). */
function isTupleSubclass(cls: PyType): boolean {
  return cls[META].mro.some((t) => (t[META].flags & Flags.Builtin) !== 0 && t[META].name === 'tuple');
}

function cannotCatch(): never {
  return raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

/** A failed `assert` (msg undefined: no message). */
export function assertFail(msg?: unknown): never {
  throw chained(msg === undefined ? makeExc('AssertionError') : makeExc('AssertionError', msg), assertFail);
}

/**
 * An undefined global or builtin name. `varnames` (space-separated) are the local variable names
 * of the function whose code raised it, where an uncaught NameError looks for "Did you mean" first
 * (CPython searches the frame's co_varnames).
 */
export function nameError(name: string, varnames?: string): never {
  const e = makeExc('NameError', `name '${name}' is not defined`);
  e.name = name;
  if (varnames !== undefined) e.varnames = varnames.split(' ');
  throw chained(e, nameError);
}

/** A local read before assignment. */
export function unboundLocal(name: string): never {
  const e = makeExc('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  e.name = name;
  throw chained(e, unboundLocal);
}

/** A builtin exception CPython raises only when the code runs (`super()` outside a method). */
export function fail(type: BuiltinExceptionName, message: string): never {
  return raise(type, message);
}

/** A free variable (a closure's outer local) read before the outer scope bound it. */
export function unboundFree(name: string): never {
  const e = makeExc('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  e.name = name;
  throw chained(e, unboundFree);
}

// ---------------------------------------------------------------------------------------------
// with statements

/** `with mgr:` entry: calls __enter__; returns [exit function, value for `as`]. */
export function withEnter(mgr: unknown): [Function, unknown] {
  const t = typeOf(mgr).prototype;
  const enter = t.$__enter__;
  const exit = t.$__exit__;
  if (typeof enter !== 'function') {
    return raise('TypeError', `'${className(mgr)}' object does not support the context manager protocol`);
  }
  if (typeof exit !== 'function') {
    return raise(
      'TypeError',
      `'${className(mgr)}' object does not support the context manager protocol (missed __exit__ method)`,
    );
  }
  const value = enter.call(mgr);
  const bound = function (a: unknown, b: unknown, c: unknown) {
    return exit.call(mgr, a, b, c);
  };
  return [bound, value];
}

/** `with` exit: `exc` null for a normal exit; returns true when the exception is suppressed. */
export function withExit(exitFn: Function, exc: unknown): boolean {
  if (exc === null || exc === undefined) {
    exitFn(null, null, null);
    return false;
  }
  const e = toPy(exc);
  // __exit__ runs while the exception is being handled: one it raises gets it as __context__.
  // (It is not caught there: the frame that catches it later tells where its traceback starts.)
  handling.push(e);
  try {
    const suppressed = hooks.truthy(exitFn(typeOf(e), e, tracebackOf(e, true)));
    // Suppressed, it was caught by the frame running the `with` (at whichever line).
    if (suppressed && Object.prototype.hasOwnProperty.call(e, 'stack')) e.caughtAt = callerSite(withExit);
    return suppressed;
  } finally {
    exitExcept();
  }
}

/** The catch site of the frame that called `fn`, its lines not known. */
function callerSite(fn: Function): CatchSite {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  const at: { stack?: string } = {};
  Error.captureStackTrace(at, fn);
  Error.stackTraceLimit = limit;
  return { at, first: -1, last: -1 };
}
