// The parser: tokens in, a Python AST (ast.ts) out. A hand-written recursive-descent parser for the
// whole Python 3.11 grammar (Grammar/python.gram), split by syntax under parse/:
//
//   parse/state.ts       the token cursor, positions and error helpers
//   parse/statement.ts   statements and blocks
//   parse/expression.ts  expressions, calls, comprehensions, parameters
//   parse/targets.ts     assignment and deletion targets
//   parse/strings.ts     string literals and f-strings
//   parse/pattern.ts     match patterns
//   parse/check.ts       the errors CPython reports after parsing ('return' outside function, ...)
//
// Errors are CompileErrors with CPython's message and position. The parser pulls tokens as it goes;
// when it fails, it reads the rest of the file first, because a tokenizer error anywhere in the file
// wins over a parser error, as in CPython.

import type { Expression, Module } from './ast.js';
import { createTokenizer } from './tokenize.js';
import { checkModule } from './parse/check.js';
import { parseStarExpressions } from './parse/expression.js';
import { Parser } from './parse/state.js';
import { parseStatements } from './parse/statement.js';

/** Parses a module (`ast.parse(source)`), then applies CPython's post-parse checks. */
export function parse(source: string, filename: string): Module {
  const p = new Parser(createTokenizer(source, filename), filename);
  const body = parseStatements(p);
  if (p.tok.type !== 'ENDMARKER') p.unexpected();
  const module: Module = { nodeType: 'Module', body, type_ignores: [] };
  checkModule(module, filename, p.symbolTableChecks);
  return module;
}

/** Parses one expression (`ast.parse(source, mode='eval')`). */
export function parseExpression(source: string, filename: string): Expression {
  const p = new Parser(createTokenizer(source, filename), filename);
  const body = parseStarExpressions(p);
  while (p.tok.type === 'NEWLINE') p.next();
  if (p.tok.type !== 'ENDMARKER') p.unexpected();
  return { nodeType: 'Expression', body };
}
