#!/usr/bin/env node
// Fuzzes the compiler: it feeds memphisc broken, strange and huge programs and checks that every
// one ends in one of two outcomes, the way CPython's own front end does:
//
//   compiled     the program compiled, and the JS it lowered to parses (acorn)
//   diagnostic   a CompileError whose Diagnostic is CPython-shaped: a Python error class, a message,
//                a position inside the file (or none, for the errors CPython prints without one:
//                a decoding error, RecursionError), and a renderer that prints it
//
// Anything else is a defect of the compiler: an uncaught JS exception (`crash`), a diagnostic
// without a usable position (`bad-diagnostic`), generated JS that does not parse (`bad-js`), no
// answer within the per-input timeout (`hang`), or a worker that died (stack overflow in native
// code, out of memory). Each failing input is saved to the output folder with a note.
//
// Inputs: first a fixed list (deep nesting, huge literals, encodings, control characters), then,
// until the time or count runs out, mutations of every tests/programs/**/*.py and examples/**/*.py
// in turn (byte and token deletions, insertions, swaps, duplications, truncations, line shuffles,
// indentation and newline changes) and random bytes. The sequence of inputs depends only on the
// seed, so `--seed N --count M` replays a run exactly.
//
// Compiling happens in-process (compileProgram from dist/compiler/compile.js) in a worker thread,
// so a hang can be cut off by terminating the worker; a few inputs also go through the CLI to check
// its exit status (0 compiled, 1 diagnostic) against the in-process outcome.
//
//   node dist/scripts/fuzz-compile.js [--seed 1] [--duration 60] [--count N] [--timeout 30000]
//                                     [--cli-runs 20] [--out fuzz-failures/compile] [--quiet] [--verbose] [--quick]
//                                     [--python]
//
// With --python, each outcome is also held to CPython's compile() of the same bytes: both accept
// it, or both refuse it with the same error class and message (`cpython-mismatch` otherwise). [--python]

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The repository root, from dist/scripts/ (built) or scripts/ (run through a TS loader). */
const ROOT = path.basename(path.dirname(HERE)) === 'dist' ? path.resolve(HERE, '..', '..') : path.resolve(HERE, '..');
const CLI = path.join(ROOT, 'dist', 'compiler', 'cli.js');

// ---------------------------------------------------------------------------------------------
// Outcomes

type Outcome = 'compiled' | 'diagnostic' | 'crash' | 'bad-diagnostic' | 'bad-js' | 'hang' | 'worker-died' | 'cli-mismatch' | 'cpython-mismatch';

const GOOD_OUTCOMES: ReadonlySet<Outcome> = new Set(['compiled', 'diagnostic']);

/** The error classes a compile may report: CPython's compile-time ones, and ours for a feature
 * memphisc does not support (complex numbers). */
const DIAGNOSTIC_KINDS: ReadonlySet<string> = new Set([
  'SyntaxError', 'IndentationError', 'TabError', 'ModuleNotFoundError', 'ImportError', 'RecursionError', 'NotSupportedError',
]);

interface Verdict {
  outcome: Outcome;
  /** The diagnostic's last line, or the JS error and the top of its stack. */
  detail: string;
  ms: number;
}

interface Input {
  /** Which generator made it: `fixed:parens-1000`, `mutate-bytes`, `random-bytes`, ... */
  origin: string;
  /** The corpus file it came from, if any. */
  base?: string;
  bytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------
// Fixed inputs: the cases a random mutation would rarely reach.

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const nested = (open: string, inner: string, close: string, depth: number): string => open.repeat(depth) + inner + close.repeat(depth);
const indentedBlocks = (header: string, depth: number, unit = ' '): string =>
  Array.from({ length: depth }, (_, i) => `${unit.repeat(i)}${header}\n`).join('') + `${unit.repeat(depth)}pass\n`;

function fixedInputs(): Input[] {
  const cases: Array<[string, string | Uint8Array]> = [
    ['parens-1000', nested('(', '1', ')', 1000)],
    ['parens-199', `x = ${nested('(', '1', ')', 199)}\n`],
    ['lists-1000', nested('[', '', ']', 1000)],
    ['dicts-1000', nested('{1: ', '1', '}', 1000)],
    ['calls-1000', `x = ${nested('f(', '', ')', 1000)}\n`],
    ['calls-150', `x = ${nested('f(', '', ')', 150)}\n`],
    ['if-blocks-200', indentedBlocks('if x:', 200)],
    ['if-blocks-99', indentedBlocks('if x:', 99)],
    ['for-blocks-21', indentedBlocks('for x in y:', 21)],
    ['for-blocks-20', indentedBlocks('for x in y:', 20)],
    ['while-blocks-30', indentedBlocks('while x:', 30, '\t')],
    ['with-blocks-21', indentedBlocks('with a:', 21)],
    ['try-blocks-21', indentedBlocks('try:', 21) + Array.from({ length: 21 }, (_, i) => `${' '.repeat(20 - i)}finally: pass\n`).join('')],
    ['def-blocks-99', indentedBlocks('def f():', 99)],
    ['class-blocks-60', indentedBlocks('class C:', 60)],
    ['binop-10000', `x = ${Array(10_000).fill('1').join(' + ')}\n`],
    ['binop-100000', `x = ${Array(100_000).fill('1').join('+')}\n`],
    ['binop-500', `x = ${Array(500).fill('1').join(' + ')}\nprint(x)\n`],
    ['power-1000', `x = ${Array(1000).fill('1').join('**')}\n`],
    ['unary-100000', `x = ${'-'.repeat(100_000)}1\n`],
    ['unary-1000', `x = ${'-'.repeat(1000)}1\n`],
    ['not-1000', `x = ${'not '.repeat(1000)}1\n`],
    ['lambdas-1000', `f = ${'lambda: '.repeat(1000)}1\n`],
    ['lambdas-100', `f = ${'lambda: '.repeat(100)}1\n`],
    ['ternary-1000', `x = ${'1 if x else '.repeat(1000)}1\n`],
    ['compare-10000', `x = ${Array(10_000).fill('1').join(' < ')}\n`],
    ['and-10000', `x = ${Array(10_000).fill('a').join(' and ')}\n`],
    ['and-300', `x = ${Array(300).fill('a').join(' and ')}\n`],
    ['attributes-100000', `x = a${'.b'.repeat(100_000)}\n`],
    ['call-chain-10000', `x = a${'()'.repeat(10_000)}\n`],
    ['subscripts-10000', `x = a${'[0]'.repeat(10_000)}\n`],
    ['elif-10000', `if x:\n    pass\n${'elif x:\n    pass\n'.repeat(10_000)}`],
    ['decorators-10000', `${'@d\n'.repeat(10_000)}def f(): pass\n`],
    ['assign-chain-10000', `${'a = '.repeat(10_000)}1\n`],
    ['tuple-100000', `x = ${'1,'.repeat(100_000)}\n`],
    ['comprehensions-100', `x = ${nested('[', 'x for x in y', ']', 100)}\n`],
    ['fstrings-5', `x = ${nested("f'{", '1', "}'", 5)}\n`],
    ['fstrings-quotes', `x = f"{f'{f"""{f'''{1}'''}"""}'}"\n`],
    ['fstring-spec-deep', `x = f'{1:{2:{3:{4}}}}'\n`],
    ['fstring-200-fields', `x = f'${'{1}'.repeat(200)}'\n`],
    ['int-100000-digits', `x = ${'1'.repeat(100_000)}\n`],
    ['int-4300-digits', `x = ${'7'.repeat(4300)}\nprint(len(str(x)))\n`],
    ['int-4301-digits', `x = ${'7'.repeat(4301)}\n`],
    ['hex-100000-digits', `x = 0x${'f'.repeat(100_000)}\n`],
    ['float-100000-digits', `x = ${'1'.repeat(100_000)}.5\n`],
    ['string-1mb', `s = "${'a'.repeat(1 << 20)}"\nprint(len(s))\n`],
    ['bytes-1mb', `s = b"${'a'.repeat(1 << 20)}"\n`],
    ['line-1mb', `x = 1${' + 1'.repeat(1 << 18)}\n`],
    ['lines-100000', 'x = 1\n'.repeat(100_000)],
    ['invalid-utf8', cat(enc('x = 1\nprint("a'), Uint8Array.of(0xff), enc('b")\n'))],
    ['invalid-utf8-comment', cat(enc('x = 1\n# '), Uint8Array.of(0xc3, 0x28), enc('\n'))],
    ['invalid-utf8-surrogate', cat(enc('s = "'), Uint8Array.of(0xed, 0xa0, 0x80), enc('"\n'))],
    ['invalid-utf8-truncated', cat(enc('s = "'), Uint8Array.of(0xe2, 0x82))],
    ['bom', cat(Uint8Array.of(0xef, 0xbb, 0xbf), enc('print(1)\n'))],
    ['bom-twice', cat(Uint8Array.of(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), enc('print(1)\n'))],
    ['bom-only', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['bom-latin1-cookie', cat(Uint8Array.of(0xef, 0xbb, 0xbf), enc('# -*- coding: latin-1 -*-\nprint(1)\n'))],
    ['latin1-cookie', cat(enc('# -*- coding: latin-1 -*-\nprint("'), Uint8Array.of(0xe9), enc('")\n'))],
    ['unknown-cookie', '# -*- coding: nope -*-\nprint(1)\n'],
    ['utf16-bom', Uint8Array.of(0xff, 0xfe, 0x70, 0x00)],
    ['nul', 'print(1)\0\n'],
    ['nul-in-string', 'x = 1\ns = "a\0b"\n'],
    ['nul-only', '\0'],
    ['crlf', 'if 1:\r\n    print(1)\r\n'],
    ['lone-cr', 'if 1:\r    print(1)\r'],
    ['cr-in-string', 's = "a\rb"\n'],
    ['mixed-newlines', 'if 1:\r\n    x = 1\r    y = 2\n    print(x, y)\n'],
    ['tabs-then-spaces', 'if 1:\n\tx = 1\n        y = 2\n'],
    ['spaces-then-tabs', 'if 1:\n        x = 1\n\ty = 2\n'],
    ['tab-space-mix', 'if 1:\n \tx = 1\n\t y = 2\n'],
    ['formfeed', '\fif 1:\n\f    x = 1\n'],
    ['vertical-tab', 'x = 1\v\n'],
    ['empty', ''],
    ['only-newlines', '\n\n\n'],
    ['only-backslash', '\\'],
    ['backslash-eof', 'x = 1 + \\'],
    ['unterminated-triple', "s = '''abc\n" + 'x\n'.repeat(1000)],
    ['lone-surrogate-escape', 's = "\\ud800"\nprint(len(s))\n'],
    ['astral-identifier', '\u{1d4b3} = 1\n'],
    ['non-ascii-identifier', 'é = 1\nprint(é)\n'],
    ['invisible-characters', 'x\u200b = 1\n'],
    ['deep-indent-dedent', indentedBlocks('if x:', 90) + 'print(1)\n'],
    ['star-10000', `x = ${'*'.repeat(10_000)}a\n`],
    ['await-1000', `async def f():\n    return ${'await '.repeat(1000)}x\n`],
    ['yield-1000', `def f():\n    x = ${'(yield '.repeat(150)}1${')'.repeat(150)}\n`],
    ['walrus-chain', `x = ${nested('(y := ', '1', ')', 150)}\n`],
    ['match-deep', `match x:\n    case ${nested('[', '1', ']', 150)}:\n        pass\n`],
    ['global-10000', `def f():\n${'    global x\n'.repeat(10_000)}`],
    ['args-10000', `f(${Array.from({ length: 10_000 }, (_, i) => `a${i}`).join(', ')})\n`],
    ['params-10000', `def f(${Array.from({ length: 10_000 }, (_, i) => `a${i}`).join(', ')}): pass\n`],
    ['string-concat-10000', `s = ${Array(10_000).fill("'a'").join(' ')}\n`],
  ];
  return cases.map(([name, src]) => ({ origin: `fixed:${name}`, bytes: typeof src === 'string' ? enc(src) : src }));
}

// ---------------------------------------------------------------------------------------------
// Mutations of the corpus

function corpusFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.py')) found.push(p);
    }
  };
  walk(path.join(ROOT, 'tests', 'programs'));
  walk(path.join(ROOT, 'examples'));
  return found;
}

/** Bytes that make interesting syntax when dropped into a program. */
const SYNTAX_BYTES = enc('()[]{}:;,.\'"`\n\r\t \\#@=+-*/%<>!&|^~0123456789_abcfjrux');
const TOKENS = [
  'if', 'else', 'elif', 'for', 'while', 'def', 'class', 'lambda', 'return', 'yield', 'await', 'async', 'try',
  'except', 'except*', 'finally', 'with', 'as', 'import', 'from', 'global', 'nonlocal', 'del', 'pass', 'break',
  'continue', 'raise', 'assert', 'match', 'case', '_', 'not', 'and', 'or', 'in', 'is', 'None', 'True', 'False',
  '(', ')', '[', ']', '{', '}', ':', ',', '.', '...', ';', '=', ':=', '->', '+=', '**', '//', '@', '*', '**kw',
  '*args', 'f"{x}"', "f'{x!r:>{w}}'", 'b"x"', "'''", '"""', 'r"\\"', '0x', '1_000', '1e', '1j', '0o7', '\\\n',
  '\n', '\n    ', '\n\t', '\t', '    ', '#', 'x', 'self', '__class__', 'super()', '\u00e9', '\u{1f600}',
];
const TOKEN_RE = /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|\d[\w.]*|'''|"""|\*\*|\/\/|[<>=!:]=|->|\n[ \t]*|[ \t]+|#[^\n]*|./gsu;

function mutateBytes(rng: Rng, src: Uint8Array): Uint8Array {
  const bytes = [...src];
  const edits = 1 + rng.int(8);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(bytes.length + 1);
    switch (rng.int(5)) {
      case 0: bytes.splice(at, 1 + rng.int(4)); break;
      case 1: bytes.splice(at, 0, rng.chance(0.8) ? rng.pick([...SYNTAX_BYTES]) : rng.int(256)); break;
      case 2: { const other = rng.int(bytes.length + 1); [bytes[at], bytes[other]] = [bytes[other], bytes[at]]; break; }
      case 3: bytes.splice(at, 0, ...bytes.slice(at, at + 1 + rng.int(40))); break;
      default: bytes[at] = rng.int(256); break;
    }
  }
  return Uint8Array.from(bytes.filter((b) => b !== undefined));
}

function mutateTokens(rng: Rng, src: Uint8Array): Uint8Array {
  const tokens = new TextDecoder().decode(src).match(TOKEN_RE) ?? [];
  const edits = 1 + rng.int(6);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(tokens.length + 1);
    switch (rng.int(5)) {
      case 0: tokens.splice(at, 1 + rng.int(3)); break;
      case 1: tokens.splice(at, 0, rng.pick(TOKENS)); break;
      case 2: tokens.splice(at, 0, rng.pick(TOKENS), ' '); break;
      case 3: { const other = rng.int(tokens.length); [tokens[at], tokens[other]] = [tokens[other], tokens[at]]; break; }
      default: tokens.splice(at, 0, ...tokens.slice(at, at + 1 + rng.int(12))); break;
    }
  }
  return enc(tokens.filter((t) => t !== undefined).join(''));
}

function mutateLines(rng: Rng, src: Uint8Array): Uint8Array {
  const lines = new TextDecoder().decode(src).split('\n');
  const edits = 1 + rng.int(4);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(lines.length);
    switch (rng.int(6)) {
      case 0: lines.splice(at, 1); break;
      case 1: lines.splice(at, 0, lines[rng.int(lines.length)]); break;
      case 2: { const other = rng.int(lines.length); [lines[at], lines[other]] = [lines[other], lines[at]]; break; }
      case 3: lines[at] = (lines[at] ?? '').replace(/^( {4}|\t)/, rng.pick(['\t', '  ', '', '        ', ' \t'])); break;
      case 4: lines[at] = rng.pick(['', ' ', '\t', '    ']) + (lines[at] ?? ''); break;
      default: lines.splice(at, 0, ...lines.slice(at, at + 2 + rng.int(20)).map((l) => `    ${l}`)); break;
    }
  }
  const newline = rng.pick(['\n', '\n', '\n', '\r\n', '\r']);
  return enc(lines.join(newline));
}

function truncate(rng: Rng, src: Uint8Array): Uint8Array {
  return src.slice(0, rng.int(src.length + 1));
}

function randomBytes(rng: Rng): Uint8Array {
  const length = rng.int(300);
  const printable = rng.chance(0.6);
  return Uint8Array.from({ length }, () => (printable ? rng.pick([...SYNTAX_BYTES]) : rng.int(256)));
}

/** The i-th generated input: corpus files in turn, each mutated by one of the generators. */
function* generatedInputs(seed: number, corpus: Array<{ file: string; bytes: Uint8Array }>): Generator<Input> {
  const rng = new Rng(seed);
  for (let i = 0; ; i++) {
    const { file, bytes } = corpus[i % corpus.length];
    const base = path.relative(ROOT, file);
    const kind = rng.int(10);
    if (kind < 3) yield { origin: 'mutate-bytes', base, bytes: mutateBytes(rng, bytes) };
    else if (kind < 6) yield { origin: 'mutate-tokens', base, bytes: mutateTokens(rng, bytes) };
    else if (kind < 8) yield { origin: 'mutate-lines', base, bytes: mutateLines(rng, bytes) };
    else if (kind < 9) yield { origin: 'truncate', base, bytes: truncate(rng, bytes) };
    else yield { origin: 'random-bytes', bytes: randomBytes(rng) };
  }
}

// ---------------------------------------------------------------------------------------------
// The worker: compiles one input at a time and classifies the result.

interface Job { id: number; bytes: Uint8Array }
interface Answer { id: number; verdict: Verdict }

async function workerMain(): Promise<void> {
  const { compileProgram } = await import('../compiler/compile.js');
  const { CompileError, renderDiagnostic } = await import('../compiler/diagnostics.js');
  const { runtimeBundle } = await import('../compiler/bundle.js');
  const acorn = await import('acorn');
  // The folder belongs to the thread that started this one, which removes it.
  const dir = (workerData as { dir: string }).dir;
  const file = path.join(dir, 'app.py');

  const classify = (bytes: Uint8Array): Omit<Verdict, 'ms'> => {
    fs.writeFileSync(file, bytes);
    let code: string;
    try {
      code = compileProgram(file, path.join(dir, 'app.mjs'), { sourcemap: false }).code;
    } catch (e) {
      if (!(e instanceof CompileError)) {
        const err = e as Error;
        return { outcome: 'crash', detail: `${err?.name}: ${err?.message}\n${(err?.stack ?? '').split('\n').slice(1, 8).join('\n')}` };
      }
      const d = e.diagnostic;
      const source = new TextDecoder().decode(bytes);
      const lines = source.split(/\r\n|\r|\n/).length;
      const last = `${d.kind}: ${d.message}`;
      if (!DIAGNOSTIC_KINDS.has(d.kind) || d.message === '') return { outcome: 'bad-diagnostic', detail: `unexpected class or message: ${last}` };
      const positionless = d.lineno === 0;
      if (!positionless && !(Number.isInteger(d.lineno) && d.lineno >= 1 && d.lineno <= lines + 1 && Number.isInteger(d.col_offset) && d.col_offset >= -1)) {
        return { outcome: 'bad-diagnostic', detail: `bad position ${d.lineno}:${d.col_offset} (${lines} lines): ${last}` };
      }
      let rendered: string;
      try {
        rendered = renderDiagnostic(d, source);
      } catch (r) {
        return { outcome: 'bad-diagnostic', detail: `renderDiagnostic threw ${(r as Error).message}: ${last}` };
      }
      if (!rendered.endsWith(last)) return { outcome: 'bad-diagnostic', detail: `rendered text does not end with ${last}` };
      return { outcome: 'diagnostic', detail: last };
    }
    // The generated program must be valid JS. The runtime part is the same every time (and is
    // rebuilt when dist/runtime changes, so read it again).
    const runtime = runtimeBundle().code;
    if (!code.startsWith(runtime)) return { outcome: 'compiled', detail: 'runtime bundle changed during the compile' };
    try {
      acorn.parse(code.slice(runtime.length), { ecmaVersion: 'latest', sourceType: 'module', allowReturnOutsideFunction: true });
    } catch (e) {
      if (e instanceof RangeError || /Not enough stack space/.test((e as Error).message)) return { outcome: 'compiled', detail: 'too deep for acorn to check' };
      return { outcome: 'bad-js', detail: `acorn: ${(e as Error).message}` };
    }
    return { outcome: 'compiled', detail: '' };
  };

  parentPort!.on('message', (job: Job) => {
    const start = performance.now();
    const verdict = classify(job.bytes);
    const answer: Answer = { id: job.id, verdict: { ...verdict, ms: performance.now() - start } };
    parentPort!.postMessage(answer);
  });
  parentPort!.postMessage('ready');
}

/** One worker thread, restarted after a hang or a death. */
class Compiler {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-fuzz-'));

  private start(): Promise<void> {
    // The CLI runs on the main thread, whose stack (984 kB) is smaller than a worker's default.
    this.worker = new Worker(new URL(import.meta.url), { stdout: true, stderr: true, resourceLimits: { stackSizeMb: 1 }, workerData: { dir: this.dir } });
    this.worker.unref();
    const w = this.worker;
    this.ready = new Promise((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    return this.ready;
  }

  async compile(job: Job, timeoutMs: number): Promise<Verdict> {
    if (!this.worker) await this.start();
    else await this.ready;
    const w = this.worker!;
    const started = performance.now();
    return new Promise<Verdict>((resolve) => {
      const finish = (v: Verdict): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(v);
      };
      const restart = (): void => { this.worker = null; void w.terminate(); };
      const onMessage = (a: Answer): void => { if (a.id === job.id) finish(a.verdict); };
      const onError = (e: Error): void => { restart(); finish({ outcome: 'worker-died', detail: `${e.name}: ${e.message}`, ms: performance.now() - started }); };
      const onExit = (code: number): void => { this.worker = null; finish({ outcome: 'worker-died', detail: `worker exited with ${code}`, ms: performance.now() - started }); };
      const timer = setTimeout(() => { restart(); finish({ outcome: 'hang', detail: `no answer in ${timeoutMs} ms`, ms: timeoutMs }); }, timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      w.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The CLI check: exit 0 when the in-process compile succeeded, 1 with a `Kind: message` last line
// when it reported a diagnostic.

function checkCli(bytes: Uint8Array, inProcess: Verdict, dir: string): Verdict | null {
  const file = path.join(dir, 'cli_app.py');
  fs.writeFileSync(file, bytes);
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, file, '-o', path.join(dir, 'cli_app.mjs'), '--no-sourcemap'], { encoding: 'utf8', timeout: 60_000 });
  const ms = performance.now() - start;
  const lastLine = r.stderr.trimEnd().split('\n').pop() ?? '';
  const expected = inProcess.outcome === 'compiled' ? 0 : 1;
  if (r.status !== expected) {
    return { outcome: 'cli-mismatch', detail: `exit ${r.status ?? r.signal}, expected ${expected}; stderr: ${r.stderr.slice(-400)}`, ms };
  }
  // The two runs compile files of different paths, which some messages name.
  const samePaths = (text: string): string => text.replace(/\S*\/(cli_)?app\.py/g, 'app.py');
  if (expected === 1 && samePaths(lastLine) !== samePaths(inProcess.detail)) {
    return { outcome: 'cli-mismatch', detail: `last stderr line ${JSON.stringify(lastLine)}, expected ${JSON.stringify(inProcess.detail)}`, ms };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The CPython oracle (--python): one python3 process compiles each input with compile(), which
// decodes bytes as a file is decoded and runs the whole front end (tokenizer, parser, symbol
// table, code generator), and answers with the error's class, message and line.

const ORACLE = String.raw`
import sys, json, warnings
warnings.simplefilter('ignore')
sys.setrecursionlimit(1000)
inp, out = sys.stdin.buffer, sys.stdout
while True:
    header = inp.readline()
    if not header:
        break
    src = inp.read(int(header))
    try:
        compile(src, 'app.py', 'exec')
        answer = {'ok': True}
    except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError) as e:
        answer = {'ok': False, 'kind': type(e).__name__, 'msg': getattr(e, 'msg', str(e)), 'lineno': getattr(e, 'lineno', None)}
    out.write(json.dumps(answer) + '\n')
    out.flush()
`;

interface OracleAnswer { ok: boolean; kind?: string; msg?: string; lineno?: number | null }

class PythonOracle {
  private child = spawn(process.env.PYTHON ?? 'python3', ['-c', ORACLE], { stdio: ['pipe', 'pipe', 'inherit'] });
  private buffered = '';
  private waiting: Array<(a: OracleAnswer) => void> = [];

  constructor() {
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk;
      for (let nl = this.buffered.indexOf('\n'); nl >= 0; nl = this.buffered.indexOf('\n')) {
        const line = this.buffered.slice(0, nl);
        this.buffered = this.buffered.slice(nl + 1);
        this.waiting.shift()?.(JSON.parse(line) as OracleAnswer);
      }
    });
  }

  ask(bytes: Uint8Array): Promise<OracleAnswer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${bytes.length}\n`);
      this.child.stdin.write(bytes);
    });
  }

  close(): void { this.child.stdin.end(); }
}

/** Null when memphisc and CPython agree on an input, else what differs. */
function compareWithCpython(bytes: Uint8Array, verdict: Verdict, answer: OracleAnswer): string | null {
  // compile() reports NUL bytes as ValueError, a file run as SyntaxError; imports are resolved by us
  // at compile time and by CPython at run time; CPython's MemoryError (parser stack) is our RecursionError.
  if (bytes.includes(0)) return null;
  // compile() decodes bytes unlike a file run (tests/cli/source-errors.test.ts holds those to `python3 app.py`).
  if (/Non-UTF-8 code|encoding problem/.test(verdict.detail) || /unicode error\) 'utf-8'|unknown encoding/.test(answer.msg ?? '')) return null;
  if (verdict.detail.startsWith('NotSupportedError')) return null;
  const ours = verdict.outcome === 'compiled' || /^(ModuleNotFoundError|ImportError):/.test(verdict.detail) ? 'compiled' : verdict.detail;
  if (answer.ok && /^RecursionError/.test(ours)) return null; // counted apart: see `deeper than memphisc`
  if (answer.ok) return ours === 'compiled' ? null : `CPython compiles it; memphisc: ${ours}`;
  const theirs = `${answer.kind}: ${answer.msg}`;
  if (ours === 'compiled') return `memphisc compiles it; CPython: ${theirs} (line ${answer.lineno})`;
  if (answer.kind === 'MemoryError' || answer.kind === 'RecursionError') return /^RecursionError/.test(ours) ? null : `CPython: ${theirs}; memphisc: ${ours}`;
  return ours === theirs ? null : `CPython: ${theirs} (line ${answer.lineno}); memphisc: ${ours}`;
}

// ---------------------------------------------------------------------------------------------
// The driver

export interface FuzzOptions {
  seed: number;
  /** Seconds; the fixed inputs always run. */
  duration: number;
  /** Generated inputs to run at most (after the fixed ones); Infinity: until the duration ends. */
  count: number;
  timeoutMs: number;
  cliRuns: number;
  outDir: string;
  quiet: boolean;
  /** Print every input's outcome and time. */
  verbose: boolean;
  /** Skip the fixed inputs over QUICK_MAX_BYTES (the huge ones take seconds each). */
  quick: boolean;
  /** Also hold each outcome to CPython's compile(): both accept, or both refuse with the same error. */
  python: boolean;
}

const QUICK_MAX_BYTES = 20_000;

export interface FuzzSummary {
  inputs: number;
  byOutcome: Record<string, number>;
  failures: number;
}

function parseArgs(argv: string[]): FuzzOptions {
  const opts: FuzzOptions = {
    seed: 1, duration: 60, count: Infinity, timeoutMs: 30_000, cliRuns: 20,
    outDir: path.join(ROOT, 'fuzz-failures', 'compile'), quiet: false, verbose: false, quick: false, python: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--seed': opts.seed = Number(value()); break;
      case '--duration': opts.duration = Number(value()); break;
      case '--count': opts.count = Number(value()); break;
      case '--timeout': opts.timeoutMs = Number(value()); break;
      case '--cli-runs': opts.cliRuns = Number(value()); break;
      case '--out': opts.outDir = path.resolve(value()); break;
      case '--quiet': opts.quiet = true; break;
      case '--verbose': opts.verbose = true; break;
      case '--quick': opts.quick = true; break;
      case '--python': opts.python = true; break;
      case '-h': case '--help':
        process.stdout.write('usage: fuzz-compile [--seed N] [--duration S] [--count N] [--timeout MS] [--cli-runs N] [--out DIR] [--quiet] [--verbose] [--quick] [--python]\n');
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${arg}`);
    }
  }
  return opts;
}

function saveFailure(opts: FuzzOptions, input: Input, verdict: Verdict): string {
  fs.mkdirSync(opts.outDir, { recursive: true });
  const hash = createHash('sha1').update(input.bytes).digest('hex').slice(0, 10);
  const stem = path.join(opts.outDir, `${verdict.outcome}-${hash}`);
  fs.writeFileSync(`${stem}.py`, input.bytes);
  const note = [`outcome: ${verdict.outcome}`, `origin: ${input.origin}`, `base: ${input.base ?? '-'}`, `seed: ${opts.seed}`, '', verdict.detail, ''].join('\n');
  fs.writeFileSync(`${stem}.txt`, note);
  return `${stem}.py`;
}

export async function fuzz(opts: FuzzOptions): Promise<FuzzSummary> {
  const log = (s: string): void => { if (!opts.quiet) process.stdout.write(`${s}\n`); };
  const corpus = corpusFiles().map((file) => ({ file, bytes: new Uint8Array(fs.readFileSync(file)) }));
  const fixed = fixedInputs().filter((input) => !opts.quick || input.bytes.length <= QUICK_MAX_BYTES);
  const deadline = performance.now() + opts.duration * 1000;
  const compiler = new Compiler();
  const oracle = opts.python ? new PythonOracle() : null;
  const cliDir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-fuzz-cli-'));
  const byOutcome: Record<string, number> = {};
  const byOrigin = new Map<string, Record<string, number>>();
  let inputs = 0;
  let failures = 0;
  let cliDone = 0;
  let slowest: { ms: number; origin: string } = { ms: 0, origin: '' };
  /** Inputs CPython compiles but memphisc refuses with RecursionError: nesting deeper than our stack. */
  const deeperThanUs: string[] = [];

  const record = (input: Input, verdict: Verdict): void => {
    byOutcome[verdict.outcome] = (byOutcome[verdict.outcome] ?? 0) + 1;
    const group = input.origin.startsWith('fixed:') ? 'fixed' : input.origin;
    const counts = byOrigin.get(group) ?? {};
    counts[verdict.outcome] = (counts[verdict.outcome] ?? 0) + 1;
    byOrigin.set(group, counts);
    if (verdict.ms > slowest.ms) slowest = { ms: verdict.ms, origin: input.origin };
    if (opts.verbose) log(`${String(Math.round(verdict.ms)).padStart(6)} ms  ${verdict.outcome.padEnd(12)} ${input.origin}  ${verdict.detail.split('\n')[0].slice(0, 100)}`);
    if (!GOOD_OUTCOMES.has(verdict.outcome)) {
      failures++;
      const saved = saveFailure(opts, input, verdict);
      log(`${verdict.outcome}: ${input.origin}${input.base ? ` (${input.base})` : ''} -> ${path.relative(process.cwd(), saved)}\n  ${verdict.detail.split('\n').join('\n  ')}`);
    }
  };

  const runOne = async (input: Input, withCli: boolean): Promise<void> => {
    inputs++;
    const verdict = await compiler.compile({ id: inputs, bytes: input.bytes }, opts.timeoutMs);
    record(input, verdict);
    if (oracle && GOOD_OUTCOMES.has(verdict.outcome)) {
      const answer = await oracle.ask(input.bytes);
      if (answer.ok && verdict.detail.startsWith('RecursionError')) deeperThanUs.push(input.origin);
      const differs = compareWithCpython(input.bytes, verdict, answer);
      if (differs) record(input, { outcome: 'cpython-mismatch', detail: differs, ms: 0 });
    }
    if (withCli && GOOD_OUTCOMES.has(verdict.outcome)) {
      cliDone++;
      const mismatch = checkCli(input.bytes, verdict, cliDir);
      if (mismatch) record(input, mismatch);
    }
  };

  try {
    // A few CLI runs over the fixed inputs (the encodings and control characters among them),
    // the rest spread over the generated ones.
    const fixedCli = new Set(['invalid-utf8', 'bom', 'nul', 'parens-1000', 'binop-10000', 'crlf', 'int-4301-digits', 'for-blocks-21'].map((n) => `fixed:${n}`));
    for (const input of fixed) await runOne(input, cliDone < opts.cliRuns && fixedCli.has(input.origin));
    let generated = 0;
    for (const input of generatedInputs(opts.seed, corpus)) {
      if (generated >= opts.count || (opts.count === Infinity && performance.now() > deadline)) break;
      generated++;
      await runOne(input, cliDone < opts.cliRuns && generated % 25 === 0);
    }
  } finally {
    await compiler.close();
    oracle?.close();
    fs.rmSync(cliDir, { recursive: true, force: true });
  }

  log(`\nfuzz-compile: seed ${opts.seed}, ${inputs} inputs (${fixed.length} fixed, ${inputs - fixed.length} generated from ${corpus.length} files), ${cliDone} also through the CLI`);
  for (const [outcome, n] of Object.entries(byOutcome).sort((a, b) => b[1] - a[1])) log(`  ${outcome.padEnd(15)} ${n}`);
  for (const [origin, counts] of byOrigin) log(`  ${origin.padEnd(15)} ${Object.entries(counts).map(([o, n]) => `${o} ${n}`).join(', ')}`);
  log(`  slowest input: ${slowest.origin} (${Math.round(slowest.ms)} ms)`);
  if (deeperThanUs.length) log(`  CPython compiles, memphisc reports RecursionError (known limit): ${deeperThanUs.join(', ')}`);
  log(failures === 0 ? 'no failures' : `${failures} failures saved under ${path.relative(process.cwd(), opts.outDir)}`);
  return { inputs, byOutcome, failures };
}

if (isMainThread) {
  if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const summary = await fuzz(parseArgs(process.argv.slice(2)));
    process.exitCode = summary.failures === 0 ? 0 : 1;
  }
} else {
  await workerMain();
}
