// Python's regular expression syntax -> a tree, after CPython's Lib/re/_parser.py.
//
// The parser follows _parser.py step by step so that a bad pattern fails with CPython's message at
// CPython's position (`missing ), unterminated subpattern at position 0`). Positions count code
// points, as Python's do: the tokenizer reads the pattern as an array of code points. The tree is
// turned into a JS RegExp source by re_compiler.ts.

import { repr } from '../repr.js';
import { nodeModule } from '../host.js';
import { NAMES_DEFLATED } from './re_names.js';

export const SRE_FLAG_TEMPLATE = 1;
export const SRE_FLAG_IGNORECASE = 2;
export const SRE_FLAG_LOCALE = 4;
export const SRE_FLAG_MULTILINE = 8;
export const SRE_FLAG_DOTALL = 16;
export const SRE_FLAG_UNICODE = 32;
export const SRE_FLAG_VERBOSE = 64;
export const SRE_FLAG_DEBUG = 128;
export const SRE_FLAG_ASCII = 256;

const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;
const GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE;

const FLAGS: Record<string, number> = {
  i: SRE_FLAG_IGNORECASE, L: SRE_FLAG_LOCALE, m: SRE_FLAG_MULTILINE, s: SRE_FLAG_DOTALL,
  x: SRE_FLAG_VERBOSE, a: SRE_FLAG_ASCII, t: SRE_FLAG_TEMPLATE, u: SRE_FLAG_UNICODE,
};

export const MAXREPEAT = 4294967295;
const MAXGROUPS = 2147483647;

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

// ---------------------------------------------------------------------------------------------
// The tree (sre's opcodes, with the operands named)

export type Category = 'd' | 'D' | 's' | 'S' | 'w' | 'W';
export type At = 'beginning' | 'end' | 'beginning_string' | 'end_string' | 'boundary' | 'non_boundary';

export type SetItem =
  | { op: 'literal'; cp: number }
  | { op: 'range'; lo: number; hi: number }
  | { op: 'category'; cat: Category };

export type Node =
  | { op: 'literal'; cp: number }
  | { op: 'any' }
  | { op: 'in'; negate: boolean; items: SetItem[] }
  | { op: 'category'; cat: Category }
  | { op: 'at'; at: At }
  /** A group: capturing (`group` set) or a non-capturing one that turns flags on or off. */
  | { op: 'subpattern'; group: number | null; addFlags: number; delFlags: number; body: Node[] }
  | { op: 'atomic'; body: Node[] }
  | { op: 'assert'; behind: boolean; negate: boolean; body: Node[] }
  | { op: 'groupref'; group: number }
  | { op: 'groupref_exists'; group: number; yes: Node[]; no: Node[] | null }
  | { op: 'repeat'; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive'; item: Node[] }
  | { op: 'branch'; branches: Node[][] };

/** A pattern error: re.error's message and position (null: the message stands alone). */
export class PatternError {
  constructor(readonly msg: string, readonly pos: number | null) {}
}

/** An error CPython raises as another exception type (OverflowError, ValueError). */
export class PatternTypeError {
  constructor(readonly type: 'OverflowError' | 'ValueError', readonly msg: string) {}
}

export interface Parsed {
  body: Node[];
  flags: number;
  /** Number of groups, group 0 included (CPython's state.groups). */
  groups: number;
  groupdict: Map<string, number>;
}

// ---------------------------------------------------------------------------------------------
// State and tokenizer

class State {
  flags = 0;
  groupdict = new Map<string, number>();
  /** [min, max] width of each closed group; null while it is open. */
  groupwidths: ([number, number] | null)[] = [null];
  lookbehindgroups: number | null = null;
  grouprefpos = new Map<number, number>();

  get groups(): number {
    return this.groupwidths.length;
  }

  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new PatternError('too many groups', null);
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw new PatternError(`redefinition of group name ${repr(name)} as group ${gid}; was group ${ogid}`, null);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }

  closegroup(gid: number, body: Node[]): void {
    this.groupwidths[gid] = getwidth(body, this);
  }

  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }

  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups !== null) {
      if (!this.checkgroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindgroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

class Tokenizer {
  private readonly chars: string[];
  index = 0;
  /** The next token: a character, or a backslash and the character after it. */
  next: string | null = null;
  /** The next token's length in code points. */
  private nextWidth = 0;

  /** `istext`: a str pattern (a bytes one is read as Latin-1 text, one character per byte). */
  constructor(readonly string: string, readonly istext = true) {
    this.chars = Array.from(string);
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    let char = this.chars[index];
    if (char === undefined) {
      this.next = null;
      this.nextWidth = 0;
      return;
    }
    if (char === '\\') {
      index++;
      const d = this.chars[index];
      if (d === undefined) throw new PatternError('bad escape (end of pattern)', this.chars.length - 1);
      char += d;
    }
    this.nextWidth = index + 1 - this.index;
    this.index = index + 1;
    this.next = char;
  }

  match(char: string): boolean {
    if (char === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const token = this.next;
    this.advance();
    return token;
  }

  getwhile(n: number, charset: string): string {
    let result = '';
    for (let k = 0; k < n; k++) {
      const c = this.next;
      if (c === null || !charset.includes(c)) break;
      result += c;
      this.advance();
    }
    return result;
  }

  getuntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, width(result));
      }
      if (c === terminator) {
        if (!result) throw this.error('missing ' + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }

  tell(): number {
    return this.index - this.nextWidth;
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): PatternError {
    return new PatternError(msg, this.tell() - offset);
  }

  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${repr(name)}`, width(name) + offset);
  }
}

// The ASCII tests come first: making a RegExp with a Unicode property builds its set from ICU,
// which costs more than the rest of a pattern's compilation.

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || (!/^[\x00-\x7f]*$/.test(name) && /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(name));
}

function isDecimal(s: string): boolean {
  return /^[0-9]+$/.test(s) || (!/^[\x00-\x7f]*$/.test(s) && /^\p{Nd}+$/u.test(s));
}

/** Python's int() of a decimal string: any Unicode decimal digits. */
function decimalValue(s: string): number {
  let v = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let d = cp - 48;
    if (d < 0 || d > 9) {
      // Nd digits come in runs of ten ending with nine.
      let zero = cp;
      while (zero > 0 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      d = (cp - zero) % 10;
    }
    v = v * 10 + d;
  }
  return v;
}

const cp = (s: string): number => s.codePointAt(0)!;

/** Length in code points, as Python counts a pattern's positions. */
const width = (s: string): number => Array.from(s).length;

// ---------------------------------------------------------------------------------------------
// Escapes

const CATEGORIES: Record<string, Node> = {
  '\\A': { op: 'at', at: 'beginning_string' },
  '\\b': { op: 'at', at: 'boundary' },
  '\\B': { op: 'at', at: 'non_boundary' },
  '\\d': { op: 'category', cat: 'd' },
  '\\D': { op: 'category', cat: 'D' },
  '\\s': { op: 'category', cat: 's' },
  '\\S': { op: 'category', cat: 'S' },
  '\\w': { op: 'category', cat: 'w' },
  '\\W': { op: 'category', cat: 'W' },
  '\\Z': { op: 'at', at: 'end_string' },
};

const ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};

type ClassCode = { op: 'literal'; cp: number } | { op: 'category'; cat: Category };

/** The \x, \u and \U escapes, shared by both kinds of escape; null for any other. */
function hexEscape(source: Tokenizer, escape: string): number | null {
  const c = escape[1];
  // \u and \U are str escapes only.
  const digits = c === 'x' ? 2 : !source.istext ? 0 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (!digits) return null;
  escape += source.getwhile(digits, HEXDIGITS);
  if (escape.length !== digits + 2) throw source.error(`incomplete escape ${escape}`, escape.length);
  const value = parseInt(escape.slice(2), 16);
  // chr() of a value past the last code point fails, and the escape is then a bad one.
  if (value > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
  return value;
}

function classEscape(source: Tokenizer, escape: string): ClassCode {
  const code = ESCAPES[escape];
  if (code !== undefined) return { op: 'literal', cp: code };
  const cat = CATEGORIES[escape];
  if (cat !== undefined && cat.op === 'category') return cat;
  const hex = hexEscape(source, escape);
  if (hex !== null) return { op: 'literal', cp: hex };
  const c = escape[1]!;
  if (c === 'N' && source.istext) return { op: 'literal', cp: namedEscape(source) };
  if (OCTDIGITS.includes(c)) {
    escape += source.getwhile(2, OCTDIGITS);
    const value = parseInt(escape.slice(1), 8);
    if (value > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return { op: 'literal', cp: value };
  }
  if (!DIGITS.includes(c) && width(escape) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'literal', cp: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, width(escape));
}

/** \N{NAME}: the character unicodedata.lookup(NAME) gives, as far as re_names.ts knows the names. */
function namedEscape(source: Tokenizer): number {
  if (!source.match('{')) throw source.error('missing {');
  const charname = source.getuntil('}', 'character name');
  const cp = lookupCharacterName(charname);
  if (cp === undefined) throw source.error(`undefined character name ${repr(charname)}`, width(charname) + 4);
  return cp;
}

let characterNames: Map<string, number> | undefined;

/** The code point named `name` (in any case), or undefined. */
export function lookupCharacterName(name: string): number | undefined {
  const upper = name.toUpperCase();
  const ideograph = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (ideograph !== null) {
    const cp = parseInt(ideograph[1]!, 16);
    return CJK_UNIFIED.some(([lo, hi]) => cp >= lo && cp <= hi) ? cp : undefined;
  }
  if (upper.startsWith('HANGUL SYLLABLE ')) return hangulSyllable(upper.slice(16));
  if (characterNames === undefined) {
    characterNames = new Map();
    const text = nodeModule('zlib').inflateSync(Buffer.from(NAMES_DEFLATED, 'base64')).toString('latin1');
    let cp = -1;
    for (const line of text.split('\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) cp++;
      else cp = parseInt(line.slice(0, colon), 16);
      characterNames.set(colon < 0 ? line : line.slice(colon + 1), cp);
    }
  }
  return characterNames.get(upper);
}

// The CJK Unified Ideographs of Unicode 14.0, whose names are computed.
const CJK_UNIFIED: [number, number][] = [
  [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0x20000, 0x2a6df], [0x2a700, 0x2b738], [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1], [0x2ceb0, 0x2ebe0], [0x30000, 0x3134a],
];

// The jamo of a Hangul syllable's name (Unicode's chapter 3.12).
const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

function hangulSyllable(jamo: string): number | undefined {
  for (let l = 0; l < JAMO_L.length; l++) {
    if (!jamo.startsWith(JAMO_L[l]!)) continue;
    for (let v = 0; v < JAMO_V.length; v++) {
      if (!jamo.startsWith(JAMO_V[v]!, JAMO_L[l]!.length)) continue;
      const t = JAMO_T.indexOf(jamo.slice(JAMO_L[l]!.length + JAMO_V[v]!.length));
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}

function escape(source: Tokenizer, escape: string, state: State): Node {
  const cat = CATEGORIES[escape];
  if (cat !== undefined) return cat;
  const code = ESCAPES[escape];
  if (code !== undefined) return { op: 'literal', cp: code };
  const hex = hexEscape(source, escape);
  if (hex !== null) return { op: 'literal', cp: hex };
  const c = escape[1]!;
  if (c === 'N' && source.istext) return { op: 'literal', cp: namedEscape(source) };
  if (c === '0') {
    escape += source.getwhile(2, OCTDIGITS);
    return { op: 'literal', cp: parseInt(escape.slice(1), 8) };
  }
  if (DIGITS.includes(c)) {
    // An octal escape or a group reference.
    if (source.next !== null && DIGITS.includes(source.next)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]!) && OCTDIGITS.includes(escape[2]!) && source.next !== null && OCTDIGITS.includes(source.next)) {
        escape += source.get();
        const value = parseInt(escape.slice(1), 8);
        if (value > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { op: 'literal', cp: value };
      }
    }
    const group = Number(escape.slice(1));
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checklookbehindgroup(group, source);
      return { op: 'groupref', group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  if (width(escape) === 2) {
    if (ASCIILETTERS.includes(c)) throw source.error(`bad escape ${escape}`, escape.length);
    return { op: 'literal', cp: cp(escape.slice(1)) };
  }
  throw source.error(`bad escape ${escape}`, width(escape));
}

// ---------------------------------------------------------------------------------------------
// Patterns

function parseSub(source: Tokenizer, state: State, verbose: boolean, nested: number): Node[] {
  const items: Node[][] = [];
  for (;;) {
    items.push(parseSeq(source, state, verbose, nested + 1, !nested && !items.length));
    if (!source.match('|')) break;
    if (!nested) verbose = (state.flags & SRE_FLAG_VERBOSE) !== 0;
  }
  if (items.length === 1) return items[0]!;
  return [{ op: 'branch', branches: items }];
}

function parseSeq(source: Tokenizer, state: State, verbose: boolean, nested: number, first = false): Node[] {
  const subpattern: Node[] = [];
  for (;;) {
    let token = source.next;
    if (token === null) break;
    if (token === '|' || token === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.includes(token)) continue;
      if (token === '#') {
        for (;;) {
          token = source.get();
          if (token === null || token === '\n') break;
        }
        continue;
      }
    }
    if (token[0] === '\\') {
      subpattern.push(escape(source, token, state));
    } else if (!SPECIAL_CHARS.includes(token)) {
      subpattern.push({ op: 'literal', cp: cp(token) });
    } else if (token === '[') {
      subpattern.push(parseSet(source));
    } else if (REPEAT_CHARS.includes(token)) {
      if (!parseRepeat(source, token, subpattern)) subpattern.push({ op: 'literal', cp: cp(token) });
    } else if (token === '.') {
      subpattern.push({ op: 'any' });
    } else if (token === '(') {
      const group = parseGroup(source, state, verbose, nested, first && !subpattern.length);
      if (group === 'global flags') verbose = (state.flags & SRE_FLAG_VERBOSE) !== 0;
      else if (group !== null) subpattern.push(group);
    } else if (token === '^') {
      subpattern.push({ op: 'at', at: 'beginning' });
    } else if (token === '$') {
      subpattern.push({ op: 'at', at: 'end' });
    }
  }
  return subpattern;
}

function parseSet(source: Tokenizer): Node {
  const here = source.tell() - 1;
  const set: SetItem[] = [];
  const negate = source.match('^');
  for (;;) {
    const token = source.get();
    if (token === null) throw source.error('unterminated character set', source.tell() - here);
    if (token === ']' && set.length) break;
    const code1: ClassCode = token[0] === '\\' ? classEscape(source, token) : { op: 'literal', cp: cp(token) };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        set.push(code1, { op: 'literal', cp: 45 });
        break;
      }
      const code2: ClassCode = that[0] === '\\' ? classEscape(source, that) : { op: 'literal', cp: cp(that) };
      const bad = `bad character range ${token}-${that}`;
      const span = width(token) + 1 + width(that);
      if (code1.op !== 'literal' || code2.op !== 'literal' || code2.cp < code1.cp) throw source.error(bad, span);
      set.push({ op: 'range', lo: code1.cp, hi: code2.cp });
    } else {
      set.push(code1);
    }
  }
  if (set.length === 1 && set[0]!.op === 'literal' && !negate) return { op: 'literal', cp: set[0]!.cp };
  return { op: 'in', negate, items: set };
}

/** Applies the quantifier `token` to the last item; false when `{` is a literal brace after all. */
function parseRepeat(source: Tokenizer, token: string, subpattern: Node[]): boolean {
  const here = source.tell();
  let min = 0;
  let max = MAXREPEAT;
  if (token === '?') max = 1;
  else if (token === '+') min = 1;
  else if (token === '{') {
    if (source.next === '}') return false;
    let lo = '';
    let hi = '';
    while (source.next !== null && DIGITS.includes(source.next)) lo += source.get();
    if (source.match(',')) {
      while (source.next !== null && DIGITS.includes(source.next)) hi += source.get();
    } else {
      hi = lo;
    }
    if (!source.match('}')) {
      source.seek(here);
      return false;
    }
    if (lo) {
      min = Number(lo);
      if (min >= MAXREPEAT) throw new PatternTypeError('OverflowError', 'the repetition number is too large');
    }
    if (hi) {
      max = Number(hi);
      if (max >= MAXREPEAT) throw new PatternTypeError('OverflowError', 'the repetition number is too large');
      if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
    }
  }
  const last = subpattern[subpattern.length - 1];
  if (last === undefined || last.op === 'at') throw source.error('nothing to repeat', source.tell() - here + token.length);
  if (last.op === 'repeat') throw source.error('multiple repeat', source.tell() - here + token.length);
  let item: Node[] = [last];
  if (last.op === 'subpattern' && last.group === null && !last.addFlags && !last.delFlags) item = last.body;
  const mode = source.match('?') ? 'lazy' : source.match('+') ? 'possessive' : 'greedy';
  subpattern[subpattern.length - 1] = { op: 'repeat', min, max, mode, item };
  return true;
}

/**
 * The construct after `(`: a group, an assertion, a comment (null), or global flags, which
 * change `state.flags` ('global flags').
 */
function parseGroup(source: Tokenizer, state: State, verbose: boolean, nested: number, first: boolean): Node | null | 'global flags' {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let addFlags = 0;
  let delFlags = 0;
  if (source.match('?')) {
    let char = source.get();
    if (char === null) throw source.error('unexpected end of pattern');
    if (char === 'P') {
      if (source.match('<')) {
        name = source.getuntil('>', 'group name');
        source.checkgroupname(name, 1);
      } else if (source.match('=')) {
        const ref = source.getuntil(')', 'group name');
        source.checkgroupname(ref, 1);
        const gid = state.groupdict.get(ref);
        const span = width(ref) + 1;
        if (gid === undefined) throw source.error(`unknown group name ${repr(ref)}`, span);
        if (!state.checkgroup(gid)) throw source.error('cannot refer to an open group', span);
        state.checklookbehindgroup(gid, source);
        return { op: 'groupref', group: gid };
      } else {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        throw source.error('unknown extension ?P' + c, width(c) + 2);
      }
    } else if (char === ':') {
      capture = false;
    } else if (char === '#') {
      for (;;) {
        if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
        if (source.get() === ')') break;
      }
      return null;
    } else if (char === '=' || char === '!' || char === '<') {
      let behind = false;
      let savedLookbehind: number | null = null;
      if (char === '<') {
        char = source.get();
        if (char === null) throw source.error('unexpected end of pattern');
        if (char !== '=' && char !== '!') throw source.error('unknown extension ?<' + char, width(char) + 2);
        behind = true;
        savedLookbehind = state.lookbehindgroups;
        if (savedLookbehind === null) state.lookbehindgroups = state.groups;
      }
      const body = parseSub(source, state, verbose, nested + 1);
      if (behind && savedLookbehind === null) state.lookbehindgroups = null;
      if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
      return { op: 'assert', behind, negate: char === '!', body };
    } else if (char === '(') {
      return parseConditional(source, state, verbose, nested, start);
    } else if (char === '>') {
      capture = false;
      atomic = true;
    } else if (FLAGS[char] !== undefined || char === '-') {
      const flags = parseFlags(source, state, char);
      if (flags === null) {
        if (!first) throw source.error('global flags not at the start of the expression', source.tell() - start);
        return 'global flags';
      }
      [addFlags, delFlags] = flags;
      capture = false;
    } else {
      throw source.error('unknown extension ?' + char, width(char) + 1);
    }
  }
  let group: number | null = null;
  if (capture) {
    try {
      group = state.opengroup(name);
    } catch (e) {
      if (e instanceof PatternError) throw source.error(e.msg, width(name ?? '') + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (addFlags & SRE_FLAG_VERBOSE) !== 0) && !(delFlags & SRE_FLAG_VERBOSE);
  const body = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  if (group !== null) state.closegroup(group, body);
  if (atomic) return { op: 'atomic', body };
  return { op: 'subpattern', group, addFlags, delFlags, body };
}

function parseConditional(source: Tokenizer, state: State, verbose: boolean, nested: number, start: number): Node {
  const condname = source.getuntil(')', 'group name');
  const span = width(condname) + 1;
  let condgroup: number;
  if (isIdentifier(condname)) {
    const gid = state.groupdict.get(condname);
    if (gid === undefined) throw source.error(`unknown group name ${repr(condname)}`, span);
    condgroup = gid;
  } else {
    if (!isDecimal(condname)) throw source.error(`bad character in group name ${repr(condname)}`, span);
    condgroup = decimalValue(condname);
    if (!condgroup) throw source.error('bad group number', span);
    if (condgroup >= MAXGROUPS) throw source.error(`invalid group reference ${condgroup}`, span);
    if (!state.grouprefpos.has(condgroup)) state.grouprefpos.set(condgroup, source.tell() - span);
  }
  state.checklookbehindgroup(condgroup, source);
  const yes = parseSeq(source, state, verbose, nested + 1);
  let no: Node[] | null = null;
  if (source.match('|')) {
    no = parseSeq(source, state, verbose, nested + 1);
    if (source.next === '|') throw source.error('conditional backref with more than two branches');
  }
  if (!source.match(')')) throw source.error('missing ), unterminated subpattern', source.tell() - start);
  return { op: 'groupref_exists', group: condgroup, yes, no };
}

/** Inline flags after `(?`: null for global flags `(?i)`, else the [on, off] of a scoped group. */
function parseFlags(source: Tokenizer, state: State, char: string | null): [number, number] | null {
  let addFlags = 0;
  let delFlags = 0;
  if (char !== '-') {
    for (;;) {
      const flag = FLAGS[char!]!;
      if (char === 'L' && source.istext) throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      if (char === 'u' && !source.istext) throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      addFlags |= flag;
      if (flag & TYPE_FLAGS && (addFlags & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      char = source.get();
      if (char === null) throw source.error('missing -, : or )');
      if (char === ')' || char === '-' || char === ':') break;
      if (FLAGS[char] === undefined) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing -, : or )', width(char));
    }
  }
  if (char === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (char === '-') {
    char = source.get();
    if (char === null) throw source.error('missing flag');
    if (FLAGS[char] === undefined) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing flag', width(char));
    for (;;) {
      const flag = FLAGS[char]!;
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      delFlags |= flag;
      char = source.get();
      if (char === null) throw source.error('missing :');
      if (char === ':') break;
      if (FLAGS[char] === undefined) throw source.error(isAlpha(char) ? 'unknown flag' : 'missing :', width(char));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

function isAlpha(token: string): boolean {
  return /^\p{L}+$/u.test(token);
}

function fixFlags(flags: number, istext: boolean): number {
  if (!istext) {
    if (flags & SRE_FLAG_UNICODE) throw new PatternTypeError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (flags & SRE_FLAG_LOCALE && flags & SRE_FLAG_ASCII) throw new PatternTypeError('ValueError', 'ASCII and LOCALE flags are incompatible');
    return flags;
  }
  if (flags & SRE_FLAG_LOCALE) throw new PatternTypeError('ValueError', 'cannot use LOCALE flag with a str pattern');
  if (!(flags & SRE_FLAG_ASCII)) return flags | SRE_FLAG_UNICODE;
  if (flags & SRE_FLAG_UNICODE) throw new PatternTypeError('ValueError', 'ASCII and UNICODE flags are incompatible');
  return flags;
}

/**
 * Parses a pattern (re/_parser.py's parse): a str, or (`istext` false) a bytes one as Latin-1
 * text. Throws PatternError or PatternTypeError.
 */
export function parse(pattern: string, flags: number, istext = true): Parsed {
  const source = new Tokenizer(pattern, istext);
  const state = new State();
  state.flags = flags;
  const body = parseSub(source, state, (flags & SRE_FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(state.flags, istext);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new PatternError(`invalid group reference ${g}`, pos);
  }
  checkLookbehinds(body, state);
  return { body, flags: state.flags, groups: state.groups - 1, groupdict: state.groupdict };
}

// ---------------------------------------------------------------------------------------------
// Widths (re/_compiler.py refuses a look-behind that can match texts of different lengths)

function getwidth(body: Node[], state: State): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const node of body) {
    const [i, j] = nodeWidth(node, state);
    lo += i;
    hi += j;
  }
  return [Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT)];
}

function nodeWidth(node: Node, state: State): [number, number] {
  switch (node.op) {
    case 'literal': case 'any': case 'in': case 'category':
      return [1, 1];
    case 'at': case 'assert':
      return [0, 0];
    case 'subpattern': case 'atomic':
      return getwidth(node.body, state);
    case 'branch': {
      let lo = MAXREPEAT - 1;
      let hi = 0;
      for (const b of node.branches) {
        const [i, j] = getwidth(b, state);
        lo = Math.min(lo, i);
        hi = Math.max(hi, j);
      }
      return [lo, hi];
    }
    case 'repeat': {
      const [i, j] = getwidth(node.item, state);
      return [i * node.min, j * node.max];
    }
    case 'groupref':
      return state.groupwidths[node.group] ?? [0, MAXREPEAT];
    case 'groupref_exists': {
      const [i, j] = getwidth(node.yes, state);
      if (node.no === null) return [0, j];
      const [k, l] = getwidth(node.no, state);
      return [Math.min(i, k), Math.max(j, l)];
    }
  }
}

function checkLookbehinds(body: Node[], state: State): void {
  for (const node of body) {
    switch (node.op) {
      case 'assert': {
        if (node.behind) {
          const [lo, hi] = getwidth(node.body, state);
          if (lo !== hi) throw new PatternError('look-behind requires fixed-width pattern', null);
        }
        checkLookbehinds(node.body, state);
        break;
      }
      case 'subpattern': case 'atomic':
        checkLookbehinds(node.body, state);
        break;
      case 'repeat':
        checkLookbehinds(node.item, state);
        break;
      case 'branch':
        for (const b of node.branches) checkLookbehinds(b, state);
        break;
      case 'groupref_exists':
        checkLookbehinds(node.yes, state);
        if (node.no) checkLookbehinds(node.no, state);
        break;
      default:
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Replacement templates (re/_parser.py's parse_template)

/** A template: literal text and group numbers, in order. */
export type TemplatePiece = string | number;

/**
 * Parses the replacement `template` for a pattern with `groups` groups and names `groupindex`;
 * an unknown group name is an IndexError (thrown as PatternTypeError's sibling, see below).
 */
export function parseTemplate(template: string, groups: number, groupindex: Map<string, number>): TemplatePiece[] {
  const s = new Tokenizer(template);
  const out: TemplatePiece[] = [];
  let literal = '';
  const addgroup = (index: number, offset: number): void => {
    if (index > groups) throw s.error(`invalid group reference ${index}`, offset);
    if (literal) out.push(literal);
    literal = '';
    out.push(index);
  };
  for (;;) {
    let token = s.get();
    if (token === null) break;
    if (token[0] !== '\\') {
      literal += token;
      continue;
    }
    const c = token[1]!;
    if (c === 'g') {
      if (!s.match('<')) throw s.error('missing <');
      const name = s.getuntil('>', 'group name');
      const span = width(name) + 1;
      let index: number;
      if (isIdentifier(name)) {
        const gid = groupindex.get(name);
        if (gid === undefined) throw new TemplateIndexError(`unknown group name ${repr(name)}`);
        index = gid;
      } else {
        if (!isDecimal(name)) throw s.error(`bad character in group name ${repr(name)}`, span);
        index = decimalValue(name);
        if (index >= MAXGROUPS) throw s.error(`invalid group reference ${index}`, span);
      }
      addgroup(index, span);
    } else if (c === '0') {
      if (s.next !== null && OCTDIGITS.includes(s.next)) {
        token += s.get();
        if (s.next !== null && OCTDIGITS.includes(s.next)) token += s.get();
      }
      literal += String.fromCharCode(parseInt(token.slice(1), 8) & 0xff);
    } else if (DIGITS.includes(c)) {
      let isOctal = false;
      if (s.next !== null && DIGITS.includes(s.next)) {
        token += s.get();
        if (OCTDIGITS.includes(c) && OCTDIGITS.includes(token[2]!) && s.next !== null && OCTDIGITS.includes(s.next)) {
          token += s.get();
          isOctal = true;
          const value = parseInt(token.slice(1), 8);
          if (value > 0o377) throw s.error(`octal escape value ${token} outside of range 0-0o377`, token.length);
          literal += String.fromCharCode(value);
        }
      }
      if (!isOctal) addgroup(Number(token.slice(1)), token.length - 1);
    } else {
      const code = ESCAPES[token];
      if (code !== undefined) literal += String.fromCharCode(code);
      else if (ASCIILETTERS.includes(c)) throw s.error(`bad escape ${token}`, token.length);
      else literal += token;
    }
  }
  if (literal) out.push(literal);
  return out;
}

/** parse_template's IndexError for an unknown group name. */
export class TemplateIndexError {
  constructor(readonly msg: string) {}
}
