// Enid's security defaults, on each engine: the default bind address, percent-decoding done once,
// app.static never serving a file outside its folder, and a 500 that tells the client nothing.

import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, normalGet, parseResponses, raw, startServer, type Server } from './harness.js';

const SECRET = 'top secret, outside the static folder';

/** tmp/www (served) with files, a subfolder and symlinks in and out; tmp/secret.txt beside it. */
function makeFolders(): { dir: string; www: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'enid-static-'));
  const www = path.join(dir, 'www');
  fs.mkdirSync(path.join(www, 'sub'), { recursive: true });
  fs.writeFileSync(path.join(www, 'index.html'), '<h1>hi</h1>');
  fs.writeFileSync(path.join(www, 'style.CSS'), 'h1 {}');
  fs.writeFileSync(path.join(www, 'sub', 'data.json'), '{"a": 1}');
  fs.writeFileSync(path.join(www, 'sub', 'blob.bin'), Buffer.from([0, 1, 2, 255]));
  fs.writeFileSync(path.join(www, 'a b.txt'), 'spaced');
  fs.writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(dir, 'www-evil.txt'), SECRET); // shares the folder's name as a prefix
  fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(www, 'link_out'));
  fs.symlinkSync(dir, path.join(www, 'dir_out'));
  fs.symlinkSync(path.join(www, 'index.html'), path.join(www, 'link_in'));
  return { dir, www };
}

/** GET `target` exactly as written (no client-side normalization of `..`). */
async function get(port: number, target: string, method = 'GET') {
  const res = await raw(port, Buffer.from(`${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`, 'latin1'));
  const rs = parseResponses(res.data, [method === 'HEAD']);
  expect(rs.length).toBe(1);
  return rs[0];
}

const folders = makeFolders();

for (const engine of engines) {
  describe.skipIf(!engine.enabled)(`security defaults, enid on ${engine.name}`, () => {
    let server: Server;
    let port: number;

    beforeAll(async () => {
      server = await startServer(engine, 'tests/enid/apps/hostile.py', { STATIC_DIR: folders.www });
      port = server.port;
    }, 90_000);

    afterAll(async () => {
      await server?.stop();
    });

    it('binds 127.0.0.1 unless told otherwise', async () => {
      expect(server.stdout).toContain(`Serving on http://127.0.0.1:${port}`);
      const external = Object.values(os.networkInterfaces()).flat()
        .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal);
      if (external === undefined) return;
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, external.address);
        s.on('connect', () => { s.destroy(); resolve(false); });
        s.on('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    });

    it('decodes path parameters and query values exactly once', async () => {
      const r = await get(port, '/name/a%2541%20b?q=%2541+c%26');
      expect(JSON.parse(r.body.toString())).toEqual({ name: 'a%41 b', path: '/name/a%41 b', q: '%41 c&' });
      const p = await get(port, '/rest/x%2Fy/%252F');
      expect(JSON.parse(p.body.toString())).toEqual({ rest: 'x/y/%2F' });
    });

    it('serves static files with a Content-Type from the extension', async () => {
      const html = await get(port, '/static/index.html');
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toEqual(['text/html; charset=utf-8']);
      expect(html.body.toString()).toBe('<h1>hi</h1>');
      const css = await get(port, '/static/style.CSS');
      expect(css.headers['content-type']).toEqual(['text/css; charset=utf-8']);
      const json = await get(port, '/static/sub/data.json');
      expect(json.headers['content-type']).toEqual(['application/json']);
      expect(json.body.toString()).toBe('{"a": 1}');
      const bin = await get(port, '/static/sub/blob.bin');
      expect(bin.headers['content-type']).toEqual(['application/octet-stream']);
      expect([...bin.body]).toEqual([0, 1, 2, 255]);
      expect((await get(port, '/static/a%20b.txt')).body.toString()).toBe('spaced');
      expect((await get(port, '/static/link_in')).body.toString()).toBe('<h1>hi</h1>');
      const head = await get(port, '/static/index.html', 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['content-length']).toEqual(['11']);
    });

    it('answers 404 for missing files and folders', async () => {
      for (const target of ['/static/missing.html', '/static/sub', '/static/sub/', '/static/', '/static']) {
        expect((await get(port, target)).status, target).toBe(404);
      }
    });

    const escapes = [
      '/static/../secret.txt', '/static/%2e%2e/secret.txt', '/static/%2E%2E/secret.txt',
      '/static/..%2fsecret.txt', '/static/%2e%2e%2fsecret.txt', '/static/sub/../../secret.txt',
      '/static/sub/..%2F..%2Fsecret.txt', '/static/.%2e/secret.txt', '/static/%252e%252e/secret.txt',
      '/static//etc/passwd', '/static/%2Fetc%2Fpasswd', '/static/link_out', '/static/dir_out/secret.txt',
      '/static/index.html%00.txt', '/static/%00', '/static/..%5csecret.txt', '/static/../www-evil.txt',
      'http://x/static/../secret.txt',
    ];
    for (const target of escapes) {
      it(`never escapes the folder: ${target}`, async () => {
        const r = await get(port, target);
        expect(r.status).toBe(404);
        expect(r.body.toString()).not.toContain(SECRET);
        expect(r.body.toString()).not.toContain('root:');
      });
    }

    it('answers a 500 without a traceback or a file path, and logs them', async () => {
      const r = await get(port, '/boom');
      expect(r.status).toBe(500);
      expect(r.body.toString()).toBe('500 Internal Server Error');
      expect(JSON.stringify(r.headers)).not.toMatch(/secret|Traceback|\.py/);
      expect(server.stderr).toContain('Traceback');
      expect(server.stderr).toContain('/srv/secret/config.ini');
      expect(await normalGet(port)).toEqual([200, 'ok']);
    });
  });
}

afterAll(() => {
  fs.rmSync(folders.dir, { recursive: true, force: true });
});
