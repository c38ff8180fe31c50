import { describe, expect, test } from 'vitest';
import * as rt from '../../runtime/index.js';
import { typeOf, META } from '../../runtime/object.js';
import { toPy } from '../../runtime/exceptions.js';
import { PyFloat } from '../../runtime/float.js';

const R = rt as any;
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    const p = toPy(e);
    const s = R.$str(p);
    return s === '' ? typeOf(p)[META].name : `${typeOf(p)[META].name}: ${s}`;
  }
  return 'no error';
}
const r = (x: unknown) => R.$repr(x);

describe('arithmetic', () => {
  test('numbers', () => {
    expect(rt.add(1, 2)).toBe(3);
    expect(r(rt.add(0.5, 0.5))).toBe('1.0');
    expect(r(rt.add(2 ** 53 - 1, 1))).toBe('9007199254740992');
    expect(typeof rt.add(2 ** 53 - 1, 1)).toBe('bigint');
    expect(rt.add(true, true)).toBe(2);
    expect(r(rt.mul(0, -1))).toBe('0');
    expect(r(rt.mul(new PyFloat(0), -1))).toBe('-0.0');
    expect(r(rt.truediv(1, 2))).toBe('0.5');
    expect(r(rt.truediv(4, 2))).toBe('2.0');
    expect(rt.floordiv(-7, 2)).toBe(-4);
    expect(rt.mod(-7, 2)).toBe(1);
    expect(r(rt.mod(-7.5, 2))).toBe('0.5');
    expect(r(rt.$pow(2, 100))).toBe('1267650600228229401496703205376');
    expect(r(rt.$pow(2, -1))).toBe('0.5');
    expect(rt.neg(0)).toBe(0);
    expect(Object.is(rt.neg(0), -0)).toBe(false);
    expect(rt.invert(5)).toBe(-6);
    expect(rt.bitand(true, false)).toBe(false);
    expect(rt.bitor(6, 3)).toBe(7);
    expect(r(rt.lshift(1, 70))).toBe('1180591620717411303424');
  });
  test('errors', () => {
    expect(err(() => rt.add(1, 'a'))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(err(() => rt.add('a', 1))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(err(() => rt.add([1], rt.$tuple([1])))).toBe('TypeError: can only concatenate list (not "tuple") to list');
    expect(err(() => rt.lt(1, 'a'))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(err(() => rt.neg('a'))).toBe("TypeError: bad operand type for unary -: 'str'");
    expect(err(() => rt.truediv(1, 0))).toBe('ZeroDivisionError: division by zero');
    expect(err(() => rt.floordiv(1, 0))).toBe('ZeroDivisionError: integer division or modulo by zero');
    expect(err(() => rt.mod(1.5, 0))).toContain('ZeroDivisionError');
    expect(err(() => rt.invert(1.5))).toBe("TypeError: bad operand type for unary ~: 'float'");
    expect(err(() => rt.mul('a', 'b'))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(err(() => rt.iadd(1, 'a'))).toBe("TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
  });
  test('sequences', () => {
    expect(rt.add([1], [2])).toEqual([1, 2]);
    expect(rt.mul('ab', 3)).toBe('ababab');
    expect(r(rt.mul([1, 2], 2))).toBe('[1, 2, 1, 2]');
    const xs = [1];
    expect(rt.iadd(xs, [2])).toBe(xs);
    expect(xs).toEqual([1, 2]);
    expect(r(rt.add(rt.$tuple([1]), rt.$tuple([2])))).toBe('(1, 2)');
    expect(rt.mod('%d-%s', rt.$tuple([1, 'x']))).toBe('1-x');
  });
});

describe('comparisons and truth', () => {
  test('eq across numeric types', () => {
    expect(rt.eq(1, 1.0)).toBe(true);
    expect(rt.eq(1, new PyFloat(1))).toBe(true);
    expect(rt.eq(true, 1)).toBe(true);
    expect(rt.eq(2n ** 60n, 2 ** 60)).toBe(true);
    expect(rt.eq(null, null)).toBe(true);
    expect(rt.eq(null, 0)).toBe(false);
    expect(rt.eq([1, 2], [1, 2])).toBe(true);
    expect(rt.lt([1, 2], [1, 3])).toBe(true);
    expect(rt.eq(rt.$tuple([1, 2]), [1, 2])).toBe(false);
    expect(rt.lt('a', 'b')).toBe(true);
    expect(rt.ne(1, 2)).toBe(true);
    expect(rt.le(2n ** 70n, 1e30)).toBe(true);
  });
  test('truthy', () => {
    expect(rt.truthy(0)).toBe(false);
    expect(rt.truthy(NaN)).toBe(true);
    expect(rt.truthy('')).toBe(false);
    expect(rt.truthy([])).toBe(false);
    expect(rt.truthy(rt.$tuple([]))).toBe(false);
    expect(rt.truthy(new PyFloat(0))).toBe(false);
    expect(rt.truthy(R.$dict([]))).toBe(false);
    expect(rt.truthy(R.$dict([1, 2]))).toBe(true);
    expect(rt.truthy(0n)).toBe(false);
  });
  test('contains', () => {
    expect(rt.contains('abc', 'bc')).toBe(true);
    expect(rt.contains([1, 2], 2.0)).toBe(true);
    expect(rt.contains(R.$dict(['a', 1]), 'a')).toBe(true);
    expect(rt.contains(R.$set([1]), 1)).toBe(true);
    expect(rt.contains(R.range(5), 3)).toBe(true);
    expect(err(() => rt.contains('abc', 1))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(err(() => rt.contains(1, 1))).toBe("TypeError: argument of type 'int' is not iterable");
  });
});

describe('subscripts, iteration, unpacking', () => {
  test('getitem', () => {
    expect(rt.getitem([1, 2, 3], -1)).toBe(3);
    expect(rt.getitem(R.$dict(['a', 1]), 'a')).toBe(1);
    expect(err(() => rt.getitem([1], 5))).toBe('IndexError: list index out of range');
    expect(err(() => rt.getitem(1, 0))).toBe("TypeError: 'int' object is not subscriptable");
    expect(err(() => rt.setitem(rt.$tuple([1]), 0, 1))).toBe("TypeError: 'tuple' object does not support item assignment");
    expect(err(() => rt.getitem(R.$dict([]), 'k'))).toBe("KeyError: 'k'");
  });
  test('unpack', () => {
    expect(rt.unpack([1, 2], 2)).toEqual([1, 2]);
    expect(err(() => rt.unpack([1, 2, 3], 2))).toBe('ValueError: too many values to unpack (expected 2)');
    expect(err(() => rt.unpack([1], 2))).toBe('ValueError: not enough values to unpack (expected 2, got 1)');
    expect(err(() => rt.unpack(1, 2))).toBe('TypeError: cannot unpack non-iterable int object');
    expect(rt.unpackEx([1, 2, 3, 4], 1, 1)).toEqual([1, [2, 3], 4]);
    expect(rt.unpack('ab', 2)).toEqual(['a', 'b']);
  });
  test('iter over user class', () => {
    const ns = rt.classNs();
    const sig = (name: string, params: string[]) => ({ name, qualname: 'C.' + name, module: '__main__', params, posonly: 0, defaults: [], varargs: null, kwonly: [], kwdefaults: new Map(), varkw: null, flags: 0 });
    ns.set('__init__', rt.def(function (self: any) { self.$i = 0; return null; }, sig('__init__', ['self'])));
    ns.set('__iter__', rt.def(function (self: any) { return self; }, sig('__iter__', ['self'])));
    ns.set('__next__', rt.def(function (self: any) { if (self.$i >= 3) rt.raise(rt.StopIteration); return self.$i++; }, sig('__next__', ['self'])));
    const C = rt.class('C', 'C', '__main__', [], ns, [], new Map()) as any;
    expect([...rt.$iter(C())]).toEqual([0, 1, 2]);
    expect(rt.next(C())).toBe(0);
    expect(rt.toArray(C())).toEqual([0, 1, 2]);
  });
});
