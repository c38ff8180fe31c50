// memphis.net end to end: Python programs compiled by memphisc (tests/net/programs/ and the
// seed's examples/raw/server.py), driven by real TCP clients. Covers the native-class bridge as
// Python sees it (reflection, argument errors, subclassing) and the socket behaviour (sequential
// connections, a 10 MB echo, half-close, reset, port in use, timeouts, Ctrl-C, exit codes).
// Everything runs on both transports: the native one (skipped, saying why, when it was not built)
// and the socket service.

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ADDON_BUILT, connect, exchange, readToEnd, sleep, startModule, TRANSPORTS, type RunningModule } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'dist/compiler/cli.js');
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'memphis-bridge-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));
const HELLO = 'HTTP/1.1 200 OK\r\n\r\nHello from Memphis!';

function compile(py: string, name: string, source?: string): string {
  let entry = path.join(ROOT, py);
  if (source !== undefined) {
    entry = path.join(OUT, `${name}.py`);
    fs.writeFileSync(entry, source);
  }
  const out = path.join(OUT, `${name}.mjs`);
  execFileSync('node', [CLI, entry, '-o', out], { cwd: ROOT, stdio: 'pipe' });
  return out;
}

/** MEMPHIS_NET_TRANSPORT for the programs the tests start (the transport being tested). */
let transportEnv: Record<string, string> = {};

function runSync(file: string, env: Record<string, string> = transportEnv): string {
  return execFileSync('node', [file], { encoding: 'utf8', env: { ...process.env, ...env } });
}

function start(file: string, args: string[] = []): RunningModule {
  return startModule(file, args, transportEnv);
}

/** Start `file`, wait until it listens, give it `delayMs` to reach its wait, then send Ctrl-C. */
async function interruptWhenListening(file: string, args: string[], delayMs = 100): Promise<RunningModule> {
  const p = start(file, args);
  await p.port();
  await sleep(delayMs);
  p.kill('SIGINT');
  return p;
}

let server = '';
beforeAll(() => {
  server = compile('tests/net/programs/bridge_server.py', 'bridge_server');
});

describe.each(TRANSPORTS)('on the %s transport', (name, env, available) => {
  const native = name.startsWith('addon');
  beforeAll(() => { transportEnv = env; });

  describe.skipIf(!available)('the seed programs', () => {
    test('the raw hello server answers fetch with Hello from Memphis!', async () => {
      // examples/raw/server.py verbatim, except for the port (8080 may be taken on a test machine).
      const source = fs.readFileSync(path.join(ROOT, 'examples/raw/server.py'), 'utf8');
      expect(source).toContain('listen(("127.0.0.1", 8080))');
      const port = await freePort();
      const file = compile('', 'raw_server', source.replace('8080', String(port)));
      const p = start(file);
      await p.waitFor(/Listening\.\.\./);
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('Hello from Memphis!');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toBe('Listening...\nSending...\nClosing...\n');
    });

    test('the reflection snippet', () => {
      const file = compile('', 'reflection', [
        'from memphis import net',
        '',
        'print(type(net.Connection)) # <class \'type\'>',
        'print("send" in dir(net.Connection)) # True',
        '',
      ].join('\n'));
      expect(runSync(file)).toBe("<class 'type'>\nTrue\n");
    });
  });

  describe.skipIf(!available)('the bridge as Python sees it', () => {
    test('import forms, reflection, argument errors', () => {
      const file = compile('', 'reflect', REFLECT_PY);
      expect(runSync(file)).toBe(REFLECT_OUT);
    });

    test('a Python subclass of Connection', async () => {
      const p = start(server, ['subclass']);
      const s = await connect(await p.port());
      const answer = readToEnd(s);
      s.write('hi');
      expect((await answer).toString()).toBe('one three');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('LoggingConnection True True\nlog [4, 5]\n<__main__.LoggingConnection [closed]>\n');
    });
  });

  describe.skipIf(!available)('sockets', () => {
    test('wait_readable: long and short lists, a connection listed or wrapped twice', async () => {
      const p = start(server, ['waitlist']);
      const port = await p.port();
      const clients: net.Socket[] = [];
      for (let i = 0; i < 20; i++) clients.push(await connect(port));
      await p.waitFor(/ACCEPTED/);
      for (const i of [3, 7, 18]) clients[i]!.write(`to ${i}`);
      expect(await p.exited).toBe(0);
      for (const c of clients) c.destroy();
      expect(p.stdout()).toContain([
        'LONG 3 7 18', 'LONG+ 3 21 7 7 18', 'SHORT 0 0 2', 'ONE 1', 'WRAPPED 0 1', 'NONE []', 'EMPTY []',
        'TUPLE list 3 7 18', 'CLOSED OSError [Errno 9] Bad file descriptor',
        "BAD TypeError wait_readable() expects memphis.net sockets and connections, not str",
        "DATA 3 b'to 3'", "DATA 7 b'to 7'", "DATA 18 b'to 18'", 'LADDR 127.0.0.1 True True', 'REPR True',
        'CLOSED NAME OSError [Errno 9] Bad file descriptor', 'DONE',
      ].join('\n'));
    });

    test('many sequential connections', async () => {
      const p = start(server, ['hello', '200']);
      const port = await p.port();
      for (let i = 0; i < 200; i++) {
        expect((await exchange(port, 'GET / HTTP/1.1\r\n\r\n')).toString()).toBe(HELLO);
      }
      expect(await p.exited).toBe(0);
    });

    test('10 MB echo is byte-exact', async () => {
      const p = start(server, ['echo']);
      const data = randomBytes(10 * 1024 * 1024);
      const answer = await exchange(await p.port(), data);
      expect(answer.length).toBe(data.length);
      const digest = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
      expect(digest(answer)).toBe(digest(data));
      await p.waitFor(/ECHOED 10485760/);
      expect(await p.exited).toBe(0);
    });

    test('a half-closed connection still gets its answer', async () => {
      const p = start(server, ['halfclose']);
      const s = await connect(await p.port());
      const answer = readToEnd(s);
      s.write('hello ');
      await sleep(20);
      s.end('half-closed world');
      expect((await answer).toString()).toBe('got 23: HELLO HALF-CLOSED WORLD');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('DONE');
    });

    test('a client that resets: ConnectionResetError, then failing sends', async () => {
      const p = start(server, ['reset']);
      const s = await connect(await p.port());
      await p.waitFor(/ACCEPTED/);
      s.write('ping');
      await new Promise((r) => s.once('data', r));
      s.resetAndDestroy();
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toMatch(/ConnectionResetError 104 \[Errno 104\] Connection reset by peer\nsend True\n/);
    });

    test('a port in use: OSError [Errno 98]', async () => {
      const holder = net.createServer();
      await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
      const port = (holder.address() as net.AddressInfo).port;
      const p = start(server, ['inuse', String(port)]);
      expect(await p.exited).toBe(0);
      holder.close();
      expect(p.stdout()).toBe('OSError 98 [Errno 98] Address already in use\n');
    });

    test('timeouts raise TimeoutError', async () => {
      const p = start(server, ['timeouts']);
      const port = await p.port();
      await p.waitFor(/READY/);
      const s = await connect(port);
      const answer = readToEnd(s);
      expect((await answer).toString()).toBe('bye');
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('accept TimeoutError timed out 0.2\nREADY\ngettimeout 0.3\nrecv TimeoutError timed out\n');
    });
  });

  describe.skipIf(!available)('the program', () => {
    test('importing memphis.net (and enid) starts no thread; the service\'s first socket call does', () => {
      const file = compile('', 'lazy_service', [
        'import os',
        'import enid',
        'from memphis.net import listen',
        '',
        'def threads():',
        '    return len(os.listdir("/proc/self/task"))',
        '',
        'before = threads()',
        'app = enid.App()',
        'print("after import", threads() - before)',
        'sock = listen(("127.0.0.1", 0))',
        'print("after listen", "more" if threads() > before else "none")',
        'sock.close()',
        '',
      ].join('\n'));
      // The native transport never starts one.
      expect(runSync(file)).toBe(`after import 0\nafter listen ${native ? 'none' : 'more'}\n`);
    });

    test('Ctrl-C raises KeyboardInterrupt: finally runs, exit 130 with a traceback', async () => {
      const p = await interruptWhenListening(server, ['interrupt', 'no']);
      expect(await p.exited).toBe(130);
      expect(p.stdout()).toContain('finally ran');
      expect(p.stderr()).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*\nKeyboardInterrupt\n$/);
    });

    test('Ctrl-C in a blocked recv raises KeyboardInterrupt: finally runs, exit 130', async () => {
      const p = start(server, ['interrupt_recv']);
      const s = await connect(await p.port());
      await p.waitFor(/ACCEPTED/);
      await sleep(100);
      p.kill('SIGINT');
      expect(await p.exited).toBe(130);
      s.destroy();
      expect(p.stdout()).toContain('finally ran');
      expect(p.stderr()).toMatch(/conn\.recv\(100\)\n[\s\S]*KeyboardInterrupt\n$/);
    });

    test('Ctrl-C during computation is raised by the next socket call', async () => {
      const p = await interruptWhenListening(server, ['interrupt_compute', '1.5'], 300);
      expect(await p.exited).toBe(130);
      expect(p.stdout()).toContain('loop done\nfinally ran\n');
      expect(p.stdout()).not.toContain('not interrupted');
      expect(p.stderr()).toMatch(/KeyboardInterrupt\n$/);
    });

    test('Ctrl-C can be caught', async () => {
      const p = await interruptWhenListening(server, ['interrupt', 'catch']);
      expect(await p.exited).toBe(0);
      expect(p.stdout()).toContain('caught KeyboardInterrupt\nfinally ran\n');
    });

    test('Ctrl-C interrupts time.sleep', async () => {
      const p = await interruptWhenListening(server, ['sleep']);
      expect(await p.exited).toBe(4);
      expect(p.stdout()).toContain('sleep interrupted\n');
    });

    test('output after the first socket call is byte-exact (UTF-8, long lines, a full pipe)', () => {
      // On the native transport stdout and stderr are then written through the addon (writeText),
      // with strings past its limit, and the rest of a partial write, through fs.writeSync.
      const file = compile('', `output_${env.MEMPHIS_NET_TRANSPORT}`, OUTPUT_PY);
      const out = execFileSync('node', [file], { encoding: 'utf8', env: { ...process.env, ...transportEnv }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
      // Lines of 6,000 bytes: more than a pipe takes in one write, so a partial write can happen.
      const filler = '€'.repeat(1500) + Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x41 + (i % 26))).join('');
      let expected = '';
      for (let i = 0; i < 700; i++) expected += `${i} héllo wörld €𝄞 ${i % 7 === 0 ? filler : ''}\n`;
      expected += `${'x'.repeat(5000)}\ndone\n`;
      expect(out.length).toBe(expected.length);
      expect(out === expected).toBe(true);
    });

    test('sys.exit codes and uncaught exceptions', async () => {
      const a = start(server, ['exit', '3']);
      expect(await a.exited).toBe(3);
      expect(a.stdout()).toBe('before exit\n');
      const b = start(server, ['raise']);
      expect(await b.exited).toBe(1);
      expect(b.stdout()).toBe('before raise\n');
      expect(b.stderr()).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*line \d+, in main\n    raise ValueError\("boom"\)\nValueError: boom\n$/);
    });
  });
});

const OUTPUT_PY = [
  'import sys',
  'from memphis.net import listen',
  '',
  'sock = listen(("127.0.0.1", 0))',
  'sock.close()',
  'filler = "€" * 1500 + "".join(chr(0x41 + i % 26) for i in range(1500))',
  'for i in range(700):',
  '    print(i, "héllo wörld €𝄞", filler if i % 7 == 0 else "", flush=True)',
  '    if i % 100 == 0:',
  '        print("err", i, file=sys.stderr, flush=True)',
  'print("x" * 5000)',
  'print("done")',
  '',
].join('\n');

const LAZY_PY = [
  'import os',
  'from memphis.net import listen',
  '',
  'def threads():',
  '    return len(os.listdir("/proc/self/task"))',
  '',
  'before = threads()',
  'sock = listen(("127.0.0.1", 0))',
  'print("after listen", "more" if threads() > before else "none")',
  'sock.close()',
  '',
].join('\n');

describe.skipIf(!ADDON_BUILT)(`the native transport's addon, embedded in the program${ADDON_BUILT ? '' : ' (skipped: not built)'}`, () => {
  // The ELF header's first bytes in base64: the embedded addon.
  const ELF_BASE64 = 'f0VMRg';

  test('only a program that imports memphis.net carries it', () => {
    const plain = compile('', 'plain', 'print("hi")\n');
    expect(fs.readFileSync(plain, 'utf8')).not.toContain(ELF_BASE64);
    const lazy = compile('', 'lazy_native', LAZY_PY);
    expect(fs.readFileSync(lazy, 'utf8')).toContain(`"${ELF_BASE64}`);
  });

  test('a program copied to a folder with no node_modules loads it from a private cache file', () => {
    const lazy = compile('', 'lazy_native', LAZY_PY);
    const dir = fs.mkdtempSync(path.join(OUT, 'alone-'));
    const tmp = fs.mkdtempSync(path.join(OUT, 'tmp-'));
    const file = path.join(dir, 'lazy.mjs');
    fs.copyFileSync(lazy, file);
    const env = { ...process.env, TMPDIR: tmp };
    delete env.MEMPHIS_NET_TRANSPORT;
    const run = (): string => execFileSync('node', [file], { encoding: 'utf8', cwd: dir, env });
    expect(run()).toBe('after listen none\n');
    const cache = path.join(tmp, `memphis-${process.getuid!()}`);
    expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    const cached = fs.readdirSync(cache);
    expect(cached).toEqual([expect.stringMatching(/^sock-[0-9a-f]+\.node$/)]);
    // Written once: the second run loads the same file.
    const mtime = fs.statSync(path.join(cache, cached[0]!)).mtimeMs;
    expect(run()).toBe('after listen none\n');
    expect(fs.statSync(path.join(cache, cached[0]!)).mtimeMs).toBe(mtime);
  });

  test('a cache folder others can write is not trusted: the service, silently', () => {
    const lazy = compile('', 'lazy_native', LAZY_PY);
    const tmp = fs.mkdtempSync(path.join(OUT, 'shared-'));
    const cache = path.join(tmp, `memphis-${process.getuid!()}`);
    fs.mkdirSync(cache);
    fs.chmodSync(cache, 0o777);
    const env = { ...process.env, TMPDIR: tmp };
    delete env.MEMPHIS_NET_TRANSPORT;
    const out = execFileSync('node', [lazy], { encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('after listen more\n');
    expect(fs.readdirSync(cache)).toEqual([]);
  });

  test('MEMPHIS_NET_TRANSPORT=service runs the same program on the service', () => {
    const lazy = compile('', 'lazy_native', LAZY_PY);
    expect(runSync(lazy, { MEMPHIS_NET_TRANSPORT: 'service' })).toBe('after listen more\n');
    expect(runSync(lazy, { MEMPHIS_NET_TRANSPORT: 'addon' })).toBe('after listen none\n');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

const REFLECT_PY = `
import memphis.net
from memphis import net
from memphis.net import listen, Socket, Connection
import memphis
print(memphis.net is net, listen is net.listen, Socket is net.Socket)
print(type(net.Connection), type(net.Socket), net.Connection)
print("send" in dir(net.Connection), "accept" in dir(net.Socket), "recv" in dir(net.Socket))
s = listen(("127.0.0.1", 0))
print(isinstance(s, net.Socket), repr(s) == f"<memphis.net.Socket laddr={s.getsockname()!r}>")
port = s.getsockname()[1]
def check(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: listen("x"))
check(lambda: listen(("h",)))
check(lambda: listen((1, 2)))
check(lambda: listen(("127.0.0.1", "p")))
check(lambda: listen(("127.0.0.1", 70000)))
check(lambda: listen())
check(lambda: listen(("127.0.0.1", port)))
check(lambda: Connection.recv(5, 10))
check(lambda: Connection.recv())
check(lambda: Connection.send(s, b"x"))
check(lambda: s.recv(1))
check(lambda: s.accept(1))
check(lambda: s.settimeout())
check(lambda: s.settimeout("x"))
check(lambda: s.settimeout(-1))
check(lambda: Connection())
check(lambda: Connection(5))
class Bare(Connection):
    def __init__(self):
        pass
check(lambda: Bare().recv(1))
check(lambda: Bare().send("str"))
s.settimeout(0.01)
check(lambda: s.accept())
with s:
    pass
print(repr(s))
check(lambda: s.accept())
`;

const REFLECT_OUT = `True True True
<class 'type'> <class 'type'> <class 'memphis.net.Connection'>
True True False
True True
TypeError: listen(): AF_INET address must be tuple, not str
TypeError: AF_INET address must be a pair (host, port)
TypeError: str, bytes or bytearray expected, not int
TypeError: 'str' object cannot be interpreted as an integer
OverflowError: listen(): port must be 0-65535.
TypeError: listen() missing required argument 'address' (pos 1)
OSError: [Errno 98] Address already in use
TypeError: descriptor 'recv' for 'Connection' objects doesn't apply to a 'int' object
TypeError: unbound method Connection.recv() needs an argument
TypeError: descriptor 'send' for 'Connection' objects doesn't apply to a 'Socket' object
AttributeError: 'Socket' object has no attribute 'recv'
TypeError: Socket.accept() takes no arguments (1 given)
TypeError: Socket.settimeout() takes exactly one argument (0 given)
TypeError: 'str' object cannot be interpreted as an integer
ValueError: Timeout value out of range
TypeError: Connection() takes exactly one argument (0 given)
TypeError: Connection() argument must be a memphis.net.Connection, not int
TypeError: 'Bare' object is not initialized: Connection.__init__() was not called
TypeError: 'Bare' object is not initialized: Connection.__init__() was not called
TimeoutError: timed out
<memphis.net.Socket [closed]>
OSError: [Errno 9] Bad file descriptor
`;
