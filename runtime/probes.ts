// Probes: the operations of the EAFP idioms, failing without a throw.
//
// `try: n = int(s) except ValueError: ...`, `v = d[k]` with `except KeyError`, `x = xs[i]` with
// `except IndexError` and `p = xs.index(v)` with `except ValueError` fail as often as they succeed.
// Raised from inside the runtime, each failure unwinds every runtime frame between the `raise`
// and the generated `try` (V8 visits each of them: ~0.1 µs a frame) and builds the exception
// through type.__call__. Inside a `try` body the compiler calls a probe instead: it does what the
// operation does, but where the operation would raise its one common exception it records what
// failed and returns PROBE_FAILED; the generated code then throws `probeError()` itself, from
// the frame whose `try` is about to catch it, so no runtime frame is unwound:
//
//   $r = $intProbe(text); if ($r === $PROBE_FAILED) throw $probeError(); n = $r;
//
// The exception is the one the operation raises (class, arguments, message), made when it is
// raised and chained like any other (__context__, the traceback captured unless a quiet handler
// catches it: exceptions.ts). Anything else (other types, subclasses, other errors) runs the
// operation itself.

import { exceptionTypes, forRaise, makeExc, quietFor, type BuiltinExceptionName, type PyException } from './exceptions.js';
import { floatLiteralMessage, floatParse, toFloat } from './float.js';
import { intLiteralMessage, intParse } from './int.js';
import { floatType, intType } from './numbers.js';
import { getitem } from './ops.js';
import { PyDict } from './dict.js';
import { PyTuple } from './tuple.js';
import { itemEq } from './compare.js';
import { repr } from './repr.js';
import { noattr } from './classes.js';
import type { PyType } from './object.js';

/** What a probe returns when its operation failed; never a Python value. */
export const PROBE_FAILED: object = Object.freeze({ probe: 'failed' });

const enum Failure {
  IntLiteral,
  FloatLiteral,
  MissingKey,
  ListIndex,
  TupleIndex,
  NotInList,
}

// The last failure: read by probeError, which the generated code calls right after the probe.
let failure = Failure.IntLiteral;
let failedOn: unknown = null;

function failed(kind: Failure, on: unknown): object {
  failure = kind;
  failedOn = on;
  return PROBE_FAILED;
}

/** `int(x)` with one argument. */
export function intProbe(x: unknown): unknown {
  if (typeof x === 'string') {
    const v = intParse(x, 10);
    return v === null ? failed(Failure.IntLiteral, x) : v;
  }
  return intType(x);
}

/** `float(x)` with one argument. */
export function floatProbe(x: unknown): unknown {
  if (typeof x === 'string') {
    if (x.length === 0 || startsWithNonFloatLetter(x)) return failed(Failure.FloatLiteral, x);
    const v = floatParse(x);
    return v === null ? failed(Failure.FloatLiteral, x) : toFloat(v);
  }
  return floatType(x);
}

/**
 * Whether `s` starts with an ASCII letter other than those of `inf`, `infinity` and `nan`: a float
 * literal can start only with a space, a sign, a digit, a point or one of those words, so
 * float(s) fails without the parser looking further (EAFP code probes words: `float("red")`).
 */
function startsWithNonFloatLetter(s: string): boolean {
  const c = s.charCodeAt(0) | 32;
  return c >= 97 && c <= 122 && c !== 105 && c !== 110;
}

/** `obj[key]` (the inline fast path has already missed: a plain dict without the key, an index out of range, or anything else). */
export function getitemProbe(obj: unknown, key: unknown): unknown {
  if (typeof key === 'number' && Array.isArray(obj) && Number.isInteger(key)) {
    const c = obj.constructor;
    if (c === Array || c === PyTuple) {
      const j = key < 0 ? key + obj.length : key;
      if (j >= 0 && j < obj.length) return obj[j];
      return failed(c === Array ? Failure.ListIndex : Failure.TupleIndex, null);
    }
  }
  if (obj instanceof PyDict && obj.constructor === PyDict) {
    const v = obj.get(key);
    return v === undefined ? failed(Failure.MissingKey, key) : v;
  }
  return getitem(obj, key);
}

/** `obj.index(x)`: list.index on a plain list; any other `index` is called as written. */
export function indexProbe(obj: unknown, x: unknown): unknown {
  if (Array.isArray(obj) && obj.constructor === Array) {
    for (let i = 0; i < obj.length; i++) if (itemEq(obj[i], x)) return i;
    return failed(Failure.NotInList, x);
  }
  const method = (obj as { $index?: Function } | null | undefined)?.$index ?? noattr(obj, 'index');
  return method.call(obj, x);
}

const CLASS_OF: Record<Failure, BuiltinExceptionName> = {
  [Failure.IntLiteral]: 'ValueError',
  [Failure.FloatLiteral]: 'ValueError',
  [Failure.MissingKey]: 'KeyError',
  [Failure.ListIndex]: 'IndexError',
  [Failure.TupleIndex]: 'IndexError',
  [Failure.NotInList]: 'ValueError',
};

// A quiet handler (exceptions.ts) only tests the class of what it catches, then drops it: for it,
// one shared instance per kind of failure stands for every failure, never chained, never seen.
const standIns: (PyException | undefined)[] = [];

/** The builtin exception class of each kind of failure, by Failure. */
const CLASSES: PyType[] = [];
for (const kind of Object.keys(CLASS_OF)) CLASSES[Number(kind)] = exceptionTypes.get(CLASS_OF[Number(kind) as Failure])!;

/** The exception of the last failed probe, ready to throw. */
export function probeError(): PyException {
  const on = failedOn;
  failedOn = null;
  const kind = failure;
  if (quietFor(CLASSES[kind]!)) return (standIns[kind] ??= makeExc(CLASS_OF[kind]));
  let e: PyException;
  switch (kind) {
    case Failure.IntLiteral: e = makeExc('ValueError', intLiteralMessage(on as string, 10)); break;
    case Failure.FloatLiteral: e = makeExc('ValueError', floatLiteralMessage(on as string)); break;
    case Failure.MissingKey: e = makeExc('KeyError', on); break;
    case Failure.ListIndex: e = makeExc('IndexError', 'list index out of range'); break;
    case Failure.TupleIndex: e = makeExc('IndexError', 'tuple index out of range'); break;
    case Failure.NotInList: e = makeExc('ValueError', `${repr(on)} is not in list`); break;
  }
  return forRaise(e, probeError);
}
