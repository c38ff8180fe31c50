// Run a Python file under Skulpt (a Python 3 subset compiled to JavaScript in the page) on Node:
//   node bench/peers/skulpt.mjs prog.py
// Skulpt is browser-oriented, but its npm package's main.js loads the compiler and its bundled
// standard library into a global `Sk` under plain require(). Modules are read from the program's
// folder and the current directory (the PYTHONPATH=. of the CPython run), then from the bundled
// library. The execution-time limit and the periodic yield to the browser's event loop are
// turned off, as a program run to completion wants.

import { existsSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const file = resolve(process.argv[2] ?? usage());
const require = createRequire(import.meta.url);
const Sk = require('skulpt');

/** Skulpt asks for paths like `<syspath entry>/enid/wire.py` and `src/lib/re.js`. */
function read(path) {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const bundled = Sk.builtinFiles?.files[path];
  if (bundled === undefined) throw new Error(`File not found: '${path}'`);
  return bundled;
}

Sk.configure({
  __future__: Sk.python3,
  output: (text) => writeSync(1, text),
  read,
  syspath: [dirname(file), process.cwd()],
  execLimit: null,
  yieldLimit: null,
});

const body = readFileSync(file, 'utf8');
Sk.misceval
  .asyncToPromise(() => Sk.importMainWithBody('__main__', false, body, true))
  .then(
    () => process.exit(0),
    (error) => {
      writeSync(2, `${describe(error)}\n`);
      process.exit(1);
    },
  );

function describe(error) {
  // Python exceptions carry their own traceback; JavaScript ones a stack.
  if (error instanceof Sk.builtin.BaseException) {
    // When the error is in Skulpt's own library (a module it lacks), say which line led there.
    const [top, caller] = error.traceback ?? [];
    const from = top?.filename?.startsWith('src/lib/') && caller ? ` (from ${caller.filename.replace(/^\.\//, '')}:${caller.lineno})` : '';
    return `${error.toString()}${from}`;
  }
  return String(error?.stack ?? error);
}

function usage() {
  console.error('usage: node bench/peers/skulpt.mjs prog.py');
  process.exit(2);
}
