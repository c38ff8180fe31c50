// bytes, bytearray and a minimal memoryview, over Uint8Array (algorithms in bytesops.ts).
//
// PyBytes holds an immutable Uint8Array `b`; PyByteArray holds a growable buffer `buf` of which
// the first `n` bytes are its contents, so append and += are amortised O(1). `bytesData(x)` gives
// the current contents of any bytes-like object as a Uint8Array view, which is what the methods
// and the socket layer work on. Indexing gives ints, slicing gives the receiver's type; a slice of
// a bytes may be a view of its memory (`shareBytes`), since neither can change.

import { strText, unwrapStr } from './strvalue.js';
import { isPyException, raise, TypeError as TypeErrorType } from './exceptions.js';
import * as B from './bytesops.js';
import { wantsAtMost, wantsNone, wantsOne, wantsRange, wantsSearchArgs } from './arity.js';
import { seqCompareBytes } from './compare.js';
import { hashStr } from './hash.js';
import { kwParams, markMethods, stopIteration } from './install.js';
import { builtinType, className, hooks, isInstance, NotImplemented, type KwPairs, type PyType } from './object.js';
import { iter } from './ops.js';
import { PySlice, sliceBounds, sliceIndices, toIndex, toIndexClamped, toSsize, toSsizeArg, typeNameOf } from './slice.js';
import { normIndex, repeatCount, repeatFallback } from './list.js';
import { PyTuple, tuple } from './tuple.js';
import * as S from './str.js';
import { percentFormat } from './format.js';
import { percentFloatArg, percentIndexArg, percentIntArg } from './strtype.js';
import { repr } from './repr.js';
import { PyDict } from './dict.js';
import { strEncode } from './str.js';
import { truthy } from './ops.js';
import { BYTE_FORMATS, formatChar, itemSize, readItem, writeItem } from './memoryformat.js';

type Idx = number | null | undefined;

export class PyBytes {
  constructor(readonly b: Uint8Array) {}
}
hooks.bytes = (data) => new PyBytes(data);

export class PyByteArray {
  buf: Uint8Array;
  n: number;
  /** Live memoryview exports: resizing is a BufferError while one exists. */
  exports = 0;
  constructor(data?: Uint8Array) {
    this.buf = data ? data.slice() : new Uint8Array(0);
    this.n = this.buf.length;
  }

  get b(): Uint8Array {
    return this.buf.subarray(0, this.n);
  }

  /** Make room for `extra` more bytes. */
  reserve(extra: number): void {
    const need = this.n + extra;
    if (need <= this.buf.length) return;
    let cap = this.buf.length < 16 ? 16 : this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.n));
    this.buf = nb;
  }

  /** Replace bytes [start, end) by `data`. */
  splice(start: number, end: number, data: Uint8Array): void {
    const tail = this.buf.slice(end, this.n);
    const newLen = start + data.length + tail.length;
    if (newLen > this.buf.length) {
      this.n = start;
      this.reserve(newLen - start);
    }
    this.buf.set(data, start);
    this.buf.set(tail, start + data.length);
    this.n = newLen;
  }
}

export class PyMemoryView {
  released = false;
  /** Made by toreadonly() (or sliced from such a view): stores are refused whatever the object. */
  ro = false;
  /** The step between its items in the memory it was sliced from (strides, contiguity). */
  step = 1;
  /** Item format as cast() was given it ('B' until cast), its struct character and size. */
  format = 'B';
  fmt = 'B';
  itemsize = 1;
  /** The dimensions given to cast(shape=...); null for one dimension over all the items. */
  shape: number[] | null = null;
  constructor(
    readonly obj: unknown,
    private readonly view: Uint8Array | null,
  ) {}

  get b(): Uint8Array {
    if (this.released) raise('ValueError', 'operation forbidden on released memoryview object');
    return this.view ?? bytesData(this.obj);
  }
}

/** The `bytes(latin1)` helper: a bytes literal, one char per byte. */
export function bytes(latin1: string): PyBytes {
  const n = latin1.length;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = latin1.charCodeAt(i);
  return new PyBytes(b);
}

/** Wrap bytes produced by an algorithm (the array is not copied). */
export function bytesFromU8(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

export function isBytesLike(x: unknown): boolean {
  return x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView;
}

/** The contents of a bytes-like object (a view: copy before keeping it). */
export function bytesData(x: unknown): Uint8Array {
  if (x instanceof PyBytes) return x.b;
  if (x instanceof PyByteArray) return x.b;
  if (x instanceof PyMemoryView) return x.b;
  return raise('TypeError', `a bytes-like object is required, not '${typeNameOf(x)}'`);
}

/** The bytes of an argument that must be bytes-like. */

/** `hex(sep, bytes_per_sep)` of bytes, bytearray and memoryview: `sep` is a str or bytes. */
function hexWithSep(data: Uint8Array, sep: unknown, bytesPerSep: unknown): string {
  const s = sep === undefined ? undefined : sep instanceof PyBytes ? latin1Of(sep.b) : (sep as string);
  return B.bytesHex(data, s, bytesPerSep === undefined ? undefined : Number(toIndex(bytesPerSep)));
}
function needBytes(x: unknown): Uint8Array {
  if (x instanceof PyBytes || x instanceof PyByteArray || x instanceof PyMemoryView) return x.b;
  return raise('TypeError', `a bytes-like object is required, not '${typeNameOf(x)}'`);
}

/** A byte value argument: an int in range(256). */
function byteValue(x: unknown): number {
  const v = toIndex(x);
  if (typeof v !== 'number' || v < 0 || v > 255) raise('ValueError', 'byte must be in range(0, 256)');
  return v;
}

/** Whether `x` is an int or has __index__, so that it counts as a byte value. */
function isIndexable(x: unknown): boolean {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean' || typeof x === 'bigint' ||
    (x !== null && typeof x === 'object' && typeof (x as { $__index__?: unknown }).$__index__ === 'function');
}

/** A sub-sequence argument of find/count/...: bytes-like or an int. */
function subArg(x: unknown): Uint8Array | number {
  if (isBytesLike(x)) return bytesData(x);
  if (isIndexable(x)) return byteValue(x);
  return raise('TypeError', `argument should be integer or bytes-like object, not '${typeNameOf(x)}'`);
}

function idx(v: unknown): Idx {
  if (v === undefined || v === null) return v as Idx;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  return toIndexClamped(v, () => 'slice indices must be integers or None or have an __index__ method');
}

/** The bytes of an iterable of ints (bytes(iterable), bytearray.extend). */
function fromInts(x: unknown, rangeMessage = 'bytes must be in range(0, 256)'): Uint8Array {
  // A list or tuple of small ints (`bytes([n])`) is copied directly. Anything else in it starts
  // the general loop over from the beginning, which is the same: the ints seen have no effects.
  const proto = Array.isArray(x) ? Object.getPrototypeOf(x) : null;
  if (proto === Array.prototype || proto === PyTuple.prototype) {
    const items = x as unknown[];
    const fast = B.allocBytes(items.length);
    let i = 0;
    for (; i < items.length; i++) {
      const v = items[i];
      if (typeof v !== 'number' || !(v >= 0 && v <= 255 && Number.isInteger(v))) break;
      fast[i] = v;
    }
    if (i === items.length) return fast;
  }
  const out: number[] = [];
  for (const v of iter(x)) {
    const i = toIndex(v);
    if (typeof i !== 'number' || i < 0 || i > 255) raise('ValueError', rangeMessage);
    out.push(i);
  }
  return Uint8Array.from(out);
}

const BYTEARRAY_RANGE = 'byte must be in range(0, 256)';

/** Whether `x` can be iterated: a str, a list or tuple, or an object with __iter__ or __getitem__. */
function looksIterable(x: unknown): boolean {
  if (typeof x === 'string' || Array.isArray(x)) return true;
  if (x === null || typeof x !== 'object') return false;
  const o = x as { $__iter__?: unknown; $__getitem__?: unknown };
  return typeof o.$__iter__ === 'function' || typeof o.$__getitem__ === 'function' || typeof (x as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** The shared constructor logic of bytes(...) and bytearray(...). */
function bytesArgs(name: string, pos: unknown[], kw: KwPairs | null): Uint8Array {
  let src: unknown = pos[0];
  let encoding: unknown = pos[1];
  let errors: unknown = pos[2];
  if (pos.length > 3) raise('TypeError', `${name}() takes at most 3 arguments (${pos.length} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'source') src = v;
      else if (k === 'encoding') encoding = v;
      else if (k === 'errors') errors = v;
      else raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (src === undefined) {
    if (encoding !== undefined || errors !== undefined) {
      raise('TypeError', encoding !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    }
    return new Uint8Array(0);
  }
  src = unwrapStr(src);
  if (typeof src === 'string') {
    if (encoding === undefined) raise('TypeError', 'string argument without an encoding');
    return strEncode(src, unwrapStr(encoding) as string, unwrapStr(errors) as string | undefined);
  }
  if (encoding !== undefined) raise('TypeError', 'encoding without a string argument');
  if (errors !== undefined) raise('TypeError', 'errors without a string argument');
  if (isBytesLike(src)) return bytesData(src).slice();
  if (typeof src === 'number' || typeof src === 'bigint' || typeof src === 'boolean') {
    const n = toSsize(src);
    if (n < 0) raise('ValueError', 'negative count');
    return new Uint8Array(n);
  }
  if (src !== null && typeof src === 'object') {
    const m = (src as { $__bytes__?: () => unknown }).$__bytes__;
    if (name === 'bytes' && typeof m === 'function') {
      const r = m.call(src);
      if (!(r instanceof PyBytes)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(r)})`);
      return r.b;
    }
    if (typeof (src as { $__index__?: unknown }).$__index__ === 'function') {
      const n = toSsize(src);
      if (n < 0) raise('ValueError', 'negative count');
      return new Uint8Array(n);
    }
  }
  if (typeof src === 'function' || src === null ||
    (typeof src === 'object' && typeof (src as { $__iter__?: unknown }).$__iter__ !== 'function' && !Array.isArray(src))) {
    raise('TypeError', `cannot convert '${typeNameOf(src)}' object to ${name}`);
  }
  return fromInts(src, name === 'bytearray' ? BYTEARRAY_RANGE : undefined);
}

/**
 * The iterator over what bytes.join and str.join join. As PySequence_Fast in CPython, a TypeError
 * from asking for it becomes `can only join an iterable`, whatever raised it.
 */
export function joinIterable(items: unknown): Iterable<unknown> {
  try {
    return iter(items) as Iterable<unknown>;
  } catch (e) {
    if (isPyException(e) && isInstance(e, TypeErrorType)) raise('TypeError', 'can only join an iterable');
    throw e;
  }
}

/** `self[lower:upper:step]` (the parts as written, null when omitted), `b` being its data. */
function sliceOf(self: PyBytes | PyByteArray, b: Uint8Array, lower: unknown, upper: unknown, stepPart: unknown): PyBytes | PyByteArray {
  const { start, step, count } = sliceBounds(lower, upper, stepPart, b.length);
  if (step === 1) {
    // bytes never change, so a slice may share their memory; bytearray(...) copies its data.
    if (self instanceof PyByteArray) return new PyByteArray(b.subarray(start, start + count));
    return like(self, B.shareBytes(b, start, start + count));
  }
  const out = new Uint8Array(count);
  for (let k = 0, j = start; k < count; k++, j += step) out[k] = b[j]!;
  return like(self, out);
}

/** Whether `x` is a bytes, not an instance of a subclass (which may override its operators). */
export function isExactBytes(x: unknown): x is PyBytes {
  return x instanceof PyBytes && Object.getPrototypeOf(x) === PyBytes.prototype;
}

/** `b[lower:upper:step]` of an exact bytes: getslice's bytes case, without a slice object. */
export function bytesGetSlice(b: PyBytes, lower: unknown, upper: unknown, step: unknown): PyBytes {
  return sliceOf(b, b.b, lower, upper, step) as PyBytes;
}

/** `a + b` of two bytes-likes whose result is a bytes (`a` exact bytes): add's bytes case. */
export function bytesConcat(a: PyBytes, b: PyBytes | PyByteArray | PyMemoryView): PyBytes {
  const x = a.b;
  const y = b.b;
  // As CPython's bytes_concat: an empty operand gives the other one back when it is a bytes.
  if (y.length === 0) return a;
  if (x.length === 0 && isExactBytes(b)) return b;
  const out = B.allocBytes(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return new PyBytes(out);
}

/** A result of the receiver's kind. */
function like(self: unknown, b: Uint8Array): PyBytes | PyByteArray {
  return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
}

function likeAll(self: unknown, bs: Uint8Array[]): (PyBytes | PyByteArray)[] {
  return bs.map((b) => like(self, b));
}

/**
 * bytes.partition's triple as CPython builds it: a found separator is the argument object itself,
 * and without a match the whole (at `wholeAt`) is `self`. bytearray's parts are always new.
 */
function partitionResult(self: PyBytes | PyByteArray, sep: unknown, parts: Uint8Array[], wholeAt: 0 | 2): PyTuple {
  const out: unknown[] = likeAll(self, parts);
  if (self instanceof PyBytes) {
    if (parts[1]!.length !== 0) out[1] = sep;
    else out[wholeAt] = self;
  }
  return tuple(out);
}

function bytesEq(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `a == b` of two exact bytes: eq's and ne's bytes case, without the dunder dispatch. */
export function bytesEqual(a: PyBytes, b: PyBytes): boolean {
  return a === b || bytesEq(a.b, b.b);
}

function cmp(self: unknown, other: unknown): number | null {
  if (!(other instanceof PyBytes || other instanceof PyByteArray)) return null;
  return seqCompareBytes(bytesData(self), other.b);
}

function indexMessage(self: unknown): (t: string) => string {
  const name = self instanceof PyByteArray ? 'bytearray' : 'byte';
  return (t) => `${name} indices must be integers or slices, not ${t}`;
}

function byteRepr(self: unknown): string {
  const r = B.bytesRepr(bytesData(self));
  if (self instanceof PyByteArray) {
    // bytearray_repr escapes ' even inside double quotes.
    const body = r.startsWith('b"') ? 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"' : r;
    return `${className(self)}(${body})`;
  }
  return r;
}

function toLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const isLowerB = (c: number): boolean => c >= 97 && c <= 122;
const isUpperB = (c: number): boolean => c >= 65 && c <= 90;

/** The fill byte argument of center/ljust/rjust. */
function fillByte(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (!(v instanceof PyBytes || v instanceof PyByteArray) || v.b.length !== 1) {
    return raise('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeNameOf(v)}`);
  }
  return String.fromCharCode(v.b[0]!);
}

function widthArg(v: unknown): number {
  return toSsizeArg(v);
}

/**
 * The double bytes `%e`, `%f` and `%g` format: str `%`'s reading of it, with any failure (no
 * number, an int past float range, an error from `__float__`) reported as one TypeError.
 */
function percentBytesFloat(x: unknown): number {
  let v: number | undefined;
  try {
    v = percentFloatArg(x);
  } catch (e) {
    if (!isPyException(e)) throw e;
  }
  return v ?? raise('TypeError', `float argument required, not ${typeNameOf(x)}`);
}

/** A non-primitive `decode()` encoding or errors argument: a str subclass's value, else CPython's TypeError. */
function codecName(v: unknown, param: string): string {
  return strText(v) ?? raise('TypeError', `decode() argument '${param}' must be str, not ${v === null ? 'None' : typeNameOf(v)}`);
}

/** The type an argument-count error names for a method bytes and bytearray share. */
function bytesOwner(b: PyBytes | PyByteArray): string {
  return b instanceof PyByteArray ? 'bytearray' : 'bytes';
}

/** `translate` counts its required table as a positional argument, unlike its siblings. */
function translateArity(given: number): never {
  return given < 1
    ? raise('TypeError', `translate() takes at least 1 positional argument (${given} given)`)
    : wantsAtMost('translate', 2, given);
}

const commonMethods = {
  __len__(this: PyBytes | PyByteArray): number {
    return this instanceof PyByteArray ? this.n : this.b.length;
  },

  __getitem__(this: PyBytes | PyByteArray, i: unknown): unknown {
    const b = bytesData(this);
    if (typeof i === 'number' && Number.isInteger(i)) {
      const j = i < 0 ? i + b.length : i;
      if (j >= 0 && j < b.length) return b[j];
      return raise('IndexError', this instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
    }
    if (i instanceof PySlice) return sliceOf(this, b, i.start, i.stop, i.step);
    const j = normIndex(i, b.length, indexMessage(this));
    if (j < 0) raise('IndexError', this instanceof PyByteArray ? 'bytearray index out of range' : 'index out of range');
    return b[j];
  },

  __contains__(this: PyBytes | PyByteArray, x: unknown): boolean {
    // An int is a byte value; anything else must be a buffer, with the buffer protocol's message.
    const sub = isBytesLike(x) || !isIndexable(x) ? needBytes(x) : byteValue(x);
    return B.bytesFind(bytesData(this), sub) >= 0;
  },

  __iter__(this: PyBytes | PyByteArray): BytesIterator {
    return this instanceof PyByteArray ? new ByteArrayIterator(this) : new BytesIterator(this);
  },

  __repr__(this: PyBytes | PyByteArray): string {
    return byteRepr(this);
  },

  __str__(this: PyBytes | PyByteArray): string {
    return byteRepr(this);
  },

  __eq__(this: PyBytes | PyByteArray, other: unknown): unknown {
    if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) return NotImplemented;
    return bytesEq(bytesData(this), other.b);
  },

  __ne__(this: PyBytes | PyByteArray, other: unknown): unknown {
    if (!(other instanceof PyBytes || other instanceof PyByteArray || other instanceof PyMemoryView)) return NotImplemented;
    return !bytesEq(bytesData(this), other.b);
  },

  __lt__(this: PyBytes | PyByteArray, other: unknown): unknown {
    const c = cmp(this, other);
    return c === null ? NotImplemented : c < 0;
  },

  __le__(this: PyBytes | PyByteArray, other: unknown): unknown {
    const c = cmp(this, other);
    return c === null ? NotImplemented : c <= 0;
  },

  __gt__(this: PyBytes | PyByteArray, other: unknown): unknown {
    const c = cmp(this, other);
    return c === null ? NotImplemented : c > 0;
  },

  __ge__(this: PyBytes | PyByteArray, other: unknown): unknown {
    const c = cmp(this, other);
    return c === null ? NotImplemented : c >= 0;
  },

  __add__(this: PyBytes | PyByteArray, other: unknown): unknown {
    if (!isBytesLike(other)) {
      return raise('TypeError', `can't concat ${typeNameOf(other)} to ${className(this)}`);
    }
    const a = bytesData(this);
    const b = bytesData(other);
    const out = B.allocBytes(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return like(this, out);
  },

  __mul__(this: PyBytes | PyByteArray, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    return like(this, repeatBytes(bytesData(this), k));
  },

  __rmul__(this: PyBytes | PyByteArray, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) {
      // `"ab" * b"xy"`: the left sequence's repeat ran first and refused this bytes as its count.
      if (typeof n === 'string' || n instanceof String || Array.isArray(n)) {
        return raise('TypeError', `can't multiply sequence by non-int of type '${className(this)}'`);
      }
      return repeatFallback(n);
    }
    return like(this, repeatBytes(bytesData(this), k));
  },

  decode(this: PyBytes | PyByteArray, encoding?: unknown, errors?: unknown, over?: unknown): string {
    if (over !== undefined) wantsAtMost('decode', 2, arguments.length);
    const enc = encoding === undefined || typeof encoding === 'string' ? encoding : codecName(encoding, 'encoding');
    const errs = errors === undefined || typeof errors === 'string' ? errors : codecName(errors, 'errors');
    return B.bytesDecode(bytesData(this), enc, errs);
  },

  hex(this: PyBytes | PyByteArray, sep?: unknown, bytesPerSep?: unknown, over?: unknown): string {
    if (over !== undefined) wantsAtMost('hex', 2, arguments.length);
    return hexWithSep(bytesData(this), sep, bytesPerSep);
  },

  count(this: PyBytes | PyByteArray, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('count', arguments.length);
    return B.bytesCount(bytesData(this), subArg(sub), idx(start), idx(end));
  },

  find(this: PyBytes | PyByteArray, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('find', arguments.length);
    return B.bytesFind(bytesData(this), subArg(sub), idx(start), idx(end));
  },

  rfind(this: PyBytes | PyByteArray, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('rfind', arguments.length);
    return B.bytesRfind(bytesData(this), subArg(sub), idx(start), idx(end));
  },

  index(this: PyBytes | PyByteArray, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('index', arguments.length);
    return B.bytesIndex(bytesData(this), subArg(sub), idx(start), idx(end));
  },

  rindex(this: PyBytes | PyByteArray, sub: unknown, start?: unknown, end?: unknown, over?: unknown): number {
    if (sub === undefined || over !== undefined) wantsSearchArgs('rindex', arguments.length);
    return B.bytesRindex(bytesData(this), subArg(sub), idx(start), idx(end));
  },

  startswith(this: PyBytes | PyByteArray, prefix: unknown, start?: unknown, end?: unknown, over?: unknown): boolean {
    if (prefix === undefined || over !== undefined) wantsSearchArgs('startswith', arguments.length);
    return affixMatch(bytesData(this), prefix, idx(start), idx(end), 'startswith', B.bytesStartswith);
  },

  endswith(this: PyBytes | PyByteArray, suffix: unknown, start?: unknown, end?: unknown, over?: unknown): boolean {
    if (suffix === undefined || over !== undefined) wantsSearchArgs('endswith', arguments.length);
    return affixMatch(bytesData(this), suffix, idx(start), idx(end), 'endswith', B.bytesEndswith);
  },

  split(this: PyBytes | PyByteArray, sep?: unknown, maxsplit?: unknown, over?: unknown): unknown[] {
    if (over !== undefined) wantsAtMost('split', 2, arguments.length);
    return likeAll(this, B.bytesSplit(bytesData(this), sepArg(sep), maxsplit === undefined ? undefined : toSsizeArg(maxsplit)));
  },

  rsplit(this: PyBytes | PyByteArray, sep?: unknown, maxsplit?: unknown, over?: unknown): unknown[] {
    if (over !== undefined) wantsAtMost('rsplit', 2, arguments.length);
    return likeAll(this, B.bytesRsplit(bytesData(this), sepArg(sep), maxsplit === undefined ? undefined : toSsizeArg(maxsplit)));
  },

  strip(this: PyBytes | PyByteArray, chars?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsRange('strip', 0, 1, arguments.length);
    return like(this, B.bytesStrip(bytesData(this), sepArg(chars)));
  },

  lstrip(this: PyBytes | PyByteArray, chars?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsRange('lstrip', 0, 1, arguments.length);
    return like(this, B.bytesLstrip(bytesData(this), sepArg(chars)));
  },

  rstrip(this: PyBytes | PyByteArray, chars?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsRange('rstrip', 0, 1, arguments.length);
    return like(this, B.bytesRstrip(bytesData(this), sepArg(chars)));
  },

  replace(this: PyBytes | PyByteArray, old: unknown, rep: unknown, count?: unknown, over?: unknown): unknown {
    if (rep === undefined || over !== undefined) wantsRange('replace', 2, 3, arguments.length);
    return like(this, B.bytesReplace(bytesData(this), needBytes(old), needBytes(rep), count === undefined ? undefined : toSsizeArg(count)));
  },

  join(this: PyBytes | PyByteArray, items: unknown, over?: unknown): unknown {
    if (items === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.join`, arguments.length);
    // A list or tuple is read in place; as in CPython, one exact bytes item is the result itself.
    const p = Array.isArray(items) ? Object.getPrototypeOf(items) : null;
    const seq = p === Array.prototype || p === PyTuple.prototype ? items as unknown[] : [...joinIterable(items)];
    if (seq.length === 1 && this instanceof PyBytes && isExactBytes(seq[0])) return seq[0];
    const arr: unknown[] = new Array(seq.length);
    for (let i = 0; i < seq.length; i++) {
      const x = seq[i];
      arr[i] = isBytesLike(x) ? bytesData(x) : x;
    }
    return like(this, B.bytesJoin(bytesData(this), arr, typeNameOf));
  },

  partition(this: PyBytes | PyByteArray, sep: unknown, over?: unknown): PyTuple {
    if (sep === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.partition`, arguments.length);
    return partitionResult(this, sep, B.bytesPartition(bytesData(this), needBytes(sep)), 0);
  },

  rpartition(this: PyBytes | PyByteArray, sep: unknown, over?: unknown): PyTuple {
    if (sep === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.rpartition`, arguments.length);
    return partitionResult(this, sep, B.bytesRpartition(bytesData(this), needBytes(sep)), 2);
  },

  upper(this: PyBytes | PyByteArray, over?: unknown): unknown {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.upper`, arguments.length);
    return like(this, B.bytesUpper(bytesData(this)));
  },

  lower(this: PyBytes | PyByteArray, over?: unknown): unknown {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.lower`, arguments.length);
    return like(this, B.bytesLower(bytesData(this)));
  },

  isdigit(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isdigit`, arguments.length);
    const b = bytesData(this);
    return b.length > 0 && b.every((c) => c >= 48 && c <= 57);
  },

  isalpha(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isalpha`, arguments.length);
    const b = bytesData(this);
    return b.length > 0 && b.every((c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  },

  isalnum(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isalnum`, arguments.length);
    const b = bytesData(this);
    return b.length > 0 && b.every((c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  },

  isspace(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isspace`, arguments.length);
    const b = bytesData(this);
    return b.length > 0 && b.every((c) => c === 32 || (c >= 9 && c <= 13));
  },

  isupper(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isupper`, arguments.length);
    const b = bytesData(this);
    return b.some((c) => c >= 65 && c <= 90) && !b.some((c) => c >= 97 && c <= 122);
  },

  islower(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.islower`, arguments.length);
    const b = bytesData(this);
    return b.some((c) => c >= 97 && c <= 122) && !b.some((c) => c >= 65 && c <= 90);
  },

  isascii(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.isascii`, arguments.length);
    return bytesData(this).every((c) => c < 128);
  },

  title(this: PyBytes | PyByteArray, over?: unknown): unknown {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.title`, arguments.length);
    const b = bytesData(this).slice();
    let prevCased = false;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (isLowerB(c)) {
        if (!prevCased) b[i] = c - 32;
        prevCased = true;
      } else if (isUpperB(c)) {
        if (prevCased) b[i] = c + 32;
        prevCased = true;
      } else {
        prevCased = false;
      }
    }
    return like(this, b);
  },

  capitalize(this: PyBytes | PyByteArray, over?: unknown): unknown {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.capitalize`, arguments.length);
    const b = bytesData(this).slice();
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (i === 0 && isLowerB(c)) b[i] = c - 32;
      else if (i > 0 && isUpperB(c)) b[i] = c + 32;
    }
    return like(this, b);
  },

  swapcase(this: PyBytes | PyByteArray, over?: unknown): unknown {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.swapcase`, arguments.length);
    const b = bytesData(this).slice();
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (isLowerB(c)) b[i] = c - 32;
      else if (isUpperB(c)) b[i] = c + 32;
    }
    return like(this, b);
  },

  istitle(this: PyBytes | PyByteArray, over?: unknown): boolean {
    if (over !== undefined) wantsNone(`${bytesOwner(this)}.istitle`, arguments.length);
    const b = bytesData(this);
    let cased = false;
    let prevCased = false;
    for (const c of b) {
      if (isUpperB(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerB(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else {
        prevCased = false;
      }
    }
    return cased;
  },

  center(this: PyBytes | PyByteArray, width: unknown, fill?: unknown, over?: unknown): unknown {
    if (width === undefined || over !== undefined) wantsRange('center', 1, 2, arguments.length);
    return like(this, fromLatin1(S.strCenter(toLatin1(bytesData(this)), widthArg(width), fillByte(fill, 'center'))));
  },

  ljust(this: PyBytes | PyByteArray, width: unknown, fill?: unknown, over?: unknown): unknown {
    if (width === undefined || over !== undefined) wantsRange('ljust', 1, 2, arguments.length);
    return like(this, fromLatin1(S.strLjust(toLatin1(bytesData(this)), widthArg(width), fillByte(fill, 'ljust'))));
  },

  rjust(this: PyBytes | PyByteArray, width: unknown, fill?: unknown, over?: unknown): unknown {
    if (width === undefined || over !== undefined) wantsRange('rjust', 1, 2, arguments.length);
    return like(this, fromLatin1(S.strRjust(toLatin1(bytesData(this)), widthArg(width), fillByte(fill, 'rjust'))));
  },

  zfill(this: PyBytes | PyByteArray, width: unknown, over?: unknown): unknown {
    if (width === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.zfill`, arguments.length);
    return like(this, fromLatin1(S.strZfill(toLatin1(bytesData(this)), widthArg(width))));
  },

  expandtabs(this: PyBytes | PyByteArray, tabsize?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsAtMost('expandtabs', 1, arguments.length);
    return like(this, fromLatin1(S.strExpandtabs(toLatin1(bytesData(this)), tabsize === undefined ? undefined : widthArg(tabsize))));
  },

  splitlines(this: PyBytes | PyByteArray, keepends?: unknown, over?: unknown): unknown[] {
    if (over !== undefined) wantsAtMost('splitlines', 1, arguments.length);
    // Only \n, \r and \r\n end lines in bytes.
    const b = bytesData(this);
    const keep = keepends === undefined ? false : typeof keepends === 'boolean' ? keepends : Number(toIndex(keepends)) !== 0;
    const out: unknown[] = [];
    let start = 0;
    let i = 0;
    while (i < b.length) {
      const c = b[i]!;
      if (c === 10 || c === 13) {
        let end = i + 1;
        if (c === 13 && b[end] === 10) end++;
        out.push(like(this, b.slice(start, keep ? end : i)));
        start = i = end;
      } else {
        i++;
      }
    }
    if (start < b.length) out.push(like(this, b.slice(start)));
    return out;
  },

  removeprefix(this: PyBytes | PyByteArray, prefix: unknown, over?: unknown): unknown {
    if (prefix === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.removeprefix`, arguments.length);
    const b = bytesData(this);
    const p = needBytes(prefix);
    if (p.length <= b.length && p.every((c, i) => b[i] === c)) return like(this, b.slice(p.length));
    return like(this, b.slice());
  },

  removesuffix(this: PyBytes | PyByteArray, suffix: unknown, over?: unknown): unknown {
    if (suffix === undefined || over !== undefined) wantsOne(`${bytesOwner(this)}.removesuffix`, arguments.length);
    const b = bytesData(this);
    const p = needBytes(suffix);
    const off = b.length - p.length;
    if (p.length > 0 && off >= 0 && p.every((c, i) => b[off + i] === c)) return like(this, b.slice(0, off));
    return like(this, b.slice());
  },

  translate(this: PyBytes | PyByteArray, table: unknown, del?: unknown, over?: unknown): unknown {
    if (table === undefined || over !== undefined) translateArity(arguments.length);
    const b = bytesData(this);
    const t = table === null ? null : needBytes(table);
    if (t !== null && t.length !== 256) raise('ValueError', 'translation table must be 256 characters long');
    const drop = del === undefined ? null : needBytes(del);
    const out: number[] = [];
    for (const c of b) {
      if (drop !== null && drop.includes(c)) continue;
      out.push(t === null ? c : t[c]!);
    }
    return like(this, Uint8Array.from(out));
  },

  __mod__(this: PyBytes | PyByteArray, args: unknown): unknown {
    return like(this, bytesPercent(bytesData(this), args));
  },

  // `fmt % b`: a format of the same kind (bytes for bytes, bytearray for bytearray) is formatted.
  __rmod__(this: PyBytes | PyByteArray, fmt: unknown): unknown {
    const sameKind = this instanceof PyByteArray ? fmt instanceof PyByteArray : fmt instanceof PyBytes;
    return sameKind ? like(fmt, bytesPercent(bytesData(fmt), this)) : NotImplemented;
  },
};

kwParams(commonMethods.decode, 'decode', ['encoding', 'errors'], 0, true);
kwParams(commonMethods.split, 'split', ['sep', 'maxsplit'], 0, true);
kwParams(commonMethods.rsplit, 'rsplit', ['sep', 'maxsplit'], 0, true);
kwParams(commonMethods.hex, 'hex', ['sep', 'bytes_per_sep'], 0, true);
kwParams(commonMethods.splitlines, 'splitlines', ['keepends'], 0, true);
kwParams(commonMethods.expandtabs, 'expandtabs', ['tabsize'], 0, true);
kwParams(commonMethods.translate, 'translate', ['table', 'delete'], 1, true);

function latin1Of(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

function sepArg(x: unknown): Uint8Array | null | undefined {
  if (x === undefined || x === null) return x as null | undefined;
  return needBytes(x);
}

/**
 * `b.startswith(x, start, end)` / `endswith` by `test`: the bounds are read first, and the items
 * of a tuple are taken one at a time, so an item of the wrong type after a match is never looked
 * at (CPython answers `b'a'.startswith((b'a', 1))` with True).
 */
function affixMatch(b: Uint8Array, x: unknown, start: Idx, end: Idx, name: string,
  test: (b: Uint8Array, affix: Uint8Array, start: Idx, end: Idx) => boolean): boolean {
  if (isBytesLike(x)) return test(b, bytesData(x), start, end);
  if (x instanceof PyTuple) {
    for (let i = 0; i < x.length; i++) if (test(b, needBytes(x[i]), start, end)) return true;
    return false;
  }
  return raise('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(x)}`);
}

function repeatBytes(b: Uint8Array, k: number): Uint8Array {
  if (k <= 0) return new Uint8Array(0);
  const out = new Uint8Array(b.length * k);
  for (let i = 0; i < k; i++) out.set(b, i * b.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// bytes % args (PEP 461): the str algorithm over latin-1 text, with %b / %s taking bytes-like
// objects (or __bytes__) and %r / %a giving ascii(repr(x)).

/** `%b` / `%s` in a bytes format: the operand's bytes as latin-1 text. */
function bytesOperand(x: unknown): string {
  if (isBytesLike(x)) return toLatin1(bytesData(x));
  const m = (x as { $__bytes__?: () => unknown } | null)?.$__bytes__;
  if (typeof m === 'function') return toLatin1(bytesData(m.call(x)));
  return raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeNameOf(x)}'`);
}

/** The format with %b turned into %s (same operand rules here). */
function bFormat(fmt: string): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    out += c;
    if (c !== '%') continue;
    let j = i + 1;
    if (fmt[j] === '(') {
      const close = fmt.indexOf(')', j);
      if (close < 0) break;
      j = close + 1;
    }
    while (j < fmt.length && /[-+ #0-9.*hlL]/.test(fmt[j]!)) j++;
    out += fmt.slice(i + 1, j);
    if (j < fmt.length) out += fmt[j] === 'b' ? 's' : fmt[j];
    i = j;
  }
  return out;
}

const PERCENT_C_TYPE = '%c requires an integer in range(256) or a single byte';

/** The byte `%c` makes of `x` (as a latin-1 character): a one-byte bytes or bytearray, or an integer below 256. */
function percentByte(x: unknown): string {
  if (x instanceof PyBytes || x instanceof PyByteArray) {
    const b = bytesData(x);
    if (b.length !== 1) raise('TypeError', PERCENT_C_TYPE);
    return String.fromCharCode(b[0]!);
  }
  const v = percentIndexArg(x);
  if (v === undefined) return raise('TypeError', PERCENT_C_TYPE);
  if (v < 0 || v > 255) raise('OverflowError', '%c arg not in range(256)');
  return String.fromCharCode(Number(v));
}

function bytesPercent(fmt: Uint8Array, args: unknown): Uint8Array {
  const conv = {
    formatting: 'bytes',
    str: bytesOperand,
    repr: (x: unknown) => S.asciiEscape(repr(x)),
    ascii: (x: unknown) => S.asciiEscape(repr(x)),
    typeName: typeNameOf,
    toInt: percentIntArg,
    toIndex: percentIndexArg,
    toFloat: percentBytesFloat,
    char: percentByte,
  };
  const f = bFormat(toLatin1(fmt));
  let text: string;
  if (args instanceof PyTuple) text = percentFormat(f, args, conv);
  else if (isPercentMapping(args)) text = percentFormat(f, [args], conv, (k) => (args as { $__getitem__(k: unknown): unknown }).$__getitem__(fromLatin1Key(k)));
  else text = percentFormat(f, [args], conv);
  return fromLatin1(text);
}

/** What `bytes % x` treats as a mapping, as CPython does: anything with __getitem__ but a tuple, bytes, bytearray or str. */
function isPercentMapping(x: unknown): boolean {
  return x !== null && typeof x === 'object' && !(x instanceof PyBytes) && !(x instanceof PyByteArray) && !(x instanceof String) &&
    typeof (x as { $__getitem__?: unknown }).$__getitem__ === 'function';
}

/** `%(name)s` keys of a bytes format look up bytes keys. */
function fromLatin1Key(k: string): PyBytes {
  return new PyBytes(fromLatin1(k));
}

export const bytesType: PyType = builtinType({
  name: 'bytes',
  proto: PyBytes.prototype,
  construct(cls, pos, kw) {
    if (cls === bytesType && pos.length === 1 && pos[0] instanceof PyBytes && pos[0].constructor === PyBytes && kw === null) return pos[0];
    const b = new PyBytes(bytesArgs('bytes', pos, kw));
    return cls === bytesType ? b : Object.setPrototypeOf(b, cls.prototype);
  },
  methods: {
    ...commonMethods,
    __hash__(this: PyBytes): number | bigint {
      return hashStr(latin1Of(this.b));
    },
    __bytes__(this: PyBytes): PyBytes {
      return this;
    },
    __getnewargs__(this: PyBytes): PyTuple {
      return tuple([new PyBytes(this.b.slice())]);
    },
  },
  classmethods: {
    fromhex(cls: PyType, s: unknown): unknown {
      s = unwrapStr(s);
      if (typeof s !== 'string') raise('TypeError', `fromhex() argument must be str, not ${typeNameOf(s)}`);
      const b = new PyBytes(B.bytesFromhex(s));
      return cls === bytesType ? b : cls(b);
    },
  },
  staticmethods: { maketrans: bytesMaketrans },
});

/** `bytes.maketrans(from, to)` (bytearray's too): a 256-byte translation table, as bytes. */
function bytesMaketrans(from: unknown, to: unknown): PyBytes {
  const f = needBytes(from);
  const t = needBytes(to);
  if (f.length !== t.length) raise('ValueError', 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < f.length; i++) table[f[i]!] = t[i]!;
  return new PyBytes(table);
}

function checkResizable(ba: PyByteArray): void {
  if (ba.exports > 0) raise('BufferError', 'Existing exports of data: object cannot be re-sized');
}

export const bytearrayType: PyType = builtinType({
  name: 'bytearray',
  proto: PyByteArray.prototype,
  construct(cls, pos, kw) {
    const b = new PyByteArray(bytesArgs('bytearray', pos, kw));
    return cls === bytearrayType ? b : Object.setPrototypeOf(b, cls.prototype);
  },
  new(cls) {
    return Object.setPrototypeOf(new PyByteArray(), cls.prototype);
  },
  methods: {
    ...commonMethods,
    __init__(this: PyByteArray, ...pos: unknown[]): null {
      const data = bytesArgs('bytearray', pos, null);
      this.buf = data.slice();
      this.n = data.length;
      return null;
    },
    append(this: PyByteArray, x: unknown, over?: unknown): null {
      if (x === undefined || over !== undefined) wantsOne('bytearray.append', arguments.length);
      checkResizable(this);
      const v = byteValue(x);
      this.reserve(1);
      this.buf[this.n++] = v;
      return null;
    },
    extend(this: PyByteArray, x: unknown, over?: unknown): null {
      if (x === undefined || over !== undefined) wantsOne('bytearray.extend', arguments.length);
      checkResizable(this);
      // A str is iterated like any iterable (3.11): its first character is then not an integer.
      if (!isBytesLike(x) && !looksIterable(x)) raise('TypeError', `can't extend bytearray with ${typeNameOf(x)}`);
      const data = isBytesLike(x) ? bytesData(x).slice() : fromInts(x, BYTEARRAY_RANGE);
      this.reserve(data.length);
      this.buf.set(data, this.n);
      this.n += data.length;
      return null;
    },
    __iadd__(this: PyByteArray, x: unknown): unknown {
      if (!isBytesLike(x)) raise('TypeError', `can't concat ${typeNameOf(x)} to bytearray`);
      checkResizable(this);
      const data = bytesData(x).slice();
      this.reserve(data.length);
      this.buf.set(data, this.n);
      this.n += data.length;
      return this;
    },
    insert(this: PyByteArray, i: unknown, x: unknown, over?: unknown): null {
      if (x === undefined || over !== undefined) wantsRange('insert', 2, 2, arguments.length);
      checkResizable(this);
      let j = toSsizeArg(i);
      if (j < 0) j = Math.max(0, j + this.n);
      if (j > this.n) j = this.n;
      this.splice(j, j, Uint8Array.of(byteValue(x)));
      return null;
    },
    pop(this: PyByteArray, i?: unknown, over?: unknown): number {
      if (over !== undefined) wantsRange('pop', 0, 1, arguments.length);
      checkResizable(this);
      if (this.n === 0) raise('IndexError', 'pop from empty bytearray');
      let j = i === undefined ? this.n - 1 : toSsizeArg(i);
      if (j < 0) j += this.n;
      if (j < 0 || j >= this.n) raise('IndexError', 'pop index out of range');
      const v = this.buf[j]!;
      this.splice(j, j + 1, new Uint8Array(0));
      return v;
    },
    remove(this: PyByteArray, x: unknown, over?: unknown): null {
      if (x === undefined || over !== undefined) wantsOne('bytearray.remove', arguments.length);
      checkResizable(this);
      const v = byteValue(x);
      const j = this.b.indexOf(v);
      if (j < 0) raise('ValueError', 'value not found in bytearray');
      this.splice(j, j + 1, new Uint8Array(0));
      return null;
    },
    clear(this: PyByteArray, over?: unknown): null {
      if (over !== undefined) wantsNone('bytearray.clear', arguments.length);
      checkResizable(this);
      this.n = 0;
      return null;
    },
    copy(this: PyByteArray, over?: unknown): PyByteArray {
      if (over !== undefined) wantsNone('bytearray.copy', arguments.length);
      return new PyByteArray(this.b);
    },
    reverse(this: PyByteArray, over?: unknown): null {
      if (over !== undefined) wantsNone('bytearray.reverse', arguments.length);
      this.b.reverse();
      return null;
    },
    __setitem__(this: PyByteArray, i: unknown, value: unknown): null {
      if (i instanceof PySlice) {
        const data = isBytesLike(value)
          ? bytesData(value).slice()
          : typeof value === 'number' || typeof value === 'bigint'
            ? raise('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)')
            : fromInts(value);
        const { start, stop, step, count } = sliceIndices(i, this.n);
        if (step === 1) {
          if (data.length !== count) checkResizable(this);
          this.splice(start, Math.max(start, stop), data);
          return null;
        }
        if (data.length !== count) {
          raise('ValueError', `attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
        }
        for (let k = 0, j = start; k < count; k++, j += step) this.buf[j] = data[k]!;
        return null;
      }
      const j = normIndex(i, this.n, indexMessage(this));
      if (j < 0) raise('IndexError', 'bytearray index out of range');
      this.buf[j] = byteValue(value);
      return null;
    },
    __delitem__(this: PyByteArray, i: unknown): null {
      checkResizable(this);
      if (i instanceof PySlice) {
        const { start, step, count } = sliceIndices(i, this.n);
        if (step === 1) {
          this.splice(start, start + count, new Uint8Array(0));
          return null;
        }
        const drop = new Set<number>();
        for (let k = 0, j = start; k < count; k++, j += step) drop.add(j);
        const keep = this.b.filter((_, j) => !drop.has(j));
        this.buf = keep;
        this.n = keep.length;
        return null;
      }
      const j = normIndex(i, this.n, indexMessage(this));
      if (j < 0) raise('IndexError', 'bytearray index out of range');
      this.splice(j, j + 1, new Uint8Array(0));
      return null;
    },
    __imul__(this: PyByteArray, n: unknown): unknown {
      const k = repeatCount(n);
      if (k === null) return repeatFallback(n);
      const data = repeatBytes(this.b, k);
      this.buf = data;
      this.n = data.length;
      return this;
    },
    __alloc__(this: PyByteArray): number {
      return this.buf.length + 1;
    },
  },
  classmethods: {
    fromhex(cls: PyType, s: unknown): unknown {
      s = unwrapStr(s);
      if (typeof s !== 'string') raise('TypeError', `fromhex() argument must be str, not ${typeNameOf(s)}`);
      const b = new PyByteArray(B.bytesFromhex(s));
      return cls === bytearrayType ? b : cls(b);
    },
  },
  staticmethods: { maketrans: bytesMaketrans },
});
Object.defineProperty(PyByteArray.prototype, '$__hash__', { value: null, writable: true, configurable: true });

// ---------------------------------------------------------------------------------------------
// memoryview (the subset sockets and binary I/O use)

/** A view of `b` (part of `m`'s memory) with `m`'s object, read-only flag and step. */
function viewLike(m: PyMemoryView, b: Uint8Array): PyMemoryView {
  const v = new PyMemoryView(m.obj, b);
  v.ro = m.ro;
  v.step = m.step;
  v.format = m.format;
  v.fmt = m.fmt;
  v.itemsize = m.itemsize;
  return v;
}

/** The same memory seen with the same shape (memoryview(m), toreadonly()). */
function viewSame(m: PyMemoryView): PyMemoryView {
  const v = viewLike(m, m.b);
  v.shape = m.shape === null ? null : m.shape.slice();
  return v;
}

function itemCount(m: PyMemoryView): number {
  return m.b.length / m.itemsize;
}

function viewDims(m: PyMemoryView): number[] {
  return m.shape ?? [itemCount(m)];
}

function viewItem(m: PyMemoryView, index: number): unknown {
  return readItem(m.b, index * m.itemsize, m.fmt, (b) => new PyBytes(b));
}

function storeItem(m: PyMemoryView, index: number, value: unknown): void {
  const asBytes = (x: unknown): Uint8Array | null => (x instanceof PyBytes ? x.b : null);
  writeItem(m.b, index * m.itemsize, m.fmt, value, asBytes, truthy);
}

/** The items of `m` as nested lists following its shape (the item itself for 0 dimensions). */
function viewToList(m: PyMemoryView): unknown {
  const dims = viewDims(m);
  if (dims.length === 0) return viewItem(m, 0);
  let next = 0;
  const build = (depth: number): unknown[] => {
    const out: unknown[] = [];
    for (let k = 0; k < dims[depth]!; k++) out.push(depth + 1 === dims.length ? viewItem(m, next++) : build(depth + 1));
    return out;
  };
  return build(0);
}

/** The flat item index of a tuple of ints, one per dimension. */
function flatIndex(m: PyMemoryView, key: PyTuple): number {
  const dims = viewDims(m);
  if (dims.length === 0) {
    if (key.length === 0) return 0;
    return raise('TypeError', 'invalid indexing of 0-dim memory');
  }
  const items = Array.from(key as unknown as unknown[]);
  if (items.some((k) => k instanceof PySlice)) {
    return raise('NotImplementedError', 'multi-dimensional slicing is not implemented');
  }
  if (items.length < dims.length) raise('NotImplementedError', 'sub-views are not implemented');
  if (items.length > dims.length) {
    raise('TypeError', `cannot index ${dims.length}-dimension view with ${items.length}-element tuple`);
  }
  let flat = 0;
  items.forEach((k, d) => {
    const j = normIndex(k, dims[d]!, (t) => `memoryview: invalid slice key`);
    if (j < 0) raise('IndexError', `index out of bounds on dimension ${d + 1}`);
    flat = flat * dims[d]! + j;
  });
  return flat;
}

/** The item index an int key selects in a one-dimensional view. */
function oneDimIndex(m: PyMemoryView, i: unknown): number {
  const dims = viewDims(m);
  if (dims.length === 0) raise('TypeError', 'invalid indexing of 0-dim memory');
  if (dims.length > 1) raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
  const j = normIndex(i, dims[0]!, (t) => `memoryview indices must be integers or slices, not ${t}`);
  if (j < 0) raise('IndexError', 'index out of bounds on dimension 1');
  return j;
}

function sameStructure(a: PyMemoryView, other: unknown): boolean {
  const fmt = other instanceof PyMemoryView ? other.fmt : 'B';
  return fmt === a.fmt;
}

/** Equality of memoryviews by value: same shape and equal items, each as Python compares them. */
function viewEquals(m: PyMemoryView, other: unknown): boolean {
  const o = other instanceof PyMemoryView ? other : new PyMemoryView(other, null);
  const d1 = viewDims(m);
  const d2 = viewDims(o);
  if (d1.length !== d2.length || d1.some((n, k) => n !== d2[k])) return false;
  if (m.fmt === o.fmt && 'BbcHhIiLlQqNnP'.includes(m.fmt)) return bytesEq(m.b, o.b);
  const count = d1.reduce((a, b) => a * b, 1);
  for (let k = 0; k < count; k++) {
    if (!itemsEqual(viewItem(m, k), viewItem(o, k))) return false;
  }
  return true;
}

function itemsEqual(a: unknown, b: unknown): boolean {
  if (a instanceof PyBytes || b instanceof PyBytes) {
    return a instanceof PyBytes && b instanceof PyBytes && bytesEq(a.b, b.b);
  }
  const num = (x: unknown): number | bigint => (typeof x === 'boolean' ? Number(x) : typeof x === 'object' && x !== null ? (x as { v: number }).v : (x as number | bigint));
  const x = num(a);
  const y = num(b);
  if (typeof x === 'bigint' || typeof y === 'bigint') {
    if (typeof x === 'number' && !Number.isInteger(x)) return false;
    if (typeof y === 'number' && !Number.isInteger(y)) return false;
    return BigInt(x) === BigInt(y);
  }
  return x === y;
}

/** memoryview.cast(format, shape=...): the same memory seen as other items or dimensions. */
function castView(this: PyMemoryView, format: unknown, shape?: unknown): PyMemoryView {
  const m = this;
  format = unwrapStr(format);
  if (typeof format !== 'string') raise('TypeError', `cast() argument 'format' must be str, not ${typeNameOf(format)}`);
  if (!viewContiguous(m)) raise('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  const ch = formatChar(format);
  if (ch === null) {
    raise('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  let dims: number[] | null = null;
  if (shape !== undefined && shape !== null) {
    if (!(shape instanceof PyTuple) && !Array.isArray(shape)) raise('TypeError', 'shape must be a list or a tuple');
    const given = Array.from(shape as unknown as unknown[]);
    if (given.length > 64) raise('ValueError', 'memoryview: number of dimensions must not exceed 64');
    dims = given.map((x) => {
      const n = typeof x === 'number' && Number.isInteger(x) ? x : -1;
      if (n <= 0) raise('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
      return n;
    });
  }
  const fromDims = viewDims(m).length;
  if (fromDims !== 1 && (dims === null ? false : dims.length !== 1)) {
    raise('TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  if (!BYTE_FORMATS.has(m.fmt) && !BYTE_FORMATS.has(ch!)) raise('TypeError', 'memoryview: cannot cast between two non-byte formats');
  const size = itemSize(ch!);
  const total = m.b.length;
  if (total % size !== 0) raise('TypeError', 'memoryview: length is not a multiple of itemsize');
  if (dims !== null && dims.reduce((a, b) => a * b, 1) * size !== total) {
    raise('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
  }
  const v = new PyMemoryView(m.obj, m.b);
  v.ro = m.ro;
  v.format = format;
  v.fmt = ch!;
  v.itemsize = size;
  v.shape = dims !== null && !(dims.length === 1) ? dims : null;
  return v;
}
kwParams(castView, 'cast', ['format', 'shape'], 0, true);

function viewContiguous(m: PyMemoryView): boolean {
  return m.step === 1 || m.b.length <= m.itemsize;
}

/**
 * A view of an object of a bundled module that stands for a C type exporting a buffer
 * (array.array): its class's `__memphis_buffer__()` returns a memoryview, already cast to the
 * items' format, of the memory that holds its items, and the new view shares that memory while
 * naming `obj` as its object. Null for other objects.
 */
function exportedView(obj: unknown): PyMemoryView | null {
  const hook = obj !== null && typeof obj === 'object' ? (obj as { $__memphis_buffer__?: unknown }).$__memphis_buffer__ : undefined;
  if (typeof hook !== 'function') return null;
  const m = hook.call(obj);
  if (!(m instanceof PyMemoryView)) return raise('TypeError', '__memphis_buffer__ must return a memoryview');
  const v = new PyMemoryView(obj, m.b);
  v.ro = m.ro;
  v.format = m.format;
  v.fmt = m.fmt;
  v.itemsize = m.itemsize;
  v.shape = m.shape === null ? null : m.shape.slice();
  return v;
}

export const memoryviewType: PyType = builtinType({
  name: 'memoryview',
  proto: PyMemoryView.prototype,
  final: true,
  construct(_cls, pos, kw) {
    if (kw !== null && kw.length) {
      if (kw.length !== 1 || kw[0]![0] !== 'object') raise('TypeError', `memoryview() got an unexpected keyword argument '${kw[0]![0]}'`);
      pos = [kw[0]![1]];
    }
    if (pos.length !== 1) raise('TypeError', `memoryview() takes exactly 1 argument (${pos.length} given)`);
    const obj = pos[0];
    if (!isBytesLike(obj)) {
      const exported = exportedView(obj);
      if (exported !== null) return exported;
      raise('TypeError', `memoryview: a bytes-like object is required, not '${typeNameOf(obj)}'`);
    }
    if (obj instanceof PyMemoryView) return viewSame(obj);
    if (obj instanceof PyByteArray) obj.exports++;
    return new PyMemoryView(obj, null);
  },
  methods: {
    __len__(this: PyMemoryView): number {
      const dims = viewDims(this);
      return dims.length === 0 ? 1 : dims[0]!;
    },
    __getitem__(this: PyMemoryView, i: unknown): unknown {
      const b = this.b;
      if (i instanceof PyTuple) return viewItem(this, flatIndex(this, i));
      if (i instanceof PySlice) {
        const dims = viewDims(this);
        if (dims.length !== 1) raise('NotImplementedError', 'multi-dimensional slicing is not implemented');
        const size = this.itemsize;
        const { start, step, count } = sliceIndices(i, dims[0]!);
        if (step !== 1) {
          const out = new Uint8Array(count * size);
          for (let k = 0, j = start; k < count; k++, j += step) out.set(b.subarray(j * size, (j + 1) * size), k * size);
          const v = viewLike(this, out);
          v.step = this.step * step;
          return v;
        }
        return viewLike(this, b.subarray(start * size, (start + count) * size));
      }
      return viewItem(this, oneDimIndex(this, i));
    },
    __setitem__(this: PyMemoryView, i: unknown, value: unknown): null {
      if (this.obj instanceof PyBytes || this.ro) raise('TypeError', 'cannot modify read-only memory');
      const b = this.b;
      if (i instanceof PyTuple) {
        storeItem(this, flatIndex(this, i), value);
        return null;
      }
      if (i instanceof PySlice) {
        const dims = viewDims(this);
        if (dims.length !== 1) raise('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
        const size = this.itemsize;
        const { start, step, count } = sliceIndices(i, dims[0]!);
        // An array (an exporter of typed memory) is assigned as a view of its items.
        if (!isBytesLike(value)) value = exportedView(value) ?? value;
        const data = needBytes(value);
        if (data.length !== count * size || !sameStructure(this, value)) {
          raise('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
        }
        const copy = data.slice();
        for (let k = 0, j = start; k < count; k++, j += step) b.set(copy.subarray(k * size, (k + 1) * size), j * size);
        return null;
      }
      storeItem(this, oneDimIndex(this, i), value);
      return null;
    },
    __delitem__(this: PyMemoryView): never {
      if (this.obj instanceof PyBytes || this.ro) raise('TypeError', 'cannot modify read-only memory');
      return raise('TypeError', 'cannot delete memory');
    },
    __iter__(this: PyMemoryView): BytesIterator {
      const dims = viewDims(this);
      if (dims.length === 0) raise('TypeError', 'invalid indexing of 0-dim memory');
      if (dims.length > 1) raise('NotImplementedError', 'multi-dimensional sub-views are not implemented');
      return new MemoryIterator(this);
    },
    toreadonly(this: PyMemoryView): PyMemoryView {
      const v = viewSame(this);
      v.ro = true;
      return v;
    },
    cast: castView,
    __eq__(this: PyMemoryView, other: unknown): unknown {
      if (!isBytesLike(other)) other = exportedView(other) ?? other;
      if (!isBytesLike(other)) return NotImplemented;
      if (this.fmt === 'B' && this.shape === null && !(other instanceof PyMemoryView && (other.fmt !== 'B' || other.shape !== null))) {
        return bytesEq(this.b, bytesData(other));
      }
      return viewEquals(this, other);
    },
    __repr__(this: PyMemoryView): string {
      return `<memory at 0x${(0x7f0000000000).toString(16)}>`;
    },
    tobytes(this: PyMemoryView): PyBytes {
      return new PyBytes(this.b.slice());
    },
    tolist(this: PyMemoryView): unknown {
      return viewToList(this);
    },
    hex: kwParams(function hex(this: PyMemoryView, sep?: unknown, bytesPerSep?: unknown, over?: unknown): string {
      if (over !== undefined) wantsAtMost('hex', 2, arguments.length);
      return hexWithSep(this.b, sep, bytesPerSep);
    }, 'hex', ['sep', 'bytes_per_sep'], 0, true),
    release(this: PyMemoryView): null {
      if (!this.released && this.obj instanceof PyByteArray) this.obj.exports--;
      this.released = true;
      return null;
    },
    __enter__(this: PyMemoryView): PyMemoryView {
      return this;
    },
    __exit__(this: PyMemoryView): boolean {
      if (!this.released && this.obj instanceof PyByteArray) this.obj.exports--;
      this.released = true;
      return false;
    },
  },
  getters: {
    nbytes: (m: PyMemoryView) => m.b.length,
    readonly: (m: PyMemoryView) => m.obj instanceof PyBytes || m.ro,
    strides: (m: PyMemoryView) => {
      const dims = viewDims(m);
      if (m.shape === null) return tuple([m.step * m.itemsize]);
      // C order: each dimension steps over everything the later ones hold.
      const out: number[] = [];
      let span = m.itemsize;
      for (let d = dims.length - 1; d >= 0; d--) {
        out.unshift(span);
        span *= dims[d]!;
      }
      return tuple(out);
    },
    suboffsets: () => tuple([]),
    // One dimension: C and Fortran order agree, and a view of at most one item is contiguous.
    c_contiguous: (m: PyMemoryView) => viewContiguous(m),
    f_contiguous: (m: PyMemoryView) => viewContiguous(m),
    contiguous: (m: PyMemoryView) => viewContiguous(m),
    obj: (m: PyMemoryView) => m.obj,
    itemsize: (m: PyMemoryView) => m.itemsize,
    format: (m: PyMemoryView) => m.format,
    ndim: (m: PyMemoryView) => viewDims(m).length,
    shape: (m: PyMemoryView) => tuple(viewDims(m)),
  },
});

// ---------------------------------------------------------------------------------------------
// Iteration

export class BytesIterator {
  private i = 0;
  constructor(private src: { b: Uint8Array } | null) {}

  next(): IteratorResult<number> {
    const src = this.src;
    if (src !== null) {
      const b = src.b;
      if (this.i < b.length) return { value: b[this.i++]!, done: false };
      this.src = null;
    }
    return { value: undefined, done: true } as IteratorResult<number>;
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): number {
    const r = this.next();
    if (r.done) stopIteration();
    return r.value;
  }

  $__iter__(): this {
    return this;
  }
}

/** bytearray's and memoryview's iterators: bytes' under CPython's other names. */
class ByteArrayIterator extends BytesIterator {}
/** A memoryview's items, each read when reached (the memory may change meanwhile). */
class MemoryIterator extends BytesIterator {
  private k = 0;
  constructor(private view: PyMemoryView | null) {
    super(null);
  }

  override next(): IteratorResult<number> {
    const view = this.view;
    if (view !== null) {
      if (this.k < itemCount(view)) return { value: viewItem(view, this.k++) as number, done: false };
      this.view = null;
    }
    return { value: undefined, done: true } as IteratorResult<number>;
  }
}

builtinType({ name: 'bytes_iterator', proto: BytesIterator.prototype, final: true });
builtinType({ name: 'bytearray_iterator', proto: ByteArrayIterator.prototype, final: true });
builtinType({ name: 'memory_iterator', proto: MemoryIterator.prototype, final: true });
markMethods(BytesIterator.prototype);
