// Type expressions evaluated at run time: `list[int]` (types.GenericAlias, PEP 585) and
// `int | None` (types.UnionType, PEP 604), as a module-level alias, an isinstance() argument or
// an annotation that is evaluated.

import { raise } from './exceptions.js';
import {
  builtinType, builtinTypes, Ellipsis, hooks, installBuiltinMembers, isClass, META, NotImplemented, type as typeType,
  typeOf, type KwPairs, type PyType,
} from './object.js';
import { PyTuple, tuple } from './tuple.js';
import { itemEq, pyHash } from './compare.js';
import { frozensetFromIterable } from './set.js';

/** `origin[args]`: what a builtin class subscripted gives. */
export class PyGenericAlias {
  constructor(readonly origin: PyType, readonly args: PyTuple) {}
}

function hashOf(x: unknown): number {
  const h = pyHash(x);
  return typeof h === 'number' ? h : Number(BigInt.asIntN(32, h));
}

/** `A | B | ...`, its members in order, without repeats. */
export class PyUnion {
  constructor(readonly args: PyTuple) {}
}

/** How a type expression's member prints: a class by its qualified name, None as None. */
function typeRepr(x: unknown): string {
  if (x === null) return 'None';
  if (x === Ellipsis) return '...';
  if (typeof x === 'function' && isClass(x)) {
    const m = x[META];
    return m.module === 'builtins' ? m.qualname : `${m.module}.${m.qualname}`;
  }
  return hooks.repr(x);
}

function isTypeExpression(x: unknown): boolean {
  return x === null || (typeof x === 'function' && isClass(x)) || x instanceof PyGenericAlias || x instanceof PyUnion;
}

/** `a | b` of two type expressions: nested unions flattened, repeats dropped, one member alone. */
function union(a: unknown, b: unknown): unknown {
  if (!isTypeExpression(a) || !isTypeExpression(b)) return NotImplemented;
  const members: unknown[] = [];
  for (const x of [a, b]) {
    for (const m of x instanceof PyUnion ? x.args : [x]) {
      const v = m === null ? typeOf(null) : m;
      if (!members.some((y) => itemEq(y, v))) members.push(v);
    }
  }
  return members.length === 1 ? members[0] : new PyUnion(tuple(members));
}

function unionRepr(u: PyUnion): string {
  return Array.from(u.args, (m) => (m === typeOf(null) ? 'None' : typeRepr(m))).join(' | ');
}

/** `list[int](xs)` makes a list: the alias calls its origin, keyword arguments included. */
function aliasCall(this: PyGenericAlias, ...args: unknown[]): unknown {
  return hooks.typeCall(this.origin, args, null);
}
(aliasCall as { $kw?: unknown }).$kw = function (this: PyGenericAlias, pos: unknown[], kw: KwPairs | null): unknown {
  return hooks.typeCall(this.origin, pos, kw);
};

builtinType({
  name: 'GenericAlias',
  module: 'types',
  proto: PyGenericAlias.prototype,
  // types.GenericAlias(origin, args): what a class's __class_getitem__ = classmethod(GenericAlias)
  // calls (collections.abc); a subclass's instance gets the subclass's prototype.
  construct(cls, pos, kw) {
    if (kw !== null && kw.length) raise('TypeError', 'GenericAlias() takes no keyword arguments');
    if (pos.length !== 2) raise('TypeError', `GenericAlias expected 2 arguments, got ${pos.length}`);
    const alias = new PyGenericAlias(pos[0] as PyType, pos[1] instanceof PyTuple ? pos[1] : tuple([pos[1]]));
    if (cls.prototype !== PyGenericAlias.prototype) Object.setPrototypeOf(alias, cls.prototype);
    return alias;
  },
  methods: {
    __repr__(this: PyGenericAlias) {
      const args = this.args.length === 0 ? '()' : Array.from(this.args, typeRepr).join(', ');
      return `${typeRepr(this.origin)}[${args}]`;
    },
    __call__: aliasCall,
    __eq__(this: PyGenericAlias, other: unknown) {
      if (!(other instanceof PyGenericAlias)) return NotImplemented;
      return this.origin === other.origin && itemEq(this.args, other.args);
    },
    __hash__(this: PyGenericAlias) {
      return hashOf(this.origin) ^ hashOf(this.args);
    },
    __or__(this: PyGenericAlias, other: unknown) {
      return union(this, other);
    },
    __ror__(this: PyGenericAlias, other: unknown) {
      return union(other, this);
    },
    __instancecheck__(this: PyGenericAlias) {
      return raise('TypeError', 'isinstance() argument 2 cannot be a parameterized generic');
    },
    __subclasscheck__(this: PyGenericAlias) {
      return raise('TypeError', 'issubclass() argument 2 cannot be a parameterized generic');
    },
  },
  getters: {
    __origin__: (a: PyGenericAlias) => a.origin,
    __args__: (a: PyGenericAlias) => a.args,
    __parameters__: () => tuple([]),
  },
});

builtinType({
  name: 'UnionType',
  module: 'types',
  proto: PyUnion.prototype,
  final: true,
  methods: {
    __repr__(this: PyUnion) {
      return unionRepr(this);
    },
    __eq__(this: PyUnion, other: unknown) {
      if (!(other instanceof PyUnion)) return NotImplemented;
      return this.args.length === other.args.length && Array.from(this.args).every((m) => Array.from(other.args).some((o) => itemEq(m, o)));
    },
    __hash__(this: PyUnion) {
      // hash(frozenset(args)), as typing.Union's, so that `int | None` and Optional[int] hash alike.
      return pyHash(frozensetFromIterable(this.args));
    },
    __or__(this: PyUnion, other: unknown) {
      return union(this, other);
    },
    __ror__(this: PyUnion, other: unknown) {
      return union(other, this);
    },
  },
  getters: {
    __args__: (u: PyUnion) => u.args,
    __parameters__: () => tuple([]),
  },
});

// `int | None` and `None | int`: type.__or__ and __ror__.
installBuiltinMembers(typeType.prototype, {
  methods: {
    __or__(this: unknown, other: unknown) {
      return union(this, other);
    },
    __ror__(this: unknown, other: unknown) {
      return union(other, this);
    },
  },
});

// `list[int]` and the other builtin generics (PEP 585).
function classGetitem(cls: PyType, params: unknown): PyGenericAlias {
  return new PyGenericAlias(cls, params instanceof PyTuple ? params : tuple([params]));
}

/**
 * A builtin type's `__class_getitem__`: a function of its own for each type, since the first type
 * a builtin function is installed on gives it its `__qualname__` (`enumerate.__class_getitem__`).
 */
export function ownClassGetitem(): (cls: PyType, params: unknown) => PyGenericAlias {
  return (cls, params) => classGetitem(cls, params);
}
for (const name of ['list', 'dict', 'tuple', 'set', 'frozenset']) {
  const cls = builtinTypes.get(name);
  if (cls === undefined) continue;
  installBuiltinMembers(cls.prototype, { name, classmethods: { __class_getitem__: ownClassGetitem() } });
}

/** `type[int]`: type has no __class_getitem__ attribute; the subscript itself knows it (as CPython's). */
export function typeSubscript(params: unknown): PyGenericAlias {
  return classGetitem(typeType, params);
}
