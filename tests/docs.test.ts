// The documentation is kept true by compiling it: every ```python block of docs/python-support.md
// and README.md must compile, and every ```python-unsupported block must fail with a compile error
// (the page's list of what memphisc does not support).

import { describe, it, expect, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { compileProgram } = (await import(pathToFileURL(path.join(root, 'dist', 'compiler', 'compile.js')).href)) as typeof import('../compiler/compile.js');
const { CompileError } = (await import(pathToFileURL(path.join(root, 'dist', 'compiler', 'diagnostics.js')).href)) as typeof import('../compiler/diagnostics.js');

interface Snippet { doc: string; line: number; lang: 'python' | 'python-unsupported'; code: string }

function snippets(doc: string): Snippet[] {
  const text = fs.readFileSync(path.join(root, doc), 'utf8');
  const out: Snippet[] = [];
  const fence = /^```(python|python-unsupported)\n([\s\S]*?)^```$/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ doc, line, lang: m[1] as Snippet['lang'], code: m[2] });
  }
  return out;
}

const all = [...snippets('docs/python-support.md'), ...snippets('README.md')];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-docs-'));
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

function compile(s: Snippet): unknown {
  const file = path.join(dir, `snippet_${s.doc.replace(/\W/g, '_')}_${s.line}.py`);
  fs.writeFileSync(file, s.code);
  try {
    compileProgram(file, file.replace(/\.py$/, '.mjs'), { sourcemap: false });
    return null;
  } catch (e) {
    return e;
  }
}

describe('documentation snippets', () => {
  it('finds snippets of both kinds', () => {
    expect(all.filter((s) => s.lang === 'python').length).toBeGreaterThanOrEqual(5);
    expect(all.filter((s) => s.lang === 'python-unsupported').length).toBeGreaterThanOrEqual(3);
  });

  for (const s of all) {
    it(`${s.doc}:${s.line} ${s.lang === 'python' ? 'compiles' : 'is a compile error'}`, () => {
      const err = compile(s);
      if (s.lang === 'python') {
        if (err) throw err;
      } else {
        expect(err).toBeInstanceOf(CompileError);
      }
    });
  }
});
