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
//
// Also here: what an encoding name stands for (CPython's names and aliases, recorded by
// scripts/gen-codepages.py), the single-byte code pages (cp1252, iso8859-2, koi8-r, ...: the
// 'charmap' codec), and the error handlers: the registry codecs.register_error() fills (the
// native module `_codecs` is its Python face) and the road every conversion takes when its
// error handler is one the codec's own loop does not apply, which calls the handler with the
// Unicode error and resumes where it says.

import { unwrapStr } from './strvalue.js';
import { bytesDecode } from './bytesops.js';
import { CODE_PAGE_UPPER, CODEC_DISPLAY_NAMES, ENCODING_NAMES, NON_TEXT_CODECS } from './codepages.js';
import { escapeCodePoint, exceptionTypes, makeExc, type PyException, raise, raiseCodecError, throwPy } from './exceptions.js';
import { hooks, isInstance, META, typeOf } from './object.js';
import { typeNameOf, toSsizeArg } from './slice.js';
import { strCasefold, strEncode, strLower, strRepr } from './str.js';
export type WideCodec = 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'utf-8-sig';

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

// ---------------------------------------------------------------------------------------------
// Encoding names

/** A single-byte code page: the characters of bytes 0x80..0xff ('\ufffe': undefined). */
export interface CodePage {
  readonly module: string;
  readonly upper: string;
  /** Character → byte for the upper half, made at the first encoding. */
  encodeMap: Map<number, number> | null;
}

/** A codec between str and bytes the runtime has. */
export type TextCodec = 'utf-8' | 'ascii' | 'latin-1' | WideCodec | CodePage;

const BUILT_IN_CODECS: Readonly<Record<string, TextCodec>> = {
  utf_8: 'utf-8', ascii: 'ascii', latin_1: 'latin-1', utf_8_sig: 'utf-8-sig',
  utf_16: 'utf-16', utf_16_le: 'utf-16-le', utf_16_be: 'utf-16-be',
  utf_32: 'utf-32', utf_32_le: 'utf-32-le', utf_32_be: 'utf-32-be',
};

/**
 * An encoding name as CPython compares it: ASCII letters and digits lowered and '.' kept, every
 * run of other characters one '_' (none at either end).
 */
export function normalizedEncodingName(name: string): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 46) {
      if (gap && out) out += '_';
      out += String.fromCharCode(lower);
      gap = false;
    } else gap = true;
  }
  return out;
}

/** The codec module (`cp1252`, `utf_8`, `hex_codec`) CPython finds for `name`, or null. */
export function codecModuleNamed(name: string): string | null {
  const key = normalizedEncodingName(name);
  return ENCODING_NAMES[key] ?? ENCODING_NAMES[key.replaceAll('.', '_')] ?? null;
}

const codePages = new Map<string, CodePage>();

function codePage(module: string): CodePage {
  let page = codePages.get(module);
  if (page === undefined) {
    page = { module, upper: unpackUpperHalf(CODE_PAGE_UPPER[module]!), encodeMap: null };
    codePages.set(module, page);
  }
  return page;
}

/** The 128 characters of a packed upper half: runs 'start:length' in base 36, '' undefined. */
function unpackUpperHalf(packed: string): string {
  let out = '';
  for (const item of packed.split(',')) {
    if (item === '') {
      out += '\ufffe';
      continue;
    }
    const [start, length] = item.split(':');
    const first = parseInt(start!, 36);
    const n = length === undefined ? 1 : parseInt(length, 36);
    for (let k = 0; k < n; k++) out += String.fromCharCode(first + k);
  }
  return out;
}

const resolved = new Map<string, TextCodec | 'not text' | null>();

function resolve(encoding: string): TextCodec | 'not text' | null {
  let found = resolved.get(encoding);
  if (found !== undefined) return found;
  const module = codecModuleNamed(encoding);
  if (module === null) found = null;
  else if (NON_TEXT_CODECS.has(module)) found = 'not text';
  else found = BUILT_IN_CODECS[module] ?? codePage(module);
  resolved.set(encoding, found);
  return found;
}

/** The text codec named `encoding`, or null for a name no codec has (nor a non-text codec). */
export function findTextCodec(encoding: string): TextCodec | null {
  const c = resolve(encoding);
  return c === 'not text' ? null : c;
}

/**
 * The text codec named `encoding` for str.encode ('codecs.encode()'), bytes.decode
 * ('codecs.decode()') or open ('codecs.open()'): LookupError as CPython words it otherwise.
 */
export function textCodec(encoding: string, alternative: string): TextCodec {
  const c = resolve(encoding);
  if (c === null) raise('LookupError', `unknown encoding: ${encoding}`);
  if (c === 'not text') raise('LookupError', `'${encoding}' is not a text encoding; use ${alternative} to handle arbitrary codecs`);
  return c;
}

/** The name codecs.lookup() gives a text codec. */
export function codecDisplayName(codec: TextCodec): string {
  if (typeof codec === 'object') return CODEC_DISPLAY_NAMES[codec.module]!;
  return codec === 'latin-1' ? 'iso8859-1' : codec;
}

// ---------------------------------------------------------------------------------------------
// The code pages ('charmap' codec)

const UNDEFINED = 0xfffe;
const CHARMAP_REASON = 'character maps to <undefined>';

function pageEncodeMap(page: CodePage): Map<number, number> {
  if (page.encodeMap === null) {
    const map = new Map<number, number>();
    for (let k = 0; k < 128; k++) {
      const c = page.upper.charCodeAt(k);
      if (c !== UNDEFINED && !map.has(c)) map.set(c, 0x80 + k);
    }
    page.encodeMap = map;
  }
  return page.encodeMap;
}

function pageByte(page: CodePage, cp: number): number {
  return cp < 0x80 ? cp : pageEncodeMap(page).get(cp) ?? -1;
}

// ---------------------------------------------------------------------------------------------
// Error handlers

/** Name → the callable codecs.register_error() registered (lib/codecs.py enters the standard ones too). */
const registeredHandlers = new Map<string, unknown>();

/** codecs.register_error(name, handler) without its argument checks. */
export function registerErrorHandler(name: string, handler: unknown): void {
  registeredHandlers.set(name, handler);
}

/** codecs.lookup_error(name): the registered callable, or LookupError. */
export function lookupErrorHandler(name: string): unknown {
  const h = registeredHandlers.get(name);
  if (h === undefined) raise('LookupError', `unknown error handler name '${name}'`);
  return h;
}

/** Whether a codec's own loop applies `errors` (the other handlers take the road below). */
function appliedInLoop(codec: TextCodec, errors: string, decoding: boolean): boolean {
  if (typeof codec === 'object') return false;
  switch (errors) {
    case 'strict': case 'ignore': case 'replace': case 'backslashreplace': case 'surrogateescape':
      return true;
    case 'xmlcharrefreplace':
      return !decoding;
    case 'surrogatepass':
      return !decoding || codec.startsWith('utf-16') || codec.startsWith('utf-32');
    default:
      return false;
  }
}

/**
 * `s.encode(codec, errors)` when the codec's own loop does not apply `errors` (null: it does).
 * `encoding` is the name str.encode() was given (null when a file encodes).
 */
export function encodeByHandler(s: string, codec: TextCodec, errors: string, encoding?: string | null): Uint8Array | null {
  if (appliedInLoop(codec, errors, false)) return null;
  try {
    return new EncodeRun(s, codec, errors).run();
  } catch (e) {
    throw withCodecNamed(e, 'encoding', encoding);
  }
}

/**
 * `b.decode(codec, errors)` when the codec's own loop does not apply `errors` (null: it does).
 * `encoding` is the name bytes.decode() was given (null when a file decodes).
 */
export function decodeByHandler(b: Uint8Array, codec: TextCodec, errors: string, encoding?: string | null): string | null {
  if (appliedInLoop(codec, errors, true)) return null;
  try {
    if (codec === 'utf-8-sig') {
      // The signature is skipped first: positions count from after it.
      const signed = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
      return new DecodeRun(signed ? b.subarray(3) : b, 'utf-8', errors).run();
    }
    return new DecodeRun(b, codec, errors).run();
  } catch (e) {
    throw withCodecNamed(e, 'decoding', encoding);
  }
}

/** The names CPython's str.encode and bytes.decode convert with by themselves (normalized). */
const DIRECT_CODEC_NAMES: ReadonlySet<string> = new Set([
  'utf_8', 'utf8', 'utf_16', 'utf16', 'utf_32', 'utf32', 'ascii', 'us_ascii', 'latin1', 'latin_1', 'iso_8859_1', 'iso8859_1',
]);

/** Builtin exceptions that carry more than their message: CPython never re-words them. */
const RICH_EXCEPTIONS = [
  'UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError', 'OSError', 'SyntaxError', 'StopIteration',
  'SystemExit', 'ImportError', 'AttributeError', 'NameError', 'BaseExceptionGroup',
];

/**
 * Whether an exception is only its message: no attributes or notes of its own, its classes up
 * to the builtin one define no __init__ or __new__, and that builtin class carries no more.
 */
function onlyItsMessage(e: PyException): boolean {
  if (e.$__notes__ !== undefined || Object.keys(e).some((k) => k.charCodeAt(0) === 36)) return false;
  for (const cls of typeOf(e)[META].mro) {
    if (exceptionTypes.get(cls[META].name) === cls) {
      return !RICH_EXCEPTIONS.some((name) => {
        const rich = exceptionTypes.get(name);
        return rich !== undefined && isInstance(e, rich);
      });
    }
    const own = cls.prototype as object;
    if (Object.prototype.hasOwnProperty.call(own, '$__init__') || Object.prototype.hasOwnProperty.call(own, '$__new__')) return false;
  }
  return false;
}

/**
 * What escapes a conversion by name through CPython's codec registry: an exception that is only
 * its message comes out re-worded, "encoding with 'cp1252' codec failed (TypeError: ...)", with
 * the original as its cause. Conversions CPython does itself (utf-8, ascii, ...) leave it as it is.
 */
function withCodecNamed(e: unknown, operation: string, encoding: string | null | undefined): unknown {
  if (encoding === undefined || encoding === null || DIRECT_CODEC_NAMES.has(normalizedEncodingName(encoding))) return e;
  const exc = e as PyException;
  if (e === null || typeof e !== 'object' || !Array.isArray(exc.args) || !onlyItsMessage(exc)) return e;
  // Only an exception made of one message (or none) can be remade with the codec named.
  if (exc.args.length > 1 || (exc.args.length === 1 && typeof exc.args[0] !== 'string')) return e;
  const type = typeOf(e);
  let wrapped: PyException;
  try {
    wrapped = makeExc(type, `${operation} with '${encoding}' codec failed (${type[META].name}: ${hooks.str(e)})`);
  } catch {
    return e;
  }
  wrapped.cause = e;
  wrapped.context = e;
  wrapped.suppress = true;
  return wrapped;
}

/** A range the codec could not convert, positions in code points (encoding) or bytes (decoding). */
interface Fault {
  codec: string;
  start: number;
  end: number;
  reason: string;
}

type CodecError = Record<'encoding' | 'object' | 'start' | 'end' | 'reason', unknown>;

/**
 * The exception a handler gets: one per conversion, its range and reason updated for each
 * fault as CPython does (a handler that keeps them sees the last range in all).
 */
function faultException(kind: 'UnicodeEncodeError' | 'UnicodeDecodeError', previous: CodecError | null,
  object: unknown, f: Fault): CodecError {
  if (previous === null) return makeExc(kind, f.codec, object, f.start, f.end, f.reason) as unknown as CodecError;
  previous.start = f.start;
  previous.end = f.end;
  previous.reason = f.reason;
  return previous;
}

function raiseException(exc: CodecError): never {
  return throwPy(exc as unknown as PyException);
}

// This file is evaluated before the ones that define tuples and bytes (str.ts needs it early), so
// it knows them by what the hooks make.
function isTupleValue(x: unknown): x is unknown[] {
  return x instanceof (hooks.tuple([]) as object).constructor;
}

function isBytesValue(x: unknown): x is { b: Uint8Array } {
  return x instanceof (hooks.bytes(new Uint8Array(0)) as object).constructor;
}

/** What a registered handler answered: (replacement, position), checked as CPython checks it. */
function handlerAnswer(handler: unknown, exc: CodecError, length: number, decoding: boolean): [unknown, number] {
  const answer = hooks.callKw(handler, null, [exc], null);
  const shape = decoding ? 'decoding error handler must return (str, int) tuple' : 'encoding error handler must return (str/bytes, int) tuple';
  if (!isTupleValue(answer) || answer.length !== 2) raise('TypeError', shape);
  const replacement = unwrapStr(answer[0]);
  if (decoding && typeof replacement !== 'string') raise('TypeError', shape);
  let position = toSsizeArg(answer[1]);
  if (!decoding && typeof replacement !== 'string' && !isBytesValue(replacement)) raise('TypeError', shape);
  if (position < 0) position += length;
  if (position < 0 || position > length) raise('IndexError', `position ${position} from error handler out of bounds`);
  return [replacement, position];
}

/** The encodings surrogatepass knows: bytes per code unit and byte order, or null. */
function surrogateUnit(encoding: string): { size: number; little: boolean } | null {
  switch (encoding.toLowerCase().replaceAll('_', '-')) {
    case 'utf-8': case 'utf8': return { size: 1, little: false };
    case 'utf-16': case 'utf-16-le': case 'utf-16le': return { size: 2, little: true };
    case 'utf-16-be': case 'utf-16be': return { size: 2, little: false };
    case 'utf-32': case 'utf-32-le': case 'utf-32le': return { size: 4, little: true };
    case 'utf-32-be': case 'utf-32be': return { size: 4, little: false };
    default: return null;
  }
}

function wrongFaultKind(kind: string): never {
  return raise('TypeError', `don't know how to handle ${kind} in error callback`);
}

/**
 * `\N{NAME}` for a character, as namereplace writes it. The names are in the unicodedata module's
 * tables, which a program has only when it imports unicodedata: without them (and for a character
 * without a name) the character's backslash escape stands in.
 */
function namedEscape(cp: number): string {
  const ucd = unicodeNames() as { $name?: (ch: string, old: boolean) => unknown } | undefined;
  const name = typeof ucd?.$name === 'function' ? ucd.$name(String.fromCodePoint(cp), false) : null;
  return typeof name === 'string' ? `\\N{${name}}` : escapeCodePoint(cp);
}

let namesAbsent = false;

/**
 * The `_unicodedata` module, loaded on first need when the program's runtime carries it without
 * the program having imported it; undefined when the program has no name tables at all (the
 * compiler leaves them out of a program that imports no unicodedata).
 */
function unicodeNames(): unknown {
  const loadedAlready = hooks.moduleNamed('_unicodedata');
  if (loadedAlready !== undefined || namesAbsent) return loadedAlready;
  // Through the builtin __import__ (codecs is loaded before the module system it would need).
  const main = hooks.moduleNamed('__main__') as { $__builtins__?: { $__import__?: (name: string) => unknown } } | undefined;
  const importer = main?.$__builtins__?.$__import__;
  if (typeof importer !== 'function') return undefined;
  try {
    return importer('_unicodedata');
  } catch {
    namesAbsent = true; // not in this program's runtime: asked once
    return undefined;
  }
}

/** A string's code points (a lone surrogate is one). */
function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out.push((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function stringOf(cps: readonly number[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCodePoint(...cps.slice(i, Math.min(to, i + 4096)));
  return out;
}

/** One str.encode through error handlers: clean stretches encoded strictly, each fault handled. */
class EncodeRun {
  private readonly cps: number[];
  private readonly pieces: Uint8Array[] = [];
  private exc: CodecError | null = null;
  /** The codec for the stretches: the byte order mark, if any, is written once, first. */
  private readonly body: TextCodec;

  constructor(private readonly s: string, private readonly codec: TextCodec, private readonly errors: string) {
    this.cps = codePointsOf(s);
    this.body = codec === 'utf-8-sig' ? 'utf-8' : typeof codec === 'string' && codec.startsWith('utf-') ? withoutBom(codec as WideCodec) : codec;
  }

  run(): Uint8Array {
    const { codec, cps } = this;
    if (codec === 'utf-8-sig') this.pieces.push(UTF8_SIGNATURE);
    else if (codec === 'utf-16') this.pieces.push(Uint8Array.of(0xff, 0xfe));
    else if (codec === 'utf-32') this.pieces.push(Uint8Array.of(0xff, 0xfe, 0, 0));
    let at = 0;
    while (at < cps.length) {
      const fault = this.findFault(at);
      this.pieces.push(this.encodeClean(cps, at, fault === null ? cps.length : fault.start));
      if (fault === null) break;
      at = this.handle(fault);
    }
    return concatBytes(this.pieces);
  }

  private encodable(cp: number): boolean {
    const c = this.body;
    if (typeof c === 'object') return pageByte(c, cp) >= 0;
    if (c === 'ascii') return cp < 0x80;
    if (c === 'latin-1') return cp < 0x100;
    return cp < 0xd800 || cp > 0xdfff;
  }

  /** The first range from `at` the codec cannot encode: a run of such characters, one surrogate for UTF-16/32. */
  private findFault(at: number): Fault | null {
    const { cps } = this;
    let start = at;
    while (start < cps.length && this.encodable(cps[start]!)) start++;
    if (start === cps.length) return null;
    let end = start + 1;
    const single = typeof this.body === 'string' && this.body !== 'utf-8' && this.body.startsWith('utf-');
    if (!single) while (end < cps.length && !this.encodable(cps[end]!)) end++;
    return { codec: this.faultCodecName(), start, end, reason: this.reason() };
  }

  private faultCodecName(): string {
    const c = this.codec;
    return typeof c === 'object' ? 'charmap' : c === 'utf-8-sig' ? 'utf-8' : c;
  }

  private reason(): string {
    const c = this.body;
    if (typeof c === 'object') return CHARMAP_REASON;
    if (c === 'ascii') return 'ordinal not in range(128)';
    if (c === 'latin-1') return 'ordinal not in range(256)';
    return 'surrogates not allowed';
  }

  private encodeClean(cps: readonly number[], from: number, to: number): Uint8Array {
    const c = this.body;
    if (typeof c !== 'object') return strEncode(stringOf(cps, from, to), c, 'strict');
    const out = new Uint8Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = pageByte(c, cps[i]!);
    return out;
  }

  /** Apply the error handler to `fault`: its replacement goes out; returns where encoding resumes. */
  private handle(fault: Fault): number {
    const { cps } = this;
    const exc = () => (this.exc = faultException('UnicodeEncodeError', this.exc, this.s, fault));
    let replacement: unknown;
    let resume = fault.end;
    const refused = cps.slice(fault.start, fault.end);
    switch (this.errors) {
      case 'strict':
        return raiseException(exc());
      case 'ignore':
        replacement = '';
        break;
      case 'replace':
        replacement = '?'.repeat(refused.length);
        break;
      case 'backslashreplace':
        replacement = refused.map(escapeCodePoint).join('');
        break;
      case 'namereplace':
        replacement = refused.map(namedEscape).join('');
        break;
      case 'xmlcharrefreplace':
        replacement = refused.map((cp) => `&#${cp};`).join('');
        break;
      case 'surrogateescape': {
        if (refused.some((cp) => cp < 0xdc80 || cp > 0xdcff)) raiseException(exc());
        replacement = Uint8Array.from(refused, (cp) => cp - 0xdc00);
        break;
      }
      case 'surrogatepass': {
        const unit = surrogateUnit(fault.codec);
        if (unit === null || refused.some((cp) => cp < 0xd800 || cp > 0xdfff)) raiseException(exc());
        replacement = concatBytes(refused.map((cp) => surrogateBytes(cp, unit)));
        break;
      }
      default: {
        const handler = lookupErrorHandler(this.errors);
        [replacement, resume] = handlerAnswer(handler, exc(), cps.length, false);
        if (isBytesValue(replacement)) replacement = replacement.b;
      }
    }
    if (typeof replacement === 'string') this.pieces.push(this.encodeReplacement(replacement, fault));
    else {
      const bytes = replacement as Uint8Array;
      const size = this.unitSize();
      if (bytes.length % size !== 0) raiseException(exc());
      this.pieces.push(bytes);
    }
    return resume;
  }

  private unitSize(): number {
    const c = this.body;
    return typeof c === 'string' && c.startsWith('utf-16') ? 2 : typeof c === 'string' && c.startsWith('utf-32') ? 4 : 1;
  }

  /** A replacement str: the UTF codecs take ASCII only, the others what they can encode; else the fault is raised. */
  private encodeReplacement(text: string, fault: Fault): Uint8Array {
    const cps = codePointsOf(text);
    const utf = typeof this.body === 'string' && this.body.startsWith('utf-');
    for (const cp of cps) {
      if (utf ? cp >= 0x80 : !this.encodable(cp)) raiseException(this.exc = faultException('UnicodeEncodeError', this.exc, this.s, fault));
    }
    return this.encodeClean(cps, 0, cps.length);
  }
}

function surrogateBytes(cp: number, unit: { size: number; little: boolean }): Uint8Array {
  if (unit.size === 1) return Uint8Array.of(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  const out = new Uint8Array(unit.size);
  for (let k = 0; k < unit.size; k++) out[unit.little ? k : unit.size - 1 - k] = (cp >>> (8 * k)) & 0xff;
  return out;
}

function concatBytes(pieces: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of pieces) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One bytes.decode through error handlers: clean stretches decoded strictly, each fault handled. */
class DecodeRun {
  private text = '';
  private exc: CodecError | null = null;
  private object: unknown = null;

  constructor(private readonly b: Uint8Array, private codec: TextCodec, private readonly errors: string) {}

  run(): string {
    let at = 0;
    for (;;) {
      const fault = this.decodeFrom(at);
      if (fault === null) return this.text;
      // A UTF-16/32 stream goes on in the byte order its mark chose.
      if (typeof this.codec === 'string' && this.codec.startsWith('utf-')) this.codec = fault.codec as TextCodec;
      at = this.handle(fault);
    }
  }

  /** Decode from `at` up to the first fault (returned; null when the data ended cleanly). */
  private decodeFrom(at: number): Fault | null {
    const { b, codec } = this;
    if (typeof codec === 'object') {
      for (let i = at; i < b.length; i++) {
        const byte = b[i]!;
        const c = byte < 0x80 ? byte : codec.upper.charCodeAt(byte - 0x80);
        if (c === UNDEFINED) {
          this.text += pageRun(b, at, i, codec);
          return { codec: 'charmap', start: i, end: i + 1, reason: CHARMAP_REASON };
        }
      }
      this.text += pageRun(b, at, b.length, codec);
      return null;
    }
    const rest = b.subarray(at);
    try {
      this.text += bytesDecode(rest, codec, 'strict');
      return null;
    } catch (e) {
      const f = e as CodecError;
      if (typeof f?.start !== 'number' || typeof f.encoding !== 'string') throw e;
      this.text += bytesDecode(rest.subarray(0, f.start), codec, 'strict');
      return { codec: f.encoding, start: at + f.start, end: at + (f.end as number), reason: String(f.reason) };
    }
  }

  private handle(fault: Fault): number {
    const { b } = this;
    const exc = (): CodecError => {
      this.object ??= hooks.bytes(b.slice());
      return (this.exc = faultException('UnicodeDecodeError', this.exc, this.object, fault));
    };
    switch (this.errors) {
      case 'strict':
        return raiseException(exc());
      case 'ignore':
        return fault.end;
      case 'replace':
        this.text += '\ufffd';
        return fault.end;
      case 'backslashreplace':
        for (let k = fault.start; k < fault.end; k++) this.text += escapeCodePoint(b[k]!);
        return fault.end;
      case 'surrogateescape': {
        let k = fault.start;
        while (k < fault.end && k - fault.start < 4 && b[k]! >= 0x80) this.text += String.fromCharCode(0xdc00 + b[k++]!);
        if (k === fault.start) raiseException(exc());
        return k;
      }
      case 'surrogatepass': {
        const unit = surrogateUnit(fault.codec);
        const cp = unit === null ? -1 : surrogateAt(b, fault.start, unit);
        if (cp < 0) raiseException(exc());
        this.text += String.fromCharCode(cp);
        return fault.start + (unit!.size === 1 ? 3 : unit!.size);
      }
      case 'xmlcharrefreplace':
      case 'namereplace':
        return wrongFaultKind('UnicodeDecodeError');
      default: {
        const handler = lookupErrorHandler(this.errors);
        const [replacement, resume] = handlerAnswer(handler, exc(), b.length, true);
        this.text += replacement as string;
        return resume;
      }
    }
  }
}

/** The surrogate encoded at `at` in the unit's form, or -1. */
function surrogateAt(b: Uint8Array, at: number, unit: { size: number; little: boolean }): number {
  let cp = -1;
  if (unit.size === 1) {
    if (at + 3 <= b.length && (b[at]! & 0xf0) === 0xe0 && (b[at + 1]! & 0xc0) === 0x80 && (b[at + 2]! & 0xc0) === 0x80) {
      cp = ((b[at]! & 0x0f) << 12) | ((b[at + 1]! & 0x3f) << 6) | (b[at + 2]! & 0x3f);
    }
  } else if (at + unit.size <= b.length) {
    cp = readUnit(b, at, unit.size, unit.little);
  }
  return cp >= 0xd800 && cp <= 0xdfff ? cp : -1;
}

/** Bytes [from, to) of a code page, all defined. */
function pageRun(b: Uint8Array, from: number, to: number, page: CodePage): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const byte = b[i]!;
    out += byte < 0x80 ? String.fromCharCode(byte) : page.upper[byte - 0x80];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// `_codecs`: what lib/codecs.py takes from the runtime

function moduleRegisterError(name: unknown, handler: unknown): null {
  registerErrorHandler(String(name), handler);
  return null;
}

function moduleLookupError(name: unknown): unknown {
  return lookupErrorHandler(String(name));
}

/** (module name, codecs.lookup() name) of the text codec named `encoding`, or None. */
function moduleTextCodec(encoding: unknown): unknown {
  encoding = unwrapStr(encoding);
  if (typeof encoding !== 'string') raise('TypeError', `lookup() argument must be str, not ${typeNameOf(encoding)}`);
  const codec = findTextCodec(encoding);
  if (codec !== null) return hooks.tuple([codecModuleNamed(encoding), codecDisplayName(codec)]);
  // The codecs known only by name (UTF-7, punycode): lib/codecs.py converts through str.encode and
  // bytes.decode under their module name.
  const key = normalizedEncodingName(encoding);
  const module = NAMED_CODEC_ALIASES[key] ?? NAMED_CODEC_ALIASES[key.replaceAll('.', '_')];
  return module === undefined ? null : hooks.tuple([module, module.replaceAll('_', '-')]);
}

/** The native module `_codecs` (registered by module.ts, which this file is evaluated before). */
export function populateCodecsModule(mod: Record<string, unknown>): void {
  const attrs: Record<string, Function> = { register_error: moduleRegisterError, lookup_error: moduleLookupError, text_codec: moduleTextCodec };
  for (const [name, fn] of Object.entries(attrs)) {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    Object.defineProperty(mod, '$' + name, { value: fn, writable: true, configurable: true, enumerable: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Codecs that str.encode and bytes.decode reach by name but text files never use: the escape
// codecs (unicode_escape, raw_unicode_escape), UTF-7 (RFC 2152, with CPython's choice of direct
// characters) and punycode (RFC 3492). Encoding never fails in any of them; decoding faults go
// through the same error handlers as every other codec.

/** A codec known only by name: whole-buffer conversions, errors resolved inside. */
export interface NamedCodec {
  encode(s: string, errors: string): Uint8Array;
  decode(b: Uint8Array, errors: string): string;
}

/** The answer to one decoding fault: the text it stands for and where decoding resumes. */
type FaultAnswer = [string, number];

/**
 * Resolves the decoding faults of one conversion with `errors`: the handlers that make sense
 * for these codecs, or a registered one (which sees one exception object, updated per fault).
 */
class DecodeFaults {
  private exc: CodecError | null = null;
  private object: unknown = null;

  constructor(private readonly b: Uint8Array, private readonly codec: string, private readonly errors: string) {}

  answer(start: number, end: number, reason: string): FaultAnswer {
    const { b } = this;
    const exc = (): CodecError => {
      this.object ??= hooks.bytes(b.slice());
      return (this.exc = faultException('UnicodeDecodeError', this.exc, this.object, { codec: this.codec, start, end, reason }));
    };
    switch (this.errors) {
      case 'strict':
        return raiseException(exc());
      case 'ignore':
        return ['', end];
      case 'replace':
        return ['\ufffd', end];
      case 'backslashreplace': {
        let text = '';
        for (let k = start; k < end; k++) text += escapeCodePoint(b[k]!);
        return [text, end];
      }
      case 'surrogateescape': {
        let text = '';
        let k = start;
        while (k < end && k - start < 4 && b[k]! >= 0x80) text += String.fromCharCode(0xdc00 + b[k++]!);
        if (k === start) raiseException(exc());
        return [text, k];
      }
      case 'surrogatepass':
        return raiseException(exc());
      case 'xmlcharrefreplace':
      case 'namereplace':
        return wrongFaultKind('UnicodeDecodeError');
      default: {
        const [replacement, resume] = handlerAnswer(lookupErrorHandler(this.errors), exc(), b.length, true);
        return [replacement as string, resume];
      }
    }
  }
}

function latin1Text(b: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCharCode(...b.subarray(i, Math.min(to, i + 4096)));
  return out;
}

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** How many hex digits (at most `wanted`) start at `at`. */
function hexDigitsAt(b: Uint8Array, at: number, wanted: number): number {
  let k = 0;
  while (k < wanted && at + k < b.length && hexValue(b[at + k]!) >= 0) k++;
  return k;
}

function hexNumber(b: Uint8Array, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 16 + hexValue(b[i]!);
  return v;
}

// --- unicode_escape and raw_unicode_escape

/** The one-character escapes after a backslash (by byte): \\ \' \" \b \f \t \n \r \v \a. */
const SIMPLE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x5c, '\\'], [0x27, "'"], [0x22, '"'], [0x62, '\b'], [0x66, '\f'], [0x74, '\t'],
  [0x6e, '\n'], [0x72, '\r'], [0x76, '\v'], [0x61, '\x07'],
]);

/** The character unicodedata calls `name`, or null (also when the program has no name tables). */
function characterCalled(name: string): string | null {
  const ucd = unicodeNames() as { $lookup?: (name: string, old: boolean) => unknown } | undefined;
  if (typeof ucd?.$lookup !== 'function') return null;
  let found: unknown;
  try {
    found = ucd.$lookup(name, false);
  } catch {
    return null;
  }
  return typeof found === 'string' && [...found].length === 1 ? found : null;
}

/** One escape whose backslash is at `at`: its text, or a fault, and where it ends. */
function readEscape(b: Uint8Array, at: number): { text: string | null; end: number; reason?: string } {
  const n = b.length;
  if (at + 1 >= n) return { text: null, end: n, reason: '\\ at end of string' };
  const kind = b[at + 1]!;
  const after = at + 2;
  if (kind === 0x0a) return { text: '', end: after };
  const simple = SIMPLE_ESCAPES.get(kind);
  if (simple !== undefined) return { text: simple, end: after };
  if (kind >= 0x30 && kind <= 0x37) {
    let v = kind - 0x30;
    let end = after;
    while (end < n && end < at + 4 && b[end]! >= 0x30 && b[end]! <= 0x37) v = v * 8 + b[end++]! - 0x30;
    return { text: String.fromCodePoint(v), end };
  }
  const width = kind === 0x78 ? 2 : kind === 0x75 ? 4 : kind === 0x55 ? 8 : 0;
  if (width > 0) {
    const got = hexDigitsAt(b, after, width);
    if (got < width) {
      const shape = kind === 0x78 ? '\\xXX' : kind === 0x75 ? '\\uXXXX' : '\\UXXXXXXXX';
      return { text: null, end: after + got, reason: `truncated ${shape} escape` };
    }
    const cp = hexNumber(b, after, after + width);
    if (cp > 0x10ffff) return { text: null, end: after + width, reason: 'illegal Unicode character' };
    return { text: String.fromCodePoint(cp), end: after + width };
  }
  if (kind === 0x4e) {
    const malformed = 'malformed \\N character escape';
    if (after >= n || b[after] !== 0x7b) return { text: null, end: after, reason: malformed };
    const close = b.indexOf(0x7d, after + 1);
    if (close < 0) return { text: null, end: n, reason: malformed };
    if (close === after + 1) return { text: null, end: close, reason: malformed };
    const found = characterCalled(latin1Text(b, after + 1, close));
    if (found === null) return { text: null, end: close + 1, reason: 'unknown Unicode character name' };
    return { text: found, end: close + 1 };
  }
  // Not an escape: the backslash stays with the character after it.
  return { text: '\\' + String.fromCharCode(kind), end: after };
}

function unicodeEscapeDecode(b: Uint8Array, errors: string): string {
  const faults = new DecodeFaults(b, 'unicodeescape', errors);
  let out = '';
  let at = 0;
  while (at < b.length) {
    const slash = b.indexOf(0x5c, at);
    if (slash < 0) {
      out += latin1Text(b, at, b.length);
      break;
    }
    out += latin1Text(b, at, slash);
    const esc = readEscape(b, slash);
    if (esc.text !== null) {
      out += esc.text;
      at = esc.end;
    } else {
      const [text, resume] = faults.answer(slash, esc.end, esc.reason!);
      out += text;
      at = resume;
    }
  }
  return out;
}

function unicodeEscapeEncode(s: string): Uint8Array {
  let out = '';
  for (const cp of codePointsOf(s)) {
    if (cp === 0x5c) out += '\\\\';
    else if (cp === 9) out += '\\t';
    else if (cp === 10) out += '\\n';
    else if (cp === 13) out += '\\r';
    else if (cp >= 0x20 && cp < 0x7f) out += String.fromCharCode(cp);
    else out += escapeCodePoint(cp);
  }
  return asciiBytes(out);
}

function rawUnicodeEscapeDecode(b: Uint8Array, errors: string): string {
  const faults = new DecodeFaults(b, 'rawunicodeescape', errors);
  const n = b.length;
  let out = '';
  let at = 0;
  while (at < n) {
    const slash = b.indexOf(0x5c, at);
    if (slash < 0) {
      out += latin1Text(b, at, n);
      break;
    }
    let runEnd = slash;
    while (runEnd < n && b[runEnd] === 0x5c) runEnd++;
    // Only the last backslash of an odd run escapes a 'u' or 'U' after it.
    const escapes = (runEnd - slash) % 2 === 1 && runEnd < n && (b[runEnd] === 0x75 || b[runEnd] === 0x55);
    out += latin1Text(b, at, escapes ? runEnd - 1 : runEnd);
    at = runEnd;
    if (!escapes) continue;
    const width = b[runEnd] === 0x75 ? 4 : 8;
    const got = hexDigitsAt(b, runEnd + 1, width);
    const start = runEnd - 1;
    const end = runEnd + 1 + got;
    let reason: string | null = null;
    if (got < width) reason = `truncated ${width === 4 ? '\\uXXXX' : '\\UXXXXXXXX'} escape`;
    else if (hexNumber(b, runEnd + 1, end) > 0x10ffff) reason = '\\Uxxxxxxxx out of range';
    if (reason === null) {
      out += String.fromCodePoint(hexNumber(b, runEnd + 1, end));
      at = end;
    } else {
      const [text, resume] = faults.answer(start, end, reason);
      out += text;
      at = resume;
    }
  }
  return out;
}

function rawUnicodeEscapeEncode(s: string): Uint8Array {
  const parts: number[] = [];
  for (const cp of codePointsOf(s)) {
    if (cp < 0x100) parts.push(cp);
    else for (const c of escapeCodePoint(cp)) parts.push(c.charCodeAt(0));
  }
  return Uint8Array.from(parts);
}

// --- UTF-7

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Value(c: number): number {
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 97 && c <= 122) return c - 71;
  if (c >= 48 && c <= 57) return c + 4;
  if (c === 43) return 62;
  if (c === 47) return 63;
  return -1;
}

/**
 * The characters the encoder writes as themselves: tab, newline, carriage return and printable
 * ASCII but '+', '\' and '~' (RFC 2152's sets D and O and its white space, as CPython chooses).
 */
function utf7Direct(cp: number): boolean {
  if (cp === 9 || cp === 10 || cp === 13) return true;
  return cp >= 0x20 && cp <= 0x7d && cp !== 0x2b && cp !== 0x5c;
}

function utf7Encode(s: string): Uint8Array {
  let out = '';
  let shifted = false;
  let acc = 0; // the bits not yet written, `bits` of them
  let bits = 0;
  const pushUnit = (unit: number): void => {
    acc = (acc << 16) | unit;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64_DIGITS[(acc >>> bits) & 0x3f];
    }
    acc &= (1 << bits) - 1;
  };
  for (const cp of codePointsOf(s)) {
    if (utf7Direct(cp)) {
      if (shifted) {
        if (bits > 0) out += BASE64_DIGITS[(acc << (6 - bits)) & 0x3f];
        acc = 0;
        bits = 0;
        shifted = false;
        // A character that could be read as part of the shift closes it explicitly.
        if (base64Value(cp) >= 0 || cp === 0x2d) out += '-';
      }
      out += String.fromCharCode(cp);
      continue;
    }
    if (!shifted) {
      if (cp === 0x2b) {
        out += '+-';
        continue;
      }
      out += '+';
      shifted = true;
    }
    if (cp > 0xffff) {
      pushUnit(0xd800 + ((cp - 0x10000) >> 10));
      pushUnit(0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else pushUnit(cp);
  }
  if (bits > 0) out += BASE64_DIGITS[(acc << (6 - bits)) & 0x3f];
  if (shifted) out += '-';
  return asciiBytes(out);
}

function utf7Decode(b: Uint8Array, errors: string): string {
  const faults = new DecodeFaults(b, 'utf7', errors);
  const n = b.length;
  let out = '';
  let shifted = false;
  let shiftStart = 0;
  let acc = 0;
  let bits = 0;
  let high = 0; // a high surrogate waiting for its low half
  let i = 0;
  const fail = (start: number, end: number, reason: string): void => {
    const [text, resume] = faults.answer(start, end, reason);
    out += text;
    i = resume;
  };
  while (i < n) {
    const c = b[i]!;
    if (shifted) {
      const v = base64Value(c);
      if (v >= 0) {
        acc = (acc << 6) | v;
        bits += 6;
        i++;
        if (bits >= 16) {
          bits -= 16;
          const unit = (acc >>> bits) & 0xffff;
          acc &= (1 << bits) - 1;
          if (high !== 0) {
            const pending = high;
            high = 0;
            if (unit >= 0xdc00 && unit <= 0xdfff) {
              out += String.fromCharCode(pending, unit);
              continue;
            }
            out += String.fromCharCode(pending);
          }
          if (unit >= 0xd800 && unit <= 0xdbff) high = unit;
          else out += String.fromCharCode(unit);
        }
        continue;
      }
      // Any other byte ends the shift: '-' is swallowed, anything else read again as itself.
      shifted = false;
      if (bits >= 6) {
        high = 0;
        fail(shiftStart, i + 1, 'partial character in shift sequence');
        continue;
      }
      if (bits > 0 && acc !== 0) {
        high = 0;
        fail(shiftStart, i + 1, 'non-zero padding bits in shift sequence');
        continue;
      }
      if (high !== 0 && c < 0x80) out += String.fromCharCode(high);
      high = 0;
      if (c === 0x2d) i++;
      continue;
    }
    if (c === 0x2b) {
      const start = i++;
      if (i < n && b[i] === 0x2d) {
        out += '+';
        i++;
      } else if (i < n && base64Value(b[i]!) < 0) {
        fail(start, i + 1, 'ill-formed sequence');
      } else {
        shifted = true;
        shiftStart = start;
        acc = 0;
        bits = 0;
        high = 0;
      }
      continue;
    }
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    fail(i, i + 1, 'unexpected special character');
  }
  if (shifted && (high !== 0 || bits >= 6 || (bits > 0 && acc !== 0))) {
    i = n;
    fail(shiftStart, n, 'unterminated shift sequence');
  }
  return out;
}

// --- punycode

const PUNY_BASE = 36;

/** The threshold for digit `j` of a variable-length number: clamped to [1, 26]. */
function punyThreshold(j: number, bias: number): number {
  const t = PUNY_BASE * (j + 1) - bias;
  return t < 1 ? 1 : t > 26 ? 26 : t;
}

function punyAdapt(delta: number, first: boolean, count: number): number {
  delta = Math.floor(delta / (first ? 700 : 2));
  delta += Math.floor(delta / count);
  let k = 0;
  while (delta > 455) {
    delta = Math.floor(delta / 35);
    k += PUNY_BASE;
  }
  return k + Math.floor((PUNY_BASE * delta) / (delta + 38));
}

function punyDigit(d: number): string {
  return String.fromCharCode(d < 26 ? 97 + d : 22 + d);
}

function punycodeEncode(s: string): Uint8Array {
  const cps = codePointsOf(s);
  let out = '';
  for (const cp of cps) if (cp < 0x80) out += String.fromCharCode(cp);
  const basic = out.length;
  if (basic > 0) out += '-';
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  let handled = basic;
  while (handled < cps.length) {
    let m = Infinity;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) delta++;
      if (cp !== n) continue;
      let q = delta;
      for (let j = 0; ; j++) {
        const t = punyThreshold(j, bias);
        if (q < t) break;
        out += punyDigit(t + ((q - t) % (PUNY_BASE - t)));
        q = Math.floor((q - t) / (PUNY_BASE - t));
      }
      out += punyDigit(q);
      bias = punyAdapt(delta, handled === basic, handled + 1);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return asciiBytes(out);
}

function punycodeDecode(b: Uint8Array, errors: string): string {
  if (errors !== 'strict' && errors !== 'replace' && errors !== 'ignore') raise('UnicodeError', `Unsupported error handling ${errors}`);
  const strict = errors === 'strict';
  const dash = b.lastIndexOf(0x2d);
  const chars = dash < 0 ? [] : [...bytesDecode(b.subarray(0, dash), 'ascii', errors)];
  const extended = bytesDecode(dash < 0 ? b : b.subarray(dash + 1), 'ascii', 'strict').toUpperCase();
  let char = 0x80;
  let pos = -1;
  let bias = 72;
  let at = 0;
  while (at < extended.length) {
    // One variable-length number: digits with weights growing by (36 - threshold).
    const first = at === 0;
    let delta = 0;
    let weight = 1;
    for (let j = 0; ; j++) {
      if (at >= extended.length) {
        if (strict) raise('UnicodeError', 'incomplete punicode string');
        return chars.join('');
      }
      const c = extended.charCodeAt(at++);
      let digit: number;
      if (c >= 65 && c <= 90) digit = c - 65;
      else if (c >= 48 && c <= 57) digit = c - 22;
      else if (strict) return raise('UnicodeError', `Invalid extended code point '${extended[at - 1]}'`);
      else return chars.join('');
      const t = punyThreshold(j, bias);
      delta += digit * weight;
      if (digit < t) break;
      weight *= PUNY_BASE - t;
    }
    pos += delta + 1;
    char += Math.floor(pos / (chars.length + 1));
    if (char > 0x10ffff) {
      if (strict) raise('UnicodeError', `Invalid character U+${char.toString(16)}`);
      char = 0x3f;
    }
    pos %= chars.length + 1;
    chars.splice(pos, 0, String.fromCodePoint(char));
    bias = punyAdapt(delta, first, chars.length);
  }
  return chars.join('');
}

// --- idna (RFC 3490 ToASCII/ToUnicode per label, with RFC 3491 nameprep, as CPython's codec)

const ACE_PREFIX = 'xn--';

/** Characters that nameprep deletes (RFC 3454 table B.1). */
function mappedToNothing(cp: number): boolean {
  return cp === 0xad || cp === 0x34f || cp === 0x1806 || (cp >= 0x180b && cp <= 0x180d) || (cp >= 0x200b && cp <= 0x200d)
    || cp === 0x2060 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff;
}

/** The Unicode 3.2 database functions of `_unicodedata`, or null when the program has none. */
interface OldUnicode {
  category(ch: string): string;
  bidirectional(ch: string): string;
  nfkc(s: string): string;
}

let oldUnicode: OldUnicode | null | undefined;

/**
 * Unicode 3.2 as nameprep wants it. A program without the character database (one that never
 * names the idna codec in its source) falls back on the JS engine's newer tables.
 */
function unicode32(): OldUnicode {
  if (oldUnicode !== undefined && oldUnicode !== null) return oldUnicode;
  const ucd = unicodeNames() as Record<string, ((...a: unknown[]) => unknown) | undefined> | undefined;
  const [category, bidi, normalize] = [ucd?.$category, ucd?.$bidirectional, ucd?.$normalize];
  if (typeof category === 'function' && typeof bidi === 'function' && typeof normalize === 'function') {
    return (oldUnicode = {
      category: (ch) => category(ch, true) as string,
      bidirectional: (ch) => bidi(ch, true) as string,
      nfkc: (s) => normalize('NFKC', s, true) as string,
    });
  }
  const classes: [RegExp, string][] = [[/\p{Zs}/u, 'Zs'], [/\p{Cc}/u, 'Cc'], [/\p{Co}/u, 'Co'], [/\p{Cs}/u, 'Cs']];
  return {
    category: (ch) => classes.find(([re]) => re.test(ch))?.[1] ?? '',
    bidirectional: (ch) => (/[\p{Script=Hebrew}\p{Script=Arabic}]/u.test(ch) ? 'R' : /\p{L}/u.test(ch) ? 'L' : ''),
    nfkc: (s) => s.normalize('NFKC'),
  };
}

/**
 * Case folding as RFC 3454 table B.3 (Unicode 3.2) has it: full folding for the characters 3.2
 * knew, except Cherokee, which had no case then; lowercasing for the rest.
 */
function foldCase32(ch: string, u: OldUnicode): string {
  const cp = ch.codePointAt(0)!;
  if ((cp >= 0x13a0 && cp <= 0x13ff) || u.category(ch) === 'Cn') return strLower(ch);
  return strCasefold(ch);
}

/** Table B.2: folding that stays stable under NFKC (folding the normalized text when it is not). */
function foldForNfkc(ch: string, u: OldUnicode): string {
  const folded = foldCase32(ch, u);
  const once = u.nfkc(folded);
  let refolded = '';
  for (const c of once) refolded += foldCase32(c, u);
  const twice = u.nfkc(refolded);
  return once !== twice ? twice : folded;
}

const CONTROL_EXTRAS = new Set([0x6dd, 0x70f, 0x180e, 0x200c, 0x200d, 0x2028, 0x2029, 0xfeff]);

/** Whether nameprep prohibits `ch` (RFC 3454 tables C.1.2 and C.2.2 to C.9). */
function prohibited(ch: string, u: OldUnicode): boolean {
  const cp = ch.codePointAt(0)!;
  const cat = u.category(ch);
  if (cat === 'Zs' && cp !== 0x20) return true;
  if (cp >= 0x80 && (cat === 'Cc' || CONTROL_EXTRAS.has(cp) || (cp >= 0x2060 && cp <= 0x2063) || (cp >= 0x206a && cp <= 0x206f)
    || (cp >= 0xfff9 && cp <= 0xfffc) || (cp >= 0x1d173 && cp <= 0x1d17a))) return true;
  if (cat === 'Co' || cat === 'Cs') return true;
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return true;
  if ((cp >= 0xfff9 && cp <= 0xfffd) || (cp >= 0x2ff0 && cp <= 0x2ffb)) return true;
  if (cp === 0x340 || cp === 0x341 || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e)) return true;
  return cp === 0xe0001 || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** RFC 3491 nameprep of one label (unassigned code points allowed, as for a query). */
function nameprep(label: string): string {
  const u = unicode32();
  let mapped = '';
  for (const ch of label) if (!mappedToNothing(ch.codePointAt(0)!)) mapped += foldForNfkc(ch, u);
  const text = u.nfkc(mapped);
  const chars = [...text];
  for (const ch of chars) if (prohibited(ch, u)) raise('UnicodeError', `Invalid character ${strRepr(ch)}`);
  const rightToLeft = chars.map((ch) => { const b = u.bidirectional(ch); return b === 'R' || b === 'AL'; });
  if (rightToLeft.some((x) => x)) {
    if (chars.some((ch) => u.bidirectional(ch) === 'L')) raise('UnicodeError', 'Violation of BIDI requirement 2');
    if (!rightToLeft[0] || !rightToLeft[rightToLeft.length - 1]) raise('UnicodeError', 'Violation of BIDI requirement 3');
  }
  return text;
}

function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

function textOf(b: Uint8Array): string {
  return latin1Text(b, 0, b.length);
}

function checkedLabel(ascii: string): Uint8Array {
  if (ascii.length === 0 || ascii.length >= 64) raise('UnicodeError', 'label empty or too long');
  return asciiBytes(ascii);
}

/** RFC 3490 ToASCII of one label. */
function labelToAscii(label: string): Uint8Array {
  if (isAsciiText(label)) return checkedLabel(label);
  const prepared = nameprep(label);
  if (isAsciiText(prepared)) return checkedLabel(prepared);
  if (prepared.startsWith(ACE_PREFIX)) raise('UnicodeError', 'Label starts with ACE prefix');
  return checkedLabel(ACE_PREFIX + textOf(punycodeEncode(prepared)));
}

function idnaEncode(s: string, errors: string): Uint8Array {
  if (errors !== 'strict') raise('UnicodeError', `unsupported error handling ${errors}`);
  if (s === '') return new Uint8Array(0);
  if (isAsciiText(s)) {
    // An ASCII name is only checked: each label but the last not empty, none of 64 or more.
    const labels = s.split('.');
    for (const l of labels.slice(0, -1)) if (l.length === 0 || l.length >= 64) raise('UnicodeError', 'label empty or too long');
    if (labels[labels.length - 1]!.length >= 64) raise('UnicodeError', 'label too long');
    return asciiBytes(s);
  }
  const labels = s.split(/[.\u3002\uff0e\uff61]/);
  const trailingDot = labels.length > 0 && labels[labels.length - 1] === '';
  if (trailingDot) labels.pop();
  const parts = labels.map((l) => textOf(labelToAscii(l)));
  return asciiBytes(parts.join('.') + (trailingDot ? '.' : ''));
}

function startsWithAce(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x78 && b[1] === 0x6e && b[2] === 0x2d && b[3] === 0x2d;
}

/** RFC 3490 ToUnicode of one label (bytes: no nameprep before the prefix test). */
function labelToUnicode(label: Uint8Array): string {
  if (!startsWithAce(label)) return bytesDecode(label, 'ascii', 'strict');
  const encoded = label.subarray(4);
  // Through the punycode codec by name: its faults are reported as that codec's.
  const decoded = decodeNamed(encoded, NAMED_CODECS.punycode!, 'strict', 'punycode');
  const back = labelToAscii(decoded);
  if (textOf(label).toLowerCase() !== textOf(back)) {
    throwPy(makeExc('UnicodeError', 'IDNA does not round-trip', hooks.bytes(label.slice()), hooks.bytes(back)));
  }
  return decoded;
}

function idnaDecode(b: Uint8Array, errors: string): string {
  if (errors !== 'strict') raise('UnicodeError', `Unsupported error handling ${errors}`);
  const text = textOf(b);
  if (!text.includes(ACE_PREFIX) && isAsciiText(text)) return text;
  const labels: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i === b.length || b[i] === 0x2e) {
      labels.push(b.subarray(from, i));
      from = i + 1;
    }
  }
  const trailingDot = labels[labels.length - 1]!.length === 0;
  if (trailingDot) labels.pop();
  return labels.map(labelToUnicode).join('.') + (trailingDot ? '.' : '');
}

const NAMED_CODECS: Readonly<Record<string, NamedCodec>> = {
  unicode_escape: { encode: unicodeEscapeEncode, decode: unicodeEscapeDecode },
  raw_unicode_escape: { encode: rawUnicodeEscapeEncode, decode: rawUnicodeEscapeDecode },
  utf_7: { encode: utf7Encode, decode: utf7Decode },
  punycode: { encode: punycodeEncode, decode: punycodeDecode },
  idna: { encode: idnaEncode, decode: idnaDecode },
};

/** CPython's names for the codecs above (normalized). */
const NAMED_CODEC_ALIASES: Readonly<Record<string, string>> = {
  unicode_escape: 'unicode_escape', raw_unicode_escape: 'raw_unicode_escape', punycode: 'punycode', idna: 'idna',
  utf_7: 'utf_7', utf7: 'utf_7', u7: 'utf_7', unicode_1_1_utf_7: 'utf_7', csunicode11utf7: 'utf_7',
};

/** The by-name codec `encoding` stands for, or null (for every name textCodec knows, too). */
export function namedCodec(encoding: string): NamedCodec | null {
  const key = normalizedEncodingName(encoding);
  const module = NAMED_CODEC_ALIASES[key] ?? NAMED_CODEC_ALIASES[key.replaceAll('.', '_')];
  return module === undefined ? null : NAMED_CODECS[module]!;
}

/** `s.encode(encoding, errors)` through a by-name codec, failures reported under `encoding`. */
export function encodeNamed(s: string, codec: NamedCodec, errors: string, encoding: string): Uint8Array {
  try {
    return codec.encode(s, errors);
  } catch (e) {
    throw withCodecNamed(e, 'encoding', encoding);
  }
}

/** `b.decode(encoding, errors)` through a by-name codec, failures reported under `encoding`. */
export function decodeNamed(b: Uint8Array, codec: NamedCodec, errors: string, encoding: string): string {
  // CPython answers an empty buffer before the codec sees its error handler.
  if (b.length === 0) return '';
  try {
    return codec.decode(b, errors);
  } catch (e) {
    throw withCodecNamed(e, 'decoding', encoding);
  }
}
