// Format strings known at compile time: `"...".format(a, b)` and `"..." % (a, b)` on a str literal.
//
// Lowering turns such a call into the concatenation of the literal text and one formatting call
// per field (`$format(a, ">6d")`, `$percentOne("%d", b)`), so no template is looked up, no
// arguments array or tuple is made, and each field's spec is a literal the runtime has cached. Only
// the common shapes are split here; everything else (a field name, attribute or index, a nested
// spec, a conversion other than r/s/a, a `*` width, a mapping key, a length modifier, an argument
// count that does not match, a malformed template) returns null and stays one runtime call, whose
// parser raises CPython's errors in CPython's order.

/** A replacement field of str.format: the argument it takes, its conversion and its spec. */
export interface FormatField {
  readonly index: number;
  /** 'r', 's', 'a', or '' for none. */
  readonly conv: string;
  readonly spec: string;
}

/**
 * `fmt.format(*args)` with `nargs` positional arguments, as literal text and fields; null when
 * the template is outside the simple shapes (CPython's MarkupIterator, Objects/stringlib/
 * unicode_format.h, with names limited to nothing or ASCII digits).
 */
export function splitStrFormat(fmt: string, nargs: number): (string | FormatField)[] | null {
  const pieces: (string | FormatField)[] = [];
  let text = '';
  let auto = 0;
  let numbering: 'none' | 'auto' | 'manual' = 'none';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c !== '{' && c !== '}') {
      text += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === c) {
      text += c;
      i += 2;
      continue;
    }
    if (c === '}') return null;
    const close = fmt.indexOf('}', i + 1);
    if (close < 0) return null;
    const field = fmt.slice(i + 1, close);
    if (field.includes('{')) return null;
    const colon = field.indexOf(':');
    const head = colon < 0 ? field : field.slice(0, colon);
    const spec = colon < 0 ? '' : field.slice(colon + 1);
    const bang = head.indexOf('!');
    const name = bang < 0 ? head : head.slice(0, bang);
    const conv = bang < 0 ? '' : head.slice(bang + 1);
    if (bang >= 0 && conv !== 'r' && conv !== 's' && conv !== 'a') return null;
    let index: number;
    if (name === '') {
      if (numbering === 'manual') return null;
      numbering = 'auto';
      index = auto++;
    } else {
      if (!/^[0-9]{1,6}$/.test(name) || numbering === 'auto') return null;
      numbering = 'manual';
      index = Number(name);
    }
    if (index >= nargs) return null;
    if (text !== '') pieces.push(text);
    text = '';
    pieces.push({ index, conv, spec });
    i = close + 1;
  }
  if (text !== '') pieces.push(text);
  return pieces;
}

/** One `%` conversion and the argument it takes (the conversions take the tuple's items in order). */
export interface PercentField {
  readonly index: number;
  /** The conversion's whole text (`%-8.2f`), which the runtime formats as a template of its own. */
  readonly text: string;
  /** 's', 'r' or 'a', and the spec of the f-string field CPython makes of it (see splitPercent). */
  readonly conv: string;
  readonly spec: string;
}

export interface PercentSplit {
  readonly pieces: (string | PercentField)[];
  /**
   * CPython 3.11 compiles the expression as the f-string `f"{a!s:>5} x{b!r}"` (optimize_format,
   * Python/ast_opt.c): each item is evaluated and formatted before the next one is evaluated.
   * Otherwise the tuple is made first and the conversions run after.
   */
  readonly fstring: boolean;
}

const PERCENT_TYPES = 'sradiuxXoeEfFgGc';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * `fmt % (a0, ..., a[nargs-1])` as literal text and conversions, one per argument in order; null
 * when the template is outside the simple shapes (PyUnicode_Format's flags, width and precision
 * as digits, a known conversion type) or its conversions do not take exactly `nargs` arguments.
 */
export function splitPercent(fmt: string, nargs: number): PercentSplit | null {
  const pieces: (string | PercentField)[] = [];
  let text = '';
  let count = 0;
  let fstring = true;
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      text += fmt.slice(i);
      break;
    }
    text += fmt.slice(i, pct);
    if (fmt[pct + 1] === '%') {
      text += '%';
      i = pct + 2;
      continue;
    }
    // simple_format_arg_parse: flags, then at most two digits of width and of precision.
    let j = pct + 1;
    let leftAlign = false;
    for (; j < n && '-+ #0'.includes(fmt[j]!); j++) if (fmt[j] === '-') leftAlign = true;
    const widthStart = j;
    while (isDigit(fmt[j])) j++;
    const width = fmt.slice(widthStart, j);
    let precision: string | null = null;
    if (fmt[j] === '.') {
      const precStart = ++j;
      while (isDigit(fmt[j])) j++;
      precision = String(Number(fmt.slice(precStart, j)));
      if (j - precStart > 2) fstring = false;
    }
    const type = fmt[j];
    // Widths and precisions past a few digits are the runtime's to reject ("width too big").
    if (j - pct > 8 || type === undefined || !PERCENT_TYPES.includes(type)) return null;
    if (width.length > 2 || (type !== 's' && type !== 'r' && type !== 'a')) fstring = false;
    const spec = (!leftAlign && Number(width) > 0 ? '>' : '') + (width === '' ? '' : String(Number(width))) +
      (precision === null ? '' : '.' + precision);
    if (text !== '') pieces.push(text);
    text = '';
    pieces.push({ index: count++, text: fmt.slice(pct, j + 1), conv: type, spec });
    i = j + 1;
  }
  if (count === 0 || count !== nargs) return null;
  if (text !== '') pieces.push(text);
  return { pieces, fstring };
}
