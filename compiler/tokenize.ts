// The tokenizer: Python source text in, CPython's tokens out (Parser/tokenizer.c of 3.11).
//
// Token types are CPython's names (NAME, NUMBER, STRING, OP, NEWLINE, NL, INDENT, DEDENT, COMMENT,
// ENDMARKER); an OP's exact type (LPAR, PLUSEQUAL, ...) comes from `exactType`. As in 3.11, an
// f-string is one STRING token: the parser looks inside it. String escapes are decoded by the
// parser too; here we only find where a literal ends.
//
// The one tricky idea is indentation. CPython measures every indentation twice, once with tabs
// rounded up to multiples of 8 and once counting a tab as one column, and reports a TabError when
// the two measures disagree about whether a line is indented more, less or the same as the block.
//
// CPython reports a tokenizer error even when the parser fails earlier in the file (it tokenizes the
// rest of the source before giving up, Parser/pegen_errors.c), so we tokenize the whole file up
// front and keep the first tokenizer error; the parser throws it before any error of its own.

import { CompileError, type Diagnostic } from './diagnostics.js';

export type TokenType =
  | 'ENDMARKER' | 'NAME' | 'NUMBER' | 'STRING' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'OP' | 'COMMENT' | 'NL';

export interface Token {
  type: TokenType;
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** Offset of the first character in the (newline-normalised) source. */
  start: number;
  /** Bracket depth before this token, as CPython's `tok->level`. */
  level: number;
}

export interface TokenizeResult {
  tokens: Token[];
  /** The source with `\r\n` and `\r` turned into `\n` (and a BOM removed): token offsets index it. */
  source: string;
  /** Offset of the first character of each line; `lineStarts[0]` is line 1. */
  lineStarts: number[];
  /** The first tokenizer error, if any; tokens stop there. */
  error: Diagnostic | null;
  /** Set when the source ends inside brackets: the innermost unclosed one. */
  unclosed: { char: string; lineno: number; col_offset: number } | null;
}

const EXACT_TYPES: Record<string, string> = {
  '(': 'LPAR', ')': 'RPAR', '[': 'LSQB', ']': 'RSQB', ':': 'COLON', ',': 'COMMA', ';': 'SEMI',
  '+': 'PLUS', '-': 'MINUS', '*': 'STAR', '/': 'SLASH', '|': 'VBAR', '&': 'AMPER', '<': 'LESS',
  '>': 'GREATER', '=': 'EQUAL', '.': 'DOT', '%': 'PERCENT', '{': 'LBRACE', '}': 'RBRACE',
  '==': 'EQEQUAL', '!=': 'NOTEQUAL', '<=': 'LESSEQUAL', '>=': 'GREATEREQUAL', '~': 'TILDE',
  '^': 'CIRCUMFLEX', '<<': 'LEFTSHIFT', '>>': 'RIGHTSHIFT', '**': 'DOUBLESTAR', '+=': 'PLUSEQUAL',
  '-=': 'MINEQUAL', '*=': 'STAREQUAL', '/=': 'SLASHEQUAL', '%=': 'PERCENTEQUAL', '&=': 'AMPEREQUAL',
  '|=': 'VBAREQUAL', '^=': 'CIRCUMFLEXEQUAL', '<<=': 'LEFTSHIFTEQUAL', '>>=': 'RIGHTSHIFTEQUAL',
  '**=': 'DOUBLESTAREQUAL', '//': 'DOUBLESLASH', '//=': 'DOUBLESLASHEQUAL', '@': 'AT', '@=': 'ATEQUAL',
  '->': 'RARROW', '...': 'ELLIPSIS', ':=': 'COLONEQUAL', '!': 'EXCLAMATION',
};

/** CPython's exact token type name: the operator's own name for OP, else the type. */
export function exactType(tok: Token): string {
  return tok.type === 'OP' ? EXACT_TYPES[tok.string] ?? 'OP' : tok.type;
}

/** The operator strings, interned once, so tokens share them. */
const OP_STRINGS = new Map(Object.keys(EXACT_TYPES).map((s) => [s, s]));

/** The length of the longest operator at `i` (0 if none), without building substrings. */
function operatorLength(s: string, i: number): number {
  const c = codeAt(s, i);
  const d = codeAt(s, i + 1);
  switch (c) {
    case 40: case 41: case 91: case 93: case 123: case 125: case 44: case 59: case 126: // ( ) [ ] { } , ; ~
      return 1;
    case 46: // . ...
      return d === 46 && codeAt(s, i + 2) === 46 ? 3 : 1;
    case 58: // : :=
      return d === 61 ? 2 : 1;
    case 43: case 37: case 38: case 124: case 94: case 64: case 61: // + % & | ^ @ =
      return d === 61 ? 2 : 1;
    case 45: // - -= ->
      return d === 61 || d === 62 ? 2 : 1;
    case 33: // !=
      return d === 61 ? 2 : 0;
    case 42: case 47: // * ** *= **=  / // /= //=
      if (d === c) return codeAt(s, i + 2) === 61 ? 3 : 2;
      return d === 61 ? 2 : 1;
    case 60: case 62: // < << <= <<=  > >> >= >>=
      if (d === c) return codeAt(s, i + 2) === 61 ? 3 : 2;
      if (c === 60 && d === 62) return 1; // `<>` is not an operator in Python 3
      return d === 61 ? 2 : 1;
  }
  return 0;
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;

// Character classes over char codes, for speed.
/**
 * `s.charCodeAt(i)`, or -1 past either end. The scans look one character past the end of every
 * source (and the parser tokenizes each f-string field as a source of its own): charCodeAt's NaN
 * there, or its out-of-bounds read, would each throw the tokenizer's optimized code away. Every
 * test of a character against -1 answers as for NaN: no character is -1, nor in any range of
 * codes the scans test for.
 */
function codeAt(s: string, i: number): number {
  return i >>> 0 < s.length ? s.charCodeAt(i) : -1;
}
function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiIdChar(c: number): boolean {
  return isAsciiIdStart(c) || isDigit(c);
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const STRING_PREFIXES = new Set(['b', 'r', 'u', 'f', 'br', 'rb', 'fr', 'rf']);
const ID_START = /[\p{ID_Start}_\u1885\u1886\u2118\u212E\u309B\u309C]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]/u;

/** The XID test CPython applies to the NFKC form of a non-ASCII identifier. */
function invalidIdentifierChar(name: string): number {
  let i = 0;
  for (const ch of name) {
    const ok = i === 0 ? ID_START.test(ch) || ch === '_' : ID_CONTINUE.test(ch);
    if (!ok) {
      // Report the first character whose NFKC form is not an identifier character.
      const norm = ch.normalize('NFKC');
      const okNorm = norm.length > 0 && [...norm].every((c, j) => (i === 0 && j === 0 ? ID_START.test(c) : ID_CONTINUE.test(c)));
      if (!okNorm) return i;
    }
    i += ch.length;
  }
  return -1;
}

function isPrintable(cp: number): boolean {
  // Python's str.isprintable: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
  const ch = String.fromCodePoint(cp);
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
}

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

class TokenizeError {
  constructor(readonly diagnostic: Diagnostic) {}
}

/** A tokenizer that makes tokens on demand, so that they can die young while the parser runs. */
export interface Tokenizer {
  /** The source with `\r\n` and `\r` turned into `\n` (and a BOM removed): token offsets index it. */
  readonly source: string;
  readonly lineStarts: number[];
  /** The next token; ENDMARKER again and again at the end. Throws a tokenizer error as a CompileError. */
  next(): Token;
  /** Once the ENDMARKER has been made: the innermost bracket left open, if any. */
  unclosed(): TokenizeResult['unclosed'];
}

/**
 * Makes tokens on demand. With `trivia` false, COMMENT and NL tokens (which the parser ignores) are
 * not produced.
 */
export function createTokenizer(rawSource: string, filename: string, trivia = false): Tokenizer {
  let source = rawSource;
  if (codeAt(source, 0) === 0xfeff) source = source.slice(1);
  if (source.indexOf('\r') >= 0) source = source.replace(/\r\n?/g, '\n');
  const n = source.length;
  // The tokens of one step, for `next` to hand out. Refilled in place: setting an array's length
  // to 0 drops its backing store, and every step would allocate a new one.
  const queue: Token[] = [];
  let queued = 0;
  const lineStarts: number[] = [0];
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  const parens: { char: string; lineno: number; col_offset: number }[] = [];

  let pos = 0;
  let lineno = 1;
  let lineStart = 0;
  let atLineStart = true;
  // Set after a physical line ends inside a statement (backslash continuation).
  let continued = false;

  function push(type: TokenType, start: number, end: number, sl: number, sc: number, el: number, ec: number): void {
    queue[queued++] = {
      type, string: source.slice(start, end), lineno: sl, col_offset: sc, end_lineno: el, end_col_offset: ec,
      start, level: parens.length,
    };
  }

  // Each identifier's text once: a module spells a few thousand names hundreds of thousands of
  // times, and every AST node and table that holds a name would otherwise keep its own copy (and
  // hash it again on its first lookup). The table is keyed by a hash the identifier scan computes
  // as it goes, and a name seen before is found by comparing it with the source in place: no
  // substring is made for it at all. The table starts about as large as the source can fill: the
  // parser tokenizes each f-string replacement field on its own, and a table of thousands of slots
  // for `(name)` cost more than the field.
  const initialNames = Math.min(1 << 12, Math.max(16, 1 << Math.ceil(Math.log2(n / 4 + 1))));
  let nameTable: string[] = new Array<string>(initialNames);
  let nameHashes = new Int32Array(initialNames);
  let nameCount = 0;
  function nameAt(start: number, end: number, hash: number): string {
    const length = end - start;
    let mask = nameTable.length - 1;
    let k = hash & mask;
    for (let known = nameTable[k]; known !== undefined; known = nameTable[k]) {
      if (nameHashes[k] === hash && known.length === length && source.startsWith(known, start)) return known;
      k = (k + 1) & mask;
    }
    const text = source.slice(start, end);
    nameTable[k] = text;
    nameHashes[k] = hash;
    if (++nameCount * 2 > nameTable.length) {
      // Half full: double, placing each name again.
      const oldTable = nameTable;
      const oldHashes = nameHashes;
      nameTable = new Array<string>(oldTable.length * 2);
      nameHashes = new Int32Array(oldTable.length * 2);
      mask = nameTable.length - 1;
      for (let j = 0; j < oldTable.length; j++) {
        if (oldTable[j] === undefined) continue;
        let m = oldHashes[j] & mask;
        while (nameTable[m] !== undefined) m = (m + 1) & mask;
        nameTable[m] = oldTable[j];
        nameHashes[m] = oldHashes[j];
      }
    }
    return text;
  }

  function fail(kind: string, message: string, line: number, col: number, endLine?: number, endCol?: number): never {
    const d: Diagnostic = { kind, message, filename, lineno: line, col_offset: col };
    // Indentation and line-continuation errors reach CPython's parser as error codes, which keeps
    // the newline of the line it shows; the others are raised by the tokenizer itself.
    if (kind === 'SyntaxError' && !message.startsWith('unexpected ')) d.fromTokenizer = true;
    if (endLine !== undefined) {
      d.end_lineno = endLine;
      d.end_col_offset = endCol;
    }
    throw new TokenizeError(d);
  }

  function newLine(at: number): void {
    lineno++;
    lineStart = at;
    lineStarts.push(at);
    if (firstNul >= at) checkNul();
  }

  // CPython refuses a NUL byte when it reads the line holding it, before tokenizing that line, and
  // shows the line up to the NUL without a caret.
  const firstNul = source.indexOf('\0');
  function checkNul(): void {
    const end = source.indexOf('\n', lineStart);
    if (end >= 0 && firstNul > end) return;
    const d: Diagnostic = { kind: 'SyntaxError', message: 'source code cannot contain null bytes', filename, lineno, col_offset: -1, text: source.slice(lineStart, firstNul) };
    throw new TokenizeError(d);
  }

  function scanNumber(start: number): number {
    let i = start;
    let c = codeAt(source, i);
    const col = start - lineStart;
    // Reads digits of one class with single underscores between them (tok_decimal_tail).
    const decimalTail = (): void => {
      for (;;) {
        while (isDigit(codeAt(source, i))) i++;
        if (codeAt(source, i) !== 95) break;
        i++;
        if (!isDigit(codeAt(source, i))) fail('SyntaxError', 'invalid decimal literal', lineno, i - 1 - lineStart);
      }
    };
    const verifyEnd = (kind: string): void => {
      const ch = codeAt(source, i);
      // 3.11 only warns when a keyword that can follow a number comes right after it (`1if x`).
      const rest = source.slice(i, i + 3);
      if (
        (ch === 97 && rest.startsWith('and')) || (ch === 101 && rest.startsWith('els')) ||
        (ch === 102 && rest.startsWith('for')) || (ch === 105 && /^i[fns]/.test(rest)) ||
        (ch === 111 && rest.startsWith('or')) || (ch === 110 && rest.startsWith('not'))
      ) return;
      // A non-ASCII character ends the number: it is read as the next token (a name, or an invalid character).
      if (isAsciiIdChar(ch)) fail('SyntaxError', `invalid ${kind} literal`, lineno, i - 1 - lineStart);
    };
    const radix = (kind: string, isValid: (c: number) => boolean): number => {
      i += 2;
      for (;;) {
        if (codeAt(source, i) === 95) i++;
        const d = codeAt(source, i);
        if (!isValid(d)) {
          if (isDigit(d)) fail('SyntaxError', `invalid digit '${source[i]}' in ${kind} literal`, lineno, i - lineStart);
          fail('SyntaxError', `invalid ${kind} literal`, lineno, i - 1 - lineStart);
        }
        while (isValid(codeAt(source, i))) i++;
        if (codeAt(source, i) !== 95) break;
      }
      if (isDigit(codeAt(source, i))) fail('SyntaxError', `invalid digit '${source[i]}' in ${kind} literal`, lineno, i - lineStart);
      verifyEnd(kind);
      return i;
    };
    const fraction = (): void => {
      c = codeAt(source, i);
      if (c === 101 || c === 69) {
        const e = i;
        i++;
        c = codeAt(source, i);
        if (c === 43 || c === 45) {
          i++;
          if (!isDigit(codeAt(source, i))) fail('SyntaxError', 'invalid decimal literal', lineno, i - 1 - lineStart);
        } else if (!isDigit(c)) {
          i = e;
          verifyEnd('decimal');
          return;
        }
        decimalTail();
      }
      c = codeAt(source, i);
      if (c === 106 || c === 74) {
        i++;
        verifyEnd('imaginary');
      } else verifyEnd('decimal');
    };
    if (c === 46) {
      // '.5'
      i++;
      decimalTail();
      fraction();
      return i;
    }
    if (c === 48) {
      const x = codeAt(source, i + 1);
      if (x === 120 || x === 88) return radix('hexadecimal', isHexDigit);
      if (x === 111 || x === 79) return radix('octal', (d) => d >= 48 && d <= 55);
      if (x === 98 || x === 66) return radix('binary', (d) => d === 48 || d === 49);
      // Leading zeros: only zeros may follow unless it is a float or imaginary.
      let nonzero = false;
      i++;
      for (;;) {
        while (codeAt(source, i) === 48) i++;
        if (codeAt(source, i) !== 95) break;
        i++;
        if (!isDigit(codeAt(source, i))) fail('SyntaxError', 'invalid decimal literal', lineno, i - 1 - lineStart);
      }
      const zerosEnd = i;
      if (isDigit(codeAt(source, i))) {
        nonzero = true;
        decimalTail();
      }
      c = codeAt(source, i);
      if (c === 46) {
        i++;
        decimalTail();
        fraction();
      } else if (c === 101 || c === 69 || c === 106 || c === 74) {
        fraction();
      } else if (nonzero) {
        fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          lineno, col, lineno, zerosEnd - lineStart);
      } else verifyEnd('decimal');
      return i;
    }
    decimalTail();
    c = codeAt(source, i);
    if (c === 46) {
      i++;
      decimalTail();
    }
    fraction();
    return i;
  }

  // Finds the end of a string literal whose quote is at `q`; `start` is where its prefix begins.
  function scanString(start: number, q: number): number {
    const quote = codeAt(source, q);
    const startLine = lineno;
    const startLineStart = lineStart;
    let i = q + 1;
    let triple = false;
    if (codeAt(source, i) === quote && codeAt(source, i + 1) === quote) {
      triple = true;
      i += 2;
    }
    for (;;) {
      if (i >= n) {
        // CPython counts a final newline as the end of the last line, not the start of another.
        if (lineStart === n && lineno > 1) lineno--;
        const msg = triple
          ? `unterminated triple-quoted string literal (detected at line ${lineno})`
          : `unterminated string literal (detected at line ${lineno})`;
        fail('SyntaxError', msg, startLine, start - startLineStart);
      }
      const c = codeAt(source, i);
      if (c === quote) {
        if (!triple) return i + 1;
        if (codeAt(source, i + 1) === quote && codeAt(source, i + 2) === quote) return i + 3;
        i++;
      } else if (c === 10) {
        if (!triple) fail('SyntaxError', `unterminated string literal (detected at line ${lineno})`, startLine, start - startLineStart);
        i++;
        newLine(i);
      } else if (c === 92) {
        i++;
        if (codeAt(source, i) === 10) {
          i++;
          newLine(i);
        } else if (i < n) i++;
      } else i++;
    }
  }

  function emitDedentsAndIndents(col: number, altcol: number, at: number): void {
    const top = indents.length - 1;
    if (col === indents[top]) {
      if (altcol !== altIndents[top]) fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
    } else if (col > indents[top]) {
      if (indents.length >= MAXINDENT) fail('IndentationError', 'too many levels of indentation', lineno, 0);
      if (altcol <= altIndents[top]) fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
      indents.push(col);
      altIndents.push(altcol);
      push('INDENT', lineStart, at, lineno, 0, lineno, at - lineStart);
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        altIndents.pop();
        push('DEDENT', at, at, lineno, at - lineStart, lineno, at - lineStart);
      }
      if (col !== indents[indents.length - 1]) {
        // CPython reports it at the end of the line.
        let e = source.indexOf('\n', at);
        if (e < 0) e = n;
        fail('IndentationError', 'unindent does not match any outer indentation level', lineno, e - lineStart);
      }
      if (altcol !== altIndents[altIndents.length - 1]) {
        fail('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
      }
    }
  }

  // Whether the current logical line has a token other than a comment: a newline then ends it.
  let lineHasContent = false;
  let lineHasComment = false;
  let done = false;
  let failed: CompileError | null = null;

  // One round of CPython's tok_get loop: makes zero or more tokens (an indentation change makes several).
  function step(): void {
    if (lineno === 1 && firstNul >= 0) checkNul();
    {
      if (atLineStart) {
        atLineStart = false;
        // Measure the indentation (tok_get's "Get indentation level" block).
        let col = 0;
        let altcol = 0;
        let i = pos;
        for (;;) {
          const c = codeAt(source, i);
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
            altcol++;
          } else if (c === 12) {
            col = altcol = 0;
          } else break;
          i++;
        }
        const c = codeAt(source, i);
        // Blank lines, comment-only lines and lines inside brackets do not change the indentation.
        const blank = c === 35 || c === 10 || i >= n;
        if (!blank && parens.length === 0 && !continued) emitDedentsAndIndents(col, altcol, i);
        pos = i;
        continued = false;
      }

      // Skip spaces between tokens.
      let c = codeAt(source, pos);
      while (c === 32 || c === 9 || c === 12) c = codeAt(source, ++pos);

      if (pos >= n) {
        // End of input: close the last logical line, then the open blocks.
        if (lineHasContent && parens.length === 0) {
          push('NEWLINE', pos, pos, lineno, pos - lineStart, lineno, pos - lineStart + 1);
        } else if (lineHasComment && trivia) {
          push('NL', pos, pos, lineno, pos - lineStart, lineno, pos - lineStart);
        }
        const endLine = pos > lineStart ? lineno + 1 : lineno;
        while (indents.length > 1) {
          indents.pop();
          queue[queued++] = { type: 'DEDENT', string: '', lineno: endLine, col_offset: 0, end_lineno: endLine, end_col_offset: 0, start: n, level: 0 };
        }
        queue[queued++] = { type: 'ENDMARKER', string: '', lineno: endLine, col_offset: 0, end_lineno: endLine, end_col_offset: 0, start: n, level: parens.length };
        done = true;
        return;
      }

      const start = pos;
      const col = start - lineStart;

      // Comments run to the end of the line.
      if (c === 35) {
        let e = source.indexOf('\n', pos);
        if (e < 0) e = n;
        if (trivia) push('COMMENT', start, e, lineno, col, lineno, e - lineStart);
        lineHasComment = true;
        pos = e;
        return;
      }

      // Newlines end a logical line unless inside brackets or on a blank line.
      if (c === 10) {
        if (parens.length === 0 && lineHasContent) {
          push('NEWLINE', start, start + 1, lineno, col, lineno, col + 1);
          lineHasContent = false;
        } else if (trivia) push('NL', start, start + 1, lineno, col, lineno, col + 1);
        lineHasComment = false;
        pos++;
        newLine(pos);
        atLineStart = true;
        return;
      }

      lineHasContent = true;

      // Identifiers, keywords and string prefixes.
      if (isAsciiIdStart(c) || c >= 128) {
        let i = pos + 1;
        let ascii = c < 128;
        let hash = c;
        for (;;) {
          const d = codeAt(source, i);
          if (isAsciiIdChar(d)) i++;
          else if (d >= 128) {
            ascii = false;
            i++;
          } else break;
          hash = (Math.imul(hash, 31) + d) | 0;
        }
        const q = codeAt(source, i);
        if ((q === 34 || q === 39) && i - pos <= 2 && STRING_PREFIXES.has(source.slice(pos, i).toLowerCase())) {
          const startLine = lineno;
          const e = scanString(start, i);
          push('STRING', start, e, startLine, col, lineno, e - lineStart);
          pos = e;
          return;
        }
        if (!ascii) {
          if (c >= 128 && i === pos + 1 && !isPotentialIdentifierStart(source, pos)) {
            badCharacter(pos);
          }
          const name = source.slice(pos, i);
          const bad = invalidIdentifierChar(name);
          if (bad >= 0) badCharacter(pos + bad);
        }
        queue[queued++] = {
          type: 'NAME', string: nameAt(start, i, hash), lineno, col_offset: col, end_lineno: lineno, end_col_offset: i - lineStart,
          start, level: parens.length,
        };
        pos = i;
        return;
      }

      if (isDigit(c) || (c === 46 && isDigit(codeAt(source, pos + 1)))) {
        const e = scanNumber(pos);
        push('NUMBER', start, e, lineno, col, lineno, e - lineStart);
        pos = e;
        return;
      }

      if (c === 34 || c === 39) {
        const startLine = lineno;
        const e = scanString(start, pos);
        push('STRING', start, e, startLine, col, lineno, e - lineStart);
        pos = e;
        return;
      }

      if (c === 92) {
        // Line continuation.
        const d = codeAt(source, pos + 1);
        if (d !== 10) {
          if (pos + 1 >= n) fail('SyntaxError', 'unexpected EOF while parsing', lineno, col + 1);
          fail('SyntaxError', 'unexpected character after line continuation character', lineno, col + 1);
        }
        // At the end of the source CPython stays on the backslash's line, past its newline.
        if (pos + 2 >= n) fail('SyntaxError', 'unexpected EOF while parsing', lineno, col + 1);
        pos += 2;
        newLine(pos);
        continued = true;
        atLineStart = true;
        // A continued line's indentation is not measured.
        return;
      }

      // Operators: the longest match among three, two and one characters.
      const opLen = operatorLength(source, pos);
      const op: string | null = opLen === 0 ? null : OP_STRINGS.get(source.slice(pos, pos + opLen))!;
      if (op === null) {
        const cp = source.codePointAt(pos)!;
        if (cp < 128 && cp >= 32 && cp !== 127) {
          // '!', '$', '?', '`': CPython's tokenizer passes them on as one-character OP tokens
          // (PyToken_OneChar) that no grammar rule accepts, so the parser reports "invalid syntax"
          // there, and a tokenizer error later in the file still wins.
          queue[queued++] = { type: 'OP', string: source[pos], lineno, col_offset: col, end_lineno: lineno, end_col_offset: col + 1, start: pos, level: parens.length };
          pos += 1;
          return;
        }
        badCharacter(pos);
      }
      if (op === '(' || op === '[' || op === '{') {
        if (parens.length >= MAXLEVEL) fail('SyntaxError', 'too many nested parentheses', lineno, col);
        parens.push({ char: op, lineno, col_offset: col });
      } else if (op === ')' || op === ']' || op === '}') {
        if (parens.length === 0) fail('SyntaxError', `unmatched '${op}'`, lineno, col);
        const open = parens.pop()!;
        const match = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
        if (match !== op) {
          if (open.lineno !== lineno) {
            fail('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.char}' on line ${open.lineno}`, lineno, col);
          }
          fail('SyntaxError', `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'`, lineno, col);
        }
        queue[queued++] = { type: 'OP', string: op, lineno, col_offset: col, end_lineno: lineno, end_col_offset: col + 1, start, level: parens.length + 1 };
        pos += 1;
        return;
      }
      queue[queued++] = { type: 'OP', string: op, lineno, col_offset: col, end_lineno: lineno, end_col_offset: col + op.length, start, level: parens.length };
      pos += op.length;
    }
  }

  let qi = 0;
  return {
    source,
    lineStarts,
    next(): Token {
      while (qi >= queued) {
        if (failed !== null) throw failed;
        if (done) return queue[queued - 1];
        queued = 0;
        qi = 0;
        try {
          step();
        } catch (e) {
          if (!(e instanceof TokenizeError)) throw e;
          failed = new CompileError(e.diagnostic);
          // The tokens the step made before an error in a token (an INDENT before a bad number)
          // come first, as CPython hands them out one by one; indentation errors come at once.
          if (qi < queued && e.diagnostic.fromTokenizer === true) return queue[qi++];
          throw failed;
        }
      }
      return queue[qi++];
    },
    unclosed() {
      // After an error too: the brackets open where tokenizing stopped.
      return (done || failed !== null) && parens.length > 0 ? parens[parens.length - 1] : null;
    },
  };

  function badCharacter(at: number): never {
    const cp = source.codePointAt(at)!;
    const ch = String.fromCodePoint(cp);
    if (!isPrintable(cp)) fail('SyntaxError', `invalid non-printable character U+${hex4(cp)}`, lineno, at - lineStart);
    fail('SyntaxError', `invalid character '${ch}' (U+${hex4(cp)})`, lineno, at - lineStart);
  }
}

function isPotentialIdentifierStart(source: string, at: number): boolean {
  const cp = source.codePointAt(at)!;
  const ch = String.fromCodePoint(cp);
  return ID_START.test(ch) || ID_START.test(ch.normalize('NFKC').charAt(0));
}

/** Tokenizes the whole source, keeping the first tokenizer error (tokens stop there). */
export function tokenize(rawSource: string, filename: string, trivia = false): TokenizeResult {
  const t = createTokenizer(rawSource, filename, trivia);
  const tokens: Token[] = [];
  let error: Diagnostic | null = null;
  try {
    for (;;) {
      const tok = t.next();
      tokens.push(tok);
      if (tok.type === 'ENDMARKER') break;
    }
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    error = e.diagnostic;
  }
  return { tokens, source: t.source, lineStarts: t.lineStarts, error, unclosed: error === null ? t.unclosed() : null };
}
