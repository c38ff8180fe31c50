// slice objects and the index arithmetic every sequence shares.
//
// `xs[a:b:c]` compiles to `getslice(xs, a, b, c)`, which slices a plain list directly
// (`sliceBounds`) and hands anything else `getitem(xs, slice(a, b, c))`; the sequence resolves the
// slice against its length with `sliceIndices` (PySlice_Unpack + PySlice_AdjustIndices in
// Objects/sliceobject.c) and gets `[start, stop, step, count]` back. Integer subscripts go through `seqIndex`, which
// accepts ints, bools and objects with `__index__`, and names the sequence in its TypeError.

import { raise } from './exceptions.js';
import { className } from './object.js';

/** A Python slice object: `lower:upper:step`, each part None (null) when omitted. */
export class PySlice {
  constructor(
    readonly start: unknown,
    readonly stop: unknown,
    readonly step: unknown,
  ) {}
}

/** The `slice(lower, upper, step)` helper for generated code. */
export function slice(lower: unknown, upper: unknown, step: unknown): PySlice {
  return new PySlice(lower ?? null, upper ?? null, step ?? null);
}

/** `type(x).__name__`, for error messages. */
export const typeNameOf: (x: unknown) => string = className;

/**
 * `operator.index(x)`: an int (a JS number or bigint) from an int, a bool, or an object with
 * `__index__`; anything else raises TypeError with `message(typeName)`.
 */
export function toIndex(x: unknown, message?: (typeName: string) => string): number | bigint {
  if (typeof x === 'number') {
    if (Number.isInteger(x)) return x;
  } else if (typeof x === 'bigint') {
    return x;
  } else if (typeof x === 'boolean') {
    return x ? 1 : 0;
  } else if (x !== null && typeof x === 'object') {
    const m = (x as { $__index__?: () => unknown }).$__index__;
    if (typeof m === 'function') {
      const r = m.call(x);
      if (typeof r === 'bigint' || (typeof r === 'number' && Number.isInteger(r))) return r;
      if (typeof r === 'boolean') return r ? 1 : 0;
      raise('TypeError', `__index__ returned non-int (type ${typeNameOf(r)})`);
    }
  }
  return raise(
    'TypeError',
    message
      ? message(typeNameOf(x))
      : `'${typeNameOf(x)}' object cannot be interpreted as an integer`,
  );
}

/** An index as a JS number, clamped to ±2**53 (enough for every length we can hold). */
export function toIndexClamped(x: unknown, message?: (typeName: string) => string): number {
  const i = toIndex(x, message);
  if (typeof i === 'number') return i;
  return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** An index that must fit a C ssize_t (IndexError "cannot fit 'int' into an index-sized integer"). */
export function toSsize(x: unknown, message?: (typeName: string) => string): number {
  const i = toIndex(x, message);
  if (typeof i === 'number') return i;
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return raise('IndexError', "cannot fit 'int' into an index-sized integer");
}

/**
 * A Py_ssize_t argument of a builtin method (a width, a count, a list position): argument clinic
 * raises OverflowError past ±2**63, where an index raises IndexError.
 */
export function toSsizeArg(x: unknown): number {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  const i = toIndex(x);
  if (typeof i === 'number') return i;
  if (i >= -(2n ** 63n) && i < 2n ** 63n) return i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return raise('OverflowError', 'Python int too large to convert to C ssize_t');
}

function sliceMessage(): string {
  return 'slice indices must be integers or None or have an __index__ method';
}

/** The result of `sliceIndices`: reused, so resolving a slice allocates nothing. */
export const SL = { start: 0, stop: 0, step: 1, count: 0 };

/**
 * Resolve `s` against a sequence of `length` items into `SL` (start, stop, step, and the number of
 * items the slice selects), as PySlice_Unpack + PySlice_AdjustIndices do.
 */
export function sliceIndices(s: PySlice, length: number): typeof SL {
  return sliceBounds(s.start, s.stop, s.step, length);
}

/** `sliceIndices` of the slice `lower:upper:step` without making the slice object. */
export function sliceBounds(lower: unknown, upper: unknown, stepPart: unknown, length: number): typeof SL {
  let step = 1;
  if (stepPart !== null) {
    step = typeof stepPart === 'number' && Number.isInteger(stepPart) ? stepPart : toIndexClamped(stepPart, sliceMessage);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  let start: number;
  let stop: number;
  if (lower === null) {
    start = step < 0 ? length - 1 : 0;
  } else {
    start = typeof lower === 'number' && Number.isInteger(lower) ? lower : toIndexClamped(lower, sliceMessage);
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) {
      start = step < 0 ? length - 1 : length;
    }
  }
  if (upper === null) {
    stop = step < 0 ? -1 : length;
  } else {
    stop = typeof upper === 'number' && Number.isInteger(upper) ? upper : toIndexClamped(upper, sliceMessage);
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) {
      stop = step < 0 ? length - 1 : length;
    }
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    count = Math.floor((stop - start - 1) / step) + 1;
  }
  SL.start = start;
  SL.stop = stop;
  SL.step = step;
  SL.count = count;
  return SL;
}

/** `slice.indices(length)` arithmetic on arbitrary ints (bigints allowed), for the method. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const big = (v: unknown): bigint => BigInt(toIndex(v, sliceMessage));
  let step = 1n;
  if (s.step !== null) {
    step = big(s.step);
    if (step === 0n) raise('ValueError', 'slice step cannot be zero');
  }
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const adjust = (v: unknown, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let i = big(v);
    if (i < 0n) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  return [adjust(s.start, step < 0n ? upper : lower), adjust(s.stop, step < 0n ? lower : upper), step];
}
