// Patterns of the match statement (PEP 634), after the pattern rules of Grammar/python.gram.
// Patterns look like expressions but are their own tree: `case [x, *rest]:` is a MatchSequence of
// a capture and a MatchStar, `case Point(x=0)` a MatchClass, `case 1 | 2` a MatchOr.

import type { expr, pattern } from '../ast.js';
import { checkedNumber, normalizeName } from './expression.js';
import { KEYWORDS, type Loc, type Parser } from './state.js';
import { parseStrings } from './strings.js';

/** `patterns`: an open sequence (`case a, b:`) or a single pattern. */
export function parsePatterns(p: Parser): pattern {
  const start = p.tok;
  const first = parseMaybeStarPattern(p);
  if (!p.at(',')) {
    if (first.nodeType === 'MatchStar') return p.node({ nodeType: 'MatchSequence', patterns: [first], lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
    return first;
  }
  const patterns = [first];
  while (p.eat(',')) {
    if (p.at(':') || p.at('if')) break;
    patterns.push(parseMaybeStarPattern(p));
  }
  return p.node({ nodeType: 'MatchSequence', patterns, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
}

function parseMaybeStarPattern(p: Parser): pattern {
  if (p.at('*')) {
    const start = p.next();
    const t = p.tok;
    if (t.type !== 'NAME' || KEYWORDS.has(t.string)) p.unexpected();
    p.next();
    const name = t.string === '_' ? null : normalizeName(t.string);
    return p.node({ nodeType: 'MatchStar', name, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
  }
  return parsePattern(p);
}

/** `pattern`: an or-pattern, optionally bound with `as`. */
function parsePattern(p: Parser): pattern {
  const start = p.tok;
  const or = parseOrPattern(p);
  if (p.at('as')) {
    p.next();
    const t = p.tok;
    if (t.type !== 'NAME' || KEYWORDS.has(t.string)) {
      p.raise('invalid pattern target', t, t);
    }
    if (t.string === '_') p.raise("cannot use '_' as a target", t, t);
    p.next();
    return p.node({ nodeType: 'MatchAs', pattern: or, name: normalizeName(t.string), lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
  }
  return or;
}

function parseOrPattern(p: Parser): pattern {
  const start = p.tok;
  const first = parseClosedPattern(p);
  if (!p.at('|')) return first;
  const patterns = [first];
  while (p.eat('|')) patterns.push(parseClosedPattern(p));
  return p.node({ nodeType: 'MatchOr', patterns, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
}

function parseClosedPattern(p: Parser): pattern {
  const t = p.tok;
  switch (t.type) {
    case 'NUMBER':
      return valuePattern(p, parseSignedNumber(p));
    case 'STRING': {
      const value = parseStrings(p);
      return valuePattern(p, value);
    }
    case 'NAME':
      if (t.string === 'None' || t.string === 'True' || t.string === 'False') {
        p.next();
        const value = t.string === 'None' ? null : t.string === 'True';
        return p.node({ nodeType: 'MatchSingleton', value, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
      }
      if (KEYWORDS.has(t.string)) return p.unexpected();
      return parseNamePattern(p);
    case 'OP':
      switch (t.string) {
        case '-':
          return valuePattern(p, parseSignedNumber(p));
        case '(':
          return parseGroupOrSequence(p);
        case '[': {
          p.next();
          const patterns = parseSequenceItems(p, ']');
          p.expect(']');
          return p.node({ nodeType: 'MatchSequence', patterns, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
        }
        case '{':
          return parseMappingPattern(p);
      }
  }
  return p.unexpected();
}

function valuePattern(p: Parser, value: expr): pattern {
  return {
    nodeType: 'MatchValue', value,
    lineno: value.lineno, col_offset: value.col_offset, end_lineno: value.end_lineno, end_col_offset: value.end_col_offset,
  };
}

/** `signed_number` and `complex_number`: `-1`, `1 + 2j`, `-1.5 - 3j`. */
function parseSignedNumber(p: Parser): expr {
  const start = p.tok;
  let e: expr;
  if (p.at('-')) {
    p.next();
    const n = p.tok;
    if (n.type !== 'NUMBER') p.unexpected();
    p.next();
    const operand = p.node({ nodeType: 'Constant', value: checkedNumber(p, n), kind: null, lineno: n.lineno, col_offset: n.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    e = p.node({ nodeType: 'UnaryOp', op: 'USub', operand, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  } else {
    const n = p.next();
    e = p.node({ nodeType: 'Constant', value: checkedNumber(p, n), kind: null, lineno: n.lineno, col_offset: n.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  if (p.at('+') || p.at('-')) {
    const op = p.next().string === '+' ? 'Add' : 'Sub';
    const n = p.tok;
    if (n.type !== 'NUMBER') p.unexpected();
    p.next();
    const right = p.node({ nodeType: 'Constant', value: checkedNumber(p, n), kind: null, lineno: n.lineno, col_offset: n.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    const rv = right.nodeType === 'Constant' ? right.value : null;
    if (typeof rv !== 'object' || rv === null || !('complex' in rv)) p.raise('imaginary number required in complex literal', right, right);
    e = p.node({ nodeType: 'BinOp', left: e, op, right, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return e;
}

/** A capture (`x`), the wildcard (`_`), a value (`Color.RED`) or a class pattern (`Point(...)`). */
function parseNamePattern(p: Parser): pattern {
  const t = p.next();
  if (!p.at('.') && !p.at('(')) {
    if (t.string === '_') return p.node({ nodeType: 'MatchAs', pattern: null, name: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
    return p.node({ nodeType: 'MatchAs', pattern: null, name: normalizeName(t.string), lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
  }
  let e: expr = p.node({ nodeType: 'Name', id: normalizeName(t.string), ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  while (p.at('.')) {
    p.next();
    const a = p.tok;
    if (a.type !== 'NAME' || KEYWORDS.has(a.string)) p.unexpected();
    p.next();
    e = p.node({ nodeType: 'Attribute', value: e, attr: normalizeName(a.string), ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  if (!p.at('(')) return valuePattern(p, e);
  return parseClassPattern(p, e, t);
}

function parseClassPattern(p: Parser, cls: expr, start: Loc): pattern {
  p.next();
  const patterns: pattern[] = [];
  const kwd_attrs: string[] = [];
  const kwd_patterns: pattern[] = [];
  while (!p.at(')')) {
    if (p.tok.type === 'NAME' && p.peek().string === '=' && p.peek().type === 'OP') {
      const name = p.next();
      p.next();
      kwd_attrs.push(normalizeName(name.string));
      kwd_patterns.push(parsePattern(p));
    } else {
      const pat = parsePattern(p);
      if (kwd_attrs.length > 0) p.raise('positional patterns follow keyword patterns', pat, pat);
      patterns.push(pat);
    }
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return p.node({ nodeType: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
}

/** `(pattern)` is a group; `()` and `(a,)` are sequences. */
function parseGroupOrSequence(p: Parser): pattern {
  const open = p.next();
  if (p.at(')')) {
    p.next();
    return p.node({ nodeType: 'MatchSequence', patterns: [] as pattern[], lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
  }
  const first = parseMaybeStarPattern(p);
  if (p.at(')') && first.nodeType !== 'MatchStar') {
    p.next();
    return first;
  }
  const patterns = [first];
  if (p.eat(',')) patterns.push(...parseSequenceItems(p, ')'));
  p.expect(')');
  return p.node({ nodeType: 'MatchSequence', patterns, lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
}

function parseSequenceItems(p: Parser, close: string): pattern[] {
  const patterns: pattern[] = [];
  while (!p.at(close)) {
    patterns.push(parseMaybeStarPattern(p));
    if (!p.eat(',')) break;
  }
  return patterns;
}

function parseMappingPattern(p: Parser): pattern {
  const open = p.next();
  const keys: expr[] = [];
  const patterns: pattern[] = [];
  let rest: string | null = null;
  while (!p.at('}')) {
    if (p.at('**')) {
      p.next();
      const t = p.tok;
      if (t.type !== 'NAME' || KEYWORDS.has(t.string)) p.unexpected();
      p.next();
      rest = normalizeName(t.string);
      p.eat(',');
      break;
    }
    const t = p.tok;
    let key: expr;
    if (t.type === 'NUMBER' || p.at('-')) key = parseSignedNumber(p);
    else if (t.type === 'STRING') key = parseStrings(p);
    else if (p.at('None') || p.at('True') || p.at('False')) {
      p.next();
      key = p.node({ nodeType: 'Constant', value: t.string === 'None' ? null : t.string === 'True', kind: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    } else if (t.type === 'NAME' && !KEYWORDS.has(t.string)) {
      p.next();
      key = p.node({ nodeType: 'Name', id: normalizeName(t.string), ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
      if (!p.at('.')) p.unexpected();
      while (p.eat('.')) {
        const a = p.tok;
        if (a.type !== 'NAME') p.unexpected();
        p.next();
        key = p.node({ nodeType: 'Attribute', value: key, attr: normalizeName(a.string), ctx: 'Load', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
      }
    } else return p.unexpected();
    p.expect(':');
    keys.push(key);
    patterns.push(parsePattern(p));
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return p.node({ nodeType: 'MatchMapping', keys, patterns, rest, lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as pattern);
}
