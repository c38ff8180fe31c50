// The hash table behind `set` and `frozenset`: a port of CPython 3.11's Objects/setobject.c.
//
// Python programs print sets, and a set prints in the order of its hash table's slots, so
// `print({3, 1, 2})` shows `{1, 2, 3}`. To print what CPython prints we keep CPython's table:
// the same slot array, the same probe sequence (LINEAR_PROBES consecutive slots, then
// `i = i*5 + 1 + (perturb >>= PERTURB_SHIFT)`), the same dummy entries after a discard, the same
// resize triggers and sizes, and the same insertion order inside every bulk operation
// (set_merge's copy fast paths, the dict pre-size, intersection walking the smaller set,
// symmetric_difference starting from a copy of the *other* operand...). Each method names the C
// function it follows; read that function for the why.
//
// The table is generic over keys: it gets `hash` and `eq` from its owner (runtime/hash.ts has
// CPython's hashes for ints, floats, tuples and frozensets). Inside the table a signed 64-bit
// hash is two int32 words, never a bigint: most tuple hashes are beyond 2**53, and a bigint per
// hash (made, compared with `===`, thrown away) cost more than the rest of an insertion. So a
// table's hash function (`HashFn`) returns the low word and leaves the high word in
// `hashWords.high`, and the table keeps both words of every slot in one Int32Array. Slot indexes
// need only the low word (`lo & mask`); the high word joins in once a probe leaves its first run
// of linear probes, through `perturb`, and in the hash comparison that guards every `eq` call
// (CPython calls `__eq__` only on a full hash match).

import { raise } from './exceptions.js';

/** A CPython `Py_hash_t`: a number when `Number.isSafeInteger`, else a bigint in [-2**63, 2**63). */
export type Hash = number | bigint;

/**
 * A table's hash function: returns the low 32 bits of the key's hash as an int32 and stores the
 * high 32 bits, also as an int32, in `hashWords.high` before returning.
 */
export type HashFn<K> = (key: K) => number;

/** Where a HashFn leaves the high word of the hash whose low word it returns. */
export const hashWords = { high: 0 };

/** setobject.c: LINEAR_PROBES and PERTURB_SHIFT. */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
/** PySet_MINSIZE. */
const MINSIZE = 8;

/** The key of a deleted slot (CPython's `dummy`); its hash is -1, which no live key can have. */
const DUMMY: unique symbol = Symbol('dummy');
type Slot<K> = K | typeof DUMMY | undefined;

/** A 64-bit scratch word, seen as one signed bigint and as two 32-bit halves (no allocation). */
const word = new ArrayBuffer(8);
const wordI64 = new BigInt64Array(word);
const wordI32 = new Int32Array(word);
/** Index of the low half in wordI32 (typed arrays use the host's byte order). */
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The low word of `hash` as an int32; its high word goes to `hashWords.high`. */
export function splitHash(hash: Hash): number {
  if (typeof hash === 'number') {
    const lo = hash | 0;
    // Exact for every safe integer: `| 0` is the value modulo 2**32, and the floor of the
    // quotient is the two's-complement high word.
    hashWords.high = lo === hash ? lo >> 31 : Math.floor(hash / 4294967296) | 0;
    return lo;
  }
  wordI64[0] = hash;
  hashWords.high = wordI32[1 - LO]!;
  return wordI32[LO]!;
}

/** The Hash with the given int32 words (a number when it is a safe integer). */
export function joinHash(lo: number, hi: number): Hash {
  const v = hi * 4294967296 + (lo >>> 0);
  if (Number.isSafeInteger(v)) return v;
  wordI32[LO] = lo;
  wordI32[1 - LO] = hi;
  return wordI64[0]!;
}

/** A HashFn over a function that returns whole Hashes. */
export function hashFnOf<K>(hash: (key: K) => Hash): HashFn<K> {
  return (key) => splitHash(hash(key));
}

/**
 * A dict given to a set operation. CPython special-cases exact dicts: `set(d)`, `s.update(d)`
 * pre-size the table, and `s - d` tests membership with the dict itself.
 */
export class DictOperand<K> {
  constructor(
    /** len(d) */
    readonly size: number,
    /** d's keys in insertion order */
    readonly keys: () => Iterable<K>,
    /** key in d */
    readonly has: (key: K) => boolean,
  ) {}
}

/** What a set operation accepts: another table, an exact dict, or any iterable of keys. */
export type Operand<K> = SetTable<K> | DictOperand<K> | Iterable<K>;

export class SetTable<K> {
  /** Slots; `undefined` is an unused slot, DUMMY a deleted one. */
  private keys: Slot<K>[];
  /** The hash of each slot's key as [low, high] words at 2*i, 2*i+1: 0 for unused, -1 for dummy. */
  private hashes: Int32Array;
  /** Active + dummy slots. */
  private fill = 0;
  /** Active slots: len(set). */
  private used = 0;
  /** Table size - 1; the size is a power of two, at least MINSIZE. */
  private mask = MINSIZE - 1;
  /** Where set.pop() starts looking. */
  private finger = 0;

  constructor(
    readonly hash: HashFn<K>,
    readonly eq: (a: K, b: K) => boolean,
  ) {
    this.keys = newSlots<K>(MINSIZE);
    this.hashes = newHashes(MINSIZE);
  }

  /** make_new_set(type, iterable): `set(x)` / `frozenset(x)`. */
  static from<K>(hash: HashFn<K>, eq: (a: K, b: K) => boolean, source?: Operand<K>): SetTable<K> {
    const table = new SetTable<K>(hash, eq);
    if (source !== undefined) table.update(source);
    return table;
  }

  /** An empty table with the same hash and eq. */
  emptyLike(): SetTable<K> {
    return new SetTable<K>(this.hash, this.eq);
  }

  get size(): number {
    return this.used;
  }

  // ---------------------------------------------------------------------------------------------
  // Probing (set_lookkey, set_add_entry, set_insert_clean, set_table_resize)

  /** set_lookkey: the slot holding `key`, whose hash has the words `lo` and `hi`, or -1. */
  private lookup(key: K, lo: number, hi: number): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    let i = lo & mask;
    // CPython's perturb is unsigned; its words are kept as int32 here (shifted with `>>>`), which
    // changes nothing modulo the table size and keeps V8 from meeting a uint32 above 2**31.
    let pHi = hi;
    let pLo = lo;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === undefined) return -1;
        if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi && (k === key || this.eq(k as K, key))) return j;
        j++;
      } while (probes--);
      pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
      pHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  /** set_add_entry: insert `key` (hash words `lo`, `hi`) unless an equal key is present. */
  private addEntry(key: K, lo: number, hi: number): void {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    let i = lo & mask;
    let freeslot = -1;
    let pHi = hi;
    let pLo = lo;
    let j: number;
    found: for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      j = i;
      do {
        const k = keys[j];
        if (k === undefined) break found;
        if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi) {
          if (k === key || this.eq(k as K, key)) return;
        } else if (k === DUMMY) {
          // CPython keeps the *last* dummy seen on the probe path, not the first.
          freeslot = j;
        }
        j++;
      } while (probes--);
      pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
      pHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
    if (freeslot >= 0) {
      this.used++;
      keys[freeslot] = key;
      hashes[2 * freeslot] = lo;
      hashes[2 * freeslot + 1] = hi;
      return;
    }
    this.fill++;
    this.used++;
    keys[j] = key;
    hashes[2 * j] = lo;
    hashes[2 * j + 1] = hi;
    if (this.fill * 5 < mask * 3) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** set_table_resize: rebuild into the smallest power-of-two table larger than `minused`. */
  private resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    // The small table with no dummies is left alone (CPython returns early).
    if (newsize === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const keys = newSlots<K>(newsize);
    const hashes = newHashes(newsize);
    const mask = newsize - 1;
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[2 * i]!, oldHashes[2 * i + 1]!);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Single-key operations

  /** key in s */
  has(key: K): boolean {
    const lo = this.hash(key);
    return this.lookup(key, lo, hashWords.high) >= 0;
  }

  /** s.add(key) */
  add(key: K): void {
    const lo = this.hash(key);
    this.addEntry(key, lo, hashWords.high);
  }

  /** s.discard(key); true when the key was present (s.remove raises KeyError on false). */
  discard(key: K): boolean {
    const lo = this.hash(key);
    return this.discardEntry(key, lo, hashWords.high);
  }

  /** set_discard_entry: the slot becomes a dummy; the table never shrinks here. */
  private discardEntry(key: K, lo: number, hi: number): boolean {
    const j = this.lookup(key, lo, hi);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[2 * j] = -1;
    this.hashes[2 * j + 1] = -1;
    this.used--;
    return true;
  }

  /** set_pop: the first live slot at or after `finger` (wrapping), which becomes a dummy. */
  pop(): K {
    if (this.used === 0) raise('KeyError', 'pop from an empty set');
    const keys = this.keys;
    const mask = this.mask;
    let j = this.finger & mask;
    for (;;) {
      const k = keys[j];
      if (k !== undefined && k !== DUMMY) break;
      j++;
      if (j > mask) j = 0;
    }
    const key = keys[j] as K;
    keys[j] = DUMMY;
    this.hashes[2 * j] = -1;
    this.hashes[2 * j + 1] = -1;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** set_clear_internal: back to an empty small table (the pop finger is kept, as in CPython). */
  clear(): void {
    this.keys = newSlots<K>(MINSIZE);
    this.hashes = newHashes(MINSIZE);
    this.fill = 0;
    this.used = 0;
    this.mask = MINSIZE - 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Iteration, in slot order

  /** The first live slot at index >= `pos`, or -1 (set_next). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    for (let i = pos; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) return i;
    }
    return -1;
  }

  /** The key in live slot `slot`. */
  keyAt(slot: number): K {
    return this.keys[slot] as K;
  }

  /**
   * setiter_iternext: walks slot indexes of whatever table the set has at each step, and raises
   * if the set's size changed since the iteration started.
   */
  *[Symbol.iterator](): IterableIterator<K> {
    const used = this.used;
    for (let i = 0; ; i++) {
      if (this.used !== used) raise('RuntimeError', 'Set changed size during iteration');
      const keys = this.keys;
      while (i < keys.length && (keys[i] === undefined || keys[i] === DUMMY)) i++;
      if (i >= keys.length) return;
      yield keys[i] as K;
    }
  }

  /** list(s) */
  toArray(): K[] {
    const out: K[] = [];
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** The hashes of the live keys, in slot order (frozenset hashing). */
  *entryHashes(): IterableIterator<Hash> {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k !== undefined && k !== DUMMY) yield joinHash(this.hashes[2 * i]!, this.hashes[2 * i + 1]!);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bulk insertion (set_update_internal, set_merge)

  /** set_update_internal: s.update(other) and s |= other, and the body of set(other). */
  update(other: Operand<K>): void {
    if (other instanceof SetTable) this.merge(other);
    else if (other instanceof DictOperand) this.updateFromDict(other);
    else for (const key of other) this.add(key);
  }

  /** s.update(*others) */
  updateMany(others: readonly Operand<K>[]): void {
    for (const other of others) this.update(other);
  }

  /** set_update_internal's dict branch: one resize up front, then adds in dict order. */
  private updateFromDict(d: DictOperand<K>): void {
    if ((this.fill + d.size) * 5 >= this.mask * 3) this.resize((this.used + d.size) * 2);
    for (const key of d.keys()) this.add(key);
  }

  /** set_merge: one resize up front, then a slot-for-slot copy, clean inserts, or plain adds. */
  private merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const otherKeys = other.keys;
    const otherHashes = other.hashes;
    // Same size, we are empty, they have no dummies: copy the slots as they are.
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = otherKeys.slice();
      this.hashes = otherHashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    // We are empty: no key can be a duplicate, so insert without comparing.
    if (this.fill === 0) {
      const keys = this.keys;
      const hashes = this.hashes;
      const mask = this.mask;
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i < otherKeys.length; i++) {
        const k = otherKeys[i];
        if (k !== undefined && k !== DUMMY) insertClean(keys, hashes, mask, k, otherHashes[2 * i]!, otherHashes[2 * i + 1]!);
      }
      return;
    }
    for (let i = 0; i < otherKeys.length; i++) {
      const k = otherKeys[i];
      if (k !== undefined && k !== DUMMY) this.addEntry(k, otherHashes[2 * i]!, otherHashes[2 * i + 1]!);
    }
  }

  /** set_copy: make_new_set(type, so), i.e. a merge into a fresh table (which may be smaller). */
  copy(): SetTable<K> {
    const result = this.emptyLike();
    result.merge(this);
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Set algebra

  /** set_union: s.union(*others), and s | t. */
  union(...others: Operand<K>[]): SetTable<K> {
    const result = this.copy();
    for (const other of others) {
      if (other === this) continue;
      result.update(other);
    }
    return result;
  }

  /** set_intersection: s.intersection(t) and s & t. */
  intersection(other: Operand<K>): SetTable<K> {
    if (other === this) return this.copy();
    const result = this.emptyLike();
    if (other instanceof SetTable) {
      // Walk the smaller table (the argument on a tie), probing the larger.
      let big: SetTable<K> = this;
      let small: SetTable<K> = other;
      if (other.used > this.used) {
        big = other;
        small = this;
      }
      const keys = small.keys;
      const hashes = small.hashes;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === undefined || k === DUMMY) continue;
        const lo = hashes[2 * i]!;
        const hi = hashes[2 * i + 1]!;
        if (big.lookup(k, lo, hi) >= 0) result.addEntry(k, lo, hi);
      }
      return result;
    }
    const source = other instanceof DictOperand ? other.keys() : other;
    for (const key of source) {
      const lo = this.hash(key);
      const hi = hashWords.high;
      if (this.lookup(key, lo, hi) >= 0) {
        result.addEntry(key, lo, hi);
        if (result.used >= this.used) break;
      }
    }
    return result;
  }

  /** set_intersection_multi: s.intersection(*others). */
  intersectionMany(others: readonly Operand<K>[]): SetTable<K> {
    if (others.length === 0) return this.copy();
    let result: SetTable<K> = this;
    for (const other of others) result = result.intersection(other);
    return result;
  }

  /** set_intersection_update(_multi): s &= t, s.intersection_update(*others). */
  intersectionUpdate(...others: Operand<K>[]): void {
    const tmp = others.length === 1 ? this.intersection(others[0]!) : this.intersectionMany(others);
    this.swapBodies(tmp === this ? this.copy() : tmp);
  }

  /** set_swap_bodies, one way: take `other`'s table (the pop finger stays ours). */
  private swapBodies(other: SetTable<K>): void {
    this.keys = other.keys;
    this.hashes = other.hashes;
    this.fill = other.fill;
    this.used = other.used;
    this.mask = other.mask;
    other.keys = newSlots<K>(MINSIZE);
    other.hashes = newHashes(MINSIZE);
    other.fill = other.used = 0;
    other.mask = MINSIZE - 1;
  }

  /** set_difference_update_internal: discard every key of `other`, then purge many dummies. */
  private differenceUpdateOne(other: Operand<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    if (other instanceof SetTable) {
      // CPython iterates the intersection instead when `other` is 8 times larger; the
      // discards hit the same slots either way, so the resulting table is the same.
      const keys = other.keys;
      const hashes = other.hashes;
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k !== undefined && k !== DUMMY) this.discardEntry(k, hashes[2 * i]!, hashes[2 * i + 1]!);
      }
    } else {
      const source = other instanceof DictOperand ? other.keys() : other;
      for (const key of source) this.discard(key);
    }
    // More than a quarter of the slots dummies: rebuild.
    if (this.fill - this.used <= Math.floor(this.mask / 4)) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** s.difference_update(*others), and s -= t. */
  differenceUpdate(...others: Operand<K>[]): void {
    for (const other of others) this.differenceUpdateOne(other);
  }

  /** set_difference: s - t, s.difference(t). */
  private differenceOne(other: Operand<K>): SetTable<K> {
    let otherSize: number;
    if (other instanceof SetTable) otherSize = other.used;
    else if (other instanceof DictOperand) otherSize = other.size;
    else return this.copyAndDifference(other);
    // Much larger than `other`: copy, then discard.
    if (this.used >> 2 > otherSize) return this.copyAndDifference(other);
    const result = this.emptyLike();
    const keys = this.keys;
    const hashes = this.hashes;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined || k === DUMMY) continue;
      const lo = hashes[2 * i]!;
      const hi = hashes[2 * i + 1]!;
      const present = other instanceof SetTable ? other.lookup(k, lo, hi) >= 0 : other.has(k);
      if (!present) result.addEntry(k, lo, hi);
    }
    return result;
  }

  /** set_copy_and_difference */
  private copyAndDifference(other: Operand<K>): SetTable<K> {
    const result = this.copy();
    result.differenceUpdateOne(other);
    return result;
  }

  /** set_difference_multi: s.difference(*others). */
  difference(...others: Operand<K>[]): SetTable<K> {
    if (others.length === 0) return this.copy();
    const result = this.differenceOne(others[0]!);
    for (let i = 1; i < others.length; i++) result.differenceUpdateOne(others[i]!);
    return result;
  }

  /** set_symmetric_difference_update: s ^= t. Keys of `other` are toggled in its slot order. */
  symmetricDifferenceUpdate(other: Operand<K>): void {
    if (other === this) {
      this.clear();
      return;
    }
    if (other instanceof DictOperand) {
      for (const key of other.keys()) {
        const lo = this.hash(key);
        const hi = hashWords.high;
        if (!this.discardEntry(key, lo, hi)) this.addEntry(key, lo, hi);
      }
      return;
    }
    // A plain iterable is first made into a set, whose slot order then rules.
    const otherset = other instanceof SetTable ? other : SetTable.from(this.hash, this.eq, other);
    const keys = otherset.keys;
    const hashes = otherset.hashes;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined || k === DUMMY) continue;
      const lo = hashes[2 * i]!;
      const hi = hashes[2 * i + 1]!;
      if (!this.discardEntry(k, lo, hi)) this.addEntry(k, lo, hi);
    }
  }

  /** set_symmetric_difference: s ^ t is set(t), then toggling s's keys into it. */
  symmetricDifference(other: Operand<K>): SetTable<K> {
    const result = SetTable.from(this.hash, this.eq, other);
    result.symmetricDifferenceUpdate(this);
    return result;
  }

  // ---------------------------------------------------------------------------------------------
  // Comparisons (no effect on order)

  /** set_isdisjoint */
  isDisjoint(other: Operand<K>): boolean {
    if (other === this) return this.used === 0;
    if (other instanceof SetTable) {
      const [small, big] = other.used > this.used ? [this, other] : [other, this];
      for (let i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
        if (big.lookup(small.keys[i] as K, small.hashes[2 * i]!, small.hashes[2 * i + 1]!) >= 0) return false;
      }
      return true;
    }
    const source = other instanceof DictOperand ? other.keys() : other;
    for (const key of source) if (this.has(key)) return false;
    return true;
  }

  /** set_issubset, once `other` is a table: s <= t. */
  isSubsetOf(other: SetTable<K>): boolean {
    if (this.used > other.used) return false;
    for (let i = this.nextSlot(0); i >= 0; i = this.nextSlot(i + 1)) {
      if (other.lookup(this.keys[i] as K, this.hashes[2 * i]!, this.hashes[2 * i + 1]!) < 0) return false;
    }
    return true;
  }

  /** s == t */
  equals(other: SetTable<K>): boolean {
    return this.used === other.used && this.isSubsetOf(other);
  }
}

/** set_insert_clean: place a key known to be absent into a table known to have no dummies. */
function insertClean<K>(keys: Slot<K>[], hashes: Int32Array, mask: number, key: K, lo: number, hi: number): void {
  let i = lo & mask;
  let pHi = hi;
  let pLo = lo;
  for (;;) {
    if (keys[i] === undefined) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = 1;
      while (j <= LINEAR_PROBES && keys[i + j] !== undefined) j++;
      if (j <= LINEAR_PROBES) {
        i += j;
        break;
      }
    }
    pLo = (pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT));
    pHi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + pLo) & mask;
  }
  keys[i] = key;
  hashes[2 * i] = lo;
  hashes[2 * i + 1] = hi;
}

function newSlots<K>(size: number): Slot<K>[] {
  return new Array<Slot<K>>(size).fill(undefined);
}

/** Two int32 words per slot, all zero (unused). */
function newHashes(size: number): Int32Array {
  return new Int32Array(2 * size);
}
