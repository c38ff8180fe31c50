// String literals: escape decoding, implicit concatenation and f-strings, after CPython 3.11's
// Parser/string_parser.c.
//
// In 3.11 an f-string reaches the parser as one STRING token. Its replacement fields are found by
// scanning the token text (fstring_find_expr), and each expression is tokenized and parsed on its
// own, wrapped in parentheses as CPython does, with its tokens moved to where the expression sits in
// the file. As in CPython, every constant and formatted value of a JoinedStr takes the position of
// the whole concatenation, and errors inside a replacement field are prefixed with "f-string: ".

import type { Constant, ConstantValue, expr, FormattedValue, JoinedStr } from '../ast.js';
import { CompileError } from '../diagnostics.js';
import { tokenize, type Token } from '../tokenize.js';
import { parseStarExpressions, parseYield } from './expression.js';
import { Parser, tokenArray, type EndLoc, type Loc } from './state.js';
import { lookupName } from '../../runtime/stdlib/unicodedata_names.js';

interface Prefix { bytes: boolean; raw: boolean; f: boolean; u: boolean; quoteLen: number; prefixLen: number }

function readPrefix(text: string): Prefix {
  let i = 0;
  let bytes = false;
  let raw = false;
  let f = false;
  let u = false;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true; // b
    else if (c === 114) raw = true; // r
    else if (c === 102) f = true; // f
    else if (c === 117) u = true; // u
    else break;
  }
  const q = text[i];
  const quoteLen = text[i + 1] === q && text[i + 2] === q && text.length >= i + 6 ? 3 : 1;
  return { bytes, raw, f, u, quoteLen, prefixLen: i };
}

/** One part of a concatenation: literal text, or a formatted value from an f-string. */
type Part = string | FormattedValue;

Parser.stringAtom = parseStrings;

/** `strings`: one or more adjacent STRING tokens, concatenated. */
export function parseStrings(p: Parser): expr {
  const first = p.tok;
  const toks: Token[] = [];
  while (p.tok.type === 'STRING') toks.push(p.next());
  const last = toks[toks.length - 1];
  const span: Loc & EndLoc = {
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };

  const firstPrefix = readPrefix(first.string);
  if (toks.length === 1 && !firstPrefix.f) {
    const value = decodeLiteral(p, first, firstPrefix);
    return { nodeType: 'Constant', value, kind: firstPrefix.u ? 'u' : null, ...span };
  }

  let bytesSeen = false;
  let strSeen = false;
  let fSeen = false;
  const byteChunks: Uint8Array[] = [];
  const parts: Part[] = [];
  for (const t of toks) {
    const pre = readPrefix(t.string);
    if (pre.bytes) bytesSeen = true;
    else strSeen = true;
    if (bytesSeen && strSeen) p.raiseAtFetched('cannot mix bytes and nonbytes literals');
    if (pre.bytes) {
      byteChunks.push(decodeLiteral(p, t, pre) as Uint8Array);
    } else if (pre.f) {
      fSeen = true;
      const body = t.string.slice(pre.prefixLen + pre.quoteLen, t.string.length - pre.quoteLen);
      const scanner = new FStringScanner(p, t, pre, body, span);
      scanner.parse(parts, 0);
    } else {
      const text = decodeLiteral(p, t, pre) as string;
      const prev = parts[parts.length - 1];
      if (typeof prev === 'string' && isLowSurrogate(text.charCodeAt(0)) && endsWithHighSurrogate(prev)) surrogatePairError(p, t);
      parts.push(text);
    }
  }

  if (bytesSeen) {
    let size = 0;
    for (const c of byteChunks) size += c.length;
    const out = new Uint8Array(size);
    let o = 0;
    for (const c of byteChunks) {
      out.set(c, o);
      o += c.length;
    }
    return { nodeType: 'Constant', value: out, kind: null, ...span };
  }
  if (!fSeen) {
    return { nodeType: 'Constant', value: (parts as string[]).join(''), kind: firstPrefix.u ? 'u' : null, ...span };
  }
  return { nodeType: 'JoinedStr', values: joinParts(parts, span, firstPrefix.u), ...span };
}

/**
 * Merges adjacent literal text into Constants, dropping empty ones (FstringParser_Finish). Text
 * before a replacement field takes `span`; the text at the end takes `endSpan`, which differs for a
 * format spec (CPython gives its last constant the position of the spec's token).
 */
function joinParts(parts: Part[], span: Loc & EndLoc, u: boolean, endSpan: Loc & EndLoc = span): expr[] {
  const values: expr[] = [];
  let text = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (text !== '') {
      values.push({ nodeType: 'Constant', value: text, kind: u ? 'u' : null, ...span });
      text = '';
    }
    values.push(part);
  }
  if (text !== '') values.push({ nodeType: 'Constant', value: text, kind: u ? 'u' : null, ...endSpan });
  return values;
}

// ---------------------------------------------------------------------------------------------
// Escape sequences.

function decodeLiteral(p: Parser, t: Token, pre: Prefix): ConstantValue {
  const body = t.string.slice(pre.prefixLen + pre.quoteLen, t.string.length - pre.quoteLen);
  if (pre.bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 128) p.raise('bytes can only contain ASCII literal characters', t, t);
    }
    const text = pre.raw ? body : decodeEscapes(p, t, body, true);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  return pre.raw ? body : decodeEscapes(p, t, body, false);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes backslash escapes; unknown escapes such as `\d` stay as they are (CPython only warns). */
export function decodeEscapes(p: Parser, t: Token, body: string, bytes: boolean): string {
  let i = body.indexOf('\\');
  if (i < 0) return body;
  let out = body.slice(0, i);
  const n = body.length;
  while (i < n) {
    const c = body[i];
    if (c !== '\\') {
      const j = body.indexOf('\\', i);
      const end = j < 0 ? n : j;
      out += body.slice(i, end);
      i = end;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      break;
    }
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && body[j] >= '0' && body[j] <= '7') v = v * 8 + (body.charCodeAt(j++) - 48);
      out += bytes ? String.fromCharCode(v & 0xff) : String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (e === 'x' || (!bytes && (e === 'u' || e === 'U'))) {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
        const codec = bytes ? 'could not' : "(unicode error) 'unicodeescape' codec can't";
        const kind = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        let k = 0;
        while (k < hex.length && /[0-9a-fA-F]/.test(hex[k])) k++;
        if (bytes) p.raiseAtFetched(`(value error) invalid \\x escape at position ${byteIndex(body, i)}`);
        p.raiseAtFetched(`${codec} decode bytes in position ${byteIndex(body, i)}-${byteIndex(body, i) + 1 + k}: truncated ${kind} escape`);
      }
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) {
        p.raiseAtFetched(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${byteIndex(body, i)}-${byteIndex(body, i) + 9}: illegal Unicode character`);
      }
      if (isLowSurrogate(v) && endsWithHighSurrogate(out)) surrogatePairError(p, t);
      out += String.fromCodePoint(v);
      i += 2 + len;
      continue;
    }
    if (e === 'N' && !bytes) {
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      const name = close < 0 ? null : body.slice(i + 3, close);
      const ch = name === null ? undefined : unicodeName(name);
      if (ch === undefined) {
        const end = close < 0 ? i + 2 : close + 1;
        const what = close < 0 ? 'malformed \\N character escape' : 'unknown Unicode character name';
        p.raiseAtFetched(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${byteIndex(body, i)}-${byteIndex(body, end) - 1}: ${what}`);
      }
      out += ch;
      i = close + 1;
      continue;
    }
    // An invalid escape keeps its backslash.
    out += '\\';
    i += 1;
  }
  return out;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function endsWithHighSurrogate(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * A str is UTF-16 at run time, where a high surrogate followed by a low one is one character;
 * Python keeps '\ud83d\ude00' as two, so such a literal would print differently.
 */
function surrogatePairError(p: Parser, t: Token): never {
  return p.error('NotSupportedError', 'a str literal with a high surrogate followed by a low surrogate is not supported by memphisc yet', t, t);
}

function byteIndex(s: string, i: number): number {
  let b = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
  }
  return b;
}

/**
 * The character `\N{name}` stands for: a name or an alias of Unicode 14.0, in any case (the
 * computed Hangul and ideograph names in upper case only), as CPython 3.11 reads it. Named
 * sequences, which stand for several characters, are not allowed there.
 */
function unicodeName(name: string): string | undefined {
  const text = lookupName(name);
  if (text === null) return undefined;
  const first = text.codePointAt(0)!;
  return text.length === (first > 0xffff ? 2 : 1) ? text : undefined;
}

// ---------------------------------------------------------------------------------------------
// f-strings.

class FStringScanner {
  pos = 0;
  constructor(
    readonly p: Parser,
    readonly tok: Token,
    readonly pre: Prefix,
    readonly body: string,
    readonly span: Loc & EndLoc,
  ) {}

  /** Offset of body[0] in the token text. */
  get bodyOffset(): number {
    return this.pre.prefixLen + this.pre.quoteLen;
  }

  /** Errors found while reading a literal are reported at the token after it, as CPython does. */
  fail(message: string): never {
    // CPython raises these while the token after the string is the last one it fetched.
    return this.p.raiseAtFetched(message);
  }

  /**
   * fstring_find_literal_and_expr in a loop: literal text and replacement fields until the end of
   * the body, or until the `}` closing a format spec (`level` > 0).
   */
  parse(parts: Part[], level: number): void {
    const body = this.body;
    const n = body.length;
    for (;;) {
      // Literal text.
      let lit = '';
      let start = this.pos;
      while (this.pos < n) {
        let ch = body[this.pos++];
        if (!this.pre.raw && ch === '\\' && this.pos < n) {
          ch = body[this.pos++];
          if (ch === 'N') {
            if (this.pos < n && body[this.pos++] === '{') {
              while (this.pos < n && body[this.pos++] !== '}') { /* skip the name */ }
            }
            continue;
          }
        }
        if (ch === '{' || ch === '}') {
          if (level === 0) {
            if (this.pos < n && body[this.pos] === ch) {
              lit += this.decode(body.slice(start, this.pos));
              this.pos++;
              start = this.pos;
              continue;
            }
            if (ch === '}') this.fail("f-string: single '}' is not allowed");
          }
          this.pos--;
          break;
        }
      }
      lit += this.decode(body.slice(start, this.pos));
      if (lit !== '') parts.push(lit);
      if (this.pos >= n) return;
      if (body[this.pos] === '}') {
        // The end of a nested format spec.
        if (level === 0) this.fail("f-string: single '}' is not allowed");
        return;
      }
      this.parseField(parts, level);
    }
  }

  decode(text: string): string {
    if (this.pre.raw || text.indexOf('\\') < 0) return text;
    return decodeEscapes(this.p, this.tok, text, false);
  }

  /** fstring_find_expr: one `{expression[=][!conversion][:format_spec]}`. */
  parseField(parts: Part[], level: number): void {
    if (level >= 2) this.fail('f-string: expressions nested too deeply');
    const body = this.body;
    const n = body.length;
    const brace = this.pos;
    this.pos++;
    const exprStart = this.pos;
    let quote = '';
    let quoteLen = 0;
    const stack: string[] = [];
    for (; this.pos < n; this.pos++) {
      const ch = body[this.pos];
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quote !== '') {
        if (ch === quote) {
          if (quoteLen === 3) {
            if (body[this.pos + 1] === ch && body[this.pos + 2] === ch) {
              this.pos += 2;
              quote = '';
            }
          } else quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (body[this.pos + 1] === ch && body[this.pos + 2] === ch) {
          quoteLen = 3;
          this.pos += 2;
        } else quoteLen = 1;
        quote = ch;
        continue;
      }
      if (ch === '[' || ch === '(' || ch === '{') {
        stack.push(ch);
        continue;
      }
      if (ch === '#') this.fail("f-string expression part cannot include '#'");
      if (stack.length === 0 && (ch === '!' || ch === ':' || ch === '}' || ch === '=' || ch === '>' || ch === '<')) {
        const next = body[this.pos + 1];
        if (next === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
          this.pos++;
          continue;
        }
        if (ch === '>' || ch === '<') continue;
        break;
      }
      if (ch === ']' || ch === '}' || ch === ')') {
        if (stack.length === 0) this.fail(`f-string: unmatched '${ch}'`);
        const open = stack.pop()!;
        if (!((open === '(' && ch === ')') || (open === '[' && ch === ']') || (open === '{' && ch === '}'))) {
          this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    if (quote !== '') this.fail('f-string: unterminated string');
    if (stack.length > 0) this.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.pos >= n) this.fail("f-string: expecting '}'");
    const exprEnd = this.pos;
    const value = this.compileExpr(brace, exprStart, exprEnd);

    let exprText: string | null = null;
    if (body[this.pos] === '=') {
      this.pos++;
      while (this.pos < n && /[ \t\n\r\f\v]/.test(body[this.pos])) this.pos++;
      if (this.pos >= n) this.fail("f-string: expecting '}'");
      exprText = body.slice(exprStart, this.pos);
    }
    let conversion = -1;
    if (body[this.pos] === '!') {
      this.pos++;
      if (this.pos >= n) this.fail("f-string: expecting '}'");
      const c = body[this.pos++];
      if (c !== 's' && c !== 'r' && c !== 'a') this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c.charCodeAt(0);
    }
    let formatSpec: JoinedStr | null = null;
    if (this.pos >= n) this.fail("f-string: expecting '}'");
    if (body[this.pos] === ':') {
      this.pos++;
      if (this.pos >= n) this.fail("f-string: expecting '}'");
      const specParts: Part[] = [];
      this.parse(specParts, level + 1);
      const tokSpan: Loc & EndLoc = {
        lineno: this.tok.lineno, col_offset: this.tok.col_offset,
        end_lineno: this.tok.end_lineno, end_col_offset: this.tok.end_col_offset,
      };
      formatSpec = { nodeType: 'JoinedStr', values: joinParts(specParts, this.span, false, tokSpan), ...tokSpan };
    }
    if (this.pos >= n || body[this.pos] !== '}') this.fail("f-string: expecting '}'");
    this.pos++;
    if (exprText !== null) {
      parts.push(exprText);
      if (formatSpec === null && conversion === -1) conversion = 114;
    }
    parts.push({ nodeType: 'FormattedValue', value, conversion, format_spec: formatSpec, ...this.span });
  }

  /** fstring_compile_expr: parses `(expression)` with its tokens moved to the field's place. */
  compileExpr(brace: number, start: number, end: number): expr {
    const text = this.body.slice(start, end);
    if (/^[ \t\n\r\f\v]*$/.test(text)) {
      const stop = this.body[end];
      this.fail(stop === '!' || stop === ':' || stop === '=' ? `f-string: expression required before '${stop}'` : 'f-string: empty expression not allowed');
    }

    // Where the `{` is: lines and columns counted inside the token (fstring_find_expr_location).
    const tokText = this.tok.string;
    const braceInTok = this.bodyOffset + brace;
    let lines = 0;
    for (let k = 0; k < braceInTok; k++) if (tokText.charCodeAt(k) === 10) lines++;
    let cols = 0;
    if (!/^[ \t\f]*(\n|$)/.test(text)) {
      const nl = tokText.lastIndexOf('\n', braceInTok);
      cols = nl < 0 ? braceInTok : braceInTok - nl - 1;
    }
    const baseLine = this.tok.lineno + lines;
    const baseCol = lines === 0 ? this.tok.col_offset + cols : cols;

    const result = tokenize(`(${text})`, this.p.filename);
    if (result.error !== null) {
      const d = result.error;
      // The tokenizer's own errors keep their words and their columns in `(expression)`, which is
      // the line they show; the others (line continuation) are the parser's, named as f-string ones.
      if (d.fromTokenizer === true) {
        const shown = `(${text})`.split('\n')[d.lineno - 1] ?? '';
        const end_lineno = d.end_lineno === undefined ? undefined : d.end_lineno + baseLine - 1;
        throw new CompileError({ ...d, lineno: d.lineno + baseLine - 1, end_lineno, text: shown });
      }
      throw new CompileError({ ...d, message: `f-string: ${d.message}`, lineno: d.lineno + baseLine - 1 });
    }
    for (const t of result.tokens) {
      const shift = t.end_lineno === 1;
      t.lineno += baseLine - 1;
      t.end_lineno += baseLine - 1;
      if (shift) {
        t.col_offset += baseCol;
        t.end_col_offset += baseCol;
      }
    }
    const sub = new Parser(tokenArray(result), this.p.filename);
    sub.inFString = true;
    let e: expr;
    try {
      e = sub.at('yield') ? parseYield(sub) : parseStarExpressions(sub);
      if (sub.tok.type !== 'NEWLINE' && sub.tok.type !== 'ENDMARKER') sub.unexpected();
      if (sub.symbolTableChecks) this.p.symbolTableChecks = true;
    } catch (err) {
      if (err instanceof CompileError && !err.diagnostic.message.startsWith('f-string')) {
        // CPython reports columns inside `(expression)`, not in the file (pegen_errors.c).
        const d = { ...err.diagnostic, message: `f-string: ${err.diagnostic.message}` };
        // CPython shows the parenthesised expression as the source line, with a newline.
        const lines = `(${text})`.split('\n');
        d.text = `${lines[d.lineno - baseLine] ?? lines[0]}\n`;
        if (d.lineno === baseLine) d.col_offset -= baseCol;
        if (d.end_lineno === baseLine && d.end_col_offset !== undefined) d.end_col_offset -= baseCol;
        throw new CompileError(d);
      }
      throw err;
    }
    return e;
  }
}

export type { Constant };
