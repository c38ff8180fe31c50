// Python str methods as plain functions over JS strings.
//
// Python counts characters in code points, JS strings in UTF-16 units. Every function that takes
// or returns a character index converts between the two; a string without surrogates (nearly
// all of them) takes the direct path. Whether a string has surrogates, and for those that do the
// table of code-unit offsets, is cached for the last two strings seen, so `s[i]` in a loop over
// the same string stays O(1). The test itself is a regexp, which V8 answers for a one-byte
// string (every character below U+0100) without reading it: see `SURROGATE`.
//
// Omitted optional arguments are `undefined`; an explicit None (`null`) behaves the same wherever
// CPython accepts None. Errors are raised with CPython's messages (Objects/unicodeobject.c).

import { unwrapStr } from './strvalue.js';
import { RAW } from './object.js';
import { encodeUtf8 } from './bytesops.js';
import { raise, raiseCodecError } from './exceptions.js';
import { sliceBounds } from './slice.js';
import { isSpaceCode } from './float.js';
import { type CaseMapping, caseMap, hasProperty, isPrintableCodePoint } from './unicode.js';
import { encodeByHandler, encodeNamed, findTextCodec, namedCodec, type TextCodec, textCodec, wideEncode } from './codecs.js';

// ---------------------------------------------------------------------------------------------
// Code point indexing

interface CpCache {
  s: string;
  sur: boolean;
  offsets: Uint32Array | null; // code-unit offset of each code point, then s.length
}

// What a short string without surrogates needs to know, without taking a slot from a long one.
const NO_SURROGATES: CpCache = { s: '', sur: false, offsets: null };
const slotA: CpCache = { s: '', sur: false, offsets: null };
const slotB: CpCache = { s: '', sur: false, offsets: null };
let recent = slotA; // the slot hit last; a miss replaces the other one

// V8 compiles a regexp twice, for one-byte and for two-byte subjects; a class no Latin-1
// character is in cannot match a one-byte string, so its test returns without reading it (20 ns
// whatever the length; a loop over a 500 KB page took 2.6 ms). Only strings holding a character
// above U+00FF are scanned. Below 9 units the loop is cheaper than the call.
const SURROGATE = /[\uD800-\uDFFF]/;

/** True when `s` has a surrogate among its first `end` code units. */
export function scanSurrogates(s: string, end = s.length): boolean {
  if (end > 8 && end === s.length) return SURROGATE.test(s);
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

// An alphabet searched one character at a time (`ALPHABET.find(ch)`) is asked about again and
// again: the answers for the last few strings of up to 4 KiB are kept. (A memo of every string
// seen, dropped when it passed 4096 entries, grew and rehashed a Map and kept thousands of
// one-off strings alive for the scavenger when the strings searched were all new.)
const RECENT_SCANS = 4;
const recentScanned: string[] = ['', '', '', ''];
const recentSurrogates: boolean[] = [false, false, false, false];
let nextScanSlot = 0;

function scanRemembered(s: string): boolean {
  if (s.length > 4096) return SURROGATE.test(s);
  for (let k = 0; k < RECENT_SCANS; k++) if (recentScanned[k] === s) return recentSurrogates[k]!;
  const r = SURROGATE.test(s);
  recentScanned[nextScanSlot] = s;
  recentSurrogates[nextScanSlot] = r;
  nextScanSlot = (nextScanSlot + 1) % RECENT_SCANS;
  return r;
}

function cpCache(s: string): CpCache {
  if (slotA.s === s) return (recent = slotA);
  if (slotB.s === s) return (recent = slotB);
  const slot = recent === slotA ? slotB : slotA;
  recent = slot;
  slot.s = s;
  slot.sur = scanSurrogates(s);
  slot.offsets = null;
  return slot;
}

function offsetsOf(slot: CpCache): Uint32Array {
  if (slot.offsets !== null) return slot.offsets;
  const s = slot.s;
  const tmp = new Uint32Array(s.length + 1);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    tmp[n++] = i;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  tmp[n] = s.length;
  slot.offsets = tmp.slice(0, n + 1);
  return slot.offsets;
}

/** True when `s` contains a surrogate code unit (so UTF-16 indices are not code point indices). */
export function hasSurrogates(s: string): boolean {
  // short strings (separators, prefixes) are scanned rather than evicting a cached long one
  if (s.length <= 32) return scanSurrogates(s);
  if (s.length > JOIN_CHUNK_CHARS) {
    const rope = joinedRope(s);
    if (rope !== null) return ropeHasSurrogates(rope);
  }
  return cpCache(s).sur;
}

// A long join's result is a rope of flat chunks (see strJoin). Reading it whole, as the regexp
// test for surrogates or indexOf does, makes V8 flatten it into one fresh large object, whose
// every page faults on first touch: `len(page)` of a 600 KB page cost 3-6 ms, most of it there.
// The last two long joins keep their pieces, so `len`, the surrogate test, `count` over the whole
// string and `split` on one character read the pieces and leave the rope as it is. Only two:
// the pieces outlive a flattening of the rope by someone else, and then hold its text twice.
interface JoinedRope {
  s: string;
  /** Flat or unknown strings whose concatenation is `s`. */
  pieces: string[];
  sur: boolean | undefined;
}

const JOINED_KEPT = 2;
const joinedRopes: JoinedRope[] = [];
let joinedNext = 0;

/** At most this many pieces are kept for a rope; a longer one (a join in a loop) is not kept. */
const JOINED_MAX_PIECES = 512;

function rememberJoin(s: string, pieces: string[]): void {
  if (pieces.length > JOINED_MAX_PIECES) return;
  const rope: JoinedRope = { s, pieces, sur: undefined };
  if (joinedRopes.length < JOINED_KEPT) joinedRopes.push(rope);
  else joinedRopes[joinedNext] = rope;
  joinedNext = (joinedNext + 1) % JOINED_KEPT;
}

/**
 * The kept rope that is `s`. The newest is tried first: two joins of the same text are two
 * strings, and comparing `s` with an equal string of its length that is not `s` itself reads both.
 */
function joinedRope(s: string): JoinedRope | null {
  const n = joinedRopes.length;
  for (let k = 1; k <= n; k++) {
    const rope = joinedRopes[(joinedNext - k + n) % n]!;
    if (rope.s.length === s.length && rope.s === s) return rope;
  }
  return null;
}

function ropeHasSurrogates(rope: JoinedRope): boolean {
  if (rope.sur === undefined) rope.sur = rope.pieces.some((p) => scanSurrogates(p));
  return rope.sur;
}

/**
 * Non-overlapping matches of `sub` (without surrogates) in the concatenation of `pieces`, found
 * from the left as `indexOf` would find them in the whole: each piece is searched on its own, and
 * a match across a boundary is looked for in the few characters on either side of it.
 */
function countInPieces(pieces: readonly string[], sub: string): number {
  const keep = sub.length - 1;
  let n = 0;
  // The text before this piece where a match may still start: after the last match, and
  // shorter than `sub`.
  let pending = '';
  for (const piece of pieces) {
    let from = 0;
    let matched = false;
    if (pending.length > 0) {
      const window = pending + piece.slice(0, keep);
      const j = window.indexOf(sub);
      if (j >= 0 && j < pending.length) {
        n++;
        from = j + sub.length - pending.length;
        matched = true;
      }
    }
    for (let i = piece.indexOf(sub, from); i >= 0; i = piece.indexOf(sub, from)) {
      n++;
      from = i + sub.length;
      matched = true;
    }
    if (matched || piece.length >= keep) pending = piece.slice(Math.max(from, piece.length - keep));
    else pending = (pending + piece).slice(-keep); // keep > piece.length >= 0 here
  }
  return n;
}

/** `len(s)` in code points. */
export function strLen(s: string): number {
  if (s.length <= 32) {
    if (!scanSurrogates(s)) return s.length;
    let n = s.length;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
      }
    }
    return n;
  }
  if (s.length > JOIN_CHUNK_CHARS) {
    const rope = joinedRope(s);
    if (rope !== null && !ropeHasSurrogates(rope)) return s.length;
  }
  const c = cpCache(s);
  return c.sur ? offsetsOf(c).length - 1 : s.length;
}

/** The code-unit offset of code point index `i` (0 <= i <= len). */
function cu(slot: CpCache, i: number): number {
  if (!slot.sur) return i;
  const o = offsetsOf(slot);
  return i >= o.length ? slot.s.length : o[i]!;
}

/** The code point index of code-unit offset `u`. */
function cp(slot: CpCache, u: number): number {
  return slot.sur ? codePointAt(offsetsOf(slot), u) : u;
}

/**
 * The code point index of code-unit offset `u`, given each code point's code-unit offset in
 * order (`offsets`): the first index whose offset is not below `u`, found by bisection.
 */
export function codePointAt(offsets: ArrayLike<number>, u: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `s[i]`. */
export function strGetItem(s: string, i: number): string {
  const slot = s.length <= 32 && !scanSurrogates(s) ? NO_SURROGATES : cpCache(s);
  if (!slot.sur) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise('IndexError', 'string index out of range');
    return s[i]!;
  }
  const o = offsetsOf(slot);
  const n = o.length - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise('IndexError', 'string index out of range');
  return s.slice(o[i], o[i + 1]);
}

/** `s[start:stop:step]`. */
export function strSlice(s: string, start?: number | null, stop?: number | null, step?: number | null): string {
  const slot = s.length <= 32 && !scanSurrogates(s) ? NO_SURROGATES : cpCache(s);
  const len = slot.sur ? offsetsOf(slot).length - 1 : s.length;
  const { start: a, stop: b, step: st, count: n } = sliceBounds(start ?? null, stop ?? null, step ?? null, len);
  if (st === 1) return n <= 0 ? '' : slot.sur ? s.slice(cu(slot, a), cu(slot, b)) : s.slice(a, b);
  let out = '';
  if (!slot.sur) {
    for (let k = 0, i = a; k < n; k++, i += st) out += s[i];
    return out;
  }
  const o = offsetsOf(slot);
  for (let k = 0, i = a; k < n; k++, i += st) out += s.slice(o[i], o[i + 1]);
  return out;
}

/** The characters of `s` (code points), for iteration. */
export function strChars(s: string): string[] {
  return cpCache(s).sur ? Array.from(s) : s.split('');
}

/** Compare by code point: negative, 0 or positive (JS `<` compares UTF-16 units). */
export function strCompare(a: string, b: string): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // A surrogate (part of an astral char) sorts above U+E000..U+FFFF by code point.
      const xs = x >= 0xd800 && x <= 0xdfff;
      const ys = y >= 0xd800 && y <= 0xdfff;
      if (xs !== ys && (xs ? y >= 0xe000 : x >= 0xe000)) return xs ? 1 : -1;
      return x - y;
    }
  }
  return a.length - b.length;
}

export function strLt(a: string, b: string): boolean { return strCompare(a, b) < 0; }

/** `ord(c)` for a one-character string; TypeError otherwise. */
export function strOrd(c: string): number {
  const n = strLen(c);
  if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0)!;
}

/** `chr(i)`. */
export function strChr(i: number): string {
  if (i > 0x7fffffff || i < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  if (i < 0 || i > 0x10ffff) raise('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}

// ---------------------------------------------------------------------------------------------
// Searching

type Idx = number | null | undefined;

/** ADJUST_INDICES on code point indices. */
function adjust(len: number, start: Idx, end: Idx): [number, number] {
  let a = start === undefined || start === null ? 0 : start;
  let b = end === undefined || end === null ? len : end;
  if (b > len) b = len;
  else if (b < 0) { b += len; if (b < 0) b = 0; }
  if (a < 0) { a += len; if (a < 0) a = 0; }
  return [a, b];
}

function findImpl(s: string, sub: string, start: Idx, end: Idx, reverse: boolean): number {
  // `alphabet.find(ch)` over the whole string: a miss needs no code-point bookkeeping, and a hit
  // with no surrogate before it is already a code-point index (no cache slot evicted).
  if (!reverse && (start === undefined || start === null) && (end === undefined || end === null)
    && sub.length <= 32 && !scanSurrogates(sub)) {
    const i = s.indexOf(sub);
    if (i < 0) return -1;
    if (s.length <= 32 ? !scanSurrogates(s, i) : !scanRemembered(s)) return i;
  }
  const slot = cpCache(s);
  if (!slot.sur && !hasSurrogates(sub)) {
    const [a, b] = adjust(s.length, start, end);
    if (b - a < sub.length) return -1;
    if (a === 0 && b === s.length) return reverse ? s.lastIndexOf(sub) : s.indexOf(sub);
    // Searched within the window only: a search bounded by an end (or, for rfind, a start) must
    // not walk the rest of a long string when the substring is not there.
    const r = reverse ? s.slice(a, b).lastIndexOf(sub) : s.slice(a, b).indexOf(sub);
    return r < 0 ? -1 : r + a;
  }
  const subLen = strLen(sub);
  const slot2 = cpCache(s);
  const [a, b] = adjust(slot2.sur ? offsetsOf(slot2).length - 1 : s.length, start, end);
  if (b - a < subLen) return -1;
  const au = cu(slot2, a);
  const bu = cu(slot2, b);
  let r: number;
  if (reverse) {
    r = cpLastIndexOf(s, sub, bu - sub.length);
    if (r < au) return -1;
  } else {
    r = cpIndexOf(s, sub, au);
    if (r < 0 || r + sub.length > bu) return -1;
  }
  return cp(slot2, r);
}

/** `s.find(sub, start, end)`. */
export function strFind(s: string, sub: string, start?: Idx, end?: Idx): number {
  return findImpl(s, sub, start, end, false);
}

/** `s.rfind(sub, start, end)`. */
export function strRfind(s: string, sub: string, start?: Idx, end?: Idx): number {
  return findImpl(s, sub, start, end, true);
}

/** `s.index(sub, start, end)`. */
export function strIndex(s: string, sub: string, start?: Idx, end?: Idx): number {
  const r = findImpl(s, sub, start, end, false);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

/** `s.rindex(sub, start, end)`. */
export function strRindex(s: string, sub: string, start?: Idx, end?: Idx): number {
  const r = findImpl(s, sub, start, end, true);
  if (r < 0) raise('ValueError', 'substring not found');
  return r;
}

/** `s.count(sub, start, end)`. */
export function strCount(s: string, sub: string, start?: Idx, end?: Idx): number {
  if ((start === undefined || start === null) && (end === undefined || end === null) && sub.length > 0 &&
    sub.length <= 32 && !scanSurrogates(sub)) {
    // Over the whole string, a match of a sub without surrogates cannot cut a surrogate pair:
    // code units count as code points do.
    if (s.length > JOIN_CHUNK_CHARS) {
      const rope = joinedRope(s);
      if (rope !== null) return countInPieces(rope.pieces, sub);
    }
    let n = 0;
    for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
    return n;
  }
  const slot = cpCache(s);
  const len = slot.sur ? offsetsOf(slot).length - 1 : s.length;
  const subLen = strLen(sub);
  const [a, b] = adjust(len, start, end);
  if (b - a < subLen) return 0;
  if (sub.length === 0) return b - a + 1;
  const slot2 = cpCache(s);
  const au = cu(slot2, a);
  const bu = cu(slot2, b);
  let n = 0;
  let i = s.indexOf(sub, au);
  while (i >= 0 && i + sub.length <= bu) {
    if (splitsPair(s, i) || splitsPair(s, i + sub.length)) {
      // a lone surrogate of `sub` matched half of a pair: not a match of code points
      i = s.indexOf(sub, i + 1);
      continue;
    }
    n++;
    i = s.indexOf(sub, i + sub.length);
  }
  return n;
}

/** True when code unit `i` of `s` is the low half of a surrogate pair (a match ending there splits a character). */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo < 0xe000 && hi >= 0xd800 && hi < 0xdc00;
}

/**
 * True when a code-unit match of `sub` may cut a surrogate pair of the text it is found in: `sub`
 * starts with a low surrogate or ends with a high one. Python sees '\ud83d' and '😀' as different
 * characters, so such a match is no match.
 */
function cutsPairs(sub: string): boolean {
  const n = sub.length;
  if (n === 0) return false;
  const first = sub.charCodeAt(0);
  const last = sub.charCodeAt(n - 1);
  return (first >= 0xdc00 && first < 0xe000) || (last >= 0xd800 && last < 0xdc00);
}

/** `s.indexOf(sub, from)` over code points: a match that cuts a surrogate pair of `s` is skipped. */
function cpIndexOf(s: string, sub: string, from = 0): number {
  let i = s.indexOf(sub, from);
  if (i < 0 || !cutsPairs(sub)) return i;
  while (i >= 0 && (splitsPair(s, i) || splitsPair(s, i + sub.length))) i = s.indexOf(sub, i + 1);
  return i;
}

/** `s.lastIndexOf(sub, from)` over code points, as cpIndexOf. */
function cpLastIndexOf(s: string, sub: string, from = Infinity): number {
  let i = s.lastIndexOf(sub, from);
  if (i < 0 || !cutsPairs(sub)) return i;
  while (i >= 0 && (splitsPair(s, i) || splitsPair(s, i + sub.length))) i = i === 0 ? -1 : s.lastIndexOf(sub, i - 1);
  return i;
}

/** `sub in s`: cutsPairs written out, since `in` is hot (an empty `sub` reads NaN codes: a hit). */
export function strContains(s: string, sub: string): boolean {
  if (!s.includes(sub)) return false;
  return ((sub.charCodeAt(0) & 0xfc00) !== 0xdc00 && (sub.charCodeAt(sub.length - 1) & 0xfc00) !== 0xd800) ||
    cpIndexOf(s, sub) >= 0;
}

function tailMatch(s: string, sub: string, start: Idx, end: Idx, suffix: boolean): boolean {
  if ((start === undefined || start === null) && (end === undefined || end === null)) {
    // The whole string: a match of code units is a match of code points unless its inner edge
    // cuts a surrogate pair of `s` (a lone surrogate in `sub` is its own character).
    if (suffix) return s.endsWith(sub) && !splitsPair(s, s.length - sub.length);
    return s.startsWith(sub) && !splitsPair(s, sub.length);
  }
  const slot = cpCache(s);
  const simple = !slot.sur && !hasSurrogates(sub);
  const len = simple ? s.length : strLen(s);
  const subLen = simple ? sub.length : strLen(sub);
  let [a, b] = adjust(len, start, end);
  b -= subLen;
  if (b < a) return false;
  if (simple) return suffix ? s.startsWith(sub, b) : s.startsWith(sub, a);
  const slot2 = cpCache(s);
  const at = cu(slot2, suffix ? b : a);
  return s.startsWith(sub, at) && !splitsPair(s, at + sub.length);
}

/**
 * Whether `test` accepts a str of the tuple `affixes`, taken one at a time: CPython looks at an
 * item only when the ones before it did not match, so `'ab'.startswith(('a', 1))` is True.
 */
function anyAffix(affixes: unknown, name: string, typeName: ((x: unknown) => string) | undefined,
  test: (p: string) => boolean): boolean {
  // A tuple (an Array of another prototype), never a list.
  if (Array.isArray(affixes) && Object.getPrototypeOf(affixes) !== Array.prototype) {
    for (let i = 0; i < affixes.length; i++) {
      const p: unknown = affixes[i];
      if (typeof p !== 'string') {
        raise('TypeError', `tuple for ${name} must only contain str, not ${typeName ? typeName(p) : typeof p}`);
      }
      if (test(p)) return true;
    }
    return false;
  }
  raise('TypeError', `${name} first arg must be str or a tuple of str, not ${typeName ? typeName(affixes) : typeof affixes}`);
}

/** `s.startswith(prefix, start, end)`; `prefix` a str or an array (tuple) of str. */
export function strStartswith(s: string, prefix: string | readonly unknown[], start?: Idx, end?: Idx,
  typeName?: (x: unknown) => string): boolean {
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false);
  return anyAffix(prefix, 'startswith', typeName, (p) => tailMatch(s, p, start, end, false));
}

/** `s.endswith(suffix, start, end)`; `suffix` a str or an array (tuple) of str. */
export function strEndswith(s: string, suffix: string | readonly unknown[], start?: Idx, end?: Idx,
  typeName?: (x: unknown) => string): boolean {
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true);
  return anyAffix(suffix, 'endswith', typeName, (p) => tailMatch(s, p, start, end, true));
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining

function noSep(sep: string | null | undefined): sep is null | undefined {
  return sep === undefined || sep === null;
}

// Python's whitespace (`isSpaceCode`) other than the space itself. A string without any of it is
// split on ' ' by V8's native split, a third of the time of a loop over its characters.
const SPACE_BUT_SPACE = /[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
// The same, below U+0100.
const LATIN1_SPACES_BUT_SPACE = ['\n', '\t', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0'];
/** From this length on, a one-byte string is searched with indexOf, once per such character. */
const SPACE_SEARCH_FROM = 256;

/**
 * Whether `s` holds whitespace other than ' '. The regexp tests every position (some 30
 * instructions each); a long one-byte string (ABOVE_LATIN1 tells without reading it) is instead
 * searched once per Latin-1 whitespace character with indexOf, which runs at memchr speed: 20x
 * faster on a long text.
 */
function hasSpaceButSpace(s: string): boolean {
  if (s.length >= SPACE_SEARCH_FROM && !ABOVE_LATIN1.test(s)) {
    for (let k = 0; k < LATIN1_SPACES_BUT_SPACE.length; k++) {
      if (s.indexOf(LATIN1_SPACES_BUT_SPACE[k]!) >= 0) return true;
    }
    return false;
  }
  return SPACE_BUT_SPACE.test(s);
}

/** `s.split()`: runs of whitespace separate, empty strings are dropped. */
function splitOnSpaces(s: string): string[] {
  const parts = s.split(' ');
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p === '') continue;
    if (n !== i) parts[n] = p;
    n++;
  }
  parts.length = n;
  return parts;
}

/**
 * The words of `s.split()` one at a time, for `for w in s.split():` over a str: the same words
 * as the list, which the loop would drop at its end (a str cannot change), but each one can be
 * collected as soon as the body is done with it.
 */
export function splitWords(s: string): Iterable<string> {
  return hasSpaceButSpace(s) ? strSplit(s) : new SpaceSplitter(s);
}

/** How far `SpaceSplitter` looks for the end of a word itself before it asks indexOf. */
const WORD_SCAN = 16;

/**
 * The end of every walk over words. Made here, before any word, so that it and the words'
 * results share one hidden class: the loop reading `.done` sees nothing new at the end. Only
 * compiled `for` loops read it, and none writes to it.
 */
const WORDS_DONE: IteratorResult<string> = { value: undefined, done: true };

class SpaceSplitter implements Iterator<string> {
  private at = 0;
  private readonly n: number;

  constructor(private readonly s: string) {
    this.n = s.length;
  }

  [Symbol.iterator](): Iterator<string> {
    return this;
  }

  // The last word and the end of the string take no path that earlier words did not take:
  // optimised code deoptimises on the first operation it meets that it has no feedback for,
  // and a loop over one long text would otherwise run its first pass again unoptimised.
  next(): IteratorResult<string> {
    const s = this.s;
    const n = this.n;
    let i = this.at;
    while (i < n && s.charCodeAt(i) === 32) i++;
    let j = i;
    // Words are mostly short: a loop over a few characters costs less than a call of indexOf.
    const scanned = i + WORD_SCAN;
    while (j < n && s.charCodeAt(j) !== 32) {
      if (++j === scanned) {
        j = s.indexOf(' ', j);
        if (j < 0) j = n;
        break;
      }
    }
    this.at = j;
    return i < j ? { value: s.slice(i, j), done: false } : WORDS_DONE;
  }
}

/** The length from which `strSplit` leaves a split on a separator to V8's native split. */
const SPLIT_NATIVE_FROM = 512;

/** `s.split(sep, maxsplit)`. */
export function strSplit(s: string, sep?: string | null, maxsplit?: number | null): string[] {
  let max = maxsplit === undefined || maxsplit === null || maxsplit < 0 ? Infinity : maxsplit;
  if (noSep(sep)) {
    if (max === Infinity && !hasSpaceButSpace(s)) return splitOnSpaces(s);
    const out: string[] = [];
    const n = s.length;
    let i = 0;
    while (i < n) {
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
      if (i === n) break;
      if (max === 0) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      max--;
      i = j;
    }
    return out;
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  if (typeof s !== 'string' && strLen(exactStr(s)) < strLen(sep)) return [s]; // CPython's shortcut keeps a subclass instance
  // V8's split calls into the runtime: 620 ns for a 20-character string, where this loop takes
  // 260; the native one wins on long strings with many pieces.
  if (max === Infinity && s.length >= SPLIT_NATIVE_FROM && !cutsPairs(sep)) {
    if (sep.length === 1 && s.length > JOIN_CHUNK_CHARS) {
      const rope = joinedRope(s);
      if (rope !== null) return splitPieces(rope.pieces, sep);
    }
    return s.split(sep);
  }
  // A separator that cannot cut a surrogate pair is found by plain indexOf.
  const plain = !cutsPairs(sep);
  if (plain && typeof s === 'string') return splitPlain(s, sep, max);
  const out: string[] = [];
  let i = 0;
  while (max > 0) {
    const j = plain ? s.indexOf(sep, i) : cpIndexOf(s, sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
    max--;
  }
  out.push(s.slice(i));
  return out;
}

/**
 * `s.split(sep, max)` for a separator found by indexOf. Up to four pieces, the array is built at
 * its size: grown by push from empty it gets room for 17 items (152 bytes) for what is mostly a
 * pair or a triple (a request line, `key=value`, a cookie pair).
 */
function splitPlain(s: string, sep: string, max: number): string[] {
  const w = sep.length;
  const a = max > 0 ? s.indexOf(sep) : -1;
  if (a < 0) return [s];
  const b = max > 1 ? s.indexOf(sep, a + w) : -1;
  if (b < 0) return [s.slice(0, a), s.slice(a + w)];
  const c = max > 2 ? s.indexOf(sep, b + w) : -1;
  if (c < 0) return [s.slice(0, a), s.slice(a + w, b), s.slice(b + w)];
  const d = max > 3 ? s.indexOf(sep, c + w) : -1;
  if (d < 0) return [s.slice(0, a), s.slice(a + w, b), s.slice(b + w, c), s.slice(c + w)];
  const out = [s.slice(0, a), s.slice(a + w, b), s.slice(b + w, c), s.slice(c + w, d)];
  let i = d + w;
  for (let left = max - 4; left > 0; left--) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + w;
  }
  out.push(s.slice(i));
  return out;
}

/**
 * `split(sep)` of the concatenation of `pieces` for a one-character `sep` (which no boundary
 * between pieces can cut), each piece split on its own: the text is not flattened.
 */
function splitPieces(pieces: readonly string[], sep: string): string[] {
  // The result is allocated once at its size: grown by push, a list of 40,000 fields is copied
  // at every growth past V8's large-object size, and the copies cost more than the flattening.
  const split: string[][] = [];
  let n = 1;
  for (const piece of pieces) {
    const fields = piece.split(sep);
    split.push(fields);
    n += fields.length - 1;
  }
  const out = new Array<string>(n);
  let j = 0;
  let carry = ''; // the unfinished last field, from the pieces before
  for (const fields of split) {
    if (fields.length === 1) {
      carry += fields[0]!;
      continue;
    }
    out[j++] = carry + fields[0]!;
    for (let k = 1; k < fields.length - 1; k++) out[j++] = fields[k]!;
    carry = fields[fields.length - 1]!;
  }
  out[j] = carry;
  return out;
}

/** Whether a proper prefix of `sep` is also its suffix, so that two occurrences can overlap. */
function selfOverlaps(sep: string): boolean {
  for (let k = 1; k < sep.length; k++) if (sep.startsWith(sep.slice(k))) return true;
  return false;
}

/** `s.rsplit(sep, maxsplit)`. */
export function strRsplit(s: string, sep?: string | null, maxsplit?: number | null): string[] {
  let max = maxsplit === undefined || maxsplit === null || maxsplit < 0 ? Infinity : maxsplit;
  // Splitting from either end finds the same separators unless one occurrence can overlap the
  // next ('--' in '---'): only then must the scan start from the right.
  if (max === Infinity && (noSep(sep) || !selfOverlaps(sep))) return strSplit(s, sep);
  const out: string[] = [];
  if (noSep(sep)) {
    let j = s.length;
    while (j > 0) {
      while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
      if (j === 0) break;
      if (max === 0) {
        out.push(s.slice(0, j));
        break;
      }
      let i = j;
      while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
      out.push(s.slice(i, j));
      max--;
      j = i;
    }
    return out.reverse();
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  if (typeof s !== 'string' && strLen(exactStr(s)) < strLen(sep)) return [s]; // as in strSplit
  let j = s.length;
  while (max > 0) {
    const i = j - sep.length < 0 ? -1 : cpLastIndexOf(s, sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
    max--;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** The line boundaries of str.splitlines other than '\n'. */
const LINE_BREAK_BUT_LF = /[\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e ||
    c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** `s.splitlines(keepends)`. */
export function strSplitlines(s: string, keepends?: boolean | null): string[] {
  if (!keepends && !LINE_BREAK_BUT_LF.test(s)) {
    // Only '\n' breaks lines: V8's native split, less the empty string after a final '\n'.
    if (s.length === 0) return [];
    const lines = s.split('\n');
    if (s.charCodeAt(s.length - 1) === 10) lines.pop();
    return lines;
  }
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      if (s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10) j += 2;
      else j++;
      if (keepends) eol = j;
    }
    out.push(s.slice(i, eol));
    i = j;
  }
  return out;
}

/** Joins of up to this many pieces concatenate them. */
const SMALL_JOIN = 32;

/** `sep.join(items)`. Items that are not str raise TypeError, named through `typeName`. */
export function strJoin(sep: string, items: readonly unknown[], typeName?: (x: unknown) => string): string {
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string') {
      // An instance of a str subclass joins by its characters, as in CPython.
      if (item instanceof String) return strJoin(sep, items.map(unwrapStr), typeName);
      const t = typeName ? typeName(item) : typeof item;
      raise('TypeError', `sequence item ${i}: expected str instance, ${t} found`);
    }
    total += item.length;
  }
  if (items.length <= SMALL_JOIN) {
    // A few pieces: concatenation costs less than Array#join's generic machinery (cycle checks,
    // a builder). The rope is flattened here, once: left as a rope, the first reader (a longer
    // join, a dict's hash, the collector) walks its pieces, which cost more than the copy
    // (callgrind, 400,000 joins of 5 to 32 short pieces: 10-20% fewer instructions than
    // Array#join, and than the unflattened rope once it is joined again or used as a key).
    let out = items.length === 0 ? '' : items[0] as string;
    for (let i = 1; i < items.length; i++) out = out + sep + (items[i] as string);
    if (out.length > 12) out.charCodeAt(0);
    return out;
  }
  if (items.length <= JOIN_CHUNK * 2 && total <= JOIN_CHUNK_CHARS) return items.join(sep);
  return joinLong(sep, items as readonly string[]);
}

/**
 * `sep.join(items)` of str items with more than 32K characters or 2,048 items, apart from the
 * short joins so that V8 optimizes those alone and the first long join does not throw that away.
 */
function joinLong(sep: string, items: readonly string[]): string {
  // V8's join gathers the pieces in one array; past ~8,000 pieces that array is big enough to be
  // allocated in the old generation, and storing each young piece into it then records a slot
  // for the GC: a join of 40,000 short strings took 23 ms at once, 8 ms in chunks. A long result
  // is left as a rope of chunks of up to 32K characters: a chunk stays below V8's large-object
  // size (a large object is fresh memory, and each of its pages faults on first touch, ~15 µs
  // apiece here), and the rope is copied once, by whatever flattens it or joins it into more.
  // An item longer than a chunk joins the rope as it is, without a copy.
  let out: string | null = null;
  const pieces: string[] = [];
  let start = 0;
  let chars = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.length > JOIN_CHUNK_CHARS) {
      if (start < i) out = ropeAppend(out, sep, items.slice(start, i).join(sep), pieces, null);
      out = ropeAppend(out, sep, item, pieces, joinedRope(item));
      start = i + 1;
      chars = 0;
      continue;
    }
    chars += item.length + sep.length;
    if (chars > JOIN_CHUNK_CHARS || i + 1 - start === JOIN_CHUNK) {
      out = ropeAppend(out, sep, items.slice(start, i + 1).join(sep), pieces, null);
      start = i + 1;
      chars = 0;
    }
  }
  if (start < items.length) out = ropeAppend(out, sep, items.slice(start).join(sep), pieces, null);
  if (out === null) return '';
  rememberJoin(out, pieces);
  return out;
}

/** `rope + sep + piece`, noting the parts in `pieces` (a kept rope's own pieces for `piece`'s). */
function ropeAppend(
  rope: string | null,
  sep: string,
  piece: string,
  pieces: string[],
  known: JoinedRope | null,
): string {
  if (rope !== null && sep.length > 0) pieces.push(sep);
  if (known === null) pieces.push(piece);
  else for (const p of known.pieces) pieces.push(p);
  return rope === null ? piece : rope + sep + piece;
}

/** Joins gather at most this many pieces, or about this many characters, into one flat chunk. */
export const JOIN_CHUNK = 1024;
export const JOIN_CHUNK_CHARS = 32768;

/**
 * Where `s.partition(sep)` cuts `s`: the code unit index of the first `sep`, or -1 (the method
 * builds its tuple from the index, without an array of the three parts to copy).
 */
export function strPartitionAt(s: string, sep: string): number {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  return cpIndexOf(s, sep);
}

/** Where `s.rpartition(sep)` cuts `s`: the code unit index of the last `sep`, or -1. */
export function strRpartitionAt(s: string, sep: string): number {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  return cpLastIndexOf(s, sep);
}

// ---------------------------------------------------------------------------------------------
// Stripping, replacing

/**
 * The primitive text of `s`. Methods of a str subclass instance receive its String wrapper, and
 * CPython hands back an exact str even when nothing changed, never the instance itself.
 */
function exactStr(s: string): string {
  return typeof s === 'string' ? s : String.prototype.valueOf.call((s as { [RAW]?: object })[RAW] ?? s);
}

function inChars(chars: string, c: number, sur: boolean, s: string, i: number): boolean {
  if (!sur) {
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return chars.includes(ch);
}

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  s = exactStr(s);
  let i = 0;
  let j = s.length;
  if (chars === undefined || chars === null) {
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  // A code unit of `s` that is a surrogate equals no character of a `chars` without them, so
  // only `chars` decides whether code units can be compared.
  if (!hasSurrogates(chars)) {
    if (left) while (i < j && inChars(chars, s.charCodeAt(i), false, s, i)) i++;
    if (right) while (j > i && inChars(chars, s.charCodeAt(j - 1), false, s, j - 1)) j--;
    return s.slice(i, j);
  }
  const cs = new Set(Array.from(chars));
  const arr = Array.from(s);
  let a = 0;
  let b = arr.length;
  if (left) while (a < b && cs.has(arr[a]!)) a++;
  if (right) while (b > a && cs.has(arr[b - 1]!)) b--;
  return arr.slice(a, b).join('');
}

export function strStrip(s: string, chars?: string | null): string { return stripImpl(s, chars, true, true); }
export function strLstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, true, false); }
export function strRstrip(s: string, chars?: string | null): string { return stripImpl(s, chars, false, true); }

/**
 * Up to this length, a str.replace that finds its `old` builds the result from slices itself:
 * replaceAll's generic protocol (a Symbol.replace lookup on the search value, a builder for the
 * result) costs more than the copy when the subject is a short field such as a name to escape.
 */
const SHORT_REPLACE = 256;

/** `s` with every `old` from index `at` on replaced by `rep`; `at` is the first match. */
function replaceEach(s: string, old: string, rep: string, at: number): string {
  let out = '';
  let from = 0;
  for (let j = at; j >= 0; j = s.indexOf(old, from)) {
    out += s.slice(from, j) + rep;
    from = j + old.length;
  }
  out += s.slice(from);
  // A short subject's result is kept flat: later reads and the GC would otherwise walk its pieces.
  if (out.length > 12) out.charCodeAt(0);
  return out;
}

/** `s.replace(old, new, count)`. */
export function strReplace(s: string, old: string, rep: string, count?: number | null): string {
  s = exactStr(s);
  let max = count === undefined || count === null || count < 0 ? Infinity : count;
  if (max === 0) return s;
  if (old.length === 0) {
    const chars = strChars(s);
    let out = '';
    let k = 0;
    for (; k < chars.length && max > 0; k++, max--) out += rep + chars[k];
    if (k < chars.length) return out + chars.slice(k).join('');
    return max > 0 ? out + rep : out;
  }
  if (max === Infinity && !cutsPairs(old)) {
    // Most calls (an escaping chain like .replace("&", "&amp;").replace("<", "&lt;")) find
    // nothing: no array is made for them. replaceAll would read `$&` in `rep` as a pattern.
    const first = s.indexOf(old);
    if (first < 0) return s;
    if (s.length <= SHORT_REPLACE) return replaceEach(s, old, rep, first);
    return rep.indexOf('$') < 0 ? s.replaceAll(old, rep) : s.split(old).join(rep);
  }
  let out = '';
  let i = 0;
  while (max > 0) {
    const j = cpIndexOf(s, old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    max--;
  }
  return out + s.slice(i);
}

export function strRemoveprefix(s: string, prefix: string): string {
  s = exactStr(s);
  return prefix.length > 0 && s.startsWith(prefix) && !splitsPair(s, prefix.length) ? s.slice(prefix.length) : s;
}

export function strRemovesuffix(s: string, suffix: string): string {
  s = exactStr(s);
  return suffix.length > 0 && s.endsWith(suffix) && !splitsPair(s, s.length - suffix.length)
    ? s.slice(0, s.length - suffix.length)
    : s;
}

// ---------------------------------------------------------------------------------------------
// Case
//
// ASCII strings use JS's case conversion; other strings map code point by code point through
// CPython 3.11's full case mappings (runtime/unicode.ts), since Node's ICU has a newer Unicode.

function isCasedCp(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return hasProperty('cased', c);
}

function isAsciiString(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

// Latin-1's upper and lower case mappings are the same in every Unicode version, so JS's case
// conversion (Node's ICU, a newer Unicode than CPython's) is exact for a string without a
// character above U+00FF, and V8 answers this test for a one-byte string without reading it
// (as for SURROGATE). casefold differs even there (µ, ß) and keeps the ASCII test.
const ABOVE_LATIN1 = /[^\0-\xff]/;

/** The code point at code unit `i` and its length in code units. */
function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

/**
 * Lower case of capital sigma at code unit `i` of `s`: final sigma (ς) when a cased letter
 * precedes it and none follows, case-ignorable characters skipped (CPython's handle_capital_sigma).
 */
function lowerSigma(s: string, i: number): string {
  let j = i;
  let before = false;
  while (j > 0) {
    let k = j - 1;
    const lo = s.charCodeAt(k);
    if (lo >= 0xdc00 && lo < 0xe000 && k > 0) {
      const hi = s.charCodeAt(k - 1);
      if (hi >= 0xd800 && hi < 0xdc00) k--;
    }
    const c = cpAt(s, k);
    j = k;
    if (hasProperty('caseIgnorable', c)) continue;
    before = isCasedCp(c);
    break;
  }
  if (!before) return '\u03c3';
  j = i + 1;
  while (j < s.length) {
    const c = cpAt(s, j);
    j += c > 0xffff ? 2 : 1;
    if (hasProperty('caseIgnorable', c)) continue;
    return isCasedCp(c) ? '\u03c3' : '\u03c2';
  }
  return '\u03c2';
}

function mapCp(mapping: CaseMapping, c: number): string {
  if (c < 128) {
    if (mapping === 'upper') return String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
    if (mapping === 'title') return String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
    return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  }
  return caseMap(mapping, c) ?? String.fromCodePoint(c);
}

/** Lower case of the code point `c` at code unit `i` of `s` (final sigma needs the context). */
function lowerAt(s: string, i: number, c: number): string {
  return c === 0x3a3 ? lowerSigma(s, i) : mapCp('lower', c);
}

export function strUpper(s: string): string {
  if (!ABOVE_LATIN1.test(s)) return s.toUpperCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    out += mapCp('upper', c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

export function strLower(s: string): string {
  if (!ABOVE_LATIN1.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    out += lowerAt(s, i, c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** `s.casefold()`. */
export function strCasefold(s: string): string {
  if (isAsciiString(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    out += mapCp('casefold', c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** `s.capitalize()`: first character title case, the rest lower case (3.8+). */
export function strCapitalize(s: string): string {
  if (s.length === 0) return '';
  const c0 = cpAt(s, 0);
  let out = mapCp('title', c0);
  for (let i = c0 > 0xffff ? 2 : 1; i < s.length; ) {
    const c = cpAt(s, i);
    out += lowerAt(s, i, c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** `s.title()`. */
export function strTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    out += prevCased ? lowerAt(s, i, c) : mapCp('title', c);
    prevCased = isCasedCp(c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** `s.swapcase()`. */
export function strSwapcase(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    if (c < 128) {
      if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
      else if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
      else out += String.fromCharCode(c);
    } else if (hasProperty('upper', c)) out += lowerAt(s, i, c);
    else if (hasProperty('lower', c)) out += mapCp('upper', c);
    else out += String.fromCodePoint(c);
    i += c > 0xffff ? 2 : 1;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Padding

function fillChar(fill: string | undefined | null): string {
  if (fill === undefined || fill === null) return ' ';
  if (strLen(fill) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return fill;
}

/** `s.center(width, fillchar)`. */
export function strCenter(s: string, width: number, fillchar?: string | null): string {
  s = exactStr(s);
  const f = fillChar(fillchar);
  const len = strLen(s);
  if (width <= len) return s;
  const marg = width - len;
  // Arithmetic rather than bit operators: a width past 2**31 must not wrap around.
  const left = Math.floor(marg / 2) + (marg % 2) * (width % 2);
  return f.repeat(left) + s + f.repeat(marg - left);
}

export function strLjust(s: string, width: number, fillchar?: string | null): string {
  s = exactStr(s);
  const f = fillChar(fillchar);
  const len = strLen(s);
  return width <= len ? s : s + f.repeat(width - len);
}

export function strRjust(s: string, width: number, fillchar?: string | null): string {
  s = exactStr(s);
  const f = fillChar(fillchar);
  const len = strLen(s);
  return width <= len ? s : f.repeat(width - len) + s;
}

/** `s.zfill(width)`: zeros after a leading sign. */
export function strZfill(s: string, width: number): string {
  s = exactStr(s);
  const len = strLen(s);
  if (width <= len) return s;
  const pad = '0'.repeat(width - len);
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + pad + s.slice(1);
  return pad + s;
}

/** `s.expandtabs(tabsize)`. */
export function strExpandtabs(s: string, tabsize?: number | null): string {
  s = exactStr(s);
  const ts = tabsize === undefined || tabsize === null ? 8 : tabsize;
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (ts > 0) {
        const n = ts - (col % ts);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Predicates (ASCII answered inline, the rest from CPython's tables in runtime/unicode.ts)

const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when every code point of non-empty `s` satisfies `ascii` (below 128) or `prop`. */
function every(s: string, ascii: (c: number) => boolean, other: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (!ascii(c)) return false;
      continue;
    }
    const cpv = s.codePointAt(i)!;
    if (cpv > 0xffff) i++;
    if (!other(cpv)) return false;
  }
  return true;
}

const alpha = (c: number): boolean => hasProperty('alpha', c);
const decimal = (c: number): boolean => hasProperty('decimal', c);
const digit = (c: number): boolean => hasProperty('digit', c);
const numeric = (c: number): boolean => hasProperty('numeric', c);

export function strIsalpha(s: string): boolean { return every(s, isAsciiAlpha, alpha); }
export function strIsdecimal(s: string): boolean { return every(s, isAsciiDigit, decimal); }
export function strIsdigit(s: string): boolean { return every(s, isAsciiDigit, digit); }
export function strIsnumeric(s: string): boolean { return every(s, isAsciiDigit, numeric); }

export function strIsalnum(s: string): boolean {
  return every(s, (c) => isAsciiAlpha(c) || isAsciiDigit(c), (c) => alpha(c) || decimal(c) || digit(c) || numeric(c));
}

export function strIsspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

export function strIsascii(s: string): boolean {
  return isAsciiString(s);
}

function isUpperOrTitle(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : hasProperty('upper', c) || hasProperty('title', c);
}

function isLowerCp(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : hasProperty('lower', c);
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    i += c > 0xffff ? 2 : 1;
    if (isUpperOrTitle(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    i += c > 0xffff ? 2 : 1;
    if (isLowerCp(c) || (c >= 128 && hasProperty('title', c))) return false;
    if (!cased && isUpperOrTitle(c)) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const c = cpAt(s, i);
    i += c > 0xffff ? 2 : 1;
    if (isUpperOrTitle(c)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  const c0 = cpAt(s, 0);
  if (!(c0 < 128 ? isAsciiAlpha(c0) || c0 === 95 : hasProperty('xidStart', c0))) return false;
  for (let i = c0 > 0xffff ? 2 : 1; i < s.length; ) {
    const c = cpAt(s, i);
    i += c > 0xffff ? 2 : 1;
    if (!(c < 128 ? isAsciiAlpha(c) || isAsciiDigit(c) || c === 95 : hasProperty('xidContinue', c))) return false;
  }
  return true;
}

function isPrintableCp(c: number): boolean {
  return isPrintableCodePoint(c);
}

export function strIsprintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    if (c < 128) return false;
    const cpv = s.codePointAt(i)!;
    if (cpv > 0xffff) i++;
    if (!isPrintableCp(cpv)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// repr and ascii

const HEX = '0123456789abcdef';

function hex2(c: number): string { return '\\x' + HEX[c >> 4] + HEX[c & 15]; }
function hex4(c: number): string { return '\\u' + c.toString(16).padStart(4, '0'); }
function hex8(c: number): string { return '\\U' + c.toString(16).padStart(8, '0'); }

function reprImpl(s: string, asciiOnly: boolean): string {
  let hasSingle = false;
  let hasDouble = false;
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
    else if (c < 32 || c >= 127 || c === 92) plain = false;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  if (plain && !(hasSingle && hasDouble)) return q + s + q;
  const qc = q.charCodeAt(0);
  let out = q;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127 && c !== 92 && c !== qc) continue;
    out += s.slice(start, i);
    start = i + 1;
    if (c === qc || c === 92) out += '\\' + s[i];
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c < 32 || c === 127) out += hex2(c);
    else {
      let cpv = c;
      let w = 1;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { cpv = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; w = 2; }
      }
      const ch = w === 1 ? s[i]! : s.slice(i, i + 2);
      if (!asciiOnly && isPrintableCp(cpv)) out += ch;
      else if (cpv < 0x100) out += hex2(cpv);
      else if (cpv < 0x10000) out += hex4(cpv);
      else out += hex8(cpv);
      i += w - 1;
      start = i + 1;
    }
  }
  return out + s.slice(start) + q;
}

/** `repr(s)`: CPython's quote choice and escapes. */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/** `ascii(s)`: repr with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  return reprImpl(s, true);
}

/** Escape the non-ASCII characters of an already built repr text (for `ascii()` of containers). */
export function asciiEscape(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    out += text.slice(start, i);
    const cpv = text.codePointAt(i)!;
    if (cpv > 0xffff) i++;
    out += cpv < 0x100 ? hex2(cpv) : cpv < 0x10000 ? hex4(cpv) : hex8(cpv);
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

// ---------------------------------------------------------------------------------------------
// Encoding

/**
 * `s.encode(encoding, errors)`: utf-8, ascii and latin-1 here, the UTF-16/32 codecs, the code
 * pages and any error handler their own loops do not apply in codecs.ts.
 */
export function strEncode(s: string, encoding?: string | null, errors?: string | null): Uint8Array {
  const err = errors === undefined || errors === null ? 'strict' : errors;
  if (encoding === undefined || encoding === null || encoding === 'utf-8') return encodeAs(s, 'utf-8', err, encoding);
  const codec = findTextCodec(encoding);
  if (codec === null) {
    const named = namedCodec(encoding);
    if (named !== null) return encodeNamed(s, named, err, encoding);
  }
  return encodeAs(s, codec ?? textCodec(encoding, 'codecs.encode()'), err, encoding);
}

/**
 * `s` encoded with a codec already looked up; `encoding` is the name str.encode() was given
 * (an error handler's failure may be reported under it).
 */
export function encodeAs(s: string, codec: TextCodec, err: string, encoding?: string | null): Uint8Array {
  if (codec === 'utf-8') {
    const fast = encodeUtf8(s);
    if (fast !== null) return fast;
  }
  const byHandler = encodeByHandler(s, codec, err, encoding);
  if (byHandler !== null) return byHandler;
  // encodeByHandler converts every code page itself; this only narrows the type.
  if (typeof codec === 'object') return raise('SystemError', 'code page not converted');
  if (codec !== 'utf-8' && codec !== 'ascii' && codec !== 'latin-1') return wideEncode(s, codec, err);
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  // slow path: code point by code point
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { cps.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000); i++; continue; }
    }
    cps.push(c);
  }
  const bad = (c: number): boolean => c >= limit || (codec === 'utf-8' && c >= 0xd800 && c <= 0xdfff);
  const out: number[] = [];
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
  for (let k = 0; k < cps.length; k++) {
    const c = cps[k]!;
    if (!bad(c)) {
      pushUtf8(out, c, codec);
      continue;
    }
    let e = k + 1;
    while (e < cps.length && bad(cps[e]!)) e++;
    switch (err) {
      case 'strict':
        raiseCodecError('UnicodeEncodeError', codec, s, k, e, reason);
      case 'ignore':
        break;
      case 'replace':
        for (let t = k; t < e; t++) out.push(63);
        break;
      case 'backslashreplace':
        for (let t = k; t < e; t++) {
          const v = cps[t]!;
          for (const b of (v < 0x100 ? hex2(v) : v < 0x10000 ? hex4(v) : hex8(v))) out.push(b.charCodeAt(0));
        }
        break;
      case 'xmlcharrefreplace':
        for (let t = k; t < e; t++) for (const b of `&#${cps[t]};`) out.push(b.charCodeAt(0));
        break;
      case 'surrogateescape':
        for (let t = k; t < e; t++) {
          const v = cps[t]!;
          if (v >= 0xdc80 && v <= 0xdcff) out.push(v - 0xdc00);
          // The error covers the run from the first character that cannot be escaped.
          else raiseCodecError('UnicodeEncodeError', codec, s, t, e, reason);
        }
        break;
      case 'surrogatepass':
        for (let t = k; t < e; t++) {
          const v = cps[t]!;
          if (codec === 'utf-8' && v >= 0xd800 && v <= 0xdfff) out.push(0xe0 | (v >> 12), 0x80 | ((v >> 6) & 63), 0x80 | (v & 63));
          else raiseCodecError('UnicodeEncodeError', codec, s, k, e, reason);
        }
        break;
      default:
        raise('LookupError', `unknown error handler name '${err}'`);
    }
    k = e - 1;
  }
  return Uint8Array.from(out);
}

function pushUtf8(out: number[], c: number, codec: string): void {
  if (codec !== 'utf-8' || c < 0x80) out.push(c);
  else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
  else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
}

// ---------------------------------------------------------------------------------------------
// maketrans / translate

/** A translation table: code point → code point, replacement string, or null (delete). */
export type TransTable = Map<number, number | string | null>;

/**
 * `str.maketrans(x, y, z)` for the string forms: `x` and `y` of equal length map character to
 * character, `z` lists characters to delete. (The one-argument dict form is built by the caller.)
 */
export function strMaketrans(x: string, y: string, z?: string | null): TransTable {
  const xs = strChars(x);
  const ys = strChars(y);
  if (xs.length !== ys.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
  const t: TransTable = new Map();
  for (let i = 0; i < xs.length; i++) t.set(xs[i]!.codePointAt(0)!, ys[i]!.codePointAt(0)!);
  if (z !== undefined && z !== null) for (const ch of z) t.set(ch.codePointAt(0)!, null);
  return t;
}

/**
 * `s.translate(table)`: `lookup(codePoint)` returns the mapped code point, a string, null to
 * delete, or undefined to keep the character (a LookupError in `table.__getitem__`).
 */
export function strTranslate(s: string, lookup: (cp: number) => number | string | null | undefined): string {
  let out = '';
  for (const ch of s) {
    const r = lookup(ch.codePointAt(0)!);
    if (r === undefined) out += ch;
    else if (r === null) continue;
    else if (typeof r === 'number') {
      if (r < 0 || r > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(r);
    } else out += r;
  }
  return out;
}
