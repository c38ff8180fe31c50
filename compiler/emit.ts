// Emit: ESTree → JS text and source-map segments, one Python module at a time (so an unchanged
// module's output can be reused as it is). The printer (printer.ts) reports a mapping for every
// identifier and literal that has a `loc`; we collect them as plain numbers, and `link` concatenates the modules, shifting each
// module's segments by its line offset, and encodes one source map for the whole file.
//
// The one tricky idea is a `BodyPrinter`: lowering hands it each top-level statement's JS as soon
// as it is made, so the ESTree of a whole module never exists at once (it would outlive the young
// generation of the GC and be copied and marked for nothing). The module's wrapper, which needs
// the whole module lowered first (its temporaries, its hoisted constants), is printed last, around
// a placeholder statement that the printed body then replaces.
//
// The text goes out as UTF-8 bytes, never as one string: the printer writes a large module as
// millions of short strings, and a string result would be a rope flattened per statement, joined per module,
// joined again with the runtime, then converted to UTF-8 for the file. Each of those copies is
// 10+ MB of fresh memory for a large program, and fresh pages are costly (a page fault each).

import type * as es from 'estree';
import { JsPrinter, type TextOut } from './printer.js';

export interface EmittedModule {
  /** The module's JS as UTF-8 bytes, in order. */
  chunks: Uint8Array[];
  /** Newlines in `chunks`. */
  lines: number;
  /** The module's JS as text, made from `chunks` when first read. */
  readonly code: string;
  /** Flat [generatedLine, generatedColumn, originalLine, originalColumn, ...]; lines 1-based. */
  segments: Int32Array;
  filename: string;
  source: string;
}

/**
 * Where the printer's segments go: straight into a typed array. `lineOffset` moves them down, so
 * that statements printed one at a time land on their lines.
 */
class SegmentCollector {
  private data = new Int32Array(4096);
  private length = 0;
  lineOffset = 0;
  add(line: number, column: number, originalLine: number, originalColumn: number): void {
    if (this.length + 4 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const n = this.length;
    d[n] = line;
    d[n + 1] = column;
    d[n + 2] = originalLine;
    d[n + 3] = originalColumn;
    this.length = n + 4;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
  /** The segments collected, without a copy: the collector is done. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Copies `segments` into `into` at `at`, their generated lines moved down by `lineOffset`. */
function copyShifted(into: Int32Array, at: number, segments: Int32Array, lineOffset: number): void {
  into.set(segments, at);
  for (let i = at; i < at + segments.length; i += 4) into[i] += lineOffset;
}

const encoder = new TextEncoder();
/** Chunks start small (most modules are) and double up to this size. */
const MAX_CHUNK = 1 << 20;

/**
 * The output stream the printer writes into: UTF-8 bytes in chunks that are never copied, with the
 * newlines counted on the way (source-map segments need the line each statement starts on).
 */
export class TextSink implements TextOut {
  private readonly chunks: Uint8Array[] = [];
  private capacity = 1 << 12;
  private buf = new Uint8Array(this.capacity);
  private at = 0;
  /** Newlines written so far. */
  lines = 0;

  write(s: string): void {
    const n = s.length;
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (this.at + 3 * n > this.buf.length) this.nextChunk(3 * n);
    const b = this.buf;
    let at = this.at;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.at = at;
        this.writeUtf8(i === 0 ? s : s.slice(i));
        return;
      }
      if (c === 10) this.lines++;
      b[at++] = c;
    }
    this.at = at;
  }

  private writeUtf8(s: string): void {
    this.at += encoder.encodeInto(s, this.buf.subarray(this.at)).written;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) this.lines++;
  }

  private nextChunk(need: number): void {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    if (this.capacity < MAX_CHUNK) this.capacity *= 2;
    this.buf = new Uint8Array(Math.max(this.capacity, need));
    this.at = 0;
  }

  /** The bytes written, in order; the sink is done. */
  finish(): Uint8Array[] {
    if (this.at > 0) this.chunks.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(0);
    this.at = 0;
    return this.chunks;
  }
}

/** `text` as UTF-8. */
function bytesOf(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}

/** The text of UTF-8 chunks. */
export function textOf(chunks: readonly Uint8Array[]): string {
  return Buffer.concat(chunks).toString('utf8');
}

const INDENT = '  ';

/** Prints `program` as a string (the module's wrapper, small). The same sink class as the body's
 * keeps the printer's calls to it monomorphic. */
function print(program: es.Program, collector: SegmentCollector, startingIndentLevel = 0): string {
  const sink = new TextSink();
  new JsPrinter(sink, collector, startingIndentLevel).program(program.body);
  return textOf(sink.finish());
}

/** Prints `statements` into `sink`, their segments into `collector`. */
function printInto(sink: TextSink, statements: es.Statement[], collector: SegmentCollector, startingIndentLevel: number): void {
  new JsPrinter(sink, collector, startingIndentLevel).program(statements);
}

/** Where lowering puts a module's body: `{` block, then `$module(..., function $module($modobj) {`. */
const MODULE_BODY_LEVEL = 2;
const PLACEHOLDER = '$$printed$$';

/** Prints a module's top-level statements one at a time, in order (see the header). */
export class BodyPrinter {
  private readonly sink = new TextSink();
  private readonly collector = new SegmentCollector();

  /** Prints `statements` after those printed before. */
  print(statements: es.Statement[]): void {
    if (!statements.length) return;
    // Each statement ends its line, so the next one starts a line: segments move down by the
    // lines printed before it.
    this.collector.lineOffset = this.sink.lines;
    printInto(this.sink, statements, this.collector, MODULE_BODY_LEVEL);
  }

  /** The statement that stands for the printed body in the module's ESTree. */
  placeholder(): es.Statement {
    return { type: 'ExpressionStatement', expression: { type: 'Identifier', name: PLACEHOLDER } };
  }

  /** The wrapper's text and segments with the printed body in place of the placeholder. */
  splice(wrapper: { code: string; segments: Int32Array }): { chunks: Uint8Array[]; lines: number; segments: Int32Array } {
    const line = `${INDENT.repeat(MODULE_BODY_LEVEL)}${PLACEHOLDER};\n`;
    const at = wrapper.code.indexOf(`\n${line}`) + 1;
    if (at <= 0) throw new Error('memphisc: the module body placeholder is missing or not where the body was printed for');
    const before = wrapper.code.slice(0, at);
    const after = wrapper.code.slice(at + line.length);
    const placeholderLine = countLines(before) + 1;
    const bodyLines = this.sink.lines;
    const chunks = [bytesOf(before), ...this.sink.finish(), bytesOf(after)];
    // Segments in line order: the wrapper's before the placeholder, the body, the wrapper's after.
    const w = wrapper.segments;
    let split = 0;
    while (split < w.length && w[split] < placeholderLine) split += 4;
    const body = this.collector.view();
    const segments = new Int32Array(w.length + body.length);
    segments.set(w.subarray(0, split), 0);
    copyShifted(segments, split, body, placeholderLine - 1);
    copyShifted(segments, split + body.length, w.subarray(split), bodyLines - 1);
    return { chunks, lines: placeholderLine - 1 + bodyLines + countLines(after), segments };
  }
}

/** `statement` as JS; `body` is the printer that already printed the module's body, if any. */
export function emitModule(statement: es.Statement, filename: string, source: string, body?: BodyPrinter): EmittedModule {
  const collector = new SegmentCollector();
  const wrapper = { code: print({ type: 'Program', sourceType: 'module', body: [statement] }, collector), segments: collector.finish() };
  const { chunks, lines, segments } = body ? body.splice(wrapper) : { chunks: [bytesOf(wrapper.code)], lines: countLines(wrapper.code), segments: wrapper.segments };
  let code: string | undefined;
  return { chunks, lines, segments, filename, source, get code() { return code ??= textOf(chunks); } };
}

export interface RawSourceMap {
  version: 3;
  file: string;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export interface Linked {
  /** The file's text as UTF-8 bytes, in order. */
  chunks: Uint8Array[];
  /** The source map; its `mappings` are in `mappings`, as bytes (base64 digits, `,` and `;`). */
  map: Omit<RawSourceMap, 'mappings'>;
  mappings: Uint8Array;
}

const B64 = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', (c) => c.charCodeAt(0));
const COMMA = 44;
const SEMICOLON = 59;

/**
 * The `mappings` string of a source map, written as bytes: a big program has hundreds of thousands
 * of segments, and building a small string per VLQ number costs more than the rest of linking.
 */
class MappingsWriter {
  private bytes = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  /** `count` semicolons: the generated lines that map to nothing. */
  lines(count: number): void {
    this.reserve(count);
    this.bytes.fill(SEMICOLON, this.length, this.length + count);
    this.length += count;
  }

  vlq(value: number): void {
    this.reserve(7);
    let v = value < 0 ? (-value << 1) | 1 : value << 1;
    do {
      let digit = v & 31;
      v >>>= 5;
      if (v > 0) digit |= 32;
      this.bytes[this.length++] = B64[digit];
    } while (v > 0);
  }

  finish(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** Concatenate header, modules and footer into one file with one source map. */
export function link(header: string, modules: EmittedModule[], footer: string, file: string): Linked {
  const chunks: Uint8Array[] = [bytesOf(header)];
  let line = countLines(header);
  const mappings = new MappingsWriter();
  // The generated line the writer is on (0-based), and whether it holds a segment yet.
  let writerLine = 0;
  let lineHasSegment = false;
  let prevSource = 0, prevOrigLine = 0, prevOrigCol = 0, prevGenCol = 0;
  modules.forEach((m, sourceIndex) => {
    const seg = m.segments;
    for (let i = 0; i < seg.length; i += 4) {
      const genLine = seg[i] + line - 1; // 0-based line in the linked file
      if (genLine !== writerLine) {
        mappings.lines(genLine - writerLine);
        writerLine = genLine;
        lineHasSegment = false;
        prevGenCol = 0;
      }
      if (lineHasSegment) mappings.byte(COMMA);
      lineHasSegment = true;
      const genCol = seg[i + 1];
      const origLine = seg[i + 2] - 1;
      const origCol = seg[i + 3];
      mappings.vlq(genCol - prevGenCol);
      mappings.vlq(sourceIndex - prevSource);
      mappings.vlq(origLine - prevOrigLine);
      mappings.vlq(origCol - prevOrigCol);
      prevGenCol = genCol;
      prevSource = sourceIndex;
      prevOrigLine = origLine;
      prevOrigCol = origCol;
    }
    chunks.push(...m.chunks);
    line += m.lines;
    if (!endsWithNewline(m.chunks)) {
      chunks.push(NEWLINE);
      line++;
    }
  });
  if (footer) chunks.push(bytesOf(footer));
  return {
    chunks,
    map: {
      version: 3, file,
      sources: modules.map((m) => m.filename),
      sourcesContent: modules.map((m) => m.source),
      names: [],
    },
    mappings: mappings.finish(),
  };
}

const NEWLINE = Uint8Array.of(10);

function endsWithNewline(chunks: readonly Uint8Array[]): boolean {
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i];
    if (c.length) return c[c.length - 1] === 10;
  }
  return false;
}

/** Newlines in `s`. The header holds the whole runtime (~500 kB) and is counted on every watch-mode
 * rebuild, so this leans on the engine's native search rather than a loop over char codes. */
function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
