// Structural pattern matching (PEP 634): the three questions a compiled `case` asks the runtime.
// Each returns the sub-values the nested patterns will test, or null when the subject does not
// have the pattern's shape. Captures and value tests are compiled inline.

import { hooks, META, typeOf, builtinTypes, isClass, type PyType } from './object.js';
import { PyDict, updateFromMapping } from './dict.js';
import { len, isinstance } from './builtins.js';
import { noattr, getattrByName } from './classes.js';
import { PyTuple } from './tuple.js';
import { isExactArray } from './list.js';
import { getitem, unpack, unpackEx } from './ops.js';
import { raise } from './exceptions.js';

// Which subjects sequence and mapping patterns accept follows CPython's two type flags
// (Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING), at most one of which a type carries:
// - the builtin types stand for C types whose flag is fixed (registering them changes nothing);
// - any other class takes the flag of the ABC it was last registered with (ABC.register), else
//   the one its body declares through `__abc_tpflags__` (collections.abc.Sequence and Mapping),
//   else that of the first class along its MRO that has one.

const enum Shape { None = 0, Sequence = 1, Mapping = 2 }

/** Types with a fixed shape, [module.name]; str, bytes and bytearray are never sequences here. */
const FIXED_SHAPES = new Map<string, Shape>([
  ['builtins.list', Shape.Sequence], ['builtins.tuple', Shape.Sequence], ['builtins.range', Shape.Sequence],
  ['builtins.memoryview', Shape.Sequence], ['collections.deque', Shape.Sequence], ['array.array', Shape.Sequence],
  ['builtins.dict', Shape.Mapping], ['builtins.mappingproxy', Shape.Mapping],
  ['collections.OrderedDict', Shape.Mapping], ['collections.defaultdict', Shape.Mapping],
  ['builtins.str', Shape.None], ['builtins.bytes', Shape.None], ['builtins.bytearray', Shape.None],
]);

/**
 * Bundled collections classes that CPython builds on collections.abc; here they are plain classes
 * that collections.abc registers when it loads, so without it they need their shape given.
 */
const STDLIB_SHAPES = new Map<string, Shape>([
  ['collections.UserDict', Shape.Mapping], ['collections.ChainMap', Shape.Mapping],
  ['collections.UserList', Shape.Sequence], ['collections.UserString', Shape.Sequence],
]);

/** The flag values `__abc_tpflags__` uses. */
const ABC_TPFLAGS_SEQUENCE = 1 << 5;
const ABC_TPFLAGS_MAPPING = 1 << 6;

/** Shapes worked out so far; emptied whenever an ABC registers a class or collections.abc loads. */
let shapeCache = new WeakMap<PyType, Shape>();
let shapeCacheKey: unknown = undefined;

function fixedShape(t: PyType): Shape | undefined {
  const m = t[META];
  return FIXED_SHAPES.get(`${m.module}.${m.name}`);
}

/** A stamp that changes when registrations may have: the ABC invalidation counter and the ABCs. */
function registrationStamp(): unknown {
  const abcs = hooks.moduleNamed('collections.abc') as { $Mapping?: unknown } | undefined;
  if (abcs === undefined || abcs.$Mapping === undefined) return undefined;
  const abc = hooks.moduleNamed('abc') as { $ABCMeta?: { $_abc_invalidation_counter?: unknown } } | undefined;
  return abc?.$ABCMeta?.$_abc_invalidation_counter ?? 0;
}

/** The shaped ABCs, worked out once per stamp (only when a shape is not cached already). */
let abcList: [PyType, Shape][] | null = null;

/** The shape of type `t` (see above), memoised. */
function shapeOfType(t: PyType): Shape {
  const stamp = registrationStamp();
  if (stamp !== shapeCacheKey) {
    shapeCache = new WeakMap();
    shapeCacheKey = stamp;
    abcList = null;
  }
  const known = shapeCache.get(t);
  if (known !== undefined) return known;
  if (abcList === null) abcList = stamp !== undefined ? flaggedAbcs() : [];
  return cachedShape(t, abcList);
}

function cachedShape(t: PyType, abcs: [PyType, Shape][]): Shape {
  let shape = shapeCache.get(t);
  if (shape === undefined) {
    shape = computeShape(t, abcs);
    shapeCache.set(t, shape);
  }
  return shape;
}

function computeShape(t: PyType, abcs: [PyType, Shape][]): Shape {
  const fixed = fixedShape(t);
  if (fixed !== undefined) return fixed;
  const registered = registeredShape(t, abcs);
  if (registered !== Shape.None) return registered;
  const declared = declaredShape(t);
  if (declared !== Shape.None) return declared;
  const m = t[META];
  const stdlib = STDLIB_SHAPES.get(`${m.module}.${m.name}`);
  if (stdlib !== undefined) return stdlib;
  const mro = t[META].mro;
  for (let i = 1; i < mro.length; i++) {
    const inherited = cachedShape(mro[i]!, abcs);
    if (inherited !== Shape.None) return inherited;
  }
  return Shape.None;
}

/** The shape of an ABC from its body and bases alone (what registering with it confers). */
function abcShape(t: PyType, memo: Map<PyType, Shape>): Shape {
  let shape = memo.get(t);
  if (shape !== undefined) return shape;
  shape = fixedShape(t) ?? declaredShape(t);
  const mro = t[META].mro;
  for (let i = 1; i < mro.length && shape === Shape.None; i++) shape = abcShape(mro[i]!, memo);
  memo.set(t, shape);
  return shape;
}

/** The shape a class body declares with `__abc_tpflags__` (read from its own namespace only). */
function declaredShape(t: PyType): Shape {
  // Class attributes live on the prototype, along with copies of later bases' (`copied`).
  const ns = t.prototype as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(ns, '$__abc_tpflags__')) return Shape.None;
  if ((t[META].copied as Set<string> | undefined)?.has('$__abc_tpflags__')) return Shape.None;
  const flags = Number(ns.$__abc_tpflags__);
  if (flags & ABC_TPFLAGS_MAPPING) return Shape.Mapping;
  if (flags & ABC_TPFLAGS_SEQUENCE) return Shape.Sequence;
  return Shape.None;
}

/**
 * The ABCs that carry a shape: collections.abc.Sequence and Mapping and every class below them,
 * each with its own shape (registering with one of them gives the class that shape).
 */
function flaggedAbcs(): [PyType, Shape][] {
  const abcs = hooks.moduleNamed('collections.abc') as { $Sequence?: PyType; $Mapping?: PyType };
  const out: [PyType, Shape][] = [];
  const seen = new Set<PyType>();
  const memo = new Map<PyType, Shape>();
  const visit = (c: PyType): void => {
    if (seen.has(c)) return;
    seen.add(c);
    const shape = abcShape(c, memo);
    if (shape !== Shape.None) out.push([c, shape]);
    for (const ref of c[META].subclasses) {
      const sub = ref.deref();
      if (sub !== undefined) visit(sub);
    }
  };
  if (abcs.$Sequence !== undefined) visit(abcs.$Sequence);
  if (abcs.$Mapping !== undefined) visit(abcs.$Mapping);
  return out;
}

/**
 * The shape `t` took by being registered with a shaped ABC, or None. Registered with both kinds,
 * the later registration wins in CPython; the registries do not record their order, so the
 * mapping wins here.
 */
function registeredShape(t: PyType, abcs: [PyType, Shape][]): Shape {
  let found = Shape.None;
  for (const [abc, shape] of abcs) {
    const registry = (abc as unknown as { $_abc_impl?: { $registry?: unknown } }).$_abc_impl?.$registry;
    if (registry === undefined || registry === null || shape === found) continue;
    if (hooks.toArray(registry).includes(t)) found = found === Shape.None ? shape : Shape.Mapping;
  }
  return found;
}

let listType: PyType | undefined;
let tupleType: PyType | undefined;
let dictType: PyType | undefined;

/** The shape of the subject's type, with the exact builtins answered at once. */
function shapeOf(x: unknown): Shape {
  if (typeof x !== 'object' || x === null) return Shape.None;
  const t = typeOf(x);
  if (t === (listType ??= builtinTypes.get('list')) || t === (tupleType ??= builtinTypes.get('tuple'))) return Shape.Sequence;
  if (t === (dictType ??= builtinTypes.get('dict'))) return Shape.Mapping;
  return shapeOfType(t);
}

/**
 * `case [a, *rest, b]`: n patterns, the starred one at `star` (-1 if none). The result has one
 * entry per pattern (the starred one a list), or is null when the subject does not match.
 * `wild` marks the wildcards (`_`, `*_`) with '_' when the compiler found the pattern may skip
 * reading items: when every pattern is a wildcard, or the starred one is.
 */
export function matchSeq(subj: unknown, n: number, star: number, wild?: string): unknown[] | null {
  // PEP 634: list, tuple and any collections.abc.Sequence, but never str, bytes or bytearray.
  if (shapeOf(subj) !== Shape.Sequence) return null;
  if (isExactArray(subj)) return fromArray(subj, n, star);
  // Any other sequence is asked what CPython's compiled pattern asks: len() first, then only
  // the items the pattern needs.
  if (star < 0) {
    if (len(subj) !== n) return null;
  } else if (n > 1 && len(subj) < n - 1) {
    return null;
  }
  if (wild !== undefined && !wild.includes('x')) return new Array<unknown>(n);
  if (wild !== undefined && star >= 0 && wild[star] === '_') return bySubscript(subj, n, star, wild);
  // Otherwise the subject is unpacked as an assignment would: iterated (past its end, when
  // there is no star, to make sure it ends).
  return star < 0 ? unpack(subj, n) : unpackEx(subj, star, n - star - 1);
}

/** A list or tuple's items for the pattern (read directly: nothing of theirs can be overridden). */
function fromArray(subject: unknown[], n: number, star: number): unknown[] | null {
  const size = subject.length;
  if (star < 0) return size === n ? Array.from(subject) : null;
  if (size < n - 1) return null;
  const after = n - star - 1;
  const out: unknown[] = subject.slice(0, star);
  out.push(subject.slice(star, size - after));
  for (let i = size - after; i < size; i++) out.push(subject[i]);
  return out;
}

/**
 * With `*_` the starred part is never built: each item a pattern tests is read by index, those
 * after the star counted from len() asked again (the subject need not take negative indexes).
 */
function bySubscript(subject: unknown, n: number, star: number, wild: string): unknown[] {
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    if (wild[i] === '_') continue;
    out[i] = getitem(subject, i < star ? i : len(subject) - (n - i));
  }
  return out;
}

/** The default `get` receives for a missing key: an object no mapping can hold as a value. */
let missingMarker: unknown;

/**
 * `case {"k": v, **rest}`: the values of `keys`, then the rest as a dict when asked, or null.
 * Any mapping matches (see Shape); values are read with `subject.get(key, marker)` as CPython
 * does, so a defaultdict's factory or a __missing__ never runs, and `**rest` copies the items.
 */
export function matchMap(subject: unknown, keys: unknown[], wantRest: boolean): unknown[] | null {
  if (shapeOf(subject) !== Shape.Mapping) return null;
  if (keys.length > 0 && len(subject) < keys.length) return null;
  const out = keys.length > 0 ? readKeys(subject, keys) : [];
  if (out === null) return null;
  if (wantRest) {
    const rest = new PyDict();
    updateFromMapping(rest, subject);
    for (const k of keys) rest.delete(k);
    out.push(rest);
  }
  return out;
}

/** The values of `keys` in a mapping, or null when one is missing. */
function readKeys(subject: unknown, keys: unknown[]): unknown[] | null {
  if (keys.length > 1) checkDistinctKeys(keys);
  const get = (subject as { $get?: Function }).$get ?? noattr(subject, 'get');
  const out: unknown[] = [];
  if (subject instanceof PyDict && get === (dictType ??= builtinTypes.get('dict'))!.prototype.$get) {
    // dict.get itself: no marker needed, a missing key reads as undefined.
    for (const k of keys) {
      const v = subject.get(k);
      if (v === undefined) return null;
      out.push(v);
    }
    return out;
  }
  const marker = (missingMarker ??= hooks.typeCall(builtinTypes.get('object')!, [], null));
  for (const k of keys) {
    const v = (get as Function).call(subject, k, marker);
    if (v === marker) return null;
    out.push(v);
  }
  return out;
}

/** A mapping pattern's keys must differ (literal duplicates are refused at compile time). */
function checkDistinctKeys(keys: unknown[]): void {
  const seen = new PyDict();
  for (const k of keys) {
    if (seen.get(k) !== undefined) raise('ValueError', `mapping pattern checks duplicate key (${hooks.repr(k)})`);
    seen.set(k, true);
  }
}

/** Builtins that match their positional sub-pattern against the whole subject (PEP 634). */
const SELF_MATCHING = ['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple'];

let selfMatchingTypes: Set<PyType> | undefined;

/** Whether `type` is or derives from a self-matching builtin (CPython's flag is inherited). */
function isSelfMatching(type: PyType): boolean {
  selfMatchingTypes ??= new Set(SELF_MATCHING.map((n) => builtinTypes.get(n)!));
  const mro = type[META]?.mro;
  return mro !== undefined ? mro.some((c) => selfMatchingTypes!.has(c)) : selfMatchingTypes.has(type);
}

/** `case Point(x, y=0)`: the attribute values for the positional then keyword sub-patterns. */
export function matchClass(subject: unknown, cls: unknown, nPositional: number, kwdAttrs: string[]): unknown[] | null {
  // 3.11's wording (3.12 says "a class"); a Python function is a JS function but no class.
  if (!isClass(cls)) raise('TypeError', 'called match pattern must be a type');
  const type = cls;
  if (!isinstance(subject, type)) return null;
  const out: unknown[] = [];
  if (nPositional > 0) {
    const matchArgs = attr(type, '__match_args__');
    if (matchArgs !== undefined && !(matchArgs instanceof PyTuple)) {
      raise('TypeError', `${typeName(type)}.__match_args__ must be a tuple (got ${typeOf(matchArgs)[META].name})`);
    }
    if (matchArgs === undefined && isSelfMatching(type)) {
      if (nPositional > 1) raise('TypeError', `${typeName(type)}() accepts 1 positional sub-pattern (${nPositional} given)`);
      out.push(subject);
    } else {
      if (matchArgs === undefined) raise('TypeError', `${typeName(type)}() accepts 0 positional sub-patterns (${nPositional} given)`);
      const names = Array.from(matchArgs as ArrayLike<unknown>);
      for (let i = 0; i < nPositional && i < names.length; i++) {
        if (typeof names[i] !== 'string') raise('TypeError', `__match_args__ elements must be strings (got ${typeOf(names[i])[META].name})`);
      }
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

/** What attr hands getattr as the default: tells a missing attribute from any value. */
const ABSENT = {};

/** getattr(obj, name) in full (__getattr__, descriptors), or undefined when it is missing. */
function attr(obj: unknown, name: string): unknown {
  const v = getattrByName(obj, name, ABSENT);
  return v === ABSENT ? undefined : v;
}

function typeName(cls: PyType): string {
  void typeOf;
  return (cls as unknown as { $__name__?: string }).$__name__ ?? cls.name;
}
