// `_binascii`: the native core of lib/binascii.py (base64 and the checksums) and of zlib.crc32.
// It is its own small module so that base64 and binascii never pull in `_zlib` and the pako it
// bundles (compiler/bundle.ts leaves a native module out of a program that does not import it).
// The argument checks and the error class are Python (lib/binascii.py): a decoding failure comes
// back as its message (a str), which binascii raises as binascii.Error.

import { bytesFromU8, bytesData, type PyBytes } from '../bytes.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';

// ---------------------------------------------------------------------------------------------
// Base64 (Modules/binascii.c, binascii_b2a_base64_impl and binascii_a2b_base64_impl)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
/** Each byte's value in the alphabet, or -1. */
const B64_VALUES = (() => {
  const t = new Int8Array(256).fill(-1);
  for (let i = 0; i < 64; i++) t[B64_CODES[i]!] = i;
  return t;
})();
const PAD = 0x3d; // '='

/** b2a_base64(data, newline) → bytes. */
function b2aBase64(data: unknown, newline: boolean): PyBytes {
  const b = bytesData(data);
  const n = b.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out[o++] = B64_CODES[v >> 18]!;
    out[o++] = B64_CODES[(v >> 12) & 63]!;
    out[o++] = B64_CODES[(v >> 6) & 63]!;
    out[o++] = B64_CODES[v & 63]!;
  }
  if (n - i === 1) {
    const v = b[i]! << 16;
    out[o++] = B64_CODES[v >> 18]!;
    out[o++] = B64_CODES[(v >> 12) & 63]!;
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (n - i === 2) {
    const v = (b[i]! << 16) | (b[i + 1]! << 8);
    out[o++] = B64_CODES[v >> 18]!;
    out[o++] = B64_CODES[(v >> 12) & 63]!;
    out[o++] = B64_CODES[(v >> 6) & 63]!;
    out[o++] = PAD;
  }
  if (newline) out[o++] = 10;
  return bytesFromU8(out);
}

/**
 * a2b_base64(data, strict_mode) → bytes, or the message of the binascii.Error to raise. C's state
 * machine, quad by quad: in the default mode bytes outside the alphabet are skipped and a
 * complete pad sequence ends the data.
 */
function a2bBase64(data: unknown, strict: boolean): PyBytes | string {
  const b = bytesData(data);
  const n = b.length;
  if (strict && n > 0 && b[0] === PAD) return 'Leading padding not allowed';
  const out = new Uint8Array(Math.floor(n / 4) * 3 + 3);
  let o = 0;
  let paddingStarted = false;
  let quadPos = 0;
  let leftchar = 0;
  let pads = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === PAD) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < n) return 'Excess data after padding';
        return bytesFromU8(out.slice(0, o));
      }
      continue;
    }
    const v = B64_VALUES[c]!;
    if (v < 0) {
      if (strict) return 'Only base64 data is allowed';
      continue;
    }
    if (strict && paddingStarted) return 'Discontinuous padding not allowed';
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftchar = v;
        break;
      case 1:
        quadPos = 2;
        out[o++] = (leftchar << 2) | (v >> 4);
        leftchar = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out[o++] = (leftchar << 4) | (v >> 2);
        leftchar = v & 0x03;
        break;
      default:
        quadPos = 0;
        out[o++] = (leftchar << 6) | v;
        leftchar = 0;
    }
  }
  if (quadPos === 1) {
    return 'Invalid base64-encoded string: number of data characters ' +
      `(${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`;
  }
  if (quadPos !== 0) return 'Incorrect padding';
  return bytesFromU8(out.slice(0, o));
}

// ---------------------------------------------------------------------------------------------
// Checksums

let crcTable: Int32Array | undefined;

/** crc32(data, value): zlib's CRC-32 (binascii.crc32 and zlib.crc32 are the same function). */
function crc32(data: unknown, value: number | bigint): number {
  const table = (crcTable ??= makeCrcTable());
  const b = bytesData(data);
  let c = ~Number(BigInt.asUintN(32, BigInt(value))) | 0;
  for (let i = 0; i < b.length; i++) c = table[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (~c) >>> 0;
}

function makeCrcTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

/** crc_hqx(data, value): CRC-CCITT (polynomial 0x1021) of binascii, bit by bit. */
function crcHqx(data: unknown, value: number | bigint): number {
  const b = bytesData(data);
  let crc = Number(BigInt.asUintN(16, BigInt(value)));
  for (let i = 0; i < b.length; i++) {
    crc ^= b[i]! << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function populateBinascii(mod: Record<string, unknown>): void {
  defineAll(mod, {
    b2a_base64: b2aBase64,
    a2b_base64: a2bBase64,
    crc32,
    crc_hqx: crcHqx,
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('_binascii', populateBinascii);
