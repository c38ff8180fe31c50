// Python floats: the box for integral values, repr, arithmetic with Python's sign rules, round,
// parsing and hashing.
//
// A float is a plain JS number unless it is integral (`2.0`, `-0.0`, `1e300`); those are boxed in
// `PyFloat` so that `Number.isInteger` keeps telling ints from floats (docs/architecture.md). A NaN
// is boxed too, one box per NaN made, so that two nans are two objects as in CPython.
// Functions here take *raw* JS numbers (the caller unboxes with `floatValue`) and return Python
// floats (boxed through `toFloat`) unless their doc says otherwise.
//
// Decimal conversions must be exact: repr uses the shortest round-trip digits (JS's
// `toExponential()` without argument gives the same digits as CPython's dtoa mode 0), and anything
// with a precision (`round`, the `f`/`e`/`g` formats) goes through `exactDecimal`, the exact decimal
// expansion of the double, so ties round half-even like CPython's `_Py_dg_dtoa`.
//
// `**` must match C's pow, and Math.pow is an ulp off for about one result in ten: powers go
// through libm.ts, a port of glibc's pow.

import { raise, raiseWithArgs } from './exceptions.js';
import type { PyInt } from './int.js';
import { bigToInt, ratioToFloat } from './int.js';
import { pow as libmPow } from './libm-lazy.js';
import { strRepr } from './str.js';

/**
 * An integral Python float (`2.0`, `-0.0`, `1e300`): integral JS numbers are ints. A NaN made by
 * the runtime is boxed too, each in a box of its own: CPython's containers compare items by
 * identity first, so `[x] == [x]` holds for one nan object and `[x] == [float('nan')]` does not.
 */
export class PyFloat {
  constructor(public v: number) {}
}

/** A Python float: a non-integral JS number (including NaN and ±Infinity) or a `PyFloat` box. */
export type PyFloatValue = number | PyFloat;

/** Box `x` if it is integral, so that it stays a float. */
export function toFloat(x: number): PyFloatValue {
  return Number.isInteger(x) || x !== x ? new PyFloat(x) : x;
}

/** The JS number of a Python float. */
export function floatValue(x: PyFloatValue): number {
  return typeof x === 'number' ? x : x.v;
}

// ---------------------------------------------------------------------------------------------
// repr / str

/** `repr(x)` (and `str(x)`) of the float with value `x`. */
export function floatRepr(x: number): string {
  if (x !== x) return 'nan';
  if (x === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  const ax = x < 0 ? -x : x;
  if (ax >= 1e-4 && ax < 1e16) {
    // JS prints fixed notation for 1e-7 <= |x| < 1e21, with the same shortest digits.
    const s = String(x);
    return ax === Math.floor(ax) ? s + '.0' : s;
  }
  if (ax === Infinity) return x < 0 ? '-inf' : 'inf';
  return jsExpToPython(x.toExponential());
}

/** JS writes `1e+5` and `1.5e-7`; CPython writes at least two exponent digits: `1e+05`. */
function jsExpToPython(s: string): string {
  const i = s.indexOf('e');
  const digits = s.length - i - 2;
  return digits >= 2 ? s : s.slice(0, i + 2) + '0' + s.slice(i + 2);
}

// ---------------------------------------------------------------------------------------------
// Exact decimal expansion

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** Split finite `ax > 0` into an odd-or-small integer mantissa and a binary exponent: `m * 2**e`. */
export function decompose(ax: number): { m: bigint; e: number } {
  f64[0] = ax;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * 4294967296n + BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant += 1n << 52n;
    e = bexp - 1075;
  }
  return { m: mant, e };
}

/**
 * The exact value of finite `ax > 0` as `digits * 10**exp10`, `digits` a decimal string without
 * leading zeros.
 */
export function exactDecimal(ax: number): { digits: string; exp10: number } {
  const { m, e } = decompose(ax);
  if (e >= 0) return { digits: (m << BigInt(e)).toString(), exp10: 0 };
  return { digits: (m * 5n ** BigInt(-e)).toString(), exp10: e };
}

/**
 * Round `digits * 10**exp10` half-even to a multiple of `10**p`; returns the multiple's digits
 * ("0" for zero).
 */
export function roundDecimal(digits: string, exp10: number, p: number): string {
  const keep = digits.length + exp10 - p; // digits left of the rounding position
  if (keep >= digits.length) return keep === digits.length ? digits : digits + '0'.repeat(keep - digits.length);
  if (keep < 0) return '0';
  const d = digits.charCodeAt(keep) - 48;
  let up = false;
  if (d > 5) up = true;
  else if (d === 5) {
    let rest = false;
    for (let i = keep + 1; i < digits.length; i++) {
      if (digits.charCodeAt(i) !== 48) { rest = true; break; }
    }
    up = rest || (keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1);
  }
  let head = keep === 0 ? '0' : digits.slice(0, keep);
  if (up) head = incrementDecimal(head);
  return head;
}

function incrementDecimal(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) return '1' + '0'.repeat(s.length);
  return s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1) + '0'.repeat(s.length - 1 - i);
}

/** 2**k for k < 128, exact: maybeTie's scale factors without a Math.pow call each. */
const POW2: readonly number[] = Array.from({ length: 128 }, (_, k) => 2 ** k);

/**
 * True when rounding |x| at 10**p could hit an exact tie: x = (n + 1/2) * 10**p. For p <= 0 that
 * is (2n + 1) / 5**-p * 2**(p - 1), so x * 2**(1 - p) must be an odd integer (scaling by a power
 * of two is exact; an overflow to Infinity is no tie, the value being an integer).
 */
function maybeTie(ax: number, p: number): boolean {
  if (p >= 1) return ax === Math.floor(ax);
  const k = 1 - p;
  const y = ax * (k < 128 ? POW2[k]! : 2 ** k);
  return Number.isInteger(y) && y % 2 === 1;
}

/** 10**k for 0 <= k <= 22, the powers of ten a double holds exactly. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The integer nearest to the exact value of `ax * 10**shift` (ax finite, >= 0), or -1 when double
 * arithmetic cannot tell it for certain. Scaling by an exact power of ten is one correctly rounded
 * operation, so y is off from the exact value by at most half an ulp, under y * 2**-53; when y's
 * fraction is farther than twice that from 1/2, the exact value lies on the same side of the
 * half and rounds to the same integer (an exact tie, which must round half-even, never passes).
 * Below 2**52 the integer and the fraction test are exact.
 */
function roundScaled(ax: number, shift: number): number {
  if (shift > 22 || shift < -22) return -1;
  const y = shift >= 0 ? ax * POW10[shift]! : ax / POW10[-shift]!;
  if (!(y < 4503599627370496)) return -1;
  const whole = Math.floor(y);
  const off = y - whole - 0.5;
  const slack = y * 2.3e-16;
  if (off > slack) return whole + 1;
  if (off < -slack) return whole;
  return -1;
}

/** The decimal digits of the integer `n < 2**53`, with the point put `prec` digits from the right. */
function pointedDigits(n: number, prec: number): string {
  let s = String(n);
  if (prec === 0) return s;
  if (s.length <= prec) s = '0'.repeat(prec + 1 - s.length) + s;
  return s.slice(0, s.length - prec) + '.' + s.slice(s.length - prec);
}

/**
 * `prec + 1` significant digits of finite `ax > 0` rounded half-even, and the decimal exponent of
 * the first, when double arithmetic settles them (see roundScaled); else null. The exponent from
 * log10 may be one off either way: the scaled value must land in [10**prec, 10**(prec+1)). A
 * scaled value within an ulp of either bound rounds to the same digits at both candidate
 * exponents, the bound being an integer, so testing the rounded product is enough.
 */
function scaledExp(ax: number, prec: number): { digits: string; exp: number } | null {
  if (prec > 14 || !(ax > 0) || ax === Infinity) return null;
  let exp = Math.floor(Math.log10(ax));
  const low = POW10[prec]!;
  const high = POW10[prec + 1]!;
  for (let tries = 0; tries < 2; tries++) {
    const shift = prec - exp;
    if (shift > 22 || shift < -22) return null;
    const y = shift >= 0 ? ax * POW10[shift]! : ax / POW10[-shift]!;
    if (y < low) exp--;
    else if (y >= high) exp++;
    else {
      const n = roundScaled(ax, shift);
      if (n < 0) return null;
      // 9.9996 to three places carries into the next power of ten: 1.000e+01.
      return n === high ? { digits: String(low), exp: exp + 1 } : { digits: String(n), exp };
    }
  }
  return null;
}

/** Fixed notation of finite `ax >= 0` with `prec` digits after the point, correctly rounded. */
export function fixedDigits(ax: number, prec: number): string {
  if (ax === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  if (prec <= 22) {
    const n = roundScaled(ax, prec);
    if (n >= 0) return pointedDigits(n, prec);
  }
  if (ax < 1e21 && prec <= 100 && !maybeTie(ax, -prec)) return ax.toFixed(prec);
  const { digits, exp10 } = exactDecimal(ax);
  let r = roundDecimal(digits, exp10, -prec);
  if (prec === 0) return r;
  if (r.length <= prec) r = '0'.repeat(prec + 1 - r.length) + r;
  return r.slice(0, r.length - prec) + '.' + r.slice(r.length - prec);
}

/**
 * Scientific notation of finite `ax > 0` as CPython writes it (`1.235e+04`), straight from
 * toExponential when its rounding is exact (no tie): CPython's exponent has two digits at least,
 * JS's as few as it needs. Null when the exact path must decide.
 */
export function expNotation(ax: number, prec: number, upper: boolean): string | null {
  if (ax === 0 || prec > 100) return null;
  const scaled = scaledExp(ax, prec);
  if (scaled !== null) {
    const { digits, exp } = scaled;
    const mant = prec > 0 ? digits.charAt(0) + '.' + digits.slice(1) : digits;
    const ae = exp < 0 ? -exp : exp;
    return mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  const s = ax.toExponential(prec);
  const i = s.indexOf('e');
  let exp = 0;
  for (let k = i + 2; k < s.length; k++) exp = exp * 10 + s.charCodeAt(k) - 48;
  if (s.charCodeAt(i + 1) === 45) exp = -exp;
  if (maybeTie(ax, exp - prec) || maybeTie(ax, exp - 1 - prec)) return null;
  if (s.length - i > 3 && !upper) return s;
  return s.slice(0, i) + (upper ? 'E' : 'e') + s.charAt(i + 1) + (s.length - i === 3 ? '0' : '') + s.slice(i + 2);
}

/**
 * Scientific notation of finite `ax >= 0` with `prec` digits after the point: the mantissa digits
 * (with the point) and the decimal exponent.
 */
export function expDigits(ax: number, prec: number): { mant: string; exp: number } {
  if (ax === 0) return { mant: prec > 0 ? '0.' + '0'.repeat(prec) : '0', exp: 0 };
  const scaled = scaledExp(ax, prec);
  if (scaled !== null) {
    const d = scaled.digits;
    return { mant: prec > 0 ? d.charAt(0) + '.' + d.slice(1) : d, exp: scaled.exp };
  }
  if (prec <= 100) {
    const s = ax.toExponential(prec);
    const i = s.indexOf('e');
    const exp = +s.slice(i + 1);
    // The rounding position is 10**(exp - prec), or one lower when rounding carried (9.96 to
    // 1.0e+01): a tie at either sends the digits to the exact path.
    if (!maybeTie(ax, exp - prec) && !maybeTie(ax, exp - 1 - prec)) return { mant: s.slice(0, i), exp };
  }
  const { digits, exp10 } = exactDecimal(ax);
  let exp = digits.length - 1 + exp10;
  let r = roundDecimal(digits, exp10, exp - prec);
  if (r.length > prec + 1) {
    r = r.slice(0, prec + 1);
    exp++;
  }
  return { mant: prec > 0 ? r[0] + '.' + r.slice(1) : r, exp };
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

/** `a / b` on floats. */
export function floatTrueDiv(a: number, b: number): PyFloatValue {
  if (b === 0) raise('ZeroDivisionError', 'float division by zero');
  return toFloat(a / b);
}

// CPython's _float_div_mod (Objects/floatobject.c), returning [floordiv, mod] as raw numbers.
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || (q === 0 && 1 / q < 0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** `a // b` on floats. */
export function floatFloorDiv(a: number, b: number): PyFloatValue {
  if (b === 0) raise('ZeroDivisionError', 'float floor division by zero');
  return toFloat(divMod(a, b)[0]);
}

/** `a % b` on floats. */
export function floatMod(a: number, b: number): PyFloatValue {
  if (b === 0) raise('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = b < 0 ? -0 : 0;
  return toFloat(mod);
}

/** `divmod(a, b)` on floats: `[a // b, a % b]`. */
export function floatDivmod(a: number, b: number): [PyFloatValue, PyFloatValue] {
  if (b === 0) raise('ZeroDivisionError', 'float divmod()');
  const [q, r] = divMod(a, b);
  return [toFloat(q), toFloat(r)];
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/**
 * `a ** b` on floats, following CPython's float_pow (C99 pow special cases). A negative base with
 * a fractional exponent has no float result (floatPow makes it a complex): ValueError.
 */
export function floatPowRaw(a: number, b: number): number {
  if (b === 0) return 1.0;
  if (a !== a) return a;
  if (b !== b) return a === 1.0 ? 1.0 : b;
  if (b === Infinity || b === -Infinity) {
    const aa = Math.abs(a);
    if (aa === 1.0) return 1.0;
    if ((b > 0) === (aa > 1.0)) return Infinity;
    return 0.0;
  }
  if (a === Infinity || a === -Infinity) {
    const odd = isOddInteger(b);
    if (b > 0) return odd ? a : Infinity;
    return odd ? (a < 0 ? -0 : 0) : 0.0;
  }
  if (a === 0) {
    if (b < 0) raise('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(b) ? a : 0.0;
  }
  let negate = false;
  if (a < 0) {
    if (!Number.isInteger(b)) raise('ValueError', 'math domain error');
    a = -a;
    negate = isOddInteger(b);
  }
  if (a === 1.0) return negate ? -1.0 : 1.0;
  // No shortcut for b = 2, -1 or 0.5: glibc's pow is not correctly rounded, and a * a, 1 / a and
  // sqrt(a) differ from it for about one base in a thousand.
  const r = libmPow(a, b);
  // CPython reports the C library's ERANGE as OverflowError(errno, strerror): two args.
  if (r === Infinity) raiseWithArgs('OverflowError', "(34, 'Numerical result out of range')", 34, 'Numerical result out of range');
  return negate ? -r : r;
}

/** Set by complex.ts: a negative float to a fractional power is a complex number there. */
export const floatPowHook: { complex: ((a: number, b: number) => unknown) | null } = { complex: null };

/** `a ** b` on floats, boxed; a finite negative base to a finite fractional power gives a complex. */
export function floatPow(a: number, b: number): PyFloatValue {
  if (a < 0 && a !== -Infinity && b - b === 0 && !Number.isInteger(b) && floatPowHook.complex !== null) {
    return floatPowHook.complex(a, b) as PyFloatValue;
  }
  return toFloat(floatPowRaw(a, b));
}

// ---------------------------------------------------------------------------------------------
// Conversions to int, round

/** `int(x)` / `math.trunc(x)` for a float value. */
export function floatToInt(x: number): PyInt {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  if (t <= 9007199254740991 && t >= -9007199254740991) return t + 0;
  return BigInt(t);
}

/** `round(x)`: half-even to an int. */
export function floatRoundToInt(x: number): PyInt {
  if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1;
  if (r <= 9007199254740991 && r >= -9007199254740991) return r + 0;
  return BigInt(r);
}

/** `round(x, ndigits)` for a float: correctly rounded half-even, like CPython's double_round. */
export function floatRound(x: number, ndigits: number): PyFloatValue {
  if (ndigits > 323 || x === 0 || x !== x || x === Infinity || x === -Infinity) return toFloat(x);
  if (ndigits < -308) return toFloat(x < 0 ? -0.0 : 0.0);
  const ax = x < 0 ? -x : x;
  const { digits, exp10 } = exactDecimal(ax);
  const r = roundDecimal(digits, exp10, -ndigits);
  let v = Number(r + 'e' + -ndigits);
  if (v === Infinity) raise('OverflowError', 'rounded value too large to represent');
  return toFloat(x < 0 ? -v : v);
}

/** `float.is_integer()`. */
export function floatIsInteger(x: number): boolean {
  return Number.isInteger(x);
}

/** `float.as_integer_ratio()`: `[numerator, denominator]` as ints. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { m: m0, e: e0 } = decompose(Math.abs(x));
  let m = m0;
  let e = e0;
  while ((m & 1n) === 0n) { m >>= 1n; e++; }
  if (x < 0) m = -m;
  if (e >= 0) return [bigToInt(m << BigInt(e)), 1];
  return [bigToInt(m), bigToInt(1n << BigInt(-e))];
}

/** `float.hex()`. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || (x === 0 && 1 / x < 0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  const { m, e } = decompose(Math.abs(x));
  // Normalise to 1.xxxxx (13 hex digits) p exponent; subnormals as 0x0.xxxp-1022.
  let lead: bigint;
  let frac: bigint;
  let exp: number;
  if (m < 1n << 52n) {
    lead = 0n;
    frac = m;
    exp = -1022;
  } else {
    lead = 1n;
    frac = m - (1n << 52n);
    exp = e + 52;
  }
  let fs = frac.toString(16).padStart(13, '0');
  return `${sign}0x${lead}.${fs}p${exp < 0 ? '-' : '+'}${Math.abs(exp)}`;
}

/**
 * The NaN with its sign bit set, which `float('-nan')` gives (the bundler folds a literal `-NaN`
 * into `NaN`, so it is made from its bits).
 */
const NEGATIVE_NAN: number = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, 0xfff80000);
  return view.getFloat64(0);
})();

/** `float.fromhex(s)`, correctly rounded. */
export function floatFromHex(s: string): PyFloatValue {
  let i = 0;
  let j = s.length;
  // Only the C library's spaces: fromhex reads the text as it is, with no Unicode pass first.
  while (i < j && isCSpaceCode(s.charCodeAt(i))) i++;
  while (j > i && isCSpaceCode(s.charCodeAt(j - 1))) j--;
  let neg = false;
  if (i < j && (s[i] === '+' || s[i] === '-')) { neg = s[i] === '-'; i++; }
  const word = s.slice(i, j).toLowerCase();
  if (word === 'inf' || word === 'infinity') return neg ? -Infinity : Infinity;
  if (word === 'nan') return toFloat(neg ? NEGATIVE_NAN : NaN);
  if (word.startsWith('0x')) i += 2;
  let digits = '';
  let fracDigits = 0;
  let any = false;
  while (i < j && hexDigit(s.charCodeAt(i)) >= 0) { digits += s[i]; i++; any = true; }
  if (i < j && s[i] === '.') {
    i++;
    while (i < j && hexDigit(s.charCodeAt(i)) >= 0) { digits += s[i]; i++; fracDigits++; any = true; }
  }
  if (!any) raise('ValueError', 'invalid hexadecimal floating-point string');
  let exp = 0;
  if (i < j && (s[i] === 'p' || s[i] === 'P')) {
    i++;
    let eneg = false;
    if (i < j && (s[i] === '+' || s[i] === '-')) { eneg = s[i] === '-'; i++; }
    const st = i;
    while (i < j && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === st) raise('ValueError', 'invalid hexadecimal floating-point string');
    exp = Number(s.slice(st, i));
    if (eneg) exp = -exp;
  }
  if (i !== j) raise('ValueError', 'invalid hexadecimal floating-point string');
  const m = BigInt('0x' + digits);
  let v: number;
  if (m === 0n) v = 0;
  else {
    const e = exp - 4 * fracDigits;
    const top = m.toString(2).length + e;
    if (top > 1024) raise('OverflowError', 'hexadecimal value too large to represent as a float');
    if (top < -1080) v = 0;
    else v = e >= 0 ? ratioToFloat(m << BigInt(e), 1n) : ratioToFloat(m, 1n << BigInt(-e));
    if (v === Infinity) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  }
  return toFloat(neg ? -v : v);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  return c >= 97 && c <= 102 ? c - 87 : -1;
}

// ---------------------------------------------------------------------------------------------
// Parsing

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * The whitespace float() and int() strip around a number: every `str.isspace` character except
 * the ASCII separators \x1c-\x1f (CPython makes other Unicode spaces ASCII spaces, then strips
 * what the C library counts as space).
 */
export function isNumberSpaceCode(c: number): boolean {
  return isSpaceCode(c) && (c < 28 || c > 31);
}

/** Space as C's isspace() sees it: ' ', \t, \n, \v, \f, \r. */
function isCSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Unicode whitespace as `str.isspace` defines it (CPython's _Py_ascii_whitespace + Zs etc.). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Check CPython's float literal grammar on `s[i:j]` (digits with single underscores between them,
 * optional point and exponent) and return the text with underscores removed, or null.
 */
function floatBody(s: string, i: number, j: number): string | null {
  let out = '';
  let start = i;
  let digits = 0;
  const digitRun = (): boolean => {
    // digit (['_'] digit)*; returns false on a misplaced underscore
    let n = 0;
    while (i < j) {
      const c = s.charCodeAt(i);
      if (isAsciiDigit(c)) { i++; n++; continue; }
      if (c === 95 && n > 0 && i + 1 < j && isAsciiDigit(s.charCodeAt(i + 1))) {
        out += s.slice(start, i);
        start = ++i;
        continue;
      }
      break;
    }
    digits = n;
    return true;
  };
  digitRun();
  let intDigits = digits;
  let fracDigits = 0;
  if (i < j && s.charCodeAt(i) === 46) {
    i++;
    digitRun();
    fracDigits = digits;
  }
  if (intDigits === 0 && fracDigits === 0) return null;
  if (i < j && (s.charCodeAt(i) | 32) === 101) {
    i++;
    if (i < j && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) i++;
    digitRun();
    if (digits === 0) return null;
  }
  if (i !== j) return null;
  return out + s.slice(start, j);
}

/** Raw value of `float(s)` for a str argument. */
export function floatFromStringRaw(s: string, reprOf: (s: string) => string = strRepr): number {
  const v = floatParse(s);
  if (v === null) raise('ValueError', floatLiteralMessage(s, reprOf));
  return v;
}

/** The ValueError message for a str `floatParse` rejects. */
export function floatLiteralMessage(s: string, reprOf: (s: string) => string = strRepr): string {
  return 'could not convert string to float: ' + reprOf(s);
}

function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** Raw value of `float(s)` for a str argument, or null where CPython raises ValueError. */
export function floatParse(s: string): number | null {
  let i = 0;
  let j = s.length;
  while (i < j && isNumberSpaceCode(s.charCodeAt(i))) i++;
  while (j > i && isNumberSpaceCode(s.charCodeAt(j - 1))) j--;
  let neg = false;
  let k = i;
  if (k < j && (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45)) {
    neg = s.charCodeAt(k) === 45;
    k++;
  }
  const c = k < j ? s.charCodeAt(k) | 32 : 0;
  if (c === 105 || c === 110) {
    const word = s.slice(k, j).toLowerCase();
    if (word === 'inf' || word === 'infinity') return neg ? -Infinity : Infinity;
    if (word === 'nan') return neg ? NEGATIVE_NAN : NaN;
  } else {
    let body = floatBody(s, k, j);
    if (body === null && k < j && !isAscii(s, k, j)) {
      // Non-ASCII decimal digits are accepted (CPython transforms them to ASCII first).
      const t = asciiDigits(s.slice(k, j));
      if (t !== null) body = floatBody(t, 0, t.length);
    }
    if (body !== null) {
      const v = Number(body);
      return neg ? -v : v;
    }
  }
  return null;
}

/** `float(s)` for a str argument. */
export function floatFromString(s: string, reprOf: (s: string) => string = strRepr): PyFloatValue {
  return toFloat(floatFromStringRaw(s, reprOf));
}

// Made on first use: creating a `\p{...}` regex builds its class from ICU, ~1.4 M instructions
// that every program's start would pay.
let nd: RegExp | null = null;

function isNd(cp: number): boolean {
  return (nd ??= /\p{Nd}/u).test(String.fromCodePoint(cp));
}

/** The decimal value of a Unicode decimal digit (general category Nd), or -1. */
export function unicodeDecimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 0x660) return -1;
  if (!isNd(cp)) return -1;
  // Nd code points come in runs of ten starting at a zero; adjacent runs start at multiples of 10.
  let z = cp;
  while (isNd(z - 1)) z--;
  return (cp - z) % 10;
}

/** Replace non-ASCII decimal digits by ASCII ones; null if there were none. */
export function asciiDigits(s: string): string | null {
  let changed = false;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 128) {
      const d = unicodeDecimalValue(cp);
      if (d >= 0) { out += String.fromCharCode(48 + d); changed = true; continue; }
    }
    out += ch;
  }
  return changed ? out : null;
}

// ---------------------------------------------------------------------------------------------
// Hashing (sys.hash_info: modulus 2**61 - 1, inf 314159)

const HASH_MODULUS = (1n << 61n) - 1n;

/** `hash(n)` of an int. */
export function hashInt(n: PyInt): PyInt {
  if (typeof n === 'number') return n === -1 ? -2 : n;
  let r = (n < 0n ? -n : n) % HASH_MODULUS;
  if (n < 0n) r = -r;
  if (r === -1n) r = -2n;
  return bigToInt(r);
}

/**
 * `hash(x)` of a float. NaN hashes by identity in CPython 3.10+; we give all NaNs hash 0.
 */
export function hashFloat(x: number): PyInt {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) {
    if (x <= 9007199254740991 && x >= -9007199254740991) return x === -1 ? -2 : x + 0;
    return hashInt(BigInt(x));
  }
  const { m, e } = decompose(Math.abs(x));
  // m * 2**e mod P, with 2**61 ≡ 1 (mod P) so 2**e ≡ 2**(e mod 61).
  const sh = ((e % 61) + 61) % 61;
  let r = (m % HASH_MODULUS << BigInt(sh)) % HASH_MODULUS;
  if (x < 0) r = -r;
  if (r === -1n) r = -2n;
  return bigToInt(r);
}
