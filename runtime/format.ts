// The format-spec mini-language (`format(x, spec)`, f-strings, `str.format`) for int, float and
// str, and printf-style `%` formatting.
//
// Both follow CPython closely: Python/formatter_unicode.c (spec parsing, `calc_number_widths`,
// grouping with zero padding) and Python/pystrtod.c `format_float_short` (where the digits, point
// and exponent go, given the digits and decimal-point position that dtoa produces). The digits
// themselves come from float.ts, which rounds exactly (half-even on exact ties).

import { raise } from './exceptions.js';
import { expDigits, fixedDigits, floatRepr } from './float.js';
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

const specCache = new Map<string, Spec>();

function parseSpec(spec: string, typeName: string, defaultAlign: string, defaultType = ''): Spec {
  const key = defaultAlign + defaultType + spec;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
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
  const result: Spec = { fill, align, sign, z, alt, width, grouping, precision, type };
  if (specCache.size > 256) specCache.clear();
  specCache.set(key, result);
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

function cpLength(s: string): number {
  let n = s.length;
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
  const pad = spec.width - (nonDigit + grouped.length);
  if (pad <= 0) return sign + prefix + grouped + rest;
  switch (align) {
    case '<': return sign + prefix + grouped + rest + spec.fill.repeat(pad);
    case '^': {
      const l = pad >> 1;
      return spec.fill.repeat(l) + sign + prefix + grouped + rest + spec.fill.repeat(pad - l);
    }
    case '=': return sign + prefix + spec.fill.repeat(pad) + grouped + rest;
    default: return spec.fill.repeat(pad) + sign + prefix + grouped + rest;
  }
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
  const sp = parseSpec(spec, typeName, '>');
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
  // digits (no trailing zeros, "0" for zero) and decpt: value = 0.DIGITS * 10**decpt
  let digits: string;
  let decpt: number;
  let vEnd: number;
  if (lt === 'f') {
    const s = fixedDigits(ax, precision);
    const dot = s.indexOf('.');
    const all = dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1);
    const intLen = dot < 0 ? s.length : dot;
    let k = 0;
    while (k < all.length - 1 && all.charCodeAt(k) === 48) k++;
    digits = all.slice(k);
    decpt = intLen - k;
    if (/^0*$/.test(digits)) { digits = '0'; decpt = 1; }
  } else if (lt === 'r') {
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
    case 'f': vEnd = decpt + precision; break;
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

function formatFloatSpec(x: number, sp: Spec): string {
  let type = sp.type;
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
  const negative = s.charCodeAt(0) === 45;
  if (negative) s = s.slice(1);
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return layoutNumber(sp, negative, '', s.slice(0, k), s.slice(k), s.length - k, sp.grouping, 3);
}

/** `format(x, spec)` for a float value. */
export function formatFloat(x: number, spec: string): string {
  if (spec === '') return floatRepr(x);
  const sp = parseSpec(spec, 'float', '>');
  switch (sp.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(x, sp);
    default:
      unknownCode(sp.type, 'float');
  }
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
  if (align === '>') return fill.repeat(pad) + s;
  if (align === '^') {
    const l = pad >> 1;
    return fill.repeat(l) + s + fill.repeat(pad - l);
  }
  return s + fill.repeat(pad);
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
  /** `operator.index(x)` for %x %X %o %c and `*`: undefined if `x` is not an integer. */
  toIndex(x: unknown): PyInt | undefined;
  /** `float(x)` for %e %f %g: undefined if `x` is not a real number. */
  toFloat(x: unknown): number | undefined;
}

/**
 * `fmt % args`. `args` holds the tuple's items, or `[x]` when the right operand is not a tuple.
 * When that operand is a mapping, `getItem` looks up `%(key)s` keys in it (and leftover
 * arguments are then not an error).
 */
export function percentFormat(fmt: string, args: readonly unknown[], conv: PercentConv,
  getItem?: (key: string) => unknown): string {
  let out = '';
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
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) raise('ValueError', 'incomplete format');
    // mapping key
    if (fmt.charCodeAt(i) === 40) {
      if (getItem === undefined) raise('TypeError', 'format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const c = fmt.charCodeAt(j);
        if (c === 40) depth++;
        else if (c === 41) depth--;
        j++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = fmt.slice(i + 1, j - 1);
      cur = [getItem(key)];
      argIdx = 0;
      usedKey = true;
      i = j;
    }
    let left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === '-') left = true;
      else if (c === '+') plus = true;
      else if (c === ' ') space = true;
      else if (c === '#') alt = true;
      else if (c === '0') zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === '*') {
      const w = conv.toIndex(next());
      if (w === undefined) raise('TypeError', '* wants int');
      width = Number(w);
      if (width < 0) { left = true; width = -width; }
      i++;
    } else {
      let w = 0, used = false;
      while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
        w = w * 10 + fmt.charCodeAt(i) - 48;
        if (w > 2147483647) raise('ValueError', 'width too big');
        used = true;
        i++;
      }
      if (used) width = w;
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const p = conv.toIndex(next());
        if (p === undefined) raise('TypeError', '* wants int');
        prec = Math.max(0, Number(p));
        i++;
      } else {
        let p = 0;
        while (i < n && fmt.charCodeAt(i) >= 48 && fmt.charCodeAt(i) <= 57) {
          p = p * 10 + fmt.charCodeAt(i) - 48;
          if (p > 2147483647) raise('ValueError', 'precision too big');
          i++;
        }
        prec = p;
      }
    }
    // length modifiers are accepted and ignored
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) raise('ValueError', 'incomplete format');
    const cp = fmt.codePointAt(i)!;
    const t = String.fromCodePoint(cp);
    i += t.length;
    if (t === '%' && i === pct + 2) { out += '%'; continue; }
    const arg = next();
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
          if (v === undefined) raise('TypeError', `%${t} format: a real number is required, not ${conv.typeName(arg)}`);
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
        if (typeof arg === 'string') {
          if (cpLength(arg) !== 1) raise('TypeError', '%c requires int or char');
          body = arg;
        } else {
          const v = conv.toIndex(arg);
          if (v === undefined) raise('TypeError', '%c requires int or char');
          if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(v));
        }
        break;
      }
      default: {
        const shown = cp >= 32 && cp <= 126 ? t : '?';
        raise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${i - t.length}`);
      }
    }
    if ((t === 's' || t === 'r' || t === 'a') && prec >= 0) {
      if (cpLength(body) > prec) body = body.length === cpLength(body) ? body.slice(0, prec) : Array.from(body).slice(0, prec).join('');
    }
    const len = sign.length + prefix.length + cpLength(body);
    if (width > len) {
      const pad = width - len;
      if (left) out += sign + prefix + body + ' '.repeat(pad);
      else if (zero && numeric) out += sign + prefix + '0'.repeat(pad) + body;
      else out += ' '.repeat(pad) + sign + prefix + body;
    } else out += sign + prefix + body;
  }
  if (!usedKey && getItem === undefined && argIdx < cur.length) {
    raise('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}
