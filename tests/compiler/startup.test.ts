// What a compiled program carries and loads before its first line (docs/performance.md, "Startup"):
// the native modules it never imports are left out of its runtime, and it imports no Node
// builtin module statically (runtime/host.ts loads them on first use).
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The built compiler (npm test builds first): it finds the runtime bundle beside itself.
import { compileToFile } from '../../dist/compiler/compile.js';
import { runtimeBundle, runtimeCode } from '../../dist/compiler/bundle.js';
import { loaderStatement, runtimeScript, scriptComment } from '../../dist/compiler/codecache.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-startup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const bundle = runtimeBundle();

/** The code of one runtime file (`stdlib/re.js`) in the bundle: its names are minified. */
function fileCode(file: string): string {
  const region = bundle.regions.find((r) => r.file === file);
  if (region === undefined) throw new Error(`no region for ${file}`);
  return bundle.code.slice(region.start, region.end);
}

/** Compile and run `source`; `runtime` is the runtime the module carries (as script text). */
function compileAndRun(name: string, source: string): { code: string; runtime: string; stdout: string; stderr: string } {
  const py = path.join(dir, `${name}.py`);
  const out = path.join(dir, `${name}.mjs`);
  fs.writeFileSync(py, source);
  const result = compileToFile(py, out, { sourcemap: false });
  const run = spawnSync(process.execPath, [out], { encoding: 'utf8' });
  return { code: result.code, runtime: result.runtimeScript?.text ?? result.code, stdout: run.stdout, stderr: run.stderr };
}

describe('runtimeCode', () => {
  test('null (imports unknown) keeps the whole runtime', () => {
    expect(runtimeCode(bundle, null)).toBe(bundle.code);
  });

  test('a program importing no native module leaves them all out', () => {
    const code = runtimeCode(bundle, []);
    expect(code.length).toBeLessThan(bundle.code.length);
    for (const file of ['stdlib/re.js', 'stdlib/math.js', 'stdlib/os.js', 'stdlib/time.js', 'stdlib/hashlib.js']) {
      expect(code).not.toContain(fileCode(file));
    }
  });

  test('a program without memphis.net leaves out its launcher and socket service', () => {
    const code = runtimeCode(bundle, []);
    for (const file of ['net/launch.js', 'net/service.js', 'net/blocking.js', 'net/native.js']) {
      expect(code).not.toContain(fileCode(file));
    }
    expect(runtimeCode(bundle, ['memphis.net'])).toContain(fileCode('net/launch.js'));
    // time.sleep blocks through the socket layer, not the launcher.
    const withTime = runtimeCode(bundle, ['time']);
    expect(withTime).toContain(fileCode('net/blocking.js'));
    expect(withTime).not.toContain(fileCode('net/launch.js'));
    expect(withTime).not.toContain(fileCode('net/native.js'));
  });

  test('a program without socket leaves out _socket and the addon loader', () => {
    const code = runtimeCode(bundle, []);
    for (const file of ['stdlib/socket.js', 'net/addon.js']) expect(code).not.toContain(fileCode(file));
    const withSocket = runtimeCode(bundle, ['_socket']);
    expect(withSocket).toContain(fileCode('stdlib/socket.js'));
    expect(withSocket).toContain(fileCode('net/addon.js'));
    // The socket module makes its own calls: neither memphis.net's launcher nor its service.
    for (const file of ['net/launch.js', 'net/service.js', 'net/blocking.js']) expect(withSocket).not.toContain(fileCode(file));
  });

  test('a native module imported by its dotted name keeps its package', () => {
    const code = runtimeCode(bundle, ['os.path']);
    expect(code).toContain(fileCode('stdlib/os.js'));
    expect(code).not.toContain(fileCode('stdlib/re.js'));
  });
});

describe('compiled programs', () => {
  test('hello-world imports no Node builtin module statically', () => {
    const r = compileAndRun('hello', 'print("hi")\n');
    expect(r.stdout).toBe('hi\n');
    expect(r.code).not.toMatch(/\bimport\s*(?:[\w{}*\s,]+from\s*)?["']node:/);
    expect(r.runtime).not.toContain(fileCode('stdlib/re.js'));
  });

  test('the native modules a program imports work, alone and through lib/', () => {
    const r = compileAndRun(
      'natives',
      'import math, re, json\nfrom os import path\nprint(math.floor(2.5), re.sub("a", "b", "aa"), json.dumps([1]), path.basename("/x/y"))\n',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2 bb [1] y\n');
  });

  test('__import__ may name any module at run time: the program keeps them all', () => {
    const r = compileAndRun('dynamic', 'm = __import__("re")\nprint(m.sub("x", "y", "xx"))\n');
    expect(r.stdout).toBe('yy\n');
    expect(r.runtime).toContain(fileCode('stdlib/re.js'));
  });

  test('only a program that imports socket carries it and the native addon', () => {
    const plain = compileAndRun('nosocket', 'print("hi")\n');
    expect(plain.code).not.toContain('$module("socket"');
    expect(plain.code).not.toMatch(/\$main\("__main__", false, false, "/);
    const r = compileAndRun('withsocket', 'import socket\nprint(socket.AF_INET, socket.htons(1))\n');
    expect(r.stdout).toBe('2 256\n');
    expect(r.code).toContain('$module("socket"');
  });

  test('an import after one that finds nothing, in a try that catches ImportError, is not bundled', () => {
    const source = 'try:\n    import no_such_module\n    import socket\nexcept ImportError:\n    socket = None\nprint(socket)\n';
    const r = compileAndRun('after', source);
    expect(r.stdout).toBe('None\n');
    expect(r.code).not.toContain('$module("socket"');
    const kept = compileAndRun('before', source.replace('    import no_such_module\n    import socket\n', '    import socket\n    import no_such_module\n'));
    expect(kept.stdout).toBe('None\n');
    expect(kept.code).toContain('$module("socket"');
  });

  test('builtins renamed by bundling keep their Python names', () => {
    const r = compileAndRun('names', 'print(print, getattr.__name__, callable, __import__)\n');
    expect(r.stdout).toBe('<built-in function print> getattr <built-in function callable> <built-in function __import__>\n');
  });
});

describe('the runtime code cache', () => {
  /** Whether V8 takes `<out>.cache` for the runtime script of the module `out`, as the module would. */
  function cacheAccepted(out: string): boolean {
    const probe = `
      const fs = require("node:fs"), vm = require("node:vm");
      const m = /^\\}\\)\\((\\d+), (\\[[\\d, ]*\\]), ("[^"]*")\\);$/m.exec(fs.readFileSync(process.argv[1], "utf8"));
      const size = Number(m[1]), cuts = JSON.parse(m[2]), key = JSON.parse(m[3]);
      const all = fs.readFileSync(process.argv[1]);
      const start = all.indexOf("/*memphis-runtime\\n") + 18;
      let text = "", from = start;
      for (const cut of cuts) { text += all.toString("utf8", from, start + cut); from = start + cut + 1; }
      text += all.toString("utf8", from, start + size);
      const hash = require("node:crypto").createHash("sha256").update(text).digest("hex").slice(0, 32);
      const bytes = fs.readFileSync(process.argv[1] + ".cache");
      const same = bytes.toString("latin1", 0, key.length) === key && key === "memphis-code-cache " + hash + "\\n";
      const script = new vm.Script(text, { filename: "memphis-runtime", cachedData: bytes.subarray(key.length) });
      process.stdout.write(String(same && script.cachedDataRejected === false));
    `;
    return spawnSync(process.execPath, ['-e', probe, out], { encoding: 'utf8' }).stdout === 'true';
  }

  const source = 'import math\ndef f(x):\n    return 1 / x\nprint(math.sqrt(16), eval("2 + 3"))\nf(0)\n';
  const expected = { stdout: '4.0 5\n', tail: '  File "X", line 5, in <module>\n    f(0)\n  File "X", line 3, in f\n    return 1 / x\nZeroDivisionError: division by zero\n' };

  function runIn(out: string): { stdout: string; stderr: string; status: number | null } {
    return spawnSync(process.execPath, [path.basename(out)], { cwd: path.dirname(out), encoding: 'utf8' });
  }

  test('is written beside the module, taken by V8, and the module runs the same with or without it', () => {
    const py = path.join(dir, 'cached.py');
    const out = path.join(dir, 'cached.mjs');
    fs.writeFileSync(py, source);
    compileToFile(py, out);
    expect(fs.existsSync(`${out}.cache`)).toBe(true);
    expect(cacheAccepted(out)).toBe(true);
    const tail = expected.tail.replaceAll('X', py);
    const withCache = runIn(out);
    expect(withCache.stdout).toBe(expected.stdout);
    expect(withCache.stderr.endsWith(tail)).toBe(true);
    expect(withCache.status).toBe(1);
    // Another program's cache (other key), a damaged one (V8 rejects it), none at all.
    const good = fs.readFileSync(`${out}.cache`);
    const other = Buffer.from(good);
    other[other.indexOf(' ') + 1] ^= 1;
    const damaged = Buffer.from(good);
    for (let i = good.indexOf('\n') + 1; i < damaged.length; i += 7) damaged[i] ^= 0x5a;
    for (const bytes of [other, damaged, null]) {
      if (bytes === null) fs.rmSync(`${out}.cache`);
      else fs.writeFileSync(`${out}.cache`, bytes);
      const run = runIn(out);
      expect(run.stdout).toBe(expected.stdout);
      expect(run.stderr.endsWith(tail)).toBe(true);
      expect(run.status).toBe(1);
    }
  });

  test('the runtime text is a comment that starts the module, read back whole, also after a #! line', () => {
    const py = path.join(dir, 'comment.py');
    const out = path.join(dir, 'comment.mjs');
    fs.writeFileSync(py, 'print("comment")\n');
    const result = compileToFile(py, out);
    const text = result.runtimeScript!.text;
    // The runtime holds a `*/` (a regexp), which the comment cannot hold as it is.
    expect(text).toContain('*/');
    expect(result.code.startsWith('/*memphis-runtime\n(function($$meta){')).toBe(true);
    expect(result.code).not.toContain(JSON.stringify(text).slice(0, 200));
    expect(cacheAccepted(out)).toBe(true);
    expect(runIn(out)).toMatchObject({ stdout: 'comment\n', stderr: '', status: 0 });
    fs.writeFileSync(out, Buffer.concat([Buffer.from('#!/usr/bin/env node\n'), fs.readFileSync(out), Buffer.from('\n')]));
    expect(cacheAccepted(out)).toBe(true);
    expect(runIn(out)).toMatchObject({ stdout: 'comment\n', stderr: '', status: 0 });
  });

  test('the loader restores every `*/` of a script text, whatever its characters', () => {
    const out = path.join(dir, 'loader.mjs');
    const value = '*/a*/*/ é€😀 */*/';
    const script = runtimeScript(`const value = ${JSON.stringify(value)}; /* c */ const tail = "*/";\n`, '{ value, tail }');
    expect(script.text.split('*/').length).toBe(8);
    const comment = scriptComment(script);
    const code = `${comment.text}${loaderStatement(script, comment, '$$r')}console.log(JSON.stringify([$$r.value, $$r.tail]));\n`;
    fs.writeFileSync(out, code);
    const run = runIn(out);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([value, '*/']);
  });

  test('codeCache: false keeps the runtime in the module and removes a stale cache', () => {
    const py = path.join(dir, 'plain.py');
    const out = path.join(dir, 'plain.mjs');
    fs.writeFileSync(py, 'print("plain")\n');
    compileToFile(py, out);
    expect(fs.existsSync(`${out}.cache`)).toBe(true);
    const result = compileToFile(py, out, { codeCache: false });
    expect(result.runtimeScript).toBe(null);
    expect(fs.existsSync(`${out}.cache`)).toBe(false);
    expect(runIn(out).stdout).toBe('plain\n');
  });
});
