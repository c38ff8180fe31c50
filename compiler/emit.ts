// Emit: ESTree → JS text and a source map, one Python module at a time (so an unchanged module's
// output can be reused as it is). astring writes a mapping for every node that has a `loc`;
// `link` then concatenates the modules and shifts each module's mappings by its line offset.

import type * as es from 'estree';
import { generate } from 'astring';
import { SourceMapGenerator, SourceMapConsumer, type RawSourceMap } from 'source-map-js';

export interface EmittedModule {
  code: string;
  /** Source map of `code` alone (lines counted from 1 at its first line). */
  map: RawSourceMap;
  filename: string;
  source: string;
}

export function emitModule(statement: es.Statement, filename: string, source: string): EmittedModule {
  const generator = new SourceMapGenerator({ file: filename });
  const program: es.Program = { type: 'Program', sourceType: 'module', body: [statement] };
  const code = generate(program, { sourceMap: generator as never, indent: '  ' });
  generator.setSourceContent(filename, source);
  return { code, map: JSON.parse(generator.toString()) as RawSourceMap, filename, source };
}

export interface Linked {
  code: string;
  map: SourceMapGenerator;
}

/** Concatenate header, modules and footer into one file with one source map. */
export function link(header: string, modules: EmittedModule[], footer: string, file: string): Linked {
  const out = new SourceMapGenerator({ file });
  let code = header;
  let line = countLines(header);
  for (const m of modules) {
    const consumer = new SourceMapConsumer(m.map);
    const offset = line;
    consumer.eachMapping((mp) => {
      if (mp.source == null || mp.originalLine == null) return;
      out.addMapping({
        generated: { line: mp.generatedLine + offset, column: mp.generatedColumn },
        original: { line: mp.originalLine, column: mp.originalColumn ?? 0 },
        source: m.filename,
        name: mp.name ?? undefined,
      });
    });
    out.setSourceContent(m.filename, m.source);
    const text = m.code.endsWith('\n') ? m.code : `${m.code}\n`;
    code += text;
    line += countLines(text);
  }
  code += footer;
  return { code, map: out };
}

function countLines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
