// Which `except` handlers are quiet: nothing they run can ever look at the exception they caught.
//
// A raise skips capturing the JS stack when the handler that will catch the exception is quiet
// (runtime/exceptions.ts, "The catching stack"), so the test must be exact. An exception's
// traceback is reached through a name bound to it (`except E as e`), a bare `raise`, the
// functions that read the exception being handled (traceback.format_exc, sys.exc_info), and the
// `__context__` of any exception raised while it is handled. A handler that binds no name and
// whose body, once lowered, can neither raise nor call anything (assignments of constants and of
// plain variables, `pass`, `break`, `continue`, `return` of those) reaches none of them. Reading
// the lowered JavaScript rather than the Python keeps the test honest: a local that may be
// unbound, a global that may be undefined, arithmetic, subscripts and attributes all lower to
// helper calls or member reads, and those disqualify the handler.

import type * as es from 'estree';
import type * as ast from './ast.js';
import { stmtBodies } from './ast.js';

/** Helpers whose call with inert arguments cannot raise or run Python code. */
const PURE_HELPERS = new Set(['$tuple']);

/** Whether running `stmts` can neither raise nor run Python code. */
export function isInertBody(stmts: es.Statement[]): boolean {
  return stmts.every(isInertStatement);
}

function isInertStatement(s: es.Statement): boolean {
  switch (s.type) {
    case 'EmptyStatement': case 'BreakStatement': case 'ContinueStatement':
      return true;
    case 'ReturnStatement':
      return s.argument === null || s.argument === undefined || isInertExpression(s.argument);
    case 'ExpressionStatement':
      return isInertExpression(s.expression);
    case 'BlockStatement':
      return isInertBody(s.body);
    default:
      return false;
  }
}

function isInertExpression(e: es.Expression | es.SpreadElement | es.Pattern | null): boolean {
  if (e === null) return false;
  switch (e.type) {
    case 'Literal': case 'Identifier':
      return true;
    case 'AssignmentExpression':
      return e.operator === '=' && e.left.type === 'Identifier' && isInertExpression(e.right);
    case 'SequenceExpression':
      return e.expressions.every(isInertExpression);
    case 'UnaryExpression':
      // `-1`, `void 0`: on a literal, no conversion can call into an object.
      return (e.operator === '-' || e.operator === 'void' || e.operator === '!') && e.argument.type === 'Literal';
    case 'ArrayExpression':
      return e.elements.every((x) => x !== null && isInertExpression(x));
    case 'CallExpression':
      return e.callee.type === 'Identifier' && PURE_HELPERS.has(e.callee.name) && e.arguments.every(isInertExpression);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Guarded handlers
//
// Some handler statements are inert only for the values they find: `n += 1` on a number (int or
// float arithmetic cannot raise), `d[k] = v` on a plain dict with a str or number key, `xs.append(v)`
// on a plain list. When the variables they read are plain locals that the `try` body cannot rebind,
// their values when the handler starts are those at the `try`'s entry, so the site picks its quiet
// or loud catcher there (`$enterTry(guard ? quiet : loud)`).

/** Whether `name` may be bound anywhere in `nodes`: any mention other than a plain read counts. */
export function mayRebind(nodes: readonly unknown[], name: string): boolean {
  const visit = (x: unknown): boolean => {
    if (typeof x === 'string') return x === name;
    if (Array.isArray(x)) return x.some(visit);
    if (x === null || typeof x !== 'object') return false;
    const n = x as { nodeType?: string; id?: string; ctx?: unknown };
    if (n.nodeType === 'Name') return n.id === name && n.ctx !== 'Load';
    if (n.nodeType === 'Constant') return false;
    for (const k of Object.keys(x)) {
      if (k === 'nodeType' || k === 'loc' || k === 'lineno' || k === 'col_offset' || k === 'end_lineno' || k === 'end_col_offset') continue;
      if (visit((x as Record<string, unknown>)[k])) return true;
    }
    return false;
  };
  return nodes.some(visit);
}

/**
 * Whether `return`, `break` or `continue` in `stmts` can leave them (not counting those of nested
 * functions and loops): such a body needs a JS `finally` to leave the catching stack.
 */
export function jumpsOut(stmts: readonly ast.stmt[]): boolean {
  const visit = (list: readonly ast.stmt[], inLoop: boolean): boolean => list.some((s) => {
    switch (s.nodeType) {
      case 'Return': return true;
      case 'Break': case 'Continue': return !inLoop;
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': return false;
      case 'For': case 'AsyncFor': case 'While': return visit(s.body, true) || visit(s.orelse, inLoop);
      default: return stmtBodies(s).some((b) => visit(b, inLoop));
    }
  });
  return visit(stmts, false);
}

