// Modules: the registry of compiled and native modules, `import` in CPython's order, and the
// program entry `main` (Python/import.c, Lib/importlib/_bootstrap.py, Python/pythonrun.c).
//
// The bundle registers every compiled module with `module(name, file, body, isPackage)` before
// calling `main`. `import('a.b.c')` imports `a`, then `a.b`, then `a.b.c`, each at most once,
// binds each submodule as an attribute of its parent, and returns the LEAF module (the compiler
// picks the top package itself for `import a.b.c`; `importTop` does it for `__import__`). A module
// is entered in `sys.modules` before its body runs, so a circular import sees the partially
// initialised module, as in CPython. Module globals are `let`s of the body function; the body
// calls `moduleGlobals(mod, accessors)` to expose them as live `$name` accessors on the module.
//
// Native modules (written in TypeScript) register with `nativeModule(name, populate)`; `populate`
// fills the module object when the module is first imported (docs/architecture.md, "Adding a
// native module").

import { AttributeError, KeyboardInterrupt, makeExc, nameError, SystemExit, throwPy, toPy, UnsupportedOperation } from './exceptions.js';
import { flushStdout, populateFileTypes, writeAll } from './io.js';
import { populateCodecsModule } from './codecs.js';
import { builtinType, hooks, isInstance, type KwPairs, type PyType } from './object.js';
import { modules as sysModules, populateSys, setScriptPath } from './sys.js';
import { formatException } from './traceback.js';
import { relaunchOnDeepStack } from './stack.js';
import { checkNativeArguments, registerSignatures } from './native_signatures.js';
import { getattr, vars } from './classes.js';

// ---------------------------------------------------------------------------------------------
// Module objects

export class PyModule {
  [key: string]: unknown;
}

function moduleRepr(this: PyModule): string {
  const name = typeof this.$__name__ === 'string' ? this.$__name__ : '?';
  const file = this.$__file__;
  if (typeof file === 'string') return `<module '${name}' from '${file}'>`;
  return `<module '${name}' (built-in)>`;
}

export const moduleType: PyType = builtinType({
  name: 'module',
  proto: PyModule.prototype,
  construct: (_cls: PyType, pos: unknown[], kw: KwPairs | null) => {
    const name = pos[0] ?? kw?.find((p) => p[0] === 'name')?.[1];
    if (typeof name !== 'string') {
      throwPy(makeExc('TypeError', `module.__init__() argument 'name' must be str, not ${hooks.repr(name)}`));
    }
    const m = newModule(name as string, null, false);
    m.$__doc__ = pos[1] ?? null;
    return m;
  },
  methods: { __repr__: moduleRepr },
});

function define(mod: PyModule, key: string, value: unknown): void {
  Object.defineProperty(mod, key, { value, writable: true, configurable: true, enumerable: true });
}

/**
 * Every compiled module by its file, kept even after its import failed: an uncaught NameError's
 * "Did you mean" searches the globals of the module whose code raised it.
 */
const byFile = new Map<string, PyModule>();

/** The module object of the compiled file `file` (as tracebacks name it), or undefined. */
export function moduleOfFile(file: string): PyModule | undefined {
  return byFile.get(file);
}

/**
 * `__builtins__`: the builtins module in __main__, its namespace dict elsewhere (as CPython has
 * them), looked up when first read: loading the builtins module at every module's creation
 * would cost each program's start.
 */
function defineBuiltins(m: PyModule): void {
  const isMain = m.$__name__ === '__main__';
  Object.defineProperty(m, '$__builtins__', {
    get() {
      const builtinsModule = importModule('builtins');
      const value = isMain ? builtinsModule : vars(builtinsModule);
      define(this as PyModule, '$__builtins__', value);
      return value;
    },
    set(v: unknown) {
      define(this as PyModule, '$__builtins__', v);
    },
    configurable: true,
    enumerable: true,
  });
}

function newModule(name: string, file: string | null, isPackage: boolean): PyModule {
  const m = new PyModule();
  if (file !== null) byFile.set(file, m);
  const isMain = name === '__main__';
  define(m, '$__name__', name);
  define(m, '$__doc__', null);
  // A script run as __main__ has no package; a top-level module's is ''.
  define(m, '$__package__', isMain ? null : isPackage ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  define(m, '$__loader__', null);
  define(m, '$__spec__', null);
  // A placeholder that keeps CPython's place for __annotations__ when the module binds it.
  define(m, '$__annotations__', undefined);
  if (isMain) defineBuiltins(m);
  if (file !== null) {
    if (isPackage) define(m, '$__path__', [file.slice(0, file.lastIndexOf('/'))]);
    define(m, '$__file__', file);
    define(m, '$__cached__', null);
  }
  if (!isMain && file !== null) defineBuiltins(m);
  return m;
}

// ---------------------------------------------------------------------------------------------
// The registry

interface Entry {
  name: string;
  file: string | null;
  body: ((mod: PyModule) => void) | null;
  populate: ((mod: PyModule) => void) | null;
  isPackage: boolean;
}

const registry = new Map<string, Entry>();
/** Loaded (or loading) modules by name: what sys.modules holds. */
const loaded = new Map<string, PyModule>();
hooks.moduleNamed = (name: string) => loaded.get(name);
/** Modules whose body is still running (for the circular-import message). */
const initialising = new Set<PyModule>();
// __main__ has no spec for CPython to see as initialising.
hooks.moduleInitialising = (mod: unknown) => initialising.has(mod as PyModule) && (mod as PyModule).$__name__ !== '__main__';

/** Register a compiled module. */
export function module(name: string, file: string, body: (mod: PyModule) => void, isPackage: boolean): void {
  registry.set(name, { name, file, body, populate: null, isPackage });
}

/**
 * Register a module written in TypeScript: `populate(mod)` runs at its first import and defines
 * its attributes as `$name` properties of `mod`.
 */
export function nativeModule(name: string, populate: (mod: any) => void, isPackage = false): void {
  registry.set(name, { name, file: null, body: null, populate, isPackage });
}

/** The loaded modules (sys.modules). */
export function loadedModules(): ReadonlyMap<string, PyModule> {
  return loaded;
}

function setSysModule(name: string, mod: PyModule | null): void {
  const d = sysModules as any;
  if (mod === null) {
    if (typeof d.$__delitem__ === 'function' && d.$__contains__(name)) d.$__delitem__(name);
  } else if (typeof d.$__setitem__ === 'function') {
    d.$__setitem__(name, mod);
  }
}

function notFound(name: string): never {
  const e = makeExc('ModuleNotFoundError', `No module named '${name}'`);
  e.name = name;
  return throwPy(e);
}

/** What sys.modules holds under `name` (undefined when nothing). */
function sysModuleEntry(name: string): PyModule | undefined {
  return (sysModules as unknown as { get(key: unknown): unknown }).get(name) as PyModule | undefined;
}

/**
 * The module imported as `name` before, as sys.modules has it now: a program that put another
 * object there gets that, and one that deleted the entry (`del sys.modules[name]`) gets undefined,
 * so the module is imported afresh, its body run again, as CPython does.
 */
function alreadyLoaded(name: string): PyModule | undefined {
  const have = loaded.get(name);
  if (have === undefined) return undefined;
  const current = sysModuleEntry(name);
  if (current !== have) {
    if (current === undefined) loaded.delete(name);
    else loaded.set(name, current);
  }
  return current;
}

/** Import one module (its parent is already imported). */
function load(name: string, asName = name): PyModule {
  const have = alreadyLoaded(asName);
  if (have !== undefined) return have;
  const entry = registry.get(name);
  if (entry === undefined) {
    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const parent = name.slice(0, dot);
      const pe = registry.get(parent);
      if (pe !== undefined && !pe.isPackage) {
        const e = makeExc('ModuleNotFoundError', `No module named '${name}'; '${parent}' is not a package`);
        e.name = name;
        return throwPy(e);
      }
    }
    return notFound(name);
  }
  const mod = newModule(asName, entry.file, entry.isPackage);
  if (asName !== name) define(mod, '$__package__', name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  loaded.set(asName, mod);
  setSysModule(asName, mod);
  initialising.add(mod);
  try {
    if (entry.populate !== null) {
      entry.populate(mod);
      checkNativeArguments(name, mod as unknown as Record<string, unknown>);
    } else entry.body!(mod);
  } catch (e) {
    loaded.delete(asName);
    setSysModule(asName, null);
    throw e;
  } finally {
    initialising.delete(mod);
  }
  // A module may put another object in its place (`sys.modules[__name__] = obj`): importers get
  // whatever sys.modules holds once its body has run.
  const replaced = sysModuleEntry(asName);
  if (replaced !== undefined && replaced !== mod) {
    loaded.set(asName, replaced);
    return replaced;
  }
  return mod;
}

/** `import a.b.c`: imports each package on the way; returns the module `a.b.c`. */
function importModule(name: string): PyModule {
  const have = alreadyLoaded(name);
  if (have !== undefined) return have;
  let dot = name.indexOf('.');
  if (dot < 0) return load(name);
  let parent = load(name.slice(0, dot));
  for (;;) {
    const next = name.indexOf('.', dot + 1);
    const sub = next < 0 ? name : name.slice(0, next);
    const child = load(sub);
    // The submodule becomes an attribute of its parent once it has been imported.
    define(parent, '$' + sub.slice(dot + 1), child);
    if (next < 0) return child;
    parent = child;
    dot = next;
  }
}
export { importModule as import };

/** `__import__`-style: imports `a.b.c` and returns the top package `a`. */
export function importTop(name: string): PyModule {
  importModule(name);
  return loaded.get(name.split('.')[0]!)!;
}

/** The builtin `__import__(name, globals=None, locals=None, fromlist=(), level=0)`. */
export function dunderImport(name: unknown, globals?: unknown, locals?: unknown, fromlist?: unknown, level?: unknown): PyModule {
  void globals;
  void locals;
  if (typeof name !== 'string') {
    return throwPy(makeExc('TypeError', `__import__() argument 1 must be str, not ${hooks.repr(name)}`));
  }
  if (level !== undefined && level !== null && level !== 0) {
    return throwPy(makeExc('ImportError', 'relative __import__ is not supported'));
  }
  const from = fromlist === undefined || fromlist === null ? [] : hooks.toArray(fromlist);
  if (from.length) {
    const m = importModule(name);
    for (const f of from) {
      if (typeof f === 'string' && f !== '*' && m['$' + f] === undefined && registry.has(`${name}.${f}`)) {
        importModule(`${name}.${f}`);
      }
    }
    return m;
  }
  return importTop(name);
}

const IMPORT_PARAMS = ['name', 'globals', 'locals', 'fromlist', 'level'];
(dunderImport as unknown as { $kw: unknown }).$kw = (pos: unknown[], kw: KwPairs | null): PyModule => {
  const args = pos.slice();
  for (const [key, value] of kw ?? []) {
    const i = IMPORT_PARAMS.indexOf(key);
    if (i < 0) return throwPy(makeExc('TypeError', `'${key}' is an invalid keyword argument for __import__()`));
    if (args[i] !== undefined) {
      return throwPy(makeExc('TypeError', `argument for __import__() given by name ('${key}') and position (${i + 1})`));
    }
    args[i] = value;
  }
  return dunderImport(args[0], args[1], args[2], args[3], args[4]);
};

/** `from m import name`: an attribute, else a submodule, else CPython's ImportError. */
export function importFrom(mod: PyModule, name: string, modName: string): unknown {
  const v = mod['$' + name];
  if (v !== undefined) return v;
  const sub = `${modName}.${name}`;
  if (registry.has(sub)) return importModule(sub);
  // A module's own __getattr__ (PEP 562) answers names it does not bind; its AttributeError is
  // the ImportError below.
  const moduleGetattr = mod.$__getattr__;
  if (typeof moduleGetattr === 'function') {
    try {
      return (moduleGetattr as (n: string) => unknown)(name);
    } catch (e) {
      if (!isInstance(toPy(e), AttributeError)) throw e;
    }
  }
  const file = typeof mod.$__file__ === 'string' ? mod.$__file__ : null;
  const where = file !== null ? ` (${file})` : ' (unknown location)';
  const msg = initialising.has(mod)
    ? `cannot import name '${name}' from partially initialized module '${modName}' (most likely due to a circular import)${where}`
    : `cannot import name '${name}' from '${modName}'${where}`;
  const e = makeExc('ImportError', msg);
  e.name = modName;
  e.path = file;
  return throwPy(e);
}

/** `from m import *`: the names in `__all__`, else every public global. */
export function importStar(mod: PyModule): [string, unknown][] {
  const all = mod.$__all__;
  const out: [string, unknown][] = [];
  if (all !== undefined) {
    for (const n of hooks.toArray(all)) {
      if (typeof n !== 'string') {
        return throwPy(makeExc('TypeError', `Item in ${String(mod.$__name__)}.__all__ must be str, not ${hooks.repr(n)}`));
      }
      out.push([n, getattr(mod, mod['$' + n], n)]);
    }
    return out;
  }
  for (const k of Object.keys(mod)) {
    if (k.charCodeAt(0) !== 36 || k.charCodeAt(1) === 95) continue;
    const v = mod[k];
    if (v !== undefined) out.push([k.slice(1), v]);
  }
  return out;
}

/**
 * The rest of `from src import *` in the module `into`: the names the compiler could not list
 * (a computed or later-extended `__all__`, names bound under a condition) are set on the module
 * object, where the module's reads of names it never binds itself look them up (globalByName).
 */
export function importStarRest(into: PyModule, src: PyModule, known: readonly string[]): void {
  const seen = new Set(known);
  for (const [name, value] of importStar(src)) if (!seen.has(name)) into['$' + name] = value;
}

/**
 * Expose a compiled module's globals on its module object. `accessors` is an object literal with
 * a getter/setter pair per global (`{ get x() { return x }, set x(v) { x = v } }`), keyed by the
 * Python name; an unassigned global reads as undefined, which is "no such attribute".
 */
export function moduleGlobals(mod: PyModule, accessors: object): void {
  for (const key of Object.getOwnPropertyNames(accessors)) {
    const d = Object.getOwnPropertyDescriptor(accessors, key)!;
    const name = key.charCodeAt(0) === 36 ? key : '$' + key;
    let get = d.get;
    let set = d.set;
    if (get === undefined && d.value !== null && typeof d.value === 'object') {
      get = d.value.get;
      set = d.value.set;
    }
    if (get === undefined) continue;
    Object.defineProperty(mod, name, {
      get,
      set:
        set ??
        function (this: PyModule, v: unknown) {
          Object.defineProperty(this, name, { value: v, writable: true, configurable: true, enumerable: true });
        },
      enumerable: true,
      configurable: true,
    });
  }
}

/**
 * A read of a name no statement of the module binds and no builtin has: CPython still finds it
 * when the module's namespace got it another way (`globals()[name] = v`, `setattr(module, ...)`)
 * or the builtins module did (`builtins.name = v`).
 */
export function globalByName(mod: PyModule, name: string, varnames?: string): unknown {
  const key = '$' + name;
  const own = ownBinding(mod, key);
  if (own !== undefined) return own;
  const b = loaded.get('builtins');
  const fromBuiltins = b !== undefined ? ownBinding(b, key) : undefined;
  if (fromBuiltins !== undefined) return fromBuiltins;
  return nameError(name, varnames);
}

/** `mod`'s own binding of `key` (`$name`), not one its prototype supplies; undefined when none. */
function ownBinding(mod: PyModule, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(mod, key) ? mod[key] : undefined;
}

/**
 * A read of a builtin's name in a module whose `from m import *` may have bound that name at run
 * time (`from math import *` binds `pow`): the module's own binding wins, as in CPython's lookup.
 */
export function starOrBuiltin(mod: PyModule, name: string, builtin: unknown): unknown {
  const own = ownBinding(mod, '$' + name);
  return own !== undefined ? own : builtin;
}

/**
 * The program's rebinders of its builtin names: a program that may assign attributes of the
 * builtins module (`builtins.print = log`) holds its builtins in variables and registers, with
 * `rebindBuiltins`, a function that stores a new value into the ones named (compiler/bundle.ts).
 */
const builtinRebinders: ((name: string, value: unknown) => void)[] = [];

export function rebindBuiltins(rebind: (name: string, value: unknown) => void): void {
  builtinRebinders.push(rebind);
}

/** `builtins.name = value` happened: the program's code sees `value` from now on. */
export function builtinRebound(name: string, value: unknown): void {
  // `del builtins.len`: the program's `len` now raises NameError when called.
  const bound = value !== undefined ? value : (): never => nameError(name);
  for (const rebind of builtinRebinders) rebind(name, bound);
}

/** globals() in a compiled module: a dict of the module's namespace as it is now, whose stores reach its globals. */
export function moduleDict(mod: PyModule): unknown {
  return vars(mod);
}

/**
 * locals() in a function: `flat` is [name0, value0, ...] for each local variable, a local not
 * bound yet (undefined) being left out as CPython leaves it out.
 */
export function namespaceDict(flat: unknown[]): unknown {
  const pairs: [unknown, unknown][] = [];
  for (let i = 0; i < flat.length; i += 2) if (flat[i + 1] !== undefined) pairs.push([flat[i], flat[i + 1]]);
  return hooks.dict(pairs);
}

nativeModule('sys', (mod) => populateSys(mod));
// What lib/io.py takes from the runtime: the class the runtime's own files raise.
nativeModule('_io', (mod) => {
  mod.$UnsupportedOperation = UnsupportedOperation;
  populateFileTypes(mod as unknown as Record<string, unknown>);
});
// The error handler registry and codec names lib/codecs.py shares with str.encode and bytes.decode.
nativeModule('_codecs', populateCodecsModule);

// ---------------------------------------------------------------------------------------------
// The program entry

/** The exit status for an uncaught exception, after printing what CPython prints. */
export function uncaught(e: unknown): number {
  const exc = toPy(e);
  try {
    flushStdout();
  } catch {
    /* stdout is gone: report the original error anyway */
  }
  if (isInstance(exc, SystemExit)) {
    const code = (exc as any).$code;
    if (code === null || code === undefined) return 0;
    if (typeof code === 'number' && Number.isInteger(code)) return code & 0xff;
    if (typeof code === 'boolean') return code ? 1 : 0;
    if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
    writeAll(2, hooks.str(code) + '\n');
    return 1;
  }
  writeAll(2, formatException(exc));
  if (isInstance(exc, KeyboardInterrupt)) return 130;
  return 1;
}

/** What runs when the program ends, however it ends (atexit's callbacks). */
const exitHooks: (() => void)[] = [];

export function addExitHook(hook: () => void): void {
  exitHooks.push(hook);
}

/** Run the entry module as `__main__`, then the exit hooks; returns the exit status. */
export function runMain(entry: string): number {
  const e = registry.get(entry);
  if (e?.file) setScriptPath(e.file);
  let code = 0;
  try {
    load(entry, '__main__');
    flushStdout();
  } catch (err) {
    code = uncaught(err);
  }
  if (exitHooks.length === 0) return code;
  for (const hook of exitHooks) hook();
  try {
    flushStdout();
  } catch (err) {
    return uncaught(err);
  }
  return code;
}

/**
 * How a program that uses memphis.net runs `run`: net.ts sets it when it loads. The launcher and
 * the socket service live there, not here, so that a program without sockets leaves them out of
 * its output (compiler/bundle.ts cuts net.ts and what only it imports).
 */
let netLauncher: ((run: () => void) => void) | null = null;

export function setNetLauncher(launch: (run: () => void) => void): void {
  netLauncher = launch;
}

/**
 * The program: run the entry module. With memphis.net the launcher runs it in a worker (this
 * same bundle, loaded again there), where blocking calls flush stdout before they sleep.
 */
export function main(entry: string, usesNet: boolean, deepStack = false): void {
  if (Error.stackTraceLimit < 200) Error.stackTraceLimit = 200;
  const run = (): void => {
    const code = runMain(entry);
    if (code !== 0) {
      process.exitCode = code;
      process.exit(code);
    }
  };
  if (deepStack && relaunchOnDeepStack(() => main(entry, usesNet))) return;
  if (!usesNet) {
    run();
    return;
  }
  if (netLauncher === null) throw new Error('memphisc: this program uses memphis.net but its runtime has no net.ts');
  netLauncher(run);
}

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('sys', 'sys', '_getframe P 0 1;exc_info N 0 0;exception N 0 0;exit P 0 1;get_asyncgen_hooks N 0 0;get_int_max_str_digits N 0 0;getdefaultencoding N 0 0;getfilesystemencoding N 0 0;getrecursionlimit N 0 0;getsizeof K 1 2 :object,default;intern O 1 1;is_finalizing N 0 0;set_asyncgen_hooks K 0 2 =function;set_int_max_str_digits K 1 1 :maxdigits;setrecursionlimit O 1 1');
// END GENERATED
