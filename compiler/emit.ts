// Emit: ESTree → JS text and source-map segments, one Python module at a time (so an unchanged
// module's output can be reused as it is). astring reports a mapping for every node that has a
// `loc`; we collect them as plain numbers, and `link` concatenates the modules, shifting each
// module's segments by its line offset, and encodes one source map for the whole file.
//
// The one tricky idea is a `BodyPrinter`: lowering hands it each top-level statement's JS as soon
// as it is made, so the ESTree of a whole module never exists at once (it would outlive the young
// generation of the GC and be copied and marked for nothing). The module's wrapper, which needs
// the whole module lowered first (its temporaries, its hoisted constants), is printed last, around
// a placeholder statement that the printed body then replaces.

import type * as es from 'estree';
import { generate } from 'astring';

export interface EmittedModule {
  code: string;
  /** Flat [generatedLine, generatedColumn, originalLine, originalColumn, ...]; lines 1-based. */
  segments: Int32Array;
  filename: string;
  source: string;
}

/** The part of a SourceMapGenerator that astring uses: segments go straight into a typed array. */
class SegmentCollector {
  private data = new Int32Array(256);
  private length = 0;
  addMapping(m: { generated: { line: number; column: number }; original: { line: number; column: number } }): void {
    this.add(m.generated.line, m.generated.column, m.original.line, m.original.column);
  }
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
  /** Appends `segments`, their generated lines moved down by `lineOffset`. */
  append(segments: Int32Array, lineOffset: number): void {
    for (let i = 0; i < segments.length; i += 4) this.add(segments[i] + lineOffset, segments[i + 1], segments[i + 2], segments[i + 3]);
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * The output stream astring writes to. Appending each piece to one string would build a rope:
 * millions of cons cells that live as long as the module's text, so the young-generation GC copies
 * them and the old one marks them. Pieces are joined into flat chunks every few thousand writes
 * instead, and die young.
 */
class TextSink {
  private pieces: string[] = [];
  private chunks: string[] = [];
  write(piece: string): void {
    this.pieces.push(piece);
    if (this.pieces.length === 8192) this.flush();
  }
  private flush(): void {
    this.chunks.push(this.pieces.join(''));
    this.pieces.length = 0;
  }
  toString(): string {
    this.flush();
    return this.chunks.join('');
  }
}

const INDENT = '  ';

function print(program: es.Program, startingIndentLevel = 0): { code: string; segments: Int32Array } {
  const collector = new SegmentCollector();
  const sink = new TextSink();
  generate(program, { sourceMap: collector as never, indent: INDENT, output: sink as never, startingIndentLevel });
  return { code: sink.toString(), segments: collector.finish() };
}

/** Where lowering puts a module's body: `{` block, then `$module(..., function $module($modobj) {`. */
const MODULE_BODY_LEVEL = 2;
const PLACEHOLDER = '$$printed$$';

/** Prints a module's top-level statements one at a time, in order (see the header). */
export class BodyPrinter {
  private readonly parts: string[] = [];
  private readonly collector = new SegmentCollector();
  private lines = 0;

  /** Prints `statements` after those printed before. */
  print(statements: es.Statement[]): void {
    if (!statements.length) return;
    const printed = print({ type: 'Program', sourceType: 'module', body: statements }, MODULE_BODY_LEVEL);
    this.parts.push(printed.code);
    this.collector.append(printed.segments, this.lines);
    this.lines += countLines(printed.code);
  }

  /** The statement that stands for the printed body in the module's ESTree. */
  placeholder(): es.Statement {
    return { type: 'ExpressionStatement', expression: { type: 'Identifier', name: PLACEHOLDER } };
  }

  /** The wrapper's text and segments with the printed body in place of the placeholder. */
  splice(wrapper: { code: string; segments: Int32Array }): { code: string; segments: Int32Array } {
    const line = `${INDENT.repeat(MODULE_BODY_LEVEL)}${PLACEHOLDER};\n`;
    const at = wrapper.code.indexOf(`\n${line}`) + 1;
    if (at <= 0) throw new Error('memphisc: the module body placeholder is missing or not where the body was printed for');
    const placeholderLine = countLines(wrapper.code.slice(0, at)) + 1;
    const code = wrapper.code.slice(0, at) + this.parts.join('') + wrapper.code.slice(at + line.length);
    // Segments in line order: the wrapper's before the placeholder, the body, the wrapper's after.
    const w = wrapper.segments;
    let split = 0;
    while (split < w.length && w[split] < placeholderLine) split += 4;
    const out = new SegmentCollector();
    out.append(w.subarray(0, split), 0);
    out.append(this.collector.finish(), placeholderLine - 1);
    out.append(w.subarray(split), this.lines - 1);
    return { code, segments: out.finish() };
  }
}

/** `statement` as JS; `body` is the printer that already printed the module's body, if any. */
export function emitModule(statement: es.Statement, filename: string, source: string, body?: BodyPrinter): EmittedModule {
  let printed = print({ type: 'Program', sourceType: 'module', body: [statement] });
  if (body) printed = body.splice(printed);
  return { code: printed.code, segments: printed.segments, filename, source };
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
  code: string;
  map: RawSourceMap;
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

  toString(): string {
    return Buffer.from(this.bytes.buffer, 0, this.length).toString('latin1');
  }
}

/** Concatenate header, modules and footer into one file with one source map. */
export function link(header: string, modules: EmittedModule[], footer: string, file: string): Linked {
  const parts: string[] = [header];
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
    const text = m.code.endsWith('\n') ? m.code : `${m.code}\n`;
    parts.push(text);
    line += countLines(text);
  });
  parts.push(footer);
  return {
    code: parts.join(''),
    map: {
      version: 3, file,
      sources: modules.map((m) => m.filename),
      sourcesContent: modules.map((m) => m.source),
      names: [],
      mappings: mappings.toString(),
    },
  };
}

/** Newlines in `s`. The header holds the whole runtime (~500 kB) and is counted on every watch-mode
 * rebuild, so this leans on the engine's native search rather than a loop over char codes. */
function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
