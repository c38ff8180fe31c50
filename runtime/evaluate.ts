// eval(), exec() and compile(): the evaluator that programs naming them carry.
//
// It is not part of the runtime bundle (a program that never compiles source at run time must not
// grow): compiler/bundle.ts bundles this file, with the compiler stages compiler/snippet.ts
// imports, into a separate script that the driver puts into such programs only. So this file
// imports nothing of the runtime but its types: the program hands `install` an object with every
// runtime export, and compiled snippets run against that same runtime (`eval("int") is int`).
//
// A snippet is compiled once per (mode, filename, source) into a factory, and the factory's
// `$module($ctx)` runs it against one set of namespaces: `$ctx` (Namespaces below) resolves the
// snippet's module-level names through the locals mapping, the globals dict and the builtins, as
// CPython's LOAD_NAME does, and the names its functions and classes read through the globals and
// builtins only (LOAD_GLOBAL).

import { AFTER_PARSING, compileSnippet, compileTree, parseTree, CompileError, type CompiledSnippet, type SnippetMode } from '../compiler/snippet.js';
import type { PyDict } from './dict.js';
import { fromPythonTree, toPythonTree } from './astobjects.js';
import type { Diagnostic } from '../compiler/diagnostics.js';

/** The program's runtime exports, by export name (`$add`, `print`, `PyDict`, ...). */
type Runtime = Record<string, any>;

type Dict = PyDict;

/** The tokenizer's errors, whose `text` is the line without its newline. */
const TOKENIZER_ERROR = /^(?:'.' was never closed|unterminated |unmatched '|closing parenthesis )/;

/** The errors CPython's symbol table reports (scoping rules, not grammar). */
const SCOPE_ERROR = /^(?:name '.*' is (?:used prior to|assigned to before|parameter and|nonlocal and) |duplicate argument |nonlocal declaration not allowed |no binding for nonlocal |import \* only allowed |'yield' inside (?:list|set|dict) comprehension|'yield' inside generator expression|assignment expression (?:cannot|within) |annotated name )/;

/** Errors CPython reports with an end offset of 0 (mostly the tokenizer's). */
const ENDS_AT_ZERO = /^(?:'.' was never closed|':' expected after dictionary key|unexpected character after line continuation character|inconsistent use of tabs and spaces)/;

/** Errors (mostly the tokenizer's) CPython reports with the end at the start, unless it marked a range. */
const ENDS_AT_START = /^(?:unterminated |multiple statements found |unmatched '|closing parenthesis |invalid character |invalid non-printable |invalid digit |invalid (?:binary|octal|hexadecimal|decimal) literal)/;

/**
 * CPython's `(end_lineno, end_offset)` for an error at `lineno`/`offset` (already adjusted as
 * CPython reports them): the range the parser marked; the start for tokenizer errors and for an
 * error at the end of its line (the newline token has no width there); else -1, no end known.
 */
function errorEnd(d: Diagnostic, lineno: number, offset: number, text: string | null): [number, number] {
  if (d.endUnknown === true) return [lineno, -1];
  if (offset === 0 || ENDS_AT_ZERO.test(d.message)) return [lineno, 0];
  if (d.end_col_offset === undefined) return [lineno, d.fromTokenizer === true || ENDS_AT_START.test(d.message) ? offset : -1];
  const endLineno = d.end_lineno ?? lineno;
  const atLineEnd = text !== null && endLineno === lineno && offset - 1 >= text.replace(/\r?\n$/, '').length;
  return [endLineno, atLineEnd ? offset : d.end_col_offset + 1];
}

/** A line with nothing to compile; eval() has taken the spaces before the first away. */
const BLANK_LINE = /^[ \t\f]*(?:#[^\r\n]*)?(?:\r\n?|\n)?$/;

/** A compiled snippet's entry: runs it against `ctx`. */
type SnippetFunction = (ctx: Namespaces) => unknown;

interface CodeInfo {
  source: string;
  filename: string;
  mode: SnippetMode;
  run: SnippetFunction;
}

/** compile()'s flag for "return the syntax tree" (ast.PyCF_ONLY_AST). */
const PyCF_ONLY_AST = 0x400;

interface Evaluator {
  eval: Function;
  exec: Function;
  compile: Function;
}

export function install(rt: Runtime): Evaluator {
  const PyDictClass = rt.PyDict as new () => Dict;
  const isDict = (x: unknown): x is Dict => x instanceof PyDictClass;
  const raise = (kind: string, message: string): never => { throw rt.$raised(rt[kind](message)); };
  const typeName = (x: unknown): string => rt.getattr(rt.type(x), '__name__') as string;
  let builtinsModule: any;
  const builtins = (): any => (builtinsModule ??= rt.$import('builtins'));

  /** The snippets compiled so far: a calculator evaluating the same strings compiles each once. */
  const compiled = new Map<string, SnippetFunction>();
  /**
   * The snippets in `compiled` that make no function of their own: once out of the cache, none of
   * their code can run again, so their positions can go too (a loop eval()ing a million distinct
   * strings would otherwise keep a million position tables).
   */
  let transient: string[] = [];

  function forgetCompiled(): void {
    compiled.clear();
    for (const url of transient) snippetLines.delete(url);
    transient = [];
  }
  let snippetCount = 0;

  function compileToFunction(source: string, filename: string, mode: SnippetMode, optimize = 0): SnippetFunction {
    const key = `${mode}\0${optimize}\0${filename}\0${source}`;
    const hit = compiled.get(key);
    if (hit !== undefined) return hit;
    // A string (not a file) with a NUL: CPython's SyntaxError carries no position.
    if (source.includes('\0')) return raise('SyntaxError', 'source code string cannot contain null bytes');
    rejectLeadingBom(source, filename);
    let snippet: CompiledSnippet;
    try {
      snippet = compileSnippet(source, filename, mode, optimize);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxError(e, source, mode);
      if (e instanceof RangeError) return raise('RecursionError', 'maximum recursion depth exceeded during compilation');
      throw e;
    }
    const url = `memphis-snippet-${++snippetCount}`;
    const factory = new Function('$rt', `${snippet.body}\n//# sourceURL=${url}`) as (rt: Runtime) => SnippetFunction;
    // `new Function` puts two lines (`function anonymous($rt`, `) {`) before the body.
    registerPositions(rt, url, filename, snippet, 2 + snippet.headerLines);
    const run = factory(rt);
    if (compiled.size > 4096) forgetCompiled();
    compiled.set(key, run);
    if (definesNoFunctions(snippet.body)) transient.push(url);
    return run;
  }

  /**
   * A str source is already text: a U+FEFF it starts with is no encoding signature but a character,
   * one that may not appear outside strings and comments (bytes lose their signature in sourceText).
   * The tokenizer drops a file's signature, so the check is made here.
   */
  function rejectLeadingBom(source: string, filename: string): void {
    if (source.charCodeAt(0) !== 0xfeff) return;
    const firstLine = /^[^\r\n]*/.exec(source)![0];
    throw rt.$raised(rt.SyntaxError('invalid non-printable character U+FEFF', rt.$tuple([filename, 1, 1, firstLine, 1, 1])));
  }

  /** CPython's SyntaxError (or IndentationError, ...) for a snippet that does not compile. */
  function syntaxError(e: CompileError, source: string, mode: SnippetMode): unknown {
    const d = e.diagnostic;
    const cls = typeof rt[d.kind] === 'function' && d.kind.endsWith('Error') ? rt[d.kind] : rt.SyntaxError;
    if (d.kind === 'RecursionError') return rt.$raised(rt.RecursionError(d.message));
    const lines = source.split(/(?<=\n)/);
    let lineno = d.lineno;
    let offset = lineno === 0 ? 0 : d.col_offset + 1;
    let text: string | null = d.text ?? (lineno >= 1 ? lines[lineno - 1] ?? '' : '');
    const lineText = text;
    // CPython shows the tokenizer's buffer, which holds a whole logical line: the lines a
    // backslash continues into the error's line come with it.
    if (d.text === undefined && !d.fromTokenizer) {
      for (let k = lineno - 2; k >= 0 && /\\\r?\n$/.test(lines[k]!); k--) text = lines[k] + text;
    }
    const unclosed = d.message.endsWith(' was never closed');
    if ((d.fromTokenizer === true || TOKENIZER_ERROR.test(d.message)) && !(unclosed && lineno === lines.length)) {
      // The tokenizer shows its line without the newline (but for an unclosed bracket on the last line, which has the newline added below).
      text = text.replace(/\r?\n$/, '');
    } else if (mode === 'exec' && lineno === lines.length && !text.endsWith('\n')) {
      // CPython gives exec's statements a final newline before parsing them.
      text += '\n';
    }
    // An expression (or a 'single' statement) is parsed as given: an error at its very end (no
    // newline after it) has offset 0, and an empty expression is at line 0.
    if (mode !== 'exec' && lineno === lines.length && !source.endsWith('\n') && d.col_offset >= text.length) offset = 0;
    // Past the end of the source, the column is the length of its last line: without the newline
    // that only exec adds.
    const pastLastLine = (d.atEndOfInput === true || d.atAddedNewline === true) && mode !== 'exec' && !source.endsWith('\n');
    if (pastLastLine) offset = d.col_offset;
    // An expression of blank lines and comments is missing at the end of the last line.
    if (mode === 'eval' && lines.every((line) => BLANK_LINE.test(line))) {
      [lineno, offset, text] = source === '' ? [0, 0, ''] : [lines.length, 0, lines[lines.length - 1]!];
    }
    // What the compiler finds after parsing has no text (no file to read it from).
    if (AFTER_PARSING.has(e)) text = null;
    const [endLineno, endOffset] = pastLastLine ? [lineno, -1] : errorEnd(d, lineno, offset, text === null ? null : lineText);
    if (AFTER_PARSING.has(e) && SCOPE_ERROR.test(d.message)) {
      // CPython's symbol table sets these errors' attributes without passing them to the constructor: args is (msg,).
      const exc = cls(d.message);
      Object.assign(exc, { filename: d.filename, lineno, offset, text: null, end_lineno: endLineno, end_offset: endOffset });
      return rt.$raised(exc);
    }
    const detail = rt.$tuple([d.filename, lineno, offset, text, endLineno, endOffset]);
    return rt.$raised(cls(d.message, detail));
  }

  // -- code objects

  const codeInfo = new WeakMap<object, CodeInfo>();
  const idOf = rt.id as (x: unknown) => number;
  // A JS function in a class namespace is a method of the instances: `this` is the code object.
  const codeRepr = function __repr__(this: object): string {
    const self = this;
    const info = codeInfo.get(self);
    const address = `0x${idOf(self).toString(16).padStart(12, '0')}`;
    return `<code object <module> at ${address}, file "${info?.filename ?? ''}", line 1>`;
  };
  const CodeType = rt.type('code', rt.$tuple([rt.object]), rt.$dict(['__repr__', codeRepr, '__module__', 'builtins']));

  function makeCode(info: CodeInfo): object {
    const code = CodeType() as Record<string, unknown>;
    code.$co_filename = info.filename;
    code.$co_name = '<module>';
    code.$co_firstlineno = 1;
    codeInfo.set(code, info);
    return code;
  }

  // -- arguments

  /** The text of a source argument (str, or bytes as UTF-8), or null for anything else. */
  function sourceText(x: unknown): string | null {
    if (typeof x === 'string') return x;
    if (rt.isinstance(x, rt.str)) return String((x as object).valueOf());
    if (rt.isinstance(x, rt.bytes) || rt.isinstance(x, rt.bytearray)) return withoutSignature((x as any).$decode('utf-8') as string);
    return null;
  }

  /** Source bytes may begin with the UTF-8 signature (EF BB BF), which is not part of the program. */
  function withoutSignature(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** compile()'s filename as os.fsdecode takes it: str, bytes or a path-like object; else null. */
  function filenameText(x: unknown): string | null {
    if (typeof x === 'string') return x;
    if (x !== null && x !== undefined && typeof x === 'object' && !rt.isinstance(x, rt.str) && rt.hasattr(x, '__fspath__')) {
      return sourceText(rt.getattr(x, '__fspath__')());
    }
    return sourceText(x);
  }

  function checkNamespaces(fn: 'eval' | 'exec', globals: unknown, locals: unknown): void {
    if (globals !== null && !isDict(globals)) {
      raise('TypeError', fn === 'eval' ? 'globals must be a real dict; try eval(expr, {}, mapping)'
        : `exec() globals must be a dict, not ${typeName(globals)}`);
    }
    if (locals !== null && !rt.hasattr(locals, '__getitem__')) {
      raise('TypeError', fn === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${typeName(locals)}`);
    }
  }

  /** Runs source or a code object, as eval() (its value) or exec() (None). */
  function evaluate(fn: 'eval' | 'exec', what: unknown, globals: unknown = null, locals: unknown = null): unknown {
    checkNamespaces(fn, globals, locals);
    let run: SnippetFunction;
    const info = typeof what === 'object' && what !== null ? codeInfo.get(what) : undefined;
    if (info !== undefined) {
      run = info.run;
    } else {
      let source = sourceText(what);
      if (source === null) return raise('TypeError', `${fn}() arg 1 must be a string, bytes or code object`);
      // eval() takes an expression as typed: indentation before it is no error.
      if (fn === 'eval') source = source.replace(/^[ \t]+/, '');
      run = compileToFunction(source, '<string>', fn);
    }
    // Without namespaces a call from compiled code passes its own (lower.ts); from elsewhere
    // (map(eval, ...)) there is no caller's frame to take them from: the main module's.
    const g = (globals ?? rt.$moduleDict(rt.$import('__main__'))) as Dict;
    if (!g.has('__builtins__')) g.set('__builtins__', rt.$moduleDict(builtins()));
    const result = run(new Namespaces(rt, g, locals ?? g));
    return fn === 'eval' ? result : null;
  }

  const evalBuiltin = function eval$(source?: unknown, globals?: unknown, locals?: unknown, extra?: unknown): unknown {
    if (source === undefined || extra !== undefined) arityError('eval', source === undefined ? 0 : 4);
    return evaluate('eval', source, globals ?? null, locals ?? null);
  };
  const execBuiltin = function exec(source?: unknown, globals?: unknown, locals?: unknown, extra?: unknown): unknown {
    if (source === undefined || extra !== undefined) arityError('exec', source === undefined ? 0 : 4);
    return evaluate('exec', source, globals ?? null, locals ?? null);
  };

  function arityError(name: string, given: number): never {
    // exec() takes a keyword argument (closure) besides its three positional ones: its parser's words.
    if (name === 'exec') {
      return given === 0 ? raise('TypeError', 'exec() takes at least 1 positional argument (0 given)')
        : raise('TypeError', `exec() takes at most 3 positional arguments (${given} given)`);
    }
    return given === 0 ? raise('TypeError', `${name} expected at least 1 argument, got 0`)
      : raise('TypeError', `${name} expected at most 3 arguments, got ${given}`);
  }

  const compileBuiltin = function compile(source?: unknown, filename?: unknown, mode?: unknown, ...rest: unknown[]): object {
    if (mode === undefined) {
      return raise('TypeError', `compile() missing required argument '${source === undefined ? 'source' : filename === undefined ? 'filename' : 'mode'}' (pos ${source === undefined ? 1 : filename === undefined ? 2 : 3})`);
    }
    if (rest.length > 3) raise('TypeError', `compile() takes at most 6 arguments (${rest.length + 3} given)`);
    const flags = rest[0] ?? 0;
    const optimize = optimizeLevel(rest[2]);
    const onlyAst = typeof flags === 'number' && (flags & PyCF_ONLY_AST) !== 0;
    const tree = isAstNode(source);
    const text = tree ? null : sourceText(source);
    if (text === null && !tree) return raise('TypeError', 'compile() arg 1 must be a string, bytes or AST object');
    const file = filenameText(filename);
    if (file === null) return raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeName(filename)}`);
    if (mode === 'func_type' && !onlyAst) return raise('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
      return raise('ValueError', onlyAst ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (tree) {
      if (onlyAst) return source as object;
      if (mode === 'func_type') return raise('ValueError', "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
      const root = fromPythonTree(rt, source, mode === 'exec' ? 'Module' : mode === 'eval' ? 'Expression' : 'Interactive');
      return makeCode({ source: '', filename: file, mode, run: compileTreeToFunction(root, file, mode, optimize) });
    }
    if (onlyAst) return parseToObjects(text!, file, mode) as object;
    // 'func_type' without the flag failed above.
    const snippetMode = mode as SnippetMode;
    return makeCode({ source: text!, filename: file, mode: snippetMode, run: compileToFunction(text!, file, snippetMode, optimize) });
  };

  /** compile()'s `optimize`: -1 (the default) is the interpreter's own level, which is 0 here. */
  function optimizeLevel(x: unknown): number {
    if (x === undefined) return 0;
    let level: number;
    if (typeof x === 'boolean') level = x ? 1 : 0;
    else if (typeof x === 'bigint') level = Number(x);
    else if (typeof x === 'number' && Number.isInteger(x) && !rt.isinstance(x, rt.float)) level = x;
    else if (x !== null && typeof x === 'object' && rt.isinstance(x, rt.int)) level = Number(rt.getattr(x, '__index__')());
    else return raise('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
    if (level < -1 || level > 2) return raise('ValueError', 'compile(): invalid optimize value');
    return level < 0 ? 0 : level;
  }

  /** Whether `x` is a node object of the `ast` module (only a program that imports it has any). */
  function isAstNode(x: unknown): boolean {
    if (x === null || typeof x !== 'object' || typeof x === 'string') return false;
    const module = rt.$import('sys').$modules?.get?.('ast');
    return module !== undefined && module.$AST !== undefined && rt.isinstance(x, module.$AST);
  }

  /** `ast.parse`: the tree of `source` as the `ast` module's objects, with no checks after parsing. */
  function parseToObjects(source: string, filename: string, mode: SnippetMode | 'func_type'): unknown {
    if (source.includes('\0')) return raise('SyntaxError', 'source code string cannot contain null bytes');
    rejectLeadingBom(source, filename);
    try {
      return toPythonTree(rt, parseTree(source, filename, mode), source);
    } catch (e) {
      // A signature is one line, as an expression is.
      if (e instanceof CompileError) throw syntaxError(e, source, mode === 'func_type' ? 'eval' : mode);
      if (e instanceof RangeError) return raise('RecursionError', 'maximum recursion depth exceeded during compilation');
      throw e;
    }
  }

  function compileTreeToFunction(root: ReturnType<typeof parseTree>, filename: string, mode: SnippetMode, optimize: number): SnippetFunction {
    let snippet: CompiledSnippet;
    try {
      snippet = compileTree(root, filename, mode, optimize);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxError(e, '', mode);
      if (e instanceof RangeError) return raise('RecursionError', 'maximum recursion depth exceeded during compilation');
      throw e;
    }
    const url = `memphis-snippet-${++snippetCount}`;
    const factory = new Function('$rt', `${snippet.body}\n//# sourceURL=${url}`) as (rt: Runtime) => SnippetFunction;
    registerPositions(rt, url, filename, snippet, 2 + snippet.headerLines);
    return factory(rt);
  }
  const COMPILE_PARAMS = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
  (compileBuiltin as any).$kw = function (pos: unknown[], kw: [string, unknown][] | null): object {
    const args: unknown[] = [...pos];
    for (const [name, value] of kw ?? []) {
      const at = COMPILE_PARAMS.indexOf(name);
      if (at < 0) return raise('TypeError', `compile() got an unexpected keyword argument '${name}'`);
      if (args[at] !== undefined) return raise('TypeError', `argument for compile() given by name ('${name}') and position (${at + 1})`);
      args[at] = value;
    }
    return compileBuiltin(...args);
  };

  const b = builtins();
  b.$eval = evalBuiltin;
  b.$exec = execBuiltin;
  b.$compile = compileBuiltin;
  return { eval: evalBuiltin, exec: execBuiltin, compile: compileBuiltin };
}

/**
 * The namespaces one run of a snippet resolves its names in: `$ctx` of the lowered code. The
 * methods' names are what lower.ts emits (`loadName`, `storeGlobal`, ...).
 */
class Namespaces {
  constructor(private readonly rt: Runtime, private readonly g: Dict, private readonly l: unknown) {}

  globals(): Dict {
    return this.g;
  }

  locals(): unknown {
    return this.l;
  }

  /** A name at the snippet's top level: locals, globals, builtins. */
  loadName(name: string): unknown {
    const l = this.l;
    if (l !== this.g) {
      const v = this.lookupMapping(l, name);
      if (v !== undefined) return v;
    }
    return this.loadGlobal(name);
  }

  /** A name inside the snippet's functions and classes: globals, builtins. */
  loadGlobal(name: string): unknown {
    const v = this.g.get(name);
    if (v !== undefined) return v;
    const b = this.fromBuiltins(name);
    if (b !== undefined) return b;
    return this.rt.$nameError(name);
  }

  /** A binding at the top level; returns the value (`:=` is an expression). */
  storeName(name: string, value: unknown): unknown {
    const l = this.l;
    if (l instanceof (this.rt.PyDict as Function) && (l as Dict).constructor === this.rt.PyDict) (l as Dict).set(name, value);
    else this.rt.$setitem(l, name, value);
    return value;
  }

  storeGlobal(name: string, value: unknown): unknown {
    this.g.set(name, value);
    return value;
  }

  deleteName(name: string): void {
    if (!this.removeFrom(this.l, name)) this.rt.$nameError(name);
  }

  deleteGlobal(name: string): void {
    if (!this.g.delete(name)) this.rt.$nameError(name);
  }

  /** The end of an `except ... as name` clause: unbinds the name, which may be gone already. */
  clearName(name: string): void {
    this.removeFrom(this.l, name);
  }

  clearGlobal(name: string): void {
    this.g.delete(name);
  }

  /** Fails as CPython does when the builtins lack `__import__` or `__build_class__`. */
  requireBuiltin(name: string): void {
    if (this.fromBuiltins(name) !== undefined) return;
    const kind = name === '__import__' ? 'ImportError' : 'NameError';
    throw this.rt.$raised(this.rt[kind](`${name} not found`));
  }

  /** The start of a snippet with annotations at its top level: the locals get a dict for them. */
  setupAnnotations(): void {
    if (this.lookupMapping(this.l, '__annotations__') === undefined) this.storeName('__annotations__', this.rt.$dict([]));
  }

  importStar(module: unknown): void {
    for (const [name, value] of this.rt.$importStar(module) as [string, unknown][]) this.storeName(name, value);
  }

  /** An expression statement in 'single' mode: whatever sys.displayhook is now shows it. */
  display(value: unknown): void {
    const hook = this.rt.$import('sys').$displayhook;
    if (hook === undefined) throw this.rt.$raised(this.rt.RuntimeError('lost sys.displayhook'));
    this.rt.$callKw(this.rt.$callable(hook), null, [value], null);
  }

  /** A function's `__module__`: the globals' `__name__`, or None. */
  functionModule(): unknown {
    return this.g.get('__name__') ?? null;
  }

  /** `__name__` as a class body reads it for `__module__`: globals, then builtins. */
  moduleName(): unknown {
    const own = this.g.get('__name__');
    if (own !== undefined) return own;
    // Read before the snippet runs: builtins that cannot be asked (None) give no name.
    try {
      return this.fromBuiltins('__name__') ?? null;
    } catch {
      return null;
    }
  }

  /** `globals()['__builtins__']`, a dict or a module, asked for `name`. */
  private fromBuiltins(name: string): unknown {
    const b = this.g.get('__builtins__');
    if (b === undefined) return this.rt.$import('builtins')['$' + name];
    // A dict subclass is asked as a mapping (its __missing__ answers), as is anything else but a
    // module (None fails: not subscriptable).
    if (b === null || typeof b !== 'object' || this.rt.getattr(this.rt.type(b), '__name__') !== 'module') return this.lookupMapping(b, name);
    return (b as Record<string, unknown>)['$' + name];
  }

  /** mapping[name], or undefined when it raises KeyError. */
  private lookupMapping(mapping: unknown, name: string): unknown {
    if (mapping instanceof (this.rt.PyDict as Function) && (mapping as Dict).constructor === this.rt.PyDict) return (mapping as Dict).get(name);
    try {
      return this.rt.$getitem(mapping, name);
    } catch (e) {
      const exc = this.rt.$toPy(e);
      if (this.rt.$excMatch(exc, this.rt.KeyError)) return undefined;
      throw exc;
    }
  }

  /** del mapping[name]; false when it raises KeyError. */
  private removeFrom(mapping: unknown, name: string): boolean {
    if (mapping instanceof (this.rt.PyDict as Function) && (mapping as Dict).constructor === this.rt.PyDict) return (mapping as Dict).delete(name);
    try {
      this.rt.$delitem(mapping, name);
      return true;
    } catch (e) {
      const exc = this.rt.$toPy(e);
      if (this.rt.$excMatch(exc, this.rt.KeyError)) return false;
      throw exc;
    }
  }
}

/** Where each snippet's lines are, by the `sourceURL` its factory was given. */
interface SnippetLines {
  file: string;
  /** Lines of the factory's text before the lowered code. */
  offset: number;
  /** Flat [jsLine, jsColumn, pyLine, pyColumn, ...], lines 1-based, in the printer's order. */
  segments: Int32Array;
}

const snippetLines = new Map<string, SnippetLines>();
let positionsHooked = false;

/**
 * Whether a factory's body makes no function but its `$module` entry (no def, lambda, class,
 * comprehension or generator expression). A "function" or "=>" anywhere else, even inside a
 * string literal, answers false, which only keeps a position table longer.
 */
function definesNoFunctions(body: string): boolean {
  return (body.match(FUNCTION_WORD) ?? []).length === 1 && !body.includes('=>');
}

const FUNCTION_WORD = /\bfunction\b/g;

/**
 * Tracebacks through a snippet show `File "<string>", line N`: the traceback printer asks here
 * for the positions of frames that are not in the program's own file (traceback.ts).
 */
function registerPositions(rt: Runtime, url: string, file: string, snippet: CompiledSnippet, offset: number): void {
  if (!positionsHooked) rt.$otherPositions(snippetPosition);
  positionsHooked = true;
  snippetLines.set(url, { file, offset, segments: snippet.segments });
}

function snippetPosition(jsFile: string, line: number, col: number): [string, number] | null {
  const lines = snippetLines.get(jsFile);
  if (lines === undefined) return null;
  const at = line - lines.offset;
  const seg = lines.segments;
  let best = -1;
  for (let i = 0; i < seg.length; i += 4) {
    if (seg[i] !== at) continue;
    if (best < 0 || seg[i + 1]! <= col - 1) best = i;
  }
  return best < 0 ? null : [lines.file, seg[best + 2]!];
}
