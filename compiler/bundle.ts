// Bundle: the runtime → one ES module text, built once and reused by every compilation.
//
// The runtime's modules register builtin types on import (side effects), so tree-shaking can't
// drop much of it; bundling it per program would cost most of a compile for nothing. Instead
// esbuild bundles dist/runtime/index.js once into dist/runtime.bundle.mjs, and a compiled program
// is that text (its final `export { ... }` removed) followed by the program's own code in a block
// that names the runtime exports it uses. The block keeps our names from colliding with the
// bundle's internal top-level names.

import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNTIME_DIR = fileURLToPath(new URL('../runtime/', import.meta.url));
const RUNTIME_ENTRY = path.join(RUNTIME_DIR, 'index.js');
const BUNDLE_FILE = fileURLToPath(new URL('../runtime.bundle.mjs', import.meta.url));

export interface RuntimeBundle {
  /** The bundle without its export statement. */
  code: string;
  /** Number of lines in `code` (it ends with a newline). */
  lines: number;
  /** Export name → the bundle's internal top-level name for it. */
  exports: Map<string, string>;
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

function build(): string {
  const result = buildSync({
    entryPoints: [RUNTIME_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    sourcemap: false,
    // Less text for V8 to parse at every start. Identifiers keep their names: some become
    // Python-visible (`__name__` of builtins, messages).
    minifyWhitespace: true,
    minifySyntax: true,
  });
  return result.outputFiles[0].text;
}

const EXPORT_STATEMENT = /export\s*\{([^}]*)\};?\s*$/;

function parseBundle(text: string): RuntimeBundle {
  const m = EXPORT_STATEMENT.exec(text);
  if (!m) throw new Error('memphisc: the runtime bundle has no export statement');
  const exports = new Map<string, string>();
  for (const part of m[1].split(',')) {
    const spec = part.trim();
    if (!spec) continue;
    const [local, exported] = spec.split(/\s+as\s+/);
    exports.set((exported ?? local).trim(), local.trim());
  }
  const code = `${text.slice(0, m.index)}\n`;
  let lines = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) lines++;
  return { code, lines, exports };
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

/**
 * The declarations that give a program's block its runtime names. A block `const print = print3`
 * would put `print` in its temporal dead zone for every other initializer of the block (and
 * `$set = set` must see the bundle's `set`, not the block's), so the bundle's bindings are first
 * gathered in one top-level object, then destructured inside the block.
 */
export function bindingsFor(bundle: RuntimeBundle, names: Iterable<string>): { outer: string; inner: string } {
  const props: string[] = [];
  const picked: string[] = [];
  for (const name of names) {
    // `abs$b` is the builtin `abs` under a name a module global can't hide.
    const exported = name.endsWith('$b') ? name.slice(0, -2) : name;
    const local = bundle.exports.get(exported);
    if (local === undefined) throw new Error(`memphisc: the runtime does not export '${exported}'`);
    if (local === name) continue; // the bundle's own top-level binding is already in scope
    props.push(`${name}: ${local}`);
    picked.push(name);
  }
  if (!picked.length) return { outer: '', inner: '' };
  return { outer: `const $$runtime = { ${props.join(', ')} };\n`, inner: `const { ${picked.join(', ')} } = $$runtime;\n` };
}
