// The CLI as a process: it ends as soon as a build is done (compiler/command.ts, `finish`), but what it
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

describe("the compiler's own bundle and code cache", () => {
  const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
  const BUNDLE = path.join(DIST, 'compiler.bundle.cjs');
  const CACHE = `${BUNDLE}.cache`;

  /** The key in the bundle's header, which its cache must start with. */
  function bundleKey(): string {
    const header = fs.readFileSync(BUNDLE, 'utf8').split('\n', 1)[0];
    const m = /^\/\/ memphisc-compiler-bundle ([0-9a-f]{32}) \[/.exec(header);
    expect(m).not.toBeNull();
    return m![1];
  }

  /** Whether V8 takes the cache for the bundle, under the CLI's V8 flags (tiering.ts). */
  function cacheAccepted(): boolean {
    const check = `
      await import(${JSON.stringify(path.join(DIST, 'compiler', 'tiering.js'))});
      const fs = await import("node:fs"), vm = await import("node:vm");
      const text = fs.readFileSync(${JSON.stringify(BUNDLE)}, "utf8");
      const key = text.slice(${'// memphisc-compiler-bundle '.length}, ${'// memphisc-compiler-bundle '.length + 32}) + "\\n";
      const bytes = fs.readFileSync(${JSON.stringify(CACHE)});
      const script = new vm.Script(text, { filename: ${JSON.stringify(BUNDLE)}, cachedData: bytes.subarray(key.length) });
      process.stdout.write(String(bytes.toString("latin1", 0, key.length) === key && script.cachedDataRejected === false));
    `;
    return spawnSync(process.execPath, ['--input-type=module', '-e', check], { encoding: 'utf8' }).stdout === 'true';
  }

  test('a compile leaves a cache V8 accepts, and a bad or missing cache changes nothing but speed', () => {
    const py = source('bundled.py', 'class A:\n    def f(self, x):\n        return [x * i for i in range(3)]\nprint(A().f(2), f"{1.5:>6}")\n');
    const out = path.join(dir, 'bundled.mjs');
    expect(cli([py, '-o', out]).status).toBe(0);
    const expected = fs.readFileSync(out, 'utf8');
    const map = fs.readFileSync(`${out}.map`, 'utf8');
    expect(fs.existsSync(CACHE)).toBe(true);
    expect(fs.readFileSync(CACHE).toString('latin1', 0, 33)).toBe(`${bundleKey()}\n`);
    const key = bundleKey();
    // Another bundle's cache (other key), a damaged one (V8 rejects it), none at all.
    for (const bytes of [Buffer.from(`${'0'.repeat(32)}\nxyz`), Buffer.concat([Buffer.from(`${key}\n`), Buffer.alloc(4096, 7)]), null]) {
      if (bytes === null) fs.rmSync(CACHE, { force: true });
      else fs.writeFileSync(CACHE, bytes);
      fs.rmSync(out);
      const r = cli([py, '-o', out]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(fs.readFileSync(out, 'utf8') === expected).toBe(true);
      expect(fs.readFileSync(`${out}.map`, 'utf8') === map).toBe(true);
      // The run that found no usable cache wrote one.
      expect(cacheAccepted()).toBe(true);
    }
    expect(spawnSync(process.execPath, [out], { encoding: 'utf8' }).stdout).toBe('[0, 2, 4]    1.5\n');
  });

  test('a bundle older than a file it was made from is made again', () => {
    const py = source('rebundled.py', 'print("again")\n');
    const out = path.join(dir, 'rebundled.mjs');
    expect(cli([py, '-o', out]).status).toBe(0);
    // Older than every file it was made from.
    const past = new Date(2000, 0, 1);
    fs.utimesSync(BUNDLE, past, past);
    expect(cli([py, '-o', out]).status).toBe(0);
    expect(fs.statSync(BUNDLE).mtimeMs).toBeGreaterThan(past.getTime() + 1000);
    expect(spawnSync(process.execPath, [out], { encoding: 'utf8' }).stdout).toBe('again\n');
  });
});
