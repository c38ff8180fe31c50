// The `re` module over JS RegExp: re_parser.ts parses a pattern as CPython's re/_parser.py does
// (its errors are CPython's, message and position), re_compiler.ts writes it as an ES2022 pattern
// with the `u` flag (code points, strict escapes), and Pattern / Match objects give CPython's
// interface on top. Group positions come from the `d` flag, asked for only when a span is read.
//
// Positions: JS indices count UTF-16 code units, Python's count code points. A string without
// surrogates needs no conversion; otherwise `Indexer` maps between the two.

import { raise, throwPy, makeExc, Exception, isPyException, type PyException } from '../exceptions.js';
import { builtinType, addressOf, type PyType } from '../object.js';
import { repr } from '../repr.js';
import { PyTuple, tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { toIndex, typeNameOf } from '../slice.js';
import { JOIN_CHUNK, JOIN_CHUNK_CHARS } from '../str.js';
import { kwParams } from '../install.js';
import { str } from '../repr.js';
import { truthy } from '../ops.js';
import { callable, isCallable } from '../function.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';
import {
  parse, parseTemplate, PatternError, PatternTypeError, TemplateIndexError, type Parsed, type TemplatePiece,
  SRE_FLAG_ASCII, SRE_FLAG_DOTALL, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_UNICODE,
  SRE_FLAG_VERBOSE,
} from './re_parser.js';
import { compileJs, prefersEmpty } from './re_compiler.js';

// ---------------------------------------------------------------------------------------------
// Flags and the error class

const I = SRE_FLAG_IGNORECASE;
const L = SRE_FLAG_LOCALE;
const M = SRE_FLAG_MULTILINE;
const S = SRE_FLAG_DOTALL;
const U = SRE_FLAG_UNICODE;
const X = SRE_FLAG_VERBOSE;
const A = SRE_FLAG_ASCII;

class ReErrorProto {}
export const reError: PyType = builtinType({
  name: 'error',
  module: 're',
  base: Exception,
  proto: Object.setPrototypeOf(ReErrorProto.prototype, Exception.prototype),
  methods: {
    // re.error(msg, pattern=None, pos=None): the message gains the position, and its line and
    // column when the pattern has several lines.
    __init__: kwParams(function (this: PyException, msg: unknown, pattern: unknown = null, pos: unknown = null) {
      this.msg = msg;
      this.pattern = pattern;
      this.pos = pos;
      this.lineno = null;
      this.colno = null;
      let text = msg;
      if (typeof pattern === 'string' && typeof pos === 'number') {
        text = `${str(msg)} at position ${pos}`;
        const before = Array.from(pattern).slice(0, pos).join('');
        this.lineno = before.split('\n').length;
        this.colno = pos - (before.lastIndexOf('\n') < 0 ? -1 : Array.from(before.slice(0, before.lastIndexOf('\n'))).length);
        if (pattern.includes('\n')) text = `${text} (line ${this.lineno}, column ${this.colno})`;
      }
      this.args = tuple([text]);
      return null;
    }, '__init__', ['msg', 'pattern', 'pos']),
  },
  getters: {
    msg: (e: PyException) => e.msg ?? null,
    pattern: (e: PyException) => e.pattern ?? null,
    pos: (e: PyException) => e.pos ?? null,
    lineno: (e: PyException) => e.lineno ?? null,
    colno: (e: PyException) => e.colno ?? null,
  },
});

function patternError(msg: string, pattern: string | null = null, pos: number | null = null): never {
  return throwPy((reError as unknown as (m: string, p: string | null, n: number | null) => never)(msg, pattern, pos) as never);
}

/** Raises what the parser found wrong with `pattern` as CPython raises it. */
function raisePatternError(e: unknown, pattern: string): never {
  if (e instanceof PatternError) return patternError(e.msg, e.pos === null ? null : pattern, e.pos);
  if (e instanceof PatternTypeError) return raise(e.type, e.msg);
  if (e instanceof TemplateIndexError) return raise('IndexError', e.msg);
  throw e;
}

// ---------------------------------------------------------------------------------------------
// Translation (re_parser.ts parses, re_compiler.ts writes the JS source)

interface Compiled {
  /** The JS source for any subject. */
  source: string;
  jsFlags: string;
  flags: number;
  groups: number;
  names: Map<string, number>;
  parsed: Parsed;
  /** The JS group of each Python group. */
  groupIndex: number[];
  /** Whether the JS groups are exactly the Python groups (no atomic or marker groups). */
  sameGroups: boolean;
  /** Whether a scan must look for a non-empty match where an empty one was found (re_compiler.ts). */
  prefersEmpty: boolean;
}

function translate(pattern: string, flags: number): Compiled {
  let parsed: Parsed;
  try {
    parsed = parse(pattern, flags);
  } catch (e) {
    return raisePatternError(e, pattern);
  }
  const js = compileJs(parsed, false);
  const jsFlags = js.ignoreCase ? 'giu' : 'gu';
  try {
    new RegExp(js.source, jsFlags);
  } catch (e) {
    patternError(String((e as Error).message).replace(/^Invalid regular expression: /, ''));
  }
  return {
    source: js.source, jsFlags, flags: parsed.flags, groups: parsed.groups, names: parsed.groupdict,
    parsed, groupIndex: js.groupIndex, sameGroups: js.sameGroups, prefersEmpty: prefersEmpty(parsed),
  };
}

// ---------------------------------------------------------------------------------------------
// Positions

/** Whether `s` is all ASCII (its UTF-8 is as long as it: V8 measures that with SIMD). */
function isAscii(s: string): boolean {
  return s.length < 64 ? /^[\x00-\x7f]*$/.test(s) : Buffer.byteLength(s, 'utf8') === s.length;
}

// The answers for the last few subjects: a program often searches one text with several patterns,
// and one derived from it (by `sub`) with others, then the first again.
const asciiTexts: (string | null)[] = [null, null, null];
const asciiAnswers: boolean[] = [false, false, false];
let asciiNext = 0;

/** Whether subject `s` is all ASCII, remembered for the last few subjects. */
function isAsciiText(s: string): boolean {
  if (s.length < 64) return isAscii(s);
  for (let i = 0; i < asciiTexts.length; i++) if (asciiTexts[i] === s) return asciiAnswers[i]!;
  const answer = isAscii(s);
  asciiTexts[asciiNext] = s;
  asciiAnswers[asciiNext] = answer;
  asciiNext = (asciiNext + 1) % asciiTexts.length;
  return answer;
}

/**
 * Converts positions between the UTF-16 indices of a subject and Python's code-point indices.
 * Whether the subject has surrogates at all is only looked at when a position is converted.
 */
class Indexer {
  private sur: boolean | undefined;
  private cu2cp: Int32Array | null = null;
  private cp2cu: Int32Array | null = null;
  constructor(readonly s: string) {}
  get simple(): boolean {
    return !(this.sur ??= /[\uD800-\uDFFF]/.test(this.s));
  }
  private build(): void {
    const s = this.s;
    const cu2cp = new Int32Array(s.length + 1);
    const cps: number[] = [];
    let cp = 0;
    for (let i = 0; i < s.length; i++) {
      cu2cp[i] = cp;
      const c = s.charCodeAt(i);
      cps.push(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { cu2cp[i + 1] = cp; i++; }
      }
      cp++;
    }
    cu2cp[s.length] = cp;
    cps.push(s.length);
    this.cu2cp = cu2cp;
    this.cp2cu = Int32Array.from(cps);
  }
  toPy(cu: number): number {
    if (this.simple) return cu;
    if (!this.cu2cp) this.build();
    return this.cu2cp![cu]!;
  }
  toJs(cp: number): number {
    if (this.simple) return cp;
    if (!this.cp2cu) this.build();
    return this.cp2cu![Math.min(cp, this.cp2cu!.length - 1)]!;
  }
  get length(): number {
    return this.simple ? this.s.length : this.toPy(this.s.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Pattern and Match

export class PyPattern {
  constructor(readonly pattern: string, readonly c: Compiled) {}
  private asciiSource: string | null | undefined;

  /** The JS source to run on subject `s`: the ASCII-only translation when both are ASCII. */
  sourceFor(s: string): string {
    if (this.c.flags & A) return this.c.source;
    if (this.asciiSource === undefined) {
      const ascii = compileJs(this.c.parsed, true).source;
      this.asciiSource = ascii === this.c.source ? null : ascii;
    }
    return this.asciiSource !== null && isAsciiText(s) ? this.asciiSource : this.c.source;
  }

  /** The global RegExp to scan `s` with, made for this scan. */
  regex(s: string): RegExp {
    return new RegExp(this.sourceFor(s), this.c.jsFlags);
  }

  /** A RegExp per use kept for the next call: making one costs more than a short match. */
  private readonly spares: (SpareRegExp | null)[] = [null, null, null];

  /**
   * A RegExp for `use` on subject `s`, which the caller owns until it gives it back with
   * `release`: a call made meanwhile (from a callback, or a generator left open) makes its own.
   */
  acquire(s: string, use: RegExpUse): SpareRegExp {
    const source = this.sourceFor(s);
    const spare = this.spares[use]!;
    if (spare !== null && spare.source === source) {
      this.spares[use] = null;
      return spare;
    }
    const flags = use === RegExpUse.Search ? this.c.jsFlags : this.c.jsFlags.replace('g', '') + 'y';
    const src = use === RegExpUse.FullMatch ? `(?:${source})(?![\\s\\S])` : source;
    return { source, re: new RegExp(src, flags) };
  }

  release(spare: SpareRegExp, use: RegExpUse): void {
    this.spares[use] = spare;
  }

  private nonEmptyRegExp: RegExp | undefined;

  /**
   * A sticky RegExp for a match that is not empty: its group 1 captures the rest of the subject
   * where the match starts, and the match may not end where the rest is the same, i.e. there.
   */
  nonEmpty(): RegExp {
    return this.nonEmptyRegExp ??= new RegExp(`(?=([\\s\\S]*))(?:${this.c.source})(?!\\1$)`, this.c.jsFlags.replace('g', '') + 'y');
  }
}

/** How a RegExp is run: searching (global), matching at a position or matching all (sticky). */
const enum RegExpUse { Search, Match, FullMatch }

interface SpareRegExp {
  /** The translated pattern it was made from (its own `source` is escaped differently). */
  readonly source: string;
  readonly re: RegExp;
}

export class PyMatch {
  private ind: RegExpIndicesArray | undefined;
  constructor(
    readonly re: PyPattern,
    readonly string: string,
    readonly ix: Indexer,
    readonly m: RegExpExecArray,
    readonly pos: number,
    readonly endpos: number,
    /** The RegExp and the text it ran on, to find group positions again when asked. */
    private readonly rx: RegExp,
    private readonly subject: string,
  ) {}

  /**
   * The groups' [start, end] code-unit positions. Matching with the `d` flag would record them for
   * every match (measured: twice the cost of the search); most programs only read the groups'
   * text, so the match is repeated at its own position, with `d`, when a position is needed.
   */
  get indices(): RegExpIndicesArray {
    if (this.ind === undefined) {
      const again = new RegExp(this.rx.source, this.rx.flags.replace(/[gy]/g, '') + 'dy');
      again.lastIndex = this.m.index;
      let ind = again.exec(this.subject)!.indices!;
      if (ind[0]![1] - ind[0]![0] !== this.m[0].length) {
        // A non-empty match found after an empty one at the same place (see `stepPast`).
        const nonEmpty = this.re.nonEmpty();
        const longer = new RegExp(nonEmpty.source, nonEmpty.flags + 'd');
        longer.lastIndex = this.m.index;
        const found = longer.exec(this.subject)!.indices!;
        ind = [found[0]!, ...found.slice(2)] as unknown as RegExpIndicesArray;
      }
      this.ind = ind;
    }
    return this.ind;
  }

  /** [start, end] in Python indices of group g, or [-1, -1]. */
  span(g: number): [number, number] {
    const ind = this.indices[this.re.c.groupIndex[g]!];
    if (ind === undefined) return [-1, -1];
    return [this.ix.toPy(ind[0]), this.ix.toPy(ind[1])];
  }

  group(g: number): string | null {
    const v = this.m[this.re.c.groupIndex[g]!];
    return v === undefined ? null : v;
  }
}

function groupIndex(m: PyMatch, g: unknown): number {
  if (typeof g === 'string') {
    const i = m.re.c.names.get(g);
    if (i === undefined) raise('IndexError', 'no such group');
    return i;
  }
  // Anything else with __index__ is a group number; the rest is no group (a float included).
  const indexable = typeof g === 'number' ? Number.isInteger(g) : typeof g === 'bigint' || typeof g === 'boolean'
    || (g !== null && typeof g === 'object' && typeof (g as { $__index__?: unknown }).$__index__ === 'function');
  if (indexable) {
    const i = Number(toIndex(g));
    if (i < 0 || i > m.re.c.groups) raise('IndexError', 'no such group');
    return i;
  }
  return raise('IndexError', 'no such group');
}

function checkString(s: unknown, what = 'string'): string {
  if (typeof s === 'string') return s;
  if (s instanceof String) return s.valueOf();
  return raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(s)}'`);
  void what;
}

function execAt(p: PyPattern, re: RegExp, s: string, ix: Indexer, pos: number, endpos: number): PyMatch | null {
  const sub = endpos < ix.length ? s.slice(0, ix.toJs(endpos)) : s;
  re.lastIndex = ix.toJs(pos);
  const m = re.exec(sub);
  if (m === null) return null;
  return new PyMatch(p, s, ix, m, pos, endpos, re, sub);
}

function bounds(ix: Indexer, pos: unknown, endpos: unknown): [number, number] {
  const len = ix.length;
  let p = pos === undefined || pos === null ? 0 : Number(toIndex(pos));
  let e = endpos === undefined || endpos === null ? len : Number(toIndex(endpos));
  if (p < 0) p = 0;
  if (p > len) p = len;
  if (e > len) e = len;
  if (e < p) e = p;
  return [p, e];
}

function doSearch(p: PyPattern, string: unknown, pos: unknown, endpos: unknown): PyMatch | null {
  const s = checkString(string);
  const ix = new Indexer(s);
  const [b, e] = bounds(ix, pos, endpos);
  const spare = p.acquire(s, RegExpUse.Search);
  const m = execAt(p, spare.re, s, ix, b, e);
  p.release(spare, RegExpUse.Search);
  return m;
}

function doMatch(p: PyPattern, string: unknown, pos: unknown, endpos: unknown, full: boolean): PyMatch | null {
  const s = checkString(string);
  const ix = new Indexer(s);
  const [b, e] = bounds(ix, pos, endpos);
  const use = full ? RegExpUse.FullMatch : RegExpUse.Match;
  const spare = p.acquire(s, use);
  const m = execAt(p, spare.re, s, ix, b, e);
  p.release(spare, use);
  return m;
}

/**
 * After match `m` of `p`'s global `re` in `sub`: steps past an empty match by one code point, as
 * Python does, and says whether another match can follow (not after an empty match at the end).
 * When the pattern could have matched a longer text there, Python's next match is that one: it is
 * found now and left for `nextMatch` to return.
 */
function stepPast(p: PyPattern, re: RegExp, sub: string, m: RegExpExecArray): boolean {
  if (m[0] === '') {
    if (p.c.prefersEmpty && findLonger(p, re, sub, m.index)) return true;
    const cp = sub.codePointAt(re.lastIndex);
    re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
  }
  return m.index < sub.length;
}

/** The matches found by `stepPast` for the scans of these RegExps, which `nextMatch` returns. */
const pending = new Map<RegExp, RegExpExecArray>();

function findLonger(p: PyPattern, re: RegExp, sub: string, at: number): boolean {
  const nonEmpty = p.nonEmpty();
  nonEmpty.lastIndex = at;
  const found = nonEmpty.exec(sub);
  if (found === null) return false;
  // Drop the rest-of-subject group.
  const m = [found[0], ...found.slice(2)] as unknown as RegExpExecArray;
  m.index = found.index;
  m.input = sub;
  pending.set(re, m);
  re.lastIndex = nonEmpty.lastIndex;
  return true;
}

/** The next match of the global `re` in `sub`. */
function nextMatch(re: RegExp, sub: string): RegExpExecArray | null {
  if (pending.size !== 0) {
    const m = pending.get(re);
    if (m !== undefined) {
      pending.delete(re);
      return m;
    }
  }
  return re.exec(sub);
}

/** The subject `s[pos:endpos]` is searched as: s up to endpos, from pos (UTF-16 indices). */
interface Scan {
  re: RegExp;
  sub: string;
}

function startScan(p: PyPattern, s: string, ix: Indexer, b: number, e: number): Scan {
  const sub = e < ix.length ? s.slice(0, ix.toJs(e)) : s;
  const re = p.regex(s);
  re.lastIndex = ix.toJs(b);
  return { re, sub };
}

/** The whole of `s`, as a scan of `s[pos:endpos]` without the bounds. */
function wholeScan(p: PyPattern, s: string): Scan {
  const re = p.regex(s);
  re.lastIndex = 0;
  return { re, sub: s };
}

/** finditer's iterator: the scan's state in fields (a generator frame costs more per match). */
class MatchIterator implements Iterator<PyMatch> {
  private readonly s: string;
  private readonly ix: Indexer;
  private readonly b: number;
  private readonly e: number;
  private readonly re: RegExp;
  private readonly sub: string;
  private done = false;

  constructor(private readonly p: PyPattern, string: unknown, pos?: unknown, endpos?: unknown) {
    const s = checkString(string);
    const ix = new Indexer(s);
    const [b, e] = bounds(ix, pos, endpos);
    const { re, sub } = startScan(p, s, ix, b, e);
    this.s = s;
    this.ix = ix;
    this.b = b;
    this.e = e;
    this.re = re;
    this.sub = sub;
  }

  next(): IteratorResult<PyMatch> {
    if (this.done) return { value: undefined, done: true };
    const m = nextMatch(this.re, this.sub);
    if (m === null) {
      this.done = true;
      return { value: undefined, done: true };
    }
    if (!stepPast(this.p, this.re, this.sub, m)) this.done = true;
    return { value: new PyMatch(this.p, this.s, this.ix, m, this.b, this.e, this.re, this.sub), done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

function matchRepr(m: PyMatch): string {
  const [a, b] = m.span(0);
  return `<re.Match object; span=(${a}, ${b}), match=${repr(m.m[0])}>`;
}

// In _sre's pattern_repr order.
const FLAG_NAMES: [number, string][] = [
  [1, 'TEMPLATE'], [I, 'IGNORECASE'], [L, 'LOCALE'], [M, 'MULTILINE'], [S, 'DOTALL'], [X, 'VERBOSE'], [128, 'DEBUG'], [A, 'ASCII'],
];

function patternRepr(p: PyPattern): string {
  let r = repr(p.pattern);
  if (r.length > 200) r = r.slice(0, 200);
  const fl = p.c.flags & ~U;
  if (!fl) return `re.compile(${r})`;
  const parts = FLAG_NAMES.filter(([f]) => fl & f).map(([, n]) => `re.${n}`);
  return `re.compile(${r}, ${parts.join('|')})`;
}

// ---------------------------------------------------------------------------------------------
// Substitution

/**
 * The replacement template `repl` for pattern `p`, its group numbers made the JS groups of the
 * matches they are expanded from.
 */
function compileTemplate(p: PyPattern, repl: string): TemplatePiece[] {
  let pieces: TemplatePiece[];
  try {
    pieces = parseTemplate(repl, p.c.groups, p.c.names);
  } catch (e) {
    return raisePatternError(e, repl);
  }
  if (p.c.sameGroups) return pieces;
  return pieces.map((piece) => (typeof piece === 'string' ? piece : p.c.groupIndex[piece]!));
}

/** A template's text for one match (the groups of the JS match `m`; an unmatched one is ''). */
function expandGroups(pieces: TemplatePiece[], m: RegExpExecArray): string {
  let s = '';
  for (const piece of pieces) s += typeof piece === 'string' ? piece : m[piece] ?? '';
  return s;
}

/**
 * CPython's list of pieces (_sre's pattern_subx), joined as it grows: every 1,024 pieces (or 32K
 * characters) into a chunk, the chunks into a rope. One array of all the pieces would be allocated
 * in the old generation once it is long, and each young piece stored into it would record a slot
 * for the GC (the same reason as strJoin's chunks in str.ts); appending each piece to one string
 * would make a rope of two nodes per match. A piece that is not a str fails the join at the end,
 * naming its place in the list, after every match has been replaced.
 */
class PieceJoiner {
  private readonly pieces: string[] = [];
  private chars = 0;
  private out = '';
  private count = 0;
  private bad = -1;
  private badType = '';

  push(x: unknown): void {
    let piece: string;
    if (typeof x === 'string') piece = x;
    else if (x instanceof String) piece = x.valueOf();
    else {
      if (this.bad < 0) {
        this.bad = this.count;
        this.badType = typeNameOf(x);
      }
      this.count++;
      return;
    }
    this.count++;
    this.chars += piece.length;
    if (this.pieces.push(piece) === JOIN_CHUNK || this.chars > JOIN_CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    const chunk = this.pieces.join('');
    this.out = this.out === '' ? chunk : this.out + chunk;
    this.pieces.length = 0;
    this.chars = 0;
  }

  finish(): string {
    if (this.bad >= 0) raise('TypeError', `sequence item ${this.bad}: expected str instance, ${this.badType} found`);
    this.flush();
    return this.out;
  }
}

function subn(p: PyPattern, repl: unknown, string: unknown, count: unknown): [string, number] {
  const s = checkString(string);
  const n = count === undefined || count === null ? 0 : Number(toIndex(count));
  let fn: ((m: PyMatch) => unknown) | null = null;
  let pieces: TemplatePiece[] | null = null;
  if (typeof repl === 'string' || repl instanceof String) pieces = compileTemplate(p, repl.valueOf());
  else if (isCallable(repl)) fn = callable(repl) as (m: PyMatch) => unknown;
  // CPython reads anything else as a template's bytes (sre_parse's Tokenizer).
  else raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(repl)} found`);
  const ix = new Indexer(s);
  const { re, sub } = wholeScan(p, s);
  // A function's None adds nothing to the list of pieces.
  const out = new PieceJoiner();
  let last = 0;
  let done = 0;
  // A negative count, like a negative maxsplit, allows nothing (`while (!count || n < count)`).
  while (n === 0 || done < n) {
    const m = nextMatch(re, sub);
    if (m === null) break;
    const more = stepPast(p, re, sub, m);
    if (last < m.index) out.push(s.slice(last, m.index));
    if (fn !== null) {
      const r = fn(new PyMatch(p, s, ix, m, 0, ix.length, re, sub));
      if (r !== null) out.push(r);
    } else {
      out.push(expandGroups(pieces!, m));
    }
    last = m.index + m[0].length;
    done++;
    if (!more) break;
  }
  if (done === 0) return [s, 0];
  if (last < s.length) out.push(s.slice(last));
  return [out.finish(), done];
}

/**
 * A pattern that is one character class, class escape or plain character repeated with `+` (and
 * not VERBOSE): it cannot match the empty string and has no group.
 */
const ONE_OR_MORE_CHARS = /^(?:\[(?:[^\]\\[]|\\[^\d])+\]|\\[dDsSwW]|[^\\[\](){}|.*+?^$#\s])\+$/;

/**
 * Without empty matches, groups and maxsplit, JS's split cuts where Python's does, in the engine
 * (no exec array per match).
 */
function nativeSplit(p: PyPattern): boolean {
  return p.c.groups === 0 && p.c.sameGroups && !p.c.prefersEmpty && (p.c.flags & X) === 0 && ONE_OR_MORE_CHARS.test(p.pattern);
}

function split(p: PyPattern, string: unknown, maxsplit: unknown): string[] {
  const s = checkString(string);
  const max = maxsplit === undefined || maxsplit === null ? 0 : Number(toIndex(maxsplit));
  const groups = p.c.groups;
  const gi = p.c.groupIndex;
  const { re, sub } = wholeScan(p, s);
  if (max === 0 && nativeSplit(p)) return sub.split(re);
  const out: unknown[] = [];
  let last = 0;
  let done = 0;
  while (max === 0 || done < max) {
    const m = nextMatch(re, sub);
    if (m === null) break;
    const more = stepPast(p, re, sub, m);
    out.push(s.slice(last, m.index));
    for (let g = 1; g <= groups; g++) out.push(m[gi[g]!] ?? null);
    last = m.index + m[0].length;
    done++;
    if (!more) break;
  }
  out.push(s.slice(last));
  return out as string[];
}

function findall(p: PyPattern, string: unknown, pos?: unknown, endpos?: unknown): unknown[] {
  const s = checkString(string);
  let scan: Scan;
  if ((pos === undefined || pos === null) && (endpos === undefined || endpos === null)) {
    scan = wholeScan(p, s);
  } else {
    const ix = new Indexer(s);
    const [b, e] = bounds(ix, pos, endpos);
    scan = startScan(p, s, ix, b, e);
  }
  const { re, sub } = scan;
  const groups = p.c.groups;
  const gi = p.c.groupIndex;
  if (groups === 0 && re.lastIndex === 0 && !p.c.prefersEmpty) {
    // The engine's own loop gives the matched texts without an exec array per match; with the `u`
    // flag it steps past an empty match by a code point, as stepPast does.
    return sub.match(re) ?? [];
  }
  const out: unknown[] = [];
  for (;;) {
    const m = nextMatch(re, sub);
    if (m === null) break;
    const more = stepPast(p, re, sub, m);
    if (groups === 0) out.push(m[0]);
    else if (groups === 1) out.push(m[gi[1]!] ?? '');
    else {
      const t = new PyTuple(groups);
      for (let g = 1; g <= groups; g++) t[g - 1] = m[gi[g]!] ?? '';
      out.push(t);
    }
    if (!more) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Python types

const matchIteratorType = builtinType({
  name: 'callable_iterator',
  proto: MatchIterator.prototype,
  final: true,
  methods: {
    __iter__(this: MatchIterator) {
      return this;
    },
    __next__(this: MatchIterator) {
      const r = this.next();
      if (r.done) return raiseStop();
      return r.value;
    },
  },
});

function raiseStop(): never {
  return throwPy(makeExc('StopIteration'));
}

export const matchType: PyType = builtinType({
  name: 'Match',
  module: 're',
  proto: PyMatch.prototype,
  final: true,
  methods: {
    // No rest parameter: m.group(1), the common call, allocates no argument array.
    group(this: PyMatch, g?: unknown) {
      if (arguments.length <= 1) return this.group(g === undefined ? 0 : groupIndex(this, g));
      return tuple(Array.from(arguments, (x: unknown) => this.group(groupIndex(this, x))));
    },
    __getitem__(this: PyMatch, g: unknown) {
      return this.group(groupIndex(this, g));
    },
    groups(this: PyMatch, dflt: unknown = null) {
      const out: unknown[] = [];
      for (let g = 1; g <= this.re.c.groups; g++) out.push(this.group(g) ?? dflt);
      return tuple(out);
    },
    groupdict(this: PyMatch, dflt: unknown = null) {
      const d = new PyDict();
      for (const [name, g] of this.re.c.names) d.m.set(name, this.group(g) ?? dflt);
      return d;
    },
    start(this: PyMatch, g: unknown = 0) {
      return this.span(groupIndex(this, g))[0];
    },
    end(this: PyMatch, g: unknown = 0) {
      return this.span(groupIndex(this, g))[1];
    },
    span(this: PyMatch, g: unknown = 0) {
      return tuple(this.span(groupIndex(this, g)));
    },
    expand(this: PyMatch, template: unknown) {
      return expandGroups(compileTemplate(this.re, checkString(template)), this.m);
    },
    __repr__(this: PyMatch) {
      return matchRepr(this);
    },
    __bool__() {
      return true;
    },
  },
  getters: {
    string: (m: PyMatch) => m.string,
    re: (m: PyMatch) => m.re,
    pos: (m: PyMatch) => m.pos,
    endpos: (m: PyMatch) => m.endpos,
    lastindex: (m: PyMatch) => {
      let last: number | null = null;
      let lastEnd = -1;
      for (let g = 1; g <= m.re.c.groups; g++) {
        const ind = m.indices[m.re.c.groupIndex[g]!];
        if (ind !== undefined && ind[1] >= lastEnd) {
          // The group that closed last: the outermost among those ending last.
          if (last === null || ind[1] > lastEnd || ind[0] < m.indices[m.re.c.groupIndex[last]!]![0]) last = g;
          lastEnd = ind[1];
        }
      }
      return last;
    },
    lastgroup: (m: PyMatch) => {
      const li = (m as unknown as { $lastindex: number | null }).$lastindex;
      if (li === null) return null;
      for (const [name, g] of m.re.c.names) if (g === li) return name;
      return null;
    },
    regs: (m: PyMatch) => tuple(Array.from({ length: m.re.c.groups + 1 }, (_, g) => tuple(m.span(g)))),
  },
});

export const patternType: PyType = builtinType({
  name: 'Pattern',
  module: 're',
  proto: PyPattern.prototype,
  final: true,
  methods: {
    search: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return doSearch(this, s, pos, endpos);
    }, 'search', ['string', 'pos', 'endpos']),
    match: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return doMatch(this, s, pos, endpos, false);
    }, 'match', ['string', 'pos', 'endpos']),
    fullmatch: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return doMatch(this, s, pos, endpos, true);
    }, 'fullmatch', ['string', 'pos', 'endpos']),
    findall: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return findall(this, s, pos, endpos);
    }, 'findall', ['string', 'pos', 'endpos']),
    finditer: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return new MatchIterator(this, s, pos, endpos);
    }, 'finditer', ['string', 'pos', 'endpos']),
    sub: kwParams(function (this: PyPattern, repl: unknown, s: unknown, count?: unknown) {
      return subn(this, repl, s, count)[0];
    }, 'sub', ['repl', 'string', 'count']),
    subn: kwParams(function (this: PyPattern, repl: unknown, s: unknown, count?: unknown) {
      return tuple(subn(this, repl, s, count));
    }, 'subn', ['repl', 'string', 'count']),
    split: kwParams(function (this: PyPattern, s: unknown, maxsplit?: unknown) {
      return split(this, s, maxsplit);
    }, 'split', ['string', 'maxsplit']),
    __repr__(this: PyPattern) {
      return patternRepr(this);
    },
    __eq__(this: PyPattern, other: unknown) {
      return other instanceof PyPattern && other.pattern === this.pattern && other.c.flags === this.c.flags;
    },
    __hash__(this: PyPattern) {
      let h = 0;
      for (let i = 0; i < this.pattern.length; i++) h = (h * 31 + this.pattern.charCodeAt(i)) | 0;
      return h;
    },
  },
  getters: {
    pattern: (p: PyPattern) => p.pattern,
    flags: (p: PyPattern) => p.c.flags,
    groups: (p: PyPattern) => p.c.groups,
    groupindex: (p: PyPattern) => {
      const d = new PyDict();
      for (const [name, g] of p.c.names) d.m.set(name, g);
      return d;
    },
  },
});

// ---------------------------------------------------------------------------------------------
// Module functions

const cache = new Map<string, PyPattern>();

function flagsArg(flags: unknown): number {
  if (flags === undefined || flags === null) return 0;
  return Number(toIndex(flags));
}

function compile(pattern: unknown, flags?: unknown): PyPattern {
  if (pattern instanceof PyPattern) {
    if (flagsArg(flags)) raise('ValueError', 'cannot process flags argument with a compiled pattern');
    return pattern;
  }
  if (typeof pattern !== 'string') {
    return raise('TypeError', 'first argument must be string or compiled pattern');
  }
  const f = flagsArg(flags);
  const key = `${f}\0${pattern}`;
  let p = cache.get(key);
  if (p === undefined) {
    p = new PyPattern(pattern, translate(pattern, f));
    if (cache.size > 512) cache.clear();
    cache.set(key, p);
  }
  return p;
}

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f'.split(''));

function escape(pattern: unknown): string {
  const s = checkString(pattern);
  let out = '';
  for (const c of s) out += SPECIAL.has(c) ? '\\' + c : c;
  return out;
}

export function populateRe(mod: Record<string, unknown>): void {
  defineAll(mod, {
    compile: kwParams((pattern: unknown, flags?: unknown) => compile(pattern, flags), 'compile', ['pattern', 'flags']),
    search: kwParams((p: unknown, s: unknown, flags?: unknown) => doSearch(compile(p, flags), s, undefined, undefined), 'search', ['pattern', 'string', 'flags']),
    match: kwParams((p: unknown, s: unknown, flags?: unknown) => doMatch(compile(p, flags), s, undefined, undefined, false), 'match', ['pattern', 'string', 'flags']),
    fullmatch: kwParams((p: unknown, s: unknown, flags?: unknown) => doMatch(compile(p, flags), s, undefined, undefined, true), 'fullmatch', ['pattern', 'string', 'flags']),
    findall: kwParams((p: unknown, s: unknown, flags?: unknown) => findall(compile(p, flags), s), 'findall', ['pattern', 'string', 'flags']),
    finditer: kwParams((p: unknown, s: unknown, flags?: unknown) => new MatchIterator(compile(p, flags), s), 'finditer', ['pattern', 'string', 'flags']),
    sub: kwParams((p: unknown, repl: unknown, s: unknown, count?: unknown, flags?: unknown) => subn(compile(p, flags), repl, s, count)[0], 'sub', ['pattern', 'repl', 'string', 'count', 'flags']),
    subn: kwParams((p: unknown, repl: unknown, s: unknown, count?: unknown, flags?: unknown) => tuple(subn(compile(p, flags), repl, s, count)), 'subn', ['pattern', 'repl', 'string', 'count', 'flags']),
    split: kwParams((p: unknown, s: unknown, maxsplit?: unknown, flags?: unknown) => split(compile(p, flags), s, maxsplit), 'split', ['pattern', 'string', 'maxsplit', 'flags']),
    escape,
    purge: () => {
      cache.clear();
      return null;
    },
    error: reError,
    Pattern: patternType,
    Match: matchType,
    I, IGNORECASE: I, M, MULTILINE: M, S, DOTALL: S, X, VERBOSE: X, A, ASCII: A, U, UNICODE: U,
    L, LOCALE: L, T: 1, TEMPLATE: 1, NOFLAG: 0,
  });
  void matchIteratorType;
  void addressOf;
  void str;
  void truthy;
  void isPyException;
  void PyTuple;
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('re', populateRe);
