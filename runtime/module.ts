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

import { unwrapStr } from './strvalue.js';
import { AttributeError, KeyboardInterrupt, makeExc, nameError, SystemExit, throwPy, toPy, UnsupportedOperation } from './exceptions.js';
import { flushStdout, flushStdoutAtExit, flushStdoutOrRaise, isBrokenPipe, populateFileTypes, stdout, writeAll, writeStderrText } from './io.js';
import { populateCodecsModule } from './codecs.js';
import { builtinType, hooks, isInstance, NotImplemented, typeOf, type KwPairs, type PyType } from './object.js';
import { callKw } from './function.js';
import { excepthook, modules as sysModules, populateSys, setScriptPath } from './sys.js';
import { formatException, formatExceptionOnly } from './traceback.js';
import { relaunchOnDeepStack } from './stack.js';
import { checkNativeArguments, registerSignatures } from './native_signatures.js';
import { getattr, vars } from './classes.js';
import type { PyDict } from './dict.js';

// ---------------------------------------------------------------------------------------------
// Module objects

export class PyModule {
  [key: string]: unknown;
}

/** Modules made by calling `types.ModuleType(name)`: no import system found them anywhere. */
const constructedModules = new WeakSet<PyModule>();

function moduleRepr(this: PyModule): string {
  const name = typeof this.$__name__ === 'string' ? this.$__name__ : '?';
  const file = this.$__file__;
  if (typeof file === 'string') return `<module '${name}' from '${file}'>`;
  if (constructedModules.has(this)) return `<module '${name}'>`;
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
    constructedModules.add(m);
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

function newModule(name: string, file: string | null, isPackage: boolean, imported: ImportedAs | null = null): PyModule {
  const m = new PyModule();
  if (file !== null) byFile.set(file, m);
  const isMain = name === '__main__';
  define(m, '$__name__', name);
  define(m, '$__doc__', null);
  // A script run as __main__ has no package; a top-level module's is ''.
  define(m, '$__package__', isMain ? null : isPackage ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  if (imported === null) {
    define(m, '$__loader__', null);
    define(m, '$__spec__', null);
  } else {
    defineSpec(m, imported);
  }
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
// Module specs: __spec__ and __loader__ of an imported module

/** What a module was imported as, from which its spec is made when first read. */
interface ImportedAs {
  name: string;
  /** The compiled file; null for a native module. */
  file: string | null;
  isPackage: boolean;
  /** The program's entry, run as __main__ (whose __spec__ is None when run as a script). */
  isMain: boolean;
}

/**
 * The modules CPython 3.11 (Linux) builds into its interpreter: their spec says 'built-in' even
 * where this runtime compiles them from lib/.
 */
const INTERPRETER_MODULES = new Set([
  '_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator',
  '_signal', '_sre', '_stat', '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc',
  '_typing', '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'faulthandler', 'gc',
  'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype',
]);

class PyModuleSpec {
  name: unknown;
  loader: unknown;
  origin: unknown;
  locations: unknown;
  loaderState: unknown = null;
  cached: unknown = null;
  hasLocation: boolean;
  constructor(name: string, loader: unknown, origin: string, locations: unknown[] | null, hasLocation: boolean) {
    this.name = name;
    this.loader = loader;
    this.origin = origin;
    this.locations = locations;
    this.hasLocation = hasLocation;
  }
}

/** The loader of a compiled module: CPython's SourceFileLoader answers the same questions. */
class PySourceLoader {
  constructor(readonly name: string, readonly path: string) {}
}

let specTypes: { builtinImporter: PyType } | null = null;

/** The types of specs and loaders, made when the first spec is read. */
function makeSpecTypes(): { builtinImporter: PyType } {
  if (specTypes !== null) return specTypes;
  const sameLocations = (a: unknown, b: unknown): boolean => {
    if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
    return a.length === b.length && a.every((x, i) => x === b[i]);
  };
  builtinType({
    name: 'ModuleSpec',
    module: '_frozen_importlib',
    proto: PyModuleSpec.prototype,
    methods: {
      __repr__(this: PyModuleSpec): string {
        const parts = [`name=${hooks.repr(this.name)}`, `loader=${hooks.repr(this.loader)}`];
        if (this.origin !== null) parts.push(`origin=${hooks.repr(this.origin)}`);
        if (this.locations !== null) parts.push(`submodule_search_locations=${hooks.repr(this.locations)}`);
        return `ModuleSpec(${parts.join(', ')})`;
      },
      __eq__(this: PyModuleSpec, other: unknown): unknown {
        if (!(other instanceof PyModuleSpec)) return NotImplemented;
        return this.name === other.name && this.loader === other.loader && this.origin === other.origin &&
          this.cached === other.cached && this.hasLocation === other.hasLocation && sameLocations(this.locations, other.locations);
      },
    },
    getters: {
      name: (sp: PyModuleSpec) => sp.name,
      loader: (sp: PyModuleSpec) => sp.loader,
      origin: (sp: PyModuleSpec) => sp.origin,
      submodule_search_locations: (sp: PyModuleSpec) => sp.locations,
      loader_state: (sp: PyModuleSpec) => sp.loaderState,
      cached: (sp: PyModuleSpec) => sp.cached,
      has_location: (sp: PyModuleSpec) => sp.hasLocation,
      // A package is its own parent; a module's is the package it is in ('' at the top).
      parent: (sp: PyModuleSpec) => {
        const name = String(sp.name);
        return sp.locations !== null ? name : name.slice(0, Math.max(name.lastIndexOf('.'), 0));
      },
    },
    setters: {
      name: (sp: PyModuleSpec, v: unknown) => { sp.name = v; },
      loader: (sp: PyModuleSpec, v: unknown) => { sp.loader = v; },
      origin: (sp: PyModuleSpec, v: unknown) => { sp.origin = v; },
      submodule_search_locations: (sp: PyModuleSpec, v: unknown) => { sp.locations = v; },
      loader_state: (sp: PyModuleSpec, v: unknown) => { sp.loaderState = v; },
      cached: (sp: PyModuleSpec, v: unknown) => { sp.cached = v; },
      has_location: (sp: PyModuleSpec, v: unknown) => { sp.hasLocation = !!v; },
    },
  });
  builtinType({
    name: 'SourceFileLoader',
    module: '_frozen_importlib_external',
    proto: PySourceLoader.prototype,
    methods: {
      get_filename(this: PySourceLoader): string {
        return this.path;
      },
      is_package(this: PySourceLoader): boolean {
        return /(^|\/)__init__\.py$/.test(this.path);
      },
    },
    getters: {
      name: (l: PySourceLoader) => l.name,
      path: (l: PySourceLoader) => l.path,
    },
  });
  // CPython's loader of its built-in modules is this class itself, never an instance.
  class BuiltinImporter {}
  const builtinImporter = builtinType({ name: 'BuiltinImporter', module: '_frozen_importlib', proto: BuiltinImporter.prototype });
  specTypes = { builtinImporter };
  return specTypes;
}

/** The spec and loader CPython would give `mod`, imported as `imported`. */
function specOf(mod: PyModule, imported: ImportedAs): [PyModuleSpec | null, unknown] {
  const { builtinImporter } = makeSpecTypes();
  const { name, file, isMain } = imported;
  if (file === null || INTERPRETER_MODULES.has(name)) {
    return [new PyModuleSpec(name, builtinImporter, 'built-in', null, false), builtinImporter];
  }
  const loader = new PySourceLoader(name, file);
  if (isMain) return [null, loader];
  const locations = imported.isPackage && Array.isArray(mod.$__path__) ? mod.$__path__ : null;
  return [new PyModuleSpec(name, loader, file, locations, true), loader];
}

/**
 * __spec__ and __loader__ as properties that make both on first read (most programs never
 * read them), then hold plain values a program may replace.
 */
function defineSpec(m: PyModule, imported: ImportedAs): void {
  const settle = (mod: PyModule): void => {
    const [spec, loader] = specOf(mod, imported);
    for (const [key, value] of [['$__loader__', loader], ['$__spec__', spec]] as const) {
      const d = Object.getOwnPropertyDescriptor(mod, key);
      if (d !== undefined && d.get !== undefined) define(mod, key, value);
    }
  };
  for (const key of ['$__loader__', '$__spec__']) {
    Object.defineProperty(m, key, {
      get(this: PyModule) {
        settle(this);
        return this[key];
      },
      set(this: PyModule, v: unknown) {
        settle(this);
        define(this, key, v);
      },
      configurable: true,
      enumerable: true,
    });
  }
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
  const mod = newModule(asName, entry.file, entry.isPackage, { name: asName, file: entry.file, isPackage: entry.isPackage, isMain: asName === '__main__' });
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
  name = unwrapStr(name);
  if (typeof name !== 'string') return throwPy(makeExc('TypeError', 'module name must be a string'));
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
 * bound yet (undefined) being left out as CPython leaves it out. `previous` is the dict an
 * earlier locals() of the same call returned: it is refreshed and returned again, keeping the
 * keys that are no local variable (what exec() stored there).
 */
export function namespaceDict(flat: unknown[], previous?: unknown): unknown {
  if (previous !== undefined) {
    const dict = previous as PyDict;
    for (let i = 0; i < flat.length; i += 2) {
      if (flat[i + 1] !== undefined) dict.set(flat[i], flat[i + 1]);
      else dict.delete(flat[i]);
    }
    return dict;
  }
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
  // What print() left in stdout's buffer goes first; a reader that has gone is reported after.
  let pipeGone = false;
  try {
    flushStdoutOrRaise();
  } catch (err) {
    pipeGone = isBrokenPipe(err);
  }
  let status: number;
  if (isInstance(exc, SystemExit)) status = exitStatus((exc as any).$code);
  else {
    reportUncaught(exc);
    status = isInstance(exc, KeyboardInterrupt) ? 130 : 1;
  }
  if (pipeGone) {
    writeStderrText(`Exception ignored in: ${stdout.$__repr__()}\nBrokenPipeError: [Errno 32] Broken pipe\n`);
    return 120;
  }
  return status;
}

/** The status SystemExit's code gives; a code that is no int is written to sys.stderr (status 1). */
function exitStatus(code: unknown): number {
  if (code === null || code === undefined) return 0;
  if (typeof code === 'number' && Number.isInteger(code)) return code & 0xff;
  if (typeof code === 'boolean') return code ? 1 : 0;
  if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
  writeStderrText(hooks.str(code) + '\n');
  return 1;
}

/** The traceback of an uncaught exception; `sys.tracebacklimit` of 0 or less leaves only its last line. */
function uncaughtText(exc: unknown): string {
  const sys = sysModuleEntry('sys') as Record<string, unknown> | undefined;
  const limit = sys?.$tracebacklimit;
  if ((typeof limit === 'number' || typeof limit === 'bigint') && limit <= 0) return formatExceptionOnly(exc) + '\n';
  return formatException(exc);
}

/**
 * Hands an uncaught exception to `sys.excepthook`, as CPython's end of program does: the default
 * prints its traceback; a program's own hook that raises gets both tracebacks printed.
 */
function reportUncaught(exc: unknown): void {
  const sys = sysModuleEntry('sys') as Record<string, unknown> | undefined;
  const hook = sys === undefined ? excepthook : sys.$excepthook;
  if (hook === excepthook) {
    writeStderrText(uncaughtText(exc));
    return;
  }
  if (hook === undefined || hook === null) {
    writeStderrText('sys.excepthook is missing\n' + formatException(exc));
    return;
  }
  try {
    callKw(hook, null, [typeOf(exc), exc, (exc as Record<string, unknown>).$__traceback__ ?? null], null);
    flushStdout();
  } catch (err) {
    writeStderrText(`Error in sys.excepthook:\n${formatException(toPy(err))}\nOriginal exception was:\n${formatException(exc)}`);
  }
}

/** What runs when the program ends, however it ends (atexit's callbacks). */
const exitHooks: (() => void)[] = [];

export function addExitHook(hook: () => void): void {
  exitHooks.push(hook);
}

/** Run the entry module as `__main__`, then the exit hooks; returns the exit status. */
export function runMain(entry: string, scriptArg: string | null = null): number {
  const e = registry.get(entry);
  if (e?.file) setScriptPath(e.file, scriptArg);
  let code = 0;
  try {
    load(entry, '__main__');
  } catch (err) {
    code = uncaught(err);
  }
  for (const hook of exitHooks) hook();
  try {
    return flushStdoutAtExit(code);
  } catch (err) {
    return uncaught(err);
  }
}

/**
 * How a program that uses memphis.net runs `run`: net.ts sets it when it loads. The launcher and
 * the socket service live there, not here, so that a program without sockets leaves them out of
 * its output (compiler/bundle.ts cuts net.ts and what only it imports).
 */
let netLauncher: ((run: () => void, addon: string | null) => void) | null = null;

/** The native addon's bytes (base64) the compiler embedded for memphis.net and socket, or null. */
let embeddedAddon: string | null = null;

export function embeddedNetAddon(): string | null {
  return embeddedAddon;
}

export function setEmbeddedNetAddon(base64: string | null): void {
  embeddedAddon = base64;
}

export function setNetLauncher(launch: (run: () => void, addon: string | null) => void): void {
  netLauncher = launch;
}

/**
 * The program: run the entry module. With memphis.net it runs through the launcher, whose first
 * socket call loads the native transport from `netAddon` (the base64 bytes of the built addon the
 * compiler embedded, or null) or starts the socket service in a worker (this same bundle, loaded
 * again there); blocking calls flush stdout before they sleep.
 */
export function main(entry: string, usesNet: boolean, deepStack = false, netAddon: string | null = null, scriptArg: string | null = null): void {
  if (Error.stackTraceLimit < 200) Error.stackTraceLimit = 200;
  embeddedAddon = netAddon;
  const run = (): void => {
    const code = runMain(entry, scriptArg);
    if (code !== 0) {
      process.exitCode = code;
      process.exit(code);
    }
  };
  if (deepStack && relaunchOnDeepStack(() => main(entry, usesNet, false, netAddon, scriptArg))) return;
  if (!usesNet) {
    run();
    return;
  }
  if (netLauncher === null) throw new Error('memphisc: this program uses memphis.net but its runtime has no net.ts');
  netLauncher(run, netAddon);
}

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('sys', 'sys', '_getframe P 0 1;exc_info N 0 0;exception N 0 0;exit P 0 1;get_asyncgen_hooks N 0 0;get_int_max_str_digits N 0 0;getdefaultencoding N 0 0;getfilesystemencoding N 0 0;getrecursionlimit N 0 0;getsizeof K 1 2 :object,default;intern O 1 1;is_finalizing N 0 0;set_asyncgen_hooks K 0 2 =function;set_int_max_str_digits K 1 1 :maxdigits;setrecursionlimit O 1 1');
// END GENERATED
