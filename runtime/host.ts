// Node's builtin modules, reached through `process.getBuiltinModule` instead of `import`.
//
// A static `import ... from 'node:net'` costs every start of every program, used or not: Node
// builds an ES module facade for each builtin imported (reading every export, which for `node:fs`
// loads the streams), and `node:net`, `node:dns`, `node:crypto` and `node:worker_threads` pull in
// some fifty internal modules between them. A compiled hello-world needs none of that. So runtime
// modules name a builtin module with `nodeModule('fs')`: at load time for the ones Node has loaded
// anyway (`fs`, `path`, `url`, `os`), at the point of use for the others. After the first call it
// is a lookup in Node's own table.

import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';
import type * as Dns from 'node:dns';
import type * as Fs from 'node:fs';
import type * as Net from 'node:net';
import type * as Os from 'node:os';
import type * as Path from 'node:path';
import type * as Url from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import type * as Zlib from 'node:zlib';

interface NodeModules {
  child_process: typeof ChildProcess;
  crypto: typeof Crypto;
  dns: typeof Dns;
  fs: typeof Fs;
  net: typeof Net;
  os: typeof Os;
  path: typeof Path;
  url: typeof Url;
  worker_threads: typeof WorkerThreads;
  zlib: typeof Zlib;
}

// process.getBuiltinModule arrived in Node 20.16 (package.json's engines). The fallback through
// `node:module` would cost every start the import this file exists to avoid.
const load = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;

/** The builtin module `node:<name>`, loaded on the first call. */
export function nodeModule<K extends keyof NodeModules>(name: K): NodeModules[K] {
  if (load === undefined) throw new Error(`memphisc programs need Node 20.16 or later (this is ${process.version})`);
  return load(`node:${name}`) as NodeModules[K];
}
