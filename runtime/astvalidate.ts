// What compile() checks in a syntax tree built by hand (the `ast` module's objects), besides
// what the parser itself guarantees: the kind of value each field holds, and then the rules a
// tree must keep (contexts, non-empty bodies, matching lengths). The messages are CPython's.

/** What a field holds: a node category, an identifier, or a plain value (int, str, constant). */
export type FieldKind =
  | 'stmt' | 'expr' | 'excepthandler' | 'arguments' | 'arg' | 'keyword' | 'alias' | 'withitem' | 'match_case'
  | 'pattern' | 'comprehension' | 'type_ignore' | 'operator' | 'unaryop' | 'boolop' | 'cmpop' | 'expr_context'
  | 'identifier' | 'plain';

const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(['id', 'attr', 'asname', 'module', 'rest', 'kwd_attrs']);
const PLAIN_FIELDS: ReadonlySet<string> = new Set(['level', 'simple', 'is_async', 'conversion', 'kind', 'lineno', 'tag', 'type_comment']);
const NAMED_BY_IDENTIFIER: ReadonlySet<string> = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'ExceptHandler', 'alias', 'MatchAs', 'MatchStar']);
const EXPRESSION_BODIES: ReadonlySet<string> = new Set(['Lambda', 'IfExp', 'Expression']);
const FUNCTIONS: ReadonlySet<string> = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda']);

/** The kind of value field `name` of a `type` node holds. */
export function fieldKind(type: string, name: string): FieldKind {
  if (IDENTIFIER_FIELDS.has(name)) return 'identifier';
  if (PLAIN_FIELDS.has(name)) return 'plain';
  switch (name) {
    case 'name': return NAMED_BY_IDENTIFIER.has(type) ? 'identifier' : 'expr';
    case 'arg': return 'identifier';
    case 'body': case 'orelse': return EXPRESSION_BODIES.has(type) ? 'expr' : 'stmt';
    case 'finalbody': return 'stmt';
    case 'handlers': return 'excepthandler';
    case 'args': return FUNCTIONS.has(type) ? 'arguments' : type === 'arguments' ? 'arg' : 'expr';
    case 'posonlyargs': case 'kwonlyargs': case 'vararg': case 'kwarg': return 'arg';
    case 'keywords': return 'keyword';
    case 'names': return type === 'Global' || type === 'Nonlocal' ? 'identifier' : 'alias';
    case 'items': return 'withitem';
    case 'cases': return 'match_case';
    case 'pattern': case 'patterns': case 'kwd_patterns': return 'pattern';
    case 'generators': return 'comprehension';
    case 'type_ignores': return 'type_ignore';
    case 'ops': return 'cmpop';
    case 'ctx': return 'expr_context';
    case 'op': return type === 'UnaryOp' ? 'unaryop' : type === 'BoolOp' ? 'boolop' : 'operator';
    default: return 'expr';
  }
}

const NOT_LISTS: ReadonlySet<string> = new Set(['Lambda.body', 'IfExp.body', 'IfExp.orelse', 'Expression.body']);
const LIST_FIELDS: ReadonlySet<string> = new Set([
  'body', 'orelse', 'finalbody', 'handlers', 'decorator_list', 'bases', 'keywords', 'targets', 'items', 'cases', 'names',
  'values', 'elts', 'generators', 'keys', 'comparators', 'ops', 'ifs', 'posonlyargs', 'kwonlyargs', 'kw_defaults',
  'defaults', 'patterns', 'kwd_attrs', 'kwd_patterns', 'type_ignores', 'argtypes',
]);

/** Whether field `name` of a `type` node holds a list. */
export function isListField(type: string, name: string): boolean {
  if (name === 'args') return type === 'Call' || type === 'arguments';
  return LIST_FIELDS.has(name) && !NOT_LISTS.has(`${type}.${name}`);
}

type Node = { nodeType: string } & Record<string, any>;
type Context = 'Load' | 'Store' | 'Del';

/** Node types whose `ctx` says how they are used. */
const WITH_CONTEXT: ReadonlySet<string> = new Set(['Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple']);
const RESERVED_NAMES: ReadonlySet<string> = new Set(['None', 'True', 'False']);

/**
 * Checks a converted tree; `fail(kind, message)` raises. Walks statements and expressions in
 * the order CPython's validator does, so that the first problem found is the same one.
 */
export function validateTree(root: Node, fail: (kind: 'ValueError' | 'TypeError', message: string) => never): void {
  const bad = (message: string): never => fail('ValueError', message);

  const exprs = (list: (Node | null)[], ctx: Context, nullable = false): void => {
    for (const e of list) {
      if (e === null || e === undefined) {
        if (!nullable) bad('None disallowed in expression list');
        continue;
      }
      expr(e, ctx);
    }
  };
  const optional = (e: Node | null | undefined, ctx: Context = 'Load'): void => {
    if (e !== null && e !== undefined) expr(e, ctx);
  };
  const nonEmpty = (list: unknown[], what: string, owner: string): void => {
    if (list.length === 0) bad(`empty ${what} on ${owner}`);
  };
  const body = (list: Node[], owner: string): void => {
    nonEmpty(list, 'body', owner);
    stmts(list);
  };
  const stmts = (list: (Node | null)[]): void => {
    for (const s of list) {
      if (s === null || s === undefined) bad('None disallowed in statement list');
      else stmt(s);
    }
  };
  const args = (a: Node): void => {
    for (const p of [...a.posonlyargs, ...a.args]) optional(p.annotation);
    if (a.vararg) optional(a.vararg.annotation);
    for (const p of a.kwonlyargs) optional(p.annotation);
    if (a.kwarg) optional(a.kwarg.annotation);
    if (a.defaults.length > a.posonlyargs.length + a.args.length) bad('more positional defaults than args on arguments');
    if (a.kw_defaults.length !== a.kwonlyargs.length) bad('length of kwonlyargs is not the same as kw_defaults on arguments');
    exprs(a.defaults, 'Load');
    exprs(a.kw_defaults, 'Load', true);
  };
  const keywords = (list: Node[]): void => {
    for (const k of list) expr(k.value, 'Load');
  };
  const comprehension = (gens: Node[]): void => {
    if (gens.length === 0) bad('comprehension with no generators');
    for (const g of gens) {
      expr(g.target, 'Store');
      expr(g.iter, 'Load');
      exprs(g.ifs, 'Load');
    }
  };

  const stmt = (s: Node): void => {
    const t = s.nodeType;
    switch (t) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        body(s.body, t);
        args(s.args);
        exprs(s.decorator_list, 'Load');
        optional(s.returns);
        return;
      case 'ClassDef':
        body(s.body, t);
        exprs(s.bases, 'Load');
        keywords(s.keywords);
        exprs(s.decorator_list, 'Load');
        return;
      case 'Return': optional(s.value); return;
      case 'Delete': nonEmpty(s.targets, 'targets', t); exprs(s.targets, 'Del'); return;
      case 'Assign': nonEmpty(s.targets, 'targets', t); expr(s.value, 'Load'); exprs(s.targets, 'Store'); return;
      case 'AugAssign': expr(s.target, 'Store'); expr(s.value, 'Load'); return;
      case 'AnnAssign':
        if (s.simple && s.target.nodeType !== 'Name') fail('TypeError', 'AnnAssign with simple non-Name target');
        expr(s.target, 'Store');
        optional(s.value);
        expr(s.annotation, 'Load');
        return;
      case 'For': case 'AsyncFor':
        expr(s.target, 'Store');
        expr(s.iter, 'Load');
        body(s.body, t);
        stmts(s.orelse);
        return;
      case 'While': case 'If':
        expr(s.test, 'Load');
        body(s.body, t);
        stmts(s.orelse);
        return;
      case 'With': case 'AsyncWith':
        nonEmpty(s.items, 'items', t);
        for (const item of s.items) {
          expr(item.context_expr, 'Load');
          optional(item.optional_vars, 'Store');
        }
        body(s.body, t);
        return;
      case 'Match':
        expr(s.subject, 'Load');
        nonEmpty(s.cases, 'cases', t);
        for (const c of s.cases) {
          pattern(c.pattern, false);
          optional(c.guard);
          body(c.body, 'match_case');
        }
        return;
      case 'Raise':
        if (s.exc) {
          expr(s.exc, 'Load');
          optional(s.cause);
        } else if (s.cause) {
          bad('Raise with cause but no exception');
        }
        return;
      case 'Try': case 'TryStar':
        body(s.body, t);
        if (s.handlers.length === 0 && s.finalbody.length === 0) bad(`${t} has neither except handlers nor finalbody`);
        if (s.handlers.length === 0 && s.orelse.length > 0) bad(`${t} has orelse but no except handlers`);
        for (const h of s.handlers) {
          optional(h.type);
          body(h.body, 'ExceptHandler');
        }
        if (s.finalbody.length) stmts(s.finalbody);
        if (s.orelse.length) stmts(s.orelse);
        return;
      case 'Assert': expr(s.test, 'Load'); optional(s.msg); return;
      case 'Import': nonEmpty(s.names, 'names', t); return;
      case 'ImportFrom':
        if (typeof s.level === 'number' && s.level < 0) bad('Negative ImportFrom level');
        nonEmpty(s.names, 'names', t);
        return;
      case 'Global': case 'Nonlocal': nonEmpty(s.names, 'names', t); return;
      case 'Expr': expr(s.value, 'Load'); return;
      default: return;
    }
  };

  const capture = (name: string | null): void => {
    if (name === null || name === undefined) return;
    if (name === '_') bad("can't capture name '_' in patterns");
    if (RESERVED_NAMES.has(name)) bad(`identifier field can't represent '${name}' constant`);
  };
  const patterns = (list: Node[], starAllowed: boolean): void => {
    for (const p of list) pattern(p, starAllowed);
  };
  const pattern = (p: Node, starAllowed: boolean): void => {
    switch (p.nodeType) {
      case 'MatchValue': expr(p.value, 'Load'); return;
      case 'MatchSingleton':
        if (p.value !== null && p.value !== true && p.value !== false) bad('MatchSingleton can only contain True, False and None');
        return;
      case 'MatchSequence': patterns(p.patterns, true); return;
      case 'MatchMapping':
        if (p.keys.length !== p.patterns.length) bad("MatchMapping doesn't have the same number of keys as patterns");
        capture(p.rest);
        exprs(p.keys, 'Load');
        patterns(p.patterns, false);
        return;
      case 'MatchClass': {
        expr(p.cls, 'Load');
        let cls: Node = p.cls;
        while (cls.nodeType === 'Attribute') cls = cls.value;
        if (cls.nodeType !== 'Name') bad('MatchClass cls field can only contain Name or Attribute nodes.');
        if (p.kwd_attrs.length !== p.kwd_patterns.length) bad("MatchClass doesn't have the same number of keyword attributes as patterns");
        for (const attr of p.kwd_attrs) if (RESERVED_NAMES.has(attr)) bad(`identifier field can't represent '${attr}' constant`);
        patterns(p.patterns, false);
        patterns(p.kwd_patterns, false);
        return;
      }
      case 'MatchStar':
        if (!starAllowed) bad("can't use MatchStar here");
        capture(p.name);
        return;
      case 'MatchAs':
        capture(p.name);
        if (p.pattern !== null && p.pattern !== undefined) {
          if (p.name === null || p.name === undefined) bad('MatchAs must specify a target name if a pattern is given');
          pattern(p.pattern, false);
        }
        return;
      case 'MatchOr':
        if (p.patterns.length < 2) bad('MatchOr requires at least 2 patterns');
        patterns(p.patterns, false);
        return;
      default: return;
    }
  };

  const expr = (e: Node, ctx: Context): void => {
    const t = e.nodeType;
    if (WITH_CONTEXT.has(t)) {
      if (e.ctx !== ctx) bad(`expression must have ${ctx} context but has ${e.ctx} instead`);
    } else if (ctx !== 'Load') {
      bad(`expression which can't be assigned to in ${ctx} context`);
    }
    switch (t) {
      case 'BoolOp':
        if (e.values.length < 2) bad('BoolOp with less than 2 values');
        exprs(e.values, 'Load');
        return;
      case 'BinOp': expr(e.left, 'Load'); expr(e.right, 'Load'); return;
      case 'UnaryOp': expr(e.operand, 'Load'); return;
      case 'Lambda': args(e.args); expr(e.body, 'Load'); return;
      case 'IfExp': expr(e.test, 'Load'); expr(e.body, 'Load'); expr(e.orelse, 'Load'); return;
      case 'Dict':
        if (e.keys.length !== e.values.length) bad("Dict doesn't have the same number of keys as values");
        exprs(e.keys, 'Load', true);
        exprs(e.values, 'Load');
        return;
      case 'Set': exprs(e.elts, 'Load'); return;
      case 'ListComp': case 'SetComp': case 'GeneratorExp': comprehension(e.generators); expr(e.elt, 'Load'); return;
      case 'DictComp': comprehension(e.generators); expr(e.key, 'Load'); expr(e.value, 'Load'); return;
      case 'Yield': optional(e.value); return;
      case 'YieldFrom': case 'Await': expr(e.value, 'Load'); return;
      case 'Compare':
        if (e.comparators.length === 0) bad('Compare with no comparators');
        if (e.comparators.length !== e.ops.length) bad('Compare has a different number of comparators and operands');
        exprs(e.comparators, 'Load');
        expr(e.left, 'Load');
        return;
      case 'Call': expr(e.func, 'Load'); exprs(e.args, 'Load'); keywords(e.keywords); return;
      case 'FormattedValue': expr(e.value, 'Load'); optional(e.format_spec); return;
      case 'JoinedStr': exprs(e.values, 'Load'); return;
      case 'Attribute': expr(e.value, 'Load'); return;
      case 'Subscript': expr(e.slice, 'Load'); expr(e.value, 'Load'); return;
      case 'Starred': expr(e.value, ctx); return;
      case 'Slice': optional(e.lower); optional(e.upper); optional(e.step); return;
      case 'List': case 'Tuple': exprs(e.elts, ctx); return;
      case 'NamedExpr':
        if (e.target.nodeType !== 'Name') fail('TypeError', 'NamedExpr target must be a Name');
        expr(e.value, 'Load');
        return;
      case 'Name':
        if (RESERVED_NAMES.has(e.id)) bad(`identifier field can't represent '${e.id}' constant`);
        return;
      default: return;
    }
  };

  if (root.nodeType === 'Expression') expr(root.body, 'Load');
  else stmts(root.body);
}
