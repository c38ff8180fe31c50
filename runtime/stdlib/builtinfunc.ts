// `_builtinfunc`: lets a bundled Python module present some of its functions as builtins. CPython
// implements operator, functools.reduce/cmp_to_key and bisect in C, so their functions print as
// `<built-in function add>`, have type builtin_function_or_method and do not bind as methods;
// lib/operator.py and friends are Python here, and pass those functions through `builtin`.

import { builtinFromPython, reportDefaults } from '../function.js';
import { raise } from '../exceptions.js';
import { nativeModule } from '../module.js';
import { defineAll } from './common.js';

/**
 * builtin(func, module, keywords=True, signature=True): func as a builtin function whose __module__ is `module`
 * (None for the C functions that name no module, such as the codecs error handlers).
 * Unless `keywords` is True it refuses keyword arguments, as C functions that parse positional
 * arguments only do; a str `keywords` is the name that refusal gives the function. Unless
 * `signature` is False the function documents its parameters in `__text_signature__`: those of
 * `func`, or a str `signature` itself when `func`'s own parameters say less than CPython's.
 */
function builtin(func: unknown, module: unknown, keywords: unknown = true, signature: unknown = true): Function {
  if (module !== null && typeof module !== 'string') return raise('TypeError', 'builtin() argument 2 must be str or None');
  const text = typeof signature === 'string' ? signature : signature === true;
  return builtinFromPython(func, module, typeof keywords === 'string' ? keywords : keywords === true, text);
}

/**
 * report_defaults(func, defaults): what `func.__defaults__` reads, for a function whose body applies
 * its defaults itself (compiled defaults are fixed by its parameter list).
 */
function report_defaults(func: unknown, defaults: unknown): null {
  if (typeof func !== 'function') return raise('TypeError', 'report_defaults() argument 1 must be a function');
  reportDefaults(func, defaults);
  return null;
}

nativeModule('_builtinfunc', (mod: Record<string, unknown>) => {
  defineAll(mod, { builtin, report_defaults });
});
