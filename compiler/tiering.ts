// V8's tiering, set for a compiler run. Imported first by the CLI, before the compiler's modules
// run any code.
//
// V8 optimizes a function with TurboFan once it has run a while (its "interrupt budget", in
// bytecode executed). The default suits a long-lived page, where a function optimized early pays
// back over minutes. A compile lasts seconds, and the compiler's functions are large (lowering's
// switch over every node type, the parser's precedence levels): compiling them again and again as
// they warm up, and again after each deoptimization as new node shapes reach them, cost more CPU
// than the rest of the compile. Measured on a 50,000-line program, the TurboFan threads used
// about half the process's CPU time. A larger budget optimizes only what stays hot, later, with
// more complete type feedback (fewer deoptimizations); the rest runs as baseline code. On the
// generated benchmark, CPU time of the whole CLI at 12x the default budget: 10,000 lines 1.29 s →
// 0.82 s, 50,000 lines 3.46 s → 2.33 s, 100,000 lines 5.2 s → 4.3 s; a one-line program is not
// affected (its compile never reaches TurboFan). 6x was slower than 12x at 10,000 and 50,000
// lines, 24x at 50,000.
//
// Only this process is affected: the programs memphisc compiles run in their own node process.

import * as v8 from 'node:v8';
import { makeCachesWith } from './codecache.js';

/** Bytecode a function runs between tiering decisions; V8's default is about 66 KB. */
const INTERRUPT_BUDGET = 800_000;
/** V8's own default (Node 20's V8 11.3), which `node app.mjs` runs with. */
const DEFAULT_INTERRUPT_BUDGET = 67_584;

v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);

// With that budget most of the compiler's functions never reach TurboFan, and V8 would leave them
// in the interpreter until they had run a while. Sparkplug compiles bytecode to baseline machine
// code in one quick pass, with no optimization to undo: taking every function there at once made
// the CLI's CPU time on the 50,000-line program about 3% lower (2.02 → 1.96 s, medians of 7
// interleaved runs at load 20, so near the noise), and the output is the same. Set here rather
// than on node's command line, which would also recompile node's own built-in modules.
v8.setFlagsFromString('--always-sparkplug');

/**
 * Run `work` under V8's default tiering flags. A code cache records the flags it was made under
 * and V8 refuses it under others (codecache.ts), so the runtime's cache, made in this process for
 * programs run by a plain `node`, is made with the defaults in force.
 */
function withDefaultTiering<T>(work: () => T): T {
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_INTERRUPT_BUDGET}`);
  v8.setFlagsFromString('--no-always-sparkplug');
  try {
    return work();
  } finally {
    v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    v8.setFlagsFromString('--always-sparkplug');
  }
}

makeCachesWith(withDefaultTiering);
