// Run a Python file under Pyodide (CPython compiled to WebAssembly) on Node:
//   node bench/peers/pyodide.mjs prog.py
// The program's stdout goes to stdout. The time loadPyodide() took is written to stderr as
// `@@peer-load-ms N`, so the harness can show the fixed load cost apart from the run.
// The current directory is mounted into Pyodide's file system and put on sys.path, as
// PYTHONPATH=. does for CPython (bench/programs/enid_parser.py imports enid from the repository).

import { writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadPyodide } from 'pyodide';

const file = resolve(process.argv[2] ?? usage());
const cwd = process.cwd();

const started = performance.now();
const pyodide = await loadPyodide();
writeSync(2, `@@peer-load-ms ${(performance.now() - started).toFixed(1)}\n`);

// Raw bytes, written synchronously: no re-encoding, nothing lost if the program fails.
pyodide.setStdout({ write: (bytes) => writeSync(1, bytes) });
pyodide.setStderr({ write: (bytes) => writeSync(2, bytes) });
pyodide.FS.mkdirTree(cwd);
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: cwd }, cwd);
pyodide.globals.set('_peer_file', file);
pyodide.globals.set('_peer_path', [dirname(file), cwd]);
try {
  pyodide.runPython(`
import os, runpy, sys
os.chdir(${JSON.stringify(cwd)})
sys.path[:0] = list(_peer_path)
runpy.run_path(_peer_file, run_name="__main__")
sys.stdout.flush()
`);
} catch (error) {
  writeSync(2, `${error.message ?? error}\n`);
  process.exit(1);
}

function usage() {
  console.error('usage: node bench/peers/pyodide.mjs prog.py');
  process.exit(2);
}
