// `_builtinfunc`: lets a bundled Python module present some of its functions as builtins. CPython
// implements operator, functools.reduce/cmp_to_key and bisect in C, so their functions print as
// `<built-in function add>`, have type builtin_function_or_method and do not bind as methods;
// lib/operator.py and friends are Python here, and pass those functions through `builtin`.

import { builtinFromPython } from '../function.js';
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

nativeModule('_builtinfunc', (mod: Record<string, unknown>) => {
  defineAll(mod, { builtin });
});
