// The native part of the `traceback` module (lib/traceback.py): print_exc, format_exc,
// print_exception, format_exception, format_exception_only, format_tb/print_tb, on top of
// runtime/traceback.ts.
//
// A Python traceback lists the frames from the one that caught the exception down to the one that
// raised it: an exception's traceback object when it has one (read, or assigned), else the
// frames of the JS stack captured at the raise that the code now printing does not share
// (runtime/traceback.ts, caughtTracebackFrames).

import { currentException, isPyException, type PyException } from '../exceptions.js';
import { currentStderr } from '../io.js';
import {
  caughtFrames, caughtTracebackFrames, emit, handledFrames, formatExceptionOnly, groupMembers, herePyFrames, MAX_GROUP_DEPTH,
  raisedFrames, PyTracebackEntry, sourceLine, tracebackEntryFrames, walkGroupMembers, type PrintContext, type PyFrame,
} from '../traceback.js';
import { kwParams } from '../install.js';
import { truthy } from '../ops.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';
import { registerSignatures } from '../native_signatures.js';

/**
 * The frames of `exc`'s traceback: the traceback object the caller passes (`tb`) or that was
 * assigned to it, else from the catching frame, as `here` tells, to the raising one.
 */
function tracebackFrames(exc: PyException, here: PyFrame[], tb?: unknown): PyFrame[] {
  if (tb === undefined && exc.tbSet === true) tb = exc.traceback;
  if (tb === undefined) return caughtTracebackFrames(exc, here);
  return tb instanceof PyTracebackEntry ? tracebackEntryFrames(tb) : [];
}

/** Each frame as CPython's StackSummary.format gives it: the File line and the source line. */
function formatFrameList(frames: PyFrame[]): string[] {
  const out: string[] = [];
  let last: PyFrame | null = null;
  let repeat = 0;
  const flush = (): void => {
    if (repeat > 3) {
      const n = repeat - 3;
      out.push(`  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`);
    }
  };
  for (const f of frames) {
    if (last !== null && f.file === last.file && f.line === last.line && f.name === last.name) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flush();
      repeat = 1;
    }
    last = f;
    let s = `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const src = sourceLine(f.file, f.line);
    if (src) s += `    ${src}\n`;
    out.push(s);
  }
  flush();
  return out;
}

function formatExceptionLines(exc: unknown, limit: number | null, chain: boolean, here: PyFrame[], seen = new Set<unknown>(), tb?: unknown,
  ctx: PrintContext = { seen, depth: 0, needClose: false }, group: PyFrame[] | null = null): string[] {
  if (exc === null || exc === undefined) return ['NoneType: None\n'];
  seen.add(exc);
  const out: string[] = [];
  const put = (text: string, margin?: string): void => void out.push(emit(ctx, text, margin));
  if (isPyException(exc) && chain) {
    const cause = exc.cause;
    const context = exc.context;
    // A chained exception was caught in a frame of the exception it led to: trim against that.
    const outer = raisedFrames(exc);
    if (cause !== null && cause !== undefined && !seen.has(cause)) {
      out.push(...formatExceptionLines(cause, limit, chain, outer, seen, undefined, ctx));
      put('\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (context !== null && context !== undefined && !exc.suppress && !seen.has(context)) {
      out.push(...formatExceptionLines(context, limit, chain, outer, seen, undefined, ctx));
      put('\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  // A sub-exception's traceback is cut where it joins its group's (runtime/traceback.ts).
  const frames = !isPyException(exc) ? []
    : group !== null && exc.tbSet !== true ? handledFrames(exc) ?? caughtFrames(raisedFrames(exc), group)
    : tracebackFrames(exc, here, tb);
  const members = groupMembers(exc);
  if (members === null) {
    if (frames.length) {
      put('Traceback (most recent call last):\n');
      for (const f of formatFrameList(tbLimit(frames, limit))) put(f);
    }
    for (const line of onlyLines(exc)) put(line);
    return out;
  }
  // An exception group: TracebackException.format's tree (Lib/traceback.py).
  if (ctx.depth > MAX_GROUP_DEPTH) {
    put(`... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    return out;
  }
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (frames.length) {
    put('Exception Group Traceback (most recent call last):\n', top ? '+' : undefined);
    for (const f of formatFrameList(tbLimit(frames, limit))) put(f);
  }
  for (const line of onlyLines(exc)) put(line);
  const own = raisedFrames(exc as PyException);
  walkGroupMembers(members, ctx, (line) => void out.push(line), (member) => {
    out.push(...formatExceptionLines(member, limit, chain, here, seen, undefined, ctx, own.length ? own : group ?? frames));
  });
  if (top) ctx.depth = 0;
  return out;
}

function onlyLines(exc: unknown): string[] {
  if (exc === null || exc === undefined) return ['NoneType: None\n'];
  return (formatExceptionOnly(exc) + '\n').split(/(?<=\n)/);
}

/**
 * A traceback's frames cut to `limit` (StackSummary.extract over walk_tb, outermost first): the
 * first `limit` frames, or with a negative limit the last -limit.
 */
function tbLimit(frames: PyFrame[], limit: number | null): PyFrame[] {
  if (limit === null) return frames;
  return limit >= 0 ? frames.slice(0, limit) : frames.slice(Math.max(0, frames.length + limit));
}

function limitArg(limit: unknown): number | null {
  if (limit === undefined || limit === null) return null;
  return Number(limit);
}

/** The exception argument of the 3.10+ single-argument form, or the `value` of the legacy form. */
function excArg(exc: unknown, value: unknown): unknown {
  if (value !== undefined && value !== exc && isPyException(value)) return value;
  if (value !== undefined && !isPyException(exc)) return value;
  return exc;
}

/**
 * The traceback of the legacy form `format_exception(type, value, tb)` (undefined: the exception's
 * own); the single-argument form takes the exception's.
 */
function tbArg(exc: unknown, value: unknown, tb: unknown): unknown {
  return value === undefined || isPyException(exc) && value === exc && tb === undefined ? undefined : tb ?? null;
}

function writeTo(file: unknown, text: string): void {
  const f = file === undefined || file === null ? currentStderr : file;
  const w = (f as { $write?: (s: string) => unknown }).$write;
  if (typeof w === 'function') w.call(f, text);
}

const formatException = kwParams(function format_exception(exc: unknown, value?: unknown, tb?: unknown, limit?: unknown, chain: unknown = true): unknown[] {
  return formatExceptionLines(excArg(exc, value), limitArg(limit), truthy(chain), herePyFrames(), new Set(), tbArg(exc, value, tb));
}, 'format_exception', ['exc', 'value', 'tb', 'limit', 'chain'], 1);

const printException = kwParams(function print_exception(exc: unknown, value?: unknown, tb?: unknown, limit?: unknown, file?: unknown, chain: unknown = true): null {
  const lines = formatExceptionLines(excArg(exc, value), limitArg(limit), truthy(chain), herePyFrames(), new Set(), tbArg(exc, value, tb));
  writeTo(file, lines.join(''));
  return null;
}, 'print_exception', ['exc', 'value', 'tb', 'limit', 'file', 'chain'], 1);

const formatExc = kwParams(function format_exc(limit?: unknown, chain: unknown = true): string {
  return formatExceptionLines(currentException() ?? null, limitArg(limit), truthy(chain), herePyFrames()).join('');
}, 'format_exc', ['limit', 'chain']);

const printExc = kwParams(function print_exc(limit?: unknown, file?: unknown, chain: unknown = true): null {
  writeTo(file, formatExceptionLines(currentException() ?? null, limitArg(limit), truthy(chain), herePyFrames()).join(''));
  return null;
}, 'print_exc', ['limit', 'file', 'chain']);

const formatExceptionOnlyFn = kwParams(function format_exception_only(exc: unknown, value?: unknown): unknown[] {
  return onlyLines(excArg(exc, value));
}, 'format_exception_only', ['exc', 'value'], 1);

/** The frames of the traceback object `tb` (format_tb, print_tb, extract_tb, walk_tb). */
function framesOfTb(tb: unknown): PyFrame[] {
  return tb instanceof PyTracebackEntry ? tracebackEntryFrames(tb) : [];
}

const formatTb = kwParams(function format_tb(tb: unknown, limit?: unknown): unknown[] {
  return formatFrameList(tbLimit(framesOfTb(tb), limitArg(limit)));
}, 'format_tb', ['tb', 'limit']);

const printTb = kwParams(function print_tb(tb: unknown, limit?: unknown, file?: unknown): null {
  writeTo(file, formatFrameList(tbLimit(framesOfTb(tb), limitArg(limit))).join(''));
  return null;
}, 'print_tb', ['tb', 'limit', 'file']);

export function populateTraceback(mod: Record<string, unknown>): void {
  defineAll(mod, {
    format_exception: formatException,
    print_exception: printException,
    format_exc: formatExc,
    print_exc: printExc,
    format_exception_only: formatExceptionOnlyFn,
    format_tb: formatTb,
    print_tb: printTb,
  });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('_traceback', populateTraceback);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('_traceback', 'traceback', 'format_exc Y 0 2 :limit,chain;format_exception Y 1 5 :exc,value,tb,limit,chain;format_exception_only Y 1 2 :exc,value;format_tb Y 1 2 :tb,limit;print_exc Y 0 3 :limit,file,chain;print_exception Y 1 6 :exc,value,tb,limit,file,chain;print_tb Y 1 3 :tb,limit,file');
// END GENERATED
