// The peer comparison: `npm run bench -- --peers [options]`.
//
// Runs every workload in bench/programs/ under CPython, PyPy, memphisc and the other ways of
// running Python on a JavaScript engine (Brython, Skulpt, Pyodide, RapydScript-ng), plus the
// hand-written JavaScript versions in bench/js/ where there is one, interleaved, for N rounds.
// Each process is timed whole (wall, and user+sys CPU) with its peak RSS, by /usr/bin/time.
// Every output is compared with CPython's; a peer that fails, differs or runs out of time shows
// why in its cell. A start-up measurement (hello world) follows. The tables are printed and
// written into the `## Peers` section of docs/performance.md (the rest of that file is kept).
//
// Options:
//   --rounds N        rounds per workload (default 3)
//   --only NAME       only these workloads (repeatable, or comma-separated)
//   --engines A,B     only these columns (cpython is always run: it is the reference)
//   --timeout S       give up on one run after S seconds of wall time (default 120)
//   --slow-rounds N   rounds for Brython, Skulpt and Pyodide (default: --rounds); they are
//                     many times slower than CPython, so one round already places them
//   --startup-rounds N  rounds of the start-up measurement (default 10)
//   --no-write        print the tables without touching docs/performance.md
//   --report FILE     no runs: rebuild the tables from the samples a previous run saved
//                     (every run saves them in bench/.out/peers/results.json)
//
// The peers live in bench/peers/, a separate npm package (`cd bench/peers && npm ci`); PyPy is
// Debian's pypy3 (installed with apt-get when missing and running as root).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { realPython } from './harness.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const PROGRAMS = join(BENCH, 'programs');
const HAND_JS = join(BENCH, 'js');
const PEERS = join(BENCH, 'peers');
const OUT = join(BENCH, '.out', 'peers');
const DOC = join(ROOT, 'docs', 'performance.md');
const CLI = process.env.MEMPHISC || join(ROOT, 'dist', 'compiler', 'cli.js');
const PYPY = process.env.PYPY || 'pypy3';
// The interpreter itself, not a version manager's shim script (pyenv's costs half a second of
// CPU per start, which would be counted as CPython's).
const PYTHON = realPython(process.env.PYTHON || 'python3');
const GNU_TIME = '/usr/bin/time';
const LOAD_MARK = '@@peer-load-ms';
const NODE = process.execPath;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const opts = { rounds: 3, slowRounds: null, only: [], engines: null, timeout: 120, startupRounds: 10, write: true, report: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--rounds') opts.rounds = positive(value(), arg);
    else if (arg === '--only') opts.only.push(...value().split(',').filter(Boolean));
    else if (arg === '--engines') opts.engines = value().split(',').filter(Boolean);
    else if (arg === '--timeout') opts.timeout = positive(value(), arg);
    else if (arg === '--slow-rounds') opts.slowRounds = positive(value(), arg);
    else if (arg === '--startup-rounds') opts.startupRounds = positive(value(), arg);
    else if (arg === '--no-write') opts.write = false;
    else if (arg === '--report') opts.report = value();
    else if (arg === '--peers') continue;
    else if (arg === '-h' || arg === '--help') usage();
    else usage(`unknown option ${arg}`);
  }
  opts.slowRounds = Math.min(opts.slowRounds ?? opts.rounds, opts.rounds);
  return opts;
}

function positive(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) usage(`${name} must be a positive integer`);
  return n;
}

function usage(error) {
  const text =
    'usage: node bench/run.mjs --peers [--rounds N] [--only NAME[,NAME]] [--engines A,B]\n' +
    '                                  [--timeout S] [--slow-rounds N] [--startup-rounds N] [--no-write]\n' +
    '                                  [--report FILE]';
  if (error) {
    console.error(`bench: ${error}\n${text}`);
    process.exit(2);
  }
  console.log(text);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Running one process: wall time, CPU time and peak RSS

/**
 * Run `cmd args` under /usr/bin/time, inside `timeout` (which signals the whole process group,
 * so a peer's own children stop too). Returns { wall, cpu, rssKb, stdout, stderr, status,
 * timedOut }; times in ms.
 */
function measure(cmd, args, { timeout, env }) {
  const stats = join(tmpdir(), `memphisc-peers-${process.pid}.time`);
  rmSync(stats, { force: true });
  const options = { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } };
  const started = process.hrtime.bigint();
  const res = spawnSync(
    'timeout',
    ['-k', '5', String(timeout), GNU_TIME, '-f', '%e %U %S %M', '-o', stats, cmd, ...args],
    options,
  );
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const result = { wall, cpu: NaN, rssKb: NaN, stdout: res.stdout ?? '', stderr: res.stderr ?? '', status: res.status ?? -1 };
  result.timedOut = res.status === 124 || res.status === 137;
  if (res.error) result.stderr = String(res.error.message);
  if (existsSync(stats)) {
    // GNU time writes "Command exited with non-zero status N" before the figures.
    const line = readFileSync(stats, 'utf8').trim().split('\n').pop();
    const [, user, sys, rss] = line.split(/\s+/).map(Number);
    result.cpu = (user + sys) * 1000;
    result.rssKb = rss;
  }
  return result;
}

function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The last meaningful line of a failed run's stderr, shortened for a table cell. */
function shortError(stderr, status) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith(LOAD_MARK) && !/^at /.test(l) && !/^Node\.js v/.test(l) && l !== 'Error' && !/^\^+$/.test(l));
  // A Python traceback ends with the exception; a compiler's message comes first.
  const line = lines.find((l) => /^(\w+\.)*\w*(Error|Exception)\b.*:/.test(l)) ?? lines.pop() ?? `exit status ${status}`;
  const text = line
    .replace(new RegExp(`${ROOT}/`, 'g'), '')
    .replace(/^[\w./-]+\.py:\s*/, '')
    .replace(/\s+/g, ' ');
  return text.length > 72 ? `${text.slice(0, 69)}...` : text;
}

/** Where two outputs first differ, for the notes under the table. */
function firstDifference(expected, actual) {
  const x = expected.split('\n');
  const y = actual.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      const show = (s) => JSON.stringify(s === undefined ? '<end>' : s.length > 70 ? `${s.slice(0, 67)}...` : s);
      return `line ${i + 1}: CPython ${show(x[i])}, got ${show(y[i])}`;
    }
  }
  return 'outputs differ';
}

// ---------------------------------------------------------------------------------------------
// Engines: each prepares a command for a program, or says why it cannot

function peerInstalled(pkg) {
  return existsSync(join(PEERS, 'node_modules', pkg, 'package.json'));
}

function peerVersion(pkg) {
  try {
    return JSON.parse(readFileSync(join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

const NOT_INSTALLED = 'not installed (cd bench/peers && npm ci)';
const PY_ENV = { PYTHONPATH: ROOT };

function nodePeer(key, label, pkg, script) {
  return {
    key,
    label,
    version: () => peerVersion(pkg),
    unavailable: () => (peerInstalled(pkg) ? null : NOT_INSTALLED),
    prepare: (name) => ({ cmd: NODE, args: [join(PEERS, script), relative(ROOT, join(PROGRAMS, `${name}.py`))] }),
  };
}

function commandVersion(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  return res.status === 0 ? (res.stdout + res.stderr).trim().split('\n')[0] : null;
}

/** PyPy from Debian: installed on first use when apt-get is there and we are root. */
function ensurePypy() {
  if (commandVersion(PYPY, ['--version'])) return null;
  if (PYPY === 'pypy3' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error('bench: installing pypy3 (apt-get install -y pypy3)');
    const res = spawnSync('apt-get', ['install', '-y', 'pypy3'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (res.status === 0 && commandVersion(PYPY, ['--version'])) return null;
  }
  return `${PYPY} not found (apt-get install -y pypy3)`;
}

const ENGINES = [
  {
    key: 'cpython',
    label: 'CPython',
    version: () => commandVersion(PYTHON, ['--version']),
    unavailable: () => null,
    prepare: (name) => ({ cmd: PYTHON, args: [relative(ROOT, join(PROGRAMS, `${name}.py`))], env: PY_ENV }),
  },
  {
    key: 'pypy',
    label: 'PyPy',
    // "Python 3.9.16 (7.3.11+dfsg-2+deb12u3, ...)": PyPy's own version, then the language's.
    version: () => {
      const m = commandVersion(PYPY, ['--version'])?.match(/^Python (\S+) \(([\d.]+)/);
      return m ? `${m[2]} (Python ${m[1]})` : null;
    },
    unavailable: ensurePypy,
    prepare: (name) => ({ cmd: PYPY, args: [relative(ROOT, join(PROGRAMS, `${name}.py`))], env: PY_ENV }),
  },
  {
    key: 'memphisc',
    label: 'memphisc',
    version: () => JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    unavailable: () => (existsSync(CLI) ? null : `${relative(ROOT, CLI)} not found (npm run build)`),
    prepare: (name) => {
      const out = join(OUT, `${name}.memphisc.mjs`);
      const res = spawnSync(NODE, [CLI, relative(ROOT, join(PROGRAMS, `${name}.py`)), '-o', relative(ROOT, out), '--no-sourcemap'], { cwd: ROOT, encoding: 'utf8' });
      if (res.status !== 0) return { error: `compile: ${shortError(res.stderr ?? '', res.status)}` };
      return { cmd: NODE, args: [relative(ROOT, out)] };
    },
  },
  { ...nodePeer('brython', 'Brython', 'brython', 'brython.mjs'), slow: true },
  { ...nodePeer('skulpt', 'Skulpt', 'skulpt', 'skulpt.mjs'), slow: true },
  { ...nodePeer('pyodide', 'Pyodide', 'pyodide', 'pyodide.mjs'), slow: true, hasLoadCost: true },
  {
    ...nodePeer('rapydscript', 'RapydScript', 'rapydscript-ng', 'rapydscript.mjs'),
    // Compiled ahead of time, once, like memphisc; the run is `node out.js`.
    prepare: (name) => {
      const out = join(OUT, `${name}.rapydscript.js`);
      const res = spawnSync(NODE, [join(PEERS, 'rapydscript.mjs'), '--compile-only', join(PROGRAMS, `${name}.py`), out], { cwd: ROOT, encoding: 'utf8' });
      if (res.status !== 0) return { error: `compile: ${shortError(res.stderr ?? '', res.status)}` };
      return { cmd: NODE, args: [relative(ROOT, out)] };
    },
  },
  {
    key: 'js',
    label: 'hand JS',
    version: () => process.version,
    unavailable: () => null,
    prepare: (name) => {
      const file = join(HAND_JS, `${name}.mjs`);
      return existsSync(file) ? { cmd: NODE, args: [relative(ROOT, file)] } : { absent: true };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The workload rounds

function workloads(only) {
  const names = readdirSync(PROGRAMS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
  if (only.length === 0) return names;
  const unknown = only.filter((n) => !names.includes(n));
  if (unknown.length) usage(`unknown workload ${unknown.join(', ')} (have: ${names.join(', ')})`);
  return names.filter((n) => only.includes(n));
}

function selectEngines(keys) {
  if (!keys) return ENGINES;
  const unknown = keys.filter((k) => !ENGINES.some((e) => e.key === k));
  if (unknown.length) usage(`unknown engine ${unknown.join(', ')} (have: ${ENGINES.map((e) => e.key).join(', ')})`);
  return ENGINES.filter((e) => e.key === 'cpython' || keys.includes(e.key));
}

/**
 * A cell: the samples of one engine on one program, or why there are none. `state` is one of
 * ok, absent (no hand-written version), unavailable, error, timeout, mismatch.
 */
function newCell() {
  return { state: 'ok', reason: '', wall: [], cpu: [], rss: [], load: [] };
}

function benchPeers(names, engines, opts) {
  const skipped = new Map(engines.map((e) => [e.key, e.unavailable()]));
  const rows = [];
  for (const name of names) {
    const row = { name, cells: {}, commands: {}, expected: null };
    for (const engine of engines) {
      const cell = newCell();
      row.cells[engine.key] = cell;
      if (skipped.get(engine.key)) {
        Object.assign(cell, { state: 'unavailable', reason: skipped.get(engine.key) });
        continue;
      }
      const command = engine.prepare(name);
      if (command.absent) cell.state = 'absent';
      else if (command.error) Object.assign(cell, { state: 'error', reason: command.error });
      else row.commands[engine.key] = command;
    }
    rows.push(row);
  }
  const timeout = opts.timeout;
  for (let round = 0; round < opts.rounds; round++) {
    for (const row of rows) {
      // Rotate the order each round, so no engine always runs on the warmest (or busiest) machine;
      // CPython runs first in round 0, to give the reference output.
      const order = engines.map((_, i) => engines[(i + round) % engines.length]);
      for (const engine of order) {
        const cell = row.cells[engine.key];
        const command = row.commands[engine.key];
        // A failure is deterministic: it is not worth another round.
        if (!command || cell.state !== 'ok') continue;
        if (engine.slow && round >= opts.slowRounds) continue;
        const res = measure(command.cmd, command.args, { timeout, env: command.env });
        process.stderr.write('.');
        if (res.timedOut) {
          // Once a run has finished in time, a later round that does not is the machine's doing.
          if (cell.wall.length === 0) Object.assign(cell, { state: 'timeout', reason: `timeout (>${timeout} s)` });
          continue;
        }
        if (res.status !== 0) {
          Object.assign(cell, { state: 'error', reason: shortError(res.stderr, res.status) });
          continue;
        }
        if (engine.key === 'cpython') row.expected ??= res.stdout;
        else if (row.expected !== null && res.stdout !== row.expected) {
          Object.assign(cell, { state: 'mismatch', reason: `wrong output: ${firstDifference(row.expected, res.stdout)}` });
          continue;
        } else if (row.expected === null) {
          cell.pending ??= res.stdout;
        }
        cell.wall.push(res.wall);
        cell.cpu.push(res.cpu);
        cell.rss.push(res.rssKb);
        const load = res.stderr.match(new RegExp(`${LOAD_MARK} ([\\d.]+)`));
        if (load) cell.load.push(Number(load[1]));
      }
      // Outputs that came before CPython's in round 0 are checked now.
      for (const engine of engines) {
        const cell = row.cells[engine.key];
        if (cell.pending !== undefined && row.expected !== null) {
          if (cell.pending !== row.expected) {
            Object.assign(cell, { state: 'mismatch', reason: `wrong output: ${firstDifference(row.expected, cell.pending)}` });
          }
          delete cell.pending;
        }
      }
    }
  }
  process.stderr.write('\n');
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Start-up: hello world

function benchStartup(opts) {
  mkdirSync(OUT, { recursive: true });
  const src = join(OUT, 'hello.py');
  const out = join(OUT, 'hello.mjs');
  writeFileSync(src, 'print("Hello, world!")\n');
  const result = { size: NaN, gzip: NaN, rows: [], error: null };
  const built = existsSync(CLI) ? spawnSync(NODE, [CLI, src, '-o', out, '--no-sourcemap'], { encoding: 'utf8' }) : null;
  if (!built || built.status !== 0) result.error = built ? shortError(built.stderr, built.status) : 'memphisc not built';
  else {
    const text = readFileSync(out);
    result.size = text.length;
    result.gzip = gzipSync(text).length;
  }
  const commands = [
    ['memphisc: node hello.mjs', NODE, [relative(ROOT, out)], !result.error],
    ['python3 -c pass', PYTHON, ['-c', 'pass'], true],
    ['python3 hello.py', PYTHON, [relative(ROOT, src)], true],
    ['node -e 0', NODE, ['-e', '0'], true],
  ];
  const samples = commands.map(() => ({ wall: [], cpu: [], rss: [] }));
  for (let round = 0; round < opts.startupRounds; round++) {
    commands.forEach(([, cmd, args, enabled], i) => {
      if (!enabled) return;
      const res = measure(cmd, args, { timeout: 30 });
      if (res.status !== 0) return;
      samples[i].wall.push(res.wall);
      samples[i].cpu.push(res.cpu);
      samples[i].rss.push(res.rssKb);
    });
  }
  result.rows = commands.map(([label], i) => ({
    label,
    wall: median(samples[i].wall),
    cpu: median(samples[i].cpu),
    rss: median(samples[i].rss),
  }));
  return result;
}

// ---------------------------------------------------------------------------------------------
// Report

const seconds = (ms) => (ms >= 10000 ? (ms / 1000).toFixed(1) : (ms / 1000).toFixed(2));
const ratio = (r) => (!Number.isFinite(r) ? '-' : r >= 10 ? `${r.toFixed(0)}x` : r >= 1 ? `${r.toFixed(1)}x` : `${r.toFixed(2)}x`);
const mb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)}` : '-');
const escapeCell = (s) => s.replace(/\|/g, '\\|');

/** Why a cell has no figure, as table text. */
function stateText(cell) {
  if (cell.state === 'absent') return '—';
  if (cell.state === 'timeout') return cell.reason;
  if (cell.state === 'mismatch') return 'wrong output';
  return `✗ ${escapeCell(cell.reason)}`;
}

/** Table of `metric` (wall or cpu): time and CPython-time / engine-time (higher is faster). */
function timeTable(rows, engines, metric) {
  const header = ['program', ...engines.map((e) => e.label)];
  const pyodide = engines.find((e) => e.hasLoadCost);
  if (pyodide && metric === 'wall') header.push(`${pyodide.label} load`);
  const lines = [];
  for (const row of rows) {
    const base = median(row.cells.cpython[metric]);
    const cells = [row.name];
    for (const engine of engines) {
      const cell = row.cells[engine.key];
      if (cell.state !== 'ok') cells.push(stateText(cell));
      else {
        const t = median(cell[metric]);
        cells.push(engine.key === 'cpython' ? `${seconds(t)} s` : `${seconds(t)} s (${ratio(base / t)})`);
      }
    }
    if (pyodide && metric === 'wall') {
      const load = median(row.cells[pyodide.key].load);
      cells.push(Number.isFinite(load) ? `${seconds(load)} s` : '-');
    }
    lines.push(cells);
  }
  return markdownTable(header, lines);
}

/** Geometric mean of CPython-time / engine-time over the programs the engine ran correctly. */
function summaryTable(rows, engines) {
  const header = ['', ...engines.map((e) => e.label)];
  const lines = [];
  for (const metric of ['wall', 'cpu']) {
    const cells = [`${metric === 'wall' ? 'wall' : 'CPU'}: geometric mean speed vs CPython`];
    const counts = ['programs run correctly'];
    for (const engine of engines) {
      const rs = rows
        .filter((row) => row.cells[engine.key].state === 'ok' && row.cells.cpython.state === 'ok')
        .map((row) => median(row.cells.cpython[metric]) / median(row.cells[engine.key][metric]))
        .filter((r) => Number.isFinite(r) && r > 0);
      const applicable = rows.filter((row) => row.cells[engine.key].state !== 'absent').length;
      cells.push(rs.length ? ratio(Math.exp(rs.reduce((a, r) => a + Math.log(r), 0) / rs.length)) : '-');
      counts.push(`${rs.length}/${applicable}`);
    }
    lines.push(cells);
    if (metric === 'cpu') lines.push(counts);
  }
  return markdownTable(header, lines);
}

function memoryTable(rows, engines) {
  const header = ['program', ...engines.map((e) => e.label)];
  const lines = rows.map((row) => {
    const base = median(row.cells.cpython.rss);
    return [
      row.name,
      ...engines.map((engine) => {
        const cell = row.cells[engine.key];
        if (cell.state !== 'ok') return cell.state === 'absent' ? '—' : '-';
        const kb = median(cell.rss);
        return engine.key === 'cpython' ? mb(kb) : `${mb(kb)} (${ratio(kb / base)})`;
      }),
    ];
  });
  return markdownTable(header, lines);
}

function markdownTable(header, lines) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const cells of lines) out.push(`| ${cells.join(' | ')} |`);
  return out.join('\n');
}

function notes(rows, engines) {
  const out = [];
  for (const row of rows) {
    for (const engine of engines) {
      const cell = row.cells[engine.key];
      if (cell.state === 'mismatch') out.push(`- ${engine.label} on \`${row.name}\`: ${cell.reason}`);
    }
  }
  return out;
}

function machine() {
  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const nproc = spawnSync('nproc', [], { encoding: 'utf8' }).stdout?.trim() || String(cpus().length);
  return { cpu, nproc, load: loadavg().map((x) => x.toFixed(1)).join(', '), node: process.version };
}

function pyodidePython() {
  try {
    const lock = JSON.parse(readFileSync(join(PEERS, 'node_modules', 'pyodide', 'pyodide-lock.json'), 'utf8'));
    return lock.info?.python ?? null;
  } catch {
    return null;
  }
}

function versions(engines) {
  return engines
    .map((e) => {
      const v = e.version?.();
      if (!v) return null;
      if (e.key === 'pyodide' && pyodidePython()) return `${e.label} ${v} (Python ${pyodidePython()})`;
      if (e.key === 'js') return null;
      return `${e.label} ${v.replace(/^Python /, '')}`;
    })
    .filter(Boolean);
}

function report(rows, engines, startup, opts, started, m, versionList) {
  const lines = [];
  lines.push('## Peers', '');
  lines.push(
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench -- --peers\` ` +
      `(${opts.rounds} interleaved round(s)${opts.slowRounds < opts.rounds ? `, ${opts.slowRounds} for Brython, Skulpt and Pyodide` : ''}; medians) on ${m.nproc} × ${m.cpu}, load average ${m.load} at the start; ` +
      `node ${m.node}. ${versionList.join(', ')}.`,
  );
  lines.push('');
  lines.push(
    'Each cell is one whole process (start-up included), and in brackets CPython\'s time divided by ' +
      'it: above 1x is faster than CPython. memphisc and RapydScript compile ahead of time (not timed); ' +
      'Brython, Skulpt and Pyodide compile or load at run time, which is part of their time. ' +
      '**✗** is a run that failed, with the end of its error; **wrong output** means it printed ' +
      'something other than CPython (the first difference is listed below the tables); ' +
      '**—** means there is no hand-written JavaScript version. The machine is shared, so the CPU table ' +
      '(user+sys of the process and its threads) is the steadier one; a Node process counts its ' +
      'compiler and GC threads too.',
  );
  lines.push('', '### Summary', '', summaryTable(rows, engines));
  lines.push('', '### Wall time', '', timeTable(rows, engines, 'wall'));
  if (engines.some((e) => e.hasLoadCost)) {
    lines.push('', 'Pyodide load is the part of its wall time spent in `loadPyodide()` (WebAssembly compile and start-up) before the program starts.');
  }
  lines.push('', '### CPU time (user+sys)', '', timeTable(rows, engines, 'cpu'));
  lines.push('', '### Peak memory (RSS, MB; in brackets relative to CPython)', '', memoryTable(rows, engines));
  const diffs = notes(rows, engines);
  if (diffs.length) lines.push('', '### Wrong outputs', '', ...diffs);
  lines.push('', '### Start-up', '');
  if (startup.error) lines.push(`memphisc could not compile hello world: ${startup.error}`, '');
  lines.push(
    markdownTable(
      ['hello world', 'wall ms', 'CPU ms', 'RSS MB'],
      startup.rows.map((r) => [r.label, Number.isFinite(r.wall) ? r.wall.toFixed(0) : '-', Number.isFinite(r.cpu) ? r.cpu.toFixed(0) : '-', mb(r.rss)]),
    ),
  );
  if (Number.isFinite(startup.size)) {
    lines.push(
      '',
      `The compiled \`print("Hello, world!")\` is ${startup.size.toLocaleString('en')} bytes ` +
        `(${startup.gzip.toLocaleString('en')} gzipped): the runtime is bundled into every output. ` +
        `Medians of ${opts.startupRounds} runs.`,
    );
  }
  return lines.join('\n');
}

const DOC_HEADER =
  '# Performance\n\nHow fast compiled programs run, measured against CPython and other ways of running Python on a JavaScript engine.\n';

/**
 * `text` (docs/performance.md, or '' when there is none) with its `## Peers` section replaced by
 * `section`, every other section kept, and an `## Optimisations` section present.
 */
export function replacePeersSection(text, section) {
  if (!text.trim()) text = DOC_HEADER;
  const start = text.search(/^## Peers[ \t]*$/m);
  const optimisations = text.search(/^## Optimisations[ \t]*$/m);
  if (start < 0 && optimisations >= 0) {
    text = `${text.slice(0, optimisations)}${section.trimEnd()}\n\n${text.slice(optimisations)}`;
  } else if (start < 0) text = `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  else {
    const next = text.slice(start + 1).search(/^## /m);
    const end = next < 0 ? text.length : start + 1 + next;
    text = `${text.slice(0, start)}${section.trimEnd()}\n\n${text.slice(end)}`;
  }
  if (!/^## Optimisations[ \t]*$/m.test(text)) text = `${text.trimEnd()}\n\n## Optimisations\n`;
  return `${text.trimEnd()}\n`;
}

function writeDoc(section) {
  writeFileSync(DOC, replacePeersSection(existsSync(DOC) ? readFileSync(DOC, 'utf8') : '', section));
}

export function main(argv) {
  const opts = parseArgs(argv);
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(GNU_TIME)) {
    console.error(`bench: ${GNU_TIME} is needed for CPU time and peak RSS (apt-get install -y time)`);
    process.exit(2);
  }
  let saved;
  if (opts.report) saved = JSON.parse(readFileSync(opts.report, 'utf8'));
  else {
    const started = new Date().toISOString();
    const m = machine();
    const engines = selectEngines(opts.engines);
    const rows = benchPeers(workloads(opts.only), engines, opts);
    const startup = benchStartup(opts);
    saved = { started, machine: m, versions: versions(engines), engines: engines.map((e) => e.key), rows, startup, opts };
    writeFileSync(join(OUT, 'results.json'), JSON.stringify(saved, null, 1));
  }
  const engines = ENGINES.filter((e) => saved.engines.includes(e.key));
  const rows = saved.rows;
  const section = report(rows, engines, saved.startup, saved.opts, new Date(saved.started), saved.machine, saved.versions);
  console.log(section);
  if (opts.write) {
    writeDoc(section);
    console.error(`\nwrote the Peers section of ${relative(ROOT, DOC)}`);
  }
  // memphisc failing or printing something else is a bug to see in the exit status.
  if (rows.some((row) => !['ok', 'unavailable'].includes(row.cells.memphisc?.state ?? 'ok'))) process.exit(1);
}
