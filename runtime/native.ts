// Native classes: Python classes whose instances carry a JS payload (a socket handle, a timer, a
// file descriptor) and whose methods are written in TypeScript. It is the one way the runtime
// exposes host resources to Python code (docs/architecture.md, "Native classes and modules");
// memphis.net (net.ts) is its first user.
//
// A native class is an ordinary builtin class (`builtinType`): `type(C)` is `type`, `dir(C)` lists
// its methods, `isinstance` and subclassing work, and `C.method` is an unbound method descriptor.
// The payload lives in a slot keyed by a symbol private to the class, so Python code can neither
// see nor forge it. Every method is wrapped in a check that `self` carries that class's payload;
// without it the call raises CPython's TypeError (`descriptor 'recv' for 'Connection'
// objects doesn't apply to a 'int' object`) instead of reaching the TypeScript code.
//
// Construction follows CPython's split: `__new__` makes a bare instance (no payload) and
// `__init__` builds the payload from the arguments with `spec.init`, so a Python subclass may
// override `__init__` and call `super().__init__(...)`. A class without `init` cannot be
// instantiated from Python (`cannot create 'memphis.net.Socket' instances`); TypeScript code
// makes its instances with `wrap(payload)`.

import { raise } from './exceptions.js';
import {
  builtinType,
  className,
  fullName,
  isInstance,
  newInstance,
  type KwPairs,
  type PyType,
} from './object.js';

/** A method body: the payload, the instance, then the Python arguments. */
export type NativeFn<P> = (payload: P, self: any, ...args: any[]) => unknown;

/** A method with its arity stated (the plain form takes exactly `fn.length - 2` arguments). */
export interface NativeMethod<P> {
  /** Minimum and maximum number of positional arguments after self. */
  args: [number, number];
  call: NativeFn<P>;
}

export interface NativeClassSpec<P> {
  name: string;
  /** The module the class belongs to (`memphis.net`): it shows in reprs and error messages. */
  module: string;
  doc?: string;
  /**
   * `__init__(self, *args, **kw)`: the payload for the given arguments (it may raise). Without
   * it, Python code cannot create instances.
   */
  init?: (self: any, args: unknown[], kw: KwPairs | null) => P;
  /** Methods that need the payload; keywords are refused, as by most C methods. */
  methods?: Record<string, NativeFn<P> | NativeMethod<P>>;
  /** Read-only attributes computed from the payload. */
  getters?: Record<string, (payload: P, self: any) => unknown>;
  /** `repr(x)`; `payload` is undefined for an instance whose `__init__` never ran. */
  repr?: (payload: P | undefined, self: any) => string;
}

export interface NativeClass<P> {
  /** The Python class. */
  readonly type: PyType;
  /** A new instance of the class (or of a subclass `cls`) carrying `payload`. */
  wrap(payload: P, cls?: PyType): any;
  /** The payload of `x`, or undefined when `x` has none (not an instance, or not initialised). */
  payload(x: unknown): P | undefined;
}

/** Define a native class (see the header). */
export function nativeClass<P>(spec: NativeClassSpec<P>): NativeClass<P> {
  const slot = Symbol(`${spec.module}.${spec.name} payload`);
  const proto = Object.create(Object.prototype) as Record<PropertyKey, unknown>;
  // `cls` is assigned below; the wrappers only run after that.
  let cls: PyType;
  const qual = (): string => fullName(cls);

  /** The payload of `self`, or CPython's TypeError for a call on the wrong object. */
  const payloadFor = (self: any, method: string): P => {
    const p = self === null || self === undefined ? undefined : self[slot];
    if (p !== undefined) return p as P;
    if (self === undefined) return raise('TypeError', `unbound method ${spec.name}.${method}() needs an argument`);
    if (!isInstance(self, cls)) {
      return raise('TypeError', `descriptor '${method}' for '${spec.name}' objects doesn't apply to a '${className(self)}' object`);
    }
    return raise('TypeError', `'${className(self)}' object is not initialized: ${spec.name}.__init__() was not called`);
  };

  const methods: Record<string, Function> = {};
  for (const [name, m] of Object.entries(spec.methods ?? {})) {
    const call = typeof m === 'function' ? m : m.call;
    const arity = typeof m === 'function' ? Math.max(0, m.length - 2) : 0;
    const [min, max] = typeof m === 'function' ? [arity, arity] : m.args;
    const wrapper = function (this: any, ...args: unknown[]): unknown {
      const p = payloadFor(this, name);
      if (args.length < min || args.length > max) arityError(spec.name, name, min, max, args.length);
      return call(p, this, ...args);
    };
    (wrapper as any).$kw = function (this: any, pos: unknown[], kw: KwPairs | null): unknown {
      if (kw !== null && kw.length > 0) raise('TypeError', `${spec.name}.${name}() takes no keyword arguments`);
      return wrapper.apply(this, pos);
    };
    methods[name] = wrapper;
  }
  methods.__init__ = function (this: any, ...args: unknown[]): null {
    initialise(this, args, null);
    return null;
  };
  (methods.__init__ as any).$kw = function (this: any, pos: unknown[], kw: KwPairs | null): null {
    initialise(this, pos, kw);
    return null;
  };
  if (spec.repr !== undefined) {
    const repr = spec.repr;
    methods.__repr__ = function (this: any): string {
      return repr(this?.[slot], this);
    };
  }

  function initialise(self: any, args: unknown[], kw: KwPairs | null): void {
    if (spec.init === undefined) raise('TypeError', `cannot create '${qual()}' instances`);
    if (self === null || self === undefined || !isInstance(self, cls)) {
      raise('TypeError', `descriptor '__init__' for '${qual()}' objects doesn't apply to a '${className(self)}' object`);
    }
    self[slot] = spec.init(self, args, kw);
  }

  const getters: Record<string, (self: any) => unknown> = {};
  for (const [name, get] of Object.entries(spec.getters ?? {})) {
    getters[name] = (self: any) => get(payloadFor(self, name), self);
  }

  cls = builtinType({
    name: spec.name,
    module: spec.module,
    proto,
    // `__new__`: a bare instance; `__init__` gives it its payload.
    new: (c: PyType) => {
      if (spec.init === undefined) raise('TypeError', `cannot create '${qual()}' instances`);
      return newInstance(c);
    },
    methods,
    getters,
    doc: spec.doc ?? null,
  });

  return {
    type: cls,
    wrap(payload: P, c: PyType = cls): any {
      const o = newInstance(c);
      o[slot] = payload;
      return o;
    },
    payload(x: unknown): P | undefined {
      return x === null || x === undefined ? undefined : ((x as any)[slot] as P | undefined);
    },
  };
}

/** CPython's arity messages for C methods (METH_NOARGS, METH_O, PyArg_ParseTuple). */
function arityError(cls: string, name: string, min: number, max: number, given: number): never {
  if (max === 0) return raise('TypeError', `${cls}.${name}() takes no arguments (${given} given)`);
  if (min === 1 && max === 1) return raise('TypeError', `${cls}.${name}() takes exactly one argument (${given} given)`);
  const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  if (min === max) return raise('TypeError', `${name}() takes exactly ${plural(min)} (${given} given)`);
  if (given < min) return raise('TypeError', `${name}() takes at least ${plural(min)} (${given} given)`);
  return raise('TypeError', `${name}() takes at most ${plural(max)} (${given} given)`);
}
