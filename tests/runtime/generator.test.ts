import { describe, expect, test } from 'vitest';
import * as rt from '../../runtime/index.js';
import { typeOf, META } from '../../runtime/object.js';
import { toPy, enterExcept, exitExcept, currentException } from '../../runtime/exceptions.js';

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

describe('generators', () => {
  test('iteration, send, return value', () => {
    const g = rt.gen(function* () {
      const x = yield 1;
      yield x;
      return 'done';
    }, 'g', 'g') as any;
    expect(R.$repr(g)).toMatch(/^<generator object g at 0x/);
    expect(g.$__next__()).toBe(1);
    expect(g.$send(5)).toBe(5);
    let e: any;
    try {
      g.$__next__();
    } catch (x) {
      e = x;
    }
    expect(typeOf(e)[META].name).toBe('StopIteration');
    expect(e.$value).toBe('done');
    expect(err(() => g.$__next__())).toBe('StopIteration');
  });
  test('for...of and toArray', () => {
    const g = () => rt.gen(function* () { yield 1; yield 2; }, 'g', 'g');
    expect([...(g() as any)]).toEqual([1, 2]);
    expect(rt.toArray(g())).toEqual([1, 2]);
    expect(R.list(g())).toEqual([1, 2]);
  });
  test('send to a just-started generator', () => {
    const g = rt.gen(function* () { yield 1; }, 'g', 'g') as any;
    expect(err(() => g.$send(1))).toBe("TypeError: can't send non-None value to a just-started generator");
  });
  test('throw and close', () => {
    const log: string[] = [];
    const g = rt.gen(function* () {
      try {
        yield 1;
      } catch (e) {
        const p = toPy(e);
        if (rt.excMatch(p, rt.ValueError)) {
          log.push('caught');
          yield 2;
        } else throw e;
      } finally {
        log.push('finally');
      }
    }, 'g', 'g') as any;
    expect(g.$__next__()).toBe(1);
    expect(g.$throw(rt.ValueError)).toBe(2);
    expect(g.$close()).toBe(null);
    expect(log).toEqual(['caught', 'finally']);
    const h = rt.gen(function* () {
      for (;;) {
        try {
          yield 1;
        } catch {
          /* ignore GeneratorExit */
        }
      }
    }, 'h', 'h') as any;
    h.$__next__();
    expect(err(() => h.$close())).toBe('RuntimeError: generator ignored GeneratorExit');
  });
  test('PEP 479 and re-entrancy', () => {
    const g = rt.gen(function* () {
      yield 1;
      rt.raise(rt.StopIteration);
    }, 'g', 'g') as any;
    g.$__next__();
    expect(err(() => g.$__next__())).toBe('RuntimeError: generator raised StopIteration');
    let self: any;
    self = rt.gen(function* () {
      yield self.$__next__();
    }, 'r', 'r');
    expect(err(() => self.$__next__())).toBe('ValueError: generator already executing');
  });
  test('yield from', () => {
    const inner = () => rt.gen(function* () {
      const a = yield 1;
      yield a;
      return 'ret';
    }, 'inner', 'inner');
    const outer = rt.gen(function* () {
      const r = yield* rt.yieldFrom(inner());
      yield r;
      yield* rt.yieldFrom([7, 8]);
    }, 'outer', 'outer') as any;
    expect(outer.$__next__()).toBe(1);
    expect(outer.$send('sent')).toBe('sent');
    expect(outer.$__next__()).toBe('ret');
    expect(outer.$__next__()).toBe(7);
    expect(outer.$__next__()).toBe(8);
  });
  test('handled exception is private to the frame', () => {
    const g = rt.gen(function* () {
      try {
        rt.raise(rt.KeyError('k'));
      } catch (e) {
        enterExcept(toPy(e));
        try {
          yield currentException();
        } finally {
          exitExcept();
        }
      }
    }, 'g', 'g') as any;
    const inside = g.$__next__();
    expect(typeOf(inside)[META].name).toBe('KeyError');
    expect(currentException()).toBe(null);
  });
});
