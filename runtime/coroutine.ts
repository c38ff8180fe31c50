// Coroutines and asynchronous generators (PEP 492, PEP 525) over generator frames.
//
// The compiler lowers an `async def` like a generator function: its body is a JS generator run by a
// PyGenerator frame (generator.ts), and `await x` is `yield* awaitable(x)`, a delegating yield to
// x's awaitable iterator. So every suspension of a coroutine travels up the chain of delegating
// yields to whoever drives the outermost one with `send` and `throw`: the event loop's Task
// (lib/asyncio), which gets the Future the innermost `__await__` yielded.
//
// An asynchronous generator's frame yields two kinds of values: those its `await`s pass up to
// the event loop, and those of its own `yield v` statements, which the compiler wraps
// (`asyncGenValue`) so that the awaitable `__anext__()` returned can tell them apart: a wrapped
// value ends the awaitable (StopIteration(v), as CPython's async_gen_unwrap_value does), any
// other passes through to the loop.

import {
  enterExcept,
  exitExcept,
  GeneratorExit,
  isPyException,
  makeExc,
  raise,
  StopAsyncIteration,
  StopIteration,
  throwPy,
  toPy,
  tracebackOf,
  TypeError,
} from './exceptions.js';
import { gen, genFrame, PyGenerator, stop, throwable, yieldFrom } from './generator.js';
import { truthy } from './ops.js';
import { callable, isCallable } from './function.js';
import { writeAll } from './io.js';
import { formatUnraisable } from './traceback.js';
import { tuple } from './tuple.js';
import { addressOf, builtinType, className, isInstance, typeOf, type PyType } from './object.js';

type Body = () => Generator<unknown, unknown, unknown>;
type Step = IteratorResult<unknown>;
type Delegate = Iterator<unknown> & Iterable<unknown>;


// ---------------------------------------------------------------------------------------------
// coroutine

export class PyCoroutine {
  constructor(readonly frame: PyGenerator) {}

  /** One step of the frame; `mode` 0 sends `value`, 1 throws it. */
  step(mode: number, value: unknown): Step {
    if (this.frame.isFinished && !this.frame.isRunning) return raise('RuntimeError', 'cannot reuse already awaited coroutine');
    return this.frame.resume(mode, value);
  }

  $send(value: unknown): unknown {
    if (!this.frame.isStarted && value !== null && !this.frame.isFinished) {
      return raise('TypeError', "can't send non-None value to a just-started coroutine");
    }
    const r = this.step(0, value);
    return r.done ? stop(r.value) : r.value;
  }

  $throw(typ: unknown, val?: unknown): unknown {
    const exc = throwable(typ, val);
    if (!this.frame.isStarted || this.frame.isFinished) {
      // CPython raises it at once: a coroutine that never ran (or has ended) has no frame to run.
      if (!this.frame.isStarted && !this.frame.isFinished) this.frame.$close();
      throw exc;
    }
    const r = this.frame.resume(1, exc);
    return r.done ? stop(r.value) : r.value;
  }

  $close(): null {
    return this.frame.$close();
  }

  $__await__(): CoroutineWrapper {
    return new CoroutineWrapper(this);
  }

  $__repr__(): string {
    return `<coroutine object ${this.frame.qualname} at ${addressOf(this)}>`;
  }
}

export const coroutineType = builtinType({
  name: 'coroutine',
  proto: PyCoroutine.prototype,
  final: true,
  methods: {
    send: PyCoroutine.prototype.$send,
    throw: PyCoroutine.prototype.$throw,
    close: PyCoroutine.prototype.$close,
    __await__: PyCoroutine.prototype.$__await__,
    __repr__: PyCoroutine.prototype.$__repr__,
  },
  getters: {
    __name__: (c: PyCoroutine) => c.frame.name,
    __qualname__: (c: PyCoroutine) => c.frame.qualname,
    cr_running: (c: PyCoroutine) => c.frame.isRunning,
    cr_suspended: (c: PyCoroutine) => c.frame.isStarted && !c.frame.isRunning && !c.frame.isFinished,
    cr_frame: (c: PyCoroutine) => (c.frame.isFinished ? null : c),
    cr_await: () => null,
    cr_code: (c: PyCoroutine) => c.frame.code,
  },
});

/** What `coro.__await__()` returns: an iterator driving the coroutine (CPython's coroutine_wrapper). */
class CoroutineWrapper {
  constructor(readonly coro: PyCoroutine) {}
  $__iter__(): this {
    return this;
  }
  $__next__(): unknown {
    return this.coro.$send(null);
  }
  $send(v: unknown): unknown {
    return this.coro.$send(v);
  }
  $throw(typ: unknown, val?: unknown): unknown {
    return this.coro.$throw(typ, val);
  }
  $close(): null {
    return this.coro.$close();
  }
}

builtinType({
  name: 'coroutine_wrapper',
  proto: CoroutineWrapper.prototype,
  final: true,
  methods: {
    __iter__: CoroutineWrapper.prototype.$__iter__,
    __next__: CoroutineWrapper.prototype.$__next__,
    send: CoroutineWrapper.prototype.$send,
    throw: CoroutineWrapper.prototype.$throw,
    close: CoroutineWrapper.prototype.$close,
  },
});

/** The coroutine object an `async def` function returns, over the frame its body (frameBody) made. */
export function coroFrame(frame: Generator<unknown, unknown, unknown>, name: string, qualname: string): PyCoroutine {
  const g = genFrame(frame, name, qualname);
  g.kind = 'coroutine';
  return new PyCoroutine(g);
}

// ---------------------------------------------------------------------------------------------
// await

/** The JS iterator `yield*` delegates to for `await obj` (CPython's GET_AWAITABLE). */
export function awaitable(obj: unknown): Delegate {
  if (obj instanceof PyCoroutine) {
    if (obj.frame.isFinished) return raise('RuntimeError', 'cannot reuse already awaited coroutine');
    return yieldFrom(obj.frame);
  }
  if (obj instanceof AsyncGenAwaitable) return obj;
  const method = obj === null || obj === undefined ? undefined : typeOf(obj).prototype.$__await__;
  if (typeof method !== 'function') return raise('TypeError', `object ${className(obj)} can't be used in 'await' expression`);
  const it = method.call(obj);
  if (it instanceof PyCoroutine) return raise('TypeError', '__await__() returned a coroutine');
  if (it === null || it === undefined || typeof typeOf(it).prototype.$__next__ !== 'function') {
    return raise('TypeError', `__await__() returned non-iterator of type '${className(it)}'`);
  }
  return yieldFrom(it);
}

// ---------------------------------------------------------------------------------------------
// async generators

/** A value the body of an async generator yields (not one its awaits pass up to the loop). */
class AsyncGenValue {
  constructor(readonly value: unknown) {}
}

export function asyncGenValue(value: unknown): AsyncGenValue {
  return new AsyncGenValue(value);
}

// sys.set_asyncgen_hooks (PEP 525): the event loop learns of each async generator when it is
// first iterated, and is asked to finalize one that is dropped unfinished.
let firstiterHook: unknown = null;
let finalizerHook: unknown = null;

export function setAsyncgenHooks(firstiter?: unknown, finalizer?: unknown): null {
  if (finalizer !== undefined && finalizer !== null && !isCallable(finalizer)) raise('TypeError', `callable finalizer expected, got ${className(finalizer)}`);
  if (firstiter !== undefined && firstiter !== null && !isCallable(firstiter)) raise('TypeError', `callable firstiter expected, got ${className(firstiter)}`);
  if (finalizer !== undefined) finalizerHook = finalizer;
  if (firstiter !== undefined) firstiterHook = firstiter;
  return null;
}

export function getAsyncgenHooks(): unknown {
  return tuple([firstiterHook, finalizerHook]);
}

export class PyAsyncGenerator {
  /** An asend/athrow awaitable is running the frame (ag_running_async). */
  runningAsync = false;
  /** aclose() ran, or the frame ended. */
  closed = false;
  /** The finalizer hook in force when it was first iterated (null: none, undefined: not yet). */
  private finalizer: unknown = undefined;
  /** Set by `aiterOwned`: an `async for` holds the only reference to it. */
  ownedByLoop = false;
  constructor(readonly frame: PyGenerator) {}

  /** async_gen_init_hooks: the first iteration tells the event loop about the generator. */
  private initHooks(): void {
    if (this.finalizer !== undefined) return;
    this.finalizer = finalizerHook;
    if (firstiterHook !== null) callable(firstiterHook)(this);
  }

  /**
   * The generator is dropped unfinished (the `async for` that owned it was left early): what
   * CPython's deallocation does, the finalizer hook (asyncio schedules `aclose()`), or else a
   * plain close of the frame.
   */
  finalize(): void {
    if (this.closed || this.frame.isFinished) return;
    if (this.finalizer !== undefined && this.finalizer !== null) {
      callable(this.finalizer)(this);
      return;
    }
    try {
      this.frame.$close();
    } catch (e) {
      const text = `Exception ignored in: ${this.$__repr__()}\n${formatUnraisable(toPy(e))}`;
      writeAll(2, text);
    }
  }

  $__aiter__(): this {
    return this;
  }
  $__anext__(): AsyncGenAwaitable {
    this.initHooks();
    return new AsyncGenAwaitable(this, 'send', null);
  }
  $asend(value: unknown): AsyncGenAwaitable {
    this.initHooks();
    return new AsyncGenAwaitable(this, 'send', value);
  }
  $athrow(typ: unknown, val?: unknown): AsyncGenAwaitable {
    this.initHooks();
    return new AsyncGenThrowAwaitable(this, 'throw', throwable(typ, val));
  }
  $aclose(): AsyncGenAwaitable {
    this.initHooks();
    return new AsyncGenThrowAwaitable(this, 'close', null);
  }
  $__repr__(): string {
    return `<async_generator object ${this.frame.qualname} at ${addressOf(this)}>`;
  }

  /**
   * Runs the frame one step and sorts out what came back: a wrapped value ends the awaitable,
   * an await's value goes up to the loop, the end of the frame is StopAsyncIteration.
   */
  resume(mode: number, value: unknown, closing: boolean): Step {
    let r: Step;
    try {
      r = this.frame.resume(mode, value);
    } catch (e) {
      this.runningAsync = false;
      this.closed = true;
      const py = toPy(e);
      if (isInstance(py, StopAsyncIteration) && !closing) {
        const re = makeExc('RuntimeError', 'async generator raised StopAsyncIteration');
        re.cause = py;
        re.suppress = true;
        re.context = py;
        throwPy(re);
      }
      throw py;
    }
    if (r.done) {
      this.runningAsync = false;
      this.closed = true;
      if (closing) return { value: null, done: true };
      throwPy(makeExc('StopAsyncIteration'));
    }
    if (r.value instanceof AsyncGenValue) {
      this.runningAsync = false;
      if (closing) return raise('RuntimeError', 'async generator ignored GeneratorExit');
      return { value: r.value.value, done: true };
    }
    return r;
  }
}

export const asyncGeneratorType = builtinType({
  name: 'async_generator',
  proto: PyAsyncGenerator.prototype,
  final: true,
  methods: {
    __aiter__: PyAsyncGenerator.prototype.$__aiter__,
    __anext__: PyAsyncGenerator.prototype.$__anext__,
    asend: PyAsyncGenerator.prototype.$asend,
    athrow: PyAsyncGenerator.prototype.$athrow,
    aclose: PyAsyncGenerator.prototype.$aclose,
    __repr__: PyAsyncGenerator.prototype.$__repr__,
  },
  getters: {
    __name__: (g: PyAsyncGenerator) => g.frame.name,
    __qualname__: (g: PyAsyncGenerator) => g.frame.qualname,
    ag_running: (g: PyAsyncGenerator) => g.runningAsync,
    ag_frame: (g: PyAsyncGenerator) => (g.frame.isFinished ? null : g),
    ag_await: () => null,
    ag_code: (g: PyAsyncGenerator) => g.frame.code,
  },
});

/** The async generator object an `async def` with `yield` returns, over the frame its body made. */
export function asyncGenFrame(frame: Generator<unknown, unknown, unknown>, name: string, qualname: string): PyAsyncGenerator {
  const g = genFrame(frame, name, qualname);
  g.kind = 'async generator';
  return new PyAsyncGenerator(g);
}

/** An async generator expression's object, running `body` (made where the expression runs). */
export function asyncGen(body: Body, name: string, qualname: string): PyAsyncGenerator {
  const frame = gen(body, name, qualname);
  frame.kind = 'async generator';
  return new PyAsyncGenerator(frame);
}

type AwaitableMode = 'send' | 'throw' | 'close';

/**
 * What `__anext__()`, `asend(v)`, `athrow(e)` and `aclose()` return (CPython's
 * async_generator_asend and async_generator_athrow): an awaitable that runs the generator's frame
 * until its next own `yield`. It is also the JS iterator an `await` of it delegates to.
 */
class AsyncGenAwaitable implements Iterator<unknown> {
  private state: 'init' | 'iter' | 'closed' = 'init';
  constructor(readonly agen: PyAsyncGenerator, readonly mode: AwaitableMode, readonly arg: unknown) {}

  private begin(): void {
    if (this.state === 'closed') raise('RuntimeError', `cannot reuse already awaited ${this.describe()}`);
    if (this.agen.runningAsync) {
      const what = this.mode === 'send' ? 'anext()' : this.mode === 'throw' ? 'athrow()' : 'aclose()';
      raise('RuntimeError', `${what}: asynchronous generator is already running`);
    }
    this.agen.runningAsync = true;
    this.state = 'iter';
  }

  private describe(): string {
    return this.mode === 'send' ? '__anext__()/asend()' : 'aclose()/athrow()';
  }

  /** Runs one step, marking the awaitable spent when it ends (returns or raises). */
  private run(mode: number, value: unknown): Step {
    const closing = this.mode === 'close';
    try {
      const r = this.agen.resume(mode, value, closing);
      if (r.done) this.state = 'closed';
      return r;
    } catch (e) {
      this.state = 'closed';
      const py = toPy(e);
      if (closing && (isInstance(py, GeneratorExit) || isInstance(py, StopAsyncIteration))) return { value: null, done: true };
      throw py;
    }
  }

  next(v?: unknown): Step {
    const sent = v === undefined ? null : v;
    if (this.state !== 'init') {
      if (this.state === 'closed') return raise('RuntimeError', `cannot reuse already awaited ${this.describe()}`);
      return this.run(0, sent);
    }
    const frame = this.agen.frame;
    if (this.mode === 'send') {
      this.begin();
      const value = sent === null ? this.arg : sent;
      if (value !== null && !frame.isStarted && !frame.isFinished) {
        // The generator itself stays usable: only this awaitable is spent.
        this.agen.runningAsync = false;
        this.state = 'closed';
        return raise('TypeError', "can't send non-None value to a just-started async generator");
      }
      return this.run(0, value);
    }
    if (this.agen.closed || frame.isFinished) {
      this.state = 'closed';
      if (this.mode === 'close') return { value: null, done: true };
      throwPy(makeExc('StopAsyncIteration'));
    }
    this.begin();
    if (!frame.isStarted) {
      // A generator that never ran: closing it just marks it closed; a throw raises at once.
      this.agen.closed = true;
      this.agen.runningAsync = false;
      frame.$close();
      this.state = 'closed';
      if (this.mode === 'close') return { value: null, done: true };
      throw this.arg;
    }
    return this.run(1, this.mode === 'close' ? makeExc('GeneratorExit') : this.arg);
  }

  throw(e: unknown): Step {
    if (this.state === 'closed') return raise('RuntimeError', `cannot reuse already awaited ${this.describe()}`);
    if (this.state === 'init') this.begin();
    return this.run(1, e);
  }

  [Symbol.iterator](): this {
    return this;
  }

  $__await__(): this {
    return this;
  }
  $__iter__(): this {
    return this;
  }
  $__next__(): unknown {
    const r = this.next(null);
    return r.done ? stop(r.value) : r.value;
  }
  $send(v: unknown): unknown {
    const r = this.next(v);
    return r.done ? stop(r.value) : r.value;
  }
  $throw(typ: unknown, val?: unknown): unknown {
    const r = this.throw(throwable(typ, val));
    return r.done ? stop(r.value) : r.value;
  }
  $close(): null {
    this.state = 'closed';
    return null;
  }
}

const awaitableMethods = {
  __await__: AsyncGenAwaitable.prototype.$__await__,
  __iter__: AsyncGenAwaitable.prototype.$__iter__,
  __next__: AsyncGenAwaitable.prototype.$__next__,
  send: AsyncGenAwaitable.prototype.$send,
  throw: AsyncGenAwaitable.prototype.$throw,
  close: AsyncGenAwaitable.prototype.$close,
};
builtinType({ name: 'async_generator_asend', proto: AsyncGenAwaitable.prototype, final: true, methods: awaitableMethods });

/** What `athrow()` and `aclose()` return: the same machinery, CPython's other type. */
class AsyncGenThrowAwaitable extends AsyncGenAwaitable {}
builtinType({ name: 'async_generator_athrow', proto: AsyncGenThrowAwaitable.prototype, final: true, methods: awaitableMethods });

// ---------------------------------------------------------------------------------------------
// async for, async with

/** The sentinel `asyncNext` returns when the iterator is exhausted. */
export const ASYNC_DONE = Symbol('ASYNC_DONE');

/** `aiter(obj)` for an `async for` over a call's result: a fresh async generator is the loop's own. */
export function aiterOwned(obj: unknown): unknown {
  if (obj instanceof PyAsyncGenerator) {
    if (!obj.frame.isStarted && !obj.frame.isFinished) obj.ownedByLoop = true;
    return obj;
  }
  return aiter(obj);
}

/** An `async for` over `aiterOwned`'s result ends: an async generator it owned and left unfinished is dropped. */
export function asyncLoopLeft(it: unknown): void {
  if (it instanceof PyAsyncGenerator && it.ownedByLoop) {
    it.ownedByLoop = false;
    it.finalize();
  }
}

/** `aiter(obj)` as `async for` does it (GET_AITER). */
export function aiter(obj: unknown): unknown {
  if (obj instanceof PyAsyncGenerator) return obj;
  const method = obj === null || obj === undefined ? undefined : typeOf(obj).prototype.$__aiter__;
  if (typeof method !== 'function') return raise('TypeError', `'async for' requires an object with __aiter__ method, got ${className(obj)}`);
  const it = method.call(obj);
  if (it === null || it === undefined || typeof typeOf(it).prototype.$__anext__ !== 'function') {
    return raise('TypeError', `'async for' received an object from __aiter__ that does not implement __anext__: ${className(it)}`);
  }
  return it;
}

/** The builtin `aiter(obj)`: obj.__aiter__(), which must be an async iterator. */
export function builtinAiter(obj: unknown): unknown {
  const method = obj === null || obj === undefined ? undefined : typeOf(obj).prototype.$__aiter__;
  if (typeof method !== 'function') return raise('TypeError', `'${className(obj)}' object is not an async iterable`);
  const it = method.call(obj);
  if (it === null || it === undefined || typeof typeOf(it).prototype.$__anext__ !== 'function') {
    return raise('TypeError', `aiter() returned not an async iterator of type '${className(it)}'`);
  }
  return it;
}

/**
 * The builtin `anext(it[, default])`: it.__anext__() is called now, as in CPython; with a default,
 * the awaitable returned gives the default where the iterator would raise StopAsyncIteration.
 */
export function builtinAnext(it: unknown, dflt?: unknown): unknown {
  const method = it === null || it === undefined ? undefined : typeOf(it).prototype.$__anext__;
  if (typeof method !== 'function') return raise('TypeError', `'${className(it)}' object is not an async iterator`);
  const next = method.call(it);
  if (dflt === undefined) return next;
  function* orDefault(): Generator<unknown, unknown, unknown> {
    try {
      return yield* awaitable(next);
    } catch (e) {
      if (isPyException(e) && isInstance(e, StopAsyncIteration)) return dflt;
      throw e;
    }
  }
  return coroFrame(orDefault(), 'anext', 'anext');
}

/** One step of `async for` (GET_ANEXT, then the await): the next item, or ASYNC_DONE. */
export function* asyncNext(it: unknown): Generator<unknown, unknown, unknown> {
  const method = typeOf(it).prototype.$__anext__;
  if (typeof method !== 'function') return raise('TypeError', `'async for' requires an iterator with __anext__ method, got ${className(it)}`);
  let next: unknown;
  try {
    next = method.call(it);
  } catch (e) {
    // A plain-def __anext__ may end the loop by raising StopAsyncIteration itself.
    if (isPyException(e) && isInstance(e, StopAsyncIteration)) return ASYNC_DONE;
    throw e;
  }
  let delegate: Delegate;
  try {
    delegate = awaitable(next);
  } catch (e) {
    if (isPyException(e) && isInstance(e, TypeError)) {
      return raise('TypeError', `'async for' received an invalid object from __anext__: ${className(next)}`);
    }
    throw e;
  }
  try {
    return yield* delegate;
  } catch (e) {
    if (isPyException(e) && isInstance(e, StopAsyncIteration)) return ASYNC_DONE;
    throw e;
  }
}

/** `async with` entry (BEFORE_ASYNC_WITH): [bound __aexit__, the awaitable of __aenter__()]. */
export function asyncWithEnter(mgr: unknown): [Function, unknown] {
  const t = typeOf(mgr).prototype;
  const enter = t.$__aenter__;
  const exit = t.$__aexit__;
  if (typeof enter !== 'function') {
    return raise('TypeError', `'${className(mgr)}' object does not support the asynchronous context manager protocol`);
  }
  if (typeof exit !== 'function') {
    return raise('TypeError', `'${className(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  const value = enter.call(mgr);
  const bound = function (a: unknown, b: unknown, c: unknown) {
    return exit.call(mgr, a, b, c);
  };
  return [bound, value];
}

/**
 * `async with` exit: awaits `__aexit__`; `exc` null for a normal exit. Returns true when the
 * exception is suppressed. `__aexit__` runs while the exception is being handled.
 */
export function* asyncWithExit(exitFn: Function, exc: unknown): Generator<unknown, boolean, unknown> {
  if (exc === null || exc === undefined) {
    yield* awaitable(exitFn(null, null, null));
    return false;
  }
  const e = toPy(exc);
  enterExcept(e);
  try {
    const result = yield* awaitable(exitFn(typeOf(e), e, tracebackOf(e)));
    return truthy(result);
  } finally {
    exitExcept();
  }
}
