// Every Python file in the repository lowers to JS that acorn accepts as an ES module: the
// generated code is always syntactically valid, whatever the construct.
import { describe, expect, test } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as acorn from 'acorn';
import { parse } from '../../compiler/parse.js';
import { lowerModule } from '../../compiler/lower.js';
import { BodyPrinter, emitModule } from '../../compiler/emit.js';
import { CompileError } from '../../compiler/diagnostics.js';

const ROOT = path.resolve(__dirname, '../..');

function pythonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pythonFiles(p));
    else if (entry.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

const files = ['tests/programs', 'enid', 'lib', 'examples', 'bench/programs'].flatMap((d) => pythonFiles(path.join(ROOT, d)));

describe('generated JS re-parses with acorn', () => {
  test.each(files.map((f) => [path.relative(ROOT, f)]))('%s', (rel) => {
    const file = path.join(ROOT, rel);
    const source = fs.readFileSync(file, 'utf8');
    let code: string;
    try {
      const tree = parse(source, rel);
      const isPackage = rel.endsWith('__init__.py');
      const dotted = rel.replace(/^lib\//, '').replace(/(\/__init__)?\.py$/, '').split('/').join('.');
      const lowered = lowerModule(tree, { filename: rel, moduleName: dotted, isPackage, starNames: () => ({ names: [], maybe: new Set<string>() }) });
      code = emitModule(lowered.statement, file, source).code;
    } catch (e) {
      // A construct the back end rejects on purpose is reported with a position, never a crash.
      if (e instanceof CompileError && e.diagnostic.kind === 'NotSupportedError') return;
      throw e;
    }
    expect(() => acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
  });
});

// A module printed one statement at a time (BodyPrinter, as compile.ts does) is the module printed
// whole: the same text and the same source-map segments.
describe('printing a module body statement by statement changes nothing', () => {
  const sample = files.filter((f) => /\/(bench\/programs|examples|enid)\//.test(f));
  test.each(sample.map((f) => [path.relative(ROOT, f)]))('%s', (rel) => {
    const file = path.join(ROOT, rel);
    const source = fs.readFileSync(file, 'utf8');
    const isPackage = rel.endsWith('__init__.py');
    const moduleName = rel.replace(/(\/__init__)?\.py$/, '').split('/').join('.');
    const opts = { filename: rel, moduleName, isPackage, starNames: () => ({ names: [], maybe: new Set<string>() }) };
    const whole = emitModule(lowerModule(parse(source, rel), opts).statement, file, source);
    const printer = new BodyPrinter();
    const streamed = emitModule(lowerModule(parse(source, rel), { ...opts, printer }).statement, file, source, printer);
    expect(streamed.code).toBe(whole.code);
    expect([...streamed.segments]).toEqual([...whole.segments]);
  });
});

test("a module global's getter and setter print on one line each", () => {
  const source = 'x = 1\nnew = 2\n';
  const code = emitModule(lowerModule(parse(source, 't.py'), { filename: 't.py', moduleName: 't', isPackage: false, starNames: () => ({ names: [], maybe: new Set<string>() }) }).statement, 't.py', source).code;
  expect(code).toContain('      get x() { return x; },\n      set x($v) { x = $v; },\n');
  expect(code).toContain('      get new() { return new$; },\n      set new($v) { new$ = $v; },\n');
});
