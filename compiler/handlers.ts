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
  if (defs.length !== 1 || importsStar(module)) return false;
  const cls = defs[0]!;
  const rest = module.filter((s) => s !== cls);
  return cls.decorator_list.length === 0 && !mayRebind([...rest, ...cls.bases, ...cls.keywords, ...cls.body], name);
}

/**
 * Whether `name` is bound in the module by one `from m import name` (or `... as name`) at its top
 * level and nothing else: like a class statement's, its binding holds one value for good once the
 * statement has run (the site's catcher checks that it is an exception class).
 */
export function isOnlyTopLevelImport(module: readonly ast.stmt[], name: string): boolean {
  const binds = (s: ast.stmt): boolean => s.nodeType === 'ImportFrom' && s.names.some((a) => (a.asname ?? a.name) === name);
  const imports = module.filter(binds);
  if (imports.length !== 1 || importsStar(module)) return false;
  const imp = imports[0] as ast.ImportFrom;
  const rest = module.filter((s) => s !== imp);
  return imp.names.filter((a) => (a.asname ?? a.name) === name).length === 1 && !mayRebind(rest, name) &&
    !module.some((s) => s.nodeType === 'ClassDef' && s.name === name);
}

/** Whether a `from m import *` anywhere in the module may bind any of its names. */
function importsStar(module: readonly ast.stmt[]): boolean {
  const visit = (x: unknown): boolean => {
    if (Array.isArray(x)) return x.some(visit);
    if (x === null || typeof x !== 'object') return false;
    const n = x as { nodeType?: string; names?: ast.alias[] };
    if (n.nodeType === 'ImportFrom') return n.names!.some((a) => a.name === '*');
    return Object.entries(x).some(([k, v]) => k !== 'loc' && visit(v));
  };
  return visit(module);
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

// ---------------------------------------------------------------------------------------------
// Handlers that read attributes
//
// `except ParseError as e: counts[e.status] = counts.get(e.status, 0) + 1` reaches the exception
// only through plain attribute loads. Whether those run Python code, and whether the statements
// around them can raise, depends on values known only when the exception is raised: the class
// (no attribute hooks, nothing of that name defined by the class, so the load finds the instance's
// own value), the attribute values (a str or number key, a number to add to), the dicts the body
// updates (plain dicts holding numbers there). The site checks them at the raise
// (runtime/exceptions.ts, guardedCatcher), when nothing has run since: the checks read the frame's
// variables, and each holds for the body as a whole because its statements only store numbers into
// plain dicts, which keeps every check of a later statement true, and rebind no variable a check
// reads. The name must be a plain local of a function that is not a generator or coroutine.

/** Whether every mention of `name` in `body` is the object of a plain attribute load `name.attr`. */
export function usesOnlyAttrsOf(body: readonly ast.stmt[], name: string): boolean {
  let ok = true;
  const visit = (x: unknown): void => {
    if (!ok || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const n = x as ast.expr;
    if (n.nodeType === 'Attribute' && n.ctx === 'Load' && n.value.nodeType === 'Name' && n.value.id === name && !n.attr.startsWith('__')) return;
    if (n.nodeType === 'Name' && n.id === name) { ok = false; return; }
    for (const [k, v] of Object.entries(x)) if (k !== 'loc') visit(v);
  };
  visit(body);
  return ok;
}

/** What the checks of a handler that reads attributes need from the function lowering it. */
export interface AttrCheckScope {
  /** The handler's name for the exception. */
  readonly excName: string;
  /** The check's parameter: the exception being raised. */
  readonly exc: es.Identifier;
  /** The JS variable of a plain local that the handler body never rebinds, or null. */
  steadyLocal(name: string): es.Identifier | null;
  /** The runtime helper `$name`. */
  helper(name: 'PyDict' | 'excAttr' | 'isPlainKey' | 'isNumberOrAbsent'): es.Identifier;
}

/** A check and the JS value that it has checked, to read again in a later check. */
interface Checked {
  readonly check: es.Expression | null;
  readonly value: es.Expression;
}

const and = (...xs: (es.Expression | null)[]): es.Expression | null => {
  const parts = xs.filter((x): x is es.Expression => x !== null);
  return parts.length === 0 ? null : parts.reduce((a, b) => ({ type: 'LogicalExpression', operator: '&&', left: a, right: b, loc: null }));
};
const call = (callee: es.Expression, args: es.Expression[]): es.Expression => ({ type: 'CallExpression', callee, arguments: args, optional: false, loc: null });
const typeIs = (x: es.Expression, t: string): es.Expression => ({
  type: 'BinaryExpression', operator: '===', left: { type: 'UnaryExpression', operator: 'typeof', prefix: true, argument: x, loc: null },
  right: { type: 'Literal', value: t, loc: null }, loc: null,
});
const method = (obj: es.Expression, name: string, args: es.Expression[]): es.Expression =>
  call({ type: 'MemberExpression', object: obj, property: { type: 'Identifier', name, loc: null }, computed: false, optional: false, loc: null }, args);

/** `e.attr` for the handler's exception, read through the runtime's check that the load runs no code. */
function excAttrOf(e: ast.expr, scope: AttrCheckScope): es.Expression | null {
  if (e.nodeType !== 'Attribute' || e.value.nodeType !== 'Name' || e.value.id !== scope.excName || e.attr.startsWith('__')) return null;
  return call(scope.helper('excAttr'), [scope.exc, { type: 'Literal', value: `$${e.attr}`, loc: null }]);
}

/** A str or int constant, a steady local or an exception attribute that is a key hashed without code. */
function plainKey(e: ast.expr, scope: AttrCheckScope): Checked | null {
  if (e.nodeType === 'Constant') {
    if (typeof e.value === 'string') return { check: null, value: { type: 'Literal', value: e.value, loc: null } };
    if (typeof e.value === 'bigint' && e.value > -(2n ** 31n) && e.value < 2n ** 31n) return { check: null, value: { type: 'Literal', value: Number(e.value), loc: null } };
    return null;
  }
  const value = e.nodeType === 'Name' ? scope.steadyLocal(e.id) : excAttrOf(e, scope);
  return value === null ? null : { check: call(scope.helper('isPlainKey'), [value]), value };
}

/** A plain dict held by a steady local. */
function plainDict(e: ast.expr, scope: AttrCheckScope): Checked | null {
  const d = e.nodeType === 'Name' ? scope.steadyLocal(e.id) : null;
  if (d === null) return null;
  const ctor: es.Expression = { type: 'MemberExpression', object: d, property: { type: 'Identifier', name: 'constructor', loc: null }, computed: false, optional: true, loc: null };
  return { check: { type: 'BinaryExpression', operator: '===', left: ctor, right: scope.helper('PyDict'), loc: null }, value: d };
}

/**
 * The check under which `e` evaluates to an unboxed number without raising or running code:
 * int constants, steady locals and exception attributes holding numbers, `d[k]` and
 * `d.get(k, n)` on plain dicts, and their sums and differences. Null: no such check.
 */
function numberCheck(e: ast.expr, scope: AttrCheckScope): es.Expression | null | false {
  switch (e.nodeType) {
    case 'Constant':
      return typeof e.value === 'bigint' && e.value > -(2n ** 31n) && e.value < 2n ** 31n ? null : false;
    case 'Name': {
      const v = scope.steadyLocal(e.id);
      return v === null ? false : typeIs(v, 'number');
    }
    case 'Attribute': {
      const v = excAttrOf(e, scope);
      return v === null ? false : typeIs(v, 'number');
    }
    case 'BinOp': {
      if (e.op !== 'Add' && e.op !== 'Sub') return false;
      const l = numberCheck(e.left, scope);
      const r = numberCheck(e.right, scope);
      return l === false || r === false ? false : and(l, r);
    }
    case 'Subscript': {
      const d = plainDict(e.value, scope);
      const k = e.slice.nodeType === 'Slice' ? null : plainKey(e.slice, scope);
      return d === null || k === null ? false : and(d.check, k.check, typeIs(method(d.value, 'get', [k.value]), 'number'));
    }
    case 'Call': {
      // d.get(k, n): the builtin method of an exact dict, which no class can override.
      const f = e.func;
      if (f.nodeType !== 'Attribute' || f.attr !== 'get' || e.keywords.length !== 0 || e.args.length !== 2) return false;
      const d = plainDict(f.value, scope);
      const k = plainKey(e.args[0]!, scope);
      const n = numberCheck(e.args[1]!, scope);
      if (d === null || k === null || n === false) return false;
      return and(d.check, k.check, n, call(scope.helper('isNumberOrAbsent'), [method(d.value, 'get', [k.value])]));
    }
    default:
      return false;
  }
}

/**
 * The check, at the raise, under which handler statement `st` can neither raise nor run Python
 * code: `d[k] = number` and `d[k] += number` on a plain dict, `name = value` of a number or of an
 * exception attribute holding a str, number or bool, to a local. Null: the statement has none (`true`: it needs no check).
 */
export function attrReadCheck(st: ast.stmt, scope: AttrCheckScope, storesLocal: (name: string) => boolean): es.Expression | true | null {
  const orTrue = (c: es.Expression | null | false): es.Expression | true | null => (c === false ? null : c ?? true);
  if (st.nodeType === 'Assign' && st.targets.length === 1) {
    const t = st.targets[0]!;
    if (t.nodeType === 'Name') {
      if (!storesLocal(t.id)) return null;
      const attr = excAttrOf(st.value, scope);
      return attr !== null ? call(scope.helper('isPlainKey'), [attr]) : orTrue(numberCheck(st.value, scope));
    }
    if (t.nodeType !== 'Subscript' || t.slice.nodeType === 'Slice') return null;
    const d = plainDict(t.value, scope);
    const k = plainKey(t.slice, scope);
    const v = numberCheck(st.value, scope);
    return d === null || k === null || v === false ? null : orTrue(and(d.check, k.check, v));
  }
  if (st.nodeType === 'AugAssign' && (st.op === 'Add' || st.op === 'Sub') && st.target.nodeType === 'Subscript' && st.target.slice.nodeType !== 'Slice') {
    const d = plainDict(st.target.value, scope);
    const k = plainKey(st.target.slice, scope);
    const v = numberCheck(st.value, scope);
    if (d === null || k === null || v === false) return null;
    return orTrue(and(d.check, k.check, v, typeIs(method(d.value, 'get', [k.value]), 'number')));
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Exception classes whose __init__ keeps `self` to itself
//
// A raise captures no traceback for a quiet handler only when the exception is fresh: nothing but
// the raise holds it, so that no code can print its traceback later. A class with its own
// `__init__` makes fresh instances when that `__init__` cannot let `self` out: its statements are
// a docstring, `pass`, `Base.__init__(self, ...)` for a builtin exception class `Base`, and
// `self.name = value`, where no value or argument mentions `self` or calls anything. The runtime
// checks that the class defines none of the stored names (a property's setter would get `self`).

/**
 * The attribute names `def __init__(self, ...)` stores on `self` when its body keeps `self` to
 * itself (above), or null; `isBuiltinException(name)` tells that a name is a builtin exception
 * class there.
 */
export function initStoresOnly(args: ast.arguments, body: readonly ast.stmt[], isBuiltinException: (name: string) => boolean): string[] | null {
  const positional = [...args.posonlyargs, ...args.args];
  if (positional.length === 0) return null;
  const self = positional[0]!.arg;
  const callsNothing = (e: ast.expr): boolean => !mentions([e], self) && !containsNode(e, (n) => n.nodeType === 'Call' || n.nodeType === 'Lambda' ||
    n.nodeType === 'ListComp' || n.nodeType === 'SetComp' || n.nodeType === 'DictComp' || n.nodeType === 'GeneratorExp' ||
    n.nodeType === 'NamedExpr' || n.nodeType === 'Await' || n.nodeType === 'Yield' || n.nodeType === 'YieldFrom');
  const stored: string[] = [];
  for (const [i, s] of body.entries()) {
    if (s.nodeType === 'Pass') continue;
    if (s.nodeType === 'Expr' && s.value.nodeType === 'Constant' && i === 0) continue;
    if (s.nodeType === 'Assign' && s.targets.length === 1) {
      const t = s.targets[0]!;
      if (t.nodeType !== 'Attribute' || t.value.nodeType !== 'Name' || t.value.id !== self || t.attr.startsWith('__') || !callsNothing(s.value)) return null;
      stored.push(t.attr);
      continue;
    }
    if (s.nodeType === 'Expr' && s.value.nodeType === 'Call') {
      const c = s.value;
      const f = c.func;
      const baseInit = f.nodeType === 'Attribute' && f.attr === '__init__' && f.value.nodeType === 'Name' && isBuiltinException(f.value.id);
      const [first, ...rest] = c.args;
      if (!baseInit || c.keywords.length !== 0 || first?.nodeType !== 'Name' || first.id !== self ||
          !rest.every((a) => a.nodeType !== 'Starred' && callsNothing(a))) return null;
      continue;
    }
    return null;
  }
  return stored;
}

function containsNode(e: unknown, test: (n: ast.expr) => boolean): boolean {
  if (Array.isArray(e)) {
    for (let i = 0; i < e.length; i++) if (containsNode(e[i], test)) return true;
    return false;
  }
  if (e === null || typeof e !== 'object') return false;
  if ('nodeType' in e && test(e as ast.expr)) return true;
  // A `for...in` over the fields, not Object.entries: no array of pairs per node (every
  // `__init__` of a class is walked here).
  const fields = e as Record<string, unknown>;
  for (const k in fields) if (k !== 'loc' && containsNode(fields[k], test)) return true;
  return false;
}
