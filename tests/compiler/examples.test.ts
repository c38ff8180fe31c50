// The multi-module example compiles and prints what CPython printed (examples/inventory/main.out,
// recorded with `python3 main.py` in that folder).
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// The built compiler (npm test builds first): it finds the runtime bundle and lib/ beside itself.
import { compileToFile } from '../../dist/compiler/compile.js';

const ROOT = path.resolve(__dirname, '../..');

test('examples/inventory: a package of several modules', () => {
  const dir = path.join(ROOT, 'examples', 'inventory');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-ex-'));
  const out = path.join(tmp, 'main.mjs');
  const result = compileToFile(path.join(dir, 'main.py'), out, { sourcemap: false });
  const names = result.modules.map((m: { name: string }) => m.name);
  for (const n of ['__main__', 'inventory', 'inventory.items', 'inventory.report', 'inventory.store']) expect(names).toContain(n);
  const run = spawnSync(process.execPath, [out], { cwd: dir, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  fs.rmSync(tmp, { recursive: true, force: true });
  expect(run.stdout).toBe(fs.readFileSync(path.join(dir, 'main.out'), 'utf8'));
});
