// The str type: Python's str methods on String.prototype, over the algorithms in str.ts.
//
// `s.split(',')` compiles to `s.$split(',')`; V8 calls a String.prototype method on a primitive
// string without boxing it (our modules are strict), so a str method call costs a JS method call.
// This file checks and converts arguments (CPython's TypeErrors for wrong types, index arguments
// through `__index__`), wraps results in Python types (tuples for partition, bytes for encode),
// and implements what has no counterpart in str.ts: str.format's field grammar
// (Objects/stringlib/unicode_format.h), `%` formatting's conversions, and the str() constructor.

import { strText, unwrapStr } from './strvalue.js';
import { isPyException, raise, TypeError as TypeErrorType } from './exceptions.js';
import { strLt } from './compare.js';
import { PyFloat } from './float.js';
import { flatten, formatStr, percentFormat, percentFormatOne, type PercentConv } from './format.js';
import { hashStr } from './hash.js';
import { intToFloat, normInt, unwrapInt, type PyInt } from './int.js';
import { kwParams, markMethods, stopIteration } from './install.js';
import { attrError, builtinType, isInstance, NotImplemented, type KwPairs, type PyType } from './object.js';
import { intNew, intType } from './numbers.js';
import { iter } from './ops.js';
import { format, repr, str } from './repr.js';
import { PySlice, sliceBounds, toIndex, toIndexClamped, toSsize, toSsizeArg, typeNameOf } from './slice.js';
import * as S from './str.js';
import { tuple, tuple3, PyTuple } from './tuple.js';
import { keyError, PyDict } from './dict.js';
import { isExactArray, repeatCount, repeatFallback } from './list.js';
import { bytesFromU8, isBytesLike, bytesData, joinIterable } from './bytes.js';
import { bytesDecode } from './bytesops.js';
import { wantsAtMost, wantsNone, wantsOne, wantsRange, wantsSearchArgs } from './arity.js';

type Idx = number | null | undefined;

/** An optional index argument (start/end/count) as a JS number. */
function idx(v: unknown): Idx {
  if (v === undefined || v === null) return v as Idx;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return toIndexClamped(v, () => 'slice indices must be integers or None or have an __index__ method');
}

/** An int argument (width, tabsize, maxsplit) as a JS number. */
function intArg(v: unknown): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return toSsizeArg(v);
}

/** `s * n`: a length past a C ssize_t is CPython's OverflowError, a smaller one past V8's MemoryError. */
function strRepeat(s: string, n: unknown): unknown {
  const k = repeatCount(n);
  if (k === null) return repeatFallback(n);
  if (typeof n === 'bigint' && k > 0 && s.length > 0 && BigInt(S.strLen(s)) * n >= 2n ** 63n) {
    raise('OverflowError', 'repeated string is too long');
  }
  return k <= 0 ? '' : s.repeat(k);
}

/** A C int argument (expandtabs' tabsize). */
function cIntArg(v: unknown): number {
  const n = typeof v === 'number' && Number.isInteger(v) ? v : toIndex(v);
  if (n > 2147483647 || n < -2147483648) raise('OverflowError', 'Python int too large to convert to C int');
  return Number(n);
}

function needStr(v: unknown, what?: string): string {
  return strText(v) ?? raise('TypeError', what ? `${what} must be str, not ${typeNameOf(v)}` : `must be str, not ${typeNameOf(v)}`);
}

function strOrNone(v: unknown, what?: string): string | null | undefined {
  if (v === undefined || v === null) return v;
  return strText(v) ?? raise('TypeError', `${what ? what + ' ' : ''}must be str or None, not ${typeNameOf(v)}`);
}

/**
 * An optional str argument that Argument Clinic checks (`encode(encoding=...)`): absent is fine,
 * None is not, and the error names None as `None` rather than by its type.
 */
function clinicStr(v: unknown, what: string): string | undefined {
  if (v === undefined) return v;
  return strText(v) ?? raise('TypeError', `${what} must be str, not ${v === null ? 'None' : typeNameOf(v)}`);
}

/** The strip family's characters argument, with 3.11's wording when it is neither str nor None. */
function stripChars(v: unknown, name: string): string | null | undefined {
  if (v === undefined || v === null) return v;
  return strText(v) ?? raise('TypeError', `${name} arg must be None or str`);
}

function fillChar(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  v = unwrapStr(v);
  if (typeof v !== 'string') {
    return raise('TypeError', `The fill character must be a unicode character, not ${typeNameOf(v)}`);
  }
  if (S.strLen(v) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return v;
}

function affix(v: unknown): string | readonly unknown[] {
  if (typeof v === 'string') return v;
  if (v instanceof PyTuple) return v.some((p) => p instanceof String) ? tuple(v.map((p) => strText(p) ?? p)) : v;
  return strText(v) ?? (v as string);
}

// ---------------------------------------------------------------------------------------------
// str.format

interface FieldSource {
  args: readonly unknown[];
  kwargs: PyDict | null;
  /** format_map's mapping: looked up with __getitem__. */
  mapping?: unknown;
}

/** The value of one replacement field's name: arg lookup, then `.attr` and `[key]` steps. */
function fieldValue(name: string, src: FieldSource, auto: { n: number; mode: number }): unknown {
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: unknown;
  if (first === '') {
    if (auto.mode === 2) raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    auto.mode = 1;
    const k = auto.n++;
    if (k >= src.args.length) raise('IndexError', `Replacement index ${k} out of range for positional args tuple`);
    obj = src.args[k];
  } else if (/^[0-9]+$/.test(first)) {
    if (auto.mode === 1) raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    auto.mode = 2;
    const k = Number(first);
    if (k >= src.args.length) raise('IndexError', `Replacement index ${k} out of range for positional args tuple`);
    obj = src.args[k];
  } else if (src.mapping !== undefined) {
    obj = (src.mapping as { $__getitem__(k: unknown): unknown }).$__getitem__(first);
  } else {
    const v = src.kwargs === null ? undefined : src.kwargs.get(first);
    if (v === undefined) raiseKey(first);
    obj = v;
  }
  while (i < name.length) {
    if (name[i] === '.') {
      let j = i + 1;
      while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
      const attr = name.slice(i + 1, j);
      if (attr === '') raise('ValueError', 'Empty attribute in format string');
      const v = (obj as Record<string, unknown>)['$' + attr];
      if (v === undefined) attrError(obj, attr);
      obj = v;
      i = j;
    } else {
      const j = name.indexOf(']', i);
      if (j < 0) raise('ValueError', "Missing ']' in format string");
      const keyText = name.slice(i + 1, j);
      if (keyText === '') raise('ValueError', 'Empty attribute in format string');
      const key: unknown = /^[0-9]+$/.test(keyText) ? Number(keyText) : keyText;
      obj = getItemOf(obj, key);
      i = j + 1;
      if (i < name.length && name[i] !== '.' && name[i] !== '[') {
        raise('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
    }
  }
  return obj;
}

function raiseKey(k: string): never {
  return keyError(k);
}

function getItemOf(obj: unknown, key: unknown): unknown {
  const g = (obj as { $__getitem__?: (k: unknown) => unknown } | null)?.$__getitem__;
  if (typeof g !== 'function') raise('TypeError', `'${typeNameOf(obj)}' object is not subscriptable`);
  return g.call(obj, key);
}

// A format string is split into literal text and replacement fields once (CPython's
// MarkupIterator_next and parse_field, Objects/stringlib/unicode_format.h) and the split is kept:
// a program formats the same few literals again and again. A syntax error ends the split; it is
// raised when rendering reaches it, after the fields before it, where CPython raises it.

/** One replacement field: `{name!conv:spec}`; `nested` when the spec holds fields of its own. */
interface FormatField {
  name: string;
  conv: number; // code point, 0 when absent
  spec: string;
  nested: boolean;
}

interface ParsedFormat {
  pieces: readonly (string | FormatField)[];
  error: string | null; // the ValueError that ends the string
  /**
   * The number of fields when every one is `{}` or `{:spec}` (automatic numbering, no
   * conversion, no nested fields) and there is no error; -1 otherwise.
   */
  autoFields: number;
}

const parsedFormats = new Map<string, ParsedFormat>();

function parseFormat(fmt: string): ParsedFormat {
  let parsed = parsedFormats.get(fmt);
  if (parsed !== undefined) return parsed;
  parsed = splitFormat(fmt);
  if (fmt.length <= 4096) {
    if (parsedFormats.size >= 1024) parsedFormats.clear();
    parsedFormats.set(fmt, parsed);
  }
  return parsed;
}

function splitFormat(fmt: string): ParsedFormat {
  const pieces: (string | FormatField)[] = [];
  const n = fmt.length;
  let text = ''; // literal text not yet pushed
  let i = 0;
  const end = (error: string | null): ParsedFormat => {
    if (text !== '') pieces.push(text);
    let autoFields = error === null ? 0 : -1;
    for (let p = 0; p < pieces.length && autoFields >= 0; p++) {
      const piece = pieces[p]!;
      if (typeof piece === 'string') continue;
      autoFields = piece.name === '' && piece.conv === 0 && !piece.nested ? autoFields + 1 : -1;
    }
    return { pieces, error, autoFields };
  };
  while (i < n) {
    // literal text up to the first brace; a doubled brace is one literal brace
    let j = i;
    while (j < n && fmt.charCodeAt(j) !== 123 && fmt.charCodeAt(j) !== 125) j++;
    text += fmt.slice(i, j);
    if (j === n) break;
    const c = fmt.charCodeAt(j);
    if (fmt.charCodeAt(j + 1) === c) {
      text += fmt[j];
      i = j + 2;
      continue;
    }
    if (c === 125) return end("Single '}' encountered in format string");
    if (j + 1 === n) return end("Single '{' encountered in format string");
    // parse_field: the name runs to '}', ':' or '!'; brackets may hold anything but their end
    let k = j + 1;
    let stop = 0;
    while (k < n) {
      const d = fmt.charCodeAt(k++);
      if (d === 123) return end("unexpected '{' in field name");
      if (d === 91) {
        while (k < n && fmt.charCodeAt(k) !== 93) k++;
        continue;
      }
      if (d === 125 || d === 58 || d === 33) {
        stop = d;
        break;
      }
    }
    const name = fmt.slice(j + 1, stop === 0 ? k : k - 1);
    let conv = 0;
    let spec = '';
    let nested = false;
    if (stop === 33 || stop === 58) {
      let closed = false;
      if (stop === 33) {
        if (k >= n) return end('end of string while looking for conversion specifier');
        conv = fmt.codePointAt(k)!;
        k += conv > 0xffff ? 2 : 1;
        if (k < n) {
          const d = fmt.charCodeAt(k++);
          if (d === 125) closed = true;
          else if (d !== 58) return end("expected ':' after conversion specifier");
        }
      }
      if (!closed) {
        // the spec runs to the '}' that balances the field's '{'
        const specStart = k;
        let count = 1;
        while (k < n) {
          const d = fmt.charCodeAt(k++);
          if (d === 123) {
            nested = true;
            count++;
          } else if (d === 125 && --count === 0) break;
        }
        if (count !== 0) return end("unmatched '{' in format spec");
        spec = fmt.slice(specStart, k - 1);
      }
    } else if (stop !== 125) return end("expected '}' before end of string");
    if (text !== '') pieces.push(text);
    text = '';
    pieces.push({ name, conv, spec, nested });
    i = k;
  }
  return end(null);
}

/** Render a format string (str.format / format_map); `depth` limits nested specs (build_string). */
function renderFormat(fmt: string, src: FieldSource, auto: { n: number; mode: number }, depth: number): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  const { pieces, error } = parseFormat(strText(fmt)!); // a str subclass's `this` is a String object
  const parts: string[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    parts.push(typeof piece === 'string' ? piece : renderField(piece, src, auto, depth));
  }
  if (error !== null) raise('ValueError', error);
  return parts.join('');
}

function renderField(field: FormatField, src: FieldSource, auto: { n: number; mode: number }, depth: number): string {
  let value: unknown;
  if (field.name === '' && auto.mode !== 2 && auto.n < src.args.length && src.mapping === undefined) {
    auto.mode = 1;
    value = src.args[auto.n++];
  } else value = fieldValue(field.name, src, auto);
  switch (field.conv) {
    case 0:
      break;
    case 114: // r
      value = repr(value);
      break;
    case 115: // s
      value = str(value);
      break;
    case 97: // a
      value = asciiOf(value);
      break;
    default: {
      const c = field.conv;
      raise('ValueError', `Unknown conversion specifier ${c > 32 && c < 127 ? String.fromCharCode(c) : '\\x' + c.toString(16)}`);
    }
  }
  return format(value, field.nested ? renderFormat(field.spec, src, auto, depth - 1) : field.spec);
}

function asciiOf(x: unknown): string {
  return S.asciiEscape(repr(x));
}

/** `fmt.format(*args, **kwargs)` */
export function strFormat(fmt: string, args: readonly unknown[], kwargs: PyDict | null): string {
  const parsed = parseFormat(strText(fmt)!);
  const fields = parsed.autoFields;
  if (fields < 0 || fields > args.length) return renderFormat(fmt, { args, kwargs }, { n: 0, mode: 0 }, 2);
  // `{}` and `{:spec}` only, with enough arguments: no lookups that could fail, no field state.
  const pieces = parsed.pieces;
  let out = '';
  let k = 0;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    out += typeof piece === 'string' ? piece : format(args[k++], piece.spec);
  }
  return flatten(out);
}

// ---------------------------------------------------------------------------------------------
// % formatting

/**
 * Whether `x`'s type has a number method `%d` may convert it with (PyNumber_Check): `__index__`,
 * `__int__` or `__float__`. Others are refused before any method runs.
 */
function hasNumberMethods(x: object): boolean {
  const o = x as { $__index__?: unknown; $__int__?: unknown; $__float__?: unknown };
  return typeof o.$__index__ === 'function' || typeof o.$__int__ === 'function' || typeof o.$__float__ === 'function';
}

/** `f()`, or undefined when it raises a TypeError: the caller then reports its own message. */
function unlessTypeError<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isPyException(e) && isInstance(e, TypeErrorType)) return undefined;
    throw e;
  }
}

/**
 * The int `%d`, `%i` and `%u` format (for str and bytes `%`): an int as it is (an int subclass by
 * its value, whatever its `__int__` says), a float truncated, a number-like object through `int()`
 * (`__int__`, then `__index__`, then `__trunc__`). Undefined when `x` is no number or converting
 * it raised a TypeError (a method returning a non-int among them); other errors propagate.
 */
export function percentIntArg(x: unknown): PyInt | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : Number.isFinite(x) ? normInt(Math.trunc(x)) : floatToIntErr(x);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return Number.isFinite(x.v) ? normInt(Math.trunc(x.v)) : floatToIntErr(x.v);
  if (x instanceof Number) return unwrapInt(x);
  if (x === null || typeof x !== 'object' || !hasNumberMethods(x)) return undefined;
  return unlessTypeError(() => intNew(x));
}

/**
 * The int `%x`, `%X`, `%o` and `%c` format: an int as it is, another object through its
 * `__index__` (checked to return an int). Undefined when `x` is not an integer or `__index__`
 * raised a TypeError; other errors propagate.
 */
export function percentIndexArg(x: unknown): PyInt | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : undefined;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof Number) return unwrapInt(x);
  if (x === null || typeof x !== 'object' || typeof (x as { $__index__?: unknown }).$__index__ !== 'function') return undefined;
  return unlessTypeError(() => toIndex(x));
}

/**
 * The double `%e`, `%f` and `%g` format (PyFloat_AsDouble): a float or int as it is, another
 * object through `__float__` (which must return a float), else through `__index__`. Undefined
 * when `x` has neither; errors from the methods propagate.
 */
export function percentFloatArg(x: unknown): number | undefined {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'bigint') return intToFloat(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x === null || typeof x !== 'object') return undefined;
  const f = (x as { $__float__?: unknown }).$__float__;
  if (typeof f === 'function') {
    const r = f.call(x);
    if (r instanceof PyFloat) return r.v;
    if (typeof r === 'number' && !Number.isInteger(r)) return r;
    return raise('TypeError', `${typeNameOf(x)}.__float__ returned non-float (type ${typeNameOf(r)})`);
  }
  if (typeof (x as { $__index__?: unknown }).$__index__ === 'function') return intToFloat(toIndex(x));
  return undefined;
}

const percentConv: PercentConv = {
  strIsSelf: true,
  str,
  repr,
  ascii: asciiOf,
  typeName: typeNameOf,
  toInt: percentIntArg,
  toIndex: percentIndexArg,
  toStar(x: unknown): PyInt | undefined {
    if (x !== null && typeof x === 'object' && !isInstance(x, intType)) return undefined;
    return percentIndexArg(x);
  },
  toFloat: percentFloatArg,
};

function floatToIntErr(x: number): never {
  return raise(x !== x ? 'ValueError' : 'OverflowError',
    x !== x ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
}

/**
 * The `percent(fmt, args)` helper: the `%` operator with a str format. A right operand of a str
 * subclass that overrides `__rmod__` answers first (a reflected operand whose type derives from
 * the left one's), as it would through the operator's dispatch.
 */
export function percent(fmt: string, args: unknown): unknown {
  if (args instanceof String) {
    const m = (args as { $__rmod__?: unknown }).$__rmod__;
    if (typeof m === 'function' && m !== (String.prototype as { $__rmod__?: unknown }).$__rmod__) {
      const r = m.call(args, fmt);
      if (r !== NotImplemented) return r;
    }
  }
  return strPercent(fmt, args);
}

/** `fmt % args` formatted (str.__mod__): no operand's reflected method is consulted. */
function strPercent(fmt: string, args: unknown): string {
  if (args instanceof PyTuple) return percentFormat(fmt, args, percentConv);
  // CPython treats any other operand with __getitem__ (a dict, but also a list or bytes) as a
  // mapping: `%(key)s` looks keys up in it and an unused operand is not an error ('ab' % [3]).
  const isMap =
    args !== null &&
    typeof args === 'object' &&
    !(args instanceof String) &&
    typeof (args as { $__getitem__?: unknown }).$__getitem__ === 'function';
  if (isMap) {
    return percentFormat(fmt, [args], percentConv, (key) => getItemOf(args, key));
  }
  return percentFormatOne(fmt, args, percentConv);
}

/**
 * `spec % (x,)` for one conversion of a `%` template split at compile time (compiler/
 * strformat.ts): `"%s x%d" % (a, b)` runs as `percentOne("%s", a) + " x" + percentOne("%d", b)`.
 */
export function percentOne(spec: string, x: unknown): string {
  if (spec === '%s' && typeof x === 'string') return x;
  return percentFormatOne(spec, x, percentConv);
}

// ---------------------------------------------------------------------------------------------
// Methods

function strIndexMessage(t: string): string {
  return `string indices must be integers, not '${t}'`;
}

function sliceArg(v: unknown): number | null {
  if (v === null) return null;
  return toIndexClamped(v, () => 'slice indices must be integers or None or have an __index__ method');
}

/** `s[lower:upper:step]` for a str, the parts as written (null when omitted): getslice's str case. */
export function strGetSlice(s: string, lower: unknown, upper: unknown, step: unknown): string {
  if (step === null && isSmallInt(upper) && upper >= 0 && upper <= 32 && upper < s.length &&
    (lower === null || (isSmallInt(lower) && lower >= 0)) && !S.scanSurrogates(s, upper)) {
    // `s[:k]` or `s[j:k]` short of the end: with no surrogate among the first k code units, code
    // point k is code unit k, whatever follows (the scan stops at k; a regexp would read it all).
    return s.slice(lower === null ? 0 : lower, upper);
  }
  if (step === null && upper === null && isSmallInt(lower) && lower >= 0 && lower <= 32 &&
    (lower >= s.length || !S.scanSurrogates(s, lower))) {
    // `s[j:]`: past the end it is empty; otherwise, with no surrogate among the first j code
    // units, code point j is code unit j and the rest is taken without being read.
    return lower >= s.length ? '' : s.slice(lower);
  }
  if (step === null && (lower === null || isSmallInt(lower)) && (upper === null || isSmallInt(upper)) &&
    !S.hasSurrogates(s)) {
    // `s[a:b]` with int bounds over code units that are code points.
    const { start, count } = sliceBounds(lower, upper, null, s.length);
    return s.slice(start, start + count);
  }
  const st = sliceArg(step);
  if (st === 0) raise('ValueError', 'slice step cannot be zero');
  return S.strSlice(s, sliceArg(lower), sliceArg(upper), st);
}

function isSmallInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

const strMethods = {
  __getitem__(this: string, i: unknown): string {
    if (typeof i === 'number' && Number.isInteger(i)) return S.strGetItem(this, i);
    if (i instanceof PySlice) {
      const step = sliceArg(i.step);
      if (step === 0) raise('ValueError', 'slice step cannot be zero');
      return S.strSlice(this, sliceArg(i.start), sliceArg(i.stop), step);
    }
    return S.strGetItem(this, toSsize(i, strIndexMessage));
  },

  __len__(this: string): number {
    return S.strLen(this);
  },

  __contains__(this: string, x: unknown): boolean {
    x = unwrapStr(x);
    if (typeof x !== 'string') {
      return raise('TypeError', `'in <string>' requires string as left operand, not ${typeNameOf(x)}`);
    }
    return S.strContains(this, x);
  },

  __iter__(this: string): StrIterator {
    return new StrIterator(this);
  },

  __repr__(this: string): string {
    return S.strRepr(strText(this)!);
  },


  __str__(this: string): string {
    return strText(this)!;
  },


  __format__(this: string, spec: unknown): string {
    const sp = needStr(spec, 'format() argument 2');
    // An empty spec formats as str(self), which a subclass may override (unicode__format__).
    if (sp === '' && typeof this === 'object') return str(this);
    return formatStr(strText(this)!, sp);
  },

  __hash__(this: string): number | bigint {
    return hashStr(strText(this)!);
  },


  __eq__(this: string, other: unknown): unknown {
    const o = strText(other);
    return o === undefined ? NotImplemented : strText(this) === o;
  },


  __ne__(this: string, other: unknown): unknown {
    const o = strText(other);
    return o === undefined ? NotImplemented : strText(this) !== o;
  },


  __lt__(this: string, other: unknown): unknown {
    const o = strText(other);
    return o === undefined ? NotImplemented : strLt(strText(this)!, o);
  },


  __le__(this: string, other: unknown): unknown {
    const o = strText(other);
    const t = strText(this)!;
    return o === undefined ? NotImplemented : t === o || strLt(t, o);
  },


  __gt__(this: string, other: unknown): unknown {
    const o = strText(other);
    return o === undefined ? NotImplemented : strLt(o, strText(this)!);
  },


  __ge__(this: string, other: unknown): unknown {
    const o = strText(other);
    const t = strText(this)!;
    return o === undefined ? NotImplemented : t === o || strLt(o, t);
  },


  __add__(this: string, other: unknown): unknown {
    const o = strText(other);
    if (o === undefined) {
      return raise('TypeError', `can only concatenate str (not "${typeNameOf(other)}") to str`);
    }
    return strText(this)! + o;
  },


  __mul__(this: string, n: unknown): unknown {
    return strRepeat(this, n);
  },

  __rmul__(this: string, n: unknown): unknown {
    return strRepeat(this, n);
  },

  __mod__(this: string, args: unknown): string {
    return strPercent(this, args);
  },

  // `fmt % s` reaches here only when fmt's type answered NotImplemented: a str format is formatted.
  __rmod__(this: string, fmt: unknown): unknown {
    const f = strText(fmt);
    return f === undefined ? NotImplemented : strPercent(f, this);
  },

  __getnewargs__(this: string): PyTuple {
    return tuple([this]);
  },

  split(this: string, sep?: unknown, maxsplit?: unknown, over?: unknown): string[] {
    if (over !== undefined) wantsAtMost('split', 2, arguments.length);
    return S.strSplit(this, strOrNone(sep), maxsplit === undefined ? undefined : intArg(maxsplit));
  },

  rsplit(this: string, sep?: unknown, maxsplit?: unknown, over?: unknown): string[] {
    if (over !== undefined) wantsAtMost('rsplit', 2, arguments.length);
    return S.strRsplit(this, strOrNone(sep), maxsplit === undefined ? undefined : intArg(maxsplit));
  },

  splitlines(this: string, keepends?: unknown, over?: unknown): string[] {
    if (over !== undefined) wantsAtMost('splitlines', 1, arguments.length);
    return S.strSplitlines(this, keepends === undefined ? false : typeof keepends === 'boolean' ? keepends : cIntArg(keepends) !== 0);
  },

  join(this: string, items: unknown, over?: unknown): string {
    if (items === undefined || over !== undefined) wantsOne('str.join', arguments.length);
    const arr = isExactArray(items) ? items : Array.from(joinIterable(items));
    return S.strJoin(this, arr, typeNameOf);
  },

  strip(this: string, chars?: unknown, over?: unknown): string {
    if (over !== undefined) wantsRange('strip', 0, 1, arguments.length);
    return S.strStrip(this, stripChars(chars, 'strip'));
  },

  lstrip(this: string, chars?: unknown, over?: unknown): string {
    if (over !== undefined) wantsRange('lstrip', 0, 1, arguments.length);
    return S.strLstrip(this, stripChars(chars, 'lstrip'));
  },

  rstrip(this: string, chars?: unknown, over?: unknown): string {
    if (over !== undefined) wantsRange('rstrip', 0, 1, arguments.length);
    return S.strRstrip(this, stripChars(chars, 'rstrip'));
  },

  find(this: string, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('find', arguments.length);
    return S.strFind(this, needStr(sub), idx(start), idx(end));
  },

  rfind(this: string, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('rfind', arguments.length);
    return S.strRfind(this, needStr(sub), idx(start), idx(end));
  },

  index(this: string, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('index', arguments.length);
    return S.strIndex(this, needStr(sub), idx(start), idx(end));
  },

  rindex(this: string, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('rindex', arguments.length);
    return S.strRindex(this, needStr(sub), idx(start), idx(end));
  },

  count(this: string, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('count', arguments.length);
    return S.strCount(this, needStr(sub), idx(start), idx(end));
  },

  startswith(this: string, prefix: unknown, start?: unknown, end?: unknown, over?: unknown): boolean {
    if (prefix === undefined || over !== undefined) wantsSearchArgs('startswith', arguments.length);
    return S.strStartswith(this, affix(prefix), idx(start), idx(end), typeNameOf);
  },

  endswith(this: string, suffix: unknown, start?: unknown, end?: unknown, over?: unknown): boolean {
    if (suffix === undefined || over !== undefined) wantsSearchArgs('endswith', arguments.length);
    return S.strEndswith(this, affix(suffix), idx(start), idx(end), typeNameOf);
  },

  replace(this: string, old: unknown, rep: unknown, count?: unknown, over?: unknown): string {
    if (rep === undefined || over !== undefined) wantsRange('replace', 2, 3, arguments.length);
    if (typeof old !== 'string' || typeof rep !== 'string') {
      old = strText(old) ?? old;
      rep = strText(rep) ?? rep;
    }
    if (typeof old !== 'string') raise('TypeError', `replace() argument 1 must be str, not ${typeNameOf(old)}`);
    if (typeof rep !== 'string') raise('TypeError', `replace() argument 2 must be str, not ${typeNameOf(rep)}`);
    return S.strReplace(this, old, rep, count === undefined ? undefined : intArg(count));
  },

  // As CPython's stringlib partition: a receiver without `sep` is returned whole, and a separator
  // found is the argument itself, instances of str subclasses included; the parts cut are str.
  partition(this: string, sep: unknown, over?: unknown): PyTuple {
    if (sep === undefined || over !== undefined) wantsOne('str.partition', arguments.length);
    const at = needStr(sep);
    const i = S.strPartitionAt(this, at);
    return i < 0 ? tuple3(this, '', '') : tuple3(this.slice(0, i), sep, this.slice(i + at.length));
  },

  rpartition(this: string, sep: unknown, over?: unknown): PyTuple {
    if (sep === undefined || over !== undefined) wantsOne('str.rpartition', arguments.length);
    const at = needStr(sep);
    const i = S.strRpartitionAt(this, at);
    return i < 0 ? tuple3('', '', this) : tuple3(this.slice(0, i), sep, this.slice(i + at.length));
  },

  removeprefix(this: string, prefix: unknown, over?: unknown): string {
    if (prefix === undefined || over !== undefined) wantsOne('str.removeprefix', arguments.length);
    return S.strRemoveprefix(this, clinicStr(prefix, 'removeprefix() argument')!);
  },

  removesuffix(this: string, suffix: unknown, over?: unknown): string {
    if (suffix === undefined || over !== undefined) wantsOne('str.removesuffix', arguments.length);
    return S.strRemovesuffix(this, clinicStr(suffix, 'removesuffix() argument')!);
  },

  upper(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.upper', arguments.length);
    return S.strUpper(this);
  },

  lower(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.lower', arguments.length);
    return S.strLower(this);
  },

  casefold(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.casefold', arguments.length);
    return S.strCasefold(this);
  },

  capitalize(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.capitalize', arguments.length);
    return S.strCapitalize(this);
  },

  title(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.title', arguments.length);
    return S.strTitle(this);
  },

  swapcase(this: string, over?: unknown): string {
    if (over !== undefined) wantsNone('str.swapcase', arguments.length);
    return S.strSwapcase(this);
  },

  center(this: string, width: unknown, fill?: unknown, over?: unknown): string {
    if (width === undefined || over !== undefined) wantsRange('center', 1, 2, arguments.length);
    return S.strCenter(this, intArg(width), fillChar(fill));
  },

  ljust(this: string, width: unknown, fill?: unknown, over?: unknown): string {
    if (width === undefined || over !== undefined) wantsRange('ljust', 1, 2, arguments.length);
    return S.strLjust(this, intArg(width), fillChar(fill));
  },

  rjust(this: string, width: unknown, fill?: unknown, over?: unknown): string {
    if (width === undefined || over !== undefined) wantsRange('rjust', 1, 2, arguments.length);
    return S.strRjust(this, intArg(width), fillChar(fill));
  },

  zfill(this: string, width: unknown, over?: unknown): string {
    if (width === undefined || over !== undefined) wantsOne('str.zfill', arguments.length);
    return S.strZfill(this, intArg(width));
  },

  expandtabs(this: string, tabsize?: unknown, over?: unknown): string {
    if (over !== undefined) wantsAtMost('expandtabs', 1, arguments.length);
    return S.strExpandtabs(this, tabsize === undefined ? undefined : cIntArg(tabsize));
  },

  isalpha(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isalpha', arguments.length);
    return S.strIsalpha(this);
  },
  isdecimal(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isdecimal', arguments.length);
    return S.strIsdecimal(this);
  },
  isdigit(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isdigit', arguments.length);
    return S.strIsdigit(this);
  },
  isnumeric(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isnumeric', arguments.length);
    return S.strIsnumeric(this);
  },
  isalnum(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isalnum', arguments.length);
    return S.strIsalnum(this);
  },
  isspace(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isspace', arguments.length);
    return S.strIsspace(this);
  },
  isascii(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isascii', arguments.length);
    return S.strIsascii(this);
  },
  islower(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.islower', arguments.length);
    return S.strIslower(this);
  },
  isupper(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isupper', arguments.length);
    return S.strIsupper(this);
  },
  istitle(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.istitle', arguments.length);
    return S.strIstitle(this);
  },
  isidentifier(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isidentifier', arguments.length);
    return S.strIsidentifier(this);
  },
  isprintable(this: string, over?: unknown): boolean {
    if (over !== undefined) wantsNone('str.isprintable', arguments.length);
    return S.strIsprintable(this);
  },

  encode(this: string, encoding?: unknown, errors?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsAtMost('encode', 2, arguments.length);
    return bytesFromU8(
      S.strEncode(strText(this)!, clinicStr(encoding, "encode() argument 'encoding'"), clinicStr(errors, "encode() argument 'errors'")),
    );
  },

  format(this: string, ...args: unknown[]): string {
    return strFormat(this, args, null);
  },

  format_map(this: string, mapping: unknown, over?: unknown): string {
    if (mapping === undefined || over !== undefined) wantsOne('str.format_map', arguments.length);
    return renderFormat(this, { args: [], kwargs: null, mapping }, { n: 0, mode: 0 }, 2);
  },

  translate(this: string, table: unknown, over?: unknown): string {
    if (table === undefined || over !== undefined) wantsOne('str.translate', arguments.length);
    // An exact dict answers a missing code point with undefined, not a KeyError thrown and caught
    // for every character the table leaves alone.
    if (table instanceof PyDict && table.constructor === PyDict) {
      return S.strTranslate(this, (cp) => {
        const r = table.get(cp);
        return r === undefined ? undefined : mappedChar(r);
      });
    }
    const get = (table as { $__getitem__?: (k: unknown) => unknown } | null)?.$__getitem__;
    if (typeof get !== 'function') raise('TypeError', `'${typeNameOf(table)}' object is not subscriptable`);
    return S.strTranslate(this, (cp) => {
      let r: unknown;
      try {
        r = get.call(table, cp);
      } catch (e) {
        if (isLookupError(e)) return undefined;
        throw e;
      }
      return mappedChar(r);
    });
  },
};


/** What a str.translate table maps a character to: deleted (None), a str, or a code point. */
function mappedChar(r: unknown): string | number | null {
  if (r === null) return r;
  const text = strText(r);
  if (text !== undefined) return text;
  if (typeof r === 'number' && Number.isInteger(r)) return r;
  // bool and int subclass instances (IntEnum members) are ints too; a big one is out of range.
  if (typeof r === 'boolean') return Number(r);
  const n = typeof r === 'bigint' ? r : r instanceof Number || r instanceof BigInt ? unwrapInt(r) : undefined;
  if (n !== undefined) return typeof n === 'number' ? n : raise('ValueError', 'character mapping must be in range(0x110000)');
  return raise('TypeError', 'character mapping must return integer, None or str');
}

/** A thrown Python LookupError (KeyError/IndexError), as str.translate skips those characters. */
function isLookupError(e: unknown): boolean {
  const name = (e as { constructor?: { name?: string } } | null)?.constructor?.name ?? '';
  const t = typeNameOf(e);
  return t === 'KeyError' || t === 'IndexError' || t === 'LookupError' || /KeyError|IndexError|LookupError/.test(name) ||
    /^(KeyError|IndexError|LookupError)/.test(String((e as { pyType?: string } | null)?.pyType ?? ''));
}


kwParams(strMethods.split, 'split', ['sep', 'maxsplit'], 0, true);
kwParams(strMethods.rsplit, 'rsplit', ['sep', 'maxsplit'], 0, true);
kwParams(strMethods.splitlines, 'splitlines', ['keepends'], 0, true);
kwParams(strMethods.encode, 'encode', ['encoding', 'errors'], 0, true);
kwParams(strMethods.expandtabs, 'expandtabs', ['tabsize'], 0, true);
(strMethods.format as unknown as { $kw: unknown }).$kw = function (
  this: string,
  pos: unknown[],
  kw: KwPairs | null,
): string {
  let d: PyDict | null = null;
  if (kw !== null && kw.length) {
    d = new PyDict();
    for (const [k, v] of kw) d.set(k, v);
  }
  return strFormat(this, pos, d);
};

/** iter(str): one code point at a time. */
export class StrIterator {
  private i = 0;
  constructor(private s: string) {}

  next(): IteratorResult<string> {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) return { value: undefined, done: true } as IteratorResult<string>;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.i = i + 2;
        return { value: s.slice(i, i + 2), done: false };
      }
    }
    this.i = i + 1;
    return { value: s[i]!, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): string {
    const r = this.next();
    if (r.done) stopIteration();
    return r.value;
  }

  $__iter__(): this {
    return this;
  }
}

/** `str(object='')`, `str(b, encoding, errors)` */
export function strNew(obj?: unknown, encoding?: unknown, errors?: unknown): string {
  if (obj === undefined) return '';
  if (encoding === undefined && errors === undefined) return str(obj);
  const enc = clinicStr(encoding, "str() argument 'encoding'");
  const errs = clinicStr(errors, "str() argument 'errors'");
  if (!isBytesLike(obj)) {
    if (typeof obj === 'string') raise('TypeError', 'decoding str is not supported');
    raise('TypeError', `decoding to str: need a bytes-like object, ${typeNameOf(obj)} found`);
  }
  return bytesDecode(bytesData(obj), enc, errs);
}


export const strType: PyType = builtinType({
  name: 'str',
  proto: String.prototype,
  construct(cls, pos, kw) {
    let obj: unknown = pos[0];
    let encoding: unknown = pos[1];
    let errors: unknown = pos[2];
    if (pos.length > 3) raise('TypeError', `str() takes at most 3 arguments (${pos.length} given)`);
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === 'object') obj = v;
        else if (k === 'encoding') encoding = v;
        else if (k === 'errors') errors = v;
        else raise('TypeError', `'${k}' is an invalid keyword argument for str()`);
      }
    }
    const s = strNew(obj, encoding, errors);
    if (cls === strType) return s;
    // A str subclass instance: a String wrapper object with the subclass prototype.
    return Object.setPrototypeOf(Object(s), cls.prototype);
  },
  methods: strMethods,
  staticmethods: {
    maketrans(x: unknown, y?: unknown, z?: unknown, over?: unknown): PyDict {
      if (x === undefined || over !== undefined) wantsRange('maketrans', 1, 3, arguments.length);
      const d = new PyDict();
      if (y === undefined) {
        if (!(x instanceof PyDict)) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of x.entries()) {
          const keyText = strText(k);
          if (keyText !== undefined) {
            if (S.strLen(keyText) !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
            d.set(keyText.codePointAt(0)!, v);
          } else if ((typeof k === 'number' && Number.isInteger(k)) || typeof k === 'bigint' || typeof k === 'boolean' ||
            k instanceof Number || k instanceof BigInt) {
            d.set(k, v); // any int (bool, IntEnum, past 2**53) is kept as the key it is
          } else {
            raise('TypeError', 'keys in translate table must be strings or integers');
          }
        }
        return d;
      }
      const t = S.strMaketrans(
        needStr(x, 'maketrans() argument 1'),
        needStr(y, 'maketrans() argument 2'),
        z === undefined ? undefined : needStr(z, 'maketrans() argument 3'),
      );
      for (const [k, v] of t) d.set(k, v);
      return d;
    },
  },
});

builtinType({ name: 'str_ascii_iterator', proto: StrIterator.prototype, final: true });

markMethods(StrIterator.prototype);
