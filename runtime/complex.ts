// complex: a pair of doubles, with CPython 3.11's arithmetic (Objects/complexobject.c), string
// parsing, repr, format and hash.
//
// An int or float operand is converted to a complex with a zero imaginary part first and the
// complex formula applied, as CPython does, so infinities and NaNs come out as they do there.
// A negative float to a fractional power reaches `complexPow` too (float.ts's hook).

import { raise } from './exceptions.js';
import { strText, unwrapStr } from './strvalue.js';
import { asciiDigits, floatParse, floatPowHook, hashFloat, isSpaceCode, toFloat } from './float.js';
import { formatComplex } from './format.js';
import { exp as libmExp, hypot as libmHypot, log as libmLog, pow as libmPow } from './libm-lazy.js';
import { atan2 as libmAtan2, cos as libmCos, sin as libmSin } from './libm-trig-lazy.js';
import { asReal, realValue } from './numbers.js';
import { builtinType, NotImplemented, type KwPairs, type PyType } from './object.js';
import { strRepr } from './str.js';
import { typeNameOf } from './slice.js';
import { tuple } from './tuple.js';

export class PyComplex {
  constructor(readonly re: number, readonly im: number) {}
}

/** An operand of complex arithmetic (complex, int, bool or float) as a complex, else undefined. */
export function complexOperand(x: unknown): PyComplex | undefined {
  if (x instanceof PyComplex) return x;
  const r = asReal(x);
  return r === undefined ? undefined : new PyComplex(r, 0);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (_Py_c_sum and friends)

function sum(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re + b.re, a.im + b.im);
}

function diff(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re - b.re, a.im - b.im);
}

function prod(a: PyComplex, b: PyComplex): PyComplex {
  return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}

/** _Py_c_quot: Smith's method; null for a zero divisor (CPython's EDOM). */
function quot(a: PyComplex, b: PyComplex): PyComplex | null {
  const absRe = b.re < 0 ? -b.re : b.re;
  const absIm = b.im < 0 ? -b.im : b.im;
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return new PyComplex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
  }
  if (absIm >= absRe) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return new PyComplex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
  }
  // One of b's parts is a NaN.
  return new PyComplex(NaN, NaN);
}

function divide(a: PyComplex, b: PyComplex): PyComplex {
  return quot(a, b) ?? raise('ZeroDivisionError', 'complex division by zero');
}

const ONE = new PyComplex(1, 0);

/** c_powu: `x ** n` for a positive int n, by squaring. */
function powu(x: PyComplex, n: number): PyComplex {
  let r = ONE;
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** _Py_c_pow: through polar form; null when a zero base meets a negative or complex power. */
function powPolar(a: PyComplex, b: PyComplex): PyComplex | null {
  if (b.re === 0 && b.im === 0) return ONE;
  if (a.re === 0 && a.im === 0) return b.im !== 0 || b.re < 0 ? null : new PyComplex(0, 0);
  const vabs = libmHypot(a.re, a.im);
  let len = libmPow(vabs, b.re);
  const at = libmAtan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= libmExp(at * b.im);
    phase += b.im * libmLog(vabs);
  }
  return new PyComplex(len * libmCos(phase), len * libmSin(phase));
}

/** complex_pow: a small integral exponent multiplies, anything else goes through polar form. */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let p: PyComplex | null;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    p = n > 0 ? powu(a, n) : quot(ONE, powu(a, -n));
  } else {
    p = powPolar(a, b);
  }
  if (p === null) return raise('ZeroDivisionError', '0.0 to a negative or complex power');
  if (!Number.isFinite(p.re) && !Number.isNaN(p.re) || !Number.isFinite(p.im) && !Number.isNaN(p.im)) {
    return raise('OverflowError', 'complex exponentiation');
  }
  return p;
}

/**
 * _Py_c_abs: C's hypot (an infinite part gives inf, else a NaN gives nan); finite parts whose
 * modulus overflows raise OverflowError with `message` (abs() and cmath word it differently).
 */
export function complexAbs(z: PyComplex, message: string): number {
  const r = libmHypot(z.re, z.im);
  if (r === Infinity && Number.isFinite(z.re) && Number.isFinite(z.im)) raise('OverflowError', message);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Construction

/**
 * True when every `_` of `s` stands between two ASCII digits: what a string with underscores
 * must satisfy before complex() strips them and parses the rest.
 */
function underscoresBetweenDigits(s: string): boolean {
  const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '_' && !(isDigit(s[i - 1]) && isDigit(s[i + 1]))) return false;
  }
  return true;
}

/** `s` with non-ASCII digits and spaces made ASCII, cut after a '?' for the first other non-ASCII character. */
function asciiText(text: string): string {
  const s = asciiDigits(text) ?? text;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out += s[i];
    else if (isSpaceCode(c)) out += ' ';
    else return out + '?';
  }
  return out;
}

/** Strip the C locale's whitespace (space, \t \n \v \f \r) from both ends. */
function trimCSpace(s: string): string {
  return s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, '');
}

/** complex(string): CPython's complex_from_string_inner, after the underscore check above. */
function parseComplex(text: string): PyComplex {
  const malformed = (): never => raise('ValueError', 'complex() arg is a malformed string');
  // Digits of any script read as their values and any Unicode space as a space, as in float()
  // and int(); the text ends at any other character beyond ASCII, which then stands as a '?'.
  let s = asciiText(text);
  // CPython vets the underscores first, with a message of its own; it reads the text as a C
  // string there, so what follows a NUL is not looked at (and a NUL after an underscore fails).
  const nul = s.indexOf('\0');
  const head = nul < 0 ? s : s.slice(0, nul);
  if (head.includes('_')) {
    if (nul >= 0 || !underscoresBetweenDigits(head)) raise('ValueError', 'could not convert string to complex: ' + strRepr(text));
    s = s.replace(/_/g, '');
  }
  s = trimCSpace(s);
  if (s.startsWith('(')) {
    if (!s.endsWith(')')) malformed();
    s = trimCSpace(s.slice(1, -1));
  }
  const number = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)/i;
  const valueOf = (token: string): number => floatParse(token) ?? malformed();
  let re = 0;
  let im = 0;
  const first = number.exec(s);
  if (first !== null) {
    let rest = s.slice(first[0].length);
    const x = valueOf(first[0]);
    if (rest === '') return new PyComplex(x, 0);
    if (rest === 'j' || rest === 'J') return new PyComplex(0, x);
    if (rest[0] !== '+' && rest[0] !== '-') malformed();
    re = x;
    const second = number.exec(rest);
    if (second !== null) {
      im = valueOf(second[0]);
      rest = rest.slice(second[0].length);
    } else {
      im = rest[0] === '-' ? -1 : 1;
      rest = rest.slice(1);
    }
    if (rest !== 'j' && rest !== 'J') malformed();
    return new PyComplex(re, im);
  }
  const m = /^([+-]?)[jJ]$/.exec(s);
  if (m === null) malformed();
  return new PyComplex(0, m![1] === '-' ? -1 : 1);
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/** `x.__complex__()` when x's type has one, checked to return a complex. */
function dunderComplex(x: unknown): PyComplex | undefined {
  if (x === null || typeof x !== 'object') return undefined;
  const m = (x as { $__complex__?: Method }).$__complex__;
  if (typeof m !== 'function') return undefined;
  const r = m.call(x);
  if (!(r instanceof PyComplex)) raise('TypeError', `__complex__ returned non-complex (type ${typeNameOf(r)})`);
  return r as PyComplex;
}

/** A complex() argument that is a real number, through `__float__` or `__index__`. */
function realArgument(x: unknown, which: 'first' | 'second'): number | undefined {
  const r = asReal(x);
  if (r !== undefined) return r;
  if (x !== null && typeof x === 'object') {
    const f = (x as { $__float__?: Method }).$__float__;
    if (typeof f === 'function') {
      const v = asReal(f.call(x));
      if (v !== undefined) return v;
      raise('TypeError', `${typeNameOf(x)}.__float__ returned non-float`);
    }
    const i = (x as { $__index__?: Method }).$__index__;
    if (typeof i === 'function') return asReal(i.call(x));
  }
  const what = which === 'first' ? 'first argument must be a string or a number' : 'second argument must be a number';
  return raise('TypeError', `complex() ${what}, not '${typeNameOf(x)}'`);
}

/** complex(real=0, imag=0) */
export function complexNew(real?: unknown, imag?: unknown): PyComplex {
  if (real === undefined) return imag === undefined ? new PyComplex(0, 0) : complexNew(0, imag);
  const realText = strText(real);
  if (realText !== undefined) {
    if (imag !== undefined) raise('TypeError', "complex() can't take second arg if first is a string");
    return parseComplex(realText);
  }
  if (strText(imag) !== undefined) raise('TypeError', "complex() second arg can't be a string");
  const fromDunder = dunderComplex(real);
  const crIsComplex = fromDunder !== undefined || real instanceof PyComplex;
  const cr = fromDunder ?? (real instanceof PyComplex ? real : new PyComplex(realArgument(real, 'first')!, 0));
  if (imag === undefined) return cr;
  // Only a complex part adds its imaginary part in: a real one must not turn -0.0 into 0.0.
  let re = cr.re;
  let im: number;
  if (imag instanceof PyComplex) {
    re -= imag.im;
    im = imag.re;
  } else {
    im = realArgument(imag, 'second')!;
  }
  if (crIsComplex) im += cr.im;
  return new PyComplex(re, im);
}

function complexArgs(pos: unknown[], kw: KwPairs | null): [unknown, unknown] {
  if (pos.length > 2) raise('TypeError', `complex() takes at most 2 arguments (${pos.length} given)`);
  let [real, imag] = pos;
  for (const [k, v] of kw ?? []) {
    if (k === 'real' && pos.length < 1) real = v;
    else if (k === 'imag' && pos.length < 2) imag = v;
    else if (k === 'real' || k === 'imag') raise('TypeError', `argument for complex() given by name ('${k}') and position (${k === 'real' ? 1 : 2})`);
    else raise('TypeError', `complex() got an unexpected keyword argument '${k}'`);
  }
  return [real, imag];
}

/** The `1j` literal and the runtime's own complex results. */
export function complex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

// ---------------------------------------------------------------------------------------------
// The type

/** The complex value of `this` for complex methods (exact or a subclass instance). */
function self(x: unknown): PyComplex {
  if (x instanceof PyComplex) return x;
  return raise('TypeError', `descriptor requires a 'complex' object but received a '${typeNameOf(x)}'`);
}

type Op = (a: PyComplex, b: PyComplex) => PyComplex;

function binary(op: Op, reflected: boolean): Method {
  return function (this: unknown, other: unknown): unknown {
    const b = complexOperand(other);
    if (b === undefined) return NotImplemented;
    const a = self(this);
    return reflected ? op(b, a) : op(a, b);
  };
}

function power(reflected: boolean): Method {
  return function (this: unknown, other: unknown, mod?: unknown): unknown {
    if (mod !== undefined && mod !== null) return raise('ValueError', 'complex modulo');
    const b = complexOperand(other);
    if (b === undefined) return NotImplemented;
    const a = self(this);
    return reflected ? complexPow(b, a) : complexPow(a, b);
  };
}

/** hash(z): CPython's complex_hash, in unsigned 64-bit arithmetic. */
export function complexHash(z: PyComplex): number | bigint {
  const hr = hashFloat(z.re);
  const hi = hashFloat(z.im);
  // Small parts (grid coordinates as complex numbers) need no BigInt: the product is exact below
  // 2**53 and the sum is checked, so no 64-bit wrap can happen here.
  if (typeof hr === 'number' && typeof hi === 'number' && hi < 8e9 && hi > -8e9) {
    const sum = hr + 1000003 * hi;
    if (Number.isSafeInteger(sum)) return sum === -1 ? -2 : sum;
  }
  const h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  if (h === -1n) return -2;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

function equals(z: PyComplex, other: unknown): unknown {
  if (other instanceof PyComplex) return z.re === other.re && z.im === other.im;
  const v = realValue(other);
  if (v === undefined) return NotImplemented;
  // `==` between a number and a bigint compares their exact values, as CPython does.
  return z.im === 0 && z.re == v;
}

export const complexType: PyType = builtinType({
  name: 'complex',
  proto: PyComplex.prototype,
  construct(cls, pos, kw) {
    const [real, imag] = complexArgs(pos, kw);
    const v = complexNew(real, imag);
    if (cls === complexType) return v;
    return Object.setPrototypeOf(new PyComplex(v.re, v.im), cls.prototype);
  },
  methods: {
    __repr__(this: unknown): string {
      const z = self(this);
      return formatComplex(z.re, z.im, '');
    },
    __format__(this: unknown, spec: unknown): string {
      spec = unwrapStr(spec);
      if (typeof spec !== 'string') return raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
      const z = self(this);
      return formatComplex(z.re, z.im, spec);
    },
    __hash__(this: unknown): number | bigint {
      return complexHash(self(this));
    },
    __eq__(this: unknown, other: unknown): unknown {
      return equals(self(this), other);
    },
    __ne__(this: unknown, other: unknown): unknown {
      const r = equals(self(this), other);
      return r === NotImplemented ? r : !r;
    },
    __bool__(this: unknown): boolean {
      const z = self(this);
      return z.re !== 0 || z.im !== 0;
    },
    __neg__(this: unknown): PyComplex {
      const z = self(this);
      return new PyComplex(-z.re, -z.im);
    },
    __pos__(this: unknown): PyComplex {
      const z = self(this);
      return new PyComplex(z.re, z.im);
    },
    __abs__(this: unknown): unknown {
      return toFloat(complexAbs(self(this), 'absolute value too large'));
    },
    __add__: binary(sum, false),
    __radd__: binary(sum, true),
    __sub__: binary(diff, false),
    __rsub__: binary(diff, true),
    __mul__: binary(prod, false),
    __rmul__: binary(prod, true),
    __truediv__: binary(divide, false),
    __rtruediv__: binary(divide, true),
    __pow__: power(false),
    __rpow__: power(true),
    __complex__(this: unknown): PyComplex {
      const z = self(this);
      return new PyComplex(z.re, z.im);
    },
    __getnewargs__(this: unknown): unknown {
      const z = self(this);
      return tuple([toFloat(z.re), toFloat(z.im)]);
    },
    conjugate(this: unknown): PyComplex {
      const z = self(this);
      return new PyComplex(z.re, -z.im);
    },
  },
  getters: {
    real: (z: PyComplex) => toFloat(z.re),
    imag: (z: PyComplex) => toFloat(z.im),
  },
});

// A negative float to a fractional power: float_pow hands it to complex_pow.
floatPowHook.complex = (a: number, b: number) => complexPow(new PyComplex(a, 0), new PyComplex(b, 0));
