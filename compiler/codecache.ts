// Code cache: the runtime as a script V8 can load from a compiled-code cache.
//
// Most of a hello-world's start is V8 parsing and compiling the half-megabyte runtime it carries.
// V8 can skip that work when it is handed the bytecode it made the last time (`vm.Script`'s
// `cachedData`), and Node 20 offers that for scripts, not for ES modules. So a program written to
// a file carries the runtime as the text of one function expression, in a string, and compiles it
// as a script; beside the module, `app.mjs.cache` holds V8's cache of that script, made when the
// program is compiled. The module stays whole without it: with no cache file (or one V8 rejects:
// another Node version, other V8 flags) the script is compiled from its text, as before.
//
// V8 checks a cache against the script's length only, so the file starts with a key: a hash of the
// script's text, which the module also carries and compares before handing the cache to V8.
//
// The cache is made in the compiler's process, under the V8 flags `node app.mjs` runs with: V8
// refuses a cache made under other flags, so while it is made the compiler's own tiering flags
// (tiering.ts) are set back to V8's defaults.
// The cache is of the compiled script only (the runtime is not run at compile time): the
// functions V8 compiles lazily while the runtime starts are a small part of the work.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as vm from 'node:vm';

/** The runtime of one program, as the script its module compiles. */
export interface RuntimeScript {
  /** A function expression of `import.meta` that runs the runtime and returns its bindings. */
  text: string;
  /** What the cache file starts with: ties the cache to this text. */
  key: string;
}

/** The parameter that stands for the module's `import.meta` (a script may not name it). */
const META = '$$meta';

/**
 * The runtime script's file name, in stack frames. V8 keeps the name a cache was made with, so it
 * is one name, whoever compiles the script; it is not the module's, which tracebacks map.
 */
const SCRIPT_NAME = 'memphis-runtime';

/**
 * The runtime script: `code` (the runtime, then what else the program runs before its own block)
 * in a strict function of the module's `import.meta`, returning the object literal `bindings`.
 */
export function runtimeScript(code: string, bindings: string): RuntimeScript {
  const body = code.replace(/\bimport\.meta\b/g, () => META);
  const text = `(function(${META}){"use strict";\n${body}return ${bindings};\n})`;
  const key = `memphis-code-cache ${createHash('sha256').update(text).digest('hex').slice(0, 32)}\n`;
  return { text, key };
}

/**
 * The module's statement that compiles the runtime script (with its cache when `<module>.cache`
 * holds one made for it) and runs it, binding what it returns to `name`.
 */
export function loaderStatement(script: RuntimeScript, name: string): string {
  // A literal U+2028/U+2029 would count as a line break in V8's positions, not in the source map.
  const literal = JSON.stringify(script.text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `const ${name} = ((text, key) => {
  let cachedData;
  try {
    const bytes = process.getBuiltinModule("fs").readFileSync(new URL(import.meta.url + ".cache"));
    if (bytes.toString("latin1", 0, key.length) === key) cachedData = bytes.subarray(key.length);
  } catch {}
  const script = new (process.getBuiltinModule("vm").Script)(text, { filename: ${JSON.stringify(SCRIPT_NAME)}, cachedData });
  return script.runInThisContext()(import.meta);
})(${literal}, ${JSON.stringify(script.key)});
`;
}

/** Made caches by key: programs compiled by one process mostly share their runtime. */
const made = new Map<string, Uint8Array | null>();
const MADE_KEPT = 4;

/**
 * How cache making is run: directly, unless the process changed V8's flags (tiering.ts), which
 * then hands in a wrapper that puts the defaults back meanwhile.
 */
let underPlainFlags: <T>(work: () => T) => T = (work) => work();

export function makeCachesWith(wrapper: <T>(work: () => T) => T): void {
  underPlainFlags = wrapper;
}

/** The cache file's bytes for `script` (the key, then V8's cache), or null when it can't be made. */
export function codeCacheBytes(script: RuntimeScript): Uint8Array | null {
  if (made.has(script.key)) return made.get(script.key)!;
  let bytes: Uint8Array | null = null;
  try {
    const data = underPlainFlags(() => new vm.Script(script.text, { filename: SCRIPT_NAME }).createCachedData());
    if (data.length > 0) bytes = Buffer.concat([Buffer.from(script.key, 'latin1'), data]);
  } catch {
    // No cache: the module compiles the script from its text.
  }
  // Kept for a few runtime texts only: a cache is about half a megabyte.
  if (made.size >= MADE_KEPT) made.delete(made.keys().next().value!);
  made.set(script.key, bytes);
  return bytes;
}

/** Write `<outFile>.cache` for `script`, or remove a stale one when there is nothing to write. */
export function writeCodeCache(outFile: string, script: RuntimeScript | null, write: (file: string, chunks: Uint8Array[]) => void): void {
  const file = `${outFile}.cache`;
  const bytes = script === null ? null : codeCacheBytes(script);
  if (bytes !== null) write(file, [bytes]);
  else fs.rmSync(file, { force: true });
}
