// Watch mode: compile, then recompile whenever the entry or any module it imports changes, and
// (with --run) restart the program after each good build. A failed build leaves the last good
// output in place: the compiler writes to a temporary file and renames it over the output only
// when everything succeeded.
//
// Node's own fs.watch is enough here: the watched set is small and exact (the program's modules,
// re-derived after every build, so a newly imported module is picked up), and each file's parent
// folder is watched too, because editors that save by renaming replace the watched inode.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeCodeCache } from './codecache.js';
import { compileProgram, writeChunks } from './compile.js';
import { CompileError, renderDiagnostic } from './diagnostics.js';

export interface WatchOptions {
  input: string;
  output: string;
  sourcemap: boolean;
  run: boolean;
  runArgs: string[];
  /** Quiet period that folds the several events of one save into one rebuild. */
  debounceMs?: number;
  log?: (line: string) => void;
}

export interface Watcher {
  close(): Promise<void>;
  /** Resolves after the next build (for tests). */
  nextBuild(): Promise<boolean>;
}

/** Writes `chunks` to `file` atomically (temp file + rename). */
function writeAtomic(file: string, chunks: readonly Uint8Array[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeChunks(tmp, chunks);
  fs.renameSync(tmp, file);
}

export interface BuildResult {
  ok: boolean;
  /** The program's module files (absolute), or after a failure the file the error is in. */
  files: string[];
  /** Compile-time warnings, one line each. */
  warnings: string[];
  /** The diagnostic of a failed build, CPython-shaped. */
  message?: string;
}

export function buildOnce(input: string, output: string, sourcemap: boolean): BuildResult {
  try {
    const result = compileProgram(input, output, { sourcemap, codeCache: true });
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    if (result.mapChunks) writeAtomic(`${output}.map`, result.mapChunks);
    writeCodeCache(output, result.runtimeScript, writeAtomic);
    writeAtomic(output, result.codeChunks);
    return { ok: true, files: result.modules.map((m) => path.resolve(m.file)), warnings: result.warnings };
  } catch (e) {
    if (e instanceof CompileError) {
      let source = '';
      try { source = fs.readFileSync(e.diagnostic.filename, 'utf8'); } catch { /* message only */ }
      return { ok: false, files: [path.resolve(e.diagnostic.filename)], warnings: [], message: `${renderDiagnostic(e.diagnostic, source)}\n` };
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      return { ok: false, files: [], warnings: [], message: `memphisc: can't open file '${err.path ?? input}': [Errno 2] No such file or directory\n` };
    }
    return { ok: false, files: [], warnings: [], message: `memphisc: ${err.message}\n` };
  }
}

export function watch(opts: WatchOptions): Watcher {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const debounce = opts.debounceMs ?? 40;
  const watchers = new Map<string, fs.FSWatcher>();
  let watchedFiles = new Set<string>([path.resolve(opts.input)]);
  let child: ChildProcess | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  let waiters: ((ok: boolean) => void)[] = [];

  const stopChild = (): Promise<void> => new Promise((resolve) => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGINT');
    setTimeout(() => { if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); }, 2000).unref();
  });

  const startChild = (): void => {
    child = spawn(process.execPath, [opts.output, ...opts.runArgs], { stdio: 'inherit' });
  };

  // After a failed build, any .py file appearing or changing in a watched folder may be the fix
  // (a module the program imports but that did not exist yet, or one the failed build never reached).
  let lastFailed = false;
  const relevant = (file: string): boolean => watchedFiles.has(file) || (lastFailed && file.endsWith('.py'));

  const refreshWatches = (): void => {
    const dirs = new Set([...watchedFiles].map((f) => path.dirname(f)));
    for (const [dir, w] of watchers) if (!dirs.has(dir)) { w.close(); watchers.delete(dir); }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const w = fs.watch(dir, (_event, name) => {
          if (name && relevant(path.join(dir, name.toString()))) schedule();
        });
        w.on('error', () => { w.close(); watchers.delete(dir); });
        watchers.set(dir, w);
      } catch { /* a folder that vanished: the next build reports the missing file */ }
    }
  };

  const build = async (first: boolean): Promise<void> => {
    const started = performance.now();
    const result = buildOnce(opts.input, opts.output, opts.sourcemap);
    const ms = Math.round(performance.now() - started);
    // Watch the new set before reporting: once the line is printed, a save must be seen.
    if (result.ok) {
      watchedFiles = new Set([path.resolve(opts.input), ...result.files]);
    } else {
      // Keep watching what the last good build used, plus the file with the error.
      for (const f of result.files) watchedFiles.add(f);
    }
    lastFailed = !result.ok;
    if (!closed) refreshWatches();
    for (const w of result.warnings) process.stderr.write(`${w}\n`);
    if (result.ok) {
      log(`${first ? 'built' : 'rebuilt'} ${opts.output} in ${ms} ms`);
      if (opts.run) { await stopChild(); if (!closed) startChild(); }
    } else {
      process.stderr.write(result.message ?? '');
      log(`build failed; keeping the last good ${opts.output}, watching for changes`);
    }
    const w = waiters;
    waiters = [];
    for (const fn of w) fn(result.ok);
  };

  // Builds run one at a time: a save during a build (or while the old program is stopping) queues
  // one more build instead of racing it, so there is never more than one program running.
  let building: Promise<void> | null = null;
  let again = false;
  const runBuild = (first: boolean): void => {
    if (closed) return;
    if (building) { again = true; return; }
    building = build(first).finally(() => {
      building = null;
      if (again) { again = false; runBuild(false); }
    });
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; runBuild(false); }, debounce);
  };

  setImmediate(() => runBuild(true));
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
      if (building) await building;
      await stopChild();
    },
    nextBuild() {
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
