// Scope analysis: which Python names are local, global, free or class-level in each function,
// following CPython's symtable rules (Python/symtable.c). Lowering asks one question per name
// load or store: where does this name live? The answer decides the JS it becomes.
//
// The one tricky idea: class bodies are not enclosing scopes for the functions inside them, and
// comprehensions are functions of their own, except that a walrus inside one binds in the nearest
// enclosing function.

import type * as ast from './ast.js';
import { CompileError } from './diagnostics.js';

export type ScopeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension';

export class Scope {
  /** Names bound in this scope (assigned, parameters, imports, def/class, targets). */
  readonly bound = new Set<string>();
  /** The names a `global` or `nonlocal` statement declares: rarely any, so the empty case is one
   * shared set (a module has a scope per function, lambda and comprehension, all alive while it
   * is lowered); `declareGlobal` and `declareNonlocal` give a scope its own. */
  globals: ReadonlySet<string> = NO_NAMES;
  nonlocals: ReadonlySet<string> = NO_NAMES;
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  hasYield = false;
  /** An `async def`, or a comprehension that awaits (its result is awaited where it stands, or,
   * for a generator expression, it is an async generator). */
  isAsync = false;
  /** Names bound by `from m import *` can't be known here; the driver fills them in. */
  hasStarImport = false;
  /** Uses `super()` with no arguments or `__class__`: the method needs its class. */
  usesClassCell = false;

  constructor(readonly kind: ScopeKind, readonly name: string, readonly parent: Scope | null, readonly node: ast.Node | null) {
    parent?.children.push(this);
  }

  /** The nearest function-like scope that is not a class (for free-variable resolution). */
  enclosingFunction(): Scope | null {
    let s = this.parent;
    while (s && s.kind === 'class') s = s.parent;
    return s;
  }

  isLocal(name: string): boolean {
    if (this.kind === 'module') return false;
    return this.bound.has(name) && !this.globals.has(name) && !this.nonlocals.has(name);
  }
}

const NO_NAMES: ReadonlySet<string> = new Set<string>();

function declareGlobal(scope: Scope, name: string): void {
  if (scope.globals === NO_NAMES) scope.globals = new Set<string>();
  (scope.globals as Set<string>).add(name);
}

function declareNonlocal(scope: Scope, name: string): void {
  if (scope.nonlocals === NO_NAMES) scope.nonlocals = new Set<string>();
  (scope.nonlocals as Set<string>).add(name);
}

export type NameHome =
  | { kind: 'local' } // a JS variable of the current function
  | { kind: 'free' } // a JS variable of an enclosing function (closure)
  | { kind: 'global' } // a module-level JS variable
  | { kind: 'builtin' } // not bound in the module: a builtin or a NameError
  | { kind: 'dynamic' } // code compiled while the program runs: looked up in its namespaces by name
  | { kind: 'class'; fallback: NameHome }; // the class namespace, falling back to fallback

// Lowering asks for a name's home at every load and store, and only reads the answer: the plain
// kinds are shared objects.
const LOCAL: NameHome = Object.freeze({ kind: 'local' });
const FREE: NameHome = Object.freeze({ kind: 'free' });
const GLOBAL: NameHome = Object.freeze({ kind: 'global' });
const BUILTIN: NameHome = Object.freeze({ kind: 'builtin' });

export function resolveName(scope: Scope, name: string, moduleScope: Scope): NameHome {
  if (scope.kind === 'module') return moduleScope.bound.has(name) ? GLOBAL : BUILTIN;
  if (scope.kind === 'class') {
    const global = moduleScope.bound.has(name) ? GLOBAL : BUILTIN;
    // A name the class body binds is the class's own: before it is bound there, a read finds the
    // module's (LOAD_NAME), not an enclosing function's; other names reach the function's variable.
    if (scope.bound.has(name) && !scope.globals.has(name) && !scope.nonlocals.has(name)) return { kind: 'class', fallback: global };
    if (scope.globals.has(name)) return global;
    return resolveOutside(scope, name, moduleScope);
  }
  if (scope.globals.has(name)) return moduleScope.bound.has(name) ? GLOBAL : BUILTIN;
  if (scope.isLocal(name)) return LOCAL;
  return resolveOutside(scope, name, moduleScope);
}

function resolveOutside(scope: Scope, name: string, moduleScope: Scope): NameHome {
  for (let s = scope.enclosingFunction(); s; s = s.enclosingFunction()) {
    if (s.kind === 'module') break;
    if (s.globals.has(name)) break;
    if (s.isLocal(name) || s.nonlocals.has(name)) return FREE;
  }
  return moduleScope.bound.has(name) ? GLOBAL : BUILTIN;
}

// ---------------------------------------------------------------------------------------------
// Building the scope tree

export interface ScopeTree {
  module: Scope;
  /** Scope of each FunctionDef / Lambda / ClassDef / comprehension node. */
  of: Map<ast.Node, Scope>;
}

export function analyzeScopes(mod: ast.Module, filename: string): ScopeTree {
  const module = new Scope('module', '<module>', null, mod);
  const of = new Map<ast.Node, Scope>();
  const b = new Builder(module, of, filename);
  b.stmts(mod.body);
  b.checkNonlocals(module);
  return { module, of };
}

class Builder {
  private scope: Scope;
  constructor(root: Scope, private readonly of: Map<ast.Node, Scope>, private readonly filename: string) {
    this.scope = root;
  }

  private error(node: ast.Pos, message: string): never {
    throw new CompileError({ kind: 'SyntaxError', message, filename: this.filename, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset });
  }

  private bind(name: string, node: ast.Pos): void {
    const s = this.scope;
    if (s.kind === 'comprehension') {
      s.bound.add(name);
      return;
    }
    s.bound.add(name);
    void node;
  }

  /** Walrus targets bind in the nearest non-comprehension scope (PEP 572). */
  private bindWalrus(name: string, node: ast.Pos): void {
    let s: Scope = this.scope;
    while (s.kind === 'comprehension') s = s.parent!;
    if (s.kind === 'class') this.error(node, 'assignment expression within a comprehension cannot be used in a class body');
    s.bound.add(name);
    if (s !== this.scope && s.kind === 'module') s.bound.add(name);
  }

  // Reads are not recorded: the one question they would answer, a read before a `global` or
  // `nonlocal` statement, is the parser's check pass's (check.ts, pass 2), which rejects the module
  // before it gets here. A set per scope of every name it reads was a tenth of the scope tree.
  private use(name: string): void {
    if (name === '__class__') this.markClassCell();
  }

  private markClassCell(): void {
    for (let s: Scope | null = this.scope; s; s = s.parent) {
      if (s.kind === 'function' || s.kind === 'lambda') { s.usesClassCell = true; }
      if (s.kind === 'class') return;
    }
  }

  private withScope(scope: Scope, fn: () => void): void {
    const saved = this.scope;
    this.scope = scope;
    try { fn(); } finally { this.scope = saved; }
  }

  stmts(body: ast.stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  checkNonlocals(scope: Scope): void {
    for (const name of scope.nonlocals) {
      let found = false;
      for (let s = scope.enclosingFunction(); s && s.kind !== 'module'; s = s.enclosingFunction()) {
        if (s.isLocal(name) || s.nonlocals.has(name)) { found = true; break; }
      }
      if (!found) {
        const node = findDecl(scope.node, 'Nonlocal', name);
        this.error(node ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 }, `no binding for nonlocal '${name}' found`);
      }
    }
    for (const c of scope.children) this.checkNonlocals(c);
  }

  // Definitions are kept out of `stmt`: a closure over `s` there would make every call allocate a
  // context.
  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.argDefaults(s.args);
    if (s.returns) this.expr(s.returns);
    this.bind(s.name, s);
    const fs = new Scope('function', s.name, this.scope, s);
    this.of.set(s, fs);
    if (s.nodeType === 'AsyncFunctionDef') fs.isAsync = true;
    this.withScope(fs, () => {
      this.params(s.args);
      this.stmts(s.body);
    });
  }

  private classDef(s: ast.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    for (const b of s.bases) this.expr(b);
    for (const k of s.keywords) this.expr(k.value);
    this.bind(s.name, s);
    const cs = new Scope('class', s.name, this.scope, s);
    this.of.set(s, cs);
    this.withScope(cs, () => this.stmts(s.body));
  }

  private stmt(s: ast.stmt): void {
    switch (s.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.functionDef(s);
        return;
      case 'ClassDef':
        this.classDef(s);
        return;
      case 'Return':
        if (this.scope.kind === 'module' || this.scope.kind === 'class') this.error(s, "'return' outside function");
        if (s.value) this.expr(s.value);
        return;
      case 'Delete':
        for (const t of s.targets) this.target(t);
        return;
      case 'Assign':
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case 'AugAssign':
        this.expr(s.value);
        if (s.target.nodeType === 'Name') this.use(s.target.id);
        this.target(s.target);
        return;
      case 'AnnAssign':
        if (s.value) this.expr(s.value);
        if (this.scope.kind !== 'function' || s.target.nodeType !== 'Name') this.expr(s.annotation);
        if (s.value || s.target.nodeType === 'Name') this.target(s.target);
        return;
      case 'For':
      case 'AsyncFor':
        this.expr(s.iter);
        this.target(s.target);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'While':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        return;
      case 'With':
      case 'AsyncWith':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.target(it.optional_vars);
        }
        this.stmts(s.body);
        return;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        return;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        return;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.bind(h.name, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        return;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        return;
      case 'Import':
        for (const a of s.names) this.bind(a.asname ?? a.name.split('.')[0], a);
        return;
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.scope.kind !== 'module') this.error(s, 'import * only allowed at module level');
            this.scope.hasStarImport = true;
          } else this.bind(a.asname ?? a.name, a);
        }
        return;
      case 'Global':
        for (const n of s.names) {
          if (this.scope.kind !== 'module' && this.scope.bound.has(n)) {
            this.error(s, this.scope.params.includes(n) ? `name '${n}' is parameter and global` : `name '${n}' is assigned to before global declaration`);
          }
          declareGlobal(this.scope, n);
          let m: Scope = this.scope;
          while (m.parent) m = m.parent;
          m.bound.add(n);
        }
        return;
      case 'Nonlocal':
        if (this.scope.kind === 'module') this.error(s, 'nonlocal declaration not allowed at module level');
        for (const n of s.names) {
          if (this.scope.params.includes(n)) this.error(s, `name '${n}' is parameter and nonlocal`);
          if (this.scope.bound.has(n)) this.error(s, `name '${n}' is assigned to before nonlocal declaration`);
          declareNonlocal(this.scope, n);
        }
        return;
      case 'Expr':
        this.expr(s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private argDefaults(a: ast.arguments): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) if (p?.annotation) this.expr(p.annotation);
  }

  private params(a: ast.arguments): void {
    for (const p of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (!p) continue;
      this.scope.params.push(p.arg);
      this.scope.bound.add(p.arg);
    }
  }

  private target(t: ast.expr): void {
    switch (t.nodeType) {
      case 'Name': this.bind(t.id, t); return;
      case 'Tuple': case 'List': for (const e of t.elts) this.target(e); return;
      case 'Starred': this.target(t.value); return;
      case 'Attribute': this.expr(t.value); return;
      case 'Subscript':
        this.globalsStore(t);
        this.expr(t.value);
        this.expr(t.slice);
        return;
      default: this.expr(t);
    }
  }

  /** `globals()['name'] = v` binds a module global, which the module's code may then read by name. */
  private globalsStore(t: ast.Subscript): void {
    const f = t.value;
    if (f.nodeType !== 'Call' || f.func.nodeType !== 'Name' || f.func.id !== 'globals' || f.args.length || f.keywords.length) return;
    if (t.slice.nodeType !== 'Constant' || typeof t.slice.value !== 'string') return;
    let module = this.scope;
    while (module.parent) module = module.parent;
    module.bound.add(t.slice.value);
  }

  private pattern(p: ast.pattern): void {
    switch (p.nodeType) {
      case 'MatchValue': this.expr(p.value); return;
      case 'MatchSingleton': return;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); return;
      case 'MatchMapping':
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.bind(p.rest, p);
        return;
      case 'MatchClass':
        this.expr(p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(q);
        return;
      case 'MatchStar': if (p.name) this.bind(p.name, p); return;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.bind(p.name, p);
        return;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); return;
    }
  }

  private comprehension(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, elts: ast.expr[], name: string): void {
    const [first, ...rest] = node.generators;
    this.expr(first.iter);
    const cs = new Scope('comprehension', name, this.scope, node);
    this.of.set(node, cs);
    this.withScope(cs, () => {
      this.target(first.target);
      for (const i of first.ifs) this.expr(i);
      for (const g of rest) {
        this.expr(g.iter);
        this.target(g.target);
        for (const i of g.ifs) this.expr(i);
      }
      for (const e of elts) this.expr(e);
      if (node.nodeType === 'GeneratorExp') cs.hasYield = true;
      if (node.generators.some((g) => g.is_async)) cs.isAsync = true;
    });
    // An async comprehension other than a generator expression is awaited where it stands, which
    // makes an enclosing comprehension async too (symtable_handle_comprehension).
    if (cs.isAsync && node.nodeType !== 'GeneratorExp' && this.scope.kind === 'comprehension') this.scope.isAsync = true;
  }

  // Kept out of `expr`: a closure over `e` there would make every call allocate a context.
  private lambda(e: ast.Lambda): void {
    this.argDefaults(e.args);
    const ls = new Scope('lambda', '<lambda>', this.scope, e);
    this.of.set(e, ls);
    this.withScope(ls, () => { this.params(e.args); this.expr(e.body); });
  }

  private expr(e: ast.expr): void {
    switch (e.nodeType) {
      // Names and constants first: they are most of the nodes, and a switch tests its cases in order.
      case 'Name':
        if (e.ctx === 'Load') this.use(e.id);
        else this.bind(e.id, e);
        return;
      case 'Constant': return;
      case 'BoolOp': for (const v of e.values) this.expr(v); return;
      case 'NamedExpr': this.expr(e.value); this.bindWalrus(e.target.id, e.target); this.use(e.target.id); return;
      case 'BinOp': this.expr(e.left); this.expr(e.right); return;
      case 'UnaryOp': this.expr(e.operand); return;
      case 'Lambda': this.lambda(e); return;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); return;
      case 'Dict': for (const k of e.keys) if (k) this.expr(k); for (const v of e.values) this.expr(v); return;
      case 'Set': for (const v of e.elts) this.expr(v); return;
      case 'ListComp': this.comprehension(e, [e.elt], '<listcomp>'); return;
      case 'SetComp': this.comprehension(e, [e.elt], '<setcomp>'); return;
      case 'DictComp': this.comprehension(e, [e.key, e.value], '<dictcomp>'); return;
      case 'GeneratorExp': this.comprehension(e, [e.elt], '<genexpr>'); return;
      case 'Await': this.expr(e.value); this.scope.isAsync = true; return;
      case 'Yield':
      case 'YieldFrom':
        if (this.scope.kind === 'module' || this.scope.kind === 'class') this.error(e, "'yield' outside function");
        if (this.scope.kind === 'comprehension' && !(this.scope.node?.nodeType === 'GeneratorExp' && false)) {
          this.error(e, "'yield' inside list comprehension");
        }
        this.scope.hasYield = true;
        if (e.value) this.expr(e.value);
        return;
      case 'Compare': this.expr(e.left); for (const c of e.comparators) this.expr(c); return;
      case 'Call':
        this.expr(e.func);
        for (const a of e.args) this.expr(a);
        for (const k of e.keywords) this.expr(k.value);
        if (e.func.nodeType === 'Name' && e.func.id === 'super' && e.args.length === 0) this.markClassCell();
        return;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); return;
      case 'JoinedStr': for (const v of e.values) this.expr(v); return;
      case 'Attribute': this.expr(e.value); return;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); return;
      case 'Starred': this.expr(e.value); return;
      case 'List': case 'Tuple': for (const v of e.elts) this.expr(v); return;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        return;
    }
  }
}

function findDecl(node: ast.Node | null, kind: 'Nonlocal', name: string): ast.Pos | null {
  if (!node || !('body' in node) || !Array.isArray(node.body)) return null;
  for (const s of node.body as ast.stmt[]) if (s.nodeType === kind && s.names.includes(name)) return s;
  return null;
}
