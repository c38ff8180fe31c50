// The compiler's syntax tree (compiler/ast.ts) as the node objects of the `ast` module, for
// `compile(source, filename, mode, ast.PyCF_ONLY_AST)` (what `ast.parse` calls), and back, for
// `compile(tree, ...)`. Part of the evaluator (runtime/evaluate.ts), so only programs that name
// compile (the `ast` module does) carry it.
//
// The node classes live in lib/ast.py; this file only fills instances of them in. Columns differ:
// the compiler counts UTF-16 code units of a line, CPython's nodes count UTF-8 bytes.

import type * as ast from '../compiler/ast.js';
import { AST_FIELDS } from '../compiler/astdump.js';
import type { ParsedRoot } from '../compiler/snippet.js';
import { fieldKind, isListField, validateTree } from './astvalidate.js';

type Runtime = Record<string, any>;
type PyObject = Record<string, unknown>;

/** Node types without positions. */
const UNPLACED: ReadonlySet<string> = new Set([
  'Module', 'Interactive', 'Expression', 'FunctionType', 'TypeIgnore', 'comprehension', 'arguments', 'withitem', 'match_case',
]);

/** Fields holding one of the operator or context singletons (a string in the compiler's tree). */
const SINGLETON_FIELDS: ReadonlySet<string> = new Set(['op', 'ctx']);

/** The categories of the operator and context singletons. */
const SINGLETON_KINDS: ReadonlySet<string> = new Set(['operator', 'unaryop', 'boolop', 'cmpop', 'expr_context']);

/** The node kinds of one class (no subclasses): a None in their place reads its first field. */
const FIRST_REQUIRED: Record<string, string> = {
  arguments: 'posonlyargs', arg: 'arg', keyword: 'value', alias: 'name', withitem: 'context_expr',
  comprehension: 'target', match_case: 'pattern',
};

/** The plain fields that hold an int. */
const INTEGER_FIELDS: ReadonlySet<string> = new Set(['level', 'simple', 'is_async', 'conversion', 'lineno']);

/** Required fields where None is a value, not an absence. */
const NULLABLE: ReadonlySet<string> = new Set(['Constant.value', 'MatchSingleton.value']);

const isOptional = (type: string, name: string): boolean => FIELDS[type]?.some((f) => f.name === name && f.optional) ?? false;

/** The node categories with positions. */
const PLACED_KINDS: ReadonlySet<string> = new Set(['stmt', 'expr', 'excepthandler', 'arg', 'keyword', 'alias', 'pattern']);

const FIELDS: Record<string, { name: string; optional: boolean }[]> = {};
for (const [type, specs] of Object.entries({ ...AST_FIELDS, Interactive: ['body'], FunctionType: ['argtypes', 'returns'] })) {
  FIELDS[type] = specs.map((s) => ({ name: s.replace('?', ''), optional: s.endsWith('?') }));
}

const POSITIONS = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;


/** Maps a UTF-16 column of a line to the UTF-8 byte column CPython reports. */
class ByteColumns {
  private readonly lines: string[];
  private readonly cache = new Map<number, Int32Array | null>();

  constructor(source: string) {
    this.lines = source.split(/\r\n|\r|\n/);
  }

  convert(lineno: number, col: number): number {
    let table = this.cache.get(lineno);
    if (table === undefined) {
      table = byteOffsets(this.lines[lineno - 1] ?? '');
      this.cache.set(lineno, table);
    }
    if (table === null || col < 0) return col;
    return col < table.length ? table[col]! : table[table.length - 1]! + (col - table.length + 1);
  }
}

/** Byte offset of every UTF-16 index of `line` (and its end), or null for an ASCII line. */
function byteOffsets(line: string): Int32Array | null {
  if (!/[^\x00-\x7f]/.test(line)) return null;
  const table = new Int32Array(line.length + 1);
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    table[i] = bytes;
    const unit = line.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00) bytes += 2; // half of a 4-byte character
    else if (unit >= 0xdc00 && unit < 0xe000) bytes += 2;
    else bytes += 3;
  }
  table[line.length] = bytes;
  return table;
}

/** Builds the `ast` module's objects for a compiler tree. */
export function toPythonTree(rt: Runtime, root: ParsedRoot, source: string): unknown {
  const module = rt.$import('ast') as PyObject;
  const classes = new Map<string, () => PyObject>();
  const classOf = (name: string): (() => PyObject) => {
    let cls = classes.get(name);
    if (cls === undefined) {
      cls = module['$' + name] as () => PyObject;
      classes.set(name, cls);
    }
    return cls;
  };
  // One shared instance per operator and context class, as CPython has.
  const singletons = new Map<string, PyObject>();
  const singleton = (name: string): PyObject => {
    let s = singletons.get(name);
    if (s === undefined) singletons.set(name, (s = classOf(name)()));
    return s;
  };
  const columns = new ByteColumns(source);

  const constant = (v: ast.ConstantValue): unknown => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'bigint') return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    if (typeof v === 'number') return rt.$float(v);
    if (v instanceof Uint8Array) {
      let latin1 = '';
      for (const byte of v) latin1 += String.fromCharCode(byte);
      return rt.$bytes(latin1);
    }
    if ('complex' in v) return rt.$complex(0, v.imag);
    return rt.Ellipsis;
  };

  const value = (type: string, field: string, v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (Array.isArray(v)) return v.map((item) => value(type, field, item));
    if (typeof v === 'string') return SINGLETON_FIELDS.has(field) || field === 'ops' ? singleton(v) : v;
    if ((type === 'Constant' || type === 'MatchSingleton') && field === 'value') return constant(v as ast.ConstantValue);
    if (typeof v === 'object' && 'nodeType' in (v as object)) return node(v as ast.Node);
    return v;
  };

  const node = (n: ast.Node | ParsedRoot): PyObject => {
    const type = n.nodeType;
    const obj = classOf(type)();
    const rec = n as unknown as Record<string, unknown>;
    for (const f of FIELDS[type]!) obj['$' + f.name] = value(type, f.name, rec[f.name]);
    if (!UNPLACED.has(type)) {
      const p = n as unknown as ast.Pos;
      obj.$lineno = p.lineno;
      obj.$col_offset = columns.convert(p.lineno, p.col_offset);
      obj.$end_lineno = p.end_lineno ?? null;
      obj.$end_col_offset = p.end_lineno === undefined || p.end_lineno === null ? null : columns.convert(p.end_lineno, p.end_col_offset);
    }
    return obj;
  };
  return node(root);
}

/** The compiler tree of `ast` module objects, for compile(tree, ...); raises CPython's TypeErrors. */
export function fromPythonTree(rt: Runtime, tree: unknown, expected: 'Module' | 'Expression' | 'Interactive'): ParsedRoot {
  const module = rt.$import('ast') as PyObject;
  const AST = module.$AST;
  const typeName = (x: unknown): string => rt.getattr(rt.type(x), '__name__') as string;
  const fail = (message: string): never => { throw rt.$raised(rt.TypeError(message)); };
  const isNode = (x: unknown): boolean => x !== null && typeof x === 'object' && rt.isinstance(x, AST);
  const read = (obj: unknown, name: string): unknown => (rt.hasattr(obj, name) ? rt.getattr(obj, name) : undefined);
  /** The ASDL category a node class belongs to: the class just under AST. */
  const categoryOf = (x: unknown): string => {
    const mro = rt.getattr(rt.type(x), '__mro__') as unknown[];
    const at = mro.indexOf(AST);
    return at > 0 ? rt.getattr(mro[at - 1], '__name__') as string : typeName(x);
  };

  const constant = (v: unknown): ast.ConstantValue => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'number') return Number.isInteger(v) && !rt.isinstance(v, rt.float) ? BigInt(v) : v;
    if (rt.isinstance(v, rt.float)) return (v as { v: number }).v ?? Number(rt.getattr(v, '__float__')());
    if (rt.isinstance(v, rt.int)) return BigInt(rt.getattr(v, '__index__')() as number);
    if (rt.isinstance(v, rt.str)) return String(v);
    if (rt.isinstance(v, rt.bytes)) {
      const text = rt.getattr(v, 'decode')('latin-1') as string;
      return Uint8Array.from(text, (c) => c.charCodeAt(0));
    }
    if (rt.isinstance(v, rt.complex)) {
      // A complex constant is an imaginary literal; `1+2j` is a BinOp.
      const { re, im } = v as { re: number; im: number };
      if (re !== 0 || Object.is(re, -0)) return fail('got an invalid type in Constant: complex');
      return { complex: true, imag: im };
    }
    if (v === rt.Ellipsis) return { ellipsis: true } as ast.EllipsisConstant;
    return fail(`got an invalid type in Constant: ${typeName(v)}`);
  };

  /** A field's value; a required one that is None is left null for node() to report. */
  const field = (obj: unknown, type: string, name: string): unknown => {
    const v = read(obj, name);
    if (v === undefined) return fail(`required field "${name}" missing from ${type}`);
    return convert(type, name, v);
  };

  const convert = (type: string, name: string, v: unknown): unknown => {
    if ((type === 'Constant' || type === 'MatchSingleton') && name === 'value') return constant(v);
    if (isListField(type, name)) {
      if (!Array.isArray(v) || v instanceof (rt.$PyTuple as Function)) return fail(`${type} field "${name}" must be a list, not a ${typeName(v)}`);
      return v.map((item) => convertOne(type, name, item));
    }
    return convertOne(type, name, v);
  };

  /** One value of a field (an item of a list field), checked against what the field holds. */
  const convertOne = (type: string, name: string, v: unknown): unknown => {
    const kind = fieldKind(type, name);
    if (v === null) return noneIn(kind, type, name);
    if (kind === 'identifier') {
      if (typeof v !== 'string' && !rt.isinstance(v, rt.str)) return fail('AST identifier must be of type str');
      return String(v);
    }
    if (kind === 'plain') return typeof v === 'bigint' ? Number(v) : v;
    if (SINGLETON_KINDS.has(kind)) {
      if (isNode(v) && categoryOf(v) === kind) return typeName(v);
      return fail(`expected some sort of ${kind}, but got ${rt.repr(v)}`);
    }
    // CPython reads a positioned node's line before it looks at the node's type.
    if (PLACED_KINDS.has(kind) && !rt.hasattr(v, 'lineno')) return fail(`required field "lineno" missing from ${kind}`);
    if (!isNode(v) || categoryOf(v) !== kind) return fail(`expected some sort of ${kind}, but got ${rt.repr(v)}`);
    return node(v);
  };

  /** A None where a `kind` value belongs: null, or the error CPython's conversion raises. */
  const noneIn = (kind: string, type: string, name: string): null => {
    if (!isListField(type, name) && isOptional(type, name)) return null;
    if (SINGLETON_KINDS.has(kind)) return fail(`expected some sort of ${kind}, but got None`);
    const first = FIRST_REQUIRED[kind];
    if (first !== undefined) return fail(`required field "${first}" missing from ${kind}`);
    if (kind === 'plain' && INTEGER_FIELDS.has(name)) {
      throw rt.$raised(rt.ValueError('invalid integer value: None'));
    }
    return null;
  };

  const node = (obj: unknown): Record<string, unknown> => {
    const type = typeName(obj);
    const fields = FIELDS[type];
    if (fields === undefined) return fail(`expected some sort of ${categoryOf(obj)}, but got ${rt.repr(obj)}`);
    const out: Record<string, unknown> = { nodeType: type };
    // CPython reads a node's positions before its fields.
    if (!UNPLACED.has(type)) {
      for (const p of POSITIONS) {
        const v = read(obj, p);
        if (v === undefined || (v === null && (p === 'lineno' || p === 'col_offset'))) {
          return fail(`required field "${p}" missing from ${categoryOf(obj)}`);
        }
        out[p] = v === null ? undefined : Number(v);
      }
    }
    if (type === 'Constant') {
      const v = read(obj, 'value');
      // The compiler has no tuple constants (CPython's optimizer makes them): a tuple display of
      // constants builds the same value.
      if (v instanceof (rt.$PyTuple as Function)) return tupleOfConstants(v as unknown[], out);
    }
    for (const f of fields) out[f.name] = field(obj, type, f.name);
    // Only once every field converted does a required one that is None fail, as a ValueError.
    for (const f of fields) {
      if (out[f.name] === null && !f.optional && !NULLABLE.has(`${type}.${f.name}`)) {
        throw rt.$raised(rt.ValueError(`field '${f.name}' is required for ${type}`));
      }
    }
    return out;
  };

  const tupleOfConstants = (items: unknown[], at: Record<string, unknown>): Record<string, unknown> => {
    const element = (item: unknown): Record<string, unknown> => {
      const place = { ...at, nodeType: 'Constant' };
      if (item instanceof (rt.$PyTuple as Function)) return tupleOfConstants(item as unknown[], place);
      return { ...place, value: constant(item), kind: null };
    };
    return { ...at, nodeType: 'Tuple', elts: items.map(element), ctx: 'Load' };
  };

  if (!isNode(tree) || typeName(tree) !== expected) {
    return fail(`expected ${expected} node, got ${typeName(tree)}`);
  }
  const root = node(tree) as { nodeType: string } & Record<string, any>;
  validateTree(root, (kind, message) => { throw rt.$raised(rt[kind](message)); });
  return root as unknown as ParsedRoot;
}
