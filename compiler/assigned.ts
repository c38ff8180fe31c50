// Definite assignment: which reads of a function's (or the module's) own names may find the name
// unbound. Lowering guards only those (`x === undefined ? unbound("x") : x`), so CPython's
// UnboundLocalError or NameError is raised instead of JS `undefined` flowing on, and every other
// read is a plain JS variable.
//
// A forward pass over the body carries the set of names certainly bound at each point: bindings
// add to it, `del` removes from it, the branches of `if`/`try`/`match` meet (intersect) at their
// join, a loop body starts from what holds before the loop minus what the loop may delete, and
// after `return`, `raise`, `break` or `continue` nothing is reachable (the state is `null`, the
// identity of the meet). Nested scopes (function bodies, lambdas, comprehensions past their first
// iterable) are analysed with their own scope and not entered here.

import type * as ast from './ast.js';

/**
 * Names certainly bound here, or null where control cannot reach. A state is owned by the path
 * that carries it and updated in place; where two paths start from one state, one gets a `fork`.
 */
type State = Set<string> | null;

export interface Assignment {
  /** Every read analysed (Name loads, and AugAssign targets, which read before they store). */
  readonly seen: ReadonlySet<ast.Name>;
  /** The analysed reads that may find their name unbound. */
  readonly unsure: ReadonlySet<ast.Name>;
}

export function definiteAssignment(body: ast.stmt[], initiallyBound: Iterable<string>): Assignment {
  const pass = new Pass();
  pass.stmts(body, new Set(initiallyBound));
  return pass;
}

function meet(a: State, b: State): State {
  if (a === null) return b;
  if (b === null) return a;
  const out = new Set<string>();
  for (const n of a) if (b.has(n)) out.add(n);
  return out;
}

const fork = (s: State): State => (s === null ? null : new Set(s));

function withNames(s: State, names: Iterable<string>): State {
  if (s !== null) for (const n of names) s.add(n);
  return s;
}

function withoutNames(s: State, names: Iterable<string>): State {
  if (s !== null) for (const n of names) s.delete(n);
  return s;
}

/** `withNames` of one name, without an array to hold it: most bindings are one name. */
function withName(s: State, name: string): State {
  if (s !== null) s.add(name);
  return s;
}

// The pass visits every node of every function, mostly before the engine optimizes it: its loops
// are indexed, since an unoptimized for-of makes an iterator result per item.

class Pass implements Assignment {
  readonly seen = new Set<ast.Name>();
  readonly unsure = new Set<ast.Name>();

  private read(node: ast.Name, s: State): void {
    this.seen.add(node);
    if (s !== null && !s.has(node.id)) this.unsure.add(node);
  }

  stmts(body: ast.stmt[], s: State): State {
    for (let i = 0; i < body.length; i++) s = this.stmt(body[i], s);
    return s;
  }

  private exprs(list: ast.expr[], s: State): State {
    for (let i = 0; i < list.length; i++) s = this.expr(list[i], s);
    return s;
  }

  private stmt(st: ast.stmt, s: State): State {
    switch (st.nodeType) {
      case 'Expr': return this.expr(st.value, s);
      case 'Assign': {
        s = this.expr(st.value, s);
        const targets = st.targets;
        for (let i = 0; i < targets.length; i++) s = this.target(targets[i], s);
        return s;
      }
      case 'AugAssign': {
        if (st.target.nodeType === 'Name') {
          this.read(st.target, s);
          s = this.expr(st.value, s);
          return withName(s, st.target.id);
        }
        s = this.targetParts(st.target, s);
        return this.expr(st.value, s);
      }
      case 'AnnAssign': {
        if (!st.value) return st.target.nodeType === 'Name' ? s : this.targetParts(st.target, s);
        s = this.expr(st.value, s);
        return this.target(st.target, s);
      }
      case 'Delete': {
        for (const t of st.targets) s = this.deleteTarget(t, s);
        return s;
      }
      case 'Return':
        if (st.value) this.expr(st.value, s);
        return null;
      case 'Raise': {
        if (st.exc) s = this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return null;
      }
      case 'Break': case 'Continue': return null;
      case 'Pass': case 'Global': case 'Nonlocal': return s;
      case 'Assert': {
        const after = this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, fork(after));
        return after;
      }
      case 'Import': return withNames(s, st.names.map((a) => a.asname ?? a.name.split('.')[0]));
      case 'ImportFrom': return withNames(s, st.names.filter((a) => a.name !== '*').map((a) => a.asname ?? a.name));
      case 'FunctionDef': case 'AsyncFunctionDef': {
        s = this.exprs(st.decorator_list, s);
        s = this.defaults(st.args, s);
        s = this.annotations(st.args, s);
        if (st.returns) s = this.expr(st.returns, s);
        return withName(s, st.name);
      }
      case 'ClassDef': {
        s = this.exprs(st.decorator_list, s);
        s = this.exprs(st.bases, s);
        for (let i = 0; i < st.keywords.length; i++) s = this.expr(st.keywords[i].value, s);
        return withName(s, st.name);
      }
      case 'If': {
        s = this.expr(st.test, s);
        return meet(this.stmts(st.body, fork(s)), this.stmts(st.orelse, s));
      }
      case 'For': case 'AsyncFor': {
        s = this.expr(st.iter, s);
        const head = withoutNames(s, deletedIn([...st.body, ...st.orelse]));
        this.stmts(st.body, this.target(st.target, fork(head)));
        return meet(this.stmts(st.orelse, fork(head)), head);
      }
      case 'While': {
        const head = this.expr(st.test, withoutNames(s, deletedIn([...st.body, ...st.orelse])));
        this.stmts(st.body, fork(head));
        return meet(this.stmts(st.orelse, fork(head)), head);
      }
      case 'With': case 'AsyncWith': {
        for (const item of st.items) {
          s = this.expr(item.context_expr, s);
          if (item.optional_vars) s = this.target(item.optional_vars, s);
        }
        // __exit__ may swallow an exception raised anywhere in the body.
        return meet(this.stmts(st.body, fork(s)), withoutNames(s, deletedIn(st.body)));
      }
      case 'Try': case 'TryStar': return this.tryStmt(st, s);
      case 'Match': {
        s = this.expr(st.subject, s);
        let out: State = fork(s);
        for (const c of st.cases) {
          let cs = this.pattern(c.pattern, fork(s));
          if (c.guard) cs = this.expr(c.guard, cs);
          out = meet(out, this.stmts(c.body, cs));
        }
        return out;
      }
      default: return s;
    }
  }

  private tryStmt(st: ast.Try | ast.TryStar, s: State): State {
    const bodyOut = this.stmts(st.body, fork(s));
    // A handler may start anywhere in the body: only what held before it, minus its deletions.
    const handlerIn = withoutNames(fork(s), deletedIn(st.body));
    let normal = this.stmts(st.orelse, bodyOut);
    for (const h of st.handlers) {
      let hs = h.type ? this.expr(h.type, fork(handlerIn)) : fork(handlerIn);
      if (h.name) hs = withNames(hs, [h.name]);
      const out = this.stmts(h.body, hs);
      // CPython deletes the `as` name when the handler ends.
      normal = meet(normal, h.name ? withoutNames(out, [h.name]) : out);
    }
    if (!st.finalbody.length) return normal;
    const weakest = withoutNames(s, deletedIn([...st.body, ...st.orelse, ...st.handlers.flatMap((h) => h.body)]));
    const finallyOut = this.stmts(st.finalbody, weakest);
    if (finallyOut === null || normal === null) return null;
    return withNames(withoutNames(normal, deletedIn(st.finalbody)), finallyOut);
  }

  private defaults(args: ast.arguments, s: State): State {
    s = this.exprs(args.defaults, s);
    for (let i = 0; i < args.kw_defaults.length; i++) {
      const d = args.kw_defaults[i];
      if (d) s = this.expr(d, s);
    }
    return s;
  }

  /** The parameters' annotations, in parameter order: positional-only, positional, `*`, keyword-only, `**`. */
  private annotations(a: ast.arguments, s: State): State {
    s = this.argAnnotations(a.posonlyargs, s);
    s = this.argAnnotations(a.args, s);
    if (a.vararg?.annotation) s = this.expr(a.vararg.annotation, s);
    s = this.argAnnotations(a.kwonlyargs, s);
    if (a.kwarg?.annotation) s = this.expr(a.kwarg.annotation, s);
    return s;
  }

  private argAnnotations(list: ast.arg[], s: State): State {
    for (let i = 0; i < list.length; i++) {
      const annotation = list[i].annotation;
      if (annotation) s = this.expr(annotation, s);
    }
    return s;
  }

  /** Bind an assignment target (its subscripts and attribute objects are read first). */
  private target(t: ast.expr, s: State): State {
    switch (t.nodeType) {
      case 'Name': return withName(s, t.id);
      case 'Tuple': case 'List':
        for (let i = 0; i < t.elts.length; i++) s = this.target(t.elts[i], s);
        return s;
      case 'Starred': return this.target(t.value, s);
      default: return this.targetParts(t, s);
    }
  }

  private targetParts(t: ast.expr, s: State): State {
    if (t.nodeType === 'Attribute') return this.expr(t.value, s);
    if (t.nodeType === 'Subscript') return this.expr(t.slice, this.expr(t.value, s));
    return this.expr(t, s);
  }

  private deleteTarget(t: ast.expr, s: State): State {
    switch (t.nodeType) {
      case 'Name':
        this.read(t, s);
        return withoutNames(s, [t.id]);
      case 'Tuple': case 'List':
        for (const e of t.elts) s = this.deleteTarget(e, s);
        return s;
      default: return this.targetParts(t, s);
    }
  }

  private pattern(p: ast.pattern, s: State): State {
    switch (p.nodeType) {
      case 'MatchValue': return this.expr(p.value, s);
      case 'MatchSingleton': return s;
      case 'MatchSequence':
        for (const q of p.patterns) s = this.pattern(q, s);
        return s;
      case 'MatchMapping':
        for (const k of p.keys) s = this.expr(k, s);
        for (const q of p.patterns) s = this.pattern(q, s);
        return p.rest ? withNames(s, [p.rest]) : s;
      case 'MatchClass':
        s = this.expr(p.cls, s);
        for (const q of [...p.patterns, ...p.kwd_patterns]) s = this.pattern(q, s);
        return s;
      case 'MatchStar': return p.name ? withNames(s, [p.name]) : s;
      case 'MatchAs':
        if (p.pattern) s = this.pattern(p.pattern, s);
        return p.name ? withNames(s, [p.name]) : s;
      case 'MatchOr': {
        // Every alternative binds the same names; none is certain until one matched.
        let out: State = null;
        for (const q of p.patterns) out = meet(out, this.pattern(q, fork(s)));
        return out;
      }
    }
  }

  /** Reads in `e`, in evaluation order; returns the state after it (walrus binds). */
  expr(e: ast.expr, s: State): State {
    switch (e.nodeType) {
      case 'Name':
        if (e.ctx === 'Load') this.read(e, s);
        return s;
      case 'Constant': return s;
      case 'NamedExpr': return withName(this.expr(e.value, s), e.target.id);
      case 'BoolOp': {
        // Operands after the first may not run: their walrus bindings are not certain.
        const after = this.expr(e.values[0], s);
        let cur = fork(after);
        for (let i = 1; i < e.values.length; i++) cur = this.expr(e.values[i], cur);
        return after;
      }
      case 'IfExp': {
        s = this.expr(e.test, s);
        return meet(this.expr(e.body, fork(s)), this.expr(e.orelse, s));
      }
      case 'Lambda': return this.defaults(e.args, s);
      case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp':
        return this.expr(e.generators[0].iter, s);
      case 'Dict':
        // A loop, not forEach: a closure over `s` and `e` would make every call of `expr`
        // allocate a context.
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k) s = this.expr(k, s);
          s = this.expr(e.values[i], s);
        }
        return s;
      case 'Call':
        s = this.expr(e.func, s);
        s = this.exprs(e.args, s);
        for (let i = 0; i < e.keywords.length; i++) s = this.expr(e.keywords[i].value, s);
        return s;
      case 'FormattedValue':
        s = this.expr(e.value, s);
        return e.format_spec ? this.expr(e.format_spec, s) : s;
      case 'Compare':
        s = this.expr(e.left, s);
        return this.exprs(e.comparators, s);
      case 'BinOp': return this.expr(e.right, this.expr(e.left, s));
      case 'UnaryOp': return this.expr(e.operand, s);
      case 'Await': case 'YieldFrom': case 'Starred': return this.expr(e.value, s);
      case 'Yield': return e.value ? this.expr(e.value, s) : s;
      case 'Attribute': return this.expr(e.value, s);
      case 'Subscript': return this.expr(e.slice, this.expr(e.value, s));
      case 'Set': case 'List': case 'Tuple': return this.exprs(e.elts, s);
      case 'JoinedStr': return this.exprs(e.values, s);
      case 'Slice':
        if (e.lower) s = this.expr(e.lower, s);
        if (e.upper) s = this.expr(e.upper, s);
        return e.step ? this.expr(e.step, s) : s;
    }
  }
}

/** Names a `del` may unbind anywhere in `body` (not inside nested scopes). */
export function deletedIn(body: ast.stmt[]): Set<string> {
  const out = new Set<string>();
  const target = (t: ast.expr) => {
    if (t.nodeType === 'Name') out.add(t.id);
    else if (t.nodeType === 'Tuple' || t.nodeType === 'List') t.elts.forEach(target);
  };
  const visit = (st: ast.stmt): void => {
    switch (st.nodeType) {
      case 'Delete': st.targets.forEach(target); return;
      case 'If': case 'For': case 'AsyncFor': case 'While':
        st.body.forEach(visit); st.orelse.forEach(visit); return;
      case 'With': case 'AsyncWith': st.body.forEach(visit); return;
      case 'Try': case 'TryStar':
        // A handler's `as` name is unbound when the handler ends.
        for (const h of st.handlers) { if (h.name) out.add(h.name); h.body.forEach(visit); }
        st.body.forEach(visit); st.orelse.forEach(visit); st.finalbody.forEach(visit); return;
      case 'Match': for (const c of st.cases) c.body.forEach(visit); return;
      default: return;
    }
  };
  body.forEach(visit);
  return out;
}
