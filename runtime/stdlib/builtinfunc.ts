// `_builtinfunc`: lets a bundled Python module present some of its functions as builtins. CPython
// implements operator, functools.reduce/cmp_to_key and bisect in C, so their functions print as
// `<built-in function add>`, have type builtin_function_or_method and do not bind as methods;
// lib/operator.py and friends are Python here, and pass those functions through `builtin`.

import { builtinFromPython, presentSignature } from '../function.js';
import { toArray } from '../ops.js';
import { strText } from '../strvalue.js';
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

/** A sequence of parameter names, as a list of JS strings. */
function namesOf(value: unknown, what: string): string[] {
  return toArray(value).map((n) => strText(n) ?? raise('TypeError', `present_signature(): ${what} must be names (str)`));
}

/** The [key, value] pairs of a dict argument (None: none). */
function pairsOf(value: unknown): unknown[][] {
  if (value === null) return [];
  const items = (value as { $items?: () => unknown }).$items;
  if (typeof items !== 'function') return raise('TypeError', 'present_signature(): expected a dict or None');
  return toArray(items.call(value)).map((pair) => toArray(pair));
}

/**
 * present_signature(func, params, defaults, kwonly, kwdefaults, annotations, posonly): the
 * signature that `func`, a generated `(*args, **kwargs)` function binding its arguments itself,
 * reports to introspection (__defaults__, __kwdefaults__, __annotations__, __code__, and so
 * inspect.signature), as if it had been defined with those parameters. `defaults` are those of
 * the last positional parameters; `annotations` (a dict, or None to keep the function's own)
 * lists the names in the order __annotations__ shows them. A `defaults` given (a tuple) is what
 * __defaults__ reads back as, None when omitted.
 */
function present_signature(
  func: unknown, params: unknown, defaults: unknown = null, kwonly: unknown = null,
  kwdefaults: unknown = null, annotations: unknown = null, posonly: unknown = 0,
): null {
  if (typeof func !== 'function') return raise('TypeError', 'present_signature() argument 1 must be a function');
  const positional = namesOf(params, 'params');
  const shownDefaults = defaults === null ? [] : toArray(defaults);
  if (shownDefaults.length > positional.length) return raise('ValueError', 'present_signature(): more defaults than parameters');
  const keywordOnly = kwonly === null ? [] : namesOf(kwonly, 'kwonly');
  const kwMap = new Map<string, unknown>();
  for (const [k, v] of pairsOf(kwdefaults)) kwMap.set(strText(k) ?? raise('TypeError', 'present_signature(): kwdefaults keys must be str'), v);
  const ann = annotations === null ? undefined : pairsOf(annotations).flat();
  presentSignature(func, {
    params: positional,
    posonly: typeof posonly === 'number' ? posonly : 0,
    defaults: shownDefaults,
    varargs: null,
    kwonly: keywordOnly,
    kwdefaults: kwMap,
    varkw: null,
    ann,
    defaultsTuple: defaults === null ? undefined : defaults,
  });
  return null;
}

nativeModule('_builtinfunc', (mod: Record<string, unknown>) => {
  defineAll(mod, { builtin, present_signature });
});
