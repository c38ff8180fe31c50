// Small pieces the benchmark and load scripts share: a free loopback port, a pause, a seeded
// random generator (so a run can be replayed), and the Python interpreter to time.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as net from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The interpreter itself, not a launcher in front of it: a version manager's `python3` shim is a
 * shell script that costs CPython a second of start-up on a busy machine, which is not CPython's.
 */
export function realPython(command) {
  const res = spawnSync(command, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const exe = res.status === 0 ? res.stdout.trim() : '';
  return exe && existsSync(exe) ? exe : command;
}
