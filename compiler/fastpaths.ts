// Inline fast paths for the hottest operations: arithmetic and comparisons on numbers, indexing
// plain lists and dicts, and reading data attributes.
//
// A runtime helper such as `add` serves every `+` of the program and of the runtime, so V8's type
// feedback inside it is megamorphic and the call is rarely inlined; measured on a float loop over a
// list, the helper calls cost ~3.5x the loop itself. Written at the site, the same checks get that
// site's own feedback: `typeof x === "number"` folds away where only numbers flow, and the helper
// is called only when the fast path does not apply, so it still decides every other case (ints
// past 2**53, integral floats that must be boxed, dunder dispatch, errors).
//
// The number fast paths rely on the value representation (docs/architecture.md): an unboxed
// integral JS number is always a Python int, an unboxed non-integral one a float (integral floats
// are boxed). So for numbers x and y with r = x op y (op in + - *):
//   - r not integral (incl. NaN, ±inf): some operand was a float, and r is the float result;
//   - r a safe integer and x, y integral: int op int, and r is the exact int result;
//   - otherwise (an integral float result, or an int past 2**53): the helper boxes or widens.
// `*` of ints can give -0 (0 * -1), which is normalised by `+ 0`.

import type * as es from 'estree';
import * as js from './js.js';
import { BINARY_PRECEDENCE, CALL_PRECEDENCE } from './printer.js';
import type { RuntimeHelper } from './runtime-api.js';

export interface FastPathContext {
  /** A fresh function-level temporary's name. */
  temp(): string;
  /** The identifier of a runtime helper (recording that the module imports it). */
  helper(name: RuntimeHelper): es.Identifier;
  /** The value of an integral float literal (a hoisted `PyFloat` constant such as 1.0), else null. */
  boxedFloat(e: es.Expression): number | null;
}

/**
 * An operand as a plain JS number expression where the fast path may use one: the number a
 * boxed float constant holds (`1.0 / x` divides by the literal 1 and keeps the float result),
 * else the operand itself. `isFloat` tells that the operand is a float whatever its value.
 */
function numeric(ctx: FastPathContext, e: es.Expression): { value: es.Expression; isFloat: boolean } {
  const boxed = ctx.boxedFloat(e);
  if (boxed !== null) return { value: js.lit(boxed), isFloat: true };
  const n = literalNumber(e);
  return { value: e, isFloat: n !== null && !Number.isInteger(n) };
}

export type ArithOp = 'Add' | 'Sub' | 'Mult';
export type IntOp = 'FloorDiv' | 'Mod' | 'BitAnd' | 'BitOr' | 'BitXor' | 'RShift';
export type CompareOp = 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Eq' | 'NotEq';

const ARITH_JS: Record<ArithOp, es.BinaryOperator> = { Add: '+', Sub: '-', Mult: '*' };
const COMPARE_JS: Record<CompareOp, es.BinaryOperator> = { Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Eq: '===', NotEq: '!==' };

/** Operands evaluated once, in order: identifiers and literals as they are, others into temps. */
class Operands {
  // Assigned in the constructor, not class fields (an initializer call per object): every fast
  // path makes one.
  declare readonly setup: es.Expression[];
  private declare readonly ctx: FastPathContext;
  constructor(ctx: FastPathContext) {
    this.setup = [];
    this.ctx = ctx;
  }

  once(e: es.Expression): es.Expression {
    if (isSimple(e)) return e;
    const t = js.id(this.ctx.temp());
    this.setup.push(js.assign(t, e));
    return t;
  }

  /** `(setup..., result)` */
  wrap(result: es.Expression, loc: js.Loc): es.Expression {
    return js.seq([...this.setup, result], loc);
  }
}

function isSimple(e: es.Expression): boolean {
  return e.type === 'Identifier' || e.type === 'Literal' ||
    (e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal');
}

/** The text around the operand of `typeof x === "type"`, by type. */
const TYPEOF_PARTS = new Map<string, readonly string[]>();
/** The text around the argument of `Number.fn(arg)`, by fn. */
const NUMBER_CALL_PARTS = new Map<string, readonly string[]>();

/** `typeof e === "type"`: one template when `e` is a name or literal (an operand `typeof` takes
 * without parentheses), else the nodes. */
function typeofIs(e: es.Expression, type: string): es.Expression {
  if (e.type !== 'Identifier' && e.type !== 'Literal') return js.binary('===', js.unary('typeof', e), js.lit(type));
  let parts = TYPEOF_PARTS.get(type);
  if (parts === undefined) TYPEOF_PARTS.set(type, parts = ['typeof ', ` === ${JSON.stringify(type)}`]);
  return js.template(parts, [e], BINARY_PRECEDENCE, '===');
}

/** `Number.fn(arg)`: any argument prints as it is between a call's parentheses. */
function numberCall(fn: string, arg: es.Expression): es.Expression {
  let parts = NUMBER_CALL_PARTS.get(fn);
  if (parts === undefined) NUMBER_CALL_PARTS.set(fn, parts = [`Number.${fn}(`, ')']);
  return js.template(parts, [arg], CALL_PRECEDENCE);
}
const and = (...parts: es.Expression[]): es.Expression => parts.reduce((a, b) => js.logical('&&', a, b));

/** The literal number `e` stands for, if it is one. */
function literalNumber(e: es.Expression): number | null {
  if (e.type === 'Literal' && typeof e.value === 'number') return e.value;
  if (e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal' && typeof e.argument.value === 'number') {
    return -e.argument.value;
  }
  return null;
}

/** `typeof x === "number"`, or nothing for a literal number; once for `x * x`. */
function numberChecks(...xs: es.Expression[]): es.Expression[] {
  return distinct(xs).filter((x) => literalNumber(x) === null).map((x) => typeofIs(x, 'number'));
}

/** The operands without a repeated name: `x * x` tests `x` once (smaller code, more inlining). */
function distinct(xs: es.Expression[]): es.Expression[] {
  return xs.filter((x, i) => x.type !== 'Identifier' || xs.findIndex((y) => y.type === 'Identifier' && y.name === x.name) === i);
}

/** The largest literal an int32 may be added to (or multiplied by) with an exact JS result. */
const INT32_ADD_LITERAL = 2 ** 31;
const INT32_MUL_LITERAL = 2 ** 21;

/**
 * `(v | 0) === v` for `v op literal` (or `literal op v`), when an int32 v and the literal make the
 * JS result an exact int: the usual result test (`Number.isSafeInteger` and `Number.isInteger`
 * calls) is then skipped. Those are real calls until V8 optimises the function, and code that runs
 * once or a few times (a first long call, a loop in a module body) is never optimised. Not for
 * two variables: one of them is often an accumulator past int32, whose failed test then costs
 * every optimised iteration (`total += i` over range(30_000_000): +24% instructions).
 * null where the shortcut does not apply.
 */
function int32Operands(op: ArithOp, x: es.Expression, y: es.Expression): es.Expression[] | null {
  const lx = literalNumber(x);
  const ly = literalNumber(y);
  if ((lx === null) === (ly === null)) return null;
  const n = lx ?? ly!;
  const v = lx === null ? x : y;
  if (!Number.isInteger(n) || Math.abs(n) > (op === 'Mult' ? INT32_MUL_LITERAL : INT32_ADD_LITERAL)) return null;
  return [js.binary('===', js.binary('|', v, js.lit(0)), v)];
}

/** `a op b` for + - *, with `fallback(x, y)` (the helper call) when not both plain numbers. */
export function arith(ctx: FastPathContext, op: ArithOp, a: es.Expression, b: es.Expression,
  fallback: (x: es.Expression, y: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const y = ops.once(b);
  const xn = numeric(ctx, x);
  const yn = numeric(ctx, y);
  const r = js.id(ctx.temp());
  const rValue = js.assign(r, js.binary(ARITH_JS[op], xn.value, yn.value));
  const intOperands = distinct([x, y]).filter((v) => literalNumber(v) === null || !Number.isInteger(literalNumber(v)))
    .map((v) => numberCall('isInteger', v));
  const int32 = xn.isFloat || yn.isFloat ? null : int32Operands(op, x, y);
  // A float literal operand makes every number result a float: only non-integral results pass.
  const resultOk = xn.isFloat || yn.isFloat
    ? js.unary('!', numberCall('isInteger', rValue))
    : int32 !== null
      ? js.seq([rValue, js.logical('||', and(...int32), js.cond(numberCall('isSafeInteger', r),
        intOperands.length ? and(...intOperands) : js.lit(true), js.unary('!', numberCall('isInteger', r))))], loc)
      : js.cond(numberCall('isSafeInteger', rValue), intOperands.length ? and(...intOperands) : js.lit(true), js.unary('!', numberCall('isInteger', r)));
  const test = and(...numberChecks(xn.value, yn.value), resultOk);
  const result = op === 'Mult' ? js.binary('+', r, js.lit(0)) : r;
  return ops.wrap(js.cond(test, result, fallback(x, y), loc), loc);
}

/** `a / b`: a non-integral quotient of two numbers (the divisor not 0) is the float result. */
export function truediv(ctx: FastPathContext, a: es.Expression, b: es.Expression,
  fallback: (x: es.Expression, y: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const y = ops.once(b);
  const xn = numeric(ctx, x).value;
  const yn = numeric(ctx, y).value;
  const r = js.id(ctx.temp());
  const divisorOk = literalNumber(yn) === null ? [js.binary('!==', yn, js.lit(0))] : literalNumber(yn) === 0 ? [js.lit(false)] : [];
  const test = and(...numberChecks(xn, yn), ...divisorOk,
    js.unary('!', numberCall('isInteger', js.assign(r, js.binary('/', xn, yn)))));
  return ops.wrap(js.cond(test, r, fallback(x, y), loc), loc);
}

/** `(v | 0) === v`: an int32 (so a Python int); `typeof` first, as `|` throws on a BigInt. */
const isInt32 = (v: es.Expression): es.Expression[] => {
  const n = literalNumber(v);
  if (n !== null) return [];
  return [typeofIs(v, 'number'), js.binary('===', js.binary('|', v, js.lit(0)), v)];
};

/**
 * `a op b` for // % & | ^ >> on two int32 ints, where JS computes Python's result directly:
 * `Math.floor(x / y)` is exact for |x| < 2**52, `%` takes the divisor's sign, `+ 0` turns -0 into 0.
 */
export function intOp(ctx: FastPathContext, op: IntOp, a: es.Expression, b: es.Expression,
  fallback: (x: es.Expression, y: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const y = ops.once(b);
  for (const v of [x, y]) {
    const n = literalNumber(v);
    if (n !== null && (!Number.isInteger(n) || (n | 0) !== n)) return ops.wrap(fallback(x, y), loc);
  }
  const checks = [...isInt32(x), ...isInt32(y)];
  // A literal divisor is known not to be 0 (a 0 literal still needs the test: it must raise), and
  // its sign is known, so the remainder's sign alone says whether Python's result differs.
  const divisor = literalNumber(y);
  const nonZero = (): void => {
    if (divisor === null || divisor === 0) checks.push(js.binary('!==', y, js.lit(0)));
  };
  let result: es.Expression;
  switch (op) {
    case 'FloorDiv':
      nonZero();
      result = js.binary('+', js.call(js.member(js.id('Math'), 'floor'), [js.binary('/', x, y)]), js.lit(0));
      break;
    case 'Mod': {
      nonZero();
      const r = js.id(ctx.temp());
      const remainder = js.assign(r, js.binary('%', x, y));
      const signsDiffer = divisor !== null && divisor !== 0
        ? js.binary(divisor > 0 ? '<' : '>', remainder, js.lit(0))
        : js.logical('&&', js.binary('!==', remainder, js.lit(0)), js.binary('<', js.binary('^', r, y), js.lit(0)));
      result = js.cond(signsDiffer, js.binary('+', r, y), js.binary('+', r, js.lit(0)));
      break;
    }
    case 'RShift': {
      const n = literalNumber(y);
      if (n === null || n < 0 || n > 31) checks.push(js.binary('===', js.binary('>>>', y, js.lit(0)), y), js.binary('<', y, js.lit(32)));
      result = js.binary('>>', x, y);
      break;
    }
    default:
      result = js.binary(op === 'BitAnd' ? '&' : op === 'BitOr' ? '|' : '^', x, y);
  }
  if (!checks.length) return ops.wrap(result, loc);
  return ops.wrap(js.cond(and(...checks), result, fallback(x, y), loc), loc);
}

/** `-a`: a non-zero number negates in JS (0 must stay the int 0, not -0). */
export function neg(ctx: FastPathContext, a: es.Expression, fallback: (x: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const test = and(typeofIs(x, 'number'), js.binary('!==', x, js.lit(0)));
  return ops.wrap(js.cond(test, js.unary('-', x), fallback(x), loc), loc);
}

/**
 * `a op b` for the rich comparisons, as a JS boolean when both are numbers (or, for == and !=,
 * when one side is a string literal and the other a str or None). `fallback(x, y)` is the helper call;
 * in a boolean context the caller passes one already wrapped in `truthy`.
 */
export function compare(ctx: FastPathContext, op: CompareOp, a: es.Expression, b: es.Expression,
  fallback: (x: es.Expression, y: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const y = ops.once(b);
  const strLiteral = (e: es.Expression) => e.type === 'Literal' && typeof e.value === 'string';
  let test: es.Expression;
  if ((op === 'Eq' || op === 'NotEq') && (strLiteral(x) || strLiteral(y))) {
    // None compares unequal to a str (neither side's __eq__ knows the other), as JS's === says.
    const other = strLiteral(x) ? y : x;
    test = js.logical('||', typeofIs(other, 'string'), js.binary('===', other, js.lit(null)));
  } else {
    const xn = numeric(ctx, x).value;
    const yn = numeric(ctx, y).value;
    const checks = numberChecks(xn, yn);
    if (!checks.length) return ops.wrap(fallback(x, y), loc);
    return ops.wrap(js.cond(and(...checks), js.binary(COMPARE_JS[op], xn, yn), fallback(x, y), loc), loc);
  }
  return ops.wrap(js.cond(test, js.binary(COMPARE_JS[op], x, y), fallback(x, y), loc), loc);
}

/** An index known to be a valid position of the plain list `o`: `k >>> 0 === k && k < o.length`. */
function listPosition(o: es.Expression, k: es.Expression): { test: es.Expression; at: es.Expression } {
  const n = literalNumber(k);
  const length = js.member(o, 'length');
  if (n !== null && Number.isInteger(n)) {
    if (n >= 0) return { test: js.binary('<', k, length), at: k };
    return { test: js.binary('>=', length, js.lit(-n)), at: js.binary('-', length, js.lit(-n)) };
  }
  const test = and(typeofIs(k, 'number'), js.binary('===', js.binary('>>>', k, js.lit(0)), k), js.binary('<', k, length));
  return { test, at: k };
}

/** `o.constructor === C`, safe for None (null). */
const exactClass = (o: es.Expression, cls: es.Expression): es.Expression =>
  js.binary('===', js.optMember(o, 'constructor'), cls);

/**
 * `o[k]`: a plain list at a valid int position, or a plain dict holding the key; else `fallback`.
 * `forStore` is the read of `o[k] += v`, whose store takes a list or a dict only: a tuple may go
 * to the helper there (the store raises its TypeError), which saves a class test per site, and
 * the size of a big function's graph is what TurboFan's compile time grows with.
 */
export function getitem(ctx: FastPathContext, o: es.Expression, k: es.Expression,
  fallback: (o: es.Expression, k: es.Expression) => es.Expression, loc: js.Loc, forStore = false): es.Expression {
  const ops = new Operands(ctx);
  const obj = ops.once(o);
  const key = ops.once(k);
  const n = literalNumber(key);
  const pos = listPosition(obj, key);
  // Tuples are read the same way: a plain one cannot override __getitem__.
  const sequence = forStore ? exactClass(obj, js.id('Array'))
    : js.logical('||', exactClass(obj, js.id('Array')), exactClass(obj, ctx.helper('PyTuple')));
  const fromList = js.cond(and(sequence, pos.test), js.index(obj, pos.at), fallback(obj, key), loc);
  if (n !== null) return ops.wrap(fromList, loc);
  // A dict value is never undefined (None is null), so undefined means "absent": the helper
  // raises KeyError or calls __missing__.
  const v = js.id(ctx.temp());
  const fromDict = and(exactClass(obj, ctx.helper('PyDict')),
    js.binary('!==', js.assign(v, js.call(js.member(obj, 'get'), [key])), js.undef()));
  // A str key never indexes a sequence.
  const isStrKey = key.type === 'Literal' && typeof key.value === 'string';
  return ops.wrap(js.cond(fromDict, v, isStrKey ? fallback(obj, key) : fromList, loc), loc);
}

/**
 * `o[k] = value` as a statement. Python evaluates the value first, then the object and the key.
 * `value` is evaluated into a temp unless simple.
 */
export function setitem(ctx: FastPathContext, o: es.Expression, k: es.Expression, value: es.Expression,
  fallback: (o: es.Expression, k: es.Expression, v: es.Expression) => es.Expression, loc: js.Loc): es.Statement[] {
  const ops = new Operands(ctx);
  const v = ops.once(value);
  const obj = ops.once(o);
  const key = ops.once(k);
  const out: es.Statement[] = ops.setup.map((e) => js.exprStmt(e, loc));
  const pos = listPosition(obj, key);
  const toList = js.exprStmt(js.assign(js.index(obj, pos.at), v), loc);
  let slow: es.Statement = js.exprStmt(fallback(obj, key, v), loc);
  if (literalNumber(key) === null) {
    const toDict = js.exprStmt(js.call(js.member(obj, 'set'), [key, v]), loc);
    slow = js.ifStmt(exactClass(obj, ctx.helper('PyDict')), toDict, slow, loc);
  }
  out.push(js.ifStmt(and(exactClass(obj, js.id('Array')), pos.test), toList, slow, loc));
  return out;
}

/**
 * The items of `value` for an n-target unpacking: a tuple (or, when `listAsIs`, a plain list) of
 * the right length as it is, anything else through `fallback` (which copies lists, iterates the
 * rest and raises CPython's ValueError). A list may be used as it is only when every target is a
 * plain name: assigning to `lst[1]` while reading items from `lst` would see its own writes.
 */
export function unpack(ctx: FastPathContext, value: es.Expression, n: number, listAsIs: boolean,
  fallback: (v: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const v = ops.once(value);
  let kind = exactClass(v, ctx.helper('PyTuple'));
  if (listAsIs) kind = js.logical('||', kind, exactClass(v, js.id('Array')));
  const test = and(kind, js.binary('===', js.member(v, 'length'), js.lit(n)));
  return ops.wrap(js.cond(test, v, fallback(v), loc), loc);
}

/**
 * The truth of `a` in a condition: a bool is its own truth, a JS number is true unless 0 (an int,
 * or a non-integral float such as NaN, which is true; 0.0 and -0.0 are boxed), anything else asks
 * the runtime, so `while k:` over an int counter makes no call.
 */
export function truthy(ctx: FastPathContext, a: es.Expression, fallback: (x: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const ops = new Operands(ctx);
  const x = ops.once(a);
  const ofNumber = js.cond(typeofIs(x, 'number'), js.binary('!==', x, js.lit(0)), fallback(x), loc);
  return ops.wrap(js.cond(typeofIs(x, 'boolean'), x, ofNumber, loc), loc);
}

/**
 * The property read behind `obj.name`: `obj.$name`, or `obj?.$name` where None has that attribute.
 * None has special methods only, so for any other name a None receiver is an AttributeError either
 * way; the plain read raises it as V8's TypeError, which toPy turns into CPython's AttributeError.
 * The optional chain would cost more than its test: its `undefined` joins the loaded value, so
 * V8's optimizer can no longer fold a method read from a class prototype into a constant, and a
 * call through it is not inlined (richards ran 1.5x the instructions).
 */
export function attrMember(obj: es.Expression, name: string): es.MemberExpression {
  return noneMayHave(name) ? js.optMember(obj, `$${name}`) : js.member(obj, `$${name}`);
}

/** Whether None may have attribute `name`: NoneType's attributes (and object's) are all dunders. */
function noneMayHave(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__');
}

/**
 * `obj.name` as a value: a property that is neither absent nor a function is the attribute itself.
 * Absent ones (`__getattr__`, AttributeError) and functions (bound into methods) go to `fallback`,
 * given the value already read. Written at the site, this test does not count against V8's budget
 * for inlining calls, which a method reading many attributes would exhaust with helper calls.
 */
export function getattr(ctx: FastPathContext, obj: es.Expression, name: string,
  fallback: (o: es.Expression, v: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const v = js.id(ctx.temp());
  const test = and(js.binary('!==', js.assign(v, attrMember(obj, name)), js.undef()),
    js.binary('!==', js.unary('typeof', v), js.lit('function')));
  return js.cond(test, v, fallback(obj, v), loc);
}

/** For the builtin classes with a cheap test: is `x` an instance of exactly that class (bool for bool, not int). */
const EXACT_TESTS: Record<string, (ctx: FastPathContext, x: es.Expression) => es.Expression> = {
  str: (_ctx, x) => typeofIs(x, 'string'),
  // Integral floats are boxed, so an unboxed integral number is an int and a non-integral one a float.
  int: (_ctx, x) => and(typeofIs(x, 'number'), numberCall('isInteger', x)),
  float: (_ctx, x) => and(typeofIs(x, 'number'), js.unary('!', numberCall('isInteger', x))),
  bool: (_ctx, x) => typeofIs(x, 'boolean'),
  list: (_ctx, x) => exactClass(x, js.id('Array')),
  tuple: (ctx, x) => exactClass(x, ctx.helper('PyTuple')),
  dict: (ctx, x) => exactClass(x, ctx.helper('PyDict')),
};

export function hasExactTest(cls: string): boolean {
  return Object.hasOwn(EXACT_TESTS, cls);
}

/** `x` is an exact instance of the builtin class `cls` (one with `hasExactTest`). */
export function exactInstance(ctx: FastPathContext, cls: string, x: es.Expression): es.Expression {
  return EXACT_TESTS[cls](ctx, x);
}

/**
 * For a class whose subclass instances are all JS objects (a str subclass instance is a String
 * wrapper): the test that `x` may still be an instance once the exact test failed, so an int or
 * None asked `isinstance(x, str)` is answered at the site. Null when there is no such test.
 */
export function subclassCandidate(cls: string, x: es.Expression): es.Expression | null {
  // No primitive other than a string is a str, a list, a tuple or a dict, and only a JS boolean is a
  // bool (which has no subclasses): after the exact test, only an object may still be one.
  if (cls === 'str' || cls === 'bool' || cls === 'list' || cls === 'tuple' || cls === 'dict') {
    return and(typeofIs(x, 'object'), js.binary('!==', x, js.lit(null)));
  }
  // A JS number is an int or a float, and the exact test has answered for it; a string is neither.
  // Booleans (ints), bigints and objects (boxed floats, subclasses) ask isinstance.
  if (cls === 'int' || cls === 'float') {
    return and(js.binary('!==', js.unary('typeof', x), js.lit('number')), js.binary('!==', js.unary('typeof', x), js.lit('string')));
  }
  return null;
}

/**
 * `xs.append(v)`: a plain list pushes at the site, where V8 has this site's own arrays as
 * feedback and inlines the push; list.append's `push` sees the arrays of every site of the
 * program and stays a builtin call. Anything else calls `method(xs)` (its `append`, or the
 * AttributeError). Python looks the method up before it evaluates `v`, so a `v` that is not a
 * plain name or literal is evaluated after that lookup, into a temp, and `xs` is held in one so
 * that evaluating `v` cannot change which object receives it.
 */
export function listAppend(ctx: FastPathContext, xs: es.Expression, value: es.Expression,
  method: (o: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const isList = (o: es.Expression): es.Expression => exactClass(o, js.id('Array'));
  const push = (o: es.Expression, v: es.Expression): es.Expression =>
    js.seq([js.call(js.member(o, 'push'), [v], loc), js.lit(null)], loc);
  const call = (m: es.Expression, o: es.Expression, v: es.Expression): es.Expression => js.call(js.member(m, 'call'), [o, v], loc);
  if (isSimple(value)) {
    const ops = new Operands(ctx);
    const o = ops.once(xs);
    return ops.wrap(js.cond(isList(o), push(o, value), call(method(o), o, value), loc), loc);
  }
  const o = js.id(ctx.temp());
  const m = js.id(ctx.temp());
  const v = js.id(ctx.temp());
  return js.seq([
    js.assign(o, xs),
    js.assign(m, js.cond(isList(o), js.lit(null), method(o), loc)),
    js.assign(v, value),
    js.cond(js.binary('===', m, js.lit(null)), push(o, v), call(m, o, v), loc),
  ], loc);
}

/**
 * `d.get(k)` / `d.get(k, default)`: a plain dict looks the key up at the site (its `get` returns
 * undefined for an absent key, as no value is undefined), and anything else calls `method(d)`.
 * Through `method(d).call(...)` V8 cannot tell which function it calls and never inlines dict.get;
 * here the lookup is a monomorphic call of PyDict's own `get`. Python looks the method up before
 * it evaluates the arguments, and evaluates the default even when the key is present: arguments
 * other than plain names and literals go into temps after the lookup, before the call, and `d` is
 * held in one so that evaluating them cannot change which object is asked.
 */
export function dictGet(ctx: FastPathContext, d: es.Expression, args: es.Expression[],
  method: (o: es.Expression) => es.Expression, loc: js.Loc): es.Expression {
  const isDict = (o: es.Expression): es.Expression => exactClass(o, ctx.helper('PyDict'));
  const call = (m: es.Expression, o: es.Expression, xs: es.Expression[]): es.Expression =>
    js.call(js.member(m, 'call'), [o, ...xs], loc);
  const lookup = (o: es.Expression, xs: es.Expression[]): es.Expression => {
    const v = js.id(ctx.temp());
    const found = js.binary('!==', js.assign(v, js.call(js.member(o, 'get'), [xs[0]!])), js.undef());
    return js.cond(found, v, xs.length > 1 ? xs[1]! : js.lit(null), loc);
  };
  if (args.every(isSimple)) {
    const ops = new Operands(ctx);
    const o = ops.once(d);
    return ops.wrap(js.cond(isDict(o), lookup(o, args), call(method(o), o, args), loc), loc);
  }
  const o = js.id(ctx.temp());
  const m = js.id(ctx.temp());
  const xs = args.map(() => js.id(ctx.temp()));
  return js.seq([
    js.assign(o, d),
    js.assign(m, js.cond(isDict(o), js.lit(null), method(o), loc)),
    ...args.map((a, i) => js.assign(xs[i]!, a)),
    js.cond(js.binary('===', m, js.lit(null)), lookup(o, xs), call(m, o, xs), loc),
  ], loc);
}
