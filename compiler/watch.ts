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
import { compileProgram } from './compile.js';
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

/** Writes `text` to `file` atomically (temp file + rename). */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

export function buildOnce(input: string, output: string, sourcemap: boolean): { ok: boolean; files: string[]; message?: string } {
  try {
    const result = compileProgram(input, output, { sourcemap });
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    if (result.map) writeAtomic(`${output}.map`, result.map);
    writeAtomic(output, result.code);
    return { ok: true, files: result.modules.map((m) => path.resolve(m.file)) };
  } catch (e) {
    if (e instanceof CompileError) {
      let source = '';
      try { source = fs.readFileSync(e.diagnostic.filename, 'utf8'); } catch { /* message only */ }
      return { ok: false, files: [], message: renderDiagnostic(e.diagnostic, source) };
    }
    return { ok: false, files: [], message: `memphisc: ${(e as Error).message}\n` };
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

  const refreshWatches = (): void => {
    const dirs = new Set([...watchedFiles].map((f) => path.dirname(f)));
    for (const [dir, w] of watchers) if (!dirs.has(dir)) { w.close(); watchers.delete(dir); }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const w = fs.watch(dir, (_event, name) => {
          if (name && watchedFiles.has(path.join(dir, name.toString()))) schedule();
        });
        watchers.set(dir, w);
      } catch { /* a folder that vanished: the next build reports the missing file */ }
    }
  };

  const build = async (first: boolean): Promise<void> => {
    const started = performance.now();
    const result = buildOnce(opts.input, opts.output, opts.sourcemap);
    const ms = Math.round(performance.now() - started);
    if (result.ok) {
      watchedFiles = new Set([path.resolve(opts.input), ...result.files]);
      log(`${first ? 'built' : 'rebuilt'} ${opts.output} in ${ms} ms`);
      if (opts.run) { await stopChild(); if (!closed) startChild(); }
    } else {
      process.stderr.write(result.message ?? '');
      log(`build failed; keeping the last good ${opts.output}, watching for changes`);
    }
    refreshWatches();
    const w = waiters;
    waiters = [];
    for (const fn of w) fn(result.ok);
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = null; void build(false); }, debounce);
  };

  setImmediate(() => void build(true));
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
      await stopChild();
    },
    nextBuild() {
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
