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
// The script's text is a comment at the start of the module, which the module reads back from its
// own file: V8 skips a comment much faster than it scans a string literal, which it copies
// character by character (a half-megabyte literal was ~13 M instructions of a hello-world's
// start; the comment and the read cost ~3 M). It comes first because Node decodes the module's
// UTF-8 with a fast path for ASCII that ends at the first other character, which a program's
// text may hold. A comment cannot hold `*/`, so each one in the text is written with a space
// inside it, and the module is told where those spaces are.
//
// The cache is made in the compiler's process, under the V8 flags `node app.mjs` runs with: V8
// refuses a cache made under other flags, so while it is made the compiler's own tiering flags
// (tiering.ts) are set back to V8's defaults.
// The cache is of the compiled script only (the runtime is not run at compile time), so the ~100
// functions V8 compiles lazily while the runtime starts are not in it: a cache made after the
// runtime's top level ran measured 6.6 M instructions less for a hello-world (of ~215 M).

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

/** What opens and closes the comment that carries the runtime script's text. */
const TEXT_OPEN = '/*memphis-runtime\n';
const TEXT_CLOSE = '*/\n';

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

/** The runtime script's text as a comment, and where a space was put into it. */
export interface ScriptComment {
  /** The comment, from TEXT_OPEN to TEXT_CLOSE. */
  text: string;
  /** The body's length in UTF-8 bytes (the script's, plus one per cut). */
  size: number;
  /** The offset in the body of each space put between a star and the slash after it in the script. */
  cuts: number[];
}

/** `script`'s text as a comment that ends where the text ends: each star-slash gets a space. */
export function scriptComment(script: RuntimeScript): ScriptComment {
  const pieces = script.text.split('*/');
  const cuts: number[] = [];
  let size = 0;
  for (let i = 0; i < pieces.length - 1; i++) {
    size += Buffer.byteLength(pieces[i]!, 'utf8') + 1;
    cuts.push(size);
    size += 2;
  }
  size += Buffer.byteLength(pieces[pieces.length - 1]!, 'utf8');
  return { text: `${TEXT_OPEN}${pieces.join('* /')}${TEXT_CLOSE}`, size, cuts };
}

/**
 * The module's statement that reads the runtime script's text from `comment`, which starts the
 * module's file, compiles it (with its cache when `<module>.cache` holds one made for it) and runs
 * it, binding what it returns to `name`.
 */
export function loaderStatement(script: RuntimeScript, comment: ScriptComment, name: string): string {
  const open = JSON.stringify(TEXT_OPEN);
  return `const ${name} = ((size, cuts, key) => {
  const fs = process.getBuiltinModule("fs");
  const all = fs.readFileSync(new URL(import.meta.url));
  let start = ${TEXT_OPEN.length};
  // Something was put before the comment (a #! line): find it.
  if (all.toString("latin1", 0, start) !== ${open}) start = all.indexOf(${open}) + ${TEXT_OPEN.length};
  let text = "", from = start;
  for (const cut of cuts) {
    text += all.toString("utf8", from, start + cut);
    from = start + cut + 1;
  }
  text += all.toString("utf8", from, start + size);
  let cachedData;
  try {
    const bytes = fs.readFileSync(new URL(import.meta.url + ".cache"));
    if (bytes.toString("latin1", 0, key.length) === key) cachedData = bytes.subarray(key.length);
  } catch {}
  const script = new (process.getBuiltinModule("vm").Script)(text, { filename: ${JSON.stringify(SCRIPT_NAME)}, cachedData });
  return script.runInThisContext()(import.meta);
})(${comment.size}, ${JSON.stringify(comment.cuts)}, ${JSON.stringify(script.key)});
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
