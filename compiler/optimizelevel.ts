// compile()'s `optimize` argument, applied to a checked tree before it is lowered: level 1 turns
// assert statements into nothing and reads `__debug__` as False; level 2 also drops docstrings.

import type * as ast from './ast.js';

type AnyNode = { nodeType: string } & Record<string, unknown>;

/** The node kinds whose first statement may be a docstring (besides an 'exec' module). */
const DOCUMENTED: ReadonlySet<string> = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef']);

const isNode = (x: unknown): x is AnyNode => typeof x === 'object' && x !== null && 'nodeType' in x;

/** A `pass` where `s` was, so that no block is left empty. */
function passAt(s: AnyNode): AnyNode {
  return { nodeType: 'Pass', lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
}

function isDocstring(s: unknown): boolean {
  if (!isNode(s) || s.nodeType !== 'Expr') return false;
  const v = s.value as AnyNode;
  return v.nodeType === 'Constant' && typeof v.value === 'string';
}

/**
 * Rewrites `module` in place for optimization `level` (1 or 2; 0 leaves it as it is). Only an
 * 'exec' module has a docstring of its own: 'eval' and 'single' statements are not one.
 */
export function applyOptimizeLevel(module: ast.Module, level: number, moduleDocstring: boolean): void {
  if (level <= 0) return;
  const body = module.body as unknown[];
  if (level >= 2 && moduleDocstring && body.length > 0 && isDocstring(body[0])) body[0] = passAt(body[0] as AnyNode);
  rewrite(module as unknown as AnyNode, level);
}

function rewrite(node: AnyNode, level: number): void {
  if (level >= 2 && DOCUMENTED.has(node.nodeType)) {
    const body = node.body as unknown[];
    if (body.length > 0 && isDocstring(body[0])) body[0] = passAt(body[0] as AnyNode);
  }
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (!isNode(item)) continue;
        const replaced = replacement(item);
        if (replaced !== null) v[i] = replaced;
        else rewrite(item, level);
      }
    } else if (isNode(v)) {
      const replaced = replacement(v);
      if (replaced !== null) node[key] = replaced;
      else rewrite(v, level);
    }
  }
}

/** What an assert statement or a read of `__debug__` becomes; null for anything else. */
function replacement(n: AnyNode): AnyNode | null {
  if (n.nodeType === 'Assert') return passAt(n);
  if (n.nodeType === 'Name' && n.id === '__debug__' && n.ctx === 'Load') {
    return { nodeType: 'Constant', value: false, kind: null, lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
  }
  return null;
}
