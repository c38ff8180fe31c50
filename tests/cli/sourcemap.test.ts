// The .map file beside a compiled program is a standard v3 source map: named markers in the
// generated JS map back to their line and column in the .py file, read with source-map-js.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'compiler', 'cli.js');

const APP = `import helper

def marker_alpha(x):
    return x + 1

def marker_beta(y):
    return marker_alpha(y) * 2

total = marker_beta(20)
print(helper.marker_gamma(total))
`;
const HELPER = `def marker_gamma(v):
    return "gamma %d" % v

def marker_fail(n):
    return {}[n]
`;

let dir: string;
let code: string;
let consumer: SourceMapConsumer;

/** Every (1-based line, 0-based column) of `needle` in the generated code. */
function positionsOf(needle: string): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  const lines = code.split('\n');
  lines.forEach((text, i) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ line: i + 1, column: at });
  });
  return out;
}

function original(needle: string): { source: string; line: number; column: number }[] {
  return positionsOf(needle).map((p) => {
    const o = consumer.originalPositionFor({ ...p, bias: SourceMapConsumer.GREATEST_LOWER_BOUND });
    return { source: path.basename(o.source ?? ''), line: o.line ?? 0, column: o.column ?? -1 };
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-map-'));
  fs.writeFileSync(path.join(dir, 'app.py'), APP);
  fs.writeFileSync(path.join(dir, 'helper.py'), HELPER);
  const r = spawnSync(process.execPath, [cli, 'app.py', '-o', 'out/app.mjs'], { cwd: dir, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  code = fs.readFileSync(path.join(dir, 'out/app.mjs'), 'utf8');
  const raw = JSON.parse(fs.readFileSync(path.join(dir, 'out/app.mjs.map'), 'utf8')) as RawSourceMap;
  consumer = new SourceMapConsumer(raw);
});

afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

describe('source maps', () => {
  it('is a v3 map whose sources are the .py files, relative to the output', () => {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, 'out/app.mjs.map'), 'utf8')) as RawSourceMap;
    expect(Number(raw.version)).toBe(3);
    expect(raw.file).toBe('app.mjs');
    expect([...raw.sources].sort()).toEqual(['../app.py', '../helper.py']);
    expect(code.trimEnd().endsWith('//# sourceMappingURL=app.mjs.map')).toBe(true);
  });

  it('maps markers in the generated JS to their .py line and column', () => {
    expect(original('marker_beta(20)')).toEqual([{ source: 'app.py', line: 9, column: 8 }]);
    // The call inside marker_beta's body.
    expect(original('marker_alpha(y)')).toEqual([{ source: 'app.py', line: 7, column: 11 }]);
    expect(original('$marker_gamma').map((o) => [o.source, o.line])).toEqual([['app.py', 10]]);
  });

  it('maps code of an imported module to that module', () => {
    expect(original('"gamma %d"')).toEqual([{ source: 'helper.py', line: 2, column: 11 }]);
  });

  it('maps an uncaught exception back to Python in our own traceback', () => {
    fs.writeFileSync(path.join(dir, 'fail.py'), 'import helper\n\nprint("before")\nhelper.marker_fail(7)\n');
    const c = spawnSync(process.execPath, [cli, 'fail.py', '-o', 'fail.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(c.status, c.stderr).toBe(0);
    const r = spawnSync(process.execPath, ['fail.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toBe([
      'Traceback (most recent call last):',
      `  File "${path.join(dir, 'fail.py')}", line 4, in <module>`,
      '    helper.marker_fail(7)',
      `  File "${path.join(dir, 'helper.py')}", line 5, in marker_fail`,
      '    return {}[n]',
      'KeyError: 7',
      '',
    ].join('\n'));
  });

  it('under node --enable-source-maps, still ends with the exception and exit status 1', () => {
    // Node rewrites V8's stack frames to .py positions itself, which hides them from our traceback
    // printer (it maps JS positions through the embedded table): the frames are dropped and only the
    // final exception line remains. docs/python-support.md documents this.
    const r = spawnSync(process.execPath, ['--enable-source-maps', 'fail.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('before\n');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('KeyError: 7');
  });
});
