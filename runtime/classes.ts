// Python classes: building them from a class body, giving each kind of member its JS shape,
// super(), descriptors (property, staticmethod, classmethod, user ones), the attribute slow paths
// and the instance Proxies of classes that hook attribute access (docs/architecture.md, "Classes
// and methods").
//
// The shapes, chosen so that `obj.$name` and `obj.$name(...)` stay plain JS property accesses:
// - a `def` → the this-style adapter (`adapter.$canon` is the function itself);
// - `@staticmethod` → the raw function (a Python function without `$canon` on a prototype is
//   never bound); `@classmethod` → an adapter passing the class (marked CLASSMETHOD);
// - `@property` and user data descriptors → a JS accessor (its getter marked DESCR);
// - non-data descriptors (only `__get__`) → an accessor whose setter stores an own property, so the
//   instance attribute shadows it as in Python;
// - anything else → a data property.
// Members of bases after the first are copied onto the class prototype (the prototype chain
// follows the first base); `meta.copied` remembers which, so later changes are propagated.

import { strText, unwrapStr } from './strvalue.js';
import { wantsRange } from './arity.js';
import { TYPE_SLOTS } from './type-slots.js';
import { callKw, kwItems, bindMethod, callable, delFunctionAttr, functionAttr, functionAttrNames, setFunctionAttr, type PyFunction } from './function.js';
import {
  AttributeError, BaseException, enterTry, exitTry, isPyException, KeyError, makeExc, pyRaise, quietly, raise, throwPy, toPy,
} from './exceptions.js';
import {
  attrError,
  boundMethod,
  boundParts,
  builtinType,
  builtinTypes,
  c3,
  classAttrValue,
  classGetGeneric,
  classLookup,
  classmethodDescriptor,
  markSlotDescriptor,
  setBuiltinMemberFactory,
  cpythonOwnNames,
  isCpythonMember,
  BUILTIN_STATIC,
  getsetDescriptor,
  CLASSMETHOD,
  classmethodAdapter,
  className,
  CLASS_VALUE,
  methodOverObject,
  DESCR,
  DESCR_IS_PROPERTY,
  EXPLICIT_CALL,
  findDescriptor,
  Flags,
  hooks,
  installBuiltinMembers,
  isClass,
  isInstance,
  isSubclass,
  META,
  METHOD,
  newClassFunction,
  NO_DICT,
  NoneType,
  newMeta,
  object as objectType,
  RAW,
  readHookDefinedEarly,
  refreshClass,
  setMetaclass,
  STANDS_FOR_NONE,
  type as typeType,
  TYPE,
  NOT_WRITABLE,
  setQualname,
  typePrepare,
  typeOf,
  type KwPairs,
  type PyType,
  ownSlots,
} from './object.js';

const OP: any = Object.prototype;

// ---------------------------------------------------------------------------------------------
// staticmethod, classmethod, property

interface Wrapper {
  func: unknown;
}

const NOT_FOUND = Symbol('notFound');

const WRAPPER_GETTERS = {
  __func__: (s: Wrapper) => s.func,
  __wrapped__: (s: Wrapper) => s.func,
  __isabstractmethod__: (s: Wrapper) => getattrByName(s.func, '__isabstractmethod__', false),
};

/**
 * The attributes a staticmethod or classmethod copies from its function into its own __dict__ at
 * construction (CPython 3.10+, as functools.wraps does); those the function lacks are left out.
 */
const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** A new staticmethod or classmethod of class `cls` over `func`, with its function's attributes. */
function newWrapper(cls: PyType, func: unknown): Wrapper {
  const o = new cls[META].Inst() as Wrapper;
  o.func = func;
  for (const name of WRAPPED_ATTRS) {
    const v = getattrByName(func, name, NOT_FOUND);
    if (v !== NOT_FOUND) Object.defineProperty(o, '$' + name, { value: v, writable: true, configurable: true, enumerable: true });
  }
  return o;
}

export const staticmethod = builtinType({
  name: 'staticmethod',
  proto: Object.create(OP),
  construct: (cls, pos) => {
    if (pos.length !== 1) raise('TypeError', `staticmethod expected 1 argument, got ${pos.length}`);
    return newWrapper(cls, pos[0]);
  },
  methods: {
    __get__(this: Wrapper) {
      return this.func;
    },
    __call__(this: Wrapper, ...args: unknown[]) {
      return callable(this.func)(...args);
    },
    __repr__(this: Wrapper) {
      return `<staticmethod(${hooks.repr(this.func)})>`;
    },
  },
  getters: WRAPPER_GETTERS,
});

export const classmethod = builtinType({
  name: 'classmethod',
  proto: Object.create(OP),
  construct: (cls, pos) => {
    if (pos.length !== 1) raise('TypeError', `classmethod expected 1 argument, got ${pos.length}`);
    return newWrapper(cls, pos[0]);
  },
  methods: {
    __get__(this: Wrapper, obj: unknown, type?: unknown) {
      const t = type === undefined || type === null ? typeOf(obj) : type;
      return classmethodGet(this.func, t as PyType);
    },
    __repr__(this: Wrapper) {
      return `<classmethod(${hooks.repr(this.func)})>`;
    },
  },
  getters: WRAPPER_GETTERS,
});

/** A plain function or builtin (not a class), which a classmethod binds to the class directly. */
function isPlainFunction(f: unknown): f is Function {
  return typeof f === 'function' && !isClass(f);
}

/**
 * What a classmethod over `func` gives read through class `cls`. Python 3.11 still chains
 * descriptors: a wrapped descriptor (property, staticmethod, ...) is asked `__get__(cls, cls)`;
 * any other callable comes back as a method with the class as its first argument.
 */
function classmethodGet(func: unknown, cls: PyType): unknown {
  if (isPlainFunction(func)) return boundMethod(cls, func, false);
  const getter = func === null || func === undefined ? undefined : typeOf(func).prototype.$__get__;
  if (typeof getter === 'function') return getter.call(func, cls, cls);
  return methodOverObject(cls, func);
}

interface Prop {
  fget: unknown;
  fset: unknown;
  fdel: unknown;
  doc: unknown;
  name: string | null;
}

const PropertyProto: any = Object.create(OP);

function makeProperty(cls: PyType, fget: unknown, fset: unknown, fdel: unknown, doc: unknown): Prop {
  const p = new cls[META].Inst() as Prop;
  p.fget = fget ?? null;
  p.fset = fset ?? null;
  p.fdel = fdel ?? null;
  if ((doc === null || doc === undefined) && typeof fget === 'function') {
    const d = functionAttr(fget, '__doc__');
    doc = d === undefined ? null : d;
  }
  p.doc = doc ?? null;
  p.name = null;
  return p;
}

function propName(p: Prop): string {
  return p.name === null ? '' : `'${p.name}' `;
}

export const property = builtinType({
  name: 'property',
  proto: PropertyProto,
  construct: (cls, pos, kw) => {
    const names = ['fget', 'fset', 'fdel', 'doc'];
    const vals: unknown[] = pos.slice();
    if (pos.length > 4) raise('TypeError', `property() takes at most 4 arguments (${pos.length} given)`);
    for (const [k, v] of kw ?? []) {
      const i = names.indexOf(k);
      if (i < 0) raise('TypeError', `property() got an unexpected keyword argument '${k}'`);
      if (i < pos.length) raise('TypeError', `argument for property() given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    }
    return makeProperty(cls, vals[0], vals[1], vals[2], vals[3]);
  },
  methods: {
    __get__(this: Prop, obj: unknown, type?: unknown) {
      void type;
      if (obj === null || obj === undefined) return this;
      if (this.fget === null) {
        return raise('AttributeError', `property ${propName(this)}of '${className(obj)}' object has no getter`);
      }
      return callable(this.fget)(obj);
    },
    __set__(this: Prop, obj: unknown, value: unknown) {
      if (this.fset === null) {
        return raise('AttributeError', `property ${propName(this)}of '${className(obj)}' object has no setter`);
      }
      callable(this.fset)(obj, value);
      return null;
    },
    __delete__(this: Prop, obj: unknown) {
      if (this.fdel === null) {
        return raise('AttributeError', `property ${propName(this)}of '${className(obj)}' object has no deleter`);
      }
      callable(this.fdel)(obj);
      return null;
    },
    __set_name__(this: Prop, owner: unknown, name: unknown) {
      void owner;
      this.name = name as string;
      return null;
    },
    getter(this: Prop, f: unknown) {
      return copyProp(this, f, this.fset, this.fdel);
    },
    setter(this: Prop, f: unknown) {
      return copyProp(this, this.fget, f, this.fdel);
    },
    deleter(this: Prop, f: unknown) {
      return copyProp(this, this.fget, this.fset, f);
    },
  },
  getters: {
    fget: (p: Prop) => p.fget,
    fset: (p: Prop) => p.fset,
    fdel: (p: Prop) => p.fdel,
    __doc__: (p: Prop) => p.doc,
    // Abstract when any of its functions is (abc.abstractmethod under @property).
    __isabstractmethod__: (p: Prop) =>
      [p.fget, p.fset, p.fdel].some((f) => f !== null && f !== undefined && hooks.truthy(getattrByName(f, '__isabstractmethod__', false))),
  },
  setters: {
    __doc__: (p: Prop, v: unknown) => {
      p.doc = v;
    },
  },
});

function copyProp(p: Prop, fget: unknown, fset: unknown, fdel: unknown): Prop {
  const doc = p.doc !== null && p.fget !== null && p.doc === functionAttr(p.fget as Function, '__doc__') ? null : p.doc;
  const n = makeProperty(typeOf(p), fget, fset, fdel, doc);
  n.name = p.name;
  return n;
}

function isProperty(v: unknown): v is Prop {
  return typeof v === 'object' && v !== null && PropertyProto.isPrototypeOf(v);
}

// A property whose class keeps property's own __get__ is read through fget directly; the marker
// holds that __get__, so a subclass overriding it is told apart (object.ts, descrGetClass).
PropertyProto[DESCR_IS_PROPERTY] = property.prototype.$__get__;

/** A property (or subclass) that reads through property's own __get__. */
function isPlainProperty(v: unknown): v is Prop {
  return isProperty(v) && (v as any).$__get__ === PropertyProto[DESCR_IS_PROPERTY];
}

// ---------------------------------------------------------------------------------------------
// Member shapes

/** True for compiled Python functions (not classes, builtins or bound methods). */
function isPyFunction(v: unknown): v is PyFunction {
  return typeof v === 'function' && (v as PyFunction).$sig !== undefined;
}

function dataProp(value: unknown): PropertyDescriptor {
  return { value, writable: true, enumerable: true, configurable: true };
}

/**
 * The JS property descriptor that gives `value`, stored as class attribute `name`, Python's
 * behaviour. `adapter` is the compiler's this-style adapter for it, if any.
 */
export function memberDescriptor(name: string, value: unknown, adapter?: Function): PropertyDescriptor {
  if (typeof value === 'function') {
    // A special method read from another class (`__hash__ = Parent.__hash__`, `__str__ =
    // object.__str__`) is a wrapper for explicit calls: store what it wraps, so that the runtime's
    // implicit `x.$__hash__()` passes the instance.
    value = unwrapClassRead(value as Function);
    if (isPyFunction(value) && !Object.prototype.hasOwnProperty.call(value, META)) {
      if (name === '__new__') return dataProp(value);
      if (name === '__init_subclass__' || name === '__class_getitem__') return dataProp(classmethodAdapter(value));
      if (adapter !== undefined) {
        if ((adapter as PyFunction).$canon === undefined) (adapter as PyFunction).$canon = value;
        return dataProp(adapter);
      }
      return dataProp(bindGeneric(value));
    }
    return dataProp(value);
  }
  if (value === null && name === '__contains__') return dataProp(notAContainer);
  if (typeof value !== 'object' || value === null) return dataProp(value);
  const t = typeOf(value);
  if (isSubclass(t, staticmethod)) return dataProp((value as Wrapper).func);
  if (isSubclass(t, classmethod) && isPlainFunction((value as Wrapper).func)) {
    return dataProp(classmethodAdapter((value as Wrapper).func as Function));
  }
  // A classmethod over anything else (a descriptor, a callable object) is read through its __get__.
  const tp = t.prototype;
  if (typeof tp.$__get__ !== 'function' && typeof tp.$__set__ !== 'function' && typeof tp.$__delete__ !== 'function') return dataProp(value);
  return descriptorAccessor(name, value, tp);
}

/** What a class stores for `__contains__ = None`: `x in obj` is an error, not an iteration. */
const notAContainer = function __contains__(this: unknown): never {
  return raise('TypeError', `'${className(this)}' object is not a container`);
};
(notAContainer as any)[STANDS_FOR_NONE] = true;

/**
 * The function behind a value read from a class: the Python function under a special-method
 * wrapper, the this-style builtin method under an unbound one; anything else as it is.
 */
function unwrapClassRead(fn: Function): Function {
  const f = fn as { $dunderOf?: Function; $unboundOf?: Function; $sig?: unknown };
  if (f.$dunderOf !== undefined) return f.$dunderOf;
  if (f.$sig === undefined && typeof f.$unboundOf === 'function') return f.$unboundOf;
  return fn;
}

/**
 * The staticmethod and classmethod objects a class body or a class attribute store gave, by
 * prototype and key: the prototype holds what they unwrap to, while cls.__dict__ shows the
 * wrapper itself. Each is kept with the value stored for it, so a later store is told apart.
 */
const methodWrappers = new WeakMap<object, Map<string, [wrapper: unknown, stored: unknown]>>();

/** Remember (or forget) the wrapper behind the member just stored at `proto[key]`. */
function noteMethodWrapper(proto: object, key: string, value: unknown): void {
  const isWrapper = typeof value === 'object' && value !== null && (isInstance(value, staticmethod) || isInstance(value, classmethod));
  let own = methodWrappers.get(proto);
  if (!isWrapper) {
    own?.delete(key);
    return;
  }
  if (own === undefined) methodWrappers.set(proto, (own = new Map()));
  own.set(key, [value, Object.getOwnPropertyDescriptor(proto, key)?.value]);
}

/** The staticmethod or classmethod object stored at `proto[key]`, if it still is. */
function methodWrapperAt(proto: object, key: string): unknown {
  const entry = methodWrappers.get(proto)?.get(key);
  if (entry === undefined || Object.getOwnPropertyDescriptor(proto, key)?.value !== entry[1]) return undefined;
  return entry[0];
}

/**
 * A descriptor's `__get__` (or a property getter) raised `e` reading `obj.name`: an
 * AttributeError falls back to the class's `__getattr__`, as for a missing attribute.
 */
function getattrAfterDescriptorError(obj: unknown, name: string, e: unknown): unknown {
  if (isAttributeError(e) && !isClass(obj)) {
    const gx = typeOf(obj).prototype.$__getattr__;
    if (typeof gx === 'function') return callGetattrHook(gx, obj, name);
  }
  throw withLookupContext(e, obj, name);
}

/**
 * An AttributeError leaving the lookup of `obj.name` (raised by a property, `__getattr__` or
 * `__getattribute__`) gets that name and object unless it names some already, as CPython's
 * PyObject_GetAttr does: the "Did you mean" of an uncaught error is drawn from them.
 */
function withLookupContext(e: unknown, obj: unknown, name: string): unknown {
  if (isPyException(e) && isInstance(e, AttributeError as PyType) && e.name === undefined && e.obj === undefined) {
    e.name = name;
    e.obj = obj === undefined ? null : obj;
  }
  return e;
}

/** A class's `__getattr__` called for `obj.name`, its AttributeError given the lookup's context. */
function callGetattrHook(gx: Function, obj: unknown, name: string): unknown {
  try {
    return gx.call(obj, name);
  } catch (e) {
    throw withLookupContext(e, obj, name);
  }
}

/**
 * Whether `e` is an AttributeError, counting V8's TypeError for an attribute read from None
 * (generated code reads `obj.$name` without a None test; toPy makes that TypeError CPython's
 * AttributeError wherever it is caught).
 */
function isAttributeError(e: unknown): boolean {
  return isInstance(isPyException(e) ? e : toPy(e), AttributeError as PyType);
}

/** Marks the setter of a non-data descriptor's accessor: a store just makes an own attribute. */
const PLAIN_STORE: unique symbol = Symbol('plainStore');

function descriptorAccessor(name: string, d: any, tp: any): PropertyDescriptor {
  const key = '$' + name;
  const isData = typeof tp.$__set__ === 'function' || typeof tp.$__delete__ === 'function';
  let get: (this: unknown) => unknown;
  if (isPlainProperty(d)) {
    get = function (this: unknown) {
      const p = d as Prop;
      try {
        if (p.fget === null) {
          return raise('AttributeError', `property ${propName(p)}of '${className(this)}' object has no getter`);
        }
        return callable(p.fget)(this);
      } catch (e) {
        return getattrAfterDescriptorError(this, name, e);
      }
    };
  } else if (typeof tp.$__get__ === 'function') {
    get = function (this: unknown) {
      try {
        return tp.$__get__.call(d, this, typeOf(this));
      } catch (e) {
        return getattrAfterDescriptorError(this, name, e);
      }
    };
  } else {
    // A data descriptor without __get__ is no getter: the instance's own __dict__ entry (which
    // the class's data descriptor keeps among the hidden entries) answers, else the descriptor.
    get = function (this: unknown) {
      if (typeof this === 'object' && this !== null) {
        const own = hiddenEntries.get(raw(this))?.get(name);
        if (own !== undefined) return own;
      }
      return d;
    };
  }
  (get as any)[DESCR] = d;
  let set: (this: unknown, v: unknown) => void;
  if (isData) {
    set = function (this: unknown, v: unknown) {
      const s = typeOf(d).prototype.$__set__;
      if (typeof s !== 'function') raise('AttributeError', '__set__');
      s.call(d, this, v);
    };
  } else {
    set = function (this: unknown, v: unknown) {
      Object.defineProperty(this, key, dataProp(v));
    };
    (set as any)[PLAIN_STORE] = true;
  }
  return { get, set, enumerable: true, configurable: true };
}

const generic = new WeakMap<Function, Function>();

/** A this-style adapter for a Python function reaching a class by another route. */
function bindGeneric(fn: Function): Function {
  let a = generic.get(fn);
  if (a === undefined) {
    const f = fn;
    a = function (this: unknown, ...args: unknown[]) {
      return f(this, ...args);
    };
    (a as PyFunction).$canon = fn;
    generic.set(fn, a);
  }
  return a;
}

/** Does class `c` itself define `key` (not a copy from a later base)? */
function defines(c: PyType, key: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(c.prototype, key)) return false;
  const copied = c[META].copied as Set<string> | undefined;
  return copied === undefined || !copied.has(key);
}

/** The class along `cls`'s MRO that defines `key` (after `start` in the MRO, when given). */
function definer(mro: PyType[], key: string, from = 0): PyType | null {
  for (let i = from; i < mro.length; i++) if (defines(mro[i]!, key)) return mro[i]!;
  return null;
}

/**
 * Make `cls.prototype`'s own properties agree with the MRO for `keys` (all names of the later
 * bases when omitted): the prototype chain only covers the first base.
 */
function syncCopies(cls: PyType, keys?: Iterable<string>): void {
  const m = cls[META];
  if (m.flags & Flags.Builtin) return;
  const mro = m.mro;
  if (keys === undefined) {
    const all = new Set<string>();
    const chain = new Set((Object.getPrototypeOf(cls.prototype)[TYPE] as PyType)[META].mro);
    for (const c of mro.slice(1)) {
      if (chain.has(c)) continue;
      for (const k of Object.getOwnPropertyNames(c.prototype)) if (k.charCodeAt(0) === 36) all.add(k);
    }
    keys = all;
  }
  let copied = m.copied as Set<string> | undefined;
  const proto = cls.prototype;
  const parent = Object.getPrototypeOf(proto);
  for (const key of keys) {
    if (defines(cls, key)) continue;
    const winner = definer(mro, key, 1);
    const had = copied !== undefined && copied.has(key);
    if (had) {
      delete proto[key];
      copied!.delete(key);
    }
    if (winner === null) continue;
    const wd = Object.getOwnPropertyDescriptor(winner.prototype, key)!;
    const cd = findDescriptor(parent, key);
    const same = cd !== undefined && (cd.value === wd.value && cd.get === wd.get && cd.set === wd.set);
    if (!same) {
      Object.defineProperty(proto, key, wd);
      if (copied === undefined) {
        copied = new Set<string>();
        m.copied = copied;
      }
      copied.add(key);
    }
  }
}

/** Propagate a change of `key` in `cls` to its subclasses' copies and flags. */
function propagate(cls: PyType, key: string): void {
  for (const ref of cls[META].subclasses) {
    const sub = ref.deref();
    if (sub === undefined) continue;
    syncCopies(sub, [key]);
    propagate(sub, key);
  }
}

/** `cls.name = value` (also the class Proxy's `set` trap). */
export function setClassAttr(cls: PyType, name: string, value: unknown): void {
  const m = cls[META];
  if (m.flags & Flags.Builtin) {
    raise('TypeError', `cannot set '${name}' attribute of immutable type '${m.name}'`);
  }
  const key = '$' + name;
  switch (name) {
    case '__name__':
    case '__qualname__':
    case '__module__':
    case '__doc__':
      if (name !== '__module__' && name !== '__doc__') {
        Reflect.set(typeOf(cls).prototype, key, value, cls);
        return;
      }
      (m as any)[name === '__module__' ? 'module' : 'doc'] = value;
      break;
    case '__bases__':
      raise('TypeError', 'assigning __bases__ is not supported');
  }
  Object.defineProperty(cls.prototype, key, memberDescriptor(name, value));
  noteMethodWrapper(cls.prototype, key, value);
  (m.copied as Set<string> | undefined)?.delete(key);
  afterChange(cls, key, name, value);
}

function afterChange(cls: PyType, key: string, name: string, value: unknown): void {
  propagate(cls, key);
  if (name.startsWith('__') && name.endsWith('__')) refreshClass(cls);
  if (name === '__eq__' && value !== undefined) {
    /* CPython only nulls __hash__ at class creation. */
  }
}

/** `del cls.name`. */
export function delClassAttr(cls: PyType, name: string): void {
  const key = '$' + name;
  if (cls[META].flags & Flags.Builtin) {
    // CPython 3.11 words a delete as a store here.
    raise('TypeError', `cannot set '${name}' attribute of immutable type '${cls[META].messageName ?? cls[META].name}'`);
  }
  if (!defines(cls, key)) raise('AttributeError', `type object '${cls[META].name}' has no attribute '${name}'`);
  delete cls.prototype[key];
  syncCopies(cls, [key]);
  afterChange(cls, key, name, undefined);
}

// ---------------------------------------------------------------------------------------------
// Instances that hook attribute access

/**
 * The attribute names instances of `cls` may have when every class of its MRO but object defines
 * `__slots__` without `'__dict__'` (so instances have no __dict__); null otherwise. Builtin bases
 * keep their own behaviour.
 */
/** Builtin types whose instances have no __dict__: a subclass with `__slots__` has none either. */
const DICTLESS_BUILTINS = new Set(['tuple', 'list', 'dict', 'int', 'float', 'complex', 'str', 'bytes', 'bytearray', 'set', 'frozenset']);

function slotNames(cls: PyType): Set<string> | null {
  const names = new Set<string>();
  for (const c of cls[META].mro) {
    if (c === objectType) continue;
    if (c[META].flags & Flags.Builtin && DICTLESS_BUILTINS.has(c[META].name)) continue;
    const own = ownSlots(c);
    if (own === null) return null;
    for (const n of own) {
      if (n === '__dict__') return null;
      names.add(n as string);
    }
  }
  return names;
}

/** A store on an instance without __dict__ (see slotNames): CPython's generic setattr errors. */
function checkSlotStore(t: object, key: string): void {
  const cls = typeOf(t);
  const slots = cls[META].slots as Set<string> | null | undefined;
  if (!slots) return;
  const name = key.slice(1);
  if (slots.has(name) || Object.prototype.hasOwnProperty.call(t, key)) return;
  let p: any = Object.getPrototypeOf(t);
  while (p !== null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) {
      if (d.set !== undefined) return;
      raise('AttributeError', `'${cls[META].messageName ?? cls[META].name}' object attribute '${name}' is read-only`);
    }
    p = Object.getPrototypeOf(p);
  }
  const e = makeExc('AttributeError', `'${cls[META].messageName ?? cls[META].name}' object has no attribute '${name}'`);
  e.name = name;
  e.obj = proxies.get(t) ?? t;
  throwPy(e);
}

/** Reads through an instance Proxy: a user `__getattribute__` (found on the type now) first. */
function hookedInstanceGet(t: any, key: string | symbol, receiver: any): unknown {
  if (key === RAW) return t;
  if (typeof key === 'string' && key.charCodeAt(0) === 36 && !isDunderKey(key)) {
    const tp = Object.getPrototypeOf(t);
    const ga = tp.$__getattribute__;
    if (ga !== OP.$__getattribute__) return hookedGetattr(receiver, ga, tp.$__getattr__, key.slice(1));
  }
  return Reflect.get(t, key, receiver);
}

// Instances of classes with __setattr__ or __delattr__ (frozen dataclasses, say) are Proxies
// too, but only a __getattribute__ needs to see their reads. Until some class defines one, the
// handler has no get trap, so reads go straight to the target (a trap call on every read is what
// costs); the target answers RAW itself. The trap, once added, stays: it then checks the type at
// every read, as a class can gain __getattribute__ or an object change its __class__ later.
const instanceHandler: ProxyHandler<any> = {
  set(t, key, value, receiver) {
    if (typeof key === 'string' && key.charCodeAt(0) === 36) {
      const sa = Object.getPrototypeOf(t).$__setattr__;
      if (sa !== OP.$__setattr__) {
        sa.call(receiver, key.slice(1), value);
        return true;
      }
      checkSlotStore(t, key);
    }
    return Reflect.set(t, key, value, receiver);
  },
  deleteProperty(t, key) {
    if (typeof key === 'string' && key.charCodeAt(0) === 36) {
      const da = Object.getPrototypeOf(t).$__delattr__;
      if (da !== OP.$__delattr__) {
        da.call(proxies.get(t) ?? t, key.slice(1));
        return true;
      }
    }
    return Reflect.deleteProperty(t, key);
  },
};

/** `obj.name` through a user `__getattribute__`, then its `__getattr__` (if any) on AttributeError. */
function hookedGetattr(obj: unknown, ga: Function, gx: unknown, name: string): unknown {
  if (typeof gx !== 'function') {
    try {
      return ga.call(obj, name);
    } catch (e) {
      throw withLookupContext(e, obj, name);
    }
  }
  const depth = enterTry(FALLS_BACK);
  let v: unknown;
  try {
    v = ga.call(obj, name);
  } catch (e) {
    exitTry(depth);
    if (!isAttributeError(e)) throw e;
    return callGetattrHook(gx, obj, name);
  }
  exitTry(depth);
  return v;
}
hooks.hookedGetattr = hookedGetattr;

const proxies = new WeakMap<object, object>();

function isDunderKey(key: string): boolean {
  return key.length > 5 && key.charCodeAt(1) === 95 && key.charCodeAt(2) === 95 && key.endsWith('__');
}

/** The Proxy through which the program sees instance `o` of a class with attribute hooks. */
function hookedProxy(o: object): object {
  Object.defineProperty(o, RAW, { value: o });
  const p = new Proxy(o, isBoxedPrimitive(o) ? boxedInstanceHandler : instanceHandler);
  proxies.set(o, p);
  return p;
}

/** A str, int, float or bool instance is a JS wrapper object (`Object('text')`, `Object(3)`). */
function isBoxedPrimitive(o: object): boolean {
  return o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof BigInt;
}

// A boxed primitive's own JS methods (valueOf, toString, ...) check that `this` is the wrapper
// itself, not a Proxy over it: read through the Proxy, they come bound to the wrapper.
const boxedInstanceHandler: ProxyHandler<any> = {
  get(t, key, receiver) {
    if (typeof key === 'string' && key.charCodeAt(0) === 36) return hookedInstanceGet(t, key, receiver);
    if (typeof key !== 'string') return key === RAW ? t : Reflect.get(t, key, receiver);
    const v = Reflect.get(t, key, t);
    return typeof v === 'function' ? v.bind(t) : v;
  },
  set: (t, key, value, receiver) => instanceHandler.set!(t, key, value, receiver),
  deleteProperty: (t, key) => instanceHandler.deleteProperty!(t, key),
};

hooks.newInstance = (cls: PyType): any => {
  const m = cls[META];
  const o = new m.Inst();
  return m.flags & Flags.Hooks ? hookedProxy(o) : o;
};

// Instances of a subclass of a builtin type (dict, list, str, ...) come from the builtin's own
// constructor; they need the same Proxy as other instances once their class hooks attribute access.
hooks.adoptInstance = (o: unknown, cls: PyType): unknown => {
  const m = cls[META];
  if ((m.flags & Flags.Hooks) === 0 || (m.flags & (Flags.Builtin | Flags.Exception)) !== 0) return o;
  if (typeof o !== 'object' || o === null || Object.getPrototypeOf(o) !== cls.prototype) return o;
  if ((o as any)[RAW] !== undefined) return o;
  return hookedProxy(o);
};

hooks.readHookDefined = (): void => {
  instanceHandler.get = hookedInstanceGet;
};
if (readHookDefinedEarly()) hooks.readHookDefined();

/** The object behind an instance Proxy (the object itself otherwise). */
function raw(o: any): any {
  return (typeof o === 'object' || typeof o === 'function') && o !== null ? o[RAW] ?? o : o;
}

// object.__getattribute__, __setattr__, __delattr__: the generic behaviour, reachable from user
// hooks through super() or object.__setattr__(self, ...).
Object.defineProperty(OP, '$__getattribute__', {
  value: function __getattribute__(this: any, name: unknown) {
    const n = checkName(name);
    const key = '$' + n;
    // A class's own read must not go back through its metaclass's __getattribute__.
    // A primitive receiver (an int, a str) is read through its wrapper's prototype chain, None
    // (null) through its class's.
    const target = raw(this);
    const holder = target === null || target === undefined ? typeOf(target).prototype : Object(target);
    const v = isClass(this) ? classGetGeneric(this, key) : Reflect.get(holder, key, this);
    if (v === undefined) {
      const f = typeof this === 'function' ? functionAttr(this, n) : undefined;
      if (f !== undefined) return f;
      if (n === '__dict__' && hasDict(this)) return vars(this);
      return attrErrorFor(this, n);
    }
    return typeof v === 'function' ? bindFound(this, v, key) : v;
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
Object.defineProperty(OP, '$__setattr__', {
  value: function __setattr__(this: any, name: unknown, value: unknown) {
    genericSetattr(this, checkName(name), value);
    return null;
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
Object.defineProperty(OP, '$__delattr__', {
  value: function __delattr__(this: any, name: unknown) {
    genericDelattr(this, checkName(name));
    return null;
  },
  writable: true,
  configurable: true,
  enumerable: false,
});
for (const k of ['$__getattribute__', '$__setattr__', '$__delattr__']) {
  OP[k][METHOD] = true;
  // Named explicitly: a bundler may drop the names of function expressions.
  Object.defineProperty(OP[k], 'name', { value: k.slice(1), configurable: true });
  setQualname(OP[k], `object.${k.slice(1)}`);
}

/** The class-body name through which lib/ modules set a class's `messageName` (object.ts). */
const MESSAGE_NAME = '__memphis_type_name__';

function checkName(name: unknown): string {
  if (typeof name !== 'string') {
    // An instance of a str subclass names the attribute its text spells.
    return strText(name) ?? raise('TypeError', `attribute name must be string, not '${className(name)}'`);
  }
  return name;
}

// ---------------------------------------------------------------------------------------------
// Attribute access slow paths

function attrErrorFor(obj: unknown, name: string): never {
  return attrError(obj, name);
}

function moduleName(obj: unknown): string | null {
  if (typeof obj !== 'object' || obj === null) return null;
  const t = (obj as any)[TYPE];
  if (t === undefined || t !== builtinTypes.get('module')) return null;
  const n = (obj as any).$__name__;
  return typeof n === 'string' ? n : '?';
}

/**
 * int and float share Number.prototype, so a method only one of them has sits behind an accessor
 * that picks it by receiver (numbers.ts); what it yields is a method that binds like any other.
 */
function isSplitMethod(d: PropertyDescriptor, v: Function): boolean {
  return d.get !== undefined && (d.get as any)[CLASS_VALUE] !== undefined && (v as any)[METHOD] === true;
}

/** Bind a function value read as `obj.$key` (own values and static functions stay as they are). */
function bindFound(obj: any, v: Function, key: string): unknown {
  if (isClass(obj)) {
    // Found on the class's MRO: the class Proxy already converted it.
    if (key in obj.prototype) return v;
    return (v as any).$canon !== undefined || (v as any)[METHOD] === true || (v as any)[CLASSMETHOD] !== undefined
      ? bindMethod(obj, v)
      : v;
  }
  // None (null) has no own attributes: its methods are on NoneType's prototype.
  const holder = obj === null || obj === undefined ? typeOf(obj).prototype : obj;
  if (holder === obj && Object.prototype.hasOwnProperty.call(obj, key)) return v;
  const d = findDescriptor(holder, key);
  if (d === undefined || (d.value !== v && !isSplitMethod(d, v))) return v;
  if ((v as any).$canon !== undefined || (v as any)[METHOD] === true || (v as any)[CLASSMETHOD] !== undefined) {
    return bindMethod(obj, v);
  }
  return v;
}

/** `obj.name` where `value` is `obj.$name` already read: binds methods, raises when missing. */
export function getattr(obj: unknown, value: unknown, name: string): unknown {
  if (value !== undefined && typeof value !== 'function') return value;
  return getattrSlow(obj, value, name);
}

function getattrSlow(obj: any, value: unknown, name: string): unknown {
  if (value === undefined) return getattrMissing(obj, name);
  if ((value as any)[STANDS_FOR_NONE] === true) return null;
  if (obj === null || obj === undefined) return value;
  if (typeof obj !== 'object' && typeof obj !== 'function') {
    return bindFound(Object(obj), value as Function, '$' + name) === value ? value : bindMethod(obj, value as Function);
  }
  return bindFound(obj, value as Function, '$' + name);
}

/** An attribute that plain property access did not find: specials, `__getattr__`, or raise. */
export function getattrMissing(obj: any, name: string): unknown {
  const v = findMissing(obj, name);
  if (v !== NO_ATTR) return v;
  // A method's missing attribute is its function's: CPython names the function's type.
  const parts = boundParts(obj);
  return attrErrorFor(parts !== undefined && !parts[2] ? parts[1] : obj ?? null, name);
}

/** What findMissing returns when there is no such attribute and nothing left to try. */
const NO_ATTR = Symbol('noAttr');

/**
 * getattrMissing without the final AttributeError, for getattr(x, n, default) and hasattr, whose
 * answer then needs no exception (raising one captures a JS stack, the costly part of a raise).
 */
function findMissing(obj: any, name: string): unknown {
  if (obj === null || obj === undefined) return noneAttr(name);
  if (typeof obj === 'function' && !(isClass(obj) && FUNCTION_ONLY.has(name))) {
    const f = functionAttr(obj, name);
    // A function's __dict__, like an instance's, takes stores through to its attributes.
    if (name === '__dict__' && f !== undefined) (f as { m: Map<unknown, unknown> }).m = new AttributeTable(obj, (f as { m: Map<unknown, unknown> }).m);
    if (f !== undefined) return f;
  }
  // A bound method reads its function's attributes (`obj.method.tag`), as CPython's method type does.
  const parts = boundParts(obj);
  if (parts !== undefined && !parts[2] && name !== '__dict__') {
    const own = (parts[1] as any)['$' + name];
    return own !== undefined ? own : findMissing(parts[1], name);
  }
  if (name === '__dict__' && hasDict(obj) && !typeOf(obj)[META].slots) return vars(obj);
  // The weak reference slot: None on an instance (nothing here refers to one weakly), a
  // descriptor on the class.
  if (name === '__weakref__' && (typeof obj === 'object' || isClass(obj))) {
    const owner = weakrefOwner(isClass(obj) ? obj : typeOf(obj));
    if (owner !== null) return isClass(obj) ? getsetDescriptor(owner, '__weakref__') : null;
  }
  // `Cls.slot`: the member descriptor __slots__ made (instances keep the values themselves).
  if (isClass(obj) && name !== '__dict__' && name !== '__weakref__') {
    const owner = obj[META].mro.find((c: PyType) => ownSlots(c)?.includes(name));
    if (owner !== undefined) return addedEntry(owner, name);
  }
  if (name === '__get__' && obj === builtinTypes.get('function')) return functionTypeGet;
  if (name === '__call__' && obj === builtinTypes.get('function')) return functionTypeCall;
  // A module's __annotations__ is made at the first read when its body annotated nothing.
  if (name === '__annotations__' && moduleName(obj) !== null) {
    const d = hooks.dict([]);
    obj.$__annotations__ = d;
    return d;
  }
  const gx = typeOf(obj).prototype.$__getattr__;
  if (typeof gx === 'function') return callGetattrHook(gx, obj, name);
  // PEP 562: a module's own __getattr__ answers for the names it lacks.
  if (typeof obj.$__getattr__ === 'function' && moduleName(obj) !== null) return obj.$__getattr__(name);
  return NO_ATTR;
}

/**
 * `type(f).__get__`: the function type's descriptor method, for code that binds as attribute
 * lookup does (`type(v).__get__(v, obj, cls)`). Functions are JS functions, whose prototype
 * classes share, so it is answered here rather than stored on that prototype.
 */
const functionTypeGet = function __get__(fn: unknown, ...rest: unknown[]): unknown {
  const fnType = builtinTypes.get('function')!;
  if (fn === undefined) raise('TypeError', "descriptor '__get__' of 'function' object needs an argument");
  if (!isInstance(fn, fnType)) {
    raise('TypeError', `descriptor '__get__' requires a 'function' object but received a '${className(fn)}'`);
  }
  if (rest.length < 1 || rest.length > 2) raise('TypeError', `expected 1 or 2 arguments, got ${rest.length}`);
  const obj = rest[0];
  if ((obj === null || obj === undefined) && (rest[1] === null || rest[1] === undefined)) raise('TypeError', '__get__(None, None) is invalid');
  return obj === null || obj === undefined ? fn : boundMethod(obj, fn as Function, false);
};

markSlotDescriptor(functionTypeGet, '__get__', builtinTypes.get('function')!);

/** `function.__call__`: calls the function given first with the rest. */
const functionTypeCall = function (fn: unknown, ...args: unknown[]): unknown {
  const fnType = builtinTypes.get('function')!;
  if (fn === undefined) raise('TypeError', "descriptor '__call__' of 'function' object needs an argument");
  if (!isInstance(fn, fnType)) raise('TypeError', `descriptor '__call__' requires a 'function' object but received a '${className(fn)}'`);
  return callKw(fn, null, args, null);
};
(functionTypeCall as any).$kw = (pos: unknown[], kw: KwPairs | null): unknown => {
  functionTypeCall(pos[0]);
  return callKw(pos[0], null, pos.slice(1), kw);
};
markSlotDescriptor(functionTypeCall, '__call__', builtinTypes.get('function')!);

/** An attribute of None (`None.__class__`, `None.__repr__`): NoneType's, read with None as receiver. */
function noneAttr(name: string): unknown {
  const proto = NoneType.prototype as any;
  const key = '$' + name;
  const d = findDescriptor(proto, key);
  if (d === undefined) return NO_ATTR;
  if (d.get !== undefined) return d.get.call(null);
  return typeof d.value === 'function' && !isClass(d.value) ? boundMethod(null, d.value, true) : d.value;
}

/** Attributes of functions that classes (functions in JS) do not have. */
const FUNCTION_ONLY: ReadonlySet<string> = new Set([
  '__annotations__', '__closure__', '__code__', '__globals__', '__defaults__', '__kwdefaults__', '__self__', '__func__',
  '__get__', '__builtins__',
]);

/** For a method call whose attribute is missing: `(obj.$m ?? noattr(obj, 'm')).call(obj, ...)`. */
export function noattr(obj: unknown, name: string): Function {
  // `??` took an attribute that is None for a missing one: calling None is the error.
  if (obj !== null && obj !== undefined && (Object(obj) as Record<string, unknown>)['$' + name] === null) return callable(null);
  const v = getattrMissing(obj, name);
  return typeof v === 'function' ? v : callable(v);
}

/** The `getattr(obj, name[, default])` builtin's core: undefined when missing and `dflt` given. */
export function getattrByName(obj: unknown, name: unknown, dflt?: unknown): unknown {
  const n = checkName(name);
  const key = '$' + n;
  if (TYPE_SLOTS.has(n)) {
    const own = ownTypeSlot(obj, n);
    if (own !== undefined) return own;
  }
  if (dflt === undefined) {
    const v = obj === null || obj === undefined ? undefined : (Object(obj) as any)[key];
    return getattr(obj, v, n);
  }
  const depth = enterTry(FALLS_BACK);
  let found: unknown;
  try {
    const v = obj === null || obj === undefined ? undefined : (Object(obj) as any)[key];
    found = v !== undefined ? getattr(obj, v, n) : findMissing(obj, n);
  } catch (e) {
    exitTry(depth);
    if (isAttributeError(e)) return dflt;
    throw e;
  }
  exitTry(depth);
  return found === NO_ATTR ? dflt : found;
}

// getattr's default and the fall back from __getattribute__ to __getattr__ drop the
// AttributeError: its raise need not capture a stack (exceptions.ts, "The catching stack").
const FALLS_BACK = quietly(AttributeError);

/** hasattr(obj, name). */
export function hasattr(obj: unknown, name: unknown): boolean {
  const marker = {};
  return getattrByName(obj, name, marker) !== marker;
}

/** Does `obj` carry Python attributes of its own (a `__dict__`)? */
function hasDict(obj: unknown): boolean {
  if (typeof obj === 'function') return functionHasDict(obj);
  if (typeof obj !== 'object' || obj === null) return false;
  const t = typeOf(obj);
  if (!(t[META].flags & Flags.Builtin)) return true;
  return isPyException(obj) || moduleName(obj) !== null || t === staticmethod || t === classmethod;
}

/** Classes and functions written in Python (and methods over them) have a __dict__; builtins none. */
function functionHasDict(fn: Function): boolean {
  if (isClass(fn)) return true;
  const b = boundParts(fn);
  const f = (b !== undefined ? b[1] : fn) as { $sig?: unknown; $canon?: unknown; $dunderOf?: unknown };
  return f.$sig !== undefined || f.$canon !== undefined || f.$dunderOf !== undefined;
}

function genericSetattr(obj: any, name: string, value: unknown): void {
  if (isClass(obj)) return setClassAttr(obj, name, value);
  if (typeof obj === 'function') {
    if (setFunctionAttr(obj, name, value)) return;
    // Only functions defined in Python have a __dict__ (builtins and bound methods have none).
    if (obj.$sig === undefined) attrErrorFor(obj, name);
    obj['$' + name] = value;
    return;
  }
  if (!hasDict(obj)) {
    const d = obj === null || obj === undefined ? undefined : findDescriptor(Object(obj), '$' + name);
    if (d !== undefined && d.set !== undefined && !absentBehindGetter(obj, d)) {
      d.set.call(obj, value);
      return;
    }
    noDictStoreError(obj, name);
  }
  checkSlotStore(raw(obj), '$' + name);
  if (TYPE_SLOTS.has(name) && hideTypeSlot(raw(obj), name, value)) return;
  Reflect.set(raw(obj), '$' + name, value, obj);
}

/** Store special method `name` of plain instance `t` among its hidden entries; false: not such an object. */
function hideTypeSlot(t: any, name: string, value: unknown): boolean {
  if (typeof t !== 'object' || t === null || moduleName(t) !== null || assignedDicts.has(t)) return false;
  const key = '$' + name;
  if (classDataDescriptor(t, key)) return false;
  if (Object.prototype.hasOwnProperty.call(t, key)) delete t[key];
  setHidden(t, name, value);
  return true;
}

/** The instance's own value of special method `name`, when it has one (see TYPE_SLOTS). */
function ownTypeSlot(obj: unknown, name: string): unknown {
  if (typeof obj !== 'object' || obj === null) return undefined;
  return hiddenEntries.get(raw(obj))?.get(name);
}

/** `obj.name` for a special method name: the instance's own value first, as attribute access finds it. */
export function typeSlotAttr(obj: unknown, name: string): unknown {
  const own = ownTypeSlot(obj, name);
  if (own !== undefined) return own;
  return getattr(obj, obj === null || obj === undefined ? undefined : (Object(obj) as any)['$' + name], name);
}

/** The callee of `obj.name(...)` (called with `this` = obj) for a special method name. */
export function typeSlotMethod(obj: unknown, name: string): Function {
  const own = ownTypeSlot(obj, name);
  if (own === undefined) {
    const v = obj === null || obj === undefined ? undefined : (Object(obj) as any)['$' + name];
    // `Cls.__repr__()` written in Python is an explicit call of the class's function, never the
    // implicit lookup (`repr(Cls)`) the wrapper read from a class otherwise guesses at.
    if (typeof obj === 'function' && typeof v === 'function' && (v as any)[EXPLICIT_CALL] !== undefined) return (v as any)[EXPLICIT_CALL];
    return v ?? noattr(obj, name);
  }
  const f = callable(own);
  return function (this: unknown, ...args: unknown[]) {
    return f(...args);
  };
}

/**
 * Is `obj.name = v` a store to a declared slot of a class without attribute hooks? Then it is a
 * plain property store: genericSetattr's checks (a class? a function? a __dict__? a slot?) would
 * all pass. Instances of such classes are not Proxies, so `obj` is its own raw object.
 */
function isPlainSlotStore(obj: object, name: string): boolean {
  const m = typeOf(obj)[META];
  // Without Flags.Hooks the type's __setattr__ is object's (refreshClass keeps the flag current).
  if (m.flags & (Flags.Hooks | Flags.Builtin)) return false;
  const slots = m.slots as Set<string> | null | undefined;
  return slots !== null && slots !== undefined && slots.has(name);
}

// '$' + name for slot names. A key built by concatenation is a fresh string that every keyed
// store must first look up among the interned strings; the kept one is interned already. Only
// declared slot names come here, so the table stays as small as the programs' __slots__.
const slotKeys = new Map<string, string>();

function slotKey(name: string): string {
  let key = slotKeys.get(name);
  if (key === undefined) {
    key = '$' + name;
    slotKeys.set(name, key);
  }
  return key;
}

/**
 * `Reflect.set(obj, key, value)`, written as an assignment: V8 optimises that, not the call. The
 * two differ only when the key is read-only along the prototype chain, where the assignment
 * throws and Reflect.set quietly does nothing; that case keeps Reflect.set's outcome.
 */
function storeSlot(obj: any, key: string, value: unknown): void {
  try {
    obj[key] = value;
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    const d = findDescriptor(obj, key);
    const readOnly = d !== undefined && ('value' in d ? d.writable === false : d.set === undefined);
    if (!readOnly) throw e;
  }
}

/** setattr for stores that may need a hook (`setattr()`, stores on values of unknown type). */
export function setattrFallback(obj: any, name: string, value: unknown): void {
  if (typeof obj === 'object' && obj !== null && isPlainSlotStore(obj, name)) {
    storeSlot(obj, slotKey(name), value);
    return;
  }
  if ((typeof obj === 'object' && obj !== null) || isClass(obj)) {
    const sa = typeOf(obj).prototype.$__setattr__;
    if (sa !== OP.$__setattr__) {
      sa.call(obj, name, value);
      return;
    }
  }
  genericSetattr(obj, name, value);
}

/**
 * Storing or deleting `name` on an object without a __dict__, when no descriptor of its type
 * takes the store: a getter-only attribute is not writable (named after the type defining it), a
 * method or other class attribute is read-only, anything else is missing.
 */
function noDictStoreError(obj: unknown, name: string): never {
  const key = '$' + name;
  let p: object | null = obj === null || obj === undefined ? null : Object.getPrototypeOf(Object(obj));
  while (p !== null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) {
      if (absentBehindGetter(obj, d)) break;
      // A builtin type's getter-only attribute: its setter words the refusal.
      if (d.get !== undefined && d.set !== undefined && (d.get as any)[NOT_WRITABLE] === true) d.set.call(obj, undefined);
      // Another getter with a setter is a method the number types share (the setter refuses).
      if (d.get !== undefined && d.set === undefined) {
        // Named after the type defining it, when that is one of obj's classes (bool's real is int's).
        // bool defines no attributes of its own: those of its prototype are int's.
        const owner = (p as any)[TYPE];
        const named = typeof obj === 'boolean' ? 'int' : owner !== undefined && typeOf(obj)[META].mro.includes(owner) ? className(p) : className(obj);
        raise('AttributeError', `attribute '${name}' of '${named}' objects is not writable`);
      }
      raise('AttributeError', `'${className(obj)}' object attribute '${name}' is read-only`);
    }
    p = Object.getPrototypeOf(p);
  }
  return attrErrorFor(obj, name);
}

/**
 * Whether a getter stands for an attribute the object lacks: the runtime shares prototypes
 * between types (int and float, list and tuple) and hides what one of them lacks behind a
 * getter raising AttributeError.
 */
function absentBehindGetter(obj: unknown, d: PropertyDescriptor): boolean {
  if (d.get === undefined || (d.get as any)[NOT_WRITABLE] === true) return false;
  try {
    d.get.call(obj);
    return false;
  } catch (e) {
    return isAttributeError(e);
  }
}

function genericDelattr(obj: any, name: string): void {
  const key = '$' + name;
  if (obj === null || obj === undefined) attrErrorFor(obj, name);
  if (isClass(obj)) return delClassAttr(obj, name);
  if (typeof obj === 'function' && delFunctionAttr(obj, name)) return;
  const t = raw(obj);
  if (TYPE_SLOTS.has(name) && typeof t === 'object' && deleteHidden(t, name)) return;
  if (!Object.prototype.hasOwnProperty.call(t, key) && deleteFromAssignedDict(t, name)) return;
  if (Object.prototype.hasOwnProperty.call(t, key)) {
    // The builtins module's names and a compiled module's globals are accessors over the
    // program's variables: unbinding one keeps the accessor, so the module's own code sees the
    // name unbound (NameError) and a later `m.x = v` rebinds the variable it reads. (sys's
    // stdout, stderr and stdin are the only accessors of a native module: `del` removes them.)
    const owner = moduleName(obj);
    if (owner !== null && owner !== 'sys' && Object.getOwnPropertyDescriptor(t, key)!.set !== undefined) {
      if (t[key] === undefined) noModuleAttrToDelete(name);
      t[key] = undefined;
      return;
    }
    delete t[key];
    return;
  }
  const d = findDescriptor(t, key);
  if (d !== undefined && d.get !== undefined) {
    const descr = (d.get as any)[DESCR];
    if (descr !== undefined) {
      const del = typeOf(descr).prototype.$__delete__;
      if (typeof del === 'function') {
        del.call(descr, obj);
        return;
      }
    }
  }
  if (moduleName(obj) !== null) noModuleAttrToDelete(name);
  if (typeof t === 'object' && t !== null && isDeclaredSlot(t, name)) deleteSlot(t, key, name);
  if (!hasDict(obj) || (typeof t === 'object' && t !== null && typeOf(t)[META].slots)) noDictStoreError(obj, name);
  attrErrorFor(obj, name);
}

/** `del module.name` of a name it lacks: CPython 3.11 words it as for any object. */
function noModuleAttrToDelete(name: string): never {
  return raise('AttributeError', `'module' object has no attribute '${name}'`);
}

/** `del obj.name`. */
export function delattr(obj: any, name: string): void {
  if ((typeof obj === 'object' && obj !== null) || isClass(obj)) {
    const da = typeOf(obj).prototype.$__delattr__;
    if (da !== OP.$__delattr__) {
      da.call(obj, name);
      return;
    }
  }
  genericDelattr(obj, name);
}

// ---------------------------------------------------------------------------------------------
// vars() and dir()

const INTERNAL = new Set(['$sig', '$kw', '$canon', '$$annotations', '$unboundOf', '$dunderOf']);

/** The names the classes of `obj`'s type list in `__slots__` (kept out of its __dict__), or null. */
function slotsAlong(obj: unknown): Set<string> | null {
  if (typeof obj !== 'object' || obj === null) return null;
  let names: Set<string> | null = null;
  for (const c of typeOf(obj)[META].mro) {
    const own = ownSlots(c);
    if (own === null) continue;
    names ??= new Set();
    for (const n of own) if (typeof n === 'string') names.add(n);
  }
  return names;
}

/**
 * The table of a dict returned by vars(obj): a store or deletion through the dict (`d[k] = v`,
 * `update`, `pop`, `del d[k]`, `clear`) reaches the object's attribute too, so
 * `self.__dict__.update(kw)` sets attributes as in CPython, where the dict is the object's own.
 */
class AttributeTable extends Map<unknown, unknown> {
  private target: any;

  constructor(target: object, entries: Iterable<[unknown, unknown]>) {
    super(entries);
    this.target = target;
  }

  override set(key: unknown, value: unknown): this {
    super.set(key, value);
    // Map's constructor stores the initial entries before `target` is set.
    if (this.target !== undefined && typeof key === 'string') Reflect.set(raw(this.target), '$' + key, value, this.target);
    return this;
  }

  override delete(key: unknown): boolean {
    if (typeof key === 'string') delete raw(this.target)['$' + key];
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) if (typeof key === 'string') delete raw(this.target)['$' + key];
    super.clear();
  }
}

/**
 * A module's namespace as a dict's table: every read goes to the module object, whose `$name`
 * properties are its globals (live accessors of a compiled module's variables), so a dict kept
 * from globals() or f.__globals__ sees later assignments, and its stores and deletions reach them.
 * The Map's own storage stays empty.
 */
/**
 * A dict table whose items are another structure's, read through its own `entries()`: keys,
 * values, iteration and forEach all follow it.
 */
class DerivedTable extends Map<unknown, unknown> {
  override *keys(): IterableIterator<unknown> {
    for (const [k] of this.entries()) yield k;
  }

  override *values(): IterableIterator<unknown> {
    for (const [, v] of this.entries()) yield v;
  }

  override [Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    return this.entries();
  }

  override forEach(fn: (value: unknown, key: unknown, map: Map<unknown, unknown>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}

class ModuleTable extends DerivedTable {
  private readonly target: any;

  constructor(target: object) {
    super();
    this.target = target;
  }

  /** The `$` keys of the module's globals, in the order they were defined. */
  private ownKeys(): string[] {
    return Object.keys(this.target).filter((k) => k.charCodeAt(0) === 36 && !INTERNAL.has(k));
  }

  override get(key: unknown): unknown {
    if (typeof key !== 'string') return undefined;
    const k = '$' + key;
    return INTERNAL.has(k) || !Object.prototype.hasOwnProperty.call(this.target, k) ? undefined : this.target[k];
  }

  override has(key: unknown): boolean {
    return this.get(key) !== undefined;
  }

  override set(key: unknown, value: unknown): this {
    if (typeof key !== 'string') raise('TypeError', 'module namespaces only take str keys here');
    this.target['$' + key] = value;
    return this;
  }

  override delete(key: unknown): boolean {
    if (!this.has(key)) return false;
    delattr(this.target, key as string);
    return true;
  }

  override clear(): void {
    for (const k of this.ownKeys()) this.delete(k.slice(1));
  }

  override get size(): number {
    let n = 0;
    for (const k of this.ownKeys()) if (this.target[k] !== undefined) n++;
    return n;
  }

  override *entries(): IterableIterator<[unknown, unknown]> {
    for (const k of this.ownKeys()) {
      const v = this.target[k];
      if (v !== undefined) yield [k.slice(1), v];
    }
  }

}

/** Each module's namespace dict, made once: `globals() is globals()`, as in CPython. */
const moduleDicts = new WeakMap<object, unknown>();

function moduleNamespace(mod: object): unknown {
  let d = moduleDicts.get(mod);
  if (d === undefined) {
    d = hooks.dict([]);
    (d as { m: Map<unknown, unknown> }).m = new ModuleTable(mod);
    moduleDicts.set(mod, d);
  }
  return d;
}

// A function's __globals__: the namespace of the module it was defined in (by the module's name
// when the `def` ran, as the function keeps it in __module__).
hooks.globalsOf = (name: string): unknown => {
  const mod = hooks.moduleNamed(name);
  return mod === undefined ? hooks.dict([]) : moduleNamespace(mod as object);
};

/**
 * An instance's __dict__ entries that attribute access cannot reach as own `$name` properties:
 * names a class data descriptor governs (a descriptor's own `obj.__dict__[name] = v` must not
 * run its `__set__` again, nor shadow it), and keys that are not strs.
 */
const hiddenEntries = new WeakMap<object, Map<unknown, unknown>>();

// A __dict__ keeps one insertion order over its plain and hidden entries. Each hidden entry has a
// marker among the object's own properties, added where the entry was (a non-enumerable property
// whose name no attribute key has, holding the entry's key), so the own-key order of the object
// interleaves both kinds. A str key's marker is named after it, so that objects filled alike keep
// one shape; other keys are numbered.
const HIDDEN_MARK = '\u0001';
let otherKeyMarks = 0;

function isHiddenMark(k: string): boolean {
  return k.charCodeAt(0) === 1;
}

/** Store `key: value` among `t`'s hidden entries, marking its place when it is new. */
function setHidden(t: any, key: unknown, value: unknown): void {
  let h = hiddenEntries.get(t);
  if (h === undefined) hiddenEntries.set(t, (h = new Map()));
  if (!h.has(key)) {
    const mark = typeof key === 'string' ? HIDDEN_MARK + 's' + key : HIDDEN_MARK + 'o' + otherKeyMarks++;
    Object.defineProperty(t, mark, { value: key, writable: true, configurable: true, enumerable: false });
  }
  h.set(key, value);
}

/** Remove `key` from `t`'s hidden entries (and its marker); false when it is not there. */
function deleteHidden(t: any, key: unknown): boolean {
  const h = hiddenEntries.get(t);
  if (h === undefined || !h.delete(key)) return false;
  if (typeof key === 'string') {
    delete t[HIDDEN_MARK + 's' + key];
  } else {
    for (const k of Object.getOwnPropertyNames(t)) {
      if (isHiddenMark(k) && t[k] === key) {
        delete t[k];
        break;
      }
    }
  }
  return true;
}

/** Is `key` a data descriptor (or a builtin attribute accessor) along the class chain of `t`? */
function classDataDescriptor(t: object, key: string): boolean {
  const d = findDescriptor(Object.getPrototypeOf(t), key);
  return d !== undefined && d.get !== undefined && (d.set as any)?.[PLAIN_STORE] !== true;
}

/**
 * The table of an instance's __dict__: a live view of the object's own `$name` properties (plus
 * its hidden entries), so the dict sees later attribute stores and its stores are attributes.
 * The Map's own storage stays empty.
 */
class InstanceTable extends DerivedTable {
  private readonly target: any;
  private readonly slots: Set<string> | null;

  constructor(target: object, slots: Set<string> | null) {
    super();
    this.target = target;
    this.slots = slots;
  }

  private isEntryKey(k: string): boolean {
    return k.charCodeAt(0) === 36 && !INTERNAL.has(k) && !(this.slots?.has(k.slice(1)) ?? false);
  }

  private ownKeys(): string[] {
    return Object.keys(this.target).filter((k) => this.isEntryKey(k));
  }

  private hidden(): Map<unknown, unknown> | undefined {
    return hiddenEntries.get(this.target);
  }

  override get(key: unknown): unknown {
    if (typeof key === 'string') {
      const k = '$' + key;
      if (Object.prototype.hasOwnProperty.call(this.target, k) && this.isEntryKey(k)) return this.target[k];
    }
    return this.hidden()?.get(key);
  }

  override has(key: unknown): boolean {
    return this.get(key) !== undefined;
  }

  override set(key: unknown, value: unknown): this {
    const t = this.target;
    if (typeof key === 'string' && !(this.slots?.has(key) ?? false)) {
      const k = '$' + key;
      if (TYPE_SLOTS.has(key) && hideTypeSlot(t, key, value)) return this;
      if (Object.prototype.hasOwnProperty.call(t, k) || !classDataDescriptor(t, k)) {
        Object.defineProperty(t, k, dataProp(value));
        return this;
      }
    }
    setHidden(t, key, value);
    return this;
  }

  override delete(key: unknown): boolean {
    if (typeof key === 'string') {
      const k = '$' + key;
      if (Object.prototype.hasOwnProperty.call(this.target, k) && this.isEntryKey(k)) return delete this.target[k];
    }
    return deleteHidden(this.target, key);
  }

  override clear(): void {
    for (const k of this.ownKeys()) delete this.target[k];
    const h = this.hidden();
    if (h !== undefined) for (const k of [...h.keys()]) deleteHidden(this.target, k);
  }

  override get size(): number {
    let n = this.hidden()?.size ?? 0;
    for (const k of Object.keys(this.target)) if (this.isEntryKey(k) && this.target[k] !== undefined) n++;
    return n;
  }

  override *entries(): IterableIterator<[unknown, unknown]> {
    const t = this.target;
    const h = this.hidden();
    if (h === undefined || h.size === 0) {
      for (const k of this.ownKeys()) {
        const v = t[k];
        if (v !== undefined) yield [k.slice(1), v];
      }
      return;
    }
    // Hidden entries come at their markers' places; a snapshot, as the object may change meanwhile.
    const items: [unknown, unknown][] = [];
    for (const k of Object.getOwnPropertyNames(t)) {
      if (isHiddenMark(k)) {
        if (h.has(t[k])) items.push([t[k], h.get(t[k])]);
      } else if (this.isEntryKey(k) && Object.prototype.propertyIsEnumerable.call(t, k)) {
        const v = t[k];
        if (v !== undefined) items.push([k.slice(1), v]);
      }
    }
    yield* items;
  }

}

/** Each instance's __dict__, made at the first request (`o.__dict__ is o.__dict__`), by raw object. */
const instanceDicts = new WeakMap<object, unknown>();

/** The dict an `o.__dict__ = d` store gave an instance, which then holds its attributes. */
interface AssignedDict {
  d: any;
}
const assignedDicts = new WeakMap<object, AssignedDict>();

/** vars(obj) / obj.__dict__: the object's own attributes, as a dict that stays in step with them. */
export function vars(obj: unknown): unknown {
  if (isClass(obj)) return hooks.classDict(obj);
  if (moduleName(obj) !== null) return moduleNamespace(obj as object);
  if (!hasDict(obj) || typeOf(obj)[META].slots) return raise('TypeError', 'vars() argument must have __dict__ attribute');
  const t = raw(obj);
  if (typeof t === 'function') return functionVars(obj as object, t);
  const assigned = assignedDicts.get(t);
  if (assigned !== undefined) return assigned.d;
  let d = instanceDicts.get(t);
  if (d === undefined) {
    d = hooks.dict([]);
    (d as { m: Map<unknown, unknown> }).m = new InstanceTable(t, slotsAlong(obj));
    instanceDicts.set(t, d);
  }
  return d;
}

/** vars(f) of a function: a dict of its attributes, whose stores reach them. */
function functionVars(obj: object, t: any): unknown {
  const pairs: [unknown, unknown][] = [];
  for (const k of Object.keys(t)) {
    if (k.charCodeAt(0) !== 36 || INTERNAL.has(k)) continue;
    const v = (obj as any)[k];
    if (v !== undefined) pairs.push([k.slice(1), v]);
  }
  const d = hooks.dict(pairs) as { m: Map<unknown, unknown> };
  d.m = new AttributeTable(obj, d.m);
  return d;
}

/**
 * `obj.__dict__ = d`: from now on `d` holds the instance's attributes. Its current ones are
 * dropped, and a Proxy put first on its prototype chain answers the reads and stores that miss
 * the (now empty) object itself from `d`, after the class's data descriptors.
 */
function assignDict(obj: any, d: unknown): void {
  if (!isInstance(d, builtinTypes.get('dict')!)) {
    raise('TypeError', `__dict__ must be set to a dictionary, not a '${className(d)}'`);
  }
  const t = raw(obj);
  const prior = assignedDicts.get(t);
  if (prior !== undefined) {
    prior.d = d;
    return;
  }
  const table = new InstanceTable(t, slotsAlong(obj));
  table.clear();
  instanceDicts.delete(t);
  const holder: AssignedDict = { d };
  assignedDicts.set(t, holder);
  const redirect = new Proxy(Object.create(Object.getPrototypeOf(t)), {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) === 36 && !isDunderKey(key) && !classDataDescriptor(target, key)) {
        const v = holder.d.get(key.slice(1));
        if (v !== undefined) return v;
      }
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string' && key.charCodeAt(0) === 36 && raw(receiver) === t && !classDataDescriptor(target, key)) {
        holder.d.set(key.slice(1), value);
        return true;
      }
      return Reflect.set(target, key, value, receiver);
    },
    has(target, key) {
      if (typeof key === 'string' && key.charCodeAt(0) === 36 && holder.d.has(key.slice(1))) return true;
      return Reflect.has(target, key);
    },
  });
  Object.setPrototypeOf(t, redirect);
}

/** Delete attribute `name` held in a dict given by `obj.__dict__ = d`; false if not held there. */
function deleteFromAssignedDict(t: object, name: string): boolean {
  const a = assignedDicts.get(t);
  return a !== undefined && a.d.delete(name);
}

// `obj.__dict__` on instances of classes that do not define the name: read through to vars(),
// stores replace the namespace. Other objects read undefined here, so the attribute is missing.
Object.defineProperty(OP, '$__dict__', {
  get(this: unknown) {
    if (typeof this !== 'object' || this === null || !hasDict(this) || typeOf(this)[META].slots) return undefined;
    return vars(this);
  },
  set(this: unknown, v: unknown) {
    if (typeof this !== 'object' || this === null || !hasDict(this) || typeOf(this)[META].slots || moduleName(this) !== null) {
      attrErrorFor(this, '__dict__');
    }
    assignDict(this, v);
  },
  enumerable: false,
  configurable: true,
});

/** A name a shared prototype holds for another type only (int and float share Number.prototype:
 * `hex` there is float's), so `cls` does not have it. */
function absentFrom(cls: PyType, proto: object, key: string): boolean {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  // A name held as undefined hides an inherited JS member (tuple's `__setitem__` over list's).
  if (d !== undefined && 'value' in d && d.value === undefined) return true;
  const get = d?.get as any;
  return get !== undefined && get[CLASS_VALUE] !== undefined && get[CLASS_VALUE](cls) === undefined;
}

/**
 * Whether instances of the class statement's class `cls` take weak references (CPython gives
 * them a `__weakref__` slot): some class of its MRO written in Python has no `__slots__` or
 * lists `__weakref__` in them, and its builtin base is not one whose instances vary in size.
 */
function hasWeakrefSlot(cls: PyType): boolean {
  const base = cls[META].mro.find((c) => (c[META].flags & Flags.Builtin) !== 0)?.[META].name;
  if (base === 'int' || base === 'bool' || base === 'tuple' || base === 'bytes') return false;
  // Sets and types keep weak references in a slot of their own that no descriptor shows.
  if (base === 'set' || base === 'frozenset' || base === 'type') return false;
  return hasImplicitSlot(cls, '__weakref__');
}

/** The class of `cls`'s MRO that gave its instances their weak reference slot, or null. */
function weakrefOwner(cls: PyType): PyType | null {
  if ((cls[META].flags & Flags.Builtin) !== 0 || !hasWeakrefSlot(cls)) return null;
  const mro = cls[META].mro;
  for (let i = mro.length - 1; i >= 0; i--) {
    const c = mro[i]!;
    if ((c[META].flags & Flags.Builtin) === 0 && hasWeakrefSlot(c)) return c;
  }
  return cls;
}

/** Whether a class of `cls`'s MRO written in Python has no `__slots__`, or lists `name` in them. */
function hasImplicitSlot(cls: PyType, name: string): boolean {
  return cls[META].mro.some((c) => {
    if ((c[META].flags & Flags.Builtin) !== 0) return false;
    const slots = Object.getOwnPropertyDescriptor(c.prototype, '$__slots__')?.value;
    if (slots === undefined) return true;
    return slots === name || (Array.isArray(slots) && slots.includes(name));
  });
}

/**
 * The attributes the `__slots__` of `cls`'s classes give its instances, private names mangled,
 * without `__dict__` and `__weakref__` (copyreg._slotnames' list): each is a class attribute.
 */
function declaredSlots(cls: PyType): string[] {
  const out: string[] = [];
  for (const c of cls[META].mro) {
    for (const n of ownSlots(c) ?? []) {
      if (typeof n === 'string' && n !== '__dict__' && n !== '__weakref__' && !out.includes(n)) out.push(n);
    }
  }
  return out;
}

/**
 * object.__getstate__: the instance's `__dict__` (None when it has none or it is empty), paired
 * with a dict of the slots that hold a value when its classes declare `__slots__`.
 */
function objectGetstate(this: unknown): unknown {
  const self = this;
  let state: unknown = null;
  if (!isClass(self) && hasDict(self) && !typeOf(self)[META].slots) {
    const d = vars(self);
    if (hooks.truthy(d)) state = d;
  }
  if (typeof self !== 'object' || self === null) return state;
  const t = raw(self);
  const slots: [unknown, unknown][] = [];
  for (const n of declaredSlots(typeOf(self))) {
    if (Object.prototype.hasOwnProperty.call(t, '$' + n) && t['$' + n] !== undefined) slots.push([n, t['$' + n]]);
  }
  return slots.length === 0 ? state : hooks.tuple([state, hooks.dict(slots)]);
}

/**
 * The size CPython gives an instance of a class written in Python over object: object's header,
 * one pointer per declared slot and one for the weak reference slot (3.11 keeps the `__dict__`
 * before the header); null for classes over another builtin, whose size is the builtin's concern.
 */
export function instanceBasicSize(cls: PyType): number | null {
  if ((cls[META].flags & Flags.Builtin) !== 0 || cls[META].solid !== null || (cls[META].flags & Flags.Exception) !== 0) return null;
  return 16 + 8 * declaredSlots(cls).length + (hasWeakrefSlot(cls) ? 8 : 0);
}

/**
 * Whether 3.11 keeps the `__dict__` of `cls`'s instances before their header (a class written in
 * Python whose instances have a __dict__, over a builtin whose instances do not vary in size).
 */
export function hasManagedDict(cls: PyType): boolean {
  const solid = cls[META].solid?.[META].name;
  if (solid === 'int' || solid === 'bool' || solid === 'tuple' || solid === 'bytes') return false;
  return (cls[META].flags & Flags.Builtin) === 0 && hasImplicitSlot(cls, '__dict__');
}

installBuiltinMembers(OP, { methods: { __getstate__: objectGetstate } });

// A type's layout numbers (type.__basicsize__ and friends): CPython 3.11's for the common builtin
// types, and worked out like 3.11 does for classes written in Python. Nothing reads them here.

/** Instance sizes (bytes) and per-item sizes of the builtin types that programs ask about. */
const BUILTIN_SIZES: Readonly<Record<string, readonly [number, number]>> = {
  object: [16, 0], int: [24, 4], bool: [24, 4], float: [24, 0], complex: [32, 0], str: [64, 0],
  bytes: [33, 1], bytearray: [56, 0], list: [40, 0], tuple: [24, 8], dict: [48, 0], set: [200, 0],
  frozenset: [200, 0], range: [48, 0], slice: [40, 0], type: [904, 40], BaseException: [72, 0],
};

/** The builtin type of `cls`'s MRO with a recorded size (object at worst). */
function sizedBase(cls: PyType): PyType {
  return cls[META].mro.find((c) => (c[META].flags & Flags.Builtin) !== 0 && BUILTIN_SIZES[c[META].name] !== undefined) ?? objectType;
}

function typeBasicSize(cls: PyType): number {
  const own = instanceBasicSize(cls);
  if (own !== null) return own;
  const base = BUILTIN_SIZES[sizedBase(cls)[META].name]![0];
  return (cls[META].flags & Flags.Builtin) !== 0 ? base : base + 8 * declaredSlots(cls).length + (hasWeakrefSlot(cls) ? 8 : 0);
}

/** Bits of tp_flags: the fast subclass checks CPython keeps per type, and a few of its states. */
const SUBCLASS_FLAGS: Readonly<Record<string, number>> = {
  int: 1 << 24, list: 1 << 25, tuple: 1 << 26, bytes: 1 << 27, str: 1 << 28, dict: 1 << 29, BaseException: 1 << 30, type: 2 ** 31,
};

function typeFlags(cls: PyType): number {
  const m = cls[META];
  const builtin = (m.flags & Flags.Builtin) !== 0;
  let flags = (1 << 12) | (1 << 19) | (builtin ? 1 << 8 : (1 << 9) | (1 << 14));
  if ((m.flags & Flags.Final) === 0) flags |= 1 << 10;
  if (hasManagedDict(cls)) flags |= 1 << 4;
  for (const c of m.mro) {
    const bit = (c[META].flags & Flags.Builtin) !== 0 && c[META].module === 'builtins' ? SUBCLASS_FLAGS[c[META].name] : undefined;
    if (bit !== undefined) flags += bit;
  }
  return flags;
}

installBuiltinMembers(typeType.prototype, {
  getters: {
    __basicsize__: (c: PyType) => typeBasicSize(c),
    __itemsize__: (c: PyType) => BUILTIN_SIZES[sizedBase(c)[META].name]![1],
    __flags__: (c: PyType) => typeFlags(c),
    __dictoffset__: (c: PyType) => {
      if (hasManagedDict(c)) return -(typeBasicSize(c) + 24);
      if ((c[META].flags & Flags.Exception) !== 0) return 16;
      return isSubclass(c, typeType) ? 264 : 0;
    },
    __weakrefoffset__: (c: PyType) => {
      if ((c[META].flags & Flags.Builtin) === 0) return hasWeakrefSlot(c) ? typeBasicSize(c) - 8 : 0;
      return isSubclass(c, typeType) ? 368 : 0;
    },
  },
});

/** BaseException.__setstate__: the attributes of a dict (pickle's state), None for none. */
function exceptionSetstate(this: unknown, state: unknown): null {
  if (state === null) return null;
  if (!isInstance(state, builtinTypes.get('dict')!)) raise('TypeError', 'state is not a dictionary');
  for (const [k, v] of [...(state as { m: Map<unknown, unknown> }).m]) setattr(this, k, v);
  return null;
}
/** BaseException.__reduce__: (type, args), with the attributes' dict when there are any. */
function exceptionReduce(this: { args: unknown }): unknown {
  const d = vars(this);
  return hooks.tuple(hooks.truthy(d) ? [typeOf(this), this.args, d] : [typeOf(this), this.args]);
}
installBuiltinMembers(BaseException.prototype, {
  name: 'BaseException',
  methods: { __reduce__: exceptionReduce, __setstate__: exceptionSetstate },
});

/** The sorted attribute names dir(obj) lists. */
export function dirNames(obj: unknown): string[] {
  const names = new Set<string>();
  const addOwn = (o: object, owner?: PyType): void => {
    for (const k of Object.getOwnPropertyNames(o)) {
      if (k.charCodeAt(0) === 36 && !INTERNAL.has(k) && !(owner && absentFrom(owner, o, k))) names.add(k.slice(1));
    }
  };
  if (isClass(obj)) {
    // A core builtin type lists the names of its MRO's dicts, as CPython's type.__dir__ does.
    const recorded = obj[META].mro.map(cpythonOwnNames);
    if (recorded.every((r) => r !== undefined)) return [...new Set(recorded.flat())].sort();
    for (const c of obj[META].mro) addOwn(c.prototype, obj);
    for (const n of declaredSlots(obj)) names.add(n);
    names.add('__doc__');
    names.delete('__dict__');
    names.delete('__module__');
    // A class statement's namespace holds `__module__` and `__dict__`; a builtin type's has them
    // only where its instances have them (functions and types; exceptions and the method wrappers
    // have a `__dict__`).
    const m = obj[META];
    const builtin = (m.flags & Flags.Builtin) !== 0;
    const instancesNamed = !builtin || m.name === 'type' || m.name === 'function';
    if (instancesNamed) names.add('__module__');
    if (!builtin && hasWeakrefSlot(obj)) names.add('__weakref__');
    const exception = m.mro.some((c) => c[META].name === 'BaseException' && c[META].module === 'builtins');
    if (builtin ? instancesNamed || exception || m.name === 'staticmethod' || m.name === 'classmethod' : hasImplicitSlot(obj, '__dict__') || exception) names.add('__dict__');
  } else {
    if ((typeof obj === 'object' || typeof obj === 'function') && obj !== null) {
      addOwn(raw(obj));
      // Attributes held by a dict given through `obj.__dict__ = d`.
      const assigned = assignedDicts.get(raw(obj));
      if (assigned !== undefined) for (const k of assigned.d.keys()) if (typeof k === 'string') names.add(k);
    }
    // A module lists its namespace only (module.__dir__), and a global not bound yet is not in it
    // (its accessor reads undefined).
    if (moduleName(obj) !== null) {
      for (const n of names) if ((obj as any)['$' + n] === undefined) names.delete(n);
      return [...names].sort();
    }
    const t = typeOf(obj);
    for (const c of t[META].mro) addOwn(c.prototype, t);
    for (const n of declaredSlots(t)) names.add(n);
    if (typeof obj === 'function') for (const n of functionAttrNames(obj)) names.add(n);
    // object's prototype holds the `__dict__` accessor for every instance; only some have one
    // (of functions, those written in Python).
    if (hasDict(obj) && !t[META].slots && boundParts(obj) === undefined) names.add('__dict__');
    else names.delete('__dict__');
    if ((t[META].flags & Flags.Builtin) === 0 && hasWeakrefSlot(t)) names.add('__weakref__');
    names.add('__doc__');
  }
  names.add('__class__');
  return [...names].sort();
}

/** dir(obj): a user `__dir__` or the default listing. */
export function dir(obj: unknown, over?: unknown): unknown {
  if (over !== undefined) wantsRange('dir', 0, 1, arguments.length);
  const d = isClass(obj) ? typeOf(obj).prototype.$__dir__ : (obj as any)?.$__dir__;
  // A class lists through its metaclass's __dir__ when the metaclass defines one.
  if (typeof d === 'function' && d !== OP.$__dir__ && (!isClass(obj) || d !== typeType.prototype.$__dir__)) {
    const items = hooks.toArray(d.call(obj));
    return items.slice().sort();
  }
  return dirNames(obj);
}

hooks.dir = (x: unknown) => dirNames(x);

// ---------------------------------------------------------------------------------------------
// Creating classes

/** A binding removed by `del` in a class body (ClassNamespace.bindings). */
const UNBOUND = Symbol('unbound');

/** What a `class` statement works out from its bases and keywords before its body runs. */
interface ClassSetup {
  meta: unknown;
  resolved: unknown[];
  rest: KwPairs;
}

/**
 * A class body's namespace. It also keeps every binding and `del` in the order the body made
 * them. Under a metaclass with its own `__prepare__`, the mapping that made is live: each binding
 * goes through its `__setitem__` (an enum refuses a name bound twice), a `del` through its
 * `__delitem__`, and each name the body reads through its `__getitem__`, as they run.
 */
class ClassNamespace extends Map<string, unknown> {
  readonly bindings: [string, unknown][] = [];
  setup: ClassSetup | null = null;
  mapping: any = null;
  /** The value the mapping gave the last `has` (the compiled read is `has(k) ? get(k) : ...`). */
  private found: unknown = undefined;

  override set(key: string, value: unknown): this {
    this.bindings.push([key, value]);
    if (this.mapping !== null) this.mapping.$__setitem__(key, value);
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (this.mapping !== null) {
      const del = this.mapping.$__delitem__;
      if (typeof del === 'function') del.call(this.mapping, key);
      super.delete(key);
      this.bindings.push([key, UNBOUND]);
      return true;
    }
    const had = super.delete(key);
    if (had) this.bindings.push([key, UNBOUND]);
    return had;
  }

  override has(key: string): boolean {
    if (this.mapping === null) return super.has(key);
    this.found = mappingItem(this.mapping, key);
    return this.found !== undefined;
  }

  override get(key: string): unknown {
    if (this.mapping === null) return super.get(key);
    const v = this.found !== undefined ? this.found : mappingItem(this.mapping, key);
    this.found = undefined;
    return v;
  }
}

const MISSING_NAME = quietly(KeyError);

/** `mapping[key]`, or undefined on a KeyError (the name is then looked up further out). */
function mappingItem(mapping: any, key: string): unknown {
  const getitem = mapping.$__getitem__;
  if (typeof getitem !== 'function') return undefined;
  const depth = enterTry(MISSING_NAME);
  try {
    const v = getitem.call(mapping, key);
    exitTry(depth);
    return v;
  } catch (e) {
    exitTry(depth);
    if (isInstance(toPy(e), KeyError)) return undefined;
    throw e;
  }
}

/**
 * The keywords of a class statement that unpacks `**mapping`s, in order: [name, value] for a named
 * keyword, [null, mapping] for `**mapping`; checked as CPython's __build_class__ checks them.
 */
export function classKeywords(items: readonly [string | null, unknown][]): KwPairs {
  const out: KwPairs = [];
  for (const [name, value] of items) {
    const pairs: KwPairs = name === null ? kwItems(value, '__build_class__()') : [[name, value]];
    for (const pair of pairs) {
      if (out.some(([seen]) => seen === pair[0])) {
        raise('TypeError', `__build_class__() got multiple values for keyword argument '${pair[0]}'`);
      }
      out.push(pair);
    }
  }
  return out;
}

export function classNs(module?: string, qualname?: string, bases?: unknown[], kw?: KwPairs): Map<string, unknown> {
  if (qualname === undefined) return new Map<string, unknown>();
  const ns = new ClassNamespace();
  if (bases !== undefined) {
    const setup = classSetup(bases, kw ?? []);
    ns.setup = setup;
    if (isClass(setup.meta) && setup.meta !== typeType) ns.mapping = prepare(setup.meta as PyType, qualname, setup.resolved, setup.rest);
  }
  // The body's first statement is `__module__ = __name__`, a read the mapping sees too.
  if (ns.mapping !== null) module = (mappingItem(ns.mapping, '__name__') as string | undefined) ?? module;
  ns.set('__module__', module);
  ns.set('__qualname__', qualname);
  return ns;
}

/** The metaclass, the bases after `__mro_entries__`, and the keywords left for the metaclass. */
function classSetup(bases: unknown[], kw: KwPairs): ClassSetup {
  let meta: unknown = null;
  const rest: KwPairs = [];
  for (const p of kw) {
    if (p[0] === 'metaclass') meta = p[1];
    else rest.push(p);
  }
  const resolved = resolveBases(bases);
  if (meta === null) {
    meta = resolved.length ? typeOf(resolved[0]) : typeType;
  }
  if (isClass(meta)) meta = calculateMeta(meta, resolved.filter(isClass));
  return { meta, resolved, rest };
}

/** The mapping of `meta`'s own `__prepare__`, or null when it is type's. */
function prepare(meta: PyType, qualname: string, bases: unknown[], kw: KwPairs): unknown {
  const prep = (meta as any).$__prepare__;
  if (typeof prep !== 'function' || isTypePrepare(prep)) return null;
  const name = qualname.slice(qualname.lastIndexOf('.') + 1);
  const mapping: any = callKw(prep, null, [name, hooks.tuple(bases)], kw);
  if (typeof mapping?.$__setitem__ !== 'function') raise('TypeError', `${meta[META].name}.__prepare__() must return a mapping, not ${className(mapping)}`);
  return mapping;
}

/** locals() in a class body: a dict over the namespace itself, so stores through it define names. */
export function classLocals(ns: Map<string, unknown>): unknown {
  const d = hooks.dict([]) as { m: Map<unknown, unknown> };
  d.m = ns;
  return d;
}

function metaclassConflict(): never {
  return raise(
    'TypeError',
    'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
  );
}

/** The most derived metaclass of `meta` and the bases' metaclasses (_PyType_CalculateMetaclass). */
function calculateMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubclass(winner, t)) continue;
    if (isSubclass(t, winner)) {
      winner = t;
      continue;
    }
    metaclassConflict();
  }
  return winner;
}

/**
 * The `class` statement: `name`, `qualname`, `module`, evaluated `bases`, the namespace the body
 * filled, the keywords (`metaclass=` and those for __init_subclass__) and the compiler's
 * adapters (method name → [canonical function, this-style adapter]).
 */
export function klass(
  name: string,
  qualname: string,
  module: string,
  bases: unknown[],
  ns: Map<string, unknown>,
  kw: KwPairs = [],
  adapters?: Map<string, [Function, Function]>,
): unknown {
  const early = ns instanceof ClassNamespace ? ns.setup : null;
  const { meta, resolved, rest } = early ?? classSetup(bases, kw);
  const live = ns instanceof ClassNamespace ? ns.mapping : null;
  if (live === null) {
    if (!ns.has('__qualname__')) ns.set('__qualname__', qualname);
    if (!ns.has('__module__')) ns.set('__module__', module);
  }
  const m = meta as PyType;
  // PEP 560: a base replaced through __mro_entries__ (`Generic[T]`) leaves the bases as written.
  if (resolved !== bases) ns.set('__orig_bases__', hooks.tuple(bases));
  if (m === typeType) return typeNew(typeType, name, resolved, ns, rest, adapters);
  const nsDict = live !== null ? live : preparedNamespace(m, name, resolved, rest, ns);
  const args = [name, hooks.tuple(resolved), nsDict];
  pendingAdapters = adapters ?? null;
  try {
    return callKw(meta, null, args, rest);
  } finally {
    pendingAdapters = null;
  }
}

let pendingAdapters: Map<string, [Function, Function]> | null = null;

/**
 * The namespace a metaclass receives. With its own `__prepare__`, the mapping that returns, into
 * which each of the class body's bindings is stored (through its `__setitem__`, a `del` through
 * its `__delitem__`) in the order the body made them; the body itself ran against a plain
 * namespace, so its reads saw the mapping's initial entries only as this fills them in.
 */
function preparedNamespace(meta: PyType, name: string, bases: unknown[], kw: KwPairs, ns: Map<string, unknown>): unknown {
  const prepare = (meta as any).$__prepare__;
  // type's own __prepare__ makes an empty dict: the namespace serves as it is.
  if (typeof prepare !== 'function' || isTypePrepare(prepare)) return hooks.dict([...ns]);
  const mapping: any = callKw(prepare, null, [name, hooks.tuple(bases)], kw);
  const store = mapping?.$__setitem__;
  if (typeof store !== 'function') raise('TypeError', `${meta[META].name}.__prepare__() must return a mapping, not ${className(mapping)}`);
  const replay = ns instanceof ClassNamespace ? ns.bindings : [...ns];
  for (const [k, v] of replay) {
    if (v !== UNBOUND) store.call(mapping, k, v);
    else if (typeof mapping.$__delitem__ === 'function') mapping.$__delitem__(k);
  }
  return mapping;
}

/** Whether `f`, read as `meta.__prepare__`, is type's own (the classmethod, bound or not). */
function isTypePrepare(f: Function): boolean {
  const parts = boundParts(f);
  const fn = parts !== undefined ? parts[1] : f;
  return fn === typePrepare || (fn as any)[CLASSMETHOD] === typePrepare;
}

/** Apply `__mro_entries__` (PEP 560). */
function resolveBases(bases: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (isClass(b)) {
      out?.push(b);
      continue;
    }
    const me = b !== null && b !== undefined ? (b as any).$__mro_entries__ : undefined;
    if (typeof me !== 'function') {
      out?.push(b);
      continue;
    }
    out ??= bases.slice(0, i);
    out.push(...hooks.toArray(me.call(b, hooks.tuple(bases))));
  }
  return out ?? bases;
}

/**
 * The base whose JS prototype chain a new class's prototype continues. Normally the first; but
 * when a base without the builtin layout comes first (`class D(Mixin, dict)`), the first base
 * carrying the layout: the builtin's own methods rely on its JS members (a dict's `keyOf`, a
 * list's `push`, a str's `toUpperCase`) being reachable from the instance. syncCopies then copies
 * onto the prototype what the other bases define ahead of that chain in the MRO.
 */
function layoutBase(bases: PyType[], solid: PyType | null): PyType {
  const first = bases[0]!;
  if (solid === null || first[META].solid === solid) return first;
  return bases.find((b) => b[META].solid === solid) ?? first;
}

/** type.__new__(meta, name, bases, ns): build the class. */
export function typeNew(
  meta: PyType,
  name: string,
  basesIn: unknown[],
  ns: Map<string, unknown> | Iterable<[string, unknown]>,
  kw: KwPairs = [],
  adapters?: Map<string, [Function, Function]> | null,
): PyType {
  const nsMap = ns instanceof Map ? ns : new Map(ns);
  adapters ??= pendingAdapters;
  pendingAdapters = null;
  for (const b of basesIn) {
    if (!isClass(b)) {
      if (typeof b === 'function' || (typeof b === 'object' && b !== null)) {
        raise('TypeError', `bases must be types`);
      }
      raise('TypeError', `bases must be types`);
    }
  }
  const bases = (basesIn.length ? basesIn : [objectType]) as PyType[];
  for (const b of bases) {
    if (b[META].flags & Flags.Final) raise('TypeError', `type '${b[META].qualname}' is not an acceptable base type`);
  }
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raise('TypeError', `duplicate base class ${bases[i]![META].name}`);
    }
  }
  // The instance layout comes from the most derived builtin base with one.
  let solid: PyType | null = null;
  for (const b of bases) {
    const s = b[META].solid;
    if (s === null) continue;
    if (solid === null || isSubclass(s, solid)) solid = s;
    else if (!isSubclass(solid, s)) raise('TypeError', 'multiple bases have instance lay-out conflict');
  }
  if (nsMap.has('__slots__')) {
    checkSlotConflicts(name, nsMap);
    checkVariableSizeBase(bases, nsMap.get('__slots__'));
  }
  const qualname = nsMap.has('__qualname__') ? String(nsMap.get('__qualname__')) : name;
  const module = nsMap.has('__module__') ? String(nsMap.get('__module__')) : hooks.callerModuleName();
  const proto = Object.create(layoutBase(bases, solid).prototype);
  const m = newMeta(name, qualname, module, bases, proto);
  m.solid = solid;
  if (bases.some((b) => isSubclass(b, BaseException))) m.flags |= Flags.Exception;
  const cls = newClassFunction(m);
  cls.prototype = proto;
  Object.defineProperty(proto, TYPE, { value: cls, writable: true, configurable: true, enumerable: false });
  // Generated code takes its list and dict fast paths on `o.constructor === Array` (or PyDict):
  // a subclass's instances must not inherit that constructor, or an overridden __getitem__ would
  // be bypassed.
  Object.defineProperty(proto, 'constructor', { value: m.Inst, writable: true, configurable: true, enumerable: false });
  m.mro = [cls, ...c3(bases)];
  setMetaclass(cls, meta);
  for (const b of bases) b[META].subclasses.push(new WeakRef(cls));
  // A library class standing for a C type names itself in messages as CPython's does.
  if (nsMap.has(MESSAGE_NAME)) {
    m.messageName = String(nsMap.get(MESSAGE_NAME));
    nsMap.delete(MESSAGE_NAME);
  }
  // Class attributes.
  for (const [k, v] of nsMap) {
    if (k === '__qualname__' || k === '__classcell__') continue;
    const pair = adapters?.get(k);
    const adapter = pair !== undefined && pair[0] === v ? pair[1] : undefined;
    Object.defineProperty(proto, '$' + k, memberDescriptor(k, v, adapter));
    noteMethodWrapper(proto, '$' + k, v);
  }
  if (!nsMap.has('__module__')) Object.defineProperty(proto, '$__module__', dataProp(module));
  noteDictEntries(cls, nsMap);
  if (!nsMap.has('__doc__')) Object.defineProperty(proto, '$__doc__', dataProp(null));
  if (nsMap.has('__eq__') && !nsMap.has('__hash__')) Object.defineProperty(proto, '$__hash__', dataProp(null));
  if (bases.length > 1) syncCopies(cls);
  m.slots = slotNames(cls);
  // Instances without a __dict__ refuse other attributes: generated code sends their stores to setattr.
  Object.defineProperty(proto, NO_DICT, { value: m.slots !== null, writable: true, configurable: true, enumerable: false });
  refreshClass(cls);
  // __set_name__ (PEP 487), then the parent's __init_subclass__.
  for (const [k, v] of nsMap) {
    if (typeof v !== 'object' || v === null) continue;
    const sn = typeOf(v).prototype.$__set_name__;
    if (typeof sn === 'function') callSetName(sn, v, cls, k);
  }
  initSubclass(cls, kw);
  return cls;
}

/** `value.__set_name__(cls, name)`; what it raises comes out as the cause of 3.11's RuntimeError. */
function callSetName(setName: Function, value: unknown, cls: PyType, name: string): void {
  try {
    setName.call(value, cls, name);
  } catch (e) {
    const original = toPy(e);
    const wrapped = makeExc('RuntimeError', `Error calling __set_name__ on '${className(value)}' instance ${hooks.repr(name)} in '${cls[META].name}'`);
    (wrapped as unknown as { context: unknown }).context = original;
    pyRaise(wrapped, original);
  }
}

/** Builtins whose instances CPython sizes per object (tp_itemsize): they leave no room for slots. */
const VARIABLE_SIZE_BUILTINS = ['int', 'bytes', 'tuple', 'type'];

/** A class over int, bytes, tuple or type may only declare `__slots__ = ()`. */
function checkVariableSizeBase(bases: PyType[], slots: unknown): void {
  const count = strText(slots) !== undefined ? 1 : hooks.toArray(slots).length;
  if (count === 0) return;
  for (const b of bases) {
    if (b[META].mro.some((c: PyType) => c[META].flags & Flags.Builtin && c[META].module === 'builtins' && VARIABLE_SIZE_BUILTINS.includes(c[META].name))) {
      raise('TypeError', `nonempty __slots__ not supported for subtype of '${b[META].name}'`);
    }
  }
}

/**
 * CPython refuses a slot whose (mangled) name the class body also binds, which would hide it;
 * the __qualname__ and __classcell__ entries are no class variables.
 */
function checkSlotConflicts(clsName: string, ns: Map<string, unknown>): void {
  const slots = ns.get('__slots__');
  const single = strText(slots);
  const items = single !== undefined ? [single] : hooks.toArray(slots).map(unwrapStr);
  const owner = clsName.replace(/^_+/, '');
  for (const item of items) {
    if (typeof item !== 'string' || item === '__dict__' || item === '__weakref__') continue;
    const mangled = owner !== '' && item.startsWith('__') && !item.endsWith('__') ? `_${owner}${item}` : item;
    if (mangled !== '__qualname__' && mangled !== '__classcell__' && ns.has(mangled)) {
      raise('ValueError', `${hooks.repr(mangled)} in __slots__ conflicts with class variable`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// cls.__dict__: the namespace, plus the descriptors type() adds (slot members, __dict__, __weakref__)

/** The descriptors type() adds to a new class's dict, and whether it added `__doc__` itself. */
interface DictEntries {
  added: string[];
  autoDoc: boolean;
}

/** Do instances of `c` have a `__dict__` (tp_dictoffset)? */
function instancesHaveDict(c: PyType): boolean {
  const m = c[META];
  if (m.flags & Flags.Builtin) return c !== objectType && (isSubclass(c, BaseException) || isSubclass(c, typeType) || m.name === 'module');
  return (m.dictEntries as DictEntries | undefined)?.added.includes('__dict__') === true || m.bases.some(instancesHaveDict);
}

/** Can instances of `c` be weakly referenced (tp_weaklistoffset)? */
function instancesHaveWeakref(c: PyType): boolean {
  const m = c[META];
  if (m.flags & Flags.Builtin) return isSubclass(c, typeType) || m.name === 'set' || m.name === 'frozenset';
  return (m.dictEntries as DictEntries | undefined)?.added.includes('__weakref__') === true || m.bases.some(instancesHaveWeakref);
}

/** Record which descriptors type_new adds to `cls`'s dict: its slots' members, __dict__ and __weakref__. */
function noteDictEntries(cls: PyType, ns: Map<string, unknown>): void {
  const m = cls[META];
  const slots = ns.has('__slots__') ? ownSlots(cls)?.filter((n): n is string => typeof n === 'string') ?? [] : null;
  const added = slots === null ? [] : slots.filter((n) => n !== '__dict__' && n !== '__weakref__');
  if (!m.bases.some(instancesHaveDict) && (slots === null || slots.includes('__dict__'))) added.push('__dict__');
  // As type_new's may_add_weak: not over a base whose instances vary in size (int, tuple, bytes).
  const solid = m.solid?.[META].name;
  const varSized = solid === 'int' || solid === 'bool' || solid === 'tuple' || solid === 'bytes';
  if (!varSized && !m.bases.some(instancesHaveWeakref) && (slots === null || slots.includes('__weakref__'))) added.push('__weakref__');
  m.dictEntries = { added, autoDoc: !ns.has('__doc__') } satisfies DictEntries;
}

/** A slot's member descriptor, as cls.__dict__ shows it. */
class MemberDescriptor {
  constructor(readonly name: string, readonly owner: PyType) {}
}
builtinType({
  name: 'member_descriptor',
  proto: MemberDescriptor.prototype,
  final: true,
  methods: {
    __repr__(this: MemberDescriptor) {
      return `<member '${this.name}' of '${this.owner[META].name}' objects>`;
    },
    __get__(this: MemberDescriptor, obj: unknown, type?: unknown) {
      if (obj === null || obj === undefined) {
        if (type === null || type === undefined) raise('TypeError', '__get__(None, None) is invalid');
        return this;
      }
      const key = slotHolder(this, obj);
      const v = raw(obj)[key];
      return v !== undefined ? v : attrErrorFor(obj, this.name);
    },
    __set__(this: MemberDescriptor, obj: unknown, value: unknown) {
      Object.defineProperty(raw(obj), slotHolder(this, obj), dataProp(value));
      return null;
    },
    __delete__(this: MemberDescriptor, obj: unknown) {
      deleteSlot(raw(obj), slotHolder(this, obj), this.name);
      return null;
    },
  },
  getters: {
    __name__: (d: MemberDescriptor) => d.name,
    __qualname__: (d: MemberDescriptor) => `${d.owner[META].qualname}.${d.name}`,
    __objclass__: (d: MemberDescriptor) => d.owner,
    __doc__: () => null,
  },
});

/** The property key of slot `d` on `obj` (which the slot must apply to), for its descriptor methods. */
function slotHolder(d: MemberDescriptor, obj: unknown): string {
  if (!isInstance(obj, d.owner)) {
    raise('TypeError', `descriptor '${d.name}' for '${d.owner[META].name}' objects doesn't apply to a '${className(obj)}' object`);
  }
  return '$' + d.name;
}

/** Unset a slot's value; an unset slot raises AttributeError with just its name, as CPython's does. */
function deleteSlot(t: any, key: string, name: string): void {
  if (!Object.prototype.hasOwnProperty.call(t, key) || t[key] === undefined) raise('AttributeError', name);
  delete t[key];
}

/** Is `name` a slot that a class along `obj`'s MRO declares? */
function isDeclaredSlot(obj: unknown, name: string): boolean {
  return typeOf(obj)[META].mro.some((c: PyType) => ownSlots(c)?.includes(name) === true);
}

const members = new WeakMap<PyType, Map<string, MemberDescriptor>>();

function addedEntry(cls: PyType, name: string): unknown {
  if (name === '__dict__' || name === '__weakref__') return getsetDescriptor(cls, name);
  let own = members.get(cls);
  if (own === undefined) members.set(cls, (own = new Map()));
  let d = own.get(name);
  if (d === undefined) own.set(name, (d = new MemberDescriptor(name, cls)));
  return d;
}

setBuiltinMemberFactory((cls, name) => addedEntry(cls, name) as object);

/** cls.__dict__: the class's own attributes in definition order, with type()'s additions in their places. */
function classDict(c: PyType): unknown {
  const recorded = cpythonOwnNames(c);
  if (recorded !== undefined) return new MappingProxy(hooks.dict(recorded.map((n) => [n, builtinDictEntry(c, n)])) as DictLike);
  const pairs: [unknown, unknown][] = [];
  const entries = c[META].dictEntries as DictEntries | undefined;
  const addEntries = (): void => {
    for (const n of entries!.added) pairs.push([n, addedEntry(c, n)]);
  };
  for (const k of Object.getOwnPropertyNames(c.prototype)) {
    if (k.charCodeAt(0) !== 36 || !defines(c, k)) continue;
    if (k === '$__doc__' && entries?.autoDoc) addEntries();
    // A descriptor is stored as an accessor whose getter knows it: the dict holds the descriptor.
    const get = Object.getOwnPropertyDescriptor(c.prototype, k)!.get as any;
    if (get !== undefined && get[DESCR] !== undefined) pairs.push([k.slice(1), get[DESCR]]);
    else pairs.push([k.slice(1), methodWrapperAt(c.prototype, k) ?? classLookup(c, k)]);
  }
  if (entries !== undefined && !entries.autoDoc) addEntries();
  if (c === builtinTypes.get('function')) pairs.push(['__get__', functionTypeGet]);
  return new MappingProxy(hooks.dict(pairs) as DictLike);
}
hooks.classDict = classDict;

const staticEntries = new WeakMap<PyType, Map<string, unknown>>();

/** `str.__dict__['maketrans']`: a builtin type's staticmethod, as the staticmethod object its dict holds. */
function staticEntry(c: PyType, name: string, fn: Function): unknown {
  let own = staticEntries.get(c);
  if (own === undefined) staticEntries.set(c, (own = new Map()));
  let w = own.get(name);
  if (w === undefined) {
    // Made by the type itself, not by staticmethod(): no attributes copied from the function.
    const made = new staticmethod[META].Inst() as Wrapper;
    made.func = fn;
    own.set(name, (w = made));
  }
  return w;
}

/**
 * The value a core builtin type's `__dict__` holds for `name`, one of CPython's names for it: what
 * the runtime's class gives (methods it inherits from object shown as the type's own), its `__doc__`
 * string, or a getset descriptor for an attribute the runtime computes elsewhere.
 */
function builtinDictEntry(c: PyType, name: string): unknown {
  const key = '$' + name;
  if (name === '__doc__' && !isCpythonMember(c, name) && c !== typeType) return (c as any).$__doc__;
  if (c === builtinTypes.get('function') && name === '__get__') return functionTypeGet;
  if (c === builtinTypes.get('function') && name === '__call__') return functionTypeCall;
  const d = defines(c, key) ? Object.getOwnPropertyDescriptor(c.prototype, key) : undefined;
  const get = d?.get as any;
  if (get !== undefined && get[DESCR] !== undefined) return get[DESCR];
  if (name === '__doc__' && c === typeType) return getsetDescriptor(c, name);
  if (isCpythonMember(c, name)) return addedEntry(c, name);
  const heldAt = findDescriptor(c.prototype, key);
  const classValue = (heldAt?.get as any)?.[CLASS_VALUE];
  const held = classValue !== undefined ? classValue(c) : heldAt?.value;
  if (typeof held === 'function' && (held as any)[BUILTIN_STATIC] === true) return staticEntry(c, name, held);
  const classmethodFunc = typeof held === 'function' ? held[CLASSMETHOD] : undefined;
  if (classmethodFunc !== undefined && classmethodFunc.$sig === undefined) return classmethodDescriptor(c, name, classmethodFunc);
  const found = (defines(c, key) ? methodWrapperAt(c.prototype, key) : undefined) ?? classLookup(c, key);
  return found === undefined || (name === '__dict__' || name === '__weakref__') ? getsetDescriptor(c, name) : found;
}

type DictLike = { [key: string]: any };

/** `cls.__dict__`: a read-only view of the class namespace (types.MappingProxyType). */
export class MappingProxy {
  constructor(readonly d: DictLike) {}
}
const readOnly = (): never => raise('TypeError', "'mappingproxy' object does not support item assignment");
builtinType({
  name: 'mappingproxy',
  proto: MappingProxy.prototype,
  final: true,
  methods: {
    __getitem__(this: MappingProxy, k: unknown) { return this.d.$__getitem__(k); },
    __contains__(this: MappingProxy, k: unknown) { return this.d.$__contains__(k); },
    __iter__(this: MappingProxy) { return this.d.$__iter__(); },
    __reversed__(this: MappingProxy) { return this.d.$__reversed__(); },
    __len__(this: MappingProxy) { return this.d.$__len__(); },
    __eq__(this: MappingProxy, other: unknown) { return this.d.$__eq__(other instanceof MappingProxy ? other.d : other); },
    __or__(this: MappingProxy, other: unknown) { return this.d.$__or__(other instanceof MappingProxy ? other.d : other); },
    __repr__(this: MappingProxy) { return `mappingproxy(${hooks.repr(this.d)})`; },
    // str() is the mapping's own (a dict's repr).
    __str__(this: MappingProxy) { return hooks.repr(this.d); },
    __setitem__: readOnly,
    __delitem__(this: MappingProxy) { return raise('TypeError', "'mappingproxy' object does not support item deletion"); },
    get(this: MappingProxy, k: unknown, dflt?: unknown) { return this.d.$get(k, dflt === undefined ? null : dflt); },
    keys(this: MappingProxy) { return this.d.$keys(); },
    values(this: MappingProxy) { return this.d.$values(); },
    items(this: MappingProxy) { return this.d.$items(); },
    copy(this: MappingProxy) { return this.d.$copy(); },
  },
});

function initSubclass(cls: PyType, kw: KwPairs): void {
  const mro = cls[META].mro;
  const owner = definer(mro, '$__init_subclass__', 1);
  const f = owner === null ? undefined : owner.prototype.$__init_subclass__;
  if (owner === objectType || f === undefined) {
    if (kw.length) raise('TypeError', `${cls[META].qualname}.__init_subclass__() takes no keyword arguments`);
    return;
  }
  callKw(f, cls, [], kw);
}

// type(x) and type(name, bases, dict)
typeType[META].construct = (cls: PyType, pos: unknown[], kw: KwPairs | null): unknown => {
  void cls;
  if (pos.length === 1 && (kw === null || kw.length === 0)) return typeOf(pos[0]);
  if (pos.length !== 3) raise('TypeError', 'type() takes 1 or 3 arguments');
  const made = typeNewFromArgs(typeType, pos, kw);
  // As type.__call__ does after __new__: a class of a derived metaclass gets its __init__.
  if (!isClass(made)) return made;
  const init = typeOf(made).prototype.$__init__;
  if (init !== typeType.prototype.$__init__ && typeof init === 'function') {
    const r = kw !== null && kw.length > 0 ? callKw(init, made, pos, kw) : init.apply(made, pos);
    if (r !== null && r !== undefined) raise('TypeError', `__init__() should return None, not '${className(r)}'`);
  }
  return made;
};

/**
 * type.__new__(meta, name, bases, dict): the bases' most derived metaclass builds the class,
 * through its own __new__ when it has one.
 */
function typeNewFromArgs(meta: PyType, pos: unknown[], kw: KwPairs | null): unknown {
  const [givenName, bases, dict] = pos;
  const name = strText(givenName);
  if (name === undefined) {
    return raise('TypeError', `type.__new__() argument 1 must be str, not ${className(givenName)}`);
  }
  if (!Array.isArray(bases)) {
    raise('TypeError', `type.__new__() argument 2 must be tuple, not ${className(bases)}`);
  }
  const pairs: [string, unknown][] = [];
  if (dict instanceof Map) {
    for (const [k, v] of dict) pairs.push([unwrapStr(k) as string, v]);
  } else {
    for (const k of hooks.toArray(dict)) pairs.push([unwrapStr(k) as string, (dict as any).$__getitem__(k)]);
  }
  const resolved = resolveBases(bases as unknown[]);
  // A base that is not a class brings its own type as a metaclass, which conflicts with type.
  const winner = calculateMeta(meta, resolved as PyType[]);
  if (winner !== meta) {
    const newFn = winner.prototype.$__new__;
    if (typeof newFn === 'function' && newFn !== typeNewFn) return callKw(newFn, null, [winner, ...pos], kw ?? []);
  }
  return typeNew(winner, name, resolved, pairs, kw ?? []);
}

const typeNewFn = function __new__(meta: unknown, ...args: unknown[]): unknown {
  if (!isClass(meta) || !isSubclass(meta, typeType)) {
    return raise('TypeError', `type.__new__(X): X is not a type object (${className(meta)})`);
  }
  if (args.length === 1 && meta === typeType) return typeOf(args[0]);
  if (args.length !== 3) raise('TypeError', 'type.__new__() takes exactly 3 arguments');
  return typeNewFromArgs(meta, args, null);
};
(typeNewFn as any).$kw = (pos: unknown[], kw: KwPairs | null) => {
  const meta = pos[0] as PyType;
  if (pos.length !== 4) raise('TypeError', 'type.__new__() takes exactly 3 arguments');
  return typeNewFromArgs(meta, pos.slice(1), kw);
};
// The bundle drops the expression's own name (nothing inside uses it).
Object.defineProperty(typeNewFn, 'name', { value: '__new__' });
setQualname(typeNewFn, 'type.__new__');
Object.defineProperty(typeType.prototype, '$__new__', dataProp(typeNewFn));
Object.defineProperty(typeType.prototype, '$__init__', {
  value: Object.assign(
    function __init__() {
      return null;
    },
    { [METHOD]: true, $kw: () => null },
  ),
  writable: true,
  configurable: true,
});
Object.defineProperty(typeType.prototype.$__init__, 'name', { value: '__init__' });
// Classes are JS functions, but type inherits object's comparison and hash, not function's.
for (const key of ['$__eq__', '$__hash__']) Object.defineProperty(typeType.prototype, key, { value: OP[key], writable: true, configurable: true });
refreshClass(typeType);

// cls.__annotations__ (type_get_annotations): the class's own, never a base's. A user class that
// annotated nothing gets an empty dict in its namespace at the first read; a builtin has none.
Object.defineProperty(typeType.prototype, '$__annotations__', {
  get(this: unknown) {
    if (!isClass(this)) return undefined;
    const key = '$__annotations__';
    // type's own entry is this accessor, no annotations.
    if (defines(this, key) && this !== typeType) return classLookup(this, key);
    if (this[META].flags & Flags.Builtin) return attrErrorFor(this, '__annotations__');
    const d = hooks.dict([]);
    setClassAttr(this, '__annotations__', d);
    return d;
  },
  set(this: unknown, v: unknown) {
    if (isClass(this)) setClassAttr(this, '__annotations__', v);
  },
  configurable: true,
  enumerable: false,
});

// object.__init_subclass__ accepts no keywords (the check lives in initSubclass).

// ---------------------------------------------------------------------------------------------
// super

interface SuperObj {
  thisClass: PyType;
  self: unknown;
  start: PyType[];
}

/** The MRO tail to search for super(cls, self). */
function superMro(cls: PyType, self: unknown): PyType[] {
  let mro: PyType[];
  if (isClass(self) && isSubclass(self, cls)) mro = self[META].mro;
  else if (isInstance(self, cls)) mro = typeOf(self)[META].mro;
  else {
    return raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  const i = mro.indexOf(cls);
  return mro.slice(i + 1);
}

function superFind(cls: PyType, self: unknown, name: string): { owner: PyType; d: PropertyDescriptor } | null {
  const key = '$' + name;
  const mro = superMro(cls, self);
  for (let i = 0; i < mro.length; i++) {
    const c = mro[i]!;
    if (defines(c, key)) return { owner: c, d: Object.getOwnPropertyDescriptor(c.prototype, key)! };
    const shared = sharedBuiltinMember(c, key, mro, i);
    if (shared !== undefined) return { owner: c, d: shared };
  }
  return null;
}

/**
 * A member a builtin class has through a JS prototype it shares with another builtin that is not
 * in this MRO (tuple's `__iter__`, `__len__` and `__contains__` are list's, on Array.prototype).
 */
function sharedBuiltinMember(c: PyType, key: string, mro: PyType[], at: number): PropertyDescriptor | undefined {
  if (!(c[META].flags & Flags.Builtin)) return undefined;
  for (let p = Object.getPrototypeOf(c.prototype); p !== null; p = Object.getPrototypeOf(p)) {
    if (!Object.prototype.hasOwnProperty.call(p, key)) continue;
    // What a class later in the MRO owns is found at that class.
    for (let j = at + 1; j < mro.length; j++) if (mro[j]!.prototype === p) return undefined;
    return Object.getOwnPropertyDescriptor(p, key);
  }
  return undefined;
}

/** `super().name` as a value. */
export function superAttr(cls: PyType, self: unknown, name: string): unknown {
  const f = superFind(cls, self, name);
  if (f === null) {
    if (name === '__class__') return typeOf(superObj(cls, self));
    return raise('AttributeError', `'super' object has no attribute '${name}'`);
  }
  const d = f.d;
  if (d.get !== undefined) {
    const descr = (d.get as any)[DESCR];
    if (isClass(self) && descr !== undefined && !isPlainProperty(descr)) {
      return typeOf(descr).prototype.$__get__.call(descr, null, self);
    }
    if (isClass(self)) return descr ?? d.get.call(self);
    return d.get.call(self);
  }
  const v = d.value;
  if (typeof v !== 'function') return v;
  if (isClass(self) && !isSubclass(typeOf(self), f.owner)) {
    // super(C, cls).m: unbound lookups on the class.
    if ((v as any)[CLASSMETHOD] !== undefined) return boundMethod(self, (v as any)[CLASSMETHOD], false);
    return classAttrValue(f.owner, v);
  }
  if ((v as any).$canon !== undefined || (v as any)[METHOD] === true || (v as any)[CLASSMETHOD] !== undefined) {
    return bindMethod(self, v);
  }
  return v;
}

/** `super().name(...)`: a function to `.call(self, ...args)`. */
export function superMethod(cls: PyType, self: unknown, name: string): Function {
  const f = superFind(cls, self, name);
  if (f !== null && f.d.get === undefined && typeof f.d.value === 'function') {
    const v = f.d.value as any;
    if (isClass(self) && !isSubclass(typeOf(self), f.owner) && v.$canon !== undefined) {
      // super().m(...) inside a classmethod reaching a plain method: unbound, self is explicit.
      const canon = v.$canon;
      return function (this: unknown, ...args: unknown[]) {
        return canon(...args);
      };
    }
    return v;
  }
  const v = superAttr(cls, self, name);
  const fn = typeof v === 'function' ? v : callable(v);
  return function (this: unknown, ...args: unknown[]) {
    return fn(...args);
  };
}

const SuperProto: any = Object.create(OP);
export const superType = builtinType({
  name: 'super',
  proto: SuperProto,
  construct: (_cls, pos) => {
    if (pos.length === 0) return raise('RuntimeError', 'super(): no arguments');
    if (!isClass(pos[0])) return raise('TypeError', `super() argument 1 must be a type, not ${className(pos[0])}`);
    return superObj(pos[0], pos.length > 1 ? pos[1] : null);
  },
  methods: {
    // Binding an unbound super object (`super(C)`) to an instance; a bound one stays as it is.
    __get__(this: SuperObj, obj: unknown, type?: unknown) {
      if ((obj === null || obj === undefined) && (type === null || type === undefined)) raise('TypeError', '__get__(None, None) is invalid');
      const s = raw(this) as SuperObj;
      if (obj === null || obj === undefined || s.self !== null) return this;
      return superObj(s.thisClass, obj);
    },
    __repr__(this: SuperObj) {
      const s = raw(this) as SuperObj;
      const selfDesc = s.self === null ? 'NULL' : `<${className(s.self)} object>`;
      return `<super: <class '${s.thisClass[META].name}'>, ${selfDesc}>`;
    },
  },
  getters: {
    __thisclass__: (s: SuperObj) => (raw(s) as SuperObj).thisClass,
    __self__: (s: SuperObj) => (raw(s) as SuperObj).self,
    __self_class__: (s: SuperObj) => {
      const r = raw(s) as SuperObj;
      return isClass(r.self) ? r.self : typeOf(r.self);
    },
  },
});

/** Dunder names a super object looks up along the MRO although object (or super) has them. */
const SUPER_MRO_DUNDERS: ReadonlySet<string> = new Set([
  '$__init__', '$__new__', '$__setattr__', '$__delattr__', '$__lt__', '$__le__', '$__gt__', '$__ge__', '$__getstate__', '$__reduce__',
  '$__reduce_ex__', '$__sizeof__', '$__subclasshook__',
]);

const superHandler: ProxyHandler<SuperObj> = {
  get(t, key, receiver) {
    if (key === RAW) return t;
    // The special methods the runtime reads off the object itself (`$__repr__`, `$__eq__`) are
    // super's own; the ordinary methods (__init__, __new__, object's __getstate__, __lt__ and the
    // like) are looked up along the MRO, as any other name.
    if (typeof key === 'string' && key.charCodeAt(0) === 36 && !(key in SuperProto && isDunderKey(key) && !SUPER_MRO_DUNDERS.has(key))) {
      const f = superFind(t.thisClass, t.self, key.slice(1));
      if (f !== null) return superAttr(t.thisClass, t.self, key.slice(1));
    }
    return Reflect.get(t, key, receiver);
  },
};

/** `super()` / `super(cls, self)` as an object. */
export function superObj(cls: PyType, self: unknown = null): unknown {
  // `super(C)` compiles to a call without the second argument: an unbound super object.
  if (self !== null) superMro(cls, self);
  const o = Object.create(SuperProto) as SuperObj;
  o.thisClass = cls;
  o.self = self;
  o.start = [];
  return new Proxy(o, superHandler);
}

hooks.setClassAttr = setClassAttr;

// ---------------------------------------------------------------------------------------------
// The attribute builtins

/** setattr(obj, name, value) */
export function setattr(obj: unknown, name: unknown, value: unknown): null {
  setattrFallback(obj, checkName(name), value);
  return null;
}

/** delattr(obj, name) */
export function delattrBuiltin(obj: unknown, name: unknown): null {
  delattr(obj, checkName(name));
  return null;
}

/**
 * __build_class__(func, name, *bases, **kw): `func(ns)` fills the namespace (the compiled form of
 * a class body takes it as its argument).
 */
export function buildClass(func: unknown, name: unknown, ...bases: unknown[]): unknown {
  if (typeof func !== 'function') return raise('TypeError', '__build_class__: func must be a function');
  if (typeof name !== 'string') return raise('TypeError', '__build_class__: name is not a string');
  const ns = classNs();
  func(ns);
  return klass(name, name, hooks.callerModuleName(), bases, ns);
}
(buildClass as any).$kw = (pos: unknown[], kw: KwPairs | null) =>
  klass(pos[1] as string, pos[1] as string, hooks.callerModuleName(), pos.slice(2), (() => {
    const ns = classNs();
    (pos[0] as Function)(ns);
    return ns;
  })(), kw ?? []);
