import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as rt from '../../runtime/index.js';
import { typeOf, META } from '../../runtime/object.js';
import { toPy, makeExc } from '../../runtime/exceptions.js';
import { runMain, uncaught } from '../../runtime/module.js';
import { formatException, lineTable, pyFrames } from '../../runtime/traceback.js';

const R = rt as any;
function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    const p = toPy(e);
    return `${typeOf(p)[META].name}: ${R.$str(p)}`;
  }
  return 'no error';
}

describe('modules', () => {
  test('import order, packages, globals, circular imports', () => {
    const order: string[] = [];
    rt.module('pkg', '/src/pkg/__init__.py', (mod: any) => {
      order.push('pkg');
      let x = 1;
      rt.moduleGlobals(mod, { get x() { return x; }, set x(v) { x = v as number; } });
      x = 2;
    }, true);
    rt.module('pkg.sub', '/src/pkg/sub.py', (mod: any) => {
      order.push('pkg.sub');
      const other = rt.import('pkg.circ') as any;
      let y: unknown;
      rt.moduleGlobals(mod, { get y() { return y; }, set y(v) { y = v; } });
      y = other.$__name__;
    }, false);
    rt.module('pkg.circ', '/src/pkg/circ.py', (mod: any) => {
      order.push('pkg.circ');
      const sub = rt.import('pkg.sub') as any;
      mod.$seen = sub.$y === undefined ? 'partial' : 'full';
    }, false);
    const leaf = rt.import('pkg.sub') as any;
    expect(order).toEqual(['pkg', 'pkg.sub', 'pkg.circ']);
    expect(leaf.$y).toBe('pkg.circ');
    const pkg = rt.import('pkg') as any;
    expect(pkg.$x).toBe(2);
    pkg.$x = 5;
    expect(pkg.$x).toBe(5);
    expect(pkg.$sub).toBe(leaf);
    expect(R.$repr(leaf)).toBe("<module 'pkg.sub' from '/src/pkg/sub.py'>");
    expect((rt.import('pkg.circ') as any).$seen).toBe('partial');
    rt.module('half', '/src/half.py', (mod: any) => {
      mod.$early = err(() => R.$getattr(mod, mod.$late, 'late'));
      mod.$late = 1;
    }, false);
    expect((rt.import('half') as any).$early).toBe(
      "AttributeError: partially initialized module 'half' has no attribute 'late' (most likely due to a circular import)");
    expect(rt.importFrom(pkg, 'x', 'pkg')).toBe(5);
    expect(rt.importFrom(pkg, 'circ', 'pkg')).toBe(rt.import('pkg.circ'));
    expect(err(() => rt.importFrom(pkg, 'nope', 'pkg'))).toBe("ImportError: cannot import name 'nope' from 'pkg' (/src/pkg/__init__.py)");
    expect(err(() => rt.import('nope'))).toBe("ModuleNotFoundError: No module named 'nope'");
    expect(err(() => rt.import('pkg.sub.x'))).toBe("ModuleNotFoundError: No module named 'pkg.sub.x'; 'pkg.sub' is not a package");
    expect(rt.importStar(pkg).map((p) => p[0])).toEqual(['x', 'circ', 'sub']);
    expect(err(() => R.$getattr(pkg, pkg.$zz, 'zz'))).toBe("AttributeError: module 'pkg' has no attribute 'zz'");
    const sys = rt.import('sys') as any;
    expect(R.$repr(sys)).toBe("<module 'sys' (built-in)>");
    expect(rt.contains(sys.$modules, 'pkg.sub')).toBe(true);
  });
  test("from m import name asks the module's __getattr__ (PEP 562)", () => {
    rt.module('lazymod', '/src/lazymod.py', (mod: any) => {
      mod.$eager = 1;
      mod.$__getattr__ = (name: string) => (name.startsWith('lazy_') ? `made ${name}` : R.$raise(makeExc('AttributeError', name)));
    }, false);
    const m = rt.import('lazymod') as any;
    expect(rt.importFrom(m, 'eager', 'lazymod')).toBe(1);
    expect(rt.importFrom(m, 'lazy_one', 'lazymod')).toBe('made lazy_one');
    expect(err(() => rt.importFrom(m, 'missing', 'lazymod'))).toBe("ImportError: cannot import name 'missing' from 'lazymod' (/src/lazymod.py)");
  });
  test('from m import * binds at run time the names the compiler could not list', () => {
    rt.module('computed', '/src/computed.py', (mod: any) => {
      mod.$one = 1;
      mod.$two = 2;
      mod.$_private = 3;
      mod.$__all__ = ['one', 'two'];
    }, false);
    const into: any = {};
    rt.importStarRest(into, rt.import('computed') as any, ['one']);
    expect(Object.keys(into)).toEqual(['$two']);
    expect(into.$two).toBe(2);
  });
  test('running __main__ and exit codes', () => {
    let name: unknown;
    rt.module('app', '/src/app.py', (mod: any) => {
      name = mod.$__name__;
    }, false);
    expect(runMain('app')).toBe(0);
    expect(name).toBe('__main__');
    expect(uncaught(makeExc('SystemExit', 3))).toBe(3);
    expect(uncaught(makeExc('SystemExit'))).toBe(0);
  });
});

describe('tracebacks', () => {
  test('frames through the line table, chained exceptions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tb-'));
    const py = join(dir, 'x.py');
    writeFileSync(py, 'def f():\n    raise ValueError("bad")\nf()\n');
    // Generated line 1 → x.py line 3, line 2 → line 1, line 3 → line 2.
    lineTable('AAEA;AAFA;AACA', [py], 'file:///bundle.mjs');
    const exc = makeExc('ValueError', 'bad');
    exc.stack = [
      'Error: ',
      '    at raise (file:///bundle.mjs:9:1)',
      '    at f (file:///bundle.mjs:3:5)',
      '    at file:///bundle.mjs:1:1',
      '    at node:internal/main:1:1',
    ].join('\n');
    expect(pyFrames(exc.stack)).toEqual([
      { file: py, line: 3, name: '<module>' },
      { file: py, line: 2, name: 'f' },
    ]);
    const ctx = makeExc('KeyError', 'k');
    exc.context = ctx;
    expect(formatException(exc)).toBe(
      "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n" +
        `Traceback (most recent call last):\n  File "${py}", line 3, in <module>\n    f()\n` +
        `  File "${py}", line 2, in f\n    raise ValueError("bad")\nValueError: bad\n`,
    );
    exc.cause = ctx;
    expect(formatException(exc)).toContain('The above exception was the direct cause of the following exception:');
    expect(formatException(makeExc('ValueError'))).toBe('ValueError\n');
    rmSync(dir, { recursive: true, force: true });
  });
});
