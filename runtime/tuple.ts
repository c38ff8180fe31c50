// tuple: a JS Array whose prototype is PyTuple.prototype.
//
// PyTuple extends Array, so indexing, `length` and iteration stay native array operations and the
// list methods that also make sense for tuples (index, count, __len__, __iter__, __contains__)
// are inherited from Array.prototype. The list-only methods are shadowed: their `$` names are
// getters that raise CPython's AttributeError, and the mutating dunders are `undefined`, so the
// operator dispatch falls back (`t += x` becomes `t = t + x`) or raises "'tuple' object does not
// support item assignment" exactly where CPython would.
//
// Generated code makes pairs and triples with `tuple2(a, b)` / `tuple3(a, b, c)` and longer or
// starred displays with `tuple([a, b, ...])`, which copies into a new PyTuple: copying is cheaper
// than Object.setPrototypeOf, which sends the array to V8's slow dictionary mode.

import { raise } from './exceptions.js';
import { itemEq, pyHash, seqCompare, tupleEq } from './compare.js';
import { hashTuple } from './hash.js';
import { defineHidden } from './install.js';
import { builtinType, CLASS_VALUE, hooks, NotImplemented, type PyType } from './object.js';
import { iter } from './ops.js';
import { clampRange, normIndex, repeatArray, repeatCount, repeatFallback, TupleIterator } from './list.js';
import { repr, reprEnter, reprLeave } from './repr.js';
import { PySlice, sliceIndices, typeNameOf } from './slice.js';

export class PyTuple extends Array<unknown> {}

// Array methods that build a new array (slice, map, concat, filter) make plain arrays (lists),
// never tuples: runtime code relies on `x.slice()` being a list. A data property rather than a
// static getter: with an accessor on the class, V8 leaves `new PyTuple(n)` off its fast path
// (measured 20-40x slower per tuple).
Object.defineProperty(PyTuple, Symbol.species, { value: Array, configurable: true });

// Every tuple's elements are stored as tagged values (V8's HOLEY_ELEMENTS), whatever it holds:
// an array starts out holding small ints and moves to doubles or to tagged values at its first
// other store, so tuples of ints, of floats and of objects would have three different hidden
// classes, and every function taking tuples (hashing, comparing, unpacking) would be compiled for
// one, deoptimised when it met another, and compiled again. One store of an object first puts a
// new tuple in the general kind at once.
const KIND_SEED = {};

/**
 * The empty tuple, shared as in CPython (`tuple([]) is ()`), and in that same kind: made by
 * `new PyTuple()` it would hold small ints, a hidden class of its own, and a function that met
 * both `()` and a tuple with items (a `raw=()` default and a `("rows",)` argument) was
 * deoptimised at the first of the other.
 */
export const EMPTY_TUPLE: PyTuple = emptyTupleToReshape();

/** A new empty tuple of its own, in the one kind, for a caller that changes its prototype. */
export function emptyTupleToReshape(): PyTuple {
  const t = new PyTuple(1);
  t[0] = KIND_SEED;
  t.length = 0;
  return t;
}

/**
 * A new tuple of `n` items, all still to be stored, in the one elements kind tuples use.
 *
 * Kept out of line on purpose. `new PyTuple(n)` runs the derived class's default constructor,
 * and V8's optimizing compiler lowers that to an inline allocation only where no exception
 * handler surrounds it: inlined into a `try` body, or into the body of a `for` over an iterator
 * (V8 compiles `for...of` as a try/finally, to close the iterator), it stays a generic construct
 * call that ends in the runtime (about 300 ns a tuple instead of about 15). A function over V8's
 * inlining size limit (460 bytecodes) is always compiled on its own, where the construction is
 * lowered, so every caller pays a plain call instead, whatever surrounds it. The cases give the
 * common sizes a constant length, which V8 allocates inline without consulting the allocation
 * site (one huge tuple made anywhere would otherwise send every later variable-length one to
 * the runtime).
 */
export function newTuple(n: number): PyTuple {
  let t: PyTuple;
  switch (n) {
    case 0: return EMPTY_TUPLE;
    case 1: t = new PyTuple(1); break;
    case 2: t = new PyTuple(2); break;
    case 3: t = new PyTuple(3); break;
    case 4: t = new PyTuple(4); break;
    case 5: t = new PyTuple(5); break;
    case 6: t = new PyTuple(6); break;
    case 7: t = new PyTuple(7); break;
    case 8: t = new PyTuple(8); break;
    case 9: t = new PyTuple(9); break;
    case 10: t = new PyTuple(10); break;
    case 11: t = new PyTuple(11); break;
    case 12: t = new PyTuple(12); break;
    case 13: t = new PyTuple(13); break;
    case 14: t = new PyTuple(14); break;
    case 15: t = new PyTuple(15); break;
    case 16: t = new PyTuple(16); break;
    case 17: t = new PyTuple(17); break;
    case 18: t = new PyTuple(18); break;
    case 19: t = new PyTuple(19); break;
    case 20: t = new PyTuple(20); break;
    case 21: t = new PyTuple(21); break;
    case 22: t = new PyTuple(22); break;
    case 23: t = new PyTuple(23); break;
    case 24: t = new PyTuple(24); break;
    case 25: t = new PyTuple(25); break;
    case 26: t = new PyTuple(26); break;
    case 27: t = new PyTuple(27); break;
    case 28: t = new PyTuple(28); break;
    case 29: t = new PyTuple(29); break;
    case 30: t = new PyTuple(30); break;
    case 31: t = new PyTuple(31); break;
    case 32: t = new PyTuple(32); break;
    default: t = new PyTuple(n);
  }
  t[n - 1] = KIND_SEED;
  return t;
}

/** The `tuple(items)` helper: a new tuple holding a copy of the JS array's items. */
export function tuple(items: ArrayLike<unknown>): PyTuple {
  const n = items.length;
  const t = newTuple(n);
  for (let i = 0; i < n; i++) t[i] = items[i];
  return t;
}

// Small tuple displays (`return a, b`) call these instead of `tuple([a, b])`: filling a fresh
// PyTuple directly skips the temporary array and its copy loop.
export function tuple2(a: unknown, b: unknown): PyTuple {
  const t = newTuple(2);
  t[0] = a;
  t[1] = b;
  return t;
}

export function tuple3(a: unknown, b: unknown, c: unknown): PyTuple {
  const t = newTuple(3);
  t[0] = a;
  t[1] = b;
  t[2] = c;
  return t;
}

/**
 * Whether `x` hashes the way tuple's own `__hash__` does (a tuple, or a subclass that keeps it), so
 * that dicts and sets may call hashTuple without looking the method up.
 */
export function hashesAsTuple(x: unknown): x is PyTuple {
  return x instanceof PyTuple && (x as { $__hash__?: unknown }).$__hash__ === (PyTuple.prototype as { $__hash__?: unknown }).$__hash__;
}

/** `a == b` for dict keys and set elements with equal hashes: exact tuples compare item by item, as tuple's `==` does. */
export function keyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof PyTuple && b instanceof PyTuple && a.constructor === PyTuple && b.constructor === PyTuple) return tupleEq(a, b);
  return itemEq(a, b);
}

/** A tuple of the given items (for runtime code). */
export function tupleOf(...items: unknown[]): PyTuple {
  return tuple(items);
}

export function isTuple(x: unknown): x is PyTuple {
  return x instanceof PyTuple;
}

/** `tuple(iterable)` / `tuple()` */
export function tupleFrom(iterable?: unknown): PyTuple {
  if (iterable === undefined) return EMPTY_TUPLE;
  // Only exact lists and tuples are copied directly: a subclass's __iter__ may be overridden.
  if (Array.isArray(iterable) && iterable.constructor === PyTuple) return iterable as PyTuple;
  if (Array.isArray(iterable) && iterable.constructor === Array) return tuple(iterable);
  if (typeof iterable === 'string') return tuple(Array.from(iterable));
  // Gathered in a list first: pushing onto a tuple would give it an elements kind of its own.
  const items: unknown[] = [];
  for (const v of iter(iterable)) items.push(v);
  return tuple(items);
}

/**
 * `f(x)` at a site that calls the name `tuple` with one positional argument: for the builtin
 * class itself (type_call to tuple_new), the tuple of `x` straight from tupleFrom; whatever else
 * the name was rebound to is called as written.
 */
export function tupleCall(f: unknown, x: unknown): unknown {
  if (f === tupleType) return tupleFrom(x);
  return (f as (x: unknown) => unknown)(x);
}

function indexMessage(t: string): string {
  return `tuple indices must be integers or slices, not ${t}`;
}

const tupleMethods = {
  index(this: PyTuple, x: unknown, start?: unknown, stop?: unknown): number {
    const n = this.length;
    const lo = clampRange(start, n, 0);
    const hi = clampRange(stop, n, n);
    for (let i = lo; i < hi; i++) if (itemEq(this[i], x)) return i;
    return raise('ValueError', 'tuple.index(x): x not in tuple');
  },

  count(this: PyTuple, x: unknown): number {
    if (x === undefined) raise('TypeError', 'tuple.count() takes exactly one argument (0 given)');
    let c = 0;
    for (let i = 0; i < this.length; i++) if (itemEq(this[i], x)) c++;
    return c;
  },

  __getitem__(this: PyTuple, i: unknown): unknown {
    if (typeof i === 'number' && Number.isInteger(i)) {
      const n = this.length;
      const j = i < 0 ? i + n : i;
      if (j >= 0 && j < n) return this[j];
      return raise('IndexError', 'tuple index out of range');
    }
    if (i instanceof PySlice) {
      const { start, step, count } = sliceIndices(i, this.length);
      // The whole of an exact tuple is itself; a subclass's slice is a plain tuple.
      if (step === 1 && count === this.length && this.constructor === PyTuple) return this;
      const t = newTuple(count);
      for (let k = 0, j = start; k < count; k++, j += step) t[k] = this[j];
      return t;
    }
    const j = normIndex(i, this.length, indexMessage);
    if (j < 0) raise('IndexError', 'tuple index out of range');
    return this[j];
  },

  __repr__(this: PyTuple): string {
    const n = this.length;
    if (n === 0) return '()';
    if (reprEnter(this)) return '(...)';
    try {
      if (n === 1) return '(' + repr(this[0]) + ',)';
      let s = '(' + repr(this[0]);
      for (let i = 1; i < n; i++) s += ', ' + repr(this[i]);
      return s + ')';
    } finally {
      reprLeave(this);
    }
  },

  __hash__(this: PyTuple): number | bigint {
    return hashTuple(this, pyHash);
  },

  __eq__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return this === other || tupleEq(this, other);
  },

  __ne__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return !(this === other || tupleEq(this, other));
  },

  __lt__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqCompare(this, other, 'lt');
  },

  __le__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqCompare(this, other, 'le');
  },

  __gt__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqCompare(this, other, 'gt');
  },

  __ge__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) return NotImplemented;
    return seqCompare(this, other, 'ge');
  },

  __add__(this: PyTuple, other: unknown): unknown {
    if (!(other instanceof PyTuple)) {
      return raise('TypeError', `can only concatenate tuple (not "${typeNameOf(other)}") to tuple`);
    }
    // As CPython's tuple_concat: only an exact tuple is returned as it is.
    if (other.length === 0 && this.constructor === PyTuple) return this;
    if (this.length === 0 && other.constructor === PyTuple) return other;
    const n = this.length;
    const m = other.length;
    const t = newTuple(n + m);
    for (let i = 0; i < n; i++) t[i] = this[i];
    for (let i = 0; i < m; i++) t[n + i] = other[i];
    return t;
  },

  __mul__(this: PyTuple, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    // Only an exact tuple is its own single repetition; a subclass's gives a plain tuple.
    if (k === 1 && Object.getPrototypeOf(this) === PyTuple.prototype) return this;
    return tuple(repeatArray(this, k));
  },

  __rmul__(this: PyTuple, n: unknown): unknown {
    const k = repeatCount(n);
    if (k === null) return repeatFallback(n);
    // Only an exact tuple is its own single repetition; a subclass's gives a plain tuple.
    if (k === 1 && Object.getPrototypeOf(this) === PyTuple.prototype) return this;
    return tuple(repeatArray(this, k));
  },

  __getnewargs__(this: PyTuple): PyTuple {
    return tuple([tuple(this)]);
  },

  // tuple's own, as CPython's (list's would do, but dir(tuple) and `tuple.__len__` name tuple).
  __len__(this: PyTuple): number {
    return this.length;
  },

  __iter__(this: PyTuple): TupleIterator {
    return new TupleIterator(this);
  },

  __contains__(this: PyTuple, x: unknown): boolean {
    for (let i = 0; i < this.length; i++) if (itemEq(this[i], x)) return true;
    return false;
  },
};

export const tupleType: PyType = builtinType({
  name: 'tuple',
  proto: PyTuple.prototype,
  construct(cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'tuple() takes no keyword arguments');
    if (pos.length > 1) raise('TypeError', `tuple expected at most 1 argument, got ${pos.length}`);
    const t = tupleFrom(pos[0]);
    if (cls === tupleType) return t;
    // A fresh tuple even when empty: the shared EMPTY_TUPLE must keep tuple's prototype.
    const sub = t.length === 0 ? emptyTupleToReshape() : tuple(t);
    return Object.setPrototypeOf(sub, cls.prototype);
  },
  methods: tupleMethods,
});
hooks.tuple = (items: unknown[]) => tuple(items);

/** List-only methods: reading one from a tuple raises AttributeError, as in CPython. */
const LIST_ONLY = ['append', 'extend', 'insert', 'pop', 'remove', 'sort', 'reverse', 'copy', 'clear'];
for (const name of LIST_ONLY) {
  const get = function (this: unknown): never {
    return raise('AttributeError', `'${typeNameOf(this)}' object has no attribute '${name}'`);
  };
  // Nor does the class have them: `hasattr(tuple, 'append')` is False and dir(tuple) omits them.
  (get as unknown as Record<symbol, unknown>)[CLASS_VALUE] = () => undefined;
  Object.defineProperty(PyTuple.prototype, '$' + name, { get, configurable: true, enumerable: false });
}
/** Mutating dunders: absent, so the operators fall back or raise their own TypeErrors. */
for (const name of ['__setitem__', '__delitem__', '__iadd__', '__imul__', '__reversed__']) {
  defineHidden(PyTuple.prototype, '$' + name, undefined);
}
// tuple has no __init__ of its own: object's, not list's refill (a subclass whose __new__ takes
// other arguments than an iterable must not have them fed to list.__init__).
defineHidden(PyTuple.prototype, '$__init__', (Object.prototype as any).$__init__);
