// str.ts against CPython 3.11 (fixtures from scripts/gen-runtime-fixtures.py).

import { describe, expect, test } from 'vitest';
import * as S from '../../runtime/str.js';
import { tuple } from '../../runtime/tuple.js';
import { checkAll, dec, load, run, type Tagged } from './tagged.js';

const typeName = (x: unknown): string => (typeof x === 'number' ? 'int' : typeof x);

function partition(s: string, sep: string): string[] {
  const i = S.strPartitionAt(s, sep);
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

function rpartition(s: string, sep: string): string[] {
  const i = S.strRpartitionAt(s, sep);
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

const methods: Record<string, (s: string, ...args: any[]) => unknown> = {
  upper: S.strUpper, lower: S.strLower, casefold: S.strCasefold, capitalize: S.strCapitalize,
  title: S.strTitle, swapcase: S.strSwapcase, isalpha: S.strIsalpha, isdigit: S.strIsdigit,
  isdecimal: S.strIsdecimal, isnumeric: S.strIsnumeric, isalnum: S.strIsalnum, isspace: S.strIsspace,
  islower: S.strIslower, isupper: S.strIsupper, istitle: S.strIstitle, isidentifier: S.strIsidentifier,
  isprintable: S.strIsprintable, isascii: S.strIsascii, splitlines: S.strSplitlines, strip: S.strStrip,
  lstrip: S.strLstrip, rstrip: S.strRstrip, split: S.strSplit, rsplit: S.strRsplit,
  expandtabs: S.strExpandtabs, len: S.strLen, repr: S.strRepr, ascii: S.strAscii, list: S.strChars,
  partition, rpartition, find: S.strFind, rfind: S.strRfind,
  index: S.strIndex, rindex: S.strRindex, count: S.strCount,
  // The fixtures write a tuple of affixes as an array.
  startswith: (s, p, ...rest) => S.strStartswith(s, Array.isArray(p) ? tuple(p) : p, ...rest),
  endswith: (s, p, ...rest) => S.strEndswith(s, Array.isArray(p) ? tuple(p) : p, ...rest), replace: S.strReplace, removeprefix: S.strRemoveprefix,
  removesuffix: S.strRemovesuffix, center: S.strCenter, ljust: S.strLjust, rjust: S.strRjust,
  zfill: S.strZfill, slice: S.strSlice, getitem: S.strGetItem, encode: S.strEncode,
  translate: (s) => S.strTranslate(s, (c) => S.strMaketrans('abc', 'xyz', 'H').get(c)),
  cmp: (s, t) => [S.strCompare(s, t) < 0, S.strCompare(s, t) === 0, S.strCompare(s, t) > 0],
  join: (sep, items) => S.strJoin(sep, items, typeName),
  maketrans: (s, a, b) => S.strMaketrans(a, b),
};

describe('str', () => {
  test('methods', () => {
    const rows = load<[string, Tagged, Tagged[], Tagged][]>('str_methods');
    const r = checkAll(rows, ([name, s, args, want]) => {
      const fn = methods[name];
      if (fn === undefined) throw new Error(name);
      return [run(() => fn(dec(s), ...args.map(dec))), want];
    });
    expect(r.failures).toEqual([]);
  });

  test('repr, ascii, isprintable of random text', () => {
    const rows = load<[Tagged, string, string, boolean][]>('str_repr');
    const r = checkAll(rows, ([s, rep, asc, printable]) => {
      const x = dec(s) as string;
      return [[S.strRepr(x), S.strAscii(x), S.strIsprintable(x)], [rep, asc, printable]];
    });
    expect(r.failures).toEqual([]);
  });

  test('code point indexing stays consistent across cached strings', () => {
    const a = 'x😀y';
    const b = 'plain';
    const c = '😀😀';
    expect(S.strGetItem(a, 1)).toBe('😀');
    expect(S.strGetItem(b, 1)).toBe('l');
    expect(S.strGetItem(c, -1)).toBe('😀');
    expect(S.strGetItem(a, 2)).toBe('y');
    expect(S.strLen(a)).toBe(3);
    expect(S.strSlice(a, null, null, -1)).toBe('y😀x');
  });
});
