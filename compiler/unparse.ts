// An expression back to source text, exactly as CPython 3.11's Python/ast_unparse.c writes it: the
// string an annotation becomes under `from __future__ import annotations`. Parentheses come from
// operator precedence, not from the source; constants print as their repr().

import type * as ast from './ast.js';
import { constantRepr } from './astdump.js';

/** Precedence levels, lowest first (ast_unparse.c's PR_*). */
const enum Pr {
  Tuple, Test, Or, And, Not, Cmp, Expr, Bor = Expr, Bxor, Band, Shift, Arith, Term, Factor, Power, Await, Atom,
}

/** `e` as an annotation's text (the level ast_unparse gives annotations). */
export function unparse(e: ast.expr): string {
  return expr(e, Pr.Test);
}

const BINOPS: Record<ast.operator, [string, Pr]> = {
  Add: [' + ', Pr.Arith], Sub: [' - ', Pr.Arith], Mult: [' * ', Pr.Term], MatMult: [' @ ', Pr.Term],
  Div: [' / ', Pr.Term], Mod: [' % ', Pr.Term], LShift: [' << ', Pr.Shift], RShift: [' >> ', Pr.Shift],
  BitOr: [' | ', Pr.Bor], BitXor: [' ^ ', Pr.Bxor], BitAnd: [' & ', Pr.Band], FloorDiv: [' // ', Pr.Term],
  Pow: [' ** ', Pr.Power],
};

const UNARYOPS: Record<ast.unaryop, [string, Pr]> = {
  Invert: ['~', Pr.Factor], Not: ['not ', Pr.Not], UAdd: ['+', Pr.Factor], USub: ['-', Pr.Factor],
};

const CMPOPS: Record<ast.cmpop, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ', Is: ' is ', IsNot: ' is not ',
  In: ' in ', NotIn: ' not in ',
};

function paren(level: number, pr: number, text: string): string {
  return level > pr ? `(${text})` : text;
}

function expr(e: ast.expr, level: number): string {
  switch (e.nodeType) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? Pr.And : Pr.Or;
      return paren(level, pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level, pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level, pr, op + expr(e.operand, pr));
    }
    case 'Lambda': {
      const a = e.args;
      const positional = a.args.length + a.posonlyargs.length;
      return paren(level, Pr.Test, `${positional ? 'lambda ' : 'lambda'}${args(a)}: ${expr(e.body, Pr.Test)}`);
    }
    case 'IfExp':
      return paren(level, Pr.Test, `${expr(e.body, Pr.Test + 1)} if ${expr(e.test, Pr.Test + 1)} else ${expr(e.orelse, Pr.Test)}`);
    case 'Dict':
      return `{${e.keys.map((k, i) => (k === null ? `**${expr(e.values[i], Pr.Expr)}` : `${expr(k, Pr.Test)}: ${expr(e.values[i], Pr.Test)}`)).join(', ')}}`;
    case 'Set':
      return e.elts.length ? `{${items(e.elts)}}` : '{*()}';
    case 'List':
      return `[${items(e.elts)}]`;
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(level, Pr.Tuple, items(e.elts) + (e.elts.length === 1 ? ',' : ''));
    case 'GeneratorExp':
      return `(${expr(e.elt, Pr.Test)}${comprehensions(e.generators)})`;
    case 'ListComp':
      return `[${expr(e.elt, Pr.Test)}${comprehensions(e.generators)}]`;
    case 'SetComp':
      return `{${expr(e.elt, Pr.Test)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, Pr.Test)}: ${expr(e.value, Pr.Test)}${comprehensions(e.generators)}}`;
    case 'Yield':
      return e.value === null ? '(yield)' : `(yield ${expr(e.value, Pr.Test)})`;
    case 'YieldFrom':
      return `(yield from ${expr(e.value, Pr.Test)})`;
    case 'Await':
      return paren(level, Pr.Await, `await ${expr(e.value, Pr.Atom)}`);
    case 'Compare': {
      let text = expr(e.left, Pr.Cmp + 1);
      e.ops.forEach((op, i) => { text += CMPOPS[op] + expr(e.comparators[i], Pr.Cmp + 1); });
      return paren(level, Pr.Cmp, text);
    }
    case 'Call': {
      const func = expr(e.func, Pr.Atom);
      // A lone generator expression argument keeps only its own parentheses.
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0].nodeType === 'GeneratorExp') return func + expr(e.args[0], Pr.Test);
      const parts = e.args.map((a) => expr(a, Pr.Test));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${expr(k.value, Pr.Test)}` : `${k.arg}=${expr(k.value, Pr.Test)}`);
      return `${func}(${parts.join(', ')})`;
    }
    case 'Constant':
      return constant(e);
    case 'JoinedStr':
      return 'f' + constantRepr(fstringBody(e.values));
    case 'FormattedValue':
      return 'f' + constantRepr(fstringBody([e]));
    case 'Attribute': {
      // `1 .real`: an int needs the space to stay an attribute access.
      const intValue = e.value.nodeType === 'Constant' && typeof e.value.value === 'bigint';
      return `${expr(e.value, Pr.Atom)}${intValue ? ' .' : '.'}${e.attr}`;
    }
    case 'Subscript':
      return `${expr(e.value, Pr.Atom)}[${expr(e.slice, Pr.Tuple)}]`;
    case 'Starred':
      return `*${expr(e.value, Pr.Expr)}`;
    case 'Slice': {
      let text = (e.lower ? expr(e.lower, Pr.Test) : '') + ':' + (e.upper ? expr(e.upper, Pr.Test) : '');
      if (e.step) text += ':' + expr(e.step, Pr.Test);
      return text;
    }
    case 'Name':
      return e.id;
    case 'NamedExpr':
      return paren(level, Pr.Tuple, `${expr(e.target, Pr.Atom)} := ${expr(e.value, Pr.Atom)}`);
  }
}

function items(elts: ast.expr[]): string {
  return elts.map((x) => expr(x, Pr.Test)).join(', ');
}

function constant(e: ast.Constant): string {
  const v = e.value;
  if (typeof v === 'object' && v !== null && 'ellipsis' in v) return '...';
  // An infinite float has no literal: ast_unparse writes one that overflows to it.
  const text = constantRepr(v).replace(/inf/g, '1e309');
  return (e.kind ?? '') + text;
}

function comprehensions(gens: ast.comprehension[]): string {
  let text = '';
  for (const g of gens) {
    text += `${g.is_async ? ' async for ' : ' for '}${expr(g.target, Pr.Tuple)} in ${expr(g.iter, Pr.Test + 1)}`;
    for (const cond of g.ifs) text += ` if ${expr(cond, Pr.Test + 1)}`;
  }
  return text;
}

function args(a: ast.arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], Pr.Test)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) parts.push('/');
  });
  if (a.vararg) parts.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length) parts.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${p.arg}=${expr(d, Pr.Test)}` : p.arg);
  });
  if (a.kwarg) parts.push(`**${a.kwarg.arg}`);
  return parts.join(', ');
}

/** The text inside an f-string's quotes: literal parts with braces doubled, replacement fields. */
function fstringBody(values: ast.expr[]): string {
  let body = '';
  for (const v of values) {
    if (v.nodeType === 'Constant' && typeof v.value === 'string') body += v.value.replace(/\{/g, '{{').replace(/\}/g, '}}');
    else if (v.nodeType === 'FormattedValue') body += field(v);
    else if (v.nodeType === 'JoinedStr') body += fstringBody(v.values);
  }
  return body;
}

function field(v: ast.FormattedValue): string {
  const inner = expr(v.value, Pr.Test + 1);
  // `{ {1: 2}}`: a leading brace would read as an escaped one.
  let text = inner.startsWith('{') ? `{ ${inner}` : `{${inner}`;
  if (v.conversion !== -1) text += '!' + String.fromCharCode(v.conversion);
  if (v.format_spec) text += ':' + fstringBody(v.format_spec.values);
  return text + '}';
}
