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

/**
 * Whether running `stmts` can neither raise nor run Python code. With `strOf`, the JS name of a
 * handler's exception whose str() the runtime checks is plain (runtime/exceptions.ts, `'str'`
 * clauses), `$str(e)` and the builtin `len($str(e))` count as inert too.
 */
export function isInertBody(stmts: es.Statement[], strOf: string | null = null): boolean {
  return stmts.every((s) => isInertStatement(s, strOf));
}

function isInertStatement(s: es.Statement, strOf: string | null): boolean {
  switch (s.type) {
    case 'EmptyStatement': case 'BreakStatement': case 'ContinueStatement':
      return true;
    case 'ReturnStatement':
      return s.argument === null || s.argument === undefined || isInertExpression(s.argument, strOf);
    case 'ExpressionStatement':
      return isInertExpression(s.expression, strOf);
    case 'BlockStatement':
      return isInertBody(s.body, strOf);
    default:
      return false;
  }
}

/** `$str(e)` for the handler's exception `strOf`. */
function isStrOf(e: es.Node, strOf: string | null): boolean {
  return strOf !== null && e.type === 'CallExpression' && e.callee.type === 'Identifier' && e.callee.name === '$str' &&
    e.arguments.length === 1 && e.arguments[0]!.type === 'Identifier' && e.arguments[0]!.name === strOf;
}

/** `len($str(e))`: the caller has checked that `len` is the builtin there. */
export function isLenOfStr(e: es.Node, strOf: string | null): boolean {
  return e.type === 'CallExpression' && e.callee.type === 'Identifier' && e.callee.name === 'len' &&
    e.arguments.length === 1 && isStrOf(e.arguments[0]!, strOf);
}

function isInertExpression(e: es.Expression | es.SpreadElement | es.Pattern | null, strOf: string | null = null): boolean {
  if (e === null) return false;
  if (strOf !== null && (isStrOf(e, strOf) || isLenOfStr(e, strOf))) return true;
  const inert = (x: es.Expression | es.SpreadElement | es.Pattern | null): boolean => isInertExpression(x, strOf);
  switch (e.type) {
    case 'Literal': case 'Identifier':
      return true;
    case 'AssignmentExpression':
      return e.operator === '=' && e.left.type === 'Identifier' && inert(e.right);
    case 'SequenceExpression':
      return e.expressions.every(inert);
    case 'UnaryExpression':
      // `-1`, `void 0`: on a literal, no conversion can call into an object.
      return (e.operator === '-' || e.operator === 'void' || e.operator === '!') && e.argument.type === 'Literal';
    case 'ArrayExpression':
      return e.elements.every((x) => x !== null && inert(x));
    case 'CallExpression':
      return e.callee.type === 'Identifier' && PURE_HELPERS.has(e.callee.name) && e.arguments.every(inert);
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


// ---------------------------------------------------------------------------------------------
// StopIteration by return
//
// A loop over an instance of a class whose `__next__` ends with `raise StopIteration` pays a
// throw and its unwinding per loop, several times CPython's raise. The runtime's loops call such
// a `__next__` with the surplus-argument slot holding STOP_ASK (runtime/exceptions.ts), and the
// method returns ITERATION_STOPPED at those raises instead. Only a loop gets that answer, and a
// loop drops the StopIteration without looking at it, so nothing can tell: no handler, `finally`
// or `with` of the method may see the exception leave, hence only raises outside every `try` and
// `with` qualify; a direct call (`it.__next__()`, `next(it)`) passes no STOP_ASK and raises.

/**
 * The statements `raise StopIteration` and `raise StopIteration()` of `def __next__(self)`'s body
 * that no `try` or `with` of the method encloses; `isBuiltin(name)` tells that a name is the
 * builtin there.
 */
export function stopRaises(body: readonly ast.stmt[], isBuiltin: (name: string) => boolean): Set<ast.Raise> {
  const found = new Set<ast.Raise>();
  const visit = (list: readonly ast.stmt[]): void => {
    for (const s of list) {
      switch (s.nodeType) {
        case 'Raise':
          if (s.cause === null && isBareStopIteration(s.exc, isBuiltin)) found.add(s);
          break;
        case 'If': case 'For': case 'While': case 'Match':
          for (const b of stmtBodies(s)) visit(b);
          break;
        default:
          // `try`, `with`, nested functions and classes: their raises are left as they are.
          break;
      }
    }
  };
  visit(body);
  return found;
}

function isBareStopIteration(e: ast.expr | null, isBuiltin: (name: string) => boolean): boolean {
  if (e === null) return false;
  const callee = e.nodeType === 'Call' && e.args.length === 0 && e.keywords.length === 0 ? e.func : e;
  return callee.nodeType === 'Name' && callee.id === 'StopIteration' && isBuiltin('StopIteration');
}

// ---------------------------------------------------------------------------------------------
// Late catchers
//
// A handler naming a user exception class (`except BadRecord:`) can be quiet like one naming a
// builtin, when the name is a module global that only its one top-level `class` statement binds:
// once that statement has run, the name holds that class for good, so the site's catcher is built
// at the first entry that finds it bound, and kept (runtime/exceptions.ts, lateCatcher).

/**
 * Whether `name` is bound in the module by one `class` statement at its top level and nothing else:
 * no other def or class, and no mention of the name anywhere but plain reads (no assignment,
 * `del`, `global`, import or keyword of that name, in any scope).
 */
export function isOnlyTopLevelClass(module: readonly ast.stmt[], name: string): boolean {
  const defs = module.filter((s) => s.nodeType === 'ClassDef' && s.name === name) as ast.ClassDef[];
  if (defs.length !== 1) return false;
  const cls = defs[0]!;
  const rest = module.filter((s) => s !== cls);
  return cls.decorator_list.length === 0 && !mayRebind([...rest, ...cls.bases, ...cls.keywords, ...cls.body], name);
}

// ---------------------------------------------------------------------------------------------
// Handlers that take the exception's str()
//
// `except E as e:` whose body uses `e` only as `str(e)` (alone or in `len(str(e))`), and is
// otherwise inert or guarded, can reach the exception only through that str(): the site's clause
// is quiet for an exception whose str() the runtime finds plain when it is raised (BaseException's
// own __str__ over one str argument or none). The handler must not jump out (`e` is unbound at
// its end) and `e` must be a plain local.

/** Whether every mention of `name` in `body` is the argument of a call `str(name)`. */
export function usesOnlyStrOf(body: readonly ast.stmt[], name: string): boolean {
  let ok = true;
  const visit = (x: unknown): void => {
    if (!ok || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const n = x as ast.expr;
    if (n.nodeType === 'Call' && n.func.nodeType === 'Name' && n.func.id === 'str' && n.args.length === 1 && n.keywords.length === 0 &&
        n.args[0]!.nodeType === 'Name' && n.args[0]!.id === name) return;
    if (n.nodeType === 'Name' && n.id === name) { ok = false; return; }
    for (const [k, v] of Object.entries(x)) if (k !== 'loc') visit(v);
  };
  visit(body);
  return ok;
}

/** Whether any node of `nodes` mentions `name` (as a name, loaded or not). */
export function mentions(nodes: readonly unknown[], name: string): boolean {
  const visit = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(visit);
    if (x === null || typeof x !== 'object') return false;
    const n = x as { nodeType?: string; id?: string };
    if (n.nodeType === 'Name') return n.id === name;
    if (n.nodeType === 'Constant') return false;
    return Object.entries(x).some(([k, v]) => k !== 'loc' && visit(v));
  };
  return nodes.some(visit);
}

/**
 * Whether the list held by local `name` can be reached only through `name` in this function: it is
 * bound only by `name = [...]` (a list display) and otherwise only subscripted (`name[i]`,
 * `name[i] = v`, `name[i] += v`) or returned (which ends the frame), in this function and not in
 * any nested one. Nothing the function calls can then change its items.
 */
export function listNeverEscapes(body: readonly ast.stmt[], name: string): boolean {
  let ok = true;
  const visit = (x: unknown, subscripted: boolean): void => {
    if (!ok || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { for (const y of x) visit(y, false); return; }
    const n = x as ast.Node & { nodeType: string };
    if (n.nodeType === 'Name') {
      if ((n as ast.Name).id === name && !subscripted) ok = false;
      return;
    }
    if (n.nodeType === 'Assign') {
      const a = n as ast.Assign;
      if (a.targets.length === 1 && a.targets[0]!.nodeType === 'Name' && a.targets[0]!.id === name) {
        if (a.value.nodeType !== 'List') ok = false;
        visit(a.value, false);
        return;
      }
    }
    if (n.nodeType === 'Return' && (n as ast.Return).value?.nodeType === 'Name') return;
    if (n.nodeType === 'Subscript') {
      // An item or a slice (a copy): the list itself goes nowhere.
      const sub = n as ast.Subscript;
      visit(sub.value, true);
      visit(sub.slice, false);
      return;
    }
    // Strings other than names (attributes, keywords) and the names a scope declares.
    if ((n.nodeType === 'Global' || n.nodeType === 'Nonlocal') && (n as ast.Global).names.includes(name)) ok = false;
    for (const [k, v] of Object.entries(x)) if (k !== 'loc') visit(v, false);
  };
  visit(body, false);
  return ok;
}
