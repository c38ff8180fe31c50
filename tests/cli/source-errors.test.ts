// Source files CPython refuses before running them, held to what `python3 app.py` printed (recorded
// by scripts/regen-source-errors.py): bytes that are not UTF-8, encoding cookies, NUL bytes, nesting
// too deep to compile. Each file is compiled with the CLI; when it compiles, it is also run. Several
// of these were found by scripts/fuzz-compile.ts.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, '..', '..', 'dist', 'compiler', 'cli.js');

interface Case { name: string; pieces: Array<[string, number]>; status: number; stdout: string; stderr: string }

/** The caret lines follow Lib/traceback.py (see renderDiagnostic), and tests/frontend checks them;
 * `python3 app.py` prints them with the interpreter's C printer, which differs for multi-line spans. */
function withoutCarets(text: string): string {
  return text.split('\n').filter((line) => !/^ +\^+$/.test(line)).join('\n');
}

const cases: Case[] = JSON.parse(fs.readFileSync(path.join(here, 'source-errors.json'), 'utf8'));

describe.concurrent('source files CPython refuses', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-source-'));
    try {
      const file = path.join(dir, 'app.py');
      const bytes = Buffer.from(c.pieces.map(([text, times]) => text.repeat(times)).join(''), 'latin1');
      fs.writeFileSync(file, bytes);
      const out = path.join(dir, 'app.mjs');
      const built = spawnSync(process.execPath, [cli, file, '-o', out, '--no-sourcemap'], { encoding: 'utf8' });
      if (c.status !== 0) {
        expect(withoutCarets(built.stderr.split(file).join('<file>'))).toBe(withoutCarets(c.stderr));
        expect(built.status).toBe(c.status);
        return;
      }
      expect(built.stderr).toBe('');
      expect(built.status).toBe(0);
      const ran = spawnSync(process.execPath, [out], { encoding: 'utf8' });
      expect(ran.stdout).toBe(c.stdout);
      expect(ran.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
