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
// buffer writes until flush/close; text mode decodes UTF-8 and ends and translates lines as the
// `newline` argument says.

import { strText, unwrapStr } from './strvalue.js';
import { wantsRange } from './arity.js';
import { nodeModule } from './host.js';
import { STRERROR } from './oserror.js';
import { isPyException, makeExc, raise, throwPy, UnsupportedOperation } from './exceptions.js';
import { str } from './repr.js';
import { stopIteration, markMethods } from './install.js';
import { callable } from './function.js';
import { builtinType, META, typeOf, type BuiltinSpec, type KwPairs, type PyType } from './object.js';
import { PyBytes, PyByteArray, PyMemoryView, bytesData, isBytesLike } from './bytes.js';
import { iter, truthy } from './ops.js';
import { typeNameOf, toIndex, toSsize } from './slice.js';
import { tuple } from './tuple.js';
import { encodeAs } from './str.js';
import { decodeAs } from './bytesops.js';
import { type TextCodec, textCodec, type WideCodec, withoutBom } from './codecs.js';

/** io.UnsupportedOperation, which CPython raises for an operation the stream's mode rules out. */
function unsupported(message: string): never {
  return throwPy(makeExc(UnsupportedOperation, message));
}

const fs = nodeModule('fs');

// ---------------------------------------------------------------------------------------------
// Low-level writing

const waitCell = new Int32Array(new SharedArrayBuffer(4));

function sleepMs(ms: number): void {
  Atomics.wait(waitCell, 0, 0, ms);
}

/**
 * A faster writer of short strings, when one is loaded (memphis.net's addon: write(2) without
 * fs.writeSync's request object). It returns 0 when all of `s` went out (as UTF-8, exactly as
 * Node encodes it), an errno when nothing was written, -k when only the first k bytes were.
 */
export type TextWriter = (fd: number, s: string) => number;
let textWriter: TextWriter | null = null;
/** The writer's limit, in UTF-16 units: longer strings go through fs.writeSync. */
const TEXT_WRITER_MAX = 4096;

export function setTextWriter(writer: TextWriter | null): void {
  textWriter = writer;
}

/**
 * A write to a pipe whose reader has gone: node ignores SIGPIPE, as CPython does, so the write
 * fails with EPIPE, which is BrokenPipeError (`prog | head -1` then ends at once).
 */
function brokenPipe(): never {
  return throwPy(makeExc('OSError', 32, STRERROR.EPIPE ?? 'Broken pipe'));
}

/** Write all of `data` to `fd`, retrying on EAGAIN and partial writes; EPIPE is BrokenPipeError. */
export function writeAll(fd: number, data: string | Uint8Array): void {
  let off = 0;
  if (textWriter !== null && typeof data === 'string' && data.length <= TEXT_WRITER_MAX) {
    const r = textWriter(fd, data);
    if (r === 0) return;
    // Part of it went out: go on from there with the bytes. Nothing did: fs.writeSync tries
    // again below, and raises (or waits on EAGAIN) as it always does.
    if (r < 0) {
      writeRest(fd, Buffer.from(data, 'utf8'), -r);
      return;
    }
  }
  if (typeof data === 'string' && data.length > 0) {
    // Given the string itself, node encodes a short one on its stack: no Buffer is made for the
    // usual write that goes through whole. A partial write goes on below from the bytes.
    try {
      off = fs.writeSync(fd, data);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EPIPE') brokenPipe();
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK') throw e;
    }
    if (off === Buffer.byteLength(data, 'utf8')) return;
  }
  writeRest(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, off);
}

/** Write `buf` from byte `off` on, waiting while the descriptor is full (EAGAIN). */
function writeRest(fd: number, buf: Uint8Array, off: number): void {
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
      if (code === 'EPIPE') brokenPipe();
      throw e;
    }
  }
}

let outParts: (string | Uint8Array)[] = [];
let outSize = 0;
/** Whether outParts holds encoded bytes (stdout reconfigured to another encoding), not only str. */
let outHasBytes = false;
const FLUSH_AT = 64 * 1024;

/** Write `s` to fd 1 through the buffer, encoded as sys.stdout is configured (UTF-8 unless reconfigured). */
export function stdoutWrite(s: string): void {
  if (!stdout.plain) {
    const data = stdout.encodeOut(s);
    if (typeof data !== 'string') {
      outHasBytes = true;
      outParts.push(data);
      outSize += data.length;
      if (outSize >= FLUSH_AT) flushStdoutOrRaise();
      return;
    }
    s = data;
  }
  outParts.push(s);
  outSize += s.length;
  if (outSize >= FLUSH_AT) flushStdoutOrRaise();
}

/**
 * Set when a flush the program did not ask for (before a stderr write or a read of stdin, which
 * keep the output in order) found stdout's reader gone: CPython's buffered stdout would have held
 * the text, so the BrokenPipeError belongs to the next flush the program makes or to its end.
 */
let stdoutPipeGone = false;

/** Write out everything buffered for stdout. Call before anything that may block. */
export function flushStdout(): void {
  try {
    flushStdoutOrRaise();
  } catch (e) {
    if (!isBrokenPipe(e)) throw e;
    stdoutPipeGone = true;
  }
}

/**
 * Write out stdout's buffer where CPython's would be written (a full buffer, flush()): EPIPE
 * raises here. A full buffer's text is lost with the error; an explicit flush (`keep`) keeps it,
 * so the program's end tries it again, as CPython's buffered writer does.
 */
export function flushStdoutOrRaise(keep = false): void {
  if (stdoutPipeGone) {
    stdoutPipeGone = false;
    if (!keep) {
      outParts = [];
      outSize = 0;
      outHasBytes = false;
    }
    brokenPipe();
  }
  if (outSize === 0 && outParts.length === 0) return;
  const parts = outParts;
  const size = outSize;
  const hasBytes = outHasBytes;
  outParts = [];
  outSize = 0;
  outHasBytes = false;
  try {
    if (hasBytes) writeAll(1, Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));
    else writeAll(1, parts.length === 1 ? parts[0]! : (parts as string[]).join(''));
  } catch (e) {
    if (keep && isBrokenPipe(e)) {
      outParts = parts;
      outSize = size;
      outHasBytes = hasBytes;
    }
    throw e;
  }
}

/**
 * node:fs has no lseek: descriptors that os.open made (and files opened on them) are read and
 * written at an offset kept here with positional reads and writes; os.lseek moves it. Other
 * descriptors use the system's own offset.
 */
export interface TrackedFd {
  offset: number;
  append: boolean;
}
export const trackedFds = new Map<number, TrackedFd>();

/** Files open for writing: what they hold at exit is written, as CPython's finalizers do. */
const openWriters = new Set<PyFile>();

/**
 * Write out what files open for writing hold. CPython writes a file's buffer when the file object
 * dies, which for `open(p, "w").write(s)` is at once: a later open() or stat() of the same path
 * must see the data.
 */
export function flushOpenFiles(): void {
  for (const f of openWriters) f.$flush();
}

process.on('exit', () => {
  try {
    if (currentStdout !== stdout || currentStderr !== stderr) flushReplacedStreams();
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
      // A descriptor the program closed (`with open(0) as f: ...`) is an OSError, EBADF.
      else return osError(e, 0);
    }
    if (n === 0) {
      inEof = true;
      return false;
    }
    inBuf = inBuf.length ? Buffer.concat([inBuf, readChunk.subarray(0, n)]) : Buffer.from(readChunk.subarray(0, n));
    return true;
  }
}

/** Take the first `n` bytes of what stdin has buffered. */
function takeStdin(n: number): Buffer {
  const out = inBuf.subarray(0, n);
  inBuf = inBuf.subarray(n);
  return out;
}

/** The length of the UTF-8 sequence a lead byte starts (1 for a byte that starts none). */
function utf8SequenceLength(lead: number): number {
  return lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
}

/**
 * The byte length of the first `count` characters of the UTF-8 bytes `buf[0:end]`, or -1 when they
 * are fewer (or the last of them is still incomplete). A byte that starts no valid sequence counts
 * as one character, as the decoder replaces or escapes it alone.
 */
function utf8Prefix(buf: Uint8Array, end: number, count: number): number {
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at >= end) return -1;
    const len = utf8SequenceLength(buf[at]!);
    let step = 1;
    while (step < len && at + step < end && (buf[at + step]! & 0xc0) === 0x80) step++;
    if (step < len && at + step >= end) return -1;
    at += step;
  }
  return at;
}

/** One line from stdin including its '\n' ('' at end of input), of at most `limit` characters when that is not negative. */
export function stdinReadline(limit = -1): string {
  flushStdout();
  for (;;) {
    const nl = inBuf.indexOf(10);
    const lineEnd = nl >= 0 ? nl + 1 : inEof ? inBuf.length : -1;
    if (limit >= 0) {
      const cut = utf8Prefix(inBuf, lineEnd >= 0 ? lineEnd : inBuf.length, limit);
      if (cut >= 0 && (lineEnd < 0 || cut < lineEnd)) return stdinDecode(takeStdin(cut));
    }
    if (lineEnd >= 0) return stdinDecode(takeStdin(lineEnd));
    if (!fillStdin()) return stdinDecode(takeStdin(inBuf.length));
  }
}

/** The rest of stdin. */
export function stdinReadAll(): string {
  flushStdout();
  while (fillStdin()) {
    /* keep reading */
  }
  return stdinDecode(takeStdin(inBuf.length));
}

/** `count` characters from stdin (fewer at its end). */
function stdinReadChars(count: number): string {
  flushStdout();
  for (;;) {
    const cut = utf8Prefix(inBuf, inBuf.length, count);
    if (cut >= 0) return stdinDecode(takeStdin(cut));
    if (!fillStdin()) return stdinDecode(takeStdin(inBuf.length));
  }
}

/** Bytes read from stdin as text, as sys.stdin decodes them. */
function stdinDecode(bytes: Uint8Array): string {
  return stdin.decodeIn(bytes);
}

/** What a Python-level stream method is, when the object has it. */
function methodOf(obj: unknown, name: string): ((...args: unknown[]) => unknown) | undefined {
  const m = (obj as Record<string, unknown> | null)?.['$' + name];
  return typeof m === 'function' ? (m as (...args: unknown[]) => unknown) : undefined;
}

/**
 * input(prompt): the prompt goes to the current sys.stdout and the line comes from the current
 * sys.stdin's readline(), whatever objects the program put there.
 */
export function input(prompt?: unknown, over?: unknown): unknown {
  if (over !== undefined) wantsRange('input', 0, 1, arguments.length);
  const fin = currentStdin;
  const fout = currentStdout;
  if (fin === null || fin === undefined) raise('RuntimeError', 'input(): lost sys.stdin');
  if (fout === null || fout === undefined) raise('RuntimeError', 'input(): lost sys.stdout');
  quietly(() => {
    if (currentStderr !== stderr) methodOf(currentStderr, 'flush')?.call(currentStderr);
  });
  if (prompt !== undefined) {
    const write = methodOf(fout, 'write');
    if (write === undefined) raise('AttributeError', `'${typeNameOf(fout)}' object has no attribute 'write'`);
    write.call(fout, typeof prompt === 'string' ? prompt : str(prompt));
  }
  quietly(() => methodOf(fout, 'flush')?.call(fout));
  const readline = methodOf(fin, 'readline');
  if (readline === undefined) raise('AttributeError', `'${typeNameOf(fin)}' object has no attribute 'readline'`);
  const got = readline.call(fin);
  const line = unwrapStr(got);
  if (typeof line === 'string') {
    if (line === '') raise('EOFError', 'EOF when reading a line');
    return line.endsWith('\n') ? line.slice(0, -1) : line;
  }
  if (got instanceof PyBytes) {
    if (got.b.length === 0) raise('EOFError', 'EOF when reading a line');
    return got.b[got.b.length - 1] === 10 ? new PyBytes(got.b.slice(0, -1)) : got;
  }
  return raise('TypeError', 'object.readline() returned non-string');
}

/** Run `fn`, dropping a Python error it raises (input() ignores a stream that fails to flush). */
function quietly(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isPyException(e)) throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Stream objects

/** What reconfigure() may change of a standard stream. */
interface StreamSettings {
  encoding?: unknown;
  errors?: unknown;
  newline?: unknown;
  line_buffering?: unknown;
  write_through?: unknown;
}

/** sys.stdout / sys.stderr / sys.stdin. */
export class TextStream {
  closed = false;
  /** The encoding as given (what `.encoding` shows), its codec, and the error handler. */
  private encodingName = 'utf-8';
  private codec: TextCodec = 'utf-8';
  private errorsName: string;
  /** What a written '\n' becomes ('\r' or '\r\n'; otherwise it stays). */
  private newlineMode: Newline = null;
  private lineBuffering = false;
  private writeThrough: boolean;
  /** UTF-8 with '\n' kept: text is written as it is (the fast path print takes). */
  plain = true;
  private binaryView: BinaryStream | null = null;

  constructor(
    readonly name: string,
    readonly fd: number,
    readonly mode: string,
  ) {
    // CPython's stderr escapes what it cannot encode and is written through at once.
    this.errorsName = this.defaultErrors();
    this.writeThrough = fd === 2;
  }

  /** The error handler the stream starts with. */
  private defaultErrors(): string {
    return this.fd === 2 ? 'backslashreplace' : 'strict';
  }

  /** Written text as reconfigure() asks: newlines translated, then encoded unless the stream is UTF-8. */
  encodeOut(s: string): string | Uint8Array {
    if (this.newlineMode === '\r' || this.newlineMode === '\r\n') s = s.replaceAll('\n', this.newlineMode);
    if (this.codec === 'utf-8' && !SURROGATE.test(s)) return s;
    return encodeAs(s, this.codec, this.errorsName);
  }

  /** Bytes read from stdin as text, in the stream's encoding and error handler. */
  decodeIn(bytes: Uint8Array): string {
    if (this.codec === 'utf-8' && this.errorsName === 'strict') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    return decodeAs(bytes, this.codec, this.errorsName);
  }

  private check(): void {
    if (this.closed) raise('ValueError', 'I/O operation on closed file.');
  }

  $write(s: unknown): number {
    s = unwrapStr(s);
    if (typeof s !== 'string') raise('TypeError', `write() argument must be str, not ${writtenTypeName(s)}`);
    this.check();
    if (this.fd === 1) stdoutWrite(s);
    else if (this.fd === 2) {
      flushStdout();
      writeAll(2, this.plain ? s : this.encodeOut(s));
    } else unsupported('not writable');
    // Characters, not UTF-16 units.
    return SURROGATE.test(s) ? codePointCount(s) : s.length;
  }

  /** reconfigure(*, encoding, errors, newline, line_buffering, write_through): only what is given changes. */
  $reconfigure(...pos: unknown[]): null {
    if (pos.length !== 0) raise('TypeError', 'reconfigure() takes no positional arguments');
    return this.reconfigure({});
  }

  reconfigure(settings: StreamSettings): null {
    const [encoding, errors, newline] = [settings.encoding, settings.errors, settings.newline].map(unwrapStr);
    const { line_buffering: lineBuffering, write_through: writeThrough } = settings;
    const given = (v: unknown): boolean => v !== undefined && v !== null;
    if (given(encoding) && typeof encoding !== 'string') {
      raise('TypeError', `reconfigure() argument 'encoding' must be str or None, not ${typeNameOf(encoding)}`);
    }
    if (given(errors) && typeof errors !== 'string') {
      raise('TypeError', `reconfigure() argument 'errors' must be str or None, not ${typeNameOf(errors)}`);
    }
    if (newline !== undefined && newline !== null) {
      if (typeof newline !== 'string') raise('TypeError', `reconfigure() argument 'newline' must be str or None, not ${typeNameOf(newline)}`);
      if (newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') raise('ValueError', `illegal newline value: ${newline}`);
    }
    const codec = given(encoding) ? textCodec(encoding as string, 'codecs.open()') : this.codec;
    this.$flush();
    if (given(encoding)) {
      this.encodingName = encoding as string;
      this.codec = codec;
      // A new encoding without an error handler goes back to strict.
      this.errorsName = given(errors) ? (errors as string) : 'strict';
    } else if (given(errors)) this.errorsName = errors as string;
    if (newline !== undefined) this.newlineMode = newline as Newline;
    if (given(lineBuffering)) this.lineBuffering = truthy(lineBuffering);
    if (given(writeThrough)) this.writeThrough = truthy(writeThrough);
    // Another error handler matters for UTF-8 too: it decides what a lone surrogate becomes.
    this.plain = this.codec === 'utf-8' && this.errorsName === this.defaultErrors() && this.newlineMode !== '\r' && this.newlineMode !== '\r\n';
    return null;
  }

  $writelines(lines: unknown): null {
    for (const l of iter(lines)) this.$write(l);
    return null;
  }

  $flush(): null {
    this.check();
    if (this.fd === 1) flushStdoutOrRaise(true);
    return null;
  }

  /** readline(size=-1): a size counts characters. */
  $readline(size?: unknown): string {
    this.check();
    if (this.fd !== 0) unsupported('not readable');
    const limit = size === undefined ? -1 : toSsize(size);
    return stdinReadline(limit);
  }

  /** read(size=-1): a size counts characters. */
  $read(size?: unknown): string {
    this.check();
    if (this.fd !== 0) unsupported('not readable');
    const n = optionalSize(size);
    return n < 0 ? stdinReadAll() : stdinReadChars(n);
  }

  /** The lines up to the end, or until their total length passes a positive `hint`. */
  $readlines(hint?: unknown): string[] {
    this.check();
    if (this.fd !== 0) unsupported('not readable');
    const limit = optionalSize(hint);
    const out: string[] = [];
    let total = 0;
    for (;;) {
      const l = stdinReadline();
      if (l === '') return out;
      out.push(l);
      if (limit > 0) {
        total += codePointCount(l);
        if (total > limit) return out;
      }
    }
  }

  $fileno(): number {
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    return this.fd;
  }

  $isatty(): boolean {
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    try {
      return require_tty(this.fd);
    } catch {
      return false;
    }
  }

  $readable(): boolean {
    if (this.closed && this.fd === 0) raise('ValueError', 'I/O operation on closed file');
    return this.fd === 0;
  }

  $writable(): boolean {
    if (this.closed && this.fd !== 0) raise('ValueError', 'I/O operation on closed file');
    return this.fd !== 0;
  }

  /** close(): the stream refuses further use; the descriptor stays open, as CPython's standard streams keep theirs. */
  $close(): null {
    if (this.closed) return null;
    if (this.fd === 1) flushStdout();
    this.closed = true;
    return null;
  }

  $__enter__(): this {
    return this;
  }

  $__exit__(): boolean {
    return false;
  }

  $__iter__(): this {
    this.check();
    return this;
  }

  $__next__(): string {
    const l = this.$readline();
    if (l === '') stopIteration();
    return l;
  }

  next(): IteratorResult<string> {
    const l = this.$readline();
    return l === '' ? ({ value: undefined, done: true } as IteratorResult<string>) : { value: l, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  get $encoding(): string {
    return this.encodingName;
  }

  get $errors(): string {
    return this.errorsName;
  }

  get $line_buffering(): boolean {
    return this.lineBuffering;
  }

  get $write_through(): boolean {
    return this.writeThrough;
  }

  get $newlines(): null {
    return null;
  }

  $seekable(): boolean {
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    return false;
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
    this.binaryView ??= this.fd === 0 ? new StdinBuffer(this) : new StdoutBuffer(this.fd, this);
    return this.binaryView;
  }

  $__repr__(): string {
    return `<_io.TextIOWrapper name='${this.name}' mode='${this.mode}' encoding='${this.encodingName}'>`;
  }
}

(TextStream.prototype.$reconfigure as unknown as { $kw: unknown }).$kw = function (this: TextStream, pos: unknown[], kw: KwPairs | null): null {
  if (pos.length !== 0) raise('TypeError', 'reconfigure() takes no positional arguments');
  const settings: Record<string, unknown> = {};
  for (const [k, v] of kw ?? []) {
    if (!['encoding', 'errors', 'newline', 'line_buffering', 'write_through'].includes(k)) {
      raise('TypeError', `'${k}' is an invalid keyword argument for reconfigure()`);
    }
    settings[k] = v;
  }
  return this.reconfigure(settings);
};

function require_tty(fd: number): boolean {
  // tty.isatty without importing node:tty at load time.
  return fs.fstatSync(fd).isCharacterDevice();
}

/** A write() argument's type as the messages name it: None by itself. */
function writtenTypeName(x: unknown): string {
  return x === null ? 'None' : typeNameOf(x);
}

/** sys.stdin.buffer, sys.stdout.buffer and sys.stderr.buffer: the bytes under a standard text stream. */
export class BinaryStream {
  constructor(
    readonly fd: number,
    private readonly owner: TextStream | null = null,
  ) {}

  protected check(op = ''): void {
    if (this.owner?.closed) raise('ValueError', op === '' ? 'I/O operation on closed file.' : `${op} of closed file`);
  }

  /** A stream redirected to a regular file can seek; a pipe or terminal cannot. */
  $seekable(): boolean {
    this.check();
    try {
      return fs.fstatSync(this.fd).isFile();
    } catch {
      return false;
    }
  }

  /** The position in a file the stream was redirected to (its end: this process writes it in order). */
  $tell(): number {
    if (!this.$seekable()) raise('OSError', '[Errno 29] Illegal seek');
    if (this.fd === 1) flushStdout();
    return fs.fstatSync(this.fd).size;
  }

  $readable(): boolean {
    this.check();
    return this.fd === 0;
  }

  $writable(): boolean {
    this.check();
    return this.fd !== 0;
  }

  $fileno(): number {
    return this.fd;
  }

  $isatty(): boolean {
    this.check();
    try {
      return require_tty(this.fd);
    } catch {
      return false;
    }
  }

  get $closed(): boolean {
    return this.owner?.closed ?? false;
  }

  $close(): null {
    return this.owner === null ? null : this.owner.$close();
  }

  get $name(): string {
    return ['<stdin>', '<stdout>', '<stderr>'][this.fd] ?? String(this.fd);
  }

  get $mode(): string {
    return this.fd === 0 ? 'rb' : 'wb';
  }

  /** The raw stream under the buffer (its FileIO). */
  get $raw(): RawStdio {
    return new RawStdio(this.fd, this.$name, this.$mode);
  }

  $__repr__(): string {
    return `<_io.${this.fd === 0 ? 'BufferedReader' : 'BufferedWriter'} name='${this.$name}'>`;
  }

  $__enter__(): this {
    this.check();
    return this;
  }

  $__exit__(): boolean {
    this.$close();
    return false;
  }
}

/** sys.stdout.buffer / sys.stderr.buffer: a BufferedWriter. */
export class StdoutBuffer extends BinaryStream {
  $writelines(lines: unknown): null {
    for (const l of iter(lines)) this.$write(l);
    return null;
  }

  $write(b: unknown): number {
    if (!isBytesLike(b)) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(b)}'`);
    this.check();
    const data = bytesData(b);
    flushStdout();
    writeAll(this.fd, data.slice());
    return data.length;
  }

  $flush(): null {
    this.check();
    if (this.fd === 1) flushStdoutOrRaise(true);
    return null;
  }
}

/** sys.stdin.buffer: a BufferedReader over fd 0, sharing its buffer with sys.stdin. */
export class StdinBuffer extends BinaryStream {
  constructor(owner: TextStream) {
    super(0, owner);
  }

  /** read(size=-1): up to `size` bytes, all that is left when it is negative or None. */
  $read(size?: unknown): PyBytes {
    this.check('read');
    const n = optionalSize(size);
    if (n < -1) raise('ValueError', 'read length must be non-negative or -1');
    flushStdout();
    while ((n < 0 || inBuf.length < n) && fillStdin()) {
      /* keep reading */
    }
    return new PyBytes(new Uint8Array(takeStdin(n < 0 ? inBuf.length : Math.min(n, inBuf.length))));
  }

  /** read1(size=-1): what one read of the descriptor gives when nothing is buffered. */
  $read1(size?: unknown): PyBytes {
    this.check('read');
    const n = optionalSize(size);
    flushStdout();
    if (inBuf.length === 0) fillStdin();
    return new PyBytes(new Uint8Array(takeStdin(n < 0 ? inBuf.length : Math.min(n, inBuf.length))));
  }

  /** peek(size=0): the buffered bytes (reading once when there are none), not consumed. */
  $peek(size?: unknown): PyBytes {
    this.check('peek');
    if (size !== undefined) toSsize(size);
    flushStdout();
    if (inBuf.length === 0) fillStdin();
    return new PyBytes(new Uint8Array(inBuf));
  }

  /** readline(size=-1): one line, of at most `size` bytes when that is not negative. */
  $readline(size?: unknown): PyBytes {
    this.check('readline');
    const limit = optionalSize(size);
    flushStdout();
    for (;;) {
      const nl = inBuf.indexOf(10);
      let end = nl >= 0 ? nl + 1 : -1;
      if (limit >= 0 && (end < 0 ? inBuf.length >= limit : end > limit)) end = limit;
      if (end >= 0 || !fillStdin()) return new PyBytes(new Uint8Array(takeStdin(end >= 0 ? end : inBuf.length)));
    }
  }

  /** The lines up to the end, or until their total length passes a positive `hint`. */
  $readlines(hint?: unknown): PyBytes[] {
    const limit = optionalSize(hint);
    const out: PyBytes[] = [];
    let total = 0;
    for (;;) {
      const l = this.$readline();
      if (l.b.length === 0) return out;
      out.push(l);
      if (limit > 0) {
        total += l.b.length;
        if (total > limit) return out;
      }
    }
  }

  /** readinto(b): fills the writable bytes-like `b` as far as the input goes; the count read. */
  $readinto(b: unknown): number {
    const writable = b instanceof PyByteArray || (b instanceof PyMemoryView && !(b.obj instanceof PyBytes));
    if (!writable) raise('TypeError', `readinto() argument must be read-write bytes-like object, not ${typeNameOf(b)}`);
    const target = bytesData(b);
    const got = this.$read(target.length);
    target.set(got.b);
    return got.b.length;
  }

  $__iter__(): this {
    this.check();
    return this;
  }

  $__next__(): PyBytes {
    const l = this.$readline();
    if (l.b.length === 0) stopIteration();
    return l;
  }

  next(): IteratorResult<PyBytes> {
    const l = this.$readline();
    return l.b.length === 0 ? ({ value: undefined, done: true } as IteratorResult<PyBytes>) : { value: l, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** The FileIO under a buffered stream (`raw`): what it is open on, for inspection. */
class RawStdio {
  constructor(
    readonly fd: number,
    readonly name: string | number = fd,
    readonly mode: string = fd === 0 ? 'rb' : 'wb',
    readonly closefd = false,
  ) {}

  $fileno(): number {
    return this.fd;
  }

  get $name(): string | number {
    return this.name;
  }

  get $mode(): string {
    return this.mode;
  }

  get $closefd(): boolean {
    return this.closefd;
  }

  $readable(): boolean {
    return this.mode.includes('r') || this.mode.includes('+');
  }

  $writable(): boolean {
    return !this.mode.startsWith('r') || this.mode.includes('+');
  }

  $__repr__(): string {
    return `<_io.FileIO name=${shownName(this.name)} mode='${this.mode}' closefd=${this.closefd ? 'True' : 'False'}>`;
  }
}

/** A type of the `_io` module: a C type in CPython, so messages name it with its module ('_io.TextIOWrapper'). */
function ioType(spec: Omit<BuiltinSpec, 'module'>): PyType {
  const type = builtinType({ ...spec, module: '_io' });
  type[META].messageName = `_io.${spec.name}`;
  return type;
}

ioType({ name: 'TextIOWrapper', proto: TextStream.prototype });
ioType({ name: 'BufferedReader', proto: StdinBuffer.prototype });
ioType({ name: 'BufferedWriter', proto: StdoutBuffer.prototype });

export const stdout = new TextStream('<stdout>', 1, 'w');
export const stderr = new TextStream('<stderr>', 2, 'w');
export const stdin = new TextStream('<stdin>', 0, 'r');

/** What print() writes to by default: sys.stdout, which programs may replace. */
export let currentStdout: unknown = stdout;
export let currentStderr: unknown = stderr;
// A stdin closed at start (`prog <&-`) is not told apart: Node reopens the descriptor on
// /dev/null read-write before the program runs, just as a parent's `subprocess.DEVNULL` opens it,
// so it reads as an empty stdin (CPython would make sys.stdin None).
export let currentStdin: unknown = stdin;

export function setStdout(x: unknown): void {
  currentStdout = x;
}

/**
 * Flush a sys.stdout / sys.stderr the program replaced (a Python text stream collects its
 * writes), as CPython does when it ends.
 */
function flushReplacedStreams(): void {
  for (const s of [currentStdout, currentStderr]) {
    if (s === stdout || s === stderr) continue;
    const flush = (s as { $flush?: () => unknown } | null)?.$flush;
    try {
      if (typeof flush === 'function') flush.call(s);
    } catch {
      /* CPython ignores a stream that fails to flush at exit */
    }
  }
}
/**
 * Write what the end of the program reports (a traceback, sys.exit's message) to the current
 * sys.stderr, as CPython does: a file or sys.stdout the program put there gets it. With no
 * sys.stderr it is dropped; a replacement that fails to take it sends it to descriptor 2.
 */
export function writeStderrText(text: string): void {
  const err = currentStderr;
  if (err === null) return;
  if (err === stderr || err === undefined) {
    flushStdout();
    writeAll(2, text);
    return;
  }
  try {
    const write = methodOf(err, 'write');
    if (write === undefined) throw new Error('no write');
    write.call(err, text);
    methodOf(err, 'flush')?.call(err);
  } catch {
    writeAll(2, text);
  }
}

/** Whether `e` is the BrokenPipeError of a write to a pipe nobody reads. */
export function isBrokenPipe(e: unknown): boolean {
  return isPyException(e) && (e as { $errno?: unknown }).$errno === 32;
}

/**
 * Write out stdout at the program's end. A reader that has gone (`prog | head -1`) makes this
 * fail as CPython's final flush fails: the error is reported as ignored and the status is 120.
 */
export function flushStdoutAtExit(status: number): number {
  try {
    flushStdoutOrRaise();
    return status;
  } catch (e) {
    if (!isBrokenPipe(e)) throw e;
    try {
      writeStderrText(`Exception ignored in: ${stdout.$__repr__()}\nBrokenPipeError: [Errno 32] Broken pipe\n`);
    } catch {
      /* stderr is gone too */
    }
    return 120;
  }
}

export function setStderr(x: unknown): void {
  currentStderr = x;
}
export function setStdin(x: unknown): void {
  currentStdin = x;
}

// ---------------------------------------------------------------------------------------------
// open()

/** The OSError (subclass by errno, with errno, strerror and filename) for a node:fs error. */
function osError(e: unknown, path: string | number): never {
  const code = (e as { code?: string }).code;
  const errno = code === undefined ? undefined : (nodeModule('os').constants.errno as Record<string, number>)[code];
  if (errno === undefined) return raise('OSError', String((e as Error).message ?? e));
  // A descriptor is no file name: the error then has none.
  if (typeof path === 'number') return throwPy(makeExc('OSError', errno, STRERROR[code!] ?? code));
  return throwPy(makeExc('OSError', errno, STRERROR[code!] ?? code, path));
}

/** A text file's `newline` argument: null is universal newlines (read '\r\n' and '\r' as '\n'). */
type Newline = null | '' | '\n' | '\r' | '\r\n';

/** The `newline` argument of open() checked as CPython checks it. */
function checkNewline(newline: unknown, binary: boolean): Newline {
  if (newline === undefined || newline === null) return null;
  if (typeof newline !== 'string') raise('TypeError', `open() argument 'newline' must be str or None, not ${typeNameOf(newline)}`);
  if (binary) raise('ValueError', "binary mode doesn't take a newline argument");
  if (newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') {
    raise('ValueError', `illegal newline value: ${newline}`);
  }
  return newline;
}

// The kinds of line ending a text file has shown, as bits, for `f.newlines`.
const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/** The line-ending kinds in `text`. */
function newlineKinds(text: string): number {
  if (!text.includes('\r')) return text.includes('\n') ? SEEN_LF : 0;
  let seen = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    seen |= text.charCodeAt(i + 1) === 10 ? SEEN_CRLF : SEEN_CR;
  }
  // A '\n' not preceded by '\r' is a lone line feed.
  for (let i = text.indexOf('\n'); i >= 0 && (seen & SEEN_LF) === 0; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13) seen |= SEEN_LF;
  }
  return seen;
}

/** `f.newlines`: None, one ending, or a tuple of them in CPython's order. */
function newlinesValue(seen: number): unknown {
  const kinds: string[] = [];
  if (seen & SEEN_CR) kinds.push('\r');
  if (seen & SEEN_LF) kinds.push('\n');
  if (seen & SEEN_CRLF) kinds.push('\r\n');
  if (kinds.length === 0) return null;
  return kinds.length === 1 ? kinds[0] : tuple(kinds);
}

/**
 * The end (exclusive) of the line starting at `pos` of text read with `newline`: universal text is
 * already translated, so it and '\n' end at '\n'; '' ends at '\n', '\r' or '\r\n'; '\r' and '\r\n'
 * end only at themselves.
 */
function textLineEnd(text: string, pos: number, newline: Newline): number {
  if (newline === null || newline === '\n' || newline === '\r') {
    const at = text.indexOf(newline ?? '\n', pos);
    return at < 0 ? text.length : at + 1;
  }
  if (newline === '\r\n') {
    const at = text.indexOf('\r\n', pos);
    return at < 0 ? text.length : at + 2;
  }
  for (let i = pos; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * A size argument that may be None (read, readlines, and every binary reader): -1 when absent or
 * None, otherwise an integer.
 */
function optionalSize(size: unknown): number {
  if (size === undefined || size === null) return -1;
  return toSsize(size, (t) => `argument should be integer or None, not '${t}'`);
}

/** The code unit index `count` code points (at most) after `pos`, stopping at `end`. */
function advanceCodePoints(text: string, pos: number, count: number, end: number): number {
  let at = pos;
  for (let k = 0; k < count && at < end; k++) {
    const c = text.charCodeAt(at);
    at += c >= 0xd800 && c <= 0xdbff && at + 1 < end ? 2 : 1;
  }
  return at;
}

/** The number of code points in `text`. */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The length of a line as readlines' hint counts it: characters or bytes. */
function lineLength(line: unknown): number {
  return typeof line === 'string' ? codePointCount(line) : (line as PyBytes).b.length;
}

/**
 * What CPython reads a text file in: a decoding error is met when the chunk holding the bad byte
 * is read, so the lines of the chunks before it read normally.
 */
const TEXT_CHUNK = 8192;

/** Whether `text` has a surrogate (a lone one cannot be written as UTF-8 by the fast path). */
const SURROGATE = /[\ud800-\udfff]/;

/** The offset of the first byte of `raw` that is not valid UTF-8 (its length if all are). */
function firstBadUtf8(raw: Uint8Array): number {
  const escaped = decodeAs(raw, 'utf-8', 'surrogateescape');
  const at = escaped.search(/[\udc80-\udcff]/u);
  return at < 0 ? raw.length : Buffer.byteLength(escaped.slice(0, at), 'utf8');
}

/**
 * The length of an unfinished UTF-8 sequence ending `raw` (0 if none): a decoder reading in
 * chunks holds it back until the end of the file, and only then fails on it.
 */
function unfinishedTail(raw: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, raw.length); back++) {
    const lead = raw[raw.length - back]!;
    if ((lead & 0xc0) === 0x80) continue;
    const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
    if (back >= need) return 0;
    if (back >= 2) {
      // The second byte's range depends on the first (no overlong forms, surrogates or values past U+10FFFF).
      const second = raw[raw.length - back + 1]!;
      const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < lo || second > hi) return 0;
    }
    return back;
  }
  return 0;
}

/**
 * Raise the error decoding `bytes` as UTF-8 raises, as a decoder reading them bit by bit meets it:
 * an unfinished sequence at the end fails on its own (positions counted from it).
 */
function raiseDecodingInPieces(bytes: Uint8Array, errors: string): never {
  const tail = unfinishedTail(bytes);
  if (tail > 0) {
    decodeAs(bytes.subarray(0, bytes.length - tail), 'utf-8', errors);
    decodeAs(bytes.subarray(bytes.length - tail), 'utf-8', errors);
  }
  decodeAs(bytes, 'utf-8', errors);
  return raise('SystemError', 'decoding error expected');
}

/** A file opened by open(): whole-content reads, buffered writes. */
export class PyFile {
  closed = false;
  /** Read side: decoded text (text mode) or bytes. */
  private text = '';
  /** A text file's bytes until the first read decodes them (a decoding error is the read's, as in CPython). */
  private undecoded: Buffer | null = null;
  /**
   * A text file open for reading only: all its bytes, the byte offset `text` was decoded from (a
   * seek decodes again from the cookie, which is a byte offset), the decoded text before newline
   * translation (null when translation changed nothing), and the last position tell() measured,
   * so that calling it after every line costs only the text read since.
   */
  private fileBytes: Buffer | null = null;
  private textBase = 0;
  private untranslated: string | null = null;
  private tellMark: TellMark = { pos: 0, raw: 0, bytes: 0 };
  /** False while a text file is iterated with next(): tell() then refuses, as CPython's does. */
  private telling = true;
  /**
   * Where CPython's reader would stand, for the cookie tell() gives: nothing read since the open
   * or seek, inside the first chunk of bytes it decoded, past it (the end reached), or with the
   * decoder's snapshot forgotten or empty (a whole read(), or a read that found the end).
   */
  private phase: 'fresh' | 'chunk' | 'end' | 'plain' = 'fresh';
  private chunkModel: ChunkModel | null = null;
  private data: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Where a binary file's read buffer was last filled from after a seek (what peek() shows). */
  private peekBase = 0;
  /** Write side. */
  private pending: (string | Uint8Array)[] = [];
  private fd = -1;
  /** Bytes written so far (write-only modes; an appending file starts at its size): what tell() says. */
  private written = 0;
  /** Whether close() closes the descriptor (open()'s closefd; False only for a descriptor given). */
  closefd = true;
  /**
   * A file open for reading and writing ('+') is held whole in `buf` (its first `size` bytes), read
   * and written at the byte position `pos`; flush writes the changed range [dirtyStart, dirtyEnd).
   */
  private plus: PlusBuffer | null = null;
  /** Text mode: how lines end on reading and what a written '\n' becomes. */
  newline: Newline = null;
  /** The line-ending kinds of the read text (universal and '' modes), shown once reading starts. */
  private seenNewlines = 0;
  private readStarted = false;
  /**
   * Text mode: the codec of a file whose encoding is not UTF-8 (null: UTF-8), its error handler,
   * and whether the byte order mark has been written (a file appended to already has one).
   */
  private codec: TextCodec | null = null;
  private errors = 'strict';
  private bomWritten = false;
  /**
   * A UTF-8 text file whose bytes fail to decode from `start` on: `text` holds what decoded before
   * the chunk with the error, and reading past it decodes the rest again to raise the error.
   */
  private badBytes: { raw: Buffer; cut: number } | null = null;

  constructor(
    readonly name: string | number,
    readonly mode: string,
    readonly binary: boolean,
    readonly readable: boolean,
    readonly writable: boolean,
    readonly encoding: string,
  ) {}

  open(kind: 'r' | 'w' | 'a' | 'x'): void {
    try {
      if (this.readable && this.writable) {
        const flags = kind === 'r' ? 'r+' : kind === 'w' ? 'w+' : kind === 'a' ? 'a+' : 'wx+';
        this.fd = fs.openSync(this.name as string, flags);
        const raw = kind === 'r' || kind === 'a' ? fs.readFileSync(this.fd) : new Uint8Array(0);
        this.plus = new PlusBuffer(raw, kind === 'a', this.newline);
        openWriters.add(this);
        return;
      }
      if (this.readable) {
        const raw = fs.readFileSync(this.name as string);
        if (this.binary) this.data = new Uint8Array(raw);
        else this.undecoded = this.fileBytes = raw;
      }
      if (this.writable) {
        this.fd = fs.openSync(this.name as string, kind === 'w' ? 'w' : kind === 'a' ? 'a' : 'wx');
        if (kind === 'a') this.written = fs.fstatSync(this.fd).size;
        this.bomWritten = this.written > 0;
        openWriters.add(this);
      }
    } catch (e) {
      osError(e, this.name);
    }
  }

  /**
   * Open on the descriptor `fd` (the file's name): nothing is created or truncated, and the file
   * is read and written from the descriptor's offset on.
   */
  openDescriptor(fd: number, kind: 'r' | 'w' | 'a' | 'x'): void {
    let size: number;
    try {
      size = fs.fstatSync(fd).size;
    } catch (e) {
      return osError(e, fd);
    }
    this.fd = fd;
    try {
      this.loadDescriptor(fd, kind, size);
    } catch (e) {
      // A descriptor open the other way only (reading one open for writing) fails as it is read.
      if ((e as { code?: string }).code === undefined) throw e;
      // The file is gone with the error, and takes its descriptor with it.
      if (this.closefd) {
        fs.closeSync(fd);
        trackedFds.delete(fd);
      }
      osError(e, fd);
    }
  }

  private loadDescriptor(fd: number, kind: 'r' | 'w' | 'a' | 'x', size: number): void {
    const tracked = trackedFds.get(fd);
    const start = tracked?.offset ?? 0;
    if (this.readable && this.writable) {
      this.plus = new PlusBuffer(readRange(fd, 0, size), kind === 'a', this.newline);
      if (kind !== 'a') this.plus.pos = start;
      openWriters.add(this);
      return;
    }
    if (this.readable) {
      // An untracked descriptor (a pipe, a standard stream) is read from where it stands.
      // An empty file is still read once: a descriptor open for writing only fails then.
      if (size === 0 && tracked !== undefined) fs.readSync(fd, Buffer.alloc(1), 0, 1, start);
      const raw = tracked === undefined ? fs.readFileSync(fd) : readRange(fd, start, size);
      if (tracked !== undefined) tracked.offset = Math.max(start, size);
      if (this.binary) this.data = new Uint8Array(raw);
      else this.undecoded = this.fileBytes = raw;
      return;
    }
    this.written = kind === 'a' ? size : start;
    this.bomWritten = this.written > 0;
    openWriters.add(this);
  }

  /**
   * Text mode: the codec and error handler open() was given, looked up once the file is open (an
   * unknown encoding is a LookupError after the file was created, as in CPython).
   */
  setCodec(encoding: unknown, errors: unknown): void {
    if (typeof errors === 'string') this.errors = errors;
    if (this.plus !== null) this.plus.errors = this.errors;
    if (typeof encoding !== 'string') return;
    let codec: TextCodec;
    try {
      codec = textCodec(encoding, 'codecs.open()');
    } catch (e) {
      this.$close();
      throw e;
    }
    this.codec = codec === 'utf-8' ? null : codec;
    if (this.plus !== null && this.codec !== null) this.plus.coder = new StreamCoder(this.codec, this.errors);
  }

  private decodeText(raw: Buffer): string {
    if (this.codec !== null && this.textBase === 0) requireByteOrderMark(raw, this.codec, this.errors);
    if (this.codec !== null) return decodeAs(raw, this.textBase === 0 ? this.codec : this.codecAfterStart(), this.errors);
    try {
      return decodeAs(raw, 'utf-8', this.errors);
    } catch (e) {
      // An unfinished sequence at the end fails only once everything before it was read.
      const tail = unfinishedTail(raw);
      if (tail > 0) {
        try {
          const text = decodeAs(raw.subarray(0, raw.length - tail), 'utf-8', this.errors);
          this.badBytes = { raw, cut: raw.length - tail };
          return text;
        } catch {
          /* an error before the end: as below */
        }
      }
      // The chunks before the one holding the first bad byte read fine; the error comes when a
      // read reaches that chunk (then with the position in it, as CPython reports it).
      const bad = firstBadUtf8(raw);
      let cut = bad - (bad % TEXT_CHUNK);
      // A character split by the chunk boundary belongs to the next chunk.
      for (let k = 0; k < 3 && cut > 0 && (raw[cut]! & 0xc0) === 0x80; k++) cut--;
      if (cut === 0) throw e;
      this.badBytes = { raw, cut };
      return decodeAs(raw.subarray(0, cut), 'utf-8', this.errors);
    }
  }

  /**
   * A read needs text past what decoded: raise the decoding error, positioned in the rest of the
   * file (a whole-file read before any other decodes all of it).
   */
  private failDecoding(wholeFile: boolean): never {
    const { raw, cut } = this.badBytes!;
    decodeAs(raw.subarray(wholeFile ? 0 : cut), 'utf-8', this.errors);
    return raise('SystemError', 'decoding error expected');
  }

  /** A written str as bytes: the first text written at the start of the file gets the byte order mark. */
  private encodeText(text: string): Uint8Array {
    if (text.length === 0) return new Uint8Array(0);
    const first = !this.bomWritten;
    this.bomWritten = true;
    return encodeAs(text, first ? this.codec! : continuedEncoding(this.codec!), this.errors);
  }

  private loadText(): void {
    if (this.undecoded === null) return;
    const text = this.decodeText(this.undecoded);
    this.undecoded = null;
    this.readText(text);
  }

  /** Hold a text file's content, translated to '\n' line ends for universal newlines. */
  private readText(text: string): void {
    if (this.newline === null || this.newline === '') this.seenNewlines = newlineKinds(text);
    const translate = this.newline === null && (this.seenNewlines & (SEEN_CR | SEEN_CRLF)) !== 0;
    this.text = translate ? text.replace(/\r\n?/g, '\n') : text;
    this.untranslated = translate ? text : null;
    this.tellMark = { pos: 0, raw: 0, bytes: this.textBase === 0 ? this.bomLength() : 0 };
  }

  /** The codec of the bytes past a file's start: the byte order the start's mark chose, without a mark. */
  private codecAfterStart(): TextCodec {
    const bytes = this.fileBytes!;
    return bomAt(bytes, bytes.length, this.codec!)?.continued ?? continuedEncoding(this.codec!);
  }

  /** The length of the byte order mark decoding the start of the file took away. */
  private bomLength(): number {
    if (this.codec === null || this.fileBytes === null) return 0;
    return bomAt(this.fileBytes, this.fileBytes.length, this.codec)?.length ?? 0;
  }

  /** How many bytes of the file decoded to `text` (not yet translated). */
  private encodedLength(text: string): number {
    if (this.codec === null && this.errors === 'strict') return Buffer.byteLength(text, 'utf8');
    const codec = this.codec === null ? 'utf-8' : continuedEncoding(this.codec);
    // Escaped bytes go back as they came; text a lossy handler made is measured as written.
    const handler = this.errors === 'surrogateescape' ? 'surrogateescape' : 'surrogatepass';
    try {
      return encodeAs(text, codec, handler).length;
    } catch {
      return Buffer.byteLength(text, 'utf8');
    }
  }

  /**
   * A text file's position as CPython's tell() gives it while its decoder holds nothing back: the
   * byte offset of the next character. Measured on from the last position asked for.
   */
  private textTell(): number | bigint {
    if (this.undecoded !== null) return this.textBase;
    const plain = this.plainTell();
    return this.decoderCookie() ?? plain;
  }

  /** The byte offset of the next character. */
  private plainTell(): number {
    let mark = this.tellMark;
    if (mark.pos > this.pos) mark = { pos: 0, raw: 0, bytes: this.textBase === 0 ? this.bomLength() : 0 };
    const raw = this.untranslated ?? this.text;
    let at = mark.raw;
    if (this.untranslated === null) at = this.pos;
    else {
      // Each '\n' of the translated text is '\r\n', '\r' or '\n' here; everything else is the same.
      for (let k = mark.pos; k < this.pos; k++) {
        at += raw.charCodeAt(at) === 13 && raw.charCodeAt(at + 1) === 10 ? 2 : 1;
      }
    }
    const bytes = mark.bytes + this.encodedLength(raw.slice(mark.raw, at));
    this.tellMark = { pos: this.pos, raw: at, bytes };
    return this.textBase + bytes;
  }

  /**
   * The first chunk's characters as CPython's decoder meets them: code points, the byte offset each
   * ends at, the byte order mark before them, and the '\r\n' pairs before each index (null when
   * the decoder's steps cannot be followed: a file longer than one chunk, or a lenient handler).
   */
  private firstChunk(): ChunkModel | null {
    if (this.chunkModel !== null) return this.chunkModel;
    const length = this.fileBytes!.length - Math.min(this.textBase, this.fileBytes!.length);
    if (length > TEXT_CHUNK || this.badBytes !== null || this.errors !== 'strict') return null;
    const raw = this.untranslated ?? this.text;
    const cps: number[] = [];
    for (const ch of raw) cps.push(ch.codePointAt(0)!);
    const bom = this.textBase === 0 ? this.bomLength() : 0;
    const ends = new Int32Array(cps.length);
    const pairs = new Int32Array(cps.length + 1);
    let at = bom;
    for (let k = 0; k < cps.length; k++) {
      const cp = cps[k]!;
      at += this.codec === null ? (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4) : this.encodedLength(String.fromCodePoint(cp));
      ends[k] = at;
      pairs[k + 1] = pairs[k]! + (k > 0 && cps[k - 1] === 13 && cp === 10 ? 1 : 0);
    }
    if (at !== length) return null;
    this.chunkModel = { cps, ends, bom, pairs, length };
    return this.chunkModel;
  }

  /**
   * What decoding the first `k` bytes of the chunk gives, as CPython's newline decoder over the
   * codec's decoder does: the characters put out, the bytes of an unfinished character kept, and
   * whether a final '\r' is held back (it may begin a '\r\n').
   */
  private decodedPrefix(model: ChunkModel, k: number): { n: number; kept: number; held: boolean } {
    if (k < model.bom) return { n: 0, kept: k, held: false };
    let lo = 0;
    let hi = model.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (model.ends[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    const whole = lo;
    const kept = k - (whole > 0 ? model.ends[whole - 1]! : model.bom);
    const held = whole > 0 && model.cps[whole - 1] === 13;
    const out = held ? whole - 1 : whole;
    return { n: this.newline === null ? out - model.pairs[out]! : out, kept, held };
  }

  /**
   * The cookie CPython's tell() builds when the plain byte offset does not describe its decoder:
   * it searches back from an estimate (bytes per character of the chunk) for a point where the
   * decoder holds nothing, then feeds bytes one at a time; a held '\r' ends up in the cookie as
   * decoder flags, bytes to feed and characters to skip. Null when the offset is the answer.
   */
  private decoderCookie(): bigint | null {
    if (this.newline !== null && this.newline !== '') return null;
    if (this.phase === 'fresh' || this.phase === 'plain') return null;
    const model = this.firstChunk();
    if (model === null) return null;
    const end = this.textBase + model.length;
    if (this.phase === 'end') {
      // The '\r' that ended the file came out of the final decode: it is fed again from the end.
      const held = model.cps.length > 0 && model.cps[model.cps.length - 1] === 13;
      return held && this.pos === this.text.length ? packCookie(end, 1, 0, 1, true) : null;
    }
    let toSkip = codePointCount(this.text.slice(0, this.pos));
    if (toSkip === 0) return null;
    const whole = this.decodedPrefix(model, model.length);
    const ratio = whole.n > 0 ? model.length / whole.n : 0;
    let skip = Math.trunc(ratio * toSkip);
    let back = 1;
    let flags = 0;
    let found = false;
    while (skip > 0) {
      const d = this.decodedPrefix(model, skip);
      if (d.n <= toSkip) {
        if (d.kept === 0) {
          flags = d.held ? 1 : 0;
          toSkip -= d.n;
          found = true;
          break;
        }
        skip -= d.kept;
        back = 1;
      } else {
        skip -= back;
        back *= 2;
      }
    }
    if (!found) skip = 0;
    let start = skip;
    if (toSkip === 0) return flags === 0 ? null : packCookie(this.textBase + start, flags, 0, 0, false);
    let fed = 0;
    let decoded = 0;
    let before = this.decodedPrefix(model, skip).n;
    let k = skip;
    for (; k < model.length; k++) {
      const d = this.decodedPrefix(model, k + 1);
      decoded += d.n - before;
      before = d.n;
      fed++;
      if (d.kept === 0 && decoded <= toSkip) {
        start += fed;
        toSkip -= decoded;
        flags = d.held ? 1 : 0;
        fed = 0;
        decoded = 0;
      }
      if (decoded >= toSkip) break;
    }
    const ranOut = k === model.length;
    if (ranOut) decoded += whole.held ? 1 : 0;
    if (flags === 0 && fed === 0 && toSkip === 0 && !ranOut) return null;
    return packCookie(this.textBase + start, flags, fed, toSkip, ranOut);
  }

  /** seek() to a cookie tell() built with decoder state: the held '\r' is read again, then characters skipped. */
  private seekCookie(cookie: bigint): bigint {
    const start = Number(cookie & 0xffffffffffffffffn);
    const flags = Number((cookie >> 64n) & 0xffffffffn);
    const toSkip = Number((cookie >> 128n) & 0xffffffffn);
    const crWidth = this.codec === null ? 1 : this.encodedLength('\r');
    this.textSeek((flags & 1) !== 0 ? Math.max(0, start - crWidth) : start);
    this.loadText();
    this.pos = advanceCodePoints(this.text, 0, toSkip, this.text.length);
    this.phase = 'chunk';
    return cookie;
  }

  /** Go to the byte offset `cookie` of a text file open for reading: the rest is decoded from there when read. */
  private textSeek(cookie: number): number {
    const bytes = this.fileBytes!;
    this.phase = 'fresh';
    this.chunkModel = null;
    this.textBase = cookie;
    this.undecoded = bytes.subarray(Math.min(cookie, bytes.length));
    this.text = '';
    this.untranslated = null;
    this.badBytes = null;
    this.pos = 0;
    this.tellMark = { pos: 0, raw: 0, bytes: 0 };
    return cookie;
  }

  protected check(op = ''): void {
    if (this.closed) raise('ValueError', this.closedMessage(op));
  }

  /** What a binary file says to a read or write it was not opened for: a raw file (FileIO) says it in words. */
  private refusal(op: 'read' | 'write'): string {
    if (!(this instanceof RawFile)) return op;
    return op === 'read' ? 'File not open for reading' : 'File not open for writing';
  }

  /** Whether this is a buffered binary file lacking an ability (`can` false), which it reports before being closed. */
  protected bufferedWithout(can: boolean): boolean {
    return !can && this.binary && !(this instanceof RawFile);
  }

  /**
   * What using a closed file for `op` says: a text file always the same; a binary file's message
   * comes from its buffered layer (naming the operation) or from its raw file.
   */
  private closedMessage(op: string): string {
    const plain = 'I/O operation on closed file';
    if (!this.binary || op === '' || op === 'readlines') return plain + '.';
    if (this instanceof RawFile) return op === 'flush' ? plain + '.' : plain;
    switch (op) {
      case 'tell':
        return plain;
      case 'flush':
        return this.writable ? 'flush of closed file' : plain + '.';
      case 'write':
        return 'write to closed file';
      default:
        return `${op} of closed file`;
    }
  }

  $read(size?: unknown): unknown {
    // A buffered binary file that cannot read says so before it says it is closed.
    if (this.bufferedWithout(this.readable)) unsupported('read');
    this.check('read');
    if (!this.readable) unsupported(this.binary ? this.refusal('read') : 'not readable');
    const n = optionalSize(size);
    if (this.binary && n < -1) raise('ValueError', 'read length must be non-negative or -1');
    if (this.plus !== null) return this.binary ? new PyBytes(this.plus.readBytes(n)) : this.plus.readText(n);
    const first = !this.readStarted;
    this.readStarted = true;
    if (this.binary) {
      const end = n < 0 ? this.data.length : Math.min(this.data.length, this.pos + n);
      const out = this.data.slice(this.pos, end);
      // A position past the end (a seek there) stays where it is.
      this.pos = Math.max(this.pos, end);
      return new PyBytes(out);
    }
    this.loadText();
    if (n < 0) {
      if (this.badBytes !== null) this.failDecoding(first);
      const out = this.text.slice(this.pos);
      this.pos = this.text.length;
      this.phase = 'plain';
      return out;
    }
    const end = advanceCodePoints(this.text, this.pos, n, this.text.length);
    if (this.badBytes !== null && end === this.text.length && codePointCount(this.text.slice(this.pos)) < n) {
      this.failDecoding(false);
    }
    const out = this.text.slice(this.pos, end);
    // More wanted than the first chunk's text holds: CPython has read on to the end.
    const firstEnd = this.firstChunkEnd();
    const pastFirst = end > firstEnd || (end === firstEnd && codePointCount(out) < n);
    this.advancePhase(pastFirst);
    // Asking for more than the file has makes CPython read past the end, which empties its snapshot.
    if (n > 0 && codePointCount(out) < n) this.phase = 'plain';
    this.pos = end;
    return out;
  }

  /**
   * BufferedReader.peek: the bytes CPython's buffer holds from the position on, not consumed. Its
   * buffer is refilled a block at a time from where the last seek outside it landed, so what one
   * peek shows ends at the next block boundary counted from there (or at the end of the file). A
   * file open for writing too (BufferedRandom) drops its buffer first, and shows a whole block.
   */
  protected peekBytes(): PyBytes {
    this.check('peek');
    if (this.plus !== null) {
      const at = Math.min(this.plus.pos, this.plus.size);
      return new PyBytes(this.plus.buf.slice(at, Math.min(this.plus.size, at + PEEK_BLOCK_SIZE)));
    }
    const windowEnd = this.peekBase + (Math.floor((this.pos - this.peekBase) / PEEK_BLOCK_SIZE) + 1) * PEEK_BLOCK_SIZE;
    return new PyBytes(this.data.slice(Math.min(this.pos, this.data.length), Math.min(this.data.length, windowEnd)));
  }

  /** A binary seek to `target` keeps the buffer when it lands inside the block the position is in. */
  private seekMovesBuffer(target: number): void {
    const windowStart = this.peekBase + Math.floor((this.pos - this.peekBase) / PEEK_BLOCK_SIZE) * PEEK_BLOCK_SIZE;
    if (target < windowStart || target >= windowStart + PEEK_BLOCK_SIZE) this.peekBase = target;
  }

  $readline(size?: unknown): unknown {
    if (this.bufferedWithout(this.readable)) unsupported('read');
    this.check('readline');
    if (!this.readable) unsupported(this.binary ? this.refusal('read') : 'not readable');
    // A text file's readline wants an int (None included is a TypeError); a binary one allows None.
    const limit = this.binary || size === undefined ? optionalSize(size) : toSsize(size);
    if (this.plus !== null) {
      return this.binary ? new PyBytes(this.plus.readBytesLine(limit)) : this.plus.readTextLine(limit);
    }
    if (this.binary) {
      let end = this.data.indexOf(10, this.pos);
      end = end < 0 ? this.data.length : end + 1;
      if (limit >= 0) end = Math.min(end, this.pos + limit);
      const out = this.data.slice(this.pos, end);
      this.pos = Math.max(this.pos, end);
      return new PyBytes(out);
    }
    this.readStarted = true;
    this.loadText();
    let end = textLineEnd(this.text, this.pos, this.newline);
    if (limit >= 0) end = advanceCodePoints(this.text, this.pos, limit, end);
    // A line running into the chunk that failed to decode needs that chunk.
    else if (this.badBytes !== null && end === this.text.length) this.failDecoding(false);
    if (this.badBytes !== null && end === this.text.length && limit >= 0 && codePointCount(this.text.slice(this.pos)) < limit) {
      this.failDecoding(false);
    }
    const out = this.text.slice(this.pos, end);
    // A line the first chunk's text does not end (by a line end or the limit) made CPython read on.
    const firstEnd = this.firstChunkEnd();
    const ended = limit >= 0 ? codePointCount(out) >= limit || this.endsLine(out) : this.endsLine(out);
    this.advancePhase(end > firstEnd || (end === firstEnd && !ended));
    // A last line without a line end made CPython read past the end, which drops its snapshot.
    if (!ended) this.phase = 'plain';
    this.pos = end;
    return out;
  }

  /** Whether `line` ends with a line end of the file's newline mode. */
  private endsLine(line: string): boolean {
    if (this.newline === '\r\n') return line.endsWith('\r\n');
    if (this.newline === '\r') return line.endsWith('\r');
    return line.endsWith('\n') || (this.newline === '' && line.endsWith('\r'));
  }

  /** Note a read in CPython's terms: still inside the first chunk, or past it. */
  private advancePhase(pastFirst: boolean): void {
    if (this.phase === 'end' || this.phase === 'plain') return;
    this.phase = pastFirst ? 'end' : 'chunk';
  }

  /**
   * Where the text of CPython's first chunk ends: a '\r' ending the file is held back by its
   * newline decoder until the end is known (universal newline modes).
   */
  private firstChunkEnd(): number {
    const raw = this.untranslated ?? this.text;
    const held = (this.newline === null || this.newline === '') && raw.endsWith('\r');
    return this.text.length - (held ? 1 : 0);
  }

  /** The lines up to the end, or until their total length passes a positive `hint`. */
  $readlines(hint?: unknown): unknown[] {
    this.check('readlines');
    const limit = optionalSize(hint);
    const out: unknown[] = [];
    let total = 0;
    for (;;) {
      const l = this.$readline();
      if (l === '' || (l instanceof PyBytes && l.b.length === 0)) return out;
      out.push(l);
      if (limit > 0) {
        // CPython stops once a line takes the total past the hint (a total equal to it goes on).
        const n = lineLength(l);
        if (n > limit - total) return out;
        total += n;
      }
    }
  }

  $write(x: unknown): number {
    if (this.bufferedWithout(this.writable)) unsupported('write');
    this.check('write');
    if (!this.writable) unsupported(this.binary ? this.refusal('write') : 'not writable');
    if (this.binary) {
      if (!isBytesLike(x)) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(x)}'`);
      const b = bytesData(x).slice();
      if (this.plus !== null) this.plus.write(b);
      else this.pending.push(b);
      this.written += b.length;
      if (this.layerOf !== null) this.$flush();
      return b.length;
    }
    x = unwrapStr(x);
    if (typeof x !== 'string') raise('TypeError', `write() argument must be str, not ${writtenTypeName(x)}`);
    // What write() returns counts characters (code points), not UTF-16 units.
    const written = SURROGATE.test(x) ? codePointCount(x) : x.length;
    // os.linesep is '\n', so only newline='\r' or '\r\n' changes what is written.
    const out = this.newline === '\r' || this.newline === '\r\n' ? x.replaceAll('\n', this.newline) : x;
    if (this.plus !== null) {
      this.plus.writeText(out);
      return written;
    }
    if (this.codec !== null) {
      const data = this.encodeText(out);
      this.pending.push(data);
      this.written += data.length;
      if (this.pending.length > 1024) this.$flush();
      return written;
    }
    // A surrogate may be a lone one, which only the error handler can write (or refuse to).
    const data = SURROGATE.test(out) ? encodeAs(out, 'utf-8', this.errors) : out;
    this.pending.push(data);
    this.written += typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
    if (this.pending.length > 1024) this.$flush();
    return written;
  }

  $writelines(lines: unknown): null {
    for (const l of iter(lines)) this.$write(l);
    return null;
  }

  $flush(): null {
    this.check('flush');
    const tracked = this.fd >= 0 ? trackedFds.get(this.fd) : undefined;
    if (this.plus !== null) {
      if (this.fd >= 0) this.plus.flushTo(this.fd);
      return null;
    }
    if (this.fd >= 0 && this.pending.length) {
      // A file on the standard descriptors (os.fdopen(1, 'w')) comes after what print() buffered.
      if (this.fd === 1 || this.fd === 2) flushStdout();
      const parts = this.pending;
      this.pending = [];
      if (tracked !== undefined) {
        for (const p of parts) writeTracked(this.fd, tracked, typeof p === 'string' ? Buffer.from(p, 'utf8') : p);
      } else if (parts.every((p) => typeof p === 'string')) writeAll(this.fd, parts.join(''));
      else for (const p of parts) writeAll(this.fd, p);
    }
    return null;
  }

  $close(): null {
    if (this.closed) return null;
    openWriters.delete(this);
    let failure: unknown = null;
    try {
      this.$flush();
    } catch (e) {
      failure = e;
    }
    // The descriptor is closed even when writing out failed; the first error is the one raised.
    try {
      // A descriptor left open stands where the file stood.
      const tracked = trackedFds.get(this.fd);
      if (this.plus !== null && tracked !== undefined) tracked.offset = this.plus.pos;
      if (this.fd >= 0 && this.closefd) {
        trackedFds.delete(this.fd);
        fs.closeSync(this.fd);
      }
    } catch (e) {
      failure ??= e;
    }
    this.closed = true;
    if (failure !== null) {
      if ((failure as { code?: string }).code === undefined) throw failure;
      osError(failure, this.fd);
    }
    return null;
  }

  $seek(offset: unknown, whence?: unknown): number | bigint {
    this.check('seek');
    const o = Number(toIndex(offset));
    const w = whence === undefined ? 0 : Number(toIndex(whence));
    // A text file's positions are opaque cookies: only seeks to one are allowed (TextIOWrapper.seek).
    if (!this.binary) {
      if (w !== 0 && w !== 1 && w !== 2) raise('ValueError', `invalid whence (${w}, should be 0, 1 or 2)`);
      if (o !== 0 && w !== 0) unsupported(`can't do nonzero ${w === 1 ? 'cur' : 'end'}-relative seeks`);
      if (w === 0 && o < 0) raise('ValueError', `negative seek position ${o}`);
      this.telling = true;
    }
    if (this.binary && this.plus === null) this.seekMovesBuffer(w === 0 ? o : w === 1 ? this.pos + o : this.data.length + o);
    if (this.plus !== null) return this.plus.seek(o, w);
    if (this.fileBytes !== null) {
      if (w === 1) return this.textTell();
      if (w === 0 && typeof cookieOf(offset) === 'bigint') return this.seekCookie(cookieOf(offset) as bigint);
      return this.textSeek(w === 2 ? this.fileBytes.length : o);
    }
    if (!this.binary) this.loadText();
    const len = this.binary ? this.data.length : this.text.length;
    const target = w === 0 ? o : w === 1 ? this.pos + o : len + o;
    if (target < 0) throwPy(makeExc('OSError', 22, STRERROR.EINVAL));
    this.pos = target;
    return this.pos;
  }

  $tell(): number | bigint {
    this.check('tell');
    if (!this.telling) raise('OSError', 'telling position disabled by next() call');
    if (this.plus !== null) return this.plus.pos;
    if (this.writable) return this.written;
    if (this.fileBytes !== null) return this.textTell();
    return this.pos;
  }

  $truncate(size?: unknown): number {
    this.check('truncate');
    if (!this.writable) unsupported('truncate');
    if (this.plus === null) {
      this.$flush();
      const n = size === undefined || size === null ? this.written : Number(toIndex(size));
      fs.ftruncateSync(this.fd, n);
      return n;
    }
    return this.plus.truncate(size === undefined || size === null ? this.plus.pos : Number(toIndex(size)));
  }

  $fileno(): number {
    // Every kind of file says this without the final period here.
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    // A file open for reading only was read whole at open: its descriptor is opened when asked
    // for, standing where CPython's buffered reader would (the end, once reading started).
    if (this.fd < 0) {
      try {
        this.fd = fs.openSync(this.name as string, 'r');
      } catch (e) {
        return osError(e, this.name);
      }
      const read = this.readStarted || this.pos > 0;
      trackedFds.set(this.fd, { offset: read ? (this.fileBytes?.length ?? this.data.length) : 0, append: false });
    }
    return this.fd;
  }

  // A closed file refuses these questions only when the answer would be yes (the layer that
  // cannot read or write says no without asking the raw file).
  $readable(): boolean {
    if (this.closed && (this.readable || this instanceof RawFile)) raise('ValueError', 'I/O operation on closed file');
    return this.readable;
  }

  $writable(): boolean {
    if (this.closed && (this.writable || this instanceof RawFile)) raise('ValueError', 'I/O operation on closed file');
    return this.writable;
  }

  /** A regular file can seek (what io.TextIOWrapper asks of the file it wraps). */
  $seekable(): boolean {
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    return true;
  }

  $isatty(): boolean {
    if (this.closed) raise('ValueError', 'I/O operation on closed file');
    return false;
  }

  /**
   * A text file's binary layer (`f.buffer`): a buffered file on the same descriptor. Reading gives
   * the file's bytes from where the text stands at the time it is first asked for; writing goes
   * out after what the text file holds.
   */
  protected byteLayer(): PyFile {
    const cls = this.readable && this.writable ? BufferedRandomFile : this.readable ? BufferedReaderFile : BufferedWriterFile;
    const kind = this.mode.includes('+') ? 'r' : (this.mode.replace(/[bt+]/g, '') as 'r' | 'w' | 'a' | 'x');
    const layer = new cls(this.name, binaryModeName(kind, this.mode.includes('+')), true, this.readable, this.writable, '');
    layer.closefd = false;
    if (this.plus !== null) {
      layer.plus = this.plus;
      layer.fd = this.fd;
      return layer;
    }
    if (this.readable) {
      layer.data = new Uint8Array(this.fileBytes ?? Buffer.alloc(0));
      layer.pos = this.readStarted && this.undecoded === null ? Number(this.plainTell()) : this.textBase;
    }
    if (this.writable) {
      this.$flush();
      layer.fd = this.fd;
      layer.written = this.written;
      layer.layerOf = this;
    }
    return layer;
  }

  /**
   * The text file this is the `buffer` of: its bytes go out as they are written, before what the
   * text file holds, and it closes with the text file.
   */
  layerOf: PyFile | null = null;

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
    if (!this.binary) this.telling = false;
    const l = this.$readline();
    if (l === '' || (l instanceof PyBytes && l.b.length === 0)) {
      this.telling = true;
      stopIteration();
    }
    return l;
  }

  next(): IteratorResult<unknown> {
    if (!this.binary) this.telling = false;
    const l = this.$readline();
    if (l === '' || (l instanceof PyBytes && l.b.length === 0)) {
      this.telling = true;
      return { value: undefined, done: true };
    }
    return { value: l, done: false };
  }

  [Symbol.iterator](): this {
    return this;
  }

  get $closed(): boolean {
    return this.closed;
  }

  get $name(): string | number {
    return this.name;
  }

  get $mode(): string {
    return this.mode;
  }

  /** A text file's encoding, as open() was given it ('UTF-8' by default); a binary file has none. */
  get $encoding(): string | undefined {
    return this.binary ? undefined : this.encoding;
  }

  get $errors(): string | undefined {
    return this.binary ? undefined : this.errors;
  }

  /** The line endings read so far (None before reading, and for a file not read universally). */
  get $newlines(): unknown {
    if (this.plus !== null) return this.plus.newlines();
    return this.readStarted ? newlinesValue(this.seenNewlines) : null;
  }

  $__repr__(): string {
    return `<_io.TextIOWrapper name=${shownName(this.name)} mode='${this.mode}' encoding='${this.encoding}'>`;
  }
}

/** A file's name as its repr shows it: a path quoted, a descriptor as the number. */
function shownName(name: string | number): string {
  return typeof name === 'number' ? String(name) : `'${name}'`;
}

/** The bytes [start, end) of the file open on `fd`, read at their offsets. */
function readRange(fd: number, start: number, end: number): Buffer {
  const out = Buffer.alloc(Math.max(0, end - start));
  let got = 0;
  while (got < out.length) {
    const n = fs.readSync(fd, out, got, out.length - got, start + got);
    if (n === 0) break;
    got += n;
  }
  return out.subarray(0, got);
}

/** Write `data` at a tracked descriptor's offset (its end when it appends), moving the offset on. */
function writeTracked(fd: number, tracked: TrackedFd, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) {
    off += fs.writeSync(fd, data, off, data.length - off, tracked.append ? null : tracked.offset + off);
  }
  tracked.offset = tracked.append ? fs.fstatSync(fd).size : tracked.offset + data.length;
}

/** A file opened in text mode. */
class TextFile extends PyFile {
  private layer: PyFile | null = null;

  override $close(): null {
    try {
      return super.$close();
    } finally {
      if (this.layer !== null) this.layer.closed = true;
    }
  }

  get $buffer(): PyFile {
    this.layer ??= this.byteLayer();
    return this.layer;
  }

  get $line_buffering(): boolean {
    return false;
  }

  get $write_through(): boolean {
    return false;
  }
}

/** The first chunk of a text file as tell() models CPython's decoding of it (see PyFile.firstChunk). */
interface ChunkModel {
  cps: number[];
  ends: Int32Array;
  bom: number;
  pairs: Int32Array;
  length: number;
}

/** CPython's text position cookie: start byte, decoder flags, bytes to feed, characters to skip, end-of-input flag. */
function packCookie(start: number, flags: number, feed: number, skip: number, eof: boolean): bigint {
  return BigInt(start) | (BigInt(flags) << 64n) | (BigInt(feed) << 96n) | (BigInt(skip) << 128n) | (eof ? 1n << 160n : 0n);
}

/** A seek() argument as an int: a large one (a composite cookie) stays a bigint. */
function cookieOf(offset: unknown): number | bigint {
  const v = toIndex(offset) as unknown;
  return typeof v === 'bigint' && v >= 1n << 64n ? v : Number(v);
}

/** A point of a text file read for tell(): its index in the translated text, in the text before translation, and in bytes from the text's start. */
interface TellMark {
  pos: number;
  raw: number;
  bytes: number;
}

/** The block a file's read buffer is filled by: CPython's, st_blksize on the usual file systems. */
const PEEK_BLOCK_SIZE = 4096;

/** A file opened in binary mode: bytes, and reads into a caller's buffer. */
class BinaryFile extends PyFile {
  /** Read up to len(b) bytes into the writable bytes-like `b`; the count read. */
  $readinto(b: unknown): number {
    if (this.bufferedWithout(this.readable)) unsupported('read');
    this.check('readinto');
    const writable = b instanceof PyByteArray || (b instanceof PyMemoryView && !(b.obj instanceof PyBytes));
    if (!writable) raise('TypeError', `readinto() argument must be read-write bytes-like object, not ${typeNameOf(b)}`);
    const target = bytesData(b);
    const got = this.$read(target.length) as PyBytes;
    target.set(got.b);
    return got.b.length;
  }

  $read1(size?: unknown): unknown {
    if (this.bufferedWithout(this.readable)) unsupported('read1');
    return this.$read(size);
  }

  override $__repr__(): string {
    return `<_io.${typeOf(this)[META].name} name=${shownName(this.name)}>`;
  }
}

/** The buffered binary files open() returns, by what they can do; `raw` is the FileIO under them. */
class BufferedFile extends BinaryFile {
  get $raw(): RawStdio {
    const fd = this.$fileno();
    return new RawStdio(fd, this.name, this.mode.replace('b', '') + 'b', this.closefd);
  }
}
class BufferedReaderFile extends BufferedFile {
  /** peek(size=0): the buffered bytes ahead (at least one unless at the end), not consumed. */
  $peek(size?: unknown): PyBytes {
    if (size !== undefined) toSsize(size);
    return this.peekBytes();
  }
}
class BufferedWriterFile extends BufferedFile {}
class BufferedRandomFile extends BufferedFile {
  $peek(size?: unknown): PyBytes {
    if (size !== undefined) toSsize(size);
    return this.peekBytes();
  }
}

/** A binary file opened with buffering=0. */
class RawFile extends BinaryFile {
  get $closefd(): boolean {
    return this.closefd;
  }

  /** readall(): the rest of the file, as read(-1). */
  $readall(): unknown {
    this.check('readall');
    // FileIO.readall reads the descriptor without asking the mode first: the OS refuses it.
    if (!this.readable) throwPy(makeExc('OSError', 9, STRERROR.EBADF));
    return this.$read();
  }

  override $__repr__(): string {
    if (this.closed) return '<_io.FileIO [closed]>';
    return `<_io.FileIO name=${shownName(this.name)} mode='${this.mode}' closefd=${this.closefd ? 'True' : 'False'}>`;
  }
}

const ioBaseType = ioType({ name: '_IOBase', proto: PyFile.prototype });
const textIoType = ioType({ name: 'TextIOWrapper', proto: TextFile.prototype, base: ioBaseType });
const bufferedIoType = ioType({ name: '_BufferedIOBase', proto: BinaryFile.prototype, base: ioBaseType });
const fileTypes = {
  TextIOWrapper: textIoType,
  BufferedReader: ioType({ name: 'BufferedReader', proto: BufferedReaderFile.prototype, base: bufferedIoType }),
  BufferedWriter: ioType({ name: 'BufferedWriter', proto: BufferedWriterFile.prototype, base: bufferedIoType }),
  BufferedRandom: ioType({ name: 'BufferedRandom', proto: BufferedRandomFile.prototype, base: bufferedIoType }),
  FileIO: ioType({ name: 'FileIO', proto: RawFile.prototype, base: bufferedIoType }),
};
ioType({ name: 'FileIO', proto: RawStdio.prototype });

/** The types of the files open() returns, for the `_io` module. */
export function populateFileTypes(mod: Record<string, unknown>): void {
  for (const [name, type] of Object.entries(fileTypes)) mod['$' + name] = type;
}

/** The open(2) flags FileIO gives an opener for a mode (Linux values; O_CLOEXEC always). */
function openerFlags(kind: 'r' | 'w' | 'a' | 'x', plus: boolean): number {
  const [O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_CLOEXEC] = [1, 2, 0o100, 0o200, 0o1000, 0o2000, 0o2000000];
  let flags = kind === 'r' ? 0 : kind === 'w' ? O_WRONLY | O_CREAT | O_TRUNC : kind === 'a' ? O_WRONLY | O_CREAT | O_APPEND : O_WRONLY | O_CREAT | O_EXCL;
  if (plus) flags = (flags & ~O_WRONLY) | O_RDWR;
  return flags | O_CLOEXEC;
}

/** open(name, opener=...): the descriptor `opener(name, flags)` returns, which the file then owns. */
function descriptorFromOpener(opener: unknown, name: unknown, kind: 'r' | 'w' | 'a' | 'x', plus: boolean): number {
  const got = callable(opener)(name, openerFlags(kind, plus));
  const isInt = (typeof got === 'number' && Number.isInteger(got)) || typeof got === 'bigint' || typeof got === 'boolean';
  if (!isInt) raise('TypeError', 'expected integer from opener');
  const fd = Number(got);
  if (fd < 0) raise('ValueError', `opener returned ${fd}`);
  return fd;
}

/** The class of the file open() returns for a mode. */
function fileClass(binary: boolean, readable: boolean, writable: boolean, raw: boolean): typeof PyFile {
  if (!binary) return TextFile;
  if (raw) return RawFile;
  return readable && writable ? BufferedRandomFile : readable ? BufferedReaderFile : BufferedWriterFile;
}

/** The codec that goes on writing a stream `codec` began: a byte order mark is written once, at the start. */
function continuedEncoding(codec: TextCodec): TextCodec {
  return typeof codec === 'string' && codec.startsWith('utf-') ? withoutBom(codec as WideCodec) : codec;
}

/**
 * A file read as 'utf-16' or 'utf-32' goes through the incremental decoder, which (unlike
 * bytes.decode) keeps no default byte order: without a byte order mark it decodes the whole code
 * units it has as little-endian, so a bad one fails as such, and then refuses the stream.
 */
function requireByteOrderMark(bytes: Uint8Array, codec: TextCodec, errors: string): void {
  if (codec !== 'utf-16' && codec !== 'utf-32') return;
  const unit = codec === 'utf-16' ? 2 : 4;
  if (bytes.length < unit || bomAt(bytes, bytes.length, codec) !== null) return;
  let whole = bytes.length - (bytes.length % unit);
  // A high surrogate at the end waits for its pair rather than failing.
  if (unit === 2 && bytes[whole - 1]! >= 0xd8 && bytes[whole - 1]! <= 0xdb) whole -= 2;
  decodeAs(bytes.subarray(0, whole), codec === 'utf-16' ? 'utf-16-le' : 'utf-32-le', errors);
  raise('UnicodeError', `${codec.toUpperCase()} stream does not start with BOM`);
}

/** The byte order marks a stream may begin with, and the order they choose for what follows. */
function bomAt(bytes: Uint8Array, size: number, codec: TextCodec): { length: number; continued: TextCodec } | null {
  const at = (...mark: number[]): boolean => size >= mark.length && mark.every((m, k) => bytes[k] === m);
  if (codec === 'utf-8-sig') return at(0xef, 0xbb, 0xbf) ? { length: 3, continued: 'utf-8' } : null;
  if (codec === 'utf-16') return at(0xff, 0xfe) ? { length: 2, continued: 'utf-16-le' } : at(0xfe, 0xff) ? { length: 2, continued: 'utf-16-be' } : null;
  if (codec === 'utf-32') {
    if (at(0xff, 0xfe, 0, 0)) return { length: 4, continued: 'utf-32-le' };
    return at(0, 0, 0xfe, 0xff) ? { length: 4, continued: 'utf-32-be' } : null;
  }
  return null;
}

/**
 * A '+' text file's codec other than UTF-8, over its bytes: text is decoded from a byte position,
 * and what a read took is measured in bytes by encoding it again.
 */
class StreamCoder {
  constructor(readonly codec: TextCodec, readonly errors: string) {}

  /** The text of bytes [pos, size): from the start a byte order mark is read, further on the order it chose holds. */
  decode(bytes: Uint8Array, size: number, pos: number): string {
    const rest = bytes.subarray(pos, size);
    if (pos === 0) return decodeAs(rest, this.codec, this.errors);
    const bom = bomAt(bytes, size, this.codec);
    return decodeAs(rest, bom !== null ? bom.continued : continuedEncoding(this.codec), this.errors);
  }

  /** How many bytes from `pos` the decoded `text` took. */
  byteLength(text: string, bytes: Uint8Array, size: number, pos: number): number {
    const bom = pos === 0 ? bomAt(bytes, size, this.codec) : null;
    return (bom?.length ?? 0) + encodeAs(text, continuedEncoding(this.codec), this.errors).length;
  }

  /** `text` written at byte `pos`: at the start of the file with the byte order mark. */
  encode(text: string, pos: number): Uint8Array {
    return encodeAs(text, pos === 0 ? this.codec : continuedEncoding(this.codec), this.errors);
  }
}

/** The contents of a file open for reading and writing, with one position for both. */
class PlusBuffer {
  buf: Uint8Array;
  size: number;
  pos = 0;
  private diskSize: number;
  private dirtyStart = Infinity;
  private dirtyEnd = 0;

  private readStarted = false;
  /** The codec of a file that is not UTF-8 (null: UTF-8, read and written here directly). */
  coder: StreamCoder | null = null;
  /** The error handler of a UTF-8 file (one in another codec has it in `coder`). */
  errors = 'strict';
  /** Where reading began since the last seek or write: decoding errors count positions from there. */
  private decodeFrom = 0;

  /** Whether the handler decodes so that encoding back with it gives the same bytes. */
  private get exact(): boolean {
    return this.errors === 'strict' || this.errors === 'surrogateescape' || this.errors === 'surrogatepass';
  }
  /** The decoded text from byte `pos` on, as the last read left it (any change drops it). */
  private decodedRest: { pos: number; text: string } | null = null;

  constructor(
    raw: Uint8Array,
    readonly append: boolean,
    readonly newline: Newline,
  ) {
    this.buf = new Uint8Array(Math.max(64, raw.length));
    this.buf.set(raw);
    this.size = this.diskSize = raw.length;
    // 'a+' starts at the end of the file.
    if (append) this.pos = this.size;
  }

  readBytes(n: number): Uint8Array {
    const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
    const out = this.buf.slice(Math.min(this.pos, end), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }

  /** One line of bytes, of at most `limit` bytes when that is not negative. */
  readBytesLine(limit: number): Uint8Array {
    const at = this.buf.subarray(0, this.size).indexOf(10, this.pos);
    const n = at < 0 ? -1 : at + 1 - this.pos;
    return this.readBytes(limit >= 0 && (n < 0 || n > limit) ? limit : n);
  }

  /**
   * UTF-8 bytes [start, end) as text with the file's error handler. Lines are cut at '\r' or
   * '\n' bytes, which no multi-byte sequence holds, so decoding them one by one is decoding the
   * whole; a strict error is raised as decoding from the position on would raise it.
   */
  private utf8(start: number, end: number, whole = false): string {
    const bytes = this.buf.subarray(start, end);
    try {
      return decodeAs(bytes, 'utf-8', this.errors);
    } catch (e) {
      // A whole read decodes the rest at once; reading lines or sizes decodes piece by piece.
      const from = Math.min(this.decodeFrom, this.pos);
      if (whole) decodeAs(this.buf.subarray(this.pos, this.size), 'utf-8', this.errors);
      else raiseDecodingInPieces(this.buf.subarray(from, this.size), this.errors);
      throw e;
    }
  }

  /** The text from the byte position on, decoded. */
  private restText(whole = false): string {
    // A UTF-8 file read with a lenient handler is decoded losslessly here (bad bytes escaped one
    // by one, so byte counts stay exact); what a read returns is then passed through the handler.
    if (this.coder === null) return this.utf8Escaped(this.pos, this.size, whole);
    // Reading on where the last read stopped: the rest of its text (lines read one by one would
    // otherwise decode the rest of the file each time).
    if (this.decodedRest !== null && this.decodedRest.pos === this.pos) return this.decodedRest.text;
    return this.coder.decode(this.buf, this.size, this.pos);
  }

  /** Move the byte position past the first `taken` code units of `rest`, what restText() gave. */
  private consume(rest: string, taken: number): void {
    const text = rest.slice(0, taken);
    if (this.coder === null) {
      this.pos += this.errors === 'strict' ? Buffer.byteLength(text, 'utf8') : encodeAs(text, 'utf-8', this.exact ? this.errors : 'surrogateescape').length;
      return;
    }
    this.pos += this.coder.byteLength(text, this.buf, this.size, this.pos);
    this.decodedRest = { pos: this.pos, text: rest.slice(taken) };
  }

  /** `n` characters (all with n < 0) of text with universal newlines, from the byte position. */
  readText(n: number): string {
    return this.handled(this.readRawText(n));
  }

  /** UTF-8 bytes [start, end) as text, bad bytes escaped unless the handler is strict. */
  private utf8Escaped(start: number, end: number, whole = false): string {
    return this.exact ? this.utf8(start, end, whole) : decodeAs(this.buf.subarray(start, end), 'utf-8', 'surrogateescape');
  }

  /** Text decoded by utf8Escaped() as the file's handler decodes it. */
  private handled(text: string): string {
    if (this.coder !== null || this.exact || !/[\udc80-\udcff]/u.test(text)) return text;
    return decodeAs(encodeAs(text, 'utf-8', 'surrogateescape'), 'utf-8', this.errors);
  }

  private readRawText(n: number): string {
    this.readStarted = true;
    if (this.decodeFrom === Infinity) this.decodeFrom = this.pos;
    if (this.pos >= this.size) return '';
    const rest = this.restText(n < 0);
    const universal = this.newline === null;
    if (n < 0) {
      this.pos = this.size;
      return universal ? rest.replace(/\r\n?/g, '\n') : rest;
    }
    let i = 0;
    let out = '';
    for (let k = 0; k < n && i < rest.length; k++) {
      const c = rest.charCodeAt(i);
      if (c === 13 && universal) {
        out += '\n';
        i += rest.charCodeAt(i + 1) === 10 ? 2 : 1;
      } else {
        const w = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
        out += rest.slice(i, i + w);
        i += w;
      }
    }
    this.consume(rest, i);
    return out;
  }

  /**
   * One line of text, ended as `newline` says (universal newlines read its end as '\n'), of at
   * most `limit` characters when that is not negative.
   */
  readTextLine(limit: number): string {
    const start = this.pos;
    const line = this.readWholeLine();
    if (limit < 0 || codePointCount(line) <= limit) return line;
    // Too long: read again as `limit` characters, which stop inside this line.
    this.pos = start;
    return this.readText(limit);
  }

  private readWholeLine(): string {
    this.readStarted = true;
    if (this.decodeFrom === Infinity) this.decodeFrom = this.pos;
    if (this.coder !== null) return this.readCodedLine();
    if (this.newline !== null) {
      const rest = Buffer.from(this.buf.buffer, this.buf.byteOffset + this.pos, Math.max(0, this.size - this.pos));
      // '\r' and '\n' bytes never occur inside a UTF-8 sequence, so the byte string finds the end.
      const end = textLineEnd(rest.toString('latin1'), 0, this.newline);
      const line = this.handled(this.utf8Escaped(this.pos, this.pos + end));
      this.pos += end;
      return line;
    }
    let end = this.pos;
    while (end < this.size && this.buf[end] !== 10 && this.buf[end] !== 13) end++;
    let next = end;
    if (end < this.size) next = this.buf[end] === 13 && this.buf[end + 1] === 10 && end + 1 < this.size ? end + 2 : end + 1;
    const line = this.handled(this.utf8Escaped(this.pos, end));
    this.pos = next;
    return next > end ? line + '\n' : line;
  }

  /** readTextLine() for a file in another codec than UTF-8: the line is found in the decoded text. */
  private readCodedLine(): string {
    if (this.pos >= this.size) return '';
    const rest = this.restText();
    let end: number;
    if (this.newline !== null) end = textLineEnd(rest, 0, this.newline);
    else {
      end = rest.search(/[\r\n]/);
      end = end < 0 ? rest.length : rest.startsWith('\r\n', end) ? end + 2 : end + 1;
    }
    const line = rest.slice(0, end);
    this.consume(rest, end);
    return this.newline === null ? line.replace(/\r\n?$/, '\n') : line;
  }

  /** `f.newlines` over the whole content, once reading has started (the content is read in one chunk). */
  newlines(): unknown {
    if (!this.readStarted || (this.newline !== null && this.newline !== '')) return null;
    const whole = this.coder !== null
      ? this.coder.decode(this.buf, this.size, 0)
      : Buffer.from(this.buf.buffer, this.buf.byteOffset, this.size).toString('latin1');
    return newlinesValue(newlineKinds(whole));
  }

  /** Write text: UTF-8, or the file's codec (a byte order mark when written at the start). */
  writeText(text: string): void {
    if (this.coder === null) this.write(SURROGATE.test(text) ? encodeAs(text, 'utf-8', this.errors) : Buffer.from(text, 'utf8'));
    else if (text.length !== 0) this.write(this.coder.encode(text, this.append ? this.size : this.pos));
  }

  write(bytes: Uint8Array): void {
    this.decodedRest = null;
    this.decodeFrom = Infinity;
    if (this.append) this.pos = this.size;
    // Writing past the end leaves a hole of zero bytes, as a file does.
    if (this.pos > this.size) this.extendTo(this.pos);
    const end = this.pos + bytes.length;
    this.reserve(end);
    this.buf.set(bytes, this.pos);
    this.dirtyStart = Math.min(this.dirtyStart, this.pos);
    this.dirtyEnd = Math.max(this.dirtyEnd, end);
    this.pos = end;
    this.size = Math.max(this.size, end);
  }

  /** Room in `buf` for `end` bytes. */
  private reserve(end: number): void {
    if (end <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(end, this.buf.length * 2));
    grown.set(this.buf.subarray(0, this.size));
    this.buf = grown;
  }

  /** Grow the contents to `end` bytes with zeros. */
  private extendTo(end: number): void {
    this.reserve(end);
    this.buf.fill(0, this.size, end);
    this.dirtyStart = Math.min(this.dirtyStart, this.size);
    this.dirtyEnd = Math.max(this.dirtyEnd, end);
    this.size = end;
  }

  seek(offset: number, whence: number): number {
    const target = whence === 0 ? offset : whence === 1 ? this.pos + offset : this.size + offset;
    if (target < 0) raise('OSError', '[Errno 22] Invalid argument');
    this.pos = target;
    this.decodeFrom = Infinity;
    return target;
  }

  truncate(n: number): number {
    this.decodedRest = null;
    if (n < this.size) {
      this.size = n;
      this.dirtyEnd = Math.min(this.dirtyEnd, n);
    } else if (n > this.size) {
      this.extendTo(n);
    }
    return n;
  }

  flushTo(fd: number): void {
    let onDisk = this.diskSize;
    if (this.dirtyStart < this.dirtyEnd) {
      const start = this.dirtyStart;
      // An 'a+' file has O_APPEND: every write goes to the file's end, so the file is first cut
      // back to where the changes begin (after a truncate(), that is before the old end).
      if (this.append && start < onDisk) fs.ftruncateSync(fd, start);
      const part = this.buf.subarray(start, this.dirtyEnd);
      let off = 0;
      while (off < part.length) off += fs.writeSync(fd, part, off, part.length - off, this.append ? null : start + off);
      onDisk = this.append ? this.dirtyEnd : Math.max(onDisk, this.dirtyEnd);
    }
    if (this.size < onDisk) fs.ftruncateSync(fd, this.size);
    this.diskSize = this.size;
    this.dirtyStart = Infinity;
    this.dirtyEnd = 0;
  }
}

/** A file argument as a path string: a str, bytes (UTF-8) or an os.PathLike's `__fspath__()`; anything else as it is. */
function pathOf(file: unknown): unknown {
  if (file instanceof PyBytes) return Buffer.from(bytesData(file)).toString('utf8');
  file = unwrapStr(file);
  if (file === null || typeof file !== 'object') return file;
  const m = (file as { $__fspath__?: () => unknown }).$__fspath__;
  if (typeof m !== 'function') return file;
  const r = m.call(file);
  if (strText(r) !== undefined || r instanceof PyBytes) return pathOf(r);
  return raise('TypeError', `expected ${typeNameOf(file)}.__fspath__() to return str or bytes, not ${typeNameOf(r)}`);
}

/** A binary file's `mode` as CPython normalizes it: 'w+b' is 'rb+'. */
function binaryModeName(kind: 'r' | 'w' | 'a' | 'x', plus: boolean): string {
  if (kind === 'x' || kind === 'a') return kind + (plus ? 'b+' : 'b');
  if (plus) return 'rb+';
  return kind + 'b';
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None) */
export function open(
  file: unknown,
  mode: unknown = 'r',
  buffering?: unknown,
  encoding?: unknown,
  errors?: unknown,
  newline?: unknown,
  closefd: unknown = true,
  opener: unknown = null,
): PyFile {
  file = pathOf(file);
  [mode, encoding, errors, newline] = [mode, encoding, errors, newline].map(unwrapStr);
  if (openWriters.size !== 0) flushOpenFiles();
  if (typeof file === 'boolean') file = file ? 1 : 0;
  if (typeof file === 'bigint') file = Number(file);
  if (typeof file !== 'string' && !(typeof file === 'number' && Number.isInteger(file))) {
    raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
  }
  if (typeof mode !== 'string') raise('TypeError', `open() argument 'mode' must be str, not ${typeNameOf(mode)}`);
  const m = mode;
  const bufferSize = buffering === undefined ? -1 : toSsize(buffering);
  // Each mode letter at most once, then the combinations, in the order CPython checks them.
  if (!/^[rwxabt+]*$/.test(m) || new Set(m).size !== m.length) raise('ValueError', `invalid mode: '${m}'`);
  const binary = m.includes('b');
  const plus = m.includes('+');
  if (binary && m.includes('t')) raise('ValueError', "can't have text and binary mode at once");
  const kinds = [...m].filter((c) => c === 'r' || c === 'w' || c === 'a' || c === 'x');
  if (kinds.length > 1) raise('ValueError', 'must have exactly one of create/read/write/append mode');
  const kind = (kinds[0] ?? '') as 'r' | 'w' | 'a' | 'x' | '';
  if (encoding !== undefined && encoding !== null && typeof encoding !== 'string') {
    raise('TypeError', `open() argument 'encoding' must be str or None, not ${typeNameOf(encoding)}`);
  }
  if (errors !== undefined && errors !== null && typeof errors !== 'string') {
    raise('TypeError', `open() argument 'errors' must be str or None, not ${typeNameOf(errors)}`);
  }
  if (binary && encoding !== undefined && encoding !== null) {
    raise('ValueError', "binary mode doesn't take an encoding argument");
  }
  if (binary && errors !== undefined && errors !== null) raise('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== undefined && newline !== null) raise('ValueError', "binary mode doesn't take a newline argument");
  // The raw file's own check, which comes after the ones above.
  if (kind === '') raise('ValueError', 'Must have exactly one of create/read/write/append mode and at most one plus');
  // encoding='locale' is the locale's preferred encoding, always UTF-8 here.
  if (encoding === 'locale') encoding = 'UTF-8';
  const readable = kind === 'r' || plus;
  const writable = kind !== 'r' || plus;
  const FileClass = fileClass(binary, readable, writable, bufferSize === 0);
  const shownMode = binary ? binaryModeName(kind, plus) : m;
  const keepFd = !truthy(closefd);
  if (typeof file === 'string' && keepFd) raise('ValueError', 'Cannot use closefd=False with file name');
  if (typeof file === 'number' && file < 0) raise('ValueError', 'negative file descriptor');
  const f = new FileClass(file, shownMode, binary, readable, writable, typeof encoding === 'string' ? encoding : 'UTF-8');
  f.newline = checkNewline(newline, binary);
  if (typeof file === 'number') {
    f.closefd = !keepFd;
    f.openDescriptor(file, kind);
  } else if (opener !== null && opener !== undefined) {
    f.openDescriptor(descriptorFromOpener(opener, file, kind, plus), kind);
  } else f.open(kind);
  if (bufferSize === 0 && !binary) {
    // The file is opened (and created or truncated) before text mode refuses to be unbuffered.
    f.$close();
    raise('ValueError', "can't have unbuffered text I/O");
  }
  if (!binary) f.setCodec(encoding, errors);
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
  return open(args[0], args[1] ?? 'r', args[2], args[3], args[4], args[5], args[6] ?? true, args[7] ?? null);
};

markMethods(TextStream.prototype);
markMethods(BinaryStream.prototype);
markMethods(StdoutBuffer.prototype);
markMethods(StdinBuffer.prototype);
markMethods(RawStdio.prototype);
markMethods(PyFile.prototype);
markMethods(BinaryFile.prototype);
markMethods(TextFile.prototype);
markMethods(BufferedFile.prototype);
markMethods(BufferedReaderFile.prototype);
markMethods(BufferedRandomFile.prototype);
markMethods(RawFile.prototype);
