// Putting Python methods on JS prototypes, and giving builtins written in TypeScript keyword
// arguments.
//
// Methods go on the prototype under their `$` names (docs/architecture.md), non-enumerable so that
// JS code walking an array or a string never sees them. A builtin that accepts keywords exposes
// `fn.$kw(pos, kw)` (kw: `[name, value]` pairs), which the call binder prefers over a plain call;
// `kwParams` builds it from the builtin's positional parameter names, the way Argument Clinic
// maps keywords onto a C function's parameters.

import { makeExc, raise, throwPy } from './exceptions.js';
import { builtinMethodLabel, isClass, META, METHOD, typeOf } from './object.js';

export type AnyFn = (this: any, ...args: any[]) => unknown;

/** The keyword entry point of a builtin: `this` is the receiver for methods. */
export type KwEntry = (this: unknown, pos: unknown[], kw: [string, unknown][] | null) => unknown;

export interface KwFn extends AnyFn {
  $kw?: KwEntry;
}

/** Define each `methods[name]` as a non-enumerable `proto['$' + name]`. */
export function installMethods(proto: object, methods: Record<string, AnyFn>): void {
  for (const name of Object.keys(methods)) {
    const fn = methods[name]!;
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    Object.defineProperty(proto, '$' + name, {
      value: fn,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}

/**
 * Give a builtin function stored under a Python name that name: its `__name__` and repr come from
 * the JS name, which the bundle minifies (and esbuild drops from unused function-expression names).
 */
export function nameAs<T>(value: T, name: string): T {
  if (typeof value === 'function' && !isClass(value) && value.name !== name) {
    Object.defineProperty(value, 'name', { value: name, configurable: true });
  }
  return value;
}

/** Define a non-enumerable data property. */
export function defineHidden(obj: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

/** Define getters (Python data descriptors such as `int.real`) under `$` names. */
export function installGetters(proto: object, getters: Record<string, (this: any) => unknown>): void {
  for (const name of Object.keys(getters)) {
    Object.defineProperty(proto, '$' + name, {
      get: getters[name],
      configurable: true,
      enumerable: false,
    });
  }
}

/**
 * Give `fn` keyword arguments: `params` names its positional parameters in order, the first
 * `posonly` of which cannot be passed by keyword. Keywords fill their slots and the function is
 * called positionally, with `undefined` for what was not given.
 */
export function kwParams<F extends AnyFn>(
  fn: F, fname: string, params: readonly string[], posonly = 0, countsKeywords = false, required = 0,
): F {
  // A classmethod's leading `cls` is no argument of the caller's.
  const lead = params[0] === 'cls' ? 1 : 0;
  (fn as KwFn).$kw = function (this: unknown, pos: unknown[], kw: [string, unknown][] | null): unknown {
    if (countsKeywords && kw !== null && kw.length > 0) {
      tooManyGiven(fname, params.length - lead, pos.length - lead + kw.length);
      if (pos.length < posonly && posonly > lead) {
        const least = posonly - lead;
        raise('TypeError', `${fname}() takes at least ${least} positional argument${least === 1 ? '' : 's'} (${pos.length - lead} given)`);
      }
      for (let i = pos.length; i < required; i++) {
        if (!kw.some(([k]) => k === params[i])) raise('TypeError', `${fname}() missing required argument '${params[i]}' (pos ${i + 1 - lead})`);
      }
    }
    if (kw === null || kw.length === 0 || pos.length > params.length) return fn.apply(this, pos);
    const args = pos.slice();
    if (kw.length && posonly === params.length) raise('TypeError', `${ownerQualified(this, fn, fname)}() takes no keyword arguments`);
    for (const [name, value] of kw) {
      const i = params.indexOf(name);
      if (i < posonly) invalidKeyword(fname, name);
      if (i < args.length && args[i] !== undefined) {
        raise('TypeError', `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
      }
      while (args.length < i) args.push(undefined);
      args[i] = value;
    }
    return fn.apply(this, args);
  };
  return fn;
}

/**
 * Methods whose arguments CPython parses as one list (positional and keyword alike) refuse too many
 * by their total before looking at any keyword's name.
 */
function tooManyGiven(fname: string, most: number, given: number): void {
  if (given > most) raise('TypeError', `${fname}() takes at most ${most} argument${most === 1 ? '' : 's'} (${given} given)`);
}

/** CPython 3.11's wording for a keyword a builtin does not take (3.12 says "unexpected"). */
export function invalidKeyword(fname: string, name: string): never {
  return raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
}

/**
 * `dict.get` for a method `fn` found on the receiver's type or a base of it (a dict subclass
 * still says `dict.get`); the bare name when there is no receiver or the method is not found.
 */
function ownerQualified(self: unknown, fn: AnyFn, fname: string): string {
  if (self === undefined || self === null) return fname;
  for (const cls of typeOf(self)[META].mro) {
    const proto = (cls as { prototype?: object }).prototype;
    if (proto !== undefined && Object.prototype.hasOwnProperty.call(proto, '$' + fname) && (proto as any)['$' + fname] === fn) {
      return builtinMethodLabel(cls[META].name, fname, false);
    }
  }
  return fname;
}

/** `fn` takes no keyword arguments; the binder reports it CPython's way. */
export function noKw<F extends AnyFn>(fn: F, fname: string): F {
  (fn as KwFn).$kw = function (this: unknown, pos: unknown[], kw: [string, unknown][] | null): unknown {
    if (kw !== null && kw.length) raise('TypeError', `${ownerQualified(this, fn, fname)}() takes no keyword arguments`);
    return fn.apply(this, pos);
  };
  return fn;
}

/** Read keyword `name` out of `kw` pairs, or `dflt`; unknown names raise CPython's TypeError. */
export function takeKwArgs(
  fname: string,
  kw: [string, unknown][] | null,
  allowed: readonly string[],
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (kw === null) return out;
  for (const [name, value] of kw) {
    if (!allowed.includes(name)) {
      invalidKeyword(fname, name);
    }
    out.set(name, value);
  }
  return out;
}

/** Raise StopIteration with no value (an exhausted iterator's `__next__`). */
export function stopIteration(): never {
  return throwPy(makeExc('StopIteration'));
}

/** Mark the `$` functions defined on a class prototype as builtin methods (they bind on access). */
export function markMethods(proto: object): void {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key.charCodeAt(0) !== 36) continue;
    const d = Object.getOwnPropertyDescriptor(proto, key)!;
    if (typeof d.value === 'function') {
      Object.defineProperty(d.value, METHOD, { value: true, configurable: true });
      // A method written as `$__next__() {...}` is named after its Python name.
      if (d.value.name === key) Object.defineProperty(d.value, 'name', { value: key.slice(1), configurable: true });
      Object.defineProperty(proto, key, { value: d.value, writable: true, configurable: true, enumerable: false });
    }
  }
}
