// BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block: digest length, key, salt,
// personalisation and the tree-hashing fields (fanout, depth, leaf length, node offset, node
// depth, inner length, last node). node:crypto only offers the unkeyed 64- and 32-byte variants.
//
// BLAKE2b works on 64-bit words; JS has no fast 64-bit integers, so each word is kept as two
// 32-bit halves, the low half at index 2*i and the high half at 2*i + 1 of a Uint32Array.

/** Everything that goes into a BLAKE2 parameter block, already checked by the caller. */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

/** The fixed shape of each variant. */
interface Variant {
  /** Bytes per block (and the key is padded to one). */
  block: number;
  /** Bytes per word. */
  word: 4 | 8;
  saltSize: number;
  /** Bytes of the node offset field in the parameter block. */
  offsetBytes: number;
}

export const BLAKE2B: Variant = { block: 128, word: 8, saltSize: 16, offsetBytes: 8 };
export const BLAKE2S: Variant = { block: 64, word: 4, saltSize: 8, offsetBytes: 6 };

// The message schedule: row r gives the order the 16 message words enter round r.
const SIGMA: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// The SHA-512 / SHA-256 initial values, as 32-bit words (BLAKE2b's as low, high pairs).
const IV32 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const IV64 = [
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
];

function readLE32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** The parameter block of `p` for `variant`, as bytes. */
function parameterBlock(variant: Variant, p: Blake2Params): Uint8Array {
  const out = new Uint8Array(variant.word * 8);
  out[0] = p.digestSize;
  out[1] = p.key.length;
  out[2] = p.fanout;
  out[3] = p.depth;
  new DataView(out.buffer).setUint32(4, p.leafSize, true);
  let offset = p.nodeOffset;
  for (let i = 0; i < variant.offsetBytes; i++) {
    out[8 + i] = Number(offset & 0xffn);
    offset >>= 8n;
  }
  const after = 8 + variant.offsetBytes;
  out[after] = p.nodeDepth;
  out[after + 1] = p.innerSize;
  const saltAt = variant.word * 4;
  out.set(p.salt, saltAt);
  out.set(p.person, saltAt + variant.saltSize);
  return out;
}

/** A running BLAKE2 computation; `update` may follow `digest`, which works on a copy. */
export class Blake2 {
  /** Chaining value: 8 words (BLAKE2b: 16 halves). */
  h: Uint32Array;
  /** Bytes waiting to be compressed: the last block is held back for the final flag. */
  pending: Uint8Array;
  filled = 0;
  /** Bytes compressed so far. */
  counter = 0;

  constructor(readonly variant: Variant, readonly params: Blake2Params, fresh = true) {
    this.h = new Uint32Array(16);
    this.pending = new Uint8Array(variant.block);
    if (!fresh) return;
    const block = parameterBlock(variant, params);
    const iv = variant.word === 8 ? IV64 : IV32;
    for (let i = 0; i < iv.length; i++) this.h[i] = (iv[i]! ^ readLE32(block, i * 4)) >>> 0;
    if (params.key.length > 0) {
      const keyBlock = new Uint8Array(variant.block);
      keyBlock.set(params.key);
      this.update(keyBlock);
    }
  }

  copy(): Blake2 {
    const twin = new Blake2(this.variant, this.params, false);
    twin.h.set(this.h);
    twin.pending.set(this.pending);
    twin.filled = this.filled;
    twin.counter = this.counter;
    return twin;
  }

  update(data: Uint8Array): void {
    const size = this.variant.block;
    let at = 0;
    while (at < data.length) {
      if (this.filled === size) {
        this.counter += size;
        this.compress(this.pending, false);
        this.filled = 0;
      }
      const take = Math.min(size - this.filled, data.length - at);
      this.pending.set(data.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
    }
  }

  digest(): Uint8Array {
    const done = this.copy();
    done.pending.fill(0, done.filled);
    done.counter += done.filled;
    done.compress(done.pending, true);
    const words = new Uint8Array(64);
    const view = new DataView(words.buffer);
    const count = this.variant.word === 8 ? 16 : 8;
    for (let i = 0; i < count; i++) view.setUint32(i * 4, done.h[i]!, true);
    return words.slice(0, this.params.digestSize);
  }

  private compress(block: Uint8Array, last: boolean): void {
    if (this.variant.word === 8) this.compress64(block, last);
    else this.compress32(block, last);
  }

  private compress32(block: Uint8Array, last: boolean): void {
    const v = new Uint32Array(16);
    const m = new Uint32Array(16);
    for (let i = 0; i < 16; i++) m[i] = readLE32(block, i * 4);
    v.set(this.h.subarray(0, 8));
    v.set(IV32, 8);
    v[12] = (v[12]! ^ this.counter) >>> 0;
    v[13] = (v[13]! ^ Math.floor(this.counter / 0x100000000)) >>> 0;
    if (last) {
      v[14] = ~v[14]! >>> 0;
      if (this.params.lastNode) v[15] = ~v[15]! >>> 0;
    }
    const rotr = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
    const mix = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      v[a] = v[a]! + v[b]! + x;
      v[d] = rotr(v[d]! ^ v[a]!, 16);
      v[c] = v[c]! + v[d]!;
      v[b] = rotr(v[b]! ^ v[c]!, 12);
      v[a] = v[a]! + v[b]! + y;
      v[d] = rotr(v[d]! ^ v[a]!, 8);
      v[c] = v[c]! + v[d]!;
      v[b] = rotr(v[b]! ^ v[c]!, 7);
    };
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r]!;
      mix(0, 4, 8, 12, m[s[0]!]!, m[s[1]!]!);
      mix(1, 5, 9, 13, m[s[2]!]!, m[s[3]!]!);
      mix(2, 6, 10, 14, m[s[4]!]!, m[s[5]!]!);
      mix(3, 7, 11, 15, m[s[6]!]!, m[s[7]!]!);
      mix(0, 5, 10, 15, m[s[8]!]!, m[s[9]!]!);
      mix(1, 6, 11, 12, m[s[10]!]!, m[s[11]!]!);
      mix(2, 7, 8, 13, m[s[12]!]!, m[s[13]!]!);
      mix(3, 4, 9, 14, m[s[14]!]!, m[s[15]!]!);
    }
    for (let i = 0; i < 8; i++) this.h[i] = (this.h[i]! ^ v[i]! ^ v[i + 8]!) >>> 0;
  }

  private compress64(block: Uint8Array, last: boolean): void {
    // v and m hold 16 words each as (low, high) halves.
    const v = new Uint32Array(32);
    const m = new Uint32Array(32);
    for (let i = 0; i < 32; i++) m[i] = readLE32(block, i * 4);
    v.set(this.h);
    v.set(IV64, 16);
    v[24] = (v[24]! ^ this.counter) >>> 0;
    v[25] = (v[25]! ^ Math.floor(this.counter / 0x100000000)) >>> 0;
    if (last) {
      v[28] = ~v[28]! >>> 0;
      v[29] = ~v[29]! >>> 0;
      if (this.params.lastNode) {
        v[30] = ~v[30]! >>> 0;
        v[31] = ~v[31]! >>> 0;
      }
    }
    // word[a] += word[b] (+ message word at m[k]), carrying from the low half into the high.
    const add = (a: number, b: number): void => {
      const lo = v[2 * a]! + v[2 * b]!;
      v[2 * a + 1] = v[2 * a + 1]! + v[2 * b + 1]! + (lo > 0xffffffff ? 1 : 0);
      v[2 * a] = lo;
    };
    const addMsg = (a: number, k: number): void => {
      const lo = v[2 * a]! + m[2 * k]!;
      v[2 * a + 1] = v[2 * a + 1]! + m[2 * k + 1]! + (lo > 0xffffffff ? 1 : 0);
      v[2 * a] = lo;
    };
    // word[d] = rotr(word[d] ^ word[a], n) for n in 16, 24, 32, 63.
    const xorRot = (d: number, a: number, n: number): void => {
      let lo = v[2 * d]! ^ v[2 * a]!;
      let hi = v[2 * d + 1]! ^ v[2 * a + 1]!;
      if (n === 32) {
        [lo, hi] = [hi, lo];
      } else if (n < 32) {
        const nlo = (lo >>> n) | (hi << (32 - n));
        const nhi = (hi >>> n) | (lo << (32 - n));
        lo = nlo;
        hi = nhi;
      } else {
        const k = n - 32;
        const nlo = (hi >>> k) | (lo << (32 - k));
        const nhi = (lo >>> k) | (hi << (32 - k));
        lo = nlo;
        hi = nhi;
      }
      v[2 * d] = lo;
      v[2 * d + 1] = hi;
    };
    const mix = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
      add(a, b);
      addMsg(a, x);
      xorRot(d, a, 32);
      add(c, d);
      xorRot(b, c, 24);
      add(a, b);
      addMsg(a, y);
      xorRot(d, a, 16);
      add(c, d);
      xorRot(b, c, 63);
    };
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10]!;
      mix(0, 4, 8, 12, s[0]!, s[1]!);
      mix(1, 5, 9, 13, s[2]!, s[3]!);
      mix(2, 6, 10, 14, s[4]!, s[5]!);
      mix(3, 7, 11, 15, s[6]!, s[7]!);
      mix(0, 5, 10, 15, s[8]!, s[9]!);
      mix(1, 6, 11, 12, s[10]!, s[11]!);
      mix(2, 7, 8, 13, s[12]!, s[13]!);
      mix(3, 4, 9, 14, s[14]!, s[15]!);
    }
    for (let i = 0; i < 16; i++) this.h[i] = (this.h[i]! ^ v[i]! ^ v[i + 16]!) >>> 0;
  }
}
