// The UTF-16 and UTF-32 codecs: str.encode / bytes.decode (and text files) with 'utf-16',
// 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le' and 'utf-32-be', after Objects/unicodeobject.c
// (PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful, _PyUnicode_EncodeUTF16/32).
//
// The plain names write a byte order mark (little-endian, as CPython on every machine we run on)
// and, on decoding, read one at the start to choose the byte order (little-endian without one);
// the -le/-be names neither write nor strip it. A decoding error names the byte order it decoded
// with ('utf-16-le' codec can't decode ...), an encoding error the codec asked for. Errors are
// resolved by CPython's handlers, surrogatepass included (a lone surrogate as one code unit).
//
// 'utf-8-sig' travels the same road: UTF-8 with a signature (the BOM EF BB BF) written first and,
// on decoding, skipped when present. Its errors are UTF-8's ('utf-8' codec), at positions in the
// data after the signature, as CPython's Lib/encodings/utf_8_sig.py reports them.

import { bytesDecode } from './bytesops.js';
import { raise, raiseCodecError } from './exceptions.js';
import { strEncode } from './str.js';

export type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'utf-8-sig';

/** The codec for a normalized encoding name (lower case, without '-', '_' and spaces), or null. */
export function wideCodecNamed(e: string): WideCodec | null {
  switch (e) {
    case 'utf16': case 'u16': return 'utf-16';
    case 'utf16le': case 'unicodelittleunmarked': return 'utf-16-le';
    case 'utf16be': case 'unicodebigunmarked': return 'utf-16-be';
    case 'utf32': case 'u32': return 'utf-32';
    case 'utf32le': return 'utf-32-le';
    case 'utf32be': return 'utf-32-be';
    case 'utf8sig': return 'utf-8-sig';
    default: return null;
  }
}

/** The codec that continues a stream `codec` began: the BOM is written once, at its start. */
export function withoutBom(codec: WideCodec): WideCodec | 'utf-8' {
  return codec === 'utf-16' ? 'utf-16-le' : codec === 'utf-32' ? 'utf-32-le' : codec === 'utf-8-sig' ? 'utf-8' : codec;
}

const UTF8_SIGNATURE = Uint8Array.of(0xef, 0xbb, 0xbf);

function encodeUtf8Sig(s: string, errors: string): Uint8Array {
  const body = strEncode(s, 'utf-8', errors);
  const out = new Uint8Array(body.length + 3);
  out.set(UTF8_SIGNATURE);
  out.set(body, 3);
  return out;
}

function decodeUtf8Sig(b: Uint8Array, errors: string): string {
  const signed = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  return bytesDecode(signed ? b.subarray(3) : b, 'utf-8', errors);
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** A growing byte buffer. */
class ByteWriter {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 16));
  }

  /** Append code unit `v` as `size` bytes (2 or 4) in the given byte order. */
  unit(v: number, size: number, little: boolean): void {
    if (this.length + size > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2 + size);
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const b = this.bytes;
    let at = this.length;
    if (little) for (let k = 0; k < size; k++) b[at++] = (v >>> (8 * k)) & 0xff;
    else for (let k = size - 1; k >= 0; k--) b[at++] = (v >>> (8 * k)) & 0xff;
    this.length = at;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** `s.encode(codec, errors)` for the UTF-16 and UTF-32 codecs. */
export function wideEncode(s: string, codec: WideCodec, errors: string): Uint8Array {
  if (codec === 'utf-8-sig') return encodeUtf8Sig(s, errors);
  const size = codec.startsWith('utf-16') ? 2 : 4;
  const little = !codec.endsWith('-be');
  const out = new ByteWriter((s.length + 1) * size);
  const put = (cp: number): void => {
    if (size === 4 || cp < 0x10000) out.unit(cp, size, little);
    else {
      out.unit(0xd800 + ((cp - 0x10000) >> 10), 2, little);
      out.unit(0xdc00 + ((cp - 0x10000) & 0x3ff), 2, little);
    }
  };
  const putText = (text: string): void => {
    for (let k = 0; k < text.length; k++) put(text.charCodeAt(k));
  };
  if (codec === 'utf-16' || codec === 'utf-32') put(0xfeff);
  // `pos` counts code points: the position an error reports.
  for (let i = 0, pos = 0; i < s.length; i++, pos++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) {
      put(c);
      continue;
    }
    if (c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        put((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    // A lone surrogate: each one goes to the error handler by itself.
    switch (errors) {
      case 'strict':
      case 'surrogateescape': // its one byte is no whole code unit
        raiseCodecError('UnicodeEncodeError', codec, s, pos, pos + 1, 'surrogates not allowed');
      case 'ignore':
        break;
      case 'replace':
        put(0x3f);
        break;
      case 'backslashreplace':
        putText('\\u' + c.toString(16).padStart(4, '0'));
        break;
      case 'xmlcharrefreplace':
        putText(`&#${c};`);
        break;
      case 'surrogatepass':
        out.unit(c, size, little);
        break;
      default:
        raise('LookupError', `unknown error handler name '${errors}'`);
    }
  }
  return out.result();
}

// ---------------------------------------------------------------------------------------------
// Decoding

/** UTF-16 code units, joined into a string in chunks. */
class UnitBuilder {
  private text = '';
  private units: number[] = [];

  push(u: number): void {
    this.units.push(u);
    if (this.units.length >= 8192) this.drain();
  }

  pushCodePoint(cp: number): void {
    if (cp < 0x10000) this.push(cp);
    else {
      this.push(0xd800 + ((cp - 0x10000) >> 10));
      this.push(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }

  private drain(): void {
    this.text += String.fromCharCode.apply(null, this.units);
    this.units = [];
  }

  result(): string {
    this.drain();
    return this.text;
  }
}

/**
 * The error handler for the bytes [start, end) a decoder could not decode: returns where decoding
 * resumes. surrogatepass takes one surrogate code unit (`size` bytes) at `start`, when there is one.
 */
function decodeFailed(errors: string, name: string, b: Uint8Array, start: number, end: number, reason: string,
  out: UnitBuilder, size: number, little: boolean): number {
  switch (errors) {
    case 'strict':
      break;
    case 'ignore':
      return end;
    case 'replace':
      out.push(0xfffd);
      return end;
    case 'backslashreplace':
      for (let k = start; k < end; k++) {
        for (const ch of '\\x' + b[k]!.toString(16).padStart(2, '0')) out.push(ch.charCodeAt(0));
      }
      return end;
    case 'surrogateescape': {
      // Python/codecs.c: the bytes >= 128 that begin the range, at most 4; decoding resumes after them.
      let k = start;
      while (k < end && k - start < 4 && b[k]! >= 128) out.push(0xdc00 + b[k++]!);
      if (k > start) return k;
      break;
    }
    case 'surrogatepass': {
      if (start + size > b.length) break;
      const u = readUnit(b, start, size, little);
      if (u < 0xd800 || u > 0xdfff) break;
      out.push(u);
      return start + size;
    }
    default:
      raise('LookupError', `unknown error handler name '${errors}'`);
  }
  return raiseCodecError('UnicodeDecodeError', name, b, start, end, reason);
}

function readUnit(b: Uint8Array, at: number, size: number, little: boolean): number {
  if (size === 2) return little ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!;
  return little
    ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0
    : ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

/** `b.decode(codec, errors)` for the UTF-16 and UTF-32 codecs. */
export function wideDecode(b: Uint8Array, codec: WideCodec, errors: string): string {
  if (codec === 'utf-8-sig') return decodeUtf8Sig(b, errors);
  return codec.startsWith('utf-16') ? decodeUtf16(b, codec, errors) : decodeUtf32(b, codec, errors);
}

function decodeUtf16(b: Uint8Array, codec: WideCodec, errors: string): string {
  const n = b.length;
  let little = codec !== 'utf-16-be';
  let i = 0;
  if (codec === 'utf-16' && n >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      little = false;
      i = 2;
    }
  }
  const name = little ? 'utf-16-le' : 'utf-16-be';
  const out = new UnitBuilder();
  while (i < n) {
    if (n - i < 2) {
      i = decodeFailed(errors, name, b, i, n, 'truncated data', out, 2, little);
      continue;
    }
    const u = readUnit(b, i, 2, little);
    if (u < 0xd800 || u > 0xdfff) {
      out.push(u);
      i += 2;
    } else if (u >= 0xdc00) {
      i = decodeFailed(errors, name, b, i, i + 2, 'illegal encoding', out, 2, little);
    } else if (n - i < 4) {
      i = decodeFailed(errors, name, b, i, n, 'unexpected end of data', out, 2, little);
    } else {
      const v = readUnit(b, i + 2, 2, little);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out.push(u);
        out.push(v);
        i += 4;
      } else {
        i = decodeFailed(errors, name, b, i, i + 2, 'illegal UTF-16 surrogate', out, 2, little);
      }
    }
  }
  return out.result();
}

function decodeUtf32(b: Uint8Array, codec: WideCodec, errors: string): string {
  const n = b.length;
  let little = codec !== 'utf-32-be';
  let i = 0;
  if (codec === 'utf-32' && n >= 4) {
    if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      little = false;
      i = 4;
    }
  }
  const name = little ? 'utf-32-le' : 'utf-32-be';
  const out = new UnitBuilder();
  while (i < n) {
    if (n - i < 4) {
      i = decodeFailed(errors, name, b, i, n, 'truncated data', out, 4, little);
      continue;
    }
    const cp = readUnit(b, i, 4, little);
    if (cp > 0x10ffff) {
      i = decodeFailed(errors, name, b, i, i + 4, 'code point not in range(0x110000)', out, 4, little);
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      i = decodeFailed(errors, name, b, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', out, 4, little);
    } else {
      out.pushCodePoint(cp);
      i += 4;
    }
  }
  return out.result();
}
