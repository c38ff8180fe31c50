// The argument counts of the functions of the native modules (math, os, time, ...), and the
// checks that refuse a wrong count with the TypeError CPython raises for that function.
//
// The TypeScript functions take their arguments as JS parameters and mostly trust the count, so
// `math.sqrt()` would convert a missing argument and complain about None. At its first import,
// each function of a module listed here is replaced by a wrapper that checks the number of
// positional arguments against the function's range, refuses keywords where CPython does, and
// calls through; the wrapper's `__module__` and `__name__` are CPython's (`posix` for os's C
// functions, `posixpath` for os.path's).
//
// CPython words a wrong count by how the function parses its arguments; each family below is one
// such way (the table gives a function's family, range and the names its messages use):
//   O  one object:           "math.sqrt() takes exactly one argument (0 given)"
//   N  no arguments:         "time.time() takes no arguments (1 given)"
//   P  positional-only:      "pow expected 2 arguments, got 3", "perm expected at most 2 arguments, got 3"
//   T  tuple parser:         "ctime() takes at most 1 argument (2 given)"
//   K  keyword parser:       "isclose() missing required argument 'a' (pos 1)",
//                            "stat() takes exactly 1 positional argument (2 given)"
//   R  a stated range:       "math.log requires 1 to 2 arguments"
//   Y  a Python function:    "join() missing 1 required positional argument: 'a'"
//
// The entries are generated from CPython by scripts/gen-native-signatures.py, into a
// `registerSignatures` call at the end of the file that registers each module. An entry reads
//   name family min max [@module] [#__name__] [=callee] [:params[|keyword-only]] [+total/posonly] [~] [!]
// where max `*` is no upper bound; `@` gives a `__module__` other than the module's usual one;
// `#` CPython's `__name__` when it is not the attribute's; `=` the text naming the function in
// messages when it is not the family's usual one; `:` the positional parameters, then the
// keyword-only ones (`**`: any keyword); `+` the count with the keyword-only parameters and the
// number of positional-only ones; `~` keywords taken where the family refuses them, or refused
// where it takes them; `!` the refusal of keywords names the function without its module.

import { raise } from './exceptions.js';
import { NATIVE_INNER, NATIVE_MODULE, type PyFunction } from './function.js';
import { META, type KwPairs } from './object.js';

type Family = 'O' | 'N' | 'P' | 'T' | 'K' | 'R' | 'Y';

interface NativeSignature {
  family: Family;
  /** CPython's `__name__`. */
  name: string;
  /** CPython's `__module__`. */
  module: string;
  min: number;
  /** Most positional arguments (Infinity: no limit). */
  max: number;
  /** Most arguments counting the keyword-only ones (family K). */
  total: number;
  posonly: number;
  params: readonly string[];
  /** Keyword-only parameters (family Y). */
  kwonly: readonly string[];
  /** How the messages name the function: `math.sqrt()`, `pow`, `isclose()`. */
  callee: string;
  keywords: boolean;
  /** The refusal of keywords names the function without its module (METH_VARARGS functions). */
  bareRefusal: boolean;
}

// Each module's entries live in the runtime file that registers the module, so that a program
// that never imports it carries neither (compiler/bundle.ts leaves such files out).
// Runtime module -> [the usual CPython __module__ of its functions, its entries].
const TABLE = new Map<string, [string, string]>();

/** Record the argument counts of native module `name`'s functions (a generated call). */
export function registerSignatures(name: string, usualModule: string, entries: string): void {
  TABLE.set(name, [usualModule, entries]);
}


const FAMILIES = 'ONPTKRY';

function usualCallee(family: Family, module: string, name: string): string {
  switch (family) {
    case 'O':
    case 'N':
      return `${module}.${name}()`;
    case 'R':
      return `${module}.${name}`;
    case 'P':
      return name;
    default:
      return `${name}()`;
  }
}

/** One entry of the table (see the header for its form). */
function parseEntry(entry: string, usualModule: string): [string, NativeSignature] {
  const [attr, fam, lo, hi, ...rest] = entry.split(' ') as [string, Family, string, string, ...string[]];
  if (!FAMILIES.includes(fam)) throw new Error(`bad native signature ${entry}`);
  const max = hi === '*' ? Infinity : Number(hi);
  let module = usualModule;
  let name = attr;
  let callee: string | null = null;
  let params: string[] = [];
  let kwonly: string[] = [];
  let bareRefusal = false;
  let total = max;
  let posonly = 0;
  let keywords = fam === 'K' || fam === 'Y';
  for (const part of rest) {
    const tag = part[0];
    const value = part.slice(1);
    if (tag === '@') module = value;
    else if (tag === '#') name = value;
    else if (tag === '=') callee = value;
    else if (tag === ':') {
      const [positional, keywordOnly] = value.split('|') as [string, string | undefined];
      params = positional === '' ? [] : positional.split(',');
      if (keywordOnly !== undefined) kwonly = keywordOnly.split(',');
    } else if (tag === '!') bareRefusal = true;
    else if (tag === '+') [total, posonly] = value.split('/').map(Number) as [number, number];
    else if (tag === '~') keywords = !keywords;
  }
  const callsIt = callee ?? usualCallee(fam, module, name);
  return [attr, { family: fam, name, module, min: Number(lo), max, total, posonly, params, kwonly, callee: callsIt, keywords, bareRefusal }];
}

// ---------------------------------------------------------------------------------------------
// The messages

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (how Python functions list missing arguments). */
function nameList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(' and ');
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** The message for `given` positional arguments outside the range (and no keywords). */
function countMessage(s: NativeSignature, given: number): string {
  const { callee, min, max } = s;
  switch (s.family) {
    case 'O':
      return `${callee} takes exactly one argument (${given} given)`;
    case 'N':
      return `${callee} takes no arguments (${given} given)`;
    case 'P': {
      const bound = min === max ? '' : given < min ? 'at least ' : 'at most ';
      return `${callee} expected ${bound}${count(given < min ? min : max, 'argument')}, got ${given}`;
    }
    case 'T': {
      const how = min === max ? 'exactly' : given < min ? 'at least' : 'at most';
      return `${callee} takes ${how} ${count(given < min ? min : max, 'argument')} (${given} given)`;
    }
    case 'R':
      return `${callee} requires ${min} to ${max} arguments`;
    case 'K':
      return keywordParserMessage(s, given, 0) ?? `${callee} missing required argument '${s.params[given]}' (pos ${given + 1})`;
    case 'Y': {
      if (given < min) return missingMessage(s, s.params.slice(given, min));
      return tooManyMessage(s, given);
    }
  }
}

/** Family K's count errors other than a missing argument (null: none of them). */
function keywordParserMessage(s: NativeSignature, given: number, byName: number): string | null {
  const { callee, min, max, total } = s;
  const all = given + byName;
  if (all > total) return `${callee} takes at most ${total} ${given === 0 ? 'keyword ' : ''}argument${total === 1 ? '' : 's'} (${all} given)`;
  if (given > max) {
    if (max === 0) return `${callee} takes no positional arguments (${given} given)`;
    return `${callee} takes ${min < max ? 'at most' : 'exactly'} ${count(max, 'positional argument')} (${given} given)`;
  }
  const posonly = Math.min(s.posonly, min);
  if (given < posonly) {
    return `${callee} takes ${posonly < max ? 'at least' : 'exactly'} ${count(posonly, 'positional argument')} (${given} given)`;
  }
  return null;
}

function missingMessage(s: NativeSignature, names: readonly string[]): string {
  return `${s.callee} missing ${count(names.length, 'required positional argument')}: ${nameList(names)}`;
}

function tooManyMessage(s: NativeSignature, given: number): string {
  const takes = s.min === s.max ? count(s.max, 'positional argument') : `from ${s.min} to ${s.max} positional arguments`;
  return `${s.callee} takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`;
}

function countError(s: NativeSignature, given: number): never {
  return raise('TypeError', countMessage(s, given));
}

/**
 * The count and name checks of a call with keywords to a function that takes them; what they
 * leave (unknown keywords, a keyword repeating a positional argument) is the function's binder's.
 */
function checkKeywordCall(s: NativeSignature, pos: readonly unknown[], kw: KwPairs): void {
  const given = pos.length;
  const named = (p: string): boolean => kw.some(([k]) => k === p);
  if (s.family === 'Y') {
    // A Python function looks at the keywords first, then at the positional count.
    for (const [k] of kw) {
      const i = s.params.indexOf(k);
      if (i < 0 && !s.kwonly.includes(k) && !s.kwonly.includes('**')) raise('TypeError', `${s.callee} got an unexpected keyword argument '${k}'`);
      if (i >= 0 && i < given) raise('TypeError', `${s.callee} got multiple values for argument '${k}'`);
    }
    if (given > s.max) raise('TypeError', tooManyMessage(s, given));
    const missing = s.params.slice(given, s.min).filter((p) => !named(p));
    if (missing.length > 0) raise('TypeError', missingMessage(s, missing));
    return;
  }
  if (s.family === 'K') {
    const message = keywordParserMessage(s, given, kw.length);
    if (message !== null) raise('TypeError', message);
    for (let i = given; i < s.min; i++) {
      if (!named(s.params[i]!)) raise('TypeError', `${s.callee} missing required argument '${s.params[i]}' (pos ${i + 1})`);
    }
    for (const [k] of kw) {
      const i = s.params.indexOf(k);
      if (i >= 0 && i < given) raise('TypeError', `argument for ${s.callee} given by name ('${k}') and position (${i + 1})`);
    }
    return;
  }
  if (given < s.min || given > s.max) countError(s, given);
}

/** Keywords placed by parameter name, for a function that binds none itself. */
function bindByName(s: NativeSignature, pos: readonly unknown[], kw: KwPairs): unknown[] {
  const args = pos.slice();
  for (const [name, value] of kw) {
    const i = s.params.indexOf(name);
    if (i < 0) {
      raise('TypeError', s.family === 'Y'
        ? `${s.callee} got an unexpected keyword argument '${name}'`
        : `'${name}' is an invalid keyword argument for ${s.callee}`);
    }
    if (i < args.length && args[i] !== undefined) {
      raise('TypeError', s.family === 'Y'
        ? `${s.callee} got multiple values for argument '${name}'`
        : `argument for ${s.callee} given by name ('${name}') and position (${i + 1})`);
    }
    while (args.length < i) args.push(undefined);
    args[i] = value;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// The wrappers

/** How many arguments a wrapper of a function without an upper bound passes without `apply`. */
const VARIADIC_NAMED = 4;

/**
 * The positional path of a wrapper: `(fn, fail) => function (a0, .., a{n-1}, over)` that refuses
 * a count outside [min, max] and calls `fn` with the arguments given. Python never passes
 * `undefined`, so `a{min-1} === undefined` means too few and `over !== undefined` too many (or,
 * with no upper bound, more than the named parameters: those calls take the slower `apply`).
 * Each wrapper is compiled on its own (not one closure shared by all), so V8 keeps separate call
 * feedback for each and can inline `fn` into it.
 */
function positionalChecker(min: number, max: number, usesThis: boolean): (fn: Function, fail: (n: number) => never) => Function {
  const bounded = max !== Infinity;
  const named = bounded ? max : Math.max(min, VARIADIC_NAMED);
  const params = Array.from({ length: named }, (_, i) => `a${i}`);
  const tooFew = min > 0 ? `a${min - 1} === undefined` : 'false';
  const self = usesThis ? 'this' : 'undefined';
  // A plain call keeps its own feedback, so V8 inlines `fn` into the wrapper; `fn.call` does not.
  const call = (n: number): string =>
    usesThis ? `fn.call(${['this', ...params.slice(0, n)].join(', ')})` : `fn(${params.slice(0, n).join(', ')})`;
  // Forward exactly the arguments given: a function may look at its own `arguments.length`.
  let forward = call(named);
  for (let n = named - 1; n >= min; n--) forward = `a${n} === undefined ? ${call(n)} : ${forward}`;
  const over = bounded
    ? `if (${tooFew} || over !== undefined) return fail(arguments.length);`
    : `if (${tooFew}) return fail(arguments.length);\n  if (over !== undefined) return fn.apply(${self}, arguments);`;
  const body = `"use strict"; return function (${[...params, 'over'].join(', ')}) {\n  ${over}\n  return ${forward};\n};`;
  return new Function('fn', 'fail', body) as (fn: Function, fail: (n: number) => never) => Function;
}

/** `fn` behind a check of its argument count; keywords go through `$kw`. */
function checked(fn: PyFunction, s: NativeSignature): PyFunction {
  // Most of these functions ignore `this` (the module); passing it costs the inlining.
  const usesThis = /\bthis\b/.test(Function.prototype.toString.call(fn));
  const wrapper = positionalChecker(s.min, s.max, usesThis)(fn, (n: number) => countError(s, n)) as PyFunction;
  const inner = fn.$kw;
  wrapper.$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null): unknown {
    if (kw === null || kw.length === 0) return wrapper.apply(this, pos);
    if (!s.keywords) return raise('TypeError', `${s.bareRefusal ? '' : s.module + '.'}${s.name}() takes no keyword arguments`);
    checkKeywordCall(s, pos, kw);
    if (inner !== undefined) return inner.call(this, pos, kw);
    return fn.apply(this, bindByName(s, pos, kw));
  };
  Object.defineProperty(wrapper, 'name', { value: s.name, configurable: true });
  (wrapper as any)[NATIVE_MODULE] = s.module;
  (wrapper as any)[NATIVE_INNER] = fn;
  return wrapper;
}

/** True for a plain function written in TypeScript (not a class, nor one compiled from Python). */
function isNativeFunction(v: unknown): v is PyFunction {
  return typeof v === 'function' && !Object.prototype.hasOwnProperty.call(v, META) && (v as PyFunction).$sig === undefined;
}

/** Put the argument checks on the functions of the just-populated native module `name`. */
export function checkNativeArguments(name: string, mod: Record<string, unknown>): void {
  const row = TABLE.get(name);
  if (row === undefined) return;
  const [usualModule, entries] = row;
  for (const entry of entries.split(';')) {
    const [attr, s] = parseEntry(entry, usualModule);
    const key = '$' + attr;
    const d = Object.getOwnPropertyDescriptor(mod, key);
    if (d === undefined || !('value' in d) || !isNativeFunction(d.value)) continue;
    Object.defineProperty(mod, key, { ...d, value: checked(d.value, s) });
  }
}
