// Lowering `try` ... `except*` (PEP 654). Every clause runs over one dispatch of the runtime
// (runtime/exceptiongroup.ts): it splits off the part of what is still unmatched that the clause
// names, runs its handler at most once with that part bound and being handled, and collects what
// the handler raises; after the last clause, what is left and what was raised leave the
// statement together, as CPython's compiler_try_star_except and PREP_RERAISE_STAR arrange:
//
//   $ok = false; $e = undefined;
//   $d = $enterTry(); try { body; $ok = true; } catch ($ec) { $exitTry($d); $e = $toPy($ec); }
//   if ($e !== undefined) {
//     $s = $starBegin($e);
//     try {
//       $m = $starMatch($s, E1);
//       if ($m !== null) { name = $m; $enterExcept($m);
//         try { $d = $enterTry(); try { handler } catch ($x) { $exitTry($d); $starRaised($s, $x); } }
//         finally { $exitExcept(); name = undefined; } }
//       ...
//       $starEnd($s);
//     } finally { $exitExcept(); }
//   }
//   if ($ok) { else }
//
// A `finally` wraps all of it as a plain `try`/`finally` does. `break`, `continue` and `return`
// cannot leave a handler (compiler/parse/check.ts rejects them, as CPython does).

import type * as es from 'estree';
import type * as ast from './ast.js';
import * as js from './js.js';
import { jumpsOut } from './handlers.js';
import type { RuntimeHelper } from './runtime-api.js';

/** What lowering `except*` needs of the lowerer (compiler/lower.ts). */
export interface TryStarContext {
  rt(name: RuntimeHelper, args: es.Expression[], loc?: es.SourceLocation | null): es.CallExpression;
  temp(prefix: string): string;
  loc(p: ast.Pos): es.SourceLocation;
  /** Statements lowered where no failed probe may jump past them. */
  stmts(body: ast.stmt[]): es.Statement[];
  expr(e: ast.expr): es.Expression;
  storeName(name: string, value: es.Expression, loc: es.SourceLocation | null): es.Expression;
  clearName(name: string): es.Expression;
  /** `$d = $enterTry(); try { body } catch ...` (no catcher: catches everything, and looks). */
  catchingTry(body: es.Statement[], jumpy: boolean, handler: es.CatchClause, loc: es.SourceLocation | null): es.Statement[];
  /** A plain `try` statement: lowers the `finally` around an `except*` statement without one. */
  tryStmt(s: ast.Try, out: es.Statement[]): void;
}

export function lowerTryStar(cx: TryStarContext, s: ast.TryStar, out: es.Statement[]): void {
  if (s.finalbody.length) {
    const inner: ast.TryStar = { ...s, finalbody: [] };
    cx.tryStmt({ ...s, nodeType: 'Try', body: [inner], handlers: [], orelse: [], finalbody: s.finalbody }, out);
    return;
  }
  const loc = cx.loc(s);
  const ok = s.orelse.length ? cx.temp('$ok') : null;
  const e = cx.temp('$e');
  const body = cx.stmts(s.body);
  if (ok !== null) {
    out.push(js.exprStmt(js.assign(js.id(ok), js.lit(false))));
    body.push(js.exprStmt(js.assign(js.id(ok), js.lit(true))));
  }
  out.push(js.exprStmt(js.assign(js.id(e), js.undef())));
  const caught: es.CatchClause = {
    type: 'CatchClause', param: js.id(`${e}c`),
    body: js.block([js.exprStmt(js.assign(js.id(e), cx.rt('toPy', [js.id(`${e}c`)])))]),
  };
  out.push(...cx.catchingTry(body, jumpsOut(s.body), caught, loc));
  const dispatch = cx.temp('$s');
  const clauses: es.Statement[] = s.handlers.map((h) => clause(cx, h, dispatch));
  // Not mapped to a line: the frame that throws what leaves is not in its traceback (RERAISE).
  clauses.push(js.exprStmt(cx.rt('starEnd', [js.id(dispatch)])));
  out.push(js.ifStmt(js.binary('!==', js.id(e), js.undef()), js.block([
    js.exprStmt(js.assign(js.id(dispatch), cx.rt('starBegin', [js.id(e)]))),
    { type: 'TryStatement', block: js.block(clauses), handler: null, finalizer: js.block([js.exprStmt(cx.rt('exitExcept', []))]) },
  ])));
  if (ok !== null) out.push(js.ifStmt(js.id(ok), js.block(cx.stmts(s.orelse))));
}

/** One `except* E as name:` clause. */
function clause(cx: TryStarContext, h: ast.ExceptHandler, dispatch: string): es.Statement {
  const m = cx.temp('$m');
  const hloc = cx.loc(h);
  // The parser rejects a bare `except*:`.
  const match = js.exprStmt(js.assign(js.id(m), cx.rt('starMatch', [js.id(dispatch), cx.expr(h.type!)], hloc)), hloc);
  const raisedBy = cx.temp('$x');
  const collect: es.CatchClause = {
    type: 'CatchClause', param: js.id(raisedBy), body: js.block([js.exprStmt(cx.rt('starRaised', [js.id(dispatch), js.id(raisedBy)]))]),
  };
  const run: es.Statement[] = [];
  if (h.name) run.push(js.exprStmt(cx.storeName(h.name, js.id(m), hloc)));
  run.push(js.exprStmt(cx.rt('enterExcept', [js.id(m)])));
  const leave: es.Statement[] = [js.exprStmt(cx.rt('exitExcept', []))];
  if (h.name) leave.push(js.exprStmt(cx.clearName(h.name)));
  const body = cx.stmts(h.body);
  markBareRaises(body, dispatch);
  run.push({ type: 'TryStatement', block: js.block(cx.catchingTry(body, false, collect, hloc)), handler: null, finalizer: js.block(leave) });
  return js.block([match, js.ifStmt(js.binary('!==', js.id(m), js.lit(null)), js.block(run))]);
}

/**
 * Each bare `raise` of the handler's own frame tells the dispatch before it throws:
 *   $reraise();  ->  $s.bare = true, $reraise();
 * Only such a raise keeps a part of the group as it was (CPython's RERAISE adds no traceback
 * entry); `raise e` or a raise in a called function gives it a new traceback, so the part leaves
 * as a newly raised exception (is_same_exception_metadata).
 */
function markBareRaises(body: es.Statement[], dispatch: string): void {
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    const n = node as es.Node;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration' || n.type === 'ArrowFunctionExpression' || n.type === 'ClassExpression') return;
    if (n.type === 'ExpressionStatement' && n.expression.type === 'CallExpression' && n.expression.callee.type === 'Identifier' &&
        n.expression.callee.name === '$reraise') {
      n.expression = js.seq([js.assign(js.member(js.id(dispatch), 'bare'), js.lit(true)), n.expression]);
      return;
    }
    for (const key of Object.keys(n)) if (key !== 'loc') visit((n as unknown as Record<string, unknown>)[key]);
  };
  visit(body);
}
