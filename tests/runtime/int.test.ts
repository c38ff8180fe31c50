// int.ts against CPython 3.11 (fixtures from scripts/gen-runtime-fixtures.py).

import { describe, expect, test } from 'vitest';
import { hashInt } from '../../runtime/float.js';
import {
  intAdd, intAnd, intBin, intBitLength, intDivmod, intFloorDiv, intFromString, intHex, intInvert, intLshift,
  intMod, intMul, intOct, intOr, intPow, intRound, intRshift, intStr, intSub, intToFloat, intTrueDiv, intXor,
  type PyInt,
} from '../../runtime/int.js';
import { strRepr } from '../../runtime/str.js';
import { checkAll, dec, load, num, run, type Tagged } from './tagged.js';

const binary: Record<string, (a: PyInt, b: PyInt) => unknown> = {
  add: intAdd, sub: intSub, mul: intMul, floordiv: intFloorDiv, mod: intMod, divmod: intDivmod,
  truediv: intTrueDiv, and: intAnd, or: intOr, xor: intXor, lshift: intLshift, rshift: intRshift,
  pow: (a, b) => intPow(a, b),
};

describe('int', () => {
  test('arithmetic and bit operations', () => {
    const rows = load<Tagged[][]>('int_ops');
    const r = checkAll(rows, (row) => {
      const op = row[0] as string;
      const a = dec(row[1]!) as PyInt;
      const b = dec(row[2]!) as PyInt;
      if (op === 'powmod') return [run(() => intPow(a, b, dec(row[3]!) as PyInt)), row[4]!];
      const got = run(() => binary[op]!(a, b));
      return [got, row[3]!];
    });
    expect(r.failures).toEqual([]);
  });

  test('conversions, hash, round, comparisons with floats', () => {
    const rows = load<Tagged[][]>('int_misc');
    const r = checkAll(rows, (row) => {
      const op = row[0] as string;
      const a = dec(row[1]!) as PyInt;
      const want = row[row.length - 1]!;
      switch (op) {
        case 'str': return [run(() => intStr(a)), want];
        case 'hex': return [run(() => intHex(a)), want];
        case 'oct': return [run(() => intOct(a)), want];
        case 'bin': return [run(() => intBin(a)), want];
        case 'bit_length': return [run(() => intBitLength(a)), want];
        case 'hash': return [run(() => hashInt(a)), want];
        case 'float': return [run(() => intToFloat(a), true), want];
        case 'invert': return [run(() => intInvert(a)), want];
        case 'round': return [run(() => intRound(a, row[2] as unknown as number)), want];
        case 'cmp': {
          const f = num(dec(row[2]!));
          return [[a < f, a == f, a > f], want];
        }
      }
      throw new Error(op);
    });
    expect(r.failures).toEqual([]);
  });

  test('int(str, base)', () => {
    const rows = load<[string, number, Tagged][]>('int_parse');
    const r = checkAll(rows, ([s, base, want]) => {
      if (s.length > 4300 && base === 16) return [run(() => intMod(intFromString(s, base, strRepr), 1000)), want];
      return [run(() => intFromString(s, base, strRepr)), want];
    });
    expect(r.failures).toEqual([]);
  });

  test('results are normalised', () => {
    expect(intSub(2 ** 53, 1)).toBe(9007199254740991);
    expect(intAdd(9007199254740991, 1)).toBe(9007199254740992n);
    expect(intSub(9007199254740992n, 1)).toBe(9007199254740991);
    expect(Object.is(intMul(0, -5), 0)).toBe(true);
    expect(Object.is(intMod(-4, 2), 0)).toBe(true);
    expect(Object.is(intFloorDiv(0, -3), 0)).toBe(true);
  });
});
