// The differential suite: every tests/programs/<topic>/<name>.py is compiled with memphisc, run with
// node, and held to what CPython 3.11 did (recorded by scripts/regen.mjs): stdout byte for byte in
// <name>.out, and for a program that exits non-zero, its exit code and the last line of its stderr in
// <name>.err, and the frame lines of its traceback in <name>.tb. A program with a <name>.in beside it
// reads that file as its stdin. Programs listed in tests/known-failures.txt are expected to fail; when one starts
// passing its test fails, so the entry gets deleted and the list stays short.
//
// Compiling goes through `compileToFile` from dist/compiler/compile.js when the build exports it
// (no process start per program), otherwise through the CLI. Compiled modules land in tests/.out/.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test, type ExpectStatic } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = join(root, 'tests', 'programs');
const outDir = join(root, 'tests', '.out');
const cliPath = join(root, 'dist', 'compiler', 'cli.js');
const compileModulePath = join(root, 'dist', 'compiler', 'compile.js');
const knownFailuresPath = join(root, 'tests', 'known-failures.txt');

const RUN_TIMEOUT_MS = 30_000;
const TEST_TIMEOUT_MS = 2 * RUN_TIMEOUT_MS + 5_000;

// ---------------------------------------------------------------------------------------------
// Discovery

interface Program {
  /** Path relative to tests/programs, with forward slashes: `ints/floor_division.py`. */
  id: string;
  topic: string;
  path: string;
  stem: string;
}

function findPrograms(dir: string): Program[] {
  const found: Program[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...findPrograms(path));
    } else if (entry.isFile() && entry.name.endsWith('.py')) {
      const id = relative(programsDir, path).split('\\').join('/');
      const slash = id.indexOf('/');
      found.push({
        id,
        topic: slash === -1 ? '.' : id.slice(0, slash),
        path,
        stem: path.slice(0, -'.py'.length),
      });
    }
  }
  return found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `topic/name.py # reason` per line; blank lines and lines starting with `#` are ignored. */
function readKnownFailures(): Map<string, string> {
  const known = new Map<string, string>();
  if (!existsSync(knownFailuresPath)) return known;
  for (const raw of readFileSync(knownFailuresPath, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf(' #');
    const id = (hash === -1 ? line : line.slice(0, hash)).trim();
    const reason = hash === -1 ? '' : line.slice(hash + 2).trim();
    known.set(id, reason);
  }
  return known;
}

// ---------------------------------------------------------------------------------------------
// Compiling and running

/** Sync or async; whatever it returns besides a promise is ignored. */
type CompileToFile = (entryPath: string, outPath: string) => unknown;

let compilerPromise: Promise<CompileToFile | null> | undefined;

/** The in-process compiler when the build exports one, else null (use the CLI). */
function inProcessCompiler(): Promise<CompileToFile | null> {
  compilerPromise ??= (async () => {
    if (!existsSync(compileModulePath)) return null;
    try {
      const mod = (await import(pathToFileURL(compileModulePath).href)) as Record<string, unknown>;
      return typeof mod.compileToFile === 'function' ? (mod.compileToFile as CompileToFile) : null;
    } catch {
      return null;
    }
  })();
  return compilerPromise;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
  timedOut: boolean;
}

/** Run a process; its stdin is the file `input` when given (as `< file`), else empty. */
function run(command: string, args: string[], cwd: string, input: string | null = null): Promise<Run> {
  return new Promise((done, fail) => {
    const stdinFd = input === null ? null : openSync(input, 'r');
    let child;
    try {
      child = spawn(command, args, { cwd, stdio: [stdinFd ?? 'ignore', 'pipe', 'pipe'] });
    } finally {
      if (stdinFd !== null) closeSync(stdinFd);
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({
        code,
        signal,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
      });
    });
  });
}

async function compile(program: Program, outPath: string): Promise<void> {
  const compileToFile = await inProcessCompiler();
  if (compileToFile !== null) {
    await compileToFile(program.path, outPath);
    return;
  }
  const result = await run(process.execPath, [cliPath, program.path, '-o', outPath], root);
  if (result.code !== 0) {
    throw new Error(`memphisc exited with ${result.code ?? result.signal} compiling ${program.id}:\n${result.stderr}`);
  }
}

/** A counting semaphore: vitest runs test files in parallel too, so keep our own children few. */
function limiter(size: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= size) await new Promise<void>((wake) => waiting.push(wake));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

const limit = limiter(Math.max(2, availableParallelism()));

function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1].trimEnd();
}

// ---------------------------------------------------------------------------------------------
// The tests

// Concurrent tests take `expect` from their context, so each failure is attributed to its own test.
async function check(program: Program, expect: ExpectStatic): Promise<void> {
  const outFile = `${program.stem}.out`;
  if (!existsSync(outFile)) throw new Error(`${program.id} has no recording: run \`npm run regen -- ${program.id}\``);
  const expectedOut = readFileSync(outFile);
  const errPath = `${program.stem}.err`;
  let expectedCode = 0;
  let expectedLast: string | null = null;
  if (existsSync(errPath)) {
    const [code = '', last = ''] = readFileSync(errPath, 'utf8').split('\n');
    expectedCode = Number(code);
    expectedLast = last;
  }

  const outPath = join(outDir, program.id.slice(0, -'.py'.length) + '.mjs');
  mkdirSync(dirname(outPath), { recursive: true });

  const result = await limit(async () => {
    await compile(program, outPath);
    // A program's <name>.in, when it has one, is its stdin (CPython's recording read the same).
    const input = `${program.stem}.in`;
    return run(process.execPath, [outPath], dirname(program.path), existsSync(input) ? input : null);
  });

  expect(result.timedOut, `${program.id} timed out after ${RUN_TIMEOUT_MS / 1000} s`).toBe(false);
  if (!result.stdout.equals(expectedOut)) {
    // Compare as text first for a readable diff; fall back to bytes when the text is equal.
    expect(result.stdout.toString('utf8'), `stdout of ${program.id}`).toBe(expectedOut.toString('utf8'));
    expect(result.stdout.toString('hex'), `stdout bytes of ${program.id}`).toBe(expectedOut.toString('hex'));
  }
  const context = `exit of ${program.id}; stderr:\n${result.stderr}`;
  expect(result.code, context).toBe(expectedCode);
  if (expectedLast !== null) expect(lastLine(result.stderr), context).toBe(expectedLast);
  // The traceback's frames (file, line, function), as CPython printed them.
  const tbPath = `${program.stem}.tb`;
  if (existsSync(tbPath)) {
    const expectedFrames = readFileSync(tbPath, 'utf8').split('\n').filter(Boolean);
    expect(frameLines(result.stderr, dirname(program.path)), `traceback frames of ${program.id}`).toEqual(expectedFrames);
  }
}

/**
 * The `File "...", line N, in f` lines of a traceback in the program's folder, written as <dir>:
 * library frames are left out (CPython's stdlib and memphisc's lib/ are different code).
 */
function frameLines(text: string, dir: string): string[] {
  return text.split('\n').filter((l) => /^  File ".*", line \d+, in /.test(l) && l.startsWith(`  File "${dir}/`)).map((l) => l.split(`${dir}/`).join('<dir>/'));
}

const programs = findPrograms(programsDir);
const knownFailures = readKnownFailures();
const topics = [...new Set(programs.map((p) => p.topic))];

for (const topic of topics) {
  describe.concurrent(topic, () => {
    for (const program of programs.filter((p) => p.topic === topic)) {
      const reason = knownFailures.get(program.id);
      const name = reason === undefined ? basename(program.id) : `${basename(program.id)} (known failure: ${reason})`;
      test(name, { fails: reason !== undefined, timeout: TEST_TIMEOUT_MS }, ({ expect }) => check(program, expect));
    }
  });
}

describe('known-failures.txt', () => {
  test('names only existing programs', () => {
    const ids = new Set(programs.map((p) => p.id));
    expect([...knownFailures.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
