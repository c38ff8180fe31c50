// Item comparisons for containers: the `==` and `<` that list.index, `in`, sort, dict lookups and
// sequence comparisons apply to their elements.
//
// CPython compares container items with PyObject_RichCompare after an identity shortcut
// (`x is y` implies equal, which is why `[nan] == [nan]` holds for one nan object). The fast paths
// here cover the primitives generated code produces, so comparing lists of ints or strs never
// leaves this file; everything else goes through the operator dispatch in ops.ts.

import { raise } from './exceptions.js';
import { HASH_NONE, hashFloat, hashInt, hashStr, type Hash } from './hash.js';
import { eq, ge, gt, le, lt, truthy } from './ops.js';
import { typeNameOf } from './slice.js';
import { boundParts, isClass, typeOf } from './object.js';

/** `a == b` as a JS boolean, with CPython's identity shortcut. */
export function itemEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const ta = typeof a;
  // NaN: one float value is one object here, so a nan is identical to itself.
  if (ta === 'number' && a !== a) return b !== b && typeof b === 'number';
  if (ta === typeof b && (ta === 'string' || ta === 'number' || ta === 'bigint' || ta === 'boolean')) {
    return false;
  }
  return truthy(eq(a, b));
}

/** `a < b` as a JS boolean (TypeError "'<' not supported between ..." for unordered types). */
export function itemLt(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
  return truthy(lt(a, b));
}

/**
 * `a < b` for strs: code point order. JS `<` compares UTF-16 code units, which agrees except where
 * the first difference puts a surrogate (U+D800..U+DFFF) against a unit at or above U+E000.
 */
export function strLt(a: string, b: string): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // A surrogate that is half of a pair stands for a code point above every BMP one; a lone
      // surrogate is its own code point.
      const xs = x >= 0xd800 && x <= 0xdfff && inPair(a, i);
      const ys = y >= 0xd800 && y <= 0xdfff && inPair(b, i);
      if (xs !== ys) return ys;
      return x < y;
    }
  }
  return a.length < b.length;
}

/** Whether the surrogate at `i` of `s` is one half of a surrogate pair. */
function inPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xdc00) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  return prev >= 0xd800 && prev < 0xdc00;
}

/** Three-way code point comparison of two strs. */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  return strLt(a, b) ? -1 : 1;
}

/**
 * Lexicographic comparison of two sequences as CPython's list_richcompare does it: find the
 * first index where the items differ (by ==), then compare lengths or those two items with `op`.
 */
export function seqCompare(
  a: ArrayLike<unknown>,
  b: ArrayLike<unknown>,
  op: 'lt' | 'le' | 'gt' | 'ge',
): boolean {
  const na = a.length;
  const nb = b.length;
  let i = 0;
  while (i < na && i < nb && itemEq(a[i], b[i])) i++;
  if (i >= na || i >= nb) {
    switch (op) {
      case 'lt':
        return na < nb;
      case 'le':
        return na <= nb;
      case 'gt':
        return na > nb;
      case 'ge':
        return na >= nb;
    }
  }
  const x = a[i];
  const y = b[i];
  switch (op) {
    case 'lt':
      return itemLt(x, y);
    case 'le':
      return itemLe(x, y);
    case 'gt':
      if (typeof x === 'number' && typeof y === 'number') return x > y;
      if (typeof x === 'string' && typeof y === 'string') return strLt(y, x);
      return truthy(gt(x, y));
    case 'ge':
      if (typeof x === 'number' && typeof y === 'number') return x >= y;
      if (typeof x === 'string' && typeof y === 'string') return x === y || strLt(y, x);
      return truthy(ge(x, y));
  }
}

function itemLe(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (typeof a === 'string' && typeof b === 'string') return a === b || strLt(a, b);
  return truthy(le(a, b));
}

/** Sequence equality: same length and items equal pairwise. */
export function seqEq(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let i = 0; i < n; i++) if (!itemEq(a[i], b[i])) return false;
  return true;
}

/**
 * Tuple equality. Unlike lists (and seqEq), tuple.__eq__ has no early exit on a length mismatch:
 * it walks the common prefix first, so the items' own `__eq__` run (and may raise) before the
 * lengths decide.
 */
export function tupleEq(a: ArrayLike<unknown>, b: ArrayLike<unknown>): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) if (!itemEq(a[i], b[i])) return false;
  return a.length === b.length;
}

// ---------------------------------------------------------------------------------------------
// Hashing

/** Identity hashes for objects that hash by address (object.__hash__). */
const identityHashes = new WeakMap<object, number>();
let nextIdentityHash = 0x1c0de;

/** A stable per-object hash, like CPython's address-based default. */
export function identityHash(obj: object): number {
  let h = identityHashes.get(obj);
  if (h === undefined) {
    h = nextIdentityHash;
    nextIdentityHash += 16;
    identityHashes.set(obj, h);
  }
  return h;
}

/**
 * hash(x) for any value: primitives by hash.ts, objects by their `__hash__` (None there means
 * unhashable, as `list.__hash__` is), objects without one by identity.
 */
export function pyHash(x: unknown): Hash {
  switch (typeof x) {
    case 'string':
      return hashStr(x);
    case 'number':
      return Number.isInteger(x) ? (x === -1 ? -2 : x) : hashFloat(x);
    case 'bigint':
      return hashInt(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'undefined':
      return HASH_NONE;
  }
  if (x === null) return HASH_NONE;
  // A bound method is made at each attribute read: it hashes by its object's identity and its
  // function (meth_hash), as it compares.
  const bound = boundParts(x);
  if (bound !== undefined) {
    const self = bound[0];
    const selfHash = typeof self === 'object' && self !== null || typeof self === 'function' ? identityHash(self as object) : pyHash(self);
    const funcHash = pyHash(bound[1]);
    const h = typeof selfHash === 'number' && typeof funcHash === 'number' && (selfHash | 0) === selfHash && (funcHash | 0) === funcHash
      ? selfHash ^ funcHash : Number(BigInt.asIntN(52, BigInt(selfHash) ^ BigInt(funcHash)));
    return h === -1 ? -2 : h;
  }
  // A class hashes by its metaclass (type: by identity), not by the __hash__ its instances use.
  const m = typeof x === 'function' && isClass(x) ? (typeOf(x).prototype as { $__hash__?: unknown }).$__hash__ : (x as { $__hash__?: unknown }).$__hash__;
  if (typeof m === 'function') {
    const h = m.call(x);
    if (typeof h === 'number' && Number.isInteger(h)) return h === -1 ? -2 : h;
    if (typeof h === 'bigint') {
      // A Py_hash_t as it is; a larger int is hashed again (slot_tp_hash).
      if (h >= -9223372036854775808n && h <= 9223372036854775807n) return h === -1n ? -2 : h;
      return hashInt(h);
    }
    if (typeof h === 'boolean') return h ? 1 : 0;
    return raise('TypeError', '__hash__ method should return an integer');
  }
  if (m === null) return raise('TypeError', `unhashable type: '${typeNameOf(x)}'`);
  return identityHash(x as object);
}

/** Three-way comparison of byte strings (memcmp, then lengths). */
export function seqCompareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
