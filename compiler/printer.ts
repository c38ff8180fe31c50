// The JS printer: ESTree → text and source-map segments, in one pass with no intermediate string.
//
// It prints what astring printed before it, byte for byte and segment for segment (the output,
// source maps and traceback positions of every program stayed the same when it replaced astring):
// two spaces per level, parentheses only where precedence needs them, one segment at every
// identifier, literal, function keyword and `this` whose node carries a `loc`, at the column the
// text was at. What it does differently is cost: lowering makes a few million nodes for a large
// program, and astring looked up each node's printer and each operand's precedence by the node's
// type name in tables, and passed every token through three calls. Here one switch dispatches,
// precedence is a switch too, and each write goes straight into the sink.
//
// Node types that lowering never makes go to astring's own generator, with this printer as its
// state (see `delegate`), so any ESTree still prints.

import type * as es from 'estree';
import { GENERATOR } from 'astring';

/** Where the text goes: UTF-8 bytes (emit.ts's TextSink) or a string. */
export interface TextOut {
  write(s: string): void;
}

/** Where the segments go: generated line (1-based) and column, original line and column. */
export interface SegmentOut {
  lineOffset: number;
  add(line: number, column: number, originalLine: number, originalColumn: number): void;
}

const INDENT = '  ';
const INDENTS: string[] = [];
function indentOf(level: number): string {
  let s = INDENTS[level];
  if (s === undefined) s = INDENTS[level] = INDENT.repeat(level);
  return s;
}

/** Parentheses whatever the context (functions, objects, classes as operands). */
const ALWAYS = 17;
/** How tightly a call and a binary expression bind: the precedences of fastpaths.ts's templates (js.ts). */
export const CALL_PRECEDENCE = 19;
export const BINARY_PRECEDENCE = 14;

type Template = { type: 'Template'; parts: readonly string[]; holes: es.Node[]; precedence: number; operator: string | null };

/** `precedence` of a node: a template (js.ts) carries that of the node it stands for. */
function precedenceOf(node: es.Node): number {
  // One read of `type`: nodes of every shape come here, so each property read is a megamorphic one.
  const type = node.type as string;
  return type === 'Template' ? (node as unknown as Template).precedence : precedence(type);
}

/** How tightly an expression binds, as an operand: higher binds tighter. NaN for non-expressions. */
function precedence(type: string): number {
  // The most frequent operands first: each case is a string comparison.
  switch (type) {
    case 'Identifier':
      return 20;
    case 'Literal':
      return 18;
    case 'CallExpression': case 'MemberExpression':
      return 19;
    case 'BinaryExpression':
      return 14;
    case 'LogicalExpression':
      return 13;
    case 'ArrayExpression': case 'SequenceExpression': case 'ThisExpression':
    case 'TemplateLiteral': case 'TaggedTemplateExpression': case 'PrivateIdentifier': case 'Super':
      return 20;
    case 'NewExpression': case 'ChainExpression':
      return 19;
    case 'FunctionExpression': case 'ArrowFunctionExpression': case 'ObjectExpression': case 'ClassExpression':
      return ALWAYS;
    case 'UpdateExpression':
      return 16;
    case 'UnaryExpression': case 'AwaitExpression':
      return 15;
    case 'ConditionalExpression':
      return 4;
    case 'AssignmentExpression':
      return 3;
    case 'YieldExpression':
      return 2;
    case 'RestElement':
      return 1;
    default:
      return NaN;
  }
}

/** Binary and logical operators, by how tightly they bind. */
const OPERATOR_RANK: Readonly<Record<string, number>> = {
  '||': 2, '??': 3, '&&': 4, '|': 5, '^': 6, '&': 7,
  '==': 8, '!=': 8, '===': 8, '!==': 8,
  '<': 9, '>': 9, '<=': 9, '>=': 9, in: 9, instanceof: 9,
  '<<': 10, '>>': 10, '>>>': 10, '+': 11, '-': 11, '*': 12, '%': 12, '/': 12, '**': 13,
};

type Operator = { operator?: string };

/** ` op `, made once per operator. */
const SPACED: Readonly<Record<string, string>> = Object.fromEntries(
  [...Object.keys(OPERATOR_RANK), '=', '+=', '-=', '*=', '/=', '%=', '|=', '&=', '^=', '<<=', '>>=', '>>>=', '**=', '||=', '&&=', '??=']
    .map((op) => [op, ` ${op} `]));

/** Whether `node`, an operand of the binary, logical, unary or await expression `parent`, needs parentheses. */
function needsParens(node: es.Node, parent: es.Node, rightHand: boolean): boolean {
  const own = precedenceOf(node);
  if (own === ALWAYS) return true;
  const outer = precedenceOf(parent);
  // The operators are read only when precedence alone does not decide: most operands are names,
  // literals and calls, and each read from a node of any shape is a megamorphic one.
  if (own !== outer) {
    // `-x ** y` is a syntax error: a unary base of `**` is wrapped.
    return (!rightHand && own === 15 && outer === 14 && (parent as Operator).operator === '**') || own < outer;
  }
  if (own !== 13 && own !== 14) return false;
  const op = (node as Operator).operator!;
  const parentOp = (parent as Operator).operator!;
  if (op === '**' && parentOp === '**') return !rightHand;
  // `??` mixes with `||` and `&&` only inside parentheses.
  if (own === 13 && (op === '??' || parentOp === '??')) return true;
  return rightHand ? OPERATOR_RANK[op] <= OPERATOR_RANK[parentOp] : OPERATOR_RANK[op] < OPERATOR_RANK[parentOp];
}

/**
 * Whether `JSON.stringify(s)` is `s` between double quotes: no quote, backslash, control
 * character or lone surrogate half to escape. Almost every string lowering prints (`"number"`,
 * attribute and parameter names) is, and then it is written as it is, with no quoted copy.
 */
function needsNoEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

type AnyLiteral = es.Literal & { raw?: string | null; regex?: { pattern: string; flags: string } | null; bigint?: string | null };

/** Prints ESTree into `out`, its segments into `segments`. */
export class JsPrinter {
  /** The generated line (1-based, from this printer's start) and column. */
  line = 1;
  column = 0;

  constructor(private readonly out: TextOut, private readonly segments: SegmentOut, public indentLevel: number) {}

  /** Each statement on its own line at the current level (a Program's body). */
  program(body: readonly es.Node[]): void {
    const indent = indentOf(this.indentLevel);
    for (let i = 0; i < body.length; i++) {
      this.text(indent);
      this.node(body[i]);
      this.newline();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /** Text that maps to nothing. A write ending in a newline starts the next line. */
  private text(s: string): void {
    this.out.write(s);
    const n = s.length;
    if (n > 0) {
      if (s.charCodeAt(n - 1) === 10) {
        this.line++;
        this.column = 0;
      } else this.column += n;
    }
  }

  private newline(): void {
    this.out.write('\n');
    this.line++;
    this.column = 0;
  }

  /** Text on one line that starts `node`'s segment, if the node has a position. */
  private mapped(s: string, node: es.Node): void {
    const loc = node.loc;
    if (loc != null) this.segments.add(this.line + this.segments.lineOffset, this.column, loc.start.line, loc.start.column);
    this.out.write(s);
    this.column += s.length;
  }

  /** A string literal's text, which may hold line breaks (a raw one): the column follows them. */
  private mappedString(s: string, node: es.Node): void {
    const loc = node.loc;
    if (loc != null) this.segments.add(this.line + this.segments.lineOffset, this.column, loc.start.line, loc.start.column);
    this.out.write(s);
    let { line, column } = this;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) === 10) {
        line++;
        column = 0;
      } else column++;
    }
    this.line = line;
    this.column = column;
  }

  /** `(a, b, c)` */
  private list(nodes: readonly (es.Node | null)[]): void {
    this.text('(');
    for (let i = 0; i < nodes.length; i++) {
      if (i > 0) this.text(', ');
      this.node(nodes[i]!);
    }
    this.text(')');
  }

  /** `node`, in parentheses when its precedence is below `min` (or it always needs them). */
  private operand(node: es.Node, min: number): void {
    const p = precedenceOf(node);
    if (p === ALWAYS || p < min) {
      this.text('(');
      this.node(node);
      this.text(')');
    } else this.node(node);
  }

  /** An operand of a binary, logical, unary or await expression. */
  private sub(node: es.Node, parent: es.Node, rightHand: boolean): void {
    if (needsParens(node, parent, rightHand)) {
      this.text('(');
      this.node(node);
      this.text(')');
    } else this.node(node);
  }

  // ---------------------------------------------------------------------------------------------
  // Nodes

  node(n: es.Node): void {
    switch (n.type) {
      case 'Identifier':
        this.mapped(n.name, n);
        return;
      case 'Literal':
        this.literal(n as AnyLiteral);
        return;
      case 'CallExpression':
        this.operand(n.callee, 19);
        if (n.optional) this.text('?.');
        this.list(n.arguments);
        return;
      case 'BinaryExpression':
      case 'LogicalExpression': {
        const isIn = n.operator === 'in';
        // Inside a `for (...;` head, a bare `in` would read as for-in.
        if (isIn) this.text('(');
        this.sub(n.left, n, false);
        this.text(SPACED[n.operator] ?? ` ${n.operator} `);
        this.sub(n.right, n, true);
        if (isIn) this.text(')');
        return;
      }
      case 'AssignmentExpression':
        this.node(n.left);
        this.text(SPACED[n.operator] ?? ` ${n.operator} `);
        this.node(n.right);
        return;
      case 'Template' as es.Node['type']:
        // A fast path's template (js.ts): not an ESTree type, and the sixth most frequent node.
        this.template(n as unknown as Template);
        return;
      case 'Property':
        this.property(n);
        return;
      case 'ExpressionStatement': {
        const e = n.expression;
        const p = precedenceOf(e);
        // An object pattern on the left would read as a block.
        if (p === ALWAYS || (p === 3 && (e as es.AssignmentExpression).left.type.charCodeAt(0) === 79)) {
          this.text('(');
          this.node(e);
          this.text(')');
        } else this.node(e);
        this.text(';');
        return;
      }
      case 'MemberExpression':
        this.operand(n.object, 19);
        if (n.computed) {
          this.text(n.optional ? '?.[' : '[');
          this.node(n.property);
          this.text(']');
        } else {
          this.text(n.optional ? '?.' : '.');
          this.node(n.property);
        }
        return;
      case 'ConditionalExpression': {
        const p = precedenceOf(n.test);
        if (p === ALWAYS || p <= 4) {
          this.text('(');
          this.node(n.test);
          this.text(')');
        } else this.node(n.test);
        this.text(' ? ');
        this.node(n.consequent);
        this.text(' : ');
        this.node(n.alternate);
        return;
      }
      case 'UnaryExpression':
        this.unary(n);
        return;
      case 'BlockStatement':
        this.block(n.body);
        return;
      case 'ArrayExpression':
      case 'ArrayPattern': {
        this.text('[');
        const elements = n.elements;
        for (let i = 0; i < elements.length; i++) {
          const e = elements[i];
          if (e != null) this.node(e);
          // A trailing hole needs its comma.
          if (i + 1 < elements.length || e == null) this.text(', ');
        }
        this.text(']');
        return;
      }
      case 'ReturnStatement':
        if (n.argument) {
          this.text('return ');
          this.node(n.argument);
          this.text(';');
        } else this.text('return;');
        return;
      case 'VariableDeclaration':
        this.declarations(n);
        this.text(';');
        return;
      case 'SequenceExpression':
        this.list(n.expressions);
        return;
      case 'FunctionExpression':
      case 'FunctionDeclaration':
        this.mapped(`${n.async ? 'async ' : ''}${n.generator ? 'function* ' : 'function '}${n.id ? n.id.name : ''}`, n);
        this.list(n.params);
        this.text(' ');
        this.node(n.body);
        return;
      case 'IfStatement':
        this.text('if (');
        this.node(n.test);
        this.text(') ');
        this.node(n.consequent);
        if (n.alternate != null) {
          this.text(' else ');
          this.node(n.alternate);
        }
        return;
      case 'ObjectExpression':
        this.object(n);
        return;
      case 'NewExpression':
        this.text('new ');
        if (precedenceOf(n.callee) < 19 || precedenceOf(n.callee) === ALWAYS || callInChain(n.callee)) {
          this.text('(');
          this.node(n.callee);
          this.text(')');
        } else this.node(n.callee);
        this.list(n.arguments);
        return;
      case 'ThrowStatement':
        this.text('throw ');
        this.node(n.argument);
        this.text(';');
        return;
      case 'ForStatement':
        this.text('for (');
        if (n.init != null) {
          if (n.init.type === 'VariableDeclaration') this.declarations(n.init);
          else this.node(n.init);
        }
        this.text('; ');
        if (n.test) this.node(n.test);
        this.text('; ');
        if (n.update) this.node(n.update);
        this.text(') ');
        this.node(n.body);
        return;
      case 'ForOfStatement':
      case 'ForInStatement':
        this.text(n.type === 'ForOfStatement' && n.await ? 'for await (' : 'for (');
        if (n.left.type === 'VariableDeclaration') this.declarations(n.left);
        else this.node(n.left);
        this.text(n.type === 'ForOfStatement' ? ' of ' : ' in ');
        this.node(n.right);
        this.text(') ');
        this.node(n.body);
        return;
      case 'WhileStatement':
        this.text('while (');
        this.node(n.test);
        this.text(') ');
        this.node(n.body);
        return;
      case 'DoWhileStatement':
        this.text('do ');
        this.node(n.body);
        this.text(' while (');
        this.node(n.test);
        this.text(');');
        return;
      case 'TryStatement':
        this.text('try ');
        this.node(n.block);
        if (n.handler) {
          if (n.handler.param == null) this.text(' catch ');
          else {
            this.text(' catch (');
            this.node(n.handler.param);
            this.text(') ');
          }
          this.node(n.handler.body);
        }
        if (n.finalizer) {
          this.text(' finally ');
          this.node(n.finalizer);
        }
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
        this.text(n.type === 'BreakStatement' ? 'break' : 'continue');
        if (n.label != null) {
          this.text(' ');
          this.node(n.label);
        }
        this.text(';');
        return;
      case 'LabeledStatement':
        this.node(n.label);
        this.text(': ');
        this.node(n.body);
        return;
      case 'SwitchStatement':
        this.switchStatement(n);
        return;
      case 'AssignmentPattern':
        this.node(n.left);
        this.text(' = ');
        this.node(n.right);
        return;
      case 'SpreadElement':
      case 'RestElement':
        this.text('...');
        this.node(n.argument);
        return;
      case 'ArrowFunctionExpression':
        this.arrow(n);
        return;
      case 'UpdateExpression':
        if (n.prefix) {
          this.text(n.operator);
          this.node(n.argument);
        } else {
          this.node(n.argument);
          this.text(n.operator);
        }
        return;
      case 'YieldExpression':
        this.text(n.delegate ? 'yield*' : 'yield');
        if (n.argument) {
          this.text(' ');
          this.node(n.argument);
        }
        return;
      case 'AwaitExpression':
        this.mapped('await ', n);
        this.sub(n.argument, n, false);
        return;
      case 'ThisExpression':
        this.mapped('this', n);
        return;
      case 'Super':
        this.mapped('super', n);
        return;
      case 'EmptyStatement':
        this.text(';');
        return;
      case 'ChainExpression':
        this.node(n.expression);
        return;
      case 'Program':
        this.program(n.body);
        return;
      default:
        this.delegate(n);
    }
  }

  /** A template's text with its holes printed in place (see js.ts). */
  private template(n: Template): void {
    const { parts, holes } = n;
    for (let i = 0; i < holes.length; i++) {
      this.text(parts[i]);
      this.node(holes[i]);
    }
    this.text(parts[holes.length]);
  }

  private literal(n: AnyLiteral): void {
    const value = n.value;
    if (n.raw == null && n.regex == null && n.bigint == null) {
      if (typeof value === 'string') {
        if (needsNoEscape(value)) this.quotedString(value, n);
        else this.mappedString(JSON.stringify(value), n);
        return;
      }
      // A finite number prints as JSON.stringify prints it (both use Number's toString).
      if (typeof value === 'number' && Number.isFinite(value)) {
        this.mapped(String(value), n);
        return;
      }
    }
    const text = n.raw != null ? n.raw
      : n.regex != null ? `/${n.regex.pattern}/${n.regex.flags}`
        : n.bigint != null ? `${n.bigint}n`
          : JSON.stringify(value);
    if (typeof value === 'string') this.mappedString(text, n);
    else this.write(text, n);
  }

  /** `"s"` for a string that needs no escape (so no line break either), mapped like any literal. */
  private quotedString(s: string, node: es.Node): void {
    const loc = node.loc;
    if (loc != null) this.segments.add(this.line + this.segments.lineOffset, this.column, loc.start.line, loc.start.column);
    const out = this.out;
    out.write('"');
    out.write(s);
    out.write('"');
    this.column += s.length + 2;
  }

  private unary(n: es.UnaryExpression): void {
    const { operator, argument } = n;
    if (!n.prefix) {
      this.node(argument);
      this.text(operator);
      return;
    }
    this.text(operator);
    const parens = needsParens(argument, n, false);
    if (parens) {
      this.text(operator.length > 1 ? ' (' : '(');
      this.node(argument);
      this.text(')');
      return;
    }
    // A word operator needs a space; so does `- -x` (or `+ +x`, `- --x`), which would read as `--`.
    const a = argument as es.UnaryExpression | es.UpdateExpression;
    if (operator.length > 1 || ((a.type === 'UnaryExpression' || a.type === 'UpdateExpression') && a.prefix
      && a.operator.charAt(0) === operator && (operator === '+' || operator === '-'))) this.text(' ');
    this.node(argument);
  }

  private block(body: readonly es.Node[]): void {
    const outer = indentOf(this.indentLevel++);
    this.text('{');
    if (body.length > 0) {
      this.newline();
      const inner = indentOf(this.indentLevel);
      for (let i = 0; i < body.length; i++) {
        this.text(inner);
        this.node(body[i]);
        this.newline();
      }
      this.text(outer);
    }
    this.text('}');
    this.indentLevel--;
  }

  /** `let a, b = 1` without the semicolon (a `for` head uses it too). */
  private declarations(n: es.VariableDeclaration): void {
    this.text(`${n.kind} `);
    const ds = n.declarations;
    for (let i = 0; i < ds.length; i++) {
      if (i > 0) this.text(', ');
      this.node(ds[i].id);
      if (ds[i].init != null) {
        this.text(' = ');
        this.node(ds[i].init!);
      }
    }
  }

  private object(n: es.ObjectExpression): void {
    const outer = indentOf(this.indentLevel++);
    const props = n.properties;
    if (props.length === 0) this.text('{');
    else {
      this.text('{');
      this.newline();
      const inner = indentOf(this.indentLevel);
      for (let i = 0; i < props.length; i++) {
        this.text(inner);
        this.node(props[i]);
        if (i + 1 < props.length) this.text(',\n');
      }
      this.newline();
      this.text(outer);
    }
    this.text('}');
    this.indentLevel--;
  }

  private property(n: es.Property): void {
    if (!n.method && n.kind === 'init') {
      if (!n.shorthand) {
        this.key(n);
        this.text(': ');
      }
      this.node(n.value);
      return;
    }
    const fn = n.value as es.FunctionExpression;
    // A getter or setter of one statement takes one line (`get x() { return x; }`): a module has
    // a pair of them per global (its module object's live attributes).
    if ((n.kind === 'get' || n.kind === 'set') && !n.computed && fn.type === 'FunctionExpression' && !fn.async && !fn.generator
      && fn.body.body.length === 1 && (fn.body.body[0].type === 'ReturnStatement' || fn.body.body[0].type === 'ExpressionStatement')) {
      this.text(`${n.kind} `);
      this.node(n.key);
      this.list(fn.params);
      this.text(' { ');
      this.node(fn.body.body[0]);
      this.text(' }');
      return;
    }
    if (n.kind === 'get' || n.kind === 'set') this.text(`${n.kind} `);
    if (fn.async) this.text('async ');
    if (fn.generator) this.text('*');
    this.key(n);
    this.list(fn.params);
    this.text(' ');
    this.node(fn.body);
  }

  private key(n: es.Property): void {
    if (n.computed) {
      this.text('[');
      this.node(n.key);
      this.text(']');
    } else this.node(n.key);
  }

  private arrow(n: es.ArrowFunctionExpression): void {
    this.mapped(n.async ? 'async ' : '', n);
    const params = n.params;
    if (params.length === 1 && params[0].type === 'Identifier') this.mapped(params[0].name, params[0]);
    else this.list(params);
    this.text(' => ');
    if (n.body.type === 'ObjectExpression') {
      this.text('(');
      this.node(n.body);
      this.text(')');
    } else this.node(n.body);
  }

  private switchStatement(n: es.SwitchStatement): void {
    const outer = indentOf(this.indentLevel);
    this.indentLevel += 2;
    const caseIndent = outer + INDENT;
    const bodyIndent = caseIndent + INDENT;
    this.text('switch (');
    this.node(n.discriminant);
    this.text(') {\n');
    for (const c of n.cases) {
      if (c.test) {
        this.text(`${caseIndent}case `);
        this.node(c.test);
        this.text(':\n');
      } else this.text(`${caseIndent}default:\n`);
      for (const s of c.consequent) {
        this.text(bodyIndent);
        this.node(s);
        this.newline();
      }
    }
    this.indentLevel -= 2;
    this.text(`${outer}}`);
  }

  // ---------------------------------------------------------------------------------------------
  // Anything else: astring's generator, printing through this printer.

  /** astring's state interface, for `delegate`. */
  readonly indent = INDENT;
  readonly lineEnd = '\n';
  readonly writeComments = false;
  get generator(): Record<string, (node: es.Node, state: JsPrinter) => void> {
    return DELEGATE_GENERATOR;
  }
  get expressionsPrecedence(): Record<string, number> {
    return EXPRESSIONS_PRECEDENCE_VIEW;
  }

  /** astring's `state.write`: text, and a segment when `node` has a position. */
  write(code: string, node?: es.Node | null): void {
    if (node == null) {
      this.text(code);
      return;
    }
    if ((node.type as string) === 'LineComment') {
      this.out.write(code);
      this.line++;
      this.column = 0;
      return;
    }
    if (node.type === 'TemplateElement' || (node.type === 'Literal' && typeof node.value === 'string')) this.mappedString(code, node);
    else {
      const loc = node.loc;
      if (loc != null) this.segments.add(this.line + this.segments.lineOffset, this.column, loc.start.line, loc.start.column);
      this.text(code);
    }
  }

  private delegate(n: es.Node): void {
    const print = (GENERATOR as unknown as Record<string, ((node: es.Node, state: JsPrinter) => void) | undefined>)[n.type];
    if (!print) throw new Error(`memphisc: cannot print a ${n.type} node`);
    print.call(DELEGATE_GENERATOR, n, this);
  }
}

/** `new (a().b)()`: a callee holding a call must be wrapped, or the call's parentheses would be `new`'s. */
function callInChain(node: es.Node): boolean {
  let n: es.Node = node;
  for (;;) {
    if (n.type === 'CallExpression') return true;
    if (n.type !== 'MemberExpression') return false;
    n = n.object;
  }
}

/** The precedences astring's generator reads from its state, for the delegated node types. */
const EXPRESSIONS_PRECEDENCE_VIEW: Record<string, number> = new Proxy({}, {
  get: (_target, type) => (typeof type === 'string' ? (Number.isNaN(precedence(type)) ? undefined : precedence(type)) : undefined),
}) as Record<string, number>;

/**
 * The generator astring's functions recurse through (`this[child.type]`) when a node went to
 * them: every child comes back to the printer, so only the delegated node itself is astring's.
 */
const DELEGATE_GENERATOR: Record<string, (node: es.Node, state: JsPrinter) => void> = new Proxy({}, {
  get: (_target, type) => (node: es.Node, state: JsPrinter) => {
    // `this.ClassDeclaration(expression)` and the like: astring's own function for that name.
    if (node.type === type) state.node(node);
    else (GENERATOR as unknown as Record<string, (node: es.Node, state: JsPrinter) => void>)[type as string].call(DELEGATE_GENERATOR, node, state);
  },
}) as Record<string, (node: es.Node, state: JsPrinter) => void>;
