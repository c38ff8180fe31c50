// Timeouts as Python's sockets take and report them, shared by memphis.net and socket.

import { raise } from '../exceptions.js';
import { PyFloat } from '../float.js';
import { intToFloat } from '../int.js';
import { typeNameOf } from '../slice.js';

/** A timeout in seconds: null blocks forever (socket.settimeout's rules). */
export function toTimeout(x: unknown): number | null {
  if (x === null) return null;
  let s: number;
  if (typeof x === 'number') s = x;
  else if (x instanceof PyFloat) s = x.v;
  else if (typeof x === 'boolean') s = x ? 1 : 0;
  else if (typeof x === 'bigint') s = intToFloat(x);
  else return raise('TypeError', `'${typeNameOf(x)}' object cannot be interpreted as an integer`);
  if (s !== s) return raise('ValueError', 'Invalid value NaN (not a number)');
  if (s < 0) return raise('ValueError', 'Timeout value out of range');
  return s;
}

/** A timeout as gettimeout() reports it: None, or a float. */
export function timeoutValue(t: number | null): unknown {
  if (t === null) return null;
  return Number.isInteger(t) ? new PyFloat(t) : t;
}
