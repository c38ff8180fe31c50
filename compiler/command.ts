// memphisc's command line: the options, then one compile (and run), or a watch. cli.ts loads this
// module (from the compiler's bundle when it can: launch.ts) and calls `main`, then `finish`.
//
//   memphisc app.py -o app.mjs
//
// Exit status: 0 compiled, 1 the program has an error (printed like CPython), 2 bad usage.

import './tiering.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { compileProgram, compileToFile } from './compile.js';
import { CompileError, renderDiagnostic } from './diagnostics.js';
import { watch } from './watch.js';
import { spawnSync } from 'node:child_process';

const VERSION = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

interface CliOptions {
  output?: string;
  sourcemap: boolean;
  codeCache: boolean;
  watch?: boolean;
  run?: boolean;
}

function defaultOutput(input: string): string {
  return input.replace(/\.py$/, '') + '.mjs';
}

/**
 * Whether this process compiled a program. The compiler's code cache is made only after one
 * (launch.ts): a run that only printed `--version` would leave a cache of none of its functions.
 */
export let compiledProgram = false;

function compileOnce(input: string, opts: CliOptions): number {
  const out = opts.output ?? defaultOutput(input);
  try {
    const result = out === '-'
      ? compileProgram(input, path.resolve('stdout.mjs'), { sourcemap: false })
      : compileToFile(input, out, { sourcemap: opts.sourcemap, codeCache: opts.codeCache });
    // Warnings (a name that is never defined) do not stop the build: CPython would only fail
    // when the line runs.
    for (const w of result.warnings) process.stderr.write(`${w}\n`);
    if (out === '-') process.stdout.write(result.code);
    compiledProgram = true;
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      const d = e.diagnostic;
      let source = '';
      try { source = fs.readFileSync(d.filename, 'utf8'); } catch { /* the message alone is still useful */ }
      process.stderr.write(`${renderDiagnostic(d, source)}\n`);
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

export function main(argv: string[]): number | 'watching' {
  const program = new Command()
    .name('memphisc')
    .description('Compile a Python 3.11 program into one ES module that node runs.')
    .version(VERSION, '-v, --version')
    .argument('<input>', 'the entry .py file')
    .option('-o, --output <file>', 'output file (.mjs); - writes to stdout')
    .option('--no-sourcemap', 'do not write <output>.map')
    .option('--no-code-cache', 'keep the runtime in the module and write no <output>.cache')
    .option('-w, --watch', 'recompile whenever the program or a module it imports changes')
    .option('-r, --run', 'run the output with node after each successful build (args after -- go to the program)')
    .allowExcessArguments(true)
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
  const opts = program.opts<CliOptions>();
  const [input, ...runArgs] = program.args;
  const output = opts.output ?? defaultOutput(input);
  if (opts.watch) {
    if (output === '-') {
      process.stderr.write('memphisc: --watch needs an output file, not -\n');
      return 2;
    }
    const w = watch({ input, output, sourcemap: opts.sourcemap, run: !!opts.run, runArgs });
    const stop = () => { void w.close().then(() => process.exit(0)); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return 'watching';
  }
  const status = compileOnce(input, opts);
  if (status !== 0 || !opts.run) return status;
  const r = spawnSync(process.execPath, [output, ...runArgs], { stdio: 'inherit' });
  return r.status ?? (r.signal === 'SIGINT' ? 130 : 1);
}

/**
 * Ends the process as soon as a build is done. Left to itself, node first runs the tasks V8 has
 * scheduled on its event loop, and after a large compile those are the garbage collector's: a
 * scavenge and the end of an incremental mark-compact of a heap about to be thrown away (on the
 * 50,000-line benchmark, 240-280 ms between the end of `main` and the exit under load, all of it
 * wasted). Output still buffered for a pipe (stdout and stderr are asynchronous on POSIX pipes)
 * must reach it first, so then the process ends the usual way.
 */
export function finish(status: number): void {
  process.exitCode = status;
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(status);
}
