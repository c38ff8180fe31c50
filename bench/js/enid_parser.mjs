// Hand-written JavaScript counterpart of bench/programs/enid_parser.py: an HTTP/1.1 request parser in
// the manner of enid/wire.py (a Buffer in front of the connection, the same framing rules and errors)
// with Request's views (query, form, cookies, JSON), over the same 100,000 generated requests.

import { performance } from 'node:perf_hooks';

const MAX_HEAD = 16384;
const MAX_CHUNK_LINE = 4096;
const RECV_SIZE = 65536;
const CRLF = Buffer.from('\r\n');
const BLANK_LINE = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

// ---------------------------------------------------------------------------------------------
// The wire: reading requests from a connection

/** The request can't be read; answer `status` and close the connection. */
class ParseError extends Error {
  constructor(status, detail = '') {
    super(detail);
    this.status = status;
  }
}

/** The client closed its side (recv returned no bytes). */
class ClientGone extends Error {}

/** The request head did not arrive within the timeout. */
class SlowClient extends Error {}

/** A byte buffer in front of the connection: requests are cut out of it one at a time. */
class Reader {
  constructor(conn) {
    this.conn = conn;
    this.buf = EMPTY;
    this.begin();
  }

  /** Start reading a new request. */
  begin() {
    // Whether bytes of this request have arrived: a close between requests is normal.
    this.partial = this.buf.length > 0;
    this.started = performance.now();
    this.requestLine = null;
    this.headComplete = false;
    this.continueSent = false;
  }

  fill() {
    const data = this.conn.recv(RECV_SIZE);
    if (data.length === 0) throw new ClientGone();
    if (!this.partial) {
      this.partial = true;
      this.started = performance.now();
    }
    this.buf = this.buf.length === 0 ? data : Buffer.concat([this.buf, data]);
  }

  /** The request head, without the blank line that ends it. */
  readHead(limit, timeoutMs) {
    let searched = 0;
    for (;;) {
      // Empty lines before the request line are ignored (RFC 9112 section 2.2).
      while (this.buf.length >= 2 && this.buf[0] === 13 && this.buf[1] === 10) this.buf = this.buf.subarray(2);
      const end = this.buf.indexOf(BLANK_LINE, searched);
      if (end >= 0) {
        if (end + 4 > limit) throw new ParseError(431, 'request head too large');
        const head = this.buf.subarray(0, end);
        this.buf = this.buf.subarray(end + 4);
        return head;
      }
      if (this.buf.length > limit) throw new ParseError(431, 'request head too large');
      searched = Math.max(this.buf.length - 3, 0);
      if (this.partial && performance.now() - this.started > timeoutMs) throw new SlowClient();
      this.fill();
    }
  }

  readExact(n) {
    while (this.buf.length < n) this.fill();
    const data = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return data;
  }

  readLine(limit) {
    for (;;) {
      const end = this.buf.indexOf(CRLF);
      if (end >= 0) {
        const line = this.buf.subarray(0, end);
        this.buf = this.buf.subarray(end + 2);
        return line;
      }
      if (this.buf.length > limit) throw new ParseError(400, 'chunk line too long');
      this.fill();
    }
  }
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DIGITS = /^[0-9]+$/;
const HEX = /^[0-9a-fA-F]{1,15}$/;
// Control characters, spaces, or anything outside ASCII (a request target is printable ASCII).
const NOT_TARGET = /[^\x21-\x7e]/;
const stripBlanks = (s) => s.replace(/^[ \t]+|[ \t]+$/g, '');

// Tokens (methods, header names) of earlier requests with their lowercased form: clients send the
// same few names every time, so one Map lookup replaces a check of every character. Bounded.
const knownTokens = new Map();
const KNOWN_TOKENS_MAX = 512;
const KNOWN_TOKEN_LENGTH = 64;

/** name.toLowerCase() if `name` is a token, else undefined. */
function tokenKey(name) {
  let key = knownTokens.get(name);
  if (key === undefined && TOKEN.test(name)) {
    key = name.toLowerCase();
    if (knownTokens.size < KNOWN_TOKENS_MAX && name.length <= KNOWN_TOKEN_LENGTH) knownTokens.set(name, key);
  }
  return key;
}

function parseRequestLine(line) {
  const parts = line.split(' ');
  if (parts.length !== 3) throw new ParseError(400, 'malformed request line');
  const [method, , version] = parts;
  let target = parts[1];
  if (tokenKey(method) === undefined) throw new ParseError(400, 'malformed method');
  if (version !== 'HTTP/1.1' && version !== 'HTTP/1.0') {
    if (/^HTTP\/[0-9]\.[0-9]$/.test(version)) throw new ParseError(505, 'unsupported HTTP version');
    throw new ParseError(400, 'malformed HTTP version');
  }
  if (target === '' || NOT_TARGET.test(target)) throw new ParseError(400, 'malformed request target');
  if (!target.startsWith('/')) {
    const lowered = target.toLowerCase();
    if (lowered.startsWith('http://') || lowered.startsWith('https://')) {
      // absolute-form (RFC 9112 section 3.2.2): keep the path and the query.
      const rest = target.slice(target.indexOf('//') + 2);
      const slash = rest.indexOf('/');
      const question = rest.indexOf('?');
      if (slash < 0 || (question >= 0 && question < slash)) target = question >= 0 ? `/${rest.slice(question)}` : '/';
      else target = rest.slice(slash);
    } else if (!(target === '*' && method === 'OPTIONS')) {
      throw new ParseError(400, 'malformed request target');
    }
  }
  return [method, target, version];
}

/** Header fields: names compare case-insensitively, order and repeats are kept. */
class Headers {
  pairs = [];
  // Lowercased name -> its values in order.
  index = new Map();

  append(name, key, value) {
    this.pairs.push([name, value]);
    const values = this.index.get(key);
    if (values === undefined) this.index.set(key, [value]);
    else values.push(value);
  }

  get(name, fallback = undefined) {
    const values = this.index.get(name.toLowerCase());
    return values === undefined ? fallback : values[0];
  }

  getAll(name) {
    return this.index.get(name.toLowerCase()) ?? [];
  }
}

function parseHeaders(lines) {
  const headers = new Headers();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    // A known name starts with neither a space nor a tab: only an unknown one needs the checks.
    let key = knownTokens.get(name);
    if (key === undefined || colon < 0) {
      if (line.startsWith(' ') || line.startsWith('\t')) throw new ParseError(400, 'obsolete line folding');
      if (colon < 0) throw new ParseError(400, 'malformed header field');
      key = tokenKey(name);
      if (key === undefined) throw new ParseError(400, 'malformed header field');
    }
    const value = stripBlanks(line.slice(colon + 1));
    if (/[\r\n\0]/.test(value)) throw new ParseError(400, 'malformed header value');
    headers.append(name, key, value);
  }
  return headers;
}

/** The one length all Content-Length fields agree on (a field may be a comma list). */
function contentLength(values) {
  let length = null;
  for (const value of values) {
    for (let item of value.split(',')) {
      item = stripBlanks(item);
      if (!DIGITS.test(item) || item.length > 15) throw new ParseError(400, 'malformed Content-Length');
      const n = Number(item);
      if (length !== null && n !== length) throw new ParseError(400, 'conflicting Content-Length');
      length = n;
    }
  }
  return length;
}

/** The comma-separated tokens of header values, lowercased. */
function tokensOf(values) {
  const out = [];
  for (const value of values) {
    for (const item of value.split(',')) {
      const token = stripBlanks(item).toLowerCase();
      if (token !== '') out.push(token);
    }
  }
  return out;
}

/** Read one request; throws ParseError, ClientGone, SlowClient or the connection's errors. */
function readRequest(reader, conn, client, maxBody, timeoutMs) {
  const head = reader.readHead(MAX_HEAD, timeoutMs);
  reader.headComplete = true;
  const lines = head.toString('utf8').split('\r\n');
  reader.requestLine = lines[0];
  const [method, target, version] = parseRequestLine(lines[0]);
  const headers = parseHeaders(lines);

  const fields = headers.index;
  const hosts = fields.get('host');
  if ((hosts !== undefined && hosts.length > 1) || (version === 'HTTP/1.1' && hosts === undefined)) {
    throw new ParseError(400, 'a request needs exactly one Host field');
  }

  const encodings = fields.get('transfer-encoding');
  const lengths = fields.get('content-length');
  let chunked = false;
  let length = 0;
  if (encodings !== undefined) {
    const codings = tokensOf(encodings);
    if (lengths !== undefined) throw new ParseError(400, 'both Content-Length and Transfer-Encoding');
    if (version === 'HTTP/1.0') throw new ParseError(400, 'Transfer-Encoding in an HTTP/1.0 request');
    if (codings.length === 0 || codings[codings.length - 1] !== 'chunked') throw new ParseError(400, 'unknown body length');
    if (codings.length > 1) throw new ParseError(501, 'unsupported transfer coding');
    chunked = true;
  } else if (lengths !== undefined) {
    length = contentLength(lengths);
    if (length > maxBody) throw new ParseError(413, 'body too large');
  }

  const expects = fields.get('expect');
  if (expects !== undefined) {
    if (expects[0].toLowerCase() !== '100-continue') throw new ParseError(417, 'unsupported expectation');
    if (version === 'HTTP/1.1' && (chunked || length > 0) && reader.buf.length === 0 && !reader.continueSent) {
      reader.continueSent = true;
      conn.send(Buffer.from('HTTP/1.1 100 Continue\r\n\r\n'));
    }
  }

  let body = EMPTY;
  if (chunked) body = readChunked(reader, maxBody);
  else if (length > 0) body = reader.readExact(length);
  return new Request(method, target, version, headers, body, client);
}

function readChunked(reader, maxBody) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const line = reader.readLine(MAX_CHUNK_LINE).toString('utf8');
    const semicolon = line.indexOf(';');
    const sizeText = stripBlanks(semicolon < 0 ? line : line.slice(0, semicolon));
    if (!HEX.test(sizeText)) throw new ParseError(400, 'malformed chunk size');
    const size = parseInt(sizeText, 16);
    if (size === 0) break;
    total += size;
    if (total > maxBody) throw new ParseError(413, 'body too large');
    chunks.push(reader.readExact(size));
    const end = reader.readExact(2);
    if (end[0] !== 13 || end[1] !== 10) throw new ParseError(400, 'malformed chunk');
  }
  // Trailer fields are read and dropped.
  let trailerBytes = 0;
  for (;;) {
    const line = reader.readLine(MAX_CHUNK_LINE);
    if (line.length === 0) break;
    trailerBytes += line.length;
    if (trailerBytes > MAX_HEAD) throw new ParseError(431, 'trailer too large');
  }
  return Buffer.concat(chunks);
}

function wantsKeepAlive(request) {
  const tokens = tokensOf(request.headers.getAll('Connection'));
  return request.version === 'HTTP/1.1' ? !tokens.includes('close') : tokens.includes('keep-alive');
}

// ---------------------------------------------------------------------------------------------
// The request and its lazily parsed views

/** Percent-decode `s` (UTF-8, with U+FFFD for bad bytes; a '%' without two hex digits stays). */
function unquote(s, plus = false) {
  if (plus && s.includes('+')) s = s.replaceAll('+', ' ');
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    const bytes = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
        bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(s[i]));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
}

/** `a=1&b=2&a=3` -> Map { a => ['1', '3'], b => ['2'] }; '+' is a space. */
function parseQuery(qs) {
  const result = new Map();
  if (qs === '') return result;
  for (const field of qs.split('&')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const key = unquote(eq < 0 ? field : field.slice(0, eq), true);
    const value = eq < 0 ? '' : unquote(field.slice(eq + 1), true);
    const values = result.get(key);
    if (values === undefined) result.set(key, [value]);
    else values.push(value);
  }
  return result;
}

/** `a=1; b="two"` -> Map { a => '1', b => 'two' }; the first of a repeated name wins. */
function parseCookie(header) {
  const cookies = new Map();
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (name !== '' && !cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

class Request {
  #query = null;
  #form = null;
  #cookies = null;
  #contentType = null;

  constructor(method, target, version, headers, body = EMPTY, client = ['127.0.0.1', 0]) {
    this.method = method;
    this.target = target;
    this.version = version;
    this.headers = headers;
    this.body = body;
    this.client = client;
    const question = target.indexOf('?');
    this.rawPath = question < 0 ? target : target.slice(0, question);
    this.queryString = question < 0 ? '' : target.slice(question + 1);
    this.path = unquote(this.rawPath);
    this.params = {};
    this.state = {};
  }

  get query() {
    return (this.#query ??= parseQuery(this.queryString));
  }

  get cookies() {
    if (this.#cookies === null) {
      this.#cookies = new Map();
      for (const header of this.headers.getAll('Cookie')) {
        for (const [name, value] of parseCookie(header)) if (!this.#cookies.has(name)) this.#cookies.set(name, value);
      }
    }
    return this.#cookies;
  }

  /** The media type without parameters, lowercased: 'application/json'. */
  get contentType() {
    if (this.#contentType === null) {
      const value = this.headers.get('Content-Type', '');
      const semicolon = value.indexOf(';');
      this.#contentType = (semicolon < 0 ? value : value.slice(0, semicolon)).trim().toLowerCase();
    }
    return this.#contentType;
  }

  json() {
    return this.body.length === 0 ? null : JSON.parse(this.body.toString('utf8'));
  }

  /** An application/x-www-form-urlencoded body as a Map of value lists (empty for other types). */
  form() {
    if (this.#form === null) {
      this.#form = this.contentType === 'application/x-www-form-urlencoded' ? parseQuery(this.body.toString('utf8')) : new Map();
    }
    return this.#form;
  }

  toString() {
    return `<Request ${this.method} ${this.target}>`;
  }
}

// ---------------------------------------------------------------------------------------------
// The workload

const PER_CONNECTION = 8;
const MAX_BODY = 1 << 20;

/** Hands out the bytes of several pipelined requests in pieces of varying size. */
class FakeConnection {
  constructor(data, step) {
    this.data = data;
    this.pos = 0;
    this.step = step;
    this.sent = 0;
  }

  recv(size) {
    const n = this.step;
    this.step = ((this.step * 3) % 1531) + 97;
    const chunk = this.data.subarray(this.pos, this.pos + Math.min(n, size));
    this.pos += chunk.length;
    return chunk;
  }

  send(data) {
    this.sent += data.length;
    return data.length;
  }
}

const AGENTS = ['curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/121.0', 'python-requests/2.31'];
const PATHS = ['/', '/users/{n}', '/api/v1/items/{n}/reviews', '/static/css/site%20main.css', '/search', '/caf%C3%A9/{n}'];

/** Python's str() of a float of moderate size: '.0' on integers. */
const floatStr = (x) => (Number.isInteger(x) ? `${x}.0` : String(x));

/** The bytes of request number `i`: one of several shapes, a few of them malformed. */
function makeRequest(i) {
  const kind = i % 10;
  const path = PATHS[i % PATHS.length].replace('{n}', String(i));
  const agent = AGENTS[i % AGENTS.length];
  if (i % 40 === PER_CONNECTION * 5 - 1) {
    // Malformed, and last on its connection: an unsupported version, a header without a colon,
    // or conflicting lengths.
    const bad = Math.floor(i / 40) % 3;
    if (bad === 0) return Buffer.from(`GET ${path} HTTP/2.0\r\nHost: a\r\n\r\n`);
    if (bad === 1) return Buffer.from(`GET ${path} HTTP/1.1\r\nHost: a\r\nBroken header\r\n\r\n`);
    return Buffer.from(`POST ${path} HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc`);
  }
  if (kind < 5) {
    const query = kind % 2 === 0 ? `?q=term+${i}&page=${i % 7}&tag=a&tag=b%2Fc` : '';
    return Buffer.from(
      `GET ${path}${query} HTTP/1.1\r\nHost: example.com\r\nUser-Agent: ${agent}\r\n` +
        'Accept: text/html,application/json;q=0.9\r\n' +
        `Cookie: session=s${(i * 7919) % 100003}; theme="dark"; lang=en\r\n` +
        `Connection: ${i % 17 === 0 ? 'close' : 'keep-alive'}\r\n\r\n`,
    );
  }
  if (kind < 7) {
    const body = `name=user+${i}&email=u${i}%40example.com&note=caf%C3%A9&n=${i}`;
    return Buffer.from(
      `POST ${path} HTTP/1.1\r\nHost: example.com\r\nUser-Agent: ${agent}\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  if (kind < 9) {
    const body = `{"id": ${i}, "name": "item ${i}", "tags": ["x", "y"], "price": ${floatStr((i % 1000) / 8)}}`;
    if (kind === 7) {
      return Buffer.from(
        `PUT ${path} HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n${body}`,
      );
    }
    // The body is ASCII: string offsets are byte offsets.
    const half = body.length >> 1;
    return Buffer.from(
      `PATCH ${path} HTTP/1.1\r\nHost: example.com\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Transfer-Encoding: chunked\r\n\r\n${half.toString(16)}\r\n${body.slice(0, half)}` +
        `\r\n${(body.length - half).toString(16)};ext=1\r\n${body.slice(half)}\r\n0\r\nX-Trailer: t\r\n\r\n`,
    );
  }
  return Buffer.from(`GET http://example.com${path}?v=${i} HTTP/1.0\r\nUser-Agent: ${agent}\r\nConnection: keep-alive\r\n\r\n`);
}

const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const reprPairs = (pairs) => `[${pairs.map(([k, n]) => `(${typeof k === 'string' ? `'${k}'` : k}, ${n})`).join(', ')}]`;

function main(total) {
  const stats = {
    requests: 0,
    errors: 0,
    keep_alive: 0,
    query_items: 0,
    cookies: 0,
    form_fields: 0,
    json_ids: 0,
    body_bytes: 0,
    path_chars: 0,
    sent: 0,
  };
  const methods = new Map();
  const statuses = new Map();
  let last = null;
  let i = 0;
  while (i < total) {
    const count = Math.min(PER_CONNECTION, total - i);
    const pieces = [];
    for (let k = 0; k < count; k++) pieces.push(makeRequest(i + k));
    const conn = new FakeConnection(Buffer.concat(pieces), 200 + (i % 700));
    const reader = new Reader(conn);
    for (let k = 0; k < count; k++) {
      reader.begin();
      let req;
      try {
        req = readRequest(reader, conn, ['10.0.0.1', 4000 + (i % 1000)], MAX_BODY, 30_000);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        stats.errors++;
        statuses.set(e.status, (statuses.get(e.status) ?? 0) + 1);
        break;
      }
      stats.requests++;
      methods.set(req.method, (methods.get(req.method) ?? 0) + 1);
      stats.path_chars += req.path.length;
      stats.query_items += (req.query.get('tag') ?? []).length + req.query.size;
      stats.cookies += req.cookies.size;
      stats.body_bytes += req.body.length;
      if (req.contentType === 'application/json') stats.json_ids += req.json().id;
      else stats.form_fields += req.form().size;
      if (wantsKeepAlive(req)) stats.keep_alive++;
      last = req;
    }
    stats.sent += conn.sent;
    i += count;
  }
  for (const [key, value] of Object.entries(stats)) console.log(key, value);
  console.log(reprPairs([...methods].sort(byKey)));
  console.log(reprPairs([...statuses].sort(byKey)));
  console.log(String(last), last.path, last.queryString, last.headers.get('user-agent') ?? 'None');
}

main(100_000);
