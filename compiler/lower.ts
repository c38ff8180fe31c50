// Lowering: Python AST + scopes → ESTree. One Python module becomes one call
// `$module(name, file, function (mod) { ... }, isPackage)` whose body runs when the module is first
// imported. The value representation and calling convention it targets are in
// docs/architecture.md; every runtime name it emits is listed in runtime-api.ts.
//
// The tricky idea: Python expressions may need temporaries (a receiver evaluated once, a compared
// operand reused by a chain). Each JS function gets its own `let $t1, $t2` declared at its top, so
// temporaries never leak between functions or across recursion.

import type * as es from 'estree';
import type * as ast from './ast.js';
import { assertNever, hasBodies, stmtBodies } from './ast.js';
import { CompileError } from './diagnostics.js';
import { definiteAssignment, deletedIn, type Assignment } from './assigned.js';
import { analyzeScopes, resolveName, type Scope, type ScopeTree, type NameHome } from './scope.js';
import * as js from './js.js';
import * as fast from './fastpaths.js';
import { unparse } from './unparse.js';
import { attrReadCheck, initStoresOnly, isInertBody, isLenOfStr, isOnlyTopLevelClass, isOnlyTopLevelImport, jumpsOut, listNeverEscapes, mayRebind, mentions, stopRaises, usesOnlyAttrsOf, usesOnlyStrOf, type AttrCheckScope } from './handlers.js';
import { BUILTIN_NAMES, TYPE_SLOTS, type RuntimeHelper } from './runtime-api.js';
import { lowerTryStar, type TryStarContext } from './trystar.js';
import { splitPercent, splitStrFormat, type FormatField, type PercentField } from './strformat.js';

/**
 * The builtins that compile Python source while the program runs: the runtime does not have them,
 * the evaluator bundled into the programs that name them does (compile.ts, runtime/evaluate.ts).
 */
export const EVALUATION_BUILTINS: readonly string[] = ['eval', 'exec', 'compile'];
const BUILTINS: ReadonlySet<string> = new Set([...BUILTIN_NAMES, ...EVALUATION_BUILTINS]);
/** The names of the builtin exception classes (among BUILTINS). */
const BUILTIN_EXCEPTION = /^(?:\w+(?:Error|Exception|Warning)|StopIteration|StopAsyncIteration|GeneratorExit|KeyboardInterrupt|SystemExit)$/;

/**
 * What `from m import *` binds, as far as the compiler can tell: `names` surely (each becomes a
 * module variable), and `maybe` the builtin names it may also bind at run time (a native module's
 * `pow` or `open`, a name bound under an `if`, every name when `__all__` is computed). A read of a
 * `maybe` name looks at the module's namespace before taking the builtin.
 */
export interface StarNames {
  names: string[];
  maybe: ReadonlySet<string> | 'all';
}

export interface LowerOptions {
  /** Path shown in tracebacks and used as the source-map source. */
  filename: string;
  /** Absolute dotted module name (`__main__` modules are registered under their real name). */
  moduleName: string;
  isPackage: boolean;
  /** Public names of a module, for `from m import *`; null when unknown. */
  starNames: (moduleName: string) => StarNames | null;
  /**
   * Prints each top-level statement's JS as soon as it is lowered (emit.ts's BodyPrinter), so that
   * the ESTree of a whole module never exists at once; its placeholder stands for them all.
   */
  printer?: { print(statements: es.Statement[]): void; placeholder(): es.Statement };
  /**
   * Source that eval(), exec() or compile() hands the compiler while the program runs (snippet.ts):
   * its module-level and unbound names are looked up by name in the namespaces of its `$ctx`, and
   * the result is one function of `$ctx` instead of a module registration.
   */
  snippet?: SnippetMode;
}

/** compile()'s modes: statements, one expression (its value returned), or one interactive statement. */
export type SnippetMode = 'exec' | 'eval' | 'single';

const DYNAMIC: NameHome = Object.freeze({ kind: 'dynamic' });

export interface LoweredModule {
  statement: es.Statement;
  helpers: Set<RuntimeHelper>;
  builtins: Set<string>;
  /** Absolute names of every module this one imports (for the driver to compile). */
  imports: { name: string; node: ast.Pos }[];
  /** Compile-time warnings, already formatted (`file:line:col: warning: ...`), in source order. */
  warnings: string[];
}

type LoopCtx = { label: string | null };

/** A `try` whose handlers a failed probe reaches by `break label` with the exception in `exc`. */
type CatchTarget = { label: string; exc: string; depth: string; used: boolean };

class FnState {
  temps: string[] = [];
  private next = 1;
  loops: LoopCtx[] = [];
  /** Flow-sensitive definite assignment of the body (assigned.ts); null where no body is analysed. */
  assigned: Assignment | null = null;
  /** How many bodies of `try` statements with handlers enclose the statement being lowered. */
  inTryBody = 0;
  /**
   * The constructs that catch around the statement being lowered, innermost last: a `try` whose
   * handlers a failed probe jumps to (tryStmt), or null for one a jump must not leave (`with`,
   * `finally` and what runs inside one, any `try` of a generator).
   */
  catchTargets: (CatchTarget | null)[] = [];
  /** The raises of a `__next__` that return ITERATION_STOPPED when a loop asks (handlers.ts). */
  stopRaises: Set<ast.Raise> | null = null;
  /** Lower `body` with `target` as the innermost catching construct. */
  within<T>(target: CatchTarget | null, body: () => T): T {
    this.catchTargets.push(target);
    try {
      return body();
    } finally {
      this.catchTargets.pop();
    }
  }
  constructor(
    readonly scope: Scope,
    readonly parent: FnState | null,
    /** JS identifier of the class object for zero-argument super(), if inside a method. */
    readonly classCell: string | null,
    /** JS identifier of the first parameter (`self`) for zero-argument super(). */
    readonly selfParam: string | null,
  ) {}
  /** The variable holding the dict locals() returns, once the function calls it (CPython reuses one per call). */
  localsSnapshot: string | null = null;
  temp(prefix = '$t'): string {
    const name = `${prefix}${this.next++}`;
    this.temps.push(name);
    return name;
  }
}

/** The helper of an f-string or str.format conversion: `!r`, `!s`, `!a`. */
const FIELD_CONVERSION: Record<string, RuntimeHelper> = { r: 'repr', s: 'str', a: 'ascii' };

const BINOP: Record<ast.operator, RuntimeHelper> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow',
  LShift: 'lshift', RShift: 'rshift', BitOr: 'bitor', BitXor: 'bitxor', BitAnd: 'bitand', FloorDiv: 'floordiv',
};
const INPLACE: Record<ast.operator, RuntimeHelper> = {
  Add: 'iadd', Sub: 'isub', Mult: 'imul', MatMult: 'imatmul', Div: 'itruediv', Mod: 'imod', Pow: 'ipow',
  LShift: 'ilshift', RShift: 'irshift', BitOr: 'ibitor', BitXor: 'ibitxor', BitAnd: 'ibitand', FloorDiv: 'ifloordiv',
};
const INT_FAST_OPS = new Set<ast.operator>(['FloorDiv', 'Mod', 'BitAnd', 'BitOr', 'BitXor', 'RShift']);
const FAST_COMPARE = new Set<ast.cmpop>(['Lt', 'LtE', 'Gt', 'GtE', 'Eq', 'NotEq']);
const BOOLEAN_COMPARE = new Set<ast.cmpop>(['Is', 'IsNot', 'In', 'NotIn']);
const CMPOP: Record<ast.cmpop, RuntimeHelper> = {
  Eq: 'eq', NotEq: 'ne', Lt: 'lt', LtE: 'le', Gt: 'gt', GtE: 'ge', Is: 'is', IsNot: 'isnot', In: 'contains', NotIn: 'contains',
};

export function lowerModule(mod: ast.Module, opts: LowerOptions): LoweredModule {
  return new Lowerer(mod, opts).run();
}

class Lowerer {
  private readonly tree: ScopeTree;
  private fn!: FnState;
  private readonly helpers = new Set<RuntimeHelper>();
  private readonly builtins = new Set<string>();
  /** The builtin names a star import may rebind at run time (StarNames.maybe, merged). */
  private starShadows: Set<string> | 'all' | null = null;
  private readonly imports: { name: string; node: ast.Pos }[] = [];
  private readonly warnings: string[] = [];
  /** Module-level constants hoisted out of loops (boxed floats, bytes). */
  private readonly hoisted: es.Statement[] = [];
  private hoistCount = 0;
  private classCellCount = 0;
  private labelCount = 0;

  /** `from __future__ import annotations` at the top of the module: annotations stay strings. */
  private readonly futureAnnotations: boolean;
  /**
   * The module-level names the module object provides: `__annotations__` too in a module that
   * annotates a name (SETUP_ANNOTATIONS), and always in `__main__`.
   */
  private readonly moduleDunders: ReadonlySet<string>;

  constructor(private readonly mod: ast.Module, private readonly opts: LowerOptions) {
    this.tree = analyzeScopes(mod, opts.filename);
    this.futureAnnotations = mod.body.some((s) =>
      s.nodeType === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
    // A snippet has no module of its own: `__name__` and the rest are its globals' entries.
    this.moduleDunders = opts.snippet !== undefined ? new Set()
      : opts.moduleName === '__main__' || hasAnnotations(mod.body) ? new Set([...MODULE_DUNDERS, '__annotations__']) : MODULE_DUNDERS;
  }

  // -------------------------------------------------------------------------------------------
  // Plumbing

  private h(name: RuntimeHelper): es.Identifier {
    this.helpers.add(name);
    return js.id(`$${name}`);
  }

  /** What compiler/trystar.ts lowers `try`/`except*` with. */
  private readonly tryStarCtx: TryStarContext = {
    rt: (name, args, loc) => this.rt(name, args, loc ?? null),
    temp: (prefix) => this.fn.temp(prefix),
    loc: (p) => this.loc(p),
    stmts: (body) => this.fn.within(null, () => this.stmts(body)),
    expr: (e) => this.expr(e),
    storeName: (name, value, loc) => this.storeName(name, value, loc),
    clearName: (name) => this.clearName(name),
    catchingTry: (body, jumpy, handler, loc) => this.catchingTry(null, body, jumpy, handler, null, loc),
    tryStmt: (s, out) => this.tryStmt(s, out),
  };
  /** What the inline fast paths (fastpaths.ts) need from lowering. */
  private readonly fastCtx: fast.FastPathContext = {
    temp: () => this.fn.temp(),
    helper: (name) => this.h(name),
    boxedFloat: (e) => (e.type === 'Identifier' ? this.boxedFloats.get(e.name) ?? null : null),
  };
  /** The hoisted constants that hold an integral float literal (`$k1` = 1.0), by name: their value. */
  private readonly boxedFloats = new Map<string, number>();

  /** `a op b` for a binary operator: inline for + - * on numbers, else the runtime helper. */
  private binop(op: ast.operator, helper: RuntimeHelper, a: es.Expression, b: es.Expression, loc: js.Loc): es.Expression {
    const notNumber = (x: es.Expression) => x.type === 'ArrayExpression' || (x.type === 'Literal' && typeof x.value === 'string');
    if ((op === 'Add' || op === 'Sub' || op === 'Mult') && !notNumber(a) && !notNumber(b)) {
      return fast.arith(this.fastCtx, op, a, b, (x, y) => this.rt(helper, [x, y], loc), loc);
    }
    if (op === 'Div' && !notNumber(a) && !notNumber(b)) return fast.truediv(this.fastCtx, a, b, (x, y) => this.rt(helper, [x, y], loc), loc);
    if (INT_FAST_OPS.has(op) && !notNumber(a) && !notNumber(b)) {
      return fast.intOp(this.fastCtx, op as fast.IntOp, a, b, (x, y) => this.rt(helper, [x, y], loc), loc);
    }
    return this.rt(helper, [a, b], loc);
  }

  /** `o[k]`: inline for plain lists and dicts, else the runtime helper. */
  private getitem(o: es.Expression, k: es.Expression, loc: js.Loc): es.Expression {
    return fast.getitem(this.fastCtx, o, k, (x, y) => this.rt('getitem', [x, y], loc), loc);
  }

  private rt(name: RuntimeHelper, args: (es.Expression | es.SpreadElement)[], loc: js.Loc = null): es.CallExpression {
    return js.call(this.h(name), args, loc);
  }

  /**
   * A helper call that may be all its line holds (`$reraise()`): astring maps identifiers and
   * literals only, so the callee carries the position, or the traceback would lose the frame.
   */
  private rtMapped(name: RuntimeHelper, args: (es.Expression | es.SpreadElement)[], loc: es.SourceLocation): es.CallExpression {
    const callee = this.h(name);
    callee.loc = loc;
    return js.call(callee, args, loc);
  }

  private loc(p: ast.Pos): es.SourceLocation {
    return js.locOf(p, this.opts.filename);
  }

  private error(p: ast.Pos, message: string, kind = 'SyntaxError'): never {
    throw new CompileError({ kind, message, filename: this.opts.filename, lineno: p.lineno, col_offset: p.col_offset, end_lineno: p.end_lineno, end_col_offset: p.end_col_offset });
  }

  private unsupported(p: ast.Pos, what: string): never {
    this.error(p, `${what} is not supported by memphisc yet`, 'NotSupportedError');
  }

  private hoist(init: es.Expression): es.Identifier {
    const name = `$k${++this.hoistCount}`;
    this.hoisted.push(js.constDecl(name, init));
    return js.id(name);
  }

  private withFn<T>(state: FnState, body: () => T): T {
    const saved = this.fn;
    this.fn = state;
    try { return body(); } finally { this.fn = saved; }
  }

  // Function-level locals and temporaries are `var`: V8 tests a `let` that a closure reads for
  // its temporal dead zone at every read (a module-level function calling itself paid it on
  // every call), and emits an initialising store for each `let x;`, which makes functions bigger
  // and so less often inlined. Each name is declared once, at the top of its function.
  private tempDecls(): es.Statement[] {
    return this.fn.temps.length ? [js.letDecl(this.fn.temps, 'var')] : [];
  }

  // -------------------------------------------------------------------------------------------
  // Module

  run(): LoweredModule {
    if (this.opts.snippet !== undefined) return this.runSnippet(this.opts.snippet);
    const scope = this.tree.module;
    this.fn = new FnState(scope, null, null, null);
    if (scope.hasStarImport) this.bindStarNames(this.mod.body);
    const dunders = this.moduleDunders;
    this.fn.assigned = definiteAssignment(this.mod.body, dunders);
    const body = this.moduleBody();
    const globals = [...scope.bound].filter((n) => !dunders.has(n));
    const accessors: es.Property[] = [];
    for (const n of [...globals, ...dunders]) {
      const v = js.jsName(n);
      accessors.push(js.property(n, js.fnExpr(null, [], [js.ret(js.id(v))]), 'get'));
      accessors.push(js.property(n, js.fnExpr(null, [js.id('$v')], [js.exprStmt(js.assign(js.id(v), js.id('$v')))]), 'set'));
    }
    const prologue: es.Statement[] = [];
    const declared = globals.map(js.jsName);
    if (declared.length) prologue.push(js.letDecl(declared, 'var'));
    const doc = docstring(this.mod.body);
    for (const d of dunders) {
      const init = d === '__doc__' ? js.lit(doc) : d === '__annotations__' ? this.rt('dict', [js.array([])])
        : js.index(js.id('$modobj'), js.lit(`$${d}`));
      prologue.push(js.constDecl(js.jsName(d), init, null, 'let'));
    }
    prologue.push(js.exprStmt(this.rt('moduleGlobals', [js.id('$modobj'), js.object(accessors)])));
    const fnBody = [...prologue, ...this.tempDecls(), ...body];
    const moduleFn = js.fnExpr('$module', [js.id('$modobj')], fnBody);
    // exec() may bind any name in the module's namespace: a name bound nowhere may still be defined.
    if (this.builtins.has('exec') || this.builtins.has('exec$b')) this.warnings.length = 0;
    const statement = js.exprStmt(this.rt('module', [
      js.lit(this.opts.moduleName), js.lit(this.opts.filename), moduleFn, js.lit(this.opts.isPackage),
    ]));
    return {
      statement: js.block([...this.hoisted, statement]),
      helpers: this.helpers,
      builtins: this.builtins,
      imports: this.imports,
      warnings: this.warnings,
    };
  }

  /**
   * A snippet: `{ hoisted constants; return function $module($ctx) { ... } }`, the body of the
   * factory snippet.ts makes. The function returns the expression's value in 'eval' mode, None
   * otherwise; in 'single' mode an expression statement shows its value (sys.displayhook).
   */
  private runSnippet(mode: SnippetMode): LoweredModule {
    this.fn = new FnState(this.tree.module, null, null, null);
    const body: es.Statement[] = [];
    if (mode === 'eval') {
      body.push(js.ret(this.expr((this.mod.body[0] as ast.Expr).value)));
    } else {
      // As a module's code does: annotations go into an `__annotations__` the locals get unless
      // they have one, then a docstring (not in 'single' mode) becomes `__doc__`.
      if (hasAnnotations(this.mod.body)) body.push(js.exprStmt(this.ctxCall('setupAnnotations', [], null)));
      const doc = mode === 'exec' ? docstring(this.mod.body) : null;
      if (doc !== null) body.push(js.exprStmt(this.ctxCall('storeName', [js.lit('__doc__'), js.lit(doc)], null)));
      for (const s of this.mod.body) this.stmt(s, body);
      body.push(js.ret(js.lit(null)));
    }
    // A class's `__module__` is `__name__` as its body reads it (globals, then builtins); a
    // function's is the globals' `__name__`, None without one.
    const name = js.constDecl('__name__', this.ctxCall('moduleName', [], null), null, 'let');
    const defModule = js.constDecl('$defModule', this.ctxCall('functionModule', [], null), null, 'let');
    const fn = js.fnExpr('$module', [js.id('$ctx')], [name, defModule, ...this.tempDecls(), ...body]);
    return {
      statement: js.block([...this.hoisted, js.ret(fn)]),
      helpers: this.helpers,
      builtins: this.builtins,
      imports: this.imports,
      warnings: this.warnings,
    };
  }

  /** The module's statements, or the printer's placeholder once it has printed them one by one. */
  private moduleBody(): es.Statement[] {
    const printer = this.opts.printer;
    if (!printer) return this.stmts(this.mod.body);
    for (const s of this.mod.body) printer.print(this.stmts([s]));
    return [printer.placeholder()];
  }

  private bindStarNames(body: ast.stmt[]): void {
    for (const s of body) {
      if (s.nodeType !== 'ImportFrom' || !s.names.some((a) => a.name === '*')) continue;
      const target = this.resolveModule(s.module, s.level);
      if (typeof target !== 'string') continue;
      const star = this.opts.starNames(target);
      if (star === null) {
        this.starShadows = 'all';
        continue;
      }
      for (const n of star.names) this.tree.module.bound.add(n);
      if (star.maybe === 'all') this.starShadows = 'all';
      else if (this.starShadows !== 'all' && star.maybe.size > 0) {
        const shadows = this.starShadows ?? new Set<string>();
        for (const n of star.maybe) shadows.add(n);
        this.starShadows = shadows;
      }
    }
  }

  /** Whether a star import may bind the builtin `name` in this module at run time. */
  private starMayShadow(name: string): boolean {
    const shadows = this.starShadows;
    return shadows !== null && (shadows === 'all' || shadows.has(name));
  }

  // -------------------------------------------------------------------------------------------
  // Names

  private home(name: string): NameHome {
    const home = resolveName(this.fn.scope, name, this.tree.module);
    return this.opts.snippet === undefined ? home : this.snippetHome(home, name);
  }

  /**
   * In a snippet, what the module would keep in its variables or take from the builtins lives in
   * the namespaces eval() and exec() were given, which any code may change: every such name is
   * looked up by name, so no fast path may assume the builtin.
   */
  private snippetHome(home: NameHome, name: string): NameHome {
    if (home.kind === 'global') return DYNAMIC;
    if (home.kind === 'builtin') return name === '__debug__' || (name === '__class__' && this.fn.classCell) ? home : DYNAMIC;
    if (home.kind === 'class') return { kind: 'class', fallback: this.snippetHome(home.fallback, name) };
    return home;
  }

  /**
   * A snippet's name lookup: at its top level by `$ctx`'s locals, globals, then builtins (CPython's
   * LOAD_NAME); inside a function or class body by the globals, then builtins.
   */
  private dynamicName(op: 'load' | 'store' | 'delete' | 'clear', name: string, value: es.Expression | null, loc: js.Loc): es.Expression {
    const where = this.fn.scope.kind === 'module' && !this.declaredGlobalAnywhere().has(name) ? 'Name' : 'Global';
    const args: es.Expression[] = [js.lit(name)];
    if (value !== null) args.push(value);
    return this.ctxCall(`${op}${where}`, args, loc);
  }

  /**
   * In a snippet, an import or class statement fails as CPython's does when the globals'
   * `__builtins__` lack `__import__` or `__build_class__` (a sandbox's `{"__builtins__": {}}`).
   */
  private requireSnippetBuiltin(name: '__import__' | '__build_class__', out: es.Statement[], loc: js.Loc): void {
    if (this.opts.snippet !== undefined) out.push(js.exprStmt(this.ctxCall('requireBuiltin', [js.lit(name)], loc), loc));
  }

  private snippetGlobals: Set<string> | null = null;

  /**
   * The names a `global` statement names anywhere in the snippet. CPython's symbol table marks
   * such a name global in the top-level scope too, so the top level reads and binds it in the
   * globals dict, past a separate locals mapping.
   */
  private declaredGlobalAnywhere(): Set<string> {
    if (this.snippetGlobals !== null) return this.snippetGlobals;
    const names = new Set<string>();
    const visit = (scope: Scope): void => {
      for (const n of scope.globals) names.add(n);
      for (const c of scope.children) visit(c);
    };
    visit(this.tree.module);
    return (this.snippetGlobals = names);
  }

  /** A call of a method of a snippet's `$ctx` (evaluate.ts); mapped, as it may be all its line holds. */
  private ctxCall(method: string, args: es.Expression[], loc: js.Loc): es.Expression {
    const callee = js.member(js.id('$ctx'), method);
    if (loc !== null) (callee.property as es.Identifier).loc = loc;
    return js.call(callee, args, loc);
  }

  private loadName(node: ast.Name | { id: string } & ast.Pos): es.Expression {
    const name = node.id;
    const loc = this.loc(node);
    const home = this.home(name);
    if (home.kind !== 'class' && this.fn.scope.kind === 'class') {
      const preset = this.classPreset(name, loc);
      if (preset !== null) return preset;
      // The namespace answers first even for a name the body does not bind: a metaclass's
      // `__prepare__` mapping may hold it (or make it up in its `__getitem__`). Builtins are
      // left out: their reads may be hoisted out of the body (exception catchers).
      if (home.kind === 'builtin' && BUILTINS.has(name)) return this.loadFrom(home, name, loc, node);
      const ns = js.id('$ns');
      const has = js.call(js.member(ns, 'has'), [js.lit(name)]);
      return js.cond(has, js.call(js.member(ns, 'get'), [js.lit(name)], loc), this.loadFrom(home, name, loc, node), loc);
    }
    return this.loadFrom(home, name, loc, node);
  }

  /**
   * A read, in a class body that does not bind the name itself, of a name the namespace holds
   * before the body runs: `__module__` and `__qualname__` always, `__annotations__` when the body
   * annotates something. (A body that binds it reads it through its `class` home already.)
   */
  private classPreset(name: string, loc: es.SourceLocation): es.Expression | null {
    const always = name === '__module__' || name === '__qualname__';
    const node = this.fn.scope.node;
    const annotated = name === '__annotations__' && node !== null && node.nodeType === 'ClassDef' && hasAnnotations(node.body);
    if (!always && !annotated) return null;
    return js.call(js.member(js.id('$ns'), 'get'), [js.lit(name)], loc);
  }

  /** A free variable that is a parameter of the scope defining it: bound before any closure runs. */
  private freeIsParam(name: string): boolean {
    for (let s = this.fn.scope.enclosingFunction(); s; s = s.enclosingFunction()) {
      if (s.kind === 'module') return false;
      if (s.isLocal(name)) return s.params.includes(name) && !deletesName(s.node, name);
    }
    return false;
  }

  /**
   * Whether a read (at `node`) needs an unbound check in this scope. Scopes without an analysed
   * body (lambdas, comprehensions) bind their names before any read; a read the analysis did not
   * see is checked.
   */
  private mayBeUnbound(node: object | undefined): boolean {
    const assigned = this.fn.assigned;
    if (assigned === null) return false;
    return node === undefined || !assigned.seen.has(node as ast.Name) || assigned.unsure.has(node as ast.Name);
  }

  /**
   * Whether a function around this scope has a variable `name` (a `global name` statement, or a
   * class body falling back to the globals, names the module's binding from inside it): the JS
   * variable of the same name would hide the module's.
   */
  private globalHidden(name: string): boolean {
    for (let s = this.fn.scope.parent; s !== null && s.kind !== 'module'; s = s.parent) {
      if (s.kind !== 'class' && s.isLocal(name)) return true;
    }
    return false;
  }

  /** The module's binding of `name`: its JS variable, or, where that is hidden, the module's accessor. */
  private globalRef(name: string, loc: js.Loc = null): es.Identifier | es.MemberExpression {
    if (this.fn.scope.kind !== 'module' && this.globalHidden(name)) return js.member(js.id('$modobj'), `$${name}`, loc);
    return js.id(js.jsName(name), loc);
  }

  /** The variable a name's home keeps it in (a local, or the module's binding). */
  private varRef(home: NameHome, name: string, loc: js.Loc = null): es.Identifier | es.MemberExpression {
    return home.kind === 'global' ? this.globalRef(name, loc) : js.id(js.jsName(name), loc);
  }

  private loadFrom(home: NameHome, name: string, loc: es.SourceLocation, node?: object): es.Expression {
    switch (home.kind) {
      case 'local': case 'global': {
        const v = this.varRef(home, name, loc);
        const isHere = home.kind === 'local' || this.fn.scope.kind === 'module';
        const guarded = isHere
          ? this.mayBeUnbound(node) || (home.kind === 'global' && this.deletedGlobals() !== null && this.deletedByFunctions.has(name))
          : this.deletedGlobals().has(name) || !this.boundBeforeFunction(name);
        if (home.kind === 'global' && BUILTINS.has(name) && (guarded || !isHere)) {
          // A global that shadows a builtin: while it is unset, the name means the builtin,
          // which the module's own binding hides, so it is imported as `name$b` too.
          this.builtins.add(`${name}$b`);
          return js.cond(js.binary('===', this.varRef(home, name), js.undef()), js.id(`${name}$b`), v, loc);
        }
        if (!guarded) return v;
        const fail = home.kind === 'local' ? this.rt('unboundLocal', [js.lit(name)]) : this.rt('nameError', [js.lit(name)]);
        return js.cond(js.binary('===', this.varRef(home, name), js.undef()), fail, v, loc);
      }
      case 'free': {
        const v = js.id(js.jsName(name), loc);
        if (this.freeIsParam(name)) return v;
        return js.cond(js.binary('===', js.id(js.jsName(name)), js.undef()), this.rt('unboundFree', [js.lit(name)]), v, loc);
      }
      case 'builtin':
        if (this.moduleDunders.has(name)) return js.id(name, loc);
        // A constant to CPython's compiler: no program runs with -O here.
        if (name === '__debug__') return js.lit(true, loc);
        if (name === '__class__' && this.fn.classCell) return js.id(this.fn.classCell, loc);
        if (BUILTINS.has(name)) {
          this.checkEvaluationValue(node, name, loc);
          let builtin: es.Identifier;
          if (this.fn.scope.kind !== 'module' && this.globalHidden(name)) {
            this.builtins.add(`${name}$b`);
            builtin = js.id(`${name}$b`, loc);
          } else {
            this.builtins.add(name);
            builtin = js.id(js.jsName(name), loc);
          }
          if (!this.starMayShadow(name)) return builtin;
          return this.rtMapped('starOrBuiltin', [js.id('$modobj'), js.lit(name), builtin], loc);
        }
        // Bound nowhere, not a builtin: CPython raises NameError only if the line runs, so this is
        // a warning, unless an unresolved `import *` may bind anything.
        if (!this.tree.module.hasStarImport && !this.boundAnywhere().has(name) && !MODULE_ATTRIBUTES.has(name)) {
          // Some statements are lowered twice (a `finally` body on each exit path): warn once.
          const warning = `${this.opts.filename}:${loc.start.line}:${loc.start.column + 1}: warning: name '${name}' is never defined`;
          if (!this.warnings.includes(warning)) this.warnings.push(warning);
        }
        // globals()[name] = v or builtins.name = v may still bind it before the line runs.
        return this.rtMapped('globalByName', [js.id('$modobj'), js.lit(name), ...this.varnamesArg()], loc);
      case 'class': {
        const ns = js.id('$ns');
        const has = js.call(js.member(ns, 'has'), [js.lit(name)]);
        const get = js.call(js.member(ns, 'get'), [js.lit(name)], loc);
        return js.cond(has, get, this.loadFrom(home.fallback, name, loc), loc);
      }
      case 'dynamic':
        return this.dynamicName('load', name, null, loc);
    }
  }

  /**
   * The local variable names of the current function (co_varnames: parameters first), space-separated,
   * for the "Did you mean" of an uncaught NameError; none at module or class level.
   */
  private varnamesArg(): es.Expression[] {
    const scope = this.fn.scope;
    if (scope.kind === 'module' || scope.kind === 'class') return [];
    const names = [...scope.params];
    for (const n of scope.bound) if (scope.isLocal(n) && !names.includes(n)) names.push(n);
    return names.length ? [js.lit(names.join(' '))] : [];
  }

  /**
   * Every name bound in some scope of the module. A name bound nowhere can never be defined; one
   * bound in a class body may still be found there (or in a comprehension evaluated there), so the
   * never-defined warning looks at every scope, not only the enclosing ones.
   */
  private boundAnywhereNames: Set<string> | null = null;
  private boundAnywhere(): Set<string> {
    if (this.boundAnywhereNames) return this.boundAnywhereNames;
    const names = new Set<string>(this.tree.module.bound);
    for (const scope of this.tree.of.values()) for (const n of scope.bound) names.add(n);
    this.boundAnywhereNames = names;
    return names;
  }

  /** Module globals that some `del` unbinds: reading them from a function may fail. */
  /**
   * Whether module global `name` is bound whenever the current function can run: an unconditional
   * module-level statement binds it before the module-level statement that defines the function
   * (which must run before the function can be called), or it is the undecorated def that holds
   * the function (a recursive call), and nothing deletes it. Other reads are
   * checked, so a read before the assignment raises NameError rather than seeing undefined.
   */
  private boundBeforeFunction(name: string): boolean {
    const first = this.firstTopBindings().get(name);
    if (first === undefined) return false;
    let s: Scope = this.fn.scope;
    while (s.parent !== null && s.parent.kind !== 'module') s = s.parent;
    const node = s.node as ast.stmt | ast.expr | null;
    if (node === null) return false;
    const i = topStatementAt(this.mod.body, node.lineno);
    if (i < 0) return false;
    return first < i || (first === i && runsOnlyAfterBinding(this.mod.body[i]));
  }

  private topBindings: Map<string, number> | null = null;
  /** Module globals bound by an unconditional module-level statement: the index of the first one. */
  private firstTopBindings(): Map<string, number> {
    if (this.topBindings) return this.topBindings;
    const first = new Map<string, number>();
    const bind = (name: string, i: number) => {
      if (!first.has(name)) first.set(name, i);
    };
    const bindTarget = (t: ast.expr, i: number): void => {
      if (t.nodeType === 'Name') bind(t.id, i);
      else if (t.nodeType === 'Tuple' || t.nodeType === 'List') t.elts.forEach((e) => bindTarget(e.nodeType === 'Starred' ? e.value : e, i));
    };
    this.mod.body.forEach((st, i) => {
      switch (st.nodeType) {
        case 'Assign': st.targets.forEach((t) => bindTarget(t, i)); break;
        case 'AnnAssign': if (st.value) bindTarget(st.target, i); break;
        case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': bind(st.name, i); break;
        case 'Import': st.names.forEach((a) => bind(a.asname ?? a.name.split('.')[0], i)); break;
        case 'ImportFrom': st.names.forEach((a) => { if (a.name !== '*') bind(a.asname ?? a.name, i); }); break;
      }
    });
    this.topBindings = first;
    return first;
  }

  private deletedGlobalNames: Set<string> | null = null;
  /** Globals that a function (`global x; del x`) deletes: the module's own reads cannot assume them bound. */
  private readonly deletedByFunctions = new Set<string>();
  private deletedGlobals(): Set<string> {
    if (this.deletedGlobalNames) return this.deletedGlobalNames;
    const names = new Set<string>();
    // Indexed loops, and no list of bodies for a statement that has none: this walk over every
    // statement of the module runs once, mostly before the engine optimizes it.
    const visit = (body: ast.stmt[], scope: Scope): void => {
      for (let i = 0; i < body.length; i++) {
        const st = body[i];
        if (st.nodeType === 'Delete') {
          for (const t of st.targets) {
            if (t.nodeType !== 'Name' || !(scope.kind === 'module' || scope.globals.has(t.id))) continue;
            names.add(t.id);
            if (scope.kind !== 'module') this.deletedByFunctions.add(t.id);
          }
        } else if (st.nodeType === 'FunctionDef' || st.nodeType === 'AsyncFunctionDef' || st.nodeType === 'ClassDef') {
          visit(st.body, this.tree.of.get(st) ?? scope);
        } else if (hasBodies(st)) {
          const bodies = stmtBodies(st);
          for (let j = 0; j < bodies.length; j++) visit(bodies[j], scope);
        }
      }
    };
    visit(this.mod.body, this.tree.module);
    this.deletedGlobalNames = names;
    return names;
  }

  private storeName(name: string, value: es.Expression, loc: js.Loc): es.Expression {
    const home = this.home(name);
    if (home.kind === 'class') return js.call(js.member(js.id('$ns'), 'set'), [js.lit(name), value], loc);
    if (home.kind === 'dynamic') return this.dynamicName('store', name, value, loc);
    return js.assign(this.varRef(home, name), value, loc);
  }

  /** `del x`: unbinding an unbound name raises, as the read would. */
  private deleteName(name: string, loc: js.Loc): es.Expression {
    const home = this.home(name);
    const helper = home.kind === 'local' ? 'unboundLocal' : 'nameError';
    // Mapped: the failing `del` is its frame's current line.
    const fail = loc !== null ? this.rtMapped(helper, [js.lit(name)], loc) : this.rt(helper, [js.lit(name)]);
    if (home.kind === 'class') return js.logical('||', js.call(js.member(js.id('$ns'), 'delete'), [js.lit(name)]), fail, loc);
    if (home.kind === 'builtin') return fail;
    if (home.kind === 'dynamic') return this.dynamicName('delete', name, null, loc);
    return js.cond(js.binary('===', this.varRef(home, name), js.undef()), fail, js.assign(this.varRef(home, name), js.undef()), loc);
  }

  /** Unbinding the name of an except clause at its end: never raises. */
  private clearName(name: string): es.Expression {
    const home = this.home(name);
    if (home.kind === 'class') return js.call(js.member(js.id('$ns'), 'delete'), [js.lit(name)]);
    if (home.kind === 'dynamic') return this.dynamicName('clear', name, null, null);
    return js.assign(this.varRef(home, name), js.undef());
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private stmts(body: ast.stmt[]): es.Statement[] {
    const out: es.Statement[] = [];
    // Indexed: most of a compile runs before the engine optimizes this, and an unoptimized
    // for-of makes an iterator result per statement.
    for (let i = 0; i < body.length; i++) this.stmt(body[i], out);
    return out;
  }

  private stmt(s: ast.stmt, out: es.Statement[]): void {
    const loc = this.loc(s);
    if (this.fn.inTryBody > 0 && this.probedStmt(s, out)) return;
    switch (s.nodeType) {
      case 'Expr':
        if (this.opts.snippet === 'single' && this.fn.scope.kind === 'module') {
          out.push(js.exprStmt(this.ctxCall('display', [this.expr(s.value)], loc), loc));
          return;
        }
        out.push(js.exprStmt(this.expr(s.value), loc));
        return;
      case 'Assign': {
        if (s.targets.length === 1 && this.sliceCopy(s.targets[0], s.value, out, loc)) return;
        if (s.targets.length === 1 && this.displayToTargets(s.targets[0], s.value, out, loc)) return;
        if (s.targets.length === 1 && this.partitionToTargets(s.targets[0], s.value, out, loc)) return;
        if (s.targets.length === 1) {
          this.assignTo(s.targets[0], this.expr(s.value), out, loc);
          return;
        }
        const t = this.fn.temp();
        out.push(js.exprStmt(js.assign(js.id(t), this.expr(s.value)), loc));
        for (const target of s.targets) this.assignTo(target, js.id(t), out, loc);
        return;
      }
      case 'AugAssign': this.augAssign(s, out); return;
      case 'AnnAssign': this.annAssign(s, out, loc); return;
      case 'Return': {
        if (this.fn.scope.kind === 'module' || this.fn.scope.kind === 'class') this.error(s, "'return' outside function");
        out.push(js.ret(s.value ? this.expr(s.value) : js.lit(null), loc));
        return;
      }
      case 'Pass': return;
      case 'Break': {
        const loop = this.fn.loops.at(-1);
        if (!loop) this.error(s, "'break' outside loop");
        out.push(js.breakStmt(loop.label, loc));
        return;
      }
      case 'Continue': {
        if (!this.fn.loops.length) this.error(s, "'continue' not properly in loop");
        out.push(js.continueStmt(null, loc));
        return;
      }
      case 'If': {
        const test = this.test(s.test);
        const body = js.block(this.stmts(s.body));
        const orelse = s.orelse.length ? this.elseBlock(s.orelse) : null;
        out.push(js.ifStmt(test, body, orelse, loc));
        return;
      }
      case 'While': this.whileStmt(s, out); return;
      case 'For': this.forStmt(s, out); return;
      case 'FunctionDef': case 'AsyncFunctionDef': {
        const fn = this.functionDef(s);
        out.push(js.exprStmt(this.storeName(s.name, fn, loc), loc));
        return;
      }
      case 'ClassDef': {
        this.requireSnippetBuiltin('__build_class__', out, loc);
        const cls = this.classDef(s);
        out.push(js.exprStmt(this.storeName(s.name, cls, loc), loc));
        return;
      }
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t, out);
        return;
      case 'Raise': {
        if (this.fn.stopRaises?.has(s)) out.push(js.ifStmt(js.binary('===', js.id('$x'), this.h('STOP_ASK')), js.ret(this.h('ITERATION_STOPPED')), null, loc));
        if (!s.exc) {
          out.push(js.exprStmt(this.rtMapped('reraise', [], loc), loc));
          return;
        }
        // The exception is thrown here, from the frame of the `raise` (runtime/exceptions.ts, `raised`).
        // `raise ValueError(...)`: an exception no one else holds, whose raise may skip the stack.
        const made = s.exc.nodeType === 'Call' && s.exc.func.nodeType === 'Name' && BUILTIN_EXCEPTION.test(s.exc.func.id) &&
          this.home(s.exc.func.id).kind === 'builtin' && BUILTINS.has(s.exc.func.id);
        const plainCall = s.exc.nodeType === 'Call' && s.exc.func.nodeType === 'Name' && s.exc.keywords.length === 0 &&
          !s.exc.args.some((a) => a.nodeType === 'Starred') && (made || this.home(s.exc.func.id).kind !== 'builtin');
        if (plainCall && (!s.cause || (s.cause.nodeType === 'Constant' && s.cause.value === null))) {
          // `raise BadRecord(...)` [from None]: the runtime makes the call, or builds the instance
          // itself when that is all the call would do.
          const call = s.exc as ast.Call;
          const args = [this.callableOf(call.func), js.array(call.args.map((a) => this.expr(a)))];
          if (s.cause) args.push(js.lit(true));
          out.push(js.throwStmt(this.rt('raisedCall', args, loc), loc));
          return;
        }
        // `raise BadRecord(...) from e`: the runtime tells whether that class's construction can keep
        // the instance, so it is given the callee the call used.
        const callee = !made && plainCall ? js.id(this.fn.temp()) : null;
        const exc = callee === null ? this.expr(s.exc) : js.call(js.seq([js.assign(callee, this.callableOf((s.exc as ast.Call).func))]),
          (s.exc as ast.Call).args.map((a) => this.expr(a)), this.loc(s.exc));
        const args = [exc];
        if (s.cause) args.push(this.expr(s.cause));
        if (made || callee !== null) args.push(...(s.cause ? [] : [js.undef()]), callee ?? js.lit(true));
        out.push(js.throwStmt(this.rt('raised', args, loc), loc));
        return;
      }
      case 'Assert': {
        const args = s.msg ? [this.expr(s.msg)] : [];
        // A constant test (`assert False`) maps no position of its own: the call carries the line.
        out.push(js.ifStmt(js.unary('!', this.test(s.test)), js.exprStmt(this.rtMapped('assertFail', args, loc), loc), null, loc));
        return;
      }
      case 'Try': this.tryStmt(s, out); return;
      case 'With': this.withStmt(s, 0, out); return;
      case 'Import': this.importStmt(s, out); return;
      case 'ImportFrom': this.importFrom(s, out); return;
      case 'Global': case 'Nonlocal': return;
      case 'Match': this.matchStmt(s, out); return;
      case 'AsyncFor': this.asyncForStmt(s, out); return;
      case 'AsyncWith': this.asyncWithStmt(s, 0, out); return;
      case 'TryStar': lowerTryStar(this.tryStarCtx, s, out); return;
      // falls through
      default: assertNever(s);
    }
  }

  /**
   * `target: annotation [= value]` (compiler_annassign): the assignment first; then, in a module or
   * class body, a plain name's annotation goes into `__annotations__`, and another target's is
   * evaluated and dropped. Without a value, an attribute or subscript target's object (and
   * subscript) is still evaluated, in any scope.
   */
  private annAssign(s: ast.AnnAssign, out: es.Statement[], loc: js.Loc): void {
    if (s.value) this.assignTo(s.target, this.expr(s.value), out, loc);
    const kind = this.fn.scope.kind;
    const recorded = kind === 'module' || kind === 'class';
    const t = s.target;
    if (t.nodeType === 'Name' && s.simple) {
      if (!recorded) return;
      const annotations = kind === 'class'
        ? js.call(js.member(js.id('$ns'), 'get'), [js.lit('__annotations__')])
        : this.loadName({ ...t, id: '__annotations__' });
      out.push(js.exprStmt(this.rt('setitem', [annotations, js.lit(t.id), this.annotation(s.annotation)], loc), loc));
      return;
    }
    if (!s.value && t.nodeType === 'Attribute') out.push(js.exprStmt(this.expr(t.value), loc));
    if (!s.value && t.nodeType === 'Subscript') {
      out.push(js.exprStmt(this.expr(t.value), loc));
      out.push(js.exprStmt(t.slice.nodeType === 'Slice' ? js.array(this.sliceParts(t.slice)) : this.expr(t.slice), loc));
    }
    if (recorded && !this.futureAnnotations) out.push(js.exprStmt(this.expr(s.annotation), loc));
  }

  /** An annotation's value: evaluated, or under `from __future__ import annotations` its source text. */
  private annotation(e: ast.expr): es.Expression {
    return this.futureAnnotations ? js.lit(unparse(e)) : this.expr(e);
  }

  private elseBlock(orelse: ast.stmt[]): es.Statement {
    const stmts = this.stmts(orelse);
    if (orelse.length === 1 && orelse[0].nodeType === 'If' && stmts.length === 1) return stmts[0];
    return js.block(stmts);
  }

  private augAssign(s: ast.AugAssign, out: es.Statement[]): void {
    const loc = this.loc(s);
    const op = INPLACE[s.op];
    const t = s.target;
    if (t.nodeType === 'Name') {
      const cur = this.loadName(t);
      out.push(js.exprStmt(this.storeName(t.id, this.binop(s.op, op, cur, this.expr(s.value), loc), loc), loc));
    } else if (t.nodeType === 'Attribute') {
      const obj = this.simple(this.expr(t.value));
      const cur = this.attrLoad(obj, t.attr, this.loc(t));
      const v = js.id(this.fn.temp());
      out.push(js.exprStmt(this.flushPending(js.assign(v, this.binop(s.op, op, cur, this.expr(s.value), loc))), loc));
      out.push(this.attrStore(obj, t.attr, v, loc));
    } else if (t.slice.nodeType === 'Slice') {
      const obj = this.simple(this.expr(t.value));
      const key = this.simple(this.expr(t.slice));
      const cur = this.rt('getitem', [obj, key], this.loc(t));
      out.push(js.exprStmt(this.flushPending(this.rt('setitem', [obj, key, this.rt(op, [cur, this.expr(s.value)], loc)], loc)), loc));
    } else {
      const obj = this.simple(this.expr(t.value));
      const key = this.simple(this.expr(t.slice));
      this.emitPending(out, loc);
      const current = fast.getitem(this.fastCtx, obj, key, (x, y) => this.rt('getitem', [x, y], this.loc(t)), this.loc(t), true);
      const updated = this.binop(s.op, op, current, this.expr(s.value), loc);
      out.push(...fast.setitem(this.fastCtx, obj, key, updated, (o, k, v) => this.rt('setitem', [o, k, v], loc), loc));
    }
  }

  /** Evaluate `e` once: identifiers and literals are returned as they are; anything else is
   * stored into a temporary by a sequence expression the caller must emit first. */
  private pending: es.Expression[] = [];
  private simple(e: es.Expression): es.Expression {
    if (e.type === 'Identifier' || e.type === 'Literal') return e;
    const t = this.fn.temp();
    this.pending.push(js.assign(js.id(t), e));
    return js.id(t);
  }
  /** The pending assignments as statements of their own, before what follows them in `out`. */
  private emitPending(out: es.Statement[], loc: js.Loc): void {
    for (const p of this.pending) out.push(js.exprStmt(p, loc));
    this.pending = [];
  }

  private flushPending(e: es.Expression): es.Expression {
    if (!this.pending.length) return e;
    const all = [...this.pending, e];
    this.pending = [];
    return js.seq(all, e.loc ?? null);
  }

  // --- assignment targets

  /**
   * In a method of a class whose body sets `__slots__` (its instances may refuse a store on self):
   * the slot names when the body lists them literally, else an empty set; null elsewhere.
   */
  private enclosingClassSlots(): ReadonlySet<string> | undefined | null {
    const cls = this.fn.scope.parent;
    if (cls === null || cls.kind !== 'class' || cls.node?.nodeType !== 'ClassDef') return null;
    // A decorator (`@dataclass(slots=True)`), a metaclass or NamedTuple may make the class that
    // runs this method another one, with slots its body does not show: unknown.
    const node = cls.node;
    if (node.decorator_list.length || node.keywords.length ||
      node.bases.some((b) => !(b.nodeType === 'Name' || b.nodeType === 'Attribute') || (b.nodeType === 'Name' ? b.id : b.attr) === 'NamedTuple')) return undefined;
    for (const st of cls.node.body) {
      const value = st.nodeType === 'Assign' && st.targets.some((t) => t.nodeType === 'Name' && t.id === '__slots__') ? st.value
        : st.nodeType === 'AnnAssign' && st.target.nodeType === 'Name' && st.target.id === '__slots__' ? st.value ?? null
          : undefined;
      if (value === undefined) continue;
      if (value !== null && value.nodeType === 'Constant' && typeof value.value === 'string') return new Set([value.value]);
      const items = value !== null && (value.nodeType === 'Tuple' || value.nodeType === 'List') ? value.elts : [];
      const names = items.flatMap((e) => (e.nodeType === 'Constant' && typeof e.value === 'string' ? [e.value] : []));
      return new Set(names.length === items.length ? names : []);
    }
    return null;
  }

  /**
   * `obj.attr = value`, both already evaluated to an identifier or a literal. A store on the
   * function's first parameter (a method's `self`) is a plain property store; elsewhere the
   * object may be a builtin value without a __dict__ (a list, an int), which must raise
   * AttributeError, so those take setattr.
   */
  private attrStore(obj: es.Expression, attr: string, value: es.Expression, loc: js.Loc): es.Statement {
    const store = js.exprStmt(js.assign(js.member(obj, `$${attr}`), value, loc), loc);
    const fallback = js.exprStmt(this.rt('setattrFallback', [obj, js.lit(attr), value], loc), loc);
    if (TYPE_SLOTS.has(attr)) return fallback;
    if (obj.type === 'Identifier' && obj.name === this.fn.selfParam) {
      const slots = this.enclosingClassSlots();
      if (slots === null || (slots !== undefined && slots.has(attr))) return store;
    }
    const noDict: es.MemberExpression = { type: 'MemberExpression', object: obj, property: this.h('NO_DICT'), computed: true, optional: true, loc };
    return js.ifStmt(js.binary('===', noDict, js.lit(true)), fallback, store, loc);
  }

  private assignTo(target: ast.expr, value: es.Expression, out: es.Statement[], loc: js.Loc): void {
    switch (target.nodeType) {
      case 'Name':
        out.push(js.exprStmt(this.storeName(target.id, value, loc), loc));
        return;
      case 'Attribute': {
        // Python evaluates the value before the object.
        let v = value;
        if (v.type !== 'Identifier' && v.type !== 'Literal') {
          v = js.id(this.fn.temp());
          out.push(js.exprStmt(js.assign(v, value), loc));
        }
        const obj = this.simple(this.expr(target.value));
        this.emitPending(out, loc);
        out.push(this.attrStore(obj, target.attr, v, loc));
        return;
      }
      case 'Subscript': {
        const obj = this.expr(target.value);
        if (target.slice.nodeType === 'Slice') {
          // Python evaluates the value before the object and the slice.
          let v = value;
          if (v.type !== 'Identifier' && v.type !== 'Literal') {
            v = js.id(this.fn.temp());
            out.push(js.exprStmt(js.assign(v, value), loc));
          }
          out.push(js.exprStmt(this.rt('setslice', [obj, ...this.sliceParts(target.slice), v], loc), loc));
          return;
        }
        const key = this.subscriptKey(target.slice);
        out.push(...fast.setitem(this.fastCtx, obj, key, value, (o, k, v) => this.rt('setitem', [o, k, v], loc), loc));
        return;
      }
      case 'Tuple':
      case 'List': {
        const elts = target.elts;
        const starAt = elts.findIndex((e) => e.nodeType === 'Starred');
        const t = this.fn.temp();
        const namesOnly = elts.every((e) => e.nodeType === 'Name');
        const unpacked = starAt < 0
          ? fast.unpack(this.fastCtx, value, elts.length, namesOnly, (v) => this.rt('unpack', [v, js.lit(elts.length)], loc), loc)
          : this.rt('unpackEx', [value, js.lit(starAt), js.lit(elts.length - starAt - 1)], loc);
        out.push(js.exprStmt(js.assign(js.id(t), unpacked), loc));
        elts.forEach((e, i) => {
          const item = js.index(js.id(t), js.lit(i));
          this.assignTo(e.nodeType === 'Starred' ? e.value : e, item, out, loc);
        });
        return;
      }
      case 'Starred':
        this.error(target, 'starred assignment target must be in a list or tuple');
      // falls through
      default:
        this.error(target, `cannot assign to ${describeExpr(target)}`);
    }
  }

  /**
   * `a, b = x, y`: a display assigned to as many targets, none starred. CPython evaluates every
   * item, then stores them left to right; so do temporaries here, without the tuple that would
   * be built only to be taken apart (and `a, b = b, a` still swaps).
   */
  private displayToTargets(target: ast.expr, value: ast.expr, out: es.Statement[], loc: js.Loc): boolean {
    if (target.nodeType !== 'Tuple' && target.nodeType !== 'List') return false;
    if (value.nodeType !== 'Tuple' && value.nodeType !== 'List') return false;
    if (target.elts.length !== value.elts.length || target.elts.length === 0) return false;
    if (target.elts.some((e) => e.nodeType === 'Starred') || value.elts.some((e) => e.nodeType === 'Starred')) return false;
    const items = value.elts.map((e) => {
      const v = this.expr(e);
      if (v.type === 'Literal') return v;
      const t = js.id(this.fn.temp());
      out.push(js.exprStmt(js.assign(t, v), loc));
      return t;
    });
    target.elts.forEach((e, i) => this.assignTo(e, items[i]!, out, loc));
    return true;
  }

  /**
   * `a, b, c = s.partition(sep)` (or `rpartition`) with `s` a local and `sep` a str literal or a
   * local: when `s` (and `sep`) are exact str, the three names are cut from `s` directly, without
   * the tuple built only to be taken apart. Anything else calls the method as written; an
   * attribute lookup on a str cannot fail or run code, so testing the types first changes no
   * order of evaluation.
   */
  private partitionToTargets(target: ast.expr, value: ast.expr, out: es.Statement[], loc: js.Loc): boolean {
    if (target.nodeType !== 'Tuple' && target.nodeType !== 'List') return false;
    if (target.elts.length !== 3 || !target.elts.every((e) => e.nodeType === 'Name')) return false;
    if (value.nodeType !== 'Call' || value.func.nodeType !== 'Attribute' || value.keywords.length !== 0) return false;
    const method = value.func.attr;
    if ((method !== 'partition' && method !== 'rpartition') || value.args.length !== 1) return false;
    const arg = value.args[0]!;
    const literalSep = arg.nodeType === 'Constant' && typeof arg.value === 'string' && arg.value !== '';
    if (!literalSep && arg.nodeType !== 'Name') return false;
    if (value.func.value.nodeType !== 'Name' || this.pending.length !== 0) return false;
    const obj = this.expr(value.func.value);
    const sep = this.expr(arg);
    if (obj.type !== 'Identifier' || (sep.type !== 'Identifier' && sep.type !== 'Literal') || this.pending.length !== 0) return false;
    const isStr = (e: es.Expression): es.Expression => js.binary('===', js.unary('typeof', e), js.lit('string'));
    const guard = literalSep ? isStr(obj) : js.logical('&&', isStr(obj), isStr(sep));
    const at = js.id(this.fn.temp());
    const missing = js.binary('<', at, js.lit(0));
    const head = js.call(js.member(obj, 'slice'), [js.lit(0), at]);
    const sepLength = literalSep ? js.lit(((arg as ast.Constant).value as string).length) : js.member(sep, 'length');
    const tail = js.call(js.member(obj, 'slice'), [js.binary('+', at, sepLength)]);
    const parts = method === 'partition'
      ? [js.cond(missing, obj, head), js.cond(missing, js.lit(''), sep), js.cond(missing, js.lit(''), tail)]
      : [js.cond(missing, js.lit(''), head), js.cond(missing, js.lit(''), sep), js.cond(missing, obj, tail)];
    const fast: es.Statement[] = [js.exprStmt(js.assign(at, this.rt(method === 'partition' ? 'partitionAt' : 'rpartitionAt', [obj, sep], loc)), loc)];
    // All three parts are cut before the first store: a target may be the receiver or the separator.
    const cut = parts.map((part) => {
      const t = js.id(this.fn.temp());
      fast.push(js.exprStmt(js.assign(t, part), loc));
      return t;
    });
    target.elts.forEach((e, i) => this.assignTo(e, cut[i]!, fast, loc));
    const callee = this.methodRef(obj, method, this.loc(value.func));
    const general: es.Statement[] = [];
    this.assignTo(target, js.call(js.member(callee, 'call'), [obj, sep], this.loc(value)), general, loc);
    out.push(js.ifStmt(guard, js.block(fast), js.block(general), loc));
    return true;
  }

  private deleteTarget(t: ast.expr, out: es.Statement[]): void {
    const loc = this.loc(t);
    switch (t.nodeType) {
      case 'Name': out.push(js.exprStmt(this.deleteName(t.id, loc), loc)); return;
      case 'Attribute': out.push(js.exprStmt(this.rt('delattr', [this.expr(t.value), js.lit(t.attr)], loc), loc)); return;
      case 'Subscript': out.push(js.exprStmt(this.rt('delitem', [this.expr(t.value), this.subscriptKey(t.slice)], loc), loc)); return;
      case 'Tuple': case 'List': for (const e of t.elts) this.deleteTarget(e, out); return;
      default: this.error(t, `cannot delete ${describeExpr(t)}`);
    }
  }

  // --- loops

  private loopBody(label: string | null, body: ast.stmt[]): es.Statement[] {
    this.fn.loops.push({ label });
    try { return this.stmts(body); } finally { this.fn.loops.pop(); }
  }

  private whileStmt(s: ast.While, out: es.Statement[]): void {
    const loc = this.loc(s);
    const label = s.orelse.length ? `$L${++this.labelCount}` : null;
    const loop: es.WhileStatement = { type: 'WhileStatement', test: this.test(s.test), body: js.block(this.loopBody(label, s.body)), loc };
    out.push(this.withElse(loop, label, s.orelse));
  }

  private withElse(loop: es.Statement, label: string | null, orelse: ast.stmt[]): es.Statement {
    if (!label) return loop;
    return js.labeled(label, js.block([loop, ...this.stmts(orelse)]));
  }

  private forStmt(s: ast.For, out: es.Statement[]): void {
    const loc = this.loc(s);
    const label = s.orelse.length ? `$L${++this.labelCount}` : null;
    const enumerated = this.enumerateLoop(s, label);
    if (enumerated) {
      out.push(this.withElse(enumerated, label, s.orelse));
      return;
    }
    const range = this.rangeCall(s.iter);
    const item = this.fn.temp('$i');
    const counting = range !== null && countingStep(range[2]);
    // From a start that is not a small literal, the counter may be a bigint (see below): the loop
    // variable gets a number again wherever the value is safe.
    const exact = counting && !isSmallIntLiteral(range![0]);
    const itemValue = exact
      ? js.cond(js.binary('===', js.unary('typeof', js.id(item)), js.lit('number')), js.id(item), this.rt('rangeItem', [js.id(item)]))
      : js.id(item);
    const bodyStmts: es.Statement[] = [];
    this.assignTo(s.target, itemValue, bodyStmts, this.loc(s.target));
    // Inside the body the loop variables are always bound (unless the body deletes them).
    bodyStmts.push(...this.loopBody(label, s.body));
    let loop: es.Statement;
    if (counting) {
      // `for i in range(...)` over the builtin range: a counting loop, no iterator.
      const [start, stop, step] = range!;
      const end = this.fn.temp('$n');
      const stepVal = step ?? js.lit(1);
      const parts: es.Expression[] = [
        js.assign(js.id(item), this.rangeBoundOf(start ?? js.lit(0))),
        js.assign(js.id(end), this.rangeBoundOf(stop)),
      ];
      let update: es.Expression = js.assign(js.id(item), stepVal, null, '+=');
      if (exact) {
        // A bound past 2**53 is a bigint: the counter is then a bigint too and counts exactly.
        // From a small literal start a number counter would need 2**53 steps to lose precision.
        const delta = this.fn.temp('$d');
        parts.push(
          js.assign(js.id(item), this.rt('rangeStart', [js.id(item), js.id(end)])),
          js.assign(js.id(delta), js.cond(js.binary('===', js.unary('typeof', js.id(item)), js.lit('number')), stepVal, bigintOf(stepVal))),
        );
        update = js.assign(js.id(item), js.id(delta), null, '+=');
      }
      loop = {
        type: 'ForStatement', init: js.seq(parts), loc,
        test: js.binary(stepIsNegative(step) ? '>' : '<', js.id(item), js.id(end)),
        update,
        body: js.block(bodyStmts),
      };
      out.push(this.withElse(loop, label, s.orelse));
      return;
    }
    const split = this.splitLoopIter(s.iter);
    if (!split && this.loopIter(s.iter) === 'iter') {
      out.push(this.withElse(this.indexedLoop(s, item, bodyStmts, loc), label, s.orelse));
      return;
    }
    const right = split ?? this.rt(this.loopIter(s.iter), [this.expr(s.iter)], this.loc(s.iter));
    loop = {
      type: 'ForOfStatement', await: false, loc,
      left: { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: js.id(`${item}v`), init: null }] },
      right,
      body: js.block([js.exprStmt(js.assign(js.id(item), js.id(`${item}v`))), ...bodyStmts]),
    };
    out.push(this.withElse(loop, label, s.orelse));
  }

  /**
   * `for x in xs:` over what may be a list: an exact list or tuple is walked by index (reading its
   * length at every step, as CPython's list iterator does, so items appended by the body are
   * seen), a range of JS numbers by counting (no iterator), anything else through its JS
   * iterator, called by hand. Unlike a `for...of`, the loop is not a try context, where V8 would
   * not inline the construction of a tuple (an Array subclass) in the body. A `for...of` would
   * also close the iterator when the loop is left early, which only a generator owned by the loop
   * needs (`iterOwned`, not this loop).
   */
  private indexedLoop(s: ast.For, item: string, bodyStmts: es.Statement[], loc: js.Loc,
    source: ast.expr = s.iter, counter: { id: es.Identifier; start: es.Expression } | null = null): es.ForStatement {
    const src = js.id(this.fn.temp('$s'));
    const k = js.id(this.fn.temp('$ix'));
    const it = js.id(this.fn.temp('$it'));
    const step = js.id(this.fn.temp('$r'));
    const exact = js.logical('||',
      js.binary('===', js.member(src, 'constructor'), js.id('Array')),
      js.binary('===', js.member(src, 'constructor'), this.h('PyTuple')));
    // A range of JS numbers (never subclassed: its constructor tells it exactly) is counted
    // through by index, `it` false; it needs no iter() call.
    const smallRange = js.logical('&&',
      js.binary('===', js.optMember(src, 'constructor'), this.h('PyRange')),
      js.binary('===', js.member(src, 'blen'), js.lit(null)));
    const init = js.seq([
      js.assign(src, this.expr(source)),
      js.assign(k, js.lit(0)),
      js.assign(it, js.cond(smallRange, js.lit(false), js.seq([
        js.assign(src, this.rt('iter', [src], this.loc(source))),
        js.cond(exact, js.lit(null), js.call(js.index(src, js.member(js.id('Symbol'), 'iterator')), [])),
      ]))),
      ...(counter ? [js.assign(counter.id, counter.start)] : []),
    ]);
    const isIndexed = js.binary('===', it, js.lit(null));
    const isRange = js.binary('===', it, js.lit(false));
    const test = js.cond(js.logical('||', isIndexed, isRange),
      js.binary('<', k, js.member(src, 'length')),
      js.unary('!', js.member(js.assign(step, js.call(js.member(it, 'next'), [])), 'done')));
    const postInc = (): es.Expression => ({ type: 'UpdateExpression', operator: '++', prefix: false, argument: k, loc: null });
    const rangeItem = js.binary('+', js.member(src, 'start'), js.binary('*', postInc(), js.member(src, 'step')));
    const next = js.cond(isIndexed, js.index(src, postInc()),
      js.cond(isRange, rangeItem, js.member(step, 'value')));
    const update: es.Expression | null = counter ? { type: 'UpdateExpression', operator: '++', prefix: false, argument: counter.id, loc: null } : null;
    return { type: 'ForStatement', init, test, update, loc, body: js.block([js.exprStmt(js.assign(js.id(item), next)), ...bodyStmts]) };
  }

  /**
   * `for i, x in enumerate(xs):` (the builtin enumerate, one argument, or a start that is a small
   * int literal) walks `xs` as `for x in xs:` does with a counter beside it, without the
   * enumerate object and a tuple per step. `xs` is made an iterator first, as enumerate does, and
   * the targets are assigned in order, the count first. Over a call or a generator expression the
   * loop would own the iterator, which CPython closes when the loop is left early: that keeps the
   * enumerate object.
   */
  private enumerateLoop(s: ast.For, label: string | null): es.ForStatement | null {
    const e = s.iter;
    if (e.nodeType !== 'Call' || e.func.nodeType !== 'Name' || e.func.id !== 'enumerate' || e.keywords.length) return null;
    if (e.args.length < 1 || e.args.length > 2 || e.args.some((a) => a.nodeType === 'Starred')) return null;
    if (this.home('enumerate').kind !== 'builtin' || this.loopIter(e.args[0]) !== 'iter' || e.args[0].nodeType === 'Call') return null;
    const start = e.args[1];
    if (start && !(start.nodeType === 'Constant' && typeof start.value === 'bigint' && start.value >= 0n && start.value < 1n << 31n)) return null;
    const target = s.target;
    if ((target.nodeType !== 'Tuple' && target.nodeType !== 'List') || target.elts.length !== 2 ||
      target.elts.some((t) => t.nodeType === 'Starred')) return null;
    const loc = this.loc(s);
    const item = this.fn.temp('$i');
    const count = js.id(this.fn.temp('$c'));
    const bodyStmts: es.Statement[] = [];
    const targetLoc = this.loc(target);
    this.assignTo(target.elts[0], count, bodyStmts, targetLoc);
    this.assignTo(target.elts[1], js.id(item), bodyStmts, targetLoc);
    bodyStmts.push(...this.loopBody(label, s.body));
    return this.indexedLoop(s, item, bodyStmts, loc, e.args[0], { id: count, start: js.lit(start ? Number(start.value) : 0) });
  }

  /**
   * The helper a loop gets its iterator from. A loop over a call or a generator expression holds
   * the only reference to a fresh generator, which CPython closes as soon as the loop is left
   * early (its `finally` runs there); `iter(g)` hands back a generator someone else holds.
   */
  private loopIter(e: ast.expr): 'iter' | 'iterOwned' {
    if (e.nodeType === 'GeneratorExp') return 'iterOwned';
    if (e.nodeType !== 'Call' || (e.func.nodeType === 'Name' && e.func.id === 'iter')) return 'iter';
    return 'iterOwned';
  }

  /**
   * `for w in x.split():` walks the words of a str one at a time (`splitWords`) rather than
   * building the list; any other `x` has its `split` called as written.
   */
  private splitLoopIter(e: ast.expr): es.Expression | null {
    if (e.nodeType !== 'Call' || e.func.nodeType !== 'Attribute' || e.func.attr !== 'split') return null;
    if (e.args.length || e.keywords.length || isZeroArgSuper(e.func.value)) return null;
    const loc = this.loc(e);
    const objExpr = this.expr(e.func.value);
    const obj = objExpr.type === 'Identifier' ? objExpr : js.id(this.fn.temp());
    const method = js.logical('??', js.member(obj, '$split'), this.rt('noattr', [obj, js.lit('split')]), this.loc(e.func));
    const words = js.cond(
      js.binary('===', js.unary('typeof', obj), js.lit('string')),
      this.rt('splitWords', [obj], loc),
      this.rt('iter', [js.call(js.member(method, 'call'), [obj], loc)], loc),
      loc,
    );
    return objExpr === obj ? words : js.seq([js.assign(obj as es.Identifier, objExpr), words], loc);
  }

  /**
   * `(a * b + c) % m` and `(a * b) % m` with int literals c and 0 < m <= 2**32 as one helper,
   * which keeps the product of two ints out of BigInt. c and m being literals, nothing can tell
   * that they are ready before the operators run.
   */
  private mulAddMod(e: ast.BinOp, loc: js.Loc): es.Expression | null {
    const m = intLiteral(e.right);
    if (m === null || m <= 0n || m > 4294967296n) return null;
    let product = e.left;
    let c: bigint | null = null;
    if (product.nodeType === 'BinOp' && product.op === 'Add') {
      c = intLiteral(product.right);
      if (c === null || c > 9007199254740991n || c < -9007199254740991n) return null;
      product = product.left;
    }
    if (product.nodeType !== 'BinOp' || product.op !== 'Mult') return null;
    const args = [this.expr(product.left), this.expr(product.right), js.lit(c === null ? null : Number(c)), js.lit(Number(m))];
    return this.rt('mulAddMod', args, loc);
  }

  /** A `range` bound checked as an int at run time; an int literal (`range(0, n)`) is one already. */
  private rangeBoundOf(bound: es.Expression): es.Expression {
    return isSafeIntLiteral(bound) ? bound : this.rt('rangeBound', [bound]);
  }

  /** `range(a)`, `range(a, b)`, `range(a, b, c)` with the builtin `range` and no star-args. */
  private rangeCall(e: ast.expr): [es.Expression | null, es.Expression, es.Expression | null] | null {
    if (e.nodeType !== 'Call' || e.func.nodeType !== 'Name' || e.func.id !== 'range') return null;
    if (e.keywords.length || e.args.some((a) => a.nodeType === 'Starred') || e.args.length < 1 || e.args.length > 3) return null;
    if (this.home('range').kind !== 'builtin') return null;
    const args = e.args.map((a) => this.expr(a));
    if (args.length === 1) return [null, args[0], null];
    if (args.length === 2) return [args[0], args[1], null];
    const step = args[2];
    const isConst = step.type === 'Literal' || (step.type === 'UnaryExpression' && step.argument.type === 'Literal');
    if (!isConst) return null;
    return [args[0], args[1], step];
  }

  // --- try / with

  /**
   * A JS try statement whose body runs with `catcher` on the catching stack (runtime/exceptions.ts;
   * null: catches everything and may look at it):
   *   $d = $enterTry(c); try { body; $exitTry($d); } catch (x) { $exitTry($d); ... } finally { $exitTry($d); ... }
   * The exit at the end of the body serves a statement without `finally`, whose body cannot jump
   * out (`jumpy`); one with `finally` exits there. No `finally` is added otherwise: on V8 each
   * handler an exception passes through costs another unwinding. A generator's frame is resumed
   * at varying depths, so it pops its entry in a `finally` of its own instead.
   */
  private catchingTry(catcher: es.Expression | null, body: es.Statement[], jumpy: boolean, handler: es.CatchClause,
    finalizer: es.Statement[] | null, loc: js.Loc, depth?: string): es.Statement[] {
    const enter = this.rt('enterTry', catcher === null ? [] : [catcher]);
    if (runsOnFrame(this.fn.scope)) {
      const guarded: es.Statement[] = [
        js.exprStmt(enter),
        { type: 'TryStatement', block: js.block(body), handler: null, finalizer: js.block([js.exprStmt(this.rt('exitTry', []))]) },
      ];
      return [{ type: 'TryStatement', loc, block: js.block(guarded), handler, finalizer: finalizer && js.block(finalizer) }];
    }
    const d = depth ?? this.fn.temp('$d');
    const exit = (): es.Statement => js.exprStmt(this.rt('exitTry', [js.id(d)]));
    const fin = finalizer !== null ? [exit(), ...finalizer] : jumpy ? [exit()] : null;
    return [
      js.exprStmt(js.assign(js.id(d), enter)),
      {
        type: 'TryStatement', loc, block: js.block(finalizer === null && !jumpy ? [...body, exit()] : body),
        handler: { ...handler, body: js.block([exit(), ...handler.body.body]) },
        finalizer: fin && js.block(fin),
      },
    ];
  }

  /**
   * The builtin exception classes an `except` clause names (null: a bare `except:`), or
   * 'unknown' when its expression is anything else.
   */
  /**
   * A `try` site's catcher: built once, before the module runs, when its handlers name builtin
   * classes only; otherwise kept in a hoisted cell once the classes it names exist:
   *   $k.c ?? $lateCatcher($k, [[[BadRecord], true]])
   */
  private siteCatcher(clauses: es.Expression[], late: boolean): es.Expression {
    if (!late) return this.hoist(this.rt('catcher', [js.array(clauses)]));
    const cell = this.hoist(js.object([js.property('c', js.lit(null))]));
    return js.logical('??', js.member(cell, 'c'), this.rt('lateCatcher', [cell, js.array(clauses)]));
  }

  private handlerClasses(type: ast.expr | null): es.Expression[] | null | 'unknown' {
    if (type === null) return null;
    const names = type.nodeType === 'Tuple' ? type.elts : [type];
    // A builtin that a `from m import *` may have replaced is read through the module at run time,
    // which a catcher hoisted to the top of the module cannot do yet.
    const fixedBuiltin = (id: string) => this.isBuiltinName(id) && !this.starMayShadow(id);
    if (!names.every((n) => n.nodeType === 'Name' && (fixedBuiltin(n.id) || this.isModuleClass(n.id)))) return 'unknown';
    // A module class is read as it is, unbound (undefined) before its statement runs: the handler's
    // own test reads it, with its NameError, only when something is caught.
    return names.map((n) => (this.isBuiltinName((n as ast.Name).id) ? this.loadName(n as ast.Name) : js.id(js.jsName((n as ast.Name).id))));
  }

  /**
   * Whether handler `hnd`, binding a name, can be quiet for an exception whose str() is plain: the
   * name a plain local of this function, used only as `str(name)` with the builtin `str` (and
   * `len`), the body never jumping out past its end, where the name is unbound.
   */
  private takesOnlyStr(hnd: ast.ExceptHandler): boolean {
    const name = hnd.name!;
    return this.fn.scope.kind === 'function' && this.home(name).kind === 'local' && this.isBuiltinName('str') &&
      this.isBuiltinName('len') && !jumpsOut(hnd.body) && usesOnlyStrOf(hnd.body, name);
  }

  /**
   * For handler `hnd` binding a name used only in plain attribute loads, the scope of its checks
   * at the raise (handlers.ts, "Handlers that read attributes"); null when it has none.
   */
  private attrCheckScope(hnd: ast.ExceptHandler): AttrCheckScope | null {
    const name = hnd.name!;
    if (this.fn.scope.kind !== 'function' || runsOnFrame(this.fn.scope) || this.home(name).kind !== 'local' || !usesOnlyAttrsOf(hnd.body, name)) return null;
    return {
      excName: name,
      exc: js.id('$raised'),
      steadyLocal: (n) => (n !== name && this.home(n).kind === 'local' && !mayRebind(hnd.body, n) ? js.id(js.jsName(n)) : null),
      helper: (h) => this.h(h),
    };
  }

  private isBuiltinName(name: string): boolean {
    return this.home(name).kind === 'builtin' && BUILTINS.has(name);
  }

  /**
   * A module global that only its one top-level `class` statement, or its one top-level
   * `from m import name`, binds (handlers.ts, "Late catchers").
   */
  private isModuleClass(name: string): boolean {
    return this.home(name).kind === 'global' && !this.globalHidden(name) &&
      ((this.isDefinedCallable(name) && isOnlyTopLevelClass(this.mod.body, name)) || isOnlyTopLevelImport(this.mod.body, name));
  }

  /**
   * A plain local of this function that the `try` body cannot rebind (nor a closure, through
   * `nonlocal`): when the handler starts, it holds what it held at the `try`'s entry.
   */
  private stableLocal(e: ast.expr, tryBody: ast.stmt[], handlerBody: ast.stmt[]): es.Identifier | null {
    if (e.nodeType !== 'Name' || this.fn.scope.kind === 'module' || this.home(e.id).kind !== 'local') return null;
    // The store of a last `n = ...` or `n += ...` comes after anything in the body that can raise.
    const last = tryBody[tryBody.length - 1];
    const storesLast = (last?.nodeType === 'Assign' && last.targets.length === 1 && last.targets[0].nodeType === 'Name' && last.targets[0].id === e.id) ||
      (last?.nodeType === 'AugAssign' && last.target.nodeType === 'Name' && last.target.id === e.id);
    const body = storesLast ? [...tryBody.slice(0, -1), (last as ast.Assign | ast.AugAssign).value] : tryBody;
    if (mayRebind(body, e.id) || mayRebind(handlerBody, e.id)) return null;
    const rebound = (sc: Scope): boolean => sc.children.some((c) => c.nonlocals.has(e.id) || rebound(c));
    return rebound(this.fn.scope) ? null : js.id(js.jsName(e.id));
  }

  /**
   * The condition at a `try`'s entry under which handler statement `st` can neither raise nor
   * run Python code (compiler/handlers.ts, "Guarded handlers"), or null.
   */
  private handlerGuard(st: ast.stmt, tryBody: ast.stmt[], handlerBody: ast.stmt[], strOf: string | null): es.Expression | null {
    const inert = (e: ast.expr): boolean => isInertBody([js.exprStmt(this.expr(e))], strOf);
    if (st.nodeType === 'AugAssign' && (st.op === 'Add' || st.op === 'Sub') && st.target.nodeType === 'Subscript' &&
        st.target.value.nodeType === 'Name' && st.target.slice.nodeType === 'Constant' && typeof st.target.slice.value === 'bigint' &&
        st.target.slice.value >= 0n && st.target.slice.value < 2n ** 31n) {
      // xs[k] += n with n an int (a literal, or len(str(e))): on a plain list that only this
      // function can reach, holding a number at k, which the `try` body does not mention.
      const v = st.value;
      const intValue = (v.nodeType === 'Constant' && typeof v.value === 'bigint' && v.value >= -(2n ** 31n) && v.value < 2n ** 31n) ||
        isLenOfStr(this.expr(v), strOf);
      const name = st.target.value.id;
      const fnNode = this.fn.scope.node;
      if (!intValue || fnNode === null || fnNode.nodeType !== 'FunctionDef' || mentions(tryBody, name) || !listNeverEscapes(fnNode.body, name)) return null;
      const xs = this.stableLocal(st.target.value, tryBody, handlerBody);
      if (xs === null) return null;
      const k = js.lit(Number(st.target.slice.value));
      return ([
        js.binary('===', js.optMember(xs, 'constructor'), js.id('Array')),
        js.binary('>', js.member(xs, 'length'), k),
        js.binary('===', js.unary('typeof', js.index(xs, k)), js.lit('number')),
      ] as es.Expression[]).reduce((a, b) => js.logical('&&', a, b));
    }
    if (st.nodeType === 'AugAssign' && (st.op === 'Add' || st.op === 'Sub') && st.target.nodeType === 'Name') {
      // n += 1: int and float arithmetic cannot fail; other statements must leave n alone.
      const c = st.value.nodeType === 'Constant' ? st.value.value : null;
      const target = st.target;
      const others = handlerBody.filter((o) => o !== st && !(o.nodeType === 'AugAssign' && o.target.nodeType === 'Name' && o.target.id === target.id));
      const n = typeof c === 'bigint' && c >= -(2n ** 31n) && c < 2n ** 31n ? this.stableLocal(target, tryBody, others) : null;
      return n === null ? null : js.binary('===', js.unary('typeof', n), js.lit('number'));
    }
    if (st.nodeType === 'Assign' && st.targets.length === 1 && st.targets[0].nodeType === 'Subscript' && inert(st.value)) {
      // d[k] = v on a plain dict with a str or number key.
      const target = st.targets[0];
      const d = this.stableLocal(target.value, tryBody, handlerBody);
      if (d === null) return null;
      const isDict = js.binary('===', js.optMember(d, 'constructor'), this.h('PyDict'));
      const key = target.slice;
      if (key.nodeType === 'Constant' && (typeof key.value === 'string' || typeof key.value === 'bigint')) return isDict;
      const k = this.stableLocal(key, tryBody, handlerBody);
      if (k === null) return null;
      const typeOfKey = (t: string): es.Expression => js.binary('===', js.unary('typeof', k), js.lit(t));
      return js.logical('&&', isDict, js.logical('||', typeOfKey('string'), typeOfKey('number')));
    }
    if (st.nodeType === 'Expr' && st.value.nodeType === 'Call' && st.value.func.nodeType === 'Attribute' && st.value.func.attr === 'append' &&
        st.value.args.length === 1 && st.value.keywords.length === 0 && st.value.args[0].nodeType !== 'Starred' && inert(st.value.args[0])) {
      // xs.append(v) on a plain list.
      const xs = this.stableLocal(st.value.func.value, tryBody, handlerBody);
      return xs === null ? null : js.binary('===', js.optMember(xs, 'constructor'), js.id('Array'));
    }
    return null;
  }

  /**
   * Inside a `try` body, a statement that is only an operation of the EAFP idioms, `int(x)`,
   * `float(x)`, `o[k]` or `o.index(x)` (assigned to a name, returned, or alone), calls its probe
   * (runtime/probes.ts): a failure jumps to the `try`'s handlers (tryStmt), or is thrown from this
   * frame where a `with` or a `finally` must see it leave, instead of deep in the runtime.
   *   $r = $intProbe(x); if ($r === $PROBE_FAILED) { $e = $probeError(); $exitTry($d); break $P; } n = $r;
   */
  private probedStmt(s: ast.stmt, out: es.Statement[]): boolean {
    const named = s.nodeType === 'Assign' && s.targets.length === 1 && s.targets[0].nodeType === 'Name';
    const inFunction = this.fn.scope.kind !== 'module' && this.fn.scope.kind !== 'class';
    const value = named || s.nodeType === 'Expr' || (s.nodeType === 'Return' && inFunction) ? s.value : null;
    if (!value) return false;
    const probe = this.probe(value);
    if (probe === null) return false;
    const loc = this.loc(s);
    const error = this.rtMapped('probeError', [], this.loc(value));
    const target = this.fn.catchTargets.at(-1) ?? null;
    if (target !== null) target.used = true;
    // Straight to the handlers when nothing between here and the `try` must see the exception
    // unwind; otherwise (and for their own throws) JS's unwinding, from this frame.
    const fail = target === null ? js.throwStmt(error) : js.block([
      js.exprStmt(js.assign(js.id(target.exc), error)),
      js.exprStmt(this.rt('exitTry', [js.id(target.depth)])),
      js.breakStmt(target.label),
    ]);
    if (s.nodeType === 'Expr') {
      out.push(js.ifStmt(js.binary('===', probe, this.h('PROBE_FAILED')), fail, null, loc));
      return true;
    }
    const r = js.id(this.fn.temp());
    out.push(js.exprStmt(js.assign(r, probe), loc));
    out.push(js.ifStmt(js.binary('===', r, this.h('PROBE_FAILED')), fail));
    if (s.nodeType === 'Return') out.push(js.ret(r, loc));
    else this.assignTo((s as ast.Assign).targets[0], r, out, loc);
    return true;
  }

  /** The probe call for `e`, if it is an operation that has one. */
  private probe(e: ast.expr): es.Expression | null {
    const loc = this.loc(e);
    if (e.nodeType === 'Subscript' && e.slice.nodeType !== 'Slice') {
      return fast.getitem(this.fastCtx, this.expr(e.value), this.subscriptKey(e.slice), (o, k) => this.rt('getitemProbe', [o, k], loc), loc);
    }
    if (e.nodeType !== 'Call' || e.keywords.length !== 0 || e.args.length !== 1 || e.args[0].nodeType === 'Starred') return null;
    const f = e.func;
    const arg = e.args[0];
    if (f.nodeType === 'Name' && (f.id === 'int' || f.id === 'float') && this.home(f.id).kind === 'builtin' && BUILTINS.has(f.id)) {
      return this.rt(f.id === 'int' ? 'intProbe' : 'floatProbe', [this.expr(arg)], loc);
    }
    if (f.nodeType === 'Attribute' && f.attr === 'index' && !isZeroArgSuper(f.value) && (arg.nodeType === 'Constant' || arg.nodeType === 'Name')) {
      // `index` is looked up before the argument is evaluated: the probe evaluates it first, so it
      // must be one that can neither raise nor run code.
      const x = this.expr(arg);
      if (!isInertBody([js.exprStmt(x)])) return null;
      return this.rt('indexProbe', [this.expr(f.value), x], loc);
    }
    return null;
  }

  private tryStmt(s: ast.Try, out: es.Statement[]): void {
    const loc = this.loc(s);
    const target: CatchTarget | null = s.handlers.length && !runsOnFrame(this.fn.scope)
      ? { label: `$P${++this.labelCount}`, exc: this.fn.temp('$e'), depth: this.fn.temp('$d'), used: false } : null;
    // Handlers, `else` and `finally` run inside the JS `try` of a `finally`: no jump may leave it.
    const outside = <T>(body: () => T): T => (s.finalbody.length ? this.fn.within(null, body) : body());
    if (s.handlers.length) this.fn.inTryBody++;
    let inner: es.Statement[];
    try {
      inner = this.fn.within(target, () => this.stmts(s.body));
    } finally {
      if (s.handlers.length) this.fn.inTryBody--;
    }
    if (s.handlers.length) {
      // Per handler, its `[classes, quiet]` for the site's catcher, quiet only if `guards` hold.
      const quietClauses: es.Expression[] = [];
      const loudClauses: es.Expression[] = [];
      const guards: es.Expression[] = [];
      // Per handler quiet only when its check passes at the raise, that check (over this frame).
      const checkedClauses: [number, es.Expression][] = [];
      const okFlag = s.orelse.length ? this.fn.temp('$ok') : null;
      if (okFlag) inner.push(js.exprStmt(js.assign(js.id(okFlag), js.lit(true))));
      const e = target?.exc ?? this.fn.temp('$e');
      const catchBody: es.Statement[] = [js.exprStmt(js.assign(js.id(e), this.rt('toPy', [js.id(e)])))];
      let chain: es.Statement = js.throwStmt(js.id(e));
      for (let i = s.handlers.length - 1; i >= 0; i--) {
        const hnd = s.handlers[i];
        if (!hnd.type && i !== s.handlers.length - 1) this.error(hnd, "default 'except:' must be last");
        const handlerBody: es.Statement[] = [];
        if (hnd.name) handlerBody.push(js.exprStmt(this.storeName(hnd.name, js.id(e), this.loc(hnd))));
        const classes = this.handlerClasses(hnd.type ?? null);
        const handlerStmts: es.Statement[] = [];
        // `except E as e:` taking only str(e): quiet for exceptions whose str() is plain (handlers.ts).
        const strOf = hnd.name && classes !== 'unknown' && this.takesOnlyStr(hnd) ? js.jsName(hnd.name) : null;
        // `except E as e:` reading only attributes of `e`: quiet when its checks pass at the raise.
        const attrScope = hnd.name && strOf === null && classes !== 'unknown' ? this.attrCheckScope(hnd) : null;
        let quiet = (!hnd.name || strOf !== null || attrScope !== null) && classes !== 'unknown';
        const handlerGuards: es.Expression[] = [];
        const raiseChecks: es.Expression[] = [];
        for (const st of hnd.body) {
          const part: es.Statement[] = [];
          outside(() => this.stmt(st, part));
          handlerStmts.push(...part);
          if (!quiet || isInertBody(part, strOf)) continue;
          if (attrScope !== null) {
            const check = attrReadCheck(st, attrScope, (n) => this.home(n).kind === 'local');
            if (check === null) quiet = false;
            else if (check !== true) raiseChecks.push(check);
            continue;
          }
          const guard = this.handlerGuard(st, s.body, hnd.body, strOf);
          if (guard === null) quiet = false;
          else handlerGuards.push(guard);
        }
        if (quiet) guards.push(...handlerGuards);
        const types = classes === null || classes === 'unknown' ? js.lit(null) : js.array(classes);
        const quietness = quiet && strOf !== null ? js.lit('str') : js.lit(quiet && raiseChecks.length === 0);
        quietClauses.unshift(js.array([types, quietness]));
        loudClauses.unshift(js.array([types, handlerGuards.length === 0 ? quietness : js.lit(false)]));
        if (quiet && raiseChecks.length) {
          const check = raiseChecks.reduce((a, b) => js.logical('&&', a, b));
          checkedClauses.push([i, js.arrow([attrScope!.exc], check)]);
        }
        if (quiet && handlerGuards.length === 0 && attrScope === null) {
          // Nothing in an inert body can ask for the exception being handled.
          handlerBody.push(...handlerStmts);
          if (hnd.name) handlerBody.push(js.exprStmt(this.clearName(hnd.name)));
        } else {
          // The lines of the `try` body tell which frame of the raise's stack caught it.
          const lines = [js.lit(s.body[0]!.lineno), js.lit(Math.max(...s.body.map((b) => b.end_lineno)))];
          handlerBody.push(js.exprStmt(this.rt('enterExcept', [js.id(e), ...lines])));
          const finalizer: es.Statement[] = [js.exprStmt(this.rt('exitExcept', []))];
          if (hnd.name) finalizer.push(js.exprStmt(this.clearName(hnd.name)));
          handlerBody.push({ type: 'TryStatement', block: js.block(handlerStmts), handler: null, finalizer: js.block(finalizer) });
        }
        const test = hnd.type ? this.rt('excMatch', [js.id(e), this.expr(hnd.type)], this.loc(hnd)) : null;
        chain = test ? js.ifStmt(test, js.block(handlerBody), chain) : js.block(handlerBody);
      }
      catchBody.push(chain);
      const late = s.handlers.some((h) => h.type && (h.type.nodeType === 'Tuple' ? h.type.elts : [h.type]).some((n) => n.nodeType === 'Name' && this.isModuleClass(n.id)));
      let catcher: es.Expression = this.siteCatcher(quietClauses, late);
      for (const [index, check] of checkedClauses) catcher = this.rt('guardedCatcher', [catcher, js.lit(index), check]);
      if (guards.length) {
        const test = guards.reduce((a, b) => js.logical('&&', a, b));
        catcher = js.cond(test, catcher, this.siteCatcher(loudClauses, late));
      }
      const caught = js.exprStmt(js.assign(js.id(e), js.id(`${e}c`)));
      let tryCatch: es.Statement[];
      if (target !== null && target.used) {
        // A failed probe in the body breaks out of the labelled block with its exception in $e,
        // and the handlers run after it, for that one and for what the catch clause caught (as
        // a Python exception, never undefined, whatever was thrown):
        //   $e = undefined; $P: { $d = $enterTry(c); try { body } catch ($ec) { $exitTry($d); $e = $toPy($ec); } }
        //   if ($e !== undefined) { handlers }
        const converted = js.exprStmt(js.assign(js.id(e), this.rt('toPy', [js.id(`${e}c`)])));
        const handler: es.CatchClause = { type: 'CatchClause', param: js.id(`${e}c`), body: js.block([converted]) };
        tryCatch = [
          js.exprStmt(js.assign(js.id(e), js.undef())),
          js.labeled(target.label, js.block(this.catchingTry(catcher, inner, jumpsOut(s.body), handler, null, loc, target.depth))),
          js.ifStmt(js.binary('!==', js.id(e), js.undef()), js.block(catchBody.slice(1))),
        ];
      } else {
        const handler: es.CatchClause = { type: 'CatchClause', param: js.id(`${e}c`), body: js.block([caught, ...catchBody]) };
        tryCatch = this.catchingTry(catcher, inner, jumpsOut(s.body), handler, null, loc, target?.depth);
      }
      inner = [];
      if (okFlag) inner.push(js.exprStmt(js.assign(js.id(okFlag), js.lit(false))));
      inner.push(...tryCatch);
      if (okFlag) inner.push(js.ifStmt(js.id(okFlag), js.block(outside(() => this.stmts(s.orelse)))));
    } else if (s.orelse.length) {
      inner.push(...outside(() => this.stmts(s.orelse)));
    }
    if (s.finalbody.length) {
      // While a `finally` block runs for an exception, that exception is being handled: it becomes
      // the __context__ of one raised there, and sys.exc_info() sees it.
      //   $p = null; try { body } catch ($pc) { throw $p = $toPy($pc); }
      //   finally { if ($p !== null) $enterExcept($p); try { finalbody } finally { if ($p !== null) $exitExcept(); } }
      const p = this.fn.temp('$p');
      const pending = () => js.binary('!==', js.id(p), js.lit(null));
      const finalizer: es.Statement[] = [
        js.ifStmt(pending(), js.exprStmt(this.rt('enterExcept', [js.id(p)]))),
        {
          type: 'TryStatement', block: js.block(this.fn.within(null, () => this.stmts(s.finalbody))), handler: null,
          finalizer: js.block([js.ifStmt(pending(), js.exprStmt(this.rt('exitExcept', [])))]),
        },
      ];
      out.push(js.exprStmt(js.assign(js.id(p), js.lit(null))));
      const handler: es.CatchClause = {
        type: 'CatchClause', param: js.id(`${p}c`), body: js.block([js.throwStmt(js.assign(js.id(p), this.rt('toPy', [js.id(`${p}c`)])))]),
      };
      out.push(...this.catchingTry(null, inner, true, handler, finalizer, loc));
    } else {
      out.push(...inner);
    }
  }

  private withStmt(s: ast.With, i: number, out: es.Statement[]): void {
    if (i >= s.items.length) {
      out.push(...this.stmts(s.body));
      return;
    }
    const item = s.items[i];
    const loc = this.loc(s);
    const mgr = this.fn.temp('$w');
    const exc = this.fn.temp('$x');
    out.push(js.exprStmt(js.assign(js.id(mgr), this.rt('withEnter', [this.expr(item.context_expr)], loc)), loc));
    out.push(js.exprStmt(js.assign(js.id(exc), js.lit(null))));
    const body: es.Statement[] = [];
    if (item.optional_vars) this.assignTo(item.optional_vars, js.index(js.id(mgr), js.lit(1)), body, this.loc(item.optional_vars));
    // __exit__ must see an exception leave the body: no probe jumps past it.
    this.fn.within(null, () => this.withStmt(s, i + 1, body));
    const exitFn = js.index(js.id(mgr), js.lit(0));
    const caught = `${exc}c`;
    const handler: es.CatchClause = {
      type: 'CatchClause', param: js.id(caught), body: js.block([
        js.exprStmt(js.assign(js.id(exc), this.rt('toPy', [js.id(caught)]))),
        js.ifStmt(js.unary('!', this.rtMapped('withExit', [exitFn, js.id(exc)], loc)), js.throwStmt(js.id(exc))),
      ]),
    };
    // __exit__ runs at the `with` line, as CPython's frame shows it (tracebacks, extract_stack).
    const finalizer = [js.ifStmt(js.binary('===', js.id(exc), js.lit(null)), js.exprStmt(this.rtMapped('withExit', [exitFn, js.lit(null)], loc)))];
    out.push(...this.catchingTry(null, body, true, handler, finalizer, loc));
  }

  // --- async for, async with (PEP 492): an await is a `yield*` of the frame, so both are loops and
  // try statements of the coroutine's own JS generator

  /**
   * `async for t in it:` walks `aiter(it)` with one awaited `__anext__()` per item; the helper
   * turns StopAsyncIteration into ASYNC_DONE, so leaving the loop is a plain test:
   *   $a = $aiter(it); for (;;) { $i = yield* $asyncNext($a); if ($i === $ASYNC_DONE) break; t = $i; ... }
   */
  private asyncForStmt(s: ast.AsyncFor, out: es.Statement[]): void {
    const loc = this.loc(s);
    const label = s.orelse.length ? `$L${++this.labelCount}` : null;
    const it = this.fn.temp('$a');
    const item = this.fn.temp('$i');
    // A loop over a call's result holds the only reference to a fresh async generator: leaving
    // the loop early drops it, and CPython has the event loop close it (asyncLoopLeft).
    const owned = s.iter.nodeType === 'Call' && !(s.iter.func.nodeType === 'Name' && s.iter.func.id === 'aiter');
    out.push(js.exprStmt(js.assign(js.id(it), this.rt(owned ? 'aiterOwned' : 'aiter', [this.expr(s.iter)], this.loc(s.iter))), loc));
    let loop = this.asyncLoop(it, item, s.target, () => this.loopBody(label, s.body), loc);
    if (owned) {
      const left = js.exprStmt(this.rt('asyncLoopLeft', [js.id(it)]));
      loop = { type: 'TryStatement', block: js.block([loop]), handler: null, finalizer: js.block([left]), loc };
    }
    out.push(this.withElse(loop, label, s.orelse));
  }

  /** The loop of an `async for` (a statement's or a comprehension's) over the async iterator in `it`. */
  private asyncLoop(it: string, item: string, target: ast.expr, body: () => es.Statement[], loc: js.Loc): es.Statement {
    const step = js.assign(js.id(item), js.yieldExpr(this.rt('asyncNext', [js.id(it)], loc), true, loc));
    const done = js.ifStmt(js.binary('===', step, this.h('ASYNC_DONE')), js.breakStmt(null));
    const stmts: es.Statement[] = [done];
    this.assignTo(target, js.id(item), stmts, this.loc(target));
    stmts.push(...body());
    return { type: 'ForStatement', init: null, test: null, update: null, body: js.block(stmts), loc };
  }

  /** `async with`: `with` whose `__aenter__` and `__aexit__` results are awaited (compiler_async_with). */
  private asyncWithStmt(s: ast.AsyncWith, i: number, out: es.Statement[]): void {
    if (i >= s.items.length) {
      out.push(...this.stmts(s.body));
      return;
    }
    const item = s.items[i];
    const loc = this.loc(s);
    const mgr = this.fn.temp('$w');
    const exc = this.fn.temp('$x');
    out.push(js.exprStmt(js.assign(js.id(mgr), this.rt('asyncWithEnter', [this.expr(item.context_expr)], loc)), loc));
    const entered = js.yieldExpr(this.rt('awaitable', [js.index(js.id(mgr), js.lit(1))], loc), true, loc);
    if (item.optional_vars) this.assignTo(item.optional_vars, entered, out, this.loc(item.optional_vars));
    else out.push(js.exprStmt(entered, loc));
    out.push(js.exprStmt(js.assign(js.id(exc), js.lit(null))));
    const body: es.Statement[] = [];
    this.fn.within(null, () => this.asyncWithStmt(s, i + 1, body));
    const exitFn = js.index(js.id(mgr), js.lit(0));
    const caught = `${exc}c`;
    const exit = (e: es.Expression) => js.yieldExpr(this.rt('asyncWithExit', [exitFn, e], loc), true, loc);
    const handler: es.CatchClause = {
      type: 'CatchClause', param: js.id(caught), body: js.block([
        js.exprStmt(js.assign(js.id(exc), this.rt('toPy', [js.id(caught)]))),
        js.ifStmt(js.unary('!', exit(js.id(exc))), js.throwStmt(js.id(exc))),
      ]),
    };
    const finalizer = [js.ifStmt(js.binary('===', js.id(exc), js.lit(null)), js.exprStmt(exit(js.lit(null))))];
    out.push(...this.catchingTry(null, body, true, handler, finalizer, loc));
  }

  // --- match (PEP 634): each case is a JS test; captures reach their names only once the whole
  // pattern has matched (a failed case leaves no names bound), and before the guard runs

  private matchStmt(s: ast.Match, out: es.Statement[]): void {
    const loc = this.loc(s);
    const subject = this.fn.temp('$s');
    out.push(js.exprStmt(js.assign(js.id(subject), this.expr(s.subject)), loc));
    const label = `$M${++this.labelCount}`;
    const cases: es.Statement[] = [];
    s.cases.forEach((c, i) => {
      const irrefutable = c.pattern.nodeType === 'MatchAs' && c.pattern.pattern === null && !c.guard;
      if (irrefutable && i !== s.cases.length - 1) {
        this.error(c.pattern, c.pattern.nodeType === 'MatchAs' && c.pattern.name ? `name capture '${c.pattern.name}' makes remaining patterns unreachable` : 'wildcard makes remaining patterns unreachable');
      }
      // Staging slots only where a capture could be followed by a failing test.
      const staged = this.capturesMayLeak(c.pattern) ? new Map<string, string>() : null;
      let test = this.pattern(c.pattern, js.id(subject), staged);
      if (staged !== null && staged.size > 0) {
        const stores = [...staged].map(([name, slot]) => this.storeName(name, js.id(slot), null));
        test = js.logical('&&', test, js.seq([...stores, js.lit(true)]));
      }
      if (c.guard) test = js.logical('&&', test, this.test(c.guard));
      const body = [...this.stmts(c.body), js.breakStmt(label)];
      cases.push(js.ifStmt(test, js.block(body), null, this.loc(c.pattern)));
    });
    out.push(js.labeled(label, js.block(cases)));
  }

  /**
   * Whether binding the captures of `p` as they match could leave names bound when `p` fails:
   * false when every capture is the last step of the pattern (`case x`, `case [1, 2] as x`).
   */
  private capturesMayLeak(p: ast.pattern): boolean {
    if (p.nodeType === 'MatchAs') return p.pattern !== null && this.patternCaptures(p.pattern);
    return this.patternCaptures(p);
  }

  /** Whether `p` binds any name. */
  private patternCaptures(p: ast.pattern): boolean {
    switch (p.nodeType) {
      case 'MatchValue': case 'MatchSingleton': return false;
      case 'MatchAs': return p.name !== null || (p.pattern !== null && this.patternCaptures(p.pattern));
      case 'MatchStar': return p.name !== null;
      case 'MatchOr': case 'MatchSequence': return p.patterns.some((q) => this.patternCaptures(q));
      case 'MatchMapping': return p.rest !== null || p.patterns.some((q) => this.patternCaptures(q));
      case 'MatchClass': return [...p.patterns, ...p.kwd_patterns].some((q) => this.patternCaptures(q));
      default: return assertNever(p);
    }
  }

  /** A capture as a test that holds: into its staging slot when `staged` is given, else the name. */
  private bindCapture(name: string, value: es.Expression, staged: Map<string, string> | null): es.Expression {
    if (staged === null) return js.seq([this.storeName(name, value, null), js.lit(true)]);
    let slot = staged.get(name);
    if (slot === undefined) staged.set(name, slot = this.fn.temp('$c'));
    return js.seq([js.assign(js.id(slot), value), js.lit(true)]);
  }

  private pattern(p: ast.pattern, subject: es.Expression, staged: Map<string, string> | null): es.Expression {
    switch (p.nodeType) {
      case 'MatchValue': return this.rt('truthy', [this.rt('eq', [subject, this.expr(p.value)])], this.loc(p));
      case 'MatchSingleton': return js.binary('===', subject, js.lit(p.value), this.loc(p));
      case 'MatchAs': {
        const inner = p.pattern ? this.pattern(p.pattern, subject, staged) : js.lit(true);
        if (!p.name) return inner;
        return p.pattern ? js.logical('&&', inner, this.bindCapture(p.name, subject, staged)) : this.bindCapture(p.name, subject, staged);
      }
      case 'MatchOr': return p.patterns.map((q) => this.pattern(q, subject, staged)).reduce((a, b) => js.logical('||', a, b));
      case 'MatchSequence': {
        const star = p.patterns.findIndex((q) => q.nodeType === 'MatchStar');
        const items = this.fn.temp('$q');
        const args = [subject, js.lit(p.patterns.length), js.lit(star)];
        // Which items may go unread (CPython reads none when all are wildcards, and indexes
        // the ones it needs when the star is `*_`).
        const wild = p.patterns.map((q) => (isWildcardPattern(q) ? '_' : 'x')).join('');
        if (!wild.includes('x') || (star >= 0 && wild[star] === '_')) args.push(js.lit(wild));
        const fetch = this.rt('matchSeq', args, this.loc(p));
        const tests: es.Expression[] = [js.binary('!==', js.assign(js.id(items), fetch), js.lit(null))];
        p.patterns.forEach((q, i) => {
          const item = js.index(js.id(items), js.lit(i));
          if (q.nodeType === 'MatchStar') { if (q.name) tests.push(this.bindCapture(q.name, item, staged)); return; }
          tests.push(this.pattern(q, item, staged));
        });
        return tests.reduce((a, b) => js.logical('&&', a, b));
      }
      case 'MatchMapping': {
        const values = this.fn.temp('$q');
        const keys = js.array(p.keys.map((k) => this.expr(k)));
        const fetch = this.rt('matchMap', [subject, keys, js.lit(p.rest !== null)], this.loc(p));
        const tests: es.Expression[] = [js.binary('!==', js.assign(js.id(values), fetch), js.lit(null))];
        p.patterns.forEach((q, i) => tests.push(this.pattern(q, js.index(js.id(values), js.lit(i)), staged)));
        if (p.rest) tests.push(this.bindCapture(p.rest, js.index(js.id(values), js.lit(p.patterns.length)), staged));
        return tests.reduce((a, b) => js.logical('&&', a, b));
      }
      case 'MatchClass': {
        const values = this.fn.temp('$q');
        const fetch = this.rt('matchClass', [subject, this.expr(p.cls), js.lit(p.patterns.length), js.array(p.kwd_attrs.map((a) => js.lit(a)))], this.loc(p));
        const tests: es.Expression[] = [js.binary('!==', js.assign(js.id(values), fetch), js.lit(null))];
        [...p.patterns, ...p.kwd_patterns].forEach((q, i) => tests.push(this.pattern(q, js.index(js.id(values), js.lit(i)), staged)));
        return tests.reduce((a, b) => js.logical('&&', a, b));
      }
      case 'MatchStar': return this.error(p, "can't use starred name here");
      default: return assertNever(p);
    }
  }

  // --- imports

  /**
   * The absolute name of `from <dots><module> import`, or the ImportError CPython raises when the
   * statement runs (a relative import with no package to be relative to): the raise happens there,
   * so a `try` around it may take the other road (`except ImportError: import utils`).
   */
  private resolveModule(module: string | null, level: number): string | { error: string } {
    if (level === 0) return module!;
    const parts = this.opts.moduleName.split('.');
    const pkgParts = this.opts.isPackage ? parts : parts.slice(0, -1);
    if (!pkgParts.length) return { error: 'attempted relative import with no known parent package' };
    if (level - 1 > pkgParts.length - 1 && !(level === 1 && pkgParts.length)) {
      return { error: 'attempted relative import beyond top-level package' };
    }
    const base = pkgParts.slice(0, pkgParts.length - (level - 1));
    return module ? [...base, module].join('.') : base.join('.');
  }

  private importStmt(s: ast.Import, out: es.Statement[]): void {
    this.requireSnippetBuiltin('__import__', out, this.loc(s));
    for (const a of s.names) {
      const loc = this.loc(a);
      this.imports.push({ name: a.name, node: a });
      // Mapped calls: an import that fails must keep its statement's frame in the traceback.
      const leaf = this.rtMapped('import', [js.lit(a.name)], loc);
      if (a.asname) {
        out.push(js.exprStmt(this.storeName(a.asname, leaf, loc), loc));
      } else {
        const top = a.name.split('.')[0];
        const value = top === a.name ? leaf : js.seq([leaf, this.rtMapped('import', [js.lit(top)], loc)]);
        out.push(js.exprStmt(this.storeName(top, value, loc), loc));
      }
    }
  }

  private importFrom(s: ast.ImportFrom, out: es.Statement[]): void {
    const loc = this.loc(s);
    const name = this.resolveModule(s.module, s.level);
    if (typeof name !== 'string') {
      this.builtins.add('ImportError$b');
      out.push(js.exprStmt(this.rt('raise', [js.call(js.id('ImportError$b'), [js.lit(name.error)]), js.undef(), js.lit(true)], loc), loc));
      return;
    }
    this.requireSnippetBuiltin('__import__', out, loc);
    this.imports.push({ name, node: s });
    const m = this.fn.temp('$m');
    out.push(js.exprStmt(js.assign(js.id(m), this.rtMapped('import', [js.lit(name)], loc)), loc));
    for (const a of s.names) {
      if (a.name === '*') {
        if (this.opts.snippet !== undefined) {
          out.push(js.exprStmt(this.ctxCall('importStar', [js.id(m)], loc), loc));
          continue;
        }
        const names = this.opts.starNames(name)?.names ?? [];
        for (const n of names) {
          out.push(js.exprStmt(this.storeName(n, this.rtMapped('importFrom', [js.id(m), js.lit(n), js.lit(name)], loc), loc), loc));
        }
        out.push(js.exprStmt(this.rtMapped('importStarRest', [js.id('$modobj'), js.id(m), js.array(names.map((n) => js.lit(n)))], loc), loc));
        continue;
      }
      this.imports.push({ name: `${name}.${a.name}`, node: a });
      const value = this.rtMapped('importFrom', [js.id(m), js.lit(a.name), js.lit(name)], this.loc(a));
      out.push(js.exprStmt(this.storeName(a.asname ?? a.name, value, this.loc(a)), this.loc(a)));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Functions

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): es.Expression {
    const scope = this.tree.of.get(s)!;
    const fn = this.makeFunction(s, scope, s.name, s.args, () => this.stmts(s.body), s.body);
    let result: es.Expression = fn;
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      result = js.call(this.callableOf(s.decorator_list[i]), [result], this.loc(s.decorator_list[i]));
    }
    return result;
  }

  /** A callee expression; names of functions and classes defined here are called directly. */
  private callableOf(e: ast.expr): es.Expression {
    const v = this.expr(e);
    if (e.nodeType === 'Name') {
      const home = this.home(e.id);
      if (home.kind === 'builtin' && BUILTINS.has(e.id)) return v;
      if (home.kind === 'global' && this.isDefinedCallable(e.id)) return v;
    }
    if (e.nodeType === 'Attribute') return v;
    // A function is called as it is; anything else is asked for its __call__.
    if (v.type === 'Identifier') return js.cond(js.binary('===', js.unary('typeof', v), js.lit('function')), v, this.rt('callable', [v]));
    return this.rt('callable', [v]);
  }

  /** A module-level name bound only by def/class/import: calling it needs no callable check. */
  private isDefinedCallable(name: string): boolean {
    return this.definedCallables().has(name);
  }
  private callableNames: Set<string> | null = null;
  private definedCallables(): Set<string> {
    if (this.callableNames) return this.callableNames;
    const names = new Set<string>();
    const other = new Set<string>();
    const visit = (body: ast.stmt[]) => {
      for (const s of body) {
        if (s.nodeType === 'FunctionDef' || s.nodeType === 'AsyncFunctionDef' || s.nodeType === 'ClassDef') {
          // A decorator may return anything (an instance with __call__, a property, None).
          (s.decorator_list.length === 0 ? names : other).add(s.name);
          visitGlobals(s.body);
        } else if (s.nodeType === 'With' || s.nodeType === 'AsyncWith') for (const it of s.items) { if (it.optional_vars) collectNames(it.optional_vars, other); }
        else if (s.nodeType === 'Assign') for (const t of s.targets) collectNames(t, other);
        else if (s.nodeType === 'AugAssign' || s.nodeType === 'AnnAssign') collectNames(s.target, other);
        else if (s.nodeType === 'For' || s.nodeType === 'AsyncFor') collectNames(s.target, other);
        else if (s.nodeType === 'ImportFrom' || s.nodeType === 'Import') for (const a of s.names) other.add(a.asname ?? a.name.split('.')[0]);
        if ('body' in s && Array.isArray(s.body) && s.nodeType !== 'FunctionDef' && s.nodeType !== 'AsyncFunctionDef' && s.nodeType !== 'ClassDef') visit(s.body as ast.stmt[]);
        if ('orelse' in s && Array.isArray(s.orelse)) visit(s.orelse as ast.stmt[]);
        if (s.nodeType === 'Try') {
          for (const h of s.handlers) { if (h.name) other.add(h.name); visit(h.body); }
          visit(s.finalbody);
        }
        if (s.nodeType === 'Match') for (const c of s.cases) visit(c.body);
      }
    };
    // `global f` in any function may rebind f to anything.
    // A switch on the statement type, not a read of each statement's `body`, `orelse` and
    // `finalbody` by key: this walk sees every statement inside every def of the module.
    const visitGlobals = (body: ast.stmt[]) => {
      for (let i = 0; i < body.length; i++) {
        const s = body[i];
        switch (s.nodeType) {
          case 'Global': for (const n of s.names) other.add(n); break;
          case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': case 'With': case 'AsyncWith':
            visitGlobals(s.body);
            break;
          case 'If': case 'For': case 'AsyncFor': case 'While':
            visitGlobals(s.body);
            visitGlobals(s.orelse);
            break;
          case 'Try': case 'TryStar':
            visitGlobals(s.body);
            visitGlobals(s.orelse);
            visitGlobals(s.finalbody);
            if (s.nodeType === 'Try') for (const h of s.handlers) visitGlobals(h.body);
            break;
          case 'Match': for (const c of s.cases) visitGlobals(c.body); break;
          default: break;
        }
      }
    };
    visit(this.mod.body);
    for (const n of other) names.delete(n);
    this.callableNames = names;
    return names;
  }

  private makeFunction(
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, scope: Scope, name: string, args: ast.arguments,
    body: () => es.Statement[], pyBody: ast.stmt[] | null, method?: { classCell: string },
  ): es.Expression {
    const loc = this.loc(node);
    // Defaults are evaluated where the def runs, once.
    const positional = [...args.posonlyargs, ...args.args];
    const defaults = args.defaults.map((d) => this.expr(d));
    const kwDefaults = args.kw_defaults.map((d) => (d ? this.expr(d) : null));
    // Annotations are evaluated after the defaults, where the def runs.
    const annotations = node.nodeType !== 'Lambda' ? this.functionAnnotations(args, node.returns) : [];
    const firstDefault = positional.length - defaults.length;
    const selfParam = positional.length ? js.jsName(positional[0].arg) : null;
    const qualname = this.qualname(name);
    const state = new FnState(scope, this.fn, method ? method.classCell : this.fn.classCell, selfParam);
    // Positional defaults in one array, keyword-only defaults as [name, value, ...] pairs.
    // Each function object gets its own defaults (a def in a loop makes one per iteration), so
    // they are parameters of a small arrow that creates the function.
    const defaultsVar = defaults.length ? '$d' : null;
    const kwDefaultsVar = kwDefaults.some(Boolean) ? '$kd' : null;
    const kwPairs: es.Expression[] = [];
    const kwIndex = new Map<number, number>();
    kwDefaults.forEach((d, i) => {
      if (!d) return;
      kwIndex.set(i, kwPairs.length + 1);
      kwPairs.push(js.lit(args.kwonlyargs[i].arg), d);
    });
    const holderParams: es.Pattern[] = [];
    const holderArgs: es.Expression[] = [];
    if (defaultsVar) { holderParams.push(js.id(defaultsVar)); holderArgs.push(js.array(defaults)); }
    if (kwDefaultsVar) { holderParams.push(js.id(kwDefaultsVar)); holderArgs.push(js.array(kwPairs)); }
    const created = this.withFn(state, () => {
      const params: es.Pattern[] = positional.map((p, i) => {
        const pname = js.jsName(p.arg);
        return i >= firstDefault ? js.defaultParam(pname, js.index(js.id(defaultsVar!), js.lit(i - firstDefault))) : js.id(pname);
      });
      const prologue: es.Statement[] = [];
      const needsKw = args.kwonlyargs.length > 0 || args.kwarg !== null;
      if (args.vararg) {
        params.push(js.restParam(`${js.jsName(args.vararg.arg)}$r`));
      } else {
        params.push(js.id('$x'));
      }
      // `def __next__(self)` may end a loop's iteration by returning (handlers.ts): its surplus slot takes STOP_ASK.
      const stops = node.nodeType === 'FunctionDef' && name === '__next__' && scope.parent?.kind === 'class' && !scope.hasYield &&
        node.decorator_list.length === 0 && positional.length === 1 && firstDefault === 1 && !args.vararg && !needsKw && pyBody !== null
        ? stopRaises(pyBody, (n) => this.home(n).kind === 'builtin' && BUILTINS.has(n)) : null;
      if (stops !== null && stops.size > 0) this.fn.stopRaises = stops;
      // Arity check: the last required positional parameter and the surplus sentinel.
      const checks: es.Expression[] = [];
      if (firstDefault > 0) checks.push(js.binary('===', js.id(js.jsName(positional[firstDefault - 1].arg)), js.undef()));
      const surplus = js.binary('!==', js.id('$x'), js.undef());
      if (!args.vararg) checks.push(this.fn.stopRaises === null ? surplus : js.logical('&&', surplus, js.binary('!==', js.id('$x'), this.h('STOP_ASK'))));
      // The JS name only lets the function refer to itself (for argError). It must not be the
      // Python name: inside a named function expression that name would mean the function
      // itself, while in Python it is whatever the enclosing scope binds now (a decorated
      // wrapper, a reassignment). Tracebacks read the Python name that $def sets.
      const fnName = name === '<lambda>' ? '$lambda' : `${name}$f`;
      if (checks.length) {
        const argList = [...positional.map((p) => js.id(js.jsName(p.arg))), ...(args.vararg ? [] : [js.id('$x')])];
        const test = checks.reduce((a, b) => js.logical('||', a, b));
        prologue.push(js.ifStmt(test, js.exprStmt(this.rt('argError', [js.id(fnName), ...argList]))));
      }
      if (args.vararg) {
        const v = js.jsName(args.vararg.arg);
        prologue.push(js.constDecl(v, this.rt('varargs', [js.id(`${v}$r`)]), null, 'let'));
      }
      if (needsKw) {
        prologue.push(js.constDecl('$k', this.rt('takeKw', [])));
        args.kwonlyargs.forEach((p, i) => {
          const dflt = kwIndex.has(i) ? js.index(js.id(kwDefaultsVar!), js.lit(kwIndex.get(i)!)) : js.undef();
          prologue.push(js.constDecl(js.jsName(p.arg), this.rt('kwOnly', [js.id('$k'), js.lit(p.arg), dflt, js.id(fnName)]), null, 'let'));
        });
        if (args.kwarg) prologue.push(js.constDecl(js.jsName(args.kwarg.arg), this.rt('kwRest', [js.id('$k')]), null, 'let'));
      }
      const paramNames = new Set([...positional, ...args.kwonlyargs, args.vararg, args.kwarg].filter(Boolean).map((p) => p!.arg));
      if (pyBody) this.fn.assigned = definiteAssignment(pyBody, [...paramNames]);
      // The locals' Python names, for the declarations here and for the code facts of the signature.
      const localNames = [...scope.bound].filter((n) => scope.isLocal(n) && !paramNames.has(n));
      const cellNames = cellVariables(scope);
      const locals = localNames.map(js.jsName);
      const inner = body();
      const decls: es.Statement[] = [];
      if (locals.length) decls.push(js.letDecl(locals, 'var'));
      decls.push(...this.tempDecls());
      let jsBody: es.Statement[];
      if (runsOnFrame(scope)) {
        // A generator, coroutine or async generator function: its body is made once, where the
        // def runs (a holder argument), and each call runs it on the call's arguments
        // (generator.ts, frameBody; coroutine.ts).
        const frameVars = [...paramNames].map((p) => js.id(js.jsName(p)));
        holderParams.push(js.id('$body'));
        holderArgs.push(this.rt('frameBody', [js.fnExpr(null, frameVars, [...decls, ...inner], { generator: true }), js.lit(name)]));
        const make = !scope.isAsync ? 'genFrame' : scope.hasYield ? 'asyncGenFrame' : 'coroFrame';
        jsBody = [...prologue, js.ret(this.rt(make, [js.call(js.id('$body'), frameVars), js.lit(name), js.lit(qualname)]))];
      } else {
        jsBody = [...prologue, ...decls, ...inner];
        // A body that can run off its end returns None; JS would return undefined, which is no
        // Python value (`f() is None` would be false).
        const last = inner.at(-1);
        if (last === undefined || (last.type !== 'ReturnStatement' && last.type !== 'ThrowStatement')) jsBody.push(js.ret(js.lit(null)));
      }
      const fn = js.fnExpr(fnName, params, jsBody, { loc });
      const sig = this.signature(name, qualname, args, defaultsVar, kwDefaultsVar, pyBody ? docstring(pyBody) : null);
      if (this.fn.stopRaises !== null) sig.properties.push(js.property('stops', js.lit(true)));
      // An exception class's `__init__` that cannot let `self` out (handlers.ts): its raises can be fresh.
      const keeps = name === '__init__' && node.nodeType === 'FunctionDef' && scope.parent?.kind === 'class' && node.decorator_list.length === 0 &&
        !scope.hasYield && pyBody !== null && !args.vararg && !args.kwarg
        ? initStoresOnly(args, pyBody, (n) => this.isBuiltinName(n) && (n === 'Exception' || BUILTIN_EXCEPTION.test(n))) : null;
      if (keeps !== null) sig.properties.push(js.property('keepsSelf', js.array(keeps.map((a) => js.lit(`$${a}`)))));
      if (annotations.length) sig.properties.push(js.property('ann', js.array(annotations)));
      const free = this.freeVariables(node, scope);
      sig.properties.push(js.property('code', js.lit(this.codeFacts(node, scope, localNames, free, cellNames))));
      if (free.length) {
        // `cells()` reads the free variables; `cells(values)` writes them all back (cell_contents = v).
        const names = free.map((n) => (n === '__class__' ? this.fn.classCell! : js.jsName(n)));
        const read = js.array(names.map((n) => js.id(n)));
        const write = js.assign({ type: 'ArrayPattern', elements: names.map((n) => js.id(n)) }, js.id('$c'));
        sig.properties.push(js.property('cells', js.arrow([js.id('$c')], js.cond(js.binary('===', js.id('$c'), js.undef()), read, write))));
      }
      return this.rt('def', [fn, sig], loc);
    });
    return holderParams.length ? js.call(js.arrow(holderParams, created), holderArgs, loc) : created;
  }

  /** A def's annotations as [name, value, ...], in CPython's order (compiler_visit_annotations). */
  private functionAnnotations(args: ast.arguments, returns: ast.expr | null): es.Expression[] {
    const out: es.Expression[] = [];
    const add = (a: ast.arg | null) => {
      if (a?.annotation) out.push(js.lit(a.arg), this.annotation(a.annotation));
    };
    // Regular parameters come before the positional-only ones, as in CPython.
    for (const a of args.args) add(a);
    for (const a of args.posonlyargs) add(a);
    add(args.vararg);
    for (const a of args.kwonlyargs) add(a);
    add(args.kwarg);
    if (returns) out.push(js.lit('return'), this.annotation(returns));
    return out;
  }

  /**
   * The names a function's `__closure__` holds (co_freevars, sorted): those it or a scope inside
   * it reads from an enclosing function, and `__class__` for a method that uses super().
   */
  private freeVariables(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, scope: Scope): string[] {
    const free = new Set<string>();
    if (scope.usesClassCell && this.fn.classCell) free.add('__class__');
    const outer = scope.enclosingFunction();
    // Only a function inside another can close over variables.
    if (outer !== null && outer.kind !== 'module') {
      for (const n of namesRead(node.body)) if (this.home(n).kind === 'free') free.add(n);
    }
    return [...free].sort();
  }

  /**
   * Sig.code: "<co_firstlineno> <nested/generator co_flags> <locals...>[|<freevars...>[|<cellvars...>]]".
   * A local that is a cell is no varname unless it is a parameter.
   */
  private codeFacts(
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, scope: Scope, locals: readonly string[], free: string[], cells: string[],
  ): string {
    const line = node.nodeType !== 'Lambda' && node.decorator_list.length ? node.decorator_list[0].lineno : node.lineno;
    const outer = scope.enclosingFunction();
    const kind = !scope.isAsync ? (scope.hasYield ? CO_GENERATOR : 0) : scope.hasYield ? CO_ASYNC_GENERATOR : CO_COROUTINE;
    const flags = (outer !== null && outer.kind !== 'module' ? CO_NESTED : 0) | kind;
    let text = `${line} ${flags}`;
    const cellSet = new Set(cells);
    for (let i = 0; i < locals.length; i++) if (!cellSet.has(locals[i]!)) text += ` ${locals[i]}`;
    if (cells.length) return `${text}|${free.join(' ')}|${cells.join(' ')}`;
    return free.length ? `${text}|${free.join(' ')}` : text;
  }

  private qualname(name: string): string {
    const parts: string[] = [];
    for (let s: Scope | null = this.fn.scope; s && s.kind !== 'module'; s = s.parent) {
      parts.unshift(s.kind === 'class' ? s.name : `${s.name}.<locals>`);
    }
    parts.push(name);
    return parts.join('.');
  }

  /** The signature record $def attaches; fields at their defaults are left out ($def fills them). */
  private signature(name: string, qualname: string, args: ast.arguments, defaultsVar: string | null, kwDefaultsVar: string | null, doc: string | null): es.ObjectExpression {
    const props: es.Property[] = [js.property('name', js.lit(name))];
    if (qualname !== name) props.push(js.property('qualname', js.lit(qualname)));
    props.push(js.property('module', js.id(this.opts.snippet !== undefined ? '$defModule' : '__name__')));
    if (this.opts.snippet !== undefined) props.push(js.property('file', js.lit(this.opts.filename)));
    const params = [...args.posonlyargs, ...args.args];
    if (params.length) props.push(js.property('params', js.array(params.map((p) => js.lit(p.arg)))));
    if (args.posonlyargs.length) props.push(js.property('posonly', js.lit(args.posonlyargs.length)));
    if (defaultsVar) props.push(js.property('defaults', js.id(defaultsVar)));
    if (args.vararg) props.push(js.property('varargs', js.lit(args.vararg.arg)));
    if (args.kwonlyargs.length) props.push(js.property('kwonly', js.array(args.kwonlyargs.map((p) => js.lit(p.arg)))));
    if (kwDefaultsVar) props.push(js.property('kwdefaults', js.id(kwDefaultsVar)));
    if (args.kwarg) props.push(js.property('varkw', js.lit(args.kwarg.arg)));
    if (doc !== null) props.push(js.property('doc', js.lit(doc)));
    return js.object(props);
  }

  // -------------------------------------------------------------------------------------------
  // Classes

  private classDef(s: ast.ClassDef): es.Expression {
    const loc = this.loc(s);
    const scope = this.tree.of.get(s)!;
    const cell = `$C${++this.classCellCount}`;
    // The class cell lives in the enclosing function so methods can close over it.
    this.fn.temps.push(cell);
    const bases = s.bases.map((b) => (b.nodeType === 'Starred' ? js.spread(this.rt('starItems', [this.expr(b.value)])) : this.expr(b)));
    const kwPairs = s.keywords.map((k) => js.array([js.lit(k.arg), this.expr(k.value)]));
    const kw = s.keywords.some((k) => k.arg === null) ? this.rt('classKeywords', [js.array(kwPairs)]) : js.array(kwPairs);
    const state = new FnState(scope, this.fn, this.fn.classCell, this.fn.selfParam);
    const body = this.withFn(state, () => {
      const out: es.Statement[] = [];
      // The namespace starts as CPython's: __module__ and __qualname__ ($classNs), __annotations__, __doc__.
      if (hasAnnotations(s.body)) {
        out.push(js.exprStmt(js.call(js.member(js.id('$ns'), 'set'), [js.lit('__annotations__'), this.rt('dict', [js.array([])])])));
      }
      const doc = docstring(s.body);
      if (doc !== null) out.push(js.exprStmt(js.call(js.member(js.id('$ns'), 'set'), [js.lit('__doc__'), js.lit(doc)])));
      for (const st of s.body) {
        if (st.nodeType === 'FunctionDef' || st.nodeType === 'AsyncFunctionDef') {
          this.methodDef(st, cell, out);
        } else {
          this.stmt(st, out);
        }
      }
      return [...this.tempDecls(), ...out];
    });
    const qual = this.qualname(s.name);
    const create = this.rt('class', [
      js.lit(s.name), js.lit(qual), js.id('__name__'), js.id('$bases'), js.id('$ns'), js.id('$kw'), js.id('$ad'),
    ], loc);
    // Named `<class>$` so that tracebacks and sys._getframe name the class body's frame after the
    // class, as CPython does (the runtime drops the `$`).
    // The bases and the keywords (metaclass=...) are evaluated before the body runs, as in CPython.
    const iife = js.fnExpr(`${s.name}$`, [js.id('$bases'), js.id('$kw')], [
      js.constDecl('$ns', this.rt('classNs', [js.id('__name__'), js.lit(qual), js.id('$bases'), js.id('$kw')])),
      js.constDecl('$ad', this.rt('classNs', [])),
      ...body,
      js.ret(js.assign(js.id(cell), create)),
    ]);
    // Called through a temporary: V8 reports a call where its arguments start, which for a
    // function expression called in place is after the whole body, a line with no .py position.
    const body$ = this.fn.temp();
    let result: es.Expression = js.seq([js.assign(js.id(body$), iife), js.call(js.id(body$, loc), [js.array(bases), kw], loc)], loc);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      result = js.call(this.callableOf(s.decorator_list[i]), [result], this.loc(s.decorator_list[i]));
    }
    return result;
  }

  /** A def directly in a class body: the canonical function plus the this-style adapter that
   * makes `obj.m(a)` a plain JS method call. */
  private methodDef(s: ast.FunctionDef | ast.AsyncFunctionDef, cell: string, out: es.Statement[]): void {
    const loc = this.loc(s);
    const scope = this.tree.of.get(s)!;
    const canon = this.fn.temp('$f');
    const fn = this.makeFunction(s, scope, s.name, s.args, () => this.stmts(s.body), s.body, { classCell: cell });
    out.push(js.exprStmt(js.assign(js.id(canon), fn), loc));
    let value: es.Expression = js.id(canon);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) {
      value = js.call(this.callableOf(s.decorator_list[i]), [value], this.loc(s.decorator_list[i]));
    }
    out.push(js.exprStmt(this.storeName(s.name, value, loc), loc));
    const positional = [...s.args.posonlyargs, ...s.args.args];
    if (s.decorator_list.length || positional.length === 0) return;
    const rest = positional.slice(1).map((_, i) => `a${i}`);
    const params: es.Pattern[] = s.args.vararg ? [js.restParam('a')] : [...rest.map((n) => js.id(n)), js.id('$x')];
    const callArgs: (es.Expression | es.SpreadElement)[] = s.args.vararg
      ? [js.thisExpr(), js.spread(js.id('a'))]
      : [js.thisExpr(), ...rest.map((n) => js.id(n)), js.id('$x')];
    const adapter = js.fnExpr(null, params, [js.ret(js.call(js.id(canon), callArgs))]);
    out.push(js.exprStmt(js.call(js.member(js.id('$ad'), 'set'), [js.lit(s.name), js.array([js.id(canon), adapter])])));
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  /** An expression in a boolean context: a JS boolean. */
  private test(e: ast.expr): es.Expression {
    if (e.nodeType === 'UnaryOp' && e.op === 'Not') return js.unary('!', this.test(e.operand), this.loc(e));
    if (e.nodeType === 'BoolOp') {
      const op = e.op === 'And' ? '&&' : '||';
      return e.values.map((v) => this.test(v)).reduce((a, b) => js.logical(op, a, b, this.loc(e)));
    }
    if (e.nodeType === 'Constant' && typeof e.value === 'boolean') return js.lit(e.value);
    // `is`, `is not`, `in` and `not in` give a JS boolean already.
    if (e.nodeType === 'Compare' && e.ops.length === 1 && BOOLEAN_COMPARE.has(e.ops[0])) return this.expr(e);
    if (e.nodeType === 'Compare') return this.compareChainTest(e);
    const loc = this.loc(e);
    // The builtin isinstance always answers a JS boolean.
    if (e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === 'isinstance' && this.home('isinstance').kind === 'builtin' &&
      e.args.length === 2 && e.keywords.length === 0 && !e.args.some((a) => a.nodeType === 'Starred')) return this.expr(e);
    return fast.truthy(this.fastCtx, this.expr(e), (x) => this.rt('truthy', [x], loc), loc);
  }

  private expr(e: ast.expr): es.Expression {
    // The kinds lowered by a method of their own make their own span: names (the commonest
    // expression), calls and comparisons (the commonest after them) and a few more.
    switch (e.nodeType) {
      case 'Name': return this.loadName(e);
      case 'Call': return this.callExpr(e);
      case 'Compare': return this.compare(e);
      case 'Dict': return this.dictDisplay(e);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formatted(e);
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': return this.comprehension(e);
      default: break;
    }
    const loc = this.loc(e);
    switch (e.nodeType) {
      case 'Constant': return this.constant(e.value, loc, e);
      case 'BinOp': {
        const folded = foldInt(e);
        if (folded !== null) return this.constant(folded, loc, e);
        if (e.op === 'Mod' && e.left.nodeType === 'Constant' && typeof e.left.value === 'string') {
          return this.literalPercent(e.left.value, e.right, loc) ?? this.rt('percent', [this.expr(e.left), this.expr(e.right)], loc);
        }
        if (e.op === 'Mod') {
          const fused = this.mulAddMod(e, loc);
          if (fused) return fused;
        }
        return this.binop(e.op, BINOP[e.op], this.expr(e.left), this.expr(e.right), loc);
      }
      case 'UnaryOp': {
        if (e.op === 'USub' && e.operand.nodeType === 'Constant') {
          const v = e.operand.value;
          if (typeof v === 'bigint') return this.constant(-v, loc, e);
          if (typeof v === 'number') return this.constant(-v, loc, e);
        }
        const arg = this.expr(e.operand);
        const op = e.op;
        switch (op) {
          case 'Not': return js.unary('!', this.rt('truthy', [arg]), loc);
          case 'USub': return fast.neg(this.fastCtx, arg, (x) => this.rt('neg', [x], loc), loc);
          case 'UAdd': return this.rt('pos', [arg], loc);
          case 'Invert': return this.rt('invert', [arg], loc);
          default: return assertNever(op);
        }
      }
      case 'BoolOp': {
        // `a and b` returns a if falsy, else b: evaluate a once.
        let result = this.expr(e.values[e.values.length - 1]);
        for (let i = e.values.length - 2; i >= 0; i--) {
          const t = this.fn.temp();
          const first = js.assign(js.id(t), this.expr(e.values[i]));
          const test = this.rt('truthy', [first]);
          result = e.op === 'And' ? js.cond(test, result, js.id(t), loc) : js.cond(test, js.id(t), result, loc);
        }
        return result;
      }
      case 'IfExp': return js.cond(this.test(e.test), this.expr(e.body), this.expr(e.orelse), loc);
      case 'Attribute': {
        const obj = this.expr(e.value);
        if (obj.type === 'Identifier') return this.attrLoad(obj, e.attr, loc);
        const t = this.fn.temp();
        return js.seq([js.assign(js.id(t), obj), this.attrLoad(js.id(t), e.attr, loc)], loc);
      }
      case 'Subscript': {
        if (e.slice.nodeType === 'Slice') return this.rt('getslice', [this.expr(e.value), ...this.sliceParts(e.slice)], loc);
        return this.getitem(this.expr(e.value), this.subscriptKey(e.slice), loc);
      }
      case 'List': return this.sequence(e.elts, loc);
      case 'Tuple': return this.tupleDisplay(e.elts, loc);
      case 'Set': {
        // CPython folds a display of three or more constants into a frozenset constant first,
        // which decides the iteration order of what it prints; the runtime replays that.
        const folded = e.elts.length > 2 && e.elts.every(isConstantExpr);
        const items = this.sequence(e.elts, loc, 'toArray');
        return this.rt('set', folded ? [items, js.lit(true)] : [items], loc);
      }
      case 'Lambda': {
        const scope = this.tree.of.get(e)!;
        return this.makeFunction(e, scope, '<lambda>', e.args, () => [js.ret(this.expr(e.body), loc)], null);
      }
      case 'NamedExpr': return this.storeName(e.target.id, this.expr(e.value), loc);
      case 'Yield': {
        const value = e.value ? this.expr(e.value) : js.lit(null);
        return js.yieldExpr(this.fn.scope.isAsync ? this.rt('asyncGenValue', [value]) : value, false, loc);
      }
      case 'YieldFrom': return js.yieldExpr(this.rt('yieldFrom', [this.expr(e.value)]), true, loc);
      case 'Starred': this.error(e, "can't use starred expression here");
      // falls through
      case 'Slice': return this.rt('slice', [this.optional(e.lower), this.optional(e.upper), this.optional(e.step)], loc);
      case 'Await': return js.yieldExpr(this.rt('awaitable', [this.expr(e.value)], loc), true, loc);
      default: return assertNever(e);
    }
  }

  private optional(e: ast.expr | null): es.Expression {
    return e ? this.expr(e) : js.lit(null);
  }

  /** The parts of `lower:upper:step`, in evaluation order, null for an omitted one. */
  /**
   * `t[a:b] = s[c:d:e]` with names for `t` and `s` and bounds that are None, int literals, names
   * or `name ± int`: when `s` is a plain list and every name in the bounds holds a number, nothing
   * can run Python code before t's `__setitem__`, so `copySlice` moves the items without the
   * intermediate list; otherwise the statement runs as written (the same lowered parts).
   */
  private sliceCopy(target: ast.expr, value: ast.expr, out: es.Statement[], loc: js.Loc): boolean {
    if (target.nodeType !== 'Subscript' || target.slice.nodeType !== 'Slice' || target.value.nodeType !== 'Name') return false;
    if (value.nodeType !== 'Subscript' || value.slice.nodeType !== 'Slice' || value.value.nodeType !== 'Name') return false;
    const names = new Map<string, ast.Name>();
    const isInt = (e: ast.expr): boolean => e.nodeType === 'Constant' && typeof e.value === 'bigint' && e.value >= -(2n ** 31n) && e.value < 2n ** 31n;
    const simpleBound = (e: ast.expr | null): boolean => {
      if (e === null || (e.nodeType === 'Constant' && e.value === null) || isInt(e)) return true;
      if (e.nodeType === 'UnaryOp' && e.op === 'USub') return isInt(e.operand);
      if (e.nodeType === 'Name') { if (!names.has(e.id)) names.set(e.id, e); return true; }
      if (e.nodeType === 'BinOp' && (e.op === 'Add' || e.op === 'Sub') && e.left.nodeType === 'Name' && isInt(e.right)) {
        if (!names.has(e.left.id)) names.set(e.left.id, e.left);
        return true;
      }
      return false;
    };
    const parts = [target.slice, value.slice].flatMap((p) => [p.lower, p.upper, p.step]);
    if (!parts.every(simpleBound)) return false;
    const t = this.expr(target.value);
    const src = this.expr(value.value);
    const guardNames = [...names.values()].map((n) => this.expr(n));
    if (t.type !== 'Identifier' || src.type !== 'Identifier' || guardNames.some((g) => g.type !== 'Identifier')) return false;
    const targetParts = this.sliceParts(target.slice);
    const sourceParts = this.sliceParts(value.slice);
    const guard = ([
      js.binary('===', js.optMember(src, 'constructor'), js.id('Array')),
      ...guardNames.map((g) => js.binary('===', js.unary('typeof', g), js.lit('number'))),
    ] as es.Expression[]).reduce((a, b) => js.logical('&&', a, b));
    const v = js.id(this.fn.temp());
    const general = js.block([
      js.exprStmt(js.assign(v, this.rt('getslice', [src, ...sourceParts], loc)), loc),
      js.exprStmt(this.rt('setslice', [t, ...targetParts, v], loc), loc),
    ]);
    out.push(js.ifStmt(guard, js.exprStmt(this.rt('copySlice', [t, ...targetParts, src, ...sourceParts], loc), loc), general, loc));
    return true;
  }

  private sliceParts(s: ast.Slice): es.Expression[] {
    return [this.optional(s.lower), this.optional(s.upper), this.optional(s.step)];
  }

  private subscriptKey(slice: ast.expr): es.Expression {
    return this.expr(slice);
  }

  private constant(v: ast.ConstantValue, loc: js.Loc, node: ast.Pos): es.Expression {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return js.lit(v, loc);
    if (typeof v === 'bigint') {
      if (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER)) return js.lit(Number(v), loc);
      return js.bigintLit(v, loc);
    }
    if (typeof v === 'number') {
      if (Number.isInteger(v)) {
        const k = this.hoist(this.rt('float', [js.lit(v)]));
        // -0 stays boxed in fast paths too: a printed literal would lose its sign.
        if (!Object.is(v, -0)) this.boxedFloats.set(k.name, v);
        return k;
      }
      if (Number.isNaN(v)) return this.hoist(this.rt('float', [js.binary('/', js.lit(0), js.lit(0))]));
      if (!Number.isFinite(v)) return this.hoist(this.rt('float', [js.binary('/', js.lit(v > 0 ? 1 : -1), js.lit(0))]));
      return js.lit(v, loc);
    }
    // latin1 maps each byte to one char; a spread of a 1 MB literal would overflow the stack.
    if (v instanceof Uint8Array) return this.hoist(this.rt('bytes', [js.lit(Buffer.from(v.buffer, v.byteOffset, v.length).toString('latin1'))]));
    if ('ellipsis' in v) return this.h('Ellipsis');
    return this.hoist(this.rt('complex', [js.lit(0), this.doubleLiteral(v.imag)]));
  }

  /** A JS expression for the double `v`, infinities and NaN included. */
  private doubleLiteral(v: number): es.Expression {
    if (Number.isNaN(v)) return js.binary('/', js.lit(0), js.lit(0));
    if (!Number.isFinite(v)) return js.binary('/', js.lit(v > 0 ? 1 : -1), js.lit(0));
    return js.lit(v);
  }

  private attrLoad(obj: es.Expression, attr: string, loc: js.Loc): es.Expression {
    // An instance keeps its own special methods apart from `obj.$name` (runtime/type-slots.ts).
    if (TYPE_SLOTS.has(attr)) return this.rt('typeSlotAttr', [obj, js.lit(attr)], loc);
    return fast.getattr(this.fastCtx, obj, attr, (o, v) => this.rt('getattr', [o, v, js.lit(attr)], loc), loc);
  }

  /** Pairs and triples go to an arity helper (no temporary array); call arguments keep the left-to-right order. */
  private tupleDisplay(elts: ast.expr[], loc: js.Loc): es.Expression {
    if (!elts.some((x) => x.nodeType === 'Starred')) {
      if (elts.length === 2) return this.rt('tuple2', elts.map((x) => this.expr(x)), loc);
      if (elts.length === 3) return this.rt('tuple3', elts.map((x) => this.expr(x)), loc);
    }
    return this.rt('tuple', [this.sequence(elts, loc)], loc);
  }

  /** The items of a display; a set's `*x` says "not iterable", a list's or tuple's "Value after *" (as CPython). */
  private sequence(elts: ast.expr[], loc: js.Loc, spreadHelper: 'starItems' | 'toArray' = 'starItems'): es.ArrayExpression {
    return js.array(elts.map((x) => (x.nodeType === 'Starred' ? js.spread(this.rt(spreadHelper, [this.expr(x.value)])) : this.expr(x))), loc);
  }

  private dictDisplay(e: ast.Dict): es.Expression {
    const loc = this.loc(e);
    if (e.keys.every((k) => k !== null)) {
      const flat: es.Expression[] = [];
      e.keys.forEach((k, i) => flat.push(this.expr(k!), this.expr(e.values[i])));
      return this.rt('dict', [js.array(flat)], loc);
    }
    const t = this.fn.temp();
    const parts: es.Expression[] = [js.assign(js.id(t), this.rt('dict', [js.array([])]))];
    e.keys.forEach((k, i) => {
      if (k === null) parts.push(this.rt('dictMerge', [js.id(t), this.expr(e.values[i])]));
      else parts.push(this.rt('setitem', [js.id(t), this.expr(k), this.expr(e.values[i])]));
    });
    parts.push(js.id(t));
    return js.seq(parts, loc);
  }

  private joinedStr(e: ast.JoinedStr): es.Expression {
    const loc = this.loc(e);
    const parts = e.values.map((v) => (v.nodeType === 'Constant' ? js.lit(v.value as string) : this.expr(v)));
    if (!parts.length) return js.lit('', loc);
    if (parts.length === 1 && parts[0].type !== 'Literal') return parts[0];
    let result = parts[0];
    for (let i = 1; i < parts.length; i++) result = js.binary('+', result, parts[i], loc);
    // A rope of its pieces until read; an f-string kept in a list would keep them all (the GC
    // copies each one, and the first read flattens it anyway).
    return parts.length > 1 ? this.rt('flatten', [result], loc) : result;
  }

  private formatted(e: ast.FormattedValue): es.Expression {
    const loc = this.loc(e);
    let value = this.expr(e.value);
    const conv = e.conversion;
    if (conv === 115) value = this.rt('str', [value]);
    else if (conv === 114) value = this.rt('repr', [value]);
    else if (conv === 97) value = this.rt('ascii', [value]);
    const spec = e.format_spec ? this.joinedStr(e.format_spec) : js.lit('');
    return this.rt('format', [value, spec], loc);
  }

  /**
   * `a < b < c` in a boolean context: `a < b && b < c` with b evaluated once. The truth of each
   * link is taken once, where the chain's value would have its falsy link's truth taken twice.
   */
  private compareChainTest(e: ast.Compare): es.Expression {
    const displayed = this.displayEq(e, true);
    if (displayed !== null) return displayed;
    const literal = this.literalMembership(e);
    if (literal) return literal;
    const loc = this.loc(e);
    const links = this.chainLinks(e, (op, a, b) => FAST_COMPARE.has(op)
      ? fast.compare(this.fastCtx, op as fast.CompareOp, a, b, (x, y) => this.rt('truthy', [this.rt(CMPOP[op], [x, y], loc)]), loc)
      : this.compareLink(op, a, b, false, loc));
    return links.reduce((a, b) => js.logical('&&', a, b, loc));
  }

  /**
   * The links of `a op1 b op2 c ...`, each made by `link` from its operands, which are evaluated
   * in order, once: every operand between two links is stored in a temporary by the first link
   * and read from it by the second.
   */
  private chainLinks(e: ast.Compare, link: (op: ast.cmpop, a: es.Expression, b: es.Expression) => es.Expression): es.Expression[] {
    const links: es.Expression[] = [];
    let left = this.expr(e.left);
    for (let i = 0; i < e.ops.length; i++) {
      let right = this.expr(e.comparators[i]);
      let next = right;
      if (i < e.ops.length - 1) {
        const t = this.fn.temp();
        right = js.assign(js.id(t), right);
        next = js.id(t);
      }
      links.push(link(e.ops[i], left, right));
      left = next;
    }
    return links;
  }

  /** One link of a comparison, `a op b`, as a value (a JS boolean for `in`, `not in`, `is`). */
  private compareLink(op: ast.cmpop, a: es.Expression, b: es.Expression, singleton: boolean, loc: js.Loc): es.Expression {
    if (op === 'In' || op === 'NotIn') {
      // The runtime takes the container first; the item is still evaluated first.
      let item = a;
      let setup: es.Expression | null = null;
      // Two plain reads (a literal, a bound variable) cannot observe each other's order.
      const pure = (x: es.Expression) => x.type === 'Literal' || x.type === 'Identifier';
      if (!pure(a) || !pure(b)) {
        const t = this.fn.temp();
        setup = js.assign(js.id(t), a);
        item = js.id(t);
      }
      let test: es.Expression = this.rt('contains', [b, item], loc);
      if (op === 'NotIn') test = js.unary('!', test, loc);
      return setup === null ? test : js.seq([setup, test], loc);
    }
    // `x is None` is `===`; otherwise a NaN (an unboxed float) must be identical to itself.
    if (op === 'Is') return singleton ? js.binary('===', a, b, loc) : this.rt('is', [a, b], loc);
    if (op === 'IsNot') return singleton ? js.binary('!==', a, b, loc) : this.rt('isnot', [a, b], loc);
    if (FAST_COMPARE.has(op)) return fast.compare(this.fastCtx, op as fast.CompareOp, a, b, (x, y) => this.rt(CMPOP[op], [x, y], loc), loc);
    return this.rt(CMPOP[op], [a, b], loc);
  }

  /**
   * `(a, b) == t` or `t == (a, b)`, a tuple display without `*` on one side: where t is a plain tuple
   * of the display's length, the items are compared in place as tuple.__eq__ compares them (left
   * item first, the identity shortcut, stopping at the first unequal pair) and the display is never
   * built. Any other t (a subclass, another length, another type) gets the built display and the
   * operator. `test`: the comparison is a condition, so its value's truth is what is wanted.
   */
  private displayEq(e: ast.Compare, test: boolean): es.Expression | null {
    if (e.ops.length !== 1 || e.ops[0] !== 'Eq') return null;
    const isDisplay = (x: ast.expr): x is ast.Tuple => x.nodeType === 'Tuple' && x.elts.length >= 2 && x.elts.length <= 4 &&
      !x.elts.some((i) => i.nodeType === 'Starred');
    const right = e.comparators[0];
    const displayLeft = isDisplay(e.left);
    const display = displayLeft ? e.left as ast.Tuple : isDisplay(right) ? right : null;
    if (display === null) return null;
    const loc = this.loc(e);
    const setup: es.Expression[] = [];
    const items: es.Identifier[] = [];
    const other = js.id(this.fn.temp());
    const evalItems = () => {
      for (const x of display.elts) {
        const t = js.id(this.fn.temp());
        setup.push(js.assign(t, this.expr(x)));
        items.push(t);
      }
    };
    if (displayLeft) {
      evalItems();
      setup.push(js.assign(other, this.expr(right)));
    } else {
      setup.push(js.assign(other, this.expr(e.left)));
      evalItems();
    }
    const built = items.length === 2 ? this.rt('tuple2', items, loc) : items.length === 3 ? this.rt('tuple3', items, loc)
      : this.rt('tuple', [js.array(items)], loc);
    let slow: es.Expression = this.rt('eq', displayLeft ? [built, other] : [other, built], loc);
    if (test) slow = this.rt('truthy', [slow], loc);
    const pairs = items.map((t, i) => {
      const o = js.index(other, js.lit(i));
      return this.rt('itemEq', displayLeft ? [t, o] : [o, t], loc);
    });
    const plain = js.logical('&&', js.binary('===', js.optMember(other, 'constructor'), this.h('PyTuple')),
      js.binary('===', js.member(other, 'length'), js.lit(items.length)));
    const same = pairs.slice(1).reduce<es.Expression>((a, b) => js.logical('&&', a, b), pairs[0]!);
    return js.seq([...setup, js.cond(plain, same, slow, loc)], loc);
  }

  /**
   * `x in ("a", "b")` (or `not in`) against a tuple, list or set display of str literals: an exact
   * str is compared with each literal (`===`), which is what membership by identity or equality
   * comes to for two str; anything else (a str subclass with its own `__eq__`, an unhashable item
   * of a set display) takes `contains` on the container built as written. No container is built
   * for the common case.
   */
  private literalMembership(e: ast.Compare): es.Expression | null {
    if (e.ops.length !== 1 || (e.ops[0] !== 'In' && e.ops[0] !== 'NotIn')) return null;
    const container = e.comparators[0];
    if (container.nodeType !== 'Tuple' && container.nodeType !== 'List' && container.nodeType !== 'Set') return null;
    const words: string[] = [];
    for (const elt of container.elts) {
      if (elt.nodeType !== 'Constant' || typeof elt.value !== 'string') return null;
      words.push(elt.value);
    }
    if (words.length === 0 || words.length > 8) return null;
    const loc = this.loc(e);
    let item = this.expr(e.left);
    let setup: es.Expression | null = null;
    if (item.type !== 'Identifier') {
      const t = js.id(this.fn.temp());
      setup = js.assign(t, item);
      item = t;
    }
    const matches = words.map((w): es.Expression => js.binary('===', item, js.lit(w), loc)).reduce((a, b) => js.logical('||', a, b, loc));
    let test: es.Expression = js.cond(js.binary('===', js.unary('typeof', item), js.lit('string')), matches,
      this.rt('contains', [this.expr(container), item], loc), loc);
    if (e.ops[0] === 'NotIn') test = js.unary('!', test, loc);
    return setup === null ? test : js.seq([setup, test], loc);
  }

  private compare(e: ast.Compare): es.Expression {
    const displayed = this.displayEq(e, false);
    if (displayed !== null) return displayed;
    const literal = this.literalMembership(e);
    if (literal) return literal;
    const loc = this.loc(e);
    const isSingleton = (x: ast.expr) => x.nodeType === 'Constant' && (x.value === null || typeof x.value === 'boolean');
    const singleton = e.ops.length === 1 && (isSingleton(e.left) || isSingleton(e.comparators[0]));
    const one = (op: ast.cmpop, a: es.Expression, b: es.Expression): es.Expression => this.compareLink(op, a, b, singleton, loc);
    if (e.ops.length === 1) return one(e.ops[0], this.expr(e.left), this.expr(e.comparators[0]));
    // a < b < c: b is evaluated once; the chain stops at the first falsy result, which it returns.
    const links = this.chainLinks(e, one);
    let result = links[links.length - 1];
    for (let i = links.length - 2; i >= 0; i--) {
      const r = this.fn.temp();
      result = js.cond(this.rt('truthy', [js.assign(js.id(r), links[i])]), result, js.id(r), loc);
    }
    return result;
  }

  // --- calls

  /** `e` is a call of the builtin globals() or locals() without arguments. */
  private isNamespaceCall(e: ast.expr, name: 'globals' | 'locals' | 'vars' | 'dir'): boolean {
    return e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === name && ['builtin', 'dynamic'].includes(this.home(name).kind) &&
      e.args.length === 0 && e.keywords.length === 0;
  }

  /**
   * eval(s) and exec(s) run in the caller's namespaces, which only the call site knows: without
   * namespaces (or with a literal None for the globals) they get globals() and locals() here.
   */
  private evaluationCall(e: ast.Call, loc: js.Loc): es.Expression | null {
    const f = e.func;
    if (f.nodeType !== 'Name' || (f.id !== 'eval' && f.id !== 'exec')) return null;
    const kind = this.home(f.id).kind;
    if (kind !== 'builtin' && kind !== 'dynamic') return null;
    this.evaluationCallees.add(f);
    const args = e.args;
    if (e.keywords.length || args.length < 1 || args.length > 3 || args.some((a) => a.nodeType === 'Starred')) return null;
    const isNone = (a: ast.expr | undefined) => a === undefined || (a.nodeType === 'Constant' && a.value === null);
    if (args.length > 1 && !isNone(args[1])) return null;
    const callee = this.expr(f);
    const locals = isNone(args[2]) ? this.localsDict(null) : this.expr(args[2]!);
    return js.call(callee, [this.expr(args[0]), this.globalsDict(null, false), locals], loc);
  }

  /** The `eval` and `exec` names that are the function of a call (checkEvaluationValue lets them be). */
  private readonly evaluationCallees = new WeakSet<ast.Name>();

  /**
   * `eval` or `exec` read as a value: called later without namespaces it could not know its
   * caller's, which is exact only at the main module's top level (its globals are the fallback).
   */
  private checkEvaluationValue(node: object | undefined, name: string, loc: es.SourceLocation): void {
    if (name !== 'eval' && name !== 'exec') return;
    if (node !== undefined && this.evaluationCallees.has(node as ast.Name)) return;
    if (this.opts.snippet !== undefined || (this.fn.scope.kind === 'module' && this.opts.moduleName === '__main__')) return;
    const pos = { lineno: loc.start.line, col_offset: loc.start.column, end_lineno: loc.end.line, end_col_offset: loc.end.column };
    this.unsupported(pos, `${name} other than called by name, inside a function or outside the main module,`);
  }

  /** globals() (or, with `top`, a module's locals()): a snippet's are those of its `$ctx`. */
  private globalsDict(loc: js.Loc, top: boolean): es.Expression {
    if (this.opts.snippet !== undefined) return this.ctxCall(top ? 'locals' : 'globals', [], loc);
    return this.rt('moduleDict', [js.id('$modobj')], loc);
  }

  /** locals(): in a function, its parameters and local variables bound so far; in a module, globals(). */
  private localsDict(loc: js.Loc): es.Expression {
    const scope = this.fn.scope;
    if (scope.kind === 'module') return this.globalsDict(loc, true);
    if (scope.kind === 'class') return this.rt('classLocals', [js.id('$ns')], loc);
    // CPython's order: the parameters, the other variables, those that inner scopes share
    // (cells), then the enclosing functions' variables the function reads.
    const node = scope.node as ast.FunctionDef | ast.Lambda | null;
    const params = node !== null && 'args' in node ? parameterOrder(node.args) : [...scope.params];
    const cells = new Set(cellVariables(scope));
    const names = new Set(params.filter((n) => !scope.globals.has(n)));
    for (const n of scope.bound) if (!scope.globals.has(n) && !cells.has(n)) names.add(n);
    for (const n of cells) names.add(n);
    for (const n of namesRead(scope.node)) if (!names.has(n) && this.home(n).kind === 'free') names.add(n);
    const flat = [...names].flatMap((n) => [js.lit(n), js.id(js.jsName(n))]);
    // One dict per call, refreshed by each locals(): what exec() stores in it stays there.
    this.fn.localsSnapshot ??= this.fn.temp('$locals');
    const snapshot = js.id(this.fn.localsSnapshot);
    return js.assign(snapshot, this.rt('namespaceDict', [js.array(flat), snapshot], loc));
  }

  private callExpr(e: ast.Call): es.Expression {
    const loc = this.loc(e);
    const simple = e.keywords.length === 0 && !e.args.some((a) => a.nodeType === 'Starred');
    // super().m(...) and super().x: resolved along the MRO after the class cell.
    if (e.func.nodeType === 'Attribute' && isZeroArgSuper(e.func.value)) {
      const failure = this.zeroArgSuperFailure(loc);
      if (failure) return failure;
      const cell = js.id(this.fn.classCell!);
      const self = js.id(this.fn.selfParam!);
      const method = this.rt('superMethod', [cell, self, js.lit(e.func.attr)], loc);
      if (simple) return js.call(js.member(method, 'call'), [self, ...e.args.map((a) => this.expr(a))], loc);
      return this.callWithKw(method, self, e, loc);
    }
    if (e.func.nodeType === 'Attribute') {
      const literal = simple ? this.literalFormat(e, loc) : null;
      if (literal) return literal;
      const objExpr = this.expr(e.func.value);
      if (simple && e.func.attr === 'append' && e.args.length === 1) {
        const attrLoc = this.loc(e.func);
        const method = (o: es.Expression): es.Expression => this.methodRef(o, 'append', attrLoc);
        return fast.listAppend(this.fastCtx, objExpr, this.expr(e.args[0]), method, loc);
      }
      if (simple && e.func.attr === 'get' && (e.args.length === 1 || e.args.length === 2)) {
        const attrLoc = this.loc(e.func);
        const method = (o: es.Expression): es.Expression => this.methodRef(o, 'get', attrLoc);
        return fast.dictGet(this.fastCtx, objExpr, e.args.map((a) => this.expr(a)), method, loc);
      }
      const obj = objExpr.type === 'Identifier' ? objExpr : js.id(this.fn.temp());
      const prelude = objExpr.type === 'Identifier' ? null : js.assign(obj as es.Identifier, objExpr);
      const method = this.methodRef(obj, e.func.attr, this.loc(e.func));
      let callE: es.Expression;
      if (simple) callE = js.call(js.member(method, 'call'), [obj, ...e.args.map((a) => this.expr(a))], loc);
      else callE = this.callWithKw(method, obj, e, loc);
      return prelude ? js.seq([prelude, callE], loc) : callE;
    }
    // The namespaces are JS variables, not dicts: globals() and locals() make one of them now.
    if (this.isNamespaceCall(e, 'globals')) return this.globalsDict(loc, false);
    const evaluation = this.evaluationCall(e, loc);
    if (evaluation !== null) return evaluation;
    // vars() and dir() with no argument are locals() and its sorted names.
    if (this.isNamespaceCall(e, 'locals') || this.isNamespaceCall(e, 'vars')) return this.localsDict(loc);
    if (this.isNamespaceCall(e, 'dir')) {
      this.builtins.add('sorted');
      return js.call(js.id('sorted'), [this.localsDict(loc)], loc);
    }
    if (e.func.nodeType === 'Name' && e.func.id === 'super' && this.isBuiltinSuper()) {
      if (e.args.length === 0) {
        return this.zeroArgSuperFailure(loc) ?? this.rt('superObj', [js.id(this.fn.classCell!), js.id(this.fn.selfParam!)], loc);
      }
      return this.rt('superObj', e.args.map((a) => this.expr(a)), loc);
    }
    const quick = simple ? this.isinstanceCall(e, loc) ?? this.strCall(e, loc) ?? this.tupleCall(e, loc) : null;
    if (quick) return quick;
    let callee = this.callableOf(e.func);
    if (e.func.nodeType === 'Lambda' && loc !== null) {
      // `(lambda: ...)()`: the call's parenthesis follows the lambda's last line, where nothing is
      // mapped; calling through a mapped temp keeps the caller's frame in tracebacks.
      const t = this.fn.temp();
      callee = js.seq([js.assign(js.id(t), callee), js.id(t, loc)]);
    }
    if (simple && this.stopsEarlyOnGenerator(e)) return js.call(callee, [this.rt('iterOwned', [this.expr(e.args[0])])], loc);
    if (simple) return js.call(callee, e.args.map((a) => this.expr(a)), loc);
    return this.callWithKw(callee, js.lit(null), e, loc);
  }

  /**
   * The method `obj.name` of a method call, `obj.$name ?? $noattr(obj, "name")`: a missing
   * attribute or one set to None goes to noattr; so does None itself for a special method
   * (`obj?.$name`), while None's missing ones raise at the read (fast.attrMember).
   */
  private methodRef(obj: es.Expression, name: string, loc: js.Loc): es.Expression {
    if (TYPE_SLOTS.has(name)) return this.rt('typeSlotMethod', [obj, js.lit(name)], loc);
    return js.logical('??', fast.attrMember(obj, name), this.rt('noattr', [obj, js.lit(name)]), loc);
  }

  /**
   * `"...".format(a, b)` on a str literal whose template compiler/strformat.ts splits: the
   * arguments in order, then the text and a `format(value, spec)` per field, as str.format runs.
   */
  private literalFormat(e: ast.Call, loc: js.Loc): es.Expression | null {
    if (e.func.nodeType !== 'Attribute' || e.func.attr !== 'format') return null;
    const template = e.func.value;
    if (template.nodeType !== 'Constant' || typeof template.value !== 'string') return null;
    const pieces = splitStrFormat(template.value, e.args.length);
    if (pieces === null) return null;
    return this.formatPieces(e.args, pieces, (value, field: FormatField) => {
      const converted = field.conv === '' ? value : this.rt(FIELD_CONVERSION[field.conv]!, [value], loc);
      return this.rt('format', [converted, js.lit(field.spec)], loc);
    }, loc, true);
  }

  /** `"..." % (a, b)` on a str literal whose template compiler/strformat.ts splits. */
  private literalPercent(template: string, right: ast.expr, loc: js.Loc): es.Expression | null {
    if (right.nodeType !== 'Tuple') return this.literalPercentOne(template, right, loc);
    if (right.elts.some((x) => x.nodeType === 'Starred')) return null;
    const split = splitPercent(template, right.elts.length);
    if (split === null) return null;
    if (split.fstring) {
      return this.formatPieces(right.elts, split.pieces, (value, field: PercentField) =>
        this.rt('format', [this.rt(FIELD_CONVERSION[field.conv]!, [value], loc), js.lit(field.spec)], loc), loc, false);
    }
    return this.formatPieces(right.elts, split.pieces, (value, field: PercentField) =>
      this.rt('percentOne', [js.lit(field.text), value], loc), loc, true);
  }

  /**
   * `"t%d" % x` on a str literal with one conversion and a right operand that is not a tuple
   * display. Only at run time is it known whether `x` is a tuple or a mapping, so the split form
   * is guarded by a test that it is neither (an int for a plain `%d`, a str for a plain `%s`, a
   * JS number or string for any other conversion), and everything else takes the runtime `%`.
   */
  private literalPercentOne(template: string, right: ast.expr, loc: js.Loc): es.Expression | null {
    const split = splitPercent(template, 1);
    if (split === null) return null;
    const field = split.pieces.find((p): p is PercentField => typeof p !== 'string')!;
    const t = js.id(this.fn.temp());
    const isType = (type: string): es.Expression => js.binary('===', js.unary('typeof', t), js.lit(type));
    let guard: es.Expression;
    let value: es.Expression;
    if (field.text === '%d' || field.text === '%i' || field.text === '%u') {
      // An integral JS number is an int, whose decimal text is what `+` makes of it.
      guard = js.logical('&&', isType('number'), js.call(js.member(js.id('Number'), 'isInteger'), [t]));
      value = t;
    } else if (field.text === '%s') {
      guard = isType('string');
      value = t;
    } else {
      guard = js.logical('||', isType('number'), isType('string'));
      value = this.rt('percentOne', [js.lit(field.text), t], loc);
    }
    const parts = split.pieces.map((p) => (typeof p === 'string' ? js.lit(p) : value));
    // A leading '' makes `+` a string concatenation when the field comes first.
    if (typeof split.pieces[0] !== 'string') parts.unshift(js.lit(''));
    let joined = parts[0]!;
    for (let i = 1; i < parts.length; i++) joined = js.binary('+', joined, parts[i]!, loc);
    const fast = split.pieces.length > 1 ? this.rt('flatten', [joined], loc) : joined;
    // The template literal keeps the `%` expression's position (the literal starts it), as the
    // runtime call it replaces had it.
    const slow = this.rt('percent', [js.lit(template, loc), t], loc);
    return js.seq([js.assign(t, this.expr(right)), js.cond(guard, fast, slow, loc)], loc);
  }

  /**
   * The literal text and the formatted fields joined with `+`, flattened as the runtime's own
   * str.format and `%` results are (every field gives a JS string, so `+` concatenates). With
   * `evaluateFirst` the arguments go into temporaries before any field is formatted, as a call's
   * arguments do; without it each field evaluates its argument (field k takes argument k).
   */
  private formatPieces<F extends { index: number }>(args: ast.expr[], pieces: (string | F)[],
    field: (value: es.Expression, piece: F) => es.Expression, loc: js.Loc, evaluateFirst: boolean): es.Expression {
    const prelude: es.Expression[] = [];
    const values = args.map((a) => {
      const v = this.expr(a);
      if (a.nodeType === 'Constant' || !evaluateFirst) return v;
      const t = js.id(this.fn.temp());
      prelude.push(js.assign(t, v));
      return t;
    });
    const parts = pieces.map((p) => (typeof p === 'string' ? js.lit(p) : field(values[p.index]!, p)));
    let joined: es.Expression = parts.length === 0 ? js.lit('') : parts[0]!;
    for (let i = 1; i < parts.length; i++) joined = js.binary('+', joined, parts[i]!, loc);
    return js.seq([...prelude, parts.length > 1 ? this.rt('flatten', [joined], loc) : joined], loc);
  }

  /**
   * `any(x for x in ...)` and `all(...)` over a generator expression stop early and drop it, and
   * CPython closes it then (which closes a generator its loop was running).
   */
  private stopsEarlyOnGenerator(e: ast.Call): boolean {
    if (e.func.nodeType !== 'Name' || (e.func.id !== 'any' && e.func.id !== 'all')) return false;
    return e.args.length === 1 && e.args[0].nodeType === 'GeneratorExp' && this.home(e.func.id).kind === 'builtin';
  }

  /**
   * `isinstance(x, C)` for the builtin isinstance and a builtin C among the core types: an exact
   * instance of C answers True at the site, anything else (subclasses, bool for int, a metaclass
   * hook) asks isinstance.
   */
  private isinstanceCall(e: ast.Call, loc: js.Loc): es.Expression | null {
    if (e.func.nodeType !== 'Name' || e.func.id !== 'isinstance' || e.args.length !== 2) return null;
    const cls = e.args[1];
    if (cls.nodeType !== 'Name' || !fast.hasExactTest(cls.id)) return null;
    if (this.home('isinstance').kind !== 'builtin' || this.home(cls.id).kind !== 'builtin') return null;
    const valueExpr = this.expr(e.args[0]);
    const x = valueExpr.type === 'Identifier' ? valueExpr : js.id(this.fn.temp());
    const exact = fast.exactInstance(this.fastCtx, cls.id, x);
    let general: es.Expression = js.call(this.callableOf(e.func), [x, this.expr(cls)], loc);
    const candidate = fast.subclassCandidate(cls.id, x);
    if (candidate) general = js.logical('&&', candidate, general);
    const test = js.logical('||', exact, general);
    return x === valueExpr ? test : js.seq([js.assign(x as es.Identifier, valueExpr), test], loc);
  }

  /**
   * `str(x)` for the builtin str and one positional argument: `x.__str__()` through the runtime's
   * str, without the type call (str.__new__ with its argument parsing) it stands for.
   */
  private strCall(e: ast.Call, loc: js.Loc): es.Expression | null {
    if (e.func.nodeType !== 'Name' || e.func.id !== 'str' || e.args.length !== 1) return null;
    if (this.home('str').kind !== 'builtin') return null;
    return this.rt('str', [this.expr(e.args[0])], loc);
  }


  /**
   * `tuple(x)` for the builtin tuple's name and one positional argument: the runtime's tupleCall
   * builds the tuple from `x` directly when the name still holds the builtin class, without the
   * type call (metaclass test, the positional array, argument checks) it stands for; anything the
   * name was rebound to is called as before.
   */
  private tupleCall(e: ast.Call, loc: js.Loc): es.Expression | null {
    if (e.func.nodeType !== 'Name' || e.func.id !== 'tuple' || e.args.length !== 1) return null;
    if (this.home('tuple').kind !== 'builtin') return null;
    return this.rt('tupleCall', [this.callableOf(e.func), this.expr(e.args[0])], loc);
  }

  /**
   * Whether `super` names the builtin: in a snippet every builtin is looked up by name (its
   * home is dynamic), yet `super()` in a method must still find the method's class.
   */
  private isBuiltinSuper(): boolean {
    return resolveName(this.fn.scope, 'super', this.tree.module).kind === 'builtin';
  }

  /**
   * The error a zero-argument `super()` raises here, if any: CPython raises it when the call
   * runs (a function without parameters, or one outside a class), not when the module compiles.
   */
  private zeroArgSuperFailure(loc: js.Loc): es.Expression | null {
    const fail = (message: string) => this.rt('fail', [js.lit('RuntimeError'), js.lit(message)], loc);
    if (!this.fn.selfParam) return fail('super(): no arguments');
    if (!this.fn.classCell) return fail('super(): __class__ cell not found');
    return null;
  }

  private callWithKw(callee: es.Expression, thisArg: es.Expression, e: ast.Call, loc: js.Loc): es.Expression {
    // `f(*x)` and `f(**m)` name the callee when x or m has the wrong type, so the helpers get it
    // (held in a temp unless it is a plain name; the callee is evaluated first either way).
    const unpacks = e.args.some((a) => a.nodeType === 'Starred') || e.keywords.some((k) => k.arg === null);
    let fnRef: es.Expression | null = null;
    if (unpacks) {
      if (callee.type === 'Identifier') {
        fnRef = callee;
      } else {
        const t = this.fn.temp();
        callee = js.assign(js.id(t), callee);
        fnRef = js.id(t);
      }
    }
    const who = (): es.Expression[] => (thisArg.type === 'Literal' ? [fnRef!] : [fnRef!, thisArg]);
    // CPython checks a lone `*x` as the call's argument tuple (naming the callee), but gathers
    // anything longer into a list first, which words the error as a display does.
    const lone = e.args.length === 1;
    const spread = (x: ast.expr): es.Expression =>
      lone ? this.rt('toArray', [this.expr(x), ...who()]) : this.rt('starItems', [this.expr(x)]);
    const pos = js.array(e.args.map((x) => (x.nodeType === 'Starred' ? js.spread(spread(x.value)) : this.expr(x))));
    // `f(*args)` without keywords is the plain call with the items spread, as `f(a, b)` is.
    if (e.keywords.length === 0) {
      if (thisArg.type === 'Literal') return js.call(callee, pos.elements as (es.Expression | es.SpreadElement)[], loc);
      return js.call(js.member(callee, 'call'), [thisArg, ...(pos.elements as (es.Expression | es.SpreadElement)[])], loc);
    }
    // Named keywords only: the site keeps the binding it made for its last callee (`callAt`).
    const names = e.keywords.map((k) => k.arg);
    if (!unpacks && new Set(names).size === names.length) {
      const site = this.hoist(this.rt('kwSite', [js.lit(e.args.length), js.array(names.map((n) => js.lit(n!)))]));
      const vals = [...(pos.elements as es.Expression[]), ...e.keywords.map((k) => this.expr(k.value))];
      return this.rt('callAt', [site, callee, thisArg, js.array(vals)], loc);
    }
    const kw: (es.Expression | es.SpreadElement)[] = [];
    for (const k of e.keywords) {
      if (k.arg === null) kw.push(js.spread(this.rt('kwItems', [this.expr(k.value), ...who()])));
      else kw.push(js.array([js.lit(k.arg), this.expr(k.value)]));
    }
    return this.rt('callKw', [callee, thisArg, pos, js.array(kw)], loc);
  }

  // --- comprehensions

  /**
   * `(elt for x in it if cond)` with one `for` and no `await`: a step function that assigns the
   * target, returns GENEXPR_SKIP when a condition fails and else the element, run by the runtime
   * without a JS generator (`genOver`). A `function*` per evaluation made V8 build a prototype and
   * a hidden class for it every time. The locals are the step's own unless a lambda or comprehension inside
   * may keep one: then they live in an enclosing arrow, one binding for every item, as in CPython.
   */
  private oneLoopGenexpr(e: ast.GeneratorExp, scope: Scope, first: es.Expression, qualname: string, loc: js.Loc): es.Expression {
    const g = e.generators[0];
    const item = '$c0';
    const stmts: es.Statement[] = [];
    this.assignTo(g.target, js.id(item), stmts, this.loc(g.target));
    for (const cond of g.ifs) stmts.push(js.ifStmt(js.unary('!', this.test(cond)), js.ret(this.h('GENEXPR_SKIP'))));
    stmts.push(js.ret(this.expr(e.elt)));
    const locals = [...scope.bound].filter((n) => scope.isLocal(n)).map(js.jsName);
    const shared = locals.length > 0 && scope.children.length > 0;
    const decls: es.Statement[] = [];
    if (locals.length && !shared) decls.push(js.letDecl(locals, 'var'));
    decls.push(...this.tempDecls());
    const step = js.fnExpr('$genexpr', [js.id(item)], [...decls, ...stmts]);
    const owned = js.lit(this.loopIter(g.iter) === 'iterOwned');
    if (!shared) return this.rt('genOver', [first, owned, step, js.lit(qualname)], loc);
    const made = this.rt('genOver', [js.id('$it'), owned, step, js.lit(qualname)], loc);
    return js.call(js.arrow([js.id('$it')], [js.letDecl(locals, 'var'), js.ret(made)]), [first], loc);
  }

  private comprehension(e: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): es.Expression {
    const loc = this.loc(e);
    const scope = this.tree.of.get(e)!;
    const first = this.expr(e.generators[0].iter);
    const genQualname = this.qualname('<genexpr>');
    const state = new FnState(scope, this.fn, this.fn.classCell, this.fn.selfParam);
    return this.withFn(state, () => {
      const isGen = e.nodeType === 'GeneratorExp';
      if (isGen && !scope.isAsync && e.generators.length === 1) return this.oneLoopGenexpr(e, scope, first, genQualname, loc);
      const acc = '$acc';
      let innermost: es.Statement;
      switch (e.nodeType) {
        case 'ListComp': innermost = js.exprStmt(js.call(js.member(js.id(acc), 'push'), [this.expr(e.elt)])); break;
        case 'SetComp': innermost = js.exprStmt(js.call(js.member(js.id(acc), 'push'), [this.expr(e.elt)])); break;
        case 'DictComp': innermost = js.exprStmt(this.rt('setitem', [js.id(acc), this.expr(e.key), this.expr(e.value)])); break;
        case 'GeneratorExp': {
          const value = this.expr(e.elt);
          innermost = js.exprStmt(js.yieldExpr(scope.isAsync ? this.rt('asyncGenValue', [value]) : value, false));
          break;
        }
      }
      let body: es.Statement = innermost;
      for (let i = e.generators.length - 1; i >= 0; i--) {
        const g = e.generators[i];
        let inner: es.Statement = body;
        for (let j = g.ifs.length - 1; j >= 0; j--) inner = js.ifStmt(this.test(g.ifs[j]), inner);
        const item = `$c${i}`;
        if (g.is_async) {
          const it = this.fn.temp('$a');
          const iterable = i === 0 ? js.id('$it') : this.expr(g.iter);
          const loop = this.asyncLoop(it, this.fn.temp('$i'), g.target, () => [inner], this.loc(g.iter));
          body = js.block([js.exprStmt(js.assign(js.id(it), this.rt('aiter', [iterable], this.loc(g.iter)))), loop]);
          continue;
        }
        const targetStmts: es.Statement[] = [];
        this.assignTo(g.target, js.id(item), targetStmts, this.loc(g.target));
        const iterable = i === 0 ? js.id('$it') : this.expr(g.iter);
        body = {
          type: 'ForOfStatement', await: false,
          left: { type: 'VariableDeclaration', kind: 'const', declarations: [{ type: 'VariableDeclarator', id: js.id(item), init: null }] },
          right: this.rt(this.loopIter(g.iter), [iterable]),
          body: js.block([...targetStmts, inner]),
        };
      }
      const locals = [...scope.bound].filter((n) => scope.isLocal(n)).map(js.jsName);
      const decls: es.Statement[] = [];
      if (locals.length) decls.push(js.letDecl(locals, 'var'));
      decls.push(...this.tempDecls());
      if (isGen) {
        const gen = js.fnExpr('$genexpr', [], [...decls, body], { generator: true });
        const wrapper = js.arrow([js.id('$it')], this.rt(scope.isAsync ? 'asyncGen' : 'gen', [gen, js.lit('<genexpr>'), js.lit(genQualname)]));
        return js.call(wrapper, [first], loc);
      }
      const init = e.nodeType === 'DictComp' ? this.rt('dict', [js.array([])]) : js.array([]);
      const result: es.Expression = e.nodeType === 'SetComp' ? this.rt('set', [js.id(acc)]) : js.id(acc);
      const kind = e.nodeType === 'ListComp' ? 'listcomp' : e.nodeType === 'SetComp' ? 'setcomp' : 'dictcomp';
      const fn = js.fnExpr(`$${kind}`, [js.id('$it')], [...decls, js.constDecl(acc, init), body, js.ret(result)], { generator: scope.isAsync });
      // An async comprehension is awaited where it stands: its frame is part of the coroutine's.
      return scope.isAsync ? js.yieldExpr(js.call(fn, [first], loc), true, loc) : js.call(fn, [first], loc);
    });
  }
}

const MODULE_DUNDERS: ReadonlySet<string> = new Set(['__name__', '__file__', '__doc__']);
/** The other names every module's namespace starts with (runtime/module.ts, newModule). */
const MODULE_ATTRIBUTES: ReadonlySet<string> = new Set(['__package__', '__loader__', '__spec__', '__builtins__', '__cached__', '__path__']);

/** co_flags bits the compiler knows: a function defined inside another, a generator, coroutine or async generator function. */
const CO_NESTED = 16;
const CO_GENERATOR = 32;
const CO_COROUTINE = 128;
const CO_ASYNC_GENERATOR = 512;

/** A generator, coroutine or async generator (or async comprehension): a JS generator run as a frame. */
/** `_` or `*_`: a pattern that matches anything and binds nothing. */
function isWildcardPattern(p: ast.pattern): boolean {
  if (p.nodeType === 'MatchStar') return p.name === null;
  return p.nodeType === 'MatchAs' && p.pattern === null && p.name === null;
}

function runsOnFrame(scope: Scope): boolean {
  return scope.hasYield || scope.isAsync;
}

/** Does a module or class body annotate a target (find_ann: compound statements too, not nested scopes)? */
function hasAnnotations(body: ast.stmt[]): boolean {
  return body.some((s) => {
    switch (s.nodeType) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If': return hasAnnotations(s.body) || hasAnnotations(s.orelse);
      case 'With': case 'AsyncWith': return hasAnnotations(s.body);
      case 'Try': case 'TryStar': return hasAnnotations(s.body) || s.handlers.some((h) => hasAnnotations(h.body)) ||
        hasAnnotations(s.orelse) || hasAnnotations(s.finalbody);
      default: return false;
    }
  });
}

/** A `range` step the counting loop handles: none, or a literal int (positive or negative). */
function countingStep(step: es.Expression | null): boolean {
  return step === null || stepIsNegative(step) || (step.type === 'Literal' && typeof step.value === 'number' && step.value > 0);
}

function stepIsNegative(step: es.Expression | null): boolean {
  return step !== null && ((step.type === 'UnaryExpression' && step.operator === '-' && step.argument.type === 'Literal') ||
    (step.type === 'Literal' && typeof step.value === 'number' && step.value < 0));
}

/** A `range` start that is absent or a literal number (an int below 2**53). */
function isSmallIntLiteral(start: es.Expression | null): boolean {
  if (start === null) return true;
  const lit = start.type === 'UnaryExpression' && start.operator === '-' ? start.argument : start;
  return lit.type === 'Literal' && typeof lit.value === 'number';
}

/** Whether `e` is a literal int within the safe range (`3`, `-1`), what rangeBound would return unchanged. */
function isSafeIntLiteral(e: es.Expression): boolean {
  const lit = e.type === 'UnaryExpression' && e.operator === '-' ? e.argument : e;
  return lit.type === 'Literal' && typeof lit.value === 'number' && Number.isSafeInteger(lit.value);
}

/** The bigint literal of a literal int step (`1` → `1n`, `-2` → `-2n`). */
function bigintOf(step: es.Expression): es.Expression {
  if (step.type === 'UnaryExpression') return js.unary('-', bigintOf(step.argument));
  return js.bigintLit(BigInt((step as es.Literal).value as number));
}

/** Folded results stay below this many bits, as CPython's AST optimiser keeps its constants small. */
const FOLD_MAX_BITS = 128n;

/**
 * The value of an int expression made only of int literals and operators that cannot raise on
 * them (`1 << 30`, `2**31 - 1`, `60 * 60 * 24`), or null. Floats are left alone: a JS `**` or
 * division need not round as C does.
 */
function foldInt(e: ast.expr): bigint | null {
  switch (e.nodeType) {
    case 'Constant': return typeof e.value === 'bigint' ? e.value : null;
    case 'UnaryOp': {
      const v = e.op === 'Not' ? null : foldInt(e.operand);
      if (v === null) return null;
      return e.op === 'USub' ? -v : e.op === 'Invert' ? -v - 1n : v;
    }
    case 'BinOp': {
      const a = foldInt(e.left);
      const b = a === null ? null : foldInt(e.right);
      if (a === null || b === null) return null;
      const v = foldIntOp(e.op, a, b);
      return v !== null && bitLength(v) <= FOLD_MAX_BITS ? v : null;
    }
    default: return null;
  }
}

/** Python's `a op b` for ints, or null where it would raise, make a float, or grow too large. */
function foldIntOp(op: ast.operator, a: bigint, b: bigint): bigint | null {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return bitLength(a) + bitLength(b) <= FOLD_MAX_BITS ? a * b : null;
    case 'FloorDiv': {
      if (b === 0n) return null;
      const q = a / b;
      return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
    }
    case 'Mod': {
      if (b === 0n) return null;
      const r = a % b;
      return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
    }
    case 'Pow': return b >= 0n && bitLength(a) * b <= FOLD_MAX_BITS ? a ** b : null;
    case 'LShift': return b >= 0n && bitLength(a) + b <= FOLD_MAX_BITS ? a << b : null;
    case 'RShift': return b < 0n ? null : b >= bitLength(a) ? (a < 0n ? -1n : 0n) : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    default: return null;
  }
}

function bitLength(v: bigint): bigint {
  return BigInt((v < 0n ? -v : v).toString(2).length);
}

function isConstantExpr(e: ast.expr): boolean {
  if (e.nodeType === 'Constant') return true;
  if (e.nodeType === 'UnaryOp' && (e.op === 'USub' || e.op === 'UAdd' || e.op === 'Invert')) return isConstantExpr(e.operand);
  if (e.nodeType === 'BinOp') return isConstantExpr(e.left) && isConstantExpr(e.right);
  if (e.nodeType === 'Tuple') return e.elts.every(isConstantExpr);
  return false;
}

/** Whether the function `node` may `del name` in its own body. */
/** A def without decorators: nothing inside it can run before its name is bound. */
function runsOnlyAfterBinding(st: ast.stmt): boolean {
  return (st.nodeType === 'FunctionDef' || st.nodeType === 'AsyncFunctionDef') && st.decorator_list.length === 0;
}

/**
 * The index of the first module-level statement whose lines hold `line`, or -1. Statements come in
 * source order, so their end lines never decrease: a binary search, since every global read inside
 * a function asks (a scan made large modules quadratic).
 */
function topStatementAt(body: readonly ast.stmt[], line: number): number {
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (body[mid].end_lineno < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < body.length && body[lo].lineno <= line ? lo : -1;
}

function deletesName(node: ast.Node | null, name: string): boolean {
  if (!node || !('body' in node) || !Array.isArray(node.body)) return false;
  return deletedIn(node.body as ast.stmt[]).has(name);
}

function docstring(body: ast.stmt[]): string | null {
  const first = body[0];
  if (first?.nodeType === 'Expr' && first.value.nodeType === 'Constant' && typeof first.value.value === 'string') return first.value.value;
  return null;
}

/** The value of an int literal, else null. */
function intLiteral(e: ast.expr): bigint | null {
  return e.nodeType === 'Constant' && typeof e.value === 'bigint' ? e.value : null;
}

function isZeroArgSuper(e: ast.expr): boolean {
  return e.nodeType === 'Call' && e.func.nodeType === 'Name' && e.func.id === 'super' && e.args.length === 0 && e.keywords.length === 0;
}

function collectNames(t: ast.expr, into: Set<string>): void {
  if (t.nodeType === 'Name') into.add(t.id);
  else if (t.nodeType === 'Tuple' || t.nodeType === 'List') for (const e of t.elts) collectNames(e, into);
  else if (t.nodeType === 'Starred') collectNames(t.value, into);
}

function describeExpr(e: ast.expr): string {
  switch (e.nodeType) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'BoolOp': return 'expression';
    case 'IfExp': return 'conditional expression';
    case 'JoinedStr': return 'f-string expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

/** The names read anywhere under `node` (nested functions included), in order of appearance. */
function namesRead(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) namesRead(n, out);
  } else if (typeof node === 'object' && node !== null) {
    const n = node as { nodeType?: string; id?: unknown; ctx?: unknown };
    if (n.nodeType === 'Name' && typeof n.id === 'string') out.add(n.id);
    const fields = node as Record<string, unknown>;
    for (const k in fields) {
      const v = fields[k];
      if (typeof v === 'object' && v !== null) namesRead(v, out);
    }
  }
  return out;
}

/**
 * The names of the parameters in the order CPython numbers them (co_varnames, locals()):
 * positional ones, keyword-only ones, then `*args` and `**kwargs`.
 */
function parameterOrder(args: ast.arguments): string[] {
  const out: string[] = [];
  for (const p of args.posonlyargs) out.push(p.arg);
  for (const p of args.args) out.push(p.arg);
  for (const p of args.kwonlyargs) out.push(p.arg);
  if (args.vararg) out.push(args.vararg.arg);
  if (args.kwarg) out.push(args.kwarg.arg);
  return out;
}

/** The parts of a nested scope's node that run inside that scope (not where it is defined). */
function innerParts(scope: Scope): unknown[] {
  const node = scope.node as ast.Node | null;
  if (node === null) return [];
  switch (node.nodeType) {
    case 'FunctionDef': case 'AsyncFunctionDef': case 'Lambda': return [node.body];
    case 'ClassDef': return [node.body];
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': {
      // The first iterable is evaluated where the comprehension stands.
      const [first, ...rest] = node.generators;
      const results = node.nodeType === 'DictComp' ? [node.key, node.value] : [node.elt];
      return [...results, first!.target, first!.ifs, rest];
    }
    default: return [node];
  }
}

/**
 * A function's cell variables (co_cellvars: parameters in their order, then the others sorted):
 * its own variables that a scope nested in it reads or rebinds. A class body in between does
 * not hide them from the functions inside it.
 */
function cellVariables(scope: Scope): string[] {
  const cells = new Set<string>();
  const reachesUs = (from: Scope, name: string): boolean => {
    for (let s: Scope | null = from; s !== null && s !== scope; s = s.parent) {
      if (s.globals.has(name)) return false;
      if (s.kind !== 'class' && s.isLocal(name)) return false;
    }
    return true;
  };
  const visit = (s: Scope): void => {
    for (const child of s.children) {
      const names = namesRead(innerParts(child));
      for (const n of child.nonlocals) names.add(n);
      // A name a class body binds is the class's own there (its methods still see through it).
      const ownedByClass = (n: string): boolean => child.kind === 'class' && child.bound.has(n) && !child.globals.has(n);
      for (const n of names) if (!cells.has(n) && scope.isLocal(n) && !ownedByClass(n) && reachesUs(child, n)) cells.add(n);
      visit(child);
    }
  };
  visit(scope);
  const node = scope.node as ast.FunctionDef | ast.Lambda | null;
  const params = node !== null && 'args' in node ? parameterOrder(node.args).filter((p) => cells.has(p)) : [];
  return [...params, ...[...cells].filter((n) => !params.includes(n)).sort()];
}
