// Standard streams as real processes see them: a reader that goes away (`prog | head -1`), and
// sys.argv[0] as the compiler's command line gave the script. The expected statuses and stderr are what CPython 3.11 gives for the same program run
// the same way (its stdout block-buffered, as it is into a pipe without PYTHONUNBUFFERED).

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'compiler', 'cli.js');

let dir = '';

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-stdio-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Compile `src` as <dir>/<name>.py, naming it relatively as a user in that folder would. */
function build(name: string, src: string): string {
  fs.writeFileSync(path.join(dir, `${name}.py`), src);
  const r = spawnSync(process.execPath, [cli, `${name}.py`, '-o', `${name}.mjs`], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return `${name}.mjs`;
}

interface Ended {
  status: number | null;
  firstLine: string;
  stderr: string;
}

/**
 * Run `mjs`, read its stdout up to the first line and then close the pipe, as `| head -1` does.
 * `afterClose` is written to its stdin once the pipe is closed (a program may wait for it).
 */
function runIntoHead(mjs: string, afterClose: string | null = null): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [mjs], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let firstLine: string | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`still running after its reader went away; stderr:\n${err}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      if (firstLine !== null) return;
      out += chunk.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      firstLine = out.slice(0, nl);
      child.stdout.destroy();
      if (afterClose !== null) setTimeout(() => child.stdin.end(afterClose), 50);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, firstLine: firstLine ?? '', stderr: err });
    });
  });
}

const PIPE_GONE = 'BrokenPipeError: [Errno 32] Broken pipe';

describe('a reader that goes away', () => {
  it('ends an endless printer at once with BrokenPipeError and status 1', async () => {
    const mjs = build('endless', 'i = 0\nwhile True:\n    print(i)\n    i += 1\n');
    const r = await runIntoHead(mjs);
    expect(r.firstLine).toBe('0');
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('Traceback (most recent call last):');
    expect(lines).toContain('    print(i)');
    expect(lines[lines.length - 1]).toBe(PIPE_GONE);
  });

  it('lets the program catch BrokenPipeError and end normally', async () => {
    const src = 'import sys\ntry:\n    i = 0\n    while True:\n        print(i)\n        i += 1\nexcept BrokenPipeError as e:\n    sys.stderr.write(f"caught {e.errno}\\n")\n';
    const r = await runIntoHead(build('caught', src));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('caught 32\n');
  });

  it('reports output left for the end as ignored, with status 120', async () => {
    const src = 'import sys\nprint("first")\nsys.stdout.flush()\nsys.stdin.readline()\nprint("x" * 100)\nprint("done", file=sys.stderr)\n';
    const r = await runIntoHead(build('late', src), 'go\n');
    expect(r.firstLine).toBe('first');
    expect(r.status).toBe(120);
    expect(r.stderr).toBe(`done\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n${PIPE_GONE}\n`);
  });

  it('raises from an explicit flush, and again at the end', async () => {
    const src = [
      'import sys',
      'print("first")',
      'sys.stdout.flush()',
      'sys.stdin.readline()',
      'print("more")',
      'try:',
      '    sys.stdout.flush()',
      'except BrokenPipeError as e:',
      '    print(type(e).__name__, e.errno, e.strerror, file=sys.stderr)',
      '',
    ].join('\n');
    const r = await runIntoHead(build('flushed', src), 'go\n');
    // The text stays buffered after the failed flush, so the end fails on it again.
    expect(r.status).toBe(120);
    expect(r.stderr).toBe(`BrokenPipeError 32 Broken pipe\nException ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n${PIPE_GONE}\n`);
  });
});

describe('sys.argv[0]', () => {
  it('is the script path as given to the compiler, as `python3 prog.py` shows it', () => {
    const src = 'import sys\nprint(sys.argv)\nif len(sys.argv) < 4:\n    sys.exit(f"usage: {sys.argv[0]} A B C")\n';
    const mjs = build('usage', src);
    const r = spawnSync(process.execPath, [mjs, 'x', 'y'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toBe("['usage.py', 'x', 'y']\n");
    expect(r.stderr).toBe('usage: usage.py A B C\n');
    expect(r.status).toBe(1);
  });
});
