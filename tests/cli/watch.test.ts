// Watch mode end to end: the real CLI in a child process, real files in a temporary folder, real
// file-system events. Each test waits for lines on the watcher's stdout/stderr with a deadline, so a
// missing rebuild fails the test instead of hanging it.

import { describe, it, expect, afterEach } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'compiler', 'cli.js');

interface Session {
  dir: string;
  child: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves once `pattern` has matched `count` times on stdout or stderr. */
  waitFor: (pattern: RegExp, count?: number, ms?: number) => Promise<void>;
  count: (pattern: RegExp) => number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const sessions: Session[] = [];

function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-watch-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function startWatch(dir: string, extra: string[] = []): Session {
  const child = spawn(process.execPath, [cli, 'app.py', '-o', 'app.mjs', '--watch', ...extra], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const count = (pattern: RegExp) => (out + err).match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  const waitFor = async (pattern: RegExp, n = 1, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (count(pattern) < n) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} x${n}\n--- stdout\n${out}\n--- stderr\n${err}`);
      await sleep(20);
    }
  };
  const s: Session = { dir, child, out: () => out, err: () => err, waitFor, count, exited };
  sessions.push(s);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** After the first build: the watcher watches before it prints the line, but on a heavily loaded
 * machine a save in the very same instant was once missed, so the tests leave it a moment. */
const SETTLE_MS = 200;

/** Whether process `pid` is still alive. */
function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function stop(s: Session): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGINT');
  const timeout = sleep(5000).then(() => { s.child.kill('SIGKILL'); return { code: null, signal: 'SIGKILL' as NodeJS.Signals }; });
  return Promise.race([s.exited, timeout]);
}

afterEach(async () => {
  for (const s of sessions.splice(0)) {
    await stop(s);
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
});

const BUILT = /built app\.mjs in \d+ ms/;
const REBUILT = /rebuilt app\.mjs in \d+ ms/;

describe('memphisc --watch', { timeout: 120_000 }, () => {
  it('builds, then rebuilds once per save of the entry, even for editor-style saves', async () => {
    const s = startWatch(tempProject({ 'app.py': 'print("one")\n' }));
    await s.waitFor(/^built app\.mjs in \d+ ms$/m);
    await sleep(SETTLE_MS);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"one"');
    expect(fs.existsSync(path.join(s.dir, 'app.mjs.map'))).toBe(true);

    fs.writeFileSync(path.join(s.dir, 'app.py'), 'print("two")\n');
    await s.waitFor(REBUILT, 1);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"two"');

    // An editor that saves by writing a temporary file and renaming it over the original.
    fs.writeFileSync(path.join(s.dir, '.app.py.swp'), 'print("three")\n');
    fs.renameSync(path.join(s.dir, '.app.py.swp'), path.join(s.dir, 'app.py'));
    await s.waitFor(REBUILT, 2);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"three"');

    // Two writes in a row (truncate, then write) are one save.
    fs.writeFileSync(path.join(s.dir, 'app.py'), '');
    fs.writeFileSync(path.join(s.dir, 'app.py'), 'print("four")\n');
    await s.waitFor(REBUILT, 3);
    await sleep(400);
    expect(s.count(REBUILT)).toBe(3);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"four"');
    expect(s.count(/^built app\.mjs/m)).toBe(1);
  });

  it('rebuilds when an imported module changes, and watches modules imported by a later edit', async () => {
    const s = startWatch(tempProject({
      'app.py': 'import helper\nprint(helper.f())\n',
      'helper.py': 'def f():\n    return "h1"\n',
      'pkg/__init__.py': '',
      'pkg/extra.py': 'X = "x1"\n',
    }));
    await s.waitFor(BUILT);
    await sleep(SETTLE_MS);
    fs.writeFileSync(path.join(s.dir, 'helper.py'), 'def f():\n    return "h2"\n');
    await s.waitFor(REBUILT, 1);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"h2"');

    // pkg/extra.py was not part of the program; an edit of it must not rebuild.
    fs.writeFileSync(path.join(s.dir, 'pkg/extra.py'), 'X = "x2"\n');
    await sleep(300);
    expect(s.count(REBUILT)).toBe(1);

    fs.writeFileSync(path.join(s.dir, 'app.py'), 'import helper\nfrom pkg import extra\nprint(helper.f(), extra.X)\n');
    await s.waitFor(REBUILT, 2);
    fs.writeFileSync(path.join(s.dir, 'pkg/extra.py'), 'X = "x3"\n');
    await s.waitFor(REBUILT, 3);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"x3"');
  });

  it('reports a syntax error, keeps the last good output byte for byte, and rebuilds after the fix', async () => {
    const s = startWatch(tempProject({ 'app.py': 'import helper\nprint(helper.f())\n', 'helper.py': 'def f():\n    return 1\n' }));
    await s.waitFor(BUILT);
    await sleep(SETTLE_MS);
    const good = fs.readFileSync(path.join(s.dir, 'app.mjs'));
    const goodMap = fs.readFileSync(path.join(s.dir, 'app.mjs.map'));

    fs.writeFileSync(path.join(s.dir, 'helper.py'), 'def f()\n    return 2\n');
    await s.waitFor(/SyntaxError: expected ':'/);
    const helper = path.join(s.dir, 'helper.py');
    expect(s.err()).toContain(`  File "${helper}", line 1\n    def f()\n           ^\nSyntaxError: expected ':'\n`);
    await s.waitFor(/build failed; keeping the last good app\.mjs/);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs')).equals(good)).toBe(true);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs.map')).equals(goodMap)).toBe(true);
    expect(fs.readdirSync(s.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    fs.writeFileSync(path.join(s.dir, 'helper.py'), 'def f():\n    return 3\n');
    await s.waitFor(REBUILT, 1);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs')).equals(good)).toBe(false);
  });

  it('picks up a module that the failed build could not find once it is created', async () => {
    const s = startWatch(tempProject({ 'app.py': 'print("a")\n' }));
    await s.waitFor(BUILT);
    await sleep(SETTLE_MS);
    fs.writeFileSync(path.join(s.dir, 'app.py'), 'import later\nprint(later.V)\n');
    await s.waitFor(/ModuleNotFoundError: No module named 'later'/);
    fs.writeFileSync(path.join(s.dir, 'later.py'), 'V = "arrived"\n');
    await s.waitFor(REBUILT, 1);
    expect(fs.readFileSync(path.join(s.dir, 'app.mjs'), 'utf8')).toContain('"arrived"');
  });

  it('--run runs the output, forwards its output and arguments, and restarts it after a rebuild', async () => {
    const program = (tag: string) => `import os, sys, time\nprint("${tag}", os.getpid(), sys.argv[1:], flush=True)\ntime.sleep(60)\n`;
    const s = startWatch(tempProject({ 'app.py': program('v1') }), ['--run', '--', 'alpha', 'beta']);
    await s.waitFor(/^v1 \d+ \['alpha', 'beta'\]$/m);
    await sleep(SETTLE_MS);
    const pid1 = Number(/^v1 (\d+)/m.exec(s.out())![1]);
    expect(alive(pid1)).toBe(true);

    fs.writeFileSync(path.join(s.dir, 'app.py'), program('v2'));
    await s.waitFor(/^v2 \d+/m, 1, 15_000);
    const pid2 = Number(/^v2 (\d+)/m.exec(s.out())![1]);
    expect(pid2).not.toBe(pid1);
    // The old program was stopped before the new one was started.
    expect(alive(pid1)).toBe(false);
    expect(s.out().indexOf('v2')).toBeGreaterThan(s.out().indexOf('v1'));

    const { code, signal } = await stop(s);
    expect(signal).toBe(null);
    expect(code).toBe(0);
    expect(alive(pid2)).toBe(false);
  });

  it('--run runs a program that exits, once per good build', async () => {
    const s = startWatch(tempProject({ 'app.py': 'print("hello 1")\n' }), ['--run']);
    await s.waitFor(/^hello 1$/m);
    await sleep(SETTLE_MS);
    fs.writeFileSync(path.join(s.dir, 'app.py'), 'print("hello 2"\n');
    await s.waitFor(/SyntaxError/);
    fs.writeFileSync(path.join(s.dir, 'app.py'), 'print("hello 2")\n');
    await s.waitFor(/^hello 2$/m);
    expect(s.count(/^hello 1$/m)).toBe(1);
  });

  it('stops cleanly on SIGINT', async () => {
    const s = startWatch(tempProject({ 'app.py': 'print("x")\n' }));
    await s.waitFor(BUILT);
    await sleep(SETTLE_MS);
    s.child.kill('SIGINT');
    const { code, signal } = await s.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
