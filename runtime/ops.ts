// Python's operators: arithmetic, comparisons, truth, membership, subscripts, iteration and
// unpacking (Objects/abstract.c, Objects/typeobject.c's slot wrappers).
//
// Each exported operator is a tiny function that handles the common case inline (two numbers, two
// strings) and calls a `...Slow` function for everything else, so that V8 inlines the fast path
// into generated code and the fast path allocates nothing. The slow path implements the numeric
// tower (int, bool, float, bigint, boxed floats) and then CPython's dunder dispatch: the left
// operand's `__op__`, then the right operand's `__rop__` (first, when its type is a subclass of
// the left one's that overrides it), `NotImplemented` meaning "try the other", and CPython's
// TypeError when both decline.

import { strText } from './strvalue.js';
import { percent, strGetSlice } from './strtype.js';
import { strContains, strGetItem } from './str.js';
import { bytesConcat, bytesEqual, bytesGetSlice, isExactBytes } from './bytes.js';
import { itemEq, seqCompare, seqEq, strLt, tupleEq } from './compare.js';
import {
  pyRaise, raise, isPyException, StopIteration as StopIterationCls, IndexError as IndexErrorCls, enterTry, exitTry,
  ENDS_ITERATION, ENDS_SEQUENCE, ITERATION_STOPPED, nextOrStopped,
} from './exceptions.js';
import {
  bigToInt, intAdd, intAnd, intFloorDiv, intInvert, intLshift, intMod, intMul, intNeg, intOr, intPow, intRshift,
  intSub, intToFloat, intTrueDiv, intXor, safeMulAddMod, type PyInt,
} from './int.js';
import { funcStr } from './function.js';
import { PyTuple } from './tuple.js';
import { PyDict } from './dict.js';
import { PyFrozenSet, PySet, setContains } from './set.js';
import { typeSubscript } from './generic.js';
import { PySlice, sliceBounds } from './slice.js';
import { isExactArray, listSetParts, listSetSlice, sliceArray, sliceParts } from './list.js';
import { floatFloorDiv, floatMod, floatPow, floatTrueDiv, PyFloat, toFloat } from './float.js';
import {
  builtinTypes, className, Flags, hooks, isClass, isInstance, isSubclass, META, NotImplemented, NoneType, typeOf, typeType,
} from './object.js';

export { NotImplemented, Ellipsis } from './object.js';

const MAX = 9007199254740991;

// ---------------------------------------------------------------------------------------------
// Numbers

/** The kind of a builtin number: 0 not a number, 1 int (number), 2 bigint, 3 bool, 4 float. */
function numKind(x: unknown): number {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? 1 : 4;
    case 'bigint':
      return 2;
    case 'boolean':
      return 3;
    case 'object':
      return isFloatBox(x) ? 4 : 0;
  }
  return 0;
}

/**
 * An exact float box (an integral float). A float subclass's prototype defines its own
 * `constructor`, so this reads one property where `Object.getPrototypeOf` may call into the runtime.
 */
function isFloatBox(x: unknown): x is PyFloat {
  return x !== null && typeof x === 'object' && (x as { constructor: unknown }).constructor === PyFloat;
}

/**
 * `a op b` needs no dispatch when one operand is an exact float box and the other a JS number or
 * another box: float's own method is what the dispatch reaches (int's returns NotImplemented for a
 * float, and neither has a subclass to defer to), and it converts a number below 2**53 exactly.
 */
function boxedFloatArith(a: unknown, b: unknown): boolean {
  return isFloatBox(a) ? typeof b === 'number' || isFloatBox(b) : typeof a === 'number' && isFloatBox(b);
}

/**
 * A list, not a list subclass's instance: every Python class's prototype defines its own
 * `constructor`, and reading it is cheaper than `Object.getPrototypeOf`, which V8 may leave to a
 * runtime call.
 */
function isPlainList(x: unknown): x is unknown[] {
  return Array.isArray(x) && x.constructor === Array;
}

/** The double of a JS number or a float box. */
function floatOf(x: unknown): number {
  return typeof x === 'number' ? x : (x as PyFloat).v;
}

/** An int-kind value (int, bigint, bool) as a PyInt. */
function asInt(x: unknown): PyInt {
  return typeof x === 'boolean' ? (x ? 1 : 0) : (x as PyInt);
}

/** A number-kind value as a JS double (ints converted exactly or raising OverflowError). */
function asDouble(x: unknown): number {
  if (typeof x === 'number') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return intToFloat(x);
  return (x as PyFloat).v;
}

type NumOp = (a: unknown, b: unknown, ka: number, kb: number) => unknown;

interface BinOp {
  sym: string;
  name: string;
  rname: string;
  iname: string;
  num: NumOp;
}

function bothInt(ka: number, kb: number): boolean {
  return ka !== 4 && kb !== 4;
}

const ADD: BinOp = {
  sym: '+', name: '$__add__', rname: '$__radd__', iname: '$__iadd__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intAdd(asInt(a), asInt(b)) : toFloat(asDouble(a) + asDouble(b))),
};
const SUB: BinOp = {
  sym: '-', name: '$__sub__', rname: '$__rsub__', iname: '$__isub__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intSub(asInt(a), asInt(b)) : toFloat(asDouble(a) - asDouble(b))),
};
const MUL: BinOp = {
  sym: '*', name: '$__mul__', rname: '$__rmul__', iname: '$__imul__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intMul(asInt(a), asInt(b)) : toFloat(asDouble(a) * asDouble(b))),
};
const TRUEDIV: BinOp = {
  sym: '/', name: '$__truediv__', rname: '$__rtruediv__', iname: '$__itruediv__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intTrueDiv(asInt(a), asInt(b)) : floatTrueDiv(asDouble(a), asDouble(b))),
};
const FLOORDIV: BinOp = {
  sym: '//', name: '$__floordiv__', rname: '$__rfloordiv__', iname: '$__ifloordiv__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intFloorDiv(asInt(a), asInt(b)) : floatFloorDiv(asDouble(a), asDouble(b))),
};
const MOD: BinOp = {
  sym: '%', name: '$__mod__', rname: '$__rmod__', iname: '$__imod__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intMod(asInt(a), asInt(b)) : floatMod(asDouble(a), asDouble(b))),
};
const POW: BinOp = {
  sym: '** or pow()', name: '$__pow__', rname: '$__rpow__', iname: '$__ipow__',
  num: (a, b, ka, kb) => (bothInt(ka, kb) ? intPow(asInt(a), asInt(b)) : floatPow(asDouble(a), asDouble(b))),
};
const MATMUL: BinOp = {
  sym: '@', name: '$__matmul__', rname: '$__rmatmul__', iname: '$__imatmul__',
  num: () => NotImplemented,
};
function intOnly(f: (a: PyInt, b: PyInt) => PyInt, boolF?: (a: boolean, b: boolean) => boolean): NumOp {
  return (a, b, ka, kb) => {
    if (ka === 4 || kb === 4) return NotImplemented;
    if (boolF && ka === 3 && kb === 3) return boolF(a as boolean, b as boolean);
    return f(asInt(a), asInt(b));
  };
}
const LSHIFT: BinOp = { sym: '<<', name: '$__lshift__', rname: '$__rlshift__', iname: '$__ilshift__', num: intOnly(intLshift) };
const RSHIFT: BinOp = { sym: '>>', name: '$__rshift__', rname: '$__rrshift__', iname: '$__irshift__', num: intOnly(intRshift) };
const AND: BinOp = { sym: '&', name: '$__and__', rname: '$__rand__', iname: '$__iand__', num: intOnly(intAnd, (a, b) => a && b) };
const OR: BinOp = { sym: '|', name: '$__or__', rname: '$__ror__', iname: '$__ior__', num: intOnly(intOr, (a, b) => a || b) };
const XOR: BinOp = { sym: '^', name: '$__xor__', rname: '$__rxor__', iname: '$__ixor__', num: intOnly(intXor, (a, b) => a !== b) };

/** The prototype Python looks special methods up on: type(x)'s. */
function tproto(x: unknown): any {
  if (x === null || x === undefined) return NoneType.prototype;
  if (typeof x === 'function' && isClass(x)) return typeOf(x).prototype;
  if (typeof x === 'object' || typeof x === 'function') return x;
  // Primitives: reading through the primitive itself finds its wrapper prototype's members.
  return Object.getPrototypeOf(x);
}

/** The slot `name` of `x`'s type, or undefined. */
function slot(x: unknown, name: string): Function | undefined {
  const f = tproto(x)[name];
  return typeof f === 'function' ? f : undefined;
}

let sequenceConcats: Set<unknown> | null = null;

/**
 * Whether `f` is the `__add__` of str, list, tuple, bytes or bytearray. CPython gives these
 * sequences no nb_add, only sq_concat, which `a + b` tries after b's `__radd__`.
 */
function isSequenceConcat(f: Function): boolean {
  sequenceConcats ??= new Set(['str', 'list', 'tuple', 'bytes', 'bytearray'].map((n) => (builtinTypes.get(n)?.prototype as any)?.$__add__));
  return sequenceConcats.has(f);
}

/** A Python type, as typeOf gives it. */
type PyTypeOf = ReturnType<typeof typeOf>;

let sequenceRepeats: Set<unknown> | null = null;

/**
 * Whether `f` is the `__mul__` or `__rmul__` of str, list, tuple, bytes or bytearray. CPython gives
 * these sequences no nb_multiply, only sq_repeat, which `a * b` tries after the number protocol
 * (the other operand's `__rmul__` or `__mul__`) has declined.
 */
function isSequenceRepeat(f: unknown): boolean {
  if (sequenceRepeats === null) {
    sequenceRepeats = new Set();
    for (const n of ['str', 'list', 'tuple', 'bytes', 'bytearray']) {
      const proto = builtinTypes.get(n)?.prototype as any;
      sequenceRepeats.add(proto?.$__mul__).add(proto?.$__rmul__);
    }
    sequenceRepeats.delete(undefined);
  }
  return sequenceRepeats.has(f);
}

/** An operand a sequence repetition accepts as its count: an int, a bool, or an `__index__` object. */
function isRepeatCount(x: unknown): boolean {
  const k = numKind(x);
  if (k !== 0) return k !== 4;
  return x !== null && typeof x === 'object' && typeof (x as { $__index__?: unknown }).$__index__ === 'function';
}

/**
 * The `__mul__` (left) or `__rmul__` (right) that the number protocol calls for `x`, or undefined
 * when x's type has no number multiply. Exact ints, bools and floats multiply only numbers, so
 * they are left out here. A sequence type has one only when Python code defines `__mul__` or
 * `__rmul__` on it (or a base class): its methods are then called by name, the inherited
 * repetition among them.
 */
function numberMulMethod(x: unknown, name: '$__mul__' | '$__rmul__'): Function | undefined {
  if (numKind(x) !== 0 || typeof x === 'string' || isPlainList(x)) return undefined;
  const m = slot(x, name);
  if (m === undefined || !isSequenceRepeat(m)) return m;
  const other = slot(x, name === '$__mul__' ? '$__rmul__' : '$__mul__');
  return other !== undefined && !isSequenceRepeat(other) ? m : undefined;
}

/** A number-protocol call of `f` on `self`: a repetition called by name wants an `__index__` count. */
function callNumberMul(f: Function, self: unknown, other: unknown): unknown {
  if (isSequenceRepeat(f) && !isRepeatCount(other)) {
    return raise('TypeError', `'${className(other)}' object cannot be interpreted as an integer`);
  }
  return f.call(self, other);
}

/**
 * `a * b` by the number protocol alone (CPython's binary_op1 for nb_multiply), with a builtin
 * sequence's repetition standing for no number slot unless its type defines a Python `__mul__` or
 * `__rmul__`. The right operand's `__rmul__` goes first when its type derives from the left's and
 * overrides it.
 */
function numberMultiply(a: unknown, b: unknown, ta: PyTypeOf, tb: PyTypeOf): unknown {
  const fa = numberMulMethod(a, '$__mul__');
  let fb = ta === tb ? undefined : numberMulMethod(b, '$__rmul__');
  if (fb !== undefined && isSubclass(tb, ta) && slot(b, '$__rmul__') !== slot(a, '$__rmul__')) {
    const r = callNumberMul(fb, b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = callNumberMul(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = callNumberMul(fb, b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

/**
 * The repetition of `x`'s type (sq_repeat), or undefined: a builtin sequence's, kept by a subclass
 * only while neither `__mul__` nor `__rmul__` is redefined in Python.
 */
function sequenceRepeatOf(x: unknown): Function | undefined {
  if (numKind(x) !== 0 || x === null || x === undefined) return undefined;
  const m = slot(x, '$__mul__');
  return m !== undefined && isSequenceRepeat(m) && isSequenceRepeat(slot(x, '$__rmul__')) ? m : undefined;
}

/** `seq` repeated `count` times, or CPython's TypeError naming the count's type. */
function repeatSequence(repeat: Function, seq: unknown, count: unknown): unknown {
  if (!isRepeatCount(count)) return raise('TypeError', `can't multiply sequence by non-int of type '${className(count)}'`);
  return repeat.call(seq, count);
}

/**
 * `a * b` when a builtin sequence repetition is among the candidates (PyNumber_Multiply): the
 * number protocol first (so `"ab" * n` reaches `n.__rmul__` for an int subclass or an `__index__`
 * class that defines it), then the left operand's repetition, then the right one's.
 */
function sequenceMultiply(a: unknown, b: unknown, ta: PyTypeOf, tb: PyTypeOf): unknown {
  const r = numberMultiply(a, b, ta, tb);
  if (r !== NotImplemented) return r;
  const ra = sequenceRepeatOf(a);
  if (ra !== undefined) return repeatSequence(ra, a, b);
  const rb = sequenceRepeatOf(b);
  if (rb !== undefined) return repeatSequence(rb, b, a);
  return binaryError(a, b, '*');
}

let sequenceInplaceRepeats: Set<unknown> | null = null;

/** Whether `f` is list's or bytearray's `__imul__`: sq_inplace_repeat, tried after the number protocol. */
function isSequenceInplaceRepeat(f: unknown): boolean {
  sequenceInplaceRepeats ??= new Set(['list', 'bytearray'].map((n) => (builtinTypes.get(n)?.prototype as any)?.$__imul__));
  return f !== undefined && sequenceInplaceRepeats.has(f);
}

/**
 * Whether `x`'s type has no sequence methods at all, which lets `x *= seq` repeat the right
 * operand: the builtin numbers and None. (A Python class always has the table, empty or not, so
 * `n *= "ab"` with n an instance of one is a TypeError even when n has `__index__`.)
 */
function lacksSequenceSlots(x: unknown): boolean {
  return numKind(x) !== 0 || x === null || x === undefined;
}

/**
 * `a *= b` when a builtin sequence repetition is among the candidates (PyNumber_InPlaceMultiply):
 * a Python `__imul__`, then the number protocol, then the left operand's in-place repetition or
 * plain one; the right operand's only when the left one has no sequence methods.
 */
function inplaceSequenceMultiply(a: unknown, b: unknown, fi: Function | undefined): unknown {
  if (fi !== undefined && !isSequenceInplaceRepeat(fi)) {
    const r = fi.call(a, b);
    if (r !== NotImplemented) return r;
  }
  const r = numberMultiply(a, b, typeOf(a), typeOf(b));
  if (r !== NotImplemented) return r;
  if (!lacksSequenceSlots(a)) {
    if (isSequenceInplaceRepeat(fi)) return repeatSequence(fi!, a, b);
    const ra = sequenceRepeatOf(a);
    if (ra !== undefined) return repeatSequence(ra, a, b);
    return binaryError(a, b, '*=');
  }
  const rb = sequenceRepeatOf(b);
  if (rb !== undefined) return repeatSequence(rb, b, a);
  return binaryError(a, b, '*=');
}

function binaryDispatch(a: unknown, b: unknown, op: BinOp): unknown {
  const ka = numKind(a);
  const kb = numKind(b);
  if (ka !== 0 && kb !== 0) {
    const r = op.num(a, b, ka, kb);
    if (r !== NotImplemented) return r;
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = slot(a, op.name);
  if (op === MUL && (isSequenceRepeat(fa) || isSequenceRepeat(slot(b, op.rname)))) return sequenceMultiply(a, b, ta, tb);
  let fb = ta === tb ? undefined : slot(b, op.rname);
  if (fb !== undefined && ((isSubclass(tb, ta) && fb !== slot(a, op.rname)) || (op === ADD && fa !== undefined && isSequenceConcat(fa)))) {
    const r = fb.call(b, a);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined) {
    const r = fa.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) {
    const r = fb.call(b, a);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

function binaryError(a: unknown, b: unknown, sym: string): never {
  return raise('TypeError', `unsupported operand type(s) for ${sym}: '${className(a)}' and '${className(b)}'`);
}

function concatError(a: unknown, b: unknown): never {
  const ta = className(a);
  if (typeof a === 'string' || ta === 'list' || ta === 'tuple' || ta === 'bytes' || ta === 'bytearray') {
    const n = ta === 'bytes' || ta === 'bytearray' ? `can't concat ${className(b)} to ${ta}` : `can only concatenate ${ta} (not "${className(b)}") to ${ta}`;
    return raise('TypeError', n);
  }
  return binaryError(a, b, '+');
}

function mulSeqError(a: unknown, b: unknown, sym: string): never {
  const seq = (x: unknown) => typeof x === 'string' || Array.isArray(x) || ['bytes', 'bytearray'].includes(className(x));
  const intLike = (x: unknown) => {
    const k = numKind(x);
    return (k !== 0 && k !== 4) || (x !== null && x !== undefined && slot(x, '$__index__') !== undefined);
  };
  if (seq(a) && !intLike(b)) return raise('TypeError', `can't multiply sequence by non-int of type '${className(b)}'`);
  if (seq(b) && !intLike(a)) return raise('TypeError', `can't multiply sequence by non-int of type '${className(a)}'`);
  return binaryError(a, b, sym);
}

function binary(a: unknown, b: unknown, op: BinOp): unknown {
  const r = binaryDispatch(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === ADD) return concatError(a, b);
  if (op === MUL) return mulSeqError(a, b, '*');
  if (op === MOD && typeof a === 'string') return percent(a, b);
  return binaryError(a, b, op.sym);
}

let sequenceInplaceConcats: Set<unknown> | null = null;

/** Whether `f` is list's or bytearray's `__iadd__`: sq_inplace_concat, tried after b's `__radd__`. */
function isSequenceInplaceConcat(f: Function): boolean {
  sequenceInplaceConcats ??= new Set(['list', 'bytearray'].map((n) => (builtinTypes.get(n)?.prototype as any)?.$__iadd__));
  return sequenceInplaceConcats.has(f);
}

function inplace(a: unknown, b: unknown, op: BinOp): unknown {
  const f = slot(a, op.iname);
  if (op === MUL && (isSequenceInplaceRepeat(f) || isSequenceRepeat(slot(a, op.name)) || isSequenceRepeat(slot(b, op.rname)))) {
    return inplaceSequenceMultiply(a, b, f);
  }
  if (f !== undefined && op === ADD && typeOf(a) !== typeOf(b) && isSequenceInplaceConcat(f)) {
    const fb = slot(b, op.rname);
    if (fb !== undefined) {
      const r = fb.call(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (f !== undefined) {
    const r = f.call(a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryDispatch(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === ADD && (typeof a === 'string' || Array.isArray(a))) return concatError(a, b);
  if (op === MUL) return mulSeqError(a, b, '*=');
  if (op === MOD && typeof a === 'string') return percent(a, b);
  return binaryError(a, b, op.sym === '** or pow()' ? '**=' : op.sym + '=');
}

// The operators. Fast paths: two JS numbers (int or unboxed float) and two strings.

export function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX && r >= -MAX ? r : intAdd(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  return addSlow(a, b);
}

/** Two ints, one of them past 2**53 (a BigInt): int arithmetic without the dunder dispatch. */
function bigInts(a: unknown, b: unknown): boolean {
  if (typeof a === 'bigint') return typeof b === 'bigint' || (typeof b === 'number' && Number.isInteger(b));
  return typeof b === 'bigint' && typeof a === 'number' && Number.isInteger(a);
}

function addSlow(a: unknown, b: unknown): unknown {
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) + floatOf(b));
  if (bigInts(a, b)) return intAdd(a as PyInt, b as PyInt);
  if (Array.isArray(a) && Array.isArray(b)) {
    const pa = Object.getPrototypeOf(a);
    if (pa === Array.prototype && Object.getPrototypeOf(b) === Array.prototype) return a.concat(b);
  }
  // bytes' __add__ without the dunder lookups: b's reflected __radd__ can only come first from a
  // subclass of bytes, so `b` must be exact too.
  if (isExactBytes(a) && isExactBytes(b)) return bytesConcat(a, b);
  return binary(a, b, ADD);
}

export function sub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX && r >= -MAX ? r : intSub(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) - floatOf(b));
  if (bigInts(a, b)) return intSub(a as PyInt, b as PyInt);
  return binary(a, b, SUB);
}

export function mul(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isInteger(r)) {
      if (Number.isInteger(a) && Number.isInteger(b)) return r <= MAX && r >= -MAX ? r + 0 : intMul(a, b);
      return new PyFloat(r);
    }
    return r;
  }
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) * floatOf(b));
  if (bigInts(a, b)) return intMul(a as PyInt, b as PyInt);
  // An exact str or list and an int: int's number methods decline a sequence, so the repetition
  // is what the dispatch would reach.
  if (Number.isInteger(b) && (typeof a === 'string' || isPlainList(a))) return (a as unknown as Repeatable).$__mul__(b);
  if (Number.isInteger(a) && (typeof b === 'string' || isPlainList(b))) return (b as unknown as Repeatable).$__mul__(a);
  return binary(a, b, MUL);
}

/** An exact str or list, whose `__mul__` repeats it and `__imul__` (list's) repeats it in place. */
interface Repeatable {
  $__mul__(n: unknown): unknown;
  $__imul__(n: unknown): unknown;
}

export function truediv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    if (Number.isInteger(a) && Number.isInteger(b)) return intTrueDiv(a, b);
    return toFloat(a / b);
  }
  if (boxedFloatArith(a, b) && floatOf(b) !== 0) return toFloat(floatOf(a) / floatOf(b));
  return binary(a, b, TRUEDIV);
}

export function floordiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b && b !== 0) {
    return Math.floor(a / b) + 0;
  }
  if (bigInts(a, b)) return intFloorDiv(a as PyInt, b as PyInt);
  return binary(a, b, FLOORDIV);
}

export function mod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
  }
  // A str subclass operand (a String wrapper) may override __rmod__, which then goes first.
  if (typeof a === 'string' && !(b instanceof String)) return percent(a, b);
  if (bigInts(a, b)) return intMod(a as PyInt, b as PyInt);
  return binary(a, b, MOD);
}

/**
 * `(a * b + c) % m` (c null: `(a * b) % m`) where c and m are int literals, 0 < m <= 2**32, as
 * lowered from that shape: two ints are reduced without a BigInt product; anything else runs the
 * operators.
 */
export function mulAddMod(a: unknown, b: unknown, c: number | null, m: number): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) {
    return safeMulAddMod(a, b, c ?? 0, m);
  }
  const p = mul(a, b);
  return mod(c === null ? p : add(p, c), m);
}

export function pow(a: unknown, b: unknown): unknown {
  // Two plain numbers, one of them a float: float_pow directly (int.__pow__ would return
  // NotImplemented for a float and float.__rpow__ would convert the int), without the dispatch.
  if (typeof a === 'number' && typeof b === 'number' && !(Number.isInteger(a) && Number.isInteger(b))) return floatPow(a, b);
  return binary(a, b, POW);
}

export function matmul(a: unknown, b: unknown): unknown {
  return binary(a, b, MATMUL);
}

export function lshift(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && b >= 0 && b < 54 && Number.isInteger(b)) {
    const r = a * 2 ** b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return binary(a, b, LSHIFT);
}

export function rshift(a: unknown, b: unknown): unknown {
  // Safe ints: a division by a power of two is exact, and floor is Python's rounding.
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && b >= 0 && b < 1024 && Number.isInteger(b)) {
    return Math.floor(a / 2 ** b) + 0;
  }
  return binary(a, b, RSHIFT);
}

export function bitand(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return binary(a, b, AND);
}

export function bitor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return binary(a, b, OR);
}

export function bitxor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binary(a, b, XOR);
}

export function iadd(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return add(a, b);
  if (typeof a === 'string' && typeof b === 'string') return a + b;
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) + floatOf(b));
  if (isExactBytes(a) && isExactBytes(b)) return bytesConcat(a, b);
  return inplace(a, b, ADD);
}
export function isub(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return sub(a, b);
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) - floatOf(b));
  return inplace(a, b, SUB);
}
export function imul(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return mul(a, b);
  if (boxedFloatArith(a, b)) return toFloat(floatOf(a) * floatOf(b));
  if (Number.isInteger(b)) {
    if (typeof a === 'string') return (a as unknown as Repeatable).$__mul__(b);
    if (isPlainList(a)) return (a as unknown as Repeatable).$__imul__(b);
  }
  return inplace(a, b, MUL);
}
export function itruediv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return truediv(a, b);
  if (boxedFloatArith(a, b)) return truediv(a, b);
  return inplace(a, b, TRUEDIV);
}
export function ifloordiv(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return floordiv(a, b);
  return inplace(a, b, FLOORDIV);
}
export function imod(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return mod(a, b);
  return inplace(a, b, MOD);
}
export function ipow(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return pow(a, b);
  return inplace(a, b, POW);
}
export function imatmul(a: unknown, b: unknown): unknown {
  return inplace(a, b, MATMUL);
}
export function ilshift(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return lshift(a, b);
  return inplace(a, b, LSHIFT);
}
export function irshift(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return rshift(a, b);
  return inplace(a, b, RSHIFT);
}
export function ibitand(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return bitand(a, b);
  return inplace(a, b, AND);
}
export function ibitor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return bitor(a, b);
  return inplace(a, b, OR);
}
export function ibitxor(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) return bitxor(a, b);
  return inplace(a, b, XOR);
}

/** pow(a, b, m) with a modulus (the builtin's three-argument form). */
export function pow3(a: unknown, b: unknown, m: unknown): unknown {
  if (m === null || m === undefined) return pow(a, b);
  const ka = numKind(a);
  const kb = numKind(b);
  const km = numKind(m);
  if (ka && kb && km) {
    if (ka === 4 || kb === 4 || km === 4) {
      return raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    }
    return intPow(asInt(a), asInt(b), asInt(m));
  }
  const f = slot(a, '$__pow__');
  if (f !== undefined) {
    const r = f.call(a, b, m);
    if (r !== NotImplemented) return r;
  }
  return raise(
    'TypeError',
    `unsupported operand type(s) for ** or pow(): '${className(a)}', '${className(b)}', '${className(m)}'`,
  );
}

// ---------------------------------------------------------------------------------------------
// Unary operators

function unaryError(sym: string, a: unknown): never {
  return raise('TypeError', `bad operand type for unary ${sym}: '${className(a)}'`);
}

export function neg(a: unknown): unknown {
  if (typeof a === 'number') return Number.isInteger(a) ? 0 - a : -a;
  switch (numKind(a)) {
    case 2:
      return intNeg(a as bigint);
    case 3:
      return a ? -1 : 0;
    case 4:
      return new PyFloat(-(a as PyFloat).v);
  }
  const f = slot(a, '$__neg__');
  return f !== undefined ? f.call(a) : unaryError('-', a);
}

export function pos(a: unknown): unknown {
  if (typeof a === 'number') return a;
  switch (numKind(a)) {
    case 2:
    case 4:
      return a;
    case 3:
      return a ? 1 : 0;
  }
  const f = slot(a, '$__pos__');
  return f !== undefined ? f.call(a) : unaryError('+', a);
}

export function invert(a: unknown): unknown {
  if (typeof a === 'number' && Number.isInteger(a)) return intInvert(a);
  switch (numKind(a)) {
    case 2:
      return intInvert(a as bigint);
    case 3:
      return a ? -2 : -1;
    case 4:
      return unaryError('~', a);
  }
  const f = slot(a, '$__invert__');
  return f !== undefined ? f.call(a) : unaryError('~', a);
}

// ---------------------------------------------------------------------------------------------
// Truth

export function truthy(a: unknown): boolean {
  if (a === true) return true;
  if (a === false || a === null) return false;
  if (typeof a === 'number') return a !== 0;
  if (typeof a === 'string') return a.length !== 0;
  return truthySlow(a);
}

function truthySlow(a: unknown): boolean {
  if (typeof a === 'bigint') return a !== 0n;
  if (a === undefined) return false;
  if (isExactArray(a)) return a.length !== 0;
  if (isFloatBox(a)) return a.v !== 0;
  // The containers have no __bool__ (their length decides): the exact ones answer directly.
  if (typeof a === 'object' && a !== null) {
    const c = a.constructor;
    if (c === PyDict) return (a as PyDict).m.size !== 0;
    if (c === PySet || c === PyFrozenSet) return (a as PySet).t.size !== 0;
  }
  const b = slot(a, '$__bool__');
  if (b !== undefined) {
    const r = b.call(a);
    if (typeof r !== 'boolean') return raise('TypeError', `__bool__ should return bool, returned ${className(r)}`);
    return r;
  }
  const l = slot(a, '$__len__');
  if (l !== undefined) {
    const n = l.call(a);
    if (typeof n === 'boolean') return n;
    if (typeof n !== 'number' && typeof n !== 'bigint') {
      return raise('TypeError', `'${className(n)}' object cannot be interpreted as an integer`);
    }
    if (n < 0) return raise('ValueError', '__len__() should return >= 0');
    return n > 0;
  }
  return true;
}

export function not(a: unknown): boolean {
  return !truthy(a);
}

hooks.truthy = truthy;

// ---------------------------------------------------------------------------------------------
// Comparisons

interface CmpOp {
  sym: string;
  name: string;
  rname: string;
  num: (a: number | bigint, b: number | bigint) => boolean;
}

const LT: CmpOp = { sym: '<', name: '$__lt__', rname: '$__gt__', num: (a, b) => a < b };
const LE: CmpOp = { sym: '<=', name: '$__le__', rname: '$__ge__', num: (a, b) => a <= b };
const GT: CmpOp = { sym: '>', name: '$__gt__', rname: '$__lt__', num: (a, b) => a > b };
const GE: CmpOp = { sym: '>=', name: '$__ge__', rname: '$__le__', num: (a, b) => a >= b };
const EQ: CmpOp = { sym: '==', name: '$__eq__', rname: '$__eq__', num: (a, b) => a == b };
const NE: CmpOp = { sym: '!=', name: '$__ne__', rname: '$__ne__', num: (a, b) => a != b };

/** A number-kind value for comparisons: exact (bigint stays bigint). */
function cmpVal(x: unknown, k: number): number | bigint {
  return k === 3 ? (x ? 1 : 0) : k === 4 ? (typeof x === 'number' ? x : (x as PyFloat).v) : (x as number | bigint);
}

function richCompare(a: unknown, b: unknown, op: CmpOp): unknown {
  const ka = numKind(a);
  const kb = numKind(b);
  if (ka !== 0 && kb !== 0) return op.num(cmpVal(a, ka), cmpVal(b, kb));
  if (typeof a === 'string' && typeof b === 'string') {
    if (op === EQ) return a === b;
    if (op === NE) return a !== b;
    if (op === LT) return strLt(a, b);
    if (op === GT) return strLt(b, a);
    if (op === LE) return !strLt(b, a);
    return !strLt(a, b);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  // Two classes of metaclass type (`cls in (A, B)`): type defines no comparison of its own, so
  // == and != come down to identity and every other comparison to the TypeError below.
  if (ta === typeType && tb === typeType && (op === EQ || op === NE)) return op === EQ ? a === b : a !== b;
  let checkedReflected = false;
  if (ta !== tb && isSubclass(tb, ta)) {
    const fb = slot(b, op.rname);
    if (fb !== undefined) {
      checkedReflected = true;
      const r = fb.call(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = slot(a, op.name);
  if (fa !== undefined) {
    const r = fa.call(a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const fb = slot(b, op.rname);
    if (fb !== undefined) {
      const r = fb.call(b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === EQ) return a === b;
  if (op === NE) return a !== b;
  return raise('TypeError', `'${op.sym}' not supported between instances of '${className(a)}' and '${className(b)}'`);
}

/**
 * Both operands are exact tuples, whose comparisons are tuple's own (a builtin type's methods
 * cannot be replaced, and no subclass is involved to take the reflected side first): `(x, y) ==
 * goal`, and the items of tuples compared item by item (heap entries `(cost, (x, y))`).
 */
function bothExactTuples(a: unknown, b: unknown): a is PyTuple {
  return typeof a === 'object' && a !== null && a.constructor === PyTuple && typeof b === 'object' && b !== null && b.constructor === PyTuple;
}

export function eq(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (bothExactTuples(a, b)) return a === b || tupleEq(a, b as PyTuple);
  if (isExactBytes(a) && isExactBytes(b)) return bytesEqual(a, b);
  return richCompare(a, b, EQ);
}

export function ne(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a !== b;
  if (typeof a === 'string' && typeof b === 'string') return a !== b;
  if (bothExactTuples(a, b)) return !(a === b || tupleEq(a, b as PyTuple));
  if (isExactBytes(a) && isExactBytes(b)) return !bytesEqual(a, b);
  return richCompare(a, b, NE);
}

export function lt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (bothExactTuples(a, b)) return seqCompare(a, b as PyTuple, 'lt');
  return richCompare(a, b, LT);
}

export function le(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a <= b;
  if (bothExactTuples(a, b)) return seqCompare(a, b as PyTuple, 'le');
  return richCompare(a, b, LE);
}

export function gt(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (bothExactTuples(a, b)) return seqCompare(a, b as PyTuple, 'gt');
  return richCompare(a, b, GT);
}

export function ge(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  if (bothExactTuples(a, b)) return seqCompare(a, b as PyTuple, 'ge');
  return richCompare(a, b, GE);
}

/** `a is b`. A float is an unboxed number, so a NaN is identical to (any) NaN: CPython's `x is x`. */
export function is(a: unknown, b: unknown): boolean {
  return a === b || (a !== a && b !== b && typeof a === 'number' && typeof b === 'number');
}

export function isnot(a: unknown, b: unknown): boolean {
  return !is(a, b);
}

/** `a == b` as a JS boolean (identity first, as containers compare their items). */
export function eqBool(a: unknown, b: unknown): boolean {
  return a === b || truthy(eq(a, b));
}

// ---------------------------------------------------------------------------------------------
// Membership

export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      const text = strText(item);
      if (text !== undefined) return strContains(container, text);
      return raise('TypeError', `'in <string>' requires string as left operand, not ${className(item)}`);
    }
    return strContains(container, item);
  }
  if (isExactArray(container)) {
    for (let i = 0; i < container.length; i++) {
      if (itemEq(container[i], item)) return true;
    }
    return false;
  }
  // Exact dicts and sets answer without the __contains__ lookup (`(x, y) in seen`).
  if (typeof container === 'object' && container !== null) {
    const c = container.constructor;
    if (c === PyDict) return (container as PyDict).has(item);
    if (c === PySet || c === PyFrozenSet) return setContains(container as PySet, item);
  }
  return containsSlow(container, item);
}

function containsSlow(container: unknown, item: unknown): boolean {
  const f = slot(container, '$__contains__');
  if (f !== undefined) return truthy(f.call(container, item));
  if (slot(container, '$__iter__') !== undefined || slot(container, '$__getitem__') !== undefined) {
    for (const x of iter(container)) if (itemEq(x, item)) return true;
    return false;
  }
  return raise('TypeError', `argument of type '${className(container)}' is not iterable`);
}

// ---------------------------------------------------------------------------------------------
// Subscripts

export function getitem(obj: unknown, key: unknown): unknown {
  if (typeof key === 'number' && isExactArray(obj)) {
    if (key >= 0 && key < obj.length && Number.isInteger(key)) return obj[key];
    if (key < 0 && key >= -obj.length && Number.isInteger(key)) return obj[obj.length + key];
  }
  if (typeof obj === 'string' && typeof key === 'number' && Number.isInteger(key)) return strGetItem(obj, key);
  return getitemSlow(obj, key);
}

function getitemSlow(obj: unknown, key: unknown): unknown {
  if (key instanceof PySlice && isPlainList(obj)) return sliceArray(obj, key);
  if (isClass(obj)) {
    const mg = typeOf(obj).prototype.$__getitem__;
    if (typeof mg === 'function') return mg.call(obj, key);
    if (obj === typeType) return typeSubscript(key);
    // Only the class's own MRO counts: its metaclass's __class_getitem__ (type's) is not its.
    const cg = '$__class_getitem__' in obj.prototype ? (obj as any).$__class_getitem__ : undefined;
    if (typeof cg === 'function') return cg(key);
    return raise('TypeError', `type '${obj[META].messageName ?? obj[META].name}' is not subscriptable`);
  }
  const f = slot(obj, '$__getitem__');
  if (f !== undefined) return f.call(obj, key);
  return raise('TypeError', `'${className(obj)}' object is not subscriptable`);
}

export function setitem(obj: unknown, key: unknown, value: unknown): void {
  if (typeof key === 'number' && isPlainList(obj)) {
    if (key >= 0 && key < obj.length && Number.isInteger(key)) {
      obj[key] = value;
      return;
    }
  }
  if (key instanceof PySlice && isPlainList(obj)) {
    listSetSlice(obj, key, value);
    return;
  }
  const f = slot(obj, '$__setitem__');
  if (f !== undefined) {
    f.call(obj, key, value);
    return;
  }
  raise('TypeError', `'${className(obj)}' object does not support item assignment`);
}

/** `obj[lower:upper:step]` (each part null when omitted): a plain list slices without a slice object. */
export function getslice(obj: unknown, lower: unknown, upper: unknown, step: unknown): unknown {
  if (isPlainList(obj)) return sliceParts(obj, lower, upper, step);
  if (typeof obj === 'string') return strGetSlice(obj, lower, upper, step);
  if (isExactBytes(obj)) return bytesGetSlice(obj, lower, upper, step);
  return getitemSlow(obj, new PySlice(lower, upper, step));
}

/** `obj[lower:upper:step] = value`: a plain list assigns without a slice object. */
export function setslice(obj: unknown, lower: unknown, upper: unknown, step: unknown, value: unknown): void {
  if (isPlainList(obj)) listSetParts(obj, lower, upper, step, value);
  else setitem(obj, new PySlice(lower, upper, step), value);
}

/**
 * `t[lower:upper:step] = s[sLower:sUpper:sStep]` where `s` is a plain list and no Python code can
 * run before t's `__setitem__` (the compiler checked that the bounds are numbers or None): the
 * items go straight from one list to the other, without the intermediate list. A slice reversing
 * the target's own range (`a[:k + 1] = a[k::-1]`) is reversed in place. Anything else (lengths
 * that differ, another target type, overlapping ranges) takes the two general steps.
 */
export function copySlice(t: unknown, lower: unknown, upper: unknown, step: unknown,
  s: unknown[], sLower: unknown, sUpper: unknown, sStep: unknown): void {
  const src = sliceBounds(sLower, sUpper, sStep, s.length);
  const from = src.start;
  const by = src.step;
  const n = src.count;
  if (isPlainList(t)) {
    const dst = sliceBounds(lower, upper, step, t.length);
    const to = dst.start;
    const count = dst.step === 1 ? Math.max(dst.stop - to, 0) : dst.count;
    if (count === n) {
      if (t !== s) {
        for (let i = 0; i < n; i++) t[to + i * dst.step] = s[from + i * by];
        return;
      }
      if (dst.step === 1 && by === -1 && from === to + n - 1) {
        for (let i = to, j = from; i < j; i++, j--) {
          const x = t[i];
          t[i] = t[j];
          t[j] = x;
        }
        return;
      }
    }
  }
  setslice(t, lower, upper, step, sliceParts(s, sLower, sUpper, sStep));
}

export function delitem(obj: unknown, key: unknown): void {
  const f = slot(obj, '$__delitem__');
  if (f !== undefined) {
    f.call(obj, key);
    return;
  }
  raise('TypeError', `'${className(obj)}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------------------------------------
// Iteration

function isStopIteration(e: unknown): boolean {
  return isPyException(e) && isInstance(e, StopIterationCls);
}

/** A JS iterator over a Python iterator object (`__next__` until StopIteration). */
class PyIterAdapter implements Iterator<unknown>, Iterable<unknown> {
  constructor(private readonly it: any) {}
  next(): IteratorResult<unknown> {
    // No `finally`: on V8 each handler an exception passes through costs one more unwinding.
    const depth = enterTry(ENDS_ITERATION);
    let value: unknown;
    try {
      value = nextOrStopped(this.it, this.it.$__next__);
    } catch (e) {
      exitTry(depth);
      // The value is the result of a `yield from` over the iterator.
      if (isStopIteration(e)) return { value: (e as { $value?: unknown }).$value, done: true };
      throw e;
    }
    exitTry(depth);
    return value === ITERATION_STOPPED ? { value: undefined, done: true } : { value, done: false };
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** The sequence protocol: `__getitem__(0)`, `(1)`, ... until IndexError. */
class SeqIterAdapter implements Iterator<unknown>, Iterable<unknown> {
  private i = 0;
  constructor(private readonly seq: any, private readonly f: Function) {}
  next(): IteratorResult<unknown> {
    const depth = enterTry(ENDS_SEQUENCE);
    let value: unknown;
    try {
      value = this.f.call(this.seq, this.i++);
    } catch (e) {
      exitTry(depth);
      if (isPyException(e) && (isInstance(e, IndexErrorCls) || isStopIteration(e))) return { value: undefined, done: true };
      throw e;
    }
    exitTry(depth);
    return { value, done: false };
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** `iter(obj)` as a JS iterable: lists and strings as themselves, Python iterators adapted. */
export function iter(obj: unknown): Iterable<unknown> {
  if (typeof obj === 'string') return obj;
  if (isPlainList(obj)) return obj;
  return iterSlow(obj);
}

function iterSlow(obj: unknown): Iterable<unknown> {
  if (obj === null || obj === undefined) return notIterable(obj);
  const t = typeOf(obj);
  const userType = t !== undefined && !(t[META].flags & Flags.Builtin);
  if (!userType && typeof (obj as any)[Symbol.iterator] === 'function' && !isClass(obj)) {
    return obj as Iterable<unknown>;
  }
  const f = slot(obj, '$__iter__');
  if (f !== undefined) {
    const it = f.call(obj);
    const next = slot(it, '$__next__');
    if (next === undefined) return raise('TypeError', `iter() returned non-iterator of type '${className(it)}'`);
    const ti = typeOf(it);
    if (ti !== undefined && ti[META].flags & Flags.Builtin && typeof (it as any)[Symbol.iterator] === 'function') {
      return it as Iterable<unknown>;
    }
    return new PyIterAdapter(it);
  }
  const g = slot(obj, '$__getitem__');
  if (g !== undefined && !isClass(obj)) return new SeqIterAdapter(obj, g);
  return notIterable(obj);
}

function notIterable(obj: unknown): never {
  if (isClass(obj)) return raise('TypeError', `'type' object is not iterable`);
  return raise('TypeError', `'${className(obj)}' object is not iterable`);
}

/** `next(it)`: the next value, raising StopIteration at the end. */
export function next(it: unknown): unknown {
  const f = it === null || it === undefined ? undefined : slot(it, '$__next__');
  if (f !== undefined) return f.call(it);
  if (it !== null && typeof it === 'object' && typeof (it as any).next === 'function') {
    const r = (it as Iterator<unknown>).next();
    if (r.done) return pyRaise(StopIterationCls);
    return r.value;
  }
  return raise('TypeError', `'${className(it)}' object is not an iterator`);
}

/** The items of an iterable as a JS array (arrays are returned as they are; do not mutate). */
/**
 * The items of an iterable as a JS array (the array itself for a list or tuple). With `fn`, the
 * callee of a `f(*obj)` call (and `self`, its receiver), a non-iterable raises CPython's
 * "f() argument after * must be an iterable".
 */
export function toArray(obj: unknown, fn?: unknown, self?: unknown): unknown[] {
  if (isExactArray(obj)) return obj;
  if (fn !== undefined && !isIterable(obj)) {
    return raise('TypeError', `${funcStr(fn, self)} argument after * must be an iterable, not ${className(obj)}`);
  }
  if (typeof obj === 'string') return Array.from(obj);
  return Array.from(iter(obj));
}

function isIterable(obj: unknown): boolean {
  if (typeof obj === 'string' || Array.isArray(obj)) return true;
  if (obj === null || obj === undefined) return false;
  return slot(obj, '$__iter__') !== undefined || slot(obj, '$__getitem__') !== undefined ||
    typeof (obj as any)[Symbol.iterator] === 'function';
}

hooks.toArray = (x: unknown) => toArray(x);

/** The items of `*obj` in a list or tuple display or a class's bases, with CPython's message for a non-iterable. */
export function starItems(obj: unknown): unknown[] {
  if (isExactArray(obj)) return obj;
  if (!isIterable(obj)) return raise('TypeError', `Value after * must be an iterable, not ${className(obj)}`);
  return toArray(obj);
}

function cannotUnpack(obj: unknown): never {
  return raise('TypeError', `cannot unpack non-iterable ${className(obj)} object`);
}

/** Unpack exactly `n` items (`a, b = obj`). */
export function unpack(obj: unknown, n: number): unknown[] {
  if (isExactArray(obj)) {
    // A list is copied: the targets may be its own items (`lst[1], x = lst`).
    if (obj.length === n) return obj instanceof PyTuple ? obj : obj.slice();
    if (obj.length > n) return raise('ValueError', `too many values to unpack (expected ${n})`);
    return raise('ValueError', `not enough values to unpack (expected ${n}, got ${obj.length})`);
  }
  if (!isIterable(obj)) return cannotUnpack(obj);
  const out: unknown[] = [];
  for (const x of iter(obj)) {
    if (out.length === n) return raise('ValueError', `too many values to unpack (expected ${n})`);
    out.push(x);
  }
  if (out.length < n) return raise('ValueError', `not enough values to unpack (expected ${n}, got ${out.length})`);
  return out;
}

/** Unpack with a starred target: `before` items, a list, `after` items. */
export function unpackEx(obj: unknown, before: number, after: number): unknown[] {
  if (!isIterable(obj)) return cannotUnpack(obj);
  const items = toArray(obj);
  if (items.length < before + after) {
    return raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(items.slice(before, items.length - after));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

export { percent };


/**
 * A `for ... in range(...)` bound: an int (bools and `__index__` objects accepted), a number when
 * safe and a bigint beyond, as ints are.
 */
export function rangeBound(x: unknown): number | bigint {
  if (typeof x === 'number' && Number.isInteger(x)) return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return x;
  const f = x === null || x === undefined || typeof x === 'number' ? undefined : slot(x, '$__index__');
  if (f !== undefined) {
    const v = f.call(x);
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    if (typeof v === 'bigint') return v;
    return raise('TypeError', `__index__ returned non-int (type ${className(v)})`);
  }
  return raise('TypeError', `'${className(x)}' object cannot be interpreted as an integer`);
}

/** A counting loop's first value: a bigint when either bound is one, so that counting is exact. */
export function rangeStart(start: number | bigint, stop: number | bigint): number | bigint {
  return typeof start === 'number' && typeof stop === 'number' ? start : BigInt(start);
}

/** A bigint loop counter's value as an int: a number once it is safe. */
export function rangeItem(i: bigint): number | bigint {
  return bigToInt(i);
}
