// Small typed factories for the ESTree nodes that lowering builds. Every node that stands for
// Python source carries a `loc`, which astring turns into a source-map segment: that is how a
// traceback finds its .py line. Nodes made up by the compiler (adapters, temporaries) may pass
// `null` and then map to nothing, which is also how the traceback printer knows to hide them.

import type * as es from 'estree';
import type { Pos } from './ast.js';

export type Loc = es.SourceLocation | null;

/**
 * A node's source span in one object. Lowering makes one per Python node, so it matters that it is
 * small: the start is the span itself (astring reads `loc.start.line` and `loc.start.column`), and
 * the end is made only if someone asks.
 */
class SourceSpan implements es.SourceLocation, es.Position {
  // Declared, not class fields: a field is defined on each new span by an initializer call of its
  // own before the constructor assigns it, and lowering makes a span per Python node.
  declare readonly source: string;
  declare readonly line: number;
  declare readonly column: number;
  private declare readonly endLine: number;
  private declare readonly endColumn: number;
  constructor(source: string, line: number, column: number, endLine: number, endColumn: number) {
    this.source = source;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }
  get start(): es.Position {
    return this;
  }
  get end(): es.Position {
    return { line: this.endLine, column: this.endColumn };
  }
}

export function locOf(p: Pos, source: string): es.SourceLocation {
  return new SourceSpan(source, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset);
}

// Every factory writes `loc` in the object literal itself, even when it is null: a property added
// after creation would give each node a second allocation (its out-of-object property store), and
// nodes of one type would not share one hidden class.

export const id = (name: string, loc: Loc = null): es.Identifier => ({ type: 'Identifier', name, loc });

export function lit(value: string | number | boolean | null, loc: Loc = null): es.Expression {
  if (typeof value === 'number' && (value < 0 || Object.is(value, -0))) {
    return { type: 'UnaryExpression', operator: '-', prefix: true, argument: lit(-value), loc };
  }
  return { type: 'Literal', value, loc };
}

export function bigintLit(value: bigint, loc: Loc = null): es.Expression {
  if (value < 0n) return { type: 'UnaryExpression', operator: '-', prefix: true, argument: bigintLit(-value), loc };
  return { type: 'Literal', value: null, bigint: value.toString(), raw: `${value}n`, loc } as es.BigIntLiteral;
}

export const undef = (): es.Expression => ({ type: 'UnaryExpression', operator: 'void', prefix: true, argument: lit(0), loc: null });

export const call = (callee: es.Expression, args: (es.Expression | es.SpreadElement)[], loc: Loc = null): es.CallExpression =>
  ({ type: 'CallExpression', callee, arguments: args, optional: false, loc });

export const newExpr = (callee: es.Expression, args: es.Expression[], loc: Loc = null): es.NewExpression =>
  ({ type: 'NewExpression', callee, arguments: args, loc });

export const member = (object: es.Expression, prop: string, loc: Loc = null): es.MemberExpression =>
  ({ type: 'MemberExpression', object, property: id(prop), computed: false, optional: false, loc });
/** `object?.prop`: a Python attribute read, where `object` may be None (`null`). */
export const optMember = (object: es.Expression, prop: string, loc: Loc = null): es.MemberExpression =>
  ({ type: 'MemberExpression', object, property: id(prop), computed: false, optional: true, loc });

export const index = (object: es.Expression, prop: es.Expression, loc: Loc = null): es.MemberExpression =>
  ({ type: 'MemberExpression', object, property: prop, computed: true, optional: false, loc });

export const assign = (left: es.Pattern | es.MemberExpression, right: es.Expression, loc: Loc = null, operator: es.AssignmentOperator = '='): es.AssignmentExpression =>
  ({ type: 'AssignmentExpression', operator, left, right, loc });

export const seq = (expressions: es.Expression[], loc: Loc = null): es.Expression =>
  expressions.length === 1 ? expressions[0] : { type: 'SequenceExpression', expressions, loc };

export const cond = (test: es.Expression, consequent: es.Expression, alternate: es.Expression, loc: Loc = null): es.ConditionalExpression =>
  ({ type: 'ConditionalExpression', test, consequent, alternate, loc });

export const logical = (operator: es.LogicalOperator, left: es.Expression, right: es.Expression, loc: Loc = null): es.LogicalExpression =>
  ({ type: 'LogicalExpression', operator, left, right, loc });

export const binary = (operator: es.BinaryOperator, left: es.Expression, right: es.Expression, loc: Loc = null): es.BinaryExpression =>
  ({ type: 'BinaryExpression', operator, left, right, loc });

export const unary = (operator: es.UnaryOperator, argument: es.Expression, loc: Loc = null): es.UnaryExpression =>
  ({ type: 'UnaryExpression', operator, prefix: true, argument, loc });

export const array = (elements: (es.Expression | es.SpreadElement | null)[], loc: Loc = null): es.ArrayExpression =>
  ({ type: 'ArrayExpression', elements, loc });

export const spread = (argument: es.Expression): es.SpreadElement => ({ type: 'SpreadElement', argument, loc: null });

export const exprStmt = (expression: es.Expression, loc: Loc = null): es.ExpressionStatement =>
  ({ type: 'ExpressionStatement', expression, loc });

export const block = (body: es.Statement[], loc: Loc = null): es.BlockStatement => ({ type: 'BlockStatement', body, loc });

export const ret = (argument: es.Expression | null, loc: Loc = null): es.ReturnStatement => ({ type: 'ReturnStatement', argument, loc });

export const ifStmt = (test: es.Expression, consequent: es.Statement, alternate: es.Statement | null = null, loc: Loc = null): es.IfStatement =>
  ({ type: 'IfStatement', test, consequent, alternate, loc });

export const throwStmt = (argument: es.Expression, loc: Loc = null): es.ThrowStatement => ({ type: 'ThrowStatement', argument, loc });

export function letDecl(names: string[], kind: 'let' | 'const' | 'var' = 'let'): es.VariableDeclaration {
  return { type: 'VariableDeclaration', kind, declarations: names.map((n) => ({ type: 'VariableDeclarator', id: id(n), init: null, loc: null })), loc: null };
}

export function constDecl(name: string | es.Pattern, init: es.Expression, loc: Loc = null, kind: 'let' | 'const' = 'const'): es.VariableDeclaration {
  return {
    type: 'VariableDeclaration', kind,
    declarations: [{ type: 'VariableDeclarator', id: typeof name === 'string' ? id(name) : name, init, loc: null }],
    loc,
  };
}

export function fnExpr(name: string | null, params: es.Pattern[], body: es.Statement[], opts: { generator?: boolean; loc?: Loc } = {}): es.FunctionExpression {
  return {
    type: 'FunctionExpression', id: name ? id(name) : null, params, body: block(body),
    generator: !!opts.generator, async: false, loc: opts.loc ?? null,
  };
}

export function arrow(params: es.Pattern[], body: es.Statement[] | es.Expression, loc: Loc = null): es.ArrowFunctionExpression {
  const isBlock = Array.isArray(body);
  return {
    type: 'ArrowFunctionExpression', params, body: isBlock ? block(body) : body,
    expression: !isBlock, generator: false, async: false, loc,
  };
}

export const defaultParam = (name: string, value: es.Expression): es.AssignmentPattern => ({ type: 'AssignmentPattern', left: id(name), right: value, loc: null });
export const restParam = (name: string): es.RestElement => ({ type: 'RestElement', argument: id(name), loc: null });

export const labeled = (label: string, body: es.Statement): es.LabeledStatement => ({ type: 'LabeledStatement', label: id(label), body, loc: null });
export const breakStmt = (label: string | null = null, loc: Loc = null): es.BreakStatement => ({ type: 'BreakStatement', label: label ? id(label) : null, loc });
export const continueStmt = (label: string | null = null, loc: Loc = null): es.ContinueStatement => ({ type: 'ContinueStatement', label: label ? id(label) : null, loc });

function isPlainIdentifier(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36 || (i > 0 && c >= 48 && c <= 57);
    if (!ok) return false;
  }
  return key.length > 0;
}

export function property(key: string, value: es.Expression, kind: 'init' | 'get' | 'set' = 'init'): es.Property {
  const validIdent = isPlainIdentifier(key);
  return {
    type: 'Property', key: validIdent ? id(key) : (lit(key) as es.Literal), value, kind,
    computed: false, method: kind !== 'init', shorthand: false, loc: null,
  };
}

export const object = (properties: es.Property[]): es.ObjectExpression => ({ type: 'ObjectExpression', properties, loc: null });

/**
 * A fixed piece of JS with holes: `parts[0]`, `holes[0]`, `parts[1]`, ... The fast paths repeat a
 * few shapes (`typeof x === "number"`, `Number.isInteger(x)`) tens of thousands of times in a large
 * module; as one node with its text made once, each costs one object and a few writes instead of
 * four nodes. The printer prints it exactly as it would print the nodes it stands for, so it is
 * made only where that holds: `precedence` and `operator` are those of its outermost node, and
 * each hole sits where that node's printer would have put it without parentheses of its own.
 */
export interface Template {
  type: 'Template';
  parts: readonly string[];
  holes: es.Expression[];
  precedence: number;
  operator: string | null;
  loc: null;
}

export function template(parts: readonly string[], holes: es.Expression[], precedence: number, operator: string | null = null): es.Expression {
  const node: Template = { type: 'Template', parts, holes, precedence, operator, loc: null };
  return node as unknown as es.Expression;
}

export const yieldExpr = (argument: es.Expression | null, delegate: boolean, loc: Loc = null): es.YieldExpression =>
  ({ type: 'YieldExpression', argument, delegate, loc });

export const thisExpr = (): es.ThisExpression => ({ type: 'ThisExpression', loc: null });

/** The JS words a Python name must not become, whatever the context. */
const RESERVED = new Set([
  'arguments', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'enum', 'eval', 'export', 'extends', 'false', 'finally', 'for', 'function',
  'if', 'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package',
  'private', 'protected', 'public', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true',
  'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'undefined', 'NaN', 'Infinity',
  // JS globals that generated code uses itself (fastpaths.ts, lowering): a Python `Number` class
  // must not hide them.
  'Number', 'Math', 'Array', 'Object', 'String', 'Symbol', 'Reflect', 'globalThis',
]);

/** The JS identifier for a Python variable name. `$` never appears in Python names, so a `$`
 * suffix can collide with nothing. */
export function jsName(pyName: string): string {
  return RESERVED.has(pyName) ? `${pyName}$` : pyName;
}
