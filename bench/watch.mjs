// Incremental rebuild speed: `node bench/watch.mjs [--rounds N] [--lines N]`.
//
// Generates a 5-module app (an entry importing four modules, each ~LINES lines of functions and a
// class), builds it once, then N times edits one module and times the rebuild the watcher does
// (compile + write the output and its map). Prints the median. It also checks that the compiler's
// per-module caches did their job: after an edit, every unchanged module's AST is the very object
// of the previous build (not parsed again), and the edited one is new.
//
// Needs the built compiler (`npm run build`). Target: median rebuild < 100 ms.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const { compileProgram } = await import(pathToFileURL(join(ROOT, 'dist', 'compiler', 'compile.js')).href);
const { buildOnce } = await import(pathToFileURL(join(ROOT, 'dist', 'compiler', 'watch.js')).href);

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg('--rounds', 15);
const LINES = arg('--lines', 300);

function moduleText(name, version) {
  const out = [`# ${name}, edit ${version}`, `VERSION = ${version}`, ''];
  let i = 0;
  while (out.length < LINES) {
    out.push(
      `def ${name}_f${i}(xs, k=${i}):`,
      `    total = 0`,
      `    for j, x in enumerate(xs):`,
      `        if x % 3 == 0 and j > k:`,
      `            total += x * j`,
      `        else:`,
      `            total -= len(str(x))`,
      `    return {"name": "${name}", "total": total, "items": [y for y in xs if y > k]}`,
      '',
      `class ${name[0].toUpperCase()}${name.slice(1)}${i}:`,
      `    def __init__(self, v):`,
      `        self.v = v`,
      `    def __repr__(self):`,
      `        return f"<${name} {self.v!r}>"`,
      '',
    );
    i++;
  }
  return out.join('\n') + '\n';
}

const NAMES = ['models', 'views', 'store', 'util'];
const dir = mkdtempSync(join(tmpdir(), 'memphisc-bench-watch-'));
try {
  for (const n of NAMES) writeFileSync(join(dir, `${n}.py`), moduleText(n, 0));
  writeFileSync(join(dir, 'app.py'), `${NAMES.map((n) => `import ${n}`).join('\n')}\nprint(${NAMES.map((n) => `${n}.VERSION`).join(' + ')})\n`);
  const entry = join(dir, 'app.py');
  const output = join(dir, 'app.mjs');

  const first = performance.now();
  const ok = buildOnce(entry, output, true);
  if (!ok.ok) throw new Error(ok.message);
  console.log(`initial build: ${Math.round(performance.now() - first)} ms (5 modules, ${LINES * NAMES.length} lines of Python)`);

  // The cache check: the driver's ASTs before and after editing `store`.
  const before = compileProgram(entry, output, { sourcemap: true });
  writeFileSync(join(dir, 'store.py'), moduleText('store', -1));
  const after = compileProgram(entry, output, { sourcemap: true });
  for (const m of after.modules) {
    const old = before.modules.find((o) => o.name === m.name);
    const edited = m.name === 'store';
    if (edited === (old?.tree === m.tree)) {
      throw new Error(`${m.name}: expected the AST to be ${edited ? 'parsed again' : 'reused from the cache'}`);
    }
  }
  console.log('cache: unchanged modules reuse their AST and lowered code; the edited one is parsed again');

  const times = [];
  for (let r = 1; r <= ROUNDS; r++) {
    writeFileSync(join(dir, `${NAMES[r % NAMES.length]}.py`), moduleText(NAMES[r % NAMES.length], r));
    const t = performance.now();
    const res = buildOnce(entry, output, true);
    times.push(performance.now() - t);
    if (!res.ok) throw new Error(res.message);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`rebuild after editing one module: median ${median.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${ROUNDS} rounds (target < 100 ms)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
