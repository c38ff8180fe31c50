// CPython 3.11's hash functions, bit for bit where the order of a set depends on them.
//
// A hash is a signed 64-bit `Py_hash_t`, carried as a `Hash` (runtime/settable.ts): a JS number
// when it is a safe integer, a bigint otherwise. Numbers hash by their value modulo the Mersenne
// prime 2**61 - 1 (Python/pyhash.c, "Hashing of numeric types" in the stdtypes docs), so equal
// numbers hash equally whatever their type: hash(1) == hash(1.0) == hash(True). Every int that is
// a JS number is below that modulus, so it is its own hash (but -1, reserved for errors in C, is
// -2) and costs nothing. Tuples use 3.11's xxHash-based tuplehash (Objects/tupleobject.c), done in
// 32-bit halves so the common case allocates nothing but its result; frozensets use
// frozenset_hash (Objects/setobject.c).
//
// Where CPython itself is not reproducible we do not try: str hashes are randomised per process
// (PYTHONHASHSEED), so sets of strings cannot print in CPython's order; None and NaN hash by
// address in 3.11, so they get constants here (NaN's is 0, in float.ts).

import { raise } from './exceptions.js';
import { hashFloat, hashInt, PyFloat } from './float.js';
import { hashWords, joinHash, SetTable, type Hash } from './settable.js';

export type { Hash } from './settable.js';
// Numbers hash in runtime/float.ts (long_hash and _Py_HashDouble); their results are already
// normalised like ints, which is what a Hash is.
export { hashFloat, hashInt } from './float.js';

/** _PyHASH_INF */
export const HASH_INF = 314159;
export { HASH_NONE } from './object.js';
import { HASH_NONE } from './object.js';

/** Normalise a signed 64-bit bigint to a Hash. */
function toHash(h: bigint): Hash {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** hash(b) for a bool. */
export function hashBool(b: boolean): Hash {
  return b ? 1 : 0;
}

/**
 * hash(s) for a str. CPython's is SipHash with a per-process random key, so we only need a fast,
 * well-mixed one: cyrb53 over UTF-16 code units, a non-negative 53-bit number.
 */
export function hashStr(s: string): Hash {
  // The one str hash CPython fixes whatever the key: hash('') == hash(b'') == 0.
  if (s.length === 0) return 0;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// --- tuplehash in 32-bit halves ------------------------------------------------------------------

/**
 * The high word of the unsigned 64-bit product of two unsigned 32-bit numbers (the low word is
 * `Math.imul(a, b) >>> 0`). Every partial product stays below 2**32 and no step divides or takes
 * a float remainder: V8 compiles `%` and `Math.floor(x / 2**32)` of a double into a library call.
 */
function mulHigh(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const m1 = a1 * b0;
  const m2 = a0 * b1;
  const carry = ((a0 * b0) >>> 16) + (m1 & 0xffff) + (m2 & 0xffff);
  return (a1 * b1 + (m1 >>> 16) + (m2 >>> 16) + (carry >>> 16)) >>> 0;
}

/** A 64-bit scratch word, seen as one signed bigint and as two 32-bit halves (no allocation). */
const word = new ArrayBuffer(8);
const wordI64 = new BigInt64Array(word);
const wordU32 = new Uint32Array(word);
/** Index of the low half in wordU32 (typed arrays use the host's byte order). */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The low 32 bits of a Hash, unsigned. */
export function hashLow32(h: Hash): number {
  if (typeof h === 'number') return h >>> 0;
  wordI64[0] = h;
  return wordU32[LO]!;
}

// _PyHASH_XXPRIME_1, _2, _5 as (hi, lo)
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;
/** _PyHASH_XXPRIME_5 ^ 3527539, low word (the high word is P5_HI). */
const LEN_MIX_LO = (P5_LO ^ 3527539) >>> 0;

/**
 * tuplehash (3.11's xxHash variant) of `items`, each hashed by `hashItem`, in the shape of a
 * set table's HashFn (settable.ts): returns the low 32 bits of the result as an int32 and leaves
 * the high 32 in `hashWords.high`.
 */
export function hashTupleWords(items: readonly unknown[], hashItem: (x: unknown) => Hash): number {
  let accHi = P5_HI;
  let accLo = P5_LO;
  const len = items.length;
  for (let i = 0; i < len; i++) {
    const x = items[i];
    // An int below 2**31 is its own hash (but -1 hashes as -2), whatever hashItem is.
    const h = typeof x === 'number' && (x | 0) === x && x !== -1 ? x : hashItem(x);
    let laneHi: number;
    let laneLo: number;
    if (typeof h === 'number') {
      laneLo = h >>> 0;
      laneHi = h >= 0 && h <= 0xffffffff ? 0 : Math.floor(h / 4294967296) >>> 0;
    } else {
      wordI64[0] = h;
      laneLo = wordU32[LO]!;
      laneHi = wordU32[1 - LO]!;
    }
    // acc += lane * XXPRIME_2 (mod 2**64)
    const pLo = Math.imul(laneLo, P2_LO) >>> 0;
    const pHi = mulHigh(laneLo, P2_LO) + Math.imul(laneHi, P2_LO) + Math.imul(laneLo, P2_HI);
    const sLo = accLo + pLo;
    const sHi = (accHi + pHi + (sLo > 0xffffffff ? 1 : 0)) >>> 0;
    const lo = sLo >>> 0;
    // acc = rotl(acc, 31)
    const rHi = ((lo >>> 1) | (sHi << 31)) >>> 0;
    const rLo = ((lo << 31) | (sHi >>> 1)) >>> 0;
    // acc *= XXPRIME_1
    accLo = Math.imul(rLo, P1_LO) >>> 0;
    accHi = (mulHigh(rLo, P1_LO) + Math.imul(rHi, P1_LO) + Math.imul(rLo, P1_HI)) >>> 0;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const lo = accLo + ((LEN_MIX_LO ^ len) >>> 0);
  accHi = (accHi + P5_HI + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  accLo = lo >>> 0;
  // -1 is reserved for errors in C.
  if (accHi === 0xffffffff && accLo === 0xffffffff) {
    hashWords.high = 0;
    return 1546275796;
  }
  hashWords.high = accHi | 0;
  return accLo | 0;
}

/** hash(t) for a tuple (tuplehash, 3.11's xxHash variant); `hashItem` hashes each element. */
export function hashTuple(items: readonly unknown[], hashItem: (x: unknown) => Hash = hash): Hash {
  const lo = hashTupleWords(items, hashItem);
  return joinHash(lo, hashWords.high);
}

/** hashLow32(hashTuple(items, hashItem)), without making the bigint most tuple hashes are. */
export function hashTupleLow32(items: readonly unknown[], hashItem: (x: unknown) => Hash): number {
  return hashTupleWords(items, hashItem) >>> 0;
}

/** _shuffle_bits, on unsigned 64-bit bigints. */
function shuffleBits(h: bigint): bigint {
  return BigInt.asUintN(64, (h ^ 89869747n ^ BigInt.asUintN(64, h << 16n)) * 3644798167n);
}

/**
 * hash(fs) for a frozenset (frozenset_hash): an xor of every element's shuffled hash, so it
 * depends on the elements only, not on the table's order. Callers cache it, as CPython does.
 */
export function hashFrozenSet(table: SetTable<unknown>): Hash {
  let h = 0n;
  for (const eh of table.entryHashes()) h ^= shuffleBits(BigInt.asUintN(64, BigInt(eh)));
  h ^= BigInt.asUintN(64, BigInt(table.size + 1) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  if (h === 0xffffffffffffffffn) return 590923713;
  return toHash(BigInt.asIntN(64, h));
}

/**
 * hash(x) for the values whose hash fixes set order: None, bool, int, float (boxed or not), str,
 * tuple and frozenset (a SetTable). Instances of classes are the object model's business.
 */
export function hash(x: unknown): Hash {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? (x === -1 ? -2 : x) : hashFloat(x);
    case 'bigint':
      return hashInt(x);
    case 'string':
      return hashStr(x);
    case 'boolean':
      return x ? 1 : 0;
    case 'object':
      if (x === null) return HASH_NONE;
      if (x instanceof PyFloat) return hashFloat(x.v);
      if (Array.isArray(x)) {
        // A list is a plain Array; a tuple is an Array with PyTuple.prototype.
        if (Object.getPrototypeOf(x) === Array.prototype) break;
        return hashTuple(x, hash);
      }
      if (x instanceof SetTable) return hashFrozenSet(x);
      break;
  }
  return raise('TypeError', `unhashable type: '${Array.isArray(x) ? 'list' : typeof x}'`);
}
