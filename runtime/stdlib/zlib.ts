// `_zlib`: the native core of lib/zlib.py (its crc32 is `_binascii`'s, stdlib/binascii.ts).
// Compression runs pako, a port of stock zlib whose deflate writes the same bytes as the zlib
// CPython links, at every level; the zlib Node links is Chromium's fork, whose deflate finds different matches. Decompression runs
// Node's zlib, which reads every stream the same way.
// The argument checks, the objects and the error class are Python (lib/zlib.py); this file only
// moves bytes.
//
// One-shot decompression uses Node's *Sync functions. decompressobj() needs an engine that
// lives across calls, with the flush mode and output room of each call under our control (for
// max_length and unconsumed_tail): Node's public API has no synchronous streaming, so `run` drives
// an engine's handle as Node's own zlibBufferSync does (handle.writeSync, then the engine's
// _writeState for the room left in each buffer), without the close that ends a one-shot call.
// adler32 is computed here (crc32 in stdlib/binascii.ts: Node's zlib.crc32 is newer than the Node
// we support).

import * as pako from 'pako';
import { nodeModule } from '../host.js';
import { bytesFromU8, bytesData, type PyBytes } from '../bytes.js';
import { tuple, type PyTuple } from '../tuple.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';

type Zlib = ReturnType<typeof nodeModule<'zlib'>>;

let zlibModule: Zlib | undefined;
function zlib(): Zlib {
  return (zlibModule ??= nodeModule('zlib'));
}

/** The container a CPython wbits names: zlib (8..15), raw (-15..-8), gzip (24..31), either (40..47). */
type Container = 'zlib' | 'raw' | 'gzip' | 'auto';

function containerOf(wbits: number): [Container, number] {
  if (wbits >= 40) return ['auto', wbits - 32];
  if (wbits >= 24) return ['gzip', wbits - 16];
  if (wbits < 0) return ['raw', -wbits];
  return ['zlib', wbits];
}

/** A zlib failure as ('error', errno, message): lib/zlib.py words it as CPython does. */
function failure(e: unknown): PyTuple {
  const err = e as { errno?: number; message?: string };
  return tuple(['error', err.errno ?? -2, err.message ?? 'inconsistent stream state']);
}

interface EngineOptions {
  level?: number;
  windowBits?: number;
  memLevel?: number;
  strategy?: number;
  dictionary?: Uint8Array;
}

function options(level: number, windowBits: number, memLevel: number, strategy: number, zdict: unknown): EngineOptions {
  const o: EngineOptions = { windowBits };
  if (level !== -2) o.level = level;
  if (memLevel !== -1) o.memLevel = memLevel;
  if (strategy !== -1) o.strategy = strategy;
  if (zdict !== null && zdict !== undefined) o.dictionary = bytesData(zdict);
  return o;
}

/** pako's options for a CPython (level, wbits, memLevel, strategy, zdict). */
function pakoOptions(level: number, wbits: number, memLevel: number, strategy: number, zdict: unknown): pako.DeflateOptions {
  const [container, windowBits] = containerOf(wbits);
  const o: pako.DeflateOptions = { level, windowBits, raw: container === 'raw', gzip: container === 'gzip' };
  if (memLevel !== -1) o.memLevel = memLevel;
  if (strategy !== -1) o.strategy = strategy;
  if (zdict !== null && zdict !== undefined) o.dictionary = bytesData(zdict);
  return o;
}

/** compress(data, level, wbits) → bytes, or a failure tuple. */
function compress(data: unknown, level: number, wbits: number): PyBytes | PyTuple {
  try {
    return bytesFromU8(pako.deflate(bytesData(data), pakoOptions(level, wbits, -1, -1, null)));
  } catch (e) {
    return failure(e);
  }
}

/** decompress(data, wbits) → bytes, or a failure tuple. Data after the end of the stream is ignored. */
function decompress(data: unknown, wbits: number): PyBytes | PyTuple {
  const [container, windowBits] = containerOf(wbits);
  const z = zlib();
  const input = bytesData(data);
  try {
    const o = { windowBits };
    const out = container === 'raw' ? z.inflateRawSync(input, o) : container === 'gzip' ? z.gunzipSync(input, o)
      : container === 'auto' ? z.unzipSync(input, o) : z.inflateSync(input, o);
    return bytesFromU8(out);
  } catch (e) {
    return failure(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Engines that live across calls

interface Handle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  onerror: (message: string, errno: number) => void;
}

interface Engine {
  handle: Handle;
  state: Uint32Array;
  error: { message: string; errno: number } | null;
  node: { close(): void };
}

/** A compressor: pako's Deflate, whose output each call hands back whole. */
interface Compressor {
  deflater: pako.Deflate;
  chunks: Uint8Array[];
}

const engines = new Map<number, Engine>();
const compressors = new Map<number, Compressor>();
let nextEngine = 1;

function newEngine(kind: string, level: number, wbits: number, memLevel: number, strategy: number, zdict: unknown): number | PyTuple {
  if (kind === 'compress') return newCompressor(level, wbits, memLevel, strategy, zdict);
  const [container, windowBits] = containerOf(wbits);
  const z = zlib();
  let node: any;
  try {
    const o = options(-2, windowBits, -1, -1, container === 'raw' || container === 'zlib' ? zdict : null);
    node = container === 'raw' ? z.createInflateRaw(o) : container === 'gzip' ? z.createGunzip(o)
      : container === 'auto' ? z.createUnzip(o) : z.createInflate(o);
  } catch (e) {
    return failure(e);
  }
  const engine: Engine = { handle: node._handle, state: node._writeState, error: null, node };
  engine.handle.onerror = (message: string, errno: number) => {
    engine.error = { message, errno };
  };
  const id = nextEngine++;
  engines.set(id, engine);
  return id;
}

function newCompressor(level: number, wbits: number, memLevel: number, strategy: number, zdict: unknown): number | PyTuple {
  let deflater: pako.Deflate;
  try {
    deflater = new pako.Deflate(pakoOptions(level, wbits, memLevel, strategy, zdict));
  } catch (e) {
    return failure(e);
  }
  const compressor: Compressor = { deflater, chunks: [] };
  deflater.onData = (chunk: Uint8Array) => {
    compressor.chunks.push(chunk.slice());
  };
  const id = nextEngine++;
  compressors.set(id, compressor);
  return id;
}

/**
 * Compress `data` with `flush` → (what deflate has written so far, bytes of data consumed). Like
 * CPython's compressobj, each call returns every byte deflate has produced by then; pako keeps a
 * partly filled output chunk until it fills, so that part is taken out here.
 */
function runCompressor(c: Compressor, data: unknown, flush: number): PyTuple {
  const input = bytesData(data);
  c.chunks = [];
  if (!c.deflater.push(input, flush)) return failure({ errno: c.deflater.err, message: c.deflater.msg });
  const strm = (c.deflater as unknown as { strm: { output: Uint8Array | null; next_out: number; avail_out: number } }).strm;
  if (!c.deflater.ended && strm.output !== null && strm.next_out > 0) {
    c.chunks.push(strm.output.slice(0, strm.next_out));
    strm.next_out = 0;
    strm.avail_out = strm.output.length;
  }
  const total = c.chunks.reduce((n, chunk) => n + chunk.length, 0);
  const result = new Uint8Array(total);
  let at = 0;
  for (const chunk of c.chunks) {
    result.set(chunk, at);
    at += chunk.length;
  }
  c.chunks = [];
  return tuple([bytesFromU8(result), input.length]);
}

/**
 * Feed `data` to engine `id` with `flush`, collecting at most `maxOut` bytes of output (0: no
 * limit) → (output, bytes of data consumed), or a failure tuple.
 */
function run(id: number, data: unknown, flush: number, maxOut: number): PyTuple {
  const compressor = compressors.get(id);
  if (compressor !== undefined) return runCompressor(compressor, data, flush);
  const engine = engines.get(id)!;
  const input = bytesData(data);
  const chunks: Uint8Array[] = [];
  let inOff = 0;
  let availIn = input.length;
  let total = 0;
  for (;;) {
    const room = maxOut > 0 ? Math.min(16384, maxOut - total) : total < 16384 ? 16384 : Math.min(total, 1 << 20);
    const out = new Uint8Array(room);
    engine.error = null;
    engine.handle.writeSync(flush, input, inOff, availIn, out, 0, room);
    if (engine.error !== null) return failure(engine.error);
    const [availOut, availInAfter] = [engine.state[0]!, engine.state[1]!];
    if (room - availOut > 0) chunks.push(out.subarray(0, room - availOut));
    total += room - availOut;
    inOff += availIn - availInAfter;
    availIn = availInAfter;
    if (availOut !== 0 || (maxOut > 0 && total >= maxOut)) break;
  }
  const result = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    result.set(c, at);
    at += c.length;
  }
  return tuple([bytesFromU8(result), inOff]);
}

/**
 * Has the decompressor reached the end of its stream? An inflate asked to finish with no input
 * fails only when the stream is incomplete, and the failure leaves its state as it was. Only valid
 * when the last call left room in its output (else held-back output would land in the probe's).
 */
function ended(id: number): boolean {
  const engine = engines.get(id)!;
  engine.error = null;
  const out = new Uint8Array(64);
  engine.handle.writeSync(zlib().constants.Z_FINISH, new Uint8Array(0), 0, 0, out, 0, 64);
  const done = engine.error === null;
  engine.error = null;
  return done;
}

function release(id: number): null {
  compressors.delete(id);
  const engine = engines.get(id);
  if (engine !== undefined) {
    engines.delete(id);
    try {
      engine.node.close();
    } catch {
      // already closed
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Checksums

function adler32(data: unknown, value: number | bigint): number {
  const b = bytesData(data);
  const start = Number(BigInt.asUintN(32, BigInt(value)));
  let a = start & 0xffff;
  let s = start >>> 16;
  // 5552 bytes is the most that can be summed before the sums may pass 2**53 (zlib's NMAX).
  for (let i = 0; i < b.length;) {
    const end = Math.min(b.length, i + 5552);
    for (; i < end; i++) {
      a += b[i]!;
      s += a;
    }
    a %= 65521;
    s %= 65521;
  }
  return ((s << 16) | a) >>> 0;
}

function populateZlib(mod: Record<string, unknown>): void {
  defineAll(mod, {
    compress,
    decompress,
    new_engine: newEngine,
    run,
    ended,
    release,
    adler32,
    ZLIB_VERSION: process.versions.zlib ?? '1.2.13',
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('_zlib', populateZlib);
