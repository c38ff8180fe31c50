// range objects (Objects/rangeobject.c): an arithmetic progression that never materialises.
//
// `for i in range(n)` iterates a RangeIterator, whose `next` only adds; `len`, indexing,
// slicing (which gives another range), `in` for ints (arithmetic, no scan), `index` and `count`
// are computed from start, stop and step. Bounds are JS numbers; a bound beyond 2**53 is out of
// reach here (CPython supports it, no realistic program needs it) and raises OverflowError.

import { raise } from './exceptions.js';
import { itemEq } from './compare.js';
import { hashTuple } from './hash.js';
import { pyHash } from './compare.js';
import { builtinType, NotImplemented, type PyType } from './object.js';
import { repr } from './repr.js';
import { PySlice, sliceIndices, toIndex } from './slice.js';
import { normIndex } from './list.js';

function bound(x: unknown): number {
  const i = toIndex(x);
  if (typeof i === 'bigint') return raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return i;
}

function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export class PyRange {
  readonly length: number;
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    this.length = rangeLength(start, stop, step);
  }

  [Symbol.iterator](): RangeIterator {
    return new RangeIterator(this.start, this.step, this.length);
  }

  /** The item at position i (0 <= i < length). */
  at(i: number): number {
    return this.start + i * this.step;
  }

  /** True when int `x` is one of the range's values. */
  hasInt(x: number): boolean {
    const { start, stop, step } = this;
    if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
    return (x - start) % step === 0;
  }
}

/** range(stop) / range(start, stop[, step]) from Python arguments. */
export function range(a?: unknown, b?: unknown, c?: unknown): PyRange {
  if (b === undefined) {
    if (a === undefined) raise('TypeError', 'range expected at least 1 argument, got 0');
    if (typeof a === 'number' && Number.isInteger(a)) return new PyRange(0, a, 1);
    return new PyRange(0, bound(a), 1);
  }
  const start = typeof a === 'number' && Number.isInteger(a) ? a : bound(a);
  const stop = typeof b === 'number' && Number.isInteger(b) ? b : bound(b);
  let step = 1;
  if (c !== undefined) {
    step = typeof c === 'number' && Number.isInteger(c) ? c : bound(c);
    if (step === 0) raise('ValueError', 'range() arg 3 must not be zero');
  }
  return new PyRange(start, stop, step);
}

function indexMessage(t: string): string {
  return `range indices must be integers or slices, not ${t}`;
}

/** True for an int value (number, bool) that `in` can test arithmetically. */
function asIntKey(x: unknown): number | null {
  if (typeof x === 'number') return Number.isInteger(x) ? x : null;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return null;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
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
      return this.length;
    },
    __bool__(this: PyRange): boolean {
      return this.length !== 0;
    },
    __iter__(this: PyRange): RangeIterator {
      return new RangeIterator(this.start, this.step, this.length);
    },
    __reversed__(this: PyRange): RangeIterator {
      return new RangeIterator(this.start + (this.length - 1) * this.step, -this.step, this.length);
    },
    __getitem__(this: PyRange, i: unknown): unknown {
      if (typeof i === 'number' && Number.isInteger(i)) {
        const n = this.length;
        const j = i < 0 ? i + n : i;
        if (j >= 0 && j < n) return this.start + j * this.step;
        return raise('IndexError', 'range object index out of range');
      }
      if (i instanceof PySlice) {
        const { start, step, count } = sliceIndices(i, this.length);
        const first = this.start + start * this.step;
        const st = this.step * step;
        return new PyRange(first, first + count * st, st);
      }
      const j = normIndex(i, this.length, indexMessage);
      if (j < 0) raise('IndexError', 'range object index out of range');
      return this.start + j * this.step;
    },
    __contains__(this: PyRange, x: unknown): boolean {
      const k = asIntKey(x);
      if (k !== null) return this.hasInt(k);
      for (let i = 0; i < this.length; i++) if (itemEq(this.at(i), x)) return true;
      return false;
    },
    index(this: PyRange, x: unknown): number {
      const k = asIntKey(x);
      if (k !== null) {
        if (this.hasInt(k)) return (k - this.start) / this.step;
      } else {
        for (let i = 0; i < this.length; i++) if (itemEq(this.at(i), x)) return i;
      }
      return raise('ValueError', `${repr(x)} is not in range`);
    },
    count(this: PyRange, x: unknown): number {
      const k = asIntKey(x);
      if (k !== null) return this.hasInt(k) ? 1 : 0;
      let c = 0;
      for (let i = 0; i < this.length; i++) if (itemEq(this.at(i), x)) c++;
      return c;
    },
    __repr__(this: PyRange): string {
      return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
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
      const n = this.length;
      const items = n === 0 ? [0, null, null] : n === 1 ? [1, this.start, null] : [n, this.start, this.step];
      return hashTuple(items, pyHash);
    },
  },
  getters: {
    start: (r: PyRange) => r.start,
    stop: (r: PyRange) => r.stop,
    step: (r: PyRange) => r.step,
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
    if (this.remaining <= 0) return raise('StopIteration', '');
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
