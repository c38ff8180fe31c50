// Snippets: Python source that eval(), exec() and compile() hand the compiler while the program
// runs. The front end, lowering and printer are the ones a program is compiled with; only names
// differ (lower.ts, `snippet`): what a module would keep in its variables lives in the namespaces
// the snippet runs against, so every such name is looked up by name in its `$ctx`.
//
// The result is the text of a function body for `new Function('$rt', body)`: it takes the runtime
// helpers and builtins it uses out of `$rt` (the program's own runtime: the same classes, the same
// builtins) and returns the snippet's `function $module($ctx)`. This file is bundled, with the
// stages it imports, only into programs that name eval, exec or compile (runtime/evaluate.ts).

import type * as ast from './ast.js';
import { parseExpression } from './parse.js';
import { createTokenizer } from './tokenize.js';
import { checkModule } from './parse/check.js';
import { Parser } from './parse/state.js';
import { parseStatement, parseStatements } from './parse/statement.js';
import { parseExpression as parseOneExpression } from './parse/expression.js';
import { manglePrivateNames, mayNeedMangling } from './mangle.js';
import { applyOptimizeLevel } from './optimizelevel.js';
import { lowerModule, type SnippetMode } from './lower.js';
import { emitModule } from './emit.js';
import { jsName } from './js.js';
import { CompileError } from './diagnostics.js';

export type { SnippetMode } from './lower.js';
export { CompileError };

export interface CompiledSnippet {
  /** The factory's body: binds the runtime names, returns `function $module($ctx)`. */
  body: string;
  /** Lines of `body` before the lowered code starts (the bindings). */
  headerLines: number;
  /** Flat [jsLine, jsColumn, pyLine, pyColumn, ...] of the lowered code, lines 1-based. */
  segments: Int32Array;
}

/**
 * The errors found after parsing (CPython's symbol-table and compiler errors: `'return' outside
 * function`, ...): CPython's SyntaxError for those has no `text` when the source is not a file.
 */
export const AFTER_PARSING = new WeakSet<CompileError>();

/** Compiles `source` in `mode`; a CompileError carries CPython's SyntaxError for it. */
export function compileSnippet(source: string, filename: string, mode: SnippetMode, optimize = 0): CompiledSnippet {
  const { tree, symbolTables } = mode === 'eval'
    ? { tree: expressionModule(parseExpression(source, filename).body), symbolTables: true } : parseStatementsOf(source, filename, mode === 'single');
  return compiledTree(tree, filename, mode, source, symbolTables, optimize);
}

/**
 * Parses `source` without the checks that follow parsing, as `ast.parse` does: 'single' mode's
 * statements come back as an `Interactive` root.
 */
export function parseTree(source: string, filename: string, mode: SnippetMode | 'func_type'): ParsedRoot {
  if (mode === 'eval') return parseExpression(source, filename);
  if (mode === 'func_type') return parseFunctionType(source, filename);
  const { tree } = parseStatementsOf(source, filename, mode === 'single');
  return mode === 'single' ? { nodeType: 'Interactive', body: tree.body } : tree;
}

/** Compiles a tree built elsewhere (`compile(ast_tree, ...)`): the checks, lowering and printing. */
export function compileTree(root: ParsedRoot, filename: string, mode: SnippetMode, optimize = 0): CompiledSnippet {
  if (root.nodeType === 'FunctionType') throw new Error('a FunctionType tree does not compile');
  const tree: ast.Module = root.nodeType === 'Expression' ? expressionModule(root.body)
    : { nodeType: 'Module', body: root.body, type_ignores: [] };
  return compiledTree(tree, filename, mode, null, true, optimize);
}

/** A root `compile()` parses to or is given: 'single' mode's statements are `Interactive`. */
export type ParsedRoot = ast.Module | ast.Expression | { nodeType: 'Interactive'; body: ast.stmt[] } | FunctionType;

/** A signature type comment, `(int, *str) -> bool` ('func_type' mode). */
export interface FunctionType { nodeType: 'FunctionType'; argtypes: ast.expr[]; returns: ast.expr }

/**
 * 'func_type' mode: a parenthesized list of types, then `->` and the result type. A `*` or `**`
 * before a type is dropped (only the type is kept); they may only come last, in that order.
 */
function parseFunctionType(source: string, filename: string): FunctionType {
  const p = new Parser(createTokenizer(source, filename), filename);
  p.expect('(');
  const argtypes: ast.expr[] = [];
  let stars = 0;
  while (!p.at(')')) {
    if (argtypes.length > 0) p.expect(',');
    if (p.at('*') && stars === 0) {
      p.next();
      stars = 1;
    } else if (p.at('**') && stars < 2) {
      p.next();
      stars = 2;
    } else if (stars > 0) {
      p.unexpected();
    }
    argtypes.push(parseOneExpression(p));
    if (stars === 2 && !p.at(')')) p.unexpected();
  }
  p.next();
  p.expect('->');
  const returns = parseOneExpression(p);
  while (p.tok.type === 'NEWLINE') p.next();
  if (p.tok.type !== 'ENDMARKER') p.unexpected();
  return { nodeType: 'FunctionType', argtypes, returns };
}

function compiledTree(
  tree: ast.Module, filename: string, mode: SnippetMode, source: string | null, symbolTables: boolean, optimize: number,
): CompiledSnippet {
  return afterParsing(() => {
    checkModule(tree, filename, symbolTables);
    applyOptimizeLevel(tree, optimize, mode === 'exec');
    if (source === null || mayNeedMangling(source)) manglePrivateNames(tree);
    const lowered = lowerModule(tree, {
      filename, moduleName: '<string>', isPackage: false, starNames: () => null, snippet: mode,
    });
    return printed(lowered, filename, source ?? '');
  });
}

/** The statements that hold blocks: in 'single' mode nothing may follow one. */
const COMPOUND: ReadonlySet<string> = new Set([
  'If', 'For', 'AsyncFor', 'While', 'With', 'AsyncWith', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Try', 'TryStar', 'Match',
]);

/** The statements of `source`, parsed as `parse` does, without its checks (run after). */
function parseStatementsOf(source: string, filename: string, single: boolean): { tree: ast.Module; symbolTables: boolean } {
  const p = new Parser(createTokenizer(source, filename), filename);
  let body: ast.stmt[];
  if (single) {
    // One statement (a compound one, or a line of simple ones): whatever follows is an error
    // where it ends, found before anything after it is parsed.
    const invalid = (lineno: number, col_offset: number): CompileError =>
      new CompileError({ kind: 'SyntaxError', message: 'invalid syntax', filename, lineno, col_offset });
    // Nothing to compile (blank lines, comments): an error on the last line, at offset 0.
    if (p.tok.type === 'ENDMARKER') throw invalid(source === '' ? 0 : source.split(/(?<=\n)/).length, -1);
    body = [];
    parseStatement(p, body);
    const last = body[body.length - 1]!;
    const compound = body.length === 1 && COMPOUND.has(last.nodeType);
    const next = p.tok as { type: string; lineno: number; col_offset: number };
    if (next.type !== 'ENDMARKER') {
      if (compound) throw invalid(next.lineno, next.col_offset);
      throw new CompileError({
        kind: 'SyntaxError', message: 'multiple statements found while compiling a single statement', filename,
        lineno: last.end_lineno ?? last.lineno, col_offset: last.end_col_offset ?? last.col_offset,
      });
    }
    // A compound statement must end with a newline of its own: one whose last clause has its
    // body on the header's line (`for x in y: f(x)`) needs a newline after it.
    const endLine = last.end_lineno ?? last.lineno;
    if (compound && !/[\r\n]$/.test(source) && !/^[ \t\f]/.test(source.split(/\r\n?|\n/)[endLine - 1] ?? '')) {
      throw invalid(endLine, -1);
    }
  } else {
    body = parseStatements(p);
  }
  if (p.tok.type !== 'ENDMARKER') p.unexpected();
  return { tree: { nodeType: 'Module', body, type_ignores: [] }, symbolTables: p.symbolTableChecks };
}

function afterParsing<T>(stage: () => T): T {
  try {
    return stage();
  } catch (e) {
    if (e instanceof CompileError) AFTER_PARSING.add(e);
    throw e;
  }
}

function printed(lowered: ReturnType<typeof lowerModule>, filename: string, source: string): CompiledSnippet {
  const emitted = emitModule(lowered.statement, filename, source);
  const bindings: string[] = [];
  for (const h of lowered.helpers) bindings.push(`$${h}=$rt.$${h}`);
  // `len$b` is the builtin `len` under a name the snippet's own variables cannot hide.
  for (const b of lowered.builtins) bindings.push(`${jsName(b)}=$rt[${JSON.stringify(b.endsWith('$b') ? b.slice(0, -2) : b)}]`);
  const header = bindings.length ? `const ${bindings.join(',')};\n` : '';
  return { body: `${header}${emitted.code}`, headerLines: header ? 1 : 0, segments: emitted.segments };
}

/** An expression as the one statement of a module, which 'eval' mode lowers to its value. */
function expressionModule(value: ast.expr): ast.Module {
  const statement: ast.Expr = {
    nodeType: 'Expr', value,
    lineno: value.lineno, col_offset: value.col_offset, end_lineno: value.end_lineno, end_col_offset: value.end_col_offset,
  };
  return { nodeType: 'Module', body: [statement], type_ignores: [] };
}
