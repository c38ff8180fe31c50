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
import { SetTable, type Hash } from './settable.js';

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

// --- 64-bit arithmetic on (hi, lo) pairs of unsigned 32-bit numbers ------------------------------

/** The result of the last mul64 / split64. */
let rHi = 0;
let rLo = 0;

/** (aHi:aLo * bHi:bLo) mod 2**64 into rHi:rLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const mid = a1 * b0 + a0 * b1; // < 2**33
  const low = a0 * b0 + (mid % 65536) * 65536; // < 2**33
  const carry = Math.floor(low / 4294967296);
  const high = a1 * b1 + Math.floor(mid / 65536) + carry; // high word of aLo * bLo
  rLo = low >>> 0;
  rHi = (high + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/** A 64-bit scratch word, seen as one signed bigint and as two 32-bit halves (no allocation). */
const word = new ArrayBuffer(8);
const wordI64 = new BigInt64Array(word);
const wordU32 = new Uint32Array(word);
/** Index of the low half in wordU32 (typed arrays use the host's byte order). */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** A Hash's unsigned 64-bit value into rHi:rLo. */
function split64(h: Hash): void {
  if (typeof h === 'number') {
    rLo = h >>> 0;
    rHi = Math.floor(h / 4294967296) >>> 0;
  } else {
    wordI64[0] = h;
    rLo = wordU32[LO]!;
    rHi = wordU32[1 - LO]!;
  }
}

/** The signed value of hi:lo as a Hash. */
function join64(hi: number, lo: number): Hash {
  const v = (hi | 0) * 4294967296 + lo;
  if (Number.isSafeInteger(v)) return v;
  wordU32[LO] = lo;
  wordU32[1 - LO] = hi;
  return wordI64[0]!;
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

/** hash(t) for a tuple (tuplehash, 3.11's xxHash variant); `hashItem` hashes each element. */
export function hashTuple(items: readonly unknown[], hashItem: (x: unknown) => Hash = hash): Hash {
  let accHi = P5_HI;
  let accLo = P5_LO;
  const len = items.length;
  for (let i = 0; i < len; i++) {
    split64(hashItem(items[i]));
    // acc += lane * XXPRIME_2
    mul64(rHi, rLo, P2_HI, P2_LO);
    let lo = accLo + rLo;
    let hi = accHi + rHi + (lo > 0xffffffff ? 1 : 0);
    lo >>>= 0;
    hi >>>= 0;
    // acc = rotl(acc, 31)
    accHi = ((lo >>> 1) | (hi << 31)) >>> 0;
    accLo = ((lo << 31) | (hi >>> 1)) >>> 0;
    // acc *= XXPRIME_1
    mul64(accHi, accLo, P1_HI, P1_LO);
    accHi = rHi;
    accLo = rLo;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const mixLo = (LEN_MIX_LO ^ len) >>> 0;
  const lo = accLo + mixLo;
  accHi = (accHi + P5_HI + (lo > 0xffffffff ? 1 : 0)) >>> 0;
  accLo = lo >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) return 1546275796;
  return join64(accHi, accLo);
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
