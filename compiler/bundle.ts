// Bundle: the runtime → one ES module text, built once and reused by every compilation.
//
// The runtime's modules register builtin types on import (side effects), so tree-shaking can't
// drop much of it; bundling it per program would cost most of a compile for nothing. Instead
// esbuild bundles dist/runtime/index.js once into dist/runtime.bundle.mjs, and a compiled program
// is that text (its final `export { ... }` removed) followed by the program's own code in a block
// that names the runtime exports it uses. The block keeps our names from colliding with the
// bundle's internal top-level names.
//
// One cut is cheap and worth it: the native modules (`re`, `math`, `os`, ..., `memphis.net`) that
// a program never imports. esbuild emits each source file's code as one stretch of the bundle, in
// order; the cached bundle marks where each file's stretch begins, and records the *parts*: a file
// that registers native modules (`nativeModule('re', ...)`) and is imported only for that side
// effect, with the files nothing else needs. `runtimeCode` leaves out the stretches of the parts
// whose modules the program does not import: a text splice, no bundler at compile time.
//
// Code that every program carries but few run can wait as text: V8 pre-parses every function of a
// module before running any of it, and scanning a string costs it a fraction of that. A runtime
// file that stands in for such code (libm-lazy.ts) reads a constant that `build` defines as
// the code's own small bundle, and compiles it with `new Function` on first use (`LAZY_SOURCES`).

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsName } from './js.js';

const RUNTIME_DIR = fileURLToPath(new URL('../runtime/', import.meta.url));
const RUNTIME_ENTRY = path.join(RUNTIME_DIR, 'index.js');
const BUNDLE_FILE = fileURLToPath(new URL('../runtime.bundle.mjs', import.meta.url));
const EVALUATOR_ENTRY = path.join(RUNTIME_DIR, 'evaluate.js');
const COMPILER_DIR = fileURLToPath(new URL('../compiler/', import.meta.url));
const EVALUATOR_FILE = fileURLToPath(new URL('../evaluator.bundle.js', import.meta.url));

export interface RuntimeBundle {
  /** The bundle without its export statement. */
  code: string;
  /** Number of lines in `code` (it ends with a newline). */
  lines: number;
  /** Export name → the bundle's internal top-level name for it. */
  exports: Map<string, string>;
  /** Where each runtime file's code lies in `code`, in order. */
  regions: Region[];
  /** The parts a program that does not import their modules can leave out, and the imports. */
  graph: Graph;
}

interface Region {
  /** The runtime file, relative to dist/runtime (`stdlib/re.js`). */
  file: string;
  start: number;
  end: number;
}

interface Part {
  /** The file that registers native modules, imported only for that. */
  file: string;
  /** The native modules it registers (`os`, `os.path`). */
  modules: string[];
}

interface Graph {
  parts: Part[];
  /** Each runtime file → the runtime files it imports. */
  imports: Record<string, string[]>;
}

let cached: RuntimeBundle | null = null;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.name.endsWith('.js')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

const REGION_MARK = /\/\*! memphis-region (\S+) \*\/\n?/g;
const PARTS_MARK = /^\/\*! memphis-parts (.*) \*\/\n/;

/**
 * The constants the runtime reads as the text of code it compiles on first use → the runtime file
 * that text is bundled from (as a function body returning the file's exports). Where one of these
 * files imports another, the body takes that file's exports from its `imports` parameter
 * (`imports["./libm.js"]`) rather than carrying a copy of it.
 */
const LAZY_SOURCES: Readonly<Record<string, string>> = {
  MEMPHIS_LIBM_TRIG: 'libm-trig.js',
  MEMPHIS_LIBM: 'libm.js',
  MEMPHIS_LIBM_ASIN: 'libm-asin.js',
  MEMPHIS_LIBM_ERF: 'libm-erf.js',
};

/** What a lazy source's constant is defined as in the build; its text is put in after. */
function lazyPlaceholder(name: string): string {
  return `memphis-lazy-source:${name}`;
}

/** esbuild options of a piece bundled on its own and embedded in the output as text. */
const STANDALONE_BUILD = {
  bundle: true,
  platform: 'neutral',
  target: 'node20',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
  minify: true,
} as const;

/** `file` bundled on its own, as the body of a function of `imports` that returns its exports. */
function functionBodyOf(esbuild: typeof import('esbuild'), file: string): string {
  const external = Object.values(LAZY_SOURCES).filter((f) => f !== file).map((f) => `./${f}`);
  const result = esbuild.buildSync({
    external,
    entryPoints: [file],
    absWorkingDir: RUNTIME_DIR,
    format: 'esm',
    ...STANDALONE_BUILD,
  });
  const text = result.outputFiles[0].text.replace(/import\{([^}]*)\}from"(\.\/[\w.-]+)";/g, (_, specs: string, from: string) => {
    const fields = specs.split(',').map((spec) => spec.trim().replace(/\s+as\s+/, ':'));
    return `const{${fields.join(',')}}=imports[${JSON.stringify(from)}];`;
  });
  if (/\bimport\s*[{*"]/.test(text)) throw new Error(`memphisc: the bundle of ${file} imports what it cannot be given`);
  const m = exportStatement(text);
  if (!m) throw new Error(`memphisc: the bundle of ${file} has no export statement`);
  const fields = m.names.split(',').map((spec) => {
    const [local, exported] = spec.trim().split(/\s+as\s+/);
    return `${(exported ?? local)!.trim()}:${local!.trim()}`;
  });
  // Its frames name the file (`at sin (memphis-runtime/libm-trig.js:1:200)`), not an eval site.
  return `"use strict";${text.slice(0, m.index)}return{${fields.join(',')}};\n//# sourceURL=memphis-runtime/${file}`;
}

/**
 * `code` with each lazy source's placeholder replaced by its text, as a double-quoted literal:
 * esbuild prints a string with both kinds of quote as a template literal, which V8 scans more
 * slowly (about 25 instructions per character more).
 */
function withLazySources(code: string, bodies: Map<string, string>): string {
  for (const [name, body] of bodies) {
    const literal = JSON.stringify(lazyPlaceholder(name));
    const at = code.indexOf(literal);
    if (at < 0 || code.indexOf(literal, at + 1) >= 0) throw new Error(`memphisc: ${name} must be read once in the runtime`);
    code = code.slice(0, at) + JSON.stringify(body) + code.slice(at + literal.length);
  }
  return code;
}

function build(): string {
  // esbuild is loaded only when the cached bundle is stale: loading it costs every compile ~0.1 s.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const { buildSync, transformSync } = esbuild;
  const define: Record<string, string> = {};
  const lazyBodies = new Map<string, string>();
  for (const [name, file] of Object.entries(LAZY_SOURCES)) {
    define[name] = JSON.stringify(lazyPlaceholder(name));
    lazyBodies.set(name, functionBodyOf(esbuild, file));
  }
  const result = buildSync({
    entryPoints: ['index.js'],
    absWorkingDir: RUNTIME_DIR,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    sourcemap: false,
    metafile: true,
    // Short identifiers are less text for V8 to scan and preparse at every start (about 4 M
    // instructions of a hello-world's 110 M). A builtin's `__name__` and repr come from its JS name,
    // so whatever reaches Python under a name is given that name where it is registered
    // (`nameBuiltins`, `installBuiltinMembers`, `nameAs`), never taken from the source's spelling.
    minifySyntax: true,
    minifyIdentifiers: true,
    define,
  });
  // Unminified output starts each file's code with a `// stdlib/re.js` line (`.mjs` for a package
  // like pako); those become region marks that survive the whitespace minification (less text for
  // V8 to parse at every start).
  const marked = result.outputFiles[0].text.replace(/^\/\/ (\S+\.m?js)$/gm, '/*! memphis-region $1 */');
  const code = transformSync(marked, { minifyWhitespace: true, legalComments: 'inline', format: 'esm', target: 'node20' }).code;
  return `/*! memphis-parts ${JSON.stringify(findGraph(result.metafile!.inputs))} */\n${withLazySources(code, lazyBodies)}`;
}

/**
 * The import graph of the runtime files, and its parts: each file that registers native modules
 * and that its importers import only for that (`import './re.js'`).
 */
function findGraph(inputs: Record<string, { imports: { path: string; original?: string }[] }>): Graph {
  const imports: Record<string, string[]> = {};
  for (const [file, input] of Object.entries(inputs)) imports[file] = input.imports.map((i) => i.path).filter((f) => f in inputs);
  const parts: Part[] = [];
  for (const file of Object.keys(inputs)) {
    const source = fs.readFileSync(path.join(RUNTIME_DIR, file), 'utf8');
    const modules = [...source.matchAll(/^nativeModule\('([\w.]+)'/gm)].map((m) => m[1]!);
    if (!modules.length) continue;
    const sideEffectOnly = Object.entries(inputs).every(([importer, input]) =>
      input.imports.every((i) => {
        if (i.path !== file) return true;
        const text = fs.readFileSync(path.join(RUNTIME_DIR, importer), 'utf8');
        const spec = (i.original ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return new RegExp(`^import ['"]${spec}['"];`, 'm').test(text) && !new RegExp(`from ['"]${spec}['"]`).test(text);
      }),
    );
    if (sideEffectOnly) parts.push({ file, modules });
  }
  return { parts, imports };
}

/**
 * The runtime code for a program that imports `imported` (dotted module names; null: unknown,
 * keep everything): the bundle's code without the parts whose modules it never imports.
 */
export function runtimeCode(bundle: RuntimeBundle, imported: Iterable<string> | null): string {
  if (imported === null) return bundle.code;
  const used = new Set([...imported].map((name) => name.split('.')[0]));
  const dropped = new Set(bundle.graph.parts.filter((p) => !p.modules.some((m) => used.has(m.split('.')[0]!))).map((p) => p.file));
  if (!dropped.size) return bundle.code;
  // What the rest still reaches stays, even when a dropped part imports it too.
  const reached = new Set<string>();
  const visit = (f: string): void => {
    if (dropped.has(f) || reached.has(f)) return;
    reached.add(f);
    for (const i of bundle.graph.imports[f] ?? []) visit(i);
  };
  visit('index.js');
  // A part that stays is kept even when only a dropped one imports it (`_json`'s stdlib/index.js
  // imports stdlib/math.js).
  for (const p of bundle.graph.parts) if (!dropped.has(p.file)) visit(p.file);
  const left = new Set(bundle.regions.map((r) => r.file).filter((f) => !reached.has(f)));
  if (!left.size) return bundle.code;
  let code = '';
  let at = 0;
  for (const r of bundle.regions) {
    if (!left.has(r.file)) continue;
    code += bundle.code.slice(at, r.start);
    at = r.end;
  }
  return code + bundle.code.slice(at);
}

const EXPORT_STATEMENT = /export\s*\{([^}]*)\};?\s*$/;

/** The bundle's final export statement. Searched from the end: the regex alone would try every
 * `export` of the half-megabyte text. */
function exportStatement(text: string): { index: number; names: string } | null {
  for (let at = text.lastIndexOf('export'); at >= 0; at = at > 0 ? text.lastIndexOf('export', at - 1) : -1) {
    const m = EXPORT_STATEMENT.exec(text.slice(at));
    if (m) return { index: at + m.index, names: m[1] };
  }
  return null;
}

/**
 * The statement that gives the builtins their Python names back (runtime/index.ts,
 * `nameBuiltins`): the plain-named exports as one array literal of [name, value] pairs.
 */
function nameBuiltinsCall(exports: Map<string, string>): string {
  const call = exports.get('nameBuiltins');
  if (call === undefined) return '';
  const pairs: string[] = [];
  for (const [exported, local] of exports) if (!exported.startsWith('$')) pairs.push(`[${JSON.stringify(exported)},${local}]`);
  return `${call}([${pairs.join(',')}]);`;
}

function parseBundle(marked: string): RuntimeBundle {
  const header = PARTS_MARK.exec(marked);
  const graph: Graph = header ? JSON.parse(header[1]!) : { parts: [], imports: {} };
  // The region marks come out of the text; the regions keep their places.
  const regions: Region[] = [];
  let text = '';
  let at = header ? header[0].length : 0;
  for (const mark of marked.matchAll(REGION_MARK)) {
    text += marked.slice(at, mark.index);
    if (regions.length) regions[regions.length - 1]!.end = text.length;
    regions.push({ file: mark[1]!, start: text.length, end: -1 });
    at = mark.index! + mark[0].length;
  }
  text += marked.slice(at);
  const m = exportStatement(text);
  if (!m) throw new Error('memphisc: the runtime bundle has no export statement');
  const exports = new Map<string, string>();
  for (const part of m.names.split(',')) {
    const spec = part.trim();
    if (!spec) continue;
    const [local, exported] = spec.split(/\s+as\s+/);
    exports.set((exported ?? local).trim(), local.trim());
  }
  if (regions.length) regions[regions.length - 1]!.end = m.index;
  const code = `${text.slice(0, m.index)}${nameBuiltinsCall(exports)}\n`;
  let lines = 0;
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lines++;
  return { code, lines, exports, regions, graph };
}

/** The runtime bundle, rebuilt when any compiled runtime file is newer than the cached one. */
export function runtimeBundle(): RuntimeBundle {
  if (cached) return cached;
  let text: string | null = null;
  try {
    if (fs.statSync(BUNDLE_FILE).mtimeMs >= newestMtime(RUNTIME_DIR)) text = fs.readFileSync(BUNDLE_FILE, 'utf8');
  } catch { /* not built yet */ }
  if (text === null) {
    text = build();
    try {
      const tmp = `${BUNDLE_FILE}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, BUNDLE_FILE);
    } catch { /* a read-only install: rebuild next time */ }
  }
  cached = parseBundle(text);
  return cached;
}

interface Bindings {
  /** The top-level declaration of `$$runtime` (empty when the block needs none). */
  outer: string;
  /** The block's declarations of its names, from `$$runtime`. */
  inner: string;
  /** The object literal `$$runtime` is bound to. */
  object: string;
}

/**
 * The declarations that give a program's block its runtime names. A block `const print = print3`
 * would put `print` in its temporal dead zone for every other initializer of the block (and
 * `$set = set` must see the bundle's `set`, not the block's), so the bundle's bindings are first
 * gathered in one top-level object, then destructured inside the block. With `apart`, the
 * bundle's top-level names are out of the block's scope (the runtime runs as a script of its own:
 * codecache.ts), so every name goes through `$$runtime`.
 */
export function bindingsFor(bundle: RuntimeBundle, names: Iterable<string>, rebindable = false, apart = false): Bindings {
  const props: string[] = [];
  const picked: string[] = [];
  /** Python builtin name → the program's bindings of it (`abs`, `abs$b`). */
  const builtinBindings = new Map<string, string[]>();
  for (const name of names) {
    // `abs$b` is the builtin `abs` under a name a module global can't hide.
    const exported = name.endsWith('$b') ? name.slice(0, -2) : name;
    const local = bundle.exports.get(exported);
    if (local === undefined) throw new Error(`memphisc: the runtime does not export '${exported}'`);
    const binding = jsName(name); // the builtin `super` is `super$` in generated code
    const isBuiltin = exported.charCodeAt(0) !== 36; // runtime helpers are `$name`
    // The bundle's own top-level binding is already in scope, unless the program may rebind it.
    if (local === binding && !(rebindable && isBuiltin) && !apart) continue;
    props.push(`${binding}: ${local}`);
    picked.push(binding);
    if (rebindable && isBuiltin) builtinBindings.set(exported, [...(builtinBindings.get(exported) ?? []), binding]);
  }
  if (!picked.length) return { outer: '', inner: '', object: '{}' };
  const object = `{ ${props.join(', ')} }`;
  const outer = `const $$runtime = ${object};\n`;
  if (!rebindable) return { outer, inner: `const { ${picked.join(', ')} } = $$runtime;\n`, object };
  // `builtins.print = log` stores into the program's variables (runtime/module.ts, rebindBuiltins).
  const cases = [...builtinBindings].map(([py, js]) => `case ${JSON.stringify(py)}: ${js.map((b) => `${b} = $v; `).join('')}break;`);
  const rebind = `$rebindBuiltins(($n, $v) => { switch ($n) { ${cases.join(' ')} } });\n`;
  const rebound = new Set([...builtinBindings.values()].flat());
  const helpers = picked.filter((b) => !rebound.has(b));
  const fixed = helpers.length ? `const { ${helpers.join(', ')} } = $$runtime;\n` : '';
  return { outer, inner: `${fixed}let { ${[...rebound].join(', ')} } = $$runtime;\n${rebind}`, object };
}

// ---------------------------------------------------------------------------------------------
// The evaluator: eval(), exec() and compile()

/** The global name the evaluator script binds: `$$evaluator.install(runtimeExports)`. */
export const EVALUATOR_GLOBAL = '$$evaluator';

let evaluatorCached: string | null = null;

/**
 * The script a program that names eval, exec or compile carries: runtime/evaluate.js with the
 * compiler stages it imports (parse, lowering, printer; no Node module), as one minified
 * `var $$evaluator = ...` statement. Built with esbuild when the compiler or the file is newer
 * than the cached `dist/evaluator.bundle.js`.
 */
export function evaluatorBundle(): string {
  if (evaluatorCached !== null) return evaluatorCached;
  let text: string | null = null;
  try {
    const built = fs.statSync(EVALUATOR_FILE).mtimeMs;
    if (built >= newestMtime(COMPILER_DIR) && built >= fs.statSync(EVALUATOR_ENTRY).mtimeMs) text = fs.readFileSync(EVALUATOR_FILE, 'utf8');
  } catch { /* not built yet */ }
  if (text === null) {
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = buildSync({
      entryPoints: [EVALUATOR_ENTRY],
      format: 'iife',
      globalName: EVALUATOR_GLOBAL,
      ...STANDALONE_BUILD,
    });
    text = result.outputFiles[0].text;
    try {
      const tmp = `${EVALUATOR_FILE}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, EVALUATOR_FILE);
    } catch { /* a read-only install: rebuild next time */ }
  }
  evaluatorCached = text.endsWith('\n') ? text : `${text}\n`;
  return evaluatorCached;
}

/**
 * Every runtime export by its export name, as an object literal over the bundle's bindings: what
 * compiled snippets take their helpers and builtins from.
 */
export function runtimeExportsObject(bundle: RuntimeBundle): string {
  const props: string[] = [];
  for (const [exported, local] of bundle.exports) props.push(`${JSON.stringify(exported)}:${local}`);
  return `{${props.join(',')}}`;
}
