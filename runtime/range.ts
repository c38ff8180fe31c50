// range objects (Objects/rangeobject.c): an arithmetic progression that never materialises.
//
// `for i in range(n)` iterates a RangeIterator, whose `next` only adds; `len`, indexing,
// slicing (which gives another range), `in` for ints (arithmetic, no scan), `index` and `count`
// are computed from start, stop and step. Bounds are ints: when they and the length fit in JS
// numbers (always, in practice) everything is number arithmetic; a range with a bigint bound
// (`range(10**20)`) is "big" and takes bigint paths, with CPython's OverflowError for len().

import { raise } from './exceptions.js';
import { stopIteration, markMethods } from './install.js';
import { itemEq } from './compare.js';
import { hashTuple } from './hash.js';
import { pyHash } from './compare.js';
import { builtinType, NotImplemented, type PyType } from './object.js';
import { repr } from './repr.js';
import { PySlice, sliceIndices, sliceIndicesBig, toIndex } from './slice.js';
import { bigToInt, type PyInt } from './int.js';
import { normIndex } from './list.js';

function bound(x: unknown): PyInt {
  return toIndex(x);
}

const B = (x: PyInt): bigint => (typeof x === 'bigint' ? x : BigInt(x));

function bigLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export class PyRange {
  /** len(r), when the range is not big. */
  readonly length: number;
  /** len(r) as a bigint, for big ranges (null otherwise). */
  readonly blen: bigint | null;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
    big?: [bigint, bigint, bigint],
  ) {
    if (big === undefined) {
      this.length = rangeLength(start, stop, step);
      this.blen = null;
    } else {
      this.blen = bigLength(big[0], big[1], big[2]);
      this.length = -1;
    }
  }

  /** The bounds as bigints (big ranges keep them in `bigBounds`). */
  get bigBounds(): [bigint, bigint, bigint] {
    return (this as unknown as { bb?: [bigint, bigint, bigint] }).bb ?? [B(this.start), B(this.stop), B(this.step)];
  }

  [Symbol.iterator](): Iterator<PyInt> {
    if (this.blen !== null) return bigIter(this.bigBounds[0], this.bigBounds[2], this.blen);
    return new RangeIterator(this.start, this.step, this.length);
  }

  /** The item at position i (0 <= i < length). */
  at(i: number): PyInt {
    if (this.blen !== null) return bigToInt(this.bigBounds[0] + BigInt(i) * this.bigBounds[2]);
    return this.start + i * this.step;
  }

  /** True when int `x` is one of the range's values. */
  hasInt(x: PyInt): boolean {
    if (this.blen !== null || typeof x === 'bigint') {
      const [start, stop, step] = this.bigBounds;
      const v = B(x);
      if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0n;
    }
    const { start, stop, step } = this;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
}

/** A range with a bigint bound. */
function bigRange(start: bigint, stop: bigint, step: bigint): PyRange {
  const r = new PyRange(NaN, NaN, NaN, [start, stop, step]);
  (r as unknown as { bb: [bigint, bigint, bigint] }).bb = [start, stop, step];
  return r;
}

/** A range from int bounds: number arithmetic when everything fits. */
function makeRange(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const n = rangeLength(start, stop, step);
    if (Number.isSafeInteger(start + n * step) && n <= Number.MAX_SAFE_INTEGER) return new PyRange(start, stop, step);
  }
  return bigRange(B(start), B(stop), B(step));
}

/** iter(range) past 2**53 (CPython's longrange_iterator): a Python iterator as well as a JS one. */
class LongRangeIterator {
  constructor(
    private cur: bigint,
    private readonly step: bigint,
    private remaining: bigint,
  ) {}

  next(): IteratorResult<PyInt> {
    if (this.remaining <= 0n) return { value: undefined, done: true } as IteratorResult<PyInt>;
    return { value: this.$__next__(), done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): PyInt {
    if (this.remaining <= 0n) return stopIteration();
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return bigToInt(v);
  }

  $__iter__(): this {
    return this;
  }

  $__length_hint__(): PyInt {
    return this.remaining > 0n ? bigToInt(this.remaining) : 0;
  }
}

builtinType({ name: 'longrange_iterator', proto: LongRangeIterator.prototype, final: true });
markMethods(LongRangeIterator.prototype);

function bigIter(start: bigint, step: bigint, n: bigint): LongRangeIterator {
  return new LongRangeIterator(start, step, n);
}

/** range(stop) / range(start, stop[, step]) from Python arguments. */
export function range(a?: unknown, b?: unknown, c?: unknown): PyRange {
  if (b === undefined) {
    if (a === undefined) raise('TypeError', 'range expected at least 1 argument, got 0');
    if (typeof a === 'number' && Number.isInteger(a)) return new PyRange(0, a, 1);
    return makeRange(0, bound(a), 1);
  }
  const start = typeof a === 'number' && Number.isInteger(a) ? a : bound(a);
  const stop = typeof b === 'number' && Number.isInteger(b) ? b : bound(b);
  let step: PyInt = 1;
  if (c !== undefined) {
    step = typeof c === 'number' && Number.isInteger(c) ? c : bound(c);
    if (step === 0) raise('ValueError', 'range() arg 3 must not be zero');
  }
  return makeRange(start, stop, step);
}

/** len(r) as a JS number (OverflowError for a big range whose length does not fit). */
function lenOf(r: PyRange): number {
  if (r.blen === null) return r.length;
  if (r.blen > 9223372036854775807n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  if (r.blen > BigInt(Number.MAX_SAFE_INTEGER)) raise('OverflowError', 'range too large');
  return Number(r.blen);
}

function indexMessage(t: string): string {
  return `range indices must be integers or slices, not ${t}`;
}

/** True for an int value (number, bool) that `in` can test arithmetically. */
function asIntKey(x: unknown): PyInt | null {
  if (typeof x === 'number') return Number.isInteger(x) ? x : null;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return null;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const [as, , ast] = a.bigBounds;
  const [bs, , bst] = b.bigBounds;
  const la = a.blen ?? BigInt(a.length);
  const lb = b.blen ?? BigInt(b.length);
  if (la !== lb) return false;
  if (la === 0n) return true;
  if (as !== bs) return false;
  return la === 1n || ast === bst;
}

function boundsOf(r: PyRange): [PyInt, PyInt, PyInt] {
  if (r.blen === null) return [r.start, r.stop, r.step];
  const [a, b, c] = r.bigBounds;
  return [bigToInt(a), bigToInt(b), bigToInt(c)];
}

export const rangeType: PyType = builtinType({
  name: 'range',
  proto: PyRange.prototype,
  final: true,
  construct(_cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'range() takes no keyword arguments');
    if (pos.length > 3) raise('TypeError', `range expected at most 3 arguments, got ${pos.length}`);
    return range(pos[0], pos[1], pos[2]);
  },
  methods: {
    __len__(this: PyRange): number {
      return lenOf(this);
    },
    __bool__(this: PyRange): boolean {
      return this.blen === null ? this.length !== 0 : this.blen !== 0n;
    },
    __iter__(this: PyRange): Iterator<PyInt> {
      return this[Symbol.iterator]();
    },
    __reversed__(this: PyRange): Iterator<PyInt> {
      if (this.blen !== null) {
        const [start, , step] = this.bigBounds;
        return bigIter(start + (this.blen - 1n) * step, -step, this.blen);
      }
      return new RangeIterator(this.start + (this.length - 1) * this.step, -this.step, this.length);
    },
    __getitem__(this: PyRange, i: unknown): unknown {
      if (this.blen !== null) {
        const [start, , step] = this.bigBounds;
        const n = this.blen;
        if (i instanceof PySlice) {
          const [a, b, c] = sliceIndicesBig(i, n);
          return makeRange(bigToInt(start + a * step), bigToInt(start + b * step), bigToInt(step * c));
        }
        let j = BigInt(toIndex(i, indexMessage));
        if (j < 0n) j += n;
        if (j < 0n || j >= n) raise('IndexError', 'range object index out of range');
        return bigToInt(start + j * step);
      }
      if (typeof i === 'number' && Number.isInteger(i)) {
        const n = this.length;
        const j = i < 0 ? i + n : i;
        if (j >= 0 && j < n) return this.start + j * this.step;
        return raise('IndexError', 'range object index out of range');
      }
      if (i instanceof PySlice) {
        // As CPython: the new bounds are the items at the slice's clamped start and stop indexes.
        const { start, stop, step } = sliceIndices(i, this.length);
        return makeRange(this.start + start * this.step, this.start + stop * this.step, this.step * step);
      }
      // An index past 2**53 is out of range of a range this short, and CPython says so even past 2**63.
      const j = typeof i === 'bigint' ? -1 : normIndex(i, this.length, indexMessage);
      if (j < 0) raise('IndexError', 'range object index out of range');
      return this.start + j * this.step;
    },
    __contains__(this: PyRange, x: unknown): boolean {
      const k = asIntKey(x);
      if (k !== null) return this.hasInt(k);
      for (const v of this) if (itemEq(v, x)) return true;
      return false;
    },
    index(this: PyRange, x: unknown): PyInt {
      const k = asIntKey(x);
      if (k !== null) {
        if (this.hasInt(k)) {
          if (this.blen === null && typeof k === 'number') return (k - this.start) / this.step;
          const [start, , step] = this.bigBounds;
          return bigToInt((B(k) - start) / step);
        }
      } else {
        let i = 0;
        for (const v of this) {
          if (itemEq(v, x)) return i;
          i++;
        }
      }
      return raise('ValueError', `${repr(x)} is not in range`);
    },
    count(this: PyRange, x: unknown): number {
      const k = asIntKey(x);
      if (k !== null) return this.hasInt(k) ? 1 : 0;
      let c = 0;
      for (const v of this) if (itemEq(v, x)) c++;
      return c;
    },
    __repr__(this: PyRange): string {
      const [a, b, c] = boundsOf(this);
      return c === 1 ? `range(${a}, ${b})` : `range(${a}, ${b}, ${c})`;
    },
    __eq__(this: PyRange, other: unknown): unknown {
      if (!(other instanceof PyRange)) return NotImplemented;
      return rangeEq(this, other);
    },
    __ne__(this: PyRange, other: unknown): unknown {
      if (!(other instanceof PyRange)) return NotImplemented;
      return !rangeEq(this, other);
    },
    __hash__(this: PyRange): number | bigint {
      const n = this.blen === null ? this.length : bigToInt(this.blen);
      const [a, , c] = boundsOf(this);
      const items = n === 0 ? [0, null, null] : n === 1 ? [1, a, null] : [n, a, c];
      return hashTuple(items, pyHash);
    },
  },
  getters: {
    start: (r: PyRange) => boundsOf(r)[0],
    stop: (r: PyRange) => boundsOf(r)[1],
    step: (r: PyRange) => boundsOf(r)[2],
  },
});

/** iter(range): counts `remaining` values from `next` by `step`. */
export class RangeIterator {
  constructor(
    private cur: number,
    private readonly step: number,
    private remaining: number,
  ) {}

  next(): IteratorResult<number> {
    if (this.remaining <= 0) return { value: undefined, done: true } as IteratorResult<number>;
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return { value: v, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__next__(): number {
    if (this.remaining <= 0) return stopIteration();
    this.remaining--;
    const v = this.cur;
    this.cur += this.step;
    return v;
  }

  $__iter__(): this {
    return this;
  }

  $__length_hint__(): number {
    return this.remaining > 0 ? this.remaining : 0;
  }
}

builtinType({ name: 'range_iterator', proto: RangeIterator.prototype, final: true });
markMethods(RangeIterator.prototype);
