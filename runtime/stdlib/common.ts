// Shared helpers of the native standard-library modules: defining a module's attributes, and
// the argument conversions CPython's C modules apply (PyFloat_AsDouble, the `str` and `int`
// argument-clinic converters), with CPython's TypeError messages.

import { raise } from '../exceptions.js';
import { PyFloat } from '../float.js';
import { intToFloat } from '../int.js';
import { typeNameOf } from '../slice.js';

/** Define each `attrs[name]` as the module attribute `mod.$name` (a plain, writable property). */
export function defineAll(mod: Record<string, unknown>, attrs: Record<string, unknown>): void {
  for (const name of Object.keys(attrs)) {
    const value = attrs[name];
    if (typeof value === 'function' && !(value as { $sig?: unknown }).$sig && name !== '__getattr__') {
      try {
        Object.defineProperty(value, 'name', { value: name, configurable: true });
      } catch {
        // classes keep their own name
      }
    }
    Object.defineProperty(mod, '$' + name, { value, writable: true, configurable: true, enumerable: true });
  }
}

/** Define a live module attribute (read through `get`). */
export function defineAccessor(mod: Record<string, unknown>, name: string, get: () => unknown, set?: (v: unknown) => void): void {
  Object.defineProperty(mod, '$' + name, {
    get,
    set: set ?? ((v: unknown) => Object.defineProperty(mod, '$' + name, { value: v, writable: true, configurable: true, enumerable: true })),
    configurable: true,
    enumerable: true,
  });
}

/** PyFloat_AsDouble: a float, an int, or an object with `__float__` / `__index__`. */
export function toDouble(x: unknown): number {
  if (typeof x === 'number') return x;
  if (x instanceof PyFloat) return x.v;
  if (typeof x === 'bigint') return intToFloat(x);
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (x !== null && typeof x === 'object') {
    const f = (x as { $__float__?: () => unknown }).$__float__;
    if (typeof f === 'function') {
      const r = f.call(x);
      if (typeof r === 'number' && !Number.isInteger(r)) return r;
      if (r instanceof PyFloat) return r.v;
      return raise('TypeError', `${typeNameOf(x)}.__float__ returned non-float (type ${typeNameOf(r)})`);
    }
    const i = (x as { $__index__?: () => unknown }).$__index__;
    if (typeof i === 'function') {
      const r = i.call(x);
      if (typeof r === 'number' || typeof r === 'bigint') return intToFloat(r);
      if (typeof r === 'boolean') return r ? 1 : 0;
      return raise('TypeError', `__index__ returned non-int (type ${typeNameOf(r)})`);
    }
  }
  return raise('TypeError', `must be real number, not ${typeNameOf(x)}`);
}

/** True for a Python float (a non-integral JS number or a PyFloat box). */
export function isFloat(x: unknown): boolean {
  return (typeof x === 'number' && !Number.isInteger(x)) || x instanceof PyFloat;
}

/** True for a Python int (not bool). */
export function isInt(x: unknown): x is number | bigint {
  return (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint';
}

/** The argument-clinic `str` converter: "f() argument N must be str, not int". */
export function argStr(x: unknown, fname: string, n: number | string): string {
  if (typeof x === 'string') return x;
  const which = typeof n === 'number' ? `argument ${n}` : `argument '${n}'`;
  return raise('TypeError', `${fname}() ${which} must be str, not ${typeNameOf(x)}`);
}
