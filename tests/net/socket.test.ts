// The standard socket module (lib/socket.py over runtime/stdlib/socket.ts and the native addon)
// in compiled programs, against a Node peer over real TCP: a Python server read line by line
// through makefile, a byte echo through recv_into, a Python client of a Node server, timeouts on a
// silent peer, Ctrl-C in a blocking accept, and the error where the addon cannot load.

import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADDON_BUILT, connect, readToEnd, sleep, startModule, type RunningModule } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/compiler/cli.js');
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'memphis-socket-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

let program = '';
beforeAll(() => {
  program = path.join(OUT, 'socket_peer.mjs');
  execFileSync('node', [CLI, path.join(ROOT, 'tests/net/programs/socket_peer.py'), '-o', program], { cwd: ROOT, stdio: 'pipe' });
});

function start(args: string[], env: Record<string, string> = {}): RunningModule {
  return startModule(program, args, env);
}

/** Resolves with the next `count` lines `s` receives. */
function lines(s: net.Socket): (count: number) => Promise<string[]> {
  let buffered = '';
  const waiting: Array<() => void> = [];
  s.on('data', (d: Buffer) => {
    buffered += d.toString('utf8');
    for (const w of waiting.splice(0)) w();
  });
  return (count) => new Promise((resolve) => {
    const check = (): void => {
      const parts = buffered.split('\n');
      if (parts.length - 1 >= count) {
        resolve(parts.slice(0, count));
        buffered = parts.slice(count).join('\n');
      } else waiting.push(check);
    };
    check();
  });
}

/** A Node server on a free port running `onConnection`; closed when the test ends. */
async function nodeServer(onConnection: (s: net.Socket) => void): Promise<[net.Server, number]> {
  const server = net.createServer({ allowHalfOpen: true }, onConnection);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return [server, (server.address() as net.AddressInfo).port];
}

describe.skipIf(!ADDON_BUILT)(`the socket module against a Node peer${ADDON_BUILT ? '' : ' (skipped: dist/native/sock.node was not built)'}`, () => {
  test('a line server read through makefile serves several clients in turn', async () => {
    const p = start(['line_server']);
    const port = await p.port();
    const first = await connect(port);
    const next = lines(first);
    first.write('hello\nworld\n');
    expect(await next(2)).toEqual(['HELLO', 'WORLD']);
    first.write('split ');
    await sleep(50);
    first.write('line\n');
    expect(await next(1)).toEqual(['SPLIT LINE']);
    first.end();
    await p.waitFor(/eof/);
    const second = await connect(port);
    const answers = lines(second);
    second.write('caf\u00e9\nquit\n');
    expect(await answers(2)).toEqual(['CAF\u00c9', 'bye']);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe(`PORT ${port}\nclient 127.0.0.1\neof\nclient 127.0.0.1\ndone\n`);
    first.destroy();
    second.destroy();
  });

  test('recv_into and sendall echo 4 MB intact, then EOF both ways', async () => {
    const p = start(['echo_bytes']);
    const port = await p.port();
    const s = await connect(port);
    const data = randomBytes(4 * 1024 * 1024);
    const answer = readToEnd(s);
    s.end(data);
    const got = await answer;
    expect(got.length).toBe(data.length);
    expect(got.equals(data)).toBe(true);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toContain(`echoed ${data.length}`);
    s.destroy();
  });

  test('a client of a Node server: create_connection to localhost, half-close, read to EOF', async () => {
    const [server, port] = await nodeServer((s) => {
      const request = readToEnd(s);
      void request.then((body) => s.end(`you said: ${body.toString()}`));
    });
    const p = start(['client', String(port)]);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('peer True\ngot you said: hello from python\n\n');
    server.close();
  });

  test('a silent peer: recv times out, and a non-blocking recv raises BlockingIOError', async () => {
    const held: net.Socket[] = [];
    const [server, port] = await nodeServer((s) => { held.push(s); });
    const p = start(['silent_peer', String(port)]);
    expect(await p.exited).toBe(0);
    expect(p.stdout()).toBe('timeout TimeoutError timed out True\nnonblocking 11\n');
    held.forEach((s) => s.destroy());
    server.close();
  });

  test('a refused connection raises ConnectionRefusedError', async () => {
    const [server, port] = await nodeServer(() => {});
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const p = start(['client', String(port)]);
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/ConnectionRefusedError: \[Errno 111\] Connection refused\n$/);
  });

  test('Ctrl-C in a blocking accept raises KeyboardInterrupt, and finally blocks run', async () => {
    const p = start(['wait_forever']);
    await p.port();
    await sleep(100);
    p.kill('SIGINT');
    const code = await p.exited;
    expect(p.stdout()).toMatch(/closing\n$/);
    expect(p.stderr()).toMatch(/KeyboardInterrupt\n$/);
    expect(code).toBe(130);
  });

  test('where the addon cannot load, making a socket raises OSError and the rest still works', () => {
    // A cache folder others can write is not trusted, so the embedded addon is not loaded.
    const tmp = fs.mkdtempSync(path.join(OUT, 'shared-'));
    const cache = path.join(tmp, `memphis-${process.getuid!()}`);
    fs.mkdirSync(cache);
    fs.chmodSync(cache, 0o777);
    const out = execFileSync('node', [program, 'make_socket'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    expect(out).toMatch(/^OSError socket: real sockets need the native addon .*\nconstants still work 2 256\n$/);
    expect(execFileSync('node', [program, 'make_socket'], { encoding: 'utf8' })).toBe('made 2\nconstants still work 2 256\n');
  });
});
