// bytes algorithms over Uint8Array: repr, decoding, and the bytes versions of the str methods.
//
// These functions know nothing about PyBytes / PyByteArray: they take and return Uint8Array and
// the caller wraps the result. Index arguments follow str.ts (omitted = undefined, None = null).
// UTF-8 decoding follows CPython's decoder (Objects/stringlib/codecs.h) so that error positions,
// reasons and the number of U+FFFD replacements match.

import { raise, raiseCodecError } from './exceptions.js';
import { decodeByHandler, decodeNamed, findTextCodec, namedCodec, type TextCodec, textCodec, wideDecode } from './codecs.js';

type Idx = number | null | undefined;

const HEXCH = '0123456789abcdef';

// ---------------------------------------------------------------------------------------------
// Allocation
//
// V8 keeps a Uint8Array of up to 64 bytes in its heap; a bigger one gets its own ArrayBuffer,
// whose backing store is allocated, tracked and freed outside the heap at about 1 µs apiece,
// several times what copying a 2 KB request costs. So bytes of 65 B to 4 KiB are carved out of
// shared 64 KiB slabs, as Node's Buffer pool does: a slab is freed once no bytes in it is alive.
// Slab memory is zeroed when the slab is made and each region is handed out once.

const ON_HEAP_MAX = 64;
const SLAB_SIZE = 64 * 1024;
const SLAB_MAX = 4096;
let slab = new ArrayBuffer(0);
let slabUsed = 0;

/** Make sure the current slab has `n` bytes left (n <= SLAB_SIZE). */
function slabRoom(n: number): void {
  if (slabUsed + n > slab.byteLength) {
    slab = new ArrayBuffer(SLAB_SIZE);
    slabUsed = 0;
  }
}

/** A zeroed Uint8Array of `n` bytes, from the current slab when it is small. */
export function allocBytes(n: number): Uint8Array {
  if (n <= ON_HEAP_MAX || n > SLAB_MAX) return new Uint8Array(n);
  slabRoom(n);
  const out = new Uint8Array(slab, slabUsed, n);
  slabUsed += n;
  return out;
}

declare global {
  interface String {
    isWellFormed(): boolean; // ES2024, in Node since 20
  }
}

const utf8Encoder = new TextEncoder();

/**
 * The UTF-8 bytes of `s`, or null when it has a lone surrogate (an error or an error handler's
 * business). TextEncoder.encode makes a new ArrayBuffer per call; encoding into a slab does not.
 */
export function encodeUtf8(s: string): Uint8Array | null {
  if (!s.isWellFormed()) return null;
  const n = s.length;
  if (n <= 16) {
    const out = new Uint8Array(n);
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      out[i] = c;
    }
    if (i === n) return out;
  }
  if (n * 3 > SLAB_MAX) return utf8Encoder.encode(s);
  slabRoom(n * 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
  const written = utf8Encoder.encodeInto(s, new Uint8Array(slab, slabUsed, n * 3)).written;
  const out = new Uint8Array(slab, slabUsed, written);
  slabUsed += written;
  return out;
}

/** A copy of `b[start:end]` (an own array, never a view of `b`). */
export function copyBytes(b: Uint8Array, start = 0, end = b.length): Uint8Array {
  const n = end - start;
  if (n <= ON_HEAP_MAX || n > SLAB_MAX) return b.slice(start, end);
  const out = allocBytes(n);
  out.set(b.subarray(start, end));
  return out;
}

/**
 * `b[start:end]` of an immutable `b`: a view when that keeps at most twice its size alive (or
 * what a slab keeps alive anyway), a copy otherwise, so a small slice of a large read does not
 * pin the whole read.
 */
export function shareBytes(b: Uint8Array, start: number, end: number): Uint8Array {
  const n = end - start;
  if (n > ON_HEAP_MAX) {
    const whole = b.buffer.byteLength;
    if (whole === SLAB_SIZE || n * 2 >= whole) return b.subarray(start, end);
  }
  return copyBytes(b, start, end);
}

// ---------------------------------------------------------------------------------------------
// repr

/** `repr(b)`: `b'...'` with CPython's quote choice (bytearray wraps it in `bytearray(...)`). */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) hasSingle = true;
    else if (b[i] === 34) hasDouble = true;
  }
  const qc = hasSingle && !hasDouble ? 34 : 39;
  let out = qc === 34 ? 'b"' : "b'";
  let run = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === qc || c === 92) run += '\\' + String.fromCharCode(c);
    else if (c === 9) run += '\\t';
    else if (c === 10) run += '\\n';
    else if (c === 13) run += '\\r';
    else if (c < 32 || c >= 127) run += '\\x' + HEXCH[c >> 4] + HEXCH[c & 15];
    else run += String.fromCharCode(c);
    if (run.length > 4096) { out += run; run = ''; }
  }
  return out + run + String.fromCharCode(qc);
}

// ---------------------------------------------------------------------------------------------
// Decoding

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string): never {
  return raiseCodecError('UnicodeDecodeError', codec, b, start, end, reason);
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Append code points to a string in chunks (String.fromCharCode on big arrays would overflow). */
function codesToString(codes: number[]): string {
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.slice(i, i + 8192));
  return out;
}

function handleDecodeError(errors: string, codec: string, b: Uint8Array, start: number, end: number,
  reason: string, out: number[]): void {
  switch (errors) {
    case 'strict':
      decodeError(codec, b, start, end, reason);
    case 'ignore':
      return;
    case 'replace':
      out.push(0xfffd);
      return;
    case 'backslashreplace':
      for (let k = start; k < end; k++) {
        const c = b[k]!;
        for (const ch of '\\x' + HEXCH[c >> 4] + HEXCH[c & 15]) out.push(ch.charCodeAt(0));
      }
      return;
    case 'surrogateescape':
      for (let k = start; k < end; k++) {
        if (b[k]! < 128) decodeError(codec, b, start, end, reason);
        out.push(0xdc00 + b[k]!);
      }
      return;
    default:
      raise('LookupError', `unknown error handler name '${errors}'`);
  }
}

function decodeUtf8Slow(b: Uint8Array, errors: string): string {
  const out: number[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) { out.push(c); i++; continue; }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      handleDecodeError(errors, 'utf-8', b, i, i + 1, 'invalid start byte', out);
      i++;
      continue;
    }
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        handleDecodeError(errors, 'utf-8', b, i, n, 'unexpected end of data', out);
        ok = false;
        j = n;
        break;
      }
      const d = b[j]!;
      const l = k === 0 ? lo : 0x80;
      const h = k === 0 ? hi : 0xbf;
      if (d < l || d > h) {
        handleDecodeError(errors, 'utf-8', b, i, j, 'invalid continuation byte', out);
        ok = false;
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (ok) {
      if (cp >= 0x10000) {
        cp -= 0x10000;
        out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else out.push(cp);
    }
    i = j;
  }
  return codesToString(out);
}

/**
 * `b.decode(encoding, errors)`: utf-8, ascii and latin-1 here, the UTF-16/32 codecs, the code
 * pages and any error handler their own loops do not apply in codecs.ts.
 */
export function bytesDecode(b: Uint8Array, encoding?: string | null, errors?: string | null): string {
  const err = errors === undefined || errors === null ? 'strict' : errors;
  if (encoding === undefined || encoding === null || encoding === 'utf-8') return decodeAs(b, 'utf-8', err, encoding);
  const codec = findTextCodec(encoding);
  if (codec === null) {
    const named = namedCodec(encoding);
    if (named !== null) return decodeNamed(b, named, err, encoding);
  }
  return decodeAs(b, codec ?? textCodec(encoding, 'codecs.decode()'), err, encoding);
}

/**
 * `b` decoded with a codec already looked up; `encoding` is the name bytes.decode() was given
 * (an error handler's failure may be reported under it).
 */
export function decodeAs(b: Uint8Array, codec: TextCodec, err: string, encoding?: string | null): string {
  if (codec === 'latin-1') return latin1(b);
  if (codec === 'utf-8' && err !== 'strict') {
    // Valid UTF-8 never reaches an error handler, so whichever one was named (surrogatepass in
    // json.loads of bytes, replace in a request parser) the strict decoder's answer is the one.
    try {
      return utf8Strict.decode(b);
    } catch {
      return decodeByHandler(b, codec, err, encoding) ?? decodeUtf8Slow(b, err);
    }
  }
  const byHandler = decodeByHandler(b, codec, err, encoding);
  if (byHandler !== null) return byHandler;
  // decodeByHandler converts every code page itself; this only narrows the type.
  if (typeof codec === 'object') return raise('SystemError', 'code page not converted');
  if (codec !== 'utf-8' && codec !== 'ascii') return wideDecode(b, codec, err);
  if (codec === 'ascii') {
    let bad = -1;
    for (let i = 0; i < b.length; i++) if (b[i]! >= 128) { bad = i; break; }
    if (bad < 0) return utf8Strict.decode(b);
    const out: number[] = [];
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c < 128) out.push(c);
      else handleDecodeError(err, 'ascii', b, i, i + 1, 'ordinal not in range(128)', out);
    }
    return codesToString(out);
  }
  try {
    // TextDecoder is also the fastest way to decode ASCII (3x Buffer's latin1 on a request head).
    return utf8Strict.decode(b);
  } catch {
    return decodeUtf8Slow(b, err);
  }
}

function latin1(b: Uint8Array): string {
  // Node's native latin1 decoder: no intermediate array. Asking a Uint8Array of up to 64 bytes
  // for its `buffer` moves it out of V8's heap, so short ones are decoded here.
  if (b.length <= ON_HEAP_MAX) {
    let s = '';
    for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
    return s;
  }
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

// ---------------------------------------------------------------------------------------------
// Searching (sub may be bytes or an int 0..255)

function toSub(sub: Uint8Array | number): Uint8Array {
  if (typeof sub === 'number') {
    if (sub < 0 || sub > 255) raise('ValueError', 'byte must be in range(0, 256)');
    return Uint8Array.of(sub);
  }
  return sub;
}

function adjust(len: number, start: Idx, end: Idx): [number, number] {
  let a = start === undefined || start === null ? 0 : start;
  let b = end === undefined || end === null ? len : end;
  if (b > len) b = len;
  else if (b < 0) { b += len; if (b < 0) b = 0; }
  if (a < 0) { a += len; if (a < 0) a = 0; }
  return [a, b];
}

function matchAt(h: Uint8Array, n: Uint8Array, i: number): boolean {
  for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) return false;
  return true;
}

/** First index of `n` in `h[from:to]`, or -1. */
// Node's Buffer#indexOf searches natively (memchr for the first byte, then a compare); past a few
// dozen bytes that beats the loop below, which is cheaper to call on a short haystack. It accepts
// any Uint8Array, and copies one kept in V8's heap instead of moving it out.
const nativeIndexOf = Buffer.prototype.indexOf as (this: Uint8Array, value: Uint8Array, byteOffset: number) => number;
const NATIVE_SEARCH_MIN = 64;

function indexIn(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  const last = to - n.length;
  if (n.length === 0) return from <= to ? from : -1;
  if (last - from >= NATIVE_SEARCH_MIN) return nativeIndexOf.call(to === h.length ? h : h.subarray(0, to), n, from);
  const f = n[0]!;
  for (let i = from; i <= last; i++) if (h[i] === f && matchAt(h, n, i)) return i;
  return -1;
}

function lastIndexIn(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  for (let i = to - n.length; i >= from; i--) if (matchAt(h, n, i)) return i;
  return -1;
}

export function bytesFind(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const n = toSub(sub);
  const [a, e] = adjust(b.length, start, end);
  if (e - a < n.length) return -1;
  return indexIn(b, n, a, e);
}

export function bytesRfind(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const n = toSub(sub);
  const [a, e] = adjust(b.length, start, end);
  if (e - a < n.length) return -1;
  return lastIndexIn(b, n, a, e);
}

export function bytesIndex(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const r = bytesFind(b, sub, start, end);
  if (r < 0) raise('ValueError', 'subsection not found');
  return r;
}

export function bytesRindex(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const r = bytesRfind(b, sub, start, end);
  if (r < 0) raise('ValueError', 'subsection not found');
  return r;
}

export function bytesCount(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const n = toSub(sub);
  const [a, e] = adjust(b.length, start, end);
  if (e - a < n.length) return 0;
  if (n.length === 0) return e - a + 1;
  let count = 0;
  let i = indexIn(b, n, a, e);
  while (i >= 0) {
    count++;
    i = indexIn(b, n, i + n.length, e);
  }
  return count;
}

function tailMatch(b: Uint8Array, n: Uint8Array, start: Idx, end: Idx, suffix: boolean): boolean {
  if ((start === undefined || start === null) && (end === undefined || end === null)) {
    // The whole of `b` (the usual call): no bounds to adjust.
    return n.length <= b.length && matchAt(b, n, suffix ? b.length - n.length : 0);
  }
  let [a, e] = adjust(b.length, start, end);
  e -= n.length;
  if (e < a) return false;
  return matchAt(b, n, suffix ? e : a);
}

/** `b.startswith(prefix, start, end)`; `prefix` bytes or an array (tuple) of bytes. */
export function bytesStartswith(b: Uint8Array, prefix: Uint8Array | readonly Uint8Array[], start?: Idx, end?: Idx): boolean {
  if (prefix instanceof Uint8Array) return tailMatch(b, prefix, start, end, false);
  for (const p of prefix) if (tailMatch(b, p, start, end, false)) return true;
  return false;
}

export function bytesEndswith(b: Uint8Array, suffix: Uint8Array | readonly Uint8Array[], start?: Idx, end?: Idx): boolean {
  if (suffix instanceof Uint8Array) return tailMatch(b, suffix, start, end, true);
  for (const p of suffix) if (tailMatch(b, p, start, end, true)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, replacing, joining

/** bytes whitespace: space, \t \n \v \f \r (Py_ISSPACE). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function bytesSplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit?: number | null): Uint8Array[] {
  let max = maxsplit === undefined || maxsplit === null || maxsplit < 0 ? Infinity : maxsplit;
  const out: Uint8Array[] = [];
  const n = b.length;
  if (sep === undefined || sep === null) {
    let i = 0;
    while (i < n) {
      while (i < n && isSpace(b[i]!)) i++;
      if (i === n) break;
      if (max === 0) {
        out.push(copyBytes(b, i));
        break;
      }
      let j = i;
      while (j < n && !isSpace(b[j]!)) j++;
      out.push(copyBytes(b, i, j));
      max--;
      i = j;
    }
    return out;
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  let i = 0;
  while (max > 0) {
    const j = indexIn(b, sep, i, n);
    if (j < 0) break;
    out.push(copyBytes(b, i, j));
    i = j + sep.length;
    max--;
  }
  out.push(copyBytes(b, i));
  return out;
}

/** Whether a proper prefix of `sep` equals its suffix of the same length. */
function bytesSelfOverlap(sep: Uint8Array): boolean {
  const n = sep.length;
  for (let k = 1; k < n; k++) {
    let m = 0;
    while (m < n - k && sep[m] === sep[k + m]) m++;
    if (m === n - k) return true;
  }
  return false;
}

export function bytesRsplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit?: number | null): Uint8Array[] {
  let max = maxsplit === undefined || maxsplit === null || maxsplit < 0 ? Infinity : maxsplit;
  // Both scans find the same separators unless two occurrences can overlap (b'--' in b'---').
  if (max === Infinity && (sep === undefined || sep === null || !bytesSelfOverlap(sep))) return bytesSplit(b, sep);
  const out: Uint8Array[] = [];
  if (sep === undefined || sep === null) {
    let j = b.length;
    while (j > 0) {
      while (j > 0 && isSpace(b[j - 1]!)) j--;
      if (j === 0) break;
      if (max === 0) {
        out.push(copyBytes(b, 0, j));
        break;
      }
      let i = j;
      while (i > 0 && !isSpace(b[i - 1]!)) i--;
      out.push(copyBytes(b, i, j));
      max--;
      j = i;
    }
    return out.reverse();
  }
  if (sep.length === 0) raise('ValueError', 'empty separator');
  let j = b.length;
  while (max > 0) {
    const i = lastIndexIn(b, sep, 0, j);
    if (i < 0) break;
    out.push(copyBytes(b, i + sep.length, j));
    j = i;
    max--;
  }
  out.push(copyBytes(b, 0, j));
  return out.reverse();
}

function stripImpl(b: Uint8Array, chars: Uint8Array | null | undefined, left: boolean, right: boolean): Uint8Array {
  let i = 0;
  let j = b.length;
  const has = chars === undefined || chars === null ? isSpace : (c: number) => chars.includes(c);
  if (left) while (i < j && has(b[i]!)) i++;
  if (right) while (j > i && has(b[j - 1]!)) j--;
  return copyBytes(b, i, j);
}

export function bytesStrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array { return stripImpl(b, chars, true, true); }
export function bytesLstrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array { return stripImpl(b, chars, true, false); }
export function bytesRstrip(b: Uint8Array, chars?: Uint8Array | null): Uint8Array { return stripImpl(b, chars, false, true); }

function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = allocBytes(n);
  let k = 0;
  for (const p of parts) { out.set(p, k); k += p.length; }
  return out;
}

export function bytesReplace(b: Uint8Array, old: Uint8Array, rep: Uint8Array, count?: number | null): Uint8Array {
  let max = count === undefined || count === null || count < 0 ? Infinity : count;
  const parts: Uint8Array[] = [];
  if (old.length === 0) {
    let k = 0;
    for (; k < b.length && max > 0; k++, max--) parts.push(rep, b.subarray(k, k + 1));
    if (k < b.length) parts.push(b.subarray(k));
    else if (max > 0) parts.push(rep);
    return concat(parts);
  }
  let i = 0;
  while (max > 0) {
    const j = indexIn(b, old, i, b.length);
    if (j < 0) break;
    parts.push(b.subarray(i, j), rep);
    i = j + old.length;
    max--;
  }
  parts.push(b.subarray(i));
  return concat(parts);
}

/**
 * `sep.join(items)`; items must be bytes-like (Uint8Array). `typeName` names a bad item's type.
 */
export function bytesJoin(sep: Uint8Array, items: readonly unknown[], typeName?: (x: unknown) => string): Uint8Array {
  let n = items.length > 0 ? sep.length * (items.length - 1) : 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!(it instanceof Uint8Array)) {
      raise('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeName ? typeName(it) : typeof it} found`);
    }
    n += it.length;
  }
  const out = allocBytes(n);
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Uint8Array;
    if (i > 0 && sep.length > 0) {
      out.set(sep, k);
      k += sep.length;
    }
    if (it.length === 1) out[k] = it[0]!;
    else out.set(it, k);
    k += it.length;
  }
  return out;
}

export function bytesPartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = indexIn(b, sep, 0, b.length);
  if (i < 0) return [copyBytes(b), new Uint8Array(0), new Uint8Array(0)];
  return [copyBytes(b, 0, i), copyBytes(sep), copyBytes(b, i + sep.length)];
}

export function bytesRpartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = lastIndexIn(b, sep, 0, b.length);
  if (i < 0) return [new Uint8Array(0), new Uint8Array(0), copyBytes(b)];
  return [copyBytes(b, 0, i), copyBytes(sep), copyBytes(b, i + sep.length)];
}

// ---------------------------------------------------------------------------------------------
// Case, hex

export function bytesUpper(b: Uint8Array): Uint8Array {
  const out = copyBytes(b);
  for (let i = 0; i < out.length; i++) if (out[i]! >= 97 && out[i]! <= 122) out[i]! -= 32;
  return out;
}

export function bytesLower(b: Uint8Array): Uint8Array {
  const out = copyBytes(b);
  for (let i = 0; i < out.length; i++) if (out[i]! >= 65 && out[i]! <= 90) out[i]! += 32;
  return out;
}

/** `b.hex(sep, bytes_per_sep)`. */
export function bytesHex(b: Uint8Array, sep?: string | null, bytesPerSep?: number | null): string {
  let h = '';
  for (let i = 0; i < b.length; i++) h += HEXCH[b[i]! >> 4]! + HEXCH[b[i]! & 15]!;
  if (sep === undefined || sep === null || b.length === 0) return h;
  if (sep.length !== 1) raise('ValueError', 'sep must be length 1.');
  if (sep.charCodeAt(0) > 127) raise('ValueError', 'sep must be ASCII.');
  const per = bytesPerSep === undefined || bytesPerSep === null ? 1 : bytesPerSep;
  if (per === 0) return h;
  const k = Math.abs(per);
  const groups: string[] = [];
  // A positive count groups from the right, so only the first group can be short.
  let start = 0;
  let end = per > 0 ? b.length % k || k : Math.min(k, b.length);
  while (start < b.length) {
    groups.push(h.slice(start * 2, end * 2));
    start = end;
    end = Math.min(b.length, end + k);
  }
  return groups.join(sep);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs. */
export function bytesFromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) { i++; continue; }
    const hi = hexVal(c);
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < n ? hexVal(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}
