// The glibc functions float and complex arithmetic need (libm.ts's pow, exp, log and hypot),
// compiled the first time one is called: as libm-trig-lazy.ts does for the trigonometry, and for
// the same reason (30 KB of code and tables that a program without a float `**` never runs).
// MEMPHIS_LIBM is libm.js bundled on its own as a function body (compiler/bundle.ts,
// `LAZY_SOURCES`); unbundled, the module is imported as usual.

import type * as Libm from './libm.js';

declare const MEMPHIS_LIBM: string;

let libm: typeof Libm | null = typeof MEMPHIS_LIBM === 'undefined' ? await import('./libm.js') : null;

function compileLibm(): typeof Libm {
  libm = new Function('imports', MEMPHIS_LIBM)({}) as typeof Libm;
  return libm;
}

/** libm.js's exports, compiled if they were not yet (libm-trig.js's lazy bundle imports them). */
export function libmExports(): typeof Libm {
  return libm ?? compileLibm();
}

export function pow(x: number, y: number): number {
  return (libm ?? compileLibm()).pow(x, y);
}

export function exp(x: number): number {
  return (libm ?? compileLibm()).exp(x);
}

export function log(x: number): number {
  return (libm ?? compileLibm()).log(x);
}

export function hypot(x: number, y: number): number {
  return (libm ?? compileLibm()).hypot(x, y);
}

