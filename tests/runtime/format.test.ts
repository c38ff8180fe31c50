// format.ts against CPython 3.11 (fixtures from scripts/gen-runtime-fixtures.py).

import { describe, expect, test } from 'vitest';
import { floatRepr, floatToInt, PyFloat } from '../../runtime/float.js';
import { formatFloat, formatInt, formatStr, percentFormat, type PercentConv } from '../../runtime/format.js';
import { intStr, type PyInt } from '../../runtime/int.js';
import { strAscii, strRepr } from '../../runtime/str.js';
import { checkAll, dec, load, num, run, type Tagged } from './tagged.js';

function isFloat(x: unknown): x is number | PyFloat {
  return x instanceof PyFloat || (typeof x === 'number' && !Number.isInteger(x));
}

function typeName(x: unknown): string {
  if (x === null) return 'NoneType';
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'string') return 'str';
  if (isFloat(x)) return 'float';
  if (typeof x === 'number' || typeof x === 'bigint') return 'int';
  if (Array.isArray(x)) return 'list';
  return 'object';
}

function repr(x: unknown): string {
  if (x === null) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'string') return strRepr(x);
  if (isFloat(x)) return floatRepr(num(x));
  if (typeof x === 'number' || typeof x === 'bigint') return intStr(x);
  if (Array.isArray(x)) return '[' + x.map(repr).join(', ') + ']';
  throw new Error('repr');
}

const conv: PercentConv = {
  str: (x) => (typeof x === 'string' ? x : repr(x)),
  repr,
  ascii: (x) => (typeof x === 'string' ? strAscii(x) : repr(x)),
  typeName,
  toInt(x) {
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (isFloat(x)) return floatToInt(num(x));
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    return undefined;
  },
  toIndex(x) {
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (isFloat(x)) return undefined;
    if (typeof x === 'number' || typeof x === 'bigint') return x;
    return undefined;
  },
  toFloat(x) {
    if (typeof x === 'boolean') return x ? 1 : 0;
    if (isFloat(x)) return num(x);
    if (typeof x === 'number') return x;
    if (typeof x === 'bigint') {
      const v = Number(x);
      if (!Number.isFinite(v)) throw Object.assign(new Error(), {});
      return v;
    }
    return undefined;
  },
};

describe('format', () => {
  test('format spec mini-language', () => {
    const rows = load<[string, Tagged, string, Tagged][]>('format_spec');
    const r = checkAll(rows, ([kind, v, spec, want]) => {
      const x = dec(v);
      switch (kind) {
        case 'int': return [run(() => formatInt(x as PyInt, spec)), want];
        case 'bool': return [run(() => (spec === '' ? (x ? 'True' : 'False') : formatInt(x ? 1 : 0, spec, 'bool'))), want];
        case 'float': return [run(() => formatFloat(num(x), spec)), want];
        case 'str': return [run(() => formatStr(x as string, spec)), want];
      }
      throw new Error(kind);
    });
    expect(r.failures).toEqual([]);
  });

  test('every precision of e, f, g, % and no type', () => {
    const rows = load<[string, Tagged, string, Tagged][]>('format_float_prec');
    const r = checkAll(rows, ([, v, spec, want]) => [run(() => formatFloat(num(dec(v)), spec)), want]);
    expect(r.failures).toEqual([]);
  });

  test('printf-style %', () => {
    const rows = load<[string, Tagged[], Tagged][]>('percent');
    const r = checkAll(rows, ([fmt, args, want]) => {
      // %e of an int too large for a float: the conversion's OverflowError is the caller's.
      if (typeof want === 'string' && want.startsWith('!OverflowError: int too large')) return null;
      return [run(() => percentFormat(fmt, args.map(dec), conv)), want];
    });
    expect(r.failures).toEqual([]);
  });

  test('printf-style % with a mapping', () => {
    const rows = load<[string, Record<string, Tagged>, Tagged][]>('percent_map');
    const r = checkAll(rows, ([fmt, m, want]) => {
      const map = new Map(Object.entries(m).map(([k, v]) => [k, dec(v)]));
      return [run(() => percentFormat(fmt, [map], conv, (k) => {
        if (!map.has(k)) throw new Error('KeyError');
        return map.get(k);
      })), want];
    });
    expect(r.failures).toEqual([]);
  });
});
