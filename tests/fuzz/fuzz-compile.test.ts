// A short run of the compiler fuzzer (scripts/fuzz-compile.ts) with a fixed seed: the fixed inputs
// that take under a second or so (deep nesting, encodings, control characters), then 3,000
// mutations of the test programs and examples (a count, not a time, so every machine runs the same
// inputs). Every input must compile or end in a CPython-shaped
// diagnostic; a failure names the saved input under tests/.out/fuzz-compile/.
// `npm run fuzz` runs it (and scripts/fuzz-diff.ts) for longer.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const script = path.join(root, 'dist', 'scripts', 'fuzz-compile.js');

test('fuzz-compile: seed 1, 3,000 generated inputs', () => {
  const r = spawnSync(process.execPath, [
    script, '--seed', '1', '--count', '3000', '--quick', '--cli-runs', '3',
    '--out', path.join(root, 'tests', '.out', 'fuzz-compile'),
  ], { encoding: 'utf8', timeout: 170_000 });
  expect(r.stdout, r.stderr).toMatch(/no failures/);
  expect(r.status, r.stdout).toBe(0);
}, 180_000);
