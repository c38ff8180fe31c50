// The builtin functions (Python/bltinmodule.c) that are not part of the object model: print, len,
// the iteration builtins, the numeric helpers, and the lazy iterator types map / filter / zip /
// enumerate / reversed / callable_iterator.
//
// Builtins that take keyword arguments expose `fn.$kw(pos, kw)` (runtime/install.ts); a plain
// positional call is a direct JS call. The iterator types are Python iterators (`__next__`,
// `__iter__`) and JS iterators (`next`, `Symbol.iterator`) at once, so `for` loops over them run
// as plain for-of loops and they stay lazy, as in Python 3.

import { unwrapStr } from './strvalue.js';
import {
  raise, StopIteration as StopIterationType, IndexError as IndexErrorType, isPyException, enterTry, exitTry,
  ENDS_ITERATION, ENDS_SEQUENCE, ITERATION_STOPPED, nextOrStopped,
} from './exceptions.js';
import { itemEq, pyHash, strLt } from './compare.js';
import { intAdd, intBin, intHex, intOct, type PyInt } from './int.js';
import { invalidKeyword, markMethods, stopIteration } from './install.js';
import {
  builtinType, className, Flags, idOf, installBuiltinMembers, isClass, isInstance as isInstanceOne, isSubclass as isSubclassOne, META,
  NotImplemented, TYPE, type as typeType, typeOf, type KwPairs, type PyType,
} from './object.js';
import { add, gt, lt, pow as opPow, truthy, iter as opIter } from './ops.js';
import { callable, isCallable } from './function.js';
import { format, repr as reprOf, str } from './repr.js';
import { PySlice, sliceIndicesBig, toIndex, typeNameOf } from './slice.js';
import { asciiEscape, strLen } from './str.js';
import { newTuple, PyTuple, tuple } from './tuple.js';
import { isExactArray, ListIterator, ListReverseIterator, sortList, toList, TupleIterator } from './list.js';
import { PyDict } from './dict.js';
import { ownClassGetitem } from './generic.js';
import { PyGenerator } from './generator.js';
import { PyBytes, PyByteArray } from './bytes.js';
import { currentStdout, stdout, stdoutWrite, flushStdout, TextStream, PyFile } from './io.js';
import { getattrByName } from './classes.js';
import { wantsArgument, wantsAtMost, wantsNone, wantsOne, wantsRange } from './arity.js';

type Fn = (...args: unknown[]) => unknown;

function withKw<F extends Function>(fn: F, kw: (this: unknown, pos: unknown[], kw: KwPairs | null) => unknown): F {
  (fn as unknown as { $kw: unknown }).$kw = kw;
  return fn;
}

/** A JS iterator over any Python iterable. */
function jsIter(x: unknown): Iterator<unknown> {
  const it = opIter(x);
  // The lazy iterators below are pulled directly: their Symbol.iterator is for JS loops.
  if (it instanceof PyIterator) return it;
  return (it as Iterable<unknown>)[Symbol.iterator]();
}

function isStopIteration(e: unknown): boolean {
  return isPyException(e) && isInstanceOne(e, StopIterationType);
}

// ---------------------------------------------------------------------------------------------
// print, repr, ascii, format, input

/** print(*args, sep=' ', end='\n', file=None, flush=False) */
export const print = withKw(
  function print(...args: unknown[]): null {
    if (currentStdout !== stdout || stdout.closed) {
      // Without a sys.stdout (a program started with it closed, or one that set it to None),
      // print does nothing.
      if (currentStdout !== null) printTo(currentStdout, args, ' ', '\n');
      return null;
    }
    let s = '';
    try {
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (i > 0) s += ' ';
        s += typeof a === 'string' ? a : str(a);
      }
    } catch (e) {
      // CPython has already written the pieces before the one whose str() failed.
      stdoutWrite(s);
      throw e;
    }
    stdoutWrite(s + '\n');
    return null;
  },
  (pos, kw): unknown => {
    let sep = ' ';
    let end = '\n';
    let file: unknown = null;
    let flush = false;
    for (const [k, given] of kw ?? []) {
      // A str subclass instance (a String wrapper object) is written as str() gives it, as
      // print writes every object, so its own __str__ is heard.
      const v = given instanceof String ? str(given) : given;
      switch (k) {
        case 'sep':
          if (v !== null && typeof v !== 'string') raise('TypeError', `sep must be None or a string, not ${typeNameOf(v)}`);
          sep = v === null ? ' ' : v;
          break;
        case 'end':
          if (v !== null && typeof v !== 'string') raise('TypeError', `end must be None or a string, not ${typeNameOf(v)}`);
          end = v === null ? '\n' : v;
          break;
        case 'file':
          file = given;
          break;
        case 'flush':
          flush = truthy(given);
          break;
        default:
          raise('TypeError', `'${k}' is an invalid keyword argument for print()`);
      }
    }
    if (file === null) file = currentStdout;
    if (file === null) return null;
    printTo(file, pos, sep, end);
    if (flush) {
      if (file === stdout) stdout.$flush();
      else {
        const f = (file as { $flush?: () => unknown }).$flush;
        if (typeof f === 'function') f.call(file);
      }
    }
    return null;
  },
);

/**
 * The runtime's own text streams gain nothing from seeing print's pieces one by one, so they get
 * a single joined write; any other writer (a Python class, a replaced sys.stdout) is called once
 * per argument, per separator and for the end, as CPython does.
 */
function isNativeTextWriter(file: unknown): boolean {
  if (file instanceof TextStream) return (file as TextStream).$write === TextStream.prototype.$write;
  if (file instanceof PyFile) return (file as PyFile).$write === PyFile.prototype.$write;
  return false;
}

function printTo(file: unknown, pieces: unknown[], sep: string, end: string): void {
  if (isNativeTextWriter(file)) {
    let s = '';
    try {
      for (let i = 0; i < pieces.length; i++) {
        const a = pieces[i];
        if (i > 0) s += sep;
        s += typeof a === 'string' ? a : str(a);
      }
    } catch (e) {
      if (s !== '') writeTo(file, s);
      throw e;
    }
    writeTo(file, s + end);
    return;
  }
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) writeTo(file, sep);
    const a = pieces[i];
    writeTo(file, typeof a === 'string' ? a : str(a));
  }
  writeTo(file, end);
}

function writeTo(file: unknown, s: string): void {
  const w = (file as { $write?: (s: string) => unknown } | null)?.$write;
  if (typeof w !== 'function') raise('AttributeError', `'${typeNameOf(file)}' object has no attribute 'write'`);
  w.call(file, s);
}

/** ascii(x) */
export function ascii(x: unknown, over?: unknown): string {
  if (x === undefined || over !== undefined) wantsOne('ascii', arguments.length);
  return asciiEscape(reprOf(x));
}

/** repr(x) */
export function repr(x: unknown, over?: unknown): string {
  if (x === undefined || over !== undefined) wantsOne('repr', arguments.length);
  return reprOf(x);
}

export { format };

// ---------------------------------------------------------------------------------------------
// len, abs, hash, id

/** len(x) */
export function len(x: unknown, over?: unknown): number {
  if (x === undefined || over !== undefined) wantsOne('len', arguments.length);
  if (typeof x === 'string') return strLen(x);
  if (isExactArray(x)) return x.length;
  // Exact dicts only: a subclass may override __len__.
  if (x instanceof PyDict && x.constructor === PyDict) return x.m.size;
  const m = (x as { $__len__?: () => unknown } | null)?.$__len__;
  if (typeof m !== 'function') return raise('TypeError', `object of type '${typeNameOf(x)}' has no len()`);
  const n = m.call(x);
  if (typeof n === 'number' && Number.isInteger(n)) {
    if (n < 0) raise('ValueError', '__len__() should return >= 0');
    return n;
  }
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (typeof n === 'bigint') {
    if (n < 0n) raise('ValueError', '__len__() should return >= 0');
    return raise('OverflowError', 'cannot fit \'int\' into an index-sized integer');
  }
  return raise('TypeError', `'${typeNameOf(n)}' object cannot be interpreted as an integer`);
}

/** abs(x) */
export function abs(x: unknown, over?: unknown): unknown {
  if (x === undefined || over !== undefined) wantsOne('abs', arguments.length);
  if (typeof x === 'number') return x < 0 ? -x : Number.isInteger(x) ? x + 0 : x;
  const m = (x as { $__abs__?: () => unknown } | null)?.$__abs__;
  if (typeof m !== 'function') return raise('TypeError', `bad operand type for abs(): '${typeNameOf(x)}'`);
  return m.call(x);
}

/** hash(x) */
export function hash(x: unknown, over?: unknown): PyInt {
  if (x === undefined || over !== undefined) wantsOne('hash', arguments.length);
  return pyHash(x);
}

/** id(x) */
export function id(x: unknown, over?: unknown): number {
  if (x === undefined || over !== undefined) wantsOne('id', arguments.length);
  return idOf(x);
}

/** getattr(object, name[, default]) */
export function getattr(obj: unknown, name: unknown, dflt?: unknown, over?: unknown): unknown {
  if (name === undefined || over !== undefined) wantsRange('getattr', 2, 3, arguments.length);
  return getattrByName(obj, name, dflt);
}

/** callable(object) */
function callableBuiltin(x: unknown, over?: unknown): boolean {
  if (x === undefined || over !== undefined) wantsOne('callable', arguments.length);
  return isCallable(x);
}
export { callableBuiltin as callable };

// ---------------------------------------------------------------------------------------------
// isinstance, issubclass

function classInfoCheck(x: unknown, cls: unknown, fname: string, test: (c: PyType) => boolean): boolean {
  if (isClass(cls)) {
    const meta = typeOf(cls);
    const hook = meta.prototype.$__instancecheck__;
    if (fname === 'isinstance' && hook !== undefined && meta[META].name !== 'type') {
      return truthy(hook.call(cls, x));
    }
    const shook = meta.prototype.$__subclasscheck__;
    if (fname === 'issubclass' && shook !== undefined && meta[META].name !== 'type') {
      return truthy(shook.call(cls, x));
    }
    return test(cls);
  }
  if (cls instanceof PyTuple) {
    for (const c of cls) if (classInfoCheck(x, c, fname, test)) return true;
    return false;
  }
  // Any object whose type defines __instancecheck__ / __subclasscheck__ (typing's aliases).
  if (cls !== null && cls !== undefined) {
    const proto = typeOf(cls).prototype as { $__instancecheck__?: unknown; $__subclasscheck__?: unknown };
    const check = fname === 'isinstance' ? proto.$__instancecheck__ : proto.$__subclasscheck__;
    if (typeof check === 'function') return truthy(check.call(cls, x));
  }
  const unionArgs = (cls as { $__args__?: unknown } | null)?.$__args__;
  if (unionArgs instanceof PyTuple && className(cls) === 'UnionType') {
    return classInfoCheck(x, unionArgs, fname, test);
  }
  return raise(
    'TypeError',
    fname === 'isinstance'
      ? 'isinstance() arg 2 must be a type, a tuple of types, or a union'
      : 'issubclass() arg 2 must be a class, a tuple of classes, or a union',
  );
}

/** isinstance(x, classinfo) */
export function isinstance(x: unknown, cls: unknown, over?: unknown): boolean {
  if (cls === undefined || over !== undefined) wantsRange('isinstance', 2, 2, arguments.length);
  // The common case, an instance of exactly that class, without building the general check.
  if (typeof x === 'object' && x !== null && typeof cls === 'function' && (x as { [TYPE]?: unknown })[TYPE] === cls) return true;
  // A class whose metaclass is type itself (every builtin class, most user classes) has no
  // __instancecheck__ of its own: the answer is the type check, without the general dispatch.
  if (typeof cls === 'function' && (cls as { [TYPE]?: unknown })[TYPE] === typeType) return isInstance(x, cls as PyType);
  if (cls instanceof PyTuple) {
    const answer = isInstanceOfPlainClasses(x, cls);
    if (answer !== undefined) return answer;
  }
  return classInfoCheck(x, cls, 'isinstance', (c) => isInstance(x, c));
}

/**
 * isinstance(x, (A, B, ...)) when every item is a class whose metaclass is `type` (no
 * __instancecheck__ to call): undefined when one is not, for the general check.
 */
function isInstanceOfPlainClasses(x: unknown, classes: PyTuple): boolean | undefined {
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i];
    if (typeof c !== 'function' || !isClass(c) || typeOf(c) !== typeType) return undefined;
  }
  for (let i = 0; i < classes.length; i++) if (isInstance(x, classes[i] as PyType)) return true;
  return false;
}

/** isinstance against one class, with tuple and list kept apart (a tuple is a JS array). */
function isInstance(x: unknown, c: PyType): boolean {
  if (Array.isArray(x) && c.prototype === Array.prototype) {
    if (x instanceof PyTuple) return false;
  }
  return isInstanceOne(x, c) || (typeof x === 'object' && x !== null && !ofBuiltinClass(x) && claimsClass(x, c));
}

/**
 * Whether `x`'s type is a builtin class itself (not a subclass): its `__class__` is object's,
 * which names that type (`isinstance(4e3, int)` on a boxed float asked it at every call).
 */
function ofBuiltinClass(x: object): boolean {
  return (typeOf(x)[META].flags & Flags.Builtin) !== 0;
}

/**
 * Does `x.__class__` name a subclass of `c` other than x's type? Python asks that when the type
 * is not one: an object may present itself as another class (a proxy's `__class__` property).
 */
function claimsClass(x: object, c: PyType): boolean {
  const k = (x as { $__class__?: unknown }).$__class__;
  return typeof k === 'function' && k !== typeOf(x) && isClass(k) && isSubclassOne(k, c);
}

/** issubclass(cls, classinfo) */
export function issubclass(cls: unknown, info: unknown, over?: unknown): boolean {
  if (info === undefined || over !== undefined) wantsRange('issubclass', 2, 2, arguments.length);
  if (isClass(cls)) return classInfoCheck(cls, info, 'issubclass', (c) => isSubclassOne(cls, c));
  // A metaclass's __subclasscheck__ still gets a non-class (TypedDict answers with its own error).
  if (!hasSubclassHook(info)) return raise('TypeError', 'issubclass() arg 1 must be a class');
  return classInfoCheck(cls, info, 'issubclass', () => raise('TypeError', 'issubclass() arg 1 must be a class'));
}

/** Whether `info` is a class whose metaclass (not `type`) defines __subclasscheck__. */
function hasSubclassHook(info: unknown): boolean {
  if (!isClass(info)) return false;
  const meta = typeOf(info);
  return meta.prototype.$__subclasscheck__ !== undefined && meta[META].name !== 'type';
}

// ---------------------------------------------------------------------------------------------
// min, max, sum, sorted, any, all

function minmax(name: 'min' | 'max', pos: unknown[], kw: KwPairs | null): unknown {
  let key: unknown = null;
  let dflt: unknown = undefined;
  for (const [k, v] of kw ?? []) {
    if (k === 'key') key = v;
    else if (k === 'default') dflt = v;
    else raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (pos.length === 0) raise('TypeError', `${name} expected at least 1 argument, got 0`);
  let items: Iterable<unknown>;
  if (pos.length === 1) {
    items = opIter(pos[0]) as Iterable<unknown>;
  } else {
    if (dflt !== undefined) {
      raise('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    items = pos;
  }
  const better = name === 'max' ? gtBool : ltBool;
  let best: unknown = undefined;
  let bestKey: unknown = undefined;
  const f = key === null ? null : (callable(key) as Fn);
  for (const item of items) {
    const k = f === null ? item : f(item);
    if (best === undefined || better(k, bestKey)) {
      best = item;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    return raise('ValueError', `${name}() arg is an empty sequence`);
  }
  return best;
}

function gtBool(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (typeof a === 'string' && typeof b === 'string') return strLt(b, a);
  return truthy(gt(a, b));
}

function ltBool(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return strLt(a, b);
  return truthy(lt(a, b));
}

/** max(iterable, *, key=None, default=...) / max(a, b, *args, key=None) */
export const max = withKw(function max(...args: unknown[]): unknown {
  return minmax('max', args, null);
}, (pos, kw): unknown => minmax('max', pos, kw));

/** min(iterable, *, key=None, default=...) / min(a, b, *args, key=None) */
export const min = withKw(function min(...args: unknown[]): unknown {
  return minmax('min', args, null);
}, (pos, kw): unknown => minmax('min', pos, kw));

/** sum(iterable, /, start=0) */
export const sum = withKw(
  function sum(iterable: unknown, start: unknown = 0, over?: unknown): unknown {
    if (iterable === undefined) raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
    if (over !== undefined) wantsAtMost('sum', 2, arguments.length);
    if (typeof start === 'string') raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    if (start instanceof PyBytes) raise('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
    if (start instanceof PyByteArray) raise('TypeError', "sum() can't sum bytearray [use b''.join(seq) instead]");
    let acc: unknown = start;
    if (isExactArray(iterable)) {
      const n = iterable.length;
      let i = 0;
      // Int fast path: stay in safe integers.
      if (typeof acc === 'number' && Number.isInteger(acc)) {
        let s = acc;
        for (; i < n; i++) {
          const v = iterable[i];
          if (typeof v !== 'number' || !Number.isInteger(v)) break;
          const t = s + v;
          if (t > 9007199254740991 || t < -9007199254740991) break;
          s = t;
        }
        acc = s;
      }
      for (; i < n; i++) acc = addItem(acc, iterable[i]);
      return acc;
    }
    for (const v of opIter(iterable) as Iterable<unknown>) acc = addItem(acc, v);
    return acc;
  },
  (pos, kw): unknown => {
    let start: unknown = pos[1];
    if (pos.length + (kw?.length ?? 0) > 2) wantsAtMost('sum', 2, pos.length + (kw?.length ?? 0));
    for (const [k, v] of kw ?? []) {
      if (k === 'start') start = v;
      else invalidKeyword('sum', k);
    }
    if (pos.length === 0) raise('TypeError', 'sum() takes at least 1 positional argument (0 given)');
    return sum(pos[0], start === undefined ? 0 : start);
  },
);

function addItem(acc: unknown, v: unknown): unknown {
  if (typeof acc === 'number' && typeof v === 'number') {
    if (Number.isInteger(acc) && Number.isInteger(v)) return intAdd(acc, v);
    // A float in a JS number is never integral, so a sum that is not integral is that float
    // (an int operand is below 2**53 and converts exactly, as in Python); an integral one must
    // be boxed, which `add` does.
    const t = acc + v;
    if (!Number.isInteger(t) && t === t && t - t === 0) return t;
  }
  return add(acc, v);
}

/** sorted(iterable, /, *, key=None, reverse=False) */
export const sorted = withKw(
  function sorted(iterable: unknown, over?: unknown): unknown[] {
    if (iterable === undefined || over !== undefined) wantsRange('sorted', 1, 1, arguments.length);
    const xs = toList(iterable);
    sortList(xs, null, false, false);
    return xs;
  },
  (pos, kw): unknown => {
    if (pos.length !== 1) raise('TypeError', `sorted expected 1 argument, got ${pos.length}`);
    let key: unknown = null;
    let reverse = false;
    for (const [k, v] of kw ?? []) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(v);
      else invalidKeyword('sort', k);
    }
    const xs = toList(pos[0]);
    sortList(xs, key, reverse, false);
    return xs;
  },
);

/** any(iterable) */
export function any(iterable: unknown, over?: unknown): boolean {
  if (iterable === undefined || over !== undefined) wantsOne('any', arguments.length);
  if (isExactArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) if (truthy(iterable[i])) return true;
    return false;
  }
  for (const v of opIter(iterable) as Iterable<unknown>) if (truthy(v)) return true;
  return false;
}

/** all(iterable) */
export function all(iterable: unknown, over?: unknown): boolean {
  if (iterable === undefined || over !== undefined) wantsOne('all', arguments.length);
  if (isExactArray(iterable)) {
    for (let i = 0; i < iterable.length; i++) if (!truthy(iterable[i])) return false;
    return true;
  }
  for (const v of opIter(iterable) as Iterable<unknown>) if (!truthy(v)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Lazy iterators

/** Shared Python-iterator plumbing: subclasses implement `next()`. */
abstract class PyIterator {
  abstract next(): IteratorResult<unknown>;

  [Symbol.iterator](): Iterator<unknown> {
    return this;
  }

  $__iter__(): this {
    return this;
  }

  $__next__(): unknown {
    const r = this.next();
    if (r.done) return stopIteration();
    return r.value;
  }
}

/**
 * A JS loop over an iterator whose items are new tuples (zip, enumerate) pulls them through this
 * generator. V8 builds an Array subclass such as PyTuple in inline code only outside a try block,
 * and a for-of loop is one (its iterator-closing handler): once the loop inlines `next()`, every
 * tuple becomes a runtime call, about 100 ns. A generator's frame is never inlined into its caller,
 * so `next()` runs in its own optimised code, where the tuple is built inline.
 */
function* pullItems(it: PyIterator): Generator<unknown, void, undefined> {
  for (;;) {
    const r = it.next();
    if (r.done) return;
    yield r.value;
  }
}

const DONE: IteratorResult<unknown> = Object.freeze({ value: undefined, done: true }) as IteratorResult<unknown>;

/**
 * A StopIteration escaping the function of map() or filter() ends the current round of
 * iteration, as the consumer sees it (`map(next, its)`); any other error propagates.
 */
function endsRound(e: unknown): IteratorResult<unknown> {
  if (isStopIteration(e)) return DONE;
  throw e;
}

export class MapIterator extends PyIterator {
  constructor(
    private f: Fn,
    private its: Iterator<unknown>[],
  ) {
    super();
  }

  next(): IteratorResult<unknown> {
    const its = this.its;
    if (its.length === 1) {
      const r = its[0]!.next();
      if (r.done) return DONE;
      try {
        return { value: this.f(r.value), done: false };
      } catch (e) {
        return endsRound(e);
      }
    }
    const args = new Array(its.length);
    for (let i = 0; i < its.length; i++) {
      const r = its[i]!.next();
      if (r.done) return DONE;
      args[i] = r.value;
    }
    try {
      return { value: this.f(...args), done: false };
    } catch (e) {
      return endsRound(e);
    }
  }
}

export class FilterIterator extends PyIterator {
  constructor(
    private f: Fn | null,
    private it: Iterator<unknown>,
  ) {
    super();
  }

  next(): IteratorResult<unknown> {
    for (;;) {
      const r = this.it.next();
      if (r.done) return DONE;
      let keep: boolean;
      try {
        keep = this.f === null ? truthy(r.value) : truthy(this.f(r.value));
      } catch (e) {
        return endsRound(e);
      }
      if (keep) return r;
    }
  }
}

export class ZipIterator extends PyIterator {
  constructor(
    private its: Iterator<unknown>[],
    private strict: boolean,
  ) {
    super();
  }

  override [Symbol.iterator](): Iterator<unknown> {
    return pullItems(this);
  }

  /** `strict` from pickle's state: whether unequal lengths raise. */
  $__setstate__(state: unknown): null {
    this.strict = truthy(state);
    return null;
  }

  next(): IteratorResult<unknown> {
    const its = this.its;
    const n = its.length;
    if (n === 0) return DONE;
    const items = newTuple(n);
    for (let i = 0; i < n; i++) {
      const r = its[i]!.next();
      if (r.done) {
        if (this.strict) {
          if (i > 0) {
            raise('ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : '-' + i}`);
          }
          for (let j = 1; j < n; j++) {
            if (!its[j]!.next().done) {
              raise('ValueError', `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : '-' + j}`);
            }
          }
        }
        this.its = [];
        return DONE;
      }
      items[i] = r.value;
    }
    return { value: items, done: false };
  }
}

export class EnumerateIterator extends PyIterator {
  constructor(
    private it: Iterator<unknown>,
    private i: PyInt,
  ) {
    super();
  }

  override [Symbol.iterator](): Iterator<unknown> {
    return pullItems(this);
  }

  next(): IteratorResult<unknown> {
    const r = this.it.next();
    if (r.done) return DONE;
    const i = this.i;
    this.i = typeof i === 'number' && i < 9007199254740991 ? i + 1 : intAdd(i, 1);
    const t = newTuple(2);
    t[0] = i;
    t[1] = r.value;
    return { value: t, done: false };
  }
}

/** reversed() over a sequence with __len__ and __getitem__ (a str, a tuple, a user class). */
export class SeqReverseIterator extends PyIterator {
  constructor(
    private seq: unknown,
    private i: number,
    /** The items themselves, when indexing them directly is the same as `__getitem__` (str, tuple). */
    private items: ArrayLike<unknown> | null,
  ) {
    super();
  }

  next(): IteratorResult<unknown> {
    if (this.i < 0) return DONE;
    if (this.items !== null) return { value: this.items[this.i--], done: false };
    // As for iteration by __getitem__, IndexError or StopIteration ends the walk.
    const depth = enterTry(ENDS_SEQUENCE);
    let v: unknown;
    try {
      v = (this.seq as { $__getitem__(i: number): unknown }).$__getitem__(this.i--);
    } catch (e) {
      exitTry(depth);
      if (isPyException(e) && (isInstanceOne(e, IndexErrorType) || isInstanceOne(e, StopIterationType))) {
        this.i = -1;
        return DONE;
      }
      throw e;
    }
    exitTry(depth);
    return { value: v, done: false };
  }

  $__length_hint__(): number {
    return this.i + 1;
  }

  /** Resume at `index` (pickle's state), kept within the sequence: -1 is exhausted. */
  $__setstate__(index: unknown): null {
    const i = typeof index === 'number' && Number.isInteger(index) ? index : Number(toIndex(index));
    if (this.seq !== null) {
      const last = (this.items !== null ? this.items.length : len(this.seq)) - 1;
      this.i = i < -1 ? -1 : i > last ? last : i;
    }
    return null;
  }
}

/** iter(callable, sentinel) */
export class CallableIterator extends PyIterator {
  private done = false;
  constructor(
    private f: Fn,
    private sentinel: unknown,
  ) {
    super();
  }

  next(): IteratorResult<unknown> {
    if (this.done) return DONE;
    let v: unknown;
    try {
      v = this.f();
    } catch (e) {
      // CPython drops the callable once it has raised StopIteration.
      if (!isStopIteration(e)) throw e;
      this.done = true;
      return DONE;
    }
    if (itemEq(v, this.sentinel)) {
      this.done = true;
      return DONE;
    }
    return { value: v, done: false };
  }
}

// Each type has a positional entry (`filterCall`), what a plain call runs, and a general one
// (`newFilter`) taking the positional list and keyword pairs, what type.__call__ and `__new__` run.

function mapCall(...pos: unknown[]): MapIterator {
  return newMap(pos);
}

function newMap(pos: unknown[]): MapIterator {
  if (pos.length < 2) raise('TypeError', 'map() must have at least two arguments.');
  const its = new Array<Iterator<unknown>>(pos.length - 1);
  for (let i = 1; i < pos.length; i++) its[i - 1] = jsIter(pos[i]);
  return new MapIterator(callable(pos[0]) as Fn, its);
}

function filterCall(f: unknown, iterable: unknown, over?: unknown): FilterIterator {
  if (iterable === undefined || over !== undefined) wantsRange('filter', 2, 2, arguments.length);
  return new FilterIterator(f === null ? null : (callable(f) as Fn), jsIter(iterable));
}

function newFilter(pos: unknown[]): FilterIterator {
  if (pos.length !== 2) wantsRange('filter', 2, 2, pos.length);
  return filterCall(pos[0], pos[1]);
}

function zipCall(...iterables: unknown[]): ZipIterator {
  return new ZipIterator(iterables.map(jsIter), false);
}

function newZip(pos: unknown[], kw: KwPairs | null): ZipIterator {
  let strict = false;
  for (const [k, v] of kw ?? []) {
    if (k === 'strict') strict = truthy(v);
    else raise('TypeError', `'${k}' is an invalid keyword argument for zip()`);
  }
  return new ZipIterator(pos.map(jsIter), strict);
}

function enumerateCall(iterable: unknown, start: unknown = 0, over?: unknown): EnumerateIterator {
  if (iterable === undefined) wantsArgument('enumerate', 'iterable', null);
  if (over !== undefined) wantsAtMost('enumerate', 2, arguments.length);
  const s = typeof start === 'number' && Number.isInteger(start) ? start : toIndex(start);
  return new EnumerateIterator(jsIter(iterable), s);
}

function newEnumerate(pos: unknown[], kw: KwPairs | null): EnumerateIterator {
  const names = kw === null ? [] : kw.map(([k]) => k);
  const given = pos.length + names.length;
  if (given === 0 || (given > 2 && pos.length === 0)) wantsArgument('enumerate', 'iterable', null);
  if (given > 2) wantsAtMost('enumerate', 2, given);
  // Keywords name the places the positionals leave open; two keywords may come in either order.
  const open = names.length === 2 && names[0] === 'start' ? ['start', 'iterable'] : ['iterable', 'start'].slice(pos.length);
  names.forEach((k, i) => {
    if (k !== open[i]) raise('TypeError', `'${k}' is an invalid keyword argument for enumerate()`);
  });
  const named = (k: string): unknown => kw?.find(([n]) => n === k)?.[1];
  const iterable = pos.length > 0 ? pos[0] : named('iterable');
  const start = pos.length > 1 ? pos[1] : named('start');
  return enumerateCall(iterable, start === undefined ? 0 : start);
}

function reversedCall(seq: unknown, over?: unknown): unknown {
  if (seq === undefined || over !== undefined) wantsRange('reversed', 1, 1, arguments.length);
  return reverseOf(seq);
}

function newReversed(pos: unknown[]): unknown {
  if (pos.length !== 1) wantsRange('reversed', 1, 1, pos.length);
  return reverseOf(pos[0]);
}

/** What `reversed(seq)` gives: the sequence's own `__reversed__` result when it has one. */
function reverseOf(seq: unknown): unknown {
  if (Array.isArray(seq)) {
    const kind = seq.constructor;
    if (kind === Array) return new ListReverseIterator(seq);
    // A tuple has no __reversed__: CPython walks it as a sequence, and a `reversed` object it is.
    if (kind === PyTuple) return new SeqReverseIterator(seq, seq.length - 1, seq);
  }
  const m = (seq as { $__reversed__?: () => unknown } | null)?.$__reversed__;
  if (typeof m === 'function') return m.call(seq);
  if (m === null) raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  if (typeof seq === 'string') {
    const chars = Array.from(seq);
    return new SeqReverseIterator(chars, chars.length - 1, chars);
  }
  const lenM = (seq as { $__len__?: unknown } | null)?.$__len__;
  const getM = (seq as { $__getitem__?: unknown } | null)?.$__getitem__;
  if (typeof getM !== 'function' || seq instanceof PyDict) {
    return raise('TypeError', `'${typeNameOf(seq)}' object is not reversible`);
  }
  // A sequence by its __getitem__ whose length cannot be taken: len()'s own complaint.
  if (typeof lenM !== 'function') return raise('TypeError', `object of type '${typeNameOf(seq)}' has no len()`);
  return new SeqReverseIterator(seq, len(seq) - 1, null);
}

/**
 * Make one of the lazy iterator builtins a class: calling it builds the iterator, and calling a
 * subclass builds the same iterator with the subclass's prototype (its `__init__` runs after).
 * `keywords` false: the type itself refuses keyword arguments, as CPython's do; a subclass's
 * `__new__` lets them through to its `__init__`.
 */
function iteratorType(
  name: string,
  proto: object,
  call: (...args: any[]) => unknown,
  make: (pos: unknown[], kw: KwPairs | null) => unknown,
  keywords: boolean,
): PyType {
  // Own copies, so that dir(map) lists them as CPython's does; marked before builtinType adds
  // `__new__`, which must stay a plain function.
  const shared = PyIterator.prototype as unknown as Record<string, unknown>;
  for (const key of ['$__iter__', '$__next__']) {
    if (!Object.prototype.hasOwnProperty.call(proto, key)) {
      Object.defineProperty(proto, key, { value: shared[key], writable: true, configurable: true, enumerable: false });
    }
  }
  markMethods(proto);
  const type: PyType = builtinType({
    name,
    proto,
    directCall: call,
    construct(cls, pos, kw) {
      if (cls === type) {
        if (!keywords && kw !== null && kw.length > 0) raise('TypeError', `${name}() takes no keyword arguments`);
        return make(pos, kw !== null && kw.length > 0 ? kw : null);
      }
      if (!isClass(cls) || !isSubclassOne(cls, type)) {
        const other = isClass(cls) ? cls[META].name : className(cls);
        raise('TypeError', `${name}.__new__(${other}): ${other} is not a subtype of ${name}`);
      }
      const it = make(pos, keywords && kw !== null && kw.length > 0 ? kw : null);
      // reversed() hands back a sequence's own reverse iterator unchanged, even for a subclass.
      return Object.getPrototypeOf(it) === proto ? Object.setPrototypeOf(it as object, cls.prototype) : it;
    },
  });
  // The runtime's convention for builtins that take keywords (`fn.$kw(pos, kw)`), kept for JS callers.
  if (keywords) {
    const viaKeywords = (pos: unknown[], kw: KwPairs | null): unknown => type[META].construct!(type, pos, kw);
    Object.defineProperty(type, '$kw', { value: viaKeywords, configurable: true, enumerable: false });
  }
  return type;
}

export const map: PyType = iteratorType('map', MapIterator.prototype, mapCall, newMap, false);
export const filter: PyType = iteratorType('filter', FilterIterator.prototype, filterCall, newFilter, false);
export const zip: PyType = iteratorType('zip', ZipIterator.prototype, zipCall, newZip, true);
export const enumerate: PyType = iteratorType('enumerate', EnumerateIterator.prototype, enumerateCall, newEnumerate, true);
export const reversed: PyType = iteratorType('reversed', SeqReverseIterator.prototype, reversedCall, newReversed, false);

// `enumerate[int]` is a types.GenericAlias (the other four have no __class_getitem__).
installBuiltinMembers(EnumerateIterator.prototype, {
  name: 'enumerate',
  classmethods: {
    __class_getitem__: ownClassGetitem(),
  },
});

/** iter(object) / iter(callable, sentinel) */
export function iter(obj: unknown, sentinel?: unknown, over?: unknown): unknown {
  if (obj === undefined || over !== undefined) wantsRange('iter', 1, 2, arguments.length);
  if (sentinel !== undefined) {
    if (!isCallable(obj)) raise('TypeError', 'iter(v, w): v must be callable');
    return new CallableIterator(callable(obj) as Fn, sentinel);
  }
  if (isExactArray(obj)) return obj.constructor === PyTuple ? new TupleIterator(obj) : new ListIterator(obj);
  const m = (obj as { $__iter__?: () => unknown } | null)?.$__iter__;
  if (typeof m === 'function') {
    const it = m.call(obj);
    if (typeof (it as { $__next__?: unknown } | null)?.$__next__ !== 'function') {
      raise('TypeError', `iter() returned non-iterator of type '${typeNameOf(it)}'`);
    }
    return it;
  }
  const g = (obj as { $__getitem__?: unknown } | null)?.$__getitem__;
  if (typeof g === 'function' && m !== null) {
    return new SeqIterator(obj);
  }
  return raise('TypeError', `'${typeNameOf(obj)}' object is not iterable`);
}

/** iter() over the old sequence protocol: __getitem__(0), (1), ... until IndexError. */
export class SeqIterator extends PyIterator {
  private i = 0;
  private done = false;
  constructor(private seq: unknown) {
    super();
  }

  next(): IteratorResult<unknown> {
    if (this.done) return DONE;
    const depth = enterTry(ENDS_SEQUENCE);
    let v: unknown;
    try {
      v = (this.seq as { $__getitem__(i: number): unknown }).$__getitem__(this.i++);
    } catch (e) {
      exitTry(depth);
      if (isPyException(e) && (isInstanceOne(e, IndexErrorType) || isInstanceOne(e, StopIterationType))) {
        this.done = true;
        return DONE;
      }
      throw e;
    }
    exitTry(depth);
    return { value: v, done: false };
  }
}

/** next(iterator[, default]) */
export function next(it: unknown, dflt?: unknown, over?: unknown): unknown {
  if (it === undefined || over !== undefined) wantsRange('next', 1, 2, arguments.length);
  const m = (it as { $__next__?: () => unknown } | null)?.$__next__;
  if (typeof m !== 'function') return raise('TypeError', `'${typeNameOf(it)}' object is not an iterator`);
  if (dflt === undefined) return m.call(it);
  if (m === PyGenerator.prototype.$__next__) {
    // An exhausted generator answers `done` without raising the StopIteration that $__next__ would.
    const r = (it as PyGenerator).resume(0, null);
    return r.done ? dflt : r.value;
  }
  const depth = enterTry(ENDS_ITERATION);
  let v: unknown;
  try {
    v = nextOrStopped(it, m);
  } catch (e) {
    exitTry(depth);
    if (isStopIteration(e)) return dflt;
    throw e;
  }
  exitTry(depth);
  return v === ITERATION_STOPPED ? dflt : v;
}

for (const [name, cls] of [
  ['callable_iterator', CallableIterator],
  ['iterator', SeqIterator],
] as const) {
  builtinType({ name, proto: cls.prototype });
  markMethods(cls.prototype);
}
markMethods(PyIterator.prototype);

// ---------------------------------------------------------------------------------------------
// Numbers and characters

/** chr(i) */
export function chr(i: unknown, over?: unknown): string {
  if (i === undefined || over !== undefined) wantsOne('chr', arguments.length);
  const n = typeof i === 'number' && Number.isInteger(i) ? i : toIndex(i);
  if (typeof n !== 'number' || n < 0 || n > 0x10ffff) {
    // The argument is read as a C int first.
    if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
    return raise('ValueError', 'chr() arg not in range(0x110000)');
  }
  return String.fromCodePoint(n);
}

/** ord(c) */
export function ord(c: unknown, over?: unknown): number {
  if (c === undefined || over !== undefined) wantsOne('ord', arguments.length);
  c = unwrapStr(c);
  if (typeof c === 'string') {
    if (c.length === 1) return c.charCodeAt(0); // one UTF-16 unit is one code point
    const n = strLen(c);
    if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
    return c.codePointAt(0)!;
  }
  if (c instanceof PyBytes || c instanceof PyByteArray) {
    const b = c.b;
    if (b.length !== 1) raise('TypeError', `ord() expected a character, but string of length ${b.length} found`);
    return b[0]!;
  }
  return raise('TypeError', `ord() expected string of length 1, but ${typeNameOf(c)} found`);
}

/** hex(i), oct(i), bin(i) */
export function hex(i: unknown, over?: unknown): string {
  if (i === undefined || over !== undefined) wantsOne('hex', arguments.length);
  return intHex(toIndex(i));
}
export function oct(i: unknown, over?: unknown): string {
  if (i === undefined || over !== undefined) wantsOne('oct', arguments.length);
  return intOct(toIndex(i));
}
export function bin(i: unknown, over?: unknown): string {
  if (i === undefined || over !== undefined) wantsOne('bin', arguments.length);
  return intBin(toIndex(i));
}

/** divmod(a, b) */
export function divmod(a: unknown, b: unknown, over?: unknown): unknown {
  if (b === undefined || over !== undefined) wantsRange('divmod', 2, 2, arguments.length);
  let rm = (b as { $__rdivmod__?: (x: unknown) => unknown } | null)?.$__rdivmod__;
  const ta = typeOf(a);
  const tb = typeOf(b);
  // As every binary operator: a subclass of type(a) that overrides __rdivmod__ goes first.
  if (typeof rm === 'function' && ta !== tb && isSubclassOne(tb, ta) &&
    rm !== (a as { $__rdivmod__?: unknown } | null)?.$__rdivmod__) {
    const r = rm.call(b, a);
    if (r !== NotImplemented) return r;
    rm = undefined;
  }
  const m = (a as { $__divmod__?: (x: unknown) => unknown } | null)?.$__divmod__;
  if (typeof m === 'function') {
    const r = m.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (typeof rm === 'function') {
    const r = rm.call(b, a);
    if (r !== NotImplemented) return r;
  }
  return raise('TypeError', `unsupported operand type(s) for divmod(): '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
}

/** pow(base, exp, mod=None) */
export const pow = withKw(
  function pow(base: unknown, exp: unknown, mod?: unknown, over?: unknown): unknown {
    if (exp === undefined || over !== undefined) powArity(base, exp, arguments.length);
    if (mod === undefined || mod === null) return opPow(base, exp);
    const m = (base as { $__pow__?: (x: unknown, m: unknown) => unknown } | null)?.$__pow__;
    if (typeof m === 'function') {
      const r = m.call(base, exp, mod);
      if (r !== NotImplemented) return r;
    }
    return raise(
      'TypeError',
      `unsupported operand type(s) for ** or pow(): '${typeNameOf(base)}', '${typeNameOf(exp)}', '${typeNameOf(mod)}'`,
    );
  },
  (pos, kw): unknown => {
    if (pos.length + (kw?.length ?? 0) > 3) wantsAtMost('pow', 3, pos.length + (kw?.length ?? 0));
    const args = pos.slice();
    const names = ['base', 'exp', 'mod'];
    for (const [k, v] of kw ?? []) {
      const i = names.indexOf(k);
      if (i < 0) invalidKeyword('pow', k);
      args[i] = v;
    }
    if (args[1] === undefined) powArity(args[0], args[1], 3);
    return pow(args[0], args[1], args[2]);
  },
);

function powArity(base: unknown, exp: unknown, given: number): never {
  if (base === undefined) wantsArgument('pow', 'base', 1);
  if (exp === undefined) wantsArgument('pow', 'exp', 2);
  return wantsAtMost('pow', 3, given);
}

/** round(number, ndigits=None) */
export const round = withKw(
  function round(x: unknown, ndigits?: unknown, over?: unknown): unknown {
    if (x === undefined) wantsArgument('round', 'number', 1);
    if (over !== undefined) wantsAtMost('round', 2, arguments.length);
    if (typeof x === 'number' && Number.isInteger(x) && (ndigits === undefined || ndigits === null)) return x;
    const m = (x as { $__round__?: (n?: unknown) => unknown } | null)?.$__round__;
    if (typeof m !== 'function') return raise('TypeError', `type ${typeNameOf(x)} doesn't define __round__ method`);
    return ndigits === undefined || ndigits === null ? m.call(x) : m.call(x, ndigits);
  },
  (pos, kw): unknown => {
    if (pos.length + (kw?.length ?? 0) > 2) wantsAtMost('round', 2, pos.length + (kw?.length ?? 0));
    const args = pos.slice();
    for (const [k, v] of kw ?? []) {
      if (k === 'number') args[0] = v;
      else if (k === 'ndigits') args[1] = v;
      else invalidKeyword('round', k);
    }
    return round(args[0], args[1]);
  },
);

// ---------------------------------------------------------------------------------------------
// slice

function sliceRepr(s: PySlice): string {
  return `slice(${reprOf(s.start)}, ${reprOf(s.stop)}, ${reprOf(s.step)})`;
}

export const sliceType: PyType = builtinType({
  name: 'slice',
  proto: PySlice.prototype,
  final: true,
  construct(_cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'slice() takes no keyword arguments');
    if (pos.length === 0) raise('TypeError', 'slice expected at least 1 argument, got 0');
    if (pos.length > 3) raise('TypeError', `slice expected at most 3 arguments, got ${pos.length}`);
    if (pos.length === 1) return new PySlice(null, pos[0], null);
    return new PySlice(pos[0], pos[1], pos.length === 3 ? pos[2] : null);
  },
  methods: {
    __repr__(this: PySlice): string {
      return sliceRepr(this);
    },
    __eq__(this: PySlice, other: unknown): unknown {
      if (!(other instanceof PySlice)) return NotImplemented;
      return itemEq(this.start, other.start) && itemEq(this.stop, other.stop) && itemEq(this.step, other.step);
    },
    indices(this: PySlice, length: unknown): PyTuple {
      const n = toIndex(length);
      if (n < 0) raise('ValueError', 'length should not be negative');
      const [a, b, c] = sliceIndicesBig(this, BigInt(n));
      const norm = (v: bigint): PyInt => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
      return tuple([norm(a), norm(b), norm(c)]);
    },
  },
  getters: {
    start: (s: PySlice) => s.start,
    stop: (s: PySlice) => s.stop,
    step: (s: PySlice) => s.step,
  },
});
Object.defineProperty(PySlice.prototype, '$__hash__', { value: null, writable: true, configurable: true });

// ---------------------------------------------------------------------------------------------
// Namespaces

/** globals(): the compiled module's namespace is not a dict; an empty dict stands in. */
export function globals(over?: unknown): PyDict {
  if (over !== undefined) wantsNone('globals', arguments.length);
  return new PyDict();
}

/** locals(): see globals(). */
export function locals(over?: unknown): PyDict {
  if (over !== undefined) wantsNone('locals', arguments.length);
  return new PyDict();
}


// Bundling may rename these functions (`max` → `max2`) to keep top-level names unique; Python sees
// their `__name__` and repr, so each keeps the name of the builtin it is.
for (const [name, fn] of Object.entries({
  print, ascii, repr, getattr, callable: callableBuiltin, len, abs, hash, id, isinstance, issubclass, max, min, sum, sorted, any, all,
  iter, next, chr, ord, hex, oct, bin, divmod, pow, round, globals, locals,
})) {
  if (typeof fn === 'function' && fn.name !== name) Object.defineProperty(fn, 'name', { value: name, configurable: true });
}
