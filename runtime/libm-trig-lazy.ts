// The trigonometry of complex numbers (libm-trig.ts's atan2, cos and sin), compiled the first
// time it is needed.
//
// complex.ts is in every program (a float `**` can make a complex), but few programs ever take
// the phase of one or raise one to a power; libm-trig.ts is 62 KB of code and tables that V8
// would pre-parse at every start. The bundle (compiler/bundle.ts, `LAZY_SOURCES`) defines
// MEMPHIS_LIBM_TRIG as libm-trig.js bundled on its own, the text of a function body that returns
// its exports and takes libm.js's (lazy too: libm-lazy.ts) as `imports`; scanning that string
// costs V8 a fraction of pre-parsing the code. Its frames map to no Python line, as every runtime
// frame does, so tracebacks do not change. Run unbundled (the runtime's own tests), there is no
// text and the module is imported as usual.

import { libmExports } from './libm-lazy.js';
import type * as Trig from './libm-trig.js';

declare const MEMPHIS_LIBM_TRIG: string;

let trig: typeof Trig | null =
  typeof MEMPHIS_LIBM_TRIG === 'undefined' ? await import('./libm-trig.js') : null;

function compileTrig(): typeof Trig {
  trig = new Function('imports', MEMPHIS_LIBM_TRIG)({ './libm.js': libmExports() }) as typeof Trig;
  return trig;
}

/** libm-trig.js's exports, compiled if they were not yet (the `math` and `cmath` modules take them whole). */
export function trigExports(): typeof Trig {
  return trig ?? compileTrig();
}

export function atan2(y: number, x: number): number {
  return (trig ?? compileTrig()).atan2(y, x);
}

export function cos(x: number): number {
  return (trig ?? compileTrig()).cos(x);
}

export function sin(x: number): number {
  return (trig ?? compileTrig()).sin(x);
}
