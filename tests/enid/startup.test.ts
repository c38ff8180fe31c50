// How App.run starts on each engine: the serving line for IPv6 addresses, and ports out of range
// refused by Enid itself with the same line and exit status on CPython and compiled.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines, normalGet, ROOT, startServer } from './harness.js';

const APP = 'tests/enid/apps/hostile.py';

function hasIpv6Loopback(): boolean {
  const result = spawnSync('python3', ['-c', 'import socket; s = socket.socket(socket.AF_INET6); s.bind(("::1", 0))']);
  return result.status === 0;
}

for (const engine of engines) {
  describe.skipIf(!engine.enabled)(`startup, enid on ${engine.name}`, () => {
    it('refuses ports out of range with one line and exit status 1', () => {
      const { cmd, args, made } = engine.prepare(path.join(ROOT, APP));
      try {
        for (const port of ['70000', '-1', '65536', '99999999999999', 'http']) {
          const result = spawnSync(cmd, args, {
            cwd: ROOT, env: { ...process.env, ...engine.env, PYTHONPATH: ROOT, PORT: port, HOST: '127.0.0.1' }, encoding: 'utf8', timeout: 30_000,
          });
          expect(result.status).toBe(1);
          expect(result.stderr).toBe(`enid: cannot listen on 127.0.0.1:${port}: port must be 0-65535\n`);
          expect(result.stdout).toBe('');
        }
      } finally {
        if (made !== undefined) fs.rmSync(made, { force: true });
      }
    }, 90_000);

    it('refuses run() arguments of the wrong type with the same TypeError', () => {
      const { cmd, args, made } = engine.prepare(path.join(ROOT, 'tests/enid/apps/run_arguments.py'));
      try {
        const run = (runCase: string) => spawnSync(cmd, args, {
          cwd: ROOT, env: { ...process.env, PYTHONPATH: ROOT, RUN_CASE: runCase, PORT: '', HOST: '' }, encoding: 'utf8', timeout: 30_000,
        });
        const all = run('all');
        expect(all.status).toBe(0);
        expect(all.stdout).toBe([
          "host-int TypeError: App.run() argument 'host' must be str, not int",
          "host-bytes TypeError: App.run() argument 'host' must be str, not bytes",
          "host-tuple TypeError: App.run() argument 'host' must be str, not tuple",
          "port-str TypeError: App.run() argument 'port' must be int, not str",
          "port-float TypeError: App.run() argument 'port' must be int, not float",
          "port-bool TypeError: App.run() argument 'port' must be int, not bool",
          "both TypeError: App.run() argument 'host' must be str, not int",
          '',
        ].join('\n'));
        const uncaught = run('host-int');
        expect(uncaught.status).toBe(1);
        expect(uncaught.stdout).toBe('');
        const lines = uncaught.stderr.trimEnd().split('\n');
        expect(lines[0]).toBe('Traceback (most recent call last):');
        expect(lines[lines.length - 1]).toBe("TypeError: App.run() argument 'host' must be str, not int");
      } finally {
        if (made !== undefined) fs.rmSync(made, { force: true });
      }
    }, 90_000);

    it.skipIf(!hasIpv6Loopback())('puts an IPv6 address in brackets in the serving line', async () => {
      const server = await startServer(engine, APP, { HOST: '::1' });
      try {
        expect(server.stdout).toContain(`Serving on http://[::1]:${server.port}`);
      } finally {
        await server.stop();
      }
    }, 90_000);

    it('still serves on an ordinary port', async () => {
      const server = await startServer(engine, APP);
      try {
        expect(server.stdout).toContain(`Serving on http://127.0.0.1:${server.port}`);
        expect(await normalGet(server.port)).toEqual([200, 'ok']);
      } finally {
        await server.stop();
      }
    }, 90_000);
  });
}
