// The benchmark harness: `npm run bench [-- options]`.
//
// Each workload bench/programs/<name>.py is compiled once by memphisc, then run under CPython and as
// compiled JavaScript, interleaved, for N rounds; the table shows median times and the ratio
// CPython / memphisc (higher is better). Both must print the same output, or the run fails. A
// second measurement times memphisc on a generated ~50,000-line program (lines per second).
//
// Options:
//   --rounds N        rounds per workload (default 3)
//   --only NAME       only this workload (repeatable, or comma-separated); `compile` names the
//                     compile-speed measurement
//   --cpu             time user+sys CPU of the child instead of wall time (steadier on a busy
//                     machine; needs bash)
//   --python-only     time CPython alone (no compiler needed)
//   --no-compile      skip the compile-speed measurement
//   --lines N         size of the generated program (default 50000)
//   --simple-program  generate the earlier, plainer program (no classes with bases, generators,
//                     closures, comments or docstrings), to compare with older measurements
//   --json FILE       also write the results as JSON
//   --peers           compare with PyPy, Brython, Skulpt, Pyodide, RapydScript and hand-written
//                     JavaScript instead (bench/peers.mjs, which has its own options)
//
// Plain Node, no dependencies. PYTHON overrides the CPython executable (default `python3`),
// MEMPHISC the compiler's CLI script (default dist/compiler/cli.js).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { realPython } from './harness.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const PROGRAMS = join(BENCH, 'programs');
const OUT = join(BENCH, '.out');
const CLI = process.env.MEMPHISC || join(ROOT, 'dist', 'compiler', 'cli.js');
const PYTHON = realPython(process.env.PYTHON || 'python3');
// Workloads import enid from the repository root, as memphisc finds it there.
process.env.PYTHONPATH = process.env.PYTHONPATH ? `${ROOT}:${process.env.PYTHONPATH}` : ROOT;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = { rounds: 3, only: [], cpu: false, pythonOnly: false, compile: true, lines: 50000, simpleProgram: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--rounds') opts.rounds = positive(value(), arg);
    else if (arg === '--only') opts.only.push(...value().split(',').filter(Boolean));
    else if (arg === '--cpu') opts.cpu = true;
    else if (arg === '--python-only') opts.pythonOnly = true;
    else if (arg === '--no-compile') opts.compile = false;
    else if (arg === '--lines') opts.lines = positive(value(), arg);
    else if (arg === '--simple-program') opts.simpleProgram = true;
    else if (arg === '--json') opts.json = value();
    else if (arg === '-h' || arg === '--help') usage();
    else usage(`unknown option ${arg}`);
  }
  return opts;
}

function positive(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) usage(`${name} must be a positive integer`);
  return n;
}

function usage(error) {
  const text =
    'usage: node bench/run.mjs [--rounds N] [--only NAME[,NAME]] [--cpu] [--python-only]\n' +
    '                          [--no-compile] [--lines N] [--simple-program] [--json FILE]';
  if (error) {
    console.error(`bench: ${error}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Running a child and timing it

/** bash's `time` reports the child's CPU time; we append it to stderr after a marker. */
const CPU_MARK = '@@bench-cpu';

/**
 * Run `cmd args` to completion. Returns { ms, stdout, stderr, status }: `ms` is wall time, or
 * user+sys CPU time with `cpu`.
 */
function run(cmd, args, cpu) {
  const options = { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 };
  if (cpu) {
    const script = `TIMEFORMAT='${CPU_MARK} %3U %3S'; time "$@"`;
    const res = spawnSync('bash', ['-c', script, 'bash', cmd, ...args], options);
    const stderr = res.stderr ?? '';
    const at = stderr.lastIndexOf(CPU_MARK);
    if (res.error || at < 0) return { ms: NaN, stdout: res.stdout ?? '', stderr, status: res.status ?? -1, error: res.error };
    const [user, sys] = stderr.slice(at + CPU_MARK.length).trim().split(/\s+/).map(Number);
    return { ms: (user + sys) * 1000, stdout: res.stdout, stderr: stderr.slice(0, at), status: res.status };
  }
  const start = process.hrtime.bigint();
  const res = spawnSync(cmd, args, options);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, stdout: res.stdout ?? '', stderr: res.stderr ?? '', status: res.status ?? -1, error: res.error };
}

/** Compile `src` to `out` with memphisc; returns the run record. */
function compile(src, out) {
  return run(process.execPath, [CLI, src, '-o', out], false);
}

function median(xs) {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function failure(what, res) {
  const detail = res.error ? String(res.error.message) : `exit status ${res.status}`;
  const tail = (res.stderr || '').trim().split('\n').slice(-8).join('\n');
  return `${what} failed (${detail})${tail ? `\n${tail}` : ''}`;
}

/** The first differing line of two outputs, for the report. */
function firstDifference(a, b) {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: CPython ${JSON.stringify(x[i] ?? '<end>')}, memphisc ${JSON.stringify(y[i] ?? '<end>')}`;
  }
  return 'outputs differ';
}

// ---------------------------------------------------------------------------------------------
// Workloads

function workloads(only) {
  const names = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  if (only.length === 0) return names;
  const unknown = only.filter((n) => n !== 'compile' && !names.includes(n));
  if (unknown.length) usage(`unknown workload ${unknown.join(', ')} (have: ${names.join(', ')}, compile)`);
  return names.filter((n) => only.includes(n));
}

function benchWorkloads(names, opts, withCompiler) {
  const results = [];
  const jobs = [];
  for (const name of names) {
    const src = join(PROGRAMS, `${name}.py`);
    const out = join(OUT, `${name}.mjs`);
    const result = { name, python: [], memphisc: [], error: null, mismatch: null };
    results.push(result);
    if (withCompiler) {
      const res = compile(relative(ROOT, src), relative(ROOT, out));
      if (res.status !== 0 || res.error) {
        result.error = failure(`memphisc ${name}.py`, res);
        continue;
      }
    }
    jobs.push({ result, src, out });
  }
  for (let round = 0; round < opts.rounds; round++) {
    for (const { result, src, out } of jobs) {
      if (result.error) continue;
      // Alternate which side goes first, so neither always runs on a warmer machine.
      const sides = withCompiler ? (round % 2 ? ['memphisc', 'python'] : ['python', 'memphisc']) : ['python'];
      const outputs = {};
      for (const side of sides) {
        const res =
          side === 'python'
            ? run(PYTHON, [relative(ROOT, src)], opts.cpu)
            : run(process.execPath, [relative(ROOT, out)], opts.cpu);
        if (res.status !== 0 || res.error) {
          result.error = failure(`${side === 'python' ? PYTHON : 'node'} ${result.name}`, res);
          break;
        }
        result[side].push(res.ms);
        outputs[side] = res.stdout;
      }
      if (!result.error && withCompiler && outputs.python !== outputs.memphisc && !result.mismatch) {
        result.mismatch = firstDifference(outputs.python, outputs.memphisc);
      }
      process.stderr.write('.');
    }
  }
  if (jobs.length) process.stderr.write('\n');
  return results;
}

// ---------------------------------------------------------------------------------------------
// Compile speed: a large generated program of varied, simple code

/**
 * A deterministic ~`lines`-line Python program that runs quickly and prints a checksum. Its parts
 * rotate through the shapes of ordinary code: arithmetic, loops, small classes, strings, dicts and
 * comprehensions, while/try; and, unless `simple` (the program measured before these were added),
 * a class hierarchy with docstrings, a property, super() and keyword arguments, and a generator
 * with a closure, tuple unpacking, a dict comprehension, sorting by a lambda and comments.
 */
export function generateProgram(lines, { simple = false } = {}) {
  const out = ['# Generated by bench/run.mjs for the compile-speed measurement.', ''];
  let i = 0;
  const fns = [];
  const kinds = simple ? 6 : 8;
  // Each function also costs one line in CALLS below.
  while (out.length + fns.length < lines - 8) {
    const n = i++;
    switch (n % kinds) {
      case 6:
        out.push(
          `class Shape_${n}:`,
          `    """A named shape; subclasses know their area."""`,
          '',
          `    def __init__(self, name, scale=1):`,
          `        self.name = name`,
          `        self.scale = scale`,
          '',
          `    @property`,
          `    def label(self):`,
          `        return f"{self.name}#{${n % 100}:03d}"`,
          '',
          `    def area(self):`,
          `        raise NotImplementedError(self.name)`,
          '',
          '',
          `class Square_${n}(Shape_${n}):`,
          `    def __init__(self, side, **options):`,
          `        super().__init__("square", scale=options.get("scale", 1))`,
          `        self.side = side`,
          '',
          `    def area(self):`,
          `        # Scaled, and rounded to whole units for the checksum.`,
          `        return round(self.side * self.side * self.scale)`,
          '',
        );
        fns.push(`Square_${n}(${n % 7}, scale=${(n % 3) + 1}).area() + len(Square_${n}(1).label)`);
        break;
      case 7:
        out.push(
          `def running_${n}(items, *, limit=${(n % 5) + 2}):`,
          `    """Yield (index, running total) of the even items, \`limit\` of them at most."""`,
          `    def keep(x):`,
          `        return x % 2 == 0`,
          '',
          `    total = 0`,
          `    for index, value in enumerate(items):`,
          `        if not keep(value):`,
          `            continue`,
          `        total += value`,
          `        if index >= limit * 2:`,
          `            break`,
          `        yield index, total`,
          '',
          '',
          `def summary_${n}(words):`,
          `    counts = {w: len(w) for w in words if w}`,
          `    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))`,
          `    first, *rest = pairs or [("", 0)]`,
          `    label = first[0].upper() if first[1] > 3 else first[0].lower()`,
          `    return sum(t for _, t in running_${n}(range(${(n % 9) + 3}))) + len(rest) + len(label)`,
          '',
        );
        fns.push(`summary_${n}(["alpha", "be", "${'kappa'.slice(n % 5)}", ""])`);
        break;
      case 0:
        out.push(
          `def arith_${n}(a, b):`,
          `    x = a * ${(n % 17) + 1} + b // ${(n % 5) + 1}`,
          `    y = (x - ${n}) % ${(n % 97) + 3}`,
          `    if x > y:`,
          `        return x - y`,
          `    elif x == y:`,
          `        return 0`,
          `    return y - x`,
          '',
        );
        fns.push(`arith_${n}(${n % 11}, ${n % 7})`);
        break;
      case 1:
        out.push(
          `def loop_${n}(n):`,
          `    total = 0`,
          `    for i in range(n):`,
          `        if i % ${(n % 4) + 2} == 0:`,
          `            total += i`,
          `        else:`,
          `            total -= 1`,
          `    return total`,
          '',
        );
        fns.push(`loop_${n}(${(n % 9) + 1})`);
        break;
      case 2:
        out.push(
          `class Point_${n}:`,
          `    def __init__(self, x, y):`,
          `        self.x = x`,
          `        self.y = y`,
          '',
          `    def norm1(self):`,
          `        return abs(self.x) + abs(self.y)`,
          '',
          `    def moved(self, dx, dy):`,
          `        return Point_${n}(self.x + dx, self.y + dy)`,
          '',
        );
        fns.push(`Point_${n}(${n % 5}, -${n % 3}).moved(1, 2).norm1()`);
        break;
      case 3:
        out.push(
          `def strings_${n}(name):`,
          `    parts = [name, "${'abcdefghij'.slice(n % 10)}", str(${n})]`,
          `    text = "-".join(parts)`,
          `    return len(f"{text}:{len(parts)}") + text.count("-")`,
          '',
        );
        fns.push(`strings_${n}("w${n % 13}")`);
        break;
      case 4:
        out.push(
          `def collections_${n}(k):`,
          `    d = {"a": ${n % 10}, "b": k, "c": [1, 2, ${n % 7}]}`,
          `    squares = [v * v for v in range(k) if v % 2 == 0]`,
          `    d["sum"] = sum(squares) + len(d["c"])`,
          `    keys = sorted(d)`,
          `    return d["sum"] + len(keys) + d.get("z", ${n % 3})`,
          '',
        );
        fns.push(`collections_${n}(${(n % 6) + 2})`);
        break;
      default:
        out.push(
          `def control_${n}(xs):`,
          `    best = None`,
          `    i = 0`,
          `    while i < len(xs):`,
          `        x = xs[i]`,
          `        if best is None or x > best:`,
          `            best = x`,
          `        i += 1`,
          `    try:`,
          `        return best // (len(xs) - ${n % 4})`,
          `    except ZeroDivisionError:`,
          `        return -1`,
          '',
        );
        fns.push(`control_${n}([${n % 5}, ${n % 7}, ${n % 3}])`);
        break;
    }
  }
  out.push('', 'checksum = 0');
  out.push('CALLS = [');
  // Call every function once through lambdas, so the module's run time stays small.
  for (const call of fns) out.push(`    lambda: ${call},`);
  out.push(']', 'for f in CALLS:', '    checksum = (checksum * 31 + f()) % 1000000007', 'print(len(CALLS), checksum)', '');
  return out.join('\n');
}

function benchCompile(opts, withCompiler) {
  const src = join(OUT, 'compile_speed.py');
  const out = join(OUT, 'compile_speed.mjs');
  const text = generateProgram(opts.lines, { simple: opts.simpleProgram });
  writeFileSync(src, text);
  const lines = text.split('\n').length - 1;
  const result = { lines, bytes: Buffer.byteLength(text), memphisc: [], python: [], error: null, mismatch: null };
  // CPython's own compile to bytecode, for scale.
  const pyCompile = `import sys, time\nsrc = open(sys.argv[1]).read()\nt = time.perf_counter()\ncompile(src, sys.argv[1], "exec")\nprint((time.perf_counter() - t) * 1000)`;
  for (let round = 0; round < opts.rounds; round++) {
    const py = run(PYTHON, ['-c', pyCompile, src], false);
    if (py.status !== 0) {
      result.error = failure('CPython compile of the generated program', py);
      return result;
    }
    result.python.push(Number(py.stdout.trim()));
    if (withCompiler) {
      const res = compile(relative(ROOT, src), relative(ROOT, out));
      if (res.status !== 0 || res.error) {
        result.error = failure('memphisc on the generated program', res);
        return result;
      }
      result.memphisc.push(res.ms);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  // The compiled program must behave like the original.
  const expected = run(PYTHON, [relative(ROOT, src)], false);
  if (expected.status !== 0) result.error = failure('CPython run of the generated program', expected);
  else if (withCompiler) {
    const actual = run(process.execPath, [relative(ROOT, out)], false);
    if (actual.status !== 0) result.error = failure('compiled generated program', actual);
    else if (actual.stdout !== expected.stdout) result.mismatch = firstDifference(expected.stdout, actual.stdout);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

function table(rows, header) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
    .map((l) => l.trimEnd())
    .join('\n');
}

const fmtMs = (ms) => (Number.isNaN(ms) ? '-' : ms.toFixed(0));
const fmtRatio = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}x` : '-');

function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  let withCompiler = !opts.pythonOnly;
  let missingCompiler = false;
  if (withCompiler && !existsSync(CLI)) {
    console.error(`bench: ${relative(ROOT, CLI)} not found (run \`npm run build\`); timing CPython only`);
    withCompiler = false;
    missingCompiler = true;
  }
  const python = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  if (python.status !== 0) {
    console.error(`bench: cannot run ${PYTHON}`);
    process.exit(2);
  }
  const names = workloads(opts.only);
  const doCompile = opts.compile && (opts.only.length === 0 || opts.only.includes('compile'));
  const unit = opts.cpu ? 'CPU ms' : 'ms';

  console.log(
    `${python.stdout.trim()} vs memphisc on node ${process.version}; ${opts.rounds} round(s), median ${opts.cpu ? 'user+sys CPU' : 'wall'} time`,
  );
  const results = benchWorkloads(names, opts, withCompiler);
  let failed = false;
  const rows = [];
  const ratios = [];
  for (const r of results) {
    const py = median(r.python);
    const js = median(r.memphisc);
    const ratio = py / js;
    if (withCompiler && !r.error && !r.mismatch && Number.isFinite(ratio)) ratios.push(ratio);
    const note = r.error ? 'FAILED' : r.mismatch ? 'OUTPUT DIFFERS' : '';
    rows.push([r.name, fmtMs(py), withCompiler ? fmtMs(js) : '-', withCompiler ? fmtRatio(ratio) : '-', note]);
  }
  if (rows.length) {
    console.log();
    console.log(table(rows, ['workload', `CPython ${unit}`, `memphisc ${unit}`, 'ratio', '']));
    if (withCompiler) console.log(`\nmedian ratio (CPython / memphisc, higher is better): ${fmtRatio(median(ratios))}`);
  }
  for (const r of results) {
    if (r.error) console.log(`\n${r.name}: ${r.error}`);
    if (r.mismatch) console.log(`\n${r.name}: output differs from CPython's, ${r.mismatch}`);
    if (r.error || r.mismatch) failed = true;
  }

  let compileResult = null;
  if (doCompile) {
    compileResult = benchCompile(opts, withCompiler);
    const c = compileResult;
    console.log(`\ncompile speed: generated program of ${c.lines} lines (${(c.bytes / 1024).toFixed(0)} KiB)`);
    const pyMs = median(c.python);
    console.log(`  CPython compile() to bytecode: ${fmtMs(pyMs)} ms, ${Math.round(c.lines / (pyMs / 1000))} lines/s`);
    if (withCompiler && c.memphisc.length) {
      const ms = median(c.memphisc);
      console.log(`  memphisc (whole CLI run):     ${fmtMs(ms)} ms, ${Math.round(c.lines / (ms / 1000))} lines/s`);
    }
    if (c.error) console.log(`  ${c.error}`);
    if (c.mismatch) console.log(`  compiled program's output differs from CPython's, ${c.mismatch}`);
    if (c.error || c.mismatch) failed = true;
  }

  if (opts.json) {
    const data = {
      python: python.stdout.trim(),
      node: process.version,
      rounds: opts.rounds,
      timing: opts.cpu ? 'cpu' : 'wall',
      workloads: results.map((r) => ({
        name: r.name,
        python_ms: median(r.python),
        memphisc_ms: withCompiler ? median(r.memphisc) : null,
        samples: { python: r.python, memphisc: r.memphisc },
        error: r.error,
        mismatch: r.mismatch,
      })),
      compile: compileResult,
    };
    writeFileSync(opts.json, JSON.stringify(data, null, 2) + '\n');
  }
  if (failed || missingCompiler) process.exit(1);
}

// Run when executed, not when imported (tests may import generateProgram). `--peers` is the
// comparison with other Python implementations, in bench/peers.mjs.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--peers')) (await import('./peers.mjs')).main(process.argv.slice(2));
  else main();
}
