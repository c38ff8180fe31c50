// Build memphis.net's native transport (runtime/net/addon/sock.c) into dist/native/sock.node with
// the machine's C compiler and Node's headers. Run by `npm install` and `npm run build`.
//
// Not having it is not an error: programs then use the socket service (runtime/net/service.ts).
// So a failed build prints one line and exits 0: no compiler, no headers, not Linux.
//   node scripts/build-addon.mjs [--quiet]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'runtime/net/addon/sock.c');
const OUT = join(ROOT, 'dist/native/sock.node');
const quiet = process.argv.includes('--quiet');

/** Folders that may hold node_api.h: next to this node, the distribution's, npm's nodedir. */
function headerDirs() {
  const dirs = [join(dirname(dirname(process.execPath)), 'include', 'node'), '/usr/include/node', '/usr/local/include/node'];
  const nodedir = process.env.npm_config_nodedir;
  if (nodedir) dirs.unshift(join(nodedir, 'include', 'node'));
  return dirs.filter((d) => existsSync(join(d, 'node_api.h')));
}

function build() {
  if (process.platform !== 'linux') return 'only built on Linux';
  const includes = headerDirs();
  if (includes.length === 0) return "Node's headers (node_api.h) were not found";
  mkdirSync(dirname(OUT), { recursive: true });
  const tmp = `${OUT}.${process.pid}.tmp`;
  const cc = process.env.CC || 'cc';
  try {
    execFileSync(cc, ['-shared', '-fPIC', '-O2', '-DNODE_GYP_MODULE_NAME=sock', ...includes.map((d) => `-I${d}`), '-o', tmp, SOURCE],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    renameSync(tmp, OUT);
  } catch (e) {
    rmSync(tmp, { force: true });
    const why = e.code === 'ENOENT' ? `no C compiler (${cc})` : String(e.stderr ?? e.message).trim().split('\n')[0];
    return why || 'the C compiler failed';
  }
  return null;
}

const failure = build();
if (failure !== null) {
  rmSync(OUT, { force: true });
  console.log(`memphis.net: native transport not built (${failure}); programs will use the socket service`);
} else if (!quiet) {
  console.log(`memphis.net: built ${OUT}`);
}
