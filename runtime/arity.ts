// Argument-count errors of the builtin functions and methods, worded as CPython words them.
//
// A builtin states its arity in its own JS signature. Python never passes `undefined`, so a
// required parameter that is `undefined` was not given, and one trailing parameter (`over` by
// convention) that is not `undefined` means a surplus argument. The normal call pays those
// comparisons only; a failing call reads `arguments.length` on its way to one of these helpers,
// for the count CPython prints.
//
// CPython words the same mistake several ways, by how the C function takes its arguments:
// - one object (`len(x)`, `list.append(x)`): "len() takes exactly one argument (2 given)";
// - none (`str.upper()`): "str.upper() takes no arguments (1 given)";
// - positional-only with a range (`isinstance`, `dict.get`): "get expected at least 1 argument,
//   got 0";
// - positional-or-keyword (`round`, `sum`, `str.split`): "round() takes at most 2 arguments (3
//   given)" and "pow() missing required argument 'exp' (pos 2)";
// - the older tuple parser of `str.find` and kin: "find() takes at least 1 argument (0 given)".

import { raise } from './exceptions.js';

function count(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}

/** `name` takes one object: "len() takes exactly one argument (2 given)". */
export function wantsOne(name: string, given: number): never {
  return raise('TypeError', `${name}() takes exactly one argument (${given} given)`);
}

/** `name` takes nothing: "str.upper() takes no arguments (1 given)". */
export function wantsNone(name: string, given: number): never {
  return raise('TypeError', `${name}() takes no arguments (${given} given)`);
}

/** A positional-only range: "divmod expected 2 arguments, got 1", "get expected at least 1 argument, got 0". */
export function wantsRange(name: string, min: number, max: number, given: number): never {
  const bound = min === max ? '' : given < min ? 'at least ' : 'at most ';
  return raise('TypeError', `${name} expected ${bound}${count(given < min ? min : max)}, got ${given}`);
}

/** Too many for a function with keywords: "round() takes at most 2 arguments (3 given)". */
export function wantsAtMost(name: string, max: number, given: number): never {
  return raise('TypeError', `${name}() takes at most ${count(max)} (${given} given)`);
}

/** Too few for the older tuple parser: "find() takes at least 1 argument (0 given)". */
export function wantsAtLeast(name: string, min: number, given: number): never {
  return raise('TypeError', `${name}() takes at least ${count(min)} (${given} given)`);
}

/** A required argument not given: "pow() missing required argument 'exp' (pos 2)". */
export function wantsArgument(name: string, param: string, pos: number | null): never {
  return raise('TypeError', `${name}() missing required argument '${param}'${pos === null ? '' : ` (pos ${pos})`}`);
}

/** `find` and kin (str and bytes) take one to three arguments, counted the older tuple parser's way. */
export function wantsSearchArgs(name: string, given: number): never {
  return given < 1 ? wantsAtLeast(name, 1, given) : wantsAtMost(name, 3, given);
}
