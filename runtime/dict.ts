// dict: an insertion-ordered JS Map keyed by a normalised key.
//
// Python's dict finds a key by hash and `==`; a JS Map finds it by SameValueZero. The two agree
// for strs and ints (one representation per value, docs/architecture.md), so those keys are stored
// as themselves and a dict of str keys costs what a Map costs. The other keys are normalised
// first (`normKey`):
//
// - bool and integral float keys become the equal int (`True` → 1, `2.0` → 2), and the key object
//   the dict was first given is remembered in `orig`, so `{True: 1}` prints `{True: 1}` and
//   `{1: 'a', True: 'b'}` prints `{1: 'b'}`, as in CPython, where the first key object stays.
// - keys with value equality (tuples, frozensets, bytes, instances whose class defines `__eq__`)
//   are looked up in a hash-bucket table (`buckets`: low bits of the hash → the canonical key
//   objects with them); the canonical (first-inserted) equal object is the Map key. A bucket
//   holds its one key itself, or a `Collision` list when several share the hash. While every
//   value-equality key a dict has met is a plain tuple of ints, floats, bools, strs, None and such
//   tuples (`fastTupleHash`), the buckets use a cheap hash of our own instead of tuplehash: only
//   lookups depend on it, never the order. Meeting any other value-equality key (which might equal
//   a tuple while hashing like one) rehashes the buckets with the exact hashes for good, and from
//   then on the str and number keys are in the buckets too, so that such an object finds the str
//   or number it equals (`Fraction(1, 2)` finds the key `0.5`, a case-insensitive key finds "apple").
// - other objects (default `object.__eq__`) are their own key: equality is identity.
// - an unhashable key (`__hash__` is None: list, dict, set) raises "unhashable type: 'list'".
//
// Map iteration follows insertion order and keeps an updated key in place, which is dict order.
// Iterators check the size on every step for "dictionary changed size during iteration".

import { unwrapStr } from './strvalue.js';
import { makeExc, raise, throwPy } from './exceptions.js';
import { itemEq, pyHash } from './compare.js';
import { complexHash, PyComplex } from './complex.js';
import { hashLow32, hashTupleLow32, type Hash } from './hash.js';
import { kwParams, markMethods, stopIteration } from './install.js';
import { boundParts, builtinType, hooks, NotImplemented, type KwPairs, type PyType } from './object.js';
import { iter } from './ops.js';
import { isExactArray } from './list.js';
import { PyFloat } from './float.js';
import { unwrapInt } from './int.js';
import { repr, reprEnter, reprLeave } from './repr.js';
import { typeNameOf } from './slice.js';
import { hashesAsTuple, keyEq, newTuple, PyTuple, tuple } from './tuple.js';
import { setFromIterable, isAnySet, PySet } from './set.js';
import { wantsNone, wantsRange } from './arity.js';

/** What `normKey` returns for a value-equality key not in the dict yet. */
type MapKey = unknown;

/** Keys whose `==` is the default `object.__eq__` compare by identity. */
const defaultEq: unknown = (Object.prototype as { $__eq__?: unknown }).$__eq__;

export class PyDict {
  /** normalised key → value */
  m: Map<MapKey, unknown> = new Map();
  /** normalised key → the key object, for keys whose normal form differs from the key */
  orig: Map<MapKey, unknown> | null = null;
  /** hash → canonical key object (or a Collision of them), for keys compared by value */
  buckets: Map<number, unknown> | null = null;
  /** Whether `buckets` is keyed by exact Python hashes rather than fastTupleHash. */
  exactBuckets = false;
  /**
   * The plain tuple key normKey last resolved to an entry (see sameTupleKey), and that entry's Map
   * key: `d[k] = d.get(k, 0) + 1` and `if d.get(k) ...: d[k] = v` look the same key up twice.
   * Dropped when an entry leaves the dict or the buckets change.
   */
  lastKey: PyTuple | null = null;
  lastCanon: MapKey = null;

  get size(): number {
    return this.m.size;
  }

  /** The Python key for Map key `k`. */
  keyOf(k: MapKey): unknown {
    if (this.orig !== null) {
      const o = this.orig.get(k);
      if (o !== undefined) return o;
    }
    return k;
  }

  /** d[key] or undefined. */
  get(key: unknown): unknown {
    if (typeof key === 'string' && this.buckets === null) return this.m.get(key);
    return this.m.get(normKey(this, key, false));
  }

  /** d[key] = value */
  set(key: unknown, value: unknown): void {
    if (typeof key === 'string' && this.buckets === null) {
      this.m.set(key, value);
      return;
    }
    setSlow(this, key, value);
  }

  has(key: unknown): boolean {
    if (typeof key === 'string' && this.buckets === null) return this.m.has(key);
    return this.m.has(normKey(this, key, false));
  }

  /** Delete `key`; false if absent. */
  delete(key: unknown): boolean {
    if (typeof key === 'string' && this.buckets === null) return this.m.delete(key);
    const k = normKey(this, key, false);
    if (!this.m.has(k)) return false;
    this.m.delete(k);
    forget(this, k);
    return true;
  }

  clear(): void {
    this.m.clear();
    this.orig = null;
    this.buckets = null;
    this.exactBuckets = false;
    this.lastKey = null;
  }

  /** The Python keys, in order. */
  *keys(): IterableIterator<unknown> {
    for (const k of this.m.keys()) yield this.keyOf(k);
  }

  /** [key, value] pairs, in order. */
  *entries(): IterableIterator<[unknown, unknown]> {
    for (const [k, v] of this.m) yield [this.keyOf(k), v];
  }

  [Symbol.iterator](): DictIterator {
    return dictIterator(this, KEYS);
  }
}

/** The default `object.__hash__`, which needs no call for a key compared by identity. */
const defaultHash: unknown = (Object.prototype as { $__hash__?: unknown }).$__hash__;

/** Does the str or int subclass instance `key` define an __eq__ or __hash__ of its own over `base`'s? */
function overridesEquality(key: object, base: object): boolean {
  const k = key as { $__eq__?: unknown; $__hash__?: unknown };
  const b = base as { $__eq__?: unknown; $__hash__?: unknown };
  return k.$__eq__ !== b.$__eq__ || k.$__hash__ !== b.$__hash__;
}

/**
 * The Map key for `key`. A value-equality key with no equal key in the dict yet is returned as
 * itself; with `insert`, it also becomes its bucket's canonical key.
 */
export function normKey(d: PyDict, key: unknown, insert: boolean): MapKey {
  switch (typeof key) {
    case 'string':
    case 'number':
    case 'bigint':
      return d.buckets === null ? key : primitiveKey(d, key, insert);
    case 'boolean':
      return d.buckets === null ? (key ? 1 : 0) : primitiveKey(d, key ? 1 : 0, insert);
    case 'undefined':
      return null;
    case 'function':
      // A bound method is made at each read (`d[obj.m]`): it is keyed by value, as it compares.
      if (boundParts(key) === undefined) return key;
      if (!d.exactBuckets) useExactBuckets(d);
      return canonicalKey(d, key, hashLow32(pyHash(key)) & 0x3fffffff, insert);
  }
  if (key === null) return null;
  // An exact tuple (the common value-equality key) has tuple's own __eq__ and __hash__: no
  // need to look them up, nor to test for the number and str wrappers below.
  if ((key as object).constructor === PyTuple) {
    if (!d.exactBuckets) {
      const last = d.lastKey;
      if (last !== null && sameTupleKey(last, key as PyTuple)) return d.lastCanon;
      const h = fastTupleHash(key as PyTuple);
      if (h >= 0) {
        const k = canonicalKey(d, key, h, insert);
        // An equal key found, or this one made the canonical key of its entry (setSlow stores it
        // next); `key` itself when it is only looked up may be absent, and is not remembered.
        if (k !== key || insert) {
          d.lastKey = key as PyTuple;
          d.lastCanon = k;
        }
        return k;
      }
      useExactBuckets(d);
    }
    return canonicalKey(d, key, hashTupleLow32(key as PyTuple, pyHash) & 0x3fffffff, insert);
  }
  // A float subclass's instance is keyed by its value too (any value: only an exact float is
  // boxed for an integral value alone), unless its class brings its own __eq__ or __hash__.
  if (key instanceof PyFloat && (key.constructor === PyFloat || !overridesEquality(key, PyFloat.prototype))) {
    const v = key.v;
    // A NaN equals nothing, not even itself: only the same object finds its entry.
    if (v !== v) return key;
    const n = Number.isSafeInteger(v) ? v + 0 : Number.isInteger(v) ? BigInt(v) : v;
    return d.buckets === null ? n : primitiveKey(d, n, insert);
  }
  if (key instanceof PyComplex) {
    // A complex with no imaginary part is equal to its real part, so it is found under it.
    if (key.im === 0 && key.re === key.re) {
      const re = key.re;
      const n = Number.isSafeInteger(re) ? re + 0 : re % 1 === 0 ? BigInt(re) : re;
      return d.buckets === null ? n : primitiveKey(d, n, insert);
    }
    // An exact complex (a grid position) has complex's own __eq__ and __hash__: no need to look
    // them up, nor to dispatch the hash.
    if (Object.getPrototypeOf(key) === PyComplex.prototype) {
      if (!d.exactBuckets) useExactBuckets(d);
      return canonicalKey(d, key, hashLow32(complexHash(key)) & 0x3fffffff, insert);
    }
  }
  // Instances of str and int subclasses are String / Number wrappers: equal to their value,
  // unless their class brings its own __eq__ or __hash__ (a case-insensitive str, say).
  if (key instanceof String) {
    if (!overridesEquality(key, String.prototype)) return unwrapStr(key);
  } else if (key instanceof Number) {
    if (!overridesEquality(key, Number.prototype)) {
      const n = unwrapInt(key);
      return d.buckets === null ? n : primitiveKey(d, n, insert);
    }
  }
  const eqm = (key as { $__eq__?: unknown }).$__eq__;
  const hm = (key as { $__hash__?: unknown }).$__hash__;
  if (hm === null) return raise('TypeError', `unhashable type: '${typeNameOf(key)}'`);
  if (eqm === undefined || eqm === defaultEq) {
    // Identity equality: the hash is not needed, but a user __hash__ still runs (it may raise).
    if (hm !== defaultHash && hm !== undefined) pyHash(key);
    return key;
  }
  if (!d.exactBuckets) useExactBuckets(d);
  if (hashesAsTuple(key)) return canonicalKey(d, key, hashTupleLow32(key, pyHash) & 0x3fffffff, insert);
  return canonicalKey(d, key, hashLow32(pyHash(key)) & 0x3fffffff, insert);
}

/**
 * The Map key for a str or number `n` in a dict that has value-equality keys: one of them that
 * equals `n` (a `Fraction(3)` key is found by `3`, whose hash it shares), else `n` itself, which
 * `insert` puts in its bucket once the buckets are exact.
 */
function primitiveKey(d: PyDict, n: string | number | bigint, insert: boolean): MapKey {
  // Until the buckets are exact they hold only tuples, which no str or number equals.
  return d.exactBuckets ? canonicalKey(d, n, primitiveBucketHash(n), insert) : n;
}

function primitiveBucketHash(n: string | number | bigint): number {
  return hashLow32(pyHash(n)) & 0x3fffffff;
}

function isPrimitiveKey(k: MapKey): k is string | number | bigint {
  return typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint';
}

/** The canonical key object equal to `key` in bucket `h`, or `key` (which `insert` makes it). */
function canonicalKey(d: PyDict, key: unknown, h: number, insert: boolean): MapKey {
  let buckets = d.buckets;
  if (buckets === null) {
    if (!insert) return key;
    buckets = d.buckets = new Map();
  }
  const bucket = buckets.get(h);
  if (bucket === undefined) {
    if (insert) buckets.set(h, key);
  } else if (bucket instanceof Collision) {
    const keys = bucket.keys;
    for (let i = 0; i < keys.length; i++) {
      const c = keys[i];
      if (c === key || bucketKeyEq(c, key)) return c;
    }
    if (insert) keys.push(key);
  } else {
    if (bucket === key || bucketKeyEq(bucket, key)) return bucket;
    if (insert) buckets.set(h, new Collision([bucket, key]));
  }
  return key;
}

/** keyEq, comparing two exact complex numbers (grid positions) in place. */
function bucketKeyEq(c: unknown, key: unknown): boolean {
  if (c instanceof PyComplex && key instanceof PyComplex
    && Object.getPrototypeOf(c) === PyComplex.prototype && Object.getPrototypeOf(key) === PyComplex.prototype) {
    return c.re === key.re && c.im === key.im;
  }
  return keyEq(c, key);
}

/**
 * Whether exact tuple `key` equals `last`, a tuple fastTupleHash could hash, item for item by
 * identity: items that are `===` are equal in Python too (a plain number, str, bool or None, or
 * the same object, which compares equal to itself as CPython's item comparison does); anything
 * else (1 and True, 1 and 1.0, two equal nested tuples) is left to the hash and the bucket.
 */
function sameTupleKey(last: PyTuple, key: PyTuple): boolean {
  if (last === key) return true;
  const n = last.length;
  if (key.length !== n) return false;
  for (let i = 0; i < n; i++) if (last[i] !== key[i]) return false;
  return true;
}

/** The keys of one bucket whose hashes agree, when there are two or more. */
class Collision {
  constructor(readonly keys: unknown[]) {}
}

/** Rehash `d`'s buckets with exact hashes, from now on: it met a key fastTupleHash cannot hash. */
function useExactBuckets(d: PyDict): void {
  d.exactBuckets = true;
  d.lastKey = null;
  const old = d.buckets;
  d.buckets = new Map<number, unknown>();
  // The keys are unequal to each other: each becomes its new bucket's canonical key.
  const add = (k: unknown): void => void canonicalKey(d, k, exactBucketHash(k), true);
  old?.forEach((b) => {
    if (b instanceof Collision) b.keys.forEach(add);
    else add(b);
  });
  // The str and number keys join them: an object with value equality may equal one of them.
  d.m.forEach((_, k) => {
    if (isPrimitiveKey(k)) canonicalKey(d, k, primitiveBucketHash(k), true);
  });
}

/** fastTupleHash's multiplier: the 32-bit golden ratio, odd, so each step is a bijection. */
const MIX = 0x9e3779b1;
/** What fastTupleHash gives None. */
const NONE_ITEM_HASH = 0x5bd1e995;

/**
 * A cheap bucket hash for a plain tuple whose items are ints, floats, bools, strs, None or such
 * tuples, as 30 bits; -1 for any other tuple. Equal such tuples hash alike: numbers that are
 * equal hash alike (an integral float or a bool as the int it equals, anything else by its exact
 * hash), and a str equals only a str.
 */
function fastTupleHash(items: readonly unknown[]): number {
  let h = items.length;
  for (let i = 0; i < items.length; i++) {
    const v = fastItemHash(items[i]);
    if (v === undefined) return -1;
    h = Math.imul(((h << 7) | (h >>> 25)) ^ v, MIX);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h & 0x3fffffff;
}

/** One item's part of fastTupleHash, an int32; undefined for an item it cannot hash. */
function fastItemHash(x: unknown): number | undefined {
  switch (typeof x) {
    case 'number':
      return (x | 0) === x ? x : hashLow32(pyHash(x)) | 0;
    case 'string':
      return fastStrHash(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'bigint':
      return hashLow32(pyHash(x)) | 0;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (x === null) return NONE_ITEM_HASH;
  if ((x as object).constructor === PyTuple) {
    const h = fastTupleHash(x as PyTuple);
    return h < 0 ? undefined : h;
  }
  // A float subclass may redefine __eq__, so only exact floats are hashed by value.
  if (x instanceof PyFloat && (x as object).constructor === PyFloat) {
    const v = x.v;
    // An integral float must hash as the int it equals, which may be an int32.
    if (Number.isSafeInteger(v)) return (v | 0) === v ? v | 0 : hashLow32(pyHash(v + 0)) | 0;
    return hashLow32(pyHash(x)) | 0;
  }
  return undefined;
}

/** FNV-1a over UTF-16 code units: a str's part of fastTupleHash. */
function fastStrHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * The bucket of a value-equality key: the low 30 bits of its hash (a small int, the cheapest Map
 * key). A dict's order never depends on hashes, only its lookups do, so the bits are enough; a
 * tuple's are computed without the bigint that most 64-bit tuple hashes are. Equal keys have equal
 * hashes, whichever of the two ways computed them.
 */
function exactBucketHash(key: unknown): number {
  if (hashesAsTuple(key)) return hashTupleLow32(key, pyHash) & 0x3fffffff;
  return hashLow32(pyHash(key)) & 0x3fffffff;
}

function setSlow(d: PyDict, key: unknown, value: unknown): void {
  const k = normKey(d, key, true);
  // A key object's normal form that is an object is its bucket's canonical key, already an entry.
  if (k !== key && typeof k !== 'object' && !d.m.has(k)) {
    // A new entry whose Map key differs from the key object: remember the object.
    if (typeof key !== 'undefined') (d.orig ??= new Map()).set(k, key);
  }
  d.m.set(k, value);
}

/** Drop the side records of Map key `k` after it left the dict. */
function forget(d: PyDict, k: MapKey): void {
  d.lastKey = null;
  if (d.orig !== null) d.orig.delete(k);
  if (d.buckets !== null && (typeof k === 'object' ? k !== null : d.exactBuckets && isPrimitiveKey(k))) {
    // Before the buckets are exact, only plain tuples are in them, each under fastTupleHash.
    let h: number;
    if (isPrimitiveKey(k)) h = primitiveBucketHash(k);
    else if (d.exactBuckets) h = exactBucketHash(k);
    else if ((k as object).constructor === PyTuple) h = fastTupleHash(k as PyTuple);
    else return;
    const bucket = d.buckets.get(h);
    if (bucket === k) d.buckets.delete(h);
    else if (bucket instanceof Collision) {
      const keys = bucket.keys;
      const i = keys.indexOf(k);
      if (i >= 0) keys.splice(i, 1);
      if (keys.length === 1) d.buckets.set(h, keys[0]);
    }
  }
}

/** KeyError(key): the exception's argument is the key object itself. */
export function keyError(key: unknown): never {
  return throwPy(makeExc('KeyError', key));
}

// ---------------------------------------------------------------------------------------------
// Construction and update

/** The `dict(flat)` helper: a dict display `{k0: v0, k1: v1}` as `dict([k0, v0, k1, v1])`. */
export function dict(flat: readonly unknown[]): PyDict {
  const d = new PyDict();
  const m = d.m;
  for (let i = 0; i < flat.length; i += 2) {
    const k = flat[i];
    if (typeof k === 'string' && d.buckets === null) m.set(k, flat[i + 1]);
    else setSlow(d, k, flat[i + 1]);
  }
  return d;
}

/** True for objects update() treats as mappings: dicts and anything with a `keys` method. */
export function isMapping(x: unknown): boolean {
  if (x instanceof PyDict) return true;
  return x !== null && typeof x === 'object' && typeof (x as { $keys?: unknown }).$keys === 'function';
}

/**
 * Is `src` (a dict) walked by dict's own iteration? Then its entries are read directly; a subclass
 * with its own __iter__ is read through its keys() and __getitem__ instead, as CPython merges it.
 */
function iteratesAsDict(src: PyDict): boolean {
  return src.constructor === PyDict || (src as { $__iter__?: unknown }).$__iter__ === (PyDict.prototype as { $__iter__?: unknown }).$__iter__;
}

/** A new exact dict with `src`'s entries (`src.copy()`, either side of `|`). */
function copyAsDict(src: PyDict): PyDict {
  if (iteratesAsDict(src)) return dictCopy(src);
  const d = new PyDict();
  updateFromMapping(d, src);
  return d;
}

/** d.update(mapping) for a dict or an object with keys() and __getitem__. */
export function updateFromMapping(d: PyDict, src: unknown): void {
  if (src instanceof PyDict && iteratesAsDict(src)) {
    if (src.orig === null && src.buckets === null && d.orig === null && d.buckets === null) {
      const m = d.m;
      src.m.forEach((v, k) => m.set(k, v));
      return;
    }
    src.m.forEach((v, k) => d.set(src.keyOf(k), v));
    return;
  }
  const o = src as { $keys: () => unknown; $__getitem__?: (k: unknown) => unknown };
  const keys = o.$keys();
  for (const k of iter(keys)) {
    const get = o.$__getitem__;
    if (typeof get !== 'function') raise('TypeError', `'${typeNameOf(src)}' object is not subscriptable`);
    d.set(k, get.call(src, k));
  }
}

/** d.update(iterable of pairs): CPython's messages for elements that are not pairs. */
export function updateFromPairs(d: PyDict, src: unknown): void {
  let i = 0;
  for (const item of iter(src)) {
    let pair: ArrayLike<unknown>;
    // Only an exact list or tuple is read directly (PySequence_Fast); a subclass may override __iter__.
    if (isExactArray(item)) pair = item;
    else if (typeof item === 'string') pair = Array.from(item);
    else {
      try {
        pair = Array.from(iter(item) as Iterable<unknown>);
      } catch (e) {
        if (isTypeErrorNotIterable(item)) {
          raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      }
    }
    if (pair.length !== 2) {
      raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    d.set(pair[0], pair[1]);
    i++;
  }
}

function isTypeErrorNotIterable(item: unknown): boolean {
  if (item === null || typeof item !== 'object') return true;
  const o = item as { $__iter__?: unknown; $__getitem__?: unknown };
  return typeof o.$__iter__ !== 'function' && typeof o.$__getitem__ !== 'function';
}

/** The `dictMerge(d, m)` helper: `{**m}` (TypeError "'int' object is not a mapping"). */
export function dictMerge(d: PyDict, mapping: unknown): void {
  if (!isMapping(mapping)) raise('TypeError', `'${typeNameOf(mapping)}' object is not a mapping`);
  updateFromMapping(d, mapping);
}

function updateImpl(d: PyDict, arg: unknown, kw: KwPairs | null): void {
  if (arg !== undefined) {
    if (isMapping(arg)) updateFromMapping(d, arg);
    else updateFromPairs(d, arg);
  }
  if (kw !== null) for (const [k, v] of kw) d.set(k, v);
}

/** dict.fromkeys(iterable, value=None) */
export function dictFromkeys(iterable: unknown, value: unknown = null): PyDict {
  const d = new PyDict();
  for (const k of iter(iterable)) d.set(k, value);
  return d;
}

/** A shallow copy. */
export function dictCopy(src: PyDict): PyDict {
  const d = new PyDict();
  d.m = new Map(src.m);
  if (src.orig !== null) d.orig = new Map(src.orig);
  d.exactBuckets = src.exactBuckets;
  if (src.buckets !== null) {
    const buckets = (d.buckets = new Map<number, unknown>());
    src.buckets.forEach((b, h) => buckets.set(h, b instanceof Collision ? new Collision(b.keys.slice()) : b));
  }
  return d;
}

/**
 * `a == b` for two dicts. Without value-equality keys in `a`, each of its Map keys is its own
 * normal form (normKey) and is looked up in `b`'s Map as it is, from one `forEach` over `a`: it
 * makes no iterator or result objects, and its small body is what V8 compiles quickly. Walking
 * both dicts' iterators at once instead (no lookups while their keys agree) cost 20% of a JSON
 * round trip's instructions more, most of it in optimising the larger code (callgrind).
 */
function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a === b) return true;
  const am = a.m;
  const bm = b.m;
  if (am.size !== bm.size) return false;
  if (a.buckets !== null || b.buckets !== null) return dictEqualsByKeyObject(a, b);
  // The callback is one function for every call, with `bm` as its `this`, not a closure made
  // per call (a JSON round trip's `==` made 7,000 closures and contexts). Whether the dicts agree
  // so far is kept in `equalsSoFar`, which is true whenever a comparison starts, and so also
  // where an exception leaves one (compareEntry compares only while it is true).
  equalsSoFar = true;
  am.forEach(compareEntry, bm);
  const equal = equalsSoFar;
  equalsSoFar = true;
  return equal;
}

let equalsSoFar = true;

function compareEntry(this: Map<MapKey, unknown>, v: unknown, k: MapKey): void {
  if (!equalsSoFar) return;
  const w = this.get(k);
  if (w === undefined || (v !== w && !valueEq(v, w))) equalsSoFar = false;
}

/** dictEquals where `a` has value-equality keys: each is looked up in `b` by its key object. */
function dictEqualsByKeyObject(a: PyDict, b: PyDict): boolean {
  const am = a.m;
  // The keys are walked and each value read with `get`: a `for (const [k, v] of m)` loop
  // allocates an entry array per item (V8 11), which costs more than the second lookup.
  for (const k of am.keys()) {
    const w = b.get(a.keyOf(k));
    if (w === undefined) return false;
    const v = am.get(k);
    if (v !== w && !valueEq(v, w)) return false;
  }
  return true;
}

/**
 * `v == w` for two values of dicts being compared: plain dicts and lists nested in them and
 * integral floats (a JSON document) are compared here, without the dispatch of `==`; anything
 * else through `itemEq`.
 */
function valueEq(v: unknown, w: unknown): boolean {
  if (v === w) return true;
  if (typeof v !== 'object' || typeof w !== 'object' || v === null || w === null) return itemEq(v, w);
  if (v.constructor === PyDict && w.constructor === PyDict) return dictEquals(v as PyDict, w as PyDict);
  // Two integral floats (a decoded document's `2.0` against the original's): a nan box is only
  // equal to itself, which `v === w` answered.
  if (v.constructor === PyFloat && w.constructor === PyFloat) {
    return (v as PyFloat).v === (w as PyFloat).v;
  }
  if (Array.isArray(v) && Array.isArray(w) && v.constructor === Array && w.constructor === Array) {
    if (v.length !== w.length) return false;
    for (let i = 0; i < v.length; i++) if (!valueEq(v[i], w[i])) return false;
    return true;
  }
  return itemEq(v, w);
}

// ---------------------------------------------------------------------------------------------
// Methods

function getItem(this: PyDict, key: unknown): unknown {
  const v = typeof key === 'string' && this.buckets === null ? this.m.get(key) : this.m.get(normKey(this, key, false));
  if (v !== undefined) return v;
  const missing = (this as { $__missing__?: (k: unknown) => unknown }).$__missing__;
  if (typeof missing === 'function') return missing.call(this, key);
  return keyError(key);
}

const dictMethods = {
  __getitem__: getItem,

  __setitem__(this: PyDict, key: unknown, value: unknown): null {
    if (typeof key === 'string' && this.buckets === null) this.m.set(key, value);
    else setSlow(this, key, value);
    return null;
  },

  __delitem__(this: PyDict, key: unknown): null {
    if (!this.delete(key)) keyError(key);
    return null;
  },

  __contains__(this: PyDict, key: unknown): boolean {
    if (typeof key === 'string' && this.buckets === null) return this.m.has(key);
    return this.m.has(normKey(this, key, false));
  },

  __len__(this: PyDict): number {
    return this.m.size;
  },

  __iter__(this: PyDict): DictIterator {
    return dictIterator(this, KEYS);
  },

  __reversed__(this: PyDict): DictIterator {
    return dictIterator(this, KEYS, true);
  },

  __repr__(this: PyDict): string {
    if (this.m.size === 0) return '{}';
    if (reprEnter(this)) return '{...}';
    try {
      let s = '{';
      let first = true;
      for (const [k, v] of this.m) {
        if (!first) s += ', ';
        first = false;
        s += repr(this.keyOf(k)) + ': ' + repr(v);
      }
      return s + '}';
    } finally {
      reprLeave(this);
    }
  },

  __eq__(this: PyDict, other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    return dictEquals(this, other);
  },

  __ne__(this: PyDict, other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    return !dictEquals(this, other);
  },

  __or__(this: PyDict, other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = copyAsDict(this);
    updateFromMapping(d, other);
    return d;
  },

  __ror__(this: PyDict, other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = copyAsDict(other);
    updateFromMapping(d, this);
    return d;
  },

  __ior__(this: PyDict, other: unknown): unknown {
    updateImpl(this, other, null);
    return this;
  },

  get(this: PyDict, key: unknown, dflt?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsRange('get', 1, 2, arguments.length);
    const v = typeof key === 'string' && this.buckets === null ? this.m.get(key) : this.m.get(normKey(this, key, false));
    if (v !== undefined) return v;
    if (key === undefined) wantsRange('get', 1, 2, 0);
    return dflt === undefined ? null : dflt;
  },

  setdefault(this: PyDict, key: unknown, dflt: unknown = null, over?: unknown): unknown {
    if (key === undefined || over !== undefined) wantsRange('setdefault', 1, 2, arguments.length);
    const v = this.get(key);
    if (v !== undefined) return v;
    this.set(key, dflt);
    return dflt;
  },

  pop(this: PyDict, key: unknown, dflt?: unknown, over?: unknown): unknown {
    if (key === undefined || over !== undefined) wantsRange('pop', 1, 2, arguments.length);
    const k = typeof key === 'string' && this.buckets === null ? key : normKey(this, key, false);
    const v = this.m.get(k);
    if (v === undefined) {
      if (dflt !== undefined) return dflt;
      return keyError(key);
    }
    this.m.delete(k);
    if (typeof k !== 'string' || this.buckets !== null) forget(this, k);
    return v;
  },

  popitem(this: PyDict, over?: unknown): PyTuple {
    if (over !== undefined) wantsNone('dict.popitem', arguments.length);
    if (this.m.size === 0) keyError('popitem(): dictionary is empty');
    let last: MapKey;
    // Map has no "last entry" accessor: walk to the end (popitem is LIFO).
    for (const k of this.m.keys()) last = k;
    const v = this.m.get(last);
    const key = this.keyOf(last);
    this.m.delete(last);
    if (typeof last !== 'string' || this.buckets !== null) forget(this, last);
    return tuple([key, v]);
  },

  keys(this: PyDict, over?: unknown): DictKeys {
    if (over !== undefined) wantsNone('dict.keys', arguments.length);
    return new DictKeys(this);
  },

  values(this: PyDict, over?: unknown): DictValues {
    if (over !== undefined) wantsNone('dict.values', arguments.length);
    return new DictValues(this);
  },

  items(this: PyDict, over?: unknown): DictItems {
    if (over !== undefined) wantsNone('dict.items', arguments.length);
    return new DictItems(this);
  },

  update(this: PyDict, arg?: unknown, over?: unknown): null {
    if (over !== undefined) wantsRange('update', 0, 1, arguments.length);
    updateImpl(this, arg, null);
    return null;
  },

  copy(this: PyDict, over?: unknown): PyDict {
    if (over !== undefined) wantsNone('dict.copy', arguments.length);
    return copyAsDict(this);
  },

  clear(this: PyDict, over?: unknown): null {
    if (over !== undefined) wantsNone('dict.clear', arguments.length);
    this.clear();
    return null;
  },
};

(dictMethods.update as unknown as { $kw: unknown }).$kw = function (
  this: PyDict,
  pos: unknown[],
  kw: KwPairs | null,
): null {
  if (pos.length > 1) raise('TypeError', `update expected at most 1 argument, got ${pos.length}`);
  updateImpl(this, pos[0], kw);
  return null;
};
kwParams(dictMethods.get, 'get', ['key', 'default'], 2);
kwParams(dictMethods.pop, 'pop', ['key', 'default'], 2);
kwParams(dictMethods.setdefault, 'setdefault', ['key', 'default'], 2);

/** `dict(...)`: a positional mapping or iterable of pairs, then keyword arguments. */
function dictConstruct(cls: PyType, pos: unknown[], kw: KwPairs | null): PyDict {
  if (pos.length > 1) raise('TypeError', `dict expected at most 1 argument, got ${pos.length}`);
  const d = cls === dictType ? new PyDict() : (Object.setPrototypeOf(new PyDict(), cls.prototype) as PyDict);
  updateImpl(d, pos[0], kw);
  return d;
}

export const dictType: PyType = builtinType({
  name: 'dict',
  proto: PyDict.prototype,
  construct: dictConstruct,
  new(cls) {
    return cls === dictType ? new PyDict() : Object.setPrototypeOf(new PyDict(), cls.prototype);
  },
  methods: {
    ...dictMethods,
    __init__(this: PyDict, ...pos: unknown[]): null {
      if (pos.length > 1) raise('TypeError', `dict expected at most 1 argument, got ${pos.length}`);
      updateImpl(this, pos[0], null);
      return null;
    },
  },
  classmethods: {
    fromkeys(cls: PyType, iterable: unknown, value: unknown = null, over?: unknown): unknown {
      if (iterable === undefined || over !== undefined) wantsRange('fromkeys', 1, 2, arguments.length - 1);
      if (cls === dictType) return dictFromkeys(iterable, value);
      const d = cls() as { $__setitem__(k: unknown, v: unknown): unknown };
      for (const k of iter(iterable)) d.$__setitem__(k, value);
      return d;
    },
  },
});
Object.defineProperty(PyDict.prototype, '$__hash__', { value: null, writable: true, configurable: true });
(dictType.prototype.$__init__ as { $kw: unknown }).$kw = function (
  this: PyDict,
  pos: unknown[],
  kw: KwPairs | null,
): null {
  if (pos.length > 1) raise('TypeError', `dict expected at most 1 argument, got ${pos.length}`);
  updateImpl(this, pos[0], kw);
  return null;
};
hooks.dict = (pairs: [unknown, unknown][]): unknown => {
  const d = new PyDict();
  for (const [k, v] of pairs) d.set(k, v);
  return d;
};

// ---------------------------------------------------------------------------------------------
// Iterators and views

const KEYS = 0;
const VALUES = 1;
const ITEMS = 2;
type Kind = typeof KEYS | typeof VALUES | typeof ITEMS;

/** iter(d), iter(d.values()), iter(d.items()): raise if the dict changes size meanwhile. */
export class DictIterator {
  /** keys(), values() or entries() of the Map, per kind. */
  private it: Iterator<unknown> | null;
  private size: number;
  /**
   * Items still expected. A key deleted and added again goes to the end of the Map and would be
   * walked again while the size stays the same; CPython counts down instead and stops there.
   */
  private left: number;

  constructor(
    private d: PyDict,
    private kind: Kind,
    private readonly reverse = false,
  ) {
    this.size = this.left = d.m.size;
    const m = d.m;
    if (reverse) {
      const src = kind === KEYS ? [...m.keys()] : kind === VALUES ? [...m.values()] : [...m.entries()];
      this.it = src.reverse()[Symbol.iterator]();
    } else {
      // Items walk the keys and read each value (see dictEquals): no entry array per item.
      this.it = kind === VALUES ? m.values() : m.keys();
    }
  }

  next(): IteratorResult<unknown> {
    const it = this.it;
    if (it === null) return { value: undefined, done: true };
    const d = this.d;
    if (d.m.size !== this.size) {
      this.size = -1;
      raise('RuntimeError', 'dictionary changed size during iteration');
    }
    const r = it.next();
    if (r.done) {
      this.it = null;
      return r;
    }
    if (--this.left < 0) {
      this.it = null;
      raise('RuntimeError', 'dictionary keys changed during iteration');
    }
    switch (this.kind) {
      case KEYS:
        return d.orig === null ? r : { value: d.keyOf(r.value), done: false };
      case VALUES:
        return r;
      default: {
        const t = newTuple(2);
        if (this.reverse) {
          const [k, v] = r.value as [MapKey, unknown];
          t[0] = d.keyOf(k);
          t[1] = v;
        } else {
          const k = r.value as MapKey;
          t[0] = d.keyOf(k);
          t[1] = d.m.get(k);
        }
        return { value: t, done: false };
      }
    }
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): unknown {
    const r = this.next();
    if (r.done) stopIteration();
    return r.value;
  }

  $__iter__(): this {
    return this;
  }

  $__length_hint__(): number {
    return this.it === null || this.d.m.size !== this.size ? 0 : this.left;
  }
}

abstract class DictView {
  constructor(readonly d: PyDict) {}

  $__len__(): number {
    return this.d.m.size;
  }

  abstract kind(): Kind;

  [Symbol.iterator](): DictIterator {
    return dictIterator(this.d, this.kind());
  }

  $__iter__(): DictIterator {
    return dictIterator(this.d, this.kind());
  }

  $__reversed__(): DictIterator {
    return dictIterator(this.d, this.kind(), true);
  }

  $__repr__(): string {
    const name = ['dict_keys', 'dict_values', 'dict_items'][this.kind()]!;
    if (reprEnter(this)) return '...';
    try {
      const parts: string[] = [];
      for (const x of this) parts.push(repr(x));
      return `${name}([${parts.join(', ')}])`;
    } finally {
      reprLeave(this);
    }
  }
}

/** The set operations shared by keys and items views: results are sets. */
abstract class SetLikeView extends DictView {
  abstract $__contains__(x: unknown): boolean;

  $__eq__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return this.d.m.size === lenOf(other) && allIn(this, other);
  }

  $__ne__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return !(this.d.m.size === lenOf(other) && allIn(this, other));
  }

  $__le__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return this.d.m.size <= lenOf(other) && allIn(this, other);
  }

  $__lt__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return this.d.m.size < lenOf(other) && allIn(this, other);
  }

  $__ge__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return this.d.m.size >= lenOf(other) && allIn(other, this);
  }

  $__gt__(other: unknown): unknown {
    if (!isSetLike(other)) return NotImplemented;
    return this.d.m.size > lenOf(other) && allIn(other, this);
  }

  $__and__(other: unknown): unknown {
    return viewIntersection(this, other);
  }

  $__rand__(other: unknown): unknown {
    return viewIntersection(this, other);
  }

  $__or__(other: unknown): unknown {
    const s = setFromIterable(this) as unknown as SetOps;
    return s.$update(other), s;
  }

  $__ror__(other: unknown): unknown {
    const s = setFromIterable(other) as unknown as SetOps;
    return s.$update(this), s;
  }

  $__sub__(other: unknown): unknown {
    const s = setFromIterable(this) as unknown as SetOps;
    return s.$difference_update(other), s;
  }

  $__rsub__(other: unknown): unknown {
    const s = setFromIterable(other) as unknown as SetOps;
    return s.$difference_update(this), s;
  }

  $__xor__(other: unknown): unknown {
    const s = setFromIterable(this) as unknown as SetOps;
    return s.$symmetric_difference_update(other), s;
  }

  $__rxor__(other: unknown): unknown {
    const s = setFromIterable(other) as unknown as SetOps;
    return s.$symmetric_difference_update(this), s;
  }

  $isdisjoint(other: unknown): boolean {
    for (const x of iter(other)) if (this.$__contains__(x)) return false;
    return true;
  }
}

/**
 * `view & other` and `other & view`, in CPython's order: with a set at least as large, the set's
 * intersection with the view (the elements come from the view); else the elements of the other
 * operand (or of the smaller of two views) that the view contains.
 */
function viewIntersection(view: SetLikeView, other: unknown): unknown {
  const size = view.d.m.size;
  if (other instanceof PySet && other.constructor === PySet && size <= lenOf(other)) {
    return (other as unknown as { $intersection(x: unknown): unknown }).$intersection(view);
  }
  let probe = view;
  let source = other;
  if (other instanceof SetLikeView && other.d.m.size > size) {
    probe = other;
    source = view;
  }
  const out = setFromIterable([]) as unknown as { $add(x: unknown): unknown };
  for (const x of iter(source)) if (probe.$__contains__(x)) out.$add(x);
  return out;
}

/** The in-place set methods (set.ts installs them on PySet.prototype). */
interface SetOps {
  $update(x: unknown): unknown;
  $intersection_update(x: unknown): unknown;
  $difference_update(x: unknown): unknown;
  $symmetric_difference_update(x: unknown): unknown;
}

function isSetLike(x: unknown): boolean {
  return x instanceof SetLikeView || isAnySet(x);
}

function lenOf(x: unknown): number {
  return (x as { $__len__(): number }).$__len__();
}

/** Every item of `a` is in `b`. */
function allIn(a: unknown, b: unknown): boolean {
  const contains = (b as { $__contains__(x: unknown): boolean }).$__contains__;
  for (const x of iter(a)) if (!contains.call(b, x)) return false;
  return true;
}

export class DictKeys extends SetLikeView {
  kind(): Kind {
    return KEYS;
  }

  $__contains__(x: unknown): boolean {
    return this.d.has(x);
  }
}

export class DictValues extends DictView {
  kind(): Kind {
    return VALUES;
  }

  $__contains__(x: unknown): boolean {
    for (const v of this.d.m.values()) if (itemEq(v, x)) return true;
    return false;
  }
}

export class DictItems extends SetLikeView {
  kind(): Kind {
    return ITEMS;
  }

  $__contains__(x: unknown): boolean {
    if (!(x instanceof PyTuple) || x.length !== 2) return false;
    const v = this.d.get(x[0]);
    return v !== undefined && itemEq(v, x[1]);
  }
}

// Views are unhashable; iterators hash by identity.
for (const cls of [DictKeys, DictValues, DictItems]) {
  Object.defineProperty(cls.prototype, '$__hash__', { value: null, writable: true, configurable: true });
}

// One class per kind and direction, each under CPython's name for it; they share DictIterator's code.
class DictValueIterator extends DictIterator {}
class DictItemIterator extends DictIterator {}
class DictReverseKeyIterator extends DictIterator {}
class DictReverseValueIterator extends DictIterator {}
class DictReverseItemIterator extends DictIterator {}
const DICT_ITERATORS = [
  [DictIterator, DictReverseKeyIterator],
  [DictValueIterator, DictReverseValueIterator],
  [DictItemIterator, DictReverseItemIterator],
] as const;

/** An iterator over `d`'s keys, values or items, forwards or reversed. */
function dictIterator(d: PyDict, kind: Kind, reverse = false): DictIterator {
  return new DICT_ITERATORS[kind][reverse ? 1 : 0](d, kind, reverse);
}

builtinType({ name: 'dict_keyiterator', proto: DictIterator.prototype, final: true });
builtinType({ name: 'dict_valueiterator', proto: DictValueIterator.prototype, final: true });
builtinType({ name: 'dict_itemiterator', proto: DictItemIterator.prototype, final: true });
builtinType({ name: 'dict_reversekeyiterator', proto: DictReverseKeyIterator.prototype, final: true });
builtinType({ name: 'dict_reversevalueiterator', proto: DictReverseValueIterator.prototype, final: true });
builtinType({ name: 'dict_reverseitemiterator', proto: DictReverseItemIterator.prototype, final: true });
builtinType({ name: 'dict_keys', proto: DictKeys.prototype, final: true });
builtinType({ name: 'dict_values', proto: DictValues.prototype, final: true });
builtinType({ name: 'dict_items', proto: DictItems.prototype, final: true });
for (const p of [DictIterator.prototype, DictView.prototype, SetLikeView.prototype, DictKeys.prototype, DictValues.prototype, DictItems.prototype]) {
  markMethods(p);
}
