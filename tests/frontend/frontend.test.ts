// The front end held to CPython 3.11, with every expectation recorded by scripts/regen-frontend.py
// (so this suite needs no Python):
//
//   corpus/<name>.py       our dumpAst(parse(src)) must equal <name>.ast, CPython's ast.dump; for ASCII
//                          files also the positions (<name>.pos) and the token stream (<name>.tokens)
//   programs.ast.json      the same AST comparison for every program under tests/programs/ and enid/
//   errors.json            one bad program per line: our error must be CPython's class, message and
//                          line:offset, and renderDiagnostic must print what `python3 app.py` prints

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dumpAst } from '../../compiler/astdump.js';
import { CompileError, formatPosition, renderDiagnostic } from '../../compiler/diagnostics.js';
import { parse, parseExpression } from '../../compiler/parse.js';
import { exactType, tokenize } from '../../compiler/tokenize.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const corpusDir = join(here, 'corpus');

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** The diagnostic of the error parsing `src` raises, or a failure when it parses. */
function parseError(src: string): CompileError {
  try {
    parse(src, 'app.py');
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
}

/** `expectSyntaxError("if x\n  pass", "1:5: expected ':'")`: line, 1-based column, message. */
function expectSyntaxError(src: string, expected: string, kind = 'SyntaxError'): void {
  const d = parseError(src).diagnostic;
  expect(`${formatPosition(d).replace(/^app\.py:/, '')}: ${d.message}`).toBe(expected);
  expect(d.kind).toBe(kind);
}

// ---------------------------------------------------------------------------------------------
// The corpus.

const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();

describe('corpus', () => {
  test('has files', () => {
    expect(corpus.length).toBeGreaterThan(30);
  });
  for (const file of corpus) {
    const base = join(corpusDir, file.slice(0, -3));
    test(`${file}: ast.dump`, () => {
      const src = read(join(corpusDir, file));
      expect(dumpAst(parse(src, file))).toBe(read(`${base}.ast`).trimEnd());
    });
    if (existsSync(`${base}.pos`)) {
      test(`${file}: positions`, () => {
        const src = read(join(corpusDir, file));
        expect(dumpAst(parse(src, file), { includeAttributes: true })).toBe(read(`${base}.pos`).trimEnd());
      });
    }
    if (existsSync(`${base}.tokens`)) {
      test(`${file}: tokens`, () => {
        const src = read(join(corpusDir, file));
        const ours = tokenize(src, file, true).tokens.map((t) =>
          JSON.stringify([exactType(t), t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]));
        const theirs = read(`${base}.tokens`).trimEnd().split('\n').map((line) => JSON.stringify(JSON.parse(line)));
        expect(ours).toEqual(theirs);
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------
// Every program of the test suite and of enid.

describe('programs', () => {
  const recordedPath = join(here, 'programs.ast.json');
  const recorded: Record<string, string> = existsSync(recordedPath) ? JSON.parse(read(recordedPath)) : {};
  const entries = Object.entries(recorded).filter(([path]) => existsSync(join(root, path)));
  test.each(entries)('%s', (path, dump) => {
    expect(dumpAst(parse(read(join(root, path)), path))).toBe(dump);
  });
});

// ---------------------------------------------------------------------------------------------
// Errors: message, class and position recorded from compile() in CPython.

interface ErrorCase {
  src: string; kind: string; msg: string; lineno: number; offset: number;
  end_lineno: number | null; end_offset: number | null; rendered: string;
}

describe('errors', () => {
  const cases: ErrorCase[] = JSON.parse(read(join(here, 'errors.json')));
  test('has cases', () => {
    expect(cases.length).toBeGreaterThan(60);
  });
  test.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s', (_name, c) => {
    expectSyntaxError(c.src, `${c.lineno}:${c.offset}: ${c.msg}`, c.kind);
  });
  test.each(cases.map((c) => [JSON.stringify(c.src), c] as const))('%s renders', (_name, c) => {
    const d = parseError(c.src).diagnostic;
    expect(renderDiagnostic(d, c.src) + '\n').toBe(c.rendered);
  });
});

// ---------------------------------------------------------------------------------------------
// A few API checks that the recordings cannot express.

describe('api', () => {
  test('parseExpression', () => {
    expect(dumpAst(parseExpression('a + 1', 'x.py'))).toBe(
      "Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))");
  });
  test('int literals are bigints, floats are numbers', () => {
    const m = parse('12345678901234567890\n1.5\n', 'x.py');
    const values = m.body.map((s) => (s.nodeType === 'Expr' && s.value.nodeType === 'Constant' ? s.value.value : undefined));
    expect(values).toEqual([12345678901234567890n, 1.5]);
  });
  test('columns count UTF-16 code units', () => {
    const m = parse("s = '😀'; t = 1\n", 'x.py');
    const t = m.body[1];
    expect([t.lineno, t.col_offset]).toEqual([1, 10]);
  });
  test('formatPosition', () => {
    expect(formatPosition(parseError('if x\n  pass').diagnostic)).toBe('app.py:1:5');
  });
  // CPython's message (recorded cases would need the line as CPython's parser reports it for a
  // literal this long); position: line and offset 0, so no caret.
  test('a decimal int literal longer than sys.get_int_max_str_digits()', () => {
    const limit = (n: number) => `Exceeds the limit (4300 digits) for integer string conversion: value has ${n} digits; `
      + 'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.';
    expectSyntaxError(`x = ${'7'.repeat(4301)}`, `1:0: ${limit(4301)}`);
    expectSyntaxError(`x = ${'1_0'.repeat(2200)}`, `1:0: ${limit(4400)}`);
    expectSyntaxError(`match x:\n case ${'1'.repeat(4301)}: pass`, `2:0: ${limit(4301)}`);
    expect(() => parse(`x = ${'7'.repeat(4300)}\ny = 0x${'f'.repeat(5000)}\n`, 'app.py')).not.toThrow();
  });
  // UTF-16 would make the two escapes one character; CPython keeps them as two code points.
  test('a str literal with a high surrogate followed by a low one is refused', () => {
    const message = 'a str literal with a high surrogate followed by a low surrogate is not supported by memphisc yet';
    expectSyntaxError("s = '\\ud83d\\ude00'", `1:5: ${message}`, 'NotSupportedError');
    expectSyntaxError("s = ('\\ud83d'\n     '\\ude00')", `2:6: ${message}`, 'NotSupportedError');
    expectSyntaxError("s = f'\\U0000d83d\\udc00{x}'", `1:5: ${message}`, 'NotSupportedError');
    expect(() => parse("s = '\\ud83d' + '\\ude00'; t = '\\ude00\\ud83d'; u = '\\ud83d😀'\n", 'app.py')).not.toThrow();
  });
  test('a tokenizer error later in the file wins over a parse error', () => {
    expectSyntaxError("x = = 1\ny = 'abc", "2:5: unterminated string literal (detected at line 2)");
  });
});
