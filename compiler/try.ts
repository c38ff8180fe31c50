#!/usr/bin/env node
// `npm run try -- 'print(1 + 1)'`: show the JS that a snippet of Python lowers to (the module body,
// without the bundled runtime); with `--run`, compile it for real and run it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from './parse.js';
import { lowerModule } from './lower.js';
import { emitModule } from './emit.js';
import { compileToFile } from './compile.js';
import { CompileError, renderDiagnostic } from './diagnostics.js';

function main(argv: string[]): number {
  const run = argv.includes('--run');
  const snippets = argv.filter((a) => a !== '--run');
  if (!snippets.length) {
    process.stderr.write("usage: npm run try -- [--run] 'python source' | file.py\n");
    return 2;
  }
  const arg = snippets.join('\n');
  const source = arg.endsWith('.py') && fs.existsSync(arg) ? fs.readFileSync(arg, 'utf8') : `${arg}\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memphisc-try-'));
  const file = path.join(dir, 'snippet.py');
  fs.writeFileSync(file, source);
  try {
    if (!run) {
      const tree = parse(source, 'snippet.py');
      const lowered = lowerModule(tree, { filename: 'snippet.py', moduleName: '__main__', isPackage: false, starNames: () => null });
      process.stdout.write(emitModule(lowered.statement, file, source).code);
      return 0;
    }
    const out = path.join(dir, 'snippet.mjs');
    compileToFile(file, out, { sourcemap: false });
    const r = spawnSync(process.execPath, [out], { stdio: 'inherit' });
    return r.status ?? 1;
  } catch (e) {
    if (e instanceof CompileError) {
      process.stderr.write(`${renderDiagnostic(e.diagnostic, source)}\n`);
      return 1;
    }
    throw e;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main(process.argv.slice(2));
