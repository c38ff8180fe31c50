// Python ints: arithmetic, bit operations, conversions to and from strings and floats.
//
// An int is a JS number holding a safe integer (never -0) or, outside ±(2**53-1), a bigint
// (docs/architecture.md). Every function here returns a normalised int, so `===` is int equality.
// The fast path of each operation works on numbers without allocating and falls back to bigint
// only when the exact result leaves the safe range.
//
// Comparisons need no helper: JS `<`, `<=`, `>`, `>=` between number and bigint compare the exact
// mathematical values, so `2**53+1 > 9007199254740992.0` and NaN comparisons already behave like
// Python's int/float comparisons. `intFloatCompare` exists for three-way comparisons.

import { makeExc, raise, throwPy } from './exceptions.js';
import { RAW } from './object.js';
import { toFloat, type PyFloatValue, floatPowRaw, isNumberSpaceCode, unicodeDecimalValue } from './float.js';
import { strRepr } from './str.js';

export type PyInt = number | bigint;

const MAX = 9007199254740991;
const BMAX = 9007199254740991n;

/** A bigint result as an int: a number when it is safe. */
export function bigToInt(b: bigint): PyInt {
  return b <= BMAX && b >= -BMAX ? Number(b) : b;
}

/** Any integral JS number or bigint as a normalised int. */
export function normInt(x: number | bigint): PyInt {
  if (typeof x === 'bigint') return bigToInt(x);
  if (x <= MAX && x >= -MAX) return x + 0;
  return BigInt(x);
}

function big(x: PyInt): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return bigToInt(big(a) + big(b));
}

export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return bigToInt(big(a) - big(b));
}

export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return bigToInt(big(a) * big(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === 'number' ? 0 - a : bigToInt(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === 'number' ? Math.abs(a) : a < 0n ? -a : a;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function bigMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

/** `a // b`. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer division or modulo by zero');
    let m = a % b;
    if (m !== 0 && (m < 0) !== (b < 0)) m += b;
    const n = a - m; // an exact multiple of b when it is safe
    if (n <= MAX && n >= -MAX) return n / b + 0;
  }
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  return bigToInt(bigFloorDiv(big(a), big(b)));
}

/** `a % b`. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) raise('ZeroDivisionError', 'integer modulo by zero');
    const m = a % b;
    return m !== 0 && (m < 0) !== (b < 0) ? m + b : m + 0;
  }
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
  return bigToInt(bigMod(big(a), big(b)));
}

/**
 * `(a * b + c) % m` for safe ints and 0 < m <= 2**32, exactly, in doubles: a product past 2**53
 * would otherwise be a BigInt, made only to be reduced again (the linear congruential generator
 * `(x * 1103515245 + 12345) % 2**31`). The factors are reduced mod m and b is split into 16-bit
 * halves, so no intermediate value reaches 2**49.
 */
export function safeMulAddMod(a: number, b: number, c: number, m: number): number {
  // A power of two (2**31 and 2**32 are the usual moduli) keeps the low bits of the two's
  // complement result, which int32 arithmetic gives exactly: ToInt32 of each term is exact mod
  // 2**32, so their sum is the result mod 2**32. No float division is needed.
  if ((m & (m - 1)) === 0) {
    const low = Math.imul(a, b) + (c | 0);
    return m === 4294967296 ? low >>> 0 : low & (m - 1);
  }
  const p = a * b;
  if (p <= MAX && p >= -MAX) {
    const r = (p % m + c % m) % m;
    return r < 0 ? r + m : r + 0;
  }
  let ra = a % m;
  if (ra < 0) ra += m;
  let rb = b % m;
  if (rb < 0) rb += m;
  let rc = c % m;
  if (rc < 0) rc += m;
  const hi = Math.floor(rb / 65536);
  const lo = rb - hi * 65536;
  const t = (ra * hi) % m;
  return ((t * 65536 + ra * lo) % m + rc) % m + 0; // + 0: never -0
}

/** `divmod(a, b)` as `[a // b, a % b]`. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** `float(a)`: correctly rounded (BigInt → Number conversion rounds half-even). */
export function intToFloat(a: PyInt): number {
  if (typeof a === 'number') return a;
  const r = Number(a);
  if (r === Infinity || r === -Infinity) raise('OverflowError', 'int too large to convert to float');
  return r;
}

function bitLen(a: bigint): number {
  // a > 0
  const s = a.toString(16);
  const c = s.charCodeAt(0);
  const top = c <= 57 ? c - 48 : c - 87;
  return (s.length - 1) * 4 + (32 - Math.clz32(top));
}

/** Raw value of `a / b` on ints, correctly rounded like CPython's long_true_divide. */
export function intTrueDivRaw(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) raise('ZeroDivisionError', 'division by zero');
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  let A = big(a);
  let B = big(b);
  const neg = (A < 0n) !== (B < 0n);
  if (A < 0n) A = -A;
  if (B < 0n) B = -B;
  const r = ratioToFloat(A, B);
  if (r === Infinity) raise('OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

/**
 * `A / B` for `A >= 0`, `B > 0`, correctly rounded (half-even, subnormals included), or Infinity
 * when it overflows. The quotient is computed with two guard bits and a sticky bit.
 */
export function ratioToFloat(A: bigint, B: bigint): number {
  if (A === 0n) return 0;
  if (A <= BMAX && B <= BMAX) return Number(A) / Number(B);
  const e = bitLen(A) - bitLen(B); // quotient in [2**(e-1), 2**(e+1))
  if (e > 1025) return Infinity;
  if (e < -1080) return 0;
  // target ulp exponent assuming the quotient's top bit is e-1, two guard bits below it
  let t = Math.max(e - 1 - 52, -1074);
  const sh = t - 2;
  let q: bigint;
  let rem: boolean;
  if (sh >= 0) {
    const d = B << BigInt(sh);
    q = A / d;
    rem = q * d !== A;
  } else {
    const n = A << BigInt(-sh);
    q = n / B;
    rem = q * B !== n;
  }
  if (q >= 1n << 55n) {
    // the top bit was e: one more bit to drop
    rem = rem || (q & 1n) === 1n;
    q >>= 1n;
    t++;
  }
  const low = Number(q & 3n);
  q >>= 2n;
  if (low > 2 || (low === 2 && (rem || (q & 1n) === 1n))) q += 1n;
  let r = Number(q) * 2 ** Math.max(t, -1022);
  if (t < -1022) r *= 2 ** (t + 1022);
  return r;
}

/** `a / b` on ints. */
export function intTrueDiv(a: PyInt, b: PyInt): PyFloatValue {
  return toFloat(intTrueDivRaw(a, b));
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  // m > 0, exp >= 0
  let result = 1n % m;
  base %= m;
  if (base < 0n) base += m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % m;
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  // m > 0
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/**
 * `a ** b` and `pow(a, b, m)`. A negative `b` without modulus gives a float (CPython converts both
 * operands to float); with a modulus it uses the modular inverse (Python 3.8+).
 */
export function intPow(a: PyInt, b: PyInt, m?: PyInt | null): PyInt | PyFloatValue {
  if (m !== undefined && m !== null) {
    if (m === 0 || m === 0n) raise('ValueError', 'pow() 3rd argument cannot be 0');
    let M = big(m);
    const negM = M < 0n;
    if (negM) M = -M;
    let A = big(a);
    let B = big(b);
    if (B < 0n) {
      A = modInverse(A, M);
      B = -B;
    }
    let r = modPow(A, B, M);
    if (negM && r !== 0n) r -= M;
    return bigToInt(r);
  }
  if (b < 0) return toFloat(floatPowRaw(intToFloat(a), intToFloat(b)));
  if (typeof a === 'number' && typeof b === 'number') {
    // square-and-multiply on numbers while exact
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result > MAX || result < -MAX) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result + 0;
      base *= base;
      if (base > MAX) break;
    }
  }
  if (a === 0 || a === 1) return a;
  if (a === -1) return big(b) % 2n === 0n ? 1 : -1;
  if (typeof b === 'bigint') raise('MemoryError', '');
  return bigToInt(big(a) ** BigInt(b));
}

// ---------------------------------------------------------------------------------------------
// Bit operations (JS `&`, `|`, `^`, `<<` are 32-bit: only used when both operands fit in int32)

export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a & b;
  return bigToInt(big(a) & big(b));
}

export function intOr(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a | b;
  return bigToInt(big(a) | big(b));
}

export function intXor(a: PyInt, b: PyInt): PyInt {
  if (typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b) return a ^ b;
  return bigToInt(big(a) ^ big(b));
}

/** `~a` = -a - 1. */
export function intInvert(a: PyInt): PyInt {
  return typeof a === 'number' ? -a - 1 : bigToInt(-a - 1n);
}

/** The largest left shift tried: V8's BigInts stop at 2**30 bits. */
const MAX_SHIFT = 2 ** 30;

export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (a === 0) return 0;
  // A result past what memory holds: CPython's allocation fails with a bare MemoryError, unless
  // the count of 30-bit digits to shift by does not even fit a C ssize_t.
  if (typeof n === 'bigint' && n / 30n > 0x7fffffffffffffffn) raise('OverflowError', 'too many digits in integer');
  if (typeof n === 'bigint' || n > MAX_SHIFT) throwPy(makeExc('MemoryError'));
  if (typeof a === 'number' && n < 53) {
    const r = a * 2 ** n;
    if (r <= MAX && r >= -MAX) return r;
  }
  return bigToInt(big(a) << BigInt(n));
}

export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) raise('ValueError', 'negative shift count');
  if (typeof a === 'number') {
    if (n >= 53) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** (n as number)) + 0;
  }
  if (typeof n === 'bigint') return a < 0n ? -1 : 0;
  return bigToInt(a >> BigInt(n));
}

/** `int.bit_length()`. */
export function intBitLength(a: PyInt): number {
  if (typeof a === 'number') {
    const x = Math.abs(a);
    if (x < 4294967296) return 32 - Math.clz32(x);
    return 64 - Math.clz32(Math.floor(x / 4294967296));
  }
  return bitLen(a < 0n ? -a : a);
}

/** `int.bit_count()`. */
export function intBitCount(a: PyInt): number {
  let s = (typeof a === 'number' ? Math.abs(a) : a < 0n ? -a : a).toString(2);
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) n++;
  return n;
}

/** Three-way comparison of an int with a float value: negative, 0, positive, or NaN. */
export function intFloatCompare(a: PyInt, f: number): number {
  if (f !== f) return NaN;
  return a < f ? -1 : a > f ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Strings

let maxStrDigits = 4300;

/** `sys.set_int_max_str_digits(n)` (0 disables the limit). */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) raise('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** `str(a)` / `repr(a)`. */
export function intStr(a: PyInt): string {
  if (typeof a === 'number') return String(a);
  const s = a.toString();
  if (maxStrDigits > 0 && s.length - (a < 0n ? 1 : 0) > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function prefixed(a: PyInt, radix: number, prefix: string): string {
  if (typeof a === 'number') return a < 0 ? '-' + prefix + (-a).toString(radix) : prefix + a.toString(radix);
  return a < 0n ? '-' + prefix + (-a).toString(radix) : prefix + a.toString(radix);
}

/** `hex(a)`. */
export function intHex(a: PyInt): string { return prefixed(a, 16, '0x'); }
/** `oct(a)`. */
export function intOct(a: PyInt): string { return prefixed(a, 8, '0o'); }
/** `bin(a)`. */
export function intBin(a: PyInt): string { return prefixed(a, 2, '0b'); }

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 32;
  if (c >= 97 && c <= 122) return c - 87;
  return 99;
}

/** `int(s, base)` for a str `s` (`base` 0 means "from the prefix", like CPython). */
export function intFromString(s: string, base = 10, reprOf: (s: string) => string = strRepr): PyInt {
  if (base !== 0 && (base < 2 || base > 36)) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const r = intParse(s, base);
  if (r === null) raise('ValueError', intLiteralMessage(s, base, reprOf));
  return r;
}

/** `int(s, base)` for a str `s` and a valid base, or null where CPython rejects the literal. */
export function intParse(s: string, base: number): PyInt | null {
  // fast path: short plain ASCII decimal
  const n = s.length;
  if (base === 10 && n > 0 && n < 16) {
    let i = 0;
    let neg = false;
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 43) { neg = c0 === 45; i = 1; }
    if (i < n) {
      let v = 0;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
      }
      if (i === n) return neg ? 0 - v : v;
      // What stopped the digits follows an optional sign and digits only: an ASCII character
      // other than '_' and the spaces cannot stand there in a decimal literal (EAFP code probes
      // words and floats with int(): "red", "3.5", "4e3").
      const stop = s.charCodeAt(i);
      if (stop < 128 && stop !== 95 && !isNumberSpaceCode(stop)) return null;
    }
  } else if (base >= 2 && n > 0 && n <= SHORT_DIGITS_MAX) {
    const v = shortDigits(s, base);
    if (v !== null) return v;
  }
  return parseIntBody(s, base);
}

// Ten digits of base 36 or below stay under 2**53, so they accumulate exactly in a double.
const SHORT_DIGITS_MAX = 10;

/**
 * A sign and plain ASCII digits of `base` (`int('1f', 16)`), or null for anything else: spaces,
 * underscores, a prefix (`0x1f`) and non-ASCII digits are parseIntBody's business.
 */
function shortDigits(s: string, base: number): number | null {
  const n = s.length;
  let i = 0;
  let neg = false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 43) { neg = c0 === 45; i = 1; }
  if (i === n) return null;
  let v = 0;
  for (; i < n; i++) {
    const d = digitValue(s.charCodeAt(i));
    if (d >= base) return null;
    v = v * base + d;
  }
  return neg ? 0 - v : v;
}

/** The ValueError message for a literal `intParse` rejects. */
export function intLiteralMessage(s: string, base: number, reprOf: (s: string) => string = strRepr): string {
  let rep = reprOf(s);
  // Past 200 code points the repr is cut (a code point is one or two UTF-16 units).
  if (rep.length > 200) {
    const cps = Array.from(rep);
    if (cps.length > 200) rep = cps.slice(0, 200).join('');
  }
  return `invalid literal for int() with base ${base}: ${rep}`;
}

/**
 * The text int() parses when it has non-ASCII characters: each decimal digit becomes its ASCII
 * digit, each space a space and anything else a `?`, before prefixes and leading zeros are read
 * (so `int("٠x1", 0)` is 1 and `int("٠٠٧", 0)` is refused, as in CPython).
 */
function asciiDigitsOf(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isNumberSpaceCode(cp)) out += ' ';
    else {
      const d = unicodeDecimalValue(cp);
      out += d >= 0 ? String.fromCharCode(48 + d) : '?';
    }
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;

function parseIntBody(text: string, base: number): PyInt | null {
  const s = NON_ASCII.test(text) ? asciiDigitsOf(text) : text;
  let i = 0;
  let j = s.length;
  while (i < j && isNumberSpaceCode(s.charCodeAt(i))) i++;
  while (j > i && isNumberSpaceCode(s.charCodeAt(j - 1))) j--;
  let neg = false;
  if (i < j && (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45)) {
    neg = s.charCodeAt(i) === 45;
    i++;
  }
  let underscoreOk = false; // an underscore may follow a base prefix
  if (i + 1 < j && s.charCodeAt(i) === 48) {
    const p = s.charCodeAt(i + 1) | 32;
    const pb = p === 120 ? 16 : p === 111 ? 8 : p === 98 ? 2 : 0;
    if (pb !== 0 && (base === 0 || base === pb)) {
      base = pb;
      i += 2;
      underscoreOk = true;
    }
  }
  let legacyZero = false;
  if (base === 0) {
    base = 10;
    legacyZero = i < j && s.charCodeAt(i) === 48;
  }
  let digits = '';
  let start = i;
  let count = 0;
  let nonzero = false;
  for (; i < j; i++) {
    let c = s.charCodeAt(i);
    if (c === 95) {
      if (!(count > 0 || underscoreOk) || i + 1 >= j || s.charCodeAt(i + 1) === 95) return null;
      digits += s.slice(start, i);
      start = i + 1;
      continue;
    }
    let d = digitValue(c);
    if (d >= base) {
      if (c < 128) return null;
      // a non-ASCII decimal digit (possibly a surrogate pair)
      let cp = c;
      let w = 1;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < j) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo < 0xe000) { cp = (c - 0xd800) * 0x400 + lo - 0xdc00 + 0x10000; w = 2; }
      }
      d = unicodeDecimalValue(cp);
      if (d < 0 || d >= base) return null;
      digits += s.slice(start, i) + String.fromCharCode(48 + d);
      i += w - 1;
      start = i + 1;
    }
    if (d !== 0) nonzero = true;
    count++;
  }
  if (count === 0) return null;
  if (legacyZero && nonzero) return null;
  digits += s.slice(start, j);
  if (base === 10 && maxStrDigits > 0 && digits.length > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  if (digits.length <= 10 || (base === 10 && digits.length < 16)) {
    const v = parseInt(digits, base);
    return neg ? 0 - v : v;
  }
  let b: bigint;
  if (base === 10) b = BigInt(digits);
  else if (base === 16) b = BigInt('0x' + digits);
  else if (base === 8) b = BigInt('0o' + digits);
  else if (base === 2) b = BigInt('0b' + digits);
  else {
    if (maxStrDigits > 0 && digits.length > maxStrDigits && (base & (base - 1)) !== 0) {
      raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
    }
    b = 0n;
    const B = BigInt(base);
    // chunks of 8 digits fit a double exactly (36**8 < 2**53)
    let k = 0;
    const first = digits.length % 8 || 8;
    b = BigInt(parseInt(digits.slice(0, first), base));
    const B8 = B ** 8n;
    for (k = first; k < digits.length; k += 8) b = b * B8 + BigInt(parseInt(digits.slice(k, k + 8), base));
  }
  return bigToInt(neg ? -b : b);
}

/** `round(a, ndigits)` on an int: identity for ndigits >= 0, half-even otherwise. */
export function intRound(a: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return a;
  // |a| < 10**(bits * log10(2) + 1): rounding at a higher power of ten gives 0
  if (-ndigits > intBitLength(a) * 0.30103 + 2) return 0;
  const p = 10n ** big(intNeg(ndigits));
  const A = big(a);
  let q = bigFloorDiv(A, p);
  const r = A - q * p; // 0 <= r < p
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return bigToInt(q * p);
}

/**
 * The int inside an int subclass instance: a Number or (past 2**53) BigInt wrapper object with
 * the subclass's prototype, whose chain reaches Number.prototype either way. A bool's wrapper
 * object (what a getter read through `getattr(True, "real")` receives) is 1 or 0.
 */
export function unwrapInt(x: object): number | bigint {
  if (x instanceof Boolean) return x.valueOf() ? 1 : 0;
  // An instance whose class hooks attribute access is a Proxy over the wrapper.
  const box = (x as { [RAW]?: object })[RAW] ?? x;
  try {
    return Number.prototype.valueOf.call(box);
  } catch {
    return BigInt.prototype.valueOf.call(box);
  }
}
