// The `sys` module: argv, exit, the standard streams, version information and the interpreter
// settings Python programs read.
//
// `populateSys(mod)` fills a module object; the module system calls it when `import sys` runs.
// The streams are live accessors over io.ts, so `sys.stdout = f` redirects print() and
// `sys.stdout = sys.__stdout__` restores it. argv[0] is the .py path of the entry script as the
// compiler recorded it (`setScriptPath`), then the arguments given to node after the script.

import { BaseException, currentException, makeExc, SystemExit as SystemExitType, throwPy, type PyException } from './exceptions.js';
import { TYPE, builtinType, Flags as TypeFlags, installBuiltinMembers, isInstance, META, object as objectType, typeOf, type PyType } from './object.js';
import { hasManagedDict, instanceBasicSize } from './classes.js';
import { callKw, NATIVE_DOC, NATIVE_MODULE, type PyFunction } from './function.js';
import { currentStderr, currentStdin, currentStdout, flushStdout, setStderr, setStdin, setStdout, stderr, stdin, stdout, writeStderrText } from './io.js';
import { PyDict } from './dict.js';
import { repr } from './repr.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { toIndex, typeNameOf } from './slice.js';
import { raise } from './exceptions.js';
import { kwParams, nameAs } from './install.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from './int.js';
import { toFloat } from './float.js';
import { getAsyncgenHooks, setAsyncgenHooks } from './coroutine.js';
import { formatException, getframe } from './traceback.js';
import { print } from './builtins.js';
import { importTop } from './module.js';

let scriptPath = process.argv[1] ?? '';

/**
 * The entry script's .py path (its folder is sys.path[0]), and what sys.argv[0] shows: the path
 * as the compiler was given it when that was relative, else the path itself.
 */
export function setScriptPath(path: string, typed: string | null = null): void {
  scriptPath = path;
  argv[0] = typed ?? path;
  const slash = path.lastIndexOf('/');
  path0 = slash < 0 ? '' : path.slice(0, slash);
}

let path0 = '';

/** sys.argv */
export const argv: unknown[] = [scriptPath, ...process.argv.slice(2)];

/** sys.modules: filled by the module system. */
export const modules = new PyDict();

let recursionLimit = 1000;

/** A tuple with named fields, like the structseq types of sys (version_info, float_info...). */
function structSeq(name: string, fields: string[]): PyType {
  class StructSeq extends PyTuple {}
  const cls = builtinType({
    name,
    module: 'sys',
    base: tupleType,
    proto: StructSeq.prototype,
    final: true,
    methods: {
      __repr__(this: PyTuple): string {
        return `sys.${name}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
      },
    },
    getters: Object.fromEntries(fields.map((f, i) => [f, (t: PyTuple) => t[i]])),
  });
  return cls;
}

const VersionInfo = structSeq('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);

function makeStruct(cls: PyType, items: unknown[]): PyTuple {
  const t = tuple(items);
  return Object.setPrototypeOf(t, cls.prototype) as PyTuple;
}

/** sys.version_info */
export const versionInfo = makeStruct(VersionInfo, [3, 11, 7, 'final', 0]);

const FloatInfo = structSeq('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
const IntInfo = structSeq('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const HashInfo = structSeq('hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
const Flags = structSeq('flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]);

/** sys.implementation: a namespace whose attributes are set at creation and shown by its repr. */
class Namespace {}

const namespaceType = builtinType({
  name: 'SimpleNamespace',
  module: 'types',
  proto: Namespace.prototype,
  methods: {
    __repr__(this: Record<string, unknown>): string {
      const fields = Object.keys(this).filter((k) => k.startsWith('$'));
      return `namespace(${fields.map((k) => `${k.slice(1)}=${repr(this[k])}`).join(', ')})`;
    },
  },
});

function namespace(fields: Record<string, unknown>): Namespace {
  void namespaceType;
  const ns = new Namespace() as Record<string, unknown>;
  for (const [k, v] of Object.entries(fields)) ns['$' + k] = v;
  return ns;
}

/** The value types of sys's structseqs: the float fields as Python floats. */
function floatInfo(): PyTuple {
  const f = toFloat;
  return makeStruct(FloatInfo, [f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1]);
}

/** sys.exit(status=None) */
export function exit(status?: unknown): never {
  // The status is the exception's value as `raise SystemExit, status` would make it: None gives
  // no arguments, a tuple gives its items, and a SystemExit instance is raised itself.
  if (status === undefined || status === null) return throwPy(makeExc('SystemExit'));
  if (isInstance(status, SystemExitType)) return throwPy(status as PyException);
  if (status instanceof PyTuple) return throwPy(makeExc('SystemExit', ...status));
  return throwPy(makeExc('SystemExit', status));
}

/** The builtins exit() and quit(): unlike sys.exit, they pass their code even when it is None. */
export function quitter(code: unknown = null): never {
  return exit(code);
}

/** The type of the builtins exit and quit (site's Quitter): callable, and its repr says how to leave. */
class QuitterShape {}
const quitterType = builtinType({ name: 'Quitter', module: '_sitebuiltins', proto: QuitterShape.prototype });

function makeQuitter(name: string): (code?: unknown) => never {
  const fn = function (code: unknown = null): never {
    return throwPy(makeExc('SystemExit', code));
  };
  Object.defineProperty(fn, TYPE, { value: quitterType });
  Object.defineProperty(fn, '$__repr__', { value: () => `Use ${name}() or Ctrl-D (i.e. EOF) to exit` });
  Object.defineProperty(fn, '$__str__', { value: () => `Use ${name}() or Ctrl-D (i.e. EOF) to exit` });
  return fn;
}

/** The builtins exit and quit. */
export const exitQuitter = makeQuitter('exit');
export const quitQuitter = makeQuitter('quit');

/**
 * sys.displayhook(value): what the interactive console (and exec of 'single' code) does with an
 * expression statement's value: shows its repr on sys.stdout and keeps it as `builtins._`. None
 * is neither shown nor kept. `_` is cleared first, so a repr that raises leaves it None.
 */
export function displayhook(...args: unknown[]): null {
  if (args.length !== 1) raise('TypeError', `sys.displayhook() takes exactly one argument (${args.length} given)`);
  const value = args[0];
  if (value === null || value === undefined) return null;
  const builtinsModule = importTop('builtins') as unknown as Record<string, unknown>;
  builtinsModule.$_ = null;
  if (currentStdout === null) raise('RuntimeError', 'lost sys.stdout');
  print(repr(value));
  builtinsModule.$_ = value;
  return null;
}

/** Makes `fn` the builtin `sys.<name>`: its module, its doc, and CPython's refusal of keywords. */
function sysBuiltin(fn: (...args: unknown[]) => unknown, name: string, doc: string): void {
  (fn as PyFunction).$kw = (pos, kw): unknown => {
    if (kw !== null && kw.length > 0) raise('TypeError', `sys.${name}() takes no keyword arguments`);
    return fn(...pos);
  };
  (fn as any)[NATIVE_MODULE] = 'sys';
  (fn as any)[NATIVE_DOC] = doc;
}

sysBuiltin(displayhook, 'displayhook', 'Print an object to sys.stdout and also save it in builtins._');

/**
 * sys.excepthook(type, value, traceback): reports an exception the program did not catch (its
 * traceback to stderr). A program may put its own function in its place; the program's end calls
 * whatever `sys.excepthook` is then.
 */
export function excepthook(...args: unknown[]): null {
  if (args.length !== 3) raise('TypeError', `excepthook expected 3 arguments, got ${args.length}`);
  const value = args[1];
  if (!isInstance(value, BaseException)) {
    writeStderrText(`TypeError: print_exception(): Exception expected for value, ${typeNameOf(value)} found\n`);
    return null;
  }
  writeStderrText(formatException(value));
  return null;
}

sysBuiltin(excepthook, 'excepthook', 'Handle an exception by displaying it with a traceback on sys.stderr.');

/** sys.exc_info() */
export function excInfo(): PyTuple {
  const e = currentException();
  if (e === null || e === undefined) return tuple([null, null, null]);
  return tuple([typeOf(e), e, (e as { $__traceback__?: unknown }).$__traceback__ ?? null]);
}

/** sys.exception() (3.11) */
export function exception(): unknown {
  return currentException() ?? null;
}

/**
 * sys.getsizeof(x): CPython 3.11's size in bytes for the objects whose size its layout fixes (None,
 * bool, int, float, complex, str, bytes, tuple, range, object), and for instances of classes written
 * in Python, their `__sizeof__()` plus the collector's header (and the instance dict's pointers
 * kept before it). Lists, dicts, sets and the like have sizes that depend on how CPython grew them,
 * which a program here cannot reproduce: for those the call raises, or returns `default` when one
 * is given.
 */
function getsizeof(x: unknown, dflt?: unknown): number | unknown {
  const t = typeOf(x);
  if ((t[META].flags & TypeFlags.Builtin) === 0) return instanceSize(x, t, dflt);
  switch (typeNameOf(x)) {
    case 'object':
      return 16;
    case 'NoneType':
      return 16;
    case 'bool':
      return 28;
    case 'int': {
      const v = typeof x === 'bigint' ? x : BigInt(Number(x));
      const bits = (v < 0n ? -v : v).toString(2).length;
      return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
    }
    case 'float':
      return 24;
    case 'complex':
      return 32;
    case 'str':
      return strSize(x as string);
    case 'bytes':
      return 33 + (x as { b: Uint8Array }).b.length;
    case 'tuple':
      return 40 + 8 * (x as PyTuple).length;
    case 'range':
      return 48;
    default:
      if (dflt !== undefined) return dflt;
      return raise('TypeError', `sys.getsizeof() of a '${typeNameOf(x)}' object is not known: its size depends on how CPython allocated it`);
  }
}

/** The bytes of the GC header CPython counts in sys.getsizeof for the objects the collector tracks. */
const GC_HEADER = 16;
/** The two pointers 3.11 keeps before the header of an instance whose __dict__ it manages. */
const DICT_PREHEADER = 16;

/** getsizeof of an instance of a class written in Python: its __sizeof__, which may be its own. */
function instanceSize(x: unknown, t: PyType, dflt: unknown): unknown {
  const own = (t.prototype as { $__sizeof__?: unknown }).$__sizeof__;
  let size: unknown;
  if (own === sizeofObject) {
    size = instanceBasicSize(t);
    if (size === null) {
      if (dflt !== undefined) return dflt;
      return raise('TypeError', `sys.getsizeof() of a '${t[META].name}' object is not known: its size depends on how CPython allocated it`);
    }
  } else {
    size = callKw(own, x, [], null);
    if (typeof size === 'boolean') size = size ? 1 : 0;
    if (typeof size !== 'number' && typeof size !== 'bigint') raise('TypeError', 'an integer is required');
    if ((size as number) < 0) raise('ValueError', '__sizeof__() should return >= 0');
  }
  return Number(size) + GC_HEADER + (hasManagedDict(t) ? DICT_PREHEADER : 0);
}

/**
 * object.__sizeof__ (and the builtin types' own): the object's size without the GC header, for
 * the objects whose size is known (those sys.getsizeof knows, plain instances of classes written
 * over object); others raise as sys.getsizeof does without a default.
 */
function sizeofObject(this: unknown): number {
  const x = this;
  const t = typeOf(x);
  if (t === objectType) return 16;
  const own = instanceBasicSize(t);
  if (own !== null) return own;
  const size = getsizeof(x, UNKNOWN_SIZE);
  if (size === UNKNOWN_SIZE) raise('TypeError', `the size of a '${typeNameOf(x)}' object is not known: it depends on how CPython allocated it`);
  return typeNameOf(x) === 'tuple' ? (size as number) - GC_HEADER : (size as number);
}
const UNKNOWN_SIZE = {};
installBuiltinMembers(Object.prototype, { methods: { __sizeof__: sizeofObject } });

/** A str's size in CPython's compact layout: one, two or four bytes per character by its widest one. */
function strSize(s: string): number {
  let widest = 0;
  let n = 0;
  for (const ch of s) {
    widest = Math.max(widest, ch.codePointAt(0)!);
    n++;
  }
  if (widest < 0x80) return 49 + n;
  if (widest < 0x100) return 73 + n;
  if (widest < 0x10000) return 74 + 2 * n;
  return 76 + 4 * n;
}

/** Fill the `sys` module object. */
export function populateSys(mod: Record<string, unknown>): void {
  const define = (name: string, value: unknown): void => {
    Object.defineProperty(mod, '$' + name, { value: nameAs(value, name), writable: true, configurable: true, enumerable: true });
  };
  const accessor = (name: string, get: () => unknown, set: (v: unknown) => void): void => {
    Object.defineProperty(mod, '$' + name, { get, set, configurable: true, enumerable: true });
  };
  define('argv', argv);
  define('orig_argv', ['python3', ...argv]);
  define('exit', exit);
  define('displayhook', displayhook);
  // The same function under its own name: `sys.__displayhook__ is sys.displayhook` at start.
  Object.defineProperty(mod, '$__displayhook__', { value: displayhook, writable: true, configurable: true, enumerable: true });
  define('excepthook', excepthook);
  Object.defineProperty(mod, '$__excepthook__', { value: excepthook, writable: true, configurable: true, enumerable: true });
  accessor('stdout', () => currentStdout, setStdout);
  accessor('stderr', () => currentStderr, setStderr);
  accessor('stdin', () => currentStdin, setStdin);
  define('__stdout__', stdout);
  define('__stderr__', stderr);
  define('__stdin__', stdin);
  define('path', [path0]);
  define('platform', 'linux');
  define('byteorder', 'little');
  define('version_info', versionInfo);
  define('version', `3.11.7 (main, Jan  1 2024, 00:00:00) [Node ${process.version}]`);
  define('hexversion', 0x30b07f0);
  define('api_version', 1013);
  define('maxsize', 9223372036854775807n);
  define('maxunicode', 0x10ffff);
  define('executable', process.execPath);
  define('prefix', '/usr');
  define('base_prefix', '/usr');
  define('exec_prefix', '/usr');
  // Not 'cpython': programs that branch on the implementation take their generic path.
  define('implementation', namespace({ name: 'memphis', cache_tag: null, version: versionInfo, hexversion: 0x30b07f0 }));
  define('float_info', floatInfo());
  define('int_info', makeStruct(IntInfo, [30, 4, 4300, 640]));
  define('hash_info', makeStruct(HashInfo, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]));
  define('float_repr_style', 'short');
  define('platlibdir', 'lib');
  define('pycache_prefix', null);
  define('warnoptions', []);
  define('get_int_max_str_digits', getIntMaxStrDigits);
  define('set_int_max_str_digits', kwParams(function set_int_max_str_digits(maxdigits: unknown): null {
    setIntMaxStrDigits(Number(toIndex(maxdigits)));
    return null;
  }, 'set_int_max_str_digits', ['maxdigits']));
  define('is_finalizing', function is_finalizing(): boolean {
    return false;
  });
  define('modules', modules);
  define('builtin_module_names', tuple(['builtins', 'sys']));
  define('dont_write_bytecode', true);
  define('getrecursionlimit', function getrecursionlimit(): number {
    return recursionLimit;
  });
  define('setrecursionlimit', function setrecursionlimit(n: unknown): null {
    if (typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') {
      raise('TypeError', `'${typeNameOf(n)}' object cannot be interpreted as an integer`);
    }
    const v = Number(toIndex(n));
    if (v < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
    recursionLimit = v;
    return null;
  });
  define('_getframe', function _getframe(depth: unknown = 0): unknown {
    if (typeof depth !== 'number' && typeof depth !== 'bigint' && typeof depth !== 'boolean') {
      raise('TypeError', `'${typeNameOf(depth)}' object cannot be interpreted as an integer`);
    }
    return getframe(Number(toIndex(depth)));
  });
  define('exc_info', excInfo);
  define('set_asyncgen_hooks', setAsyncgenHooks);
  define('get_asyncgen_hooks', getAsyncgenHooks);
  define('exception', exception);
  define('intern', function intern(s: unknown): unknown {
    if (typeof s !== 'string') {
      // Only an exact str can be interned; a subclass instance is refused by name.
      raise('TypeError', s instanceof String ? `can't intern ${typeNameOf(s)}` : `intern() argument must be str, not ${typeNameOf(s)}`);
    }
    return s;
  });
  define('getdefaultencoding', function getdefaultencoding(): string {
    return 'utf-8';
  });
  define('getfilesystemencoding', function getfilesystemencoding(): string {
    return 'utf-8';
  });
  define('getsizeof', kwParams(getsizeof, 'getsizeof', ['object', 'default']));
  define('flags', makeStruct(Flags, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
}
