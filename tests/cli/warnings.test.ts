// Compile-time warnings: a name bound nowhere in the module (no assignment in any scope, not a
// builtin, no `import *`) is reported with its position; the build still succeeds, and the program
// raises NameError only if the line runs, as in CPython.

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'compiler', 'cli.js');

function compile(src: string): { status: number | null; stderr: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-warn-'));
  const file = path.join(dir, 'app.py');
  fs.writeFileSync(file, src);
  const r = spawnSync(process.execPath, [cli, file, '-o', path.join(dir, 'app.mjs')], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: r.status, stderr: r.stderr, file };
}

describe('never-defined names', () => {
  it('warns with file, line and column, and still compiles', () => {
    const r = compile('def f():\n    return totl + 1\n\nif False:\n    print(undefined_thing)\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      `${r.file}:2:12: warning: name 'totl' is never defined\n` +
      `${r.file}:5:11: warning: name 'undefined_thing' is never defined\n`,
    );
  });

  it('warns once for a name read in a finally block', () => {
    const r = compile('def f():\n    try:\n        return 1\n    finally:\n        missing_name\n');
    expect(r.stderr).toBe(`${r.file}:5:9: warning: name 'missing_name' is never defined\n`);
  });

  it('is quiet for builtins, names bound anywhere, class bodies and star imports', () => {
    expect(compile('print(len([1]))\nx = 1\ndef f():\n    return later\nlater = 2\n').stderr).toBe('');
    expect(compile('def f():\n    global g\n    g = 1\ndef h():\n    return g\n').stderr).toBe('');
    expect(compile('class K:\n    val = 1\n    items = [val + j for j in range(2)] if False else None\n').stderr).toBe('');
    expect(compile('from os.path import *\nprint(anything)\n').stderr).toBe('');
    expect(compile('print(__name__, __file__, __doc__)\n').stderr).toBe('');
  });
});
