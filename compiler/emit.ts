// Emit: ESTree → JS text and source-map segments, one Python module at a time (so an unchanged
// module's output can be reused as it is). astring reports a mapping for every node that has a
// `loc`; we collect them as plain numbers, and `link` concatenates the modules, shifting each
// module's segments by its line offset, and encodes one source map for the whole file.

import type * as es from 'estree';
import { generate } from 'astring';

export interface EmittedModule {
  code: string;
  /** Flat [generatedLine, generatedColumn, originalLine, originalColumn, ...]; lines 1-based. */
  segments: Int32Array;
  filename: string;
  source: string;
}

/** The part of a SourceMapGenerator that astring uses. */
class SegmentCollector {
  private data: number[] = [];
  addMapping(m: { generated: { line: number; column: number }; original: { line: number; column: number } }): void {
    this.data.push(m.generated.line, m.generated.column, m.original.line, m.original.column);
  }
  finish(): Int32Array {
    return Int32Array.from(this.data);
  }
}

export function emitModule(statement: es.Statement, filename: string, source: string): EmittedModule {
  const collector = new SegmentCollector();
  const program: es.Program = { type: 'Program', sourceType: 'module', body: [statement] };
  const code = generate(program, { sourceMap: collector as never, indent: '  ' });
  return { code, segments: collector.finish(), filename, source };
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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += B64[digit];
  } while (v > 0);
  return out;
}

/** Concatenate header, modules and footer into one file with one source map. */
export function link(header: string, modules: EmittedModule[], footer: string, file: string): Linked {
  const parts: string[] = [header];
  let line = countLines(header);
  const mappingLines: string[] = [];
  let prevSource = 0, prevOrigLine = 0, prevOrigCol = 0;
  modules.forEach((m, sourceIndex) => {
    const seg = m.segments;
    let currentLine = -1;
    let prevGenCol = 0;
    let lineSegments: string[] = [];
    const flush = () => {
      if (currentLine >= 0) mappingLines[currentLine] = lineSegments.join(',');
    };
    for (let i = 0; i < seg.length; i += 4) {
      const genLine = seg[i] + line - 1; // 0-based line in the linked file
      if (genLine !== currentLine) {
        flush();
        currentLine = genLine;
        lineSegments = [];
        prevGenCol = 0;
      }
      const genCol = seg[i + 1];
      const origLine = seg[i + 2] - 1;
      const origCol = seg[i + 3];
      lineSegments.push(vlq(genCol - prevGenCol) + vlq(sourceIndex - prevSource) + vlq(origLine - prevOrigLine) + vlq(origCol - prevOrigCol));
      prevGenCol = genCol;
      prevSource = sourceIndex;
      prevOrigLine = origLine;
      prevOrigCol = origCol;
    }
    flush();
    const text = m.code.endsWith('\n') ? m.code : `${m.code}\n`;
    parts.push(text);
    line += countLines(text);
  });
  parts.push(footer);
  const mappings: string[] = [];
  for (let i = 0; i < mappingLines.length; i++) mappings.push(mappingLines[i] ?? '');
  return {
    code: parts.join(''),
    map: {
      version: 3, file,
      sources: modules.map((m) => m.filename),
      sourcesContent: modules.map((m) => m.source),
      names: [],
      mappings: mappings.join(';'),
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
