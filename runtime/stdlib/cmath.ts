// The `cmath` module (Modules/cmathmodule.c): complex square root, exponential and logarithms,
// the circular and hyperbolic functions and their inverses, polar coordinates and the
// classification functions.
//
// Finite arguments take CPython's formulas (scaled to avoid overflow and underflow where it
// scales); infinite and NaN parts take the C99 Annex G special values that CPython's tables hold.
// Where CPython sets errno, the same errors are raised: "math domain error" (ValueError) and
// "math range error" (OverflowError).

import { raise } from '../exceptions.js';
import { complex, complexAbs, complexOperand, PyComplex } from '../complex.js';
import { toFloat } from '../float.js';
import { kwParams } from '../install.js';
import { libmExports } from '../libm-lazy.js';
import { trigExports } from '../libm-trig-lazy.js';
import { nativeModule } from '../module.js';
import { typeNameOf } from '../slice.js';
import { tuple } from '../tuple.js';
import { defineAll, toDouble } from './common.js';
import { registerSignatures } from '../native_signatures.js';

// Compiled from the text the bundle carries (libm-lazy.ts) when this module is set up.
const {
  cosh: libmCosh, exp: libmExp, hypot: libmHypot, log: libmLog, log1p: libmLog1p, sinh: libmSinh,
  tanh: libmTanh,
} = libmExports();
const { atan2: libmAtan2, cos: libmCos, sin: libmSin, tan: libmTan } = trigExports();

type Method = (this: unknown) => unknown;

const domainError = (): never => raise('ValueError', 'math domain error');
const rangeError = (): never => raise('OverflowError', 'math range error');

const DBL_MIN = 2.2250738585072014e-308;
const LARGE_DOUBLE = Number.MAX_VALUE / 4;
const LOG_LARGE_DOUBLE = Math.log(LARGE_DOUBLE);
const SCALE_UP = 2 * Math.floor(53 / 2) + 1;
const SCALE_DOWN = -(Math.floor(53 / 2) + 1);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;

/** A cmath argument as a complex: a complex, a real number, or `__complex__`/`__float__`/`__index__`. */
function toComplex(x: unknown): PyComplex {
  const z = complexOperand(x);
  if (z !== undefined) return z;
  if (x !== null && typeof x === 'object') {
    for (const name of ['$__complex__', '$__float__', '$__index__']) {
      const m = (x as Record<string, Method | undefined>)[name];
      if (typeof m === 'function') return toComplex(m.call(x));
    }
  }
  return raise('TypeError', `must be real number, not ${typeNameOf(x)}`);
}

const isFiniteNumber = Number.isFinite;

function ldexp(x: number, e: number): number {
  return x * 2 ** e;
}

// ---------------------------------------------------------------------------------------------
// sqrt, exp, log

/** csqrt's special values (C99 G.6.4.2) for a non-finite part. */
function sqrtSpecial(x: number, y: number): PyComplex {
  if (y === Infinity || y === -Infinity) return complex(Infinity, y);
  if (x === -Infinity) {
    if (y !== y) return complex(NaN, Infinity);
    return complex(0, Math.sign(1 / y) < 0 || y < 0 ? -Infinity : Infinity);
  }
  if (x === Infinity) {
    if (y !== y) return complex(Infinity, NaN);
    return complex(Infinity, Object.is(y, -0) || y < 0 ? -0 : 0);
  }
  return complex(NaN, NaN);
}

function sqrt(z: PyComplex): PyComplex {
  const x = z.re;
  const y = z.im;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return sqrtSpecial(x, y);
  if (x === 0 && y === 0) return complex(0, y);
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot(ax, ay) would be subnormal: scale up first.
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + libmHypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + libmHypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  const sign = (v: number): number => (y < 0 || Object.is(y, -0) ? -v : v);
  return x >= 0 ? complex(s, sign(d)) : complex(d, sign(s));
}

/** cexp's special values (C99 G.6.3.1) for a non-finite part. */
function expSpecial(x: number, y: number): PyComplex {
  if (x === Infinity && isFiniteNumber(y) && y !== 0) return complex(Infinity * libmCos(y), Infinity * libmSin(y));
  if (x === -Infinity && isFiniteNumber(y)) return complex(0 * libmCos(y), 0 * libmSin(y));
  if (x === Infinity && y === 0) return complex(Infinity, y);
  if (x === -Infinity) return complex(0, 0);
  if (x === Infinity) {
    // +inf + i(inf or nan): the real part is ±inf, unspecified sign; CPython gives +inf+nanj.
    if (y !== y) return complex(Infinity, NaN);
    return domainError();
  }
  if (x !== x) return y === 0 ? complex(NaN, y) : complex(NaN, NaN);
  // A finite real part with an infinite or NaN imaginary part.
  if (y !== y) return complex(NaN, NaN);
  return domainError();
}

function exp(z: PyComplex): PyComplex {
  const x = z.re;
  const y = z.im;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return expSpecial(x, y);
  let re: number;
  let im: number;
  if (x > LOG_LARGE_DOUBLE) {
    const l = libmExp(x - 1);
    re = l * libmCos(y) * Math.E;
    im = l * libmSin(y) * Math.E;
  } else {
    const l = libmExp(x);
    re = l * libmCos(y);
    im = l * libmSin(y);
  }
  if (!isFiniteNumber(re) || !isFiniteNumber(im)) rangeError();
  return complex(re, im);
}

/** c_log: the natural logarithm, with errors left to the caller (null: log of zero). */
function logRaw(z: PyComplex): PyComplex | null {
  const x = z.re;
  const y = z.im;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) {
    if (x !== x || y !== y) {
      if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return complex(Infinity, NaN);
      return complex(NaN, NaN);
    }
    return complex(Infinity, libmAtan2(y, x));
  }
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let re: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    re = libmLog(libmHypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax === 0 && ay === 0) return null;
    re = libmLog(libmHypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
  } else {
    const h = libmHypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      re = libmLog1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      re = libmLog(h);
    }
  }
  return complex(re, libmAtan2(y, x));
}

function log(z: PyComplex): PyComplex {
  return logRaw(z) ?? domainError();
}

/** `a / b` where a zero `b` is a domain error, as in cmath.log(z, 1). */
function quotient(a: PyComplex, b: PyComplex): PyComplex {
  if (b.re === 0 && b.im === 0) return domainError();
  return (a as unknown as { $__truediv__: (o: unknown) => PyComplex }).$__truediv__(b);
}

// ---------------------------------------------------------------------------------------------
// Inverse and hyperbolic functions (c_acos, c_acosh, c_asinh, c_atanh, c_cosh, c_sinh, c_tanh)
// and the circular ones, which CPython obtains from them by rotating the argument a quarter turn.

/** Which of the seven classes a part falls in, to index the special-value tables. */
const enum Part { NegInf, Neg, NegZero, PosZero, Pos, PosInf, NaN }

function partClass(v: number): Part {
  if (v !== v) return Part.NaN;
  if (v === Infinity) return Part.PosInf;
  if (v === -Infinity) return Part.NegInf;
  if (v === 0) return Object.is(v, -0) ? Part.NegZero : Part.PosZero;
  return v < 0 ? Part.Neg : Part.Pos;
}

// The value each function takes when a part is infinite or NaN (C99 Annex G, as CPython tabulates
// it), one row per class of the real part, one entry per class of the imaginary part. Entries for
// two finite parts are never read ('-'); 'D' marks a domain error.
const Q1 = Math.PI / 4;
const Q2 = Math.PI / 2;
const Q3 = (3 * Math.PI) / 4;
const PI = Math.PI;
const SPECIAL_WORDS: Record<string, number> = {
  i: Infinity, '-i': -Infinity, n: NaN, '0': 0, '-0': -0, '1': 1, '-1': -1,
  q1: Q1, '-q1': -Q1, q2: Q2, '-q2': -Q2, q3: Q3, '-q3': -Q3, pi: PI, '-pi': -PI,
};
type SpecialEntry = [number, number] | 'D' | null;
type SpecialTable = SpecialEntry[][];

/** A table from rows of space-separated `re,im` pairs (words of SPECIAL_WORDS), 'D' or '-'. */
function specialTable(rows: string[]): SpecialTable {
  return rows.map((row) => row.split(' ').map((cell): SpecialEntry => {
    if (cell === 'D') return 'D';
    if (cell === '-') return null;
    const [re, im] = cell.split(',') as [string, string];
    return [SPECIAL_WORDS[re]!, SPECIAL_WORDS[im]!];
  }));
}

const ACOS_SPECIAL = specialTable([
  'q3,i pi,i pi,i pi,-i pi,-i q3,-i n,i',
  'q2,i - - - - q2,-i n,n',
  'q2,i - - - - q2,-i q2,n',
  'q2,i - - - - q2,-i q2,n',
  'q2,i - - - - q2,-i n,n',
  'q1,i 0,i 0,i 0,-i 0,-i q1,-i n,i',
  'n,i n,n n,n n,n n,n n,-i n,n',
]);
const ACOSH_SPECIAL = specialTable([
  'i,-q3 i,-pi i,-pi i,pi i,pi i,q3 i,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q1 i,-0 i,-0 i,0 i,0 i,q1 i,n',
  'i,n n,n n,n n,n n,n i,n n,n',
]);
const ASINH_SPECIAL = specialTable([
  '-i,-q1 -i,-0 -i,-0 -i,0 -i,0 -i,q1 -i,n',
  '-i,-q2 - - - - -i,q2 n,n',
  '-i,-q2 - - - - -i,q2 n,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q2 - - - - i,q2 n,n',
  'i,-q1 i,-0 i,-0 i,0 i,0 i,q1 i,n',
  'i,n n,n n,-0 n,0 n,n i,n n,n',
]);
const ATANH_SPECIAL = specialTable([
  '-0,-q2 -0,-q2 -0,-q2 -0,q2 -0,q2 -0,q2 -0,n',
  '-0,-q2 - - - - -0,q2 n,n',
  '-0,-q2 - - - - -0,q2 -0,n',
  '0,-q2 - - - - 0,q2 0,n',
  '0,-q2 - - - - 0,q2 n,n',
  '0,-q2 0,-q2 0,-q2 0,q2 0,q2 0,q2 0,n',
  '0,-q2 n,n n,n n,n n,n 0,q2 n,n',
]);
// For cosh, sinh and tanh an infinite real part with a finite non-zero imaginary part is
// computed, not looked up ('-' there too).
const COSH_SPECIAL = specialTable([
  'D - i,0 i,-0 - D i,n',
  'D - - - - D n,n',
  'D - - - - D n,0',
  'D - - - - D n,0',
  'D - - - - D n,n',
  'D - i,-0 i,0 - D i,n',
  'n,n n,n n,0 n,0 n,n n,n n,n',
]);
const SINH_SPECIAL = specialTable([
  'D - -i,-0 -i,0 - D i,n',
  'D - - - - D n,n',
  'D - - - - D 0,n',
  'D - - - - D 0,n',
  'D - - - - D n,n',
  'D - i,-0 i,0 - D i,n',
  'n,n n,n n,-0 n,0 n,n n,n n,n',
]);
const TANH_SPECIAL = specialTable([
  '-1,0 - -1,-0 -1,0 - -1,0 -1,0',
  'D - - - - D n,n',
  'D - - - - D n,n',
  'D - - - - D n,n',
  'D - - - - D n,n',
  '1,0 - 1,-0 1,0 - 1,0 1,0',
  'n,n n,n n,-0 n,0 n,n n,n n,n',
]);

function lookUpSpecial(table: SpecialTable, x: number, y: number): PyComplex {
  const entry = table[partClass(x)]![partClass(y)];
  if (entry === 'D') return domainError();
  if (entry === null || entry === undefined) return complex(NaN, NaN);
  return complex(entry[0], entry[1]);
}

const SQRT_LARGE_DOUBLE = Math.sqrt(LARGE_DOUBLE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);

/** C's copysign. */
function copysign(magnitude: number, signOf: number): number {
  const negative = signOf < 0 || Object.is(signOf, -0) || (signOf !== signOf && 1 / signOf < 0);
  return negative ? -Math.abs(magnitude) : Math.abs(magnitude);
}

/** Real asinh as glibc computes it (fdlibm's scheme over glibc's log). */
function realAsinh(x: number): number {
  const ax = Math.abs(x);
  if (!isFiniteNumber(x)) return x + x;
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = libmLog(ax) + LN2;
  else if (ax > 2) w = libmLog(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax));
  else {
    const t = ax * ax;
    w = libmLog1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** log(hypot(x, y)) for huge parts, halved first so hypot cannot overflow. */
function logOfHugeModulus(x: number, y: number): number {
  return libmLog(libmHypot(x / 2, y / 2)) + LN2 * 2;
}

function acos(x: number, y: number): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return lookUpSpecial(ACOS_SPECIAL, x, y);
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    const re = libmAtan2(Math.abs(y), x);
    const l = logOfHugeModulus(x, y);
    return complex(re, x < 0 ? -copysign(l, y) : copysign(l, -y));
  }
  const s1 = sqrt(complex(1 - x, -y));
  const s2 = sqrt(complex(1 + x, y));
  return complex(2 * libmAtan2(s1.re, s2.re), realAsinh(s2.re * s1.im - s2.im * s1.re));
}

function acosh(x: number, y: number): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return lookUpSpecial(ACOSH_SPECIAL, x, y);
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    return complex(logOfHugeModulus(x, y), libmAtan2(y, x));
  }
  const s1 = sqrt(complex(x - 1, y));
  const s2 = sqrt(complex(x + 1, y));
  return complex(realAsinh(s1.re * s2.re + s1.im * s2.im), 2 * libmAtan2(s1.im, s2.re));
}

function asinh(x: number, y: number): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return lookUpSpecial(ASINH_SPECIAL, x, y);
  if (Math.abs(x) > LARGE_DOUBLE || Math.abs(y) > LARGE_DOUBLE) {
    const l = logOfHugeModulus(x, y);
    const re = y >= 0 ? copysign(l, x) : -copysign(l, -x);
    return complex(re, libmAtan2(y, Math.abs(x)));
  }
  const s1 = sqrt(complex(1 + y, -x));
  const s2 = sqrt(complex(1 - y, x));
  return complex(realAsinh(s1.re * s2.im - s2.re * s1.im), libmAtan2(y, s1.re * s2.re - s1.im * s2.im));
}

function atanh(x: number, y: number): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return lookUpSpecial(ATANH_SPECIAL, x, y);
  // Computed for a non-negative real part; the function is odd.
  if (x < 0) {
    const r = atanh(-x, -y);
    return complex(-r.re, -r.im);
  }
  const ay = Math.abs(y);
  if (x > SQRT_LARGE_DOUBLE || ay > SQRT_LARGE_DOUBLE) {
    const h = libmHypot(x / 2, y / 2);
    return complex(x / 4 / h / h, -copysign(Math.PI / 2, -y));
  }
  if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) return domainError();
    const re = -libmLog(Math.sqrt(ay) / Math.sqrt(libmHypot(ay, 2)));
    return complex(re, copysign(libmAtan2(2, -ay) / 2, y));
  }
  const re = log1pKeepingZero((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4;
  const im = -libmAtan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
  return complex(re, im);
}

function log1pKeepingZero(v: number): number {
  return v === 0 ? v : libmLog1p(v);
}

/** cosh and sinh share their shape; `even` selects cosh. An overflowing result is a range error. */
function coshOrSinh(x: number, y: number, even: boolean): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) {
    if ((x === Infinity || x === -Infinity) && isFiniteNumber(y) && y !== 0) {
      const c = copysign(Infinity, libmCos(y));
      const s = copysign(Infinity, libmSin(y));
      if (x > 0) return complex(c, s);
      return even ? complex(c, -s) : complex(-c, s);
    }
    return lookUpSpecial(even ? COSH_SPECIAL : SINH_SPECIAL, x, y);
  }
  let re: number;
  let im: number;
  if (Math.abs(x) > LOG_LARGE_DOUBLE) {
    const shrunk = x - copysign(1, x);
    const ch = libmCosh(shrunk);
    const sh = libmSinh(shrunk);
    re = libmCos(y) * (even ? ch : sh) * Math.E;
    im = libmSin(y) * (even ? sh : ch) * Math.E;
  } else {
    const ch = libmCosh(x);
    const sh = libmSinh(x);
    re = libmCos(y) * (even ? ch : sh);
    im = libmSin(y) * (even ? sh : ch);
  }
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) rangeError();
  return complex(re, im);
}

function tanh(x: number, y: number): PyComplex {
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) {
    if ((x === Infinity || x === -Infinity) && isFiniteNumber(y) && y !== 0) {
      return complex(x > 0 ? 1 : -1, copysign(0, 2 * libmSin(y) * libmCos(y)));
    }
    return lookUpSpecial(TANH_SPECIAL, x, y);
  }
  if (Math.abs(x) > LOG_LARGE_DOUBLE) {
    return complex(copysign(1, x), 4 * libmSin(y) * libmCos(y) * libmExp(-2 * Math.abs(x)));
  }
  const tx = libmTanh(x);
  const ty = libmTan(y);
  const cx = 1 / libmCosh(x);
  const txty = tx * ty;
  const denom = 1 + txty * txty;
  return complex((tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx);
}

// The circular functions: f(z) from the hyperbolic g at i*z = (-y, x), turned back by -i where
// the identity needs it.
const quarterTurnBack = (w: PyComplex): PyComplex => complex(w.im, -w.re);
const sinOf = (x: number, y: number): PyComplex => quarterTurnBack(coshOrSinh(-y, x, false));
const cosOf = (x: number, y: number): PyComplex => coshOrSinh(-y, x, true);
const tanOf = (x: number, y: number): PyComplex => quarterTurnBack(tanh(-y, x));
const asinOf = (x: number, y: number): PyComplex => quarterTurnBack(asinh(-y, x));
const atanOf = (x: number, y: number): PyComplex => quarterTurnBack(atanh(-y, x));

/** A cmath function of one complex argument, from its two-part implementation. */
function unaryComplex(f: (x: number, y: number) => PyComplex): (z: unknown) => PyComplex {
  return (z: unknown) => {
    const c = toComplex(z);
    return f(c.re, c.im);
  };
}

// ---------------------------------------------------------------------------------------------
// Polar coordinates and classification

function magnitude(z: PyComplex): number {
  return complexAbs(z, 'math range error');
}

function rect(r: number, phi: number): PyComplex {
  if (!isFiniteNumber(r) || !isFiniteNumber(phi)) {
    if (r === Infinity || r === -Infinity) {
      if (isFiniteNumber(phi) && phi !== 0) return complex(r * libmCos(phi), r * libmSin(phi));
      if (phi === 0) return complex(r, r * phi);
      if (phi !== phi || r > 0) return complex(Infinity, NaN);
      return domainError();
    }
    if (r !== r) return phi === 0 ? complex(NaN, phi) : complex(NaN, NaN);
    if (r === 0) return complex(0, 0);
    return domainError();
  }
  if (phi === 0) return complex(r, r * phi);
  return complex(r * libmCos(phi), r * libmSin(phi));
}

const isclose = kwParams(function isclose(a: unknown, b: unknown, rel_tol: unknown = 1e-9, abs_tol: unknown = 0): boolean {
  const x = toComplex(a);
  const y = toComplex(b);
  const rt = toDouble(rel_tol);
  const at = toDouble(abs_tol);
  if (rt < 0 || at < 0) raise('ValueError', 'tolerances must be non-negative');
  if (x.re === y.re && x.im === y.im) return true;
  const infinite = (z: PyComplex): boolean => Math.abs(z.re) === Infinity || Math.abs(z.im) === Infinity;
  if (infinite(x) || infinite(y)) return false;
  const diff = magnitude(complex(x.re - y.re, x.im - y.im));
  return diff <= rt * magnitude(y) || diff <= rt * magnitude(x) || diff <= at;
}, 'isclose', ['a', 'b', 'rel_tol', 'abs_tol'], 2);

function populateCmath(mod: Record<string, unknown>): void {
  defineAll(mod, {
    pi: Math.PI,
    e: Math.E,
    tau: 2 * Math.PI,
    inf: toFloat(Infinity),
    nan: toFloat(NaN),
    infj: complex(0, Infinity),
    nanj: complex(0, NaN),
    sqrt: (z: unknown) => sqrt(toComplex(z)),
    exp: (z: unknown) => exp(toComplex(z)),
    log(z: unknown, base?: unknown): PyComplex {
      const l = log(toComplex(z));
      return base === undefined ? l : quotient(l, log(toComplex(base)));
    },
    log10(z: unknown): PyComplex {
      const l = log(toComplex(z));
      return complex(l.re / LN10, l.im / LN10);
    },
    phase(z: unknown) {
      const c = toComplex(z);
      return toFloat(libmAtan2(c.im, c.re));
    },
    polar(z: unknown) {
      const c = toComplex(z);
      return tuple([toFloat(magnitude(c)), toFloat(libmAtan2(c.im, c.re))]);
    },
    rect: (r: unknown, phi: unknown) => rect(toDouble(r), toDouble(phi)),
    isfinite(z: unknown): boolean {
      const c = toComplex(z);
      return isFiniteNumber(c.re) && isFiniteNumber(c.im);
    },
    isinf(z: unknown): boolean {
      const c = toComplex(z);
      return Math.abs(c.re) === Infinity || Math.abs(c.im) === Infinity;
    },
    isnan(z: unknown): boolean {
      const c = toComplex(z);
      return c.re !== c.re || c.im !== c.im;
    },
    isclose,
    sin: unaryComplex(sinOf),
    cos: unaryComplex(cosOf),
    tan: unaryComplex(tanOf),
    asin: unaryComplex(asinOf),
    acos: unaryComplex(acos),
    atan: unaryComplex(atanOf),
    sinh: unaryComplex((x, y) => coshOrSinh(x, y, false)),
    cosh: unaryComplex((x, y) => coshOrSinh(x, y, true)),
    tanh: unaryComplex(tanh),
    asinh: unaryComplex(asinh),
    acosh: unaryComplex(acosh),
    atanh: unaryComplex(atanh),
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('cmath', populateCmath);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('cmath', 'cmath', 'acos O 1 1;acosh O 1 1;asin O 1 1;asinh O 1 1;atan O 1 1;atanh O 1 1;cos O 1 1;cosh O 1 1;exp O 1 1;isclose K 2 2 :a,b +4/0;isfinite O 1 1;isinf O 1 1;isnan O 1 1;log P 1 2;log10 O 1 1;phase O 1 1;polar O 1 1;rect P 2 2;sin O 1 1;sinh O 1 1;sqrt O 1 1;tan O 1 1;tanh O 1 1');
// END GENERATED
