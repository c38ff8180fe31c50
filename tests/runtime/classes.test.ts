import { describe, expect, test } from 'vitest';
import { hooks, typeOf, META, object, type } from '../../runtime/object.js';
import { def, callKw, takeKw, kwOnly, argError, type Sig } from '../../runtime/function.js';
import { klass, classNs, getattr, noattr, superMethod, superAttr, property, staticmethod, classmethod, vars, dirNames, setattrFallback, delattr } from '../../runtime/classes.js';
import { toPy, ValueError, Exception } from '../../runtime/exceptions.js';

function sig(name: string, params: string[], extra: Partial<Sig> = {}): Sig {
  return { name, qualname: name, module: '__main__', params, posonly: 0, defaults: [], varargs: null, kwonly: [], kwdefaults: new Map(), varkw: null, flags: 0, ...extra };
}
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    const p = toPy(e);
    return `${typeOf(p)[META].name}: ${hooks.str(p)}`;
  }
  return 'no error';
}

describe('functions', () => {
  const f$d = [2];
  const f = def(function f(a: unknown, b: unknown = f$d[0], $x?: unknown): unknown {
    if (a === undefined || $x !== undefined) argError(f, a, b, $x);
    return [a, b];
  }, sig('f', ['a', 'b'], { defaults: f$d }));
  test('positional and keywords', () => {
    expect(f(1)).toEqual([1, 2]);
    expect(callKw(f, null, [], [['b', 5], ['a', 1]])).toEqual([1, 5]);
    expect(err(() => f())).toBe("TypeError: f() missing 1 required positional argument: 'a'");
    expect(err(() => (f as any)(1, 2, 3))).toBe('TypeError: f() takes from 1 to 2 positional arguments but 3 were given');
    expect(err(() => callKw(f, null, [1], [['z', 1]]))).toBe("TypeError: f() got an unexpected keyword argument 'z'");
    expect(err(() => callKw(f, null, [1], [['a', 1]]))).toBe("TypeError: f() got multiple values for argument 'a'");
    expect(err(() => callKw(f, null, [], [['a', 1], ['a', 2]]))).toBe("TypeError: __main__.f() got multiple values for keyword argument 'a'");
  });
  test('keyword-only', () => {
    const g = def(function g(a: unknown) {
      const $k = takeKw();
      const k = kwOnly($k, 'k', undefined, g);
      return [a, k];
    }, sig('g', ['a'], { kwonly: ['k'] }));
    expect(callKw(g, null, [1], [['k', 3]])).toEqual([1, 3]);
    expect(err(() => callKw(g, null, [1], []))).toBe("TypeError: g() missing 1 required keyword-only argument: 'k'");
    expect(err(() => g(1))).toBe("TypeError: g() missing 1 required keyword-only argument: 'k'");
  });
});

function method(cls: string, name: string, params: string[], body: (...a: any[]) => unknown): Function {
  return def(function (...a: unknown[]) { return body(...a); }, { ...sig(name, params), qualname: `${cls}.${name}` });
}

describe('classes', () => {
  test('basic class, methods, repr, isinstance', () => {
    const ns = classNs();
    const init = method('A', '__init__', ['self', 'x'], (self, x) => { self.$x = x; return null; });
    const get = method('A', 'get', ['self'], (self) => self.$x);
    ns.set('__init__', init);
    ns.set('get', get);
    ns.set('K', 10);
    const A = klass('A', 'A', '__main__', [], ns) as any;
    const a = A(5);
    expect(a.$x).toBe(5);
    expect(a.$get()).toBe(5);
    expect(A.$K).toBe(10);
    expect(a.$K).toBe(10);
    expect(A.$get).toBe(get);
    expect(A.$__name__).toBe('A');
    expect(hooks.repr(A)).toBe("<class '__main__.A'>");
    expect(hooks.repr(a)).toMatch(/^<__main__\.A object at 0x[0-9a-f]+>$/);
    expect(typeOf(a)).toBe(A);
    expect(typeOf(A)).toBe(type);
    const bm = getattr(a, a.$get, 'get') as any;
    expect(bm()).toBe(5);
    expect(hooks.repr(bm)).toMatch(/^<bound method A.get of <__main__.A object at/);
    expect(err(() => getattr(a, a.$nope, 'nope'))).toBe("AttributeError: 'A' object has no attribute 'nope'");
    expect(err(() => getattr(A, A.$nope, 'nope'))).toBe("AttributeError: type object 'A' has no attribute 'nope'");
    A.$K = 11;
    expect(a.$K).toBe(11);
    expect(hooks.str(vars(a) as any)).toBeDefined();
    expect(dirNames(a)).toContain('get');
    expect(callKw(A, null, [], [['x', 7]]).$x).toBe(7);
  });
  test('inheritance, super, MRO', () => {
    const nsA = classNs();
    nsA.set('who', method('A', 'who', ['self'], () => 'A'));
    const A = klass('A', 'A', '__main__', [], nsA) as any;
    const nsB = classNs();
    let B: any;
    nsB.set('who', method('B', 'who', ['self'], (self) => 'B' + superMethod(B, self, 'who').call(self)));
    B = klass('B', 'B', '__main__', [A], nsB);
    const nsC = classNs();
    let C: any;
    nsC.set('who', method('C', 'who', ['self'], (self) => 'C' + superMethod(C, self, 'who').call(self)));
    C = klass('C', 'C', '__main__', [A], nsC);
    const nsD = classNs();
    let D: any;
    nsD.set('who', method('D', 'who', ['self'], (self) => 'D' + superMethod(D, self, 'who').call(self)));
    D = klass('D', 'D', '__main__', [B, C], nsD);
    expect(D().$who()).toBe('DBCA');
    expect(D[META].mro.map((c: any) => c[META].name)).toEqual(['D', 'B', 'C', 'A', 'object']);
    const nsE = classNs();
    const E = klass('E', 'E', '__main__', [C], nsE) as any;
    const D2 = klass('D2', 'D2', '__main__', [B, E], classNs()) as any;
    expect(D2().$who()).toBe('BCA');
    expect(err(() => klass('X', 'X', '__main__', [A, B], classNs()))).toBe(
      'TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B');
    expect(superAttr(D, D(), 'who')).toBeTypeOf('function');
  });
  test('property, staticmethod, classmethod', () => {
    const ns = classNs();
    const getx = method('P', 'x', ['self'], (self) => self._x * 2);
    const setx = method('P', 'x', ['self', 'v'], (self, v) => { self._x = v; return null; });
    const p = property(getx);
    ns.set('x', (p as any).$setter(setx));
    ns.set('s', staticmethod(def(function s(a: unknown) { return a; }, sig('s', ['a']))));
    ns.set('c', classmethod(def(function c(cls: unknown) { return cls; }, sig('c', ['cls']))));
    const P = klass('P', 'P', '__main__', [], ns) as any;
    const o = P();
    o.$x = 4;
    expect(o.$x).toBe(8);
    expect(o.$s(3)).toBe(3);
    expect(o.$c()).toBe(P);
    expect((P.$c as any)()).toBe(P);
    expect(P.$s(9)).toBe(9);
    expect(typeOf(P.$x)).toBe(property);
    const ns2 = classNs();
    ns2.set('y', property(getx));
    const Q = klass('Q', 'Q', '__main__', [], ns2) as any;
    expect(err(() => { Q().$y = 1; })).toBe("AttributeError: property 'y' of 'Q' object has no setter");
  });
  test('exceptions subclass and __getattr__ / __setattr__', () => {
    const MyErr = klass('MyErr', 'MyErr', '__main__', [ValueError], classNs()) as any;
    const e = MyErr('boom');
    expect(hooks.str(e)).toBe('boom');
    expect(hooks.repr(e)).toBe("MyErr('boom')");
    const ns = classNs();
    ns.set('__getattr__', method('G', '__getattr__', ['self', 'n'], (_s, n) => 'dyn_' + n));
    const log: string[] = [];
    let G: any;
    ns.set('__setattr__', method('G', '__setattr__', ['self', 'n', 'v'], (s, n, v) => { log.push(n); superMethod(G, s, '__setattr__').call(s, n, v); return null; }));
    G = klass('G', 'G', '__main__', [], ns);
    const g = G();
    expect(getattr(g, g.$foo, 'foo')).toBe('dyn_foo');
    g.$z = 3;
    expect(log).toEqual(['z']);
    expect(g.$z).toBe(3);
    setattrFallback(g, 'w', 1);
    expect(log).toEqual(['z', 'w']);
    delattr(g, 'w');
  });
  test('metaclass and __init_subclass__', () => {
    const nsM = classNs();
    nsM.set('hello', method('M', 'hello', ['cls'], (cls) => 'hi ' + cls[META].name));
    const M = klass('M', 'M', '__main__', [type], nsM) as any;
    const A = klass('A', 'A', '__main__', [], classNs(), [['metaclass', M]]) as any;
    expect(typeOf(A)).toBe(M);
    expect(A.$hello()).toBe('hi A');
    const seen: unknown[] = [];
    const nsB = classNs();
    nsB.set('__init_subclass__', def(function (cls: unknown) { const k = takeKw(); seen.push(cls, kwOnly(k, 'tag', null)); return null; }, sig('__init_subclass__', ['cls'], { kwonly: ['tag'], kwdefaults: new Map([['tag', null]]) })));
    const B = klass('B', 'B', '__main__', [], nsB) as any;
    const C = klass('C', 'C', '__main__', [B], classNs(), [['tag', 'x']]) as any;
    expect(seen).toEqual([C, 'x']);
    expect(err(() => klass('Z', 'Z', '__main__', [], classNs(), [['x', 1]]))).toBe('TypeError: Z.__init_subclass__() takes no keyword arguments');
    const T = (type as any)('T', hooks.tuple([]), new Map());
    void T;
    void object;
    void Exception;
  });
});
