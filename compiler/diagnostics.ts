// One Diagnostic type for every error the compiler reports about a Python program, and one renderer
// that prints it the way CPython 3.11 does:
//
//     File "app.py", line 3
//       if x
//           ^
//   SyntaxError: expected ':'
//
// Positions are kept as CPython's (1-based line, 0-based column) but the column counts UTF-16 code
// units of the line, the unit JS strings index by. They become `file:line:col` text only here.

export interface Diagnostic {
  /** The Python exception class: 'SyntaxError', 'IndentationError', 'TabError', 'ImportError', ... */
  kind: string;
  message: string;
  filename: string;
  /** 1-based; 0 for the errors CPython prints without a position (a file that does not decode,
   * RecursionError during compilation): then only the `Kind: message` line is printed. */
  lineno: number;
  /** 0-based UTF-16 column (CPython's `offset` - 1). */
  col_offset: number;
  end_lineno?: number;
  /** CPython's `end_offset` - 1; absent when CPython reports none (-1 or 0). */
  end_col_offset?: number;
  /** The text CPython shows when it is not line `lineno` of the file (an f-string expression). */
  text?: string;
  /** Found by the tokenizer while reading a line: CPython's `text` is then that line without its newline. */
  fromTokenizer?: boolean;
  /**
   * Placed past the last line, at a token CPython gives no column (a DEDENT or the ENDMARKER at the
   * end of the source): compile() reports the column past that line's newline, but CPython's file
   * reader has left the line by then and a file's error shows no caret.
   */
  atEndOfInput?: boolean;
  /**
   * At the NEWLINE the tokenizer adds after a last line that has none: compile() makes that token
   * only in 'exec' mode; in the other modes the error lies at the end of the line, with no end.
   */
  atAddedNewline?: boolean;
  /** At a token CPython gives no position (a DEDENT): it reports no end, even at column 0. */
  endUnknown?: boolean;
}

/** CPython's error when compiling recurses too deeply (`1 + 1 + ... + 1` with 10,000 terms). */
export function recursionDiagnostic(filename: string): Diagnostic {
  return { kind: 'RecursionError', message: 'maximum recursion depth exceeded during compilation', filename, lineno: 0, col_offset: -1 };
}

/** V8's stack overflow: our parser, checks, lowering and printer recurse along the AST. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes('Maximum call stack size exceeded');
}

export class CompileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.kind}: ${diagnostic.message} (${formatPosition(diagnostic)})`);
    this.name = 'CompileError';
  }
}

/** `app.py:3:5`, with a 1-based column (CPython's `offset`), for one-line test expectations. */
export function formatPosition(d: Diagnostic): string {
  return `${d.filename}:${d.lineno}:${d.col_offset + 1}`;
}

function sourceLine(source: string, lineno: number): string | null {
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    const nl = source.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  if (start > source.length) return null;
  let end = source.indexOf('\n', start);
  if (end < 0) end = source.length;
  let text = source.slice(start, end);
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return text;
}

/**
 * The offending line and its carets, as CPython's traceback module draws them for a SyntaxError:
 * the line without trailing newlines and leading spaces (tabs stay), indented by four spaces, then
 * carets from `offset` to `endOffset` (both 1-based, CPython's attributes). A missing `offset` draws
 * no caret line; a missing or zero `endOffset` means one caret, and so do -1 and one equal to
 * `offset`. No caret line either when the offset falls in the stripped indentation.
 */
export function sourceAndCarets(text: string, offset: number | null, endOffset: number | null): string[] {
  const rtext = text.replace(/\n+$/, '');
  const ltext = rtext.replace(/^[ \n\f]+/, '');
  const spaces = rtext.length - ltext.length;
  const out = [`    ${ltext}`];
  if (offset === null) return out;
  let end = endOffset === null || endOffset === 0 ? offset : endOffset;
  if (end === offset || end === -1) end = offset + 1;
  const colno = offset - 1 - spaces;
  const endColno = end - 1 - spaces;
  if (colno >= 0) {
    let pad = '';
    for (const ch of ltext.slice(0, colno)) pad += /\s/.test(ch) ? ch : ' ';
    out.push(`    ${pad}${'^'.repeat(Math.max(0, endColno - colno))}`);
  }
  return out;
}

/**
 * CPython's traceback for a SyntaxError (Lib/traceback.py, TracebackException._format_syntax_error):
 * the line without its newline and leading spaces (tabs stay), indented by four spaces, then carets
 * from the column to the end column (one caret without an end), none when the column falls in the
 * stripped indentation.
 */
export function renderDiagnostic(d: Diagnostic, source: string): string {
  if (d.lineno === 0) return `${d.kind}: ${d.message}`;
  const out = [`  File "${d.filename}", line ${d.lineno}`];
  const text = d.text ?? sourceLine(source, d.lineno);
  const offset = d.atEndOfInput === true ? null : d.col_offset + 1;
  if (text !== null) out.push(...sourceAndCarets(text, offset, d.end_col_offset === undefined ? null : d.end_col_offset + 1));
  out.push(`${d.kind}: ${d.message}`);
  return out.join('\n');
}
