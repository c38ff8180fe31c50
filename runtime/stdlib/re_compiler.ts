// A parsed Python pattern (re_parser.ts) -> the source of an ES2022 RegExp with the `u` flag.
//
// JS has no inline flags, atomic groups, possessive quantifiers or conditional groups, and its
// `^ $ \b \w \s .` mean other things; each is spelled out with what JS has:
// - flags are applied while emitting: `.` under DOTALL is [\s\S], `^` and `$` under MULTILINE are
//   lookarounds for \n, \w under ASCII is [A-Za-z0-9_]; IGNORECASE becomes the `i` flag when the
//   whole pattern is case-insensitive, else each literal and set it covers lists its case variants;
// - an atomic group (?>X) is (?=(X))\N: a lookahead does not backtrack into X, and the
//   backreference consumes what it matched. A possessive X*+ is (?>X*). The extra groups are
//   JS-only: `groupIndex` maps each Python group to its JS group;
// - a conditional (?(n)yes|no) asks whether group n took part in the match. A JS backreference to
//   a group that did not matches the empty string, so a group with a conditional on it also
//   captures the whole subject in a JS-only marker group; the condition is then that the marker
//   matches the subject from its start to its end (this needs a non-empty subject, and costs a
//   pass over the subject each time).
//
// `asciiSubject` makes a source only for subjects that are all ASCII: the class shorthands and \b
// then need no Unicode properties or lookbehind (V8 runs those several times slower), and still
// match exactly what Python's would.

import {
  type Category, type Node, type Parsed, type SetItem, MAXREPEAT,
  SRE_FLAG_ASCII, SRE_FLAG_DOTALL, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_UNICODE,
} from './re_parser.js';

const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;

/**
 * Whether the pattern can match the empty string at a position where it could also match a longer
 * text, preferring the empty one: a lazy repeat, or an alternative that can be empty before
 * others. Python's scans then look again at the same position for a non-empty match (since 3.7),
 * where JS's move on a character.
 */
export function prefersEmpty(parsed: Parsed): boolean {
  return minWidth(parsed.body) === 0 && prefersShorter(parsed.body);
}

/** The shortest text `nodes` match; a backreference counts as `groupWidth` says (else 0). */
export function minWidth(nodes: Node[], groupWidth?: Map<number, number>): number {
  let lo = 0;
  for (const node of nodes) {
    switch (node.op) {
      case 'literal': case 'any': case 'in': case 'category': lo += 1; break;
      case 'subpattern': case 'atomic': lo += minWidth(node.body, groupWidth); break;
      case 'repeat': lo += node.min === 0 ? 0 : minWidth(node.item, groupWidth) * node.min; break;
      case 'branch': lo += Math.min(...node.branches.map((b) => minWidth(b, groupWidth))); break;
      case 'groupref': lo += groupWidth?.get(node.group) ?? 0; break;
      // A conditional may match nothing.
      default:
    }
  }
  return lo;
}

/**
 * Whether `nodes` may choose a shorter match where a longer one is possible: a lazy repeat, an
 * alternative that can be empty before others, a backreference or a conditional.
 */
export function prefersShorter(nodes: Node[]): boolean {
  return nodes.some((node) => {
    switch (node.op) {
      case 'repeat': return node.mode === 'lazy' || prefersShorter(node.item);
      case 'branch': return node.branches.some((b, k) => (k < node.branches.length - 1 && minWidth(b) === 0) || prefersShorter(b));
      case 'subpattern': case 'atomic': return prefersShorter(node.body);
      case 'groupref_exists': case 'groupref': return true;
      default: return false;
    }
  });
}

export interface JsPattern {
  source: string;
  /** Whether the RegExp gets the `i` flag (the whole pattern is case-insensitive). */
  ignoreCase: boolean;
  /** The JS group of each Python group (index 0: the whole match). */
  groupIndex: number[];
  /** Whether the JS groups are the Python groups, in order, and no more. */
  sameGroups: boolean;
}

type CaseMode = 'flag' | 'none' | 'expand';

export function compileJs(parsed: Parsed, asciiSubject: boolean): JsPattern {
  const mode = caseMode(parsed);
  const emitter = new Emitter(parsed, asciiSubject, mode);
  const source = emitter.seq(parsed.body, parsed.flags);
  const groupIndex = emitter.groupIndex;
  return {
    source,
    ignoreCase: mode === 'flag',
    groupIndex,
    sameGroups: emitter.jsGroups === parsed.groups,
  };
}

/** How IGNORECASE is applied: everywhere (the JS flag), nowhere, or where scoped flags say. */
export function caseMode(parsed: Parsed): CaseMode {
  const global = (parsed.flags & SRE_FLAG_IGNORECASE) !== 0;
  let turnedOn = false;
  let turnedOff = false;
  const visit = (nodes: Node[]): void => {
    for (const node of nodes) {
      switch (node.op) {
        case 'subpattern':
          if (node.addFlags & SRE_FLAG_IGNORECASE) turnedOn = true;
          // ASCII case folding: the JS flag would fold other letters too.
          if (node.addFlags & SRE_FLAG_ASCII) turnedOff = true;
          if (node.delFlags & SRE_FLAG_IGNORECASE) turnedOff = true;
          visit(node.body);
          break;
        case 'atomic': case 'assert': visit(node.body); break;
        case 'repeat': visit(node.item); break;
        case 'branch': node.branches.forEach(visit); break;
        case 'groupref_exists': visit(node.yes); if (node.no) visit(node.no); break;
        default:
      }
    }
  };
  visit(parsed.body);
  if (global) return turnedOff || parsed.flags & SRE_FLAG_ASCII ? 'expand' : 'flag';
  return turnedOn ? 'expand' : 'none';
}

const ASCII_WORD = 'A-Za-z0-9_';
const UNICODE_WORD = '\\p{L}\\p{N}_';
const ASCII_SPACE = ' \\t\\n\\r\\f\\v';
// Python's Unicode \s is str.isspace(): JS's \s without U+FEFF, with \x1c-\x1f and U+0085.
const UNICODE_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Tests a subject that is not empty: the condition of a conditional group needs one. */
const NON_EMPTY = '(?:(?=[\\s\\S])|(?<=[\\s\\S]))';

class Emitter {
  jsGroups = 0;
  readonly groupIndex: number[];
  /** The JS marker group of each Python group a conditional asks about. */
  private readonly markers = new Map<number, number>();
  private readonly conditioned = new Set<number>();

  constructor(private readonly parsed: Parsed, private readonly asciiSubject: boolean, private readonly mode: CaseMode) {
    this.groupIndex = Array.from({ length: parsed.groups + 1 }, (_, g) => g);
    this.findConditions(parsed.body);
  }

  private findConditions(nodes: Node[]): void {
    for (const node of nodes) {
      switch (node.op) {
        case 'groupref_exists':
          this.conditioned.add(node.group);
          this.findConditions(node.yes);
          if (node.no) this.findConditions(node.no);
          break;
        case 'subpattern': case 'atomic': case 'assert': this.findConditions(node.body); break;
        case 'repeat': this.findConditions(node.item); break;
        case 'branch': node.branches.forEach((b) => this.findConditions(b)); break;
        default:
      }
    }
  }

  seq(nodes: Node[], flags: number): string {
    let out = '';
    for (const node of nodes) out += this.node(node, flags);
    return out;
  }

  private node(node: Node, flags: number): string {
    switch (node.op) {
      case 'literal': return this.literal(node.cp, flags);
      case 'any': return flags & SRE_FLAG_DOTALL ? '[\\s\\S]' : '[^\\n]';
      case 'in': return this.set(node.negate, node.items, flags);
      case 'category': return this.category(node.cat, flags);
      case 'at': return this.at(node.at, flags);
      case 'subpattern': {
        // A type flag turned on replaces the other (re/_compiler.py's _combine_flags).
        const kept = node.addFlags & TYPE_FLAGS ? flags & ~TYPE_FLAGS : flags;
        const inner = (kept | node.addFlags) & ~node.delFlags;
        if (node.group === null) return `(?:${this.seq(node.body, inner)})`;
        this.groupIndex[node.group] = ++this.jsGroups;
        const body = this.seq(node.body, inner);
        if (!this.conditioned.has(node.group)) return `(${body})`;
        // The marker's group opens after the body's groups.
        this.markers.set(node.group, ++this.jsGroups);
        return `(${body}(?<=^(?=([\\s\\S]*))[\\s\\S]*))`;
      }
      case 'atomic': {
        // The wrapper's group opens before the body's.
        const js = ++this.jsGroups;
        return `(?:(?=(${this.seq(node.body, flags)}))\\${js})`;
      }
      case 'assert': {
        const kind = (node.behind ? '<' : '') + (node.negate ? '!' : '=');
        return `(?${kind}${this.seq(node.body, flags)})`;
      }
      case 'groupref': return `(?:\\${this.groupIndex[node.group]})`;
      case 'groupref_exists': {
        const marker = this.markers.get(node.group);
        // A group that is not (yet) defined never took part: the `no` branch alone.
        const test = marker === undefined ? '(?!)' : `(?<=^(?=\\${marker}$)${NON_EMPTY}[\\s\\S]*)`;
        const yes = this.seq(node.yes, flags);
        const no = node.no === null ? '' : this.seq(node.no, flags);
        return `(?:${test}(?:${yes})|(?!${test})(?:${no}))`;
      }
      case 'repeat': return this.repeat(node.min, node.max, node.mode, node.item, flags);
      case 'branch': return `(?:${node.branches.map((b) => this.seq(b, flags)).join('|')})`;
    }
  }

  private repeat(min: number, max: number, mode: string, item: Node[], flags: number): string {
    // A possessive repeat is an atomic group around a greedy one; its group opens first.
    const possessive = mode === 'possessive';
    const js = possessive ? ++this.jsGroups : 0;
    let body = this.seq(item, flags);
    if (!(item.length === 1 && isAtom(item[0]!))) body = `(?:${body})`;
    let q: string;
    if (min === 0 && max === MAXREPEAT) q = '*';
    else if (min === 1 && max === MAXREPEAT) q = '+';
    else if (min === 0 && max === 1) q = '?';
    else if (max === MAXREPEAT) q = `{${min},}`;
    else if (min === max) q = `{${min}}`;
    else q = `{${min},${max}}`;
    if (mode === 'lazy') q += '?';
    if (possessive) return `(?:(?=(${body}${q}))\\${js})`;
    return body + q;
  }

  /**
   * Whether i, I, İ and ı are spelled out: Python's IGNORECASE matches them with each other (their
   * lower() and upper() meet), JS's `i` flag (simple case folding) only i with I.
   */
  private dotlessI(flags: number): boolean {
    return this.mode === 'flag' && (flags & SRE_FLAG_IGNORECASE) !== 0 && !(flags & SRE_FLAG_ASCII);
  }

  private caseless(flags: number): boolean {
    return this.mode === 'expand' && (flags & SRE_FLAG_IGNORECASE) !== 0;
  }

  private literal(cp: number, flags: number): string {
    if (this.dotlessI(flags) && DOTLESS_I.includes(cp)) return `[${DOTLESS_I.map(classLiteral).join('')}]`;
    if (this.caseless(flags)) {
      const variants = caseVariantsFor(cp, flags);
      if (variants.length > 1) return `[${variants.map(classLiteral).join('')}]`;
    }
    return literal(cp);
  }

  private asciiClasses(flags: number): boolean {
    return this.asciiSubject || (flags & SRE_FLAG_ASCII) !== 0;
  }

  private category(cat: Category, flags: number): string {
    const ascii = this.asciiClasses(flags);
    switch (cat) {
      case 'd': return ascii ? '\\d' : '\\p{Nd}';
      case 'D': return ascii ? '\\D' : '\\P{Nd}';
      case 'w': return ascii ? `[${ASCII_WORD}]` : `[${UNICODE_WORD}]`;
      case 'W': return ascii ? `[^${ASCII_WORD}]` : `[^${UNICODE_WORD}]`;
      case 's': return flags & SRE_FLAG_ASCII ? `[${ASCII_SPACE}]` : `[${UNICODE_SPACE}]`;
      case 'S': return flags & SRE_FLAG_ASCII ? `[^${ASCII_SPACE}]` : `[^${UNICODE_SPACE}]`;
    }
  }

  /** A category inside a set: the class text, or null for a negated one JS cannot put there. */
  private classCategory(cat: Category, flags: number): string | null {
    const ascii = this.asciiClasses(flags);
    switch (cat) {
      case 'd': return ascii ? '0-9' : '\\p{Nd}';
      case 'D': return ascii ? '\\D' : '\\P{Nd}';
      case 'w': return ascii ? ASCII_WORD : UNICODE_WORD;
      case 's': return flags & SRE_FLAG_ASCII ? ASCII_SPACE : UNICODE_SPACE;
      case 'W': case 'S': return null;
    }
  }

  private set(negate: boolean, items: SetItem[], flags: number): string {
    let cls = '';
    const others: string[] = [];
    const caseless = this.caseless(flags);
    for (const item of items) {
      if (item.op === 'literal') {
        cls += caseless ? caseVariantsFor(item.cp, flags).map(classLiteral).join('') : classLiteral(item.cp);
      } else if (item.op === 'range') {
        cls += `${classLiteral(item.lo)}-${classLiteral(item.hi)}`;
        if (caseless) cls += rangeCaseVariants(item.lo, item.hi, flags);
      } else {
        const text = this.classCategory(item.cat, flags);
        if (text !== null) cls += text;
        else others.push(this.category(item.cat, flags));
      }
    }
    if (this.dotlessI(flags) && items.some((item) => DOTLESS_I.some((c) => setItemHas(item, c)))) {
      cls += DOTLESS_I.map(classLiteral).join('');
    }
    if (!others.length) return `[${negate ? '^' : ''}${cls}]`;
    if (cls) others.unshift(`[${cls}]`);
    const any = `(?:${others.join('|')})`;
    return negate ? `(?:(?!${any})[\\s\\S])` : any;
  }

  private at(at: string, flags: number): string {
    switch (at) {
      case 'beginning': return flags & SRE_FLAG_MULTILINE ? '(?<![^\\n])' : '^';
      // Python's `$` also matches before a newline that ends the subject.
      case 'end': return flags & SRE_FLAG_MULTILINE ? '(?![^\\n])' : '(?=\\n?$)';
      case 'beginning_string': return '^';
      case 'end_string': return '$';
      case 'boundary': case 'non_boundary': {
        // _sre's \B never matches an empty subject (nor does \b).
        const b = at === 'boundary';
        if (this.asciiClasses(flags)) return b ? '\\b' : `(?:\\B${NON_EMPTY})`;
        const w = `[${UNICODE_WORD}]`;
        return b ? `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))` : `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w})${NON_EMPTY})`;
      }
    }
    return '';
  }
}

const DOTLESS_I = [0x69, 0x49, 0x130, 0x131];

/** Whether a set's literal or range holds `cp` (its categories are left to the JS flag). */
function setItemHas(item: SetItem, cp: number): boolean {
  if (item.op === 'literal') return item.cp === cp;
  if (item.op === 'range') return item.lo <= cp && cp <= item.hi;
  return false;
}

/** Whether `node` emits one JS atom that a quantifier can follow. */
function isAtom(node: Node): boolean {
  switch (node.op) {
    case 'literal': case 'any': case 'in': case 'category': case 'groupref': case 'subpattern': case 'branch':
      return true;
    default:
      return false;
  }
}

const PLAIN = /[A-Za-z0-9 _!"#%&',:;<=>@`~-]/;
const SYNTAX = '^$\\.*+?()[]{}|/';

function literal(cp: number): string {
  if (cp < 0x80) {
    const c = String.fromCharCode(cp);
    if (PLAIN.test(c)) return c;
    if (SYNTAX.includes(c)) return '\\' + c;
  } else if (cp >= 0xa0 && (cp < 0xd800 || cp > 0xdfff)) {
    return String.fromCodePoint(cp);
  }
  return `\\u{${cp.toString(16)}}`;
}

function classLiteral(cp: number): string {
  if (cp < 0x80 && /[A-Za-z0-9 _]/.test(String.fromCharCode(cp))) return String.fromCharCode(cp);
  return `\\u{${cp.toString(16)}}`;
}

// Characters that Python's IGNORECASE matches beside those of lower() and upper().
const EXTRA_CASES: [number, number][] = [
  [0x73, 0x17f], [0x6b, 0x212a], [0xe5, 0x212b], [0x3c3, 0x3c2], [0x3b8, 0x3d1], [0x3b2, 0x3d0],
  [0x3b5, 0x3f5], [0x3ba, 0x3f0], [0x3c0, 0x3d6], [0x3c1, 0x3f1], [0x3c6, 0x3d5], [0x3b9, 0x345],
  [0x3b9, 0x1fbe], [0x3bc, 0xb5], [0xdf, 0x1e9e], [0x69, 0x130], [0x49, 0x131],
];

/** The code points that match `cp` ignoring case, `cp` first. */
export function caseVariants(cp: number): number[] {
  const out = [cp];
  const add = (v: number | undefined): void => {
    if (v !== undefined && !out.includes(v)) out.push(v);
  };
  // Every variant's variants, until there are no new ones (İ -> i -> I -> ı).
  for (let k = 0; k < out.length; k++) {
    const v = out[k]!;
    const s = String.fromCodePoint(v);
    add(singleCodePoint(s.toLowerCase()));
    add(singleCodePoint(s.toUpperCase()));
    for (const [a, b] of EXTRA_CASES) {
      if (v === a) add(b);
      else if (v === b) add(a);
    }
  }
  return out;
}

/** The case variants of `cp` under `flags`: ASCII letters only with the ASCII flag. */
export function caseVariantsFor(cp: number, flags: number): number[] {
  if (!(flags & SRE_FLAG_ASCII)) return caseVariants(cp);
  if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
  if (cp >= 0x61 && cp <= 0x7a) return [cp, cp - 32];
  return [cp];
}

function singleCodePoint(s: string): number | undefined {
  const cp = s.codePointAt(0)!;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : undefined;
}

/** The case variants of a range's code points that it does not hold itself, as class text. */
function rangeCaseVariants(lo: number, hi: number, flags: number): string {
  // Ranges past a few thousand code points are left as they are.
  if (hi - lo > 5000) return '';
  let out = '';
  for (let c = lo; c <= hi; c++) {
    for (const v of caseVariantsFor(c, flags)) if (v < lo || v > hi) out += classLiteral(v);
  }
  return out;
}
