// Python functions: signature records, the keyword-argument binder, arity errors, bound methods and
// function attributes (docs/architecture.md, "Functions").
//
// A positional call is a direct JS call and never comes here. A call with keywords, `*seq` or
// `**map` goes through `callKw`, which binds the arguments against the callee's signature record
// (`fn.$sig`, attached by `def`) exactly like CPython's _PyEval_MakeFrame: positional parameters
// become JS arguments, keyword-only and `**kwargs` ones are parked in one slot that the callee's
// prologue empties with `takeKw()`. Builtins written in TypeScript bind their own keywords through
// `fn.$kw(pos, kw)` (with `this` the receiver); classes go through the type's call protocol.

import { strText } from './strvalue.js';
import { BUILTIN_TEXT_SIGNATURES } from './builtin_text_signatures.js';
import { slotTextSignatures } from './builtin_type_dicts.js';
import { raise } from './exceptions.js';
import { isTuple } from './tuple.js';
import {
  addressOf,
  BOUND,
  boundMethod,
  boundParts,
  builtinType,
  builtinTypes,
  builtinMethodLabel,
  builtinMethodOwner,
  CALLS_OBJECT,
  CLASSMETHOD,
  className,
  fullName,
  hooks,
  isClass,
  isInstance,
  idOf,
  META,
  METHOD,
  qualnameOf,
  setQualname,
  isSlotWrapper,
  Flags,
  UNBOUND_OWNER,
  BUILTIN_STATIC,
  DESCRIPTOR_TYPE,
  boundSlotOwner,
  NotImplemented,
  typeCall,
  typeOf,
  type ClassMeta,
  type KwPairs,
  type PyType,
} from './object.js';

/** The signature record of a compiled Python function. */
export interface Sig {
  name: string;
  qualname: string;
  module: string;
  /** Positional parameters: the positional-only ones first, then the regular ones. */
  params: string[];
  posonly: number;
  /** Default values of the last `defaults.length` params. */
  defaults: unknown[];
  /** The tuple (or None) last assigned to `__defaults__`: it reads back as that object. */
  assignedDefaults?: unknown;
  varargs: string | null;
  kwonly: string[];
  kwdefaults: Map<string, unknown>;
  /** The flat [name, value, ...] pairs compiled code reads keyword-only defaults from. */
  kwPairs?: unknown[];
  /** The dict (or None) last assigned to `__kwdefaults__`: it reads back as that object. */
  assignedKwdefaults?: unknown;
  varkw: string | null;
  flags: number;
  doc?: unknown;
  /** co_filename of a function compiled at run time (exec, eval); others take their module's file. */
  file?: string;
  /** A `__next__` that returns ITERATION_STOPPED when passed STOP_ASK (runtime/exceptions.ts). */
  stops?: boolean;
  /** An `__init__` that keeps `self` to itself: the `$` keys it stores on it (runtime/exceptions.ts). */
  keepsSelf?: string[];
  /** The annotations, evaluated when the def ran: [name, value, ...] in CPython's order (absent: none). */
  ann?: unknown[];
  /**
   * What `__code__` reports beyond the signature: "<co_firstlineno> <co_flags bits for nested and
   * generator functions> <other local names...>", then, after a `|`, the free variable names
   * (co_freevars, sorted) when there are any.
   */
  code?: string;
  /** The current values of the free variables, in co_freevars order (an unbound one undefined). */
  /** The free variables' values, or with an array, stores those values into them. */
  cells?: (values?: unknown[]) => unknown[];
  /**
   * The signature a bundled module presents for a generated function whose compiled parameters
   * are a generic `(*args, **kwargs)` that its body binds itself (namedtuple's `__new__`, a
   * dataclass's `__init__`): what __defaults__, __kwdefaults__, __annotations__ and __code__
   * report, while calls still bind the compiled parameters above.
   */
  shown?: Sig;
}

/** The `__module__` of a function of a native module (runtime/native_signatures.ts). */
export const NATIVE_MODULE: unique symbol = Symbol('nativeModule');

/**
 * On the argument-checking wrapper of a native module's function: the function it calls, so that
 * code recognising one of its own functions by identity (json's string encoders) still can.
 */
export const NATIVE_INNER: unique symbol = Symbol('nativeInner');

/** The docstring of a builtin function made from a Python one (builtinFromPython), or of a native one. */
export const NATIVE_DOC: unique symbol = Symbol('nativeDoc');

export interface PyFunction extends Function {
  $sig?: Sig;
  $kw?: (this: unknown, pos: unknown[], kw: KwPairs | null) => unknown;
  $canon?: Function;
}

/**
 * The keyword arguments parked for a callee: `[name, value, name, value, ...]` in call order; the
 * prologue's `kwOnly` blanks the name of each one it takes (what is left is `**kwargs`). A flat
 * array, not a Map: a keyword call made and emptied one Map per call, several times the cost of
 * the call itself.
 */
export type KwArgs = unknown[];

// ---------------------------------------------------------------------------------------------
// def and the keyword slot

/** Attach the signature record. */
const NO_NAMES: string[] = [];

/**
 * A generator or coroutine function's body (generator.ts, frameBody) is made right before its
 * `def` runs, so the def claims it: the frames the body makes then know their function, whose
 * code object gi_code / cr_code / ag_code show. Keyed by the body's prototype, which every frame
 * it makes inherits from.
 */
let bodyAwaitingDef: Function | null = null;
const defOfBody = new WeakMap<object, PyFunction>();

export function noteFrameBody(body: Function): void {
  bodyAwaitingDef = body;
}

/** The code object of the function whose body made `frame`, or undefined when unknown. */
export function codeOfFrame(frame: object): unknown {
  const fn = defOfBody.get(Object.getPrototypeOf(frame));
  return fn === undefined ? undefined : codeOf(fn);
}

export function def<F extends Function>(fn: F, sig: Sig): F {
  if (bodyAwaitingDef !== null) {
    defOfBody.set(bodyAwaitingDef.prototype, fn as unknown as PyFunction);
    bodyAwaitingDef = null;
  }
  // Generated code leaves out the fields that are at their defaults.
  sig.qualname ??= sig.name;
  sig.params ??= NO_NAMES;
  sig.posonly ??= 0;
  sig.defaults ??= [];
  sig.varargs ??= null;
  sig.kwonly ??= NO_NAMES;
  sig.kwdefaults ??= new Map();
  sig.varkw ??= null;
  sig.flags ??= 0;
  // Generated code can't name JS globals, so it writes keyword-only defaults as flat
  // [name, value, ...] pairs; they become the Map the binder reads.
  const kwd = sig.kwdefaults as unknown;
  if (Array.isArray(kwd)) {
    const m = new Map<string, unknown>();
    for (let i = 0; i < kwd.length; i += 2) m.set(kwd[i] as string, kwd[i + 1]);
    sig.kwdefaults = m;
    sig.kwPairs = kwd;
  }
  (fn as PyFunction).$sig = sig;
  // V8 names stack frames after the `name` property: tracebacks then show the Python name even
  // when the JS function had to be renamed.
  if (fn.name !== sig.name) Object.defineProperty(fn, 'name', { value: sig.name, configurable: true });
  return fn;
}

let parked: KwArgs | null = null;

/** The keyword-only and `**kwargs` arguments the binder parked for this call (null: none). */
export function takeKw(): KwArgs | null {
  const k = parked;
  parked = null;
  return k;
}

/**
 * Read keyword-only parameter `name` (`dflt` undefined: required). The binder has already checked
 * required ones; a plain positional call parks nothing, so a required one raises here, naming the
 * function when the caller passes it.
 */
export function kwOnly(kw: KwArgs | null, name: string, dflt: unknown, fn?: Function): unknown {
  if (kw !== null) {
    for (let i = 0; i < kw.length; i += 2) {
      if (kw[i] === name) {
        kw[i] = null;
        return kw[i + 1];
      }
    }
  }
  if (dflt === undefined) {
    const sig = fn ? (fn as PyFunction).$sig : undefined;
    if (sig) return missingKwOnly(sig, kw);
    return raise('TypeError', `missing 1 required keyword-only argument: '${name}'`);
  }
  return dflt;
}

/** Whether `name` is among the parked keywords not taken yet. */
function kwHas(kw: KwArgs | null, name: string): boolean {
  if (kw === null) return false;
  for (let i = 0; i < kw.length; i += 2) if (kw[i] === name) return true;
  return false;
}

function missingKwOnly(sig: Sig, kw: KwArgs | null): never {
  const missing = sig.kwonly.filter((k) => !kwHas(kw, k) && !sig.kwdefaults.has(k));
  return raise(
    'TypeError',
    `${sig.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`,
  );
}

/** The `**kwargs` dict: the keyword arguments no parameter took. */
export function kwRest(kw: KwArgs | null): unknown {
  const pairs: [unknown, unknown][] = [];
  if (kw !== null) for (let i = 0; i < kw.length; i += 2) if (kw[i] !== null) pairs.push([kw[i], kw[i + 1]]);
  return hooks.dict(pairs);
}

/** `*args` as a tuple. */
export function varargs(rest: unknown[]): unknown {
  return hooks.tuple(rest);
}

// ---------------------------------------------------------------------------------------------
// Arity errors

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (format_missing in Python/ceval.c). */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function pl(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tooMany(sig: Sig, given: number, kwonlyGiven: number): never {
  const n = sig.params.length;
  const min = n - sig.defaults.length;
  const takes = min === n ? pl(n, 'positional argument') : `from ${min} to ${n} positional arguments`;
  let gave: string;
  if (kwonlyGiven > 0) {
    gave = `${pl(given, 'positional argument')} (and ${pl(kwonlyGiven, 'keyword-only argument')}) were given`;
  } else {
    gave = `${given} ${given === 1 ? 'was' : 'were'} given`;
  }
  return raise('TypeError', `${sig.qualname}() takes ${takes} but ${gave}`);
}

function missingPositional(sig: Sig, names: string[]): never {
  return raise(
    'TypeError',
    `${sig.qualname}() missing ${names.length} required positional argument${names.length === 1 ? '' : 's'}: ${nameList(names)}`,
  );
}

/**
 * The prologue found a missing or an extra positional argument. `args` are its parameters
 * followed by the sentinel, passed as separate arguments rather than an array literal: the
 * literal made every function's bytecode larger, and so less often inlined, for a call that only
 * runs on an error.
 *
 * A direct call with two or more surplus arguments is counted as one over: the prologue cannot
 * see past its sentinel. Reading `arguments.length` there would count them, but it makes every
 * call of unoptimised code allocate an arguments object (deep recursion ran 2.7x slower), and a
 * parameter per extra slot slowed plain calls by 3%.
 */
export function argError(fn: Function, ...args: unknown[]): never {
  const sig = (fn as PyFunction).$sig;
  if (sig === undefined) return raise('TypeError', `${fn.name}() argument error`);
  let given = args.length;
  while (given > 0 && args[given - 1] === undefined) given--;
  const n = sig.params.length;
  if (given > n && sig.varargs === null) return tooMany(sig, given, 0);
  const required = n - sig.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < required; i++) if (i >= args.length || args[i] === undefined) missing.push(sig.params[i]!);
  if (missing.length) return missingPositional(sig, missing);
  return tooMany(sig, given, 0);
}

// ---------------------------------------------------------------------------------------------
// The binder

/** The object a `callable()` wrapper calls (an instance whose class has __call__). */
const CALL_OF = Symbol('callOf');

/**
 * Python's description of a callable in argument errors (_PyObject_FunctionStr): `module.qualname()`
 * (no module for builtins), or str(obj) for an object without __qualname__. `self` is the receiver
 * of a method call, which names the type of a builtin method (`list.append()`).
 */
export function funcStr(fn: unknown, self?: unknown): string {
  if (typeof fn !== 'function') return hooks.str(fn);
  const f = fn as PyFunction;
  const of = (f as any)[CALL_OF];
  if (of !== undefined) return hooks.str(of);
  const b = boundParts(f);
  if (b !== undefined) return funcStr(b[1], b[2] ? b[0] : undefined);
  if (f.$canon !== undefined) return funcStr(f.$canon);
  const sig = f.$sig;
  if (sig) return sig.module === 'builtins' ? `${sig.qualname}()` : `${sig.module}.${sig.qualname}()`;
  if (isClass(fn)) return `${fullName(fn)}()`;
  if (self !== undefined && self !== null) return `${isClass(self) ? fullName(self) : className(self)}.${fn.name}()`;
  return `${fn.name}()`;
}

function checkDuplicates(fn: unknown, kw: KwPairs): void {
  for (let i = 1; i < kw.length; i++) {
    const k = kw[i]![0];
    for (let j = 0; j < i; j++) {
      if (kw[j]![0] === k) raise('TypeError', `${funcStr(fn)} got multiple values for keyword argument '${k}'`);
    }
  }
}

/** Call `fn` (with `this` = thisArg for this-style methods) with positional and keyword arguments. */
export function callKw(fn: unknown, thisArg: unknown, pos: unknown[], kw: KwPairs | null): unknown {
  if (kw !== null && kw.length > 1) checkDuplicates(fn, kw);
  return callBound(fn, thisArg, pos, kw);
}

/** `viaMethodObject`: `fn` is called through a bound method object (`m = s.find; m(...)`). */
function callBound(fn: unknown, thisArg: unknown, pos: unknown[], kw: KwPairs | null, viaMethodObject = false): unknown {
  if (typeof fn === 'function') {
    const f = fn as PyFunction;
    if (f.$sig !== undefined) return bindPython(f, pos, kw);
    if (f.$canon !== undefined) return callBound(f.$canon, null, [thisArg, ...pos], kw);
    const b = (f as any)[BOUND] as [unknown, Function, boolean] | undefined;
    if (b !== undefined) {
      return b[2] ? callBound(b[1], b[0], pos, kw, true) : callBound(b[1], null, [b[0], ...pos], kw);
    }
    if (Object.prototype.hasOwnProperty.call(f, META)) return typeCall(f as PyType, pos, kw);
    if (f.$kw !== undefined) return f.$kw.call(thisArg, pos, kw);
    if (kw !== null && kw.length > 0) {
      return raise('TypeError', `${noKwName(f, thisArg, viaMethodObject)} takes no keyword arguments`);
    }
    return f.apply(thisArg, pos);
  }
  const call = fn === null || fn === undefined ? undefined : (typeOf(fn).prototype as any).$__call__;
  if (typeof call === 'function') return callBound(call, fn, pos, kw);
  return raise('TypeError', `'${className(fn)}' object is not callable`);
}

/**
 * How CPython names a builtin callable that refused keywords: `str.replace()` for a method of a
 * core builtin type called on an exact instance. Other receivers (modules, subclasses) keep the
 * bare `name()`, since naming their defining type needs a lookup the error does not deserve.
 */
function noKwName(f: Function, self: unknown, viaMethodObject: boolean): string {
  if (!f.name) return 'function()';
  if (self === undefined || self === null) return `${f.name}()`;
  const m = typeOf(self)[META];
  return m.module === 'builtins' && m.name !== 'module' ? `${builtinMethodLabel(m.qualname, f.name, viaMethodObject)}()` : `${f.name}()`;
}

/** Bind against a compiled function's signature and call it. */
function bindPython(fn: PyFunction, pos: unknown[], kw: KwPairs | null): unknown {
  const sig = fn.$sig!;
  const params = sig.params;
  const n = params.length;
  const args: unknown[] = pos.length <= n ? pos.slice() : pos.slice(0, n);
  let extra: unknown[] | null = null;
  // Too many positional arguments is reported after the keywords' own errors, as CPython does.
  const surplus = pos.length > n && sig.varargs === null;
  if (pos.length > n && !surplus) extra = pos.slice(n);
  const takesKw = sig.kwonly.length > 0 || sig.varkw !== null;
  let rest: KwArgs | null = takesKw ? [] : null;
  if (kw !== null) {
    let posonlyAsKw: string[] | null = null;
    for (let i = 0; i < kw.length; i++) {
      const [name, value] = kw[i]!;
      const idx = params.indexOf(name);
      if (idx >= sig.posonly) {
        if (args[idx] !== undefined) {
          return raise('TypeError', `${sig.qualname}() got multiple values for argument '${name}'`);
        }
        while (args.length < idx) args.push(undefined);
        args[idx] = value;
      } else if (sig.varkw !== null || sig.kwonly.includes(name)) {
        rest!.push(name, value);
      } else if (idx >= 0) {
        (posonlyAsKw ??= []).push(name);
      } else {
        return raise('TypeError', `${sig.qualname}() got an unexpected keyword argument '${name}'`);
      }
    }
    if (posonlyAsKw !== null) {
      return raise(
        'TypeError',
        `${sig.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`,
      );
    }
  }
  if (surplus) {
    let kwonlyGiven = 0;
    if (kw) for (const [k] of kw) if (sig.kwonly.includes(k)) kwonlyGiven++;
    return tooMany(sig, pos.length, kwonlyGiven);
  }
  const required = n - sig.defaults.length;
  let missing: string[] | null = null;
  for (let i = 0; i < required; i++) if (args[i] === undefined) (missing ??= []).push(params[i]!);
  if (missing !== null) return missingPositional(sig, missing);
  if (takesKw) {
    for (const k of sig.kwonly) {
      if (!kwHas(rest, k) && !sig.kwdefaults.has(k)) return missingKwOnly(sig, rest);
    }
  }
  if (extra !== null) {
    for (const x of extra) args.push(x);
  } else {
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  }
  parked = rest;
  rest = null;
  return fn.apply(null, args);
}

// ---------------------------------------------------------------------------------------------
// Call sites with keywords

/** A JS argument the plan leaves to the callee's default. */
const GAP = -1;
/** A JS argument that is the bound method's own self. */
const SELF = -2;

/**
 * A call site `f(a, b=1)` whose keywords are names and whose arguments have no `*` or `**`, with
 * the binding it last made: a plain keyword call to the same function binds the same way every
 * time, so the binder runs once per callee and later calls only place the values (an inline cache,
 * as CPython 3.11 specialises CALL on the callee it last saw).
 */
export interface KwSite {
  readonly npos: number;
  readonly names: readonly string[];
  /** The callee the plan was made for (undefined: none yet, or the last callee had none). */
  fn: unknown;
  /** What the plan calls, with `this` = the site's receiver when `thisStyle`, else null. */
  target: Function | null;
  thisStyle: boolean;
  /** A bound method's self, for the SELF argument. */
  self: unknown;
  /** Where each JS argument comes from: an index into the values, GAP or SELF; null: the values as they are. */
  order: number[] | null;
  /** The callee takes keyword-only or `**kwargs` parameters: the values parked for them (null: none). */
  takesKw: boolean;
  parks: number[] | null;
  /** For a class: its record, and `target` is the `__init__` adapter the plan was made for. */
  meta: ClassMeta | null;
  /**
   * For a builtin that takes keywords through its own handler (`print(x, end='')`): that
   * handler, called as the binder would call it, with the positional values and the pairs.
   */
  handler: Function | null;
}

/** The site record of `f(<npos positional>, name=..., ...)`, made once per site (hoisted). */
export function kwSite(npos: number, names: string[]): KwSite {
  return { npos, names, fn: undefined, target: null, thisStyle: false, self: undefined, order: null, takesKw: false, parks: null, meta: null, handler: null };
}

/** `fn(...vals)` at a keyword site: the first `npos` values are positional, the rest the site's keywords in order. */
export function callAt(site: KwSite, fn: unknown, thisArg: unknown, vals: unknown[]): unknown {
  if (fn !== site.fn && !planSite(site, fn)) return callKw(fn, thisArg, vals.slice(0, site.npos), sitePairs(site, vals));
  // A site's names are distinct (a repeated keyword is a SyntaxError), so callKw's check for
  // duplicates has nothing to find.
  if (site.handler !== null) {
    const pos = vals.slice(0, site.npos);
    const pairs = sitePairs(site, vals);
    return (fn as PyFunction).$kw === site.handler ? site.handler.call(thisArg, pos, pairs) : callKw(fn, thisArg, pos, pairs);
  }
  if (site.meta !== null) return constructAt(site, fn as PyType, vals);
  const self = site.thisStyle ? thisArg : null;
  const order = site.order;
  if (site.takesKw) parked = site.parks === null ? null : parkedValues(site, vals);
  if (order === null) return site.target!.apply(self, vals);
  return callInOrder(site, self, order, vals);
}

/** JS argument `o` of a plan (an index into the values, GAP or SELF). */
function planArg(site: KwSite, o: number, vals: unknown[]): unknown {
  return o >= 0 ? vals[o] : o === SELF ? site.self : undefined;
}

/**
 * The planned call with its JS arguments passed one by one: no arguments array for up to four,
 * so that where callAt is inlined the values array need not exist at all.
 */
function callInOrder(site: KwSite, self: unknown, order: number[], vals: unknown[]): unknown {
  const target = site.target!;
  switch (order.length) {
    case 0:
      return target.call(self);
    case 1:
      return target.call(self, planArg(site, order[0]!, vals));
    case 2:
      return target.call(self, planArg(site, order[0]!, vals), planArg(site, order[1]!, vals));
    case 3:
      return target.call(self, planArg(site, order[0]!, vals), planArg(site, order[1]!, vals), planArg(site, order[2]!, vals));
    case 4:
      return target.call(self, planArg(site, order[0]!, vals), planArg(site, order[1]!, vals), planArg(site, order[2]!, vals), planArg(site, order[3]!, vals));
  }
  const args: unknown[] = [];
  for (let i = 0; i < order.length; i++) args.push(planArg(site, order[i]!, vals));
  return target.apply(self, args);
}

/** The JS arguments of the planned call (and the keyword slot filled for it). */
function siteArgs(site: KwSite, vals: unknown[]): unknown[] {
  const order = site.order;
  let args = vals;
  if (order !== null) {
    args = [];
    for (let i = 0; i < order.length; i++) {
      const o = order[i]!;
      args.push(o >= 0 ? vals[o] : o === SELF ? site.self : undefined);
    }
  }
  if (site.takesKw) parked = site.parks === null ? null : parkedValues(site, vals);
  return args;
}

/**
 * `cls(a, b=1)` for a class that constructs the plain way (`meta.fast`: `__init__` on a new
 * instance), with the plan made for the `__init__` it had: the class function's own path, keywords
 * included. A class changed since (a metaclass, `__new__`, another `__init__`) takes type_call.
 */
function constructAt(site: KwSite, cls: PyType, vals: unknown[]): unknown {
  const meta = site.meta!;
  if (!meta.fast) return callKw(cls, null, vals.slice(0, site.npos), sitePairs(site, vals));
  const o = new meta.Inst();
  const init = o.$__init__;
  const r = init === site.target ? init.apply(o, siteArgs(site, vals)) : callKw(init, o, vals.slice(0, site.npos), sitePairs(site, vals));
  if (r !== null && r !== undefined) raise('TypeError', `__init__() should return None, not '${className(r)}'`);
  return o;
}

function sitePairs(site: KwSite, vals: unknown[]): KwPairs {
  const out: KwPairs = [];
  for (let j = 0; j < site.names.length; j++) out.push([site.names[j]!, vals[site.npos + j]]);
  return out;
}

function parkedValues(site: KwSite, vals: unknown[]): KwArgs {
  const parks = site.parks!;
  const npos = site.npos;
  if (parks.length === 1) return [site.names[parks[0]! - npos], vals[parks[0]!]];
  const kw: KwArgs = new Array(2 * parks.length);
  for (let i = 0; i < parks.length; i++) {
    const j = parks[i]!;
    kw[2 * i] = site.names[j - npos];
    kw[2 * i + 1] = vals[j];
  }
  return kw;
}

/**
 * Make the site's plan for `fn`: a compiled function, a class's method adapter (`obj.m(x=1)`) or a
 * bound method of a compiled function, called the way bindPython would bind it. False (and no
 * plan) for other callees and for calls the binder would refuse, which take the binder, errors
 * included.
 */
function planSite(site: KwSite, fn: unknown): boolean {
  site.fn = undefined;
  if (typeof fn !== 'function') return false;
  const f = fn as PyFunction;
  let sig = f.$sig;
  let lead = 0;
  let target: Function = f;
  let thisStyle = false;
  let self: unknown = undefined;
  let meta: ClassMeta | null = null;
  if (sig === undefined) {
    const canon = f.$canon as PyFunction | undefined;
    const b = (f as any)[BOUND] as [unknown, PyFunction, boolean] | undefined;
    if (Object.prototype.hasOwnProperty.call(f, META)) {
      meta = (f as unknown as PyType)[META];
      const init = (f as unknown as PyType).prototype.$__init__ as PyFunction;
      sig = meta.fast && typeof init === 'function' ? (init.$canon as PyFunction | undefined)?.$sig : undefined;
      if (sig === undefined) return false;
      lead = 1;
      thisStyle = true;
      target = init;
    } else if (canon !== undefined && canon.$sig !== undefined) {
      sig = canon.$sig;
      lead = 1;
      thisStyle = true;
    } else if (b !== undefined && !b[2] && b[1].$sig !== undefined) {
      sig = b[1].$sig;
      lead = 1;
      target = b[1];
      self = b[0];
    } else if (canon === undefined && b === undefined && typeof f.$kw === 'function') {
      // What callBound does with such a callee, decided once: its handler takes the keywords.
      site.fn = fn;
      site.handler = f.$kw;
      site.meta = null;
      return true;
    } else {
      return false;
    }
  }
  const params = sig.params;
  const n = params.length;
  const filled = lead + site.npos;
  if (filled > n) return false;
  // source[i]: where parameter i's value comes from.
  const source: number[] = [];
  for (let i = 0; i < n; i++) source.push(i < lead ? SELF : i < filled ? i - lead : GAP);
  let parks: number[] | null = null;
  for (let j = 0; j < site.names.length; j++) {
    const name = site.names[j]!;
    const idx = params.indexOf(name);
    if (idx >= sig.posonly) {
      if (source[idx] !== GAP) return false;
      source[idx] = site.npos + j;
    } else if (sig.varkw !== null || sig.kwonly.includes(name)) {
      (parks ??= []).push(site.npos + j);
    } else {
      return false;
    }
  }
  const required = n - sig.defaults.length;
  for (let i = 0; i < required; i++) if (source[i] === GAP) return false;
  for (const k of sig.kwonly) {
    if (!sig.kwdefaults.has(k) && !(parks !== null && parks.some((j) => site.names[j - site.npos] === k))) return false;
  }
  let width = n;
  while (width > 0 && source[width - 1] === GAP) width--;
  // An adapter passes its receiver as self itself.
  const order = thisStyle ? source.slice(1, width) : source.slice(0, width);
  let identity = order.length === site.npos + site.names.length;
  for (let i = 0; identity && i < order.length; i++) identity = order[i] === i;
  site.fn = fn;
  site.target = target;
  site.thisStyle = thisStyle;
  site.self = self;
  site.order = identity ? null : order;
  site.takesKw = sig.kwonly.length > 0 || sig.varkw !== null;
  site.parks = parks;
  site.meta = meta;
  site.handler = null;
  return true;
}

/** The `[name, value]` pairs of a `**mapping` argument. */
export function kwItems(mapping: unknown, fn?: unknown, self?: unknown): KwPairs {
  const dictProto = builtinTypes.get('dict')?.prototype;
  if (dictProto !== undefined && dictProto.isPrototypeOf(mapping) && (mapping as any).$__iter__ === dictProto.$__iter__) {
    return dictItems(mapping as { m: Map<unknown, unknown> });
  }
  const out: KwPairs = [];
  const keys = mapping === null || mapping === undefined ? undefined : (mapping as any).$keys;
  if (typeof keys !== 'function' || typeof (mapping as any).$__getitem__ !== 'function') {
    const who = fn === undefined ? '' : `${funcStr(fn, self)} `;
    return raise('TypeError', `${who}argument after ** must be a mapping, not ${className(mapping)}`);
  }
  for (const k of hooks.toArray(keys.call(mapping))) {
    const name = strText(k) ?? raise('TypeError', 'keywords must be strings');
    out.push([name, (mapping as any).$__getitem__(k)]);
  }
  return out;
}

/**
 * kwItems for a dict whose class keeps dict's __iter__: like CPython's dict_merge, its entries are
 * read directly (str keys are the Map's own keys), without keys() or __getitem__, even overridden.
 */
function dictItems(d: { m: Map<unknown, unknown> }): KwPairs {
  const out: KwPairs = [];
  for (const [k, v] of d.m) {
    // A str subclass key that brings its own __eq__ stays an object in the map.
    out.push([strText(k) ?? raise('TypeError', 'keywords must be strings'), v]);
  }
  return out;
}

/**
 * A JS function that calls `f` the way Python calls it: `f` itself when it is a JS function (a
 * def, a class, a bound method, a builtin), a wrapper reaching `type(f).__call__` otherwise. Every
 * runtime path that calls a user-supplied callable (map, filter, key=, iter(f, sentinel), ...)
 * goes through it, and so does generated code for a call whose callee may not be a function. A
 * non-callable `f` gives a function that raises CPython's TypeError when called, not before: the
 * arguments are evaluated first, and `sorted([], key=5)` is fine.
 */
export function callable(f: unknown): Function {
  if (typeof f === 'function') return f;
  const call = f === null || f === undefined ? undefined : (typeOf(f).prototype as any).$__call__;
  if (typeof call === 'function') {
    const w = function (...args: unknown[]) {
      return (typeOf(f).prototype as any).$__call__.apply(f, args);
    };
    (w as PyFunction).$kw = (pos, kw) => callBound((typeOf(f).prototype as any).$__call__, f, pos, kw);
    (w as any)[CALL_OF] = f;
    return w;
  }
  return function notCallable(): never {
    return raise('TypeError', `'${className(f)}' object is not callable`);
  };
}

/** callable(x) the builtin: a bool. */
export function isCallable(x: unknown): boolean {
  if (typeof x === 'function') return true;
  if (x === null || x === undefined) return false;
  return typeof (typeOf(x).prototype as any).$__call__ === 'function';
}

// ---------------------------------------------------------------------------------------------
// Methods

const adapters = new WeakMap<Function, Function>();

/** The this-style adapter for a canonical method (`obj.$m(a)` calls `m(obj, a)`). */
export function bind(fn: Function): Function {
  let a = adapters.get(fn);
  if (a === undefined) {
    const f = fn;
    a = function (this: unknown, ...args: unknown[]) {
      return f(this, ...args);
    };
    (a as PyFunction).$canon = fn;
    adapters.set(fn, a);
  }
  return a;
}

/** A bound method of `self` for a value found on its class (canonical, adapter or builtin). */
export function bindMethod(self: unknown, fn: Function): Function {
  const f = fn as PyFunction;
  if (f.$canon !== undefined) return boundMethod(self, f.$canon, false);
  if ((f as any)[CLASSMETHOD] !== undefined) {
    return boundMethod(isClass(self) ? self : typeOf(self), (f as any)[CLASSMETHOD], false);
  }
  if ((f as any)[METHOD] === true) return boundMethod(self, fn, true);
  return boundMethod(self, fn, false);
}

// ---------------------------------------------------------------------------------------------
// Function attributes and reprs

/** The qualified name of any JS function standing for a Python one. */
export function funcQualname(fn: Function): string {
  fn = (fn as any).$dunderOf ?? fn;
  const sig = (fn as PyFunction).$sig;
  if (sig) return sig.qualname;
  const canon = (fn as PyFunction).$canon;
  if (canon) return funcQualname(canon);
  const owner = (fn as any)[UNBOUND_OWNER] !== undefined ? unboundOwnerName(fn) : undefined;
  if (owner !== undefined) return `${owner}.${(fn as any).$unboundOf.name}`;
  const builtin = qualnameOf((fn as any).$unboundOf ?? fn);
  if (builtin !== undefined) return builtin;
  return fn.name || '<anonymous>';
}

/** `f.name` for the function attributes Python defines (undefined: not one of them). */
export function functionAttr(fn: Function, name: string): unknown {
  const original = fn;
  const wrapped: Function | undefined = (fn as any).$dunderOf;
  fn = wrapped ?? fn;
  if (name === '__name__' || name === '__qualname__' || name === '__module__' || name === '__doc__') {
    // A bound method answers for its function; a builtin one is named after its object's type.
    const b = boundParts(fn);
    // A builtin method bound to an object (or to a class, by a classmethod) is named after that
    // object's type (or that class).
    if (b !== undefined && name === '__qualname__' && (b[2] || isBuiltinFunction(b[1]))) {
      const selfType = isClass(b[0]) ? b[0] : typeOf(b[0]);
      return `${isClass(b[0]) ? selfType[META].qualname : boundOwnerName(selfType, b[1].name)}.${b[1].name}`;
    }
    if (b !== undefined) fn = b[1];
    fn = (fn as PyFunction).$canon ?? fn;
  }
  const sig = (fn as PyFunction).$sig;
  switch (name) {
    case '__name__':
      return sig ? sig.name : fn.name;
    case '__qualname__':
      return funcQualname(fn);
    case '__module__':
      if (sig) return sig.module;
      // Method descriptors and method-wrappers have no __module__.
      if (wrapped === undefined && lacksModule(original)) return undefined;
      return (fn as any)[NATIVE_MODULE] === undefined ? 'builtins' : (fn as any)[NATIVE_MODULE];
    case '__doc__':
      return sig ? sig.doc ?? null : (fn as any)[NATIVE_DOC] ?? null;
    case '__defaults__': {
      if (!sig) return undefined;
      const s = sig.shown ?? sig;
      if (s.assignedDefaults !== undefined) return s.assignedDefaults;
      return s.defaults.length ? hooks.tuple(s.defaults) : null;
    }
    case '__kwdefaults__': {
      if (!sig) return undefined;
      const s = sig.shown ?? sig;
      if (s.assignedKwdefaults !== undefined) return s.assignedKwdefaults;
      return s.kwdefaults.size ? hooks.dict([...s.kwdefaults]) : null;
    }
    case '__dict__':
      // Builtin functions have none; a bound method reads its function's.
      return pyFunctionOf(fn) === null ? undefined : hooks.dict(ownAttrs(fn));
    case '__annotations__':
      return pyFunctionOf(fn) === null ? undefined : annotationsOf(pyFunctionOf(fn)!);
    case '__wrapped__':
      return undefined;
    case '__text_signature__': {
      const slotText = slotTextSignature(fn);
      if (slotText !== undefined) return slotText;
      // A bound builtin method documents its function's parameters (the receiver stays listed).
      const bound = boundParts(fn);
      const target = bound?.[1] ?? fn;
      if (TEXT_SIGNATURE in target) return (target as any)[TEXT_SIGNATURE];
      // A native module's function may be the argument-count wrapper around the one documented.
      const inner = (target as any)[NATIVE_INNER];
      if (inner !== undefined && TEXT_SIGNATURE in inner) return inner[TEXT_SIGNATURE];
      // A method the runtime shares between types (float's conjugate is int's) is also looked up
      // under the type it was read from.
      const receiverType = bound !== undefined && bound[2] ? (isClass(bound[0]) ? bound[0] : typeOf(bound[0])) : undefined;
      const found = documentedBuiltinSignature(target);
      if (found !== null || receiverType === undefined) return found;
      return BUILTIN_TEXT_SIGNATURES.get(`${receiverType[META].qualname}.${target.name}`) ?? null;
    }
    case '__globals__':
      return sig ? hooks.globalsOf(sig.module) : undefined;
    case '__builtins__': {
      if (!sig) return undefined;
      // The builtins module loads when a module's __builtins__ is first read: then its namespace is there.
      const home = (hooks.moduleNamed(sig.module) ?? hooks.moduleNamed('__main__')) as { $__builtins__?: unknown } | undefined;
      void home?.$__builtins__;
      return hooks.globalsOf('builtins');
    }
    case '__closure__': {
      const f = pyFunctionOf(fn);
      return f === null ? undefined : closureOf(f);
    }
    case '__code__': {
      const f = pyFunctionOf(fn);
      return f === null ? undefined : codeOf(f);
    }
    case '__get__':
      // A builtin type's method read from the class binds as its descriptor type does.
      if ((fn as any)[DESCRIPTOR_TYPE] !== undefined) return (...args: unknown[]) => typeOf(fn).prototype.$__get__.apply(fn, args);
      // Builtin functions are no descriptors: only functions written in Python bind.
      if (pyFunctionOf(fn) === null) return undefined;
      return function __get__(obj: unknown, type?: unknown) {
        void type;
        return obj === null || obj === undefined ? fn : boundMethod(obj, fn, false);
      };
    case '__call__':
      return fn;
    case '__objclass__':
      return objclassOf(fn);
    case '__self__': {
      const b = boundParts(fn);
      if (b) return b[0];
      // A builtin type's method read from the type is bound to nothing: it has no __self__.
      return sig || (fn as any)[DESCRIPTOR_TYPE] !== undefined ? undefined : null;
    }
    case '__func__': {
      const b = boundParts(fn);
      return b ? (b[1] as any)[CALLS_OBJECT] ?? b[1] : undefined;
    }
  }
  // `Cls.__len__` is a wrapper of the function (dunderOnClass): it answers for the function's own
  // attributes, such as the __isabstractmethod__ that abc.abstractmethod sets.
  const key = '$' + name;
  if (wrapped !== undefined && !INTERNAL.has(key) && Object.prototype.hasOwnProperty.call(wrapped, key)) return (wrapped as any)[key];
  return undefined;
}

/**
 * A builtin function (builtin_function_or_method) that runs the compiled Python function `fn`:
 * for the bundled modules whose CPython counterparts are written in C (operator.add,
 * functools.reduce, bisect.insort), so that they print, type and behave as builtins do. Having
 * no signature record it has no __code__, __defaults__ or __dict__, and is no descriptor: stored
 * on a class, it is not bound to instances. Calls reach `fn` unchanged; keyword arguments too,
 * unless `keywords` is not true (a function that parses positional arguments only): the refusal
 * then names the function, or, with a string, calls it that (`_operator.add`, as argument
 * clinic's messages do).
 */
export function builtinFromPython(
  fn: unknown,
  module: string | null,
  keywords: boolean | string = true,
  textSignature: boolean | string = true,
): Function {
  const py = fn as PyFunction;
  if (typeof fn !== 'function' || py.$sig === undefined) {
    return raise('TypeError', `expected a function defined in Python, not ${className(fn)}`);
  }
  const sig = py.$sig;
  const native = function (this: unknown) {
    // `this` is whatever object the builtin was read from: builtins ignore it.
    return py.apply(null, arguments as unknown as unknown[]);
  };
  Object.defineProperty(native, 'name', { value: sig.name, configurable: true });
  (native as PyFunction).$kw = (pos, kw) => {
    // Most C functions parse positional arguments only.
    if (keywords !== true && kw !== null && kw.length > 0) {
      raise('TypeError', `${keywords === false ? sig.name : keywords}() takes no keyword arguments`);
    }
    return callKw(py, null, pos, kw);
  };
  (native as any)[NATIVE_MODULE] = module;
  (native as any)[NATIVE_DOC] = sig.doc ?? null;
  if (sig.qualname !== sig.name) setQualname(native, sig.qualname);
  (native as any)[TEXT_SIGNATURE] =
    typeof textSignature === 'string' ? textSignature : textSignature ? textSignatureOf(sig, keywords !== true) : null;
  return native;
}

/**
 * The text signature CPython documents for one of the runtime's builtin functions (`len`) or
 * methods of a core type (`str.split`), found by qualified name; null for the other builtins, as
 * they document none, and undefined for functions written in Python.
 */
function documentedBuiltinSignature(fn: Function): string | null | undefined {
  if ((fn as PyFunction).$sig !== undefined || (fn as PyFunction).$canon !== undefined) return undefined;
  const qualname = funcQualname(fn);
  const isMethod = qualname.includes('.');
  // A plain name is one of the builtins only when the function belongs to no native module.
  if (!isMethod && (fn as any)[NATIVE_MODULE] !== undefined) return null;
  const found = BUILTIN_TEXT_SIGNATURES.get(qualname);
  // bool inherits int's methods, whichever of the two the runtime named them after.
  if (found === undefined && qualname.startsWith('bool.')) return BUILTIN_TEXT_SIGNATURES.get('int' + qualname.slice(4)) ?? null;
  return found ?? null;
}

/** On builtins: their `__text_signature__` (null: none documented). */
const TEXT_SIGNATURE: unique symbol = Symbol('textSignature');

/** Documents a native function's parameters as CPython's `__text_signature__` spells them. */
export function setTextSignature(fn: Function, text: string): void {
  (fn as any)[TEXT_SIGNATURE] = text;
}

/**
 * A Python function's signature in the form C builtins document it (`($module, a, b=0, /)`),
 * every positional parameter positional-only when the builtin refuses keywords. `$module` is
 * the positional-only first argument C functions receive, so a `/` always follows some name.
 */
function textSignatureOf(sig: Sig, keywordsRefused: boolean): string {
  const posonly = keywordsRefused ? sig.params.length : sig.posonly;
  const firstDefault = sig.params.length - sig.defaults.length;
  const withDefault = (name: string, value: unknown): string => (value === undefined ? name : `${name}=${hooks.repr(value)}`);
  const parts = ['$module'];
  if (posonly === 0) parts.push('/');
  sig.params.forEach((name, i) => {
    parts.push(withDefault(name, i >= firstDefault ? sig.defaults[i - firstDefault] : undefined));
    if (i + 1 === posonly) parts.push('/');
  });
  if (sig.varargs !== null) parts.push(`*${sig.varargs}`);
  else if (sig.kwonly.length > 0) parts.push('*');
  for (const name of sig.kwonly) parts.push(withDefault(name, sig.kwdefaults.get(name)));
  if (sig.varkw !== null) parts.push(`**${sig.varkw}`);
  return `(${parts.join(', ')})`;
}

/** The attributes functionAttr answers for a function defined in Python, for dir(). */
const PY_FUNCTION_ATTRS = [
  '__annotations__', '__builtins__', '__call__', '__closure__', '__code__', '__defaults__', '__get__',
  '__globals__', '__kwdefaults__', '__module__', '__name__', '__qualname__',
];
/** Those of a builtin function (a builtin method bound to its object is one too). */
const BUILTIN_FUNCTION_ATTRS = ['__call__', '__module__', '__name__', '__qualname__', '__self__'];
/** Those of a method: the rest of its function's attributes are read through, unlisted. */
const METHOD_ATTRS = ['__call__', '__func__', '__self__'];

/**
 * The attributes of `fn` that functionAttr answers rather than its type's prototype, as dir()
 * lists them: which ones depends on the kind of function, as in CPython's three types.
 */
export function functionAttrNames(fn: Function): string[] {
  const b = boundParts(fn);
  const python = pyFunctionOf((fn as any).$dunderOf ?? fn) !== null;
  const names = b !== undefined && !b[2] ? METHOD_ATTRS : python ? PY_FUNCTION_ATTRS : BUILTIN_FUNCTION_ATTRS;
  return names.filter((n) => functionAttr(fn, n) !== undefined);
}

/** Setting one of the special function attributes; false if `name` is not special. */
export function setFunctionAttr(fn: Function, name: string, value: unknown): boolean {
  const sig = (fn as PyFunction).$sig;
  if (!sig) return false;
  switch (name) {
    case '__name__':
      sig.name = strText(value) ?? raise('TypeError', '__name__ must be set to a string object');
      return true;
    case '__qualname__':
      sig.qualname = strText(value) ?? raise('TypeError', '__qualname__ must be set to a string object');
      return true;
    case '__module__':
      sig.module = value as string;
      return true;
    case '__doc__':
      sig.doc = value;
      return true;
    case '__defaults__': {
      if (value !== null && !isTuple(value)) raise('TypeError', '__defaults__ must be set to a tuple object');
      const items = value === null ? [] : hooks.toArray(value);
      if (sig.shown !== undefined) {
        // The body applies the defaults itself (reading them back, if it honours a change).
        sig.shown.assignedDefaults = value;
        sig.shown.defaults = items;
        return true;
      }
      // Compiled defaults read the same array, so replace its contents in place. The compiled
      // parameter list fixes which parameters have defaults, so only as many can be given.
      if (items.length !== sig.defaults.length) {
        raise('NotImplementedError',
          `${sig.name}() was compiled with ${sig.defaults.length} default value(s): its __defaults__ can be replaced by ` +
          `a tuple of the same length, not ${items.length}`);
      }
      sig.assignedDefaults = value;
      sig.defaults.length = 0;
      sig.defaults.push(...items);
      return true;
    }
    case '__kwdefaults__':
      if (value !== null && !isExactDict(value)) raise('TypeError', '__kwdefaults__ must be set to a dict object');
      if (sig.shown !== undefined) {
        sig.shown.assignedKwdefaults = value;
        return true;
      }
      replaceKwdefaults(sig, value);
      return true;
    case '__annotations__':
      // None, like `del f.__annotations__`, leaves a fresh empty dict for the next read.
      if (value !== null && !isExactDict(value)) raise('TypeError', '__annotations__ must be set to a dict object');
      annotationDicts.set(fn, value === null ? undefined : value);
      return true;
  }
  return false;
}

/** What a bundled module presents as the signature of a generated function (Sig.shown). */
export interface PresentedSignature {
  params: string[];
  posonly: number;
  defaults: unknown[];
  varargs: string | null;
  kwonly: string[];
  kwdefaults: Map<string, unknown>;
  varkw: string | null;
  /** [name, value, ...] in the order `__annotations__` lists them (absent: keep the function's own). */
  ann?: unknown[];
  /** The tuple `__defaults__` reads back as (an empty one stays a tuple, not None). */
  defaultsTuple?: unknown;
}

/**
 * Presents `shown` as the signature of the compiled Python function `fn` (Sig.shown). Its code
 * object reports the presented parameters only: the generic body's own locals and free
 * variables are not those of the function it stands for.
 */
export function presentSignature(fn: Function, shown: PresentedSignature): void {
  const sig = (fn as PyFunction).$sig ?? raise('TypeError', 'present_signature() needs a function defined in Python');
  const facts = codeFacts(sig);
  sig.shown = {
    ...sig,
    ...shown,
    ann: shown.ann ?? sig.ann,
    assignedDefaults: shown.defaultsTuple,
    assignedKwdefaults: undefined,
    kwPairs: undefined,
    code: `${facts.line} ${facts.flags}`,
    shown: undefined,
  };
  // The next reads of __code__ and __annotations__ describe the presented signature.
  codes.delete(fn);
  if (shown.ann !== undefined) annotationDicts.delete(fn);
}

/**
 * `f.__kwdefaults__ = value`: compiled code reads its keyword-only defaults from `sig.kwPairs`, so
 * new values for the same names are written there; which names have defaults is fixed.
 */
function replaceKwdefaults(sig: Sig, value: unknown): void {
  const entries = value === null ? [] : (hooks.toArray((value as any).$items()) as unknown[][]);
  const pairs = sig.kwPairs ?? [];
  const sameNames = entries.length === sig.kwdefaults.size && entries.every(([k]) => typeof k === 'string' && sig.kwdefaults.has(k));
  if (!sameNames) {
    const names = [...sig.kwdefaults.keys()].join(', ') || 'none';
    raise('NotImplementedError',
      `${sig.name}() was compiled with keyword-only defaults for ${names}: its __kwdefaults__ can give new values ` +
      'for those names only');
  }
  for (const [k, v] of entries) {
    sig.kwdefaults.set(k as string, v);
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === k) pairs[i + 1] = v;
  }
  sig.assignedKwdefaults = value;
}

/** `del f.name` of a special function attribute; false if `name` is not one `del` applies to. */
export function delFunctionAttr(fn: Function, name: string): boolean {
  if (!(fn as PyFunction).$sig) return false;
  if (name === '__annotations__') {
    annotationDicts.delete(fn);
    return true;
  }
  return false;
}

/**
 * Whose method a builtin method bound to an instance of `selfType` is named after: the instance's
 * type, except that a slot wrapper (`True.__add__`, a method-wrapper) keeps the name of the
 * builtin type that defines the slot.
 */
function boundOwnerName(selfType: PyType, name: string): string {
  const builtin = selfType[META].mro.find((t) => (t[META].flags & Flags.Builtin) !== 0) ?? selfType;
  const builtinName = builtin[META].name;
  if (!isSlotWrapper(name, builtinName)) return selfType[META].qualname;
  return builtinName === 'bool' && !BOOL_OWN_METHODS.has(name) ? 'int' : builtinName;
}

/** A function written in TypeScript, not compiled from Python nor standing for such a function. */
function isBuiltinFunction(fn: Function): boolean {
  const f = fn as any;
  return f.$sig === undefined && f.$canon === undefined && f.$dunderOf === undefined && f[BOUND] === undefined &&
    f[CALLS_OBJECT] === undefined;
}

/** The compiled Python function behind `fn` (a bound method's, an adapter's), or null for builtins. */
function pyFunctionOf(fn: Function): PyFunction | null {
  const b = boundParts(fn);
  if (b !== undefined) fn = b[1];
  fn = (fn as PyFunction).$canon ?? fn;
  return (fn as PyFunction).$sig !== undefined ? (fn as PyFunction) : null;
}

function isExactDict(v: unknown): boolean {
  return typeof v === 'object' && v !== null && isInstance(v, builtinTypes.get('dict')!);
}

/** Each function's `__annotations__` dict, made from `sig.ann` at the first read. */
const annotationDicts = new WeakMap<Function, unknown>();

function annotationsOf(fn: PyFunction): unknown {
  let d = annotationDicts.get(fn);
  if (d === undefined) {
    const ann = (fn.$sig!.shown ?? fn.$sig!).ann;
    const pairs: [unknown, unknown][] = [];
    if (ann !== undefined) for (let i = 0; i < ann.length; i += 2) pairs.push([ann[i], ann[i + 1]]);
    d = hooks.dict(pairs);
    annotationDicts.set(fn, d);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------
// __closure__ and __code__

/** A closure cell: the live value of free variable `index` of `fn`. */
class PyCell {
  constructor(readonly fn: PyFunction, readonly index: number) {}

  contents(): unknown {
    return this.fn.$sig!.cells!()[this.index];
  }

  /** Store `v` in the variable (undefined empties the cell). */
  setContents(v: unknown): void {
    const cells = this.fn.$sig!.cells!;
    const values = cells();
    values[this.index] = v;
    cells(values);
  }
}

const cellType = builtinType({
  name: 'cell',
  proto: PyCell.prototype,
  final: true,
  methods: {
    __repr__(this: PyCell) {
      const v = this.contents();
      const what = v === undefined ? 'empty' : `${className(v)} object at ${addressOf(v)}`;
      return `<cell at ${addressOf(this)}: ${what}>`;
    },
  },
  getters: {
    cell_contents: (c: PyCell) => {
      const v = c.contents();
      return v === undefined ? raise('ValueError', 'Cell is empty') : v;
    },
  },
  setters: {
    cell_contents: (c: PyCell, v: unknown) => c.setContents(v),
  },
});
void cellType;

const closures = new WeakMap<Function, unknown>();

/** `f.__closure__`: None without free variables, else one tuple of cells (the same at each read). */
function closureOf(fn: PyFunction): unknown {
  const sig = fn.$sig!;
  if (sig.cells === undefined) return null;
  let t = closures.get(fn);
  if (t === undefined) {
    const n = codeFacts(sig).free.length;
    const cells: PyCell[] = [];
    for (let i = 0; i < n; i++) cells.push(new PyCell(fn, i));
    t = hooks.tuple(cells);
    closures.set(fn, t);
  }
  return t;
}

interface CodeFacts {
  line: number;
  flags: number;
  locals: string[];
  free: string[];
  /** Variables inner scopes share (co_cellvars), sorted. */
  cells: string[];
}

function codeFacts(sig: Sig): CodeFacts {
  const parts = (sig.code ?? '0 0').split('|');
  const head = parts[0]!.split(' ');
  const names = (text: string | undefined): string[] => (text ? text.split(' ') : []);
  return {
    line: Number(head[0]),
    flags: Number(head[1]),
    locals: head.slice(2),
    free: names(parts[1]),
    cells: names(parts[2]),
  };
}

/** CPython's co_flags bits that follow from the signature. */
const enum CoFlags {
  Optimized = 1, NewLocals = 2, VarArgs = 4, VarKeywords = 8,
}

/** A function's code object: what CPython's reports, fixed when it is first read. */
class PyCode {
  readonly name: string;
  readonly qualname: string;
  readonly argcount: number;
  readonly posonly: number;
  readonly kwonly: number;
  readonly varnames: string[];
  readonly freevars: string[];
  readonly cellvars: string[];
  readonly filename: string;
  readonly firstlineno: number;
  readonly flags: number;

  constructor(fn: PyFunction) {
    const sig = fn.$sig!.shown ?? fn.$sig!;
    const facts = codeFacts(sig);
    this.name = sig.name;
    this.qualname = sig.qualname;
    this.argcount = sig.params.length;
    this.posonly = sig.posonly;
    this.kwonly = sig.kwonly.length;
    const params = [...sig.params, ...sig.kwonly];
    if (sig.varargs !== null) params.push(sig.varargs);
    if (sig.varkw !== null) params.push(sig.varkw);
    this.varnames = [...params, ...facts.locals];
    this.freevars = facts.free;
    this.cellvars = facts.cells;
    const mod = hooks.moduleNamed(sig.module) as { $__file__?: unknown } | undefined;
    this.filename = sig.file ?? (typeof mod?.$__file__ === 'string' ? mod.$__file__ : '<unknown>');
    this.firstlineno = facts.line;
    let flags = CoFlags.Optimized | CoFlags.NewLocals | facts.flags;
    if (sig.varargs !== null) flags |= CoFlags.VarArgs;
    if (sig.varkw !== null) flags |= CoFlags.VarKeywords;
    this.flags = flags;
  }
}

builtinType({
  name: 'code',
  proto: PyCode.prototype,
  final: true,
  methods: {
    __repr__(this: PyCode) {
      return `<code object ${this.name} at ${addressOf(this)}, file "${this.filename}", line ${this.firstlineno}>`;
    },
  },
  getters: {
    co_name: (c: PyCode) => c.name,
    co_qualname: (c: PyCode) => c.qualname,
    co_argcount: (c: PyCode) => c.argcount,
    co_posonlyargcount: (c: PyCode) => c.posonly,
    co_kwonlyargcount: (c: PyCode) => c.kwonly,
    co_nlocals: (c: PyCode) => c.varnames.length,
    co_varnames: (c: PyCode) => hooks.tuple(c.varnames),
    co_freevars: (c: PyCode) => hooks.tuple(c.freevars),
    co_cellvars: (c: PyCode) => hooks.tuple(c.cellvars),
    co_filename: (c: PyCode) => c.filename,
    co_firstlineno: (c: PyCode) => c.firstlineno,
    co_flags: (c: PyCode) => c.flags,
  },
});

const codes = new WeakMap<Function, PyCode>();

function codeOf(fn: PyFunction): PyCode {
  let c = codes.get(fn);
  if (c === undefined) codes.set(fn, (c = new PyCode(fn)));
  return c;
}

/** Internal `$` properties of functions that are not Python attributes. */
const INTERNAL = new Set(['$sig', '$kw', '$canon', '$$annotations', '$unboundOf']);

/** [name, value] pairs of an object's own Python attributes. */
function ownAttrs(o: object): [unknown, unknown][] {
  const out: [unknown, unknown][] = [];
  for (const k of Object.keys(o)) {
    if (k.charCodeAt(0) === 36 && !INTERNAL.has(k)) out.push([k.slice(1), (o as any)[k]]);
  }
  return out;
}

/** The methods CPython's bool defines itself; it inherits the rest of its methods from int. */
const BOOL_OWN_METHODS: ReadonlySet<string> = new Set(['__repr__', '__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__']);

/**
 * The type a builtin method read from a class is shown as belonging to (undefined: not such a
 * method). Named after the type it was read from, not the first type that shared the function
 * (set and frozenset, int and bool, bytes and bytearray share theirs).
 */
function unboundOwnerName(fn: Function): string | undefined {
  const unboundOf = (fn as any).$unboundOf;
  if (unboundOf === undefined) return undefined;
  const ownerType: PyType | undefined = (fn as any)[UNBOUND_OWNER];
  const qualname: string | undefined = qualnameOf(unboundOf);
  if (ownerType === undefined && qualname === undefined) return undefined;
  let owner = ownerType !== undefined ? ownerType[META].qualname : qualname!.slice(0, qualname!.lastIndexOf('.'));
  // bool keeps copies of int's methods (it is held as a JS boolean) but defines only these.
  if (owner === 'bool' && ownerType?.[META].module === 'builtins' && !BOOL_OWN_METHODS.has(unboundOf.name)) owner = 'int';
  // int and float show themselves through repr: their str() is object's.
  if ((owner === 'int' || owner === 'float') && unboundOf.name === '__str__' && ownerType?.[META].module === 'builtins') owner = 'object';
  return owner;
}

/**
 * `__objclass__` of a builtin method read from its type (the type it is shown to belong to) or
 * of a method-wrapper (the type whose slot it fills); undefined for other functions.
 */
function objclassOf(fn: Function): unknown {
  if ((fn as any)[DESCRIPTOR_TYPE] !== undefined) {
    const owner: PyType = (fn as any)[UNBOUND_OWNER];
    const shown = unboundOwnerName(fn);
    return shown !== undefined && shown !== owner[META].qualname ? builtinTypes.get(shown) ?? owner : owner;
  }
  const b = boundParts(fn);
  if (b === undefined || !(b[2] || isBuiltinFunction(b[1]))) return undefined;
  const slotOwner = boundSlotOwner(b[0], b[1]);
  return slotOwner === null ? undefined : builtinTypes.get(boundOwnerName(typeOf(b[0]), b[1].name)) ?? typeOf(b[0]);
}

/** Builtin methods read from their type, and method-wrappers: CPython gives them no `__module__`. */
function lacksModule(fn: Function): boolean {
  if ((fn as any)[DESCRIPTOR_TYPE] !== undefined) return true;
  const b = boundParts(fn);
  return b !== undefined && (b[2] || isBuiltinFunction(b[1])) && boundSlotOwner(b[0], b[1]) !== null;
}

/**
 * The text signature of a slot wrapper, a method-wrapper or a builtin type's `__new__` (the same
 * for every type), or undefined for other functions.
 */
function slotTextSignature(fn: Function): string | null | undefined {
  if ((fn as any)[DESCRIPTOR_TYPE] !== undefined) {
    return typeOf(fn)[META].name === 'wrapper_descriptor' ? slotTextSignatures().get(fn.name) ?? null : undefined;
  }
  const b = boundParts(fn);
  if (b !== undefined) return (b[2] || isBuiltinFunction(b[1])) && boundSlotOwner(b[0], b[1]) !== null ? slotTextSignatures().get(b[1].name) ?? null : undefined;
  return fn.name === '__new__' && isBuiltinFunction(fn) ? slotTextSignatures().get('__new__') : undefined;
}

function functionRepr(this: Function): string {
  const b = boundParts(this);
  if (b) return boundRepr(b[0], b[1], b[2]);
  if ((this as PyFunction).$sig || (this as PyFunction).$canon || (this as any).$dunderOf) {
    return `<function ${funcQualname(this)} at ${addressOf(this)}>`;
  }
  const unboundOf = (this as any).$unboundOf;
  const owner = unboundOwnerName(this);
  if (owner !== undefined) {
    const kind = isSlotWrapper(unboundOf.name, owner) ? 'slot wrapper' : 'method';
    return `<${kind} '${unboundOf.name}' of '${owner}' objects>`;
  }
  // A builtin type's constructor (and its other static methods) show bound to `type`.
  if (this.name === '__new__' || (this as any)[BUILTIN_STATIC] === true) return `<built-in method ${this.name} of type object at ${addressOf(typeOf(Object))}>`;
  return `<built-in function ${this.name}>`;
}

function boundRepr(self: unknown, func: Function, thisStyle: boolean): string {
  if (thisStyle || (!(func as PyFunction).$sig && !(func as PyFunction).$canon)) {
    // Types sharing one JS representation (int and float) may not own the function read; their
    // instance's type then decides.
    const owner = builtinMethodOwner(func, typeOf(self));
    if (isSlotWrapper(func.name, owner !== null ? owner[META].name : className(self))) {
      return `<method-wrapper '${func.name}' of ${className(self)} object at ${addressOf(self)}>`;
    }
    return `<built-in method ${func.name} of ${className(self)} object at ${addressOf(self)}>`;
  }
  return `<bound method ${funcQualname(func)} of ${hooks.repr(self)}>`;
}

const FP = Function.prototype as any;
for (const [name, fn] of [
  ['$__repr__', functionRepr],
  [
    '$__eq__',
    function (this: Function, other: unknown) {
      if (this === other) return true;
      const a = boundParts(this);
      const b = boundParts(other);
      if (a && b) return a[0] === b[0] && a[1] === b[1];
      return NotImplemented;
    },
  ],
  [
    '$__hash__',
    function (this: Function) {
      return Math.floor(idOf(this) / 16);
    },
  ],
] as const) {
  Object.defineProperty(FP, name, { value: fn, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(fn, 'name', { value: name.slice(1), configurable: true });
  (fn as any)[METHOD] = true;
}

hooks.callKw = callKw;

// `f.__doc__` must not find object's docstring: functions answer from their signature record.
Object.defineProperty(FP, '$__doc__', {
  get(this: Function) {
    return functionAttr(this, '__doc__');
  },
  set(this: Function, v: unknown) {
    if (!setFunctionAttr(this, '__doc__', v)) {
      Object.defineProperty(this, '$__doc__', { value: v, writable: true, configurable: true, enumerable: true });
    }
  },
  configurable: true,
  enumerable: false,
});

// Generated code calls `obj.m(...)` as `(obj.$m ?? noattr(obj, 'm')).call(obj, ...)`. When the
// attribute holds a callable object rather than a function (a functools.partial, an instance with
// __call__, stored on the instance or its class), `.call` is this one: the object is called as
// Python calls an attribute that is not a method, without `obj`; anything else raises CPython's
// "'int' object is not callable". Functions keep Function.prototype.call.
Object.defineProperty(Object.prototype, 'call', {
  value: function call(this: unknown, _receiver: unknown, ...args: unknown[]): unknown {
    return callKw(this, null, args, null);
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
