// Whole tracebacks: the programs of tests/programs/tracebacks/ are held to CPython's entire stderr
// (recorded in <name>.stderr by scripts/regen.mjs, the program's folder written as <dir>), not
// only to its last line and frame lines as tests/programs.test.ts holds every program: the
// source lines, the chaining messages, notes, and the exception's module-qualified name.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = join(root, 'tests', 'programs', 'tracebacks');
const outDir = join(root, 'tests', '.out', 'tracebacks-stderr');
const compileModulePath = join(root, 'dist', 'compiler', 'compile.js');

type CompileToFile = (entryPath: string, outPath: string) => unknown;

async function compiler(): Promise<CompileToFile> {
  const mod = (await import(pathToFileURL(compileModulePath).href)) as { compileToFile: CompileToFile };
  return mod.compileToFile;
}

/** Stderr with the program's folder written as <dir>, as regen.mjs records it. */
function normalised(text: string, dir: string): string {
  return text.split(`${dir}/`).join('<dir>/');
}

const programs = readdirSync(programsDir).filter((f) => f.endsWith('.py') && existsSync(join(programsDir, f.replace(/\.py$/, '.stderr'))));

describe('whole stderr of tests/programs/tracebacks', () => {
  test('has programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const name of programs.sort()) {
    test(name, async () => {
      const path = join(programsDir, name);
      const expected = readFileSync(path.replace(/\.py$/, '.stderr'), 'utf8');
      mkdirSync(outDir, { recursive: true });
      const out = join(outDir, name.replace(/\.py$/, '.mjs'));
      await (await compiler())(path, out);
      const run = spawnSync(process.execPath, [out], { cwd: programsDir, encoding: 'utf8', timeout: 30_000 });
      expect(normalised(run.stderr, programsDir), `stderr of ${name}`).toBe(expected);
    });
  }
});
