// list: a plain JS Array with Python's methods on Array.prototype.
//
// `xs.append(1)` compiles to `xs.$append(1)`, a monomorphic property call V8 inlines, and
// `xs[i]` to `getitem(xs, i)`, whose array fast path ends in `$__getitem__` here. Tuples are
// arrays too (runtime/tuple.ts), so every method that must not apply to a tuple is shadowed on
// PyTuple.prototype; methods here may assume their receiver is a list unless they say otherwise.
//
// Sorting follows list.sort's contract (Objects/listobject.c): stable, `key` called once per item,
// `reverse` keeps equal items in their original order, and items compared with `<` only, so
// mixing str and int raises CPython's TypeError from the first comparison that needs it.

import { raise, toPy, TypeError as TypeErrorType } from './exceptions.js';
import { itemEq, itemLt, seqCompare, seqEq, strLt } from './compare.js';
import { defineHidden, invalidKeyword, markMethods, stopIteration } from './install.js';
import { builtinType, isInstance, NotImplemented, type PyType, type KwPairs } from './object.js';
import { iter } from './ops.js';
import { callable } from './function.js';
import { repr, reprEnter, reprLeave } from './repr.js';
import { PySlice, sliceBounds, sliceIndices, toIndex, toSsize, toSsizeArg, typeNameOf } from './slice.js';
import { PyFloat } from './float.js';
import { PyTuple } from './tuple.js';
import { wantsAtMost, wantsNone, wantsOne, wantsRange } from './arity.js';

type List = unknown[];

/** True for a list (an array that is not a tuple). */
export function isList(x: unknown): x is List {
  return Array.isArray(x) && !(x instanceof PyTuple);
}

/**
 * An exact list or tuple, whose items are its iteration: a subclass's prototype defines its own
 * `constructor`, and the subclass may override __iter__.
 */
export function isExactArray(x: unknown): x is List {
  return Array.isArray(x) && (x.constructor === Array || x.constructor === PyTuple);
}

/** The items of any Python iterable as a fresh JS array. */
export function toList(x: unknown): List {
  // Only an exact list or tuple is copied directly (CPython's list_extend): a subclass's
  // __iter__ may be overridden.
  if (isExactArray(x)) return x.slice();
  if (typeof x === 'string') return Array.from(x);
  const out: List = [];
  for (const v of iter(x)) out.push(v);
  return out;
}

/** The items of any Python iterable as an array; arrays are returned as they are (do not mutate). */
export function asArray(x: unknown): ArrayLike<unknown> {
  if (isExactArray(x)) return x;
  return toList(x);
}

/** Resolve an index the way list_subscript does (negative from the end). */
function indexMessage(t: string): string {
  return `list indices must be integers or slices, not ${t}`;
}

/** An index into a sequence of `n` items, or -1 when out of range (before raising). */
export function normIndex(i: unknown, n: number, message: (t: string) => string): number {
  let j: number;
  if (typeof i === 'number' && Number.isInteger(i)) j = i;
  else j = toSsize(i, message);
  if (j < 0) j += n;
  return j >= 0 && j < n ? j : -1;
}

/** A slice of an array-like as a new JS array. */
export function sliceArray(a: ArrayLike<unknown>, s: PySlice): List {
  return sliceParts(a, s.start, s.stop, s.step);
}

/** `a[lower:upper:step]` (each part null when omitted) as a new JS array. */
export function sliceParts(a: ArrayLike<unknown>, lower: unknown, upper: unknown, stepPart: unknown): List {
  const { start, step, count } = sliceBounds(lower, upper, stepPart, a.length);
  if (step === 1) return Array.prototype.slice.call(a, start, start + count);
  // Pushed, not preallocated: `new Array(n)` makes a holey array, slower for all later uses.
  const out: List = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(a[j]);
  return out;
}

/** Clamp `start` / `stop` arguments of index() and count()-like methods (PySlice-style). */
export function clampRange(v: unknown, n: number, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  let i = typeof v === 'number' && Number.isInteger(v) ? v : Number(toIndex(v, sliceIndexMsg));
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  return i;
}

function sliceIndexMsg(): string {
  return 'slice indices must be integers or have an __index__ method';
}

/** The `n` in `seq * n` (TypeError "can't multiply sequence by non-int of type 'float'"). */
export function repeatCount(n: unknown): number | null {
  if (typeof n === 'number') {
    if (Number.isInteger(n)) return n;
    return null;
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    // Past a C ssize_t either way the count does not fit; inside, a positive one is too many.
    if (n < -(2n ** 63n) || n >= 2n ** 63n) return raise('OverflowError', 'cannot fit \'int\' into an index-sized integer');
    return n <= 0n ? 0 : Number.MAX_SAFE_INTEGER;
  }
  if (n !== null && typeof n === 'object' && typeof (n as { $__index__?: unknown }).$__index__ === 'function') {
    return toSsize(n);
  }
  return null;
}

/**
 * What `seq * x` does when `x` is not an int: give the other operand's `__rmul__` a chance when
 * it is a user object, else CPython's sq_repeat TypeError.
 */
export function repeatFallback(x: unknown): unknown {
  if (typeof x === 'object' && x !== null && !(x instanceof PyFloat) && !Array.isArray(x) &&
    typeof (x as { $__rmul__?: unknown }).$__rmul__ === 'function') {
    return NotImplemented;
  }
  return raise('TypeError', `can't multiply sequence by non-int of type '${typeNameOf(x)}'`);
}

/** `a * n` for an array-like into a JS array. */
export function repeatArray(a: ArrayLike<unknown>, n: number): List {
  const len = a.length;
  if (n <= 0 || len === 0) return [];
  if (len * n > 2 ** 32 - 1) raise('MemoryError', '');
  const out = new Array(len * n);
  for (let k = 0, o = 0; k < n; k++) for (let i = 0; i < len; i++) out[o++] = a[i];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sorting

/** True when no str in `keys` holds a surrogate, so JS `<` is code point order. */
function allBmpStrings(keys: List): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k !== 'string') return false;
    if (/[\ud800-\udfff]/.test(k)) return false;
  }
  return true;
}

/** True when every key is a number and none is a NaN (whose comparisons are not an order). */
function allNumbers(keys: List): boolean {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k !== 'number' || k !== k) return false;
  }
  return true;
}

/**
 * True when every key is an exact tuple of numbers (no NaN) and strs without surrogates, with the
 * same kind at each position in every key. Two such keys are ordered by their first position
 * holding different values, by JS `<` there, and comparing them runs no Python code; anything else
 * (bools, big ints, boxed floats, nested tuples, a str where another key has a number) is left to
 * the general comparison, which raises where CPython does.
 */
function plainTupleKeys(keys: List): boolean {
  const kinds: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (typeof k !== 'object' || k === null || k.constructor !== PyTuple) return false;
    const t = k as PyTuple;
    for (let j = 0; j < t.length; j++) {
      const x = t[j];
      const kind = typeof x;
      if (kind === 'number') {
        if (x !== x) return false;
      } else if (kind !== 'string' || /[\ud800-\udfff]/.test(x as string)) {
        return false;
      }
      if (j === kinds.length) kinds.push(kind);
      else if (kinds[j] !== kind) return false;
    }
  }
  return true;
}

/** `a < b` for two keys that `plainTupleKeys` accepted. */
function plainTupleLt(a: PyTuple, b: PyTuple): boolean {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    if (x !== y) return x < y;
  }
  return a.length < b.length;
}

const ascTuple = (a: unknown, b: unknown): number => (plainTupleLt(a as PyTuple, b as PyTuple) ? -1 : 1);

const ascNum = (a: number, b: number): number => (a < b ? -1 : b < a ? 1 : 0);
const descNum = (a: number, b: number): number => (b < a ? -1 : a < b ? 1 : 0);
const ascStr = (a: string, b: string): number => (a < b ? -1 : b < a ? 1 : 0);
const descStr = (a: string, b: string): number => (b < a ? -1 : a < b ? 1 : 0);
// V8's Array.prototype.sort is the same timsort as CPython's list.sort and only ever asks whether
// the comparator's answer is negative, so one `<` per comparison makes exactly the comparisons
// CPython makes, in its order: a program whose __lt__ counts or logs sees the same thing.
const ascAny = (a: unknown, b: unknown): number => (itemLt(a, b) ? -1 : 1);

/**
 * Sort `xs` in place: stable, Python `<`, optional key function and reverse. A list the program
 * can see (`shared`, list.sort) looks empty to the key function and to `__lt__` while it is
 * sorted, and a change made meanwhile is undone and reported, as CPython does.
 */
export function sortList(xs: List, key: unknown, reverse: boolean, shared = true): void {
  const n = xs.length;
  if (key === null || key === undefined) {
    if (n < 2) return;
    // No Python code runs while numbers or strs are compared: sort in place.
    if (allNumbers(xs)) xs.sort((reverse ? descNum : ascNum) as (a: unknown, b: unknown) => number);
    else if (allBmpStrings(xs)) xs.sort((reverse ? descStr : ascStr) as (a: unknown, b: unknown) => number);
    else if (!shared) sortItems(xs, null, reverse);
    else sortHidden(xs, null, reverse);
    return;
  }
  const cmp = cmpOfKeyWrapper(key);
  if (cmp !== null) {
    if (shared) sortHidden(xs, cmp, reverse, sortByCmp);
    else sortByCmp(xs, cmp, reverse);
    return;
  }
  const f = callable(key) as (x: unknown) => unknown;
  if (shared) sortHidden(xs, f, reverse);
  else sortItems(xs, f, reverse);
}

/**
 * The cmp function of `key` when it is what `functools.cmp_to_key(cmp)` returns (lib/functools.py
 * marks its wrapper class `__memphis_cmp_key__` and keeps the function in `_cmp`), else null.
 */
function cmpOfKeyWrapper(key: unknown): ((a: unknown, b: unknown) => unknown) | null {
  if (typeof key !== 'object' || key === null) return null;
  const k = key as { $__memphis_cmp_key__?: unknown; $_held?: unknown; $_EMPTY?: unknown; $_cmp?: unknown };
  if (k.$__memphis_cmp_key__ !== true || k.$_held !== k.$_EMPTY) return null;
  return callable(k.$_cmp) as (a: unknown, b: unknown) => unknown;
}

/**
 * Sort by an old-style cmp function, as sorting by `cmp_to_key(cmp)` does: each comparison is the
 * keys' `__lt__`, `cmp(a, b) < 0`, so the items are compared directly, without the key objects.
 */
function sortByCmp(items: List, cmp: (a: unknown, b: unknown) => unknown, reverse: boolean): void {
  if (items.length < 2) return;
  if (reverse) items.reverse();
  items.sort((a, b) => {
    const r = cmp(a, b);
    return (typeof r === 'number' ? r < 0 : itemLt(r, 0)) ? -1 : 1;
  });
  if (reverse) items.reverse();
}

/** `sort` (sortItems by default) on the items of `xs` while `xs` itself is empty. */
function sortHidden<K>(xs: List, key: K, reverse: boolean, sort: (items: List, key: K, reverse: boolean) => void = sortItems as never): void {
  const items = xs.slice();
  xs.length = 0;
  try {
    sort(items, key, reverse);
  } catch (e) {
    restore(xs, items);
    throw e;
  }
  const modified = xs.length !== 0;
  restore(xs, items);
  if (modified) raise('ValueError', 'list modified during sort');
}

function restore(xs: List, items: List): void {
  xs.length = 0;
  for (let i = 0; i < items.length; i++) xs.push(items[i]);
}

/**
 * Sort `items` in place by their keys (each item's own when `key` is null). With `reverse`, as
 * CPython: the items are reversed, sorted stably and reversed back, so equal items keep their
 * order and the comparisons are the ones CPython makes.
 */
function sortItems(items: List, key: ((x: unknown) => unknown) | null, reverse: boolean): void {
  const n = items.length;
  if (key === null) {
    if (reverse) items.reverse();
    items.sort(plainTupleKeys(items) ? ascTuple : ascAny);
    if (reverse) items.reverse();
    return;
  }
  const keys = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(items[i]);
  if (n < 2) return;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Numbers and strs are a total order: a descending comparison gives what reversing would.
  const flip = reverse && !allNumbers(keys) && !allBmpStrings(keys);
  if (flip) {
    keys.reverse();
    items.reverse();
  }
  if (allNumbers(keys)) order.sort(reverse ? (a, b) => descNum(keys[a], keys[b]) : (a, b) => ascNum(keys[a], keys[b]));
  else if (allBmpStrings(keys)) order.sort(reverse ? (a, b) => descStr(keys[a], keys[b]) : (a, b) => ascStr(keys[a], keys[b]));
  else if (plainTupleKeys(keys)) order.sort((a, b) => ascTuple(keys[a], keys[b]));
  else order.sort((a, b) => ascAny(keys[a], keys[b]));
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[order[i]!];
  if (flip) items.reverse();
}

// ---------------------------------------------------------------------------------------------
// Methods

export function listSetSlice(xs: List, s: PySlice, value: unknown): void {
  listSetParts(xs, s.start, s.stop, s.step, value);
}

/** `xs[lower:upper:step] = value` (each part null when omitted). */
/** The items of what a slice assignment stores (PySequence_Fast: a value that cannot be iterated gets its own message). */
function assignedItems(value: unknown, simple: boolean): List {
  let it: unknown;
  try {
    it = iter(value);
  } catch (e) {
    if (isInstance(toPy(e), TypeErrorType)) raise('TypeError', simple ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    throw e;
  }
  return toList(it);
}

export function listSetParts(xs: List, lower: unknown, upper: unknown, stepPart: unknown, value: unknown): void {
  // `a[:] = a` must see the old items, so it copies them; another array is only read, and no
  // Python code runs while it is read.
  const bounds = sliceBounds(lower, upper, stepPart, xs.length);
  const { start, stop, step, count } = bounds;
  const items: ArrayLike<unknown> = value === xs ? xs.slice() : isExactArray(value) ? value : assignedItems(value, step === 1);
  if (step === 1) {
    const end = stop < start ? start : stop;
    const n = items.length;
    if (end - start === n) {
      for (let i = 0; i < n; i++) xs[start + i] = items[i];
    } else if (n < 10000) {
      xs.splice(start, end - start, ...(items as List));
    } else {
      // A spread of many items would overflow the call stack.
      const tail = xs.slice(end);
      xs.length = start;
      for (let i = 0; i < n; i++) xs.push(items[i]);
      for (let i = 0; i < tail.length; i++) xs.push(tail[i]);
    }
    return;
  }
  if (items.length !== count) {
    raise(
      'ValueError',
      `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) xs[j] = items[i];
}

function listDelSlice(xs: List, s: PySlice): void {
  const { start, step, count } = sliceIndices(s, xs.length);
  if (count === 0) return;
  if (step === 1) {
    xs.splice(start, count);
    return;
  }
  // Delete from the highest index down so the lower ones stay put.
  if (step > 0) {
    for (let k = count - 1; k >= 0; k--) xs.splice(start + k * step, 1);
  } else {
    for (let k = 0; k < count; k++) xs.splice(start + k * step, 1);
  }
}

export function listGetItem(this: List, i: unknown): unknown {
  if (typeof i === 'number' && Number.isInteger(i)) {
    const n = this.length;
    const j = i < 0 ? i + n : i;
    if (j >= 0 && j < n) return this[j];
    return raise('IndexError', 'list index out of range');
  }
  if (i instanceof PySlice) return sliceArray(this, i);
  const j = normIndex(i, this.length, indexMessage);
  if (j < 0) raise('IndexError', 'list index out of range');
  return this[j];
}

const listMethods = {
  append(this: List, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsOne('list.append', arguments.length);
    this.push(x);
    return null;
  },

  extend(this: List, it: unknown, over?: unknown): null {
    if (it === undefined || over !== undefined) wantsOne('list.extend', arguments.length);
    // As CPython's list_extend: an exact list or tuple is read directly; the list itself (a
    // subclass's __iter__ included) is copied before it grows; anything else is iterated.
    const src = isExactArray(it) ? it : it === this ? toList(it) : null;
    if (src !== null) {
      const n = src.length;
      for (let i = 0; i < n; i++) this.push(src[i]);
    } else {
      for (const v of iter(it)) this.push(v);
    }
    return null;
  },

  insert(this: List, i: unknown, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsRange('insert', 2, 2, arguments.length);
    const n = this.length;
    let j = typeof i === 'number' && Number.isInteger(i) ? i : toSsizeArg(i);
    if (j < 0) {
      j += n;
      if (j < 0) j = 0;
    } else if (j > n) {
      j = n;
    }
    // Moving the items by hand: `splice` allocates the array of removed items.
    this.push(x);
    for (let k = n; k > j; k--) this[k] = this[k - 1];
    this[j] = x;
    return null;
  },

  pop(this: List, i?: unknown, over?: unknown): unknown {
    if (over !== undefined) wantsRange('pop', 0, 1, arguments.length);
    const n = this.length;
    if (n === 0) raise('IndexError', 'pop from empty list');
    if (i === undefined) return this.pop();
    let j = typeof i === 'number' && Number.isInteger(i) ? i : toSsizeArg(i);
    if (j < 0) j += n;
    if (j < 0 || j >= n) raise('IndexError', 'pop index out of range');
    if (j === 0) return this.shift();
    const x = this[j];
    for (let k = j; k < n - 1; k++) this[k] = this[k + 1];
    this.pop();
    return x;
  },

  remove(this: List, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsOne('list.remove', arguments.length);
    for (let i = 0; i < this.length; i++) {
      if (itemEq(this[i], x)) {
        this.splice(i, 1);
        return null;
      }
    }
    return raise('ValueError', 'list.remove(x): x not in list');
  },

  index(this: List, x: unknown, start?: unknown, stop?: unknown, over?: unknown): number {
    if (x === undefined || over !== undefined) wantsRange('index', 1, 3, arguments.length);
    const n = this.length;
    const lo = clampRange(start, n, 0);
    const hi = clampRange(stop, n, n);
    for (let i = lo; i < hi && i < this.length; i++) if (itemEq(this[i], x)) return i;
    return raise('ValueError', `${repr(x)} is not in list`);
  },

  count(this: List, x: unknown, over?: unknown): number {
    if (x === undefined || over !== undefined) wantsOne('list.count', arguments.length);
    let c = 0;
    for (let i = 0; i < this.length; i++) if (itemEq(this[i], x)) c++;
    return c;
  },

  sort(this: List, ...pos: unknown[]): null {
    if (pos.length > 2) wantsAtMost('sort', 2, pos.length);
    if (pos.length) raise('TypeError', 'sort() takes no positional arguments');
    sortList(this, null, false);
    return null;
  },

  reverse(this: List, over?: unknown): null {
    if (over !== undefined) wantsNone('list.reverse', arguments.length);
    this.reverse();
    return null;
  },

  copy(this: List, over?: unknown): List {
    if (over !== undefined) wantsNone('list.copy', arguments.length);
    return this.slice();
  },

  clear(this: List, over?: unknown): null {
    if (over !== undefined) wantsNone('list.clear', arguments.length);
    this.length = 0;
    return null;
  },

  __getitem__: listGetItem,

  __setitem__(this: List, i: unknown, value: unknown): null {
    if (typeof i === 'number' && Number.isInteger(i)) {
      const n = this.length;
      const j = i < 0 ? i + n : i;
      if (j >= 0 && j < n) {
        this[j] = value;
        return null;
      }
      return raise('IndexError', 'list assignment index out of range');
    }
    if (i instanceof PySlice) {
      listSetSlice(this, i, value);
      return null;
    }
    const j = normIndex(i, this.length, indexMessage);
    if (j < 0) raise('IndexError', 'list assignment index out of range');
    this[j] = value;
    return null;
  },

  __delitem__(this: List, i: unknown): null {
    if (i instanceof PySlice) {
      listDelSlice(this, i);
      return null;
    }
    const j = normIndex(i, this.length, indexMessage);
    if (j < 0) raise('IndexError', 'list assignment index out of range');
    if (j === this.length - 1) this.pop();
    else this.splice(j, 1);
    return null;
  },

  __len__(this: List): number {
    return this.length;
  },

  __contains__(this: List, x: unknown): boolean {
    const n = this.length;
    if (typeof x === 'string' || (typeof x === 'number' && Number.isInteger(x))) {
      // Fast path: identity finds equal strs and ints; anything else must still be compared.
      for (let i = 0; i < n; i++) {
        const v = this[i];
        if (v === x) return true;
        if (typeof v === 'object' && v !== null && itemEq(v, x)) return true;
        if (typeof v === 'boolean' && itemEq(v, x)) return true;
      }
      return false;
    }
    for (let i = 0; i < n; i++) if (itemEq(this[i], x)) return true;
    return false;
  },

  __iter__(this: List): ListIterator {
    return this instanceof PyTuple ? new TupleIterator(this) : new ListIterator(this);
  },

  __reversed__(this: List): ListReverseIterator {
    return new ListReverseIterator(this);
  },

  __repr__(this: List): string {
    const n = this.length;
    if (n === 0) return '[]';
    if (reprEnter(this)) return '[...]';
    try {
      let s = '[' + repr(this[0]);
      for (let i = 1; i < this.length; i++) s += ', ' + repr(this[i]);
      return s + ']';
    } finally {
      reprLeave(this);
    }
  },

  __eq__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return this === other || seqEq(this, other);
  },

  __ne__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return !(this === other || seqEq(this, other));
  },

  __lt__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return seqCompare(this, other, 'lt');
  },

  __le__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return seqCompare(this, other, 'le');
  },

  __gt__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return seqCompare(this, other, 'gt');
  },

  __ge__(this: List, other: unknown): unknown {
    if (!isList(other)) return NotImplemented;
    return seqCompare(this, other, 'ge');
  },

  __add__(this: List, other: unknown): unknown {
    if (!isList(other)) {
      return raise('TypeError', `can only concatenate list (not "${typeNameOf(other)}") to list`);
    }
    return this.concat(other);
  },

  __iadd__(this: List, other: unknown): List {
    listMethods.extend.call(this, other);
    return this;
  },

  __mul__(this: List, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    return repeatArray(this, k);
  },

  __rmul__(this: List, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    return repeatArray(this, k);
  },

  __imul__(this: List, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    if (k <= 0) {
      this.length = 0;
    } else {
      const len = this.length;
      for (let r = 1; r < k; r++) for (let i = 0; i < len; i++) this.push(this[i]);
    }
    return this;
  },
};

(listMethods.sort as unknown as { $kw: unknown }).$kw = function (
  this: List,
  pos: unknown[],
  kw: KwPairs | null,
): null {
  const given = pos.length + (kw?.length ?? 0);
  if (given > 2) {
    if (pos.length === 0) raise('TypeError', `sort() takes at most 2 keyword arguments (${given} given)`);
    wantsAtMost('sort', 2, given);
  }
  if (pos.length) raise('TypeError', 'sort() takes no positional arguments');
  let key: unknown = null;
  let reverse = false;
  for (const [name, value] of kw ?? []) {
    if (name === 'key') key = value;
    else if (name === 'reverse') reverse = truthyBool(value);
    else invalidKeyword('sort', name);
  }
  sortList(this, key, reverse);
  return null;
};

/** reverse= is converted with int(), as CPython's clinic does for `int reverse`. */
function truthyBool(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return v !== 0;
  if (typeof v === 'bigint') return v !== 0n;
  return raise('TypeError', `'${typeNameOf(v)}' object cannot be interpreted as an integer`);
}

// ---------------------------------------------------------------------------------------------
// Iterators

/** iter(list): reads the list live, as CPython's listiterator does. */
export class ListIterator {
  i = 0;
  constructor(private xs: ArrayLike<unknown> | null) {}

  next(): IteratorResult<unknown> {
    const xs = this.xs;
    if (xs !== null && this.i < xs.length) return { value: xs[this.i++], done: false };
    this.xs = null;
    return { value: undefined, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): unknown {
    const xs = this.xs;
    if (xs !== null && this.i < xs.length) return xs[this.i++];
    this.xs = null;
    return stopIteration();
  }

  $__iter__(): this {
    return this;
  }

  $__length_hint__(): number {
    return this.xs === null ? 0 : Math.max(0, this.xs.length - this.i);
  }
}

/** reversed(list) */
export class ListReverseIterator {
  i: number;
  constructor(private xs: ArrayLike<unknown> | null) {
    this.i = xs!.length - 1;
  }

  next(): IteratorResult<unknown> {
    const xs = this.xs;
    if (xs !== null && this.i >= 0 && this.i < xs.length) return { value: xs[this.i--], done: false };
    this.xs = null;
    return { value: undefined, done: true };
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
    return this.xs === null ? 0 : this.i + 1;
  }
}

/** `list(iterable)` / `list()` */
export function listNew(iterable?: unknown): List {
  if (iterable === undefined) return [];
  return toList(iterable);
}

function listArgs(pos: unknown[], kw: KwPairs | null): void {
  if (kw !== null && kw.length) raise('TypeError', 'list() takes no keyword arguments');
  if (pos.length > 1) raise('TypeError', `list expected at most 1 argument, got ${pos.length}`);
}

export const listType: PyType = builtinType({
  name: 'list',
  proto: Array.prototype,
  construct(cls, pos, kw) {
    listArgs(pos, kw);
    const xs = listNew(pos[0]);
    return cls === listType ? xs : Object.setPrototypeOf(xs, cls.prototype);
  },
  new(cls) {
    return Object.setPrototypeOf([], cls.prototype);
  },
  methods: {
    ...listMethods,
    __init__(this: List, ...pos: unknown[]): null {
      listArgs(pos, null);
      this.length = 0;
      if (pos[0] !== undefined) listMethods.extend.call(this, pos[0]);
      return null;
    },
  },
});
defineHidden(Array.prototype, '$__hash__', null);

/** A tuple's iterator: a list's under CPython's other name. */
export class TupleIterator extends ListIterator {}

builtinType({ name: 'list_iterator', proto: ListIterator.prototype, final: true });
builtinType({ name: 'tuple_iterator', proto: TupleIterator.prototype, final: true });
builtinType({ name: 'list_reverseiterator', proto: ListReverseIterator.prototype, final: true });
markMethods(ListIterator.prototype);
markMethods(ListReverseIterator.prototype);
