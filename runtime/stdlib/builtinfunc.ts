// `_builtinfunc`: lets a bundled Python module present some of its functions as builtins. CPython
// implements operator, functools.reduce/cmp_to_key and bisect in C, so their functions print as
// `<built-in function add>`, have type builtin_function_or_method and do not bind as methods;
// lib/operator.py and friends are Python here, and pass those functions through `builtin`.

import { builtinFromPython } from '../function.js';
import { raise } from '../exceptions.js';
import { nativeModule } from '../module.js';
import { defineAll } from './common.js';

/**
 * builtin(func, module, keywords=True): func as a builtin function whose __module__ is `module`.
 * Unless `keywords` is True it refuses keyword arguments, as C functions that parse positional
 * arguments only do; a str `keywords` is the name that refusal gives the function.
 */
function builtin(func: unknown, module: unknown, keywords: unknown = true): Function {
  if (typeof module !== 'string') return raise('TypeError', 'builtin() argument 2 must be str');
  return builtinFromPython(func, module, typeof keywords === 'string' ? keywords : keywords === true);
}

nativeModule('_builtinfunc', (mod: Record<string, unknown>) => {
  defineAll(mod, { builtin });
});
