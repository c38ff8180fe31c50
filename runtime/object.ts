// The object model's foundation: what a Python class is in JS, how `type(x)` is found, MRO, and
// the class-object Proxy (docs/architecture.md, "Classes and methods").
//
// API for the other runtime modules
// ---------------------------------
// - `TYPE`: a symbol on prototypes, `proto[TYPE] = cls`. `typeOf(x)` is `type(x)`: numbers by
//   `Number.isInteger`, `null` is NoneType, everything else reads `x[TYPE]` along its chain.
// - A class (`PyType`) is a JS function with a `prototype`; calling it constructs. Its metadata is
//   `cls[META]` (`ClassMeta`: name, qualname, module, bases, mro, ...).
// - `builtinType(spec)` makes a builtin class over an existing JS prototype:
//     { name, module = 'builtins', base = object, proto,
//       construct?(cls, pos, kw): the whole `cls(*pos, **kw)` for the type itself (kw is null or
//         [name, value] pairs); for a subclass `C(list)`, `new ?? construct` serves as `__new__`
//         (it gets the subclass as `cls` and must give its result `cls.prototype` as prototype),
//         then `__init__` runs (give `methods.__init__` to types whose __init__ refills, like list),
//       new?(cls, pos, kw): `__new__` when it differs from `construct`,
//       directCall?(...args): what a plain positional call of the type itself runs, skipping
//         type.__call__ (zip, map, ...: called as often as functions; must agree with `construct`),
//       methods: this-style functions installed as non-enumerable `proto['$' + name]`,
//       getters: `(self) => value` installed as accessors `proto['$' + name]`,
//       classmethods: `(cls, ...args)`, staticmethods: `(...args)` }
//   Without `construct` the class follows Python's protocol (`__new__`, then `__init__`), which is
//   what exception classes do. The class registers under its name in `builtinTypes`.
// - `object` and `type` are defined here. `object`'s prototype is `Object.prototype`, so every JS
//   value inherits the defaults (`$__repr__`, `$__eq__`, `$__hash__`, ...); builtin types
//   override them on their own prototypes.
// - `isInstance(x, cls)`, `isSubclass(a, b)`, `mroOf(cls)`, `c3(cls, bases)`, `className(x)`
//   (`type(x).__name__`, for messages), `attrError(obj, name)` (raises CPython's AttributeError).
// - `hooks`: late-bound functions other modules provide (tuple construction, repr, str, ...), so
//   that this file imports nothing that would create an import cycle at load time.
// - `NotImplemented`, `Ellipsis`, `NoneType`: defined here.
// - `idOf(x)`: a stable fake address for `id()` and default reprs.
// - `boundMethod(self, fn)`: a bound method object (a JS function calling `fn` with `self` first).
//
// This file imports only the import-free strvalue.ts: every other runtime module imports it, and
// class creation at module load time must find it initialised.

import { BUILTIN_TYPE_DOCS } from './builtin_type_docs.js';
import { builtinTypeDictNames, builtinTypeMembers } from './builtin_type_dicts.js';
import { strText, unwrapStr } from './strvalue.js';

// ---------------------------------------------------------------------------------------------
// Symbols and types

/** On prototypes: the Python class whose instances use that prototype. */
export const TYPE: unique symbol = Symbol('type');
/** On class functions: the class metadata. */
export const META: unique symbol = Symbol('meta');
/** On a Python function used as a method: marks the this-style adapter's canonical function. */
export const CANON = '$canon';
/** On this-style builtin methods installed by builtinType: true (they bind like Python methods). */
export const METHOD: unique symbol = Symbol('method');
/** On a classmethod adapter: the function it wraps. */
export const CLASSMETHOD: unique symbol = Symbol('classmethod');
/**
 * On a function a class stores for a special method set to None that the runtime would otherwise
 * skip (`__contains__ = None`): it raises as CPython does, while Python code reads None.
 */
export const STANDS_FOR_NONE: unique symbol = Symbol('standsForNone');
/** On accessor getters installed for a descriptor (property, user descriptor): the object. */
export const DESCR: unique symbol = Symbol('descr');
/**
 * On the getter of an accessor that answers per receiver (a name int has and float lacks, both
 * on Number.prototype): `(cls) => value`, what `cls.name` is (undefined: no such attribute).
 */
export const CLASS_VALUE: unique symbol = Symbol('classValue');
/** On instance Proxies: the target object (for object.__setattr__ & co.). */
export const RAW: unique symbol = Symbol('raw');
/** On bound method functions: [self, func, thisStyle]. */
export const BOUND: unique symbol = Symbol('bound');
/**
 * On prototypes: true where instances have no __dict__ of their own (every builtin class; user
 * classes set it back to false), so generated code sends a store such as `obj.x = v` on a list or
 * an int to setattr for CPython's AttributeError instead of making a JS property.
 */
export const NO_DICT: unique symbol = Symbol('noDict');
/**
 * The qualified names of builtin functions whose name does not say it all: classmethods and
 * staticmethods of builtin types, native functions whose qualname differs from their name, and
 * the methods of builtin types once asked for.
 *
 * A method's qualified name (`str.upper`) is that of the first class it was installed on
 * (`methodTables`), found when a repr or an error message first asks for it. Set eagerly on each
 * of the ~700 methods made at start, as a property or in this map, it cost every program 2-3% of
 * its start-up (the storage, and the collections it caused).
 */
const qualnames = new WeakMap<Function, string>();

/** Each builtin class's methods, in the order they were installed, with the class's qualname. */
const methodTables: { owner: string; methods: Readonly<Record<string, Function>> }[] = [];

/** The qualified name of a builtin function, or undefined. */
export function qualnameOf(fn: unknown): string | undefined {
  if (typeof fn !== 'function') return undefined;
  const known = qualnames.get(fn);
  if (known !== undefined) return known;
  for (const { owner, methods } of methodTables) {
    for (const name in methods) {
      if (methods[name] !== fn) continue;
      const qualname = `${owner}.${name}`;
      qualnames.set(fn, qualname);
      return qualname;
    }
  }
  return undefined;
}

export function setQualname(fn: Function, qualname: string): void {
  qualnames.set(fn, qualname);
}
/** On a builtin method: what its unbound form (`object.__init__`) calls instead, when that differs. */
const CALLED_THROUGH_CLASS: unique symbol = Symbol('calledThroughClass');

export const enum Flags {
  /** Instances are Proxies (the class or a base defines __getattribute__/__setattr__/__delattr__). */
  Hooks = 1,
  /** A builtin type (defined in TypeScript). */
  Builtin = 2,
  /** Instances are created by the builtin base's `new`/`construct`, not by the hidden constructor. */
  SolidBase = 4,
  /** The class can be subclassed. */
  Final = 8,
  /** A subclass of BaseException. */
  Exception = 16,
}

export interface ClassMeta {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  flags: number;
  /** The hidden constructor: `new Inst()` makes a bare instance sharing `cls.prototype`. */
  Inst: new () => any;
  /** `cls(...)` may skip the protocol: `new Inst()` then `$__init__` (kept up to date by refresh). */
  fast: boolean;
  /** Builtins: the full constructor for the type itself. */
  construct: ((cls: PyType, pos: unknown[], kw: [string, unknown][] | null) => unknown) | null;
  /** Builtins: a positional call of the type itself, skipping type.__call__ (a hot call such as zip). */
  directCall: ((...args: any[]) => unknown) | null;
  /** The nearest builtin base with its own instance layout (list, dict, int, ...), or null. */
  solid: PyType | null;
  /**
   * The name messages give the type, when it differs from `name`: a library class standing for
   * one of CPython's C types is named with its module there (`'datetime.date'`), as tp_name is.
   */
  messageName: string | null;
  /** Direct subclasses, for __subclasses__ (weakly held). */
  subclasses: WeakRef<PyType>[];
  /** The Proxy at the end of this metaclass's instances' chains (created on demand). */
  classProxy: object | null;
  /** Extra per-class data other modules may need. */
  [extra: string]: unknown;
}

/** A Python class: a JS function (calling it constructs) with a prototype and metadata. */
export interface PyType {
  (...args: unknown[]): any;
  prototype: any;
  [META]: ClassMeta;
  [key: string]: any;
}

export type KwPairs = [string, unknown][];

// ---------------------------------------------------------------------------------------------
// Late-bound services provided by other modules

let readHookSeenEarly = false;

/** Did a class define __getattribute__ before classes.ts took over hooks.readHookDefined? */
export function readHookDefinedEarly(): boolean {
  return readHookSeenEarly;
}

export const hooks = {
  /** Make a tuple from a JS array (copies). Set by tuple.ts. */
  tuple: (items: unknown[]): unknown => items.slice(),
  /** Make a dict from [key, value] pairs. Set by dict.ts. */
  dict: (pairs: [unknown, unknown][]): unknown => new Map(pairs),
  /** repr(x). Set by repr.ts / builtins. */
  repr: (x: unknown): string => defaultRepr(x),
  /** str(x). Set by the builtins. */
  str: (x: unknown): string => {
    if (typeof x === 'string') return x;
    const f = special(x, '$__str__');
    return typeof f === 'function' ? f.call(x) : hooks.repr(x);
  },
  /** Throw a Python exception object (exceptions.ts installs the one that chains context). */
  throwExc: (e: unknown): never => {
    throw e;
  },
  /** Raise a builtin exception by class name (exceptions.ts installs the real one). */
  raise: (type: string, message: string): never => {
    throw new Error(`${type}: ${message}`);
  },
  /** Store a class attribute with the right JS shape (classes.ts). */
  setClassAttr: (cls: PyType, name: string, value: unknown): void => {
    cls.prototype['$' + name] = value;
  },
  /** The full `cls(*pos, **kw)` protocol (typeCall below; a metaclass __call__ is honoured). */
  typeCall: (cls: PyType, pos: unknown[], kw: KwPairs | null): unknown => typeCall(cls, pos, kw),
  /** Make a bare instance of `cls` (classes.ts adds Proxies and builtin layouts). */
  newInstance: (cls: PyType): any => new cls[META].Inst(),
  /**
   * What a builtin type's `__new__` made for class `cls`, as the program sees it (classes.ts wraps
   * it in a Proxy when `cls` hooks attribute access).
   */
  adoptInstance: (o: unknown, cls: PyType): unknown => {
    void cls;
    return o;
  },
  /** A class now defines __getattribute__ (classes.ts sets it; before that it is only noted). */
  readHookDefined: (): void => {
    readHookSeenEarly = true;
  },
  /** The items of an iterable as a JS array (ops.ts). */
  toArray: (x: unknown): unknown[] => Array.from(x as Iterable<unknown>),
  /** A bytes object over `data` (bytes.ts sets it; before that the data itself stands in). */
  bytes: (data: Uint8Array): unknown => data,
  /** Python truth value (ops.ts). */
  truthy: (x: unknown): boolean => !!x,
  /** dir(x) (classes.ts). */
  dir: (x: unknown): unknown => {
    void x;
    return [];
  },
  /** cls.__dict__ (classes.ts). */
  classDict: (c: PyType): unknown => {
    const pairs: [unknown, unknown][] = [];
    for (const k of Object.getOwnPropertyNames(c.prototype)) {
      if (k.charCodeAt(0) !== 36) continue;
      // A descriptor is stored as an accessor whose getter knows it: the dict holds the descriptor.
      const get = Object.getOwnPropertyDescriptor(c.prototype, k)!.get as any;
      pairs.push([k.slice(1), get !== undefined && get[DESCR] !== undefined ? get[DESCR] : classLookup(c, k)]);
    }
    return hooks.dict(pairs);
  },
  /**
   * `obj.name` through a user `__getattribute__` (`ga`), falling back to `__getattr__` (`gx`, if a
   * function) on AttributeError (classes.ts).
   */
  hookedGetattr: (obj: unknown, ga: Function, gx: unknown, name: string): unknown => {
    void gx;
    return ga.call(obj, name);
  },
  /** The namespace dict of the module named `name`, a function's __globals__ (classes.ts). */
  globalsOf: (name: string): unknown => {
    void name;
    return hooks.dict([]);
  },
  /**
   * The `__name__` of the module whose Python code is running innermost: the caller of a builtin
   * such as type(name, bases, ns), whose class takes it as `__module__` (traceback.ts).
   */
  callerModuleName: (): string => '__main__',
  /** The loaded module named `name`, or undefined (module.ts). */
  /** Whether a module's body is still running (its import not finished). Set by module.ts. */
  moduleInitialising: (mod: unknown): boolean => false,
  moduleNamed: (name: string): unknown => {
    void name;
    return undefined;
  },
  /** Call `fn` with keyword arguments (function.ts). */
  callKw: (fn: unknown, thisArg: unknown, pos: unknown[], kw: KwPairs | null): unknown =>
    (fn as Function).apply(thisArg, pos.concat(kw ? kw.map((p) => p[1]) : [])),
};

function raise(type: string, message: string): never {
  return hooks.raise(type, message);
}

// ---------------------------------------------------------------------------------------------
// Registry of builtin types

/** Builtin classes by name (`int`, `list`, `ValueError`, ...). */
export const builtinTypes = new Map<string, PyType>();

// Primitive types, filled in when their builtinType is created (typeOf reads them).
let intType: PyType;
let floatType: PyType;
let strType: PyType;
let boolType: PyType;

// ---------------------------------------------------------------------------------------------
// type(x)

/** `type(x)`. */
export function typeOf(x: unknown): PyType {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? intType : floatType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    case 'bigint':
      return intType;
    case 'object':
      return x === null ? NoneType : (x as any)[TYPE] ?? objectType;
    case 'function': {
      const t = (x as any)[TYPE];
      // Functions written in TypeScript have no signature record: builtin_function_or_method.
      if (t === functionType) {
        if ((x as any).$sig !== undefined || (x as any).$dunderOf !== undefined) return t;
        // A builtin type's method read from the class is one of the descriptor types.
        return (x as any)[DESCRIPTOR_TYPE] ?? builtinFunctionType;
      }
      // A builtin method bound to its object (`[].append`, or by a classmethod: object's
      // `__init_subclass__`) is a builtin function too, or a method-wrapper for a slot.
      if (t === methodType) {
        const [self, func, thisStyle] = (x as any)[BOUND];
        const plain = (func as any).$sig === undefined && (func as any).$dunderOf === undefined;
        if (thisStyle === true || (plain && (func as any)[BOUND] === undefined && (func as any)[CALLS_OBJECT] === undefined)) {
          return boundSlotOwner(self, func) !== null ? methodWrapperType : builtinFunctionType;
        }
      }
      return t;
    }
    default:
      return raise('SystemError', `undefined is not a Python value`);
  }
}

/** `type(x).__name__`, for error messages (works before the builtin types exist). */
export function className(x: unknown): string {
  switch (typeof x) {
    case 'number':
      return Number.isInteger(x) ? 'int' : 'float';
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'undefined':
      return 'NoneType';
    case 'object':
      if (x === null) return 'NoneType';
  }
  const t = typeof x === 'function' ? typeOf(x) : (x as any)[TYPE];
  return t && t[META] ? t[META].messageName ?? t[META].name : 'object';
}

/** True for class objects. */
export function isClass(x: unknown): x is PyType {
  return typeof x === 'function' && Object.prototype.hasOwnProperty.call(x, META);
}

export function mroOf(cls: PyType): PyType[] {
  return cls[META].mro;
}

/** issubclass(a, b) for classes (no __subclasscheck__). */
export function isSubclass(a: PyType, b: PyType): boolean {
  if (a === b || b === objectType) return true;
  const m = a[META];
  return m !== undefined && m.mro.includes(b);
}

/** isinstance(x, cls) for one class (no __instancecheck__). */
export function isInstance(x: unknown, cls: PyType): boolean {
  if (cls === objectType) return true;
  // list and tuple share Array.prototype's chain (a tuple is a JS array): ask the type instead.
  if (typeof x === 'object' && x !== null && cls.prototype !== Array.prototype && cls.prototype.isPrototypeOf(x)) return true;
  return isSubclass(typeOf(x), cls);
}

// ---------------------------------------------------------------------------------------------
// C3 linearisation (Objects/typeobject.c, mro_internal)

/** The MRO of a new class with these bases, or CPython's TypeError. */
export function c3(bases: PyType[]): PyType[] {
  // One base (every builtin class, most user classes): its MRO is the answer.
  if (bases.length === 1) return bases[0]![META].mro.slice();
  const seqs: PyType[][] = bases.map((b) => b[META].mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of live) {
      const head = s[0]!;
      if (!live.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      // CPython lists the distinct heads of every sequence left (the bases list's too), in order.
      const heads = [...new Set(live.map((s) => s[0]!))];
      return raise(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((c) => c[META].name).join(', ')}`,
      );
    }
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

// ---------------------------------------------------------------------------------------------
// Addresses

const ids = new WeakMap<object, number>();
let nextId = 0x7f3a5c000000;

/** id(x) for objects: a stable fake address. */
export function idOf(x: unknown): number {
  if ((typeof x !== 'object' && typeof x !== 'function') || x === null) {
    return primitiveId(x);
  }
  let id = ids.get(x as object);
  if (id === undefined) {
    id = nextId;
    nextId += 48;
    ids.set(x as object, id);
  }
  return id;
}

const primIds = new Map<unknown, number>();
function primitiveId(x: unknown): number {
  let id = primIds.get(x);
  if (id === undefined) {
    id = nextId;
    nextId += 32;
    if (primIds.size < 100000) primIds.set(x, id);
  }
  return id;
}

/** The `0x...` address used in default reprs. */
export function addressOf(x: unknown): string {
  return '0x' + idOf(x).toString(16).padStart(12, '0');
}

// ---------------------------------------------------------------------------------------------
// Class objects

/** The qualified name for reprs: `__main__.A` or just `int` for builtins. */
export function fullName(cls: PyType): string {
  const m = cls[META];
  return m.module === 'builtins' ? m.qualname : `${m.module}.${m.qualname}`;
}

function hidden(obj: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function initResult(r: unknown): never {
  return raise('TypeError', `__init__() should return None, not '${className(r)}'`);
}

/**
 * The class function: `cls(...args)`. When nothing in the class customises construction, it is
 * `new Inst()` followed by `$__init__`; otherwise the full protocol (`hooks.typeCall`).
 */
export function newClassFunction(meta: ClassMeta): PyType {
  // `new Function` gives each class its own function literal, hence its own inline caches for
  // `new meta.Inst()` and `o.$__init__` (closures of one literal would share them).
  const make = new Function(
    'meta',
    'typeCall',
    'initResult',
    `return function ${jsName(meta.name)}(...args) {
      if (meta.fast) {
        const o = new meta.Inst();
        const r = o.$__init__(...args);
        if (r !== null && r !== undefined) initResult(r);
        return o;
      }
      return typeCall(${jsName(meta.name)}, args, null);
    }`,
  ) as (m: ClassMeta, t: unknown, i: unknown) => PyType;
  const cls = make(meta, (c: PyType, pos: unknown[], kw: KwPairs | null) => hooks.typeCall(c, pos, kw), initResult);
  hidden(cls, META, meta);
  return cls;
}

/**
 * The class function of a builtin class. Builtins construct through `construct`/`__new__`
 * (`typeCall`), so their calls gain nothing from a function literal of their own: one closure
 * serves them all, where compiling a `new Function` per builtin class cost every start ~5 ms.
 */
function builtinClassFunction(meta: ClassMeta): PyType {
  const name = jsName(meta.name);
  const direct = meta.directCall;
  if (direct !== null) {
    // Code of its own per type keeps the call to `direct` monomorphic, as a plain function's is.
    const make = new Function('direct', `return function ${name}() { return direct.apply(undefined, arguments); }`);
    const fn = make(direct) as PyType;
    hidden(fn, META, meta);
    return fn;
  }
  // A computed key names the function (its `name` is what V8 puts in stack frames).
  const cls = {
    [name]: function (...args: unknown[]) {
      if (meta.fast) {
        const o = new meta.Inst();
        const r = o.$__init__(...args);
        if (r !== null && r !== undefined) initResult(r);
        return o;
      }
      return hooks.typeCall(cls, args, null);
    },
  }[name] as unknown as PyType;
  hidden(cls, META, meta);
  return cls;
}

const JS_RESERVED = new Set(
  ('break case catch class const continue debugger default delete do else enum export extends false ' +
    'finally for function if import in instanceof new null return super switch this throw true try ' +
    'typeof var void while with yield let static implements interface package private protected ' +
    'public await arguments eval').split(' '),
);

function jsName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !JS_RESERVED.has(name) ? name : 'PyClass';
}

/** A hidden constructor whose instances use `proto`. */
export function hiddenConstructor(proto: object): new () => any {
  const Inst = new Function('return function Instance() {}')() as new () => any;
  Inst.prototype = proto;
  return Inst;
}

/** The prototypes whose methods are mostly called on primitives (a str, an int, a bool). */
const PRIMITIVE_PROTOTYPES: readonly object[] = [String.prototype, Number.prototype, Boolean.prototype, BigInt.prototype];

/**
 * Becoming a function's `prototype` puts an object in V8's dictionary mode (prototype "setup
 * mode"), and V8 makes it fast again only when a property load through an *object* inheriting from
 * it misses an inline cache. Loads through primitives never do, so String.prototype would stay a
 * hash table: every `s.charCodeAt(i)` or `s.$split()` looked up by hashing, and never inlined by the
 * optimiser (a character loop ran 6x slower). A few loads through an object here, from a function
 * with inline caches (V8 gives a function its feedback after ~8 calls), mark it fast for good.
 */
function keepFast(proto: object): void {
  const probe = Object.create(proto) as object;
  for (let i = 0; i < 32; i++) loadConstructor(probe);
}

function loadConstructor(o: object): unknown {
  return (o as { constructor?: unknown }).constructor;
}

/** Recompute `fast` and the Proxy flag after the class or a base changed. */
export function refreshClass(cls: PyType): void {
  const m = cls[META];
  const p = cls.prototype;
  let hooksFlag = false;
  for (const name of ['$__getattribute__', '$__setattr__', '$__delattr__']) {
    const v = p[name];
    if (v !== undefined && v !== (Object.prototype as any)[name]) hooksFlag = true;
  }
  m.flags = hooksFlag ? m.flags | Flags.Hooks : m.flags & ~Flags.Hooks;
  const ga = p.$__getattribute__;
  if (ga !== undefined && ga !== (Object.prototype as any).$__getattribute__) hooks.readHookDefined();
  const metaCls = (cls as any)[TYPE] as PyType;
  m.fast =
    !hooksFlag &&
    m.construct === null &&
    m.solid === null &&
    p.$__new__ === (Object.prototype as any).$__new__ &&
    (typeType === undefined ||
      metaCls === typeType ||
      metaCls.prototype.$__call__ === typeType.prototype.$__call__);
  for (const ref of m.subclasses) {
    const sub = ref.deref();
    if (sub) refreshClass(sub);
  }
}

// The class-object Proxy. A class function's chain is [cls, Proxy(metaclass.prototype), ...]; a
// read that misses on the function itself (every `$` attribute) lands in `get`, which looks the
// name up along the class's MRO (its prototype chain, where later bases' members were copied),
// then falls back to the metaclass.

/** Look `key` up along `cls`'s MRO; the value as `Cls.name` gives it, or undefined. */
export function classLookup(cls: PyType, key: string): unknown {
  let p: any = cls.prototype;
  while (p !== null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) {
      if ('value' in d) {
        const v = classAttrValue(cls, d.value);
        return typeof v === 'function' && isDunder(key) ? dunderOnClass(v, key) : v;
      }
      const g = d.get as any;
      if (g && g[DESCR] !== undefined) return descrGetClass(g[DESCR], cls);
      if (g && g[CLASS_VALUE] !== undefined) {
        const v = g[CLASS_VALUE](cls);
        if (v === undefined) return undefined;
        const cv = classAttrValue(cls, v);
        return typeof cv === 'function' && isDunder(key) ? dunderOnClass(cv, key) : cv;
      }
      return d.get ? getsetDescriptor(cls, key.slice(1)) : undefined;
    }
    p = Object.getPrototypeOf(p);
  }
  return undefined;
}

/** The property descriptor of `key` along `obj`'s prototype chain (own first). */
/**
 * The read-only attributes that CPython's types keep as struct members rather than computed
 * properties: refusing a store, they say only "readonly attribute".
 */
const READONLY_MEMBERS: ReadonlySet<string> = new Set([
  'range.start', 'range.stop', 'range.step', 'slice.start', 'slice.stop', 'slice.step',
  'complex.real', 'complex.imag', 'property.fget', 'property.fset', 'property.fdel',
  'super.__thisclass__', 'super.__self__', 'super.__self_class__',
]);

/** On the getter of a builtin type's attribute that has no setter: stores and deletes are refused. */
export const NOT_WRITABLE: unique symbol = Symbol('notWritable');

export function findDescriptor(obj: object, key: PropertyKey): PropertyDescriptor | undefined {
  let p: object | null = obj;
  while (p !== null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d !== undefined) return d;
    p = Object.getPrototypeOf(p);
  }
  return undefined;
}

/** True if `key` is found along `cls`'s MRO (no value conversion). */
export function classHas(cls: PyType, key: string): boolean {
  return key in cls.prototype;
}

function isDunder(key: string): boolean {
  return key.length > 5 && key.charCodeAt(1) === 95 && key.charCodeAt(2) === 95 && key.endsWith('__');
}

const dunderCache = new Map<string, WeakMap<Function, Function>>();

/**
 * `Cls.__repr__` and other special methods read from a class. Python code gets the unbound
 * function (`A.__repr__(a)`), but runtime code looks special methods up as `x.$__repr__()`, which
 * for a class object must reach its metaclass's method (`repr(A)` is `type.__repr__(A)`). The
 * returned wrapper tells the two apart by arity: called with `this` a class and one argument
 * fewer than the unbound function takes (and, where that count can also be an explicit call, no
 * instance of the class first), it is an implicit lookup and goes to the metaclass.
 */
function dunderOnClass(fn: Function, key: string): Function {
  // The runtime never looks __init__ up on a class object for the class itself (construction
  // reads it from the type's prototype), so every call through `Cls.__init__` is explicit.
  if (key === '$__init__') return fn;
  const sig = (fn as any).$sig;
  const unboundOf = (fn as any).$unboundOf as Function | undefined;
  let arity: number;
  // Fewer arguments than an explicit call needs is always an implicit lookup. With defaults, one
  // argument fewer than all may be an explicit call too (`B.__init__(b)` for `def __init__(self,
  // level=0)`): then its first argument is an instance of the class.
  let required: number;
  if (sig !== undefined) {
    if (sig.varargs !== null) return fn;
    arity = sig.params.length;
    required = arity - sig.defaults.length;
  } else if (unboundOf !== undefined) {
    arity = unboundOf.length + 1;
    required = arity;
  } else {
    return fn;
  }
  let cache = dunderCache.get(key);
  if (cache === undefined) dunderCache.set(key, (cache = new WeakMap()));
  let w = cache.get(fn);
  if (w === undefined) {
    const f = fn;
    w = function (this: unknown, ...args: unknown[]) {
      if (typeof this === 'function' && isClass(this) &&
        (args.length < required || (args.length === arity - 1 && !(args.length > 0 && isInstance(args[0], this))))) {
        const m = (typeOf(this).prototype as any)[key];
        if (typeof m === 'function') return m.apply(this, args);
      }
      return f.apply(null, args);
    };
    (w as any).$kw = (pos: unknown[], kw: KwPairs | null) => hooks.callKw(f, null, pos, kw);
    (w as any).$unboundOf = unboundOf;
    if ((f as any)[UNBOUND_OWNER] !== undefined) (w as any)[UNBOUND_OWNER] = (f as any)[UNBOUND_OWNER];
    if ((f as any)[DESCRIPTOR_TYPE] !== undefined && sig === undefined) (w as any)[DESCRIPTOR_TYPE] = (f as any)[DESCRIPTOR_TYPE];
    if (sig !== undefined) (w as any).$dunderOf = f;
    (w as any)[EXPLICIT_CALL] = f;
    Object.defineProperty(w, 'name', { value: f.name });
    cache.set(fn, w);
  }
  return w;
}

/** On the wrappers dunderOnClass makes: the function an explicit call in Python code reaches. */
export const EXPLICIT_CALL: unique symbol = Symbol('explicitCall');

/** What `Cls.name` gives for a value stored on the prototype. */
export function classAttrValue(cls: PyType, v: unknown): unknown {
  if (typeof v === 'function') {
    const f = v as any;
    if (f.$canon !== undefined) return f.$canon;
    if (f[STANDS_FOR_NONE] === true) return null;
    if (f[CLASSMETHOD] !== undefined) return boundMethod(cls, f[CLASSMETHOD], false);
    if (f[METHOD] === true) return unboundBuiltin(f, cls);
  }
  return v;
}

/** A user descriptor's `__get__(None, cls)`; property objects return themselves. */
function descrGetClass(d: any, cls: PyType): unknown {
  // A property keeps the value it holds under DESCR_IS_PROPERTY (its own __get__) and returns
  // itself; a subclass overriding __get__ is asked.
  if (d !== null && typeof d === 'object' && typeof d.$__get__ === 'function' && d[DESCR_IS_PROPERTY] !== d.$__get__) {
    return d.$__get__(null, cls);
  }
  return d;
}
export const DESCR_IS_PROPERTY: unique symbol = Symbol('isProperty');

const getsets = new Map<string, object>();
export function getsetDescriptor(cls: PyType, name: string): object {
  if (builtinMember !== undefined && isCpythonMember(cls, name)) return builtinMember(cls, name);
  const key = cls[META].name + '.' + name;
  let d = getsets.get(key);
  if (d === undefined) {
    d = Object.create(GetSetProto) as object;
    (d as any).name = name;
    (d as any).owner = cls;
    getsets.set(key, d);
  }
  return d;
}
const GetSetProto: any = {};

/** On an unbound builtin method: the type that defines it, which its repr names. */
export const UNBOUND_OWNER: unique symbol = Symbol('unboundOwner');

/**
 * The type of `cls`'s MRO that defines builtin method `f`, or null: a bound method shows as a
 * method-wrapper when its defining type gives it through a slot.
 */
export function builtinMethodOwner(f: Function, cls: PyType): PyType | null {
  return definingType(f, cls);
}

/** The unbound form of each this-style builtin, per type that defines it. */
const unboundCache = new WeakMap<Function, Map<PyType | null, Function>>();

/**
 * `list.append`: the this-style builtin method as a plain function taking self first. Types that
 * share a JS representation share method functions (int and float are both JS numbers, set and
 * frozenset one table class), so the unbound form is made per defining type: `float.__add__`
 * checks for floats even after `int.__add__` was made.
 */
export function unboundBuiltin(f: Function, cls?: PyType): Function {
  // The type that defines it: `str.upper(5)` is a TypeError, as CPython's method descriptors check.
  const found = cls !== undefined && f.name !== '__new__' ? definingType(f, cls) : null;
  const owner = found !== null ? ownCopyHolder(f.name, cls!, found) ?? found : found;
  let byOwner = unboundCache.get(f);
  if (byOwner === undefined) unboundCache.set(f, (byOwner = new Map()));
  let u = byOwner.get(owner);
  if (u === undefined) {
    u = makeUnbound(f, owner);
    byOwner.set(owner, u);
  }
  return u;
}

/** Each core builtin type's own `__dict__` names, as sets, by name (made on first use). */
let ownDictNames: Map<string, ReadonlySet<string>> | undefined;

function ownDictNamesOf(name: string): ReadonlySet<string> | undefined {
  ownDictNames ??= new Map([...builtinTypeDictNames()].map(([type, names]) => [type, new Set(names)]));
  return ownDictNames.get(name);
}

/** The names builtin type `t` holds in its own `__dict__` in CPython, when recorded. */
export function cpythonOwnNames(t: PyType): readonly string[] | undefined {
  const m = t[META];
  return m.module === 'builtins' && (m.flags & Flags.Builtin) !== 0 ? builtinTypeDictNames().get(m.name) : undefined;
}

/**
 * The builtin type of `cls`'s MRO, before `found` (where the runtime's method `name` lives), that
 * defines the method again itself in CPython (`str.__sizeof__`, `range.__lt__` over object's,
 * `ValueError.__init__` over BaseException's), if one does: read from it, the method is that
 * type's, and checks for that type's instances.
 */
function ownCopyHolder(name: string, cls: PyType, found: PyType): PyType | null {
  for (const c of cls[META].mro) {
    if (c === found) return null;
    const m = c[META];
    if (m.module === 'builtins' && (m.flags & Flags.Builtin) !== 0 && ownDictNamesOf(m.name)?.has(name)) return c;
  }
  return null;
}

/** Each core builtin type's member descriptors, by type name (made on first use). */
let memberNames: Map<string, ReadonlySet<string>> | undefined;

/** Whether CPython's builtin type `t` holds `name` in its dict as a member descriptor. */
export function isCpythonMember(t: PyType, name: string): boolean {
  if (cpythonOwnNames(t) === undefined) return false;
  memberNames ??= new Map([...builtinTypeMembers()].map(([type, names]) => [type, new Set(names)]));
  return memberNames.get(t[META].name)?.has(name) === true;
}

/**
 * The class of `cls`'s MRO that defines `f` as `$name`: the last one that has it as its own, for
 * a subclass's prototype may hold a copy of its base's method (`tuple.__init__ is
 * object.__init__`, `bool.__add__ is int.__add__`).
 */
function definingType(f: Function, cls: PyType): PyType | null {
  let owner: PyType | null = null;
  for (const c of cls[META].mro) {
    const d = Object.getOwnPropertyDescriptor(c.prototype, '$' + f.name);
    if (d !== undefined && (d.value === f || (d.get as any)?.[CLASS_VALUE]?.(c) === f)) owner = c;
  }
  return owner;
}

/**
 * Special methods that CPython's builtin types define as ordinary methods rather than through a
 * type slot: their unbound forms word a wrong receiver as method descriptors do.
 */
const METHOD_DUNDERS: ReadonlySet<string> = new Set([
  '__format__', '__round__', '__trunc__', '__floor__', '__ceil__', '__reduce__', '__reduce_ex__',
  '__sizeof__', '__getnewargs__', '__getnewargs_ex__', '__dir__', '__subclasshook__',
  '__init_subclass__', '__class_getitem__', '__reversed__', '__getstate__', '__setstate__',
  '__copy__', '__deepcopy__', '__instancecheck__', '__subclasscheck__', '__subclasses__',
  '__prepare__', '__mro_entries__', '__bytes__', '__complex__', '__fspath__', '__enter__',
  '__exit__', '__length_hint__', '__setformat__', '__getformat__', '__alloc__', '__set_name__',
]);

/** Special methods that some builtin types define as methods where others use a slot. */
const OWN_METHOD_DUNDERS: Readonly<Record<string, readonly string[]>> = {
  list: ['__getitem__'],
  dict: ['__getitem__', '__contains__'],
  set: ['__contains__'],
  frozenset: ['__contains__'],
};

/** Whether CPython gives type `typeName` special method `name` as a slot wrapper (not a method). */
export function isSlotWrapper(name: string, typeName: string): boolean {
  return isDunder('$' + name) && !METHOD_DUNDERS.has(name) && !OWN_METHOD_DUNDERS[typeName]?.includes(name);
}

function wrongReceiver(f: Function, owner: PyType, self: unknown): never {
  const typeName = owner[META].name;
  const slot = isSlotWrapper(f.name, typeName);
  if (self === undefined) {
    if (slot) raise('TypeError', `descriptor '${f.name}' of '${typeName}' object needs an argument`);
    raise('TypeError', `unbound method ${typeName}.${f.name}() needs an argument`);
  }
  if (slot) {
    raise('TypeError', `descriptor '${f.name}' requires a '${typeName}' object but received a '${className(self)}'`);
  }
  raise('TypeError', `descriptor '${f.name}' for '${typeName}' objects doesn't apply to a '${className(self)}' object`);
}

/** str's, bytes' and bytearray's searches, which parse their arguments positionally in CPython. */
const POSITIONAL_SEARCHES = ['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith'];

/**
 * Builtin methods CPython parses positionally (METH_VARARGS): called through a bound method
 * object (`m = s.count; m(x=1)`), their keyword error names the method alone (`count()`), where
 * others, and a direct `s.count(x=1)`, name the type too (`str.count()`).
 */
const POSITIONALLY_PARSED: Readonly<Record<string, readonly string[]>> = {
  str: POSITIONAL_SEARCHES,
  bytes: POSITIONAL_SEARCHES,
  bytearray: POSITIONAL_SEARCHES,
  set: ['difference', 'difference_update', 'intersection', 'intersection_update', 'union', 'update'],
  frozenset: ['difference', 'intersection', 'union'],
};

/**
 * How a keyword error names builtin method `name` of type `typeName` (without the parentheses):
 * `wrapper __len__` for a slot wrapper, `count` for a positionally parsed method called through
 * a method object (`viaMethodObject`), else `str.center`.
 */
export function builtinMethodLabel(typeName: string, name: string, viaMethodObject: boolean): string {
  if (isSlotWrapper(name, typeName)) return `wrapper ${name}`;
  if (viaMethodObject && POSITIONALLY_PARSED[typeName]?.includes(name)) return name;
  return `${typeName}.${name}`;
}

/** CPython's TypeError for keywords given to builtin method `f` of `owner` (unknown: null). */
function refuseKeywords(f: Function, owner: PyType | null): never {
  const what = owner === null ? f.name : builtinMethodLabel(owner[META].name, f.name, false);
  return raise('TypeError', `${what}() takes no keyword arguments`);
}

function makeUnbound(f: Function, owner: PyType | null): Function {
  // bool is a subclass of int held as a JS boolean, which int's methods (written for numbers and
  // bigints) do not take: they get the int it equals, except str() and format(), which int
  // inherits from object (`int.__str__(True)` is 'True').
  const intOwner = owner !== null && owner[META].name === 'int' && owner[META].module === 'builtins';
  const asBool = f.name === '__str__' || f.name === '__format__' ? (Boolean.prototype as any)['$' + f.name] as Function : undefined;
  const body: Function = (f as any)[CALLED_THROUGH_CLASS] ?? f;
  const fn = function (this: unknown, self: unknown, ...args: unknown[]) {
    // By type, not by prototype chain: a tuple is an Array too, but no list.
    if (owner !== null && (self === undefined || !isSubclass(typeOf(self), owner))) wrongReceiver(f, owner, self);
    if (intOwner && typeof self === 'boolean') {
      if (asBool !== undefined) return asBool.apply(self, args);
      self = self ? 1 : 0;
    }
    return body.apply(self, args);
  };
  Object.defineProperty(fn, 'name', { value: f.name });
  const checkReceiver = (self: unknown): void => {
    if (owner !== null && (self === undefined || !isSubclass(typeOf(self), owner))) wrongReceiver(f, owner, self);
  };
  if ((body as any).$kw) {
    (fn as any).$kw = (pos: unknown[], kw: KwPairs | null) => {
      checkReceiver(pos[0]);
      return (body as any).$kw.call(pos[0], pos.slice(1), kw);
    };
  } else {
    // Called through its class, a method refusing keywords names that class (`str.center()`).
    (fn as any).$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null) {
      if (kw !== null && kw.length > 0) {
        checkReceiver(pos[0]);
        refuseKeywords(f, owner);
      }
      return fn.apply(this, pos as [unknown, ...unknown[]]);
    };
  }
  (fn as any).$unboundOf = f;
  if (owner !== null) {
    (fn as any)[UNBOUND_OWNER] = owner;
    (fn as any)[DESCRIPTOR_TYPE] = isSlotWrapper(f.name, owner[META].name) ? wrapperDescriptorType : methodDescriptorType;
  }
  return fn;
}

/**
 * `cls.$key` as type.__getattribute__ finds it: the metaclass's data descriptors (`__name__`,
 * `__mro__`, ...) win over the class's own attributes (type_getattro), then the MRO, then the
 * metaclass.
 */
export function classGetGeneric(cls: PyType, key: string): unknown {
  const target = typeOf(cls).prototype;
  if (key in target) {
    const d = findDescriptor(target, key);
    if (d !== undefined && d.get !== undefined) return d.get.call(cls);
  }
  const v = classLookup(cls, key);
  if (v !== undefined) return v;
  return Reflect.get(target, key, cls);
}

/** The runtime's own `$` properties of functions, which a class function is too. */
const RUNTIME_KEYS: ReadonlySet<string> = new Set(['$sig', '$kw', '$canon', '$dunderOf', '$unboundOf', '$$annotations']);

/** The hooks a metaclass defines itself (Flags.Hooks): `__getattribute__` or `__setattr__`, if not object's. */
function metaHook(target: any, name: '$__getattribute__' | '$__setattr__'): Function | null {
  const f = target[name];
  return typeof f === 'function' && f !== (Object.prototype as any)[name] ? f : null;
}

function classProxyFor(metaCls: PyType): object {
  const m = metaCls[META];
  if (m.classProxy === null) {
    m.classProxy = new Proxy(metaCls.prototype, {
      get(target, key, receiver) {
        if (typeof key === 'string' && key.charCodeAt(0) === 36 && isClass(receiver)) {
          // A metaclass's __getattribute__ sees the explicit reads (`Cls.x`); the runtime's own
          // lookups of special methods go past it, as CPython's slots do.
          if (m.flags & Flags.Hooks && !isDunder(key) && !RUNTIME_KEYS.has(key)) {
            const ga = metaHook(target, '$__getattribute__');
            if (ga !== null) return hooks.hookedGetattr(receiver, ga, target.$__getattr__, key.slice(1));
          }
          // Data descriptors of the metaclass (`__name__`, `__mro__`, ...) win over the class's
          // own attributes (type_getattro).
          if (key in target) {
            const d = findDescriptor(target, key);
            if (d !== undefined && d.get !== undefined) return d.get.call(receiver);
          }
          const v = classLookup(receiver, key);
          if (v !== undefined) return v;
        }
        return Reflect.get(target, key, receiver);
      },
      set(target, key, value, receiver) {
        if (typeof key === 'string' && key.charCodeAt(0) === 36 && isClass(receiver)) {
          const sa = m.flags & Flags.Hooks ? metaHook(target, '$__setattr__') : null;
          if (sa !== null) sa.call(receiver, key.slice(1), value);
          else hooks.setClassAttr(receiver, key.slice(1), value);
          return true;
        }
        return Reflect.set(target, key, value, receiver);
      },
      has(target, key) {
        return Reflect.has(target, key);
      },
    });
  }
  return m.classProxy!;
}

/** Give class function `cls` the metaclass `metaCls` (its type) and chain. */
export function setMetaclass(cls: PyType, metaCls: PyType): void {
  Object.setPrototypeOf(cls, classProxyFor(metaCls));
  // typeOf(cls), at every call of a builtin type and every isinstance against a class, then reads
  // an own property instead of going through the proxy's get trap to metaCls.prototype[TYPE].
  hidden(cls, TYPE, metaCls);
}

// ---------------------------------------------------------------------------------------------
// Making classes

export interface BuiltinSpec {
  name: string;
  module?: string;
  qualname?: string;
  base?: PyType;
  /** Extra bases after `base` (multiple inheritance among builtins is rare). */
  bases?: PyType[];
  proto: object;
  construct?: (cls: PyType, pos: unknown[], kw: KwPairs | null) => unknown;
  new?: (cls: PyType, pos: unknown[], kw: KwPairs | null) => unknown;
  /** `cls(*pos)` for the type itself, when it can skip type.__call__ (must agree with `construct`). */
  directCall?: (...args: any[]) => unknown;
  methods?: Record<string, Function>;
  getters?: Record<string, (self: any) => unknown>;
  setters?: Record<string, (self: any, value: unknown) => void>;
  classmethods?: Record<string, Function>;
  staticmethods?: Record<string, Function>;
  /** The type cannot be subclassed (bool, NoneType, ...). */
  final?: boolean;
  /** Defaults to `type`. */
  metaclass?: PyType;
  /** The doc string. */
  doc?: string | null;
}

/** Create the metadata record of a new class. */
export function newMeta(
  name: string,
  qualname: string,
  module: string,
  bases: PyType[],
  proto: object,
  Inst: new () => any = hiddenConstructor(proto),
): ClassMeta {
  return {
    name,
    qualname,
    module,
    bases,
    mro: [],
    flags: 0,
    Inst,
    fast: false,
    construct: null,
    directCall: null,
    solid: null,
    messageName: null,
    subclasses: [],
    classProxy: null,
  };
}

/** A builtin class over an existing JS prototype (see the header). */
export function builtinType(spec: BuiltinSpec): PyType {
  const module = spec.module ?? 'builtins';
  const bases = spec.base ? [spec.base, ...(spec.bases ?? [])] : objectType ? [objectType] : [];
  const proto = spec.proto as any;
  // Builtin instances are few and made by the runtime: a plain closure is their hidden constructor.
  const Inst = function Instance() {} as unknown as new () => any;
  Inst.prototype = proto;
  const meta = newMeta(spec.name, spec.qualname ?? spec.name, module, bases, proto, Inst);
  meta.flags = Flags.Builtin | (spec.final ? Flags.Final : 0);
  meta.construct = spec.construct ?? null;
  meta.directCall = spec.directCall ?? null;
  const cls = builtinClassFunction(meta);
  cls.prototype = proto;
  if (PRIMITIVE_PROTOTYPES.includes(proto)) keepFast(proto);
  hidden(proto, TYPE, cls);
  hidden(proto, NO_DICT, true);
  meta.mro = [cls, ...(bases.length ? c3(bases) : [])];
  if (spec.construct || spec.new) {
    meta.solid = cls;
    const mk = spec.new ?? spec.construct!;
    const newFn = function (c: PyType, ...args: unknown[]) {
      if (arguments.length === 0) raise('TypeError', `${spec.name}.__new__(): not enough arguments`);
      if (!isClass(c)) raise('TypeError', `${spec.name}.__new__(X): X is not a type object (${className(c)})`);
      return hooks.adoptInstance(mk(c, args, null), c);
    };
    (newFn as any).$kw = (pos: unknown[], kw: KwPairs | null) => hooks.adoptInstance(mk(pos[0] as PyType, pos.slice(1), kw), pos[0] as PyType);
    Object.defineProperty(newFn, 'name', { value: '__new__' });
    setQualname(newFn, `${spec.qualname ?? spec.name}.__new__`);
    hidden(proto, '$__new__', newFn);
  } else {
    const base = bases[0];
    meta.solid = base ? base[META].solid : null;
  }
  const doc = spec.doc !== undefined ? spec.doc : module === 'builtins' ? BUILTIN_TYPE_DOCS.get(spec.name) : undefined;
  if (doc !== undefined) hidden(proto, '$__doc__', doc);
  for (const b of bases) b[META].subclasses.push(new WeakRef(cls));
  installBuiltinMembers(proto, spec);
  if (typeType) setMetaclass(cls, spec.metaclass ?? typeType);
  if (module === 'builtins') builtinTypes.set(spec.name, cls);
  switch (spec.name) {
    case 'int':
      intType = cls;
      break;
    case 'float':
      floatType = cls;
      break;
    case 'str':
      strType = cls;
      break;
    case 'bool':
      boolType = cls;
      break;
  }
  refreshClass(cls);
  return cls;
}

/** Install a builtin spec's methods, getters, classmethods and staticmethods on `proto`. */
export function installBuiltinMembers(proto: any, spec: Partial<BuiltinSpec>): void {
  if (spec.name !== undefined && spec.methods !== undefined) methodTables.push({ owner: spec.qualname ?? spec.name, methods: spec.methods });
  for (const [name, fn] of Object.entries(spec.methods ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(fn, 'name') || fn.name === '' || fn.name !== name) {
      try {
        Object.defineProperty(fn, 'name', { value: name, configurable: true });
      } catch {
        /* non-configurable name: keep it */
      }
    }
    hidden(fn, METHOD, true);
    hidden(proto, '$' + name, fn);
  }
  for (const [name, get] of Object.entries(spec.getters ?? {})) {
    const set = spec.setters?.[name];
    const getter = function (this: unknown) {
      return get(this);
    };
    if (!set) (getter as any)[NOT_WRITABLE] = true;
    Object.defineProperty(proto, '$' + name, {
      get: getter,
      set(this: unknown, v: unknown) {
        if (set) set(this, v);
        else if (READONLY_MEMBERS.has(`${spec.name}.${name}`)) raise('AttributeError', 'readonly attribute');
        // Named after the type defining the attribute: bool's own getters stand for int's.
        else raise('AttributeError', `attribute '${name}' of '${spec.name === 'bool' ? 'int' : className(proto)}' objects is not writable`);
      },
      configurable: true,
      enumerable: false,
    });
  }
  // The bundle minifies JS names (`from_bytes: fromBytes`): both kinds take their key as their name.
  for (const [name, fn] of Object.entries(spec.classmethods ?? {})) {
    if (fn.name !== name) Object.defineProperty(fn, 'name', { value: name, configurable: true });
    qualify(fn, spec, name);
    if ((fn as any).$kw === undefined && (fn as any).$sig === undefined) hidden(fn, '$kw', refusingKeywords(fn, qualnames.get(fn) ?? name));
    hidden(proto, '$' + name, classmethodAdapter(fn));
  }
  for (const [name, fn] of Object.entries(spec.staticmethods ?? {})) {
    if (fn.name !== name) Object.defineProperty(fn, 'name', { value: name, configurable: true });
    qualify(fn, spec, name);
    let installed = fn;
    if ((fn as any).$kw === undefined || givenRefusal.has(fn)) {
      const label = spec.name === undefined ? name : `${spec.qualname ?? spec.name}.${name}`;
      // One function serving two types (bytes and bytearray) gets a front per type, as each
      // type's refusal names that type.
      if (qualnames.get(fn) !== label) {
        installed = function (this: unknown, ...args: unknown[]) {
          return fn.apply(this, args);
        };
        Object.defineProperty(installed, 'name', { value: name, configurable: true });
        qualnames.set(installed, label);
      }
      hidden(installed, '$kw', refusingKeywords(fn, label));
      givenRefusal.add(installed);
    }
    hidden(installed, BUILTIN_STATIC, true);
    hidden(proto, '$' + name, installed);
  }
}

/** On a builtin type's staticmethod (`str.maketrans`): CPython shows it bound to the type. */
export const BUILTIN_STATIC: unique symbol = Symbol('builtinStatic');

/** Builtin staticmethods whose `$kw` is the refusal below, not a keyword binder of their own. */
const givenRefusal = new WeakSet<Function>();

/**
 * The `$kw` of a builtin classmethod or staticmethod that takes no keywords: however it is reached
 * (the class, an instance, a saved reference), the refusal names its defining type (`dict.fromkeys`).
 */
function refusingKeywords(fn: Function, label: string): (this: unknown, pos: unknown[], kw: KwPairs | null) => unknown {
  return function (this: unknown, pos: unknown[], kw: KwPairs | null) {
    if (kw !== null && kw.length > 0) raise('TypeError', `${label}() takes no keyword arguments`);
    return fn.apply(this, pos);
  };
}

/** Give a builtin classmethod or staticmethod its qualified name (`dict.fromkeys`), from the first class it is installed on. */
function qualify(fn: Function, spec: Partial<BuiltinSpec>, name: string): void {
  if (spec.name !== undefined && !qualnames.has(fn)) qualnames.set(fn, `${spec.qualname ?? spec.name}.${name}`);
}

/** The JS shape of a classmethod on a prototype: `this` is the class or an instance. */
export function classmethodAdapter(fn: Function): Function {
  const a = function (this: unknown, ...args: unknown[]) {
    return fn(isClass(this) ? this : typeOf(this), ...args);
  };
  (a as any)[CLASSMETHOD] = fn;
  if ((fn as any).$sig || (fn as any).$kw) {
    (a as any).$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null) {
      return hooks.callKw(fn, null, [isClass(this) ? this : typeOf(this), ...pos], kw);
    };
  }
  Object.defineProperty(a, 'name', { value: fn.name });
  return a;
}

// ---------------------------------------------------------------------------------------------
// Bound methods

const MethodProto: any = Object.create(Function.prototype);

/** `types.MethodType(func, obj)`: `func` bound to `obj`. */
function newMethod(cls: PyType, pos: unknown[], kw: KwPairs | null): Function {
  void cls;
  if (kw !== null && kw.length > 0) raise('TypeError', 'method() takes no keyword arguments');
  if (pos.length !== 2) raise('TypeError', `method expected 2 arguments, got ${pos.length}`);
  const [func, self] = pos;
  const isFunction = typeof func === 'function';
  if (!isFunction && typeof (func as { $__call__?: unknown } | null)?.$__call__ !== 'function') {
    raise('TypeError', 'first argument must be callable');
  }
  if (self === null || self === undefined) raise('TypeError', 'instance must not be None');
  if (isFunction) return boundMethod(self, func as Function);
  return methodOverObject(self, func);
}

/** On the JS function through which a method calls a callable object: that object (its __func__). */
export const CALLS_OBJECT: unique symbol = Symbol('callsObject');

/** A method binding `self` to a callable object that is not a function. */
export function methodOverObject(self: unknown, func: unknown): Function {
  const viaCall = (...args: unknown[]): unknown => hooks.callKw(func, null, args, null);
  (viaCall as any).$kw = (args: unknown[], kw: KwPairs | null): unknown => hooks.callKw(func, null, args, kw);
  (viaCall as any)[CALLS_OBJECT] = func;
  return boundMethod(self, viaCall);
}

/**
 * A bound method: a JS function that calls `func` with `self` first (`thisStyle`: `func` is a
 * this-style builtin method, called with `this = self`).
 */
export function boundMethod(self: unknown, func: Function, thisStyle = false): Function {
  const bm = thisStyle
    ? function (...args: unknown[]) {
        return func.apply(self, args);
      }
    : function (...args: unknown[]) {
        return func(self, ...args);
      };
  Object.setPrototypeOf(bm, MethodProto);
  (bm as any)[BOUND] = [self, func, thisStyle];
  return bm;
}

/** [self, func, thisStyle] of a bound method, or undefined. */
export function boundParts(f: unknown): [unknown, Function, boolean] | undefined {
  // A class is never a bound method; reading the symbol off it would go through its metaclass's
  // proxy (`cls in (A, B)` compares classes through function __eq__, which asks this).
  return typeof f === 'function' && !isClass(f) ? (f as any)[BOUND] : undefined;
}

/**
 * The special method `key` (`'$__repr__'`) of `x` as Python finds it: on `type(x)`, never on the
 * instance. For instances `x.$__repr__` is the same and faster; class objects need this, since
 * `cls.$__repr__` is the class's own attribute (the unbound method), not its metaclass's.
 */
export function special(x: unknown, key: string): any {
  if (typeof x === 'function' && isClass(x)) return (typeOf(x).prototype as any)[key];
  return x === null || x === undefined ? (NoneType.prototype as any)[key] : (Object(x) as any)[key];
}

// ---------------------------------------------------------------------------------------------
// Attribute errors

/** Raise CPython's AttributeError for `obj.name`. */
export function attrError(obj: unknown, name: string): never {
  let msg: string;
  const t = obj !== null && obj !== undefined && typeof obj === 'object' ? (obj as any)[TYPE] : undefined;
  if (isClass(obj)) {
    msg = `type object '${obj[META].name}' has no attribute '${name}'`;
  } else if (t && t[META] && t[META].name === 'module' && t[META].module === 'builtins' && typeof (obj as any).$__name__ === 'string') {
    const modName = (obj as any).$__name__;
    msg = hooks.moduleInitialising(obj)
      ? `partially initialized module '${modName}' has no attribute '${name}' (most likely due to a circular import)`
      : `module '${modName}' has no attribute '${name}'`;
  } else {
    msg = `'${className(obj)}' object has no attribute '${name}'`;
  }
  const cls = builtinTypes.get('AttributeError');
  if (cls === undefined) return raise('AttributeError', msg);
  // name and obj feed the traceback's "Did you mean" suggestion, as in CPython.
  const e = cls(msg);
  e.name = name;
  e.obj = obj;
  return hooks.throwExc(e);
}

// ---------------------------------------------------------------------------------------------
// Default repr

function defaultRepr(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'number' || typeof x === 'bigint') return String(x);
  if (typeof x === 'string') return `'${x}'`;
  const r = special(x, '$__repr__');
  if (typeof r === 'function') {
    const s = r.call(x);
    if (typeof s === 'string') return s;
  }
  return `<${className(x)} object at ${addressOf(x)}>`;
}

// ---------------------------------------------------------------------------------------------
// object and type

// Declared with `let` before use so that builtinType can test them while creating themselves.
// eslint-disable-next-line prefer-const
let objectType: PyType = undefined as unknown as PyType;
// eslint-disable-next-line prefer-const
let typeType: PyType = undefined as unknown as PyType;

let functionType: PyType;
let methodType: PyType;
let builtinFunctionType: PyType;
let methodDescriptorType: PyType;
let wrapperDescriptorType: PyType;
let classmethodDescriptorType: PyType;
let methodWrapperType: PyType;

/** On a builtin method read from its class: its type (method_descriptor, wrapper_descriptor, ...). */
export const DESCRIPTOR_TYPE: unique symbol = Symbol('descriptorType');

/**
 * The type whose slot `func` bound to `self` fills (its method-wrapper names it), or null when
 * `func` is no slot of a builtin type.
 */
export function boundSlotOwner(self: unknown, func: Function): string | null {
  // Most bound builtin methods are no dunders: answer those before walking the MRO.
  if (!isDunder('$' + func.name) || METHOD_DUNDERS.has(func.name) || isClass(self)) return null;
  const t = typeOf(self);
  const owner = definingType(func, t);
  const name = owner !== null ? owner[META].name : t[META].name;
  return isSlotWrapper(func.name, name) ? name : null;
}

/**
 * `descr.__get__(obj, type)` of a builtin method descriptor: itself without an object, else the
 * method bound to `obj` (to the class, for a classmethod descriptor).
 */
function descriptorGet(this: Function, obj: unknown, type?: unknown): unknown {
  const d = this as any;
  const f: Function = d.$unboundOf;
  const owner: PyType | undefined = d[UNBOUND_OWNER];
  if (d[DESCRIPTOR_TYPE] === classmethodDescriptorType) {
    const cls = obj === null || obj === undefined ? type : typeOf(obj);
    if (!isClass(cls) || (owner !== undefined && !isSubclass(cls, owner))) {
      raise('TypeError', `descriptor '${f.name}' for type '${owner?.[META].name}' needs a type, not a '${className(cls)}' as arg 2`);
    }
    return boundMethod(cls, d[CLASSMETHOD_FUNC], false);
  }
  if (obj === null || obj === undefined) {
    if (type === null || type === undefined) raise('TypeError', '__get__(None, None) is invalid');
    return this;
  }
  if (owner !== undefined && !isSubclass(typeOf(obj), owner)) wrongReceiver(f, owner, obj);
  return boundMethod(obj, f, true);
}

/** Make `fn` (taking its object first) slot `name` of `owner` as read from the type: a wrapper_descriptor. */
export function markSlotDescriptor(fn: Function, name: string, owner: PyType): void {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  (fn as any).$unboundOf = fn;
  (fn as any)[UNBOUND_OWNER] = owner;
  (fn as any)[DESCRIPTOR_TYPE] = wrapperDescriptorType;
}

/** A member descriptor of a builtin type, made by classes.ts (where slot members live). */
let builtinMember: ((cls: PyType, name: string) => object) | undefined;
export function setBuiltinMemberFactory(make: (cls: PyType, name: string) => object): void {
  builtinMember = make;
}

/** On a classmethod descriptor: the classmethod's function, called with the class first. */
const CLASSMETHOD_FUNC: unique symbol = Symbol('classmethodFunc');
const classmethodDescriptors = new WeakMap<PyType, Map<string, Function>>();

/**
 * `dict.__dict__['fromkeys']`: builtin classmethod `name` of `cls` (`func`, taking the class
 * first) as the descriptor its type's dict holds, callable with the class first.
 */
export function classmethodDescriptor(cls: PyType, name: string, func: Function): Function {
  let own = classmethodDescriptors.get(cls);
  if (own === undefined) classmethodDescriptors.set(cls, (own = new Map()));
  let d = own.get(name);
  if (d === undefined) {
    const check = (klass: unknown): void => {
      if (!isClass(klass)) raise('TypeError', `descriptor '${name}' for type '${cls[META].name}' needs a type, not a '${className(klass)}' as arg 2`);
      if (!isSubclass(klass, cls)) raise('TypeError', `descriptor '${name}' requires a subtype of '${cls[META].name}' but received '${klass[META].name}'`);
    };
    const made = function (this: unknown, klass: unknown, ...args: unknown[]) {
      if (arguments.length === 0) raise('TypeError', `descriptor '${name}' of '${cls[META].name}' object needs an argument`);
      check(klass);
      return func(klass, ...args);
    };
    Object.defineProperty(made, 'name', { value: name });
    (made as any).$kw = (pos: unknown[], kw: KwPairs | null) => {
      check(pos[0]);
      return hooks.callKw(func, null, pos, kw);
    };
    (made as any).$unboundOf = made;
    (made as any)[UNBOUND_OWNER] = cls;
    (made as any)[DESCRIPTOR_TYPE] = classmethodDescriptorType;
    (made as any)[CLASSMETHOD_FUNC] = func;
    own.set(name, (d = made));
  }
  return d;
}

const OP: any = Object.prototype;
const TP: any = Object.create(Function.prototype);

function bootstrap(): void {
  objectType = builtinType({ name: 'object', proto: OP });
  objectType[META].bases = [];
  objectType[META].mro = [objectType];
  objectType[META].solid = null;
  typeType = builtinType({ name: 'type', proto: TP });
  setMetaclass(objectType, typeType);
  setMetaclass(typeType, typeType);
  // The function types: JS functions are Python functions.
  functionType = builtinType({ name: 'function', proto: Function.prototype, final: true });
  builtinFunctionType = builtinType({
    name: 'builtin_function_or_method',
    proto: Object.create(Function.prototype),
    final: true,
  });
  methodType = builtinType({ name: 'method', proto: MethodProto, final: true, construct: newMethod });
  // The kinds of builtin method: read from their type (descriptors) or bound to a slot's object.
  const functionKind = (name: string, methods: Record<string, Function>): PyType =>
    builtinType({ name, proto: Object.create(Function.prototype), final: true, methods });
  methodDescriptorType = functionKind('method_descriptor', { __get__: descriptorGet });
  wrapperDescriptorType = functionKind('wrapper_descriptor', { __get__: descriptorGet });
  classmethodDescriptorType = functionKind('classmethod_descriptor', { __get__: descriptorGet });
  methodWrapperType = functionKind('method-wrapper', {});
  builtinType({
    name: 'getset_descriptor',
    proto: GetSetProto,
    final: true,
    methods: {
      __repr__(this: { name: string; owner: PyType }) {
        return `<attribute '${this.name}' of '${this.owner[META].name}' objects>`;
      },
      // `int.real.__get__(5)`: the attribute of an instance of the owner.
      __get__(this: { name: string; owner: PyType }, obj: unknown) {
        if (obj === null || obj === undefined) return this;
        if (!isInstance(obj, this.owner)) {
          raise('TypeError', `descriptor '${this.name}' for '${this.owner[META].name}' objects doesn't apply to a '${className(obj)}' object`);
        }
        return (Object(obj) as Record<string, unknown>)['$' + this.name];
      },
      // A data descriptor: stores and deletions go through the attribute's own accessor.
      __set__(this: { name: string; owner: PyType }, obj: unknown, value: unknown) {
        if (!Reflect.set(getsetTarget(this, obj), '$' + this.name, value)) {
          raise('AttributeError', `attribute '${this.name}' of '${this.owner[META].name}' objects is not writable`);
        }
        return null;
      },
      __delete__(this: { name: string; owner: PyType }, obj: unknown) {
        getsetTarget(this, obj);
        return raise('AttributeError', `attribute '${this.name}' of '${this.owner[META].name}' objects is not writable`);
      },
    },
    getters: {
      __name__: (d: { name: string }) => d.name,
      __qualname__: (d: { name: string; owner: PyType }) => `${d.owner[META].qualname}.${d.name}`,
      __objclass__: (d: { owner: PyType }) => d.owner,
    },
  });
  refreshClass(objectType);
  refreshClass(typeType);
}
bootstrap();

/** The object a getset descriptor's `__set__` / `__delete__` works on (an instance of its type). */
function getsetTarget(d: { name: string; owner: PyType }, obj: unknown): any {
  if (!isInstance(obj, d.owner)) {
    raise('TypeError', `descriptor '${d.name}' for '${d.owner[META].name}' objects doesn't apply to a '${className(obj)}' object`);
  }
  return Object(obj);
}

export { objectType as object, typeType as type };
export { objectType, typeType };

// object's own members (defaults every JS value inherits).

function objectNew(this: unknown, cls: unknown, ...args: unknown[]): unknown {
  void args;
  if (arguments.length === 0) return raise('TypeError', 'object.__new__(): not enough arguments');
  if (!isClass(cls)) {
    return raise('TypeError', `object.__new__(X): X is not a type object (${className(cls)})`);
  }
  const m = cls[META];
  const unsafe = unsafeForObjectNew(cls);
  if (unsafe !== null) raise('TypeError', `object.__new__(${m.messageName ?? m.name}) is not safe, use ${unsafe}.__new__()`);
  if (args.length > 0 && m.construct === null) {
    const p = cls.prototype;
    if (p.$__new__ !== OP.$__new__) {
      raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (p.$__init__ === OP.$__init__) raise('TypeError', `${m.name}() takes no arguments`);
  }
  return hooks.newInstance(cls);
}

/**
 * Whether object.__new__ may not make an instance of `cls`: null when it may, else the name of
 * the class whose __new__ should: instances of a builtin type other than object are laid out by
 * its own __new__. CPython names the nearest class whose __new__ is not written in Python (a
 * bundled class standing for a C type counts as C).
 */
function unsafeForObjectNew(cls: PyType): string | null {
  const solid = cls[META].mro.find((c) => (c[META].flags & Flags.Builtin) !== 0) ?? objectType;
  if (solid === objectType || (solid[META].construct === null && solid.prototype.$__new__ === OP.$__new__)) return null;
  let named = cls;
  while ((named[META].flags & Flags.Builtin) === 0 && named[META].messageName === null &&
         Object.prototype.hasOwnProperty.call(named.prototype, '$__new__') &&
         named.prototype.$__new__ !== solid.prototype.$__new__ && named[META].bases.length > 0) {
    named = named[META].bases[0]!;
  }
  return named[META].messageName ?? named[META].name;
}

export function newInstance(cls: PyType): any {
  return hooks.newInstance(cls);
}

/**
 * `cls(*pos, **kw)` (type.__call__, Objects/typeobject.c type_call): a metaclass's own __call__
 * first; a builtin's `construct` for the builtin itself; otherwise `__new__`, then `__init__` when
 * __new__ returned an instance of cls.
 */
export function typeCall(cls: PyType, pos: unknown[], kw: KwPairs | null): unknown {
  const metaCls = typeOf(cls);
  if (metaCls !== typeType) {
    const call = metaCls.prototype.$__call__;
    if (call !== TP.$__call__) return kw ? hooks.callKw(call, cls, pos, kw) : call.apply(cls, pos);
  }
  return typeCallDefault(cls, pos, kw);
}

/** type.__call__ itself (what `super().__call__(...)` in a metaclass reaches). */
export function typeCallDefault(cls: PyType, pos: unknown[], kw: KwPairs | null): unknown {
  const m = cls[META];
  if (m.construct !== null) return m.construct(cls, pos, kw);
  const newFn = cls.prototype.$__new__;
  const obj = kw && kw.length ? hooks.callKw(newFn, null, [cls, ...pos], kw) : newFn(cls, ...pos);
  if (!isInstance(obj, cls)) return obj;
  const init = (typeOf(obj).prototype as any).$__init__;
  const r = kw && kw.length ? hooks.callKw(init, obj, pos, kw) : init.apply(obj, pos);
  if (r !== null && r !== undefined) initResult(r);
  return obj;
}

/**
 * One of object's `<`, `<=`, `>` and `>=`: object orders nothing, so the operator goes on to the
 * other operand's reflected method and then to its TypeError. Each name gets its own function,
 * since a builtin method is known by its name.
 */
function objectOrdering(): Function {
  return function (this: unknown, ...args: unknown[]): unknown {
    if (args.length !== 1) raise('TypeError', `expected 1 argument, got ${args.length}`);
    return NotImplemented;
  };
}

function objectInit(this: any, ...args: unknown[]): null {
  if (args.length > 0) {
    const cls = typeOf(this);
    const p = cls.prototype;
    if (p.$__init__ !== OP.$__init__) {
      raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (p.$__new__ === OP.$__new__) raise('TypeError', `${cls[META].name}() takes no arguments`);
  }
  return null;
}

installBuiltinMembers(OP, {
  name: 'object',
  methods: {
    __init__: objectInit,
    __repr__: function (this: unknown) {
      const cls = typeOf(this);
      return `<${fullName(cls)} object at ${addressOf(this)}>`;
    },
    __str__: function (this: unknown) {
      return hooks.repr(this);
    },
    __eq__: function (this: unknown, ...args: unknown[]) {
      if (args.length !== 1) raise('TypeError', `expected 1 argument, got ${args.length}`);
      return this === args[0] ? true : NotImplemented;
    },
    __ne__: function (this: any, ...args: unknown[]) {
      if (args.length !== 1) raise('TypeError', `expected 1 argument, got ${args.length}`);
      const other = args[0];
      // `special`, not `this.$__eq__`: `this` may be None (null), whose type is found by special.
      const r = special(this, '$__eq__').call(this, other);
      return r === NotImplemented ? r : !hooks.truthy(r);
    },
    __hash__: function (this: unknown) {
      return Math.floor(idOf(this) / 16);
    },
    __format__: function (this: unknown, spec: unknown) {
      const text = strText(spec);
      if (text === undefined) raise('TypeError', `__format__() argument must be str, not ${spec === null ? 'None' : className(spec)}`);
      if (text !== '') {
        raise('TypeError', `unsupported format string passed to ${className(this)}.__format__`);
      }
      return hooks.str(this);
    },
    __lt__: objectOrdering(),
    __le__: objectOrdering(),
    __gt__: objectOrdering(),
    __ge__: objectOrdering(),
    __reduce_ex__: function (this: unknown) {
      return raise('TypeError', `cannot pickle '${className(this)}' object`);
    },
    // Rebuilding an object needs copyreg, which is not bundled: pickling is refused either way.
    __reduce__: function (this: unknown) {
      return raise('TypeError', `cannot pickle '${className(this)}' object`);
    },
    __dir__: function (this: unknown) {
      return hooks.dir(this);
    },
    __init_subclass__: function () {
      return null;
    },
  },
  classmethods: {
    // The answer abc's issubclass() takes as "no opinion": every class has it, as in CPython.
    __subclasshook__: function (..._args: unknown[]) {
      return NotImplemented;
    },
  },
  getters: {
    __class__: (self: unknown) => typeOf(self),
  },
  setters: {
    __class__: setClassOf,
  },
});

/**
 * `obj.__class__ = cls` (object_set_class): only between classes defined in Python whose
 * instances are laid out alike, which here means the same builtin base. The instance's prototype
 * becomes the new class's, so every later lookup sees the new class.
 */
function setClassOf(self: unknown, cls: unknown): void {
  if (!isClass(cls)) raise('TypeError', `__class__ must be set to a class, not '${className(cls)}' object`);
  const old = typeOf(self);
  if (typeof self !== 'object' || self === null || (old[META].flags & Flags.Builtin) !== 0 ||
      (cls[META].flags & Flags.Builtin) !== 0) {
    raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (builtinBase(old) !== builtinBase(cls) || !sameLayout(old, cls)) {
    raise('TypeError', `__class__ assignment: '${cls[META].name}' object layout differs from '${old[META].name}'`);
  }
  // Instances of a class with attribute hooks are Proxies made at construction: they cannot
  // become, or stop being, one afterwards.
  if ((old[META].flags & Flags.Hooks) !== (cls[META].flags & Flags.Hooks)) {
    raise('TypeError', `__class__ assignment between '${old[META].name}' and '${cls[META].name}' is not supported ` +
      '(only one of them defines __getattribute__, __setattr__ or __delattr__)');
  }
  Object.setPrototypeOf(self, cls.prototype);
}

// Instance layouts as CPython lays them out: each class written in Python adds its __slots__
// (and a __dict__ / __weakref__ its base lacks) to the layout of one base (tp_base).

/**
 * The items of the `__slots__` a user class defines itself, or null (builtin, or none). A private
 * name (`__x`) is the attribute `_Class__x`, as the class body's own `self.__x` is mangled to.
 */
export function ownSlots(c: PyType): unknown[] | null {
  if (c[META].flags & Flags.Builtin || !Object.prototype.hasOwnProperty.call(c.prototype, '$__slots__')) return null;
  const s = c.prototype.$__slots__;
  const single = strText(s);
  const items = single !== undefined ? [single] : hooks.toArray(s).map(unwrapStr);
  const owner = c[META].name.replace(/^_+/, '');
  return items.map((n) => (typeof n === 'string' && owner !== '' && n.startsWith('__') && !n.endsWith('__') ? `_${owner}${n}` : n));
}

/** Whether instances of `cls` get `special` (`__dict__` or `__weakref__`) from a Python class. */
function layoutHas(cls: PyType, special: string): boolean {
  return cls[META].mro.some((c) => {
    if ((c[META].flags & Flags.Builtin) !== 0) return false;
    const own = ownSlots(c);
    return own === null || own.includes(special);
  });
}

/** The class whose real slots (not __dict__ / __weakref__) last grew the layout of `c`'s instances. */
function slotSolid(c: PyType): PyType {
  if ((c[META].flags & Flags.Builtin) !== 0) return c;
  const own = ownSlots(c) ?? [];
  if (own.some((n) => n !== '__dict__' && n !== '__weakref__')) return c;
  return slotSolid(layoutBase(c));
}

/** tp_base: the first base whose slot solid base derives from those of all the others. */
function layoutBase(c: PyType): PyType {
  let winner: PyType | undefined;
  let winnerSolid: PyType | undefined;
  for (const b of c[META].bases) {
    const solid = slotSolid(b);
    if (winner === undefined || (solid !== winnerSolid && isSubclass(solid, winnerSolid!))) {
      winner = b;
      winnerSolid = solid;
    }
  }
  return winner ?? objectType;
}

/** What `c` adds to its base's layout, sorted (CPython keeps a class's slots sorted). */
function addedLayout(c: PyType): string[] {
  const base = layoutBase(c);
  const added = (ownSlots(c) ?? []).filter((n) => n !== '__dict__' && n !== '__weakref__').map(String);
  for (const special of ['__dict__', '__weakref__']) {
    if (layoutHas(c, special) && !layoutHas(base, special)) added.push(special);
  }
  return added.sort();
}

/** The nearest class up `c`'s base chain that adds something to the layout (or a builtin). */
function layoutOwner(c: PyType): PyType {
  while ((c[META].flags & Flags.Builtin) === 0 && addedLayout(c).length === 0) c = layoutBase(c);
  return c;
}

/** Whether instances of `a` and `b` are laid out alike: one owner, or siblings adding the same. */
function sameLayout(a: PyType, b: PyType): boolean {
  const ownerA = layoutOwner(a);
  const ownerB = layoutOwner(b);
  if (ownerA === ownerB) return true;
  if ((ownerA[META].flags & Flags.Builtin) !== 0 || (ownerB[META].flags & Flags.Builtin) !== 0) return false;
  if (layoutBase(ownerA) !== layoutBase(ownerB)) return false;
  return addedLayout(ownerA).join(' ') === addedLayout(ownerB).join(' ');
}

/** The first builtin type in `cls`'s MRO: what decides its instances' layout. */
function builtinBase(cls: PyType): PyType | undefined {
  return cls[META].mro.find((t) => (t[META].flags & Flags.Builtin) !== 0);
}
// __new__ is a static method; __init_subclass__ is a classmethod.
hidden(objectNew, METHOD, false);
// Keywords count as excess arguments, exactly like positional ones (object_new / object_init).
(objectNew as any).$kw = (pos: unknown[], kw: KwPairs | null) =>
  objectNew.call(null, pos[0], ...pos.slice(1), ...(kw && kw.length ? [kw] : []));
(objectInit as any).$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null) {
  return objectInit.call(this, ...pos, ...(kw && kw.length ? [kw] : []));
};
// Called as `object.__init__(obj, ...)` (not by construction, where object.__new__'s words come
// first), excess arguments get object_init's own message, naming obj's type.
function objectInitThroughClass(this: any, ...args: unknown[]): null {
  if (args.length > 0) {
    const cls = typeOf(this);
    const named = cls.prototype.$__init__ !== OP.$__init__ ? 'object' : cls[META].name;
    if (cls.prototype.$__init__ !== OP.$__init__ || cls.prototype.$__new__ === OP.$__new__) {
      raise('TypeError', `${named}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  }
  return null;
}
(objectInitThroughClass as any).$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null) {
  return objectInitThroughClass.call(this, ...pos, ...(kw && kw.length ? [kw] : []));
};
Object.defineProperty(objectInitThroughClass, 'name', { value: '__init__' });
hidden(objectInit, CALLED_THROUGH_CLASS, objectInitThroughClass);
hidden(OP, '$__new__', objectNew);
Object.defineProperty(objectNew, 'name', { value: '__new__' });
setQualname(objectNew, 'object.__new__');
const objectInitSubclass = function __init_subclass__(): null {
  return null;
};
Object.defineProperty(objectInitSubclass, 'name', { value: '__init_subclass__' });
// Reached with keywords only through super() (class creation checks them first): CPython names the class.
(objectInitSubclass as any).$kw = (pos: unknown[], kw: KwPairs | null): null => {
  if (kw !== null && kw.length > 0) {
    const owner = pos[0];
    raise('TypeError', `${isClass(owner) ? owner[META].qualname : className(owner)}.__init_subclass__() takes no keyword arguments`);
  }
  return null;
};
hidden(OP, '$__init_subclass__', classmethodAdapter(objectInitSubclass));


// type's members.

installBuiltinMembers(TP, {
  methods: {
    __repr__: function (this: PyType) {
      return `<class '${fullName(this)}'>`;
    },
    mro: function (this: PyType) {
      return this[META].mro.slice();
    },
    __subclasses__: function (this: PyType) {
      const out: PyType[] = [];
      for (const r of this[META].subclasses) {
        const c = r.deref();
        if (c) out.push(c);
      }
      return out;
    },
    __instancecheck__: function (this: PyType, x: unknown) {
      return isInstance(x, this);
    },
    __subclasscheck__: function (this: PyType, c: unknown) {
      return isClass(c) && isSubclass(c, this);
    },
    __call__: function (this: PyType, ...args: unknown[]) {
      return typeCallDefault(this, args, null);
    },
  },
  classmethods: {
    // The namespace a class body fills: a plain dict (class creation skips the call for it).
    __prepare__: typePrepare,
  },
  getters: {
    __name__: (c: PyType) => c[META].name,
    __qualname__: (c: PyType) => c[META].qualname,
    __module__: (c: PyType) => c[META].module,
    __mro__: (c: PyType) => hooks.tuple(c[META].mro),
    __bases__: (c: PyType) => hooks.tuple(c[META].bases),
    __base__: (c: PyType) => c[META].bases[0] ?? null,
    __dict__: (c: PyType) => hooks.classDict(c),
    // Only a class's own (abc.ABCMeta sets it on each class it makes); `type` itself has none.
    __abstractmethods__: (c: PyType) => {
      const d = c === typeType ? undefined : Object.getOwnPropertyDescriptor(c.prototype, '$__abstractmethods__');
      if (d === undefined || !('value' in d)) raise('AttributeError', '__abstractmethods__');
      return d!.value;
    },
    __text_signature__: (c: PyType) => ((c[META].flags & Flags.Builtin) !== 0 && c[META].module === 'builtins' ? TEXT_SIGNATURES[c[META].name] ?? null : null),
    __doc__: (c: PyType) => {
      const d = Object.getOwnPropertyDescriptor(c.prototype, '$__doc__');
      if (d && 'value' in d) return d.value;
      // property and type answer __doc__ for their instances with a getter of the same name.
      return (c[META].flags & Flags.Builtin) !== 0 && c[META].module === 'builtins' ? BUILTIN_TYPE_DOCS.get(c[META].name) ?? null : null;
    },
  },
  setters: {
    __name__: (c: PyType, v: unknown) => {
      c[META].name = strText(v) ?? raise('TypeError', `can only assign string to ${c[META].name}.__name__, not '${className(v)}'`);
    },
    __qualname__: (c: PyType, v: unknown) => {
      c[META].qualname = strText(v) ?? raise('TypeError', `can only assign string to ${c[META].name}.__qualname__, not '${className(v)}'`);
    },
    __module__: (c: PyType, v: unknown) => {
      c[META].module = String(v);
    },
    __abstractmethods__: (c: PyType, v: unknown) => {
      hidden(c.prototype, '$__abstractmethods__', v);
    },
    __doc__: (c: PyType, v: unknown) => {
      hidden(c.prototype, '$__doc__', v);
    },
  },
});

/** type.__prepare__(name, bases, **kwds): a new empty dict, whatever it is given. */
export function typePrepare(..._args: unknown[]): unknown {
  return hooks.dict([]);
}
(typePrepare as any).$kw = () => hooks.dict([]);

/** The `__text_signature__` of the builtin types that have one in CPython's docstrings. */
const TEXT_SIGNATURES: Readonly<Record<string, string>> = {
  complex: '(real=0, imag=0)', enumerate: '(iterable, start=0)', float: '(x=0, /)', list: '(iterable=(), /)',
  memoryview: '(object)', object: '()', property: '(fget=None, fset=None, fdel=None, doc=None)',
  reversed: '(sequence, /)', tuple: '(iterable=(), /)',
};

TP.$__call__.$kw = function (this: PyType, pos: unknown[], kw: KwPairs | null) {
  return typeCallDefault(this, pos, kw);
};

// ---------------------------------------------------------------------------------------------
// Singletons

const NoneProto: any = Object.create(null);
/** hash(None): an address in CPython 3.11, so any constant will do. */
export const HASH_NONE = 0x5f3759df;

export const NoneType = builtinType({
  name: 'NoneType',
  proto: NoneProto,
  final: true,
  construct: (_cls, pos) => {
    if (pos.length) raise('TypeError', 'NoneType takes no arguments');
    return null;
  },
  doc: null,
  methods: { __bool__: () => false, __repr__: () => 'None', __hash__: () => HASH_NONE },
});
Object.setPrototypeOf(NoneProto, OP);

class NotImplementedCls {}
export const NotImplementedType = builtinType({
  name: 'NotImplementedType',
  proto: NotImplementedCls.prototype,
  final: true,
  construct: () => NotImplemented,
  methods: {
    __repr__: () => 'NotImplemented',
    __bool__: () => {
      return true;
    },
  },
});
export const NotImplemented: object = Object.freeze(new NotImplementedCls());

class EllipsisCls {}
export const ellipsisType = builtinType({
  name: 'ellipsis',
  proto: EllipsisCls.prototype,
  final: true,
  construct: () => Ellipsis,
  methods: { __repr__: () => 'Ellipsis' },
});
export const Ellipsis: object = Object.freeze(new EllipsisCls());
