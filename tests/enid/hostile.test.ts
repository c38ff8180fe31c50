// Hostile clients against tests/enid/apps/hostile.py served for real, on each engine: slow,
// oversized, malformed, smuggling, half-open, reset and idle connections, and a seeded request
// fuzzer (scripts/enid_fuzz.mjs). Each case expects the right 4xx or a dropped connection, and is
// followed by a normal request that must still succeed: the server keeps serving. The app's
// header timeout is 1 s and its idle timeout 2 s, so the slow cases stay short.

import * as net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { fuzz } from '../../scripts/enid_fuzz.mjs';
import { engines, normalGet, parseResponses, raw, sleep, startServer, statuses, type Server } from './harness.js';

const OK_GET = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';

for (const engine of engines) {
  describe.skipIf(!engine.enabled)(`hostile clients, enid on ${engine.name}`, () => {
    let server: Server;
    let port: number;

    beforeAll(async () => {
      server = await startServer(engine, 'tests/enid/apps/hostile.py');
      port = server.port;
    }, 90_000);

    afterAll(async () => {
      await server?.stop();
      // Nothing may have reached the last-resort handler of the server loop.
      expect(server.stderr).not.toContain('error while serving a connection');
    });

    async function stillServes(): Promise<void> {
      expect(await normalGet(port)).toEqual([200, 'ok']);
    }

    /** The one answer to `bytes`, with the connection closed after it. */
    async function answer(bytes: string | Buffer | (string | Buffer)[], opts = {}): Promise<number[]> {
      const res = await raw(port, bytes, { timeoutMs: 8000, ...opts });
      expect(res.closed).toBe(true);
      return statuses(res);
    }

    it('shares the server between keep-alive clients', async () => {
      // 8 connections, each sending GET / again as soon as it has its answer, for 1.5 s.
      const counts = await Promise.all(Array.from({ length: 8 }, () => new Promise<number>((resolve) => {
        const sock = net.connect(port, '127.0.0.1');
        const end = Date.now() + 1500;
        let answers = 0;
        let buf = '';
        const send = (): void => { sock.write(OK_GET); };
        const done = (): void => { sock.destroy(); resolve(answers); };
        sock.on('connect', send);
        sock.on('data', (d: Buffer) => {
          buf += d.toString('latin1');
          for (let k = buf.indexOf('\r\n\r\nok'); k >= 0; k = buf.indexOf('\r\n\r\nok')) {
            buf = buf.slice(k + 6);
            answers++;
            if (Date.now() < end) send();
            else done();
          }
        });
        sock.on('error', done);
        setTimeout(done, 4000);
      })));
      for (const n of counts) expect(n).toBeGreaterThanOrEqual(3);
      await stillServes();
    }, 15_000);

    it('answers 408 to slowloris (one byte a second) and serves others meanwhile', async () => {
      const pieces = [...'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaa\r\n\r\n'];
      const slow = raw(port, pieces, { gapMs: 1000, timeoutMs: 8000 });
      await sleep(300);
      const t0 = Date.now();
      await stillServes();
      expect(Date.now() - t0).toBeLessThan(900); // not held up by the slow client
      const res = await slow;
      expect(res.closed).toBe(true);
      expect(statuses(res)).toEqual([408]);
      expect(res.ms).toBeLessThan(4500);
      await stillServes();
    }, 20_000);

    it('answers 431 to a 1 MB header', async () => {
      const big = `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(1 << 20)}\r\n\r\n`;
      expect(await answer(big)).toEqual([431]);
      await stillServes();
    });

    it('answers 431 to 10,000 headers', async () => {
      let head = 'GET / HTTP/1.1\r\nHost: x\r\n';
      for (let i = 0; i < 10_000; i++) head += `X-H${i}: ${i}\r\n`;
      expect(await answer(head + '\r\n')).toEqual([431]);
      await stillServes();
    });

    it('reads exactly Content-Length bytes: the excess is the next request (here 400)', async () => {
      const res = await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloEXTRA BYTES\r\n\r\n');
      const rs = parseResponses(res.data);
      expect(rs.map((r) => r.status)).toEqual([200, 400]);
      expect(JSON.parse(rs[0].body.toString())).toEqual({ length: 5, text: 'hello' });
      await stillServes();
    });

    it('answers 408 to a body shorter than its Content-Length', async () => {
      const res = await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b');
      expect(res.closed).toBe(true);
      expect(statuses(res)).toEqual([408]);
      await stillServes();
    }, 15_000);

    it('drops a body shorter than its Content-Length when the client half-closes', async () => {
      const res = await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort', { endAfterWrite: true });
      expect(res.closed).toBe(true);
      expect(res.data.length).toBe(0);
      await stillServes();
    });

    for (const size of ['zz', '-1', '0x5', '+5', ' ', 'fffffffffffffffffff', '5 5', '\u00e9']) {
      it(`answers 400 to the chunk size ${JSON.stringify(size)}`, async () => {
        const req = `POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\nhello\r\n0\r\n\r\n`;
        expect(await answer(Buffer.from(req, 'utf8'))).toEqual([400]);
        await stillServes();
      });
    }

    const smuggling: Array<[string, string, number]> = [
      ['CL and TE', 'Content-Length: 4\r\nTransfer-Encoding: chunked\r\n', 400],
      ['TE and CL', 'Transfer-Encoding: chunked\r\nContent-Length: 4\r\n', 400],
      ['two different CLs', 'Content-Length: 4\r\nContent-Length: 5\r\n', 400],
      ['a CL list that disagrees', 'Content-Length: 4, 5\r\n', 400],
      ['a signed CL', 'Content-Length: +4\r\n', 400],
      ['a space before the colon', 'Transfer-Encoding : chunked\r\n', 400],
      ['a folded TE', 'Transfer-Encoding:\r\n chunked\r\n', 400],
      ['a TE that does not end in chunked', 'Transfer-Encoding: chunked, identity\r\n', 400],
      ['a coding before chunked', 'Transfer-Encoding: gzip, chunked\r\n', 501],
      ['xchunked', 'Transfer-Encoding: xchunked\r\n', 400],
    ];
    for (const [what, fields, status] of smuggling) {
      it(`answers ${status} to a smuggling attempt: ${what}`, async () => {
        const req = `POST /echo HTTP/1.1\r\nHost: x\r\n${fields}\r\n0\r\n\r\nGET /boom HTTP/1.1\r\nHost: x\r\n\r\n`;
        expect(await answer(req)).toEqual([status]);
        await stillServes();
      });
    }

    it('answers 400 to Transfer-Encoding in an HTTP/1.0 request', async () => {
      expect(await answer('POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')).toEqual([400]);
      await stillServes();
    });

    const requestLines: Array<[string, Buffer]> = [
      ['NUL in the target', Buffer.from('GET /\0 HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      ['NUL in the method', Buffer.from('G\0T / HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      ['NUL in the version', Buffer.from('GET / HTTP/1.1\0\r\nHost: x\r\n\r\n', 'latin1')],
      ['UTF-8 in the target', Buffer.from('GET /\u00e9t\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')],
      ['a 0xFF byte in the target', Buffer.from('GET /\xff HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')],
      ['non-ASCII in the method', Buffer.from('G\u00c9T / HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')],
      ['NUL in a header value', Buffer.from('GET / HTTP/1.1\r\nHost: x\r\nX: a\0b\r\n\r\n', 'latin1')],
    ];
    for (const [what, bytes] of requestLines) {
      it(`answers 400 to ${what}`, async () => {
        expect(await answer(bytes)).toEqual([400]);
        await stillServes();
      });
    }

    it('answers a request followed by a half-close, then closes', async () => {
      const res = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', { endAfterWrite: true });
      expect(res.closed).toBe(true);
      expect(statuses(res)).toEqual([200]);
      await stillServes();
    });

    it('answers every pipelined request sent before a half-close, in order', async () => {
      // The requests and the FIN may arrive together; repeated because an early version raced.
      for (let i = 0; i < 12; i++) {
        const res = await raw(port, OK_GET + OK_GET, { endAfterWrite: true });
        expect(res.closed).toBe(true);
        expect(statuses(res)).toEqual([200, 200]);
      }
      const many = Array.from({ length: 20 }, (_, i) => `GET /name/n${i} HTTP/1.1\r\nHost: x\r\n\r\n`).join('');
      const res = await raw(port, many, { endAfterWrite: true });
      const names = parseResponses(res.data).map((r) => JSON.parse(r.body.toString()).name);
      expect(names).toEqual(Array.from({ length: 20 }, (_, i) => `n${i}`));
      await stillServes();
    });

    it('answers the excess of a body as the next request after a half-close', async () => {
      const res = await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhelloEXTRA BYTES\r\n\r\n', { endAfterWrite: true });
      expect(res.closed).toBe(true);
      expect(statuses(res)).toEqual([200, 400]);
      const split = await raw(port, [OK_GET, OK_GET + 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nabGET / HTTP/1.1\r\nHost: x\r\n\r\n'], { endAfterWrite: true, gapMs: 50 });
      expect(statuses(split)).toEqual([200, 200, 200, 200]);
      await stillServes();
    });

    it('stops at Connection: close or an incomplete request after a half-close', async () => {
      const closing = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' + OK_GET, { endAfterWrite: true });
      expect(statuses(closing)).toEqual([200]);
      const partial = await raw(port, OK_GET + 'GET / HTTP/1.1\r\nHo', { endAfterWrite: true });
      expect(partial.closed).toBe(true);
      expect(statuses(partial)).toEqual([200]);
      const shortBody = await raw(port, OK_GET + 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nabc', { endAfterWrite: true });
      expect(statuses(shortBody)).toEqual([200]);
      await stillServes();
    });

    it('answers 500 for a 1xx final status, keeping the framing', async () => {
      const res = await raw(port, 'GET /early HTTP/1.1\r\nHost: x\r\n\r\n' + OK_GET, { endAfterWrite: true });
      const rs = parseResponses(res.data);
      expect(rs.map((r) => r.status)).toEqual([500, 200]);
      expect(rs[0].body.toString()).toBe('500 Internal Server Error');
      expect(rs[1].body.toString()).toBe('ok');
    });

    it('answers 404, without a traceback, for an int segment too long for int()', async () => {
      expect(await normalGet(port, '/n/' + '7'.repeat(4300))).toEqual([200, '{"digits": 4300}']);
      for (const digits of ['7'.repeat(4301), '0'.repeat(5000) + '5', '9'.repeat(12000)]) {
        expect((await normalGet(port, '/n/' + digits))[0]).toBe(404);
      }
      expect(server.stderr).not.toContain('Exceeds the limit');
    });

    it('survives connections reset in the middle of a request and of a body', async () => {
      await raw(port, 'GET / HTTP/1.1\r\nHo', { resetAfterWrite: true });
      await raw(port, 'POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 50000\r\n\r\nabc', { resetAfterWrite: true });
      await raw(port, OK_GET, { resetAfterWrite: true });
      await sleep(200);
      await stillServes();
    });

    it('answers a pipelined valid request, then 400 for the garbage after it', async () => {
      const res = await raw(port, Buffer.concat([Buffer.from(OK_GET), Buffer.from('\x00\x01\xfe garbage\r\n\r\n', 'latin1')]));
      expect(res.closed).toBe(true);
      expect(statuses(res)).toEqual([200, 400]);
      await stillServes();
    });

    it('keeps serving with 1,000 connections open and never used, then drops them', async () => {
      const idle: net.Socket[] = [];
      let closedByServer = 0;
      await Promise.all(Array.from({ length: 1000 }, () => new Promise<void>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => resolve());
        s.on('error', () => resolve());
        s.on('close', () => { closedByServer++; });
        idle.push(s);
      })));
      await sleep(300);
      const t0 = Date.now();
      await stillServes();
      expect(Date.now() - t0).toBeLessThan(3000);
      // The idle timeout (2 s) closes them all.
      const deadline = Date.now() + 10_000;
      while (closedByServer < 1000 && Date.now() < deadline) await sleep(100);
      expect(closedByServer).toBe(1000);
      for (const s of idle) s.destroy();
      await stillServes();
    }, 30_000);

    it('answers every fuzzed request with well-formed HTTP or a close, and never hangs', async () => {
      const stats = await fuzz({ port, seed: engine.name === 'compiled' ? 11 : 12, count: 400, parallel: 8, hangMs: 8000 });
      expect(stats.failures).toEqual([]);
      expect(stats.answered).toBeGreaterThan(100);
      await stillServes();
    }, 60_000);
  });
}
