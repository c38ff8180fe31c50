// The `atexit` module: functions registered to run when the program ends, last registered
// first: after the main module finishes, after sys.exit, and after an uncaught exception's
// traceback is printed, as in CPython. An exception in one is reported ("Exception ignored in
// atexit callback") and the others still run.

import { callKw, isCallable } from '../function.js';
import { addExitHook, nativeModule } from '../module.js';
import { formatException } from '../traceback.js';
import { toPy } from '../exceptions.js';
import { repr } from '../repr.js';
import { raise } from '../exceptions.js';
import { flushStdout, writeAll } from '../io.js';
import { eq, truthy } from '../ops.js';
import { defineAll } from './common.js';
import type { KwPairs } from '../object.js';
import { registerSignatures } from '../native_signatures.js';

interface Callback {
  func: unknown;
  args: unknown[];
  kwargs: KwPairs | null;
}

/** Registered callbacks; unregister() leaves a hole, which _ncallbacks() still counts as CPython's does. */
let callbacks: (Callback | null)[] = [];
let hooked = false;

function runCallbacks(): void {
  while (callbacks.length) {
    const cb = callbacks.pop();
    if (cb === null || cb === undefined) continue;
    try {
      callKw(cb.func, null, cb.args, cb.kwargs);
    } catch (e) {
      try {
        flushStdout();
      } catch {
        /* stdout is gone: report anyway */
      }
      writeAll(2, `Exception ignored in atexit callback: ${repr(cb.func)}\n${formatException(toPy(e))}`);
    }
  }
}

function register(func: unknown, ...args: unknown[]): unknown {
  return registerKw([func, ...args], null);
}

function registerKw(pos: unknown[], kw: KwPairs | null): unknown {
  if (pos.length === 0) raise('TypeError', 'register() takes at least 1 argument (0 given)');
  const func = pos[0];
  if (!isCallable(func)) raise('TypeError', 'the first argument must be callable');
  if (!hooked) {
    addExitHook(runCallbacks);
    hooked = true;
  }
  callbacks.push({ func, args: pos.slice(1), kwargs: kw !== null && kw.length ? kw : null });
  return func;
}
(register as { $kw?: unknown }).$kw = registerKw;

function unregister(func: unknown): null {
  callbacks = callbacks.map((cb) => (cb !== null && (cb.func === func || truthy(eq(cb.func, func))) ? null : cb));
  return null;
}


export function populateAtexit(mod: Record<string, unknown>): void {
  defineAll(mod, {
    register,
    unregister,
    _run_exitfuncs: (): null => {
      runCallbacks();
      return null;
    },
    _clear: (): null => {
      callbacks = [];
      return null;
    },
    _ncallbacks: (): number => callbacks.length,
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('atexit', populateAtexit);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('atexit', 'atexit', '_clear N 0 0;_ncallbacks N 0 0;_run_exitfuncs N 0 0;register T 1 * ~;unregister O 1 1');
// END GENERATED
