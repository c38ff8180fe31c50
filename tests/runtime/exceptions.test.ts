import { describe, expect, test } from 'vitest';
import { hooks, typeOf, META } from '../../runtime/object.js';
import {
  raise, pyRaise, toPy, excMatch, ValueError, KeyError, OSError, Exception, BaseException, LookupError,
  enterExcept, exitExcept, makeExc, PendingPyError, StopIteration, SystemExit, reraise,
} from '../../runtime/exceptions.js';

function caught(f: () => unknown): any {
  try {
    f();
  } catch (e) {
    return toPy(e);
  }
  throw new Error('no exception');
}
const name = (e: unknown) => typeOf(e)[META].name;

describe('exceptions', () => {
  test('raise by name', () => {
    const e = caught(() => raise('ValueError', 'bad'));
    expect(name(e)).toBe('ValueError');
    expect(hooks.str(e)).toBe('bad');
    expect(hooks.repr(e)).toBe("ValueError('bad')");
    expect(excMatch(e, Exception)).toBe(true);
    expect(excMatch(e, KeyError)).toBe(false);
    expect(e instanceof PendingPyError).toBe(true);
    expect(e.pyType).toBe('ValueError');
    expect(e.pyMessage).toBe('bad');
  });
  test('KeyError str is repr', () => {
    const e = makeExc('KeyError', 'k');
    expect(hooks.str(e)).toBe("'k'");
    expect(excMatch(e, LookupError)).toBe(true);
  });
  test('OSError errno mapping', () => {
    const e = OSError(98, 'Address already in use');
    expect(name(e)).toBe('OSError');
    expect(hooks.str(e)).toBe('[Errno 98] Address already in use');
    expect(e.$errno).toBe(98);
    const r = OSError(104, 'Connection reset by peer');
    expect(name(r)).toBe('ConnectionResetError');
    expect(hooks.str(OSError(2, 'No such file', 'f.txt'))).toBe("[Errno 2] No such file: 'f.txt'");
  });
  test('raise statement', () => {
    const e = caught(() => pyRaise(ValueError));
    expect(name(e)).toBe('ValueError');
    expect(hooks.str(e)).toBe('');
    const t = caught(() => pyRaise(5));
    expect(hooks.str(t)).toBe('exceptions must derive from BaseException');
    const c = caught(() => pyRaise(ValueError('x'), KeyError('y')));
    expect(name(c.$__cause__)).toBe('KeyError');
    expect(c.$__suppress_context__).toBe(true);
  });
  test('context chaining and reraise', () => {
    const outer = ValueError('a');
    enterExcept(outer);
    const inner = caught(() => raise('TypeError', 'b'));
    const re = caught(() => reraise());
    exitExcept();
    expect(inner.$__context__).toBe(outer);
    expect(re).toBe(outer);
    expect(hooks.str(caught(() => reraise()))).toBe('No active exception to reraise');
  });
  test('JS errors', () => {
    const r = caught(() => {
      const f = (n: number): number => f(n + 1) + 1;
      f(0);
    });
    expect(name(r)).toBe('RecursionError');
    const a = caught(() => (null as any).$foo.call(null));
    expect(hooks.str(a)).toBe("'NoneType' object has no attribute 'foo'");
  });
  test('StopIteration and SystemExit', () => {
    expect(StopIteration(5).$value).toBe(5);
    expect(StopIteration().$value).toBe(null);
    expect(SystemExit(3).$code).toBe(3);
    expect(SystemExit().$code).toBe(null);
    expect(typeOf(BaseException)[META].name).toBe('type');
  });
});
