// A file written and never closed holds its data once the program has ended, as in CPython,
// whether the program ends normally, by sys.exit or by an uncaught exception.
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The built compiler (npm test builds first).
import { compileToFile } from '../../dist/compiler/compile.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function runProgram(name: string, ending: string): { status: number | null; text: string; bytes: string } {
  const py = path.join(dir, `${name}.py`);
  const out = path.join(dir, `${name}.mjs`);
  const text = path.join(dir, `${name}.txt`);
  const bin = path.join(dir, `${name}.bin`);
  fs.writeFileSync(py, [
    `f = open(${JSON.stringify(text)}, "w")`,
    'f.write("first\\n")',
    'f.writelines(["second\\n", "third\\n"])',
    `g = open(${JSON.stringify(bin)}, "wb")`,
    'g.write(b"\\x00\\x01")',
    ending,
    '',
  ].join('\n'));
  compileToFile(py, out, { sourcemap: false });
  const run = spawnSync(process.execPath, [out], { encoding: 'utf8' });
  return { status: run.status, text: fs.readFileSync(text, 'utf8'), bytes: fs.readFileSync(bin).toString('hex') };
}

test.each([
  ['normal', 'print("end")', 0],
  ['sys_exit', 'import sys\nsys.exit(4)', 4],
  ['uncaught', 'raise ValueError("stop")', 1],
])('a file left open is written at exit: %s', (name, ending, status) => {
  const r = runProgram(name, ending);
  expect(r.status).toBe(status);
  expect(r.text).toBe('first\nsecond\nthird\n');
  expect(r.bytes).toBe('0001');
});
