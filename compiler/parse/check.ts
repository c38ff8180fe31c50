// The syntax errors CPython reports after parsing, in CPython's order:
//
//   1. Python/future.c: misplaced or unknown `from __future__` imports;
//   2. Python/symtable.c, while building the tables: duplicate parameters, `global`/`nonlocal` after
//      a use, `nonlocal` at module level, `import *` in a function, `yield` in a comprehension;
//   3. Python/symtable.c, analysing them: `no binding for nonlocal 'x' found`;
//   4. Python/compile.c, generating code: `'return' outside function`, `'break' outside loop`,
//      `'await' outside async function`, unreachable match patterns, two starred targets, ...
//
// Each pass walks the module in source order and throws at the first error, so a program with
// several mistakes reports the one CPython reports.

import type { arguments as Arguments, expr, keyword, Module, Node, pattern, stmt } from '../ast.js';
import { CompileError } from '../diagnostics.js';
import { AST_FIELDS, constantRepr, floatRepr } from '../astdump.js';

/** Fields that never hold a node. */
const SCALAR_FIELDS = new Set([
  'id', 'attr', 'op', 'ops', 'ctx', 'conversion', 'kind', 'type_comment', 'module', 'level', 'asname',
  'is_async', 'simple', 'rest', 'kwd_attrs', 'tag', 'lineno',
]);

/** Per node type, the fields that can hold nodes or lists of nodes. */
const CHILD_FIELDS: Record<string, string[]> = {};
for (const [type, fields] of Object.entries(AST_FIELDS)) {
  CHILD_FIELDS[type] = fields.map((f) => f.replace('?', '')).filter((f) => !SCALAR_FIELDS.has(f));
}

type Located = { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number };

function fail(filename: string, message: string, at: Located): never {
  throw new CompileError({
    kind: 'SyntaxError', message, filename, lineno: at.lineno, col_offset: at.col_offset,
    end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  });
}

/** future.c reports a line and column only. */
function startOf(at: Located): Located {
  return { lineno: at.lineno, col_offset: at.col_offset };
}

/** The child nodes of `node` in ASDL field order. */
function forEachChild(node: Node, visit: (child: Node) => void): void {
  const rec = node as unknown as Record<string, unknown>;
  // Indexed: this runs for every node, mostly before the engine optimizes it, and an unoptimized
  // for-of makes an iterator result per field.
  const keys = CHILD_FIELDS[node.nodeType];
  for (let k = 0; k < keys.length; k++) {
    const v = rec[keys[k]];
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item = v[i];
        if (item !== null && typeof item === 'object' && 'nodeType' in item) visit(item as Node);
      }
    } else if ('nodeType' in (v as object)) visit(v as Node);
  }
}

/**
 * `symbolTables` false says the parser saw nothing that passes 2 and 3 can reject (no `global`,
 * `nonlocal`, `import *`, repeated parameter or bracketed `yield`; see Parser.symbolTableChecks):
 * they are skipped.
 */
export function checkModule(module: Module, filename: string, symbolTables = true): void {
  checkFuture(module, filename);
  if (symbolTables) {
    const top = buildScopes(module, filename);
    analyzeNonlocals(top, null, filename);
  }
  new CodeChecks(filename).module(module);
}

// ---------------------------------------------------------------------------------------------
// 1. __future__ imports (Python/future.c).

const FUTURE_FEATURES = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

function checkFuture(module: Module, filename: string): void {
  let done = false;
  module.body.forEach((s, i) => {
    if (s.nodeType === 'ImportFrom' && s.module === '__future__' && s.level === 0) {
      if (done) fail(filename, 'from __future__ imports must occur at the beginning of the file', s);
      for (const a of s.names) {
        if (a.name === 'braces') fail(filename, 'not a chance', startOf(s));
        if (!FUTURE_FEATURES.has(a.name)) fail(filename, `future feature ${a.name} is not defined`, startOf(s));
      }
      return;
    }
    const docstring = i === 0 && s.nodeType === 'Expr' && s.value.nodeType === 'Constant' && typeof s.value.value === 'string';
    if (!docstring) done = true;
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Building the symbol tables (Python/symtable.c).

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

const DEF_PARAM = 1;
const DEF_LOCAL = 2;
const USE = 4;
const DEF_GLOBAL = 8;
const DEF_NONLOCAL = 16;
const DEF_ANNOT = 32;
/** Bound as a comprehension's iteration variable. */
const DEF_COMP_ITER = 64;
/** A walrus in this comprehension binds the name in an enclosing scope. */
const DEF_WALRUS = 128;

interface Scope {
  kind: ScopeKind;
  parent: Scope | null;
  flags: Map<string, number>;
  /** Where each `nonlocal` name was declared, for the analysis error. */
  nonlocalAt: Map<string, stmt>;
  children: Scope[];
  /**
   * How many comprehension iterables enclose the node being visited. Nested scopes (a lambda in
   * an iterable) start from their parent's count: a walrus anywhere inside one is rejected.
   */
  iterDepth: number;
  /** Set while a comprehension's `for` target is visited. */
  inIterTarget: boolean;
}

function newScope(kind: ScopeKind, parent: Scope | null): Scope {
  const s: Scope = {
    kind, parent, flags: new Map(), nonlocalAt: new Map(), children: [],
    iterDepth: parent?.iterDepth ?? 0, inIterTarget: false,
  };
  if (parent !== null) parent.children.push(s);
  return s;
}

function buildScopes(module: Module, filename: string): Scope {
  const top = newScope('module', null);
  let cur = top;

  const add = (name: string, flag: number, at?: Located): void => {
    const old = cur.flags.get(name) ?? 0;
    if (cur.inIterTarget) {
      if ((old & DEF_WALRUS) !== 0 && at !== undefined) {
        fail(filename, `comprehension inner loop cannot rebind assignment expression target '${name}'`, at);
      }
      flag |= DEF_COMP_ITER;
    }
    cur.flags.set(name, old | flag);
  };

  /** Visits a comprehension iterable, where a walrus may not appear. */
  const visitIterable = (node: Node): void => {
    cur.iterDepth++;
    visit(node);
    cur.iterDepth--;
  };

  const params = (args: Arguments): void => {
    // symtable_visit_arguments' order: `*args` after the keyword-only parameters.
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg !== null) all.push(args.vararg);
    if (args.kwarg !== null) all.push(args.kwarg);
    for (const a of all) {
      if (((cur.flags.get(a.arg) ?? 0) & DEF_PARAM) !== 0) {
        fail(filename, `duplicate argument '${a.arg}' in function definition`, a);
      }
      add(a.arg, DEF_PARAM);
    }
  };

  const argDefaultsAndAnnotations = (args: Arguments): void => {
    for (const d of args.defaults) visit(d);
    for (const d of args.kw_defaults) if (d !== null) visit(d);
  };

  const comprehension = (node: Extract<expr, { generators: unknown }>): void => {
    const gens = node.generators;
    // The first iterator is evaluated in the enclosing scope.
    visitIterable(gens[0].iter);
    const saved = cur;
    cur = newScope('comprehension', cur);
    comprehensionKinds.set(cur, COMPREHENSION_NAMES[node.nodeType]);
    gens.forEach((g, i) => {
      cur.inIterTarget = true;
      visit(g.target);
      cur.inIterTarget = false;
      if (i > 0) visitIterable(g.iter);
      for (const cond of g.ifs) visit(cond);
    });
    if (node.nodeType === 'DictComp') {
      visit(node.key);
      visit(node.value);
    } else visit(node.elt);
    cur = saved;
  };

  const comprehensionKinds = new Map<Scope, string>();
  const COMPREHENSION_NAMES: Record<string, string> = {
    ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension',
    GeneratorExp: 'generator expression',
  };

  const visit = (node: Node): void => {
    switch (node.nodeType) {
      case 'FunctionDef':
      case 'AsyncFunctionDef': {
        argDefaultsAndAnnotations(node.args);
        for (const d of node.decorator_list) visit(d);
        add(node.name, DEF_LOCAL);
        const saved = cur;
        cur = newScope('function', cur);
        params(node.args);
        for (const s of node.body) visit(s);
        cur = saved;
        return;
      }
      case 'Lambda': {
        argDefaultsAndAnnotations(node.args);
        const saved = cur;
        cur = newScope('function', cur);
        params(node.args);
        visit(node.body);
        cur = saved;
        return;
      }
      case 'ClassDef': {
        for (const b of node.bases) visit(b);
        for (const k of node.keywords) visit(k.value);
        for (const d of node.decorator_list) visit(d);
        add(node.name, DEF_LOCAL);
        const saved = cur;
        cur = newScope('class', cur);
        for (const s of node.body) visit(s);
        cur = saved;
        return;
      }
      case 'Global':
      case 'Nonlocal': {
        const isGlobal = node.nodeType === 'Global';
        for (const name of node.names) {
          const flags = cur.flags.get(name) ?? 0;
          if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
            const what = isGlobal ? 'global' : 'nonlocal';
            let msg: string;
            if (flags & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (flags & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (flags & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            fail(filename, msg, node);
          }
          if (isGlobal) add(name, DEF_GLOBAL);
          else {
            if (cur.kind === 'module') fail(filename, 'nonlocal declaration not allowed at module level', node);
            add(name, DEF_NONLOCAL);
            cur.nonlocalAt.set(name, node);
          }
        }
        return;
      }
      case 'Name':
        add(node.id, node.ctx === 'Load' ? USE : DEF_LOCAL, node);
        return;
      case 'NamedExpr': {
        if (cur.iterDepth > 0) fail(filename, 'assignment expression cannot be used in a comprehension iterable expression', node);
        const name = node.target.id;
        // The target binds in the nearest enclosing non-comprehension scope; on the way there it
        // may not shadow an iteration variable, nor land in a class body.
        let s = cur;
        while (s.kind === 'comprehension' && s.parent !== null) {
          if (((s.flags.get(name) ?? 0) & DEF_COMP_ITER) !== 0) {
            fail(filename, `assignment expression cannot rebind comprehension iteration variable '${name}'`, node.target);
          }
          s = s.parent;
        }
        if (cur.kind === 'comprehension') {
          if (s.kind === 'class') fail(filename, 'assignment expression within a comprehension cannot be used in a class body', node.target);
          add(name, DEF_WALRUS);
        }
        visit(node.value);
        const saved = cur;
        cur = s;
        add(node.target.id, DEF_LOCAL);
        cur = saved;
        return;
      }
      case 'Import':
      case 'ImportFrom':
        for (const a of node.names) {
          if (a.name === '*') {
            if (cur.kind !== 'module') fail(filename, 'import * only allowed at module level', a);
            continue;
          }
          add(a.asname ?? a.name.split('.')[0], DEF_LOCAL);
        }
        return;
      case 'AnnAssign':
        if (node.target.nodeType === 'Name') add(node.target.id, DEF_LOCAL | (node.simple ? DEF_ANNOT : 0));
        else visit(node.target);
        visit(node.annotation);
        if (node.value !== null) visit(node.value);
        return;
      case 'ExceptHandler':
        if (node.type !== null) visit(node.type);
        if (node.name !== null) add(node.name, DEF_LOCAL);
        for (const s of node.body) visit(s);
        return;
      case 'MatchAs':
      case 'MatchStar':
        if (node.nodeType === 'MatchAs' && node.pattern !== null) visit(node.pattern);
        if (node.name !== null) add(node.name, DEF_LOCAL);
        return;
      case 'MatchMapping':
        for (const k of node.keys) visit(k);
        for (const p of node.patterns) visit(p);
        if (node.rest !== null) add(node.rest, DEF_LOCAL);
        return;
      case 'Yield':
      case 'YieldFrom':
      case 'Await':
        if (cur.kind === 'comprehension' && node.nodeType !== 'Await') {
          const owner = comprehensionKinds.get(cur);
          fail(filename, `'yield' inside ${owner ?? 'list comprehension'}`, node);
        }
        if (node.value !== null) visit(node.value);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        comprehension(node);
        return;
    }
    forEachChild(node, visit);
  };

  for (const s of module.body) visit(s);
  return top;
}

// ---------------------------------------------------------------------------------------------
// 3. Analysing the tables: every `nonlocal` needs a binding in an enclosing function.

function analyzeNonlocals(scope: Scope, bound: Set<string> | null, filename: string): void {
  for (const [name, flags] of scope.flags) {
    if ((flags & DEF_NONLOCAL) !== 0) {
      if (bound === null || !bound.has(name)) {
        fail(filename, `no binding for nonlocal '${name}' found`, scope.nonlocalAt.get(name)!);
      }
    }
  }
  let childBound: Set<string>;
  if (scope.kind === 'class') {
    childBound = new Set(bound ?? []);
    childBound.add('__class__');
  } else {
    childBound = new Set(bound ?? []);
    if (scope.kind === 'function' || scope.kind === 'comprehension') {
      for (const [name, flags] of scope.flags) {
        if ((flags & (DEF_LOCAL | DEF_PARAM)) !== 0 && (flags & (DEF_GLOBAL | DEF_NONLOCAL)) === 0) childBound.add(name);
      }
    }
    for (const [name, flags] of scope.flags) if ((flags & DEF_GLOBAL) !== 0) childBound.delete(name);
  }
  for (const child of scope.children) analyzeNonlocals(child, childBound, filename);
}

// ---------------------------------------------------------------------------------------------
// 4. The code generator's checks (Python/compile.c).

/** Where a starred expression may appear: as an element of a display or a call argument. */
function allowsStarredChildren(node: Node): boolean {
  return node.nodeType === 'List' || node.nodeType === 'Tuple' || node.nodeType === 'Set' || node.nodeType === 'Call'
    || node.nodeType === 'ClassDef' || node.nodeType === 'arg';
}

interface Frame {
  kind: 'module' | 'function' | 'async' | 'class' | 'lambda' | 'comprehension';
  loops: number;
  /** compile.c's frame blocks: loops, `with` items, `try` bodies and handlers (not `if`). */
  blocks: number;
  /** An `async def` whose body yields: its `return` may not have a value. */
  asyncGenerator?: boolean;
  /** Inside an `except*` handler: `loops` where the innermost one starts. */
  starHandlerLoops?: number;
}

const EXCEPT_STAR_JUMP = "'break', 'continue' and 'return' cannot appear in an except* block";

/** CO_MAXBLOCKS: more blocks nested in one code object is "too many statically nested blocks". */
const MAX_BLOCKS = 20;

/** `f(a=1, a=2)`: the second `a=` is a SyntaxError (compile.c validate_keywords). */
function checkRepeatedKeywords(keywords: readonly keyword[], fail_: (msg: string, at: Located) => never): void {
  if (keywords.length < 2) return;
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) fail_(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

class CodeChecks {
  frame: Frame = { kind: 'module', loops: 0, blocks: 0 };
  /** Set while visiting the direct children of a node that allows `*x` among them. */
  starredOk = false;
  constructor(readonly filename: string) {}

  module(m: Module): void {
    this.visitAll(m.body);
  }

  inFrame(kind: Frame['kind'], f: () => void): void {
    const saved = this.frame;
    this.frame = { kind, loops: 0, blocks: 0 };
    f();
    this.frame = saved;
  }

  /** Runs `f` inside `count` more frame blocks, pushed at `at` (compiler_push_fblock). */
  inBlocks(at: Located, count: number, f: () => void): void {
    if (this.frame.blocks + count > MAX_BLOCKS) fail(this.filename, 'too many statically nested blocks', at);
    this.frame.blocks += count;
    f();
    this.frame.blocks -= count;
  }

  isFunction(): boolean {
    return this.frame.kind === 'function' || this.frame.kind === 'async' || this.frame.kind === 'lambda'
      || this.frame.kind === 'comprehension';
  }

  /** One function for every node's errors, rather than a closure made per node visited. */
  readonly fail_ = (msg: string, at: Located): never => fail(this.filename, msg, at);

  /** Visits each node of `list`, with an indexed loop (see forEachChild). */
  visitAll(list: readonly Node[]): void {
    for (let i = 0; i < list.length; i++) this.visit(list[i]);
  }

  visit = (node: Node): void => {
    // Names and constants, half of a module's nodes, have nothing to check and no children.
    if (node.nodeType === 'Name' || node.nodeType === 'Constant') return;
    const starredOk = this.starredOk;
    this.starredOk = allowsStarredChildren(node);
    try {
      this.visitNode(node, starredOk, this.fail_);
    } finally {
      this.starredOk = starredOk;
    }
  };

  // The cases that nest (bodies, frames, blocks) are methods of their own: a closure over `node`
  // here would make every call allocate a context, for every node of the module.
  visitNode(node: Node, starredOk: boolean, fail_: (msg: string, at: Located) => never): void {
    switch (node.nodeType) {
      case 'Starred':
        if (node.ctx === 'Load' && !starredOk) fail_("can't use starred expression here", node);
        break;
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.functionDef(node);
        return;
      case 'Lambda':
        this.lambda(node);
        return;
      case 'ClassDef':
        this.classDef(node);
        return;
      case 'Return':
        if (!this.isFunction()) fail_("'return' outside function", node);
        if (node.value !== null && this.frame.asyncGenerator) fail_("'return' with value in async generator", node);
        // compiler_return evaluates the value before it unwinds: the error points at the value.
        if (this.frame.starHandlerLoops !== undefined) fail_(EXCEPT_STAR_JUMP, node.value ?? node);
        if (node.value !== null) this.visit(node.value);
        return;
      case 'Break':
        if (this.frame.starHandlerLoops === this.frame.loops) fail_(EXCEPT_STAR_JUMP, node);
        if (this.frame.loops === 0) fail_("'break' outside loop", node);
        return;
      case 'Continue':
        if (this.frame.starHandlerLoops === this.frame.loops) fail_(EXCEPT_STAR_JUMP, node);
        if (this.frame.loops === 0) fail_("'continue' not properly in loop", node);
        return;
      case 'For':
      case 'AsyncFor':
      case 'While':
        this.loop(node, fail_);
        return;
      case 'With':
      case 'AsyncWith':
        this.withStmt(node, fail_);
        return;
      case 'Try':
      case 'TryStar':
        this.tryStmt(node);
        return;
      case 'Assign':
        this.visit(node.value);
        for (const t of node.targets) {
          this.starredTargets(t);
          this.visit(t);
        }
        return;
      case 'Yield':
      case 'YieldFrom':
        if (!this.isFunction() || this.frame.kind === 'comprehension') fail_("'yield' outside function", node);
        if (node.nodeType === 'YieldFrom' && this.frame.kind === 'async') fail_("'yield from' inside async function", node);
        break;
      case 'Await':
        if (!this.isFunction()) fail_("'await' outside function", node);
        if (this.frame.kind !== 'async' && this.frame.kind !== 'comprehension') fail_("'await' outside async function", node);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(node, fail_);
        return;
      case 'Match':
        this.match(node);
        return;
      case 'Call':
        checkRepeatedKeywords(node.keywords, fail_);
        break;
    }
    forEachChild(node, this.visit);
  }

  functionDef(node: Extract<stmt, { nodeType: 'FunctionDef' | 'AsyncFunctionDef' }>): void {
    this.visitAll(node.decorator_list);
    this.visit(node.args);
    if (node.returns !== null) this.visit(node.returns);
    this.inFrame(node.nodeType === 'AsyncFunctionDef' ? 'async' : 'function', () => {
      if (node.nodeType === 'AsyncFunctionDef' && containsOwn(node, 'Yield')) this.frame.asyncGenerator = true;
      this.visitAll(node.body);
    });
  }

  lambda(node: Extract<expr, { nodeType: 'Lambda' }>): void {
    this.visit(node.args);
    this.inFrame('lambda', () => this.visit(node.body));
  }

  classDef(node: Extract<stmt, { nodeType: 'ClassDef' }>): void {
    this.visitAll(node.decorator_list);
    this.visitAll(node.bases);
    checkRepeatedKeywords(node.keywords, this.fail_);
    this.visitAll(node.keywords);
    this.inFrame('class', () => {
      this.visitAll(node.body);
    });
  }

  loop(node: Extract<stmt, { nodeType: 'For' | 'AsyncFor' | 'While' }>, fail_: (msg: string, at: Located) => never): void {
    if (node.nodeType === 'AsyncFor' && this.frame.kind !== 'async') fail_("'async for' outside async function", node);
    if (node.nodeType !== 'While') {
      this.starredTargets(node.target);
      this.visit(node.target);
      this.visit(node.iter);
    } else this.visit(node.test);
    this.frame.loops++;
    this.inBlocks(node, 1, () => { this.visitAll(node.body); });
    this.frame.loops--;
    this.visitAll(node.orelse);
  }

  withStmt(node: Extract<stmt, { nodeType: 'With' | 'AsyncWith' }>, fail_: (msg: string, at: Located) => never): void {
    if (node.nodeType === 'AsyncWith' && this.frame.kind !== 'async') fail_("'async with' outside async function", node);
    this.visitAll(node.items);
    // compiler_with pushes one block per item.
    this.inBlocks(node, node.items.length, () => { this.visitAll(node.body); });
  }

  tryStmt(node: Extract<stmt, { nodeType: 'Try' | 'TryStar' }>): void {
    // compiler_try_finally wraps compiler_try_except; handlers sit in EXCEPTION_HANDLER and
    // HANDLER_CLEANUP blocks; the exceptional copy of `finally` in FINALLY_END.
    const hasFinally = node.finalbody.length > 0 ? 1 : 0;
    const hasHandlers = node.handlers.length > 0 ? 1 : 0;
    this.inBlocks(node, hasFinally, () => {
      this.inBlocks(node, hasHandlers, () => { this.visitAll(node.body); });
      if (hasHandlers) {
        this.inBlocks(node, 1, () => {
          for (const h of node.handlers) this.inBlocks(h, 1, () => (node.nodeType === 'TryStar' ? this.starHandler(h) : this.visit(h)));
        });
      }
      this.visitAll(node.orelse);
    });
    if (hasFinally) this.inBlocks(node.finalbody[node.finalbody.length - 1], 1, () => { this.visitAll(node.finalbody); });
  }

  /** An `except*` handler, which `break`, `continue` and `return` cannot leave (compile.c, compiler_unwind_fblock). */
  starHandler(h: Node): void {
    const outer = this.frame.starHandlerLoops;
    this.frame.starHandlerLoops = this.frame.loops;
    this.visit(h);
    this.frame.starHandlerLoops = outer;
  }

  comprehension(node: Extract<expr, { nodeType: 'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp' }>, fail_: (msg: string, at: Located) => never): void {
    const isAsync = node.generators.some((g) => g.is_async === 1) || containsAwait(node);
    if (isAsync && node.nodeType !== 'GeneratorExp' && this.frame.kind !== 'async' && this.frame.kind !== 'comprehension') {
      fail_('asynchronous comprehension outside of an asynchronous function', node);
    }
    // The first iterator is evaluated in the enclosing scope.
    this.visit(node.generators[0].iter);
    this.inFrame('comprehension', () => {
      node.generators.forEach((g, i) => {
        this.visit(g.target);
        if (i > 0) this.visit(g.iter);
        this.visitAll(g.ifs);
      });
      if (node.nodeType === 'DictComp') {
        this.visit(node.key);
        this.visit(node.value);
      } else this.visit(node.elt);
    });
  }

  match(node: Extract<stmt, { nodeType: 'Match' }>): void {
    this.visit(node.subject);
    node.cases.forEach((c, i) => {
      const allowIrrefutable = c.guard !== null || i === node.cases.length - 1;
      this.pattern(c.pattern, allowIrrefutable, new Set());
      if (c.guard !== null) this.visit(c.guard);
      this.visitAll(c.body);
    });
  }

  /** `a, *b, *c = d`: at most one starred target per tuple or list. */
  starredTargets(t: expr): void {
    if (t.nodeType !== 'Tuple' && t.nodeType !== 'List') return;
    let starred = 0;
    for (const e of t.elts) {
      if (e.nodeType === 'Starred') starred++;
      this.starredTargets(e.nodeType === 'Starred' ? e.value : e);
    }
    if (starred > 1) fail(this.filename, 'multiple starred expressions in assignment', t);
  }

  /** compiler_pattern: unreachable alternatives and names bound twice. Returns the names bound. */
  pattern(p: pattern, allowIrrefutable: boolean, stores: Set<string>): void {
    const store = (name: string | null, at: Located): void => {
      if (name === null) return;
      if (stores.has(name)) fail(this.filename, `multiple assignments to name '${name}' in pattern`, at);
      stores.add(name);
    };
    switch (p.nodeType) {
      case 'MatchAs':
        if (p.pattern === null) {
          if (!allowIrrefutable) {
            if (p.name !== null) fail(this.filename, `name capture '${p.name}' makes remaining patterns unreachable`, p);
            fail(this.filename, 'wildcard makes remaining patterns unreachable', p);
          }
        } else this.pattern(p.pattern, allowIrrefutable, stores);
        store(p.name, p);
        return;
      case 'MatchStar':
        store(p.name, p);
        return;
      case 'MatchOr': {
        let first: Set<string> | null = null;
        p.patterns.forEach((alt, i) => {
          const altStores = new Set(stores);
          this.pattern(alt, i === p.patterns.length - 1 && allowIrrefutable, altStores);
          const bound = new Set([...altStores].filter((n) => !stores.has(n)));
          if (first === null) first = bound;
          else if (first.size !== bound.size || [...bound].some((n) => !first!.has(n))) {
            fail(this.filename, 'alternative patterns bind different names', alt);
          }
        });
        for (const n of first ?? []) stores.add(n);
        return;
      }
      case 'MatchSequence':
        if (p.patterns.filter((sub) => sub.nodeType === 'MatchStar').length > 1) {
          fail(this.filename, 'multiple starred names in sequence pattern', p);
        }
        for (const sub of p.patterns) this.pattern(sub, true, stores);
        return;
      case 'MatchMapping': {
        // Keys compare as dict keys do (1, 1.0 and True are one key), after folding `-1` and
        // `1+2j` into constants as CPython's optimizer does before this check.
        const seen = new Set<string>();
        for (const k of p.keys) {
          const key = foldedPatternKey(k);
          if (key !== null) {
            if (seen.has(key.identity)) fail(this.filename, `mapping pattern checks duplicate key (${key.repr})`, p);
            seen.add(key.identity);
          } else if (k.nodeType !== 'Attribute') {
            fail(this.filename, 'mapping pattern keys may only match literals and attribute lookups', k);
          }
        }
        for (const sub of p.patterns) this.pattern(sub, true, stores);
        store(p.rest, p);
        return;
      }
      case 'MatchClass': {
        const named = new Set<string>();
        p.kwd_attrs.forEach((attr, i) => {
          if (named.has(attr)) fail(this.filename, `attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[i]!);
          named.add(attr);
        });
        for (const sub of p.patterns) this.pattern(sub, true, stores);
        for (const sub of p.kwd_patterns) this.pattern(sub, true, stores);
        return;
      }
      case 'MatchValue':
        // The grammar takes any string there; an f-string is no constant.
        if (p.value.nodeType === 'JoinedStr') fail(this.filename, 'patterns may only match literals and attribute lookups', p.value);
        return;
      case 'MatchSingleton':
        return;
    }
  }
}

/** A literal mapping-pattern key: what makes two keys one (as dict keys), and its repr. */
interface PatternKey { identity: string; repr: string }

/**
 * The constant a mapping pattern's key folds to (`-1` and `1+2j` are folded), or null for an
 * attribute lookup or anything else that is no literal.
 */
function foldedPatternKey(k: expr): PatternKey | null {
  if (k.nodeType === 'Constant') {
    const v = k.value;
    if (typeof v === 'string') return { identity: `s:${v}`, repr: constantRepr(v) };
    if (v instanceof Uint8Array) return { identity: `b:${Array.from(v).join(',')}`, repr: constantRepr(v) };
    if (v === null || (typeof v === 'object' && 'ellipsis' in v)) return { identity: constantRepr(v), repr: constantRepr(v) };
  }
  const n = foldedNumber(k);
  if (n === null) return null;
  return { identity: `n:${numberIdentity(n.re)}:${numberIdentity(n.im)}`, repr: n.repr };
}

/** A numeric literal, maybe negated or made complex: its parts, and its repr once folded. */
interface FoldedNumber { re: bigint | number; im: number; repr: string }

function foldedNumber(k: expr): FoldedNumber | null {
  if (k.nodeType === 'Constant') {
    const v = k.value;
    if (typeof v === 'boolean') return { re: v ? 1n : 0n, im: 0, repr: constantRepr(v) };
    if (typeof v === 'bigint' || typeof v === 'number') return { re: v, im: 0, repr: constantRepr(v) };
    if (v !== null && typeof v === 'object' && 'complex' in v) return { re: 0, im: v.imag, repr: constantRepr(v) };
    return null;
  }
  if (k.nodeType === 'UnaryOp' && k.op === 'USub') {
    const inner = foldedNumber(k.operand);
    if (inner === null) return null;
    const re: bigint | number = -inner.re;
    if (inner.im !== 0 || (k.operand.nodeType === 'Constant' && typeof k.operand.value === 'object')) {
      return { re, im: -inner.im, repr: complexRepr(re, -inner.im) };
    }
    return { re, im: 0, repr: typeof re === 'bigint' ? re.toString() : floatRepr(re) };
  }
  if (k.nodeType === 'BinOp' && (k.op === 'Add' || k.op === 'Sub')) {
    const left = foldedNumber(k.left);
    const right = foldedNumber(k.right);
    if (left === null || right === null) return null;
    const re = Number(left.re) + (k.op === 'Add' ? 1 : -1) * Number(right.re);
    const im = left.im + (k.op === 'Add' ? right.im : -right.im);
    return { re, im, repr: complexRepr(re, im) };
  }
  return null;
}

/** One spelling per numeric value: 1, 1.0 and True agree, and so do 0 and -0.0. */
function numberIdentity(x: bigint | number): string {
  if (typeof x === 'bigint') return x.toString();
  if (Number.isInteger(x)) return BigInt(x).toString();
  return String(x);
}

/** repr(complex(re, im)): `1j`, `(1+2j)`, `(-1-1j)` (parts without a trailing `.0`). */
function complexRepr(re: bigint | number, im: number): string {
  const part = (x: number): string => floatRepr(x).replace(/\.0$/, '');
  const real = Number(re);
  if (real === 0 && !Object.is(real, -0)) return `${part(im)}j`;
  const sign = im < 0 || Object.is(im, -0) ? '-' : '+';
  return `(${part(real)}${sign}${part(Math.abs(im))}j)`;
}

/** Whether an await appears in a comprehension's own body (not in nested functions). */
function containsAwait(node: Node): boolean {
  return containsOwn(node, 'Await');
}

/** Whether a node of the type appears in a function's or comprehension's own body (not in nested functions). */
function containsOwn(node: Node, nodeType: 'Await' | 'Yield'): boolean {
  let found = false;
  const walk = (n: Node): void => {
    if (found) return;
    if (n.nodeType === nodeType) {
      found = true;
      return;
    }
    if (n.nodeType === 'Lambda' || n.nodeType === 'FunctionDef' || n.nodeType === 'AsyncFunctionDef' || n.nodeType === 'ClassDef') return;
    forEachChild(n, walk);
  };
  forEachChild(node, walk);
  return found;
}
