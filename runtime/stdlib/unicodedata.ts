// `_unicodedata`: the character database behind lib/unicodedata.py, from the tables that
// scripts/gen-unicodedata.py records out of CPython 3.11 (Unicode 14.0). The argument checks and
// the errors are Python (lib/unicodedata.py); here each function takes a one-character str (or a
// name, or a normalization form and a str) and answers with null where Python raises.
//
// Normalization is ours, not String.prototype.normalize: Node's ICU knows a newer Unicode, which
// gives decompositions and combining classes to characters CPython 3.11 calls unassigned.
//
// Every function also answers for `unicodedata.ucd_3_2_0` when `old` is true. CPython keeps
// Unicode 3.2.0 as changes to the current data: other properties for some characters, none at all
// for the ones assigned since (no name, no decomposition), and five corrected decompositions.
// Normalization in 3.2.0 still uses today's combining classes and compositions, as CPython's does.

import { unwrapStr } from '../strvalue.js';
import { nativeModule } from '../module.js';
import { toFloat } from '../float.js';
import { tuple3 } from '../tuple.js';
import { defineAll } from './common.js';
import { PROPERTIES_DEFLATED, UNIDATA_VERSION } from './unicodedata_data.js';
import {
  characterName, hex4, inflate, isHangulSyllable, lookupName, L_BASE, L_COUNT, N_COUNT, S_BASE, T_BASE, T_COUNT, V_BASE, V_COUNT,
} from './unicodedata_names.js';

const CODE_POINTS = 0x110000;

// ---------------------------------------------------------------------------------------------
// The per-character properties

interface CharRecord {
  category: string;
  bidirectional: string;
  combining: number;
  eastAsianWidth: string;
  mirrored: number;
}

interface Decomposition {
  /** '<compat>', '<font>', ...; '' for a canonical decomposition. */
  tag: string;
  codePoints: number[];
}

/** decimal, digit and numeric values of a character, null where it has none. */
type Numbers = [number | null, number | null, number | null];

let properties: PropertyTables | undefined;

function parseRecords(text: string): CharRecord[] {
  return text.split('\n').map((line) => {
    const [category, bidirectional, combining, eastAsianWidth, mirrored] = line.split(',');
    return { category: category!, bidirectional: bidirectional!, combining: Number(combining), eastAsianWidth: eastAsianWidth!, mirrored: Number(mirrored) };
  });
}

function parseRuns(text: string): Uint16Array {
  const recordOf = new Uint16Array(CODE_POINTS);
  let at = 0;
  for (const run of text.split(',')) {
    const dot = run.indexOf('.');
    const length = parseInt(run.slice(dot + 1), 36);
    recordOf.fill(parseInt(run.slice(0, dot), 36), at, at + length);
    at += length;
  }
  return recordOf;
}

function parseNumeric(text: string): Map<number, Numbers> {
  const out = new Map<number, Numbers>();
  let cp = 0;
  for (const entry of text.split(',')) {
    const [gap, kind, value, count] = entry.split(':');
    cp += parseInt(gap!, 36);
    const first = Number(value);
    const n = count === undefined ? 1 : Number(count);
    for (let i = 0; i < n; i++) {
      const v = first + i;
      out.set(cp + i, [kind === 'd' ? v : null, kind === 'n' ? null : v, v]);
    }
  }
  return out;
}

function parseOldNumbers(text: string): Map<number, Numbers> {
  const out = new Map<number, Numbers>();
  let cp = 0;
  for (const entry of text.split(',')) {
    const [gap, ...values] = entry.split(':');
    cp += parseInt(gap!, 36);
    out.set(cp, values.map((v) => (v === '' ? null : Number(v))) as Numbers);
  }
  return out;
}

function parseCorrections(text: string): Map<number, number> {
  return new Map(text.split(',').map((pair) => pair.split(':').map((h) => parseInt(h, 16)) as [number, number]));
}

function parseDecompositions(text: string, tagText: string): Map<number, Decomposition> {
  const tags = tagText.split(',');
  const out = new Map<number, Decomposition>();
  let cp = 0;
  for (const entry of text.split(',')) {
    const [gap, tag, codes] = entry.split('.');
    cp += parseInt(gap!, 36);
    out.set(cp, { tag: tags[Number(tag)]!, codePoints: codes!.split(' ').map((h) => parseInt(h, 16)) });
  }
  return out;
}

function pairKey(first: number, second: number): number {
  return first * 0x200000 + second;
}

/** The primary composites: two-character canonical decompositions NFC does not leave apart. */
function findCompositions(decompositions: Map<number, Decomposition>, exclusionText: string): Map<number, number> {
  const excluded = new Set<number>();
  let cp = 0;
  for (const gap of exclusionText.split(',')) excluded.add((cp += parseInt(gap, 36)));
  const out = new Map<number, number>();
  for (const [composite, d] of decompositions) {
    if (d.tag === '' && d.codePoints.length === 2 && !excluded.has(composite)) out.set(pairKey(d.codePoints[0]!, d.codePoints[1]!), composite);
  }
  return out;
}

/**
 * The sections of the property blob, each parsed at its first use: a program that only asks for
 * categories never builds the decompositions, nor the Unicode 3.2.0 tables.
 */
class PropertyTables {
  private readonly sections: string[];
  private readonly parsed = new Map<string, unknown>();

  constructor() {
    this.sections = inflate(PROPERTIES_DEFLATED).split('~');
  }

  private once<T>(key: string, make: (sections: string[]) => T): T {
    if (!this.parsed.has(key)) this.parsed.set(key, make(this.sections));
    return this.parsed.get(key) as T;
  }

  get records(): CharRecord[] {
    return this.once('records', (s) => parseRecords(s[0]!));
  }

  /** Each code point's index into `records`, now and in Unicode 3.2.0. */
  get recordOf(): Uint16Array {
    return this.once('recordOf', (s) => parseRuns(s[1]!));
  }

  get oldRecordOf(): Uint16Array {
    return this.once('oldRecordOf', (s) => parseRuns(s[6]!));
  }

  get numbers(): Map<number, Numbers> {
    return this.once('numbers', (s) => parseNumeric(s[2]!));
  }

  /** The numbers of Unicode 3.2.0 where they differ from `numbers`. */
  get oldNumbers(): Map<number, Numbers> {
    return this.once('oldNumbers', (s) => parseOldNumbers(s[7]!));
  }

  get decompositions(): Map<number, Decomposition> {
    return this.once('decompositions', (s) => parseDecompositions(s[3]!, s[4]!));
  }

  /** Unicode 3.2.0's decompositions where CPython corrects them. */
  get oldCorrections(): Map<number, number> {
    return this.once('oldCorrections', (s) => parseCorrections(s[8]!));
  }

  /** pairKey(first, second) → the primary composite NFC makes of the pair. */
  get compositions(): Map<number, number> {
    return this.once('compositions', (s) => findCompositions(this.decompositions, s[5]!));
  }
}

function propertyTables(): PropertyTables {
  properties ??= new PropertyTables();
  return properties;
}

function recordOf(ch: string, old: boolean): CharRecord {
  const tables = propertyTables();
  return tables.records[(old ? tables.oldRecordOf : tables.recordOf)[ch.codePointAt(0)!]!]!;
}

/** Whether Unicode 3.2.0 had not assigned `cp` (CPython then gives it no name nor decomposition). */
function unassignedInOld(cp: number): boolean {
  const tables = propertyTables();
  return tables.records[tables.oldRecordOf[cp]!]!.category === 'Cn';
}

function combiningClass(cp: number): number {
  const tables = propertyTables();
  return tables.records[tables.recordOf[cp]!]!.combining;
}

/** unicodedata.decomposition's text: '' when the character has none (Hangul syllables included). */
function decompositionText(ch: string, old: boolean): string {
  const cp = ch.codePointAt(0)!;
  const d = old && unassignedInOld(cp) ? undefined : propertyTables().decompositions.get(cp);
  if (d === undefined) return '';
  const codes = d.codePoints.map(hex4).join(' ');
  return d.tag === '' ? codes : `${d.tag} ${codes}`;
}

/** (decimal, digit, numeric) of a character, None where it has none; the numeric one a float. */
function numbersOf(ch: string, old: boolean): unknown {
  const cp = ch.codePointAt(0)!;
  const tables = propertyTables();
  const found = (old ? tables.oldNumbers.get(cp) : undefined) ?? tables.numbers.get(cp);
  if (found === undefined) return tuple3(null, null, null);
  return tuple3(found[0], found[1], found[2] === null ? null : toFloat(found[2]));
}

// ---------------------------------------------------------------------------------------------
// Normalization (UAX #15): full decomposition, canonical ordering, canonical composition

/** Append the full decomposition of `cp` (canonical, or also compatibility) to `out`. */
function decomposeInto(out: number[], cp: number, compat: boolean, old: boolean): void {
  if (old) {
    const corrected = propertyTables().oldCorrections.get(cp);
    if (corrected !== undefined) {
      decomposeInto(out, corrected, compat, old);
      return;
    }
    if (unassignedInOld(cp)) {
      out.push(cp);
      return;
    }
  }
  if (isHangulSyllable(cp)) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const d = propertyTables().decompositions.get(cp);
  if (d === undefined || (d.tag !== '' && !compat)) {
    out.push(cp);
    return;
  }
  for (const part of d.codePoints) decomposeInto(out, part, compat, old);
}

/** Sort each run of non-starters by combining class, keeping equal classes in order. */
function reorderMarks(cps: number[]): void {
  for (let i = 1; i < cps.length; i++) {
    const cp = cps[i]!;
    const cc = combiningClass(cp);
    if (cc === 0) continue;
    let j = i;
    while (j > 0) {
      const before = combiningClass(cps[j - 1]!);
      if (before <= cc) break;
      cps[j] = cps[j - 1]!;
      j--;
    }
    cps[j] = cp;
  }
}

function composePair(first: number, second: number, compositions: Map<number, number>): number | undefined {
  if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
    return S_BASE + ((first - L_BASE) * V_COUNT + (second - V_BASE)) * T_COUNT;
  }
  if (isHangulSyllable(first) && (first - S_BASE) % T_COUNT === 0 && second > T_BASE && second < T_BASE + T_COUNT) {
    return first + (second - T_BASE);
  }
  return compositions.get(pairKey(first, second));
}

/** Combine each character with the last starter when nothing between them blocks it. */
function compose(cps: number[], compositions: Map<number, number>): number[] {
  const out: number[] = [];
  let starter = -1;
  let lastClass = 0;
  for (const cp of cps) {
    const cc = combiningClass(cp);
    if (starter >= 0) {
      const adjacent = starter === out.length - 1;
      if (adjacent || (lastClass !== 0 && lastClass < cc)) {
        const composite = composePair(out[starter]!, cp, compositions);
        if (composite !== undefined) {
          out[starter] = composite;
          continue;
        }
      }
    }
    if (cc === 0) starter = out.length;
    out.push(cp);
    lastClass = cc;
  }
  return out;
}

const FORMS: Record<string, { compat: boolean; compose: boolean }> = {
  NFC: { compat: false, compose: true },
  NFD: { compat: false, compose: false },
  NFKC: { compat: true, compose: true },
  NFKD: { compat: true, compose: false },
};

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** `s` in normalization form `form`, or null when `form` is not one of the four. */
function normalizeText(form: string, s: string, old: boolean): string | null {
  const how = Object.prototype.hasOwnProperty.call(FORMS, form) ? FORMS[form]! : undefined;
  if (how === undefined) return null;
  if (isAscii(s)) return s;
  const tables = propertyTables();
  const cps: number[] = [];
  for (const ch of s) decomposeInto(cps, ch.codePointAt(0)!, how.compat, old);
  reorderMarks(cps);
  const result = how.compose ? compose(cps, tables.compositions) : cps;
  let text = '';
  for (let i = 0; i < result.length; i += 4096) text += String.fromCodePoint(...result.slice(i, i + 4096));
  return text;
}

/** Whether `s` is already in form `form`; null for a bad form. */
function isNormalized(form: string, s: string, old: boolean): boolean | null {
  const normal = normalizeText(form, s, old);
  // A str subclass instance arrives as a String wrapper object: compare its text.
  return normal === null ? null : normal === unwrapStr(s);
}

function populateUnicodedata(mod: Record<string, unknown>): void {
  defineAll(mod, {
    unidata_version: UNIDATA_VERSION,
    category: (ch: string, old: boolean) => recordOf(ch, old).category,
    bidirectional: (ch: string, old: boolean) => recordOf(ch, old).bidirectional,
    combining: (ch: string, old: boolean) => recordOf(ch, old).combining,
    east_asian_width: (ch: string, old: boolean) => recordOf(ch, old).eastAsianWidth,
    mirrored: (ch: string, old: boolean) => recordOf(ch, old).mirrored,
    decomposition: decompositionText,
    numbers: numbersOf,
    name: (ch: string, old: boolean) => {
      const cp = ch.codePointAt(0)!;
      return old && unassignedInOld(cp) ? null : characterName(cp);
    },
    lookup: (name: string, old: boolean) => lookupName(name, old ? unassignedInOld : null),
    normalize: normalizeText,
    is_normalized: isNormalized,
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file and its tables out of its output (compiler/bundle.ts).
nativeModule('_unicodedata', populateUnicodedata);
