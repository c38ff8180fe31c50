// The format-spec mini-language (`format(x, spec)`, f-strings, `str.format`) for int, float and
// str, and printf-style `%` formatting.
//
// Both follow CPython closely: Python/formatter_unicode.c (spec parsing, `calc_number_widths`,
// grouping with zero padding) and Python/pystrtod.c `format_float_short` (where the digits, point
// and exponent go, given the digits and decimal-point position that dtoa produces). The digits
// themselves come from float.ts, which rounds exactly (half-even on exact ties).

import { strText } from './strvalue.js';
import { raise } from './exceptions.js';
import { expDigits, expNotation, fixedDigits, floatRepr } from './float.js';
import { type PyInt, intToFloat, intStr } from './int.js';

// ---------------------------------------------------------------------------------------------
// Spec parsing

interface Spec {
  fill: string;
  align: string; // '<' '>' '^' '=' or '' (type default)
  sign: string; // '+' '-' ' ' or ''
  z: boolean;
  alt: boolean;
  width: number; // -1: none
  grouping: string; // ',' '_' or ''
  precision: number; // -1: none
  type: string; // '' or one char
  /**
   * No sign, `z` or `#`, and no grouping that pads with zeros ('0=' lays out zeros and separators
   * together): a number is its digits, grouped and padded (the fast paths).
   */
  simple: boolean;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function readInt(cs: ArrayLike<string>, pos: number): [number, number] {
  let v = 0;
  let i = pos;
  while (i < cs.length) {
    const c = cs[i]!.charCodeAt(0);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    if (v > 2147483647) raise('ValueError', 'Too many decimal digits in format string');
    i++;
  }
  return [v, i - pos];
}

// Parsed specs by spec string, one cache per set of defaults: str's ('<', 's') and the numbers'
// ('>', ''). The spec of an f-string or format string is a literal, so its hash is already
// computed and a lookup costs no allocation. A spec with an error is never stored.
const numberSpecs = new Map<string, Spec>();
const strSpecs = new Map<string, Spec>();

// The lookup is its own small function: every format call runs it, and V8 inlines it into the
// caller. The parser runs once per spec string and is never optimized; as one function, the whole
// parser was compiled (twice in the templates workload) for the sake of its first two lines.
function parseSpec(spec: string, typeName: string, defaultAlign: '<' | '>', defaultType = ''): Spec {
  const cached = (defaultAlign === '<' ? strSpecs : numberSpecs).get(spec);
  return cached !== undefined ? cached : parseNewSpec(spec, typeName, defaultAlign, defaultType);
}

function parseNewSpec(spec: string, typeName: string, defaultAlign: '<' | '>', defaultType: string): Spec {
  const specCache = defaultAlign === '<' ? strSpecs : numberSpecs;
  // Index by code point: only the fill can be astral.
  const cs: ArrayLike<string> = hasSurrogate(spec) ? Array.from(spec) : spec;
  const n = cs.length;
  let pos = 0;
  let fill = ' ';
  let align = '';
  let fillSpecified = false;
  if (n - pos >= 2 && isAlign(cs[pos + 1])) {
    fill = cs[pos]!;
    align = cs[pos + 1]!;
    fillSpecified = true;
    pos += 2;
  } else if (n - pos >= 1 && isAlign(cs[pos])) {
    align = cs[pos]!;
    pos++;
  }
  let sign = '';
  const sc = cs[pos];
  if (sc === '+' || sc === '-' || sc === ' ') {
    sign = sc;
    pos++;
  }
  let z = false;
  if (cs[pos] === 'z') { z = true; pos++; }
  let alt = false;
  if (cs[pos] === '#') { alt = true; pos++; }
  let zeroPad = false;
  if (!fillSpecified && cs[pos] === '0') {
    fill = '0';
    zeroPad = true;
    pos++;
  }
  let width = -1;
  const [w, used] = readInt(cs, pos);
  if (used > 0) { width = w; pos += used; }
  let grouping = '';
  if (cs[pos] === ',') { grouping = ','; pos++; }
  if (cs[pos] === '_') {
    if (grouping !== '') raise('ValueError', "Cannot specify both ',' and '_'.");
    grouping = '_';
    pos++;
  }
  if (grouping === '_' && cs[pos] === ',') raise('ValueError', "Cannot specify both ',' and '_'.");
  let precision = -1;
  if (cs[pos] === '.') {
    pos++;
    const [p, u] = readInt(cs, pos);
    if (u === 0) raise('ValueError', 'Format specifier missing precision');
    precision = p;
    pos += u;
  }
  let type = defaultType;
  const rest = n - pos;
  if (rest > 1) raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (rest === 1) type = cs[n - 1]!;
  if (grouping !== '' && !groupingAllowed(type, grouping)) {
    raise('ValueError', `Cannot specify '${grouping}' with '${type}'.`);
  }
  if (zeroPad && align === '' && defaultAlign === '>') align = '=';
  const simple = sign === '' && !z && !alt && (grouping === '' || !(fill === '0' && align === '='));
  const result: Spec = { fill, align, sign, z, alt, width, grouping, precision, type, simple };
  if (specCache.size > 256) specCache.clear();
  specCache.set(spec, result);
  return result;
}

// PEP 378 and PEP 515: ',' for decimal and float types, '_' also every four digits in b/o/x/X.
function groupingAllowed(type: string, grouping: string): boolean {
  switch (type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case '':
      return true;
    case 'b': case 'o': case 'x': case 'X':
      return grouping === '_';
    default:
      return false;
  }
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Any surrogate code unit: V8 answers for a one-byte string without reading it. */
const SURROGATE = /[\uD800-\uDFFF]/;

function cpLength(s: string): number {
  let n = s.length;
  if (n > 8 && !SURROGATE.test(s)) return n;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { n--; i++; }
    }
  }
  return n;
}

function unknownCode(type: string, typeName: string): never {
  const c = type.codePointAt(0)!;
  const shown = c > 32 && c < 128 ? type : '\\x' + c.toString(16);
  raise('ValueError', `Unknown format code '${shown}' for object of type '${typeName}'`);
}

// ---------------------------------------------------------------------------------------------
// Number layout (calc_number_widths + fill_number)

/**
 * Group `digits` from the right every `size` with `sep`, zero-padding up to `minWidth`
 * (CPython's _PyUnicode_InsertThousandsGrouping: a group is never left with only a separator).
 */
function groupDigits(digits: string, minWidth: number, sep: string, size: number): string {
  if (minWidth <= 0 && digits.length > 0) {
    // No zero padding: the leading group, then `sep` before each further one.
    const head = digits.length % size || size;
    let grouped = digits.slice(0, head);
    for (let i = head; i < digits.length; i += size) grouped += sep + digits.slice(i, i + size);
    return grouped;
  }
  let remaining = digits.length;
  let out = '';
  let pos = digits.length;
  for (;;) {
    const l = Math.min(Math.max(remaining, minWidth, 1), size);
    const nChars = Math.max(0, Math.min(remaining, l));
    const piece = '0'.repeat(l - nChars) + digits.slice(pos - nChars, pos);
    out = pos === digits.length ? piece : piece + sep + out;
    pos -= nChars;
    remaining -= nChars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return out;
}

/**
 * Lay out `[sign][prefix][padding][digits grouped][rest]` in `spec.width`. `negative` tells the
 * number's sign; `rest` holds everything after the leading digit run (point, fraction, exponent,
 * '%', or the character of 'c'); `restLen` its length in code points.
 */
function layoutNumber(spec: Spec, negative: boolean, prefix: string, digits: string, rest: string,
  restLen: number, sep: string, groupSize: number): string {
  let sign = '';
  if (negative) sign = '-';
  else if (spec.sign === '+') sign = '+';
  else if (spec.sign === ' ') sign = ' ';
  const nonDigit = sign.length + prefix.length + restLen;
  const align = spec.align === '' ? '>' : spec.align;
  let grouped = digits;
  if (sep !== '' && digits.length > 0) {
    const minWidth = spec.fill === '0' && align === '=' ? spec.width - nonDigit : 0;
    grouped = groupDigits(digits, minWidth, sep, groupSize);
  }
  return aligned(spec.fill, align, spec.width - (nonDigit + grouped.length), sign + prefix, grouped + rest);
}

// Runs of spaces and of zeros up to 64 long, made once: padding a field to a width is most specs'
// work, and `repeat` is a builtin call that allocates a new string every time.
const SPACE_RUNS: string[] = [''];
const ZERO_RUNS: string[] = [''];
for (let n = 1; n <= 64; n++) {
  SPACE_RUNS.push(SPACE_RUNS[n - 1] + ' ');
  ZERO_RUNS.push(ZERO_RUNS[n - 1] + '0');
}

/** `fill` repeated `n` times (`n` >= 0). */
function fillRun(fill: string, n: number): string {
  if (n <= 64) {
    if (fill === ' ') return SPACE_RUNS[n]!;
    if (fill === '0') return ZERO_RUNS[n]!;
  }
  return fill.repeat(n);
}

/**
 * `head + tail` with `pad` fill characters (none when `pad` <= 0) placed as `align` says: '<'
 * after, '^' around, '=' between head (sign, prefix) and tail (digits), else before.
 */
function aligned(fill: string, align: string, pad: number, head: string, tail: string): string {
  if (pad <= 0) return head + tail;
  switch (align) {
    case '<': return head + tail + fillRun(fill, pad);
    case '^': {
      const l = pad >> 1;
      return fillRun(fill, l) + head + tail + fillRun(fill, pad - l);
    }
    case '=': return head + fillRun(fill, pad) + tail;
    default: return fillRun(fill, pad) + head + tail;
  }
}

/**
 * `layoutNumber` for a simple spec: `sign` and the ASCII `body` (its leading digits grouped when
 * the spec asks) padded to the spec's width ('=' puts the fill between the sign and the digits).
 */
function padNumber(spec: Spec, sign: string, body: string): string {
  if (spec.grouping !== '') body = groupLeadingDigits(body, spec.grouping);
  return aligned(spec.fill, spec.align, spec.width - sign.length - body.length, sign, body);
}

/** The leading run of decimal digits of `body` with `sep` every three from its right. */
function groupLeadingDigits(body: string, sep: string): string {
  let k = 0;
  while (k < body.length && body.charCodeAt(k) >= 48 && body.charCodeAt(k) <= 57) k++;
  if (k <= 3) return body;
  return groupDigits(body.slice(0, k), 0, sep, 3) + body.slice(k);
}

// ---------------------------------------------------------------------------------------------
// int

function absDigits(n: PyInt, radix: number): string {
  if (typeof n === 'number') return (n < 0 ? -n : n).toString(radix);
  return (n < 0n ? -n : n).toString(radix);
}

/** `format(n, spec)` for an int (`typeName` is 'int' or 'bool' for messages). */
export function formatInt(n: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') return intStr(n);
  return formatIntSpec(n, parseSpec(spec, typeName, '>'), typeName);
}

/**
 * `format(x, spec)` for a primitive number and a non-empty spec: an int when integral, else a
 * float (the same as their `__format__`, without the method lookup).
 */
export function formatNumber(x: number, spec: string): string {
  if (Number.isInteger(x)) return formatIntSpec(x, parseSpec(spec, 'int', '>'), 'int');
  return formatFloatParsed(x, parseSpec(spec, 'float', '>'));
}

function formatIntSpec(n: PyInt, sp: Spec, typeName: string): string {
  if (typeof n === 'number' && sp.simple && sp.precision === -1 && (sp.type === 'd' || sp.type === '')) {
    return n < 0 ? padNumber(sp, '-', String(-n)) : padNumber(sp, '', String(n));
  }
  switch (sp.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatSpec(intToFloat(n), sp);
    case '': case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      unknownCode(sp.type, typeName);
  }
  if (sp.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (sp.z) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const negative = n < 0;
  if (sp.type === 'c') {
    if (sp.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (n > 9223372036854775807n || n < -9223372036854775808n) raise('OverflowError', 'Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(sp, false, '', '', String.fromCodePoint(Number(n)), 1, '', 3);
  }
  let radix = 10;
  let prefix = '';
  switch (sp.type) {
    case 'b': radix = 2; prefix = '0b'; break;
    case 'o': radix = 8; prefix = '0o'; break;
    case 'x': radix = 16; prefix = '0x'; break;
    case 'X': radix = 16; prefix = '0X'; break;
  }
  let digits = radix === 10 ? intStr(n) : absDigits(n, radix);
  if (radix === 10 && negative) digits = digits.slice(1);
  if (sp.type === 'X') digits = digits.toUpperCase();
  if (!sp.alt) prefix = '';
  const sep = sp.grouping;
  const size = sep === '_' && radix !== 10 ? 4 : 3;
  return layoutNumber(sp, negative, prefix, digits, '', 0, sep, size);
}

// ---------------------------------------------------------------------------------------------
// float

/**
 * CPython's PyOS_double_to_string for a finite or special `x`: `type` one of e E f F g G r,
 * `precision` already defaulted. Returns the text including a leading '-' when negative.
 */
export function doubleToString(x: number, type: string, precision: number, alt: boolean,
  addDot0: boolean, noNeg0 = false): string {
  const upper = type === 'E' || type === 'F' || type === 'G';
  const lt = upper ? type.toLowerCase() : type;
  if (x !== x) return upper ? 'NAN' : 'nan';
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  const ax = negative ? -x : x;
  if (ax === Infinity) return negative ? (upper ? '-INF' : '-inf') : upper ? 'INF' : 'inf';
  if (lt === 'r' && !alt && addDot0 && !noNeg0) return floatRepr(x);
  if (lt === 'f') {
    // fixedDigits lays out fixed notation already; only the sign and the alternate form's point
    // are left (-0.0 keeps its sign unless `z`, as does a negative that rounds to zero).
    const s = fixedDigits(ax, precision);
    if (noNeg0 && negative && isZeroText(s)) negative = false;
    const body = alt && precision === 0 ? s + '.' : s;
    return negative ? '-' + body : body;
  }
  // digits (no trailing zeros, "0" for zero) and decpt: value = 0.DIGITS * 10**decpt
  let digits: string;
  let decpt: number;
  let vEnd: number;
  if (lt === 'r') {
    if (ax === 0) { digits = '0'; decpt = 1; }
    else {
      const s = ax.toExponential();
      const e = s.indexOf('e');
      digits = s.charAt(0) + (e > 1 ? s.slice(2, e) : '');
      decpt = +s.slice(e + 1) + 1;
    }
  } else {
    let p = lt === 'e' ? precision + 1 : precision === 0 ? 1 : precision;
    if (lt === 'e') precision = p;
    else if (lt === 'g') precision = p;
    if (ax === 0) { digits = '0'; decpt = 1; }
    else {
      const { mant, exp } = expDigits(ax, p - 1);
      digits = mant.length > 1 ? mant.charAt(0) + mant.slice(2) : mant;
      decpt = exp + 1;
    }
  }
  // strip trailing zeros (dtoa returns none)
  let dl = digits.length;
  while (dl > 1 && digits.charCodeAt(dl - 1) === 48) dl--;
  if (dl !== digits.length) digits = digits.slice(0, dl);
  if (noNeg0 && negative && digits === '0') negative = false;
  vEnd = digits.length;
  let useExp = false;
  switch (lt) {
    case 'e': useExp = true; vEnd = precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  let out = negative ? '-' : '';
  // integer part
  if (decpt <= 0) out += '0';
  else if (decpt >= digits.length) out += digits + '0'.repeat(decpt - digits.length);
  else out += digits.slice(0, decpt);
  // fraction
  const fracLen = vEnd - decpt;
  if (fracLen > 0 || alt) {
    out += '.';
    if (fracLen > 0) {
      let frac: string;
      if (decpt < 0) frac = '0'.repeat(-decpt) + digits;
      else frac = decpt < digits.length ? digits.slice(decpt) : '';
      if (frac.length < fracLen) frac += '0'.repeat(fracLen - frac.length);
      else if (frac.length > fracLen) frac = frac.slice(0, fracLen);
      out += frac;
    }
  }
  if (useExp) {
    const ae = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  } else if (upper) out = out.toUpperCase();
  return out;
}

/** True when the fixed-notation digits `s` are all zeros. */
function isZeroText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

/** Scientific notation of finite `ax >= 0` as CPython writes it: `1.235e+04`, `5e-07`. */
function expText(ax: number, precision: number, upper: boolean): string {
  const direct = expNotation(ax, precision, upper);
  if (direct !== null) return direct;
  const { mant, exp } = expDigits(ax, precision);
  const ae = exp < 0 ? -exp : exp;
  return mant + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

function formatFloatSpec(x: number, sp: Spec): string {
  const t = sp.type;
  if (sp.simple && (t === 'f' || t === 'e' || t === 'F' || t === 'E') && x - x === 0) {
    // Finite, and no sign option, `z` or alternate form: the digits, grouped and padded.
    const negative = x < 0 || (x === 0 && 1 / x < 0);
    const ax = negative ? -x : x;
    const precision = sp.precision < 0 ? 6 : sp.precision;
    const body = t === 'f' || t === 'F' ? fixedDigits(ax, precision) : expText(ax, precision, t === 'E');
    return padNumber(sp, negative ? '-' : '', body);
  }
  let type = t;
  let precision = sp.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(x, type, precision, sp.alt, addDot0, sp.z);
  if (pct) s += '%';
  if (sp.sign === '' && sp.width === -1 && sp.grouping === '') return s;
  return layoutFloatText(sp, s);
}

/** `s`, a float's text from doubleToString, laid out by `sp`: its sign, grouped digits, padding. */
function layoutFloatText(sp: Spec, s: string): string {
  const negative = s.charCodeAt(0) === 45;
  if (negative) s = s.slice(1);
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return layoutNumber(sp, negative, '', s.slice(0, k), s.slice(k), s.length - k, sp.grouping, 3);
}

/** `format(x, spec)` for a float value. */
export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  return formatFloatParsed(x, parseSpec(spec, 'float', '>'));
}

function formatFloatParsed(x: number, sp: Spec): string {
  switch (sp.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, sp);
    default:
      unknownCode(sp.type, 'float');
  }
}

// ---------------------------------------------------------------------------------------------
// complex

/**
 * `format(z, spec)` for a complex `re + im*j` (formatter_unicode.c format_complex_internal), and
 * its repr with an empty spec: each part laid out as a float (the imaginary one always signed
 * when the real one shows), then the whole padded to the width. With no type, a zero real part
 * (not -0.0) is left out and otherwise the pair is parenthesised.
 */
export function formatComplex(re: number, im: number, spec: string): string {
  const sp = parseSpec(spec, 'complex', '>');
  // The type code is checked before the flags a complex refuses.
  let type = sp.type;
  switch (type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownCode(type, 'complex');
  }
  if (sp.fill === '0' && spec !== '') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (sp.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let precision = sp.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const part = (x: number, sign: string): string =>
    layoutFloatText({ ...sp, sign, width: -1, fill: ' ', align: '>' }, doubleToString(x, type, precision, sp.alt, false, sp.z));
  const body = (skipRe ? '' : part(re, sp.sign)) + part(im, skipRe ? sp.sign : '+') + 'j';
  const text = parens ? '(' + body + ')' : body;
  return aligned(sp.fill, sp.align === '' ? '>' : sp.align, sp.width - text.length, '', text);
}

// ---------------------------------------------------------------------------------------------
// str

/** `format(s, spec)` for a str. */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const sp = parseSpec(spec, 'str', '<', 's');
  if (sp.type !== 's') unknownCode(sp.type, 'str');
  if (sp.sign === ' ') raise('ValueError', 'Space not allowed in string format specifier');
  if (sp.sign !== '') raise('ValueError', 'Sign not allowed in string format specifier');
  if (sp.z) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (sp.alt) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (sp.align === '=') raise('ValueError', "'=' alignment not allowed in string format specifier");
  return padStr(s, sp.width, sp.precision, sp.fill, sp.align === '' ? '<' : sp.align);
}

function padStr(s: string, width: number, precision: number, fill: string, align: string): string {
  let len = cpLength(s);
  if ((width === -1 || width <= len) && (precision === -1 || precision >= len)) return s;
  if (precision >= 0 && len >= precision) {
    s = len === s.length ? s.slice(0, precision) : Array.from(s).slice(0, precision).join('');
    len = precision;
  }
  const total = width > len ? width : len;
  const pad = total - len;
  if (pad === 0) return s;
  if (align === '>') return fillRun(fill, pad) + s;
  if (align === '^') {
    const l = pad >> 1;
    return fillRun(fill, l) + s + fillRun(fill, pad - l);
  }
  return s + fillRun(fill, pad);
}

// ---------------------------------------------------------------------------------------------
// printf-style formatting

/** How `%` formatting reaches the object model. */
export interface PercentConv {
  str(x: unknown): string;
  repr(x: unknown): string;
  ascii(x: unknown): string;
  /** Python type name of `x`, for messages. */
  typeName(x: unknown): string;
  /** `int(x)` for %d %i %u: ints, bools and floats (truncated); undefined if `x` is not a number. */
  toInt(x: unknown): PyInt | undefined;
  /** `operator.index(x)` for %x %X %o %c (and `*` without toStar): undefined if `x` is not an integer. */
  toIndex(x: unknown): PyInt | undefined;
  /** `float(x)` for %e %f %g: undefined if `x` is not a real number. */
  toFloat(x: unknown): number | undefined;
  /** 'bytes' for bytes `%` (CPython's messages say "during bytes formatting"); str `%` leaves it out. */
  formatting?: string;
  /** True when `str(x)` of a str is the str itself (str `%`, not bytes `%`): `%s` may take it directly. */
  readonly strIsSelf?: boolean;
  /** A `*` width or precision: only ints qualify, not other `__index__` objects (toIndex if absent). */
  toStar?(x: unknown): PyInt | undefined;
  /** The one character %c makes of `x`, when its rules differ from str's (bytes `%`: a byte). */
  char?(x: unknown): string;
}

function starValue(conv: PercentConv, x: unknown): number {
  const v = conv.toStar !== undefined ? conv.toStar(x) : conv.toIndex(x);
  if (v === undefined) raise('TypeError', '* wants int');
  // PyLong_AsSsize_t, before the width is used (or the arguments are counted any further).
  if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    raise('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** One `%` conversion of a parsed template. */
interface PercentSpec {
  /** `%(key)s`, or null. */
  readonly key: string | null;
  readonly left: boolean;
  readonly plus: boolean;
  readonly space: boolean;
  readonly alt: boolean;
  readonly zero: boolean;
  /** -1 when absent, STAR for `*`. */
  readonly width: number;
  /** -1 when absent, STAR for `*`. */
  readonly prec: number;
  /** The conversion character (one code point). */
  readonly type: string;
  /** Index of the conversion character, for the "unsupported format character" message. */
  readonly at: number;
  /** No key, flags, width or precision: `%s`, `%d`, ... can take the direct path. */
  readonly plain: boolean;
}

/** A `%` template split once: `texts[k]` precedes `specs[k]`; `texts` has one more entry. */
interface PercentTemplate {
  readonly texts: readonly string[];
  readonly specs: readonly PercentSpec[];
}

const STAR = -2;
const MAX_CACHED_TEMPLATE = 4096;
const MAX_CACHED_TEMPLATES = 1024;
/** Parsed templates by source; null marks a malformed one (formatted lazily for exact errors). */
const percentTemplates = new Map<string, PercentTemplate | null>();

function percentTemplate(fmt: string): PercentTemplate | null {
  const hit = percentTemplates.get(fmt);
  if (hit !== undefined) return hit;
  const tmpl = parsePercent(fmt);
  if (fmt.length <= MAX_CACHED_TEMPLATE) {
    if (percentTemplates.size >= MAX_CACHED_TEMPLATES) percentTemplates.clear();
    percentTemplates.set(fmt, tmpl);
  }
  return tmpl;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The index just past the `)` that closes the mapping key opened at `fmt[open]`, or -1. */
function keyEnd(fmt: string, open: number): number {
  let depth = 1;
  let j = open + 1;
  while (j < fmt.length && depth > 0) {
    const c = fmt.charCodeAt(j);
    if (c === 40) depth++;
    else if (c === 41) depth--;
    j++;
  }
  return depth > 0 ? -1 : j;
}

interface PercentFlags { left: boolean; plus: boolean; space: boolean; alt: boolean; zero: boolean; end: number }

/** The conversion flags (`-+ #0`) from `fmt[i]` on, and the index after them. */
function readFlags(fmt: string, i: number): PercentFlags {
  const f: PercentFlags = { left: false, plus: false, space: false, alt: false, zero: false, end: i };
  for (; i < fmt.length; i++) {
    const c = fmt[i];
    if (c === '-') f.left = true;
    else if (c === '+') f.plus = true;
    else if (c === ' ') f.space = true;
    else if (c === '#') f.alt = true;
    else if (c === '0') f.zero = true;
    else break;
  }
  f.end = i;
  return f;
}

/** The decimal number at `fmt[i]` (0 when there are no digits), Infinity past 2**31 - 1; and its end. */
function readCount(fmt: string, i: number): [number, number] {
  let v = 0;
  while (i < fmt.length && isDigit(fmt.charCodeAt(i))) {
    v = v * 10 + fmt.charCodeAt(i) - 48;
    if (v > 2147483647) v = Infinity;
    i++;
  }
  return [v, i];
}

/**
 * Splits a template into texts and conversions, or returns null when it is malformed
 * (incomplete format or key, width or precision too big): those raise where CPython raises,
 * which may be after earlier conversions consumed (or lacked) arguments, so they take the
 * lazy path. Unsupported conversion characters parse fine and raise when reached.
 */
function parsePercent(fmt: string): PercentTemplate | null {
  const texts: string[] = [];
  const specs: PercentSpec[] = [];
  const n = fmt.length;
  let text = '';
  let i = 0;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { text += fmt.slice(i); break; }
    if (pct > i) text += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) return null;
    let key: string | null = null;
    if (fmt.charCodeAt(i) === 40) {
      const j = keyEnd(fmt, i);
      if (j < 0) return null;
      key = fmt.slice(i + 1, j - 1);
      i = j;
    }
    const { left, plus, space, alt, zero, end } = readFlags(fmt, i);
    i = end;
    let width = -1;
    if (fmt[i] === '*') {
      width = STAR;
      i++;
    } else if (i < n && isDigit(fmt.charCodeAt(i))) {
      [width, i] = readCount(fmt, i);
      if (width === Infinity) return null;
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = STAR;
        i++;
      } else {
        [prec, i] = readCount(fmt, i);
        if (prec === Infinity) return null;
      }
    }
    // length modifiers are accepted and ignored
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) return null;
    const type = String.fromCodePoint(fmt.codePointAt(i)!);
    i += type.length;
    if (type === '%' && i === pct + 2) { text += '%'; continue; }
    const plain = key === null && !left && !plus && !space && !alt && !zero && width === -1 && prec === -1;
    specs.push({ key, left, plus, space, alt, zero, width, prec, type, at: i - type.length, plain });
    texts.push(text);
    text = '';
  }
  texts.push(text);
  return { texts, specs };
}

/**
 * `fmt % args`. `args` holds the tuple's items, or `[x]` when the right operand is not a tuple.
 * When that operand is a mapping, `getItem` looks up `%(key)s` keys in it (and leftover
 * arguments are then not an error).
 */
export function percentFormat(fmt: string, args: readonly unknown[], conv: PercentConv,
  getItem?: (key: string) => unknown): string {
  const tmpl = percentTemplate(fmt);
  if (tmpl === null) return percentFormatLazy(fmt, args, conv, getItem);
  return formatTemplate(tmpl, args, undefined, conv, getItem);
}

/** `fmt % arg` for a single right operand that is neither a tuple nor a mapping. */
export function percentFormatOne(fmt: string, arg: unknown, conv: PercentConv): string {
  const tmpl = percentTemplate(fmt);
  if (tmpl === null) return percentFormatLazy(fmt, [arg], conv);
  return formatTemplate(tmpl, null, arg, conv, undefined);
}

/**
 * Runs a parsed template. The arguments are `args`, or the single `one` when `args` is null
 * (no array is made for it). The result is built with `+=` and flattened once at the end, so
 * it is not kept as a rope of pieces.
 */
function formatTemplate(tmpl: PercentTemplate, args: readonly unknown[] | null, one: unknown,
  conv: PercentConv, getItem: ((key: string) => unknown) | undefined): string {
  const { texts, specs } = tmpl;
  let cur = args;
  let count = args === null ? 1 : args.length;
  let argIdx = 0;
  let usedKey = false;
  let out = texts[0];
  for (let k = 0; k < specs.length; k++) {
    const sp = specs[k];
    if (sp.key !== null) {
      if (getItem === undefined) raise('TypeError', 'format requires a mapping');
      cur = null;
      one = getItem(sp.key);
      count = 1;
      argIdx = 0;
      usedKey = true;
    }
    let left = sp.left;
    let width = sp.width;
    if (width === STAR) {
      if (argIdx >= count) raise('TypeError', 'not enough arguments for format string');
      width = starValue(conv, cur === null ? one : cur[argIdx]);
      argIdx++;
      if (width < 0) { left = true; width = -width; }
    }
    let prec = sp.prec;
    if (prec === STAR) {
      if (argIdx >= count) raise('TypeError', 'not enough arguments for format string');
      prec = Math.max(0, starValue(conv, cur === null ? one : cur[argIdx]));
      argIdx++;
    }
    if (argIdx >= count) raise('TypeError', 'not enough arguments for format string');
    const arg = cur === null ? one : cur[argIdx];
    argIdx++;
    const t = sp.type;
    if (sp.plain && t === 's' && typeof arg === 'string' && conv.strIsSelf === true) out += arg;
    else if (sp.plain && t === 'd' && typeof arg === 'number' && Number.isInteger(arg)) out += String(arg);
    else if (sp.plain && t === 'x' && typeof arg === 'number' && Number.isInteger(arg) && arg >= 0) out += arg.toString(16);
    else if (t === 'd' && typeof arg === 'number' && Number.isInteger(arg) && prec < 0 && !sp.plus && !sp.space) out += paddedInt(arg, width, left, sp.zero);
    else out += percentConvert(t, sp.at, arg, left, sp.plus, sp.space, sp.alt, sp.zero, width, prec, conv);
    out += texts[k + 1];
  }
  if (!usedKey && getItem === undefined && argIdx < count) {
    raise('TypeError', `not all arguments converted during ${conv.formatting ?? 'string'} formatting`);
  }
  return flatten(out);
}

/**
 * `%5d`, `%05d`, `%-5d` of an int held as a JS number: percentConvert's result without its
 * general machinery (which V8 would otherwise compile for a `%05d` in a loop).
 */
function paddedInt(v: number, width: number, left: boolean, zero: boolean): string {
  const digits = String(v);
  const pad = width - digits.length;
  if (pad <= 0) return digits;
  if (left) return digits + ' '.repeat(pad);
  if (!zero) return ' '.repeat(pad) + digits;
  return v < 0 ? '-' + '0'.repeat(pad) + digits.slice(1) : '0'.repeat(pad) + digits;
}

/**
 * A string built by `+=` is a rope; reading a character makes V8 flatten it in place, so
 * that lists holding many results do not keep (and make the collector walk) their pieces.
 */
export function flatten(s: string): string {
  if (s.length > 12) s.charCodeAt(0);
  return s;
}

/** One conversion: `arg` formatted by type `t` with the given flags, width and precision. */
function percentConvert(t: string, at: number, arg: unknown, left: boolean, plus: boolean,
  space: boolean, alt: boolean, zero: boolean, width: number, prec: number, conv: PercentConv): string {
  let body: string;
  let sign = '';
  let prefix = '';
  let numeric = false;
  switch (t) {
    case 's': body = conv.str(arg); break;
    case 'r': body = conv.repr(arg); break;
    case 'a': body = conv.ascii(arg); break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      numeric = true;
      let v: PyInt | undefined;
      if (t === 'd' || t === 'i' || t === 'u') {
        v = conv.toInt(arg);
        // bytes `%` names `%i` as the `%d` it is.
        const shown = t === 'i' && conv.formatting === 'bytes' ? 'd' : t;
        if (v === undefined) raise('TypeError', `%${shown} format: a real number is required, not ${conv.typeName(arg)}`);
      } else {
        v = conv.toIndex(arg);
        if (v === undefined) raise('TypeError', `%${t} format: an integer is required, not ${conv.typeName(arg)}`);
      }
      const neg = v < 0;
      body = t === 'o' ? absDigits(v, 8) : t === 'x' || t === 'X' ? absDigits(v, 16) : intStr(v);
      if (neg && (t === 'd' || t === 'i' || t === 'u')) body = body.slice(1);
      if (t === 'X') body = body.toUpperCase();
      if (prec > body.length) body = '0'.repeat(prec - body.length) + body;
      if (alt && t !== 'd' && t !== 'i' && t !== 'u') prefix = t === 'o' ? '0o' : t === 'x' ? '0x' : '0X';
      sign = neg ? '-' : plus ? '+' : space ? ' ' : '';
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      numeric = true;
      const v = conv.toFloat(arg);
      if (v === undefined) raise('TypeError', `must be real number, not ${conv.typeName(arg)}`);
      body = doubleToString(v, t, prec < 0 ? 6 : prec, alt, false);
      if (body.charCodeAt(0) === 45) { sign = '-'; body = body.slice(1); }
      else sign = plus ? '+' : space ? ' ' : '';
      break;
    }
    case 'c': {
      if (conv.char !== undefined) {
        body = conv.char(arg);
        break;
      }
      // A str subclass instance (a String wrapper) is a char as much as a str is.
      const char = typeof arg === 'string' ? arg : conv.strIsSelf === true ? strText(arg) : undefined;
      if (char !== undefined) {
        if (cpLength(char) !== 1) raise('TypeError', '%c requires int or char');
        body = char;
      } else {
        const v = conv.toIndex(arg);
        if (v === undefined) raise('TypeError', '%c requires int or char');
        if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
        body = String.fromCodePoint(Number(v));
      }
      break;
    }
    default: {
      const cp = t.codePointAt(0)!;
      const shown = cp >= 32 && cp <= 126 ? t : '?';
      raise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${at}`);
    }
  }
  if ((t === 's' || t === 'r' || t === 'a') && prec >= 0) {
    if (cpLength(body) > prec) body = body.length === cpLength(body) ? body.slice(0, prec) : Array.from(body).slice(0, prec).join('');
  }
  if (width <= 0) return sign === '' && prefix === '' ? body : sign + prefix + body;
  const len = sign.length + prefix.length + cpLength(body);
  if (width <= len) return sign + prefix + body;
  const pad = width - len;
  if (left) return sign + prefix + body + ' '.repeat(pad);
  if (zero && numeric) return sign + prefix + '0'.repeat(pad) + body;
  return ' '.repeat(pad) + sign + prefix + body;
}

/** `%` formatting parsed as it goes: for malformed templates, whose errors depend on position. */
function percentFormatLazy(fmt: string, args: readonly unknown[], conv: PercentConv,
  getItem?: (key: string) => unknown): string {
  const out: string[] = [];
  let i = 0;
  const n = fmt.length;
  let cur: readonly unknown[] = args;
  let argIdx = 0;
  let usedKey = false;
  const next = (): unknown => {
    if (argIdx >= cur.length) raise('TypeError', 'not enough arguments for format string');
    return cur[argIdx++];
  };
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out.push(fmt.slice(i)); break; }
    if (pct > i) out.push(fmt.slice(i, pct));
    i = pct + 1;
    if (i >= n) raise('ValueError', 'incomplete format');
    // mapping key
    if (fmt.charCodeAt(i) === 40) {
      if (getItem === undefined) raise('TypeError', 'format requires a mapping');
      const j = keyEnd(fmt, i);
      if (j < 0) raise('ValueError', 'incomplete format key');
      const key = fmt.slice(i + 1, j - 1);
      cur = [getItem(key)];
      argIdx = 0;
      usedKey = true;
      i = j;
    }
    const flags = readFlags(fmt, i);
    const { plus, space, alt, zero } = flags;
    let left = flags.left;
    i = flags.end;
    let width = -1;
    if (fmt[i] === '*') {
      width = starValue(conv, next());
      if (width < 0) { left = true; width = -width; }
      i++;
    } else if (i < n && isDigit(fmt.charCodeAt(i))) {
      [width, i] = readCount(fmt, i);
      if (width === Infinity) raise('ValueError', 'width too big');
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        prec = Math.max(0, starValue(conv, next()));
        i++;
      } else {
        [prec, i] = readCount(fmt, i);
        if (prec === Infinity) raise('ValueError', 'precision too big');
      }
    }
    // length modifiers are accepted and ignored
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) raise('ValueError', 'incomplete format');
    const t = String.fromCodePoint(fmt.codePointAt(i)!);
    i += t.length;
    if (t === '%' && i === pct + 2) { out.push('%'); continue; }
    const arg = next();
    out.push(percentConvert(t, i - t.length, arg, left, plus, space, alt, zero, width, prec, conv));
  }
  if (!usedKey && getItem === undefined && argIdx < cur.length) {
    raise('TypeError', `not all arguments converted during ${conv.formatting ?? 'string'} formatting`);
  }
  return out.join('');
}
