// repr() and str() of any value, and the guard that keeps container reprs finite.
//
// Every builtin type puts `$__repr__` (and, when it differs, `$__str__`) on its JS prototype:
// Number.prototype, String.prototype, Array.prototype, PyDict.prototype... so `repr(x)` is one
// property call for everything but None, and user classes override it like any other method.
// Containers print their items through `repr` and guard against cycles with `reprEnter` /
// `reprLeave`, CPython's Py_ReprEnter / Py_ReprLeave: `l = [1]; l.append(l)` prints `[1, [...]]`.

import { strText } from './strvalue.js';
import { raise } from './exceptions.js';
import { formatNumber, formatStr } from './format.js';
import { builtinTypes, hooks, isClass, typeOf } from './object.js';
import { typeNameOf } from './slice.js';

interface Reprable {
  $__repr__?: () => unknown;
  $__str__?: () => unknown;
}

/** repr(x) */
export function repr(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  const m = (x as Reprable).$__repr__;
  if (typeof m !== 'function') return `<${typeNameOf(x)} object>`;
  const r = m.call(x);
  // A str subclass instance (a String wrapper) is a string too.
  return strText(r) ?? raise('TypeError', `__repr__ returned non-string (type ${typeNameOf(r)})`);
}

let objectStr: unknown = null;

/**
 * Whether `m` is object's `__str__`, which runs the type's `__repr__` without checking its result:
 * str() then reports a non-string as `__str__`'s.
 */
function isObjectStr(m: unknown): boolean {
  objectStr ??= (builtinTypes.get('object')?.prototype as Reprable | undefined)?.$__str__;
  return m === objectStr;
}

/** str(x) */
export function str(x: unknown): string {
  if (typeof x === 'string') return x;
  if (typeof x === 'number' && Number.isSafeInteger(x)) return '' + x;
  if (x === null || x === undefined) return 'None';
  const m = (x as Reprable).$__str__;
  if (typeof m !== 'function') return repr(x);
  let r: unknown;
  if (isObjectStr(m)) {
    const rm = (x as Reprable).$__repr__;
    if (typeof rm !== 'function') return repr(x);
    r = rm.call(x);
  } else {
    r = m.call(x);
  }
  return strText(r) ?? raise('TypeError', `__str__ returned non-string (type ${typeNameOf(r)})`);
}

/** The containers whose repr is in progress (Py_ReprEnter's per-thread list). */
const inProgress = new Set<object>();

/** True when `obj`'s repr is already being computed: print the placeholder (`[...]`) instead. */
export function reprEnter(obj: object): boolean {
  if (inProgress.has(obj)) return true;
  inProgress.add(obj);
  return false;
}

export function reprLeave(obj: object): void {
  inProgress.delete(obj);
}

/** Items joined by ', ' through repr, for container reprs. */
export function reprItems(items: ArrayLike<unknown>): string {
  const n = items.length;
  if (n === 0) return '';
  let s = repr(items[0]);
  for (let i = 1; i < n; i++) s += ', ' + repr(items[i]);
  return s;
}

/** format(value, spec): `type(value).__format__(value, spec)`; f-string fields come here. */
export function format(value: unknown, givenSpec: unknown = ''): string {
  // A str subclass spec reaches a __format__ method as it is; the fast paths below read its text.
  const spec = strText(givenSpec);
  if (spec === undefined) {
    return raise('TypeError', `format() argument 2 must be str, not ${typeNameOf(givenSpec)}`);
  }
  // A primitive str or number is formatted here, without looking up its `__format__` (builtin
  // types' methods cannot be replaced); subclass instances are objects and take the lookup.
  if (typeof value === 'string') return spec === '' ? value : formatStr(value, spec);
  if (typeof value === 'number') {
    if (spec !== '') return formatNumber(value, spec);
    if (Number.isInteger(value)) return String(value);
  }
  if (value === null || value === undefined) {
    if (spec !== '') raise('TypeError', 'unsupported format string passed to NoneType.__format__');
    return 'None';
  }
  const m = formatMethodOf(value);
  if (typeof m !== 'function') return str(value);
  const r = m.call(value, givenSpec);
  // As PyObject_Format: an instance of a str subclass is a str, and is the result as it is.
  if (strText(r) === undefined) {
    raise('TypeError', `__format__ must return a str, not ${typeNameOf(r)}`);
  }
  return r as string;
}

/** `type(value).__format__`: for a class that is its metaclass's method, not the unbound
 * `__format__` a builtin class such as int carries for its instances. */
function formatMethodOf(value: unknown): ((spec: unknown) => unknown) | undefined {
  const owner = isClass(value) ? typeOf(value).prototype : value;
  return (owner as { $__format__?: (spec: unknown) => unknown }).$__format__;
}

hooks.repr = repr;
hooks.str = str;
