// The `math` module's arc sine/cosine and error functions (libm-asin.ts, libm-erf.ts), carried as
// text as libm-lazy.ts carries libm.ts, in their own file so that only a program importing `math`
// carries them; `math` compiles them (with libm.js, one copy) when the module is set up.

import { libmExports } from './libm-lazy.js';
import type * as Asin from './libm-asin.js';
import type * as Erf from './libm-erf.js';

declare const MEMPHIS_LIBM_ASIN: string;
declare const MEMPHIS_LIBM_ERF: string;

let asinModule: typeof Asin | null =
  typeof MEMPHIS_LIBM_ASIN === 'undefined' ? await import('./libm-asin.js') : null;
let erfModule: typeof Erf | null = typeof MEMPHIS_LIBM_ERF === 'undefined' ? await import('./libm-erf.js') : null;

/** libm-asin.js's exports, compiled on first use. */
export function asinExports(): typeof Asin {
  asinModule ??= new Function('imports', MEMPHIS_LIBM_ASIN)({ './libm.js': libmExports() }) as typeof Asin;
  return asinModule;
}

/** libm-erf.js's exports, compiled on first use. */
export function erfExports(): typeof Erf {
  erfModule ??= new Function('imports', MEMPHIS_LIBM_ERF)({ './libm.js': libmExports() }) as typeof Erf;
  return erfModule;
}
