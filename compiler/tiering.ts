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

/** Bytecode a function runs between tiering decisions; V8's default is about 66 KB. */
const INTERRUPT_BUDGET = 800_000;

v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
