#!/usr/bin/env node
// Differential fuzzing: random small Python programs, run by CPython (`python3`) and compiled by
// memphisc and run by node; their stdout (and, for a program that dies, the exit code and the last
// line of stderr) must be the same.
//
// A program is a list of independent snippets, each printing one value or the exception it raised
// (`print(type(e).__name__, e)`): arithmetic over ints, big ints and floats (floor division and
// modulo of negatives, `**`, divmod, round), comparisons, string slicing and methods, list, dict
// and set operations, comprehensions, f-strings, format specs and %-formatting. One program in
// five ends with a snippet outside any `try`, so tracebacks are compared too. Snippets share no
// state, so a disagreement is narrowed to the first snippet whose output differs, and that snippet
// alone is saved as the minimal program (fuzz-failures/diff/<hash>.py, with both outputs).
//
//   node dist/scripts/fuzz-diff.js [--seed 1] [--count 100] [--duration 120] [--snippets 25]
//                                  [--complex] (a quarter of the snippets about complex numbers)
//                                  [--out fuzz-failures/diff] [--quiet]

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.basename(path.dirname(HERE)) === 'dist' ? path.resolve(HERE, '..', '..') : path.resolve(HERE, '..');
const PYTHON = process.env.PYTHON ?? 'python3';
const RUN_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// Expressions, by the type they (usually) have. Depth keeps them small.

type Gen = (r: Rng, depth: number) => string;

const INT_ATOMS = ['0', '1', '-1', '2', '3', '-3', '7', '-7', '10', '255', '-256', '1000000007', '2**31', '-2**31', '2**53', '2**53 + 1',
  '-2**53 - 1', '2**63', '-2**64', '10**20', '-10**20', '3**40', '12345678901234567890', '-98765432109876543210', 'True', 'False'];
const FLOAT_ATOMS = ['0.0', '-0.0', '0.5', '-0.5', '1.5', '-2.5', '2.675', '0.1', '0.3', '1e16', '1e300', '-1e-300', '3.14159',
  '1e22', '123456.789', '-7.25', 'float("inf")', 'float("-inf")', 'float("nan")', '5e-324', '2.0**60', '1/3'];
const STR_ATOMS = ["''", "'a'", "'hello'", "'Hello World'", "'  padded  '", "'a,b,,c'", "'x-y-z'", "'ABCdef123'", "'12'", "'-4.5'",
  "'tab\\there'", "'line\\nbreak'", "'ß'", "'éèê'", "'İstanbul'", "'ǅ'", "'日本語'", "'😀ok'", "'a😀b😀c'", "'aaa'", "'3.0'", "'0x1f'"];
const INT_OPS = ['+', '-', '*', '//', '%', '**', '&', '|', '^', '<<', '>>'];
const FLOAT_OPS = ['+', '-', '*', '/', '//', '%', '**'];
const CMP_OPS = ['<', '<=', '==', '!=', '>', '>='];

const smallInt = (r: Rng): string => String(r.range(-12, 12));

const genInt: Gen = (r, d) => {
  if (d <= 0 || r.chance(0.35)) return r.pick(INT_ATOMS);
  switch (r.int(12)) {
    case 0: case 1: case 2: {
      const op = r.pick(INT_OPS);
      // Keep powers and shifts from exploding.
      const right = op === '**' ? String(r.range(0, 70)) : op === '<<' || op === '>>' ? String(r.range(0, 80)) : genInt(r, d - 1);
      return `(${genInt(r, d - 1)} ${op} ${right})`;
    }
    case 3: return `abs(${genInt(r, d - 1)})`;
    case 4: return `int(${genFloat(r, d - 1)})`;
    case 5: return `round(${genFloat(r, d - 1)})`;
    case 6: return `len(${genStr(r, d - 1)})`;
    case 7: return `pow(${genInt(r, d - 1)}, ${r.range(0, 20)}, ${r.pick(['7', '-7', '1000000007', '2**64 + 13', '1'])})`;
    case 8: return `int(${r.pick(["'  42  '", "'-0x1f'", "'0b101'", "'1_000'", "'٣'", "'+7'", "'z'", "'0o17'", "'12.5'", "''"])}, ${r.pick(['0', '10', '16', '36', '2', '8'])})`;
    case 9: return `${r.pick(['round', 'int'])}(${genInt(r, d - 1)}${r.chance(0.5) ? `, ${r.range(-25, 3)}` : ''})`;
    case 10: return `(${genInt(r, d - 1)}).${r.pick(['bit_length()', 'bit_count()', '__index__()', 'conjugate()', 'numerator', 'denominator'])}`;
    default: return `(${genInt(r, d - 1)} ${r.pick(['//', '%'])} ${r.pick(['-1', '-3', '7', '-10**20', '10**20 + 7', '2**64', '-2**53'])})`;
  }
};

const genFloat: Gen = (r, d) => {
  if (d <= 0 || r.chance(0.35)) return r.pick(FLOAT_ATOMS);
  switch (r.int(8)) {
    case 0: case 1: case 2: {
      const op = r.pick(FLOAT_OPS);
      // A negative base to a fractional power is complex, which memphisc does not support: abs().
      if (op === '**') return `(abs(${genFloat(r, d - 1)}) ** ${r.pick(['0.5', '2', '-1', '3', '-2.5', '0', '1e-3', '10'])})`;
      const right = r.chance(0.5) ? genFloat(r, d - 1) : genInt(r, d - 1);
      return `(${genFloat(r, d - 1)} ${op} ${right})`;
    }
    case 3: return `float(${genInt(r, d - 1)})`;
    case 4: return `round(${genFloat(r, d - 1)}, ${r.range(-3, 6)})`;
    case 5: return `float(${r.pick(["'1e500'", "'-inf'", "' 3.25 '", "'1_0.5'", "'nan'", "'0x1p3'", "'1e-400'", "'.5'", "'5.'", "'infinity'", "'1,5'"])})`;
    case 6: return `(${genFloat(r, d - 1)} ${r.pick(['//', '%'])} ${r.pick(['-1.5', '0.1', '-0.0', '3', '-7', '1e300', 'float("inf")', '-2**70'])})`;
    default: return `(${genInt(r, d - 1)} / ${genInt(r, d - 1)})`;
  }
};

const genNum: Gen = (r, d) => (r.chance(0.5) ? genInt(r, d) : genFloat(r, d));

const COMPLEX_ATOMS = ['1j', '-1j', '0j', '(1+2j)', '(-3.5+0.25j)', 'complex(0.0, -0.0)', 'complex(-0.0, 0.0)', '(1e300+1e300j)',
  'complex("inf-nanj")', '(2-0j)', 'complex(1e-320, 5)', '(0.1+0.2j)', '(1e16j)', '(-0.5-1e-7j)'];
const COMPLEX_ATOM_STRINGS = ["'1+2j'", "' (3-4j) '", "'j'", "'-1.5e3J'", "'1_0j'", "'1 + 2j'", "'infj'", "'(1'", "'nan+nanj'", "'-.5-j'", "'2'"];
const COMPLEX_SPECS = ['', '.2f', '>20', '<18.3g', '^24.1e', '+', ' .3', 'g', ',.2f', '*>22', '010', '=10', 'd', '.0f', 'E', '#g', 'z.1f'];

const genComplex: Gen = (r, d) => {
  if (d <= 0 || r.chance(0.35)) return r.pick(COMPLEX_ATOMS);
  switch (r.int(7)) {
    case 0: case 1: {
      const op = r.pick(['+', '-', '*', '/', '**']);
      if (op === '**') return `(${genComplex(r, d - 1)} ** ${r.pick(['2', '-1', '0.5', '3', '(1+1j)', '0', '-2', '1j', '2.5', '101'])})`;
      return r.chance(0.3) ? `(${genNum(r, d - 1)} ${op} ${genComplex(r, d - 1)})` : `(${genComplex(r, d - 1)} ${op} ${r.pick([genComplex, genNum])(r, d - 1)})`;
    }
    case 2: return `complex(${genNum(r, d - 1)}, ${r.pick([genNum, genComplex])(r, d - 1)})`;
    case 3: return `complex(${r.pick(COMPLEX_ATOM_STRINGS)})`;
    case 4: return `(${genComplex(r, d - 1)}).conjugate()`;
    case 5: return `(${r.pick(['-', '+'])}${genComplex(r, d - 1)})`;
    default: return `(${r.pick(['-8', '-2.5', '-1e-3', '-0.5', '-1e300'])} ** ${r.pick(['0.5', '1.5', '-0.25', '1/3', '2.5'])})`;
  }
};

/** A snippet about complex numbers (`--complex`). */
function genComplexSnippet(r: Rng): string {
  const d = r.range(1, 3);
  switch (r.int(6)) {
    case 0: case 1: return `print(${genComplex(r, d)})`;
    case 2: return `z = ${genComplex(r, d)}\nprint(repr(z), abs(z), z.real, z.imag, z == z.real, hash(z) == hash(z.real) if z.imag == 0 else bool(z))`;
    case 3: return `print(format(${genComplex(r, d)}, ${JSON.stringify(r.pick(COMPLEX_SPECS))}))`;
    case 4: return `print(${genComplex(r, d)} ${r.pick(['==', '!='])} ${r.pick([genComplex, genNum])(r, d)}, {${genComplex(r, d)}: 1, ${genNum(r, d)}: 2})`;
    default: return `print(str(${genComplex(r, d)}), ${genNum(r, d)} * ${genComplex(r, d)})`;
  }
}

const STR_METHODS0 = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'strip', 'lstrip', 'rstrip', 'isdigit',
  'isalpha', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isdecimal', 'isnumeric', 'isidentifier', 'split',
  'splitlines', 'expandtabs'];

const genSlice = (r: Rng): string => {
  const part = (): string => (r.chance(0.3) ? '' : smallInt(r));
  const step = r.chance(0.5) ? `:${r.pick(['1', '2', '-1', '-2', '3', '-3', '0', ''])}` : '';
  return `${part()}:${part()}${step}`;
};

const genStr: Gen = (r, d) => {
  if (d <= 0 || r.chance(0.3)) return r.pick(STR_ATOMS);
  const s = genStr(r, d - 1);
  switch (r.int(14)) {
    case 0: return `${s}[${genSlice(r)}]`;
    case 1: return `${s}[${smallInt(r)}]`;
    case 2: return `str(${s}.${r.pick(STR_METHODS0)}())`;
    case 3: return `${s}.replace(${r.pick(STR_ATOMS)}, ${r.pick(STR_ATOMS)}${r.chance(0.3) ? `, ${smallInt(r)}` : ''})`;
    case 4: return `${s}.${r.pick(['center', 'ljust', 'rjust'])}(${r.range(-2, 14)}${r.chance(0.5) ? ", '*'" : ''})`;
    case 5: return `${s}.zfill(${r.range(-1, 10)})`;
    case 6: return `${r.pick(["','", "'-'", "''", "' | '"])}.join(${genStrList(r, d - 1)})`;
    case 7: return `(${s} + ${genStr(r, d - 1)})`;
    case 8: return `(${s} * ${r.range(-1, 4)})`;
    case 9: return `str(${genNum(r, d - 1)})`;
    case 10: return `repr(${r.pick([s, genFloat(r, d - 1)])})`;
    case 11: return genFString(r, d - 1);
    case 12: return genPercent(r, d - 1);
    default: return `str(${s}.${r.pick(['partition', 'rpartition', 'split', 'rsplit', 'find', 'rfind', 'count', 'startswith', 'endswith', 'index'])}(${r.pick(STR_ATOMS)}))`;
  }
};

const FORMAT_SPECS = ['', '>10', '<6', '^9', '*^11', '+', ' ', '08.3f', '.2f', '.0f', ',', '_', ',.2f', 'x', 'X', '#x', 'o', '#o', 'b',
  '#b', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', 'd', '05d', '+08d', 'n', 'c', 's', '>+12.4f', '=+10', '020,', '.5', 'r',
  '_x', '#_b', ',d', '-^+9,.1f', '.0e', '#.0f', '#g', '.0%', 'z.1f', '>5.2s', '=010.3', '0>8', '.20f', '.17g', '#.3g', '+.0e'];

const genFString: Gen = (r, d) => {
  const value = r.pick([genInt, genFloat, genStr])(r, d);
  const spec = r.pick(FORMAT_SPECS);
  // The value goes in through a parameter: a string literal inside the f-string could not reuse its quote.
  if (spec === 'r') return `(lambda v: f'{v!r}')(${value})`;
  return r.chance(0.8) ? `(lambda v: f'<{v:${spec}}>')(${value})` : `format(${value}, ${JSON.stringify(spec)})`;
};

const PERCENT_SPECS = ['%d', '%i', '%5d', '%-5d|', '%05d', '%+d', '%x', '%X', '%#x', '%o', '%#o', '%e', '%.2e', '%f', '%.3f', '%10.2f',
  '%-10.1f|', '%g', '%.2g', '%G', '%s', '%r', '%a', '%c', '%%', '%5s|', '%-6s|', '%.2s'];

const genPercent: Gen = (r, d) => {
  const spec = r.pick(PERCENT_SPECS);
  const value = r.pick([genInt, genFloat, genStr])(r, d);
  return spec === '%%' ? `('100%%' % ())` : `('[${spec}]' % (${value},))`;
};

const genStrList: Gen = (r, d) => {
  if (r.chance(0.5)) return `${genStr(r, d)}.split(${r.chance(0.5) ? r.pick(["','", "' '", "'-'"]) : ''})`;
  return `[${Array.from({ length: r.int(4) }, () => genStr(r, d)).join(', ')}]`;
};

const genList: Gen = (r, d) => {
  switch (r.int(6)) {
    case 0: return `[${Array.from({ length: r.int(6) }, () => genInt(r, d - 1)).join(', ')}]`;
    case 1: return `list(range(${smallInt(r)}, ${smallInt(r)}${r.chance(0.5) ? `, ${r.pick(['1', '2', '-1', '-3', '4'])}` : ''}))`;
    case 2: return `[${r.pick(['x', 'x * x', 'x % 3', '-x', 'x // 2', 'str(x)', '(x, x % 2)'])} for x in range(${r.range(-2, 9)})${r.chance(0.5) ? ` if x % ${r.range(1, 4)} ${r.pick(['==', '!='])} 0` : ''}]`;
    case 3: return `sorted(${genList(r, d - 1)}${r.chance(0.5) ? ', reverse=True' : ''})`;
    case 4: return `${genList(r, d - 1)}[${genSlice(r)}]`;
    default: return `list(${genStr(r, d - 1)})`;
  }
};

const genDict = (r: Rng, d: number): string => {
  if (r.chance(0.5)) return `{${Array.from({ length: r.int(5) }, () => `${r.pick(["'a'", "'b'", "'c'", '1', '2', '1.0', 'True', '(1, 2)'])}: ${genInt(r, d - 1)}`).join(', ')}}`;
  return `{k: ${r.pick(['k * k', 'str(k)', 'k % 3', '-k'])} for k in range(${r.range(0, 8)})}`;
};

const genSet = (r: Rng, d: number): string => {
  if (r.chance(0.5)) return `{${Array.from({ length: 1 + r.int(5) }, () => r.pick(['1', '2', '3', '-1', '1.0', '2.5', 'True', '0', '10**20', '(1, 2)'])).join(', ')}}`;
  return `{x % ${r.range(1, 7)} for x in range(${r.range(0, 20)})}`;
};

/** One snippet: a statement or two printing one value. */
function genSnippet(r: Rng, complex: boolean): string {
  // Drawn only when asked for, so the programs of a seed without `--complex` stay the same.
  if (complex && r.chance(0.25)) return genComplexSnippet(r);
  const d = r.range(1, 3);
  switch (r.int(19)) {
    case 0: case 1: return `print(${genInt(r, d)})`;
    case 2: case 3: return `print(${genFloat(r, d)})`;
    case 4: return `print(divmod(${genNum(r, d)}, ${genNum(r, d)}))`;
    case 5: return `print(${genNum(r, d)} ${r.pick(CMP_OPS)} ${genNum(r, d)}, ${genStr(r, d)} ${r.pick(CMP_OPS)} ${genStr(r, d)})`;
    case 6: case 7: return `print(repr(${genStr(r, d)}))`;
    case 8: return `print(${genFString(r, d)})`;
    case 9: return `print(${genPercent(r, d)})`;
    case 10: {
      const op = r.pick(['append(9)', 'pop()', `pop(${smallInt(r)})`, `insert(${smallInt(r)}, 5)`, 'reverse()', 'sort()', 'remove(1)', 'clear()', 'extend([7, 8])', `index(${smallInt(r)})`, 'count(1)']);
      return `x = ${genList(r, d)}\nprint(x.${op}, x)`;
    }
    case 11: return `print(${genList(r, d)})`;
    case 12: {
      const op = r.pick(["get('a')", "get(3, 'none')", "pop('b')", "pop(9, 0)", "setdefault('c', 5)", "update({'z': 1})", 'popitem()', 'keys()', 'values()', 'items()', "copy()", "__contains__(1)"]);
      return `d = ${genDict(r, d)}\nprint(d.${op}, d, len(d))`;
    }
    case 13: {
      const op = r.pick(['|', '&', '-', '^', '<=', '<', '==']);
      const both = `${genSet(r, d)} ${op} ${genSet(r, d)}`;
      return ['<=', '<', '=='].includes(op) ? `print(${both})` : `print(sorted(${both}, key=repr))`;
    }
    case 14: return `print(${r.pick(['sum', 'min', 'max', 'len', 'sorted', 'list', 'any', 'all'])}(${genList(r, d)}))`;
    case 15: return `print(${r.pick(['hex', 'oct', 'bin', 'ascii', 'chr', 'ord'])}(${r.pick([genInt, genStr])(r, d)}))`;
    case 16: return `print('${r.pick(['{}|{!r}', '{0:>{1}}', '{:,}', '{0}{0}', '{x}', '{:%}', '{:.3}'])}'.format(${genNum(r, d)}, ${r.range(0, 9)}))`;
    case 17: return `print(${genNum(r, d)} == ${genNum(r, d)}, ${genNum(r, d)} < ${genNum(r, d)}, ${r.pick(['max', 'min'])}(${genNum(r, d)}, ${genNum(r, d)}))`;
    default: return `print(${r.pick(['int', 'float', 'str', 'bool', 'repr'])}(${r.pick([genInt, genFloat, genStr])(r, d)}))`;
  }
}

function wrapped(snippet: string): string {
  const body = snippet.split('\n').map((l) => `    ${l}`).join('\n');
  return `try:\n${body}\nexcept Exception as e:\n    print(type(e).__name__, e)\n`;
}

interface Program { snippets: string[]; uncaughtLast: boolean }

function genProgram(r: Rng, count: number, complex: boolean): Program {
  const snippets = Array.from({ length: count }, () => genSnippet(r, complex));
  return { snippets, uncaughtLast: r.chance(0.2) };
}

function programText(p: Program): string {
  // Each snippet announces itself, so a difference in output points at its snippet.
  return p.snippets.map((s, i) => {
    const last = i === p.snippets.length - 1;
    return `print('# ${i}')\n${last && p.uncaughtLast ? `${s}\n` : wrapped(s)}`;
  }).join('');
}

// ---------------------------------------------------------------------------------------------
// Running both sides

interface Run { stdout: string; code: number | null; last: string; timedOut: boolean }

function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1].trimEnd();
}

function runProcess(cmd: string, args: string[], cwd: string): Run {
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  return { stdout: r.stdout ?? '', code: r.status, last: lastLine(r.stderr ?? ''), timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' };
}

type CompileToFile = (entry: string, out: string, opts?: { sourcemap?: boolean }) => unknown;

function runBoth(source: string, dir: string, compileToFile: CompileToFile): { py: Run; js: Run } {
  const file = path.join(dir, 'prog.py');
  const out = path.join(dir, 'prog.mjs');
  fs.writeFileSync(file, source);
  const py = runProcess(PYTHON, [file], dir);
  let js: Run;
  try {
    compileToFile(file, out, { sourcemap: false });
    js = runProcess(process.execPath, [out], dir);
  } catch (e) {
    // A compile error stands for CPython's SyntaxError at startup: exit 1, nothing printed.
    const d = (e as { diagnostic?: { kind: string; message: string } }).diagnostic;
    js = { stdout: '', code: d ? 1 : -1, last: d ? `${d.kind}: ${d.message}` : `compiler crashed: ${(e as Error).message.split('\n')[0]}`, timedOut: false };
  }
  return { py, js };
}

function agree(a: Run, b: Run): boolean {
  return a.stdout === b.stdout && a.code === b.code && (a.code === 0 || a.last === b.last);
}

/** The index of the snippet whose `# i` section first differs. */
function firstDifferingSnippet(a: string, b: string): number {
  const sections = (text: string): Map<number, string> => {
    const map = new Map<number, string>();
    let current = -1;
    for (const line of text.split('\n')) {
      const m = /^# (\d+)$/.exec(line);
      if (m) current = Number(m[1]);
      else map.set(current, `${map.get(current) ?? ''}${line}\n`);
    }
    return map;
  };
  const sa = sections(a);
  const sb = sections(b);
  const n = Math.max(...sa.keys(), ...sb.keys(), -1);
  for (let i = 0; i <= n; i++) if (sa.get(i) !== sb.get(i)) return i;
  return n;
}

// ---------------------------------------------------------------------------------------------
// The driver

export interface DiffOptions { seed: number; count: number; duration: number; snippets: number; outDir: string; quiet: boolean; complex?: boolean }

function parseArgs(argv: string[]): DiffOptions {
  const opts: DiffOptions = { seed: 1, count: 100, duration: 120, snippets: 25, outDir: path.join(ROOT, 'fuzz-failures', 'diff'), quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--seed': opts.seed = Number(value()); break;
      case '--count': opts.count = Number(value()); break;
      case '--duration': opts.duration = Number(value()); break;
      case '--snippets': opts.snippets = Number(value()); break;
      case '--out': opts.outDir = path.resolve(value()); break;
      case '--quiet': opts.quiet = true; break;
      case '--complex': opts.complex = true; break;
      case '-h': case '--help':
        process.stdout.write('usage: fuzz-diff [--seed N] [--count N] [--duration S] [--snippets N] [--out DIR] [--quiet] [--complex]\n');
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${arg}`);
    }
  }
  return opts;
}

export async function fuzzDiff(opts: DiffOptions): Promise<{ programs: number; disagreements: number }> {
  const log = (s: string): void => { if (!opts.quiet) process.stdout.write(`${s}\n`); };
  const { compileToFile } = (await import('../compiler/compile.js')) as { compileToFile: CompileToFile };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-fuzz-diff-'));
  const rng = new Rng(opts.seed);
  const deadline = performance.now() + opts.duration * 1000;
  const seen = new Set<string>();
  let programs = 0;
  let snippets = 0;
  let disagreements = 0;
  try {
    while (programs < opts.count && performance.now() < deadline) {
      const program = genProgram(rng, opts.snippets, opts.complex === true);
      const source = programText(program);
      programs++;
      snippets += program.snippets.length;
      const { py, js } = runBoth(source, dir, compileToFile);
      if (py.timedOut) continue;
      if (agree(py, js)) continue;
      // Narrow to one snippet, run alone (outside any try if it was the uncaught last one).
      const i = Math.max(0, Math.min(firstDifferingSnippet(py.stdout, js.stdout), program.snippets.length - 1));
      const snippet = program.snippets[i];
      const lastUncaught = program.uncaughtLast && i >= program.snippets.length - 1;
      const minimal = lastUncaught ? `${snippet}\n` : wrapped(snippet);
      const small = runBoth(minimal, dir, compileToFile);
      const keep = agree(small.py, small.js) ? source : minimal;
      const result = keep === minimal ? small : { py, js };
      // One defect tends to show up again and again: report each pair of outputs once.
      const signature = `${result.py.stdout}\0${result.py.last}\0${result.js.stdout}\0${result.js.last}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const hash = createHash('sha1').update(keep).digest('hex').slice(0, 10);
      disagreements++;
      fs.mkdirSync(opts.outDir, { recursive: true });
      const stem = path.join(opts.outDir, `diff-${hash}`);
      fs.writeFileSync(`${stem}.py`, keep);
      const show = (r: Run): string => `exit ${r.code}${r.code === 0 ? '' : `, last stderr line: ${r.last}`}\n${r.stdout}`;
      fs.writeFileSync(`${stem}.txt`, `seed ${opts.seed}, program ${programs}\n\n--- python3\n${show(result.py)}\n--- memphisc\n${show(result.js)}`);
      log(`disagreement in program ${programs} -> ${path.relative(process.cwd(), stem)}.py\n  ${keep.trim().split('\n').join('\n  ')}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  log(`\nfuzz-diff: seed ${opts.seed}, ${programs} programs (${snippets} snippets), ${disagreements} disagreements`);
  return { programs, disagreements };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const summary = await fuzzDiff(parseArgs(process.argv.slice(2)));
  process.exitCode = summary.disagreements === 0 ? 0 : 1;
}
