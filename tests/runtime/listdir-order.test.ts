// os.listdir, os.scandir and pathlib's iterdir report a directory in the order the file system
// returns it (readdir order), as CPython does, not sorted: the same order `ls -U` prints.
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The built compiler (npm test builds first).
import { compileToFile } from '../../dist/compiler/compile.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-listdir-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function makeEntries(target: string): void {
  fs.mkdirSync(target);
  // Names whose hash order differs from their sorted order on hashed directories (ext4, tmpfs).
  for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(target, `f${(i * 7919) % 1000}-${i}.txt`), '');
  fs.mkdirSync(path.join(target, 'sub'));
}

function directoryOrder(target: string): string[] {
  const ls = spawnSync('ls', ['-U', '-1', '-A', target], { encoding: 'utf8' });
  expect(ls.status).toBe(0);
  return ls.stdout.split('\n').filter(Boolean);
}

test('listdir, scandir and iterdir keep the directory order', () => {
  const target = path.join(dir, 'entries');
  makeEntries(target);
  const py = path.join(dir, 'order.py');
  const out = path.join(dir, 'order.mjs');
  fs.writeFileSync(py, [
    'import os, pathlib, sys',
    'target = sys.argv[1]',
    'print("\\n".join(os.listdir(target)))',
    'print("--")',
    'print("\\n".join(e.name for e in os.scandir(target)))',
    'print("--")',
    'print("\\n".join(p.name for p in pathlib.Path(target).iterdir()))',
    '',
  ].join('\n'));
  compileToFile(py, out, { sourcemap: false });
  const run = spawnSync(process.execPath, [out, target], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const expected = directoryOrder(target).join('\n');
  expect(run.stdout).toBe(`${expected}\n--\n${expected}\n--\n${expected}\n`);
  expect(directoryOrder(target)).toHaveLength(121);
});
