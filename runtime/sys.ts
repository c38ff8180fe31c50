// The `sys` module: argv, exit, the standard streams, version information and the interpreter
// settings Python programs read.
//
// `populateSys(mod)` fills a module object; the module system calls it when `import sys` runs.
// The streams are live accessors over io.ts, so `sys.stdout = f` redirects print() and
// `sys.stdout = sys.__stdout__` restores it. argv[0] is the .py path of the entry script as the
// compiler recorded it (`setScriptPath`), then the arguments given to node after the script.

import { currentException, makeExc, throwPy } from './exceptions.js';
import { builtinType, typeOf, type PyType } from './object.js';
import { currentStderr, currentStdin, currentStdout, flushStdout, setStderr, setStdin, setStdout, stderr, stdin, stdout } from './io.js';
import { PyDict } from './dict.js';
import { repr } from './repr.js';
import { PyTuple, tuple, tupleType } from './tuple.js';
import { toIndex, typeNameOf } from './slice.js';
import { raise } from './exceptions.js';
import { nameAs } from './install.js';

let scriptPath = process.argv[1] ?? '';

/** The entry script's .py path, as sys.argv[0] shows it. */
export function setScriptPath(path: string): void {
  scriptPath = path;
  argv[0] = path;
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

/** sys.exit(status=None) */
export function exit(status?: unknown): never {
  flushStdout();
  if (status === undefined) return throwPy(makeExc('SystemExit'));
  return throwPy(makeExc('SystemExit', status));
}

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
  define('implementation', null);
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
  define('exc_info', excInfo);
  define('exception', exception);
  define('intern', function intern(s: unknown): unknown {
    if (typeof s !== 'string') raise('TypeError', `intern() argument must be str, not ${typeNameOf(s)}`);
    return s;
  });
  define('getdefaultencoding', function getdefaultencoding(): string {
    return 'utf-8';
  });
  define('getfilesystemencoding', function getfilesystemencoding(): string {
    return 'utf-8';
  });
  define('getsizeof', function getsizeof(x: unknown): number {
    void x;
    return 64;
  });
  define('flags', null);
}
