// set and frozenset over settable.ts, CPython's own hash-table algorithm, so that sets iterate and
// print in CPython's order wherever CPython's hashes are reproducible (ints, floats, tuples of
// them; hash.ts explains why str order cannot match).
//
// The Python-level rules live here: which operands each method and operator accepts (methods take
// any iterable, operators only sets: `{1} | [2]` is a TypeError), what type a result has (the left
// operand's: `frozenset | set` is a frozenset), reprs (`set()`, `{1, 2}`, `frozenset({1})`), and
// KeyError on remove. A set used as an element or key is looked up as a frozenset, as CPython does.

import { raise } from './exceptions.js';
import { wantsNone, wantsOne } from './arity.js';
import { stopIteration, markMethods } from './install.js';
import { pyHash } from './compare.js';
import { hashFrozenSet, hashTupleWords, type Hash } from './hash.js';
import { hashesAsTuple, keyEq } from './tuple.js';
import { builtinType, className, NotImplemented, type KwPairs, type PyType } from './object.js';
import { iter } from './ops.js';
import { repr, reprEnter, reprLeave } from './repr.js';
import { DictOperand, hashWords, SetTable, splitHash, type Operand } from './settable.js';
import { PyDict, keyError } from './dict.js';

type Table = SetTable<unknown>;

/**
 * Element hash, as the table's HashFn (two int32 words). A set is unhashable here, as in
 * CPython: only `in`, remove and discard look a set up as a frozenset (`probeKey`).
 */
function elemHash(x: unknown): number {
  if (x === memoTuple) {
    hashWords.high = memoHigh;
    return memoLow;
  }
  if (hashesAsTuple(x)) {
    const low = hashTupleWords(x, pyHash);
    if (hashIsFixed(x)) {
      memoTuple = x;
      memoLow = low;
      memoHigh = hashWords.high;
    }
    return low;
  }
  return splitHash(pyHash(x));
}

// The last tuple elemHash hashed, when its hash cannot change and hashing it again calls no
// Python code: `if p not in seen: seen.add(p)` hashes `p` once, as long as the loop runs.
let memoTuple: unknown = null;
let memoLow = 0;
let memoHigh = 0;

/** Whether every item is an int or a str, whose hashes are fixed: a tuple's items never change. */
function hashIsFixed(t: readonly unknown[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (typeof x !== 'number' || !Number.isInteger(x)) {
      if (typeof x !== 'string') return false;
    }
  }
  return true;
}

function newTable(): Table {
  return new SetTable<unknown>(elemHash, keyEq);
}

/** The type that defines a shared method, as argument errors name it (a subclass still says `set`). */
function ownerName(s: SetBase): string {
  return s instanceof PyFrozenSet ? 'frozenset' : 'set';
}

/** What set and frozenset share (neither is a subclass of the other in Python); `t` is the table. */
export class SetBase {
  t: Table;
  constructor(t?: Table) {
    this.t = t ?? newTable();
  }

  [Symbol.iterator](): SetIterator {
    return new SetIterator(this);
  }
}

export class PySet extends SetBase {}

export class PyFrozenSet extends SetBase {
  /** The cached hash, computed on first use (frozenset_hash). */
  h: Hash | null = null;
}

export function isAnySet(x: unknown): x is SetBase {
  return x instanceof SetBase;
}

/**
 * The `set(items, folded)` helper: a set display `{a, b}`. CPython compiles a display of more
 * than two constants to `set().update(frozenset)` with a constant frozenset that its constant
 * merging rebuilt from the first one's iteration order (compile.c starunpack_helper,
 * merge_consts_recursive); `folded` (the lowering passes true for such displays) replays those
 * steps, which is what gives e.g. `{-1, -2, 3, 1000, 2**40}` CPython's order.
 */
export function set(items: readonly unknown[], folded = false): PySet {
  const s = new PySet();
  const t = s.t;
  if (folded && items.length > 2) {
    const first = newTable();
    for (let i = 0; i < items.length; i++) first.add(items[i]);
    const merged = newTable();
    merged.update(first.toArray());
    t.update(merged);
    return s;
  }
  for (let i = 0; i < items.length; i++) t.add(items[i]);
  return s;
}

/** A new set holding the items of any iterable. */
export function setFromIterable(x: unknown): PySet {
  const s = new PySet();
  s.t.update(operand(x));
  return s;
}

export function frozensetFromIterable(x: unknown): PyFrozenSet {
  const s = new PyFrozenSet();
  s.t.update(operand(x));
  return s;
}

/** What settable.ts accepts for another operand: a table, an exact dict, or an iterable. */
function operand(x: unknown): Operand<unknown> {
  if (x instanceof SetBase) return x.t;
  if (x instanceof PyDict && Object.getPrototypeOf(x) === PyDict.prototype) {
    const d = x;
    return new DictOperand<unknown>(d.size, () => d.keys(), (k) => d.has(k));
  }
  return iter(x) as Iterable<unknown>;
}

/** A result of the receiver's kind (set or frozenset). */
function like(self: SetBase, t: Table): SetBase {
  if (self instanceof PyFrozenSet) {
    const f = new PyFrozenSet(t);
    return f;
  }
  return new PySet(t);
}

/** `x in s` for a set or frozenset. */
export function setContains(s: SetBase, x: unknown): boolean {
  return s.t.has(probeKey(x));
}

/** The key for `x in s` / s.remove(x): an unhashable set is looked up as a frozenset. */
function probeKey(x: unknown): unknown {
  if (x instanceof PySet) {
    const f = new PyFrozenSet(x.t);
    return f;
  }
  return x;
}

function setRepr(self: SetBase): string {
  const name = className(self);
  const frozen = self instanceof PyFrozenSet;
  if (self.t.size === 0) return `${name}()`;
  if (reprEnter(self)) return `${name}(...)`;
  try {
    const parts: string[] = [];
    // A subclass's own __iter__ lists the items, as CPython builds the repr from list(self).
    const items: Iterable<unknown> = (self as any).$__iter__ === setAndFrozenMethods.__iter__ ? self.t : iter(self);
    for (const x of items) parts.push(repr(x));
    const body = '{' + parts.join(', ') + '}';
    return name === 'set' && !frozen ? body : `${name}(${body})`;
  } finally {
    reprLeave(self);
  }
}

function subsetOf(a: SetBase, other: unknown): boolean {
  const t = other instanceof SetBase ? other.t : setFromIterable(other).t;
  return a.t.isSubsetOf(t);
}

function checkSet(x: unknown): x is SetBase {
  return x instanceof SetBase;
}

const setAndFrozenMethods = {
  __len__(this: SetBase): number {
    return this.t.size;
  },

  __contains__(this: SetBase, x: unknown): boolean {
    return setContains(this, x);
  },

  __iter__(this: SetBase): SetIterator {
    return new SetIterator(this);
  },

  __repr__(this: SetBase): string {
    return setRepr(this);
  },

  copy(this: SetBase, over?: unknown): SetBase {
    if (over !== undefined) wantsNone(`${ownerName(this)}.copy`, arguments.length);
    if (this instanceof PyFrozenSet && Object.getPrototypeOf(this) === PyFrozenSet.prototype) return this;
    return like(this, this.t.copy());
  },

  union(this: SetBase, ...others: unknown[]): SetBase {
    return like(this, this.t.union(...others.map(operand)));
  },

  intersection(this: SetBase, ...others: unknown[]): SetBase {
    if (others.length === 0) return like(this, this.t.copy());
    return like(this, this.t.intersectionMany(others.map(operand)));
  },

  difference(this: SetBase, ...others: unknown[]): SetBase {
    return like(this, this.t.difference(...others.map(operand)));
  },

  symmetric_difference(this: SetBase, other: unknown, over?: unknown): SetBase {
    if (other === undefined || over !== undefined) wantsOne(`${ownerName(this)}.symmetric_difference`, arguments.length);
    return like(this, this.t.symmetricDifference(operand(other)));
  },

  issubset(this: SetBase, other: unknown, over?: unknown): boolean {
    if (other === undefined || over !== undefined) wantsOne(`${ownerName(this)}.issubset`, arguments.length);
    return subsetOf(this, other);
  },

  issuperset(this: SetBase, other: unknown, over?: unknown): boolean {
    if (other === undefined || over !== undefined) wantsOne(`${ownerName(this)}.issuperset`, arguments.length);
    if (other instanceof SetBase) return other.t.isSubsetOf(this.t);
    for (const x of iter(other)) if (!this.t.has(x)) return false;
    return true;
  },

  isdisjoint(this: SetBase, other: unknown, over?: unknown): boolean {
    if (other === undefined || over !== undefined) wantsOne(`${ownerName(this)}.isdisjoint`, arguments.length);
    return this.t.isDisjoint(operand(other));
  },

  __eq__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return this.t.equals(other.t);
  },

  __ne__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return !this.t.equals(other.t);
  },

  __le__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return this.t.isSubsetOf(other.t);
  },

  __lt__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return this.t.size < other.t.size && this.t.isSubsetOf(other.t);
  },

  __ge__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return other.t.isSubsetOf(this.t);
  },

  __gt__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return this.t.size > other.t.size && other.t.isSubsetOf(this.t);
  },

  __or__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(this, this.t.union(other.t));
  },

  __and__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(this, this.t.intersection(other.t));
  },

  __sub__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(this, this.t.difference(other.t));
  },

  __xor__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(this, this.t.symmetricDifference(other.t));
  },

  // The reflected forms: `other op self` when other is a set too (the result takes other's kind).
  __ror__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(other, other.t.union(this.t));
  },

  __rand__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(other, other.t.intersection(this.t));
  },

  __rsub__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(other, other.t.difference(this.t));
  },

  __rxor__(this: SetBase, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    return like(other, other.t.symmetricDifference(this.t));
  },

  __reduce__(this: SetBase): never {
    return raise('TypeError', `cannot pickle '${className(this)}' object`);
  },
};

const setOnlyMethods = {
  add(this: PySet, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsOne('set.add', arguments.length);
    this.t.add(x);
    return null;
  },

  discard(this: PySet, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsOne('set.discard', arguments.length);
    this.t.discard(probeKey(x));
    return null;
  },

  remove(this: PySet, x: unknown, over?: unknown): null {
    if (x === undefined || over !== undefined) wantsOne('set.remove', arguments.length);
    if (!this.t.discard(probeKey(x))) keyError(x);
    return null;
  },

  pop(this: PySet, over?: unknown): unknown {
    if (over !== undefined) wantsNone('set.pop', arguments.length);
    return this.t.pop();
  },

  clear(this: PySet, over?: unknown): null {
    if (over !== undefined) wantsNone('set.clear', arguments.length);
    this.t.clear();
    return null;
  },

  update(this: PySet, ...others: unknown[]): null {
    for (const o of others) this.t.update(operand(o));
    return null;
  },

  intersection_update(this: PySet, ...others: unknown[]): null {
    if (others.length) this.t.intersectionUpdate(...others.map(operand));
    return null;
  },

  difference_update(this: PySet, ...others: unknown[]): null {
    if (others.length) this.t.differenceUpdate(...others.map(operand));
    return null;
  },

  symmetric_difference_update(this: PySet, other: unknown, over?: unknown): null {
    if (other === undefined || over !== undefined) wantsOne('set.symmetric_difference_update', arguments.length);
    this.t.symmetricDifferenceUpdate(operand(other));
    return null;
  },

  __ior__(this: PySet, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    this.t.update(other.t);
    return this;
  },

  __iand__(this: PySet, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    this.t.intersectionUpdate(other.t);
    return this;
  },

  __isub__(this: PySet, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    this.t.differenceUpdate(other.t);
    return this;
  },

  __ixor__(this: PySet, other: unknown): unknown {
    if (!checkSet(other)) return NotImplemented;
    this.t.symmetricDifferenceUpdate(other.t);
    return this;
  },
};

function setArgs(name: string, pos: unknown[], kw: KwPairs | null): void {
  if (kw !== null && kw.length) raise('TypeError', `${name}() takes no keyword arguments`);
  if (pos.length > 1) raise('TypeError', `${name} expected at most 1 argument, got ${pos.length}`);
}

export const setType: PyType = builtinType({
  name: 'set',
  proto: PySet.prototype,
  construct(cls, pos, kw) {
    setArgs('set', pos, kw);
    const s = pos.length ? setFromIterable(pos[0]) : new PySet();
    return cls === setType ? s : Object.setPrototypeOf(s, cls.prototype);
  },
  new(cls) {
    return Object.setPrototypeOf(new PySet(), cls.prototype);
  },
  methods: {
    ...setAndFrozenMethods,
    ...setOnlyMethods,
    __init__(this: PySet, ...pos: unknown[]): null {
      setArgs('set', pos, null);
      this.t.clear();
      if (pos.length) this.t.update(operand(pos[0]));
      return null;
    },
  },
});
Object.defineProperty(PySet.prototype, '$__hash__', { value: null, writable: true, configurable: true });

export const frozensetType: PyType = builtinType({
  name: 'frozenset',
  proto: PyFrozenSet.prototype,
  construct(cls, pos, kw) {
    setArgs('frozenset', pos, kw);
    if (cls === frozensetType && pos[0] instanceof PyFrozenSet && Object.getPrototypeOf(pos[0]) === PyFrozenSet.prototype) {
      return pos[0];
    }
    const s = pos.length ? frozensetFromIterable(pos[0]) : new PyFrozenSet();
    return cls === frozensetType ? s : Object.setPrototypeOf(s, cls.prototype);
  },
  methods: {
    ...setAndFrozenMethods,
    __hash__(this: PyFrozenSet): Hash {
      if (this.h === null) this.h = hashFrozenSet(this.t);
      return this.h;
    },
  },
});
// ---------------------------------------------------------------------------------------------
// Iteration

export class SetIterator {
  private slot = 0;
  private size: number;
  private t: Table | null;

  constructor(s: SetBase) {
    this.t = s.t;
    this.size = s.t.size;
  }

  next(): IteratorResult<unknown> {
    const t = this.t;
    if (t === null) return { value: undefined, done: true };
    if (t.size !== this.size) {
      this.size = -1;
      raise('RuntimeError', 'Set changed size during iteration');
    }
    const i = t.nextSlot(this.slot);
    if (i < 0) {
      this.t = null;
      return { value: undefined, done: true };
    }
    this.slot = i + 1;
    return { value: t.keyAt(i), done: false };
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
    return this.t === null ? 0 : this.t.size;
  }
}

builtinType({ name: 'set_iterator', proto: SetIterator.prototype, final: true });
markMethods(SetIterator.prototype);
