// `dumpAst(node)` prints a tree exactly as CPython 3.11's `ast.dump(node)` does, so the parser can be
// tested against `python3 -c 'import ast; print(ast.dump(ast.parse(src)))'` string for string.
//
// ast.dump walks each class's `_fields` in ASDL order and leaves out a field whose value is None
// when the ASDL declares it optional (`expr?`); a None inside a list, or in a non-optional field such
// as Constant.value, prints as `None`. Leaf values print as Python's repr().

import type { ConstantValue, Node } from './ast.js';

/** Each node type's `_fields` in ASDL order; a trailing `?` marks an optional field. */
export const AST_FIELDS: Record<string, string[]> = {
  Module: ['body', 'type_ignores'],
  Expression: ['body'],
  TypeIgnore: ['lineno', 'tag'],
  FunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  AsyncFunctionDef: ['name', 'args', 'body', 'decorator_list', 'returns?', 'type_comment?'],
  ClassDef: ['name', 'bases', 'keywords', 'body', 'decorator_list'],
  Return: ['value?'],
  Delete: ['targets'],
  Assign: ['targets', 'value', 'type_comment?'],
  AugAssign: ['target', 'op', 'value'],
  AnnAssign: ['target', 'annotation', 'value?', 'simple'],
  For: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  AsyncFor: ['target', 'iter', 'body', 'orelse', 'type_comment?'],
  While: ['test', 'body', 'orelse'],
  If: ['test', 'body', 'orelse'],
  With: ['items', 'body', 'type_comment?'],
  AsyncWith: ['items', 'body', 'type_comment?'],
  Match: ['subject', 'cases'],
  Raise: ['exc?', 'cause?'],
  Try: ['body', 'handlers', 'orelse', 'finalbody'],
  TryStar: ['body', 'handlers', 'orelse', 'finalbody'],
  Assert: ['test', 'msg?'],
  Import: ['names'],
  ImportFrom: ['module?', 'names', 'level?'],
  Global: ['names'],
  Nonlocal: ['names'],
  Expr: ['value'],
  Pass: [],
  Break: [],
  Continue: [],
  BoolOp: ['op', 'values'],
  NamedExpr: ['target', 'value'],
  BinOp: ['left', 'op', 'right'],
  UnaryOp: ['op', 'operand'],
  Lambda: ['args', 'body'],
  IfExp: ['test', 'body', 'orelse'],
  Dict: ['keys', 'values'],
  Set: ['elts'],
  ListComp: ['elt', 'generators'],
  SetComp: ['elt', 'generators'],
  DictComp: ['key', 'value', 'generators'],
  GeneratorExp: ['elt', 'generators'],
  Await: ['value'],
  Yield: ['value?'],
  YieldFrom: ['value'],
  Compare: ['left', 'ops', 'comparators'],
  Call: ['func', 'args', 'keywords'],
  FormattedValue: ['value', 'conversion', 'format_spec?'],
  JoinedStr: ['values'],
  Constant: ['value', 'kind?'],
  Attribute: ['value', 'attr', 'ctx'],
  Subscript: ['value', 'slice', 'ctx'],
  Starred: ['value', 'ctx'],
  Name: ['id', 'ctx'],
  List: ['elts', 'ctx'],
  Tuple: ['elts', 'ctx'],
  Slice: ['lower?', 'upper?', 'step?'],
  comprehension: ['target', 'iter', 'ifs', 'is_async'],
  ExceptHandler: ['type?', 'name?', 'body'],
  arguments: ['posonlyargs', 'args', 'vararg?', 'kwonlyargs', 'kw_defaults', 'kwarg?', 'defaults'],
  arg: ['arg', 'annotation?', 'type_comment?'],
  keyword: ['arg?', 'value'],
  alias: ['name', 'asname?'],
  withitem: ['context_expr', 'optional_vars?'],
  match_case: ['pattern', 'guard?', 'body'],
  MatchValue: ['value'],
  MatchSingleton: ['value'],
  MatchSequence: ['patterns'],
  MatchMapping: ['keys', 'patterns', 'rest?'],
  MatchClass: ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'],
  MatchStar: ['name?'],
  MatchAs: ['pattern?', 'name?'],
  MatchOr: ['patterns'],
};

/** Node types without positions (`_attributes` is empty for them). */
const NO_ATTRIBUTES = new Set([
  'Module', 'Expression', 'TypeIgnore', 'comprehension', 'arguments', 'withitem', 'match_case',
]);

/** Fields holding one of the operator singletons, printed as `Add()`. */
const OPERATOR_FIELDS = new Set(['op', 'ctx']);

export interface DumpOptions {
  /** Also print lineno, col_offset, end_lineno and end_col_offset (`include_attributes=True`). */
  includeAttributes?: boolean;
}

export function dumpAst(node: Node, options: DumpOptions = {}): string {
  const attrs = options.includeAttributes === true;
  const out: string[] = [];
  const dumpNode = (n: Node): void => {
    const type = n.nodeType;
    const fields = AST_FIELDS[type];
    out.push(type, '(');
    let first = true;
    const rec = n as unknown as Record<string, unknown>;
    for (const spec of fields) {
      const optional = spec.endsWith('?');
      const name = optional ? spec.slice(0, -1) : spec;
      const value = rec[name];
      if (optional && (value === null || value === undefined)) continue;
      if (!first) out.push(', ');
      first = false;
      out.push(name, '=');
      if (OPERATOR_FIELDS.has(name) && typeof value === 'string') out.push(value, '()');
      else if (name === 'ops' && Array.isArray(value)) out.push('[', (value as string[]).map((o) => `${o}()`).join(', '), ']');
      else if (type === 'Constant' && name === 'value') out.push(constantRepr(value as ConstantValue));
      else if (type === 'MatchSingleton' && name === 'value') out.push(constantRepr(value as ConstantValue));
      else dumpValue(value);
    }
    if (attrs && !NO_ATTRIBUTES.has(type)) {
      for (const name of ['lineno', 'col_offset', 'end_lineno', 'end_col_offset']) {
        const value = rec[name];
        if (value === null || value === undefined) continue;
        if (!first) out.push(', ');
        first = false;
        out.push(name, '=', String(value));
      }
    }
    out.push(')');
  };
  const dumpValue = (value: unknown): void => {
    if (value === null || value === undefined) out.push('None');
    else if (Array.isArray(value)) {
      out.push('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.push(', ');
        dumpValue(value[i]);
      }
      out.push(']');
    } else if (typeof value === 'object' && 'nodeType' in (value as object)) dumpNode(value as Node);
    else if (typeof value === 'string') out.push(strRepr(value));
    else if (typeof value === 'number') out.push(String(value));
    else out.push(constantRepr(value as ConstantValue));
  };
  dumpNode(node);
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Python's repr() of constants.

export function constantRepr(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if ('complex' in v) return complexImagRepr(v.imag);
  return 'Ellipsis';
}

/** repr(float): the shortest round-tripping digits, in Python's layout. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  // Shortest digits and the decimal exponent from JS's own shortest repr.
  const [mant, expPart] = x.toExponential().split('e');
  const exp = Number(expPart);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let s: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    s = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    s = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length <= exp + 1) {
    s = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  } else {
    s = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  return neg ? `-${s}` : s;
}

function complexImagRepr(imag: number): string {
  // repr(1j) is '1j', repr(1.5j) '1.5j': the float repr without a trailing '.0'.
  let s = floatRepr(imag);
  if (s.endsWith('.0')) s = s.slice(0, -2);
  return `${s}j`;
}

function isPrintable(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp < 0x7f) return true;
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(cp)) || cp === 0x20;
}

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isPrintable(cp)) out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
