// Statements, after the statement rules of CPython's Grammar/python.gram: simple statements on
// one logical line separated by `;`, and compound statements whose blocks are an indented suite or
// simple statements after the colon.
//
// An assignment is parsed as an expression first and becomes a target only when a `=`, an
// augmented operator or an annotation colon follows (acorn's toAssignable approach); targets.ts then
// checks it. `match` is a soft keyword: a line starting with `match` is tried as a match statement
// and re-read as an ordinary statement when that fails, as the PEG parser does.

import type {
  alias, ExceptHandler, expr, keyword, match_case, Name, operator, stmt, withitem,
} from '../ast.js';
import { CompileError } from '../diagnostics.js';
import {
  forgotComma, invalidNamedAssignment, normalizeName, parseExpression, parseNamedExpression, parseParameters,
  parsePrimary, parseStarExpressions, parseStarNamedExpression, parseTargetList, parseYield, startsExpression,
  parseBitwiseOr,
} from './expression.js';
import { parsePatterns } from './pattern.js';
import { exact, KEYWORDS, NO_NODES, type Loc, type Parser } from './state.js';
import { exprName, invalidTarget, toTarget } from './targets.js';

// ---------------------------------------------------------------------------------------------
// Statement lists and blocks.

/** `statements` up to a DEDENT or the end of the file. */
export function parseStatements(p: Parser): stmt[] {
  const body: stmt[] = [];
  for (;;) {
    const t = p.tok;
    if (t.type === 'DEDENT' || t.type === 'ENDMARKER') return exact(body);
    parseStatement(p, body);
  }
}

/** `statement`: a compound statement, or a line of simple statements; appends to `out`. */
export function parseStatement(p: Parser, out: stmt[]): void {
  p.release();
  const t = p.tok;
  if (t.type === 'NAME') {
    switch (t.string) {
      case 'def': out.push(parseFunctionDef(p, NO_NODES, null)); return;
      case 'class': out.push(parseClassDef(p, NO_NODES)); return;
      case 'if': out.push(parseIf(p)); return;
      case 'while': out.push(parseWhile(p)); return;
      case 'for': out.push(parseFor(p, null)); return;
      case 'try': out.push(parseTry(p)); return;
      case 'with': out.push(parseWith(p, null)); return;
      case 'async': {
        const next = p.peek();
        if (next.string === 'def') {
          p.next();
          out.push(parseFunctionDef(p, NO_NODES, t));
          return;
        }
        if (next.string === 'for') {
          p.next();
          out.push(parseFor(p, t));
          return;
        }
        if (next.string === 'with') {
          p.next();
          out.push(parseWith(p, t));
          return;
        }
        break;
      }
      case 'match': {
        const m = tryParseMatch(p);
        if (m !== null) {
          out.push(m);
          return;
        }
        break;
      }
    }
  } else if (t.type === 'OP' && t.string === '@') {
    out.push(parseDecorated(p));
    return;
  } else if (t.type === 'INDENT') {
    p.unexpected();
  }
  parseSimpleStatements(p, out);
}

/**
 * `block`: NEWLINE INDENT statements DEDENT, or simple statements on the same line. `what` names
 * the statement for CPython's "expected an indented block after ..." message.
 */
export function parseBlock(p: Parser, what: string, line: number): stmt[] {
  if (p.tok.type === 'NEWLINE') {
    p.next();
    if (!atIndent(p)) {
      p.raiseAtFetched(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
    }
    p.next();
    const body = parseStatements(p);
    if ((p.tok.type as string) === 'DEDENT') p.next();
    return body;
  }
  const body: stmt[] = [];
  parseSimpleStatements(p, body);
  return exact(body);
}

function parseSimpleStatements(p: Parser, out: stmt[]): void {
  for (;;) {
    out.push(parseSimpleStatement(p));
    if (p.at(';')) {
      p.next();
      if (p.tok.type === 'NEWLINE') break;
      continue;
    }
    break;
  }
  if (p.tok.type !== 'NEWLINE') {
    if (p.tok.type === 'ENDMARKER') return;
    statementEndError(p, out[out.length - 1]);
  }
  p.next();
}

/** Something other than a newline after a complete simple statement. */
function statementEndError(p: Parser, last: stmt): never {
  if (last.nodeType === 'Expr') {
    const e = last.value;
    // print "x" (invalid_legacy_expression)
    if (e.nodeType === 'Name' && (e.id === 'print' || e.id === 'exec') && startsExpression(p)) {
      const save = p.i;
      try {
        const arg = parseStarExpressions(p);
        p.raise(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, arg);
      } catch (err) {
        if (!(err instanceof CompileError) || !err.diagnostic.message.startsWith('Missing')) {
          p.i = save;
          p.tok = p.tokens[save];
        } else throw err;
      }
    }
    if (p.at('=') && !p.parenthesized.has(e)) invalidNamedAssignment(p, e);
    if (p.at(':=') && e.nodeType !== 'Name') p.raise(`cannot use assignment expressions with ${exprName(e)}`, e, e);
  }
  return p.unexpected();
}

// ---------------------------------------------------------------------------------------------
// Simple statements.

const AUG_OPS: Record<string, operator> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '&=': 'BitAnd',
  '|=': 'BitOr', '^=': 'BitXor', '<<=': 'LShift', '>>=': 'RShift', '**=': 'Pow', '//=': 'FloorDiv',
};

function parseSimpleStatement(p: Parser): stmt {
  const t = p.tok;
  if (t.type === 'NAME') {
    switch (t.string) {
      case 'pass': p.next(); return p.node({ nodeType: 'Pass', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      case 'break': p.next(); return p.node({ nodeType: 'Break', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      case 'continue': p.next(); return p.node({ nodeType: 'Continue', lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      case 'return': {
        p.next();
        const value = startsExpression(p) ? parseStarExpressions(p) : null;
        return p.node({ nodeType: 'Return', value, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      }
      case 'raise': {
        p.next();
        let exc: expr | null = null;
        let cause: expr | null = null;
        if (startsExpression(p)) {
          exc = parseExpression(p);
          if (p.eat('from')) cause = parseExpression(p);
        }
        return p.node({ nodeType: 'Raise', exc, cause, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      }
      case 'global':
      case 'nonlocal': {
        p.symbolTableChecks = true;
        p.next();
        const names = [parseIdentifier(p)];
        while (p.eat(',')) names.push(parseIdentifier(p));
        return p.node({ nodeType: t.string === 'global' ? 'Global' : 'Nonlocal', names, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      }
      case 'del': return parseDel(p);
      case 'assert': {
        p.next();
        const test = parseExpression(p);
        const msg = p.eat(',') ? parseExpression(p) : null;
        return p.node({ nodeType: 'Assert', test, msg, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 });
      }
      case 'import': return parseImport(p);
      case 'from': return parseImportFrom(p);
    }
  }
  return parseExpressionStatement(p);
}

function parseIdentifier(p: Parser): string {
  const t = p.tok;
  if (t.type !== 'NAME' || KEYWORDS.has(t.string)) p.unexpected();
  p.next();
  return normalizeName(t.string);
}

function parseDel(p: Parser): stmt {
  const start = p.next();
  const targets: expr[] = [];
  for (;;) {
    let target: expr;
    if (p.at('*')) {
      const star = p.next();
      const value = parseBitwiseOr(p);
      target = p.node({ nodeType: 'Starred', value, ctx: 'Load', lineno: star.lineno, col_offset: star.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    } else target = parseBitwiseOr(p);
    if (!p.at(',') && p.tok.type !== 'NEWLINE' && !p.at(';') && p.tok.type !== 'ENDMARKER') {
      // `del x + 1` and friends: CPython names the whole expression.
      const rest = parseExpressionTail(p, target);
      toTarget(p, rest, 'Del', 'del');
    }
    toTarget(p, target, 'Del', 'del');
    targets.push(target);
    if (!p.eat(',')) break;
    if (!startsExpression(p)) break;
  }
  return p.node({ nodeType: 'Delete', targets, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

/** Re-parses from the start of `e` as a whole expression (for error messages only). */
function parseExpressionTail(p: Parser, e: expr): expr {
  let k = p.i;
  while (k > 0 && (p.tokens[k].lineno > e.lineno || p.tokens[k].col_offset > e.col_offset)) k--;
  p.i = k;
  p.tok = p.tokens[k];
  return parseExpression(p);
}

/** Assignments, augmented and annotated assignments, and expression statements. */
function parseExpressionStatement(p: Parser): stmt {
  const start = p.tok;
  const first = p.at('yield') ? parseYield(p) : parseStarExpressions(p);
  const t = p.tok;

  if (t.type === 'OP') {
    if (t.string === '=') return parseAssignment(p, first, start);
    if (t.string === ':') {
      p.next();
      const simple = first.nodeType === 'Name' && !p.parenthesized.has(first) ? 1 : 0;
      if (first.nodeType === 'Tuple' || first.nodeType === 'List') {
        const kind = first.nodeType === 'Tuple' ? 'tuple' : 'list';
        p.raise(`only single target (not ${kind}) can be annotated`, first, first);
      }
      if (first.nodeType !== 'Name' && first.nodeType !== 'Attribute' && first.nodeType !== 'Subscript') {
        p.raise('illegal target for annotation', first, first);
      }
      const annotation = parseExpression(p);
      let value: expr | null = null;
      if (p.eat('=')) value = p.at('yield') ? parseYield(p) : parseStarExpressions(p);
      first.ctx = 'Store';
      return p.node({ nodeType: 'AnnAssign', target: first, annotation, value, simple, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
    }
    const op = AUG_OPS[t.string];
    if (op !== undefined) {
      if (first.nodeType !== 'Name' && first.nodeType !== 'Attribute' && first.nodeType !== 'Subscript') {
        p.raise(`'${exprName(first)}' is an illegal expression for augmented assignment`, first, first);
      }
      p.next();
      const value = p.at('yield') ? parseYield(p) : parseStarExpressions(p);
      first.ctx = 'Store';
      return p.node({ nodeType: 'AugAssign', target: first, op, value, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
    }
  }
  return p.node({ nodeType: 'Expr', value: first, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseAssignment(p: Parser, first: expr, start: Loc): stmt {
  const targets = [first];
  let value: expr = first;
  while (p.eat('=')) {
    const valueStart = p.tok;
    value = p.at('yield') ? parseYield(p) : parseStarExpressions(p);
    targets.push(value);
    if (targets.length === 2 && !p.at('=')) {
      // `f() = 1`: CPython's invalid_named_expression suggests '==' for a lone bad target.
      checkLoneTarget(p, first, valueStart);
    }
  }
  targets.pop();
  for (const target of targets) {
    if (target.nodeType === 'Yield' || target.nodeType === 'YieldFrom') {
      p.raise('assignment to yield expression not possible', target, target);
    }
    if (target.nodeType === 'Starred' && !p.parenthesized.has(target)) {
      // `*a = 1` is a starred assignment target outside a tuple or list.
      toTarget(p, target, 'Store');
      p.raise('starred assignment target must be in a list or tuple', target, target);
    }
    toTarget(p, target, 'Store');
  }
  return p.node({ nodeType: 'Assign', targets, value, type_comment: null, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function checkLoneTarget(p: Parser, target: expr, valueStart: { string: string; type: string }): void {
  if (valueStart.type === 'NAME' && (valueStart.string === 'yield' || valueStart.string === 'lambda' || valueStart.string === 'not')) return;
  if (valueStart.string === '*' && valueStart.type === 'OP') return;
  let e = target;
  if (e.nodeType === 'Tuple' && !p.parenthesized.has(e)) e = e.elts[e.elts.length - 1];
  if (invalidTarget(e, false) === null) return;
  if (e.nodeType === 'List' || e.nodeType === 'Tuple' || e.nodeType === 'GeneratorExp' || e.nodeType === 'Starred') return;
  if (e.nodeType === 'Constant' && (e.value === true || e.value === false || e.value === null)) return;
  // Only a `bitwise_or` (or anything in parentheses) can be the left side in invalid_named_expression.
  if (!p.parenthesized.has(e)) {
    switch (e.nodeType) {
      case 'IfExp': case 'Compare': case 'Lambda': case 'BoolOp': case 'NamedExpr': case 'Yield': case 'YieldFrom':
        return;
      case 'UnaryOp':
        if (e.op === 'Not') return;
    }
  }
  p.raise(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e, e);
}

// ---------------------------------------------------------------------------------------------
// Imports.

function parseDottedName(p: Parser): string {
  let name = parseIdentifier(p);
  while (p.at('.')) {
    p.next();
    name += '.' + parseIdentifier(p);
  }
  return name;
}

function parseImport(p: Parser): stmt {
  const start = p.next();
  const names: alias[] = [];
  do {
    const t = p.tok;
    const name = parseDottedName(p);
    const asname = p.eat('as') ? parseIdentifier(p) : null;
    names.push(p.node({ nodeType: 'alias', name, asname, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as alias));
  } while (p.eat(','));
  return p.node({ nodeType: 'Import', names, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseImportFrom(p: Parser): stmt {
  const start = p.next();
  let level = 0;
  for (;;) {
    if (p.at('.')) level += 1;
    else if (p.at('...')) level += 3;
    else break;
    p.next();
  }
  const module = level > 0 && p.at('import') ? null : parseDottedName(p);
  p.expect('import');
  const names: alias[] = [];
  if (p.at('*')) {
    p.symbolTableChecks = true;
    const t = p.next();
    names.push(p.node({ nodeType: 'alias', name: '*', asname: null, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as alias));
  } else {
    const paren = p.eat('(');
    for (;;) {
      const t = p.tok;
      const name = parseIdentifier(p);
      const asname = p.eat('as') ? parseIdentifier(p) : null;
      names.push(p.node({ nodeType: 'alias', name, asname, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as alias));
      if (!p.at(',')) break;
      p.next();
      if (paren && p.at(')')) break;
      if (!paren && (p.tok.type === 'NEWLINE' || p.tok.type === 'ENDMARKER')) {
        p.raise('trailing comma not allowed without surrounding parentheses', p.tok, p.tok);
      }
    }
    if (paren) p.expect(')');
  }
  return p.node({ nodeType: 'ImportFrom', module, names, level, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

// ---------------------------------------------------------------------------------------------
// Compound statements.

function parseIf(p: Parser): stmt {
  const start = p.next();
  const test = parseNamedExpression(p);
  if (p.at('=')) invalidNamedAssignment(p, test);
  p.expectColon();
  const body = parseBlock(p, `'${start.string}' statement`, start.lineno);
  let orelse: stmt[] = NO_NODES;
  if (p.at('elif')) orelse = [parseIf(p)];
  else if (p.at('else')) orelse = parseElse(p);
  return p.node({ nodeType: 'If', test, body, orelse, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseElse(p: Parser): stmt[] {
  const t = p.next();
  p.expectColon(true);
  return parseBlock(p, "'else' statement", t.lineno);
}

function parseWhile(p: Parser): stmt {
  const start = p.next();
  const test = parseNamedExpression(p);
  if (p.at('=')) invalidNamedAssignment(p, test);
  p.expectColon();
  const body = parseBlock(p, "'while' statement", start.lineno);
  const orelse = p.at('else') ? parseElse(p) : NO_NODES;
  return p.node({ nodeType: 'While', test, body, orelse, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseFor(p: Parser, asyncTok: Loc | null): stmt {
  const forTok = p.next();
  const target = parseTargetList(p);
  toTarget(p, target, 'Store', 'for');
  if (!p.at('in')) {
    if (p.tok.type === 'NEWLINE' || p.at(':')) p.unexpected();
    p.unexpected();
  }
  p.next();
  const iter = parseStarExpressions(p);
  p.expectColon();
  const body = parseBlock(p, "'for' statement", forTok.lineno);
  const orelse = p.at('else') ? parseElse(p) : NO_NODES;
  const nodeType = asyncTok !== null ? 'AsyncFor' : 'For';
  const from = asyncTok ?? forTok;
  return p.node({ nodeType, target, iter, body, orelse, type_comment: null, lineno: from.lineno, col_offset: from.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseWith(p: Parser, asyncTok: Loc | null): stmt {
  const withTok = p.next();
  let items: withitem[] | null = null;
  if (p.at('(')) {
    // `with (a as b, c):` groups the items; `with (a, b) as c:` is one parenthesised tuple.
    const save = p.i;
    try {
      p.next();
      const grouped: withitem[] = [];
      while (!p.at(')')) {
        grouped.push(parseWithItem(p));
        if (!p.eat(',')) break;
      }
      p.expect(')');
      if (p.at(':')) items = grouped;
    } catch (err) {
      if (!(err instanceof CompileError)) throw err;
    }
    if (items === null) {
      p.i = save;
      p.tok = p.tokens[save];
    }
  }
  if (items === null) {
    items = [parseWithItem(p)];
    while (p.eat(',')) items.push(parseWithItem(p));
  }
  p.expectColon();
  const body = parseBlock(p, "'with' statement", withTok.lineno);
  const nodeType = asyncTok !== null ? 'AsyncWith' : 'With';
  const from = asyncTok ?? withTok;
  return p.node({ nodeType, items, body, type_comment: null, lineno: from.lineno, col_offset: from.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseWithItem(p: Parser): withitem {
  const context_expr = parseExpression(p);
  let optional_vars: expr | null = null;
  if (p.eat('as')) {
    optional_vars = parseWithTarget(p);
    toTarget(p, optional_vars, 'Store', 'with');
  }
  return { nodeType: 'withitem', context_expr, optional_vars };
}

function parseWithTarget(p: Parser): expr {
  if (p.at('*')) {
    const start = p.next();
    const value = parseWithTarget(p);
    return p.node({ nodeType: 'Starred', value, ctx: 'Store', lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
  }
  return parseBitwiseOr(p);
}

function parseTry(p: Parser): stmt {
  const start = p.next();
  p.expectColon(true);
  const body = parseBlock(p, "'try' statement", start.lineno);
  const handlers: ExceptHandler[] = [];
  let star: boolean | null = null;
  while (p.at('except')) {
    const t = p.next();
    const isStar = p.eat('*');
    if (star !== null && star !== isStar) {
      p.raise("cannot have both 'except' and 'except*' on the same 'try'", t, p.prev);
    }
    star = isStar;
    let type: expr | null = null;
    let name: string | null = null;
    // A bare `except` that ends its line lacks the colon, not an exception type.
    if (!p.at(':') && p.tok.type !== 'NEWLINE') {
      type = parseExpression(p);
      if (p.at(',')) {
        // `except A, B:` (invalid_except_stmt)
        const save = p.i;
        p.next();
        if (startsExpression(p)) {
          parseExpression(p);
          while (p.eat(',')) if (startsExpression(p)) parseExpression(p);
          p.raise('multiple exception types must be parenthesized', type, p.prev);
        }
        p.i = save;
        p.tok = p.tokens[save];
      }
      if (p.eat('as')) name = parseIdentifier(p);
    } else if (isStar) {
      p.raise('expected one or more exception types', p.tok, p.tok);
    }
    p.expectColon();
    const hbody = parseBlock(p, isStar ? "'except*' statement" : "'except' statement", t.lineno);
    handlers.push(p.node({ nodeType: 'ExceptHandler', type, name, body: hbody, lineno: t.lineno, col_offset: t.col_offset, end_lineno: 0, end_col_offset: 0 } as ExceptHandler));
  }
  let orelse: stmt[] = NO_NODES;
  let finalbody: stmt[] = NO_NODES;
  if (p.at('else')) {
    if (handlers.length === 0) p.unexpected();
    orelse = parseElse(p);
  }
  if (p.at('finally')) {
    const t = p.next();
    p.expectColon(true);
    finalbody = parseBlock(p, "'finally' statement", t.lineno);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    p.raiseAtFetched("expected 'except' or 'finally' block");
  }
  const nodeType = star === true ? 'TryStar' : 'Try';
  return p.node({ nodeType, body, handlers, orelse, finalbody, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

// ---------------------------------------------------------------------------------------------
// Functions, classes and decorators.

function parseDecorated(p: Parser): stmt {
  const decorators: expr[] = [];
  while (p.at('@')) {
    p.next();
    decorators.push(parseNamedExpression(p));
    if (p.tok.type !== 'NEWLINE') p.unexpected();
    p.next();
  }
  if (p.at('def')) return parseFunctionDef(p, decorators, null);
  if (p.at('class')) return parseClassDef(p, decorators);
  if (p.at('async') && p.peek().string === 'def') {
    const t = p.next();
    return parseFunctionDef(p, decorators, t);
  }
  return p.unexpected();
}

function parseFunctionDef(p: Parser, decorator_list: expr[], asyncTok: Loc | null): stmt {
  const defTok = p.next();
  const name = parseIdentifier(p);
  if (!p.at('(')) p.raiseAt("expected '('", p.tok);
  p.next();
  const args = parseParameters(p, ')', true);
  p.expect(')');
  let returns: expr | null = null;
  if (p.eat('->')) returns = parseExpression(p);
  p.expectColon(true);
  const body = parseBlock(p, 'function definition', defTok.lineno);
  const nodeType = asyncTok !== null ? 'AsyncFunctionDef' : 'FunctionDef';
  const from = asyncTok ?? defTok;
  return p.node({ nodeType, name, args, body, decorator_list, returns, type_comment: null, lineno: from.lineno, col_offset: from.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parseClassDef(p: Parser, decorator_list: expr[]): stmt {
  const classTok = p.next();
  const nameTok = p.tok;
  const name = parseIdentifier(p);
  let bases: expr[] = NO_NODES;
  let keywords: keyword[] = NO_NODES;
  if (p.at('(')) {
    // The bases are parsed as the arguments of a call.
    const dummy: Name = { nodeType: 'Name', id: name, ctx: 'Load', lineno: nameTok.lineno, col_offset: nameTok.col_offset, end_lineno: nameTok.end_lineno, end_col_offset: nameTok.end_col_offset };
    const call = parsePrimaryCall(p, dummy);
    bases = call.args;
    keywords = call.keywords;
  }
  p.expectColon();
  const body = parseBlock(p, 'class definition', classTok.lineno);
  return p.node({ nodeType: 'ClassDef', name, bases, keywords, body, decorator_list, lineno: classTok.lineno, col_offset: classTok.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function parsePrimaryCall(p: Parser, func: Name): { args: expr[]; keywords: keyword[] } {
  // Reuse the call-argument parser by parsing `name(...)` from the name token.
  p.i -= 1;
  p.tok = p.tokens[p.i];
  const e = parsePrimary(p);
  if (e.nodeType !== 'Call' || e.func.nodeType !== 'Name' || e.func.id !== func.id) p.unexpected();
  return { args: e.args, keywords: e.keywords };
}

// ---------------------------------------------------------------------------------------------
// match (PEP 634). `match` and `case` are soft keywords.

function tryParseMatch(p: Parser): stmt | null {
  const save = p.i;
  const next = p.peek();
  // `match = 1`, `match.x`, `match(x)` at the start of an expression statement, ...
  if (next.type === 'NEWLINE' || next.type === 'ENDMARKER') return null;
  if (next.type === 'OP' && !['(', '[', '{', '-', '+', '~', '*', '...'].includes(next.string)) return null;
  if (next.type === 'NAME' && KEYWORDS.has(next.string) && !['not', 'lambda', 'await', 'None', 'True', 'False'].includes(next.string)) return null;
  const start = p.next();
  let subject: expr;
  try {
    const subjectStart = p.tok;
    const first = parseStarNamedExpression(p);
    if (p.at(',')) {
      const elts = [first];
      while (p.eat(',')) {
        if (p.at(':')) break;
        elts.push(parseStarNamedExpression(p));
      }
      subject = p.node({ nodeType: 'Tuple', elts, ctx: 'Load', lineno: subjectStart.lineno, col_offset: subjectStart.col_offset, end_lineno: 0, end_col_offset: 0 } as expr);
    } else {
      if (first.nodeType === 'Starred') throw new Error('not a match');
      subject = first;
    }
    if (!p.at(':')) throw new Error('not a match');
  } catch (err) {
    if (!(err instanceof CompileError) && !(err instanceof Error && err.message === 'not a match')) throw err;
    p.i = save;
    p.tok = p.tokens[save];
    return null;
  }
  p.next();
  if (p.tok.type !== 'NEWLINE') p.unexpected();
  p.next();
  if (!atIndent(p)) {
    p.raiseAtFetched(`expected an indented block after 'match' statement on line ${start.lineno}`, 'IndentationError');
  }
  p.next();
  const cases: match_case[] = [];
  while ((p.tok.type as string) === 'NAME' && p.tok.string === 'case') {
    const caseTok = p.next();
    const pattern = parsePatterns(p);
    const guard = p.eat('if') ? parseNamedExpression(p) : null;
    p.expectColon();
    const body = parseBlock(p, "'case' statement", caseTok.lineno);
    cases.push({ nodeType: 'match_case', pattern, guard, body });
  }
  if (cases.length === 0) p.unexpected();
  if ((p.tok.type as string) !== 'DEDENT') p.unexpected();
  p.next();
  return p.node({ nodeType: 'Match' as const, subject, cases, lineno: start.lineno, col_offset: start.col_offset, end_lineno: 0, end_col_offset: 0 });
}

function atIndent(p: Parser): boolean {
  return p.tok.type === 'INDENT';
}

export { forgotComma };
