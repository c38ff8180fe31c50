// int, float and bool as Python types over JS numbers, bigints, PyFloat boxes and booleans.
//
// An int is a JS number (safe integer) or a bigint; a float is a non-integral JS number or a
// PyFloat box (docs/architecture.md). int and float therefore share Number.prototype: every
// method there first asks `Number.isInteger(this)`. A dunder both types have dispatches on it; a
// name only one type has (`bit_length`, `is_integer`, `hex`) is an accessor that raises
// AttributeError for the other type, so `(1.5).bit_length` fails exactly as in CPython, at the
// attribute read. BigInt.prototype holds the int methods; PyFloat.prototype the float methods
// (unboxing `this.v`); Boolean.prototype the int methods for bool (a subclass of int), with the
// few that differ (repr, &, |, ^) overridden.
//
// The arithmetic dunders implement the numeric tower: int op int stays int (int.ts), anything
// with a float becomes float (float.ts), anything else is NotImplemented.

import { strText, unwrapStr } from './strvalue.js';
import { raise } from './exceptions.js';
import { BUILTIN_TYPE_DOCS } from './builtin_type_docs.js';
import { defineHidden, kwParams } from './install.js';
import {
  PyFloat, floatAsIntegerRatio, floatDivmod, floatFloorDiv, floatFromString, floatHex, floatIsInteger,
  floatFromHex, floatMod, floatPow, floatRepr, floatRound, floatRoundToInt, floatToInt, floatTrueDiv, toFloat,
  type PyFloatValue,
} from './float.js';
import { formatFloat, formatInt } from './format.js';
import { hashFloat, hashInt } from './hash.js';
import {
  bigToInt, intAbs, intAdd, intAnd, intBitCount, intBitLength, intDivmod, intFloorDiv, intFromString,
  intInvert, intLshift, intMod, intMul, intNeg, intOr, intPow, intRound, intRshift, intStr, intSub,
  intToFloat, intTrueDiv, intXor, type PyInt, unwrapInt,
} from './int.js';
import { attrError, builtinType, CLASS_VALUE, hooks, METHOD, NotImplemented, type KwPairs, type PyType } from './object.js';
import { iter, truthy } from './ops.js';
import { toIndex, typeNameOf } from './slice.js';
import { strEncode, strRepr } from './str.js';
import { tuple, type PyTuple } from './tuple.js';
import { bytesFromU8, bytesData, isBytesLike, PyBytes } from './bytes.js';
import { bytesRepr } from './bytesops.js';
import { wantsNone } from './arity.js';

// ---------------------------------------------------------------------------------------------
// Operand classification

/** An int operand (int or bool) as a PyInt, else undefined. */
function asInt(x: unknown): PyInt | undefined {
  if (typeof x === 'number') return Number.isInteger(x) ? x : undefined;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof Number) return unwrapInt(x);
  return undefined;
}

/** A real operand (int, bool or float) as a JS number, else undefined. */
export function asReal(x: unknown): number | undefined {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'bigint') return intToFloat(x);
  if (x instanceof Number) {
    const v = unwrapInt(x);
    return typeof v === 'bigint' ? intToFloat(v) : v;
  }
  return undefined;
}

function isFloat(x: unknown): boolean {
  return (typeof x === 'number' && !Number.isInteger(x)) || x instanceof PyFloat;
}

/** The int value of `this` for int methods (number, bigint or bool receivers). */
function self(x: unknown): PyInt {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  return unwrapInt(x as object);
}

type BinInt = (a: PyInt, b: PyInt) => unknown;
type BinFloat = (a: number, b: number) => unknown;

/** A binary numeric dunder: int op int → intOp; with a float involved → floatOp. */
function numBinary(intOp: BinInt, floatOp: BinFloat, reflected: boolean): (this: unknown, other: unknown) => unknown {
  return function (this: unknown, other: unknown): unknown {
    const a = reflected ? other : this;
    const b = reflected ? this : other;
    const ia = asInt(a);
    const ib = asInt(b);
    if (ia !== undefined && ib !== undefined) return intOp(ia, ib);
    // int's slots do not know floats: `2 + f` reaches type(f).__radd__, which a float subclass
    // may override (CPython's int_add returns NotImplemented).
    if (!isFloat(this)) return NotImplemented;
    const fa = asReal(a);
    const fb = asReal(b);
    if (fa === undefined || fb === undefined) return NotImplemented;
    return floatOp(fa, fb);
  };
}

/** A binary dunder that only ints have (&, |, ^, <<, >>). */
function intBinary(intOp: BinInt, reflected: boolean): (this: unknown, other: unknown) => unknown {
  return function (this: unknown, other: unknown): unknown {
    const a = asInt(reflected ? other : this);
    const b = asInt(reflected ? this : other);
    if (a === undefined || b === undefined) return NotImplemented;
    return intOp(a, b);
  };
}

function numCompare(op: (a: number | bigint, b: number | bigint) => boolean): (this: unknown, other: unknown) => unknown {
  return function (this: unknown, other: unknown): unknown {
    // As in numBinary: an int receiver leaves a float operand to float's reflected comparison.
    if (!isFloat(this) && isFloat(other)) return NotImplemented;
    const a = realValue(this);
    const b = realValue(other);
    if (b === undefined || a === undefined) return NotImplemented;
    return op(a, b);
  };
}

/** A number or bigint for comparisons (exact: JS compares number with bigint mathematically). */
export function realValue(x: unknown): number | bigint | undefined {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof Number) return unwrapInt(x);
  return undefined;
}

const fadd = (a: number, b: number): PyFloatValue => toFloat(a + b);
const fsub = (a: number, b: number): PyFloatValue => toFloat(a - b);
const fmul = (a: number, b: number): PyFloatValue => toFloat(a * b);
const fdivmod = (a: number, b: number): PyTuple => tuple(floatDivmod(a, b));
const idivmod = (a: PyInt, b: PyInt): PyTuple => tuple(intDivmod(a, b));

function intPow3(this: unknown, other: unknown, mod?: unknown): unknown {
  if (mod !== undefined && mod !== null) {
    const a = asInt(this);
    const b = asInt(other);
    const m = asInt(mod);
    if (a === undefined || b === undefined || m === undefined) {
      if (isFloat(this) || isFloat(other) || isFloat(mod)) {
        return raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
      }
      return NotImplemented;
    }
    return intPow(a, b, m);
  }
  return powPlain.call(this, other);
}

const powPlain = numBinary((a, b) => intPow(a, b), (a, b) => floatPow(a, b), false);
const rpowPlain = numBinary((a, b) => intPow(a, b), (a, b) => floatPow(a, b), true);

// ---------------------------------------------------------------------------------------------
// Shared numeric dunders (both int and float receivers)

const numericDunders = {
  __add__: numBinary(intAdd, fadd, false),
  __radd__: numBinary(intAdd, fadd, true),
  __sub__: numBinary(intSub, fsub, false),
  __rsub__: numBinary(intSub, fsub, true),
  __mul__: numBinary(intMul, fmul, false),
  __rmul__: numBinary(intMul, fmul, true),
  __truediv__: numBinary(intTrueDiv, floatTrueDiv, false),
  __rtruediv__: numBinary(intTrueDiv, floatTrueDiv, true),
  __floordiv__: numBinary(intFloorDiv, floatFloorDiv, false),
  __rfloordiv__: numBinary(intFloorDiv, floatFloorDiv, true),
  __mod__: numBinary(intMod, floatMod, false),
  __rmod__: numBinary(intMod, floatMod, true),
  __divmod__: numBinary(idivmod, fdivmod, false),
  __rdivmod__: numBinary(idivmod, fdivmod, true),
  __pow__: intPow3,
  __rpow__: rpowPlain,
  __eq__: numCompare((a, b) => a == b),
  __ne__: numCompare((a, b) => a != b),
  __lt__: numCompare((a, b) => a < b),
  __le__: numCompare((a, b) => a <= b),
  __gt__: numCompare((a, b) => a > b),
  __ge__: numCompare((a, b) => a >= b),
};

// ---------------------------------------------------------------------------------------------
// int

function intFormat(this: unknown, spec: unknown): string {
  spec = unwrapStr(spec);
  if (typeof spec !== 'string') raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
  // An empty spec formats as str(self), which for a subclass may be its own __repr__.
  if (spec === '' && typeof this === 'object') return hooks.str(this);
  // formatInt formats float presentation types (e, f, g, %) as the int converted to a float.
  return formatInt(self(this), spec);
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) */
function toBytes(this: unknown, length?: unknown, byteorder?: unknown, signed?: unknown): unknown {
  const n = BigInt(self(this));
  const len = length === undefined ? 1 : Number(toIndex(length));
  if (len < 0) raise('ValueError', 'length argument must be non-negative');
  const order = byteorder === undefined ? 'big' : unwrapStr(byteorder);
  if (order !== 'big' && order !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  const sgn = signed !== undefined && truthy(signed);
  if (!sgn && n < 0n) raise('OverflowError', "can't convert negative int to unsigned");
  const bits = BigInt(len * 8);
  if (sgn ? n >= 1n << (bits - 1n) || n < -(1n << (bits - 1n)) : n >= 1n << bits) {
    raise('OverflowError', 'int too big to convert');
  }
  let v = n < 0n ? (1n << bits) + n : n;
  const out = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (order === 'little') out.reverse();
  return bytesFromU8(out);
}

/**
 * The bytes int.from_bytes reads from its argument, converted as CPython's PyObject_Bytes does:
 * bytes-like objects as they are, then __bytes__, then any iterable of ints in range(0, 256).
 * Unlike bytes(x), a count (int) and str (with or without subclassing) are refused.
 */
function bytesToRead(data: unknown): Uint8Array {
  if (isBytesLike(data)) return bytesData(data).slice();
  const refuse = (): never => raise('TypeError', `cannot convert '${typeNameOf(data)}' object to bytes`);
  if (data === null || typeof data !== 'object' || data instanceof String) return refuse();
  const convert = (data as { $__bytes__?: unknown }).$__bytes__;
  if (typeof convert === 'function') {
    const made = convert.call(data);
    if (!(made instanceof PyBytes)) raise('TypeError', `__bytes__ returned non-bytes (type ${typeNameOf(made)})`);
    return bytesData(made).slice();
  }
  // iterable through __iter__, or through __getitem__ as the old sequence protocol allows
  // (unless __iter__ is set to None, which declares the object not iterable)
  const probe = data as { $__iter__?: unknown; $__getitem__?: unknown };
  const iterable = typeof probe.$__iter__ === 'function' ||
    (probe.$__iter__ === undefined && typeof probe.$__getitem__ === 'function');
  if (!Array.isArray(data) && !iterable) return refuse();
  const out: number[] = [];
  for (const item of iter(data)) {
    const v = toIndex(item);
    if (typeof v !== 'number' || v < 0 || v > 255) raise('ValueError', 'bytes must be in range(0, 256)');
    out.push(v);
  }
  return Uint8Array.from(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False) */
function fromBytes(cls: PyType, data: unknown, byteorder?: unknown, signed?: unknown): unknown {
  const b = bytesToRead(data);
  const order = byteorder === undefined ? 'big' : unwrapStr(byteorder);
  if (order !== 'big' && order !== 'little') raise('ValueError', "byteorder must be either 'little' or 'big'");
  if (order === 'little') b.reverse();
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  if (signed !== undefined && truthy(signed) && b.length > 0 && b[0]! >= 128) v -= 1n << BigInt(b.length * 8);
  const r = bigToInt(v);
  return cls === intType ? r : cls(r);
}

kwParams(toBytes, 'to_bytes', ['length', 'byteorder', 'signed'], 0, true);
kwParams(fromBytes, 'from_bytes', ['cls', 'bytes', 'byteorder', 'signed'], 1, true, 2);

/** bool.from_bytes: int's, and the int made a bool (bool has no subclasses to make it). */
function boolFromBytes(_cls: PyType, data: unknown, byteorder?: unknown, signed?: unknown): boolean {
  return truthy(fromBytes(intType, data, byteorder, signed));
}
kwParams(boolFromBytes, 'from_bytes', ['cls', 'bytes', 'byteorder', 'signed'], 1, true, 2);

const intOnlyMethods = {
  bit_length(this: unknown, over?: unknown): number {
    if (over !== undefined) wantsNone('int.bit_length', arguments.length);
    return intBitLength(self(this));
  },
  bit_count(this: unknown, over?: unknown): number {
    if (over !== undefined) wantsNone('int.bit_count', arguments.length);
    return intBitCount(self(this));
  },
  to_bytes: toBytes,
  __index__(this: unknown): PyInt {
    return self(this);
  },
  __and__: intBinary(intAnd, false),
  __rand__: intBinary(intAnd, true),
  __or__: intBinary(intOr, false),
  __ror__: intBinary(intOr, true),
  __xor__: intBinary(intXor, false),
  __rxor__: intBinary(intXor, true),
  __lshift__: intBinary(intLshift, false),
  __rlshift__: intBinary(intLshift, true),
  __rshift__: intBinary(intRshift, false),
  __rrshift__: intBinary(intRshift, true),
  __invert__(this: unknown): PyInt {
    return intInvert(self(this));
  },
};

const intCommon = {
  __repr__(this: unknown): string {
    return intStr(self(this));
  },
  // int and float have no __str__ of their own in CPython: object's calls repr, which a subclass
  // may override. Plain ints and floats never reach these as objects.
  __str__(this: unknown): string {
    return typeof this === 'object' ? hooks.repr(this) : intStr(self(this));
  },
  __format__: intFormat,
  __hash__(this: unknown): number | bigint {
    return hashInt(self(this));
  },
  __bool__(this: unknown): boolean {
    const n = self(this);
    return n !== 0 && n !== 0n;
  },
  __int__(this: unknown): PyInt {
    return self(this);
  },
  __float__(this: unknown): PyFloatValue {
    return toFloat(intToFloat(self(this)));
  },
  __neg__(this: unknown): PyInt {
    return intNeg(self(this));
  },
  __pos__(this: unknown): PyInt {
    return self(this);
  },
  __abs__(this: unknown): PyInt {
    return intAbs(self(this));
  },
  __round__(this: unknown, ndigits?: unknown): PyInt {
    if (ndigits === undefined || ndigits === null) return self(this);
    return intRound(self(this), toIndex(ndigits));
  },
  __trunc__(this: unknown): PyInt {
    return self(this);
  },
  __floor__(this: unknown): PyInt {
    return self(this);
  },
  __ceil__(this: unknown): PyInt {
    return self(this);
  },
  conjugate(this: unknown): PyInt {
    return self(this);
  },
  as_integer_ratio(this: unknown): PyTuple {
    return tuple([self(this), 1]);
  },
  __getnewargs__(this: unknown): PyTuple {
    return tuple([self(this)]);
  },
  ...numericDunders,
  ...intOnlyMethods,
};

const intGetters = {
  real: (x: unknown) => self(x),
  imag: () => 0,
  numerator: (x: unknown) => self(x),
  denominator: () => 1,
};

// ---------------------------------------------------------------------------------------------
// float (methods take the raw JS number as `this`)

function fv(x: unknown): number {
  if (typeof x === 'number') return x;
  return x instanceof PyFloat ? x.v : (x as Number).valueOf();
}

/** `this` of a Number.prototype method as a primitive (int subclass instances are wrappers). */
function prim(x: unknown): PyInt {
  return typeof x === 'number' ? x : unwrapInt(x as object);
}

/** Is the receiver of a Number.prototype method an int (rather than a float)? */
function isIntReceiver(x: unknown): boolean {
  const p = prim(x);
  return typeof p === 'bigint' || Number.isInteger(p);
}

/** An instance of a float subclass (a plain integral float is a PyFloat box, not a subclass). */
function isFloatSubclass(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) !== PyFloat.prototype;
}

const floatCommon = {
  __repr__(this: unknown): string {
    return floatRepr(fv(this));
  },
  __str__(this: unknown): string {
    return isFloatSubclass(this) ? hooks.repr(this) : floatRepr(fv(this));
  },
  __format__(this: unknown, spec: unknown): string {
    spec = unwrapStr(spec);
    if (typeof spec !== 'string') raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
    if (spec === '' && isFloatSubclass(this)) return hooks.str(this);
    return formatFloat(fv(this), spec);
  },
  __hash__(this: unknown): number | bigint {
    return hashFloat(fv(this));
  },
  __bool__(this: unknown): boolean {
    return fv(this) !== 0;
  },
  __int__(this: unknown): PyInt {
    return floatToInt(fv(this));
  },
  __float__(this: unknown): PyFloatValue {
    return toFloat(fv(this));
  },
  __neg__(this: unknown): PyFloatValue {
    return toFloat(-fv(this));
  },
  __pos__(this: unknown): PyFloatValue {
    return toFloat(fv(this));
  },
  __abs__(this: unknown): PyFloatValue {
    return toFloat(Math.abs(fv(this)));
  },
  __round__(this: unknown, ndigits?: unknown): unknown {
    if (ndigits === undefined || ndigits === null) return floatRoundToInt(fv(this));
    return floatRound(fv(this), Number(toIndex(ndigits)));
  },
  __trunc__(this: unknown): PyInt {
    return floatToInt(fv(this));
  },
  __floor__(this: unknown): PyInt {
    return floatToInt(Math.floor(fv(this)));
  },
  __ceil__(this: unknown): PyInt {
    return floatToInt(Math.ceil(fv(this)));
  },
  conjugate(this: unknown): PyFloatValue {
    return toFloat(fv(this));
  },
  as_integer_ratio(this: unknown): PyTuple {
    const x = fv(this);
    if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
    if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert Infinity to integer ratio');
    return tuple(floatAsIntegerRatio(x));
  },
  is_integer(this: unknown): boolean {
    return floatIsInteger(fv(this));
  },
  hex(this: unknown): string {
    return floatHex(fv(this));
  },
  __getnewargs__(this: unknown): PyTuple {
    return tuple([toFloat(fv(this))]);
  },
  ...numericDunders,
};

const floatGetters = {
  real: (x: unknown) => toFloat(fv(x)),
  imag: () => toFloat(0),
};

// ---------------------------------------------------------------------------------------------
// Installing on the shared prototypes

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** Number.prototype: int and float share it, so each name dispatches on Number.isInteger. */
function numberProtoMembers(): Record<string, Method> {
  const out: Record<string, Method> = {};
  const ints = intCommon as Record<string, Method>;
  const floats = floatCommon as Record<string, Method>;
  for (const name of Object.keys(ints)) {
    const fi = ints[name]!;
    const ff = floats[name];
    if (ff !== undefined) {
      out[name] = fi === ff ? fi : function (this: unknown, ...args: unknown[]) {
        return (isIntReceiver(this) ? fi : ff).apply(this, args);
      };
    }
  }
  return out;
}

/** A name only one of int / float has: an accessor that raises AttributeError for the other. */
function defineSplit(proto: object, name: string, forInt: unknown, forFloat: unknown): void {
  const get = function (this: unknown) {
    const v = isIntReceiver(this) ? forInt : forFloat;
    if (v === undefined) return attrError(this, name);
    return v;
  };
  // Functions made by a factory (`int.__and__`) have no name of their own; Python reads it.
  for (const fn of [forInt, forFloat]) {
    if (typeof fn === 'function' && fn.name === '') Object.defineProperty(fn, 'name', { value: name, configurable: true });
  }
  // `int.bit_length` (read on the class, which reaches Number.prototype) is int's method, unbound.
  if (typeof forInt === 'function') Object.defineProperty(forInt, METHOD, { value: true, configurable: true });
  (get as any)[CLASS_VALUE] = () => forInt;
  Object.defineProperty(proto, '$' + name, {
    get,
    set(this: unknown) {
      raise('AttributeError', `'${typeNameOf(this)}' object attribute '${name}' is read-only`);
    },
    configurable: true,
    enumerable: false,
  });
}

function intArgs(pos: unknown[], kw: KwPairs | null): [unknown, unknown] {
  const x: unknown = pos[0];
  let base: unknown = pos[1];
  if (pos.length > 2) raise('TypeError', `int() takes at most 2 arguments (${pos.length} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'base') base = v;
      else raise('TypeError', `'${k}' is an invalid keyword argument for int()`);
    }
  }
  return [x, base];
}

/** int(x=0, base=10) */
export function intNew(x?: unknown, base?: unknown): PyInt {
  if (x === undefined) {
    if (base !== undefined) raise('TypeError', "int() missing string argument");
    return 0;
  }
  if (base !== undefined) {
    const b = Number(toIndex(base));
    // CPython checks the base before the type of x (long_new_impl).
    if (b !== 0 && (b < 2 || b > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    // A str subclass instance is a String wrapper: its text is what gets parsed.
    const text = strText(x);
    if (text !== undefined) return intFromString(text, b, strRepr);
    if (isBytesLike(x)) return intFromString(latin1(bytesData(x)), b, () => bytesRepr(bytesData(x)));
    return raise('TypeError', "int() can't convert non-string with explicit base");
  }
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(x);
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return intFromString(x, 10, strRepr);
  if (x instanceof PyFloat) return floatToInt(x.v);
  if (isBytesLike(x)) return intFromString(latin1(bytesData(x)), 10, () => bytesRepr(bytesData(x)));
  if (x !== null && typeof x === 'object') {
    for (const name of ['$__int__', '$__index__', '$__trunc__']) {
      const m = (x as Record<string, unknown>)[name];
      if (typeof m === 'function') {
        const r = (m as Method).call(x);
        const i = asInt(r);
        if (i === undefined || typeof r === 'boolean') {
          if (typeof r === 'boolean') return r ? 1 : 0;
          if (name === '$__trunc__') return intNew(r);
          return raise('TypeError', `${name.slice(1)} returned non-int (type ${typeNameOf(r)})`);
        }
        return i;
      }
    }
    // A str subclass without __int__, __index__ or __trunc__ is parsed, as PyNumber_Long does.
    const text = strText(x);
    if (text !== undefined) return intFromString(text, 10, strRepr);
  }
  return raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(x)}'`);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** float(x=0.0) */
export function floatNew(x?: unknown): PyFloatValue {
  if (x === undefined) return new PyFloat(0);
  if (typeof x === 'number') return toFloat(x);
  // A float subclass instance is a PyFloat too: it goes through `__float__`, to an exact float.
  if (x instanceof PyFloat && Object.getPrototypeOf(x) === PyFloat.prototype) return x;
  if (typeof x === 'bigint') return toFloat(intToFloat(x));
  if (typeof x === 'boolean') return new PyFloat(x ? 1 : 0);
  if (typeof x === 'string') return floatFromString(x, strRepr);
  if (isBytesLike(x)) return floatFromString(latin1(bytesData(x)), () => hooks.repr(x));
  if (x !== null && typeof x === 'object') {
    const m = (x as { $__float__?: Method }).$__float__;
    if (typeof m === 'function') {
      const r = m.call(x);
      if (isFloat(r)) return r instanceof PyFloat ? new PyFloat(r.v) : r as PyFloatValue;
      return raise('TypeError', `${typeNameOf(x)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    const ix = (x as { $__index__?: Method }).$__index__;
    if (typeof ix === 'function') return toFloat(intToFloat(toIndex(x)));
    // A str subclass without __float__ or __index__ is parsed, as PyNumber_Float does.
    const text = strText(x);
    if (text !== undefined) return floatFromString(text, strRepr);
  }
  return raise('TypeError', `float() argument must be a string or a real number, not '${typeNameOf(x)}'`);
}

export const intType: PyType = builtinType({
  name: 'int',
  proto: Number.prototype,
  construct(cls, pos, kw) {
    const [x, base] = intArgs(pos, kw);
    const v = intNew(x, base);
    if (cls === intType) return v;
    return Object.setPrototypeOf(Object(v), cls.prototype);
  },
  methods: numberProtoMembers(),
  classmethods: {
    from_bytes: fromBytes,
  },
});
// Names only one of the two types has.
{
  const ints = intCommon as Record<string, Method>;
  const floats = floatCommon as Record<string, Method>;
  for (const name of Object.keys(ints)) if (!(name in floats)) defineSplit(Number.prototype, name, ints[name], undefined);
  for (const name of Object.keys(floats)) if (!(name in ints)) defineSplit(Number.prototype, name, undefined, floats[name]);
  // int's classmethod, read through an instance too (`(5).from_bytes`), but not through a float.
  const fromBytesAdapter = (Number.prototype as unknown as Record<string, unknown>).$from_bytes;
  defineSplit(Number.prototype, 'from_bytes', fromBytesAdapter, undefined);
  defineHidden(BigInt.prototype, '$from_bytes', fromBytesAdapter);
  for (const name of ['real', 'imag', 'numerator', 'denominator'] as const) {
    Object.defineProperty(Number.prototype, '$' + name, {
      get(this: number) {
        if (isIntReceiver(this)) return intGetters[name](this);
        if (name === 'real' || name === 'imag') return floatGetters[name](this);
        return attrError(this, name);
      },
      configurable: true,
      enumerable: false,
    });
  }
}

// Big ints: the int methods as they are.
const bigintMethods: Record<string, Method> = { ...(intCommon as Record<string, Method>) };
for (const name of Object.keys(bigintMethods)) defineHidden(BigInt.prototype, '$' + name, bigintMethods[name]);
for (const name of ['real', 'imag', 'numerator', 'denominator'] as const) {
  Object.defineProperty(BigInt.prototype, '$' + name, {
    get(this: bigint) {
      return intGetters[name](this);
    },
    configurable: true,
    enumerable: false,
  });
}

export const floatType: PyType = builtinType({
  name: 'float',
  proto: PyFloat.prototype,
  construct(cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'float() takes no keyword arguments');
    if (pos.length > 1) raise('TypeError', `float expected at most 1 argument, got ${pos.length}`);
    const v = floatNew(pos[0]);
    if (cls === floatType) return v;
    return Object.setPrototypeOf(new PyFloat(typeof v === 'number' ? v : v.v), cls.prototype);
  },
  methods: floatCommon,
  getters: floatGetters,
  classmethods: {
    fromhex(cls: PyType, s: unknown): unknown {
      s = unwrapStr(s);
      if (typeof s !== 'string') raise('TypeError', `fromhex() argument must be str, not ${typeNameOf(s)}`);
      // CPython reads the text as UTF-8 first, which a lone surrogate cannot be.
      if (/[\uD800-\uDFFF]/.test(s)) strEncode(s);
      const v = floatFromHex(s);
      return cls === floatType ? v : cls(v);
    },
    // JS numbers are IEEE 754 doubles, stored little-endian on every platform node runs on.
    __getformat__(cls: PyType, kind: unknown): string {
      void cls;
      kind = unwrapStr(kind);
      if (typeof kind !== 'string') raise('TypeError', `__getformat__() argument must be str, not ${typeNameOf(kind)}`);
      if (kind !== 'double' && kind !== 'float') raise('ValueError', "__getformat__() argument 1 must be 'double' or 'float'");
      return 'IEEE, little-endian';
    },
  },
});

// `x.fromhex` on an unboxed float finds float's classmethod; int (which shares the prototype)
// has no fromhex in 3.11.
defineSplit(Number.prototype, 'fromhex', undefined, (PyFloat.prototype as unknown as Record<string, unknown>).$fromhex);
defineSplit(Number.prototype, '__getformat__', undefined, (PyFloat.prototype as unknown as Record<string, unknown>).$__getformat__);
// An unboxed float reads its docstring through the shared prototype too; a big int has its own.
defineHidden(BigInt.prototype, '$__doc__', BUILTIN_TYPE_DOCS.get('int'));
defineSplit(Number.prototype, '__doc__', BUILTIN_TYPE_DOCS.get('int'), BUILTIN_TYPE_DOCS.get('float'));

export const boolType: PyType = builtinType({
  name: 'bool',
  proto: Boolean.prototype,
  base: intType,
  final: true,
  construct(_cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'bool() takes no keyword arguments');
    if (pos.length > 1) raise('TypeError', `bool expected at most 1 argument, got ${pos.length}`);
    return pos.length ? truthy(pos[0]) : false;
  },
  // Inherited from int: `bool.from_bytes(b'\x02', 'big')` is bool(2).
  classmethods: {
    from_bytes: boolFromBytes,
  },
  methods: {
    ...(intCommon as Record<string, Method>),
    __repr__(this: boolean): string {
      return this ? 'True' : 'False';
    },
    __str__(this: boolean): string {
      return this ? 'True' : 'False';
    },
    __format__(this: boolean, spec: unknown): string {
      spec = unwrapStr(spec);
      if (spec === '') return this ? 'True' : 'False';
      if (typeof spec !== 'string') return intFormat.call(this ? 1 : 0, spec);
      return formatInt(this ? 1 : 0, spec, 'bool');
    },
    __and__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this && other;
      return intOnlyMethods.__and__.call(this, other);
    },
    __rand__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this && other;
      return intOnlyMethods.__rand__.call(this, other);
    },
    __or__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this || other;
      return intOnlyMethods.__or__.call(this, other);
    },
    __ror__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this || other;
      return intOnlyMethods.__ror__.call(this, other);
    },
    __xor__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this !== other;
      return intOnlyMethods.__xor__.call(this, other);
    },
    __rxor__(this: boolean, other: unknown): unknown {
      if (typeof other === 'boolean') return this !== other;
      return intOnlyMethods.__rxor__.call(this, other);
    },
  },
  getters: intGetters,
});

/** The `float(v)` helper: box an integral JS number so it stays a float. */
export const float = toFloat;
