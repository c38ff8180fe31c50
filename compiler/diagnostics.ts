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
  lineno: number;
  /** 0-based UTF-16 column; -1 when CPython reports no column. */
  col_offset: number;
  end_lineno?: number;
  end_col_offset?: number;
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
 * CPython's traceback for a SyntaxError (Lib/traceback.py, TracebackException._format_syntax_error):
 * the line with its leading whitespace removed, indented by four spaces, and carets from the column
 * to the end column when the error ends on the same line, else a single caret.
 */
export function renderDiagnostic(d: Diagnostic, source: string): string {
  const out = [`  File "${d.filename}", line ${d.lineno}`];
  const line = sourceLine(source, d.lineno);
  if (line !== null) {
    const stripped = line.replace(/^[ \t\f]+/, '');
    const text = stripped.replace(/[ \t\f\r\n]+$/, '');
    if (text !== '') {
      out.push(`    ${text}`);
      if (d.col_offset >= 0) {
        const indent = line.length - stripped.length;
        // CPython clamps the caret into the printed line and draws at least one.
        let start = d.col_offset - indent;
        let end =
          d.end_lineno === d.lineno && d.end_col_offset !== undefined && d.end_col_offset > d.col_offset
            ? d.end_col_offset - indent
            : start + 1;
        start = Math.max(0, Math.min(start, text.length));
        end = Math.max(start + 1, Math.min(end, text.length + 1));
        let pad = '';
        for (let i = 0; i < start; i++) pad += /\s/.test(text[i]) ? text[i] : ' ';
        out.push(`    ${pad}${'^'.repeat(end - start)}`);
      }
    }
  }
  out.push(`${d.kind}: ${d.message}`);
  return out.join('\n');
}
