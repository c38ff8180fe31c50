// The `re` module over JS RegExp: re_parser.ts parses a pattern as CPython's re/_parser.py does
// (its errors are CPython's, message and position), re_compiler.ts writes it as an ES2022 pattern
// with the `u` flag (code points, strict escapes), and Pattern / Match objects give CPython's
// interface on top. Group positions come from the `d` flag, asked for only when a span is read.
//
// Positions: JS indices count UTF-16 code units, Python's count code points. A string without
// surrogates needs no conversion; otherwise `Indexer` maps between the two.

import { strText, unwrapStr } from '../strvalue.js';
import { raise, throwPy, makeExc, Exception, isPyException, type PyException } from '../exceptions.js';
import { builtinType, addressOf, NotImplemented, typeType, type KwPairs, type PyType } from '../object.js';
import { intType } from '../numbers.js';
import { unwrapInt } from '../int.js';
import { formatInt } from '../format.js';
import { bytes, bytesData, isBytesLike, PyBytes } from '../bytes.js';
import { repr } from '../repr.js';
import { newTuple, PyTuple, tuple } from '../tuple.js';
import { ownClassGetitem } from '../generic.js';
import { PyDict } from '../dict.js';
import { MappingProxy } from '../classes.js';
import { toIndex, typeNameOf } from '../slice.js';
import { JOIN_CHUNK, JOIN_CHUNK_CHARS } from '../str.js';
import { kwParams } from '../install.js';
import { str } from '../repr.js';
import { getslice, iter, truthy } from '../ops.js';
import { callable, isCallable } from '../function.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';
import {
  parse, parseTemplate, PatternError, PatternTypeError, TemplateIndexError, type Parsed, type TemplatePiece,
  SRE_FLAG_ASCII, SRE_FLAG_DOTALL, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_UNICODE,
  SRE_FLAG_VERBOSE,
} from './re_parser.js';
import { compileJs, prefersEmpty } from './re_compiler.js';
import { compileProgram, EngineScanner, needsEngine, type Program, type ScanMode } from './re_engine.js';
import { registerSignatures } from '../native_signatures.js';

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
      // A bytes pattern's positions count its bytes, which its Latin-1 text has one to a character.
      if (pattern instanceof PyBytes) pattern = latin1(pattern.b);
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

// ---------------------------------------------------------------------------------------------
// re.RegexFlag: the flags as CPython's enum.IntFlag with @global_enum prints them
// (`re.IGNORECASE|re.MULTILINE`), an int subclass whose `| & ^ ~` keep the type. Written here, not
// with lib/enum.py, so that importing re does not import enum.

// In definition order, the order of the names in a combination's repr.
const REGEX_FLAG_MEMBERS: [string, number][] = [
  ['ASCII', A], ['IGNORECASE', I], ['LOCALE', L], ['UNICODE', U], ['MULTILINE', M], ['DOTALL', S],
  ['VERBOSE', X], ['TEMPLATE', 1], ['DEBUG', 128],
];
const ALL_REGEX_FLAGS = 511;

class RegexFlagProto {}
Object.setPrototypeOf(RegexFlagProto.prototype, Number.prototype);

/** A RegexFlag instance: an int wrapper (int subclass instances are Number objects). */
type RegexFlag = number & { readonly $regexFlag: true };

const regexFlags = new Map<number, RegexFlag>();

function regexFlag(value: number): RegexFlag {
  let f = regexFlags.get(value);
  if (f === undefined) {
    f = Object.setPrototypeOf(Object(value), RegexFlagProto.prototype) as RegexFlag;
    regexFlags.set(value, f);
  }
  return f;
}

function flagValue(f: unknown): number {
  return Number(unwrapInt(f as object));
}

/** Flag._name_: the members' names, and the bits no member has in hex; null for no member's bits. */
function regexFlagName(value: number): string | null {
  if (value === 0) return 'NOFLAG';
  const names = REGEX_FLAG_MEMBERS.filter(([, bit]) => value & bit).map(([name]) => name);
  if (!names.length) return null;
  const extra = value & ~ALL_REGEX_FLAGS;
  if (extra) names.push('0x' + extra.toString(16));
  return names.join('|');
}

function regexFlagRepr(value: number): string {
  const name = regexFlagName(value);
  if (name === null) return `re.RegexFlag(${value})`;
  return name.split('|').map((n) => (/^[0-9]/.test(n) ? n : 're.' + n)).join('|');
}

/** An operand of `| & ^` as an int, or null when the operation is not for RegexFlag. */
function flagOperand(other: unknown): number | null {
  if (typeof other === 'number' && Number.isInteger(other)) return other;
  if (typeof other === 'boolean') return other ? 1 : 0;
  if (other instanceof Number) return flagValue(other);
  return null;
}

function flagBinary(op: (a: number, b: number) => number) {
  return function (this: RegexFlag, other: unknown): unknown {
    const b = flagOperand(other);
    if (b === null) return NotImplemented;
    return regexFlag(op(flagValue(this), b));
  };
}

/** The flags' names and aliases, as attributes of the class. */
const REGEX_FLAG_ALIASES: [string, number][] = [
  ...REGEX_FLAG_MEMBERS, ['NOFLAG', 0], ['A', A], ['I', I], ['L', L], ['U', U], ['M', M], ['S', S], ['X', X], ['T', 1],
];

// The members are attributes of the class (and of each member, as in CPython).
for (const [name, bit] of REGEX_FLAG_ALIASES) {
  Object.defineProperty(RegexFlagProto.prototype, '$' + name, { value: regexFlag(bit), configurable: true, writable: true });
}

/** RegexFlag's metaclass, for what the class does as an enum: its repr, iteration, `[name]`. */
const enumType: PyType = builtinType({
  name: 'EnumType',
  module: 'enum',
  base: typeType,
  proto: Object.create(typeType.prototype),
  methods: {
    __repr__() {
      return "<flag 'RegexFlag'>";
    },
    __iter__() {
      const members = tuple(REGEX_FLAG_MEMBERS.map(([, bit]) => regexFlag(bit)));
      return (members as unknown as { $__iter__(): unknown }).$__iter__();
    },
    __len__() {
      return REGEX_FLAG_MEMBERS.length;
    },
    __getitem__(name: unknown) {
      const found = REGEX_FLAG_ALIASES.find(([n]) => n === name);
      if (found === undefined) return throwPy(makeExc('KeyError', name));
      return regexFlag(found[1]);
    },
    __contains__(x: unknown) {
      return x instanceof RegexFlagProto;
    },
  },
});

export const regexFlagType: PyType = builtinType({
  name: 'RegexFlag',
  module: 're',
  base: intType,
  proto: RegexFlagProto.prototype,
  metaclass: enumType,
  final: true,
  construct(_cls, pos) {
    const v = pos[0];
    const n = flagOperand(v);
    if (n === null) return raise('ValueError', `${repr(v)} is not a valid RegexFlag`);
    return regexFlag(n);
  },
  methods: {
    __repr__(this: RegexFlag) {
      return regexFlagRepr(flagValue(this));
    },
    __str__(this: RegexFlag) {
      return regexFlagRepr(flagValue(this));
    },
    __format__(this: RegexFlag, spec: unknown) {
      if (spec === '') return regexFlagRepr(flagValue(this));
      return formatInt(flagValue(this), String(spec));
    },
    __or__: flagBinary((a, b) => a | b),
    __ror__: flagBinary((a, b) => a | b),
    __and__: flagBinary((a, b) => a & b),
    __rand__: flagBinary((a, b) => a & b),
    __xor__: flagBinary((a, b) => a ^ b),
    __rxor__: flagBinary((a, b) => a ^ b),
    __invert__(this: RegexFlag) {
      return regexFlag(ALL_REGEX_FLAGS & ~flagValue(this));
    },
    __contains__(this: RegexFlag, other: unknown) {
      if (!(other instanceof RegexFlagProto)) {
        return raise('TypeError', `unsupported operand type(s) for 'in': '${typeNameOf(other)}' and 'RegexFlag'`);
      }
      const b = flagValue(other);
      return (flagValue(this) & b) === b;
    },
  },
  getters: {
    name: (f: RegexFlag) => regexFlagName(flagValue(f)),
    value: (f: RegexFlag) => flagValue(f),
  },
});

function patternError(msg: string, pattern: unknown = null, pos: number | null = null): never {
  return throwPy((reError as unknown as (m: string, p: unknown, n: number | null) => never)(msg, pattern, pos) as never);
}

/** Raises what the parser found wrong with `pattern` (its text, a bytes one if `asBytes`) as CPython raises it. */
function raisePatternError(e: unknown, pattern: string, asBytes = false): never {
  if (e instanceof PatternError) return patternError(e.msg, e.pos === null ? null : asBytes ? bytes(pattern) : pattern, e.pos);
  if (e instanceof PatternTypeError) return raise(e.type, e.msg);
  if (e instanceof TemplateIndexError) return raise('IndexError', e.msg);
  throw e;
}

// ---------------------------------------------------------------------------------------------
// Translation (re_parser.ts parses, re_compiler.ts writes the JS source)

interface Compiled {
  /** A bytes pattern: its text and its subjects' are Latin-1, one character per byte. */
  bytes: boolean;
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
  /** The program that matches in place of a RegExp, for patterns JS would match otherwise (re_engine.ts). */
  engine: Program | null;
  /** The engine's program for a pattern that runs as a RegExp, made when a match's lastindex is read. */
  program?: Program;
}

/**
 * The part of a RegExp a scan uses; re_engine.ts's EngineScanner has it too. Its matches have
 * `indices` already when they come from the engine.
 */
interface Scanner {
  lastIndex: number;
  exec(s: string): RegExpExecArray | null;
}

function translate(pattern: string, flags: number, isBytes: boolean): Compiled {
  let parsed: Parsed;
  try {
    parsed = parse(pattern, flags, !isBytes);
  } catch (e) {
    return raisePatternError(e, pattern, isBytes);
  }
  // bytes patterns are rare: the engine spares a second set of class and case rules for JS.
  if (isBytes || needsEngine(parsed)) {
    return {
      bytes: isBytes, source: '', jsFlags: '', flags: parsed.flags, groups: parsed.groups, names: parsed.groupdict, parsed,
      groupIndex: Array.from({ length: parsed.groups + 1 }, (_, g) => g), sameGroups: true,
      prefersEmpty: prefersEmpty(parsed), engine: compileProgram(parsed, { bytes: isBytes }),
    };
  }
  const js = compileJs(parsed, false);
  const jsFlags = js.ignoreCase ? 'giu' : 'gu';
  try {
    new RegExp(js.source, jsFlags);
  } catch (e) {
    patternError(String((e as Error).message).replace(/^Invalid regular expression: /, ''));
  }
  return {
    bytes: false, source: js.source, jsFlags, flags: parsed.flags, groups: parsed.groups, names: parsed.groupdict,
    parsed, groupIndex: js.groupIndex, sameGroups: js.sameGroups, prefersEmpty: prefersEmpty(parsed), engine: null,
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
  /** `pattern`: the pattern's text (a bytes pattern's Latin-1 text). */
  constructor(readonly pattern: string, readonly c: Compiled) {}

  /** A matched text as Python sees it: a str, or bytes for a bytes pattern. */
  out(text: string): unknown {
    return this.c.bytes ? bytes(text) : text;
  }

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
  regex(s: string): Scanner {
    if (this.c.engine !== null) return new EngineScanner(this.c.engine, 'search');
    return new RegExp(this.sourceFor(s), this.c.jsFlags);
  }

  /** A RegExp per use kept for the next call: making one costs more than a short match. */
  private readonly spares: (SpareRegExp | null)[] = [null, null, null];

  /**
   * A RegExp for `use` on subject `s`, which the caller owns until it gives it back with
   * `release`: a call made meanwhile (from a callback, or a generator left open) makes its own.
   */
  acquire(s: string, use: RegExpUse): SpareRegExp {
    if (this.c.engine !== null) {
      const mode: ScanMode = use === RegExpUse.Search ? 'search' : use === RegExpUse.Match ? 'match' : 'full';
      return { source: '', re: new EngineScanner(this.c.engine, mode) };
    }
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

  private nonEmptyScanner: EngineScanner | undefined;

  /**
   * A sticky scanner for a match that is not empty (the engine's: a JS RegExp can only refuse an
   * empty match with a group of its own, which would renumber the pattern's backreferences).
   */
  nonEmpty(): EngineScanner {
    return this.nonEmptyScanner ??= new EngineScanner(this.program(), 'match', true);
  }

  /** The engine's program for this pattern. */
  program(): Program {
    return this.c.engine ?? (this.c.program ??= compileProgram(this.c.parsed, { bytes: this.c.bytes }));
  }
}

/** How a RegExp is run: searching (global), matching at a position or matching all (sticky). */
const enum RegExpUse { Search, Match, FullMatch }

interface SpareRegExp {
  /** The translated pattern it was made from (its own `source` is escaped differently). */
  readonly source: string;
  readonly re: Scanner;
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
    private readonly rx: Scanner,
    private readonly subject: string,
  ) {}

  /**
   * The groups' [start, end] code-unit positions. Matching with the `d` flag would record them for
   * every match (measured: twice the cost of the search); most programs only read the groups'
   * text, so the match is repeated at its own position, with `d`, when a position is needed.
   */
  get indices(): RegExpIndicesArray {
    if (this.ind === undefined && this.m.indices !== undefined) this.ind = this.m.indices;
    if (this.ind === undefined) {
      const rx = this.rx as RegExp;
      const again = new RegExp(rx.source, rx.flags.replace(/[gy]/g, '') + 'dy');
      again.lastIndex = this.m.index;
      // (A non-empty match found after an empty one at the same place has its indices: see `findLonger`.)
      this.ind = again.exec(this.subject)!.indices!;
    }
    return this.ind;
  }

  /**
   * The group that closed last (_sre's lastindex). JS does not say; the engine matches again at
   * the match's start, trying the kinds of match re.ts may have made until one is as long.
   */
  lastindex(): number | null {
    const known = (this.m as { lastindex?: number | null }).lastindex;
    if (known !== undefined) return known;
    if (this.re.c.groups === 0) return null;
    const program = this.re.program();
    const kinds: [ScanMode, boolean][] = [['match', false], ['match', true], ['full', false]];
    for (const [mode, nonEmpty] of kinds) {
      const scanner = new EngineScanner(program, mode, nonEmpty);
      scanner.lastIndex = this.m.index;
      const found = scanner.exec(this.subject) as (RegExpExecArray & { lastindex: number | null }) | null;
      if (found !== null && found[0].length === this.m[0].length) return found.lastindex;
    }
    return null;
  }

  /** [start, end] in Python indices of group g, or [-1, -1]. */
  span(g: number): [number, number] {
    const ind = this.indices[this.re.c.groupIndex[g]!];
    if (ind === undefined) return [-1, -1];
    return [this.ix.toPy(ind[0]), this.ix.toPy(ind[1])];
  }

  group(g: number): unknown {
    const v = this.m[this.re.c.groupIndex[g]!];
    return v === undefined ? null : this.re.c.bytes ? bytes(v) : v;
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

/** A subject's text: a str, or a bytes-like object's Latin-1 text for a bytes pattern. */
function checkString(p: PyPattern, s: unknown): string {
  const text = strText(s);
  if (text !== undefined) {
    if (p.c.bytes) raise('TypeError', 'cannot use a bytes pattern on a string-like object');
    return text;
  }
  if (isBytesLike(s)) {
    if (!p.c.bytes) raise('TypeError', 'cannot use a string pattern on a bytes-like object');
    return latin1(bytesData(s));
  }
  return raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(s)}'`);
}

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

function execAt(p: PyPattern, re: Scanner, s: string, ix: Indexer, pos: number, endpos: number): PyMatch | null {
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
  const s = checkString(p, string);
  const ix = new Indexer(s);
  const [b, e] = bounds(ix, pos, endpos);
  const spare = p.acquire(s, RegExpUse.Search);
  const m = execAt(p, spare.re, s, ix, b, e);
  p.release(spare, RegExpUse.Search);
  return m;
}

function doMatch(p: PyPattern, string: unknown, pos: unknown, endpos: unknown, full: boolean): PyMatch | null {
  const s = checkString(p, string);
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
function stepPast(p: PyPattern, re: Scanner, sub: string, m: RegExpExecArray): boolean {
  if (m[0] === '') {
    if (p.c.prefersEmpty && findLonger(p, re, sub, m.index)) return true;
    const cp = sub.codePointAt(re.lastIndex);
    re.lastIndex += cp !== undefined && cp > 0xffff ? 2 : 1;
  }
  return m.index < sub.length;
}

/** The matches found by `stepPast` for the scans of these RegExps, which `nextMatch` returns. */
const pending = new Map<Scanner, RegExpExecArray>();

function findLonger(p: PyPattern, re: Scanner, sub: string, at: number): boolean {
  const nonEmpty = p.nonEmpty();
  nonEmpty.lastIndex = at;
  const found = nonEmpty.exec(sub);
  if (found === null) return false;
  pending.set(re, p.c.sameGroups ? found : toJsGroups(found, p.c.groupIndex));
  re.lastIndex = nonEmpty.lastIndex;
  return true;
}

/** An engine's match (Python's groups) as the RegExp's would be (the JS groups of `groupIndex`). */
function toJsGroups(found: RegExpExecArray, groupIndex: number[]): RegExpExecArray {
  const m = [] as unknown as RegExpExecArray;
  const indices = [] as unknown as RegExpIndicesArray;
  groupIndex.forEach((js, g) => {
    m[js] = found[g]!;
    indices[js] = found.indices![g]!;
  });
  m.index = found.index;
  m.input = found.input;
  m.indices = indices;
  (m as { lastindex?: unknown }).lastindex = (found as { lastindex?: unknown }).lastindex;
  return m;
}

/** The next match of the global `re` in `sub`. */
function nextMatch(re: Scanner, sub: string): RegExpExecArray | null {
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
  re: Scanner;
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
  private readonly re: Scanner;
  private readonly sub: string;
  private done = false;

  constructor(private readonly p: PyPattern, string: unknown, pos?: unknown, endpos?: unknown) {
    const s = checkString(p, string);
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

/**
 * Pattern.scanner(string, pos, endpos): one scan of the subject that match() and search() both
 * advance, each starting where the last match ended. As in finditer, a match may be empty only
 * where the previous one was not (else the scan looks for a longer match there, then moves on);
 * once a call finds nothing, the scan is over and every later call returns None.
 */
class PatternScanner {
  private readonly s: string;
  private readonly ix: Indexer;
  private readonly b: number;
  private readonly e: number;
  private readonly sub: string;
  /** Where the next call starts (a Python index), or -1 when the scan is over. */
  private at: number;
  private afterEmpty = false;

  constructor(readonly pattern: PyPattern, string: unknown, pos?: unknown, endpos?: unknown) {
    const s = checkString(pattern, string);
    this.s = s;
    this.ix = new Indexer(s);
    [this.b, this.e] = bounds(this.ix, pos, endpos);
    this.sub = this.e < this.ix.length ? s.slice(0, this.ix.toJs(this.e)) : s;
    this.at = this.b;
  }

  match(): PyMatch | null {
    if (this.at < 0) return null;
    let m = this.run(RegExpUse.Match, this.at);
    if (m !== null && this.isEmptyHere(m)) m = this.nonEmptyHere();
    return this.advance(m);
  }

  search(): PyMatch | null {
    if (this.at < 0) return null;
    let m = this.run(RegExpUse.Search, this.at);
    if (m !== null && this.isEmptyHere(m)) {
      m = this.nonEmptyHere() ?? (this.at < this.e ? this.run(RegExpUse.Search, this.at + 1) : null);
    }
    return this.advance(m);
  }

  private run(use: RegExpUse, from: number): PyMatch | null {
    const spare = this.pattern.acquire(this.s, use);
    const m = execAt(this.pattern, spare.re, this.s, this.ix, from, this.e);
    this.pattern.release(spare, use);
    return m;
  }

  /** Whether `m` is an empty match where the scan stands though the previous match was empty. */
  private isEmptyHere(m: PyMatch): boolean {
    return this.afterEmpty && m.m[0] === '' && this.ix.toPy(m.m.index) === this.at;
  }

  /** The pattern's match at the scan's place that is not empty, or null. */
  private nonEmptyHere(): PyMatch | null {
    const p = this.pattern;
    const scanner = p.nonEmpty();
    scanner.lastIndex = this.ix.toJs(this.at);
    const found = scanner.exec(this.sub);
    if (found === null) return null;
    const m = p.c.sameGroups ? found : toJsGroups(found, p.c.groupIndex);
    return new PyMatch(p, this.s, this.ix, m, this.b, this.e, scanner, this.sub);
  }

  private advance(m: PyMatch | null): PyMatch | null {
    if (m === null) {
      this.at = -1;
      return null;
    }
    this.afterEmpty = m.m[0] === '';
    this.at = this.ix.toPy(m.m.index + m.m[0].length);
    return m;
  }
}

builtinType({
  name: 'SRE_Scanner',
  module: '_sre',
  proto: PatternScanner.prototype,
  final: true,
  methods: {
    match(this: PatternScanner) {
      return this.match();
    },
    search(this: PatternScanner) {
      return this.search();
    },
  },
  getters: {
    pattern: (sc: PatternScanner) => sc.pattern,
  },
});

function matchRepr(m: PyMatch): string {
  const [a, b] = m.span(0);
  return `<re.Match object; span=(${a}, ${b}), match=${repr(m.re.out(m.m[0]))}>`;
}

// In _sre's pattern_repr order.
const FLAG_NAMES: [number, string][] = [
  [1, 'TEMPLATE'], [I, 'IGNORECASE'], [L, 'LOCALE'], [M, 'MULTILINE'], [S, 'DOTALL'], [X, 'VERBOSE'], [128, 'DEBUG'], [A, 'ASCII'],
];

function patternRepr(p: PyPattern): string {
  let r = repr(p.c.bytes ? bytes(p.pattern) : p.pattern);
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
/** A template's text: a str for a str pattern, a bytes-like object's Latin-1 text for a bytes one. */
function templateText(p: PyPattern, template: unknown): string {
  const text = strText(template);
  if (p.c.bytes ? isBytesLike(template) : text !== undefined) {
    return p.c.bytes ? latin1(bytesData(template)) : text!;
  }
  if (text !== undefined || isBytesLike(template)) {
    // A template of the other kind is a literal that fails the join.
    const expected = p.c.bytes ? 'a bytes-like object' : 'str instance';
    return raise('TypeError', `sequence item 0: expected ${expected}, ${typeNameOf(template)} found`);
  }
  return raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(template)} found`);
}

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
  /** `bytes`: the pieces are bytes-like objects, kept as their Latin-1 text. */
  constructor(private readonly bytes: boolean) {}
  private readonly pieces: string[] = [];
  private chars = 0;
  private out = '';
  private count = 0;
  private bad = -1;
  private badType = '';

  /** A piece of the subject or of an expanded template. */
  pushText(piece: string): void {
    this.count++;
    this.chars += piece.length;
    if (this.pieces.push(piece) === JOIN_CHUNK || this.chars > JOIN_CHUNK_CHARS) this.flush();
  }

  /** A piece a replacement function returned (or a template of the other kind, as a literal). */
  push(x: unknown): void {
    let piece: string;
    if (this.bytes ? isBytesLike(x) : false) piece = latin1(bytesData(x));
    else if (!this.bytes && strText(x) !== undefined) piece = strText(x)!;
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
    if (this.bad >= 0) {
      const expected = this.bytes ? 'a bytes-like object' : 'str instance';
      raise('TypeError', `sequence item ${this.bad}: expected ${expected}, ${this.badType} found`);
    }
    this.flush();
    return this.out;
  }
}

function subn(p: PyPattern, repl: unknown, string: unknown, count: unknown): [unknown, number] {
  const s = checkString(p, string);
  const n = count === undefined || count === null ? 0 : Number(toIndex(count));
  let fn: ((m: PyMatch) => unknown) | null = null;
  let pieces: TemplatePiece[] | null = null;
  // A template of the other kind (bytes for a str pattern, str for a bytes one) is one literal
  // piece that fails the join, as in CPython.
  let literal: unknown = null;
  const replText = strText(repl);
  const isStr = replText !== undefined;
  if (isStr && !p.c.bytes) pieces = compileTemplate(p, replText);
  else if (p.c.bytes && isBytesLike(repl)) pieces = compileTemplate(p, latin1(bytesData(repl)));
  else if (isCallable(repl)) fn = callable(repl) as (m: PyMatch) => unknown;
  else if (isStr || isBytesLike(repl)) literal = repl;
  // CPython reads anything else as a template's bytes (sre_parse's Tokenizer).
  else raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(repl)} found`);
  const ix = new Indexer(s);
  const { re, sub } = wholeScan(p, s);
  // A function's None adds nothing to the list of pieces.
  const out = new PieceJoiner(p.c.bytes);
  let last = 0;
  let done = 0;
  // A negative count, like a negative maxsplit, allows nothing (`while (!count || n < count)`).
  while (n === 0 || done < n) {
    const m = nextMatch(re, sub);
    if (m === null) break;
    const more = stepPast(p, re, sub, m);
    if (last < m.index) out.pushText(s.slice(last, m.index));
    if (fn !== null) {
      const r = fn(new PyMatch(p, s, ix, m, 0, ix.length, re, sub));
      if (r !== null) out.push(r);
    } else if (pieces !== null) {
      out.pushText(expandGroups(pieces, m));
    } else {
      out.push(literal);
    }
    last = m.index + m[0].length;
    done++;
    if (!more) break;
  }
  if (done === 0) return [p.out(s), 0];
  if (last < s.length) out.pushText(s.slice(last));
  return [p.out(out.finish()), done];
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
  return p.c.groups === 0 && p.c.sameGroups && p.c.engine === null && !p.c.prefersEmpty && (p.c.flags & X) === 0 && ONE_OR_MORE_CHARS.test(p.pattern);
}

function split(p: PyPattern, string: unknown, maxsplit: unknown): string[] {
  const s = checkString(p, string);
  const max = maxsplit === undefined || maxsplit === null ? 0 : Number(toIndex(maxsplit));
  const groups = p.c.groups;
  const gi = p.c.groupIndex;
  const { re, sub } = wholeScan(p, s);
  if (max === 0 && nativeSplit(p)) return sub.split(re as RegExp);
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
  if (p.c.bytes) return out.map((x) => (x === null ? null : bytes(x as string))) as unknown as string[];
  return out as string[];
}

function findall(p: PyPattern, string: unknown, pos?: unknown, endpos?: unknown): unknown[] {
  const s = checkString(p, string);
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
  if (groups === 0 && re.lastIndex === 0 && !p.c.prefersEmpty && p.c.engine === null) {
    // The engine's own loop gives the matched texts without an exec array per match; with the `u`
    // flag it steps past an empty match by a code point, as stepPast does.
    return sub.match(re as RegExp) ?? [];
  }
  const out: unknown[] = [];
  for (;;) {
    const m = nextMatch(re, sub);
    if (m === null) break;
    const more = stepPast(p, re, sub, m);
    if (groups === 0) out.push(p.out(m[0]));
    else if (groups === 1) out.push(p.out(m[gi[1]!] ?? ''));
    else {
      const t = newTuple(groups);
      for (let g = 1; g <= groups; g++) t[g - 1] = p.out(m[gi[g]!] ?? '');
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
  classmethods: {
    __class_getitem__: ownClassGetitem(),
  },
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
      return this.re.out(expandGroups(compileTemplate(this.re, templateText(this.re, template)), this.m));
    },
    __repr__(this: PyMatch) {
      return matchRepr(this);
    },
    // Matches and patterns are immutable: copies are the object itself.
    __copy__(this: PyMatch) {
      return this;
    },
    __deepcopy__(this: PyMatch) {
      return this;
    },
    __bool__() {
      return true;
    },
  },
  getters: {
    string: (m: PyMatch) => m.re.out(m.string),
    re: (m: PyMatch) => m.re,
    pos: (m: PyMatch) => m.pos,
    endpos: (m: PyMatch) => m.endpos,
    lastindex: (m: PyMatch) => m.lastindex(),
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
  classmethods: {
    __class_getitem__: ownClassGetitem(),
  },
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
    scanner: kwParams(function (this: PyPattern, s: unknown, pos?: unknown, endpos?: unknown) {
      return new PatternScanner(this, s, pos, endpos);
    }, 'scanner', ['string', 'pos', 'endpos']),
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
    __copy__(this: PyPattern) {
      return this;
    },
    __deepcopy__(this: PyPattern) {
      return this;
    },
    __eq__(this: PyPattern, other: unknown) {
      return other instanceof PyPattern && other.pattern === this.pattern && other.c.flags === this.c.flags && other.c.bytes === this.c.bytes;
    },
    __hash__(this: PyPattern) {
      let h = 0;
      for (let i = 0; i < this.pattern.length; i++) h = (h * 31 + this.pattern.charCodeAt(i)) | 0;
      return h;
    },
  },
  getters: {
    pattern: (p: PyPattern) => p.out(p.pattern),
    flags: (p: PyPattern) => p.c.flags,
    groups: (p: PyPattern) => p.c.groups,
    groupindex: (p: PyPattern) => {
      const d = new PyDict();
      for (const [name, g] of p.c.names) d.m.set(name, g);
      return new MappingProxy(d as unknown as ConstructorParameters<typeof MappingProxy>[0]);
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
  // A str subclass instance (StrEnum members, `class Sep(str)`) is a String wrapper object.
  pattern = unwrapStr(pattern);
  const isBytes = pattern instanceof PyBytes;
  if (typeof pattern !== 'string' && !isBytes) {
    return raise('TypeError', 'first argument must be string or compiled pattern');
  }
  const text = isBytes ? latin1((pattern as PyBytes).b) : pattern as string;
  const f = flagsArg(flags);
  const key = `${isBytes ? 'b' : ''}${f}\0${text}`;
  let p = cache.get(key);
  if (p === undefined) {
    p = new PyPattern(text, translate(text, f, isBytes));
    if (cache.size > 512) cache.clear();
    cache.set(key, p);
  }
  return p;
}

const SPECIAL = new Set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f'.split(''));

function escape(pattern: unknown): unknown {
  const isBytes = isBytesLike(pattern);
  let s: string;
  const text = strText(pattern);
  if (text !== undefined) s = text;
  else if (isBytes) s = latin1(bytesData(pattern));
  else return raise('TypeError', `expected string or bytes-like object, got '${typeNameOf(pattern)}'`);
  let out = '';
  for (const c of s) out += SPECIAL.has(c) ? '\\' + c : c;
  return isBytes ? bytes(out) : out;
}

// ---------------------------------------------------------------------------------------------
// re.Scanner: a small tokenizer over a lexicon of (phrase, action) pairs. The phrases become the
// alternatives of one pattern, each in a group of its own; the alternative that matched names the
// action. Scanning stops at the first place no phrase matches (or only an empty match does).

class PyScanner {
  lexicon: unknown = null;
  scanner: PyPattern | null = null;
  /** The outer group number of each phrase (phrases may have groups of their own), and its action. */
  phrases: { group: number; action: unknown }[] = [];
  /** The match being acted on, set before a callable action runs (`self.match` in the action). */
  match: PyMatch | undefined = undefined;
}

function scannerNew(pos: unknown[], kw: KwPairs | null): PyScanner {
  let lexicon = pos[0];
  let flags: unknown = pos[1];
  if (pos.length > 2) raise('TypeError', `Scanner.__init__() takes from 2 to 3 positional arguments but ${pos.length + 1} were given`);
  for (const [name, value] of kw ?? []) {
    if (name === 'lexicon' && lexicon === undefined) lexicon = value;
    else if (name === 'flags' && flags === undefined) flags = value;
    else raise('TypeError', `Scanner.__init__() got an unexpected keyword argument '${name}'`);
  }
  if (lexicon === undefined) raise('TypeError', "Scanner.__init__() missing 1 required positional argument: 'lexicon'");
  const f = flagsArg(flags);
  const self = new PyScanner();
  self.lexicon = lexicon;
  const alternatives: string[] = [];
  let bytesPhrases = false;
  let group = 1;
  for (const entry of iter(lexicon)) {
    const [phrase, action] = Array.from(iter(entry));
    const one = compile(phrase, f);
    bytesPhrases = one.c.bytes;
    // In verbose mode a phrase may end in a comment, which must not swallow the group's end.
    alternatives.push(`(${one.pattern}${f & X ? '\n' : ''})`);
    self.phrases.push({ group, action });
    group += 1 + one.c.groups;
  }
  const source = alternatives.join('|');
  self.scanner = compile(bytesPhrases ? bytes(source) : source, f);
  return self;
}

function scannerScan(self: PyScanner, string: unknown): PyTuple {
  const tokens: unknown[] = [];
  let at = 0;
  for (;;) {
    const m = doMatch(self.scanner!, string, at, undefined, false);
    if (m === null) break;
    const end = m.span(0)[1];
    if (end === at) break;
    const phrase = self.phrases.find((p) => m.group(p.group) !== null)!;
    let action = phrase.action;
    if (isCallable(action)) {
      self.match = m;
      action = callable(action)(self, m.group(0));
    }
    if (action !== null) tokens.push(action);
    at = end;
  }
  return tuple([tokens, getslice(string, at, null, null)]);
}

export const scannerType: PyType = builtinType({
  name: 'Scanner',
  module: 're',
  proto: PyScanner.prototype,
  final: true,
  construct: (_cls: PyType, pos: unknown[], kw: KwPairs | null) => scannerNew(pos, kw),
  methods: {
    scan: kwParams(function (this: PyScanner, string: unknown) {
      return scannerScan(this, string);
    }, 'scan', ['string']),
  },
  getters: {
    lexicon: (s: PyScanner) => s.lexicon,
    scanner: (s: PyScanner) => s.scanner,
    match: (s: PyScanner) => s.match ?? raise('AttributeError', "'Scanner' object has no attribute 'match'"),
  },
});

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
    Scanner: scannerType,
    RegexFlag: regexFlagType,
    I: regexFlag(I), IGNORECASE: regexFlag(I), M: regexFlag(M), MULTILINE: regexFlag(M), S: regexFlag(S), DOTALL: regexFlag(S),
    X: regexFlag(X), VERBOSE: regexFlag(X), A: regexFlag(A), ASCII: regexFlag(A), U: regexFlag(U), UNICODE: regexFlag(U),
    L: regexFlag(L), LOCALE: regexFlag(L), T: regexFlag(1), TEMPLATE: regexFlag(1), DEBUG: regexFlag(128), NOFLAG: regexFlag(0),
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

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('re', 're', 'compile Y 1 2 :pattern,flags;escape Y 1 1 :pattern;findall Y 2 3 :pattern,string,flags;finditer Y 2 3 :pattern,string,flags;fullmatch Y 2 3 :pattern,string,flags;match Y 2 3 :pattern,string,flags;purge Y 0 0;search Y 2 3 :pattern,string,flags;split Y 2 4 :pattern,string,maxsplit,flags;sub Y 3 5 :pattern,repl,string,count,flags;subn Y 3 5 :pattern,repl,string,count,flags');
// END GENERATED
