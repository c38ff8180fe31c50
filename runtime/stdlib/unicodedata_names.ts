// Unicode 14.0's character names, from the tables scripts/gen-unicodedata.py records out of
// CPython 3.11: the name of a code point and the text a name stands for (names, aliases, named
// sequences, and the names Hangul syllables and ideographs get by arithmetic). Used by the
// `_unicodedata` module and by the compiler for `\N{...}` escapes; it needs only the name table,
// not the property tables.

import { nodeModule } from '../host.js';
import { NAMES_DEFLATED } from './unicodedata_data.js';

export function inflate(base64: string): string {
  return nodeModule('zlib').inflateSync(Buffer.from(base64, 'base64')).toString('latin1');
}

export function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

// ---------------------------------------------------------------------------------------------
// Hangul syllables: decomposed, composed and named by arithmetic (Unicode's chapter 3.12)

export const S_BASE = 0xac00;
export const L_BASE = 0x1100;
export const V_BASE = 0x1161;
export const T_BASE = 0x11a7;
export const L_COUNT = 19;
export const V_COUNT = 21;
export const T_COUNT = 28;
export const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

const LEADING_JAMO = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C', 'K', 'T', 'P', 'H'];
const VOWEL_JAMO = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const TRAILING_JAMO = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

const HANGUL_PREFIX = 'HANGUL SYLLABLE ';

export function isHangulSyllable(cp: number): boolean {
  return cp >= S_BASE && cp < S_BASE + S_COUNT;
}

function hangulName(cp: number): string {
  const s = cp - S_BASE;
  return HANGUL_PREFIX + LEADING_JAMO[Math.floor(s / N_COUNT)]! + VOWEL_JAMO[Math.floor((s % N_COUNT) / T_COUNT)]! + TRAILING_JAMO[s % T_COUNT]!;
}

/** The index of the longest jamo of `jamo` that `text` starts with at `at`, or -1 for none. */
function longestJamo(text: string, at: number, jamo: readonly string[]): number {
  let best = -1;
  for (let i = 0; i < jamo.length; i++) {
    const j = jamo[i]!;
    if ((best < 0 || j.length > jamo[best]!.length) && text.startsWith(j, at)) best = i;
  }
  return best;
}

/** The syllable spelled by the jamo after 'HANGUL SYLLABLE ' (upper case only), or null. */
function hangulByName(spelling: string): number | null {
  const l = longestJamo(spelling, 0, LEADING_JAMO);
  if (l < 0) return null;
  let at = LEADING_JAMO[l]!.length;
  const v = longestJamo(spelling, at, VOWEL_JAMO);
  if (v < 0) return null;
  at += VOWEL_JAMO[v]!.length;
  const t = longestJamo(spelling, at, TRAILING_JAMO);
  at += TRAILING_JAMO[t]!.length;
  return at === spelling.length ? S_BASE + (l * V_COUNT + v) * T_COUNT + t : null;
}

// ---------------------------------------------------------------------------------------------
// Names

interface NamedRange {
  start: number;
  end: number;
  prefix: string;
}

interface NameTables {
  byCodePoint: Map<number, string>;
  ranges: NamedRange[];
  /** 'NAME\thex hex...' lines: the aliases and named sequences. */
  extraLines: string[];
}

let names: NameTables | undefined;
/** Upper-case name, alias or named sequence → its text: made at the first lookup(). */
let textByName: Map<string, string> | undefined;

const CJK_UNIFIED_PREFIX = 'CJK UNIFIED IDEOGRAPH-';

/** The first `count` words of `name`. */
function leadingWords(name: string, count: number): string {
  let end = -1;
  for (let k = 0; k < count; k++) {
    end = name.indexOf(' ', end + 1);
    if (end < 0) return name;
  }
  return name.slice(0, end);
}

function nameTables(): NameTables {
  if (names !== undefined) return names;
  const [list, rangeText, extra] = inflate(NAMES_DEFLATED).split('~');
  const byCodePoint = new Map<number, string>();
  let cp = -1;
  let previous = '';
  for (const line of list!.split('\n')) {
    const tab = line.indexOf('\t');
    cp += tab < 0 ? 1 : parseInt(line.slice(0, tab), 36);
    const shared = line.charCodeAt(tab + 1) - 48;
    const rest = line.slice(tab + 2);
    const kept = shared === 0 ? '' : leadingWords(previous, shared);
    previous = kept === '' ? rest : rest === '' ? kept : kept + ' ' + rest;
    byCodePoint.set(cp, previous);
  }
  const ranges = rangeText!.split('\n').map((line) => {
    const [start, end, prefix] = line.split(',');
    return { start: parseInt(start!, 16), end: parseInt(end!, 16), prefix: prefix! };
  });
  names = { byCodePoint, ranges, extraLines: extra ? extra.split('\n') : [] };
  return names;
}

function namesToText(): Map<string, string> {
  if (textByName !== undefined) return textByName;
  const tables = nameTables();
  textByName = new Map();
  for (const [cp, name] of tables.byCodePoint) textByName.set(name, String.fromCodePoint(cp));
  for (const line of tables.extraLines) {
    const [name, codes] = line.split('\t');
    textByName.set(name!, String.fromCodePoint(...codes!.split(' ').map((h) => parseInt(h, 16))));
  }
  return textByName;
}

function rangeOf(cp: number): NamedRange | undefined {
  return nameTables().ranges.find((r) => cp >= r.start && cp <= r.end);
}

/** The name of code point `cp` in Unicode 14.0, or null when it has none. */
export function characterName(cp: number): string | null {
  if (isHangulSyllable(cp)) return hangulName(cp);
  const range = rangeOf(cp);
  if (range !== undefined) return range.prefix + hex4(cp);
  return nameTables().byCodePoint.get(cp) ?? null;
}

function asciiUpper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/**
 * The text named `name` (a character, or several for a named sequence), or null. Names, aliases
 * and sequences match in any ASCII case; the computed Hangul and CJK unified names only in upper
 * case, their hex digits four or five. Unicode 3.2.0 (`oldUnassigned` given: whether 3.2.0 had
 * not assigned a code point) has no aliases nor sequences, and no names for the characters it did
 * not have, except the computed ones (as in CPython).
 */
export function lookupName(name: string, oldUnassigned: ((cp: number) => boolean) | null = null): string | null {
  const old = oldUnassigned !== null;
  if (name.startsWith(HANGUL_PREFIX)) {
    const cp = hangulByName(name.slice(HANGUL_PREFIX.length));
    return cp === null ? null : String.fromCodePoint(cp);
  }
  if (name.startsWith(CJK_UNIFIED_PREFIX)) {
    const digits = name.slice(CJK_UNIFIED_PREFIX.length);
    if (!/^[0-9A-F]{4,5}$/.test(digits)) return null;
    const cp = parseInt(digits, 16);
    return rangeOf(cp)?.prefix === CJK_UNIFIED_PREFIX ? String.fromCodePoint(cp) : null;
  }
  const upper = asciiUpper(name);
  const found = namesToText().get(upper);
  if (found !== undefined) {
    if (!old) return found;
    const cp = found.codePointAt(0)!;
    const isName = found.length === String.fromCodePoint(cp).length && nameTables().byCodePoint.get(cp) === upper;
    return isName && !oldUnassigned!(cp) ? found : null;
  }
  // The other patterned names (CJK compatibility ideographs, Nushu, Khitan) are table names in
  // CPython: any case, but exactly the code point's four or five hex digits.
  const m = /^(.*-)([0-9A-F]{4,5})$/.exec(upper);
  if (m === null) return null;
  const cp = parseInt(m[2]!, 16);
  const range = rangeOf(cp);
  const named = range !== undefined && range.prefix === m[1] && range.prefix !== CJK_UNIFIED_PREFIX && hex4(cp) === m[2];
  return named && !(old && oldUnassigned!(cp)) ? String.fromCodePoint(cp) : null;
}
