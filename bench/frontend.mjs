#!/usr/bin/env node
// Front-end speed: tokenizes and parses a generated ~50,000-line program (or the files given) and
// prints lines/s for the tokenizer alone and for tokenizer + parser, on the first (cold) run, as a
// one-shot compile sees it, and on later (warm) runs. Rates are per CPU second of this process
// (user + system), which a busy machine disturbs much less than wall time.
//
//   npm run build && node bench/frontend.mjs [--lines N] [file.py ...]

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(join(root, 'dist', 'compiler', 'parse.js'));
const { tokenize } = await import(join(root, 'dist', 'compiler', 'tokenize.js'));

function generate(lines) {
  const out = ['import sys', 'from collections import defaultdict', ''];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `class Shape${i}:`,
      `    """A shape with an area."""`,
      `    def __init__(self, w, h=${i}, *, name='s${i}'):`,
      `        self.w, self.h = w, h`,
      `        self.name = name`,
      `    def area(self) -> float:`,
      `        return self.w * self.h / 2 + (self.w - 1) ** 2`,
      ``,
      `def work${i}(items, limit=10):`,
      `    total = 0`,
      `    seen = defaultdict(int)`,
      `    for k, v in enumerate(items):`,
      `        if v % 3 == 0 and k < limit:`,
      `            total += v`,
      `        elif v in seen or not k:`,
      `            seen[v] += 1`,
      `        else:`,
      `            continue`,
      `    squares = [x * x for x in items if x > 0]`,
      `    table = {str(x): x for x in squares}`,
      `    try:`,
      `        value = table['9'] if '9' in table else max(squares, default=-1)`,
      `    except (KeyError, ValueError) as exc:`,
      `        print(f'error: {exc!r} at {k:>4}', file=sys.stderr)`,
      `        value = None`,
      `    while total > 100:`,
      `        total //= 2`,
      `    return Shape${i}(total, value or 0).area(), lambda y: y + ${i}`,
      ``,
    );
  }
  return out.join('\n') + '\n';
}

const args = process.argv.slice(2);
let lines = 50000;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lines') lines = Number(args[++i]);
  else files.push(args[i]);
}
const sources = files.length > 0 ? files.map((f) => readFileSync(f, 'utf8')) : [generate(lines)];
let count = 0;
for (const s of sources) count += s.split('\n').length - (s.endsWith('\n') ? 1 : 0);

function rate(ms) {
  return `${Math.round((count / ms) * 1000).toLocaleString('en-US')} lines/s`;
}

function cpuMs(f) {
  const c = process.cpuUsage();
  f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

for (let round = 1; round <= 5; round++) {
  const tok = cpuMs(() => {
    for (const s of sources) tokenize(s, 'bench.py');
  });
  const both = cpuMs(() => {
    for (const s of sources) parse(s, 'bench.py');
  });
  console.log(`${round === 1 ? 'cold' : 'warm'} round ${round}: ${count} lines, tokenize ${rate(tok)}, tokenize+parse ${rate(both)}`);
}
