#!/usr/bin/env node
// memphisc: compile a Python program into one ES module that node runs.
//
//   memphisc app.py -o app.mjs
//
// Exit status: 0 compiled, 1 the program has an error (printed like CPython), 2 bad usage.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { compileProgram, compileToFile } from './compile.js';
import { CompileError, renderDiagnostic } from './diagnostics.js';

const VERSION = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

interface CliOptions {
  output?: string;
  sourcemap: boolean;
}

function defaultOutput(input: string): string {
  return input.replace(/\.py$/, '') + '.mjs';
}

function compileOnce(input: string, opts: CliOptions): number {
  const out = opts.output ?? defaultOutput(input);
  try {
    if (out === '-') {
      const result = compileProgram(input, path.resolve('stdout.mjs'), { sourcemap: false });
      process.stdout.write(result.code);
    } else {
      compileToFile(input, out, { sourcemap: opts.sourcemap });
    }
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      const d = e.diagnostic;
      let source = '';
      try { source = fs.readFileSync(d.filename, 'utf8'); } catch { /* the message alone is still useful */ }
      process.stderr.write(renderDiagnostic(d, source));
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      process.stderr.write(`memphisc: can't open file '${err.path ?? input}': [Errno 2] No such file or directory\n`);
      return 1;
    }
    throw e;
  }
}

export function main(argv: string[]): number {
  const program = new Command()
    .name('memphisc')
    .description('Compile a Python 3.11 program into one ES module that node runs.')
    .version(VERSION, '-v, --version')
    .argument('<input>', 'the entry .py file')
    .option('-o, --output <file>', 'output file (.mjs); - writes to stdout')
    .option('--no-sourcemap', 'do not write <output>.map')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  }
  const [input] = program.args;
  return compileOnce(input, program.opts<CliOptions>());
}

process.exitCode = main(process.argv);
