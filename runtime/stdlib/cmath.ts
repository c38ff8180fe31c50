// The `cmath` module (Modules/cmathmodule.c): complex square root, exponential and logarithms,
// polar coordinates and the classification functions.
//
// Finite arguments take CPython's formulas (scaled to avoid overflow and underflow where it
// scales); infinite and NaN parts take the C99 Annex G special values that CPython's tables hold.
// Where CPython sets errno, the same errors are raised: "math domain error" (ValueError) and
// "math range error" (OverflowError).

import { raise } from '../exceptions.js';
import { complex, complexAbs, complexOperand, PyComplex } from '../complex.js';
import { toFloat } from '../float.js';
import { kwParams } from '../install.js';
import { exp as libmExp, hypot as libmHypot, log as libmLog } from '../libm.js';
import { atan2 as libmAtan2, cos as libmCos, sin as libmSin } from '../libm-trig.js';
import { nativeModule } from '../module.js';
import { typeNameOf } from '../slice.js';
import { tuple } from '../tuple.js';
import { defineAll, toDouble } from './common.js';

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
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
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
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('cmath', populateCmath);
