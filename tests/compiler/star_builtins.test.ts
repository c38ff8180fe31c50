// compiler/compile.ts's NATIVE_STAR_BUILTINS lists the builtin names each native module's
// `from m import *` binds; a read of such a name after the star import is looked up in the
// module first. A name missing from the table would silently stay the builtin, so the table is
// checked against what the runtime's modules really export.
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NATIVE_MODULES, NATIVE_STAR_BUILTINS, compileToFile } from '../../dist/compiler/compile.js';

const PROGRAM = (modules: string[]) => `
import builtins, importlib, json
out = {}
for name in ${JSON.stringify(modules)}:
    m = importlib.import_module(name)
    public = getattr(m, "__all__", None) or [n for n in dir(m) if not n.startswith("_")]
    out[name] = sorted(set(public) & set(dir(builtins)))
print(json.dumps(out))
`;

test('the builtin names native modules export by star import are all in NATIVE_STAR_BUILTINS', () => {
  const modules = [...NATIVE_MODULES].filter((m: string) => m !== 'builtins' && !m.startsWith('memphis'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-star-'));
  try {
    fs.writeFileSync(path.join(tmp, 'main.py'), PROGRAM(modules));
    compileToFile(path.join(tmp, 'main.py'), path.join(tmp, 'main.mjs'), { sourcemap: false });
    const run = spawnSync(process.execPath, [path.join(tmp, 'main.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const exported: Record<string, string[]> = JSON.parse(run.stdout);
    for (const [name, names] of Object.entries(exported)) {
      for (const n of names) expect(`${name}.${n}`).toBe(NATIVE_STAR_BUILTINS[name]?.includes(n) ? `${name}.${n}` : `${name}.${n} (missing from the table)`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
