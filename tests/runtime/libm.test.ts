// runtime/libm.ts against glibc as CPython 3.11 calls it (fixtures from
// scripts/gen-libm-fixtures.py). Every result must have the same bits: no ulp of slack.

import { describe, expect, test } from 'vitest';
import { exp, exp2, log, log2, pow } from '../../runtime/libm.js';
import { bitsToFloat, load } from './tagged.js';

type Spec = (string | number)[];
interface Group {
  fn: string;
  n: number;
  seed: number;
  x: Spec;
  y: Spec | null;
  hisum: number;
  low16: string;
}
interface Fixture { groups: Group[]; edge: [string, string, string, string][] }

const fixture = load<Fixture>('libm');

/** mulberry32, as in the generator. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
    t = (t ^ ((t + (Math.imul(t ^ (t >>> 7), t | 61) >>> 0)) >>> 0)) >>> 0;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian hosts: [low word, high word]

function draw(next: () => number, spec: Spec): number {
  switch (spec[0]) {
    case 'bits': {
      const [, sign, elo, ehi] = spec as [string, number, number, number];
      const e = elo + (next() % (ehi - elo + 1));
      u32[1] = ((sign << 31) | (e << 20) | (next() & 0xfffff)) >>> 0;
      u32[0] = next();
      return f64[0]!;
    }
    case 'unif': {
      const [, a, b] = spec as [string, number, number];
      const u = ((next() >>> 5) * 67108864.0 + (next() >>> 6)) / 9007199254740992.0;
      return a + (b - a) * u;
    }
    case 'int': {
      const [, a, b] = spec as [string, number, number];
      return a + (next() % (b - a + 1));
    }
    case 'pick':
      return spec[1 + (next() % (spec.length - 1))] as number;
  }
  throw new Error(String(spec[0]));
}

const unary: Record<string, (x: number) => number> = { exp, exp2, log, log2 };

function call(fn: string, x: number, y: number): number {
  return fn === 'pow' ? pow(x, y) : unary[fn]!(x);
}

function hex(x: number): string {
  f64[0] = x;
  return u32[1]!.toString(16).padStart(8, '0') + u32[0]!.toString(16).padStart(8, '0');
}

describe('libm', () => {
  test('edge cases', () => {
    const failures: string[] = [];
    for (const [fn, xb, yb, want] of fixture.edge) {
      const x = bitsToFloat(xb);
      const y = bitsToFloat(yb);
      const got = call(fn, x, y);
      const w = bitsToFloat(want);
      const bothNaN = got !== got && w !== w;
      if (!bothNaN && hex(got) !== want) failures.push(`${fn}(${x}, ${y}) = ${got}, want ${w}`);
    }
    expect(failures).toEqual([]);
  });

  for (const g of fixture.groups) {
    test(`${g.fn} x=${JSON.stringify(g.x)} y=${JSON.stringify(g.y)} (${g.n} cases)`, () => {
      const next = mulberry32(g.seed);
      const failures: string[] = [];
      let hisum = 0;
      for (let i = 0; i < g.n; i++) {
        const x = draw(next, g.x);
        const y = g.y ? draw(next, g.y) : 0;
        const got = call(g.fn, x, y);
        f64[0] = got;
        hisum = (hisum + u32[1]!) >>> 0;
        const low = parseInt(g.low16.slice(4 * i, 4 * i + 4), 16);
        if ((u32[0]! & 0xffff) !== low && failures.length < 10) {
          const wantLow = low.toString(16);
          failures.push(`${g.fn}(${x}, ${y}) = ${got} (${hex(got)}), want low bits ${wantLow}`);
        }
      }
      expect(failures).toEqual([]);
      expect(hisum).toBe(g.hisum);
    });
  }
});
