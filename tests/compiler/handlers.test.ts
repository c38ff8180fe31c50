// Which `except` handlers the compiler marks quiet (compiler/handlers.ts): each case is a function
// body and the clauses of the catcher its `try` gets, `[classes, quiet]` as `$catcher` receives
// them, with the guard of a guarded handler. A quiet handler lets a raise skip the JS stack, so a
// wrong `true` loses a traceback (the differential programs catch that) and a wrong `false` only
// costs time (which only these cases catch).
import { describe, expect, test } from 'vitest';
import { parse } from '../../compiler/parse.js';
import { lowerModule } from '../../compiler/lower.js';
import { emitModule } from '../../compiler/emit.js';

function lowered(body: string): string {
  const source = `def f(d, k, xs, n):\n${body.split('\n').map((l) => `    ${l}`).join('\n')}\n`;
  const tree = parse(source, 'case.py');
  const out = lowerModule(tree, { filename: 'case.py', moduleName: '__main__', isPackage: false, starNames: () => ({ names: [], maybe: new Set<string>() }) });
  return emitModule(out.statement, '/tmp/case.py', source).code;
}

/** The clauses of each `$catcher(...)` hoisted for the body, in order. */
function catchers(body: string): string[] {
  return [...lowered(body).matchAll(/\$catcher\((.*)\);/g)].map((m) => m[1]!.replace(/\s+/g, ''));
}

/** The catcher expression each `try` enters. */
function entries(body: string): string[] {
  return [...lowered(body).matchAll(/\$enterTry\((.*?)\);/g)].map((m) => m[1]!);
}

describe('quiet handlers', () => {
  test.each([
    ['try:\n    v = d[k]\nexcept KeyError:\n    v = None\nreturn v', ['[[[KeyError],true]]']],
    ['try:\n    return int(k)\nexcept (ValueError, TypeError):\n    return -1', ['[[[ValueError,TypeError],true]]']],
    ['for w in xs:\n    try:\n        int(w)\n    except ValueError:\n        continue', ['[[[ValueError],true]]']],
    ['try:\n    int(k)\nexcept:\n    pass', ['[[null,true]]']],
    ['try:\n    int(k)\nexcept KeyError:\n    pass\nexcept ValueError as e:\n    print(e)', ['[[[KeyError],true],[[ValueError],false]]']],
  ])('%s', (body, expected) => {
    expect(catchers(body)).toEqual(expected);
  });
});

describe('loud handlers', () => {
  test.each([
    ['name bound', 'try:\n    int(k)\nexcept ValueError as e:\n    pass'],
    ['bare raise', 'try:\n    int(k)\nexcept ValueError:\n    raise'],
    ['a call', 'try:\n    int(k)\nexcept ValueError:\n    print(k)'],
    ['a global read', 'try:\n    int(k)\nexcept ValueError:\n    return DEFAULT'],
    ['an attribute', 'try:\n    int(k)\nexcept ValueError:\n    return d.x'],
    ['a local that may be unbound', 'try:\n    v = int(k)\nexcept ValueError:\n    return v'],
  ])('%s', (_what, body) => {
    const cs = catchers(body);
    expect(cs.length).toBe(1);
    expect(cs[0]).not.toContain('true');
  });

  test('a class the compiler cannot read ends the clauses', () => {
    expect(catchers('E = KeyError\ntry:\n    int(k)\nexcept E:\n    pass')).toEqual(['[[null,false]]']);
  });
});

describe('guarded handlers', () => {
  test('n += 1 on a number, chosen at entry', () => {
    expect(catchers('try:\n    int(k)\nexcept ValueError:\n    n += 1')).toEqual(['[[[ValueError],true]]', '[[[ValueError],false]]']);
    expect(entries('try:\n    int(k)\nexcept ValueError:\n    n += 1')[0]).toBe('typeof n === "number" ? $k1 : $k2');
  });

  test('d[k] = v on a plain dict, xs.append(v) on a plain list', () => {
    expect(entries('try:\n    d[k] += 1\nexcept KeyError:\n    d[k] = 1')[0]).toBe('d?.constructor === $PyDict && (typeof k === "string" || typeof k === "number") ? $k1 : $k2');
    expect(entries('try:\n    int(k)\nexcept ValueError:\n    xs.append(k)')[0]).toBe('xs?.constructor === Array ? $k1 : $k2');
  });

  test('a last store to the guarded name comes after anything that can raise', () => {
    expect(catchers('try:\n    n += d[k]\nexcept KeyError:\n    n += 1')).toEqual(['[[[KeyError],true]]', '[[[KeyError],false]]']);
  });

  test('no guard for a name the try body or a closure can rebind', () => {
    expect(catchers('try:\n    n = 1\n    int(k)\nexcept ValueError:\n    n += 1')).toEqual(['[[[ValueError],false]]']);
    expect(catchers('def g():\n    nonlocal n\n    n = "s"\ntry:\n    g()\nexcept ValueError:\n    n += 1')).toEqual(['[[[ValueError],false]]']);
    expect(catchers('try:\n    int(k)\nexcept ValueError:\n    n += 1\n    n = "s"')).toEqual(['[[[ValueError],false]]']);
  });
});

describe('leaving the catching stack', () => {
  test('a body that cannot jump out exits at its end and in its catch, without finally', () => {
    const js = lowered('try:\n    v = d.get(k)\nexcept KeyError:\n    v = None\nreturn v');
    expect(js.match(/\$exitTry\(\$d\d+\)/g)?.length).toBe(2);
    expect(js).not.toMatch(/finally \{\s*\$exitTry/);
  });

  test('a failed probe exits before it jumps to the handlers', () => {
    const js = lowered('try:\n    v = d[k]\nexcept KeyError:\n    v = None\nreturn v');
    expect(js.match(/\$exitTry\(\$d\d+\)/g)?.length).toBe(3);
    expect(js).toMatch(/\$e\d+ = \$probeError\(\);\s*\$exitTry\(\$d\d+\);\s*break \$P\d+;/);
    expect(js).not.toMatch(/finally \{\s*\$exitTry/);
  });

  test('a body that returns exits in a finally', () => {
    expect(lowered('try:\n    return d[k]\nexcept KeyError:\n    return None')).toMatch(/finally \{\s*\$exitTry\(\$d\d+\);/);
  });

  test('a generator pops its entry in a finally of its own', () => {
    expect(lowered('try:\n    yield d[k]\nexcept KeyError:\n    pass')).toMatch(/try \{\s*yield[^}]*\} finally \{\s*\$exitTry\(\);/);
  });
});

// Probes (runtime/probes.ts): inside a `try` body, int(), float(), o[k] and o.index(v) fail by
// returning PROBE_FAILED; the failure jumps to the handlers, or is thrown where a `with`, a
// `finally` or a generator frame must see it unwind.
describe('probes', () => {
  test.each([
    ['try:\n    v = int(k)\nexcept ValueError:\n    v = 0', '$intProbe(k)'],
    ['try:\n    return float(k)\nexcept ValueError:\n    pass', '$floatProbe(k)'],
    ['try:\n    d[k]\nexcept KeyError:\n    pass', '$getitemProbe(d, k)'],
    ['try:\n    v = xs.index(n)\nexcept ValueError:\n    v = -1', '$indexProbe(xs, n)'],
  ])('%s', (body, call) => {
    const js = lowered(body);
    expect(js).toContain(call);
    expect(js).toMatch(/break \$P\d+;/);
  });

  test('no probe outside a try body, nor for an argument evaluated after the lookup', () => {
    expect(lowered('v = d[k]\nreturn int(v)')).not.toMatch(/Probe\(/);
    expect(lowered('try:\n    v = xs.index(n + 1)\nexcept ValueError:\n    v = -1')).not.toMatch(/indexProbe/);
    expect(lowered('int = str\ntry:\n    v = int(k)\nexcept ValueError:\n    v = 0')).not.toMatch(/intProbe/);
  });

  test('a with, a finally or a generator frame between the probe and the handlers gets a throw', () => {
    for (const body of [
      'try:\n    with d:\n        v = d[k]\nexcept KeyError:\n    v = None',
      'try:\n    try:\n        v = d[k]\n    finally:\n        n = 1\nexcept KeyError:\n    v = None',
      'try:\n    try:\n        n = 1\n    finally:\n        v = d[k]\nexcept KeyError:\n    v = None',
      'try:\n    try:\n        n = int(k)\n    except ValueError:\n        v = d[k]\n    finally:\n        n = 2\nexcept KeyError:\n    v = None',
      'try:\n    v = d[k]\n    yield v\nexcept KeyError:\n    pass',
    ]) {
      const js = lowered(body);
      expect(js).toMatch(/throw \$probeError\(\)/);
    }
  });
});

/** The catcher each `try` of a whole module's source enters. */
function moduleEntries(source: string): string[] {
  const tree = parse(source, 'case.py');
  const out = lowerModule(tree, { filename: 'case.py', moduleName: '__main__', isPackage: false, starNames: () => ({ names: [], maybe: new Set<string>() }) });
  return [...emitModule(out.statement, '/tmp/case.py', source).code.matchAll(/\$enterTry\((.*?)\);\n/g)].map((m) => m[1]!.replace(/\s+/g, ''));
}

describe('handlers naming module classes', () => {
  const cls = 'class Bad(Exception):\n    pass\n';
  test('a class bound once by its top-level statement gets a late catcher', () => {
    expect(moduleEntries(`${cls}def f(x):\n    try:\n        g(x)\n    except Bad:\n        pass\n`)).toEqual(['$k1.c??$lateCatcher($k1,[[[Bad],true]])']);
  });

  test('a class the module binds again, deletes or declares global is not read', () => {
    for (const extra of ['Bad = 1\n', 'del Bad\n', 'def h():\n    global Bad\n', 'from m import Bad\n']) {
      expect(moduleEntries(`${cls}${extra}def f(x):\n    try:\n        g(x)\n    except Bad:\n        pass\n`)).toEqual(['$k1']);
    }
  });

  test('except E as e taking only str(e) is quiet for plain str, with the list guard', () => {
    const body = 'def f(x):\n    t = [0]\n    try:\n        g(x)\n    except Bad as e:\n        t[0] += len(str(e))\n    return t\n';
    expect(moduleEntries(`${cls}${body}`)).toEqual(['t?.constructor===Array&&t.length>0&&typeoft[0]==="number"?$k1.c??$lateCatcher($k1,[[[Bad],"str"]]):$k2.c??$lateCatcher($k2,[[[Bad],false]])']);
  });

  test('a list that escapes, or e used otherwise, stays loud', () => {
    const escapes = 'def f(x):\n    t = [0]\n    g(t)\n    try:\n        g(x)\n    except Bad as e:\n        t[0] += len(str(e))\n';
    expect(moduleEntries(`${cls}${escapes}`)).toEqual(['$k1.c??$lateCatcher($k1,[[[Bad],false]])']);
    const other = 'def f(x):\n    try:\n        g(x)\n    except Bad as e:\n        y = e\n';
    expect(moduleEntries(`${cls}${other}`)).toEqual(['$k1.c??$lateCatcher($k1,[[[Bad],false]])']);
  });
});
