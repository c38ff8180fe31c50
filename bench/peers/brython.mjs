// Run a Python file under Brython (a Python 3 implementation in JavaScript for the browser) on
// Node:
//   node bench/peers/brython.mjs prog.py
// Brython expects a page; the shim below gives it the few browser pieces it touches when run
// from a script: a page URL (http://localhost/ stands for the current directory), a synchronous
// XMLHttpRequest that reads files (Brython fetches imported modules that are not in its bundled
// standard library this way, from the page's folder, which makes `import enid` work as
// PYTHONPATH=. does for CPython), no-op DOM events, and a correct Set.prototype.difference
// (Node 20 lacks it and Brython's fallback takes its arguments the wrong way round).
// sys.stdout is replaced by a writer to fd 1, since Brython's own calls console.log once per
// print(), adding a newline. Brython's console.log diagnostics are dropped; an uncaught
// exception is printed to stderr as `Type: message` and the exit status is 1.

import { existsSync, readFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';

const file = resolve(process.argv[2] ?? usage());
const cwd = process.cwd();
const PAGE = 'http://localhost/';
const require = createRequire(import.meta.url);

/** A synchronous XMLHttpRequest over the file system: GET http://localhost/x reads ./x. */
class FileRequest {
  readyState = 0;
  status = 0;
  responseText = '';
  onreadystatechange = null;

  open(method, url) {
    this.url = new URL(url, PAGE);
    this.readyState = 1;
  }

  send() {
    const path = join(cwd, decodeURIComponent(this.url.pathname));
    if (this.url.origin === new URL(PAGE).origin && existsSync(path)) {
      this.status = 200;
      this.responseText = readFileSync(path, 'utf8');
    } else {
      this.status = 404;
    }
    this.readyState = 4;
    this.onreadystatechange?.call(this);
    this.onload?.call(this);
  }

  getResponseHeader() {
    return null;
  }

  setRequestHeader() {}
  overrideMimeType() {}
  abort() {}
}

installBrowserShim();
require('brython');
runInThisContext(readFileSync(require.resolve('brython/brython_stdlib.js'), 'utf8'), { filename: 'brython_stdlib.js' });
const $B = globalThis.__BRYTHON__;
// Code Brython generates refers to these as globals, as the page's <script> scope provides them.
globalThis.$B = $B;
globalThis._b_ = $B.builtins;

for (const level of ["log", "info", "debug", "warn"]) console[level] = () => {};
$B.handle_error = (error) => {
  throw error;
};
$B.builtins.__peer_write__ = (fd, text) => {
  writeSync(fd, text);
  return $B.builtins.None;
};

const PRELUDE = `
import sys

class _PeerOutput:
    def __init__(self, fd):
        self.fd = fd

    def write(self, text):
        __peer_write__(self.fd, text)
        return len(text)

    def flush(self):
        pass

sys.stdout = _PeerOutput(1)
sys.stderr = _PeerOutput(2)
`;

try {
  $B.runPythonSource(PRELUDE, '__peer_prelude__');
  $B.runPythonSource(readFileSync(file, 'utf8'), '__main__');
} catch (error) {
  writeSync(2, `${describe(error)}\n`);
  process.exit(1);
}

function describe(error) {
  if (error?.ob_type) {
    let text = `${$B.class_name(error)}: ${$B.builtins.str.$factory(error)}`;
    // A JavaScript error inside Brython arrives wrapped; its own message is the useful part.
    if (error.js_error) text += ` (${error.js_error.message ?? error.js_error})`;
    return text;
  }
  return String(error?.stack ?? error);
}

function installBrowserShim() {
  Set.prototype.difference ??= function difference(other) {
    const result = new Set();
    for (const item of this) if (!other.has(item)) result.add(item);
    return result;
  };
  globalThis.self = globalThis;
  globalThis.addEventListener = () => {};
  globalThis.location = { href: `${PAGE}__main__.py`, origin: PAGE.slice(0, -1), pathname: '/__main__.py' };
  globalThis.__BRYTHON__ = {};
  globalThis.XMLHttpRequest = FileRequest;
  // Events Brython dispatches on the page (load done, precompile) go nowhere.
  globalThis.document = {
    getElementsByTagName: () => [{ src: PAGE }],
    currentScript: { src: `${PAGE}brython.js` },
    querySelectorAll: () => [],
    dispatchEvent: () => {},
  };
}

function usage() {
  console.error('usage: node bench/peers/brython.mjs prog.py');
  process.exit(2);
}
