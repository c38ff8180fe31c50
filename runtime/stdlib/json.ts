// The `_json` accelerator: what CPython's Modules/_json.c gives the json package, written over
// our value representation. lib/json imports it the way CPython's json does (`try: from _json
// import ... except ImportError`), so dumps and loads run here and call back into Python only for
// the hooks (`default`, `object_hook`, `parse_float`, ...).
//
// - `make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
//   skipkeys, allow_nan)` returns `encode(o, current_indent_level)` → a one-item list holding the
//   whole text, written as bytes into a reused buffer (see ByteWriter). CPython only uses its C
//   encoder when `indent` is None; ours also takes an indent string and then reproduces what
//   CPython's pure Python `_make_iterencode` prints (the same layout, `{\n  \n}` for a dict whose
//   keys were all skipped, iteration of list and dict subclasses through `__iter__` / `items()`,
//   and its "Out of range float values are not JSON compliant: nan" message).
// - `make_scanner(context)` returns `scan_once(s, idx)` → `(value, end)`, raising StopIteration(idx)
//   where no value starts (JSONDecoder.raw_decode turns it into "Expecting value"), and
//   json.JSONDecodeError with CPython's messages and positions elsewhere.
// - `scanstring`, `encode_basestring_ascii`, `encode_basestring` as in CPython.
//
// The one tricky idea: Python positions count code points, JS strings count UTF-16 units. The
// scanner works on UTF-16 indices and converts an index only where Python sees it (an error
// position, the `end` it returns, the `idx` it is given), and only for strings that contain
// surrogates.

import { strText, unwrapStr } from '../strvalue.js';
import { TypeError, excMatch, isPyException, makeExc, pyRaise, raise, throwPy } from '../exceptions.js';
import { PyFloat, floatRepr, toFloat } from '../float.js';
import { intFromString, intStr } from '../int.js';
import { PyDict } from '../dict.js';
import { PyTuple, tuple } from '../tuple.js';
import { floatType, intType } from '../numbers.js';
import { NATIVE_INNER, callable } from '../function.js';
import { getattrByName } from '../classes.js';
import { iter, toArray, truthy } from '../ops.js';
import { sortList } from '../list.js';
import { strCompare } from '../str.js';
import { repr } from '../repr.js';
import { className } from '../object.js';
import { import as importModule, nativeModule } from '../module.js';
import { defineAll } from './common.js';
import { registerSignatures } from '../native_signatures.js';

// ---------------------------------------------------------------------------------------------
// Code points and UTF-16 indices

const SURROGATE = /[\uD800-\uDFFF]/;

/** The code-point index of UTF-16 index `i` (a surrogate pair counts once). */
function codePointIndex(s: string, i: number): number {
  let n = i;
  for (let k = 0; k + 1 < i; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        k++;
      }
    }
  }
  return n;
}

/** The UTF-16 index of code-point index `cp` (an index past the end stays as far past it). */
function unitIndex(s: string, cp: number): number {
  let i = 0;
  let n = 0;
  for (; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return i + (cp - n);
}

// ---------------------------------------------------------------------------------------------
// Errors

/** `raise json.JSONDecodeError(msg, doc, pos)`, `pos` a UTF-16 index into `doc`. */
function decodeError(msg: string, doc: string, pos: number, wide: boolean): never {
  // CPython's _json looks the class up when it first needs it, as we do.
  const cls = (importModule('json') as unknown as { $JSONDecodeError: unknown }).$JSONDecodeError;
  return pyRaise(callable(cls)(msg, doc, wide ? codePointIndex(doc, pos) : pos));
}

function stopIteration(doc: string, pos: number, wide: boolean): never {
  return throwPy(makeExc('StopIteration', wide ? codePointIndex(doc, pos) : pos));
}

function recursionLimit(): number {
  const sys = importModule('sys') as unknown as { $getrecursionlimit: () => number };
  return sys.$getrecursionlimit();
}

function mustBeStr(x: unknown): string {
  return strText(x) ?? raise('TypeError', `first argument must be a string, not ${className(x)}`);
}

// ---------------------------------------------------------------------------------------------
// Strings: encoding

const HEX = '0123456789abcdef';
const NEEDS_ASCII_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;

function hex4(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** The escape of UTF-16 unit `c`, or undefined when it stands for itself. */
function shortEscape(c: number): string | undefined {
  switch (c) {
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
  }
  return undefined;
}

/**
 * CPython's `encode_basestring_ascii`: everything outside printable ASCII becomes `\uXXXX`, a
 * character beyond the BMP two of them (a JS string already holds it as its surrogate pair).
 */
export function encodeAscii(s: string): string {
  if (!NEEDS_ASCII_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    if (start < i) out += s.slice(start, i);
    out += shortEscape(c) ?? hex4(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

/** CPython's `encode_basestring`: only `"`, `\` and control characters are escaped. */
export function encodeUnicode(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    if (start < i) out += s.slice(start, i);
    out += shortEscape(c) ?? hex4(c);
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function encode_basestring_ascii(s: unknown): string {
  return encodeAscii(mustBeStr(s));
}

function encode_basestring(s: unknown): string {
  return encodeUnicode(mustBeStr(s));
}

// ---------------------------------------------------------------------------------------------
// Strings: decoding

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Four hex digits at `at` (the caller checked they are in range), or -1. */
function hexDigits(s: string, at: number): number {
  let v = 0;
  for (let k = at; k < at + 4; k++) {
    const d = hexValue(s.charCodeAt(k));
    if (d < 0) return -1;
    v = (v << 4) | d;
  }
  return v;
}

/** Where `scanString` stopped: the index after the closing quote. */
let scanEnd = 0;

/**
 * CPython's scanstring_unicode: the string whose opening quote is at `end - 1`, its contents
 * starting at `end`. Leaves the index after the closing quote in `scanEnd`.
 */
function scanString(s: string, end: number, strict: boolean, wide: boolean): string {
  const begin = end - 1;
  const len = s.length;
  let out = '';
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError('Invalid control character at', s, next, wide);
    }
    if (next >= len) decodeError('Unterminated string starting at', s, begin, wide);
    if (c === 0x22) {
      scanEnd = next + 1;
      return out === '' ? s.slice(end, next) : out + s.slice(end, next);
    }
    // A backslash.
    if (next > end) out += s.slice(end, next);
    next++;
    if (next === len) decodeError('Unterminated string starting at', s, begin, wide);
    const e = s.charCodeAt(next);
    if (e !== 0x75) {
      end = next + 1;
      switch (e) {
        case 0x22: out += '"'; break;
        case 0x5c: out += '\\'; break;
        case 0x2f: out += '/'; break;
        case 0x62: out += '\b'; break;
        case 0x66: out += '\f'; break;
        case 0x6e: out += '\n'; break;
        case 0x72: out += '\r'; break;
        case 0x74: out += '\t'; break;
        default: decodeError('Invalid \\escape', s, end - 2, wide);
      }
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) decodeError('Invalid \\uXXXX escape', s, next - 1, wide);
    let u = hexDigits(s, next);
    if (u < 0) decodeError('Invalid \\uXXXX escape', s, end - 5, wide);
    // A high surrogate followed by an escaped low one is one character.
    if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s.charCodeAt(end) === 0x5c && s.charCodeAt(end + 1) === 0x75) {
      const u2 = hexDigits(s, end + 2);
      if (u2 < 0) decodeError('Invalid \\uXXXX escape', s, end + 1, wide);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        end += 6;
        continue;
      }
    }
    out += String.fromCharCode(u);
  }
}

/** scanstring(string, end, strict=True, /) -> (str, end) */
function scanstring(string: unknown, end: unknown, strict?: unknown): PyTuple {
  const s = mustBeStr(string);
  if (typeof end !== 'number' && typeof end !== 'bigint' && typeof end !== 'boolean') {
    raise('TypeError', `'${className(end)}' object cannot be interpreted as an integer`);
  }
  const wide = SURROGATE.test(s);
  const cp = Number(end);
  const len = wide ? codePointIndex(s, s.length) : s.length;
  if (cp < 0 || cp > len) raise('ValueError', 'end is out of bounds');
  const at = wide ? unitIndex(s, cp) : cp;
  const value = scanString(s, at, strict === undefined ? true : truthy(strict), wide);
  return tuple([value, wide ? codePointIndex(s, scanEnd) : scanEnd]);
}

// ---------------------------------------------------------------------------------------------
// The scanner

/** What a JSONDecoder tells the scanner (read once, as CPython's make_scanner does). */
interface ScanContext {
  strict: boolean;
  objectHook: Function | null;
  objectPairsHook: Function | null;
  /** null: the builtin `float` (parsed here) */
  parseFloat: Function | null;
  /** null: the builtin `int` (parsed here) */
  parseInt: Function | null;
  parseConstant: Function;
}

function optionalCallable(x: unknown): Function | null {
  return x === null || x === undefined ? null : callable(x);
}

function readContext(ctx: unknown): ScanContext {
  const attr = (name: string): unknown => getattrByName(ctx, name);
  const strict = truthy(attr('strict'));
  const objectHook = optionalCallable(attr('object_hook'));
  const parseFloat = attr('parse_float');
  const parseInt = attr('parse_int');
  const parseConstant = callable(attr('parse_constant'));
  const objectPairsHook = optionalCallable(attr('object_pairs_hook'));
  return {
    strict,
    objectHook,
    objectPairsHook,
    parseFloat: parseFloat === floatType ? null : callable(parseFloat),
    parseInt: parseInt === intType ? null : callable(parseInt),
    parseConstant,
  };
}

const KEY_CACHE_SIZE = 256;

/**
 * Object keys seen lately, by a hash of their text. A hit is compared with the document before
 * it is used, so one table serves every scan.
 */
const keyCache: (string | undefined)[] = new Array(KEY_CACHE_SIZE);

/** 10**k, exact as doubles, for the short decimals `fraction` reads itself. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

// One scan over one document: CPython's scan_once_unicode and its helpers, as functions over
// the document and an index. The scan's settings and its position live in the variables below
// rather than in an object, which V8 reads faster; a hook that decodes another document from
// inside a scan gets them saved and put back around its own scan (`scanDocument`).

/** Where the last value ended (UTF-16 index). */
let valueEnd = 0;
let scanCtx: ScanContext = null!;
let scanWide = false;
let scanDepth = 0;
let scanMaxDepth = 0;

/**
 * The value starting at UTF-16 index `idx` of `s`, its end left in `valueEnd`. Past the end of
 * `s` nothing matches and scanNumber raises StopIteration(idx), as where no value starts.
 */
function scanValue(s: string, idx: number): unknown {
  switch (s.charCodeAt(idx)) {
    case 0x22: { // "
      const v = stringValue(s, idx + 1);
      valueEnd = scanEnd;
      return v;
    }
    case 0x7b: // {
      return scanObject(s, idx + 1);
    case 0x5b: // [
      return scanArray(s, idx + 1);
    case 0x6e: // n
      if (s.startsWith('null', idx)) {
        valueEnd = idx + 4;
        return null;
      }
      break;
    case 0x74: // t
      if (s.startsWith('true', idx)) {
        valueEnd = idx + 4;
        return true;
      }
      break;
    case 0x66: // f
      if (s.startsWith('false', idx)) {
        valueEnd = idx + 5;
        return false;
      }
      break;
    case 0x4e: // N
      if (s.startsWith('NaN', idx)) return scanConstant('NaN', idx);
      break;
    case 0x49: // I
      if (s.startsWith('Infinity', idx)) return scanConstant('Infinity', idx);
      break;
    case 0x2d: // -
      if (s.startsWith('-Infinity', idx)) return scanConstant('-Infinity', idx);
      break;
  }
  return scanNumber(s, idx);
}

function scanConstant(name: string, idx: number): unknown {
  const v = scanCtx.parseConstant(name);
  valueEnd = idx + name.length;
  return v;
}

/** Short string values seen lately, by a hash of their text (as keyCache). */
const shortValueCache: (string | undefined)[] = new Array(KEY_CACHE_SIZE);
const SHORT_VALUE = 10;

/**
 * A plain string value s[start:end]. A short one is shared with its earlier copies, as V8's own
 * JSON.parse shares them: documents repeat their short values (tags, codes, flags), and each
 * fresh copy would live as long as the decoded document.
 */
function plainValue(s: string, start: number, end: number): string {
  if (end - start > SHORT_VALUE) return s.slice(start, end);
  let h = 0;
  for (let i = start; i < end; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 9)) & (KEY_CACHE_SIZE - 1);
  const cached = shortValueCache[slot];
  if (cached !== undefined && cached.length === end - start && s.startsWith(cached, start)) return cached;
  const v = s.slice(start, end);
  shortValueCache[slot] = v;
  return v;
}

/** A string value whose contents start at `start`: a plain one is sliced, the rest go to scanString. */
function stringValue(s: string, start: number): string {
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      scanEnd = i + 1;
      return plainValue(s, start, i);
    }
    if (c === 0x5c) return escapedString(s, start);
    if (c < 0x20) break;
  }
  return scanString(s, start, scanCtx.strict, scanWide);
}

/** The index of the quote that closes the string whose content starts at `i`, or -1. */
function stringEnd(s: string, i: number): number {
  let j = s.indexOf('"', i);
  while (j > 0 && s.charCodeAt(j - 1) === 0x5c) {
    let b = j - 1;
    while (b >= i && s.charCodeAt(b) === 0x5c) b--;
    if ((j - 1 - b) % 2 === 0) break;
    j = s.indexOf('"', j + 1);
  }
  return j;
}

/**
 * A string with escapes, whose contents start at `start`. The engine's JSON.parse of the string's
 * own text decodes it as scanString would (the same escapes, surrogate escapes kept as the same
 * UTF-16 units), without a piece per escape; what it rejects, scanString reports (or, not strict,
 * accepts).
 */
function escapedString(s: string, start: number): string {
  const end = stringEnd(s, start);
  if (end > 0) {
    let v: unknown;
    try {
      v = JSON.parse(s.slice(start - 1, end + 1));
    } catch {
      v = undefined;
    }
    if (typeof v === 'string') {
      scanEnd = end + 1;
      return v;
    }
  }
  return scanString(s, start, scanCtx.strict, scanWide);
}

/** The index of the first non-whitespace character at or after `idx`. */
function skipBlanks(s: string, idx: number): number {
  while (isWhitespace(s.charCodeAt(idx))) idx++;
  return idx;
}

/** CPython counts JSON nesting against the recursion limit (Py_EnterRecursiveCall). */
function enterNested(kind: string): void {
  if (++scanDepth >= scanMaxDepth) {
    scanDepth = 0;
    raise('RecursionError', `maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`);
  }
}

/** The object whose contents start at `idx` (after its '{'). */
function scanObject(s: string, idx: number): unknown {
  enterNested('object');
  const ctx = scanCtx;
  const pairs: PyTuple[] | null = ctx.objectPairsHook !== null ? [] : null;
  const d = pairs === null ? new PyDict() : null;
  // A dict being filled has only str keys: its Map is written directly.
  const m = d !== null ? d.m : null;
  let c = s.charCodeAt(idx);
  if (c <= 0x20) {
    idx = skipBlanks(s, idx);
    c = s.charCodeAt(idx);
  }
  if (c !== 0x7d) {
    for (;;) {
      if (c !== 0x22) decodeError('Expecting property name enclosed in double quotes', s, idx, scanWide);
      const key = objectKey(s, idx + 1);
      idx = scanEnd;
      if (s.charCodeAt(idx) !== 0x3a) {
        idx = skipBlanks(s, idx);
        if (s.charCodeAt(idx) !== 0x3a) decodeError("Expecting ':' delimiter", s, idx, scanWide);
      }
      idx++;
      if (s.charCodeAt(idx) <= 0x20) idx = skipBlanks(s, idx);
      const value = scanValue(s, idx);
      if (m !== null) m.set(key, value);
      else pairs!.push(tuple([key, value]));
      idx = valueEnd;
      c = s.charCodeAt(idx);
      if (c <= 0x20) {
        idx = skipBlanks(s, idx);
        c = s.charCodeAt(idx);
      }
      if (c === 0x7d) break;
      if (c !== 0x2c) decodeError("Expecting ',' delimiter", s, idx, scanWide);
      idx++;
      c = s.charCodeAt(idx);
      if (c <= 0x20) {
        idx = skipBlanks(s, idx);
        c = s.charCodeAt(idx);
      }
    }
  }
  let result: unknown;
  if (pairs !== null) result = ctx.objectPairsHook!(pairs);
  else result = ctx.objectHook !== null ? ctx.objectHook(d) : d;
  scanDepth--;
  valueEnd = idx + 1;
  return result;
}

/**
 * An object key starting at `start` (after its quote). Keys repeat from object to object, so a
 * plain one is looked up in a small cache first: the same string is reused (CPython's `memo`),
 * which saves the copy and, since a string caches its hash, the hashing in the dict's Map.
 */
function objectKey(s: string, start: number): string {
  let i = start;
  let h = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c < 0x20) break;
    h = (h * 31 + c) | 0;
  }
  if (i < s.length && s.charCodeAt(i) === 0x22) {
    const slot = (h ^ (h >>> 9)) & (KEY_CACHE_SIZE - 1);
    const cached = keyCache[slot];
    const len = i - start;
    scanEnd = i + 1;
    if (cached !== undefined && cached.length === len && s.startsWith(cached, start)) return cached;
    const key = s.slice(start, i);
    keyCache[slot] = key;
    return key;
  }
  return scanString(s, start, scanCtx.strict, scanWide);
}

/**
 * After an array item ending at `idx`: the index where the next item starts, or -1 when the
 * array closes (its end then left in `valueEnd`).
 */
function nextItem(s: string, idx: number): number {
  let c = s.charCodeAt(idx);
  if (c <= 0x20) {
    idx = skipBlanks(s, idx);
    c = s.charCodeAt(idx);
  }
  if (c === 0x5d) {
    valueEnd = idx + 1;
    return -1;
  }
  if (c !== 0x2c) decodeError("Expecting ',' delimiter", s, idx, scanWide);
  idx++;
  return s.charCodeAt(idx) <= 0x20 ? skipBlanks(s, idx) : idx;
}

/**
 * The array whose contents start at `idx` (after its '['). Its first three items are made into
 * an array literal, which is exactly as long as they are: a list grown by push from empty keeps
 * room for 17 items, which a document of short lists would carry for as long as it lives.
 */
function scanArray(s: string, idx: number): unknown[] {
  enterNested('array');
  if (s.charCodeAt(idx) <= 0x20) idx = skipBlanks(s, idx);
  let values: unknown[];
  if (s.charCodeAt(idx) === 0x5d) {
    valueEnd = idx + 1;
    values = [];
  } else {
    const first = scanValue(s, idx);
    if ((idx = nextItem(s, valueEnd)) < 0) values = [first];
    else {
      const second = scanValue(s, idx);
      if ((idx = nextItem(s, valueEnd)) < 0) values = [first, second];
      else {
        const third = scanValue(s, idx);
        values = [first, second, third];
        while ((idx = nextItem(s, valueEnd)) >= 0) values.push(scanValue(s, idx));
      }
    }
  }
  scanDepth--;
  return values;
}

/**
 * CPython's _match_number_unicode from `start`. An int of up to 15 digits (exact as a double) is
 * read here without a string; a fraction or exponent goes on in `fraction`.
 */
function scanNumber(s: string, start: number): unknown {
  let idx = start;
  let c = s.charCodeAt(idx);
  if (c === 0x2d) c = s.charCodeAt(++idx);
  const digitsStart = idx;
  let m = 0;
  if (c === 0x30) {
    c = s.charCodeAt(++idx);
  } else if (c >= 0x31 && c <= 0x39) {
    do {
      m = m * 10 + (c - 0x30);
      c = s.charCodeAt(++idx);
    } while (c >= 0x30 && c <= 0x39);
  } else {
    return stopIteration(s, start, scanWide);
  }
  if (c === 0x2e || c === 0x65 || c === 0x45) return fraction(s, start, idx, digitsStart, m);
  valueEnd = idx;
  const pi = scanCtx.parseInt;
  if (pi !== null) return pi(s.slice(start, idx));
  if (idx - digitsStart > 15) return intFromString(s.slice(start, idx));
  return s.charCodeAt(start) === 0x2d && m !== 0 ? -m : m; // "-0" is the int 0
}

/**
 * The rest of a number whose integer digits s[digitsStart:idx] are worth `m` (while they are at
 * most 15), with CPython's backtracking: `1.` and `1e` and `1e+` end before the '.' or 'e'.
 */
function fraction(s: string, start: number, idx: number, digitsStart: number, m: number): unknown {
  let c = s.charCodeAt(idx);
  let isFloat = false;
  let fractionDigits = 0;
  if (c === 0x2e && isDigit(s.charCodeAt(idx + 1))) {
    isFloat = true;
    const fractionStart = ++idx;
    c = s.charCodeAt(idx);
    do {
      m = m * 10 + (c - 0x30);
      c = s.charCodeAt(++idx);
    } while (c >= 0x30 && c <= 0x39);
    fractionDigits = idx - fractionStart;
  }
  let exponent = false;
  if (c === 0x65 || c === 0x45) {
    let k = idx + 1;
    c = s.charCodeAt(k);
    if (c === 0x2d || c === 0x2b) c = s.charCodeAt(++k);
    if (c >= 0x30 && c <= 0x39) {
      do c = s.charCodeAt(++k);
      while (c >= 0x30 && c <= 0x39);
      idx = k;
      isFloat = exponent = true;
    }
  }
  valueEnd = idx;
  const ctx = scanCtx;
  if (!isFloat) {
    if (ctx.parseInt !== null) return ctx.parseInt(s.slice(start, idx));
    return intFromString(s.slice(start, idx));
  }
  if (ctx.parseFloat !== null) return ctx.parseFloat(s.slice(start, idx));
  const negative = s.charCodeAt(start) === 0x2d;
  let x: number;
  if (!exponent && idx - digitsStart - 1 <= 15) {
    // At most 15 digits: m and 10**k are exact, so one division rounds correctly, as strtod does.
    x = m / POW10[fractionDigits]!;
  } else {
    // JSON's float syntax is a subset of JS's, and Number() rounds correctly.
    x = +s.slice(negative ? start + 1 : start, idx);
  }
  return toFloat(negative ? -x : x);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `(value, end)` for the value at UTF-16 index `at` of `s`, with the scan state of its own. */
function scanDocument(s: string, at: number, ctx: ScanContext, wide: boolean): [unknown, number] {
  const saved = [valueEnd, scanCtx, scanWide, scanDepth, scanMaxDepth] as const;
  scanCtx = ctx;
  scanWide = wide;
  scanDepth = 0;
  scanMaxDepth = recursionLimit();
  try {
    const value = scanValue(s, at);
    return [value, valueEnd];
  } finally {
    [valueEnd, scanCtx, scanWide, scanDepth, scanMaxDepth] = saved;
  }
}

// ---------------------------------------------------------------------------------------------
// Whole documents through JSON.parse

// JSON.parse gives the same values as the scanner for most text: strings, lists and the constants
// as they are, and a non-integral JS number is our float, an integral one our int. It differs for
// a number written as a float whose value is integral (`2.0`, `1e3`: JS has no float 2.0), an int
// past 2**53 (rounded), and a key of digits only (a JS object lists such keys first). So the text
// is read once first (`numberPlan`) for the ordinals of the numbers of the first two kinds, which
// NativeWalk, going over the parsed value in document order, reads again from their text; a digit
// key sends the document to the scanner. Walking in document order needs one value per key: a
// repeated key keeps the last value at the first key's place, so the keys the walk meets are
// counted against the ':' of the text.

/** The end of the number token starting at `i`: its characters, not its syntax (JSON.parse checks that). */
function numberEnd(s: string, i: number): number {
  for (i++; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d)) break;
  }
  return i;
}

/**
 * Whether JS reads the number token s[start:end] as the value Python reads. With K integer digits
 * and no exponent, a float is below 10**K, so within 1.11 * 10**(K-16) of an integer (where a
 * double may round to one) only if its first 15-K fraction digits are all 0 or all 9.
 */
function nativeNumberOk(s: string, start: number, end: number): boolean {
  let i = s.charCodeAt(start) === 0x2d ? start + 1 : start;
  const intStart = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  const k = i - intStart;
  if (i === end) return k <= 15;
  if (s.charCodeAt(i) !== 0x2e || k >= 15) return false;
  const fracStart = i + 1;
  const head = 15 - k;
  let allZero = true;
  let headZero = true;
  let headNine = true;
  for (i = fracStart; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x65 || c === 0x45) return false;
    if (c !== 0x30) allZero = false;
    if (i - fracStart < head) {
      if (c !== 0x30) headZero = false;
      if (c !== 0x39) headNine = false;
    }
  }
  return !allZero && !(end - fracStart >= head && (headZero || headNine));
}

/** A key (a string followed by ':') made of digits only, written plainly or as \u003N escapes. */
function isDigitKey(s: string, start: number, end: number): boolean {
  if (start === end) return false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    if (c === 0x5c && s.startsWith('u003', i + 1) && isDigit(s.charCodeAt(i + 5))) {
      i += 5;
      continue;
    }
    return false;
  }
  let j = end + 1;
  while (j < s.length && isWhitespace(s.charCodeAt(j))) j++;
  return s.charCodeAt(j) === 0x3a;
}

/** What NativeWalk needs from the text: which numbers to read again, and what to count. */
interface NumberPlan {
  readonly text: string;
  /** The start and end of each number JS reads differently, in document order. */
  readonly redo: number[];
  /** The ordinal (among all number tokens) of each of them, and then -1. */
  readonly redoOrdinal: number[];
  /** The number tokens and the keys (':' outside strings) of the text. */
  readonly numbers: number;
  readonly keys: number;
}

/** The plan for s[at:], or null for the scanner (a digit key, an unterminated string). */
function numberPlan(s: string, at: number): NumberPlan | null {
  const redo: number[] = [];
  const redoOrdinal: number[] = [];
  let numbers = 0;
  let keys = 0;
  let i = at;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(s, i + 1);
      if (end < 0) return null;
      const first = s.charCodeAt(i + 1);
      if ((isDigit(first) || first === 0x5c) && isDigitKey(s, i + 1, end)) return null;
      i = end + 1;
    } else if (c === 0x2d || isDigit(c)) {
      // Most numbers are short ints: their digits are read once.
      let j = c === 0x2d ? i + 1 : i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      const after = j < n ? s.charCodeAt(j) : 0;
      const more = after === 0x2e || after === 0x65 || after === 0x45 || after === 0x2b || after === 0x2d;
      if (j > i && j - i <= 15 && !more) {
        numbers++;
        i = j;
        continue;
      }
      const end = numberEnd(s, i);
      if (!nativeNumberOk(s, i, end)) {
        redo.push(i, end);
        redoOrdinal.push(numbers);
      }
      numbers++;
      i = end;
    } else {
      if (c === 0x3a) keys++;
      i++;
    }
  }
  redoOrdinal.push(-1);
  return { text: s, redo, redoOrdinal, numbers, keys };
}

/** A number token's value, read as the scanner reads it. */
function numberFromText(text: string): unknown {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x65 || c === 0x45) return toFloat(+text);
  }
  return intFromString(text);
}

/** Thrown by NativeWalk past the nesting limit, so that the scanner raises RecursionError itself. */
const TOO_DEEP = Symbol('too deep');

/** JSON.parse's value as ours, in document order: objects become dicts, lists are converted in place. */
class NativeWalk {
  /** Number tokens and keys met so far. */
  numbers = 0;
  keys = 0;
  private next = 0;
  private readonly maxDepth = recursionLimit();

  constructor(private readonly plan: NumberPlan) {}

  value(v: unknown, depth: number): unknown {
    if (typeof v === 'number') return this.number(v);
    if (typeof v !== 'object' || v === null) return v;
    if (depth >= this.maxDepth) throw TOO_DEEP;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'object' || typeof x === 'number') v[i] = this.value(x, depth + 1);
      }
      return v;
    }
    const d = new PyDict();
    const m = d.m;
    const o = v as Record<string, unknown>;
    let keys = 0;
    for (const k in o) {
      const x = o[k];
      m.set(k, typeof x === 'object' || typeof x === 'number' ? this.value(x, depth + 1) : x);
      keys++;
    }
    this.keys += keys;
    return d;
  }

  private number(v: number): unknown {
    const plan = this.plan;
    if (this.numbers++ === plan.redoOrdinal[this.next]) {
      const at = 2 * this.next++;
      return numberFromText(plan.text.slice(plan.redo[at], plan.redo[at + 1]));
    }
    return v === 0 ? 0 : v; // "-0" is the int 0
  }
}

// The plan above reads the whole text in JavaScript, which costs most in a program's first loads,
// before V8 has optimised the loop. Most documents can do without it: the numbers JS reads
// differently are few and have a recognisable look (`.0`, `.99`, an exponent, 14 digits in a row,
// `-0`), which the engine's own string search finds at once. Each such number is rewritten as a
// string holding a NUL and its text, which the walk reads back as the scanner would, and nothing
// needs counting. A digit key shows in the walk instead: a JS object lists such keys first, so
// the first key it lists starts with a digit.

/**
 * Where a misread number may be: each find is checked for a whole number token around it. The 14
 * digits are spelt out because V8 searches for them several times faster than for `\d{14}`; runs
 * after a '.' are fraction digits, which only `.0` and `.99` can make misread.
 */
const MISREAD_HINTS: readonly RegExp[] = [
  /\.0/g, /\.99/g, /-0/g, /[eE][+-]?\d/g, /(?<![.\d])\d\d\d\d\d\d\d\d\d\d\d\d\d\d/g,
];

/** A JSON number, matched at a given index. */
const NUMBER_AT = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

function isNumberChar(c: number): boolean {
  return isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}

/** Whether `c` may come before (`[`, `:`, `,`) or after (`]`, `}`, `,`) a value outside a string. */
function beforeValue(c: number): boolean {
  return c === 0x5b || c === 0x3a || c === 0x2c || isWhitespace(c);
}

function afterValue(c: number): boolean {
  return c === 0x5d || c === 0x7d || c === 0x2c || isWhitespace(c) || c !== c;
}

/** The end of the token misreadToken found. */
let tokenEnd = 0;

/**
 * The start of the number token around index `i` of `s` when it is one JS reads differently from
 * Python (and -0, which JS keeps negative), or -1. The end is left in `tokenEnd`. A token-like
 * piece of a string may pass: marking it breaks the string, and JSON.parse then refuses the text.
 */
function misreadToken(s: string, i: number): number {
  let start = i;
  while (start > 0 && isNumberChar(s.charCodeAt(start - 1))) start--;
  let end = i;
  while (end < s.length && isNumberChar(s.charCodeAt(end))) end++;
  if (start === 0 || !beforeValue(s.charCodeAt(start - 1)) || !afterValue(s.charCodeAt(end))) return -1;
  NUMBER_AT.lastIndex = start;
  if (!NUMBER_AT.test(s) || NUMBER_AT.lastIndex !== end) return -1;
  const negativeZero = end - start === 2 && s.charCodeAt(start) === 0x2d && s.charCodeAt(start + 1) === 0x30;
  if (!negativeZero && nativeNumberOk(s, start, end)) return -1;
  tokenEnd = end;
  return start;
}

/** `s` with each misread number token written as a string of a NUL and its text (`s` itself when none). */
function markMisread(s: string): string {
  const marks = new Map<number, number>();
  for (const hint of MISREAD_HINTS) {
    hint.lastIndex = 0;
    let found: RegExpExecArray | null;
    while ((found = hint.exec(s)) !== null) {
      const start = misreadToken(s, found.index);
      if (start >= 0) marks.set(start, tokenEnd);
    }
  }
  if (marks.size === 0) return s;
  const starts = [...marks.keys()].sort((a, b) => a - b);
  const pieces: string[] = [];
  let done = 0;
  for (const start of starts) {
    const end = marks.get(start)!;
    pieces.push(s.slice(done, start), '"\\u0000', s.slice(start, end), '"');
    done = end;
  }
  pieces.push(s.slice(done));
  return pieces.join('');
}

/** Thrown by MarkedWalk at an object whose keys JSON.parse ordered differently from the text. */
const REORDERED = Symbol('reordered');

/** JSON.parse's value of a markMisread text as ours: objects become dicts, lists are converted in place. */
class MarkedWalk {
  private readonly maxDepth = recursionLimit();

  /** `marked`: the text has marked numbers (strings starting with a NUL). */
  constructor(private readonly marked: boolean) {}

  value(v: unknown, depth: number): unknown {
    if (typeof v === 'string') return this.marked && v.charCodeAt(0) === 0 ? numberFromText(v.slice(1)) : v;
    if (typeof v !== 'object' || v === null) return v;
    if (depth >= this.maxDepth) throw TOO_DEEP;
    const marked = this.marked;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (typeof x === 'object' ? x !== null : marked && typeof x === 'string') v[i] = this.value(x, depth + 1);
      }
      return v;
    }
    const d = new PyDict();
    const m = d.m;
    const o = v as Record<string, unknown>;
    let first = true;
    for (const k in o) {
      if (first) {
        first = false;
        if (isDigit(k.charCodeAt(0))) throw REORDERED;
      }
      const x = o[k];
      m.set(k, (typeof x === 'object' ? x !== null : marked && typeof x === 'string') ? this.value(x, depth + 1) : x);
    }
    return d;
  }
}

/** JSON.parse(text), or undefined where it refuses the text. */
function engineParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What parseMarked answers where the scanner must decide (a digit key, deep nesting, bad text). */
const TO_SCANNER = Symbol('to the scanner');

/**
 * The value of `text` through markMisread and MarkedWalk; TO_SCANNER where the scanner must
 * decide, undefined where JSON.parse refused marked text (a mark may have broken a string).
 */
function parseMarked(text: string): unknown {
  const marked = markMisread(text);
  const parsed = engineParse(marked);
  if (parsed === undefined) return marked === text ? TO_SCANNER : undefined;
  try {
    return new MarkedWalk(marked !== text).value(parsed, 0);
  } catch (e) {
    if (e === TOO_DEEP || e === REORDERED) return TO_SCANNER;
    throw e;
  }
}

/** The value of `text` through numberPlan and NativeWalk, or undefined where they cannot decide. */
function parsePlanned(s: string, at: number, text: string): unknown {
  const plan = numberPlan(s, at);
  if (plan === null) return undefined;
  const parsed = engineParse(text);
  if (parsed === undefined) return undefined;
  const walk = new NativeWalk(plan);
  let value: unknown;
  try {
    value = walk.value(parsed, 0);
  } catch (e) {
    if (e === TOO_DEEP) return undefined;
    throw e;
  }
  if (walk.numbers !== plan.numbers || walk.keys !== plan.keys) return undefined;
  return value;
}

/**
 * `(value, end)` for the object or array at UTF-16 index `at` when it and only whitespace run to
 * the end of `s` and no hook is to be called, through the engine's own parser; null where the
 * scanner must decide (trailing data, an error to report, a digit key, a repeated key).
 */
function scanWhole(s: string, at: number, ctx: ScanContext): [unknown, number] | null {
  if (!ctx.strict || ctx.objectHook !== null || ctx.objectPairsHook !== null || ctx.parseFloat !== null || ctx.parseInt !== null) return null;
  const c = s.charCodeAt(at);
  if ((c !== 0x7b && c !== 0x5b) || s.length - at < 64) return null;
  const text = at === 0 ? s : s.slice(at);
  // A text with a NUL of its own (always escaped in JSON) could not tell it from a mark. A marked
  // piece of a string makes JSON.parse refuse the text, which the plan then reads without marks.
  let value = text.indexOf('\\u0000') < 0 ? parseMarked(text) : undefined;
  if (value === undefined) value = parsePlanned(s, at, text);
  if (value === undefined || value === TO_SCANNER) return null;
  let end = s.length;
  while (end > at && isWhitespace(s.charCodeAt(end - 1))) end--;
  return [value, end];
}

/** make_scanner(context) -> scan_once(string, idx) -> (value, end) */
function make_scanner(context: unknown): Function {
  const ctx = readContext(context);
  return function scan_once(string: unknown, idx: unknown): PyTuple {
    const s = mustBeStr(string);
    if (typeof idx !== 'number') {
      if (typeof idx === 'bigint' || typeof idx === 'boolean') idx = Number(idx);
      else raise('TypeError', `'${className(idx)}' object cannot be interpreted as an integer`);
    }
    let at = idx as number;
    if (at < 0) raise('ValueError', 'idx cannot be negative');
    const wide = SURROGATE.test(s);
    if (wide) at = unitIndex(s, at);
    const whole = scanWhole(s, at, ctx);
    if (whole !== null) return tuple([whole[0], wide ? codePointIndex(s, whole[1]) : whole[1]]);
    const [value, end] = scanDocument(s, at, ctx, wide);
    return tuple([value, wide ? codePointIndex(s, end) : end]);
  };
}

// ---------------------------------------------------------------------------------------------
// The encoder

/**
 * Text in string pieces: what ByteWriter hands over to once a character above U+00FF is written.
 * Appending to one JS string would build a rope of millions of small nodes that all survive until
 * the end, which costs more in the garbage collector than the encoding itself; so the pieces are
 * joined every thousand into a flat chunk, and the chunks once at the end.
 */
class Writer {
  private readonly chunks: string[] = [];
  private readonly pieces: string[] = [];

  /** Append `s` as it is. */
  raw(s: string): void {
    if (this.pieces.push(s) >= 1024) this.flush();
  }

  private flush(): void {
    this.chunks.push(this.pieces.join(''));
    this.pieces.length = 0;
  }

  /** The text written so far; the writer is done after this. */
  finish(): string {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0]! : this.chunks.join('');
  }
}

/**
 * The bytes of the last encode, kept for the next one (CPython's _PyUnicodeWriter plays the same
 * role): pieces joined into chunks and the chunks joined again made every character twice, and
 * fresh memory costs a page fault per 4 KiB on first touch. A buffer past 4 MiB is not kept.
 */
let spareBytes: Uint8Array | null = null;
const SPARE_BYTES_MAX = 4 << 20;

/** 10**k for the k fraction digits of ByteWriter.float. */
const FRACTION_SCALE = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * The output of one encode, as Latin-1 bytes in one growing buffer, decoded once at the end. Ints,
 * escaped strings and the common floats (see `float`) are written in place, without a string of
 * their own. A character above U+00FF (with ensure_ascii=False, or in a separator or a custom
 * encoder's output) moves the text so far and the rest of the encode to a string Writer.
 */
class ByteWriter {
  private buf: Uint8Array;
  private pos = 0;
  private spill: Writer | null = null;

  constructor() {
    // An encode run from a `default` hook while another is writing gets its own buffer.
    // A first buffer this small grows within the first few values, while the encoder is still
    // interpreted: had growing waited until V8 optimised the encoder, the optimised code would
    // meet it without type feedback and be thrown away.
    this.buf = spareBytes ?? new Uint8Array(1 << 12);
    spareBytes = null;
  }

  /** Room for `n` more bytes. */
  private room(n: number): Uint8Array {
    const need = this.pos + n;
    if (need > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < need) size *= 2;
      const bigger = new Uint8Array(size);
      bigger.set(this.buf.subarray(0, this.pos));
      this.buf = bigger;
    }
    return this.buf;
  }

  /** The rest goes to a string Writer, which starts with the text written before `at`. */
  private spillAt(at: number): Writer {
    this.pos = at;
    const w = new Writer();
    w.raw(this.text());
    this.spill = w;
    return w;
  }

  private text(): string {
    const b = this.buf;
    return Buffer.from(b.buffer, b.byteOffset, this.pos).toString('latin1');
  }

  /** Append `s` as it is. */
  raw(s: string): void {
    if (this.spill !== null) {
      this.spill.raw(s);
      return;
    }
    const n = s.length;
    const buf = this.room(n);
    const start = this.pos;
    let pos = start;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c > 0xff) {
        this.spillAt(start).raw(s);
        return;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  /** Append `text`, whose Latin-1 bytes are `b` (null: it has a character above U+00FF). */
  bytes(b: Uint8Array | null, text: string): void {
    if (b === null || this.spill !== null) {
      this.raw(text);
      return;
    }
    const buf = this.room(b.length);
    buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Append an integral number's decimal digits (String(v) without the string). */
  int(v: number): void {
    if (this.spill !== null || v > 0x7fffffff || v < -0x7fffffff) {
      this.raw(String(v));
      return;
    }
    const buf = this.room(11);
    let pos = this.pos;
    if (v < 0) {
      buf[pos++] = 0x2d;
      v = -v;
    }
    let digits = 1;
    for (let t = v; t >= 10; t = (t / 10) | 0) digits++;
    pos += digits;
    this.pos = pos;
    do {
      buf[--pos] = 0x30 + (v % 10);
      v = (v / 10) | 0;
    } while (v !== 0);
  }

  /**
   * Append repr(x) of a finite float without making its string where that is quick, and return
   * false where it is not (the caller writes floatRepr's text): an integral float below 2**31
   * (`2.0`, `-0.0`), and a fraction of at most 8 binary digits below 2**24 (`-164.25`, `0.375`).
   * Such a fraction, m / 2**k with m odd, has exactly k decimal digits, the last a 5; any other
   * decimal of at most k digits is at least 10**-k away, more than half the spacing of doubles
   * there (2**-30 below 2**24), so the exact expansion is the shortest repr. V8's own conversion
   * costs about 200 ns a float here, and a string each.
   */
  float(x: number): boolean {
    if (this.spill !== null) return false;
    const ax = x < 0 ? -x : x;
    if (Number.isInteger(ax)) {
      if (ax > 0x7fffffff) return false;
      // The sign goes before the digits of |x| (so that -0.0 keeps it) without a branch: a
      // branch first taken after V8 optimised this would throw the optimised code away.
      const buf = this.room(1);
      buf[this.pos] = 0x2d;
      this.pos += 1 / x < 0 ? 1 : 0;
      this.int(ax);
      this.room(2);
      this.buf[this.pos++] = 0x2e;
      this.buf[this.pos++] = 0x30;
      return true;
    }
    if (!(ax < 0x1000000)) return false;
    let scaled = ax * 2;
    let k = 1;
    while (!Number.isInteger(scaled)) {
      if (k === 8) return false;
      scaled *= 2;
      k++;
    }
    const whole = Math.floor(ax);
    // Exact: the fraction is m / 2**k, so this is m * 5**k, below 10**8.
    let digits = (ax - whole) * FRACTION_SCALE[k]!;
    if (x < 0) {
      this.room(1);
      this.buf[this.pos++] = 0x2d;
    }
    this.int(whole);
    const buf = this.room(k + 1);
    let pos = this.pos + k + 1;
    this.pos = pos;
    for (let i = 0; i < k; i++) {
      buf[--pos] = 0x30 + (digits % 10);
      digits = Math.floor(digits / 10);
    }
    buf[--pos] = 0x2e;
    return true;
  }

  /** Append `s` as a JSON string, escaped like encode_basestring_ascii. */
  asciiString(s: string): void {
    if (this.spill !== null) {
      this.spill.raw(encodeAscii(s));
      return;
    }
    const n = s.length;
    let buf = this.room(n + 2);
    let pos = this.pos;
    buf[pos++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) {
        buf[pos++] = c;
        continue;
      }
      this.pos = pos;
      buf = this.room(6 + n - i);
      pos = this.escape(buf, pos, c);
    }
    buf[pos++] = 0x22;
    this.pos = pos;
  }

  /** Append `s` as a JSON string, escaped like encode_basestring. */
  unicodeString(s: string): void {
    if (this.spill !== null) {
      this.spill.raw(encodeUnicode(s));
      return;
    }
    const n = s.length;
    let buf = this.room(n + 2);
    const start = this.pos;
    let pos = start;
    buf[pos++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
        if (c > 0xff) {
          this.spillAt(start).raw(encodeUnicode(s));
          return;
        }
        buf[pos++] = c;
        continue;
      }
      this.pos = pos;
      buf = this.room(6 + n - i);
      pos = this.escape(buf, pos, c);
    }
    buf[pos++] = 0x22;
    this.pos = pos;
  }

  /** Write the escape of UTF-16 unit `c` at `pos` (room for 6 bytes); the position after it. */
  private escape(buf: Uint8Array, pos: number, c: number): number {
    const short = shortEscape(c);
    if (short !== undefined) {
      buf[pos++] = 0x5c;
      buf[pos++] = short.charCodeAt(1);
      return pos;
    }
    buf[pos++] = 0x5c;
    buf[pos++] = 0x75;
    buf[pos++] = HEX.charCodeAt((c >> 12) & 15);
    buf[pos++] = HEX.charCodeAt((c >> 8) & 15);
    buf[pos++] = HEX.charCodeAt((c >> 4) & 15);
    buf[pos++] = HEX.charCodeAt(c & 15);
    return pos;
  }

  /** The text written; the writer is done after this, and its buffer kept for the next one. */
  finish(): string {
    const text = this.spill !== null ? this.spill.finish() : this.text();
    if (this.buf.length <= SPARE_BYTES_MAX && (spareBytes === null || spareBytes.length < this.buf.length)) {
      spareBytes = this.buf;
    }
    return text;
  }
}

const enum StrMode { Ascii, Unicode, Custom }

/** Encoded dict keys, by key, for each of our two string encoders. */
const asciiKeys = new Map<string, string>();
const unicodeKeys = new Map<string, string>();

/**
 * For compact output: a key's whole text as the first key of its dict (`{"id": `) and as a later
 * one (`, "id": `), so that a key costs the Writer one piece, not three: its join spends more per
 * piece than per character (6 of the 14 ms of a 730 KB dumps went to joining 120k pieces). Made
 * for one StrMode and pair of separators at a time.
 */
interface KeyPieces {
  first: string;
  next: string;
  /** The two as Latin-1 bytes, copied in one call; null when a piece has a character above U+00FF. */
  firstBytes: Uint8Array | null;
  nextBytes: Uint8Array | null;
}

/** `s` as Latin-1 bytes, or null when it has a character above U+00FF. */
function latin1Bytes(s: string): Uint8Array | null {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return null;
    b[i] = c;
  }
  return b;
}
let keyPieces = new Map<string, KeyPieces>();
let keyPiecesFor = '';

interface EncodeOptions {
  check: boolean;
  defaultFn: Function;
  strMode: StrMode;
  /** the `encoder` argument, for StrMode.Custom */
  encodeStr: (s: string) => string;
  /** null: compact output (CPython's C encoder); a string: pure-Python `_make_iterencode` layout */
  indent: string | null;
  keySeparator: string;
  itemSeparator: string;
  sortKeys: boolean;
  skipKeys: boolean;
  allowNan: boolean;
}

function separatorArg(x: unknown, n: number): string {
  return strText(x) ?? raise('TypeError', `make_encoder() argument ${n} must be str, not ${className(x)}`);
}

/** Any `encoder` but ours is called, and must return a str. */
function customEncoder(encoder: unknown): (s: string) => string {
  const fn = callable(encoder);
  return (s: string): string => {
    const r = fn(s);
    return strText(r) ?? raise('TypeError', `encoder() must return a string, not ${className(r)}`);
  };
}

/** One encode: CPython's encoder_listencode_obj and its helpers, writing into a ByteWriter. */
class Encoder {
  readonly w = new ByteWriter();
  private depth = 0;
  private readonly maxDepth = recursionLimit();
  /**
   * The containers being encoded, innermost last (check_circular; CPython's `markers` dict). They
   * nest, so a stack searched from the top does, and costs less than a Set's hashing.
   */
  private readonly open: unknown[] | null;

  /** What the KeyPieces are made for: StrMode and separators (compact output only). */
  private readonly keyTag: string;

  /** The values that go with the keys `items` returned last. */
  private itemValues: unknown[] = [];

  constructor(private readonly o: EncodeOptions) {
    // The null at the bottom (never a container) makes the stack an array of any values from
    // the start; one made empty holds small ints as far as V8 knows, and the first container
    // pushed changed its kind under optimised code, which then had to be thrown away.
    this.open = o.check ? [null] : null;
    this.keyTag = o.indent === null && o.strMode !== StrMode.Custom
      ? o.strMode + '\0' + o.keySeparator + '\0' + o.itemSeparator
      : '';
  }

  private string(s: string): void {
    switch (this.o.strMode) {
      case StrMode.Ascii: this.w.asciiString(s); break;
      case StrMode.Unicode: this.w.unicodeString(s); break;
      default: this.w.raw(this.o.encodeStr(s));
    }
  }

  /**
   * An encoded key, then the key separator. Keys repeat from dict to dict, so their encoded text
   * is kept (not for a caller's own `encoder`, which CPython calls for every key).
   */
  /** The cached KeyPieces of `key` for this encoder's mode and separators (compact output). */
  private keyPieces(key: string): KeyPieces {
    const o = this.o;
    if (this.keyTag !== keyPiecesFor) {
      keyPieces = new Map();
      keyPiecesFor = this.keyTag;
    }
    let p = keyPieces.get(key);
    if (p === undefined) {
      const text = (o.strMode === StrMode.Ascii ? encodeAscii(key) : encodeUnicode(key)) + o.keySeparator;
      const first = '{' + text;
      const next = o.itemSeparator + text;
      p = { first, next, firstBytes: latin1Bytes(first), nextBytes: latin1Bytes(next) };
      if (keyPieces.size >= 4096) keyPieces.clear();
      keyPieces.set(key, p);
    }
    return p;
  }

  private keyText(key: string, keySeparator: string): void {
    const mode = this.o.strMode;
    if (mode === StrMode.Custom) {
      this.string(key);
    } else {
      const cache = mode === StrMode.Ascii ? asciiKeys : unicodeKeys;
      let text = cache.get(key);
      if (text === undefined) {
        text = mode === StrMode.Ascii ? encodeAscii(key) : encodeUnicode(key);
        if (cache.size >= 4096) cache.clear();
        cache.set(key, text);
      }
      this.w.raw(text);
    }
    this.w.raw(keySeparator);
  }

  private float(x: number, box: unknown): string {
    if (x - x === 0) return floatRepr(x);
    if (!this.o.allowNan) {
      // CPython's C encoder and its pure-Python one (used with indent) word this differently.
      const detail = this.o.indent === null ? '' : ': ' + repr(box);
      raise('ValueError', 'Out of range float values are not JSON compliant' + detail);
    }
    return x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN';
  }

  /**
   * A float, `box` what holds it (a JS number or a PyFloat). Both kinds come through this one
   * method, so that its slow path (floatRepr's text) has type feedback from whichever kind met it
   * first: a path the optimised encoder reaches without feedback throws the code away.
   */
  private floatValue(x: number, box: unknown): void {
    if (!this.w.float(x)) this.w.raw(this.float(x, box));
  }

  value(v: unknown, level: number): void {
    switch (typeof v) {
      case 'string':
        this.string(v);
        return;
      case 'number':
        if (Number.isInteger(v)) this.w.int(v);
        else this.floatValue(v, v);
        return;
      case 'boolean':
        this.w.raw(v ? 'true' : 'false');
        return;
      case 'bigint':
        this.w.raw(intStr(v));
        return;
      case 'object':
        if (v === null) {
          this.w.raw('null');
          return;
        }
        if (v instanceof PyFloat) {
          this.floatValue(v.v, v);
          return;
        }
        if (v instanceof String) {
          this.string(unwrapStr(v));
          return;
        }
        // int subclasses (IntEnum) are written as int.__repr__ of their value
        if (v instanceof Number || v instanceof BigInt) {
          this.w.raw(intStr(v.valueOf() as number | bigint));
          return;
        }
    }
    this.nest(v, level);
  }

  /**
   * A list, dict or other object, counted against the recursion limit as CPython counts nesting
   * (Py_EnterRecursiveCall). The compact list and dict loops are written here rather than in
   * methods of their own, and that makes this method longer than V8 inlines (460 bytes of
   * bytecode): the recursion (value → nest → value) is cut here, so V8 optimises `value` with
   * the leaves and this method with the loops, each once. With small methods on the cycle, each
   * of them was optimised with all the others inlined: four compiles of the whole encoder, which
   * cost more than the first dumps of a large document, run meanwhile in unoptimised code.
   */
  private nest(v: unknown, level: number): void {
    if (++this.depth >= this.maxDepth) {
      this.depth = 0;
      raise('RecursionError', 'maximum recursion depth exceeded while encoding a JSON object');
    }
    const o = this.o;
    const w = this.w;
    if (o.indent !== null) {
      if (Array.isArray(v)) this.listIndented(v, level, o.indent);
      else if (v instanceof PyDict) this.dictIndented(v, level, o.indent);
      else this.other(v, level);
    } else if (Array.isArray(v)) {
      const items = isPlainSequence(v) ? v : this.iterate(v);
      if (items.length === 0) {
        w.raw('[]');
      } else {
        this.enter(v);
        const separator = o.itemSeparator;
        w.raw('[');
        for (let i = 0; i < items.length; i++) {
          if (i > 0) w.raw(separator);
          this.value(items[i], level + 1);
        }
        w.raw(']');
        this.leave();
      }
    } else if (v instanceof PyDict) {
      if (v.size === 0) {
        w.raw('{}');
      } else {
        this.enter(v);
        // With our string encoders '{' is written with the first key (keyPieces).
        const pieces = this.keyTag !== '';
        const separator = o.itemSeparator;
        if (!pieces) w.raw('{');
        let first = true;
        const keys = this.items(v);
        const values = this.itemValues;
        for (let i = 0; i < keys.length; i++) {
          const key = this.key(keys[i]);
          if (key === undefined) continue;
          if (pieces) {
            const p = this.keyPieces(key);
            if (first) w.bytes(p.firstBytes, p.first);
            else w.bytes(p.nextBytes, p.next);
            first = false;
          } else {
            if (first) first = false;
            else w.raw(separator);
            this.keyText(key, o.keySeparator);
          }
          this.value(values[i], level + 1);
        }
        if (pieces && first) w.raw('{');
        w.raw('}');
        this.leave();
      }
    } else {
      this.other(v, level);
    }
    this.depth--;
  }

  private enter(x: unknown): void {
    const open = this.open;
    if (open === null) return;
    for (let i = open.length - 1; i > 0; i--) if (open[i] === x) raise('ValueError', 'Circular reference detected');
    open.push(x);
  }

  private leave(): void {
    if (this.open !== null) this.open.pop();
  }

  private other(v: unknown, level: number): void {
    this.enter(v);
    this.value(this.o.defaultFn(v), level);
    this.leave();
  }

  // The indented layout (CPython's pure-Python `_make_iterencode`) has methods of its own: as a
  // branch of the compact loops it was code without type feedback in what V8 optimised for
  // compact output, and the loop's on-stack-replacement code, entered again at each list, was
  // thrown away at every indented list.

  private listIndented(xs: unknown[], level: number, indent: string): void {
    const items = isPlainSequence(xs) ? xs : Array.from(iter(xs));
    const w = this.w;
    if (items.length === 0) {
      w.raw('[]');
      return;
    }
    this.enter(xs);
    const newline = '\n' + indent.repeat(level + 1);
    const separator = this.o.itemSeparator + newline;
    w.raw('[' + newline);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) w.raw(separator);
      this.value(items[i], level + 1);
    }
    w.raw('\n' + indent.repeat(level) + ']');
    this.leave();
  }

  /** The items of a list or tuple subclass, through its `__iter__` (PySequence_Fast). */
  private iterate(xs: unknown[]): unknown[] {
    let it: Iterable<unknown>;
    try {
      it = iter(xs);
    } catch (e) {
      if (isPyException(e) && excMatch(e, TypeError)) raise('TypeError', '_iterencode_list needs a sequence');
      throw e;
    }
    return Array.from(it);
  }

  private dictIndented(d: PyDict, level: number, indent: string): void {
    const w = this.w;
    if (d.size === 0) {
      w.raw('{}');
      return;
    }
    this.enter(d);
    const newline = '\n' + indent.repeat(level + 1);
    const separator = this.o.itemSeparator + newline;
    const keySeparator = this.o.keySeparator;
    w.raw('{' + newline);
    let first = true;
    const keys = this.items(d);
    const values = this.itemValues;
    for (let i = 0; i < keys.length; i++) {
      const key = this.key(keys[i]);
      if (key === undefined) continue;
      if (first) first = false;
      else w.raw(separator);
      this.keyText(key, keySeparator);
      this.value(values[i], level + 1);
    }
    w.raw('\n' + indent.repeat(level) + '}');
    this.leave();
  }

  /**
   * The dict's keys, its values left in `itemValues` (read them before the next call): its own
   * for a dict, `items()` for a subclass (PyMapping_Items); sorted by key with sort_keys. A
   * dict's are two spreads of its Map's iterators, each one builtin call making an array of
   * exactly its size; a `forEach` pushing into one flat array made a closure for every dict,
   * called it for every item and grew the array as it went.
   */
  private items(d: PyDict): unknown[] {
    let keys: unknown[];
    let values: unknown[];
    if (Object.getPrototypeOf(d) !== PyDict.prototype) {
      keys = [];
      values = [];
      for (const item of toArray(callable(getattrByName(d, 'items'))())) {
        if (!(item instanceof PyTuple) || item.length !== 2) raise('ValueError', 'items must return 2-tuples');
        keys.push(item[0]);
        values.push(item[1]);
      }
    } else {
      keys = [...d.m.keys()];
      values = [...d.m.values()];
      // A key whose normal form differs from it (dict.ts) is given back as itself.
      if (d.orig !== null) for (let i = 0; i < keys.length; i++) keys[i] = d.keyOf(keys[i]);
    }
    if (keys.length > 1 && this.o.sortKeys) sortItems(keys, values);
    this.itemValues = values;
    return keys;
  }

  /** The key's text, or undefined to skip it (skipkeys). */
  private key(k: unknown): string | undefined {
    const text = strText(k);
    if (text !== undefined) return text;
    if (typeof k === 'number') return Number.isInteger(k) ? String(k) : this.float(k, k);
    if (k instanceof PyFloat) return this.float(k.v, k);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === null) return 'null';
    if (typeof k === 'bigint') return intStr(k);
    if (k instanceof Number || k instanceof BigInt) return intStr(k.valueOf() as number | bigint);
    if (this.o.skipKeys) return undefined;
    return raise('TypeError', `keys must be str, int, float, bool or None, not ${className(k)}`);
  }
}

/**
 * The sorted order of the last str keys sorted, by their count: dicts of one shape (the records
 * of a list) have the same keys in the same order, so their sort is a permutation already known.
 */
const keyOrders = new Map<number, { keys: string[]; at: number[] }>();

/** The indices of the str `keys` in sorted order (by code point). */
function strKeyOrder(keys: unknown[]): number[] {
  const n = keys.length;
  const known = keyOrders.get(n);
  if (known !== undefined) {
    const knownKeys = known.keys;
    let i = 0;
    while (i < n && knownKeys[i] === keys[i]) i++;
    if (i === n) return known.at;
  }
  const copy: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    copy.push(keys[i] as string);
    at.push(i);
  }
  at.sort((i, j) => strCompare(copy[i]!, copy[j]!));
  if (keyOrders.size >= 64) keyOrders.clear();
  keyOrders.set(n, { keys: copy, at });
  return at;
}

/** Sort the items `keys[i]: values[i]` in place as `sorted(items)` orders them. */
function sortItems(keys: unknown[], values: unknown[]): void {
  const n = keys.length;
  let strKeys = true;
  for (let i = 0; i < n; i++) {
    if (typeof keys[i] !== 'string') {
      strKeys = false;
      break;
    }
  }
  if (strKeys) {
    // Distinct str keys: comparing the (key, value) tuples compares the keys, by code point.
    const at = strKeyOrder(keys);
    const oldKeys = keys.slice();
    const oldValues = values.slice();
    for (let i = 0; i < n; i++) {
      keys[i] = oldKeys[at[i]!];
      values[i] = oldValues[at[i]!];
    }
    return;
  }
  const pairs: PyTuple[] = [];
  for (let i = 0; i < n; i++) pairs.push(tuple([keys[i], values[i]]));
  sortList(pairs, null, false);
  for (let i = 0; i < n; i++) {
    keys[i] = pairs[i]![0];
    values[i] = pairs[i]![1];
  }
}

function isPlainSequence(xs: unknown[]): boolean {
  const proto = Object.getPrototypeOf(xs);
  return proto === Array.prototype || proto === PyTuple.prototype;
}

/**
 * The function behind `f`: the module's attributes are argument-checking wrappers of ours
 * (native_signatures.ts), and the `encoder` json passes is one of them.
 */
function nativeInner(f: unknown): unknown {
  return typeof f === 'function' ? (f as { [NATIVE_INNER]?: Function })[NATIVE_INNER] ?? f : f;
}

/**
 * make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
 * skipkeys, allow_nan) -> encode(o, current_indent_level) -> [text]
 */
function make_encoder(
  markers: unknown, defaultFn: unknown, encoder: unknown, indent: unknown, keySeparator: unknown,
  itemSeparator: unknown, sortKeys: unknown, skipKeys: unknown, allowNan: unknown,
): Function {
  if (allowNan === undefined) raise('TypeError', 'make_encoder() takes exactly 9 arguments');
  if (markers !== null && !(markers instanceof PyDict)) {
    raise('TypeError', `make_encoder() argument 1 must be dict or None, not ${className(markers)}`);
  }
  const plain = nativeInner(encoder);
  const strMode = plain === encode_basestring_ascii ? StrMode.Ascii : plain === encode_basestring ? StrMode.Unicode : StrMode.Custom;
  const options: EncodeOptions = {
    check: markers !== null,
    defaultFn: callable(defaultFn),
    strMode,
    encodeStr: strMode === StrMode.Custom ? customEncoder(encoder) : encodeAscii,
    indent: indent === null ? null : separatorArg(indent, 4),
    keySeparator: separatorArg(keySeparator, 5),
    itemSeparator: separatorArg(itemSeparator, 6),
    sortKeys: truthy(sortKeys),
    skipKeys: truthy(skipKeys),
    allowNan: truthy(allowNan),
  };
  return function encode(o: unknown, level: unknown): unknown[] {
    const enc = new Encoder(options);
    enc.value(o, typeof level === 'number' ? level : Number(level ?? 0));
    return [enc.w.finish()];
  };
}

// ---------------------------------------------------------------------------------------------
// The module

export function populateJson(mod: Record<string, unknown>): void {
  defineAll(mod, {
    encode_basestring_ascii,
    encode_basestring,
    scanstring,
    make_scanner,
    make_encoder,
  });
}

nativeModule('_json', populateJson);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('_json', '_json', 'encode_basestring O 1 1;encode_basestring_ascii O 1 1;scanstring T 2 3 !');
// END GENERATED
