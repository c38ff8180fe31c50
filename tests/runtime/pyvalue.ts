// Python values as the fixtures encode them (scripts/gen-set-fixtures.py), decoded into the runtime's
// representation (docs/architecture.md): ints are numbers or bigints, non-integral floats are
// numbers, integral floats are `PyFloat` boxes, tuples are arrays with a prototype other than
// Array.prototype (the runtime's PyTuple.prototype; a stand-in here).

import { PyFloat } from '../../runtime/float.js';
import { PendingPyError } from '../../runtime/exceptions.js';

const TUPLE_PROTO: object = Object.create(Array.prototype);

/** A tuple of `items`. */
export function tuple(items: unknown[]): unknown[] {
  return Object.setPrototypeOf(items, TUPLE_PROTO) as unknown[];
}

export type Token = number | string | { t: Token[] };

export function decode(token: Token): unknown {
  if (typeof token === 'number') return token;
  if (typeof token === 'object') return tuple(token.t.map(decode));
  const body = token.slice(2);
  switch (token[0]) {
    case 'n':
      return BigInt(body);
    case 'b':
      return body === 'True';
    case 'f': {
      const v = body === 'inf' ? Infinity : body === '-inf' ? -Infinity : body === 'nan' ? NaN : Number(body);
      return Number.isInteger(v) ? box(v) : v;
    }
  }
  throw new Error(`bad token ${token}`);
}

function box(v: number): PyFloat {
  return new PyFloat(v);
}

function isBox(x: unknown): x is PyFloat {
  return x instanceof PyFloat;
}

/** Python's repr of a float, for the values the order fixtures use (no exponents). */
function floatRepr(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v !== v) return 'nan';
  if (Object.is(v, -0)) return '-0.0';
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

export function encode(x: unknown): Token {
  switch (typeof x) {
    case 'boolean':
      return x ? 'b:True' : 'b:False';
    case 'number':
      return Number.isInteger(x) ? x : `f:${floatRepr(x)}`;
    case 'bigint':
      return `n:${x}`;
  }
  if (Array.isArray(x)) return { t: x.map(encode) };
  if (isBox(x)) return `f:${floatRepr(x.v)}`;
  throw new Error(`cannot encode ${String(x)}`);
}

function numeric(x: unknown): number | bigint | undefined {
  if (typeof x === 'number' || typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (isBox(x)) return x.v;
  return undefined;
}

/** Python's == for ints, floats, bools and tuples of them. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => pyEq(x, b[i]));
  }
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) return a === b;
  if (typeof x === 'number' && typeof y === 'number') return x === y;
  if (typeof x === 'bigint' && typeof y === 'bigint') return x === y;
  const n = (typeof x === 'number' ? x : y) as number;
  const big = (typeof x === 'bigint' ? x : y) as bigint;
  return Number.isInteger(n) && BigInt(n) === big;
}

/** Call `fn` and return "Type: message" of the Python exception it raises. */
export function raised(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PendingPyError) return `${e.pyType}: ${e.pyMessage}`;
    throw e;
  }
  return 'nothing raised';
}
