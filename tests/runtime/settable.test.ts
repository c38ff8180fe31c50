import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hash } from '../../runtime/hash.js';
import { DictOperand, hashFnOf, SetTable, type Operand } from '../../runtime/settable.js';
import { PyFloat } from '../../runtime/float.js';
import { decode, encode, pyEq, raised, tuple, type Token } from './pyvalue.js';

// Recorded from CPython 3.11 by scripts/gen-set-fixtures.py: the iteration order of a set after
// every step of random operation sequences, of set displays, and (as digests) of large sets.

interface OperandSpec {
  kind: 'set' | 'frozenset' | 'dict' | 'list' | 'range' | 'setcomp';
  items?: Token[];
  discard?: Token[];
  range?: [number, number, number];
}
interface Step {
  op: string;
  args: (OperandSpec | Token)[];
  order: Token[];
  popped?: Token;
}
interface Fixtures {
  sequences: { universe: string; steps: Step[] }[];
  literals: { kind: 'const_display' | 'var_display' | 'for_iter'; items: Token[]; order: Token[] }[];
  big: { name: string; digest: string; popped?: string }[];
}

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/sets.json', import.meta.url), 'utf8')) as Fixtures;

type Table = SetTable<unknown>;
const newTable = (): Table => new SetTable<unknown>(hashFnOf(hash), pyEq);
const fromOperand = (source: Operand<unknown>): Table => SetTable.from<unknown>(hashFnOf(hash), pyEq, source);

/** Build an operand as the generator did; `frozen` marks frozensets (their binary ops return frozensets). */
function operand(spec: OperandSpec): { value: Operand<unknown>; frozen: boolean } {
  if (spec.kind === 'range') {
    const [start, stop, step] = spec.range!;
    const items: number[] = [];
    for (let i = start; step > 0 ? i < stop : i > stop; i += step) items.push(i);
    return { value: items, frozen: false };
  }
  const items = spec.items!.map(decode);
  switch (spec.kind) {
    case 'set':
    case 'setcomp': {
      const t = newTable();
      for (const x of items) t.add(x);
      for (const x of spec.discard ?? []) t.discard(decode(x));
      return { value: t, frozen: false };
    }
    case 'frozenset':
      return { value: fromOperand(items), frozen: true };
    case 'dict': {
      const keys: unknown[] = [];
      for (const x of items) if (!keys.some((k) => pyEq(k, x))) keys.push(x);
      return { value: new DictOperand(keys.length, () => keys, (k) => keys.some((x) => pyEq(x, k))), frozen: false };
    }
    case 'list':
      return { value: items, frozen: false };
  }
}

function binary(s: Table, name: string, t: Table, frozen: boolean): Table {
  const asSet = (r: Table): Table => (frozen ? r.copy() : r);
  switch (name) {
    case 'ior': s.update(t); return s;
    case 'or': return s.union(t);
    case 'iand': s.intersectionUpdate(t); return s;
    case 'and': return s.intersection(t);
    case 'isub': s.differenceUpdate(t); return s;
    case 'sub': return s.difference(t);
    case 'ixor': s.symmetricDifferenceUpdate(t); return s;
    case 'xor': return s.symmetricDifference(t);
    case 'ror': return asSet(t.union(s));
    case 'rand': return asSet(t.intersection(s));
    case 'rsub': return asSet(t.difference(s));
    case 'rxor': return asSet(t.symmetricDifference(s));
  }
  throw new Error(`unknown operator ${name}`);
}

function method(s: Table, name: string, args: Operand<unknown>[]): Table {
  switch (name) {
    case 'update': s.updateMany(args); return s;
    case 'union': return s.union(...args);
    case 'intersection': return s.intersectionMany(args);
    case 'intersection_update': s.intersectionUpdate(...args); return s;
    case 'difference': return s.difference(...args);
    case 'difference_update': s.differenceUpdate(...args); return s;
    case 'symmetric_difference': return s.symmetricDifference(args[0]!);
    case 'symmetric_difference_update': s.symmetricDifferenceUpdate(args[0]!); return s;
  }
  throw new Error(`unknown method ${name}`);
}

const BINARY = new Set(['ior', 'or', 'iand', 'and', 'isub', 'sub', 'ixor', 'xor', 'ror', 'rand', 'rsub', 'rxor']);

function replay(steps: Step[]): void {
  let s = newTable();
  steps.forEach((step, n) => {
    const where = `step ${n}: ${step.op}`;
    if (step.op === 'new') s = fromOperand(operand(step.args[0] as OperandSpec).value);
    else if (step.op === 'add') s.add(decode(step.args[0] as Token));
    else if (step.op === 'discard') s.discard(decode(step.args[0] as Token));
    else if (step.op === 'pop') expect(encode(s.pop()), where).toEqual(step.popped);
    else if (step.op === 'clear') s.clear();
    else if (step.op === 'copy') s = s.copy();
    else if (step.op === 'frozen_roundtrip') s = s.copy().copy();
    else if (step.op.startsWith('self_')) {
      const name = step.op.slice(5);
      s = BINARY.has(name) ? binary(s, name, s, false) : method(s, name, [s]);
    } else if (BINARY.has(step.op)) {
      const { value, frozen } = operand(step.args[0] as OperandSpec);
      s = binary(s, step.op, value as Table, frozen);
    } else s = method(s, step.op, (step.args as OperandSpec[]).map((a) => operand(a).value));
    expect(s.toArray().map(encode), where).toEqual(step.order);
    expect(s.size, where).toBe(step.order.length);
  });
}

describe('set order matches CPython 3.11', () => {
  it.each(fixtures.sequences.map((seq, i) => [i, seq.universe, seq.steps] as const))(
    'sequence %i (%s)',
    (_i, _universe, steps) => replay(steps),
  );

  it.each(fixtures.literals.map((c, i) => [i, c.kind, c] as const))('display %i (%s)', (_i, _kind, c) => {
    const items = c.items.map(decode);
    // The compiler's frozenset constant: built from the display's items, then rebuilt from its
    // own slot order when the compiler merges constants (merge_consts_recursive).
    const constant = (): Table => fromOperand(fromOperand(items).toArray());
    let s: Table;
    if (c.kind === 'const_display' && items.length > 2) {
      // BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE 1
      s = fromOperand(constant());
    } else if (c.kind === 'for_iter') {
      // `for x in {consts}` iterates the frozenset constant itself
      s = constant();
    } else {
      s = newTable();
      for (const x of items) s.add(x);
    }
    expect(s.toArray().map(encode)).toEqual(c.order);
  });
});

describe('large sets match CPython 3.11', () => {
  const digest = (xs: unknown[]): string =>
    createHash('sha256').update(JSON.stringify(xs.map(encode))).digest('hex');

  it('follows growth, discards, pops, copies and bulk updates', () => {
    const vals: number[] = [];
    let x = 20261125n;
    for (let i = 0; i < 70000; i++) {
      x = BigInt.asUintN(64, x * 6364136223846793005n + 1442695040888963407n);
      vals.push(Number(x >> 24n));
    }
    const byName = new Map(fixtures.big.map((c) => [c.name, c]));
    const s = newTable();
    for (const v of vals.slice(0, 60000)) s.add(v);
    expect(digest(s.toArray())).toBe(byName.get('60000 adds')!.digest);
    for (let i = 0; i < 30000; i += 2) s.discard(vals[i]);
    expect(digest(s.toArray())).toBe(byName.get('discards')!.digest);
    const popped: unknown[] = [];
    for (let i = 0; i < 100; i++) popped.push(s.pop());
    expect(digest(s.toArray())).toBe(byName.get('pops')!.digest);
    expect(digest(popped)).toBe(byName.get('pops')!.popped);
    expect(digest(s.copy().toArray())).toBe(byName.get('copy')!.digest);
    s.differenceUpdate(vals.slice(30000, 40000));
    expect(digest(s.toArray())).toBe(byName.get('difference_update')!.digest);
    s.update(vals.slice(60000));
    expect(digest(s.toArray())).toBe(byName.get('update')!.digest);
  });

  it('builds set(range(...)) and a set of tuples', () => {
    const byName = new Map(fixtures.big.map((c) => [c.name, c]));
    const r: number[] = [];
    for (let i = -100000; i < 200000; i += 7) r.push(i);
    expect(digest(fromOperand(r).toArray())).toBe(byName.get('range')!.digest);
    const grid = newTable();
    for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) grid.add(tuple([i, j]));
    expect(digest(grid.toArray())).toBe(byName.get('grid')!.digest);
  });
});

describe('SetTable', () => {
  const of = (...xs: unknown[]): Table => {
    const t = newTable();
    for (const x of xs) t.add(x);
    return t;
  };

  it('iterates in slot order', () => {
    expect(of(3, 1, 2).toArray()).toEqual([1, 2, 3]);
    expect(of(8, 0).toArray()).toEqual([8, 0]);
    expect(of(16, 8, 0).toArray()).toEqual([16, 8, 0]);
    expect(of(0, 16, 8).toArray()).toEqual([0, 16, 8]);
  });

  it('keeps the first of equal keys', () => {
    const t = of(1, new PyFloat(1), true);
    expect(t.size).toBe(1);
    expect(t.toArray()).toEqual([1]);
    expect(t.has(new PyFloat(1))).toBe(true);
  });

  it('raises KeyError when popping an empty set', () => {
    expect(raised(() => newTable().pop())).toBe("KeyError: 'pop from an empty set'");
  });

  it('walks live slots with nextSlot', () => {
    const t = of(5, 3, 9);
    t.discard(3);
    const seen: unknown[] = [];
    for (let i = t.nextSlot(0); i >= 0; i = t.nextSlot(i + 1)) seen.push(t.keyAt(i));
    expect(seen).toEqual(t.toArray());
  });

  it('raises when the set changes size during iteration', () => {
    const t = of(1, 2, 3);
    expect(
      raised(() => {
        for (const x of t) t.add((x as number) + 10);
      }),
    ).toBe('RuntimeError: Set changed size during iteration');
    const u = of(1, 2, 3);
    const seen: unknown[] = [];
    for (const x of u) {
      seen.push(x);
      if (x === 1) {
        u.discard(3);
        u.add(4);
      }
    }
    expect(seen).toEqual([1, 2, 4]);
  });

  it('compares', () => {
    expect(of(1, 2).isSubsetOf(of(2, 1, 3))).toBe(true);
    expect(of(1, 2).equals(of(2, 1))).toBe(true);
    expect(of(1, 2).isDisjoint(of(3))).toBe(true);
    expect(of(1, 2).isDisjoint([2])).toBe(false);
  });
});
