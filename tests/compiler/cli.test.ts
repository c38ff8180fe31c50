// The CLI as a process: it ends as soon as a build is done (compiler/cli.ts, `finish`), but what it
// wrote to a pipe must all arrive first, and its exit status must be the build's.
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
// The built compiler (npm test builds first): it finds the runtime bundle beside itself.
import { compileProgram } from '../../dist/compiler/compile.js';

const CLI = fileURLToPath(new URL('../../dist/compiler/cli.js', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function source(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The CLI run in `dir`, its output read through pipes. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI process', () => {
  test('-o - writes the whole module to a pipe, many pipe buffers long', () => {
    // The runtime alone is hundreds of kilobytes: most of it is still queued when the build ends.
    const py = source('hello.py', 'print("hello")\n');
    const piped = cli([py, '-o', '-']);
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    const expected = compileProgram(py, path.join(dir, 'stdout.mjs'), { sourcemap: false }).code;
    expect(piped.stdout.length).toBe(expected.length);
    expect(piped.stdout === expected).toBe(true);
    const out = path.join(dir, 'from_pipe.mjs');
    fs.writeFileSync(out, piped.stdout);
    expect(spawnSync(process.execPath, [out], { encoding: 'utf8' }).stdout).toBe('hello\n');
  });

  test('every warning reaches a pipe, and the build still succeeds', () => {
    // About 200 KB of warnings on stderr: more than a pipe holds at once.
    const count = 3000;
    const lines = Array.from({ length: count }, (_, i) => `print(never_defined_${i})`);
    const py = source('warns.py', `${lines.join('\n')}\n`);
    const r = cli([py, '-o', path.join(dir, 'warns.mjs')]);
    expect(r.status).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes(': warning: '));
    expect(warnings.length).toBe(count);
    expect(warnings[count - 1]).toBe(`${py}:${count}:7: warning: name 'never_defined_${count - 1}' is never defined`);
    expect(fs.existsSync(path.join(dir, 'warns.mjs'))).toBe(true);
  });

  test('a syntax error exits with status 1 and CPython\'s report', () => {
    const py = source('broken.py', 'x = (\n');
    const r = cli([py, '-o', path.join(dir, 'broken.mjs')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("SyntaxError: '(' was never closed");
  });

  test('--run exits with the program\'s status after its output', () => {
    const py = source('runs.py', 'import sys\nprint("ran")\nsys.exit(3)\n');
    const r = cli([py, '-o', path.join(dir, 'runs.mjs'), '--run']);
    expect(r.stdout).toBe('ran\n');
    expect(r.status).toBe(3);
  });

  test('a file that does not exist exits with status 1', () => {
    const r = cli([path.join(dir, 'missing.py'), '-o', path.join(dir, 'missing.mjs')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No such file or directory');
  });
});
