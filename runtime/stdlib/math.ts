// The `math` module (Modules/mathmodule.c): the libm functions over JS doubles with CPython's
// error rules, and the integer functions (factorial, comb, perm, isqrt, gcd, lcm) over exact ints.
//
// CPython wraps each libm call the same way (math_1 / is_error): a NaN result from a non-NaN
// argument is "math domain error" (ValueError), an infinite result from a finite argument is
// "math range error" (OverflowError) for the functions that can overflow and a domain error for
// the others. `unary` reproduces that wrapper. Where CPython does not defer to libm it has its
// own algorithms, ported here so results agree to the last bit: fsum (Shewchuk's exact partials
// with CPython's final half-even fix-up), hypot/dist (vector_norm), gamma/lgamma (Lanczos).

import { raise } from '../exceptions.js';
import { PyFloat, toFloat, floatToInt, type PyFloatValue } from '../float.js';
import { bigToInt, intToFloat, type PyInt } from '../int.js';
import { toIndex, typeNameOf } from '../slice.js';
import { mul, truediv, iter } from '../ops.js';
import { kwParams } from '../install.js';
import { tuple } from '../tuple.js';
import { defineAll, isFloat, toDouble } from './common.js';
import { libmExports } from '../libm-lazy.js';
import { asinExports, erfExports } from '../libm-math-lazy.js';
import { trigExports } from '../libm-trig-lazy.js';
import { nativeModule } from '../module.js';
import { registerSignatures } from '../native_signatures.js';

// Compiled from the text the bundle carries (libm-lazy.ts) when this module is set up.
const {
  acosh: libmAcosh,
  asinh: libmAsinh,
  atanh: libmAtanh,
  cbrt: libmCbrt,
  cosh: libmCosh,
  exp: libmExp,
  exp2: libmExp2,
  expm1: libmExpm1,
  log: libmLog,
  log1p: libmLog1p,
  log10: libmLog10,
  log2: libmLog2,
  pow: libmPow,
  sinh: libmSinh,
  tanh: libmTanh,
} = libmExports();
const { acos: libmAcos, asin: libmAsin } = asinExports();
const { erf: libmErf, erfc: libmErfc } = erfExports();
const {
  atan: libmAtan,
  atan2: libmAtan2,
  cos: libmCos,
  sin: libmSin,
  tan: libmTan,
} = trigExports();

const domainError = (): never => raise('ValueError', 'math domain error');
const rangeError = (): never => raise('OverflowError', 'math range error');

/** math_1: apply `f` and translate NaN / infinite results into CPython's errors. */
function unary(name: string, f: (x: number) => number, canOverflow: boolean): (x: unknown) => PyFloatValue {
  const fn = (arg: unknown): PyFloatValue => {
    const x = toDouble(arg);
    const r = f(x);
    if (r !== r && x === x) domainError();
    if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return toFloat(r);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

/** A function that raises a domain error for arguments outside [lo, hi] (JS gives NaN there too). */
function checked(f: (x: number) => number, ok: (x: number) => boolean): (x: number) => number {
  return (x) => (x === x && !ok(x) ? NaN : f(x));
}

// ---------------------------------------------------------------------------------------------
// Rounding to ints

function roundingFn(name: string, dunder: string, f: (x: number) => number): (x: unknown) => PyInt | unknown {
  return (x: unknown) => {
    if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(f(x));
    if (typeof x === 'bigint') return x;
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (x instanceof PyFloat) return floatToInt(f(x.v));
    const m = x !== null && typeof x === 'object' ? (x as Record<string, unknown>)['$' + dunder] : undefined;
    if (typeof m === 'function') return m.call(x);
    return floatToInt(f(toDouble(x)));
  };
}

const ceil = roundingFn('ceil', '__ceil__', Math.ceil);
const floor = roundingFn('floor', '__floor__', Math.floor);

function trunc(x: unknown): unknown {
  if (typeof x === 'number') return Number.isInteger(x) ? x : floatToInt(Math.trunc(x));
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x instanceof PyFloat) return floatToInt(x.v);
  const m = x !== null && typeof x === 'object' ? (x as { $__trunc__?: () => unknown }).$__trunc__ : undefined;
  if (typeof m === 'function') return m.call(x);
  return raise('TypeError', `type ${typeNameOf(x)} doesn't define __trunc__ method`);
}

// ---------------------------------------------------------------------------------------------
// Logarithms (loghelper: ints too large for a double still have a logarithm)

function logHelper(x: unknown, f: (v: number) => number): number {
  if (typeof x === 'bigint' || (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean') {
    const n = typeof x === 'boolean' ? (x ? 1n : 0n) : BigInt(x);
    if (n <= 0n) domainError();
    const v = Number(n);
    if (Number.isFinite(v)) return checkedLog(f, v);
    // x = m * 2**e with 0.5 <= m < 1, computed from the top bits.
    const bits = n.toString(2).length;
    const shift = bits - 60;
    const m = Number(n >> BigInt(shift)) / 2 ** 60;
    return f(m) + (bits) * f(2);
  }
  return checkedLog(f, toDouble(x));
}

function checkedLog(f: (v: number) => number, v: number): number {
  if (v !== v) return v;
  if (v <= 0) domainError();
  return f(v);
}

function log(x: unknown, base?: unknown): PyFloatValue {
  const num = logHelper(x, libmLog);
  if (base === undefined) return toFloat(num);
  const den = logHelper(base, libmLog);
  if (den === 0) raise('ZeroDivisionError', 'float division by zero');
  return toFloat(num / den);
}

// ---------------------------------------------------------------------------------------------
// pow, fmod, remainder, copysign, frexp, ldexp, modf

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** C99 pow as glibc computes it (libm.ts). */
function cPow(x: number, y: number): number {
  return libmPow(x, y);
}

function pow(xa: unknown, ya: unknown): PyFloatValue {
  const x = toDouble(xa);
  const y = toDouble(ya);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) r = y === 0 ? 1 : x;
    else if (y !== y) r = x === 1 ? 1 : y;
    else if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && isOddInteger(y);
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? (x < 0 ? -0 : 0) : 0;
    } else {
      r = cPow(x, y);
    }
    return toFloat(r);
  }
  if (x === 0) {
    if (y < 0) domainError();
    r = isOddInteger(y) ? x : y === 0 ? 1 : 0;
    return toFloat(r);
  }
  if (x < 0 && !Number.isInteger(y)) domainError();
  r = cPow(x, y);
  if (r === Infinity || r === -Infinity) rangeError();
  return toFloat(r);
}

function fmod(xa: unknown, ya: unknown): PyFloatValue {
  const x = toDouble(xa);
  const y = toDouble(ya);
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return toFloat(x);
  const r = x % y;
  if (r !== r && x === x && y === y) domainError();
  return toFloat(r);
}

/** IEEE 754 remainder (m_remainder). */
function remainder(xa: unknown, ya: unknown): PyFloatValue {
  const x = toDouble(xa);
  const y = toDouble(ya);
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) domainError();
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return toFloat(copysignRaw(1.0, x) * r);
  }
  if (x !== x) return toFloat(x);
  if (y !== y) return toFloat(y);
  if (x === Infinity || x === -Infinity) domainError();
  return toFloat(x);
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (x !== x && new Float64Array([x]).buffer && signBitOfNaN(x));
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function signBitOfNaN(x: number): boolean {
  f64[0] = x;
  return (u32[1]! >>> 31) === 1;
}

function copysignRaw(x: number, y: number): number {
  const ax = Math.abs(x);
  return isNegative(y) ? -ax : ax;
}

function frexpRaw(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = Math.abs(x);
  if (m < 2 ** -1000) {
    m *= 2 ** 64;
    e -= 64;
  }
  const ex = Math.floor(Math.log2(m));
  let mm = m / 2 ** ex;
  let ee = ex;
  // Correct for the rounding of log2 near powers of two.
  while (mm >= 1) { mm /= 2; ee += 1; }
  while (mm < 0.5) { mm *= 2; ee -= 1; }
  return [x < 0 ? -mm : mm, e + ee];
}

function ldexpRaw(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // Apply the exponent in steps so intermediate powers of two stay representable.
  let r = x;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; if (!Number.isFinite(r)) return r; }
  while (e < -1000) {
    // Scale down in one final step where possible, so subnormal results round once.
    if (e >= -2000 && Math.abs(r) >= 2 ** -1000) { r *= 2 ** -1000; e += 1000; continue; }
    r *= 2 ** -1000; e += 1000;
    if (r === 0) return r;
  }
  if (e < -1022) {
    // Round once: scale into the normal range first, then into the subnormal result.
    return r * 2 ** (e + 1022) * 2 ** -1022;
  }
  return r * 2 ** e;
}

function ldexp(xa: unknown, ia: unknown): PyFloatValue {
  const x = toDouble(xa);
  if (isFloat(ia)) raise('TypeError', 'Expected an int as second argument to ldexp.');
  const i = toIndex(ia, () => 'Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return toFloat(x);
  let e: number;
  if (typeof i === 'bigint') e = i > 0n ? 100000 : -100000;
  else e = Math.max(-100000, Math.min(100000, i));
  const r = ldexpRaw(x, e);
  if (r === Infinity || r === -Infinity) rangeError();
  return toFloat(r);
}

function frexp(xa: unknown): unknown {
  const [m, e] = frexpRaw(toDouble(xa));
  return tuple([toFloat(m), e]);
}

function modf(xa: unknown): unknown {
  const x = toDouble(xa);
  if (x === Infinity || x === -Infinity) return tuple([toFloat(copysignRaw(0, x)), toFloat(x)]);
  if (x !== x) return tuple([toFloat(x), toFloat(x)]);
  const ip = Math.trunc(x);
  const fp = copysignRaw(x - ip, x);
  return tuple([toFloat(fp), toFloat(ip === 0 ? copysignRaw(0, x) : ip)]);
}

// ---------------------------------------------------------------------------------------------
// isclose, finite tests

const isclose = kwParams(function isclose(a: unknown, b: unknown, rel_tol: unknown = 1e-9, abs_tol: unknown = 0): boolean {
  const x = toDouble(a);
  const y = toDouble(b);
  const rt = toDouble(rel_tol);
  const at = toDouble(abs_tol);
  if (rt < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x === y) return true;
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
}, 'isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 2);

// ---------------------------------------------------------------------------------------------
// Integer functions

function bigOf(x: unknown): bigint {
  const i = toIndex(x);
  return typeof i === 'bigint' ? i : BigInt(i);
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcdNum(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

function gcd(...args: unknown[]): PyInt {
  let g: PyInt = 0;
  for (const arg of args) {
    const v = toIndex(arg);
    if (typeof g === 'number' && typeof v === 'number') g = gcdNum(g, v);
    else g = bigToInt(gcdBig(BigInt(g), BigInt(v)));
  }
  return g;
}

function lcm(...args: unknown[]): PyInt {
  let l = 1n;
  if (args.length === 0) return 1;
  for (const arg of args) {
    const v = bigOf(arg);
    if (l === 0n || v === 0n) {
      l = 0n;
      continue;
    }
    const g = gcdBig(l, v);
    l = (l / g) * v;
    if (l < 0n) l = -l;
  }
  return bigToInt(l);
}

/** The product lo * (lo+1) * ... * hi, split in halves so the multiplications stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function factorial(x: unknown): PyInt {
  if (isFloat(x)) raise('TypeError', "'float' object cannot be interpreted as an integer");
  const n = bigOf(x);
  if (n < 0n) raise('ValueError', 'factorial() not defined for negative values');
  if (n > 1000000n) raise('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  return bigToInt(rangeProduct(1n, n));
}

function comb(na: unknown, ka: unknown): PyInt {
  const n = bigOf(na);
  let k = bigOf(ka);
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  if (n - k < k) k = n - k;
  if (typeof na === 'number' && typeof ka === 'number' && n <= 60n) {
    let r = 1;
    const kk = Number(k);
    const nn = Number(n);
    for (let i = 1; i <= kk; i++) r = (r * (nn - kk + i)) / i;
    if (Number.isSafeInteger(r)) return r;
  }
  return bigToInt(rangeProduct(n - k + 1n, n) / rangeProduct(1n, k));
}

function perm(na: unknown, ka?: unknown): PyInt {
  const n = bigOf(na);
  if (ka === undefined || ka === null) {
    if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
    return bigToInt(rangeProduct(1n, n));
  }
  const k = bigOf(ka);
  if (n < 0n) raise('ValueError', 'n must be a non-negative integer');
  if (k < 0n) raise('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0;
  return bigToInt(rangeProduct(n - k + 1n, n));
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 4503599627370496n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's iteration from any start at or above the root decreases to floor(sqrt(n)). The
  // double's root, widened past its rounding, is such a start while n is within a double's range
  // (one or two steps then); beyond, a power of two above the root is.
  const approx = Number(n);
  let x = approx < 1e300 ? BigInt(Math.ceil(Math.sqrt(approx) * (1 + 2 ** -40))) + 1n : 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function isqrt(x: unknown): PyInt {
  const n = bigOf(x);
  if (n < 0n) raise('ValueError', 'isqrt() argument must be nonnegative');
  if (typeof x === 'number' && x < 4503599627370496) {
    let r = Math.floor(Math.sqrt(x));
    while (r * r > x) r--;
    while ((r + 1) * (r + 1) <= x) r++;
    return r;
  }
  return bigToInt(isqrtBig(n));
}

// ---------------------------------------------------------------------------------------------
// fsum, prod, hypot, dist

function fsum(seq: unknown): PyFloatValue {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of iter(seq) as Iterable<unknown>) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) raise('ValueError', '-inf + inf in fsum');
    return toFloat(specialSum);
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    let lo = 0;
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return toFloat(hi);
}

const prod = kwParams(function prod(iterable: unknown, start: unknown = 1): unknown {
  let result = start;
  for (const x of iter(iterable) as Iterable<unknown>) result = mul(result, x);
  return result;
}, 'prod', ['iterable', 'start'], 1);

/** Dekker's exact product: hi + lo == x * y. */
function dlMul(x: number, y: number): [number, number] {
  const split = (v: number): [number, number] => {
    const t = v * 134217729.0;
    const h = t - (t - v);
    return [h, v - h];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  const zz = p - z + q + xl * yl;
  return [z, zz];
}

const DBL_MIN = 2.2250738585072014e-308;

function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexpRaw(max)[1];
  if (maxE < -1023) {
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexpRaw(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i]! * scale;
    const [prHi, prLo] = dlMul(x, x);
    const smHi = csum + prHi;
    const smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = dlMul(-h, h);
  const smHi = csum + prHi;
  const smLo = (csum - smHi) + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function hypot(...args: unknown[]): PyFloatValue {
  let max = 0;
  let foundNan = false;
  const coords = args.map((a) => {
    const x = Math.abs(toDouble(a));
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return toFloat(vectorNorm(coords, max, foundNan));
}

function dist(p: unknown, q: unknown): PyFloatValue {
  const ps = Array.from(iter(p) as Iterable<unknown>);
  const qs = Array.from(iter(q) as Iterable<unknown>);
  if (ps.length !== qs.length) raise('ValueError', 'both points must have the same number of dimensions');
  let max = 0;
  let foundNan = false;
  const diffs = ps.map((a, i) => {
    const x = Math.abs(toDouble(a) - toDouble(qs[i]));
    if (x !== x) foundNan = true;
    if (x > max) max = x;
    return x;
  });
  return toFloat(vectorNorm(diffs, max, foundNan));
}

// ---------------------------------------------------------------------------------------------
// gamma, lgamma (CPython's Lanczos implementation); erf and erfc are glibc's (libm-erf.ts)

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
  3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
  20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
  2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0];
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0;
  let den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = libmSin(Math.PI * y); break;
    case 1: r = libmCos(Math.PI * (y - 0.5)); break;
    case 2: r = libmSin(Math.PI * (1.0 - y)); break;
    case 3: r = -libmCos(Math.PI * (y - 1.5)); break;
    default: r = libmSin(Math.PI * (y - 2.0)); break;
  }
  return copysignRaw(1.0, x) * r;
}

function gamma(arg: unknown): PyFloatValue {
  const x = toDouble(arg);
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return toFloat(x);
    return domainError();
  }
  if (x === 0) return domainError();
  if (x === Math.floor(x)) {
    if (x < 0) return domainError();
    if (x <= 23) return toFloat(GAMMA_INTEGRAL[x - 1]!);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError();
    return toFloat(r);
  }
  if (absx > 200.0) {
    if (x < 0) return toFloat(0.0 / sinpi(x));
    return rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (-Math.PI / sinpi(absx) / absx) * libmExp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libmExp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) rangeError();
  return toFloat(r);
}

function lgamma(arg: unknown): PyFloatValue {
  const x = toDouble(arg);
  if (!Number.isFinite(x)) return toFloat(x !== x ? x : Infinity);
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0) return domainError();
    return toFloat(0.0);
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return toFloat(-libmLog(absx));
  let r = libmLog(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libmLog(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - libmLog(Math.abs(sinpi(absx))) - libmLog(absx) - r;
  if (!Number.isFinite(r)) rangeError();
  return toFloat(r);
}

// ---------------------------------------------------------------------------------------------
// nextafter, ulp

function nextafterRaw(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  const lo = u32[0]!;
  const hi = u32[1]!;
  let bits = (BigInt(hi) << 32n) | BigInt(lo);
  if ((y > x) === (x > 0)) bits += 1n;
  else bits -= 1n;
  u32[0] = Number(bits & 0xffffffffn);
  u32[1] = Number((bits >> 32n) & 0xffffffffn);
  return f64[0]!;
}

function ulp(arg: unknown): PyFloatValue {
  let x = toDouble(arg);
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafterRaw(x, Infinity);
  if (x2 === Infinity) return toFloat(x - nextafterRaw(x, -Infinity));
  return toFloat(x2 - x);
}

// ---------------------------------------------------------------------------------------------
// The module

export function populateMath(mod: Record<string, unknown>): void {
  defineAll(mod, {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: toFloat(Infinity),
    nan: toFloat(NaN),
    ceil,
    floor,
    trunc,
    sqrt: unary('sqrt', checked(Math.sqrt, (x) => x >= 0), false),
    cbrt: unary('cbrt', libmCbrt, false),
    exp: unary('exp', libmExp, true),
    exp2: unary('exp2', libmExp2, true),
    expm1: unary('expm1', libmExpm1, true),
    log,
    log2: (x: unknown) => toFloat(logHelper(x, libmLog2)),
    log10: (x: unknown) => toFloat(logHelper(x, libmLog10)),
    log1p: unary('log1p', checked(libmLog1p, (x) => x > -1), false),
    pow,
    fabs: unary('fabs', Math.abs, false),
    fmod,
    remainder,
    copysign: (x: unknown, y: unknown) => toFloat(copysignRaw(toDouble(x), toDouble(y))),
    frexp,
    ldexp,
    modf,
    isfinite: (x: unknown) => Number.isFinite(toDouble(x)),
    isinf: (x: unknown) => {
      const v = toDouble(x);
      return v === Infinity || v === -Infinity;
    },
    isnan: (x: unknown) => {
      const v = toDouble(x);
      return v !== v;
    },
    isclose,
    gcd,
    lcm,
    factorial,
    comb,
    perm,
    isqrt,
    fsum,
    prod,
    hypot,
    dist,
    degrees: (x: unknown) => toFloat(toDouble(x) * (180.0 / Math.PI)),
    radians: (x: unknown) => toFloat(toDouble(x) * (Math.PI / 180.0)),
    sin: unary('sin', libmSin, false),
    cos: unary('cos', libmCos, false),
    tan: unary('tan', libmTan, false),
    asin: unary('asin', checked(libmAsin, (x) => x >= -1 && x <= 1), false),
    acos: unary('acos', checked(libmAcos, (x) => x >= -1 && x <= 1), false),
    atan: unary('atan', libmAtan, false),
    atan2: (y: unknown, x: unknown) => toFloat(libmAtan2(toDouble(y), toDouble(x))),
    sinh: unary('sinh', libmSinh, true),
    cosh: unary('cosh', libmCosh, true),
    tanh: unary('tanh', libmTanh, false),
    asinh: unary('asinh', libmAsinh, false),
    acosh: unary('acosh', checked(libmAcosh, (x) => x >= 1), false),
    atanh: unary('atanh', checked(libmAtanh, (x) => x > -1 && x < 1), false),
    erf: unary('erf', libmErf, false),
    erfc: unary('erfc', libmErfc, false),
    gamma,
    lgamma,
    nextafter: (x: unknown, y: unknown) => toFloat(nextafterRaw(toDouble(x), toDouble(y))),
    ulp,
  });
  void truediv;
  void intToFloat;
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('math', populateMath);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('math', 'math', 'acos O 1 1;acosh O 1 1;asin O 1 1;asinh O 1 1;atan O 1 1;atan2 P 2 2;atanh O 1 1;cbrt O 1 1;ceil O 1 1;comb P 2 2;copysign P 2 2;cos O 1 1;cosh O 1 1;degrees O 1 1;dist P 2 2;erf O 1 1;erfc O 1 1;exp O 1 1;exp2 O 1 1;expm1 O 1 1;fabs O 1 1;factorial O 1 1;floor O 1 1;fmod P 2 2;frexp O 1 1;fsum O 1 1;gamma O 1 1;gcd P 0 *;hypot P 0 *;isclose K 2 2 :a,b +4/0;isfinite O 1 1;isinf O 1 1;isnan O 1 1;isqrt O 1 1;lcm P 0 *;ldexp P 2 2;lgamma O 1 1;log R 1 2 !;log10 O 1 1;log1p O 1 1;log2 O 1 1;modf O 1 1;nextafter P 2 2;perm P 1 2;pow P 2 2;prod K 1 1 :iterable +2/1;radians O 1 1;remainder P 2 2;sin O 1 1;sinh O 1 1;sqrt O 1 1;tan O 1 1;tanh O 1 1;trunc O 1 1;ulp O 1 1');
// END GENERATED
