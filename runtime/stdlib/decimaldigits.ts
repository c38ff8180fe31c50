// `_decimal_digits`: exact conversions between ints and their decimal digits for lib/decimal.py.
// CPython's decimal is C code that keeps its own digit arrays, so it never meets the int/str
// digit limit (sys.set_int_max_str_digits); the Python decimal here keeps coefficients as ints
// and goes through these helpers instead of str()/int() so that a coefficient of any length
// converts exactly.

import { raise } from '../exceptions.js';
import { intBitLength, normInt, unwrapInt, type PyInt } from '../int.js';
import { nativeModule } from '../module.js';
import { defineAll } from './common.js';

/** An int argument as a JS number or bigint (bools and int subclass instances unwrapped). */
function plainInt(n: unknown): PyInt {
  if (typeof n === 'number' || typeof n === 'bigint') return n;
  if (typeof n === 'boolean') return n ? 1 : 0;
  if (n !== null && typeof n === 'object') return unwrapInt(n);
  return raise('TypeError', 'an integer is required');
}

// Powers of ten met while counting digits; cleared now and then so that a long run at a huge
// precision keeps only the sizes it is using.
const powersOfTen = new Map<number, bigint>();

function tenTo(k: number): bigint {
  let p = powersOfTen.get(k);
  if (p === undefined) {
    if (powersOfTen.size >= 512) powersOfTen.clear();
    p = 10n ** BigInt(k);
    powersOfTen.set(k, p);
  }
  return p;
}

const LOG10_2 = Math.log10(2);

/** How many decimal digits |n| has (1 for zero), without writing it out. */
function digit_count(n: unknown): number {
  const v = plainInt(n);
  if (typeof v === 'number') return String(Math.abs(v)).length;
  const m = v < 0n ? -v : v;
  // 2**(bits-1) <= m < 2**bits puts the count at this estimate or one more; the float estimate
  // may be off by one near a power of ten, which the comparisons below settle.
  const bits = intBitLength(m);
  let count = Math.floor((bits - 1) * LOG10_2) + 1;
  while (m >= tenTo(count)) count++;
  while (count > 1 && m < tenTo(count - 1)) count--;
  return count;
}

/** str(n) for any size of int. */
function digits_of(n: unknown): string {
  return plainInt(n).toString();
}

/** int(text) for a non-empty string of ASCII digits (optionally signed), any length. */
function int_of_digits(text: unknown): PyInt {
  if (typeof text !== 'string' || !/^[-+]?[0-9]+$/.test(text)) return raise('ValueError', 'digits expected');
  if (text.length <= 15) return Number(text) + 0;
  return normInt(BigInt(text));
}

nativeModule('_decimal_digits', (mod: Record<string, unknown>) => {
  defineAll(mod, { digit_count, digits_of, int_of_digits });
});
