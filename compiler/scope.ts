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

// The fields are declared and assigned in the constructor, not class fields: a field initializer
// is a call of its own per new scope, and a module has a scope per function, lambda and
// comprehension.
export class Scope {
  /** Names bound in this scope (assigned, parameters, imports, def/class, targets). */
  declare readonly bound: Set<string>;
  /** The names a `global` or `nonlocal` statement declares: rarely any, so the empty case is one
   * shared set (a module has a scope per function, lambda and comprehension, all alive while it
   * is lowered); `declareGlobal` and `declareNonlocal` give a scope its own. */
  declare globals: ReadonlySet<string>;
  declare nonlocals: ReadonlySet<string>;
  declare readonly params: string[];
  declare readonly children: Scope[];
  declare hasYield: boolean;
  /** An `async def`, or a comprehension that awaits (its result is awaited where it stands, or,
   * for a generator expression, it is an async generator). */
  declare isAsync: boolean;
  /** Names bound by `from m import *` can't be known here; the driver fills them in. */
  declare hasStarImport: boolean;
  /** Uses `super()` with no arguments or `__class__`: the method needs its class. */
  declare usesClassCell: boolean;
  declare readonly kind: ScopeKind;
  declare readonly name: string;
  declare readonly parent: Scope | null;
  declare readonly node: ast.Node | null;

  constructor(kind: ScopeKind, name: string, parent: Scope | null, node: ast.Node | null) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
    this.node = node;
    this.bound = new Set<string>();
    this.globals = NO_NAMES;
    this.nonlocals = NO_NAMES;
    this.params = [];
    this.children = [];
    this.hasYield = false;
    this.isAsync = false;
    this.hasStarImport = false;
    this.usesClassCell = false;
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

  // The walk visits every node of a module, mostly before the engine optimizes it: loops are
  // indexed (an unoptimized for-of makes an iterator result per item), and a nested scope is
  // entered by saving and restoring `this.scope` in place rather than through a closure. A
  // CompileError ends the whole analysis, so the scope needs no restoring on the way out.
  stmts(body: ast.stmt[]): void {
    for (let i = 0; i < body.length; i++) this.stmt(body[i]);
  }

  private exprs(list: ast.expr[]): void {
    for (let i = 0; i < list.length; i++) this.expr(list[i]);
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
    for (let i = 0; i < scope.children.length; i++) this.checkNonlocals(scope.children[i]);
  }

  // Definitions are kept out of `stmt`: a closure over `s` there would make every call allocate a
  // context.
  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.exprs(s.decorator_list);
    this.argDefaults(s.args);
    if (s.returns) this.expr(s.returns);
    this.bind(s.name, s);
    const saved = this.scope;
    const fs = new Scope('function', s.name, saved, s);
    this.of.set(s, fs);
    if (s.nodeType === 'AsyncFunctionDef') fs.isAsync = true;
    this.scope = fs;
    this.params(s.args);
    this.stmts(s.body);
    this.scope = saved;
  }

  private classDef(s: ast.ClassDef): void {
    this.exprs(s.decorator_list);
    this.exprs(s.bases);
    for (let i = 0; i < s.keywords.length; i++) this.expr(s.keywords[i].value);
    this.bind(s.name, s);
    const saved = this.scope;
    const cs = new Scope('class', s.name, saved, s);
    this.of.set(s, cs);
    this.scope = cs;
    this.stmts(s.body);
    this.scope = saved;
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
        this.targets(s.targets);
        return;
      case 'Assign':
        this.expr(s.value);
        this.targets(s.targets);
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
        for (let i = 0; i < s.items.length; i++) {
          const it = s.items[i];
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
        for (let i = 0; i < s.handlers.length; i++) {
          const h = s.handlers[i];
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
    this.exprs(a.defaults);
    for (let i = 0; i < a.kw_defaults.length; i++) {
      const d = a.kw_defaults[i];
      if (d) this.expr(d);
    }
    // Annotations in parameter order: positional-only, positional, keyword-only, `*`, `**`.
    this.annotations(a.posonlyargs);
    this.annotations(a.args);
    this.annotations(a.kwonlyargs);
    if (a.vararg?.annotation) this.expr(a.vararg.annotation);
    if (a.kwarg?.annotation) this.expr(a.kwarg.annotation);
  }

  private annotations(list: ast.arg[]): void {
    for (let i = 0; i < list.length; i++) {
      const annotation = list[i].annotation;
      if (annotation) this.expr(annotation);
    }
  }

  /** The parameters in the order `params` lists them: positional-only, positional, `*`, keyword-only, `**`. */
  private params(a: ast.arguments): void {
    this.paramList(a.posonlyargs);
    this.paramList(a.args);
    if (a.vararg) this.param(a.vararg.arg);
    this.paramList(a.kwonlyargs);
    if (a.kwarg) this.param(a.kwarg.arg);
  }

  private paramList(list: ast.arg[]): void {
    for (let i = 0; i < list.length; i++) this.param(list[i].arg);
  }

  private param(name: string): void {
    this.scope.params.push(name);
    this.scope.bound.add(name);
  }

  private targets(list: ast.expr[]): void {
    for (let i = 0; i < list.length; i++) this.target(list[i]);
  }

  private target(t: ast.expr): void {
    switch (t.nodeType) {
      case 'Name': this.bind(t.id, t); return;
      case 'Tuple': case 'List': this.targets(t.elts); return;
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
    const generators = node.generators;
    const first = generators[0];
    this.expr(first.iter);
    const saved = this.scope;
    const cs = new Scope('comprehension', name, saved, node);
    this.of.set(node, cs);
    this.scope = cs;
    this.target(first.target);
    this.exprs(first.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i];
      this.expr(g.iter);
      this.target(g.target);
      this.exprs(g.ifs);
    }
    this.exprs(elts);
    if (node.nodeType === 'GeneratorExp') cs.hasYield = true;
    if (generators.some((g) => g.is_async)) cs.isAsync = true;
    this.scope = saved;
    // An async comprehension other than a generator expression is awaited where it stands, which
    // makes an enclosing comprehension async too (symtable_handle_comprehension).
    if (cs.isAsync && node.nodeType !== 'GeneratorExp' && this.scope.kind === 'comprehension') this.scope.isAsync = true;
  }

  // Kept out of `expr`: a closure over `e` there would make every call allocate a context.
  private lambda(e: ast.Lambda): void {
    this.argDefaults(e.args);
    const saved = this.scope;
    const ls = new Scope('lambda', '<lambda>', saved, e);
    this.of.set(e, ls);
    this.scope = ls;
    this.params(e.args);
    this.expr(e.body);
    this.scope = saved;
  }

  private expr(e: ast.expr): void {
    switch (e.nodeType) {
      // Names and constants first: they are most of the nodes, and a switch tests its cases in order.
      case 'Name':
        if (e.ctx === 'Load') this.use(e.id);
        else this.bind(e.id, e);
        return;
      case 'Constant': return;
      case 'BoolOp': this.exprs(e.values); return;
      case 'NamedExpr': this.expr(e.value); this.bindWalrus(e.target.id, e.target); this.use(e.target.id); return;
      case 'BinOp': this.expr(e.left); this.expr(e.right); return;
      case 'UnaryOp': this.expr(e.operand); return;
      case 'Lambda': this.lambda(e); return;
      case 'IfExp': this.expr(e.test); this.expr(e.body); this.expr(e.orelse); return;
      case 'Dict':
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k) this.expr(k);
        }
        this.exprs(e.values);
        return;
      case 'Set': this.exprs(e.elts); return;
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
      case 'Compare': this.expr(e.left); this.exprs(e.comparators); return;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (let i = 0; i < e.keywords.length; i++) this.expr(e.keywords[i].value);
        if (e.func.nodeType === 'Name' && e.func.id === 'super' && e.args.length === 0) this.markClassCell();
        return;
      case 'FormattedValue': this.expr(e.value); if (e.format_spec) this.expr(e.format_spec); return;
      case 'JoinedStr': this.exprs(e.values); return;
      case 'Attribute': this.expr(e.value); return;
      case 'Subscript': this.expr(e.value); this.expr(e.slice); return;
      case 'Starred': this.expr(e.value); return;
      case 'List': case 'Tuple': this.exprs(e.elts); return;
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
