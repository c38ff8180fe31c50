// Source: the bytes of a .py file → its text, decoded the way CPython's tokenizer decodes a file
// (Parser/tokenizer.c: check_bom, check_coding_spec). UTF-8 unless a PEP 263 cookie in the first two
// lines names another encoding; a UTF-8 BOM is allowed and dropped later by the tokenizer. A file
// that does not decode is a SyntaxError CPython prints without a position, naming the file and
// the line in the message itself.

import { Buffer, isUtf8 } from 'node:buffer';
import { CompileError, type Diagnostic } from './diagnostics.js';

/** PEP 263: `# -*- coding: latin-1 -*-`, `# vim: set fileencoding=utf-8 :`. */
const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** A line that lets the cookie be on the second line instead (blank or only a comment). */
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?$/;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function positionless(message: string, filename: string): CompileError {
  const d: Diagnostic = { kind: 'SyntaxError', message, filename, lineno: 0, col_offset: -1 };
  return new CompileError(d);
}

/** CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises before the codec registry. */
function normalEncodingName(name: string): string {
  const lower = name.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower)) return 'iso-8859-1';
  return name;
}

/** The encoding a cookie on line 1 or 2 names, or null. Lines end at \n, \r\n or a lone \r. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const lines = head.split(/\r\n|\r|\n/, 2);
  for (let i = 0; i < lines.length; i++) {
    const m = CODING_COOKIE.exec(lines[i]);
    if (m) return normalEncodingName(m[1]);
    if (!BLANK_OR_COMMENT.test(lines[i])) break;
  }
  return null;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** The 1-based line of a byte offset, counting \n, \r\n and lone \r as line ends. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Decodes a Python source file; a CompileError (SyntaxError) when CPython would refuse it. */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const declared = declaredEncoding(hasBom ? bytes.subarray(3) : bytes);
  if (declared !== null && declared !== 'utf-8') {
    if (hasBom) throw positionless(`encoding problem: ${declared} with BOM`, filename);
    if (/^(ascii|us-ascii|646)$/i.test(declared)) {
      if (bytes.some((b) => b >= 0x80)) throw positionless(`encoding problem: ${declared}`, filename);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    }
    if (declared === 'iso-8859-1') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    try {
      return new TextDecoder(declared, { fatal: true }).decode(bytes);
    } catch {
      // An encoding node does not know, or bytes that are not in it: CPython's words for both.
      throw positionless(`encoding problem: ${declared}`, filename);
    }
  }
  // The native check first: the loop below only finds where the first bad byte is.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad].toString(16).padStart(2, '0');
    throw positionless(`Non-UTF-8 code starting with '\\x${byte}' in file ${filename} on line ${lineOf(bytes, bad)}, `
      + 'but no encoding declared; see https://peps.python.org/pep-0263/ for details', filename);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}
