// The tagged JSON values of scripts/gen-runtime-fixtures.py, to and from the runtime's
// representation: "i<decimal>" int, "f<hex bits>" float, "s<text>" str, "b<hex>" bytes,
// "!<Type>: <message>" an exception; arrays for lists and tuples, JSON true/false/null as is.

import { readFileSync } from 'node:fs';
import { installRaiser } from '../../runtime/exceptions.js';
import { PyFloat } from '../../runtime/float.js';

export type Tagged = string | boolean | null | Tagged[];

/** These tests check messages, independently of the object model: raise a plain record. */
class RaisedForTest {
  constructor(readonly pyType: string, readonly pyMessage: string) {}
}
installRaiser((type, message) => {
  throw new RaisedForTest(type, message);
});

const buf = new DataView(new ArrayBuffer(8));

export function bitsToFloat(hex: string): number {
  buf.setBigUint64(0, BigInt('0x' + hex));
  return buf.getFloat64(0);
}

function floatToBits(x: number): string {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Decode to the runtime representation (integral floats boxed in PyFloat). */
export function dec(t: Tagged): any {
  if (t === null || typeof t === 'boolean') return t;
  if (Array.isArray(t)) return t.map(dec);
  const body = t.slice(1);
  switch (t[0]) {
    case 'i': {
      const b = BigInt(body);
      return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
    }
    case 'f': {
      const x = bitsToFloat(body);
      return Number.isInteger(x) ? new PyFloat(x) : x;
    }
    case 's': return body;
    case 'b': return Uint8Array.from(Buffer.from(body, 'hex'));
  }
  throw new Error('bad tag ' + t);
}

/** Encode a runtime value; flags representation errors (unnormalised ints, unboxed integral floats). */
/** The JS number of a decoded float. */
export function num(x: unknown): number {
  return x instanceof PyFloat ? x.v : (x as number);
}

export function enc(v: unknown, floatContext = false): Tagged {
  if (v === null || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'fnan';
    if (Number.isInteger(v) && !floatContext) {
      if (Object.is(v, -0)) return 'BAD(-0 int)';
      return 'i' + String(v);
    }
    return 'f' + floatToBits(v);
  }
  if (typeof v === 'bigint') {
    if (v <= 9007199254740991n && v >= -9007199254740991n) return 'BAD(small bigint ' + v + ')';
    return 'i' + v.toString();
  }
  if (v instanceof PyFloat) return 'f' + floatToBits(v.v);
  if (v instanceof PyFloat) return 'f' + floatToBits(v.v);
  if (typeof v === 'string') return 's' + v;
  if (v instanceof Uint8Array) return 'b' + Buffer.from(v).toString('hex');
  if (Array.isArray(v)) return v.map((x) => enc(x, floatContext));
  throw new Error('cannot encode ' + String(v));
}

/** Run `fn`, encoding its result or the Python error it raised. */
export function run(fn: () => unknown, floatContext = false): Tagged {
  try {
    return enc(fn(), floatContext);
  } catch (e) {
    if (e instanceof RaisedForTest) return `!${e.pyType}: ${e.pyMessage}`;
    throw e;
  }
}

export function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}

/**
 * Check every row, collecting mismatches so one failure report shows the first few of them.
 */
export function checkAll<R>(rows: R[], check: (row: R) => [Tagged, Tagged] | null): { failures: string[]; count: number } {
  const failures: string[] = [];
  for (const row of rows) {
    let pair: [Tagged, Tagged] | null;
    try {
      pair = check(row);
    } catch (e) {
      failures.push(`${JSON.stringify(row)}: threw ${(e as Error).stack}`);
      continue;
    }
    if (pair === null) continue;
    const [got, want] = pair;
    // NaN's sign bit is not observable from Python code: compare NaNs as equal.
    const norm = (x: Tagged): string => JSON.stringify(x).replace(/"f[7f]ff8[0-9a-f]{12}"/g, '"fnan"');
    if (norm(got) !== norm(want)) {
      failures.push(`${JSON.stringify(row)}\n   got ${JSON.stringify(got)}`);
    }
  }
  return { failures: failures.slice(0, 25).concat(failures.length > 25 ? [`... ${failures.length} failures`] : []), count: rows.length };
}
