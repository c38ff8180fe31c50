// Loading the compiler: its modules as one script, compiled from V8's code cache.
//
// Before any Python is read, a CLI run used to load 46 ES modules (the compiler's, a few of the
// runtime's, commander and astring: node's loader resolves, reads and links each), then parse and
// compile each function to bytecode as it was first called. Node 20 has no code cache for ES
// modules (`module.enableCompileCache` came later), but `vm.Script` takes one (`cachedData`), as
// the runtime's does (codecache.ts). So the CLI runs the compiler from `dist/compiler.bundle.cjs`,
// the modules of command.ts bundled by esbuild into one function, and hands V8
// `dist/compiler.bundle.cjs.cache`, the bytecode of the functions a previous run compiled. A cache
// made by a one-line program serves a 10,000-line one as well as that program's own: the same
// tokenizer, parser, lowering and printer functions run for both.
//
// Both files are made on demand, like the runtime's bundle (bundle.ts): the bundle when a file it
// was made from is newer than it (after a build), the cache at the end of a run that compiled a
// program and had no cache V8 accepted (another bundle, Node version or V8 flags). A cache is tied
// to its bundle by a hash of the bundle's text, since V8 itself only compares the length. Where
// the files cannot be written (a read-only install), the CLI loads the modules as before; the
// compiler is the same code either way, so its output is too.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as vm from 'node:vm';

const DIST = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./command.js', import.meta.url));
const BUNDLE_FILE = path.join(DIST, 'compiler.bundle.cjs');
const CACHE_FILE = `${BUNDLE_FILE}.cache`;
/**
 * The parameter that stands for the bundled modules' `import.meta.url`. Every module that reads
 * it lives in dist/compiler, so one URL serves them all.
 */
const META_URL = '$$compilerUrl';

/** The bundle's first line: `// memphisc-compiler-bundle <key> <inputs as JSON>`. */
const HEADER = '// memphisc-compiler-bundle ';

interface Bundle {
  text: string;
  /** Ties a cache to this text. */
  key: string;
}

/** The files (relative to dist) a bundle was made from, as its header lists them. */
function inputsOf(header: string): string[] {
  return JSON.parse(header.slice(HEADER.length + 33)) as string[];
}

/** The bundle on disk, if no file it was made from changed since. */
function readFreshBundle(): Bundle | null {
  let text: string;
  let made: number;
  try {
    made = fs.statSync(BUNDLE_FILE).mtimeMs;
    text = fs.readFileSync(BUNDLE_FILE, 'utf8');
  } catch {
    return null;
  }
  const end = text.indexOf('\n');
  if (!text.startsWith(HEADER) || end < 0) return null;
  try {
    for (const input of inputsOf(text.slice(0, end))) {
      if (fs.statSync(path.resolve(DIST, input)).mtimeMs > made) return null;
    }
  } catch {
    return null;
  }
  return { text, key: text.slice(HEADER.length, HEADER.length + 32) };
}

/** Bundles command.ts and what it imports (esbuild, loaded only here) and writes the bundle. */
function writeBundle(): Bundle | null {
  try {
    const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
    const result = buildSync({
      entryPoints: [ENTRY],
      absWorkingDir: DIST,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      logLevel: 'silent',
      legalComments: 'none',
      define: { 'import.meta.url': META_URL },
      // Loaded by the compiler only to rebuild the runtime's bundle.
      external: ['esbuild'],
    });
    const body = result.outputFiles[0].text.replace(/^#!.*\n/, '');
    // Relative to dist, as esbuild names them.
    const inputs = Object.keys(result.metafile.inputs);
    const key = createHash('sha256').update(body).update(JSON.stringify(inputs)).digest('hex').slice(0, 32);
    const text = `${HEADER}${key} ${JSON.stringify(inputs)}\n(function (${META_URL}, require, module, exports, __filename, __dirname) {${body}\n})`;
    const tmp = `${BUNDLE_FILE}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, BUNDLE_FILE);
    return { text, key };
  } catch {
    return null;
  }
}

/** The cache made for `bundle`, without its key. */
function readCache(bundle: Bundle): Buffer | undefined {
  try {
    const bytes = fs.readFileSync(CACHE_FILE);
    if (bytes.toString('latin1', 0, bundle.key.length + 1) === `${bundle.key}\n`) return bytes.subarray(bundle.key.length + 1);
  } catch { /* none yet */ }
  return undefined;
}

type Command = typeof import('./command.js');

/**
 * Writes `script`'s cache once the process ends, if it compiled a program: made then, the cache
 * holds the bytecode of every function the compile ran, not only the bundle's top level.
 */
function cacheAtExit(script: vm.Script, bundle: Bundle, command: Command): void {
  process.once('exit', () => {
    if (!command.compiledProgram) return;
    try {
      const data = script.createCachedData();
      const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${bundle.key}\n`, 'latin1'), data]));
      fs.renameSync(tmp, CACHE_FILE);
    } catch { /* a read-only install: compile from the text next time */ }
  });
}

/** The command line (command.ts): from the bundle, else as ES modules. */
export async function loadCommand(): Promise<Command> {
  const bundle = readFreshBundle() ?? writeBundle();
  if (bundle === null) return import('./command.js');
  const cachedData = readCache(bundle);
  const script = new vm.Script(bundle.text, { filename: BUNDLE_FILE, cachedData });
  const run = script.runInThisContext() as (url: string, ...cjs: unknown[]) => void;
  const module = { exports: {} as Command };
  run(pathToFileURL(ENTRY).href, createRequire(BUNDLE_FILE), module, module.exports, BUNDLE_FILE, DIST);
  if (cachedData === undefined || script.cachedDataRejected) cacheAtExit(script, bundle, module.exports);
  return module.exports;
}
