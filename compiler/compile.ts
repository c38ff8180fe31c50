// The driver: from an entry .py file to one bundled ES module. It finds every module the program
// imports (the entry's folder first, then the bundled library: Enid and the Python-written parts of
// the standard library), parses and lowers each once, links them, and bundles the runtime in.
//
// Imports are resolved at compile time, so a module that exists nowhere is a compile error at the
// importing line, unless the import sits in a `try` that catches ImportError: then it is the
// program's business, and the runtime raises ModuleNotFoundError when that line runs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as ast from './ast.js';
import { parse } from './parse.js';
import { manglePrivateNames, mayNeedMangling } from './mangle.js';
import { CompileError, isStackOverflow, recursionDiagnostic } from './diagnostics.js';
import { decodeSource } from './source.js';
import { EVALUATION_BUILTINS, lowerModule, type LoweredModule, type StarNames } from './lower.js';
import { BodyPrinter, emitModule, link, textOf, type EmittedModule } from './emit.js';
import { loaderStatement, runtimeScript, scriptComment, writeCodeCache, type RuntimeScript } from './codecache.js';
import { runtimeBundle, runtimeCode, bindingsFor, evaluatorBundle, runtimeExportsObject, EVALUATOR_GLOBAL, type RuntimeBundle } from './bundle.js';
import { jsName } from './js.js';
import type { RuntimeHelper } from './runtime-api.js';

/** The repository root as installed: enid/ and lib/ live there. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Modules the runtime implements in TypeScript. */
export const NATIVE_MODULES: ReadonlySet<string> = new Set(['sys', 'memphis', 'memphis.net', 'time', 'os', 'os.path', 'math', 'cmath', 'builtins', '_traceback', 'hashlib', 're', '_json', '_heapq', '_io', '_subprocess', 'atexit', '_zlib', '_binascii', '_unicodedata', '_builtinfunc', '_decimal_digits', '_socket']);

export interface CompileOptions {
  /** Extra folders searched after the entry's folder. */
  searchPaths?: string[];
  sourcemap?: boolean;
  /**
   * Carry the runtime as a script compiled through V8's code cache, which the caller writes
   * beside the module (`writeCodeCache`; codecache.ts). Off, the runtime is part of the module.
   */
  codeCache?: boolean;
}

export interface ModuleSource {
  name: string;
  file: string;
  isPackage: boolean;
  source: string;
  tree: ast.Module;
}

export interface CompiledProgram {
  /** The output module's text; made from `codeChunks` when first read. */
  readonly code: string;
  /** The source map's text (null without one); made from `mapChunks` when first read. */
  readonly map: string | null;
  /** The output module as UTF-8 bytes, in order: what `writeChunks` writes. */
  codeChunks: Uint8Array[];
  mapChunks: Uint8Array[] | null;
  modules: ModuleSource[];
  /** Compile-time warnings of every module (`file:line:col: warning: ...`); the caller prints them. */
  warnings: string[];
  /** The runtime script whose code cache belongs beside the module (with `codeCache`), or null. */
  runtimeScript: RuntimeScript | null;
}

// ---------------------------------------------------------------------------------------------
// Finding modules

function searchPathsFor(entry: string, opts: CompileOptions): string[] {
  return [path.dirname(path.resolve(entry)), ...(opts.searchPaths ?? []), PACKAGE_ROOT, path.join(PACKAGE_ROOT, 'lib')];
}

/**
 * The file of module `name` on `paths`. A directory with no `__init__.py` is a namespace package
 * (PEP 420) when no regular package or module of that name comes first: an empty package body,
 * given as the `__init__.py` it does not have.
 */
function findModule(name: string, paths: string[]): { file: string; isPackage: boolean; namespace?: boolean } | null {
  const rel = name.split('.');
  let namespaceDir: string | null = null;
  for (const base of paths) {
    const dir = path.join(base, ...rel);
    const init = path.join(dir, '__init__.py');
    if (fs.existsSync(init)) return { file: init, isPackage: true };
    const file = `${dir}.py`;
    if (fs.existsSync(file)) return { file, isPackage: false };
    if (namespaceDir === null && isDirectory(dir)) namespaceDir = dir;
  }
  return namespaceDir === null ? null : { file: path.join(namespaceDir, '__init__.py'), isPackage: true, namespace: true };
}

/**
 * `__import__('name')` and `importlib.import_module('name')` with a literal absolute name, and
 * `import_module('.name', anchor)` with a literal relative name whose anchor is known here (a
 * string literal, or the module's own `__name__` / `__package__`): the module is bundled as if
 * imported, and a missing one fails where the call runs.
 */
function literalDynamicImports(source: string, selfName: string, isPackage: boolean): ImportSite[] {
  if (!source.includes('__import__') && !source.includes('import_module')) return [];
  const sites: ImportSite[] = [];
  const site = (name: string): ImportSite => ({ name, node: { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 }, guarded: true });
  for (const m of source.matchAll(/\b(?:__import__|import_module)\(\s*(['"])([A-Za-z_][\w.]*)\1/g)) {
    sites.push(site(m[2]!));
  }
  const relative = /\bimport_module\(\s*(['"])(\.+)([A-Za-z_][\w.]*)?\1\s*,\s*(?:package\s*=\s*)?(?:(__name__|__package__)|(['"])([A-Za-z_][\w.]*)\5)\s*[,)]/g;
  for (const m of source.matchAll(relative)) {
    const anchor = m[6] ?? anchorOf(m[4]!, selfName, isPackage);
    const name = anchor === null ? null : resolveRelative(m[2]!.length, m[3] ?? '', anchor);
    if (name !== null) sites.push(site(name));
  }
  return sites;
}

/** Source text that may compile Python source while it runs. */
const EVALUATES = /(?<![.\w])(?:exec|eval|compile)\s*\(/;

/**
 * In a module that calls exec, eval or compile, the modules that source text held in its strings
 * imports (a line starting `import m` or `from m import`): they are bundled as if imported, so
 * that `exec("import json ...")` finds them; one that exists nowhere fails where it runs.
 */
function evaluatedImports(source: string): ImportSite[] {
  if (!EVALUATES.test(source)) return [];
  const sites: ImportSite[] = [];
  const node = { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  for (const m of source.matchAll(/(?:^|\\n|["';])[ \t]*(?:import|from)[ \t]+([A-Za-z_][\w.]*(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*)*)/gm)) {
    for (const name of m[1]!.split(',')) sites.push({ name: name.trim(), node, guarded: true });
  }
  return sites;
}

/** The package `__name__` or `__package__` names in module `selfName` (null in the main module). */
function anchorOf(dunder: string, selfName: string, isPackage: boolean): string | null {
  if (selfName === '__main__') return null;
  if (dunder === '__name__' || isPackage) return selfName;
  const dot = selfName.lastIndexOf('.');
  return dot < 0 ? null : selfName.slice(0, dot);
}

/** importlib's relative resolution: `level` dots climb from `anchor`; null past the top. */
function resolveRelative(level: number, rest: string, anchor: string): string | null {
  const parts = anchor.split('.');
  if (level - 1 >= parts.length) return null;
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return rest === '' ? base : `${base}.${rest}`;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

interface ImportSite {
  name: string;
  node: ast.Pos;
  guarded: boolean;
  /** `from m import name`: name may be a submodule. */
  fromName?: string;
  /**
   * Modules imported earlier in the same `try` body, under a handler that catches ImportError:
   * when one of them is found nowhere, its import raises first and this one never runs
   * (`try: import select; import socket` / `except ImportError:`), so it is not bundled.
   */
  after?: string[];
}

/** The imports of each parsed module, by the name and kind it was read as: a compile asks for
 * them three times (finding modules, sockets, native modules), and a module's tree never changes. */
const importsCache = new WeakMap<ast.Module, Map<string, ImportSite[]>>();

/** Source text that may ask for Unicode character names at run time. */
const NEEDS_CHARACTER_NAMES = /namereplace|idna|\\\\N\{/;

/** Every import in a module, with relative names made absolute. */
export function collectImports(tree: ast.Module, moduleName: string, isPackage: boolean): ImportSite[] {
  let byName = importsCache.get(tree);
  if (!byName) importsCache.set(tree, byName = new Map());
  const key = `${moduleName}\0${isPackage}`;
  let sites = byName.get(key);
  if (!sites) byName.set(key, sites = findImports(tree, moduleName, isPackage));
  return sites;
}

/**
 * The imports of module `m` read as `name`. No statement imports without the word `import` in
 * the source, so a module without it (a large generated one, often) is not walked at all.
 */
function importsOf(m: ModuleSource, name: string): ImportSite[] {
  return m.source.includes('import') ? collectImports(m.tree, name, m.isPackage) : [];
}

function findImports(tree: ast.Module, moduleName: string, isPackage: boolean): ImportSite[] {
  const sites: ImportSite[] = [];
  const resolve = (module: string | null, level: number): string | null => {
    if (level === 0) return module;
    const parts = moduleName.split('.');
    const pkg = isPackage ? parts : parts.slice(0, -1);
    if (level - 1 >= pkg.length) return null;
    const base = pkg.slice(0, pkg.length - (level - 1));
    return module ? [...base, module].join('.') : base.join('.');
  };
  // Indexed loops: this walk runs a few times per module, mostly before the engine optimizes it,
  // and an unoptimized for-of makes an iterator result per statement.
  const visit = (body: ast.stmt[], guarded: boolean): void => {
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      switch (s.nodeType) {
        case 'Import':
          for (const a of s.names) sites.push({ name: a.name, node: a, guarded });
          break;
        case 'ImportFrom': {
          const name = resolve(s.module, s.level);
          if (name === null) break;
          sites.push({ name, node: s, guarded });
          for (const a of s.names) if (a.name !== '*') sites.push({ name, node: a, guarded: true, fromName: a.name });
          break;
        }
        case 'Try': case 'TryStar': {
          const catches = s.handlers.some((h) => !h.type || catchesImportError(h.type));
          if (catches) visitAfterImports(s.body);
          else visit(s.body, guarded);
          for (const h of s.handlers) visit(h.body, guarded);
          visit(s.orelse, guarded);
          visit(s.finalbody, guarded);
          break;
        }
        // An import that may never run (in a function, under a condition, in a loop) is left to
        // fail where it runs, as in CPython (`if TYPE_CHECKING: import pandas`); a class body and
        // a `with` body run when their statement does.
        case 'FunctionDef': case 'AsyncFunctionDef':
          visit(s.body, true);
          break;
        case 'ClassDef':
          visit(s.body, guarded);
          break;
        case 'If': case 'For': case 'AsyncFor': case 'While':
          visit(s.body, true);
          visit(s.orelse, true);
          break;
        case 'With': case 'AsyncWith':
          visit(s.body, guarded);
          break;
        case 'Match':
          for (const c of s.cases) visit(c.body, true);
          break;
        default:
          break;
      }
    }
  };
  // A try body whose ImportError is caught: each statement's imports note the modules its
  // plain `import` statements imported before it.
  const visitAfterImports = (body: ast.stmt[]): void => {
    const before: string[] = [];
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      const first = sites.length;
      visit([s], true);
      if (before.length) for (let k = first; k < sites.length; k++) sites[k].after = before.slice();
      if (s.nodeType === 'Import') for (const a of s.names) before.push(a.name);
    }
  };
  visit(tree.body, false);
  return sites;
}

function catchesImportError(t: ast.expr): boolean {
  if (t.nodeType === 'Name') return ['ImportError', 'ModuleNotFoundError', 'Exception', 'BaseException'].includes(t.id);
  if (t.nodeType === 'Tuple') return t.elts.some(catchesImportError);
  return false;
}

/**
 * The builtin names each native module's `from m import *` binds (CPython's public names or
 * `__all__`, met with the builtins): `from math import *` makes `pow` math's. A test checks this
 * table against the runtime's modules.
 */
export const NATIVE_STAR_BUILTINS: Readonly<Record<string, readonly string[]>> = {
  sys: ['copyright', 'exit'],
  os: ['open'],
  math: ['pow'],
  re: ['compile'],
  _io: ['BlockingIOError', 'open'],
};

/** What `from name import *` binds, as far as it can be known before the program runs. */
function starNamesFor(name: string, modules: ReadonlyMap<string, ModuleSource>, seen = new Set<string>()): StarNames | null {
  const m = modules.get(name);
  if (m === undefined) {
    if (!NATIVE_MODULES.has(name)) return null;
    return { names: [], maybe: new Set(NATIVE_STAR_BUILTINS[name] ?? []) };
  }
  if (seen.has(name)) return { names: [], maybe: 'all' };
  // `seen` holds the chain being followed, so only a cycle is cut short, not a module two
  // branches both star-import.
  seen.add(name);
  const names = starNamesOf(m, (level, module) => {
    const target = level === 0 ? module : resolveRelative(level, module ?? '', m.isPackage ? m.name : m.name.split('.').slice(0, -1).join('.'));
    return target === null ? null : starNamesFor(target, modules, seen);
  });
  seen.delete(name);
  return names;
}

/**
 * Public names of a module for `from m import *`: a literal `__all__`, else every top-level
 * binding not starting with an underscore. Names bound only under a condition (inside an `if`,
 * `try`, `with` or loop at top level), those of the module's own star imports, and everything
 * when `__all__` is computed or changed later, are left to run time (`maybe`).
 */
function starNamesOf(m: ModuleSource, starOf: (level: number, module: string | null) => StarNames | null): StarNames {
  const body = m.tree.body;
  const allAssigns = body.filter((s) => touchesAll(s));
  const first = allAssigns[0];
  if (first !== undefined) {
    const literal = first.nodeType === 'Assign' && (first.value.nodeType === 'List' || first.value.nodeType === 'Tuple') ? first.value.elts : null;
    // A computed `__all__`, or one extended later, is only known at run time.
    if (literal === null || allAssigns.length > 1) return { names: [], maybe: 'all' };
    return { names: literal.flatMap((e) => (e.nodeType === 'Constant' && typeof e.value === 'string' ? [e.value] : [])), maybe: new Set() };
  }
  const names = new Set<string>();
  const maybe = new Set<string>();
  let maybeAll = false;
  const bindTarget = (t: ast.expr, into: Set<string>) => {
    if (t.nodeType === 'Name') into.add(t.id);
    else if (t.nodeType === 'Tuple' || t.nodeType === 'List') t.elts.forEach((e) => bindTarget(e, into));
    else if (t.nodeType === 'Starred') bindTarget(t.value, into);
  };
  const visit = (stmts: ast.stmt[], into: Set<string>) => {
    for (const s of stmts) {
      switch (s.nodeType) {
        case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': into.add(s.name); break;
        case 'Assign': s.targets.forEach((t) => bindTarget(t, into)); break;
        case 'AnnAssign': case 'AugAssign': bindTarget(s.target, into); break;
        case 'Import': for (const a of s.names) into.add(a.asname ?? a.name.split('.')[0]); break;
        case 'ImportFrom':
          for (const a of s.names) {
            if (a.name !== '*') { into.add(a.asname ?? a.name); continue; }
            const star = starOf(s.level, s.module);
            if (star === null || star.maybe === 'all') maybeAll = true;
            else star.maybe.forEach((n) => maybe.add(n));
            star?.names.forEach((n) => maybe.add(n));
          }
          break;
        case 'If': case 'While': visit(s.body, maybe); visit(s.orelse, maybe); break;
        case 'For': case 'AsyncFor': bindTarget(s.target, maybe); visit(s.body, maybe); visit(s.orelse, maybe); break;
        case 'With': case 'AsyncWith': s.items.forEach((i) => i.optional_vars && bindTarget(i.optional_vars, maybe)); visit(s.body, maybe); break;
        case 'Try': case 'TryStar':
          visit(s.body, maybe); visit(s.orelse, maybe); visit(s.finalbody, maybe);
          for (const h of s.handlers) { if (h.name) maybe.add(h.name); visit(h.body, maybe); }
          break;
        case 'Match': for (const c of s.cases) visit(c.body, maybe); break;
        default: break;
      }
    }
  };
  visit(body, names);
  const isPublic = (n: string) => !n.startsWith('_');
  return {
    names: [...names].filter(isPublic),
    maybe: maybeAll ? 'all' : new Set([...maybe].filter((n) => isPublic(n) && !names.has(n))),
  };
}

/** Whether a top-level statement binds or changes `__all__`. */
function touchesAll(s: ast.stmt): boolean {
  const isAll = (t: ast.expr) => t.nodeType === 'Name' && t.id === '__all__';
  if (s.nodeType === 'Assign') return s.targets.some(isAll);
  if (s.nodeType === 'AugAssign' || s.nodeType === 'AnnAssign') return isAll(s.target);
  if (s.nodeType === 'Expr' && s.value.nodeType === 'Call' && s.value.func.nodeType === 'Attribute') return isAll(s.value.func.value);
  return false;
}

// ---------------------------------------------------------------------------------------------
// The module graph

/**
 * Runs a stage that recurses along the AST. A program nested deeper than the JS stack allows
 * (10,000 chained `+`) ends in CPython's own words for that, not in a JS stack overflow.
 */
function withRecursionLimit<T>(filename: string, stage: () => T): T {
  try {
    return stage();
  } catch (e) {
    if (isStackOverflow(e)) throw new CompileError(recursionDiagnostic(filename));
    throw e;
  }
}

/** Parsed modules by path: in watch mode an unchanged module is not parsed again. */
const parseCache = new Map<string, { source: string; display: string; tree: ast.Module }>();

function parseCached(file: string, source: string, display: string): ast.Module {
  const hit = parseCache.get(file);
  if (hit && hit.source === source && hit.display === display) return hit.tree;
  const tree = withRecursionLimit(display, () => parse(source, display));
  if (mayNeedMangling(source)) manglePrivateNames(tree);
  parseCache.set(file, { source, display, tree });
  return tree;
}

export function loadProgram(entry: string, opts: CompileOptions = {}): ModuleSource[] {
  const paths = searchPathsFor(entry, opts);
  const entryFile = path.resolve(entry);
  const modules = new Map<string, ModuleSource>();
  const order: ModuleSource[] = [];
  const read = (name: string, file: string, isPackage: boolean, display: string, namespace = false): ModuleSource => {
    const source = namespace ? '' : decodeSource(fs.readFileSync(file), display);
    const tree = parseCached(file, source, display);
    const m = { name, file: display, isPackage, source, tree };
    modules.set(name, m);
    order.push(m);
    return m;
  };
  const queue: ModuleSource[] = [read('__main__', entryFile, false, entryFile)];
  const failed = new Set<string>();
  while (queue.length) {
    const m = queue.shift()!;
    const selfName = m.name === '__main__' ? path.basename(entryFile, '.py') : m.name;
    for (const site of [...importsOf(m, selfName), ...literalDynamicImports(m.source, m.name, m.isPackage), ...(isLibraryFile(m.file) ? [] : evaluatedImports(m.source))]) {
      if (site.after?.some((name) => failed.has(name))) continue;
      const wanted = site.fromName ? `${site.name}.${site.fromName}` : site.name;
      const parts = wanted.split('.');
      for (let i = 1; i <= parts.length; i++) {
        const name = parts.slice(0, i).join('.');
        if (modules.has(name) || NATIVE_MODULES.has(name) || failed.has(name)) continue;
        const found = findModule(name, paths);
        if (!found) {
          if (site.fromName && i === parts.length) break; // `from pkg import name`: an attribute
          if (site.guarded) { failed.add(name); break; }
          throw new CompileError({
            kind: 'ModuleNotFoundError', message: `No module named '${name}'`, filename: m.file,
            lineno: site.node.lineno, col_offset: site.node.col_offset, end_lineno: site.node.end_lineno, end_col_offset: site.node.end_col_offset,
          });
        }
        queue.push(read(name, found.file, found.isPackage, displayPath(found.file), found.namespace));
      }
    }
  }
  return order;
}

/** The deepest limit the default stack holds for certain (about 10,000 plain frames). */
const DEFAULT_STACK_DEPTH = 4000;

/**
 * Whether `source` may raise the recursion limit past what the default stack holds: a mention of
 * setrecursionlimit that is neither an import nor a call with a literal limit of at most
 * DEFAULT_STACK_DEPTH.
 */
function raisesRecursionLimit(source: string): boolean {
  if (!source.includes('setrecursionlimit')) return false;
  const mentions = source.match(/setrecursionlimit/g)!.length;
  // An import under its own name only (`as` gives it a name this check does not follow).
  const imports = source.match(/^\s*from\s+sys\s+import\b[^\n]*setrecursionlimit(?!\s+as\b)/gm)?.length ?? 0;
  const smallCalls = [...source.matchAll(/setrecursionlimit\s*\(\s*(\d[\d_]*)\s*\)/g)]
    .filter((m) => Number(m[1]!.replaceAll('_', '')) <= DEFAULT_STACK_DEPTH).length;
  return mentions > imports + smallCalls;
}

/** A module of the bundled standard library (lib/). */
function isLibraryFile(file: string): boolean {
  return path.resolve(file).startsWith(path.join(PACKAGE_ROOT, 'lib') + path.sep);
}

/** CPython names a module by its absolute path, in tracebacks, `__file__` and syntax errors. */
function displayPath(file: string): string {
  return path.resolve(file);
}

// ---------------------------------------------------------------------------------------------
// Compiling

const loweredCache = new Map<string, { source: string; emitted: EmittedModule; lowered: LoweredModule }>();

export function compileProgram(entry: string, outFile: string, opts: CompileOptions = {}): CompiledProgram {
  const modules = loadProgram(entry, opts);
  const byName = new Map(modules.map((m) => [m.name, m]));
  const helpers = new Set<RuntimeHelper>(['module', 'main', 'lineTable']);
  const builtins = new Set<string>();
  const emitted: EmittedModule[] = [];
  const warnings: string[] = [];
  for (const m of modules) {
    const cacheKey = `${m.name}\0${m.file}`;
    const cached = loweredCache.get(cacheKey);
    let lowered: LoweredModule;
    let out: EmittedModule;
    if (cached && cached.source === m.source) {
      ({ lowered, emitted: out } = cached);
    } else {
      const lowering = withRecursionLimit(m.file, () => {
        const printer = new BodyPrinter();
        const l = lowerModule(m.tree, {
          filename: m.file, moduleName: m.name, isPackage: m.isPackage,
          starNames: (name) => starNamesFor(name, byName),
          printer,
        });
        return { l, e: emitModule(l.statement, path.resolve(m.file), m.source, printer) };
      });
      lowered = lowering.l;
      out = lowering.e;
      loweredCache.set(cacheKey, { source: m.source, emitted: out, lowered });
    }
    warnings.push(...lowered.warnings);
    lowered.helpers.forEach((h) => helpers.add(h));
    lowered.builtins.forEach((b) => builtins.add(b));
    emitted.push(out);
  }
  // Sockets need the worker layout (runtime/net/launch.ts); `import memphis` binds memphis.net too.
  const usesNet = modules.some((m) => importsOf(m, m.name).some((s) => s.name === 'memphis' || s.name.startsWith('memphis.')));
  // The socket module makes its syscalls through the same native addon, without the launcher.
  const usesSocket = !usesNet && modules.some((m) => importsOf(m, m.name).some((s) => s.name === '_socket'));
  // A program that raises the recursion limit starts itself again on a deep stack (runtime/stack.ts).
  const deepStack = modules.some((m) => !isLibraryFile(m.file) && raisesRecursionLimit(m.source));
  // A program module (not the library's) that imports `builtins` may assign its attributes
  // (`builtins.print = log`, `setattr(builtins, ...)`): its builtin names must follow them.
  const rebindable = modules.some((m) => !isLibraryFile(m.file) && importsOf(m, m.name).some((s) => s.name === 'builtins'));
  if (rebindable) helpers.add('rebindBuiltins');
  const runtime = runtimeBundle();
  // eval, exec and compile come with the evaluator, not from the runtime.
  const evaluation = [...builtins].filter((b) => EVALUATION_BUILTINS.includes(b.replace(/\$b$/, '')));
  evaluation.forEach((b) => builtins.delete(b));
  const names = [...[...helpers].sort().map((h) => `$${h}`), ...[...builtins].sort()];
  const apart = opts.codeCache === true;
  const bindings = bindingsFor(runtime, names, rebindable, apart);
  // The native modules the program imports decide which runtime parts it carries; `__import__`
  // may name any module at run time, so a program that uses it carries them all.
  const imported = builtins.has('__import__') ? null
    : modules.flatMap((m) => [...importsOf(m, m.name), ...(isLibraryFile(m.file) ? [] : evaluatedImports(m.source))].map((s) => s.name));
  // Character names are needed without an import of unicodedata by the `namereplace` error
  // handler and by `\N{...}` escapes decoded at run time (`unicode_escape`).
  if (imported && modules.some((m) => !isLibraryFile(m.file) && NEEDS_CHARACTER_NAMES.test(m.source))) imported.push('_unicodedata');
  const before = `${runtimeCode(runtime, imported)}${evaluatorCode(runtime, evaluation)}`;
  let script: RuntimeScript | null = null;
  let header: string;
  if (apart) {
    // The evaluator's bindings come out of the script with the runtime's.
    const object = evaluation.length ? `${bindings.object.slice(0, -1)}, $$evaluation }` : bindings.object;
    script = runtimeScript(before, object);
    const comment = scriptComment(script);
    const evaluationBinding = evaluation.length ? 'const $$evaluation = $$runtime.$$evaluation;\n' : '';
    header = `${comment.text}${loaderStatement(script, comment, '$$runtime')}${evaluationBinding}{\n${bindings.inner}${evaluatorBindings(evaluation)}`;
  } else {
    header = `${before}${bindings.outer}{\n${bindings.inner}${evaluatorBindings(evaluation)}`;
  }
  const linked = link(header, emitted, '', path.basename(outFile));
  const map = linked.map;
  // Every segment points into a Python file; tracebacks name files as the program was given.
  const display = new Map(modules.map((m) => [path.resolve(m.file), m.file]));
  const pySources = map.sources.map((src) => display.get(src) ?? src);
  // The mappings (base64 digits, `,` and `;`) need no escaping inside a JSON string.
  const codeChunks = [
    ...linked.chunks,
    utf8('$lineTable("'), linked.mappings, utf8(`", ${JSON.stringify(pySources)});\n$main("__main__", ${mainArgs(usesNet, usesNet || usesSocket, deepStack, scriptArgument(entry))});\n}\n`),
  ];
  let mapChunks: Uint8Array[] | null = null;
  if (opts.sourcemap !== false) {
    const outDir = path.dirname(path.resolve(outFile));
    const sources = map.sources.map((src) => path.relative(outDir, src));
    // JSON.stringify of the whole map, with the mappings written as they are.
    const head = `{"version":${map.version},"file":${JSON.stringify(map.file)},"sources":${JSON.stringify(sources)},`
      + `"sourcesContent":${JSON.stringify(map.sourcesContent)},"names":${JSON.stringify(map.names)},"mappings":"`;
    mapChunks = [utf8(head), linked.mappings, utf8('"}')];
    codeChunks.push(utf8(`//# sourceMappingURL=${path.basename(outFile)}.map\n`));
  }
  return compiledProgram(codeChunks, mapChunks, modules, warnings, script);
}

/**
 * The evaluator (runtime/evaluate.ts with the compiler's stages) and the object of every runtime
 * export it compiles snippets against, for a program that names eval, exec or compile (`names`:
 * their bindings, `eval` or `eval$b`); nothing otherwise.
 */
function evaluatorCode(runtime: RuntimeBundle, names: string[]): string {
  if (!names.length) return '';
  return `${evaluatorBundle()}const $$evaluation = ${EVALUATOR_GLOBAL}.install(${runtimeExportsObject(runtime)});\n`;
}

/** The program's bindings of the evaluator's builtins, inside its block. */
function evaluatorBindings(names: string[]): string {
  if (!names.length) return '';
  return `const { ${names.map((b) => `${b.replace(/\$b$/, '')}: ${jsName(b)}`).join(', ')} } = $$evaluation;\n`;
}

/**
 * `$main`'s arguments after the entry's name. A program that uses sockets (memphis.net or the
 * socket module: `embedAddon`) carries the native addon (base64), when it was built, so that it
 * runs from any folder without it.
 */
function mainArgs(usesNet: boolean, embedAddon: boolean, deepStack: boolean, scriptArg: string | null): string {
  const addon = embedAddon ? netAddonBase64() : null;
  if (scriptArg !== null) return `${usesNet}, ${deepStack}, ${addon === null ? 'null' : `"${addon}"`}, ${JSON.stringify(scriptArg)}`;
  if (addon !== null) return `${usesNet}, ${deepStack}, "${addon}"`;
  return `${usesNet}${deepStack ? ', true' : ''}`;
}

/**
 * What sys.argv[0] shows: the entry script's path as the compiler's command line gave it, which is
 * what `python3 prog.py` shows when the compiled program is run from the same folder. An absolute
 * path is the runtime's default (the module's file) and needs no argument.
 */
function scriptArgument(entry: string): string | null {
  return path.isAbsolute(entry) ? null : entry;
}

const NET_ADDON = fileURLToPath(new URL('../native/sock.node', import.meta.url));
let netAddon: string | null | undefined;

/** dist/native/sock.node (scripts/build-addon.mjs) as base64, or null when it was not built. */
function netAddonBase64(): string | null {
  if (netAddon === undefined) {
    try {
      netAddon = fs.readFileSync(NET_ADDON).toString('base64');
    } catch {
      netAddon = null;
    }
  }
  return netAddon;
}

function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

function compiledProgram(codeChunks: Uint8Array[], mapChunks: Uint8Array[] | null, modules: ModuleSource[], warnings: string[], runtimeScript: RuntimeScript | null): CompiledProgram {
  let code: string | undefined;
  let map: string | undefined;
  return {
    codeChunks, mapChunks, modules, warnings, runtimeScript,
    get code() { return code ??= textOf(codeChunks); },
    get map() { return mapChunks && (map ??= textOf(mapChunks)); },
  };
}

/** Writes `chunks` to `file`, replacing it. */
export function writeChunks(file: string, chunks: readonly Uint8Array[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of chunks) {
      for (let done = 0; done < chunk.length;) done += fs.writeSync(fd, chunk, done, chunk.length - done);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Compile `entry` and write `outFile`, `outFile.map` unless disabled, and `outFile.cache` (the
 * runtime's code cache) unless `codeCache` is false.
 */
export function compileToFile(entry: string, outFile: string, opts: CompileOptions = {}): CompiledProgram {
  const result = compileProgram(entry, outFile, { ...opts, codeCache: opts.codeCache ?? true });
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  writeChunks(outFile, result.codeChunks);
  if (result.mapChunks) writeChunks(`${outFile}.map`, result.mapChunks);
  writeCodeCache(outFile, result.runtimeScript, writeChunks);
  return result;
}
