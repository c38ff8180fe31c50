// The `_heapq` accelerator (Modules/_heapqmodule.c), which lib/heapq.py imports over its own
// pure-Python functions as CPython's heapq.py does.
//
// It follows the C code rather than the Python: the sift loops swap items in place at each step
// (so a comparison that raises leaves the list a permutation of its items, as in CPython), the
// list's size is checked after every comparison ("list changed size during iteration"), and the
// list is used directly, without its methods: a list subclass's overridden append or pop is not
// called. Comparisons are PyObject_RichCompareBool(a, b, Py_LT): `itemLt`, with exact tuples
// compared item by item right here, since priority queues are mostly heaps of tuples.

import { raise } from '../exceptions.js';
import { setTextSignature } from '../function.js';
import { itemLt, seqCompare } from '../compare.js';
import { noKw } from '../install.js';
import { isList } from '../list.js';
import { nativeModule } from '../module.js';
import { typeNameOf } from '../slice.js';
import { PyTuple } from '../tuple.js';
import { defineAll } from './common.js';
import { registerSignatures } from '../native_signatures.js';

type Heap = unknown[];

/** `a < b` as a JS boolean, as PyObject_RichCompareBool(a, b, Py_LT) gives it. */
function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  // Exact tuples only: a subclass may define its own __lt__, or a reflected __gt__ that wins.
  if (a instanceof PyTuple && b instanceof PyTuple && a.constructor === PyTuple && b.constructor === PyTuple) {
    // The usual heap entry, (priority, item): distinct numeric first items decide at once. NaN
    // (unequal to itself) takes the item-by-item walk, which keeps identity semantics.
    const x = a[0];
    const y = b[0];
    if (typeof x === 'number' && typeof y === 'number' && x !== y && x === x && y === y) return x < y;
    return seqCompare(a, b, 'lt');
  }
  return itemLt(a, b);
}

function changedSize(): never {
  return raise('RuntimeError', 'list changed size during iteration');
}

/** siftdown: move the item at `pos` up towards `startpos` while it is less than its parent. */
function siftdown(heap: Heap, startpos: number, pos: number, max: boolean): void {
  const size = heap.length;
  if (pos >= size) raise('IndexError', 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap[pos];
    const parent = heap[parentpos];
    const lt = max ? less(parent, newitem) : less(newitem, parent);
    if (size !== heap.length) changedSize();
    if (!lt) break;
    // The comparison may have moved items: swap what is there now, as the C code does.
    const p = heap[parentpos];
    heap[parentpos] = heap[pos];
    heap[pos] = p;
    pos = parentpos;
  }
}

/** siftup: move the smaller child up until a leaf, then sift the item there back down. */
function siftup(heap: Heap, pos: number, max: boolean): void {
  const endpos = heap.length;
  const startpos = pos;
  if (pos >= endpos) raise('IndexError', 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = max ? less(heap[childpos + 1], heap[childpos]) : less(heap[childpos], heap[childpos + 1]);
      if (!lt) childpos++;
      if (endpos !== heap.length) changedSize();
    }
    const child = heap[childpos];
    heap[childpos] = heap[pos];
    heap[pos] = child;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

/** The clinic's `object(subclass_of='&PyList_Type')` check; `which` is "argument" or "argument 1". */
function listArg(heap: unknown, fname: string, which: string): Heap {
  if (!isList(heap)) raise('TypeError', `${fname}() ${which} must be list, not ${heap === null ? 'None' : typeNameOf(heap)}`);
  return heap as Heap;
}

function oneArg(fname: string, given: number): void {
  if (given !== 1) raise('TypeError', `_heapq.${fname}() takes exactly one argument (${given} given)`);
}

function twoArgs(fname: string, given: number): void {
  if (given !== 2) raise('TypeError', `${fname} expected 2 arguments, got ${given}`);
}

function popInternal(heap: Heap, max: boolean): unknown {
  const n = heap.length;
  if (n === 0) raise('IndexError', 'index out of range');
  const lastelt = heap.pop();
  if (n === 1) return lastelt;
  const returnitem = heap[0];
  heap[0] = lastelt;
  siftup(heap, 0, max);
  return returnitem;
}

function replaceInternal(heap: Heap, item: unknown, max: boolean): unknown {
  if (heap.length === 0) raise('IndexError', 'index out of range');
  const returnitem = heap[0];
  heap[0] = item;
  siftup(heap, 0, max);
  return returnitem;
}

function heapifyInternal(heap: Heap, max: boolean): null {
  const n = heap.length;
  if (n > 2500) return cacheFriendlyHeapify(heap, max);
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
  return null;
}

/**
 * cache_friendly_heapify: a parent is sifted as soon as both its children are. The heap is the
 * same as the plain order's; only the state a raising comparison leaves behind differs.
 */
function cacheFriendlyHeapify(heap: Heap, max: boolean): null {
  const m = heap.length >> 1;
  const leftmost = keepTopBit(m + 1) - 1;
  const mhalf = m >> 1;
  const siftWithParents = (i: number): void => {
    for (let j = i; ; j >>= 1) {
      siftup(heap, j, max);
      if (!(j & 1)) break;
    }
  };
  for (let i = leftmost - 1; i >= mhalf; i--) siftWithParents(i);
  for (let i = m - 1; i >= leftmost; i--) siftWithParents(i);
  return null;
}

/** The highest power of two not above `n` (for n >= 1). */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

function heappush(heap: unknown, item: unknown): null {
  twoArgs('heappush', arguments.length);
  const h = listArg(heap, 'heappush', 'argument 1');
  h.push(item);
  siftdown(h, 0, h.length - 1, false);
  return null;
}

function heappop(heap: unknown): unknown {
  oneArg('heappop', arguments.length);
  return popInternal(listArg(heap, 'heappop', 'argument'), false);
}

function heapreplace(heap: unknown, item: unknown): unknown {
  twoArgs('heapreplace', arguments.length);
  return replaceInternal(listArg(heap, 'heapreplace', 'argument 1'), item, false);
}

function heappushpop(heap: unknown, item: unknown): unknown {
  twoArgs('heappushpop', arguments.length);
  const h = listArg(heap, 'heappushpop', 'argument 1');
  if (h.length === 0) return item;
  if (!less(h[0], item)) return item;
  // The comparison may have emptied the list.
  if (h.length === 0) raise('IndexError', 'index out of range');
  const returnitem = h[0];
  h[0] = item;
  siftup(h, 0, false);
  return returnitem;
}

function heapify(heap: unknown): null {
  oneArg('heapify', arguments.length);
  return heapifyInternal(listArg(heap, 'heapify', 'argument'), false);
}

function _heappop_max(heap: unknown): unknown {
  oneArg('_heappop_max', arguments.length);
  return popInternal(listArg(heap, '_heappop_max', 'argument'), true);
}

function _heapreplace_max(heap: unknown, item: unknown): unknown {
  twoArgs('_heapreplace_max', arguments.length);
  return replaceInternal(listArg(heap, '_heapreplace_max', 'argument 1'), item, true);
}

function _heapify_max(heap: unknown): null {
  oneArg('_heapify_max', arguments.length);
  return heapifyInternal(listArg(heap, '_heapify_max', 'argument'), true);
}

function populateHeapq(mod: Record<string, unknown>): void {
  const fns = { heappush, heappop, heapreplace, heappushpop, heapify, _heappop_max, _heapreplace_max, _heapify_max };
  for (const [name, fn] of Object.entries(fns)) {
    noKw(fn, `_heapq.${name}`);
    setTextSignature(fn, fn.length === 2 ? '($module, heap, item, /)' : '($module, heap, /)');
  }
  defineAll(mod, fns);
}

nativeModule('_heapq', populateHeapq);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('_heapq', '_heapq', '_heapify_max O 1 1;_heappop_max O 1 1;_heapreplace_max P 2 2;heapify O 1 1;heappop O 1 1;heappush P 2 2;heappushpop P 2 2;heapreplace P 2 2');
// END GENERATED
