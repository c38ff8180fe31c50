// The parser's state: a cursor over the token array, plus the helpers every parse function uses to
// look at tokens, consume them, stamp positions on nodes and raise CPython's errors.
//
// Keywords and operators are recognised by their text alone: a STRING token's text keeps its quotes
// and a NUMBER starts with a digit or a dot, so no other token can spell `if` or `(`.

import { CompileError, type Diagnostic } from '../diagnostics.js';
import type { Token, TokenizeResult, Tokenizer } from '../tokenize.js';
import type { expr, Pos } from '../ast.js';

/** Tokenizer errors CPython reports through `tok->done` (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT,
 * E_EOF) rather than by raising: they only count when the parser itself reaches them. */
const FLAGGED_TOKENIZER_ERRORS: ReadonlySet<string> = new Set([
  'unindent does not match any outer indentation level',
  'inconsistent use of tabs and spaces in indentation',
  'too many levels of indentation',
  'unexpected character after line continuation character',
  'unexpected EOF while parsing',
]);

export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
  'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
  'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

export interface Loc { lineno: number; col_offset: number }
export interface EndLoc { end_lineno: number; end_col_offset: number }

/**
 * The one empty list of the AST's node lists. Most of a module's lists are empty (a call's keywords,
 * a signature's keyword-only parameters); one shared list instead of one each makes the tree that
 * lives until the end of the compile a tenth smaller. Frozen: the tree is never edited, and a
 * stage that tried would fail loudly rather than add to every empty list at once.
 */
export const NO_NODES: never[] = Object.freeze([]) as never[];

/**
 * `xs` in a backing store of its own length. An array that grew by `push` keeps room for 16 more
 * elements, and the AST lives until the end of the compile: trimmed, the young-generation GC
 * copies far fewer bytes for the lists of a large module.
 */
export function exact<T>(xs: T[]): T[] {
  return xs.length === 0 ? NO_NODES : xs.slice();
}

/** Tokens already made, as a tokenizer (the f-string parser tokenizes each expression up front). */
export function tokenArray(result: TokenizeResult): Tokenizer {
  let k = 0;
  const tokens = result.tokens;
  return {
    source: result.source,
    lineStarts: result.lineStarts,
    next: () => tokens[k < tokens.length - 1 ? k++ : tokens.length - 1],
    unclosed: () => result.unclosed,
  };
}

/**
 * The parser pulls tokens from the tokenizer as it goes and drops those of finished statements
 * (`release`), so a long file never holds all its tokens at once.
 */
export class Parser {
  tokens: Token[];
  i = 0;
  tok: Token;
  readonly source: string;
  readonly filename: string;
  readonly lineStarts: number[];
  readonly tokenizer: Tokenizer;
  /** Expressions written inside their own parentheses: `(a)` and `(a, b)` differ from `a` for some rules. */
  readonly parenthesized = new Set<expr>();
  /** Set while parsing the inside of an f-string replacement field. */
  inFString = false;
  /**
   * Set at the first construct that the symbol-table pass of `check.ts` can reject: `global`,
   * `nonlocal`, `from m import *`, a repeated parameter name, a `yield` inside brackets (where a
   * comprehension may hold it), a walrus. A module with none of them skips that pass, which would otherwise
   * record every name of every scope only to find nothing.
   */
  symbolTableChecks = false;

  constructor(tokenizer: Tokenizer, filename: string) {
    this.tokenizer = tokenizer;
    this.tokens = [tokenizer.next()];
    this.tok = this.tokens[0];
    this.source = tokenizer.source;
    this.filename = filename;
    this.lineStarts = tokenizer.lineStarts;
  }

  // -------------------------------------------------------------------------------------------
  // The cursor.

  next(): Token {
    const t = this.tok;
    if (t.type !== 'ENDMARKER') {
      if (++this.i >= this.tokens.length) this.tokens.push(this.tokenizer.next());
      this.tok = this.tokens[this.i];
    }
    return t;
  }

  /** The token at index `j`, pulling tokens as needed (the ENDMARKER past the end). */
  tokenAt(j: number): Token {
    while (j >= this.tokens.length) {
      const last = this.tokens[this.tokens.length - 1];
      if (last.type === 'ENDMARKER') return last;
      this.tokens.push(this.tokenizer.next());
    }
    return this.tokens[j];
  }

  peek(k = 1): Token {
    return this.tokenAt(this.i + k);
  }

  /** Drops the tokens before the current statement; no saved index may cross this call. */
  release(): void {
    if (this.i > 4096) {
      this.tokens = this.tokens.slice(this.i - 8);
      this.i = 8;
    }
  }

  /** The innermost bracket left open at the end of the file, reading the rest of the file to know. */
  get unclosed(): TokenizeResult['unclosed'] {
    try {
      this.tokenAt(Number.MAX_SAFE_INTEGER);
    } catch (e) {
      // CPython's look at the rest of the file (_PyPegen_tokenize_full_source_to_check_for_errors)
      // stops at the first error token, and only the errors the tokenizer raises itself win over
      // the parser's; the ones it merely flags (a bad dedent, a tab/space mix, a stray backslash)
      // lose to it.
      if (!(e instanceof CompileError && FLAGGED_TOKENIZER_ERRORS.has(e.diagnostic.message))) throw e;
    }
    return this.tokenizer.unclosed();
  }

  /** The line of the furthest token pulled from the tokenizer so far. */
  private get furthestLine(): number {
    return this.tokens[this.tokens.length - 1].lineno;
  }

  /** The last token consumed: its end is the end of the node just parsed. */
  get prev(): Token {
    let k = this.i - 1;
    // NEWLINE, INDENT and DEDENT are not part of any node.
    while (k > 0 && (this.tokens[k].type === 'NEWLINE' || this.tokens[k].type === 'DEDENT' || this.tokens[k].type === 'INDENT')) k--;
    return this.tokens[k > 0 ? k : 0];
  }

  at(s: string): boolean {
    return this.tok.string === s && (this.tok.type === 'OP' || this.tok.type === 'NAME');
  }

  eat(s: string): boolean {
    if (this.at(s)) {
      this.next();
      return true;
    }
    return false;
  }

  /** Consumes `s` or fails with `message` (CPython's generic "invalid syntax" by default). */
  expect(s: string, message?: string): Token {
    if (this.at(s)) return this.next();
    if (message !== undefined) this.raiseAt(message, this.prev, true);
    return this.unexpected();
  }

  /**
   * The colon of a compound statement. A forced colon (CPython's `&&':'`, after `try`, `else`,
   * `finally` and a def's signature) reports "expected ':'" at any other token; elsewhere only a
   * newline does (the invalid_*_stmt rules), and anything else is plain invalid syntax.
   */
  expectColon(forced = false): Token {
    if (this.at(':')) return this.next();
    // A forced colon (`&&':'`) is expected at the token itself; the other rules report the
    // last token fetched, which has no column at the end of the input.
    if (forced) this.raiseAt("expected ':'", this.tok);
    if (this.tok.type === 'NEWLINE') this.raiseAtFetched("expected ':'");
    return this.unexpected();
  }

  isName(): boolean {
    return this.tok.type === 'NAME' && !KEYWORDS.has(this.tok.string);
  }

  // -------------------------------------------------------------------------------------------
  // Positions.

  /** Stamps `node` with the span from `start` to the end of the last consumed token. */
  finish<T extends object>(node: T, start: Loc): T & Pos {
    const end = this.prev;
    const n = node as T & Pos;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  /**
   * Ends `node`, a literal that already holds its start and zeroes for its end: the end is the end
   * of the last consumed token. Writing all four positions into the literal keeps them in the
   * node's own object (see `finish`).
   */
  node<T extends Pos>(node: T): T {
    const end = this.prev;
    node.end_lineno = end.end_lineno;
    node.end_col_offset = end.end_col_offset;
    return node;
  }

  // -------------------------------------------------------------------------------------------
  // Errors. Every error is CPython's message at CPython's position.

  error(kind: string, message: string, start: Loc, end?: EndLoc): never {
    const d: Diagnostic = { kind, message, filename: this.filename, lineno: start.lineno, col_offset: start.col_offset };
    if (end !== undefined) {
      d.end_lineno = end.end_lineno;
      d.end_col_offset = end.end_col_offset;
    }
    return this.report(d, start.lineno);
  }

  /** Throws `d`, unless the rest of the source holds an error that CPython reports first. */
  private report(d: Diagnostic, startLine: number): never {
    // The rest of the file is tokenized first: a tokenizer error there wins, and a source that ends
    // inside brackets reports the bracket instead of an error on a later line (Parser/pegen_errors.c,
    // _PyPegen_tokenize_full_source_to_check_for_errors).
    // CPython compares the bracket's line with the line of the furthest token the parser had
    // fetched, which may lie past the error's own span (`c = (3` then `d = 4`).
    const errorLine = Math.max(startLine, this.furthestLine);
    const unclosed = this.unclosed;
    if (unclosed !== null && errorLine > unclosed.lineno) this.unclosedError();
    throw new CompileError(d);
  }

  raise(message: string, start: Loc, end?: EndLoc): never {
    return this.error('SyntaxError', message, start, end);
  }

  /**
   * An error CPython places at the token it last fetched, when that token may be a DEDENT or the
   * ENDMARKER. Those tokens have no column in CPython: the error then lies where its tokenizer
   * stopped, after the indentation of the dedented line, or past the newline of the last line at
   * the end of the source, and has no end.
   */
  raiseAtFetched(message: string, kind = 'SyntaxError'): never {
    const t = this.tok;
    const d: Diagnostic = { kind, message, filename: this.filename, lineno: t.lineno, col_offset: t.col_offset };
    if (t.type === 'NEWLINE' && t.start >= this.source.length && !this.source.endsWith('\n')) {
      Object.assign(d, { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset, atAddedNewline: true });
    } else if (t.type === 'DEDENT' && t.start < this.source.length) {
      Object.assign(d, { col_offset: t.col_offset - 1, endUnknown: true });
    } else if (t.type === 'DEDENT' || t.type === 'ENDMARKER') {
      const endsWithNewline = this.source.endsWith('\n');
      const lastLine = Math.max(1, endsWithNewline ? this.lineStarts.length - 1 : this.lineStarts.length);
      const lineStart = this.lineStarts[lastLine - 1] ?? 0;
      // The newline the source ends with, or the one the tokenizer adds to a last line without one.
      const lineLength = this.source.length - lineStart + (endsWithNewline ? 0 : 1);
      Object.assign(d, { lineno: lastLine, col_offset: lineLength - 1, atEndOfInput: true });
    } else {
      Object.assign(d, { end_lineno: t.end_lineno, end_col_offset: t.end_col_offset });
    }
    return this.report(d, t.lineno);
  }

  /** A syntax error spanning one token, or starting just past its end when `after` is set. */
  raiseAt(message: string, tok: Token, after = false): never {
    if (after) {
      return this.raise(message, { lineno: tok.end_lineno, col_offset: tok.end_col_offset },
        { end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset });
    }
    return this.raise(message, tok, tok);
  }

  unclosedError(): never {
    const u = this.unclosed!;
    throw new CompileError({
      kind: 'SyntaxError', message: `'${u.char}' was never closed`, filename: this.filename,
      lineno: u.lineno, col_offset: u.col_offset, end_lineno: u.lineno, end_col_offset: u.col_offset + 1,
    });
  }

  /**
   * Parses the string literals at the cursor (parse/strings.ts sets it; the modules import each
   * other otherwise). CPython decodes a literal whenever a rule takes it as an atom: a literal
   * right after an operand is tried as the second of two expressions missing a comma, so a bad
   * escape in it is reported before the syntax error around it.
   */
  static stringAtom: ((p: Parser) => unknown) | null = null;

  /** The generic error at the current token (Parser/pegen_errors.c, _PyPegen_set_syntax_error). */
  unexpected(): never {
    const t = this.tok;
    if (t.type === 'ENDMARKER' && this.unclosed !== null) this.unclosedError();
    if (t.type === 'INDENT') {
      // CPython puts the caret on the last column of the indentation, and reports it without
      // reading further: an error later in the source does not win over it.
      throw new CompileError({
        kind: 'IndentationError', message: 'unexpected indent', filename: this.filename, lineno: t.lineno, col_offset: t.end_col_offset - 1,
      });
    }
    const before = this.i > 0 ? this.tokens[this.i - 1] : null;
    const afterOperand = before !== null && (before.type === 'NUMBER' || before.type === 'STRING'
      || (before.type === 'NAME' && !KEYWORDS.has(before.string)) || (before.type === 'OP' && /^[)\]}]$/.test(before.string)));
    if (t.type === 'STRING' && afterOperand && Parser.stringAtom !== null) {
      const save = this.i;
      Parser.stringAtom(this);
      this.i = save;
      this.tok = this.tokens[save];
    }
    if (t.type === 'DEDENT') this.error('IndentationError', 'unexpected unindent', t, t);
    if (t.type === 'ENDMARKER' && this.tokens.length > 1) {
      // `x = (` never gets here (unclosed); a source ending mid-statement reports its last line.
      return this.raise('invalid syntax', t, t);
    }
    return this.raise('invalid syntax', t, t);
  }
}
