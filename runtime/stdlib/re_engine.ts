// A backtracking matcher over re_parser.ts's tree, with _sre's semantics, for the patterns a JS
// RegExp would match differently (`needsEngine`). The others run as JS RegExps (re_compiler.ts),
// which are much faster; this one is only as fast as it needs to be.
//
// Where JS and _sre differ:
// - a group inside a repeat: JS clears the captures of a repeated item at the start of each
//   iteration, _sre keeps the last capture each group made, so `(?:(a)|b)+` on 'ab' has group 1
//   'a' in Python and nothing in JS;
// - an iteration that matches the empty string: JS rejects it and backtracks into it, _sre accepts
//   it and stops repeating (`(a*)+` on 'aa' leaves group 1 '' in Python, 'aa' in JS; `(?:|a)*`
//   matches '' in Python, 'aaa' in JS);
// - a possessive repeat is a repeat of atomic items in _sre (each iteration is kept once matched),
//   not one atomic repeat.
//
// The program is a list of instructions run by one loop with an explicit backtracking stack (a
// long subject does not grow the JS stack). Every change to a capture or a repeat's counters is
// logged on the stack, so backtracking restores the state of the choice it resumes, as _sre's
// MARK_PUSH / LASTMARK_RESTORE do. Look-arounds and atomic groups run their body as a nested run
// and keep its captures but not its choices. Positions count code points.

import {
  type Category, type Node, type Parsed, type SetItem, MAXREPEAT,
  SRE_FLAG_ASCII, SRE_FLAG_DOTALL, SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_UNICODE,
} from './re_parser.js';
import { caseMode, caseVariants, caseVariantsFor, minWidth, prefersShorter } from './re_compiler.js';
import { codePointAt } from '../str.js';

const TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE;

// ---------------------------------------------------------------------------------------------
// Which patterns need the engine

/**
 * Whether a JS RegExp would match `parsed` differently from _sre: a repeat (of more than one
 * iteration) holds a group that an iteration may skip, a repeat's item can match the empty string
 * and holds a group or prefers the empty string, or a possessive repeat of a compound item needs
 * more than one iteration.
 */
export function needsEngine(parsed: Parsed): boolean {
  return nodesNeedEngine(parsed.body) || refersToOptionalGroup(parsed.body)
    || (caseMode(parsed) === 'expand' && hasCaselessBackref(parsed.body, parsed.flags));
}

/**
 * Whether a backreference ignores case: without the JS `i` flag (case-insensitive parts spelled
 * out as classes) a JS backreference compares exactly.
 */
function hasCaselessBackref(nodes: Node[], flags: number): boolean {
  return nodes.some((node) => {
    switch (node.op) {
      case 'groupref': return (flags & SRE_FLAG_IGNORECASE) !== 0;
      case 'subpattern': {
        const kept = node.addFlags & TYPE_FLAGS ? flags & ~TYPE_FLAGS : flags;
        return hasCaselessBackref(node.body, (kept | node.addFlags) & ~node.delFlags);
      }
      case 'atomic': case 'assert': return hasCaselessBackref(node.body, flags);
      case 'repeat': return hasCaselessBackref(node.item, flags);
      case 'branch': return node.branches.some((b) => hasCaselessBackref(b, flags));
      case 'groupref_exists': return hasCaselessBackref(node.yes, flags) || (node.no !== null && hasCaselessBackref(node.no, flags));
      default: return false;
    }
  });
}

/**
 * Whether a backreference names a group that may not have matched: JS matches it as the empty
 * string, _sre fails.
 */
function refersToOptionalGroup(body: Node[]): boolean {
  const optional = new Set<number>();
  const refs: number[] = [];
  const visit = (nodes: Node[], mandatory: boolean): void => {
    for (const node of nodes) {
      switch (node.op) {
        case 'subpattern':
          if (node.group !== null && !mandatory) optional.add(node.group);
          visit(node.body, mandatory);
          break;
        case 'atomic': visit(node.body, mandatory); break;
        case 'assert': visit(node.body, mandatory && !node.negate); break;
        case 'repeat': visit(node.item, mandatory && node.min > 0); break;
        case 'branch': for (const b of node.branches) visit(b, false); break;
        case 'groupref_exists':
          visit(node.yes, false);
          if (node.no !== null) visit(node.no, false);
          break;
        case 'groupref': refs.push(node.group); break;
        default:
      }
    }
  };
  visit(body, true);
  return refs.some((g) => optional.has(g));
}

function nodesNeedEngine(nodes: Node[]): boolean {
  for (const node of nodes) {
    switch (node.op) {
      case 'repeat': {
        const groups = hasGroup(node.item);
        if (groups && node.max > 1 && !allGroupsMandatory(node.item)) return true;
        if (minWidth(node.item) === 0 && (groups || prefersShorter(node.item))) return true;
        if (node.mode === 'possessive' && node.min > 1 && !(node.item.length === 1 && isSingleChar(node.item[0]!))) return true;
        if (nodesNeedEngine(node.item)) return true;
        break;
      }
      case 'subpattern': case 'atomic': case 'assert':
        if (nodesNeedEngine(node.body)) return true;
        break;
      case 'branch':
        if (node.branches.some(nodesNeedEngine)) return true;
        break;
      case 'groupref_exists':
        if (nodesNeedEngine(node.yes) || (node.no !== null && nodesNeedEngine(node.no))) return true;
        break;
      default:
    }
  }
  return false;
}

function isSingleChar(node: Node): boolean {
  return node.op === 'literal' || node.op === 'any' || node.op === 'in' || node.op === 'category';
}

function hasGroup(nodes: Node[]): boolean {
  return nodes.some((node) => {
    switch (node.op) {
      case 'subpattern': return node.group !== null || hasGroup(node.body);
      case 'atomic': case 'assert': return hasGroup(node.body);
      case 'repeat': return hasGroup(node.item);
      case 'branch': return node.branches.some(hasGroup);
      case 'groupref_exists': return hasGroup(node.yes) || (node.no !== null && hasGroup(node.no));
      default: return false;
    }
  });
}

/** Whether every group in `nodes` takes part in each match of `nodes` (so JS keeps the last one). */
function allGroupsMandatory(nodes: Node[]): boolean {
  return nodes.every((node) => {
    switch (node.op) {
      case 'subpattern': case 'atomic': return allGroupsMandatory(node.body);
      case 'repeat': return !hasGroup(node.item) || (node.min >= 1 && allGroupsMandatory(node.item));
      case 'assert': case 'branch': case 'groupref_exists': return !hasGroup([node]);
      default: return true;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Instructions

const enum Op {
  Char, Set, Any, AnyAll, At, Split, Jmp, Save, RepInit, RepUntil, LazyMore, Poss, Look, Atomic,
  Backref, Cond, Succeed,
}

type AtKind = 'beginning' | 'beginning_line' | 'end' | 'end_line' | 'beginning_string' | 'end_string' | 'boundary' | 'non_boundary';

type Inst =
  | { op: Op.Char; cp: number }
  | { op: Op.Set; test: (c: number) => boolean }
  | { op: Op.Any }
  | { op: Op.AnyAll }
  | { op: Op.At; at: AtKind; ascii: boolean }
  /** Try pc + 1, then `alt`. */
  | { op: Op.Split; alt: number }
  | { op: Op.Jmp; to: number }
  | { op: Op.Save; slot: number }
  | { op: Op.RepInit; r: number; until: number }
  | { op: Op.RepUntil; r: number; min: number; max: number; greedy: boolean; body: number; more: number }
  /** A lazy repeat's next iteration, resumed when its tail failed. */
  | { op: Op.LazyMore; r: number; max: number; body: number }
  | { op: Op.Poss; min: number; max: number; next: number }
  | { op: Op.Look; behind: boolean; negate: boolean; width: number; next: number }
  | { op: Op.Atomic; next: number }
  | { op: Op.Backref; group: number; ignoreCase: boolean; asciiCase: boolean }
  | { op: Op.Cond; group: number; no: number }
  | { op: Op.Succeed; top: boolean };

export interface EngineOptions {
  /** A bytes pattern: ASCII classes and ASCII-only case folding. */
  bytes: boolean;
}

export class Program {
  readonly code: Inst[] = [];
  /** Each repeat's two registers (iterations begun, where the last optional one began). */
  repeats = 0;
  constructor(readonly groups: number) {}
}

export function compileProgram(parsed: Parsed, options: EngineOptions): Program {
  const c = new ProgramCompiler(parsed.groups, options);
  c.seq(parsed.body, parsed.flags);
  c.emit({ op: Op.Succeed, top: true });
  return c.program;
}

class ProgramCompiler {
  readonly program: Program;
  /** Each closed group's width, for a look-behind's backreferences (its width is fixed). */
  private readonly groupWidths = new Map<number, number>();
  constructor(groups: number, private readonly options: EngineOptions) {
    this.program = new Program(groups);
  }

  emit(inst: Inst): number {
    return this.program.code.push(inst) - 1;
  }

  get here(): number {
    return this.program.code.length;
  }

  seq(nodes: Node[], flags: number): void {
    for (const node of nodes) this.node(node, flags);
  }

  private asciiClasses(flags: number): boolean {
    return this.options.bytes || (flags & SRE_FLAG_ASCII) !== 0;
  }

  private node(node: Node, flags: number): void {
    const code = this.program.code;
    switch (node.op) {
      case 'literal': {
        if (flags & SRE_FLAG_IGNORECASE) {
          const variants = this.caseVariants(node.cp, flags);
          if (variants.length > 1) {
            this.emit({ op: Op.Set, test: (c) => variants.includes(c) });
            return;
          }
        }
        this.emit({ op: Op.Char, cp: node.cp });
        return;
      }
      case 'any':
        this.emit(flags & SRE_FLAG_DOTALL ? { op: Op.AnyAll } : { op: Op.Any });
        return;
      case 'in':
        this.emit({ op: Op.Set, test: this.setTest(node.negate, node.items, flags) });
        return;
      case 'category':
        this.emit({ op: Op.Set, test: categoryTest(node.cat, this.asciiClasses(flags)) });
        return;
      case 'at': {
        let at: AtKind = node.at;
        if (flags & SRE_FLAG_MULTILINE) at = at === 'beginning' ? 'beginning_line' : at === 'end' ? 'end_line' : at;
        this.emit({ op: Op.At, at, ascii: this.asciiClasses(flags) });
        return;
      }
      case 'subpattern': {
        // A type flag turned on replaces the other (re/_compiler.py's _combine_flags).
        const kept = node.addFlags & TYPE_FLAGS ? flags & ~TYPE_FLAGS : flags;
        const inner = (kept | node.addFlags) & ~node.delFlags;
        if (node.group !== null) this.emit({ op: Op.Save, slot: 2 * node.group });
        this.seq(node.body, inner);
        if (node.group !== null) {
          this.emit({ op: Op.Save, slot: 2 * node.group + 1 });
          this.groupWidths.set(node.group, minWidth(node.body, this.groupWidths));
        }
        return;
      }
      case 'atomic': {
        const at = this.emit({ op: Op.Atomic, next: 0 });
        this.seq(node.body, flags);
        this.emit({ op: Op.Succeed, top: false });
        (code[at] as { next: number }).next = this.here;
        return;
      }
      case 'assert': {
        const width = node.behind ? minWidth(node.body, this.groupWidths) : 0;
        const at = this.emit({ op: Op.Look, behind: node.behind, negate: node.negate, width, next: 0 });
        this.seq(node.body, flags);
        this.emit({ op: Op.Succeed, top: false });
        (code[at] as { next: number }).next = this.here;
        return;
      }
      case 'groupref':
        this.emit({
          op: Op.Backref, group: node.group, ignoreCase: (flags & SRE_FLAG_IGNORECASE) !== 0,
          asciiCase: this.options.bytes || (flags & SRE_FLAG_ASCII) !== 0,
        });
        return;
      case 'groupref_exists': {
        const at = this.emit({ op: Op.Cond, group: node.group, no: 0 });
        this.seq(node.yes, flags);
        const jmp = this.emit({ op: Op.Jmp, to: 0 });
        (code[at] as { no: number }).no = this.here;
        if (node.no !== null) this.seq(node.no, flags);
        (code[jmp] as { to: number }).to = this.here;
        return;
      }
      case 'branch': {
        const jumps: number[] = [];
        node.branches.forEach((branch, k) => {
          const last = k === node.branches.length - 1;
          const split = last ? -1 : this.emit({ op: Op.Split, alt: 0 });
          this.seq(branch, flags);
          if (!last) {
            jumps.push(this.emit({ op: Op.Jmp, to: 0 }));
            (code[split] as { alt: number }).alt = this.here;
          }
        });
        for (const j of jumps) (code[j] as { to: number }).to = this.here;
        return;
      }
      case 'repeat': {
        if (node.mode === 'possessive') {
          const at = this.emit({ op: Op.Poss, min: node.min, max: node.max, next: 0 });
          this.seq(node.item, flags);
          this.emit({ op: Op.Succeed, top: false });
          (code[at] as { next: number }).next = this.here;
          return;
        }
        const r = this.program.repeats++;
        const init = this.emit({ op: Op.RepInit, r, until: 0 });
        const more = this.emit({ op: Op.LazyMore, r, max: node.max, body: init + 2 });
        this.seq(node.item, flags);
        const until = this.emit({ op: Op.RepUntil, r, min: node.min, max: node.max, greedy: node.mode === 'greedy', body: init + 2, more });
        (code[init] as { until: number }).until = until;
        return;
      }
    }
  }

  private caseVariants(cp: number, flags: number): number[] {
    // bytes fold ASCII letters only, as str patterns do under ASCII.
    return caseVariantsFor(cp, this.options.bytes ? flags | SRE_FLAG_ASCII : flags);
  }


  private setTest(negate: boolean, items: SetItem[], flags: number): (c: number) => boolean {
    const ascii = this.asciiClasses(flags);
    const tests = items.map((item): ((c: number) => boolean) => {
      switch (item.op) {
        case 'literal': return (c) => c === item.cp;
        case 'range': return (c) => c >= item.lo && c <= item.hi;
        case 'category': return categoryTest(item.cat, ascii);
      }
    });
    const plain = (c: number): boolean => {
      for (const t of tests) if (t(c)) return true;
      return false;
    };
    let test = plain;
    if (flags & SRE_FLAG_IGNORECASE) {
      test = (c) => plain(c) || this.caseVariants(c, flags).some(plain);
    }
    return negate ? (c) => !test(c) : test;
  }
}

// ---------------------------------------------------------------------------------------------
// Character classes, as re_compiler.ts writes them for JS

const UNICODE_DIGIT = /\p{Nd}/u;
const UNICODE_WORD = /[\p{L}\p{N}_]/u;
const UNICODE_SPACE = /[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiWord(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isWord(c: number, ascii: boolean): boolean {
  if (c < 0x80 || ascii) return isAsciiWord(c);
  return UNICODE_WORD.test(String.fromCodePoint(c));
}

function categoryTest(cat: Category, ascii: boolean): (c: number) => boolean {
  switch (cat) {
    case 'd': return ascii ? isAsciiDigit : (c) => (c < 0x80 ? isAsciiDigit(c) : UNICODE_DIGIT.test(String.fromCodePoint(c)));
    case 'D': { const d = categoryTest('d', ascii); return (c) => !d(c); }
    case 'w': return (c) => isWord(c, ascii);
    case 'W': return (c) => !isWord(c, ascii);
    case 's': return ascii ? isAsciiSpace : (c) => (c < 0x80 ? isAsciiSpace(c) || (c >= 0x1c && c <= 0x1f) : UNICODE_SPACE.test(String.fromCodePoint(c)));
    case 'S': { const s = categoryTest('s', ascii); return (c) => !s(c); }
  }
}

function sameIgnoringCase(a: number, b: number, ascii: boolean): boolean {
  if (a === b) return true;
  if (ascii) return caseVariantsFor(a, SRE_FLAG_ASCII).includes(b);
  const x = String.fromCodePoint(a).toLowerCase();
  return x === String.fromCodePoint(b).toLowerCase() || caseVariants(a).includes(b);
}

// ---------------------------------------------------------------------------------------------
// Running

// Entries of the backtracking stack, three numbers each.
const CHOICE = 0; // resume at pc, pos
const UNDO_CAPTURE = 1; // slot, old value
const UNDO_REGISTER = 2; // register, old value

/** The result of a match: capture positions (code points), -1 for a group that did not match. */
export interface EngineMatch {
  marks: Int32Array;
  lastindex: number;
}

/** One match attempt of a program over the code points of a subject. */
export class Matcher {
  private stack: number[] = [];
  private marks: Int32Array;
  /** count and last_ptr of each repeat, then lastindex. */
  private regs: Int32Array;
  private readonly lastindexReg: number;
  private start = 0;

  constructor(
    private readonly program: Program,
    private readonly text: Int32Array,
    private readonly end: number,
    private readonly full: boolean,
    private mustAdvance: boolean,
  ) {
    this.marks = new Int32Array(2 * (program.groups + 1));
    this.regs = new Int32Array(2 * program.repeats + 1);
    this.lastindexReg = 2 * program.repeats;
  }

  /** The match starting at `start`, or null. */
  matchAt(start: number): EngineMatch | null {
    this.marks.fill(-1);
    this.regs.fill(0);
    this.regs[this.lastindexReg] = -1;
    this.stack.length = 0;
    this.start = start;
    const end = this.run(0, start);
    if (end < 0) return null;
    const marks = this.marks.slice();
    marks[0] = start;
    marks[1] = end;
    return { marks, lastindex: this.regs[this.lastindexReg]! };
  }

  /** The first match at or after `start`, or null. */
  search(start: number): EngineMatch | null {
    const first = this.program.code[0]!;
    for (let p = start; p <= this.end; p++) {
      if (first.op === Op.Char) {
        // Skip to the first place the pattern's first character is.
        while (p < this.end && this.text[p] !== first.cp) p++;
        if (p >= this.end) return null;
      }
      const m = this.matchAt(p);
      if (m !== null) return m;
      this.mustAdvance = false;
    }
    return null;
  }

  private setMark(slot: number, value: number): void {
    this.stack.push(UNDO_CAPTURE, slot, this.marks[slot]!);
    this.marks[slot] = value;
  }

  private setReg(reg: number, value: number): void {
    this.stack.push(UNDO_REGISTER, reg, this.regs[reg]!);
    this.regs[reg] = value;
  }

  /** Undoes the entries above `base`, down to it. */
  private unwind(base: number): void {
    const stack = this.stack;
    while (stack.length > base) {
      const b = stack.pop()!;
      const a = stack.pop()!;
      const kind = stack.pop()!;
      if (kind === UNDO_CAPTURE) this.marks[a] = b;
      else if (kind === UNDO_REGISTER) this.regs[a] = b;
    }
  }

  /** Drops the choices above `base`, keeping the logged changes (a body that is not backtracked into). */
  private commit(base: number): void {
    const stack = this.stack;
    let w = base;
    for (let r = base; r < stack.length; r += 3) {
      if (stack[r] === CHOICE) continue;
      stack[w] = stack[r]!;
      stack[w + 1] = stack[r + 1]!;
      stack[w + 2] = stack[r + 2]!;
      w += 3;
    }
    stack.length = w;
  }

  private word(pos: number, ascii: boolean): boolean {
    return pos >= 0 && pos < this.end && isWord(this.text[pos]!, ascii);
  }

  private at(at: AtKind, pos: number, ascii: boolean): boolean {
    const text = this.text;
    const end = this.end;
    switch (at) {
      case 'beginning': case 'beginning_string': return pos === 0;
      case 'beginning_line': return pos === 0 || text[pos - 1] === 10;
      case 'end': return pos === end || (pos === end - 1 && text[pos] === 10);
      case 'end_line': return pos === end || text[pos] === 10;
      case 'end_string': return pos === end;
      case 'boundary': return end !== 0 && this.word(pos - 1, ascii) !== this.word(pos, ascii);
      case 'non_boundary': return end !== 0 && this.word(pos - 1, ascii) === this.word(pos, ascii);
    }
  }

  /** Runs from `pc` at `pos` to a Succeed: the position there, or -1. */
  private run(pc: number, pos: number): number {
    const code = this.program.code;
    const text = this.text;
    const end = this.end;
    const stack = this.stack;
    const marks = this.marks;
    const regs = this.regs;
    const base = stack.length;
    for (;;) {
      let ok = true;
      const inst = code[pc]!;
      switch (inst.op) {
        case Op.Char:
          if (pos < end && text[pos] === inst.cp) { pos++; pc++; } else ok = false;
          break;
        case Op.Set:
          if (pos < end && inst.test(text[pos]!)) { pos++; pc++; } else ok = false;
          break;
        case Op.Any:
          if (pos < end && text[pos] !== 10) { pos++; pc++; } else ok = false;
          break;
        case Op.AnyAll:
          if (pos < end) { pos++; pc++; } else ok = false;
          break;
        case Op.At:
          if (this.at(inst.at, pos, inst.ascii)) pc++; else ok = false;
          break;
        case Op.Split:
          stack.push(CHOICE, inst.alt, pos);
          pc++;
          break;
        case Op.Jmp:
          pc = inst.to;
          break;
        case Op.Save:
          this.setMark(inst.slot, pos);
          if (inst.slot & 1) this.setReg(this.lastindexReg, inst.slot >> 1);
          pc++;
          break;
        case Op.RepInit:
          this.setReg(2 * inst.r, 0);
          this.setReg(2 * inst.r + 1, -1);
          pc = inst.until;
          break;
        case Op.RepUntil: {
          // _sre's MAX_UNTIL and MIN_UNTIL: the iterations up to min, then (greedy) another
          // iteration unless the last one was empty, or (lazy) the tail first.
          const n = regs[2 * inst.r]!;
          if (n < inst.min) {
            this.setReg(2 * inst.r, n + 1);
            pc = inst.body;
          } else if (inst.greedy) {
            if ((n < inst.max || inst.max === MAXREPEAT) && pos !== regs[2 * inst.r + 1]) {
              stack.push(CHOICE, pc + 1, pos);
              this.setReg(2 * inst.r, n + 1);
              this.setReg(2 * inst.r + 1, pos);
              pc = inst.body;
            } else {
              pc++;
            }
          } else {
            stack.push(CHOICE, inst.more, pos);
            pc++;
          }
          break;
        }
        case Op.LazyMore: {
          const n = regs[2 * inst.r]!;
          if ((n >= inst.max && inst.max !== MAXREPEAT) || pos === regs[2 * inst.r + 1]) {
            ok = false;
          } else {
            this.setReg(2 * inst.r, n + 1);
            this.setReg(2 * inst.r + 1, pos);
            pc = inst.body;
          }
          break;
        }
        case Op.Poss: {
          // _sre's POSSESSIVE_REPEAT: each iteration is matched once and kept.
          let n = 0;
          while (n < inst.min) {
            const e = this.run(pc + 1, pos);
            if (e < 0) break;
            pos = e;
            n++;
          }
          if (n < inst.min) {
            ok = false;
            break;
          }
          let last = -1;
          while ((n < inst.max || inst.max === MAXREPEAT) && pos !== last) {
            last = pos;
            const e = this.run(pc + 1, pos);
            if (e < 0) break;
            pos = e;
            n++;
          }
          pc = inst.next;
          break;
        }
        case Op.Look: {
          const from = inst.behind ? pos - inst.width : pos;
          const mark = stack.length;
          const e = from < 0 ? -1 : this.run(pc + 1, from);
          if (inst.negate) {
            if (e >= 0) {
              this.unwind(mark);
              ok = false;
            } else {
              pc = inst.next;
            }
          } else if (e >= 0) {
            pc = inst.next;
          } else {
            ok = false;
          }
          break;
        }
        case Op.Atomic: {
          const e = this.run(pc + 1, pos);
          if (e >= 0) {
            pos = e;
            pc = inst.next;
          } else {
            ok = false;
          }
          break;
        }
        case Op.Backref: {
          const s = marks[2 * inst.group]!;
          const e = marks[2 * inst.group + 1]!;
          if (s < 0 || e < 0 || e < s) {
            ok = false;
            break;
          }
          const len = e - s;
          if (pos + len > end) {
            ok = false;
            break;
          }
          for (let k = 0; k < len; k++) {
            const a = text[s + k]!;
            const b = text[pos + k]!;
            if (a !== b && !(inst.ignoreCase && sameIgnoringCase(a, b, inst.asciiCase))) {
              ok = false;
              break;
            }
          }
          if (ok) {
            pos += len;
            pc++;
          }
          break;
        }
        case Op.Cond: {
          const s = marks[2 * inst.group] ?? -1;
          const e = marks[2 * inst.group + 1] ?? -1;
          pc = s >= 0 && e >= s ? pc + 1 : inst.no;
          break;
        }
        case Op.Succeed:
          if (inst.top && ((this.full && pos !== end) || (this.mustAdvance && pos === this.start))) {
            ok = false;
            break;
          }
          if (!inst.top) this.commit(base);
          return pos;
      }
      if (ok) continue;
      // Backtrack to the last choice of this run.
      for (;;) {
        if (stack.length <= base) return -1;
        const b = stack.pop()!;
        const a = stack.pop()!;
        const kind = stack.pop()!;
        if (kind === CHOICE) {
          pc = a;
          pos = b;
          break;
        }
        if (kind === UNDO_CAPTURE) marks[a] = b;
        else regs[a] = b;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A RegExp's interface over the engine

/** A subject's code points, and each one's UTF-16 index (null when they are the same). */
interface Subject {
  readonly s: string;
  readonly text: Int32Array;
  readonly units: Int32Array | null;
}

// A scan calls `exec` once per match on the same subject: its code points are kept.
let lastSubject: Subject | null = null;

function subjectOf(s: string): Subject {
  if (lastSubject !== null && lastSubject.s === s) return lastSubject;
  let units: Int32Array | null = null;
  let text: Int32Array;
  if (!/[\uD800-\uDFFF]/.test(s)) {
    text = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) text[i] = s.charCodeAt(i);
  } else {
    const cps: number[] = [];
    const idx: number[] = [];
    for (let i = 0; i < s.length; i++) {
      idx.push(i);
      const c = s.codePointAt(i)!;
      cps.push(c);
      if (c > 0xffff) i++;
    }
    idx.push(s.length);
    text = Int32Array.from(cps);
    units = Int32Array.from(idx);
  }
  return (lastSubject = { s, text, units });
}

function toUnits(subject: Subject, cp: number): number {
  return subject.units === null ? cp : subject.units[cp]!;
}

function toCodePoints(subject: Subject, cu: number): number {
  return subject.units === null ? cu : codePointAt(subject.units, cu);
}

/** How a scanner runs: a search from lastIndex, a match there, or a match to the subject's end. */
export type ScanMode = 'search' | 'match' | 'full';

/**
 * The engine behind the part of the RegExp interface re.ts uses: `exec` from `lastIndex` (UTF-16
 * indices), giving the groups' texts, `index`, `indices` and the match's `lastindex`. `nonEmpty`
 * refuses an empty match where the scan starts.
 */
export class EngineScanner {
  lastIndex = 0;
  constructor(readonly program: Program, readonly mode: ScanMode, readonly nonEmpty = false) {}

  exec(s: string): RegExpExecArray | null {
    const subject = subjectOf(s);
    const text = subject.text;
    const start = toCodePoints(subject, this.lastIndex);
    if (start > text.length) {
      this.lastIndex = 0;
      return null;
    }
    const matcher = new Matcher(this.program, text, text.length, this.mode === 'full', this.nonEmpty);
    const found = this.mode === 'search' ? matcher.search(start) : matcher.matchAt(start);
    if (found === null) {
      this.lastIndex = 0;
      return null;
    }
    const marks = found.marks;
    const groups: (string | undefined)[] = [];
    const indices: ([number, number] | undefined)[] = [];
    for (let g = 0; g < marks.length; g += 2) {
      const a = marks[g]!;
      const b = marks[g + 1]!;
      if (a < 0 || b < 0) {
        groups.push(undefined);
        indices.push(undefined);
      } else {
        const span: [number, number] = [toUnits(subject, a), toUnits(subject, b)];
        groups.push(s.slice(span[0], span[1]));
        indices.push(span);
      }
    }
    const m = groups as unknown as RegExpExecArray & { lastindex: number | null };
    m.index = indices[0]![0];
    m.input = s;
    m.indices = indices as unknown as RegExpIndicesArray;
    m.lastindex = found.lastindex < 0 ? null : found.lastindex;
    this.lastIndex = indices[0]![1];
    return m;
  }
}
