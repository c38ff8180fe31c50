// Structural pattern matching (PEP 634): the three questions a compiled `case` asks the runtime.
// Each returns the sub-values the nested patterns will test, or null when the subject does not
// have the pattern's shape. Captures and value tests are compiled inline.

import { hooks, isInstance, META, typeOf, builtinTypes, type PyType } from './object.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { raise } from './exceptions.js';

/** The types besides list and tuple that are collections.abc.Sequence ([module, name]). */
const SEQUENCE_TYPES = ['builtins.range', 'builtins.memoryview', 'collections.deque', 'collections.abc.Sequence'];

/**
 * The subject's items when a sequence pattern applies (PEP 634: list, tuple and any
 * collections.abc.Sequence, but never str, bytes or bytearray), or null.
 */
function asSequence(x: unknown): ArrayLike<unknown> | null {
  if (Array.isArray(x) || x instanceof PyTuple) return x;
  if (typeof x !== 'object' || x === null) return null;
  for (const c of typeOf(x)[META].mro) {
    if (SEQUENCE_TYPES.includes(`${c[META].module}.${c[META].name}`)) return hooks.toArray(x);
  }
  return null;
}

/** `case [a, *rest, b]`: n patterns, the starred one at `star` (-1 if none). */
export function matchSeq(subj: unknown, n: number, star: number): unknown[] | null {
  const subject = asSequence(subj);
  if (subject === null) return null;
  const len = subject.length;
  if (star < 0) {
    if (len !== n) return null;
    return Array.from(subject);
  }
  if (len < n - 1) return null;
  const after = n - star - 1;
  const out: unknown[] = [];
  for (let i = 0; i < star; i++) out.push(subject[i]);
  const middle: unknown[] = [];
  for (let i = star; i < len - after; i++) middle.push(subject[i]);
  out.push(middle);
  for (let i = len - after; i < len; i++) out.push(subject[i]);
  return out;
}

/** `case {"k": v, **rest}`: the values of `keys`, then the rest as a dict when asked. */
export function matchMap(subject: unknown, keys: unknown[], wantRest: boolean): unknown[] | null {
  if (!(subject instanceof PyDict)) return null;
  const out: unknown[] = [];
  for (const k of keys) {
    const v = subject.get(k);
    if (v === undefined) return null;
    out.push(v);
  }
  if (wantRest) {
    const rest = new PyDict();
    for (const [k, v] of subject.entries()) rest.set(k, v);
    for (const k of keys) rest.delete(k);
    out.push(rest);
  }
  return out;
}

/** Builtins that match their positional sub-pattern against the whole subject (PEP 634). */
const SELF_MATCHING = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

/** `case Point(x, y=0)`: the attribute values for the positional then keyword sub-patterns. */
export function matchClass(subject: unknown, cls: unknown, nPositional: number, kwdAttrs: string[]): unknown[] | null {
  if (typeof cls !== 'function') raise('TypeError', 'called match pattern must be a class');
  const type = cls as PyType;
  if (!isInstance(subject, type)) return null;
  const out: unknown[] = [];
  if (nPositional > 0) {
    const selfMatching = SELF_MATCHING.some((n) => builtinTypes.get(n) === type);
    const matchArgs = (type as unknown as Record<string, unknown>).$__match_args__;
    if (selfMatching && matchArgs === undefined) {
      if (nPositional > 1) raise('TypeError', `${typeName(type)}() accepts 1 positional sub-pattern (${nPositional} given)`);
      out.push(subject);
    } else {
      if (matchArgs === undefined) raise('TypeError', `${typeName(type)}() accepts 0 positional sub-patterns (${nPositional} given)`);
      const names = Array.from(matchArgs as ArrayLike<unknown>);
      if (nPositional > names.length) raise('TypeError', `${typeName(type)}() accepts ${names.length} positional sub-pattern${names.length === 1 ? '' : 's'} (${nPositional} given)`);
      for (let i = 0; i < nPositional; i++) {
        const v = attr(subject, names[i] as string);
        if (v === undefined) return null;
        out.push(v);
      }
    }
  }
  for (const name of kwdAttrs) {
    const v = attr(subject, name);
    if (v === undefined) return null;
    out.push(v);
  }
  return out;
}

function attr(obj: unknown, name: string): unknown {
  if (obj === null || obj === undefined) return undefined;
  const v = (obj as Record<string, unknown>)[`$${name}`];
  return v;
}

function typeName(cls: PyType): string {
  void typeOf;
  return (cls as unknown as { $__name__?: string }).$__name__ ?? cls.name;
}
