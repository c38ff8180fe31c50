// Expressions, after the expression rules of CPython's Grammar/python.gram, one function per rule
// (`parseDisjunction` is `disjunction`). The binary operators between `bitwise_or` and `term` share
// one precedence-climbing loop instead of six near-identical functions.
//
// Where the grammar keeps an `invalid_*` rule to explain a failure (`Generator expression must be
// parenthesized`, `positional argument follows keyword argument`), the check sits at the point where
// the happy path notices the problem, with CPython's message and position.

import type {
  arg, arguments as Arguments, cmpop, comprehension, expr, keyword, Name, operator, Starred,
} from '../ast.js';
import type { Token } from '../tokenize.js';
import { CompileError } from '../diagnostics.js';
import { exact, KEYWORDS, type Loc, type Parser } from './state.js';
import { parseStrings } from './strings.js';
import { exprName, toTarget } from './targets.js';

// ---------------------------------------------------------------------------------------------
// Comma-separated lists of expressions.

/** `star_expressions`: a tuple when there is a comma (the tuple spans the trailing comma too). */
export function parseStarExpressions(p: Parser): expr {
  const start = p.tok;
  const first = parseStarExpression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (!startsExpression(p)) break;
    elts.push(parseStarExpression(p));
  }
  return p.node({ nodeType: 'Tuple', elts: exact(elts), ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

/** `star_expression`: `*bitwise_or` or an expression. */
export function parseStarExpression(p: Parser): expr {
  if (p.at('*')) {
    const start = p.next();
    const value = parseBitwiseOr(p);
    return p.node({ nodeType: 'Starred', value, ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as Starred);
  }
  return parseExpression(p);
}

/** `star_named_expression`: as star_expression, but a walrus is allowed. */
export function parseStarNamedExpression(p: Parser): expr {
  if (p.at('*')) {
    const start = p.next();
    const value = parseBitwiseOr(p);
    return p.node({ nodeType: 'Starred', value, ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as Starred);
  }
  return parseNamedExpression(p);
}

/** `expressions`: like star_expressions without the stars (used by `del`-free contexts). */
export function parseExpressions(p: Parser): expr {
  const start = p.tok;
  const first = parseExpression(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (!startsExpression(p)) break;
    elts.push(parseExpression(p));
  }
  return p.node({ nodeType: 'Tuple', elts: exact(elts), ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

/** Whether the current token can begin an expression (used to tell a trailing comma from a list). */
export function startsExpression(p: Parser): boolean {
  const t = p.tok;
  switch (t.type) {
    case 'NAME':
      if (!KEYWORDS.has(t.string)) return true;
      return t.string === 'not' || t.string === 'lambda' || t.string === 'await' || t.string === 'None'
        || t.string === 'True' || t.string === 'False' || t.string === 'yield';
    case 'NUMBER':
    case 'STRING':
      return true;
    case 'OP':
      switch (t.string) {
        case '(': case '[': case '{': case '-': case '+': case '~': case '*': case '...':
          return true;
      }
      return false;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Named expressions, conditionals and lambdas.

/** `named_expression`: `NAME := expression` or an expression not followed by `:=`. */
export function parseNamedExpression(p: Parser): expr {
  if (p.tok.type === 'NAME' && p.peek().string === ':=' && p.peek().type === 'OP' && p.isName()) {
    const start = p.tok;
    const target = parseName(p, 'Store');
    p.next();
    const value = parseExpression(p);
    // Where a walrus may stand inside a comprehension is the symbol-table pass's question.
    p.symbolTableChecks = true;
    return p.node({ nodeType: 'NamedExpr', target, value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  const e = parseExpression(p);
  if (p.at(':=')) {
    p.raise(`cannot use assignment expressions with ${exprName(e)}`, e, e);
  }
  return e;
}

/** `expression`: a conditional expression, a lambda or a disjunction. */
export function parseExpression(p: Parser): expr {
  if (p.at('lambda')) return parseLambda(p);
  const start = p.tok;
  const body = parseDisjunction(p);
  if (p.at('if') && p.tok.type === 'NAME') {
    p.next();
    const test = parseDisjunction(p);
    if (!p.at('else')) {
      p.raise('expected \'else\' after \'if\' expression', body, p.prev);
    }
    p.next();
    const orelse = parseExpression(p);
    return p.node({ nodeType: 'IfExp', test, body, orelse, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return body;
}

function parseLambda(p: Parser): expr {
  const start = p.next();
  const args = parseParameters(p, ':', false);
  p.expectColon();
  const body = parseExpression(p);
  return p.node({ nodeType: 'Lambda', args, body, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

// ---------------------------------------------------------------------------------------------
// Boolean operators and comparisons.

export function parseDisjunction(p: Parser): expr {
  const start = p.tok;
  const first = parseConjunction(p);
  if (!p.at('or')) return first;
  const values = [first];
  while (p.eat('or')) values.push(parseConjunction(p));
  return p.node({ nodeType: 'BoolOp', op: 'Or', values, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

function parseConjunction(p: Parser): expr {
  const start = p.tok;
  const first = parseInversion(p);
  if (!p.at('and')) return first;
  const values = [first];
  while (p.eat('and')) values.push(parseInversion(p));
  return p.node({ nodeType: 'BoolOp', op: 'And', values, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

function parseInversion(p: Parser): expr {
  if (p.at('not')) {
    const start = p.next();
    const operand = parseInversion(p);
    return p.node({ nodeType: 'UnaryOp', op: 'Not', operand, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return parseComparison(p);
}

const COMPARE_OPS: Record<string, cmpop> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE', in: 'In', is: 'Is',
};

function compareOp(p: Parser): cmpop | null {
  const t = p.tok;
  if (t.type === 'OP') return COMPARE_OPS[t.string] ?? null;
  if (t.type !== 'NAME') return null;
  if (t.string === 'in' || t.string === 'is') return COMPARE_OPS[t.string];
  if (t.string === 'not' && p.peek().string === 'in' && p.peek().type === 'NAME') return 'NotIn';
  return null;
}

function parseComparison(p: Parser): expr {
  const start = p.tok;
  const left = parseBitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return left;
  const ops: cmpop[] = [];
  const comparators: expr[] = [];
  while (op !== null) {
    if (op === 'NotIn') {
      p.next();
      p.next();
    } else if (op === 'Is') {
      p.next();
      if (p.at('not')) {
        p.next();
        op = 'IsNot';
      }
    } else p.next();
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
    op = compareOp(p);
  }
  return p.node({ nodeType: 'Compare', left, ops: exact(ops), comparators: exact(comparators), lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

// ---------------------------------------------------------------------------------------------
// Binary operators from `bitwise_or` down to `term`: all left-associative.

const BINARY_OPS: Record<string, [number, operator]> = {
  '|': [1, 'BitOr'], '^': [2, 'BitXor'], '&': [3, 'BitAnd'], '<<': [4, 'LShift'], '>>': [4, 'RShift'],
  '+': [5, 'Add'], '-': [5, 'Sub'], '*': [6, 'Mult'], '/': [6, 'Div'], '//': [6, 'FloorDiv'],
  '%': [6, 'Mod'], '@': [6, 'MatMult'],
};

export function parseBitwiseOr(p: Parser): expr {
  return parseBinary(p, 1);
}

function parseBinary(p: Parser, minPrec: number): expr {
  const start = p.tok;
  let left = parseFactor(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== 'OP') return left;
    const entry = BINARY_OPS[t.string];
    if (entry === undefined || entry[0] < minPrec) return left;
    p.next();
    const right = parseBinary(p, entry[0] + 1);
    const end = p.prev;
    left = {
      nodeType: 'BinOp', left, op: entry[1], right,
      lineno: start.lineno, col_offset: start.col_offset, end_lineno: end.end_lineno, end_col_offset: end.end_col_offset,
    };
  }
}

/** `factor`: unary `+`, `-`, `~`, binding tighter than the binary operators but looser than `**`. */
function parseFactor(p: Parser): expr {
  const t = p.tok;
  if (t.type === 'OP' && (t.string === '-' || t.string === '+' || t.string === '~')) {
    p.next();
    const operand = parseFactor(p);
    const op = t.string === '-' ? 'USub' : t.string === '+' ? 'UAdd' : 'Invert';
    return p.node({ nodeType: 'UnaryOp', op, operand, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return parsePower(p);
}

/** `power`: `await_primary ['**' factor]`, right-associative through `factor`. */
function parsePower(p: Parser): expr {
  const start = p.tok;
  const left = parseAwaitPrimary(p);
  if (p.at('**')) {
    p.next();
    const right = parseFactor(p);
    return p.node({ nodeType: 'BinOp', left, op: 'Pow', right, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return left;
}

function parseAwaitPrimary(p: Parser): expr {
  if (p.at('await')) {
    const start = p.next();
    const value = parsePrimary(p);
    return p.node({ nodeType: 'Await', value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return parsePrimary(p);
}

// ---------------------------------------------------------------------------------------------
// Primaries: attribute access, calls and subscripts chained onto an atom.

export function parsePrimary(p: Parser): expr {
  const start = p.tok;
  let e = parseAtom(p);
  for (;;) {
    const t = p.tok;
    if (t.type !== 'OP') return e;
    if (t.string === '.') {
      p.next();
      const name = p.tok;
      if (name.type !== 'NAME' || KEYWORDS.has(name.string)) p.unexpected();
      p.next();
      e = p.node({ nodeType: 'Attribute', value: e, attr: normalizeName(name.string), ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    } else if (t.string === '(') {
      e = parseCall(p, e, start);
    } else if (t.string === '[') {
      p.next();
      const slice = parseSlices(p);
      p.expect(']');
      e = p.node({ nodeType: 'Subscript', value: e, slice, ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    } else return e;
  }
}

/** `slices`: one slice, or a tuple of slices and starred expressions. */
function parseSlices(p: Parser): expr {
  const start = p.tok;
  const first = parseSlice(p);
  if (!p.at(',') && first.nodeType !== 'Starred') return first;
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(']')) break;
    elts.push(parseSlice(p));
  }
  return p.node({ nodeType: 'Tuple', elts: exact(elts), ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

function parseSlice(p: Parser): expr {
  const start = p.tok;
  if (p.at('*')) return parseStarExpression(p);
  let lower: expr | null = null;
  if (!p.at(':')) {
    lower = parseNamedExpression(p);
    if (!p.at(':')) return lower;
  }
  p.next();
  let upper: expr | null = null;
  let step: expr | null = null;
  if (!p.at(':') && !p.at(']') && !p.at(',')) upper = parseExpression(p);
  if (p.eat(':')) {
    if (!p.at(']') && !p.at(',')) step = parseExpression(p);
  }
  return p.node({ nodeType: 'Slice', lower, upper, step, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

/** A call's parenthesised arguments (`arguments`), including a bare generator argument. */
function parseCall(p: Parser, func: expr, callStart: Loc): expr {
  const open = p.next();
  const args: expr[] = [];
  const keywords: keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  while (!p.at(')')) {
    const start = p.tok;
    if (p.at('*')) {
      p.next();
      const value = parseExpression(p);
      const starred = p.node({ nodeType: 'Starred', value, ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as Starred);
      if (sawDoubleStar) {
        p.raise('iterable argument unpacking follows keyword argument unpacking', start, start);
      }
      args.push(starred);
    } else if (p.at('**')) {
      p.next();
      const value = parseExpression(p);
      keywords.push(p.node({ nodeType: 'keyword', arg: null, value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as keyword));
      sawDoubleStar = true;
    } else if (p.tok.type === 'NAME' && p.peek().string === '=' && p.peek().type === 'OP') {
      if (KEYWORDS.has(p.tok.string)) {
        if (p.tok.string === 'True' || p.tok.string === 'False' || p.tok.string === 'None') {
          p.raise(`cannot assign to ${p.tok.string}`, p.tok, p.peek());
        }
        p.unexpected();
      }
      const name = p.next();
      p.next();
      const value = parseExpression(p);
      keywords.push(p.node({ nodeType: 'keyword', arg: normalizeName(name.string), value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as keyword));
      sawKeyword = true;
    } else {
      let value = parseNamedExpression(p);
      if (p.at('for') || p.at('async')) {
        value = parseComprehensionTail(p, 'GeneratorExp', value, null, start);
        // A bare generator is allowed only as the sole argument: f(x for x in y).
        if (args.length > 0 || keywords.length > 0 || p.at(',')) {
          if (p.at(',') && args.length === 0 && keywords.length === 0 && p.peek().string === ')' && p.peek().type === 'OP') {
            // f(x for x in y,) is still a sole argument.
          } else {
            p.raise('Generator expression must be parenthesized', value, value);
          }
        }
        // A sole generator argument spans the call's parentheses.
        value.lineno = open.lineno;
        value.col_offset = open.col_offset;
        const close = p.at(',') ? p.peek() : p.tok;
        value.end_lineno = close.end_lineno;
        value.end_col_offset = close.end_col_offset;
      } else if (p.at('=')) {
        // f(a.b=1), f(x+1=2)
        if (value.nodeType === 'Constant' && (value.value === true || value.value === false || value.value === null)) {
          p.raise(`cannot assign to ${value.value === null ? 'None' : value.value ? 'True' : 'False'}`, value, value);
        }
        p.raise('expression cannot contain assignment, perhaps you meant "=="?', value, p.tok);
      }
      if (sawDoubleStar || sawKeyword) {
        // Reported at the token after the remaining arguments (_PyPegen_arguments_parsing_error).
        while (p.eat(',') && !p.at(')')) {
          if (p.at('*') || p.at('**')) p.next();
          parseExpression(p);
        }
        const msg = sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument';
        p.raise(msg, p.tok, p.tok);
      }
      args.push(value);
    }
    if (!p.eat(',')) break;
  }
  if (!p.at(')')) {
    if (startsExpression(p) && p.tok.lineno === p.prev.end_lineno) {
      const last = args.length > 0 ? args[args.length - 1] : null;
      if (last !== null) {
        const b = parseExpression(p);
        p.raise('invalid syntax. Perhaps you forgot a comma?', last, b);
      }
    }
    p.unexpected();
  }
  p.next();
  return p.node({ nodeType: 'Call', func, args: exact(args), keywords: exact(keywords), lineno: callStart.lineno, col_offset: callStart.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

// ---------------------------------------------------------------------------------------------
// Atoms: names, literals and the bracketed displays.

export function parseName(p: Parser, ctx: 'Load' | 'Store' = 'Load'): Name {
  const t = p.tok;
  if (t.type !== 'NAME' || KEYWORDS.has(t.string)) p.unexpected();
  p.next();
  return {
    nodeType: 'Name', id: normalizeName(t.string), ctx,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

/** Identifiers are compared in NFKC form (PEP 3131). */
export function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize('NFKC');
  }
  return s;
}

export function parseAtom(p: Parser): expr {
  const t = p.tok;
  switch (t.type) {
    case 'NAME':
      switch (t.string) {
        case 'None':
          p.next();
          return constant(null, t);
        case 'True':
          p.next();
          return constant(true, t);
        case 'False':
          p.next();
          return constant(false, t);
      }
      if (KEYWORDS.has(t.string)) return p.unexpected();
      return parseName(p);
    case 'NUMBER':
      p.next();
      return constant(checkedNumber(p, t), t);
    case 'STRING':
      return parseStrings(p);
    case 'OP':
      switch (t.string) {
        case '(':
          return parseParen(p);
        case '[':
          return parseList(p);
        case '{':
          return parseBrace(p);
        case '...':
          p.next();
          return constant({ ellipsis: true } as const, t);
      }
  }
  return p.unexpected();
}

function constant(value: import('../ast.js').ConstantValue, t: Token): expr {
  return {
    nodeType: 'Constant', value, kind: null,
    lineno: t.lineno, col_offset: t.col_offset, end_lineno: t.end_lineno, end_col_offset: t.end_col_offset,
  };
}

/** sys.int_info.default_max_str_digits: CPython refuses longer decimal int literals when parsing. */
const MAX_INT_LITERAL_DIGITS = 4300;

/** A NUMBER token's value, with CPython's error for a decimal int literal too long to convert. */
export function checkedNumber(p: Parser, t: Token): import('../ast.js').ConstantValue {
  const value = parseNumber(t.string);
  if (typeof value === 'bigint' && t.string.length > MAX_INT_LITERAL_DIGITS && !/^0[xob]/i.test(t.string)) {
    const digits = t.string.replace(/_/g, '').length;
    if (digits > MAX_INT_LITERAL_DIGITS) {
      // CPython reports it with offset 0: the line is shown without a caret.
      p.error('SyntaxError', `Exceeds the limit (${MAX_INT_LITERAL_DIGITS} digits) for integer string conversion: value has ${digits} digits; `
        + 'use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.',
      { lineno: t.lineno, col_offset: -1 }, { end_lineno: t.lineno, end_col_offset: -1 });
    }
  }
  return value;
}

/** A NUMBER token's value: bigint for ints, number for floats, a complex constant for `j`. */
export function parseNumber(text: string): import('../ast.js').ConstantValue {
  const s = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { complex: true, imag: Number(s.slice(0, -1)) };
  // Read only when there is one: an out-of-bounds read would deoptimize this hot function.
  const c1 = s.length > 1 ? s.charCodeAt(1) : NaN;
  if (s.charCodeAt(0) === 48 && s.length > 1 && (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)) {
    return BigInt(s.toLowerCase());
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}

/** `(`: a tuple, a group, a generator expression or a parenthesised yield. */
function parseParen(p: Parser): expr {
  const open = p.next();
  if (p.at(')')) {
    p.next();
    return p.node({ nodeType: 'Tuple', elts: [] as expr[], ctx: 'Load', lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  if (p.at('yield')) {
    const e = parseYield(p);
    p.expect(')');
    p.parenthesized.add(e);
    return e;
  }
  if (p.at('**')) return doubleStarInParens(p);
  const first = parseStarNamedExpression(p);
  if (p.at('for') || p.at('async')) {
    if (first.nodeType === 'Starred') p.raise('iterable unpacking cannot be used in comprehension', first, first);
    const g = parseComprehensionTail(p, 'GeneratorExp', first, null, open);
    p.expect(')');
    return p.finish(g, open);
  }
  if (p.at(')')) {
    p.next();
    if (first.nodeType === 'Starred') p.raise('cannot use starred expression here', first, first);
    p.parenthesized.add(first);
    return first;
  }
  if (!p.at(',')) {
    if (p.at('=') && first.nodeType !== 'Starred') invalidNamedAssignment(p, first);
    forgotComma(p, first);
    return p.unexpected();
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.at(')')) break;
    elts.push(parseStarNamedExpression(p));
    if (p.at('=')) invalidNamedAssignment(p, elts[elts.length - 1]);
  }
  if (!p.at(')')) forgotComma(p, elts[elts.length - 1]);
  p.expect(')');
  const tuple = p.node({ nodeType: 'Tuple', elts: exact(elts), ctx: 'Load', lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  p.parenthesized.add(tuple);
  return tuple;
}

function parseList(p: Parser): expr {
  const open = p.next();
  const elts: expr[] = [];
  if (!p.at(']')) {
    const first = parseStarNamedExpression(p);
    if (p.at('for') || p.at('async')) {
      if (first.nodeType === 'Starred') p.raise('iterable unpacking cannot be used in comprehension', first, first);
      const c = parseComprehensionTail(p, 'ListComp', first, null, open);
      p.expect(']');
      return p.finish(c, open);
    }
    elts.push(first);
    while (p.eat(',')) {
      if (p.at(']')) break;
      elts.push(parseStarNamedExpression(p));
    }
    if (!p.at(']')) {
      if (p.at('=')) invalidNamedAssignment(p, elts[elts.length - 1]);
      forgotComma(p, elts[elts.length - 1]);
    }
  }
  p.expect(']');
  return p.node({ nodeType: 'List', elts: exact(elts), ctx: 'Load', lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

/** `{`: a dict or set display, or a dict or set comprehension. */
function parseBrace(p: Parser): expr {
  const open = p.next();
  if (p.eat('}')) return p.node({ nodeType: 'Dict', keys: [] as expr[], values: [] as expr[], lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  // The first item decides between a dict and a set.
  if (p.at('**')) return parseDictRest(p, open);
  const first = parseStarNamedExpression(p);
  if (p.at(':') && first.nodeType !== 'Starred') {
    p.next();
    if (p.at('}') || p.at(',')) p.raise('expression expected after dictionary key and \':\'', p.prev, p.prev);
    const value = parseExpression(p);
    if (p.at('for') || p.at('async')) {
      const c = parseComprehensionTail(p, 'DictComp', first, value, open);
      p.expect('}');
      return p.finish(c, open);
    }
    return parseDictRest(p, open, first, value);
  }
  if (p.at('for') || p.at('async')) {
    if (first.nodeType === 'Starred') p.raise('iterable unpacking cannot be used in comprehension', first, first);
    const c = parseComprehensionTail(p, 'SetComp', first, null, open);
    p.expect('}');
    return p.finish(c, open);
  }
  const elts = [first];
  while (p.eat(',')) {
    if (p.at('}')) break;
    elts.push(parseStarNamedExpression(p));
  }
  if (!p.at('}')) forgotComma(p, elts[elts.length - 1]);
  p.expect('}');
  return p.node({ nodeType: 'Set', elts: exact(elts), lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

function parseDictRest(p: Parser, open: Token, firstKey?: expr, firstValue?: expr): expr {
  const keys: (expr | null)[] = [];
  const values: expr[] = [];
  if (firstKey !== undefined) {
    keys.push(firstKey);
    values.push(firstValue!);
    if (!p.eat(',')) {
      if (!p.at('}')) forgotComma(p, firstValue!);
      p.expect('}');
      return p.node({ nodeType: 'Dict', keys: exact(keys), values: exact(values), lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    }
  }
  while (!p.at('}')) {
    if (p.at('**')) {
      const star = p.next();
      keys.push(null);
      values.push(parseBitwiseOr(p));
      if (p.at('for') || p.at('async')) p.raise('dict unpacking cannot be used in dict comprehension', star, p.prev);
    } else {
      const key = parseExpression(p);
      if (!p.at(':')) {
        if (p.at('}') || p.at(',')) p.raise("':' expected after dictionary key", key, key);
        p.unexpected();
      }
      p.next();
      if (p.at('}') || p.at(',')) {
        p.raise('expression expected after dictionary key and \':\'', p.prev, p.prev);
      }
      keys.push(key);
      values.push(parseExpression(p));
    }
    if (!p.eat(',')) {
      if (!p.at('}')) forgotComma(p, values[values.length - 1]);
      break;
    }
  }
  p.expect('}');
  return p.node({ nodeType: 'Dict', keys: exact(keys), values: exact(values), lineno: open.lineno, col_offset: open.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

/**
 * `(**x)`, which is no expression: CPython names the mistake when one whole expression follows the
 * `**` before the `)`, and otherwise reports the `**` as invalid syntax (unless the expression
 * itself holds a more precise error).
 */
function doubleStarInParens(p: Parser): never {
  const stars = p.tok;
  const save = p.i;
  p.next();
  let inner: expr | null = null;
  try {
    inner = parseExpression(p);
  } catch (e) {
    if (!(e instanceof CompileError) || e.diagnostic.message !== 'invalid syntax') throw e;
  }
  if (inner !== null) {
    if (p.at(')')) p.raise('cannot use double starred expression here', stars, stars);
    forgotComma(p, inner);
  }
  p.i = save;
  p.tok = p.tokens[save];
  return p.unexpected();
}

/**
 * CPython's invalid_expression: two expressions side by side inside brackets were probably meant
 * to be separated by a comma.
 */
export function forgotComma(p: Parser, a: expr): void {
  if (p.tok.level === 0 || !startsExpression(p) || p.at('*') || p.at('-') || p.at('+') || p.at('~')) return;
  if (p.tok.type === 'NAME' && (p.tok.string === 'not' || p.tok.string === 'yield')) return;
  if (a.nodeType === 'Name' && p.tok.type === 'STRING') return;
  const save = p.i;
  let b: expr;
  try {
    b = parseExpression(p);
  } catch {
    p.i = save;
    p.tok = p.tokens[save];
    return;
  }
  p.raise('invalid syntax. Perhaps you forgot a comma?', a, b);
}

/** `a = 1` where an expression was expected: CPython's invalid_named_expression. */
export function invalidNamedAssignment(p: Parser, a: expr): never {
  const eq = p.tok;
  if (a.nodeType === 'Name' && !p.parenthesized.has(a)) {
    p.next();
    const b = parseBitwiseOr(p);
    if (!p.at('=') && !p.at(':=')) p.raise("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    return p.unexpected();
  }
  if (a.nodeType === 'List' || a.nodeType === 'Tuple' || a.nodeType === 'GeneratorExp' || a.nodeType === 'ListComp'
    || (a.nodeType === 'Constant' && (a.value === true || a.value === false || a.value === null))) {
    return p.raiseAt('invalid syntax', eq);
  }
  p.raise(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a, a);
}

// ---------------------------------------------------------------------------------------------
// Comprehensions.

type ComprehensionKind = 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp';

/** The `for ... in ... if ...` clauses after a comprehension's element. */
export function parseComprehensionTail(p: Parser, kind: ComprehensionKind, elt: expr, value: expr | null, start: Loc): expr {
  const generators: comprehension[] = [];
  while (p.at('for') || (p.at('async') && p.peek().string === 'for')) {
    let isAsync = 0;
    if (p.at('async')) {
      p.next();
      isAsync = 1;
    }
    p.next();
    const target = parseTargetList(p);
    toTarget(p, target, 'Store', 'for');
    if (!p.at('in')) {
      p.unexpected();
    }
    p.next();
    const iter = parseDisjunction(p);
    const ifs: expr[] = [];
    while (p.at('if')) {
      p.next();
      ifs.push(parseDisjunction(p));
    }
    generators.push({ nodeType: 'comprehension', target, iter, ifs: exact(ifs), is_async: isAsync });
  }
  const node = kind === 'DictComp'
    ? { nodeType: kind, key: elt, value: value!, generators }
    : { nodeType: kind, elt, generators };
  return p.finish(node as expr, start);
}

/**
 * `star_targets` for `for` loops and comprehensions: a comma-separated list of targets, each parsed
 * as a `bitwise_or` so that the `in` after it is not taken for a comparison.
 */
export function parseTargetList(p: Parser): expr {
  const start = p.tok;
  const first = parseTargetItem(p);
  if (!p.at(',')) return first;
  const elts = [first];
  while (p.eat(',')) {
    if (p.at('in') || p.at('=')) break;
    elts.push(parseTargetItem(p));
  }
  return p.node({ nodeType: 'Tuple', elts: exact(elts), ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

function parseTargetItem(p: Parser): expr {
  if (p.at('*')) {
    const start = p.next();
    const value = parseTargetItem(p);
    return p.node({ nodeType: 'Starred', value, ctx: 'Load', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as Starred);
  }
  return parseBitwiseOr(p);
}

// ---------------------------------------------------------------------------------------------
// Yield.

/** `yield_expr`: `yield from expression` or `yield [star_expressions]`. */
export function parseYield(p: Parser): expr {
  const start = p.next();
  if (start.level > 0) p.symbolTableChecks = true;
  if (p.at('from')) {
    p.next();
    const value = parseExpression(p);
    return p.node({ nodeType: 'YieldFrom', value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  return p.node({ nodeType: 'Yield', value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
}

// ---------------------------------------------------------------------------------------------
// Parameters, shared by `def` (with annotations) and `lambda` (without).

/**
 * The parameter list up to `close` (`)` for def, `:` for lambda), with CPython's checks on the
 * order of `/`, `*`, defaults and `**`.
 */
export function parseParameters(p: Parser, close: string, annotations: boolean): Arguments {
  const posonlyargs: arg[] = [];
  let args: arg[] = [];
  let vararg: arg | null = null;
  const kwonlyargs: arg[] = [];
  const kw_defaults: (expr | null)[] = [];
  let kwarg: arg | null = null;
  const defaults: expr[] = [];
  let sawSlash = false;
  let sawStar = false;
  const what = annotations ? 'parameter' : 'parameter';
  void what;

  while (!p.at(close)) {
    const t = p.tok;
    if (kwarg !== null) p.raise('arguments cannot follow var-keyword argument', t, t);
    if (p.at('/')) {
      if (sawSlash) p.raise('/ may appear only once', t, t);
      if (sawStar) p.raise('/ must be ahead of *', t, t);
      if (args.length === 0) {
        if (p.peek().string === ',') p.raise('at least one argument must precede /', t, t);
        p.unexpected();
      }
      p.next();
      sawSlash = true;
      posonlyargs.push(...args);
      args = [];
    } else if (p.at('*')) {
      if (sawStar) p.raise('* argument may appear only once', t, t);
      p.next();
      sawStar = true;
      if (p.at(',') || p.at(close)) {
        // A bare `*` must be followed by keyword-only parameters.
        const after = p.at(',') ? p.peek() : p.tok;
        if (after.string === close || after.string === '**') {
          p.raise('named arguments must follow bare *', t, t);
        }
      } else {
        vararg = parseParam(p, annotations, true);
        if (p.at('=')) p.raise('var-positional argument cannot have default value', p.tok, p.tok);
      }
    } else if (p.at('**')) {
      p.next();
      kwarg = parseParam(p, annotations, false);
      if (p.at('=')) p.raise('var-keyword argument cannot have default value', p.tok, p.tok);
    } else {
      const a = parseParam(p, annotations, false);
      let dflt: expr | null = null;
      if (p.eat('=')) dflt = parseExpression(p);
      if (sawStar) {
        kwonlyargs.push(a);
        kw_defaults.push(dflt);
      } else {
        if (dflt !== null) defaults.push(dflt);
        else if (defaults.length > 0) p.raise('non-default argument follows default argument', a, a);
        args.push(a);
      }
    }
    if (!p.eat(',')) break;
  }
  if (!p.at(close)) {
    if (!annotations && p.at('(')) p.raise('Lambda expression parameters cannot be parenthesized', p.tok, p.tok);
    p.unexpected();
  }
  if (!p.symbolTableChecks && hasRepeatedName(posonlyargs, args, vararg, kwonlyargs, kwarg)) p.symbolTableChecks = true;
  return {
    nodeType: 'arguments', posonlyargs: exact(posonlyargs), args: exact(args), vararg,
    kwonlyargs: exact(kwonlyargs), kw_defaults: exact(kw_defaults), kwarg, defaults: exact(defaults),
  };
}

/** Whether two parameters share a name (an error of the symbol-table pass, check.ts). */
function hasRepeatedName(posonlyargs: arg[], args: arg[], vararg: arg | null, kwonlyargs: arg[], kwarg: arg | null): boolean {
  const names: string[] = [];
  for (const a of posonlyargs) names.push(a.arg);
  for (const a of args) names.push(a.arg);
  if (vararg !== null) names.push(vararg.arg);
  for (const a of kwonlyargs) names.push(a.arg);
  if (kwarg !== null) names.push(kwarg.arg);
  for (let i = 1; i < names.length; i++) {
    for (let j = 0; j < i; j++) if (names[i] === names[j]) return true;
  }
  return false;
}

function parseParam(p: Parser, annotations: boolean, star: boolean): arg {
  const t = p.tok;
  if (t.type !== 'NAME' || KEYWORDS.has(t.string)) {
    if (p.at('(')) {
      // The range covers the parenthesised group.
      let k = p.i;
      while (p.tokenAt(k).type !== 'ENDMARKER' && !(p.tokenAt(k).string === ')' && p.tokenAt(k).level === t.level)) k++;
      p.raise(annotations ? 'Function parameters cannot be parenthesized' : 'Lambda expression parameters cannot be parenthesized', t, p.tokenAt(k));
    }
    p.unexpected();
  }
  p.next();
  let annotation: expr | null = null;
  if (annotations && p.eat(':')) {
    annotation = star && p.at('*') ? parseStarExpression(p) : parseExpression(p);
  }
  return p.node({ nodeType: 'arg', arg: normalizeName(t.string), annotation, type_comment: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as arg);
}
