// Programs of several files: namespace packages (a folder with no __init__.py), `from pkg import *`
// through a computed `__all__`, a module's `__getattr__` serving `from m import name`, and a
// relative import in a script falling back to an absolute one. The expected outputs are what
// CPython 3.11 prints for the same files.

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = path.join(root, 'dist', 'compiler', 'cli.js');

/** Write `files` into a fresh folder, compile its main.py and run it: stdout, or the failure. */
function run(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-pkg-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const out = path.join(dir, 'main.mjs');
    const c = spawnSync(process.execPath, [cli, path.join(dir, 'main.py'), '-o', out], { encoding: 'utf8' });
    if (c.status !== 0) return `compile failed: ${c.stderr}`;
    const r = spawnSync(process.execPath, [out], { encoding: 'utf8', cwd: dir });
    return r.status === 0 ? r.stdout : `exit ${r.status}: ${r.stderr}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('programs of several files', () => {
  it('imports from a namespace package (no __init__.py)', () => {
    expect(run({
      'nspkg/mod.py': 'def hello():\n    return "hello from nspkg.mod"\n',
      'nspkg/inner/deep.py': 'X = 5\n',
      'main.py': 'import nspkg.mod\nfrom nspkg.inner import deep\nfrom nspkg.inner.deep import X\n' +
        'print(nspkg.mod.hello(), deep.X, X)\nimport nspkg\nprint(type(nspkg).__name__, nspkg.__name__)\n',
    })).toBe('hello from nspkg.mod 5 5\nmodule nspkg\n');
  });

  it('binds the names of a computed __all__ through from pkg import *', () => {
    expect(run({
      'pk/a.py': '__all__ = ["fa"]\ndef fa():\n    return "fa"\ndef hidden():\n    pass\n',
      'pk/b.py': '__all__ = ["fb", "Post"]\ndef fb():\n    return "fb"\nclass Post:\n    pass\n',
      'pk/__init__.py': 'from .a import *\nfrom .b import *\nfrom . import a, b\n__all__ = a.__all__ + b.__all__\n',
      'm2.py': 'import sys\nif sys.version_info >= (3, 0):\n    def helper():\n        return "helper"\nextra = 1\n' +
        '__all__ = ["extra"]\n__all__ += ["helper"]\n',
      'main.py': 'from pk import *\nprint(fa(), fb(), Post.__name__)\n' +
        'print(sorted(n for n in dir() if not n.startswith("__")))\nfrom m2 import *\nprint(helper(), extra)\n' +
        'Post = 5\nprint(Post)\n',
    })).toBe("fa fb Post\n['Post', 'fa', 'fb']\nhelper 1\n5\n");
  });

  it('lets a star import rebind builtin names it may bind only at run time', () => {
    expect(run({
      'helpers.py': 'import sys\nif sys.version_info >= (3, 0):\n    def max(*a):\n        return "helpers.max"\n' +
        'try:\n    from math import pow\nexcept ImportError:\n    pass\n',
      'comp.py': '__all__ = ["min"] + ["other"]\ndef min(*a):\n    return "comp.min"\nother = 1\n',
      'pk/__init__.py': 'from .inner import *\n',
      'pk/inner.py': 'def sorted(xs):\n    return "inner.sorted"\nfrom re import *\n',
      'main.py': 'from helpers import *\nfrom comp import *\nfrom pk import *\n' +
        'def f():\n    return max(1, 2), min(1, 2), pow(2, 2), sorted([2, 1]), len([1]), compile("a+").pattern\n' +
        'print(f())\nprint(max(1, 2), min(1, 2), other, abs(-3))\n',
    })).toBe("('helpers.max', 'comp.min', 4.0, 'inner.sorted', 1, 'a+')\nhelpers.max comp.min 1 3\n");
  });

  it("asks a module's __getattr__ for the names of a from-import", () => {
    expect(run({
      'lazy.py': 'eager = 1\ndef __getattr__(name):\n    if name.startswith("lazy_"):\n        return "made " + name\n' +
        '    raise AttributeError(name)\n',
      'main.py': 'from lazy import eager, lazy_one\nprint(eager, lazy_one)\ntry:\n    from lazy import missing\n' +
        'except ImportError as e:\n    print("ImportError", str(e).split(" (")[0])\n',
    })).toBe("1 made lazy_one\nImportError cannot import name 'missing' from 'lazy'\n");
  });

  it("lists a module's namespace in dir(), and a module's own __dir__", () => {
    expect(run({
      'm.py': 'X = 1\ndef f():\n    pass\n',
      'n.py': 'Y = 2\ndef __dir__():\n    return ["b", "a"]\n',
      'main.py': 'import m, n\nprint(dir(m))\nprint(dir(n))\n',
    })).toBe(
      "['X', '__builtins__', '__cached__', '__doc__', '__file__', '__loader__', '__name__', '__package__', '__spec__', 'f']\n" +
      "['a', 'b']\n",
    );
  });

  it('imports a module afresh once its sys.modules entry is deleted', () => {
    expect(run({
      'counter.py': 'print("running counter")\ncount = 0\n',
      'main.py': 'import sys\nimport counter\ncounter.count += 1\nimport counter\nprint(counter.count)\n' +
        'del sys.modules["counter"]\nimport counter\nprint(counter.count)\nimport counter as again\nprint(again is counter)\n',
    })).toBe('running counter\n1\nrunning counter\n0\nTrue\n');
  });

  it('gives importers what a module put in its own place in sys.modules', () => {
    expect(run({
      'consts.py': 'import sys\nclass _Consts:\n    PI = 3.14\n    @property\n    def TAU(self):\n        return self.PI * 2\n' +
        'sys.modules[__name__] = _Consts()\n',
      'main.py': 'import consts\nprint(consts.PI, consts.TAU, type(consts).__name__)\nfrom consts import TAU\nprint(TAU)\n' +
        'import consts as c2\nprint(c2 is consts)\n',
    })).toBe('3.14 6.28 _Consts\n6.28\nTrue\n');
  });

  it('lets a script fall back from a relative import, and reports circular imports', () => {
    expect(run({
      'utils.py': 'def f():\n    return "utils.f"\n',
      'a.py': 'import b\nX = 1\n',
      'b.py': 'import a\ntry:\n    print(a.X)\nexcept AttributeError as e:\n    print("AttributeError", e)\n',
      'main.py': 'try:\n    from . import utils\nexcept ImportError as e:\n    print("ImportError:", e)\n    import utils\n' +
        'print(utils.f())\nimport a\nprint(a.X)\n',
    })).toBe(
      'ImportError: attempted relative import with no known parent package\nutils.f\n' +
      "AttributeError partially initialized module 'a' has no attribute 'X' (most likely due to a circular import)\n1\n",
    );
  });
});
