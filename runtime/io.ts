// Standard streams and files: sys.stdout / sys.stderr / sys.stdin as Python file objects, and
// open() for text and binary files.
//
// stdout is buffered in memory and written with fs.writeSync(1) in large chunks: when the buffer
// passes 64 KB, at exit, before reading stdin (so a prompt shows before the program blocks), and
// whenever another module is about to block (`flushStdout`). A print-heavy program thus makes a
// few hundred system calls instead of one per line. stderr is written at once, as CPython's is
// line-buffered to a terminal and tracebacks must interleave correctly with flushed output.
// When stdout is a non-blocking pipe, writeSync can fail with EAGAIN or write part of the
// buffer; `writeAll` waits a little and retries, so no output is lost.
//
// stdin is read with fs.readSync(0) into a byte buffer that is split into lines and decoded as
// UTF-8 a line at a time (a multi-byte character can straddle two reads).
//
// Files opened with open() read their whole content at open time (programs read small files) and
// buffer writes until flush/close; text mode decodes UTF-8 and translates newlines universally.

import { nodeModule } from './host.js';
import { makeExc, raise, throwPy } from './exceptions.js';
import { stopIteration, markMethods } from './install.js';
import { builtinType, type KwPairs, type PyType } from './object.js';
import { PyBytes, bytesData, isBytesLike } from './bytes.js';
import { iter } from './ops.js';
import { typeNameOf, toIndex } from './slice.js';

const fs = nodeModule('fs');

// ---------------------------------------------------------------------------------------------
// Low-level writing

const waitCell = new Int32Array(new SharedArrayBuffer(4));

function sleepMs(ms: number): void {
  Atomics.wait(waitCell, 0, 0, ms);
}

/** Write all of `data` to `fd`, retrying on EAGAIN and partial writes. */
export function writeAll(fd: number, data: string | Uint8Array): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let off = 0;
  let waits = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
      waits = 0;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        sleepMs(waits < 10 ? 1 : 10);
        waits++;
        continue;
      }
      if (code === 'EPIPE') return;
      throw e;
    }
  }
}

let outParts: string[] = [];
let outSize = 0;
const FLUSH_AT = 64 * 1024;

/** Write `s` to fd 1 through the buffer. */
export function stdoutWrite(s: string): void {
  outParts.push(s);
  outSize += s.length;
  if (outSize >= FLUSH_AT) flushStdout();
}

/** Write out everything buffered for stdout. Call before anything that may block. */
export function flushStdout(): void {
  if (outSize === 0 && outParts.length === 0) return;
  const s = outParts.length === 1 ? outParts[0]! : outParts.join('');
  outParts = [];
  outSize = 0;
  writeAll(1, s);
}

/** Files open for writing: what they hold at exit is written, as CPython's finalizers do. */
const openWriters = new Set<PyFile>();

process.on('exit', () => {
  try {
    flushStdout();
    for (const f of openWriters) f.$flush();
  } catch {
    /* nothing left to report to */
  }
});

// ---------------------------------------------------------------------------------------------
// Reading stdin

let inBuf: Buffer = Buffer.alloc(0);
let inEof = false;
const readChunk = Buffer.alloc(65536);

/** Read more bytes from fd 0 into inBuf; false at end of input. */
function fillStdin(): boolean {
  if (inEof) return false;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, readChunk, 0, readChunk.length, null);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        sleepMs(5);
        continue;
      }
      if (code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) {
      inEof = true;
      return false;
    }
    inBuf = inBuf.length ? Buffer.concat([inBuf, readChunk.subarray(0, n)]) : Buffer.from(readChunk.subarray(0, n));
    return true;
  }
}

/** One line from stdin including its '\n' ('' at end of input). */
export function stdinReadline(): string {
  flushStdout();
  for (;;) {
    const nl = inBuf.indexOf(10);
    if (nl >= 0) {
      const line = inBuf.subarray(0, nl + 1).toString('utf8');
      inBuf = inBuf.subarray(nl + 1);
      return line;
    }
    if (!fillStdin()) {
      const rest = inBuf.toString('utf8');
      inBuf = Buffer.alloc(0);
      return rest;
    }
  }
}

/** The rest of stdin. */
export function stdinReadAll(): string {
  flushStdout();
  while (fillStdin()) {
    /* keep reading */
  }
  const s = inBuf.toString('utf8');
  inBuf = Buffer.alloc(0);
  return s;
}

/** input(prompt) */
export function input(prompt?: unknown): string {
  if (prompt !== undefined) {
    const p = typeof prompt === 'string' ? prompt : String((prompt as { $__str__(): string }).$__str__());
    (currentStdout as TextStream).$write(p);
  }
  flushStdout();
  const line = stdinReadline();
  if (line === '') raise('EOFError', 'EOF when reading a line');
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

// ---------------------------------------------------------------------------------------------
// Stream objects

/** sys.stdout / sys.stderr / sys.stdin. */
export class TextStream {
  closed = false;
  constructor(
    readonly name: string,
    readonly fd: number,
    readonly mode: string,
  ) {}

  $write(s: unknown): number {
    if (typeof s !== 'string') raise('TypeError', `write() argument must be str, not ${typeNameOf(s)}`);
    if (this.closed) raise('ValueError', 'I/O operation on closed file.');
    if (this.fd === 1) stdoutWrite(s);
    else if (this.fd === 2) {
      flushStdout();
      writeAll(2, s);
    } else raise('OSError', 'not writable');
    return s.length;
  }

  $writelines(lines: unknown): null {
    for (const l of iter(lines)) this.$write(l);
    return null;
  }

  $flush(): null {
    if (this.fd === 1) flushStdout();
    return null;
  }

  $readline(size?: unknown): string {
    if (this.fd !== 0) raise('OSError', 'not readable');
    void size;
    return stdinReadline();
  }

  $read(size?: unknown): string {
    if (this.fd !== 0) raise('OSError', 'not readable');
    if (size === undefined || size === null || (typeof size === 'number' && size < 0)) return stdinReadAll();
    let out = '';
    const n = Number(toIndex(size));
    while (out.length < n) {
      const line = stdinReadline();
      if (line === '') break;
      out += line;
    }
    if (out.length > n) {
      inBuf = Buffer.concat([Buffer.from(out.slice(n), 'utf8'), inBuf]);
      out = out.slice(0, n);
    }
    return out;
  }

  $readlines(): string[] {
    const out: string[] = [];
    for (;;) {
      const l = stdinReadline();
      if (l === '') return out;
      out.push(l);
    }
  }

  $fileno(): number {
    return this.fd;
  }

  $isatty(): boolean {
    try {
      return require_tty(this.fd);
    } catch {
      return false;
    }
  }

  $readable(): boolean {
    return this.fd === 0;
  }

  $writable(): boolean {
    return this.fd !== 0;
  }

  $close(): null {
    this.$flush();
    return null;
  }

  $__enter__(): this {
    return this;
  }

  $__exit__(): boolean {
    return false;
  }

  $__iter__(): this {
    return this;
  }

  $__next__(): string {
    const l = this.$readline();
    if (l === '') stopIteration();
    return l;
  }

  next(): IteratorResult<string> {
    const l = this.fd === 0 ? stdinReadline() : '';
    return l === '' ? ({ value: undefined, done: true } as IteratorResult<string>) : { value: l, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  get $encoding(): string {
    return 'utf-8';
  }

  get $name(): string {
    return this.name;
  }

  get $mode(): string {
    return this.mode;
  }

  get $closed(): boolean {
    return this.closed;
  }

  get $buffer(): BinaryStream {
    return new BinaryStream(this.fd);
  }

  $__repr__(): string {
    return `<_io.TextIOWrapper name='${this.name}' mode='${this.mode}' encoding='utf-8'>`;
  }
}

function require_tty(fd: number): boolean {
  // tty.isatty without importing node:tty at load time.
  return fs.fstatSync(fd).isCharacterDevice();
}

/** sys.stdout.buffer and friends: bytes in, bytes out. */
export class BinaryStream {
  constructor(readonly fd: number) {}

  $write(b: unknown): number {
    const data = bytesData(b);
    if (this.fd === 1) {
      flushStdout();
      writeAll(1, data.slice());
    } else if (this.fd === 2) {
      flushStdout();
      writeAll(2, data.slice());
    }
    return data.length;
  }

  $flush(): null {
    if (this.fd === 1) flushStdout();
    return null;
  }

  $read(size?: unknown): PyBytes {
    flushStdout();
    while (fillStdin()) {
      if (size !== undefined && size !== null && inBuf.length >= Number(size)) break;
    }
    const n = size === undefined || size === null || Number(size) < 0 ? inBuf.length : Math.min(Number(size), inBuf.length);
    const out = new Uint8Array(inBuf.subarray(0, n));
    inBuf = inBuf.subarray(n);
    return new PyBytes(out);
  }

  $readline(): PyBytes {
    flushStdout();
    for (;;) {
      const nl = inBuf.indexOf(10);
      if (nl >= 0 || !fillStdin()) {
        const end = nl >= 0 ? nl + 1 : inBuf.length;
        const out = new Uint8Array(inBuf.subarray(0, end));
        inBuf = inBuf.subarray(end);
        return new PyBytes(out);
      }
    }
  }
}

builtinType({ name: 'TextIOWrapper', module: '_io', proto: TextStream.prototype });
builtinType({ name: 'BufferedWriter', module: '_io', proto: BinaryStream.prototype });

export const stdout = new TextStream('<stdout>', 1, 'w');
export const stderr = new TextStream('<stderr>', 2, 'w');
export const stdin = new TextStream('<stdin>', 0, 'r');

/** What print() writes to by default: sys.stdout, which programs may replace. */
export let currentStdout: unknown = stdout;
export let currentStderr: unknown = stderr;
export let currentStdin: unknown = stdin;

export function setStdout(x: unknown): void {
  currentStdout = x;
}
export function setStderr(x: unknown): void {
  currentStderr = x;
}
export function setStdin(x: unknown): void {
  currentStdin = x;
}

// ---------------------------------------------------------------------------------------------
// open()

const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory', EEXIST: 'File exists', EACCES: 'Permission denied',
  EISDIR: 'Is a directory', ENOTDIR: 'Not a directory', EPERM: 'Operation not permitted',
  ENOSPC: 'No space left on device', EROFS: 'Read-only file system', EMFILE: 'Too many open files',
  ENAMETOOLONG: 'File name too long', ELOOP: 'Too many levels of symbolic links', EINVAL: 'Invalid argument',
};

/** The OSError (subclass by errno, with errno, strerror and filename) for a node:fs error. */
function osError(e: unknown, path: string): never {
  const code = (e as { code?: string }).code;
  const errno = code === undefined ? undefined : (nodeModule('os').constants.errno as Record<string, number>)[code];
  if (errno === undefined) return raise('OSError', String((e as Error).message ?? e));
  return throwPy(makeExc('OSError', errno, STRERROR[code!] ?? code, path));
}

/** A file opened by open(): whole-content reads, buffered writes. */
export class PyFile {
  closed = false;
  /** Read side: decoded text (text mode) or bytes. */
  private text = '';
  private data: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Write side. */
  private pending: (string | Uint8Array)[] = [];
  private fd = -1;

  constructor(
    readonly name: string,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly encoding: string,
  ) {}

  open(flags: string, truncateRead: boolean): void {
    try {
      if (this.readable && !truncateRead) {
        const raw = fs.readFileSync(this.name);
        if (this.binary) this.data = new Uint8Array(raw);
        else this.text = raw.toString('utf8').replace(/\r\n?/g, '\n');
      }
      if (this.writable) {
        this.fd = fs.openSync(this.name, flags);
        openWriters.add(this);
      }
    } catch (e) {
      osError(e, this.name);
    }
  }

  private check(): void {
    if (this.closed) raise('ValueError', 'I/O operation on closed file.');
  }

  $read(size?: unknown): unknown {
    this.check();
    if (!this.readable) raise('OSError', 'not readable');
    const n = size === undefined || size === null ? -1 : Number(toIndex(size));
    if (this.binary) {
      const end = n < 0 ? this.data.length : Math.min(this.data.length, this.pos + n);
      const out = this.data.slice(this.pos, end);
      this.pos = end;
      return new PyBytes(out);
    }
    if (n < 0) {
      const out = this.text.slice(this.pos);
      this.pos = this.text.length;
      return out;
    }
    let end = this.pos;
    for (let k = 0; k < n && end < this.text.length; k++) {
      const c = this.text.charCodeAt(end);
      end += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  $readline(size?: unknown): unknown {
    this.check();
    if (!this.readable) raise('OSError', 'not readable');
    void size;
    if (this.binary) {
      let end = this.data.indexOf(10, this.pos);
      end = end < 0 ? this.data.length : end + 1;
      const out = this.data.slice(this.pos, end);
      this.pos = end;
      return new PyBytes(out);
    }
    let end = this.text.indexOf('\n', this.pos);
    end = end < 0 ? this.text.length : end + 1;
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  $readlines(): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const l = this.$readline();
      if (l === '' || (l instanceof PyBytes && l.b.length === 0)) return out;
      out.push(l);
    }
  }

  $write(x: unknown): number {
    this.check();
    if (!this.writable) raise('OSError', 'not writable');
    if (this.binary) {
      if (!isBytesLike(x)) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(x)}'`);
      const b = bytesData(x).slice();
      this.pending.push(b);
      return b.length;
    }
    if (typeof x !== 'string') raise('TypeError', `write() argument must be str, not ${typeNameOf(x)}`);
    this.pending.push(x);
    if (this.pending.length > 1024) this.$flush();
    return x.length;
  }

  $writelines(lines: unknown): null {
    for (const l of iter(lines)) this.$write(l);
    return null;
  }

  $flush(): null {
    if (this.fd >= 0 && this.pending.length) {
      const parts = this.pending;
      this.pending = [];
      if (this.binary) for (const p of parts) writeAll(this.fd, p as Uint8Array);
      else writeAll(this.fd, (parts as string[]).join(''));
    }
    return null;
  }

  $close(): null {
    if (this.closed) return null;
    this.$flush();
    if (this.fd >= 0) fs.closeSync(this.fd);
    openWriters.delete(this);
    this.closed = true;
    return null;
  }

  $seek(offset: unknown, whence?: unknown): number {
    this.check();
    const o = Number(toIndex(offset));
    const w = whence === undefined ? 0 : Number(toIndex(whence));
    const len = this.binary ? this.data.length : this.text.length;
    this.pos = w === 0 ? o : w === 1 ? this.pos + o : len + o;
    return this.pos;
  }

  $tell(): number {
    return this.pos;
  }

  $fileno(): number {
    return this.fd;
  }

  $readable(): boolean {
    return this.readable;
  }

  $writable(): boolean {
    return this.writable;
  }

  $isatty(): boolean {
    return false;
  }

  $__enter__(): this {
    this.check();
    return this;
  }

  $__exit__(): boolean {
    this.$close();
    return false;
  }

  $__iter__(): this {
    this.check();
    return this;
  }

  $__next__(): unknown {
    const l = this.$readline();
    if (l === '' || (l instanceof PyBytes && l.b.length === 0)) stopIteration();
    return l;
  }

  next(): IteratorResult<unknown> {
    const l = this.$readline();
    if (l === '' || (l instanceof PyBytes && l.b.length === 0)) return { value: undefined, done: true };
    return { value: l, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  get $closed(): boolean {
    return this.closed;
  }

  get $name(): string {
    return this.name;
  }

  get $mode(): string {
    return this.mode;
  }

  $__repr__(): string {
    if (this.binary) {
      return `<_io.${this.writable ? 'BufferedWriter' : 'BufferedReader'} name='${this.name}'>`;
    }
    return `<_io.TextIOWrapper name='${this.name}' mode='${this.mode}' encoding='${this.encoding}'>`;
  }
}

builtinType({ name: 'FileIO', module: '_io', proto: PyFile.prototype });

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
export function open(file: unknown, mode: unknown = 'r', buffering?: unknown, encoding?: unknown): PyFile {
  void buffering;
  if (typeof file !== 'string') {
    if (typeof file === 'number') raise('OSError', 'open() on a file descriptor is not supported');
    raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
  }
  if (typeof mode !== 'string') raise('TypeError', `open() argument 'mode' must be str, not ${typeNameOf(mode)}`);
  const m = mode;
  if (!/^[rwxabt+U]*$/.test(m) || m.length === 0) raise('ValueError', `invalid mode: '${m}'`);
  const binary = m.includes('b');
  const plus = m.includes('+');
  const kind = m.includes('r') ? 'r' : m.includes('w') ? 'w' : m.includes('a') ? 'a' : m.includes('x') ? 'x' : '';
  if (kind === '') raise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== undefined && encoding !== null) {
    raise('ValueError', "binary mode doesn't take an encoding argument");
  }
  const readable = kind === 'r' || plus;
  const writable = kind !== 'r' || plus;
  const f = new PyFile(file, m, binary, readable, writable, typeof encoding === 'string' ? encoding : 'UTF-8');
  const flags = kind === 'r' ? 'r+' : kind === 'w' ? 'w' : kind === 'a' ? 'a' : 'wx';
  f.open(flags, kind !== 'r');
  return f;
}
(open as unknown as { $kw: unknown }).$kw = (pos: unknown[], kw: KwPairs | null): PyFile => {
  const names = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];
  const args: unknown[] = pos.slice();
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i < 0) raise('TypeError', `'${k}' is an invalid keyword argument for open()`);
    args[i] = v;
  }
  return open(args[0], args[1] ?? 'r', args[2], args[3]);
};

markMethods(TextStream.prototype);
markMethods(BinaryStream.prototype);
markMethods(PyFile.prototype);
