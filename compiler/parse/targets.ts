// Assignment and deletion targets. The parser reads a target as an ordinary expression and then
// turns it into a target here, setting `ctx` to Store or Del all the way down, or rejecting it with
// CPython's message: `cannot assign to function call`, `cannot delete literal`, ... The names of the
// expression kinds are those of Parser/pegen.c, _PyPegen_get_expr_name.

import type { expr } from '../ast.js';
import type { Parser } from './state.js';

/** How CPython names an expression in "cannot assign to %s". */
export function exprName(e: expr): string {
  switch (e.nodeType) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
    default: return 'expression';
  }
}

/** The first sub-expression that cannot be a target (Parser/pegen.c, _PyPegen_get_invalid_target). */
export function invalidTarget(e: expr, del: boolean): expr | null {
  switch (e.nodeType) {
    case 'Name': case 'Attribute': case 'Subscript':
      return null;
    case 'Starred':
      if (del) return e;
      return invalidTarget(e.value, del);
    case 'List': case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, del);
        if (bad !== null) return bad;
      }
      return null;
    case 'Compare':
      // `for x in y in z` parses the target up to `in`; a comparison target reports its left side
      // when the comparison is an `in` (CPython's FOR_TARGETS special case).
      return e;
    default:
      return e;
  }
}

/**
 * Makes `e` a Store or Del target in place, or raises `cannot assign to ...` / `cannot delete ...`
 * at the first invalid part.
 */
export function toTarget(p: Parser, e: expr, ctx: 'Store' | 'Del', context: 'assign' | 'for' | 'with' | 'del' = 'assign'): void {
  const bad = invalidTarget(e, ctx === 'Del');
  if (bad !== null) {
    void context;
    const verb = ctx === 'Del' ? 'cannot delete' : 'cannot assign to';
    p.raise(`${verb} ${exprName(bad)}`, bad, bad);
  }
  setContext(e, ctx);
}

function setContext(e: expr, ctx: 'Store' | 'Del'): void {
  switch (e.nodeType) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      return;
  }
}
