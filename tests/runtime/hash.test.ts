import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hash, hashFloat, hashInt, hashStr, hashTuple, HASH_INF, hashFrozenSet } from '../../runtime/hash.js';
import { hashFnOf, SetTable } from '../../runtime/settable.js';
import { PyFloat } from '../../runtime/float.js';
import { decode, pyEq, raised, tuple, type Token } from './pyvalue.js';

// Recorded from CPython 3.11 by scripts/gen-set-fixtures.py.
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/hashes.json', import.meta.url), 'utf8')) as {
  values: [Token, string][];
  frozensets: [Token[], string][];
};

describe('hash matches CPython 3.11', () => {
  it.each(fixtures.values)('hash(%j) == %s', (token, expected) => {
    expect(String(hash(decode(token)))).toBe(expected);
  });

  it.each(fixtures.frozensets)('hash(frozenset(%j)) == %s', (tokens, expected) => {
    const table = SetTable.from(hashFnOf(hash), pyEq, tokens.map(decode));
    expect(String(hashFrozenSet(table))).toBe(expected);
  });
});

describe('hash representation', () => {
  it('keeps small ints as their own hash, without allocating', () => {
    expect(hash(0)).toBe(0);
    expect(hash(12345)).toBe(12345);
    expect(hash(-12345)).toBe(-12345);
    expect(hash(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('reserves -1', () => {
    expect(hash(-1)).toBe(-2);
    expect(hashInt(-1n)).toBe(-2);
    expect(hashInt(-(2n ** 61n - 1n) - 1n)).toBe(-2);
  });

  it('normalises hashes: a number when safe, else a bigint', () => {
    expect(hashInt(2n ** 61n - 1n)).toBe(0);
    expect(hashInt(2n ** 61n + 5n)).toBe(6);
    expect(typeof hashInt(2n ** 60n)).toBe('bigint');
    expect(hashFloat(0.5)).toBe(2n ** 60n);
  });

  it('hashes equal numbers equally', () => {
    expect(hash(new PyFloat(3))).toBe(3);
    expect(hash(new PyFloat(-1))).toBe(-2);
    expect(hash(new PyFloat(-0))).toBe(0);
    expect(hash(true)).toBe(1);
    expect(hash(new PyFloat(2 ** 70))).toBe(hash(2n ** 70n));
    expect(hash(Infinity)).toBe(HASH_INF);
    expect(hash(-Infinity)).toBe(-HASH_INF);
  });

  it('hashes tuples by their items', () => {
    expect(hashTuple([1, new PyFloat(2)])).toBe(hash(tuple([true, 2])));
    expect(hash(tuple([]))).toBe(5740354900026072187n);
  });

  it('hashes strings to non-negative safe integers', () => {
    for (const s of ['', 'a', 'hello', 'héllo', '🙂']) {
      const h = hashStr(s);
      expect(typeof h === 'number' && Number.isSafeInteger(h) && h >= 0).toBe(true);
      expect(hashStr(s)).toBe(h);
    }
    expect(hashStr('ab')).not.toBe(hashStr('ba'));
  });

  it('rejects unhashable values', () => {
    expect(raised(() => hash([1]))).toBe("TypeError: unhashable type: 'list'");
    expect(raised(() => hash(tuple([1, [2]])))).toBe("TypeError: unhashable type: 'list'");
    expect(raised(() => hash({}))).toMatch(/^TypeError: unhashable type/);
  });
});
