// Run a Python file under RapydScript-ng (a Python-like language compiled ahead of time to
// JavaScript, with JavaScript's semantics for numbers, strings and objects):
//   node bench/peers/rapydscript.mjs prog.py                 compile, then run with node
//   node bench/peers/rapydscript.mjs --compile-only prog.py out.js
// The benchmark compiles once with --compile-only and times `node out.js`, as it does for
// memphisc. Imports are looked up in the program's folder and the current directory.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const require = createRequire(import.meta.url);
const CLI = join(dirname(require.resolve('rapydscript-ng/package.json')), 'bin', 'rapydscript');

const args = process.argv.slice(2);
const compileOnly = args[0] === '--compile-only';
if (compileOnly) args.shift();
if (args.length < 1 || (compileOnly && args.length < 2)) usage();
const file = resolve(args[0]);
const out = resolve(args[1] ?? join(tmpdir(), `rapydscript-${process.pid}.js`));

mkdirSync(dirname(out), { recursive: true });
const importPath = [dirname(file), process.cwd()].join(':');
const compiled = spawnSync(process.execPath, [CLI, 'compile', '-p', importPath, '-o', out, file], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
if (!compileOnly) {
  const ran = spawnSync(process.execPath, [out], { stdio: 'inherit' });
  process.exit(ran.status ?? 1);
}

function usage() {
  console.error('usage: node bench/peers/rapydscript.mjs [--compile-only] prog.py [out.js]');
  process.exit(2);
}
