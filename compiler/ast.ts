// The Python AST, mirroring CPython 3.11's Parser/Python.asdl: one discriminated union per ASDL
// category, CPython's class names in `nodeType` and CPython's field names, so that a dump of our tree
// can be compared with `ast.dump(ast.parse(src))` line for line.
//
// Positions: `lineno` is 1-based, `col_offset` 0-based. Unlike CPython (which counts UTF-8 bytes),
// columns here count UTF-16 code units of the line, the unit JS strings index by; the diagnostics
// renderer and the source map both want that unit.

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ---------------------------------------------------------------------------------------------
// Constants. An int literal is a bigint (any size), a float literal a number, so `typeof` tells
// them apart without a tag.

export interface ComplexConstant { readonly complex: true; imag: number }
export const Ellipsis: { readonly ellipsis: true } = Object.freeze({ ellipsis: true as const });
export type EllipsisConstant = typeof Ellipsis;
export type ConstantValue =
  | null // None
  | boolean
  | bigint // int
  | number // float
  | string
  | Uint8Array // bytes
  | ComplexConstant
  | EllipsisConstant;

// ---------------------------------------------------------------------------------------------
// mod

export interface Module { nodeType: 'Module'; body: stmt[]; type_ignores: TypeIgnore[] }
export interface Expression { nodeType: 'Expression'; body: expr }
export interface TypeIgnore { nodeType: 'TypeIgnore'; lineno: number; tag: string }
export type mod = Module | Expression;

// ---------------------------------------------------------------------------------------------
// stmt

export interface FunctionDef extends Pos {
  nodeType: 'FunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null;
}
export interface AsyncFunctionDef extends Pos {
  nodeType: 'AsyncFunctionDef'; name: string; args: arguments; body: stmt[]; decorator_list: expr[];
  returns: expr | null; type_comment: string | null;
}
export interface ClassDef extends Pos {
  nodeType: 'ClassDef'; name: string; bases: expr[]; keywords: keyword[]; body: stmt[]; decorator_list: expr[];
}
export interface Return extends Pos { nodeType: 'Return'; value: expr | null }
export interface Delete extends Pos { nodeType: 'Delete'; targets: expr[] }
export interface Assign extends Pos { nodeType: 'Assign'; targets: expr[]; value: expr; type_comment: string | null }
export interface AugAssign extends Pos { nodeType: 'AugAssign'; target: Name | Attribute | Subscript; op: operator; value: expr }
export interface AnnAssign extends Pos {
  nodeType: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: expr; value: expr | null; simple: number;
}
export interface For extends Pos {
  nodeType: 'For'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Pos {
  nodeType: 'AsyncFor'; target: expr; iter: expr; body: stmt[]; orelse: stmt[]; type_comment: string | null;
}
export interface While extends Pos { nodeType: 'While'; test: expr; body: stmt[]; orelse: stmt[] }
export interface If extends Pos { nodeType: 'If'; test: expr; body: stmt[]; orelse: stmt[] }
export interface With extends Pos { nodeType: 'With'; items: withitem[]; body: stmt[]; type_comment: string | null }
export interface AsyncWith extends Pos { nodeType: 'AsyncWith'; items: withitem[]; body: stmt[]; type_comment: string | null }
export interface Match extends Pos { nodeType: 'Match'; subject: expr; cases: match_case[] }
export interface Raise extends Pos { nodeType: 'Raise'; exc: expr | null; cause: expr | null }
export interface Try extends Pos {
  nodeType: 'Try'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface TryStar extends Pos {
  nodeType: 'TryStar'; body: stmt[]; handlers: ExceptHandler[]; orelse: stmt[]; finalbody: stmt[];
}
export interface Assert extends Pos { nodeType: 'Assert'; test: expr; msg: expr | null }
export interface Import extends Pos { nodeType: 'Import'; names: alias[] }
export interface ImportFrom extends Pos { nodeType: 'ImportFrom'; module: string | null; names: alias[]; level: number }
export interface Global extends Pos { nodeType: 'Global'; names: string[] }
export interface Nonlocal extends Pos { nodeType: 'Nonlocal'; names: string[] }
export interface Expr extends Pos { nodeType: 'Expr'; value: expr }
export interface Pass extends Pos { nodeType: 'Pass' }
export interface Break extends Pos { nodeType: 'Break' }
export interface Continue extends Pos { nodeType: 'Continue' }

export type stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert
  | Import | ImportFrom | Global | Nonlocal | Expr | Pass | Break | Continue;

// ---------------------------------------------------------------------------------------------
// expr

export type expr_context = 'Load' | 'Store' | 'Del';
export type boolop = 'And' | 'Or';
export type operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow' | 'LShift' | 'RShift'
  | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type unaryop = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type cmpop = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

export interface BoolOp extends Pos { nodeType: 'BoolOp'; op: boolop; values: expr[] }
export interface NamedExpr extends Pos { nodeType: 'NamedExpr'; target: Name; value: expr }
export interface BinOp extends Pos { nodeType: 'BinOp'; left: expr; op: operator; right: expr }
export interface UnaryOp extends Pos { nodeType: 'UnaryOp'; op: unaryop; operand: expr }
export interface Lambda extends Pos { nodeType: 'Lambda'; args: arguments; body: expr }
export interface IfExp extends Pos { nodeType: 'IfExp'; test: expr; body: expr; orelse: expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Pos { nodeType: 'Dict'; keys: (expr | null)[]; values: expr[] }
export interface Set extends Pos { nodeType: 'Set'; elts: expr[] }
export interface ListComp extends Pos { nodeType: 'ListComp'; elt: expr; generators: comprehension[] }
export interface SetComp extends Pos { nodeType: 'SetComp'; elt: expr; generators: comprehension[] }
export interface DictComp extends Pos { nodeType: 'DictComp'; key: expr; value: expr; generators: comprehension[] }
export interface GeneratorExp extends Pos { nodeType: 'GeneratorExp'; elt: expr; generators: comprehension[] }
export interface Await extends Pos { nodeType: 'Await'; value: expr }
export interface Yield extends Pos { nodeType: 'Yield'; value: expr | null }
export interface YieldFrom extends Pos { nodeType: 'YieldFrom'; value: expr }
export interface Compare extends Pos { nodeType: 'Compare'; left: expr; ops: cmpop[]; comparators: expr[] }
export interface Call extends Pos { nodeType: 'Call'; func: expr; args: expr[]; keywords: keyword[] }
/** `conversion` is -1 (none), or the code of 's', 'r' or 'a', as in CPython. */
export interface FormattedValue extends Pos {
  nodeType: 'FormattedValue'; value: expr; conversion: number; format_spec: JoinedStr | null;
}
export interface JoinedStr extends Pos { nodeType: 'JoinedStr'; values: expr[] }
export interface Constant extends Pos { nodeType: 'Constant'; value: ConstantValue; kind: string | null }
export interface Attribute extends Pos { nodeType: 'Attribute'; value: expr; attr: string; ctx: expr_context }
export interface Subscript extends Pos { nodeType: 'Subscript'; value: expr; slice: expr; ctx: expr_context }
export interface Starred extends Pos { nodeType: 'Starred'; value: expr; ctx: expr_context }
export interface Name extends Pos { nodeType: 'Name'; id: string; ctx: expr_context }
export interface List extends Pos { nodeType: 'List'; elts: expr[]; ctx: expr_context }
export interface Tuple extends Pos { nodeType: 'Tuple'; elts: expr[]; ctx: expr_context }
export interface Slice extends Pos { nodeType: 'Slice'; lower: expr | null; upper: expr | null; step: expr | null }

export type expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | Set | ListComp | SetComp | DictComp
  | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr | Constant
  | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------------------------
// The small product types. CPython gives positions only to arg, keyword, alias and the
// handlers/patterns; comprehension, arguments, withitem and match_case have none.

export interface comprehension { nodeType: 'comprehension'; target: expr; iter: expr; ifs: expr[]; is_async: number }
export interface ExceptHandler extends Pos { nodeType: 'ExceptHandler'; type: expr | null; name: string | null; body: stmt[] }
export interface arguments {
  nodeType: 'arguments';
  posonlyargs: arg[]; args: arg[]; vararg: arg | null; kwonlyargs: arg[];
  /** One per kwonlyarg; null where it has no default. */
  kw_defaults: (expr | null)[];
  kwarg: arg | null;
  /** Defaults of the last `defaults.length` positional parameters (posonlyargs + args). */
  defaults: expr[];
}
export interface arg extends Pos { nodeType: 'arg'; arg: string; annotation: expr | null; type_comment: string | null }
/** `arg` is null for `**kwargs` in a call. */
export interface keyword extends Pos { nodeType: 'keyword'; arg: string | null; value: expr }
export interface alias extends Pos { nodeType: 'alias'; name: string; asname: string | null }
export interface withitem { nodeType: 'withitem'; context_expr: expr; optional_vars: expr | null }
export interface match_case { nodeType: 'match_case'; pattern: pattern; guard: expr | null; body: stmt[] }

// ---------------------------------------------------------------------------------------------
// pattern (PEP 634)

export interface MatchValue extends Pos { nodeType: 'MatchValue'; value: expr }
export interface MatchSingleton extends Pos { nodeType: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Pos { nodeType: 'MatchSequence'; patterns: pattern[] }
export interface MatchMapping extends Pos { nodeType: 'MatchMapping'; keys: expr[]; patterns: pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  nodeType: 'MatchClass'; cls: expr; patterns: pattern[]; kwd_attrs: string[]; kwd_patterns: pattern[];
}
export interface MatchStar extends Pos { nodeType: 'MatchStar'; name: string | null }
export interface MatchAs extends Pos { nodeType: 'MatchAs'; pattern: pattern | null; name: string | null }
export interface MatchOr extends Pos { nodeType: 'MatchOr'; patterns: pattern[] }

export type pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export type Node =
  | mod | stmt | expr | comprehension | ExceptHandler | arguments | arg | keyword | alias | withitem
  | match_case | pattern | TypeIgnore;

export function assertNever(x: never): never {
  throw new Error(`unexpected node: ${JSON.stringify((x as { nodeType?: string }).nodeType ?? x)}`);
}

/** Whether `stmtBodies(s)` has any body: lets a walk skip making the empty list. */
export function hasBodies(s: stmt): boolean {
  switch (s.nodeType) {
    case 'If': case 'For': case 'AsyncFor': case 'While': case 'With': case 'AsyncWith': case 'Try': case 'TryStar': case 'Match':
      return true;
    default:
      return false;
  }
}

/** The statement lists directly inside `s` (bodies, `else` blocks, handlers, cases). */
export function stmtBodies(s: stmt): stmt[][] {
  switch (s.nodeType) {
    case 'If': case 'For': case 'AsyncFor': case 'While': return [s.body, s.orelse];
    case 'With': case 'AsyncWith': return [s.body];
    case 'Try': case 'TryStar': return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'Match': return s.cases.map((c) => c.body);
    default: return [];
  }
}
