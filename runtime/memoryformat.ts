// The item formats of memoryview.cast(): native byte order (little-endian here), native sizes
// (an LP64 platform), one struct character each. Values come out as Python objects: ints as
// JS numbers or bigints, floats boxed through toFloat, '?' as booleans, 'c' as one-byte bytes.

import { raise } from './exceptions.js';
import { PyFloat, toFloat } from './float.js';
import { normInt } from './int.js';

/** Byte size of each format a memoryview can be cast to. */
const ITEM_SIZES: Record<string, number> = {
  B: 1, b: 1, c: 1, '?': 1,
  h: 2, H: 2,
  i: 4, I: 4, f: 4,
  l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, P: 8, d: 8,
};

/** The formats cast() may go between in either direction (any other pair is refused). */
export const BYTE_FORMATS = new Set(['B', 'b', 'c']);

/** The struct character of a format string ('@' means native, as every format here is). */
export function formatChar(format: string): string | null {
  const ch = format.startsWith('@') ? format.slice(1) : format;
  return ch.length === 1 && ch in ITEM_SIZES ? ch : null;
}

export function itemSize(ch: string): number {
  return ITEM_SIZES[ch]!;
}

/** Integer bounds (inclusive) of the integer formats, as bigints. */
function intBounds(ch: string): [bigint, bigint] | null {
  const bits = ITEM_SIZES[ch]! * 8;
  if ('bhilqn'.includes(ch)) return [-(1n << BigInt(bits - 1)), (1n << BigInt(bits - 1)) - 1n];
  if ('BHILQNP'.includes(ch)) return [0n, (1n << BigInt(bits)) - 1n];
  return null;
}

/** The item of format `ch` at byte `offset` of `data`; `makeBytes` wraps a 'c' item. */
export function readItem(data: Uint8Array, offset: number, ch: string, makeBytes: (b: Uint8Array) => unknown): unknown {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  switch (ch) {
    case 'B': return view.getUint8(offset);
    case 'b': return view.getInt8(offset);
    case 'c': return makeBytes(data.slice(offset, offset + 1));
    case '?': return view.getUint8(offset) !== 0;
    case 'h': return view.getInt16(offset, true);
    case 'H': return view.getUint16(offset, true);
    case 'i': return view.getInt32(offset, true);
    case 'I': return view.getUint32(offset, true);
    case 'f': return toFloat(view.getFloat32(offset, true));
    case 'd': return toFloat(view.getFloat64(offset, true));
    case 'l': case 'q': case 'n': return normInt(view.getBigInt64(offset, true));
    default: return normInt(view.getBigUint64(offset, true));
  }
}

function invalid(kind: 'type' | 'value', ch: string): never {
  return raise(kind === 'type' ? 'TypeError' : 'ValueError', `memoryview: invalid ${kind} for format '${ch}'`);
}

/** A Python int's value as a bigint (bools are ints), or null for anything else. */
function intOf(value: unknown): bigint | null {
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return null;
}

/** A Python float's or int's value as a JS number, or null for anything else. */
function realOf(value: unknown): number | null {
  if (value instanceof PyFloat) return value.v;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  return null;
}

/**
 * Store `value` as an item of format `ch` at byte `offset`. `bytesOf` gives the contents of a
 * bytes object (null for anything else); `truth` is Python's truth test, for '?'.
 */
export function writeItem(
  data: Uint8Array, offset: number, ch: string, value: unknown,
  bytesOf: (x: unknown) => Uint8Array | null, truth: (x: unknown) => boolean,
): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (ch === '?') {
    view.setUint8(offset, truth(value) ? 1 : 0);
    return;
  }
  if (ch === 'c') {
    const b = bytesOf(value);
    if (b === null) invalid('type', ch);
    if (b.length !== 1) invalid('value', ch);
    data[offset] = b[0]!;
    return;
  }
  if (ch === 'f' || ch === 'd') {
    const x = realOf(value);
    if (x === null) invalid('type', ch);
    if (ch === 'd') {
      view.setFloat64(offset, x, true);
    } else {
      // Too large for single precision becomes an infinity (struct.pack would refuse it).
      view.setFloat32(offset, x, true);
    }
    return;
  }
  const n = intOf(value);
  if (n === null) invalid('type', ch);
  const [low, high] = intBounds(ch)!;
  if (n < low || n > high) invalid('value', ch);
  const size = ITEM_SIZES[ch]!;
  const unsigned = n < 0n ? n + (1n << BigInt(size * 8)) : n;
  for (let k = 0; k < size; k++) data[offset + k] = Number((unsigned >> BigInt(8 * k)) & 0xffn);
}
