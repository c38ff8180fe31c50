// Python generators over JS generator functions.
//
// The compiler turns a Python generator function into a JS function returning
// `genFrame(body(args...), name, qualname)`, where `body` is a JS generator function made once
// where the def runs (`frameBody`). A generator expression with one `for` is `genOver(iterable,
// owned, step, qualname)`, its frame a LoopFrame that calls the compiled step once per item; any
// other is `gen(function* () { ... }, ...)`.
// Python's suspension points are JS `yield`s and `yield from` is `yield* yieldFrom(x)`. The
// generator object speaks both protocols: Python's (`__next__`, `send`, `throw`, `close`, StopIteration carrying the
// return value, PEP 479) and JS's (`next()` and `Symbol.iterator`, so `for...of` and `yield*` over
// it cost no exceptions). Its JS `return()`, which a `for...of` calls when it is left early, closes
// it only when the loop owns it (`iterOwned`): breaking out of `for x in g:` must leave `g` open,
// but `for x in gen(): break` drops the last reference and CPython closes the generator at once.
//
// A frame suspended inside an `except` block keeps its handled exception to itself: the entries it
// pushed on the handled-exception stack are taken off at each `yield` and put back on resumption,
// and so are those it pushed on the catching stack, inside a `try`, `with` or `finally` body.

import {
  catchingDepth,
  catchTop,
  ENDS_ITERATION,
  enterTry,
  exitTry,
  exceptDepth,
  GeneratorExit,
  handling,
  isPyException,
  ITERATION_STOPPED,
  loadCatchers,
  loadExcepts,
  makeExc,
  nextOrStopped,
  raise,
  saveCatchers,
  saveExcepts,
  StopIteration,
  throwPy,
  toPy,
  type Catcher,
  type PyException,
} from './exceptions.js';
import { iter } from './ops.js';
import { PyTuple } from './tuple.js';
import { iter as iterBuiltin } from './builtins.js';
import { getattrByName } from './classes.js';
import { callable, codeOfFrame, noteFrameBody } from './function.js';
import { nodeModule } from './host.js';
import { repr } from './repr.js';
import { formatUnraisable } from './traceback.js';
import { addressOf, builtinType, className, Flags, isClass, isInstance, META, typeOf, type PyType } from './object.js';

const EMPTY: unknown[] = [];

// A frame turns a StopIteration escaping it into RuntimeError (PEP 479), which chains it as its
// cause: a raise in the frame must not count on a quiet handler outside to drop it. The frame's
// guard is pushed on the catching stack only where it changes that answer: with nothing on the
// stack no handler is quiet, and with another frame's guard on top a StopIteration is caught
// there, not quietly. Nested generators (a pipeline) and loops outside any `try` then resume
// without touching the stack, most of what a resume cost beyond V8's own.
const FRAME_STOPS: Catcher = [{ types: [StopIteration], quiet: false }];
const NO_CATCHERS: Catcher[] = [];

/**
 * The catching-stack index of the innermost frame guard pushed by a frame now running, or -1.
 * Only code running inside that frame pushes above it, and the frame restores this as it stops,
 * so the guard is on top exactly when the depth is one more than this.
 */
let guardAt = -1;

/** The `yield from` delegation whose step is handing a value up to the frame it runs in (see Delegation). */
let pendingDelegation: Delegation | null = null;

/** The exception a `gen.throw(...)` call is throwing in, with the arguments it was given. */
let thrownWith: { exc: PyException; args: unknown[] } | null = null;

/** Whether a frame resumed at catching depth `depth` must push its guard (FRAME_STOPS). */
function needsGuard(depth: number): boolean {
  return depth !== 0 && depth - 1 !== guardAt;
}

/**
 * The resume methods every frame body's generator objects inherit (%GeneratorPrototype%). Each
 * `function*` gives its generator objects a hidden class of their own, so `frame.next(v)` is a
 * megamorphic property load once a program has a few generator functions; calling the one
 * shared builtin directly skips the lookup.
 */
const generatorPrototype = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})())) as Generator<unknown, unknown, unknown>;
const resumeNext = generatorPrototype.next;
const resumeThrow = generatorPrototype.throw;

export class PyGenerator implements Iterator<unknown>, Iterable<unknown> {
  private running = false;
  private started = false;
  private finished = false;
  private excs: unknown[] = EMPTY;
  /** The catchers (exceptions.ts) of the `try` blocks the frame is suspended in. */
  private catchers: Catcher[] = NO_CATCHERS;
  /** Set by `iterOwned`: a loop holds the only reference, so leaving it early closes the frame. */
  private ownedByLoop = false;
  /** The `yield from` the frame stopped in at its last suspension, if it did. */
  private delegation: Delegation | null = null;
  /** What the messages call the object: a coroutine (coroutine.ts) runs its body on a generator frame. */
  kind = 'generator';
  /** Whether `g` is a JS generator object (a frame body's), not a generator expression's LoopFrame. */
  private readonly native: boolean;
  constructor(
    private readonly g: Generator<unknown, unknown, unknown>,
    readonly name: string,
    readonly qualname: string,
  ) {
    this.native = !(g instanceof LoopFrame);
  }

  /** The code object of the function that made this frame (undefined for an expression's frame). */
  get code(): unknown {
    return codeOfFrame(this.g);
  }

  /** Run the frame until its next yield or its end; mode 0 sends `value`, 1 throws it. */
  resume(mode: number, value: unknown): IteratorResult<unknown> {
    if (this.running) return raise('ValueError', `${this.kind} already executing`);
    if (this.finished) {
      if (mode === 1) throw value;
      return { value: null, done: true };
    }
    this.running = true;
    this.started = true;
    const depth = exceptDepth();
    if (this.excs.length) loadExcepts(this.excs);
    const catchDepth = catchingDepth();
    const outerGuard = guardAt;
    const guarded = needsGuard(catchDepth);
    if (guarded) guardAt = enterTry(FRAME_STOPS);
    if (this.catchers.length) loadCatchers(this.catchers);
    try {
      const g = this.g;
      const r = this.native
        ? mode === 0 ? resumeNext.call(g, value) : resumeThrow.call(g, value)
        : mode === 0 ? g.next(value) : g.throw(value);
      this.delegation = pendingDelegation;
      pendingDelegation = null;
      if (r.done) {
        this.finished = true;
        return { value: r.value === undefined ? null : r.value, done: true };
      }
      return r;
    } catch (e) {
      this.finished = true;
      this.delegation = pendingDelegation = null;
      return this.escaped(e);
    } finally {
      this.running = false;
      this.excs = saveExcepts(depth);
      this.catchers = saveCatchers(guarded ? catchDepth + 1 : catchDepth);
      if (guarded) exitTry(catchDepth);
      guardAt = outerGuard;
    }
  }

  /** An exception leaving the frame: a StopIteration becomes RuntimeError (PEP 479). */
  private escaped(e: unknown): never {
    const py = toPy(e);
    if (isInstance(py, StopIteration)) {
      const re = makeExc('RuntimeError', `${this.kind} raised StopIteration`);
      re.cause = py;
      re.suppress = true;
      re.context = py;
      throwPy(re);
    }
    throw py;
  }

  /**
   * `resume(0, value)`. A frame suspended outside any `except` or `try` of its own, resumed where
   * its guard is not needed (the common case), skips the stack bookkeeping; what it must still
   * notice is a frame that stops inside such a block, whose entries go with it.
   */
  next(value?: unknown): IteratorResult<unknown> {
    const v = value === undefined ? null : value;
    if (this.running || this.finished || this.excs.length !== 0 || this.catchers.length !== 0) return this.resume(0, v);
    // The stack depths are read directly, not through catchingDepth()/exceptDepth()/needsGuard():
    // until V8 optimises the caller, each of those is a real call on every resume.
    const catchDepth = catchTop;
    if (catchDepth !== 0 && catchDepth - 1 !== guardAt) return this.resume(0, v);
    this.running = true;
    this.started = true;
    const depth = handling.length;
    let r: IteratorResult<unknown>;
    try {
      r = this.native ? resumeNext.call(this.g, v) : this.g.next(v);
    } catch (e) {
      this.finished = true;
      this.delegation = pendingDelegation = null;
      try {
        return this.escaped(e);
      } finally {
        this.stopped(depth, catchDepth);
      }
    }
    this.running = false;
    if (handling.length !== depth) this.excs = saveExcepts(depth);
    if (catchTop !== catchDepth) this.catchers = saveCatchers(catchDepth);
    this.delegation = pendingDelegation;
    pendingDelegation = null;
    if (r.done) {
      this.finished = true;
      return { value: r.value === undefined ? null : r.value, done: true };
    }
    return r;
  }

  /** The frame stopped running: it takes with it the stack entries it left above the depths. */
  private stopped(depth: number, catchDepth: number): void {
    this.running = false;
    if (exceptDepth() !== depth) this.excs = saveExcepts(depth);
    if (catchingDepth() !== catchDepth) this.catchers = saveCatchers(catchDepth);
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** A `for...of` left early (break, return, an exception): CPython's dealloc of the last reference. */
  return(): IteratorResult<unknown> {
    if (this.ownedByLoop) {
      this.ownedByLoop = false;
      closeUnraisable(this);
    }
    return { value: undefined, done: true };
  }

  /** Marks a generator no one else has run yet as the only property of the loop about to run it. */
  ownByLoop(): void {
    if (!this.started && !this.finished) this.ownedByLoop = true;
  }

  /** The frame's state, for the coroutine objects built on it (coroutine.ts). */
  get isStarted(): boolean {
    return this.started;
  }
  get isFinished(): boolean {
    return this.finished;
  }
  get isRunning(): boolean {
    return this.running;
  }

  /**
   * gi_yieldfrom: the sub-iterator of the `yield from` the frame is suspended in. A running frame
   * has none, except while a throw or close is passed on to it (CPython calls the sub-iterator's
   * methods then without resuming the frame).
   */
  get yieldingFrom(): unknown {
    const d = this.delegation;
    if (d === null || this.finished || (this.running && !d.forwarding)) return null;
    return d.target;
  }

  $__iter__(): this {
    return this;
  }

  $__next__(): unknown {
    const r = this.resume(0, null);
    if (r.done) return stop(r.value);
    return r.value;
  }

  $send(value: unknown): unknown {
    if (!this.started && value !== null && !this.finished) {
      return raise('TypeError', "can't send non-None value to a just-started generator");
    }
    const r = this.resume(0, value);
    if (r.done) return stop(r.value);
    return r.value;
  }

  $throw(typ: unknown, val?: unknown, tb?: unknown): unknown {
    const exc = throwable(typ, val);
    if (!this.started) {
      // A generator that never ran raises the exception at once and is finished.
      this.finished = true;
      throw exc;
    }
    // A sub-iterator of a `yield from` defined in Python gets the arguments as they were given.
    const outer = thrownWith;
    thrownWith = { exc, args: tb !== undefined ? [typ, val, tb] : val !== undefined ? [typ, val] : [typ] };
    let r: IteratorResult<unknown>;
    try {
      r = this.resume(1, exc);
    } finally {
      thrownWith = outer;
    }
    if (r.done) return stop(r.value);
    return r.value;
  }

  $close(): null {
    if (this.finished) return null;
    if (!this.started) {
      this.finished = true;
      return null;
    }
    if (!this.native) {
      // A generator expression's frame has no handler that could see the GeneratorExit: closing
      // it is leaving its loop. Throwing one in cost an exception object, with its stack, at every
      // `any(...)` or `next(...)` that stops early (close() runs when the last reference goes).
      if (this.running) return raise('ValueError', `${this.kind} already executing`);
      this.finished = true;
      this.delegation = null;
      (this.g as unknown as LoopFrame).leave();
      return null;
    }
    let r: IteratorResult<unknown>;
    try {
      r = this.resume(1, makeExc('GeneratorExit'));
    } catch (e) {
      if (isPyException(e) && (isInstance(e, GeneratorExit) || isInstance(e, StopIteration))) return null;
      throw e;
    }
    if (!r.done) return raise('RuntimeError', `${this.kind} ignored GeneratorExit`);
    return null;
  }

  $__repr__(): string {
    return `<generator object ${this.qualname} at ${addressOf(this)}>`;
  }
}

/**
 * close() as a generator's finalizer runs it: an exception it raises cannot propagate, and
 * CPython reports it on stderr as unraisable.
 */
function closeUnraisable(g: PyGenerator): void {
  try {
    g.$close();
  } catch (e) {
    const text = `Exception ignored in: ${g.$__repr__()}\n${formatUnraisable(toPy(e))}`;
    nodeModule('fs').writeSync(2, Buffer.from(text, 'utf8'));
  }
}

/** `iter(obj)` for a loop that owns what it iterates: a call's or a generator expression's result. */
export function iterOwned(obj: unknown): Iterable<unknown> {
  if (obj instanceof PyGenerator) {
    obj.ownByLoop();
    return obj;
  }
  return iter(obj);
}

export function stop(value: unknown): never {
  throwPy(value === null ? makeExc('StopIteration') : makeExc('StopIteration', value));
  throw undefined;
}

/** The exception `gen.throw(typ[, val])` throws in (a coroutine's `throw` too). */
export function throwable(typ: unknown, val?: unknown): PyException {
  if (isClass(typ)) {
    let e: unknown;
    try {
      e = val === undefined || val === null
        ? (typ as PyType)()
        : isPyException(val) && isInstance(val, typ as PyType)
          ? val
          // A tuple value holds the constructor's arguments, as with CPython's throw(type, value).
          : val instanceof PyTuple ? (typ as PyType)(...val) : (typ as PyType)(val);
    } catch (err) {
      // CPython throws the error of a failed construction into the frame in its place.
      if (isPyException(err)) return err;
      throw err;
    }
    if (!isPyException(e)) return raise('TypeError', 'exceptions must derive from BaseException');
    return e;
  }
  if (isPyException(typ)) {
    if (val !== undefined && val !== null) return raise('TypeError', 'instance exception may not have a separate value');
    return typ;
  }
  return raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${className(typ)}`);
}

const proto = PyGenerator.prototype as any;
export const generatorType = builtinType({
  name: 'generator',
  proto,
  final: true,
  methods: {
    __iter__: proto.$__iter__,
    __next__: proto.$__next__,
    send: proto.$send,
    throw: proto.$throw,
    close: proto.$close,
    __repr__: proto.$__repr__,
    // The finaliser: a generator left suspended is closed; what that raises is not the caller's
    // (CPython reports it as unraisable).
    __del__: function (this: PyGenerator) {
      if (this.isStarted && !this.isFinished) {
        try {
          proto.$close.call(this);
        } catch {
          /* ignored, as at finalisation */
        }
      }
      return null;
    },
  },
  getters: {
    __name__: (g: PyGenerator) => g.name,
    __qualname__: (g: PyGenerator) => g.qualname,
    gi_running: (g: PyGenerator) => g.isRunning,
    gi_suspended: (g: PyGenerator) => g.isStarted && !g.isRunning && !g.isFinished,
    gi_frame: (g: PyGenerator) => ((g as any).finished ? null : g),
    gi_yieldfrom: (g: PyGenerator) => g.yieldingFrom,
    gi_code: (g: PyGenerator) => g.code,
  },
});

/** A Python generator object running `body` (a generator expression's, made where it runs). */
export function gen(body: () => Generator<unknown, unknown, unknown>, name: string, qualname: string): PyGenerator {
  // Frames of the body show as `name` in tracebacks (V8 names frames after `name`).
  if (body.name !== name) Object.defineProperty(body, 'name', { value: name, configurable: true });
  return new PyGenerator(body(), name, qualname);
}

/** What a generator expression's step returns for an item its `if` clauses leave out. */
export const GENEXPR_SKIP: unique symbol = Symbol('genexpr skip');

/** The end of a generator expression's loop, as its frame reports it to `resume`. */
const LOOP_DONE: IteratorResult<unknown> = { value: null, done: true };

/**
 * The frame of a one-loop generator expression: the loop's iterator and the compiled step, with
 * no JS generator under them. Resuming a `function*` costs V8 a trip through its resume
 * trampoline and a copy of its registers at each yield, more than the step itself; this frame
 * only has to keep what a `for...of` in a generator would have done: the iterator is closed
 * (its `return()`) when the step raises or an exception is thrown in at the `yield`, not when its
 * own `next` raises, and an error from that `return()` gives way to the exception in flight.
 */
class LoopFrame {
  private started = false;
  constructor(
    private readonly it: Iterator<unknown>,
    private readonly step: (item: unknown) => unknown,
  ) {}

  next(): IteratorResult<unknown> {
    this.started = true;
    const it = this.it;
    for (;;) {
      const r = it.next();
      if (r.done) return LOOP_DONE;
      let value: unknown;
      try {
        value = this.step(r.value);
      } catch (e) {
        this.closeIterator();
        throw e;
      }
      if (value !== GENEXPR_SKIP) return { value, done: false };
    }
  }

  /** An exception thrown in at the `yield` (gen.throw, close): it leaves the loop. */
  throw(e: unknown): never {
    this.leave();
    throw e;
  }

  /** Leaves the loop early: the iterator it owns is closed, as when its last reference goes. */
  leave(): void {
    if (this.started) this.closeIterator();
  }

  private closeIterator(): void {
    const close = (this.it as { return?: () => unknown }).return;
    if (typeof close !== 'function') return;
    try {
      close.call(this.it);
    } catch {
      // IteratorClose on a throw completion: the exception in flight wins.
    }
  }
}

/**
 * A generator expression with one `for` and no `await`: `(step(x) for x in iterable)`, where the
 * compiled `step` assigns the loop target, tests the `if` clauses (GENEXPR_SKIP when one fails)
 * and returns the element. A `function*` made afresh at every evaluation cost V8 a new prototype
 * and hidden class for its generator objects each time (~5 µs, ten times CPython's whole
 * `sum(x for x in t)` over three items), and left every site that resumes generators megamorphic.
 * As in CPython, `iter(iterable)` is taken now, where the expression is evaluated (a TypeError for
 * `(x for x in 5)` is raised here, not at the first `next`); `owned`: the loop holds the only
 * reference to what it iterates (`iterOwned`), so closing the generator closes it.
 */
export function genOver(iterable: unknown, owned: boolean, step: (item: unknown) => unknown, qualname: string): PyGenerator {
  const source = owned ? iterOwned(iterable) : iter(iterable);
  const frame = new LoopFrame(source[Symbol.iterator](), step);
  return new PyGenerator(frame as unknown as Generator<unknown, unknown, unknown>, '<genexpr>', qualname);
}

/**
 * The body of a generator function, made once where its `def` runs and called with the
 * arguments at each call (`genFrame`). V8 gives each function* closure its own prototype and
 * hidden class for the generator objects it makes, so a body made afresh at every call cost
 * ~5 µs per call (25 times what the call itself costs) and left every site megamorphic.
 */
export function frameBody<F extends (...args: any[]) => Generator<unknown, unknown, unknown>>(body: F, name: string): F {
  // Frames of the body show as `name` in tracebacks (V8 names frames after `name`).
  if (body.name !== name) Object.defineProperty(body, 'name', { value: name, configurable: true });
  noteFrameBody(body);
  return body;
}

/** A call of a generator function: the Python generator object over the frame its body made. */
export function genFrame(frame: Generator<unknown, unknown, unknown>, name: string, qualname: string): PyGenerator {
  return new PyGenerator(frame, name, qualname);
}

// ---------------------------------------------------------------------------------------------
// yield from

/**
 * What a frame suspended in a `yield from` delegates to. Each step that hands a value up through
 * the `yield*` names its delegation in `pendingDelegation`, and the frame's resume, which the
 * `yield*` passes the value straight to, takes it: so a frame knows which `yield from`, if any,
 * it stopped in (gi_yieldfrom), at the cost of one store per resume.
 */
interface Delegation {
  /** The sub-iterator, as gi_yieldfrom shows it. */
  readonly target: unknown;
  /** A throw or close is being passed on to the sub-iterator while the frame waits. */
  forwarding: boolean;
}

/** A step of `d` handing a value up: the frame above will be suspended in it. */
function suspendsIn(d: Delegation, r: IteratorResult<unknown>): IteratorResult<unknown> {
  if (!r.done) pendingDelegation = d;
  return r;
}

/** The end of a delegation, its value the result of the `yield from` (None when it had none). */
function ended(value: unknown): IteratorResult<unknown> {
  return { value: value === undefined ? null : value, done: true };
}

function isStopIteration(e: unknown): boolean {
  return isPyException(e) && isInstance(e, StopIteration);
}

function isGeneratorExit(e: unknown): boolean {
  return isPyException(e) && isInstance(e, GeneratorExit);
}

/** A call to a sub-iterator's send or throw: a StopIteration from it ends the delegation. */
function callForStep(method: unknown, args: unknown[]): IteratorResult<unknown> {
  let value: unknown;
  try {
    value = callable(method)(...args);
  } catch (e) {
    if (isStopIteration(e)) return ended((e as { $value?: unknown }).$value);
    throw e;
  }
  return { value, done: false };
}

const NO_METHOD = Object.freeze({ missing: true });

/** `obj.name` when present; NO_METHOD when the lookup raises AttributeError. */
function optionalMethod(obj: unknown, name: string): unknown {
  return getattrByName(obj, name, NO_METHOD);
}

/**
 * The sub-iterator's `close()`, run when the delegating frame is closed (or GeneratorExit is
 * thrown in). An iterator without one is left as it is; a lookup that fails otherwise is
 * reported as unraisable and the close goes on, as CPython does.
 */
function closeSubIterator(it: unknown): void {
  let close: unknown;
  try {
    close = optionalMethod(it, 'close');
  } catch (e) {
    const text = `Exception ignored in: ${repr(it)}\n${formatUnraisable(toPy(e))}`;
    nodeModule('fs').writeSync(2, Buffer.from(text, 'utf8'));
    return;
  }
  if (close !== NO_METHOD) callable(close)();
}

/** What a sub-iterator's `throw` is called with for `exc`: the arguments `gen.throw` was given. */
function throwArgs(exc: unknown): unknown[] {
  return thrownWith !== null && thrownWith.exc === exc ? thrownWith.args : [exc];
}

/** `yield from` over a Python generator: send, throw and close go through to it. */
class DelegateGen implements Iterator<unknown>, Delegation {
  forwarding = false;
  constructor(readonly target: PyGenerator) {}
  next(v?: unknown): IteratorResult<unknown> {
    return suspendsIn(this, this.target.resume(0, v === undefined ? null : v));
  }
  throw(e: unknown): IteratorResult<unknown> {
    this.forwarding = true;
    try {
      if (isGeneratorExit(e)) {
        this.target.$close();
        throw e;
      }
      return suspendsIn(this, this.target.resume(1, e));
    } finally {
      this.forwarding = false;
    }
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * `yield from` over any other iterable: the delegation holds `iter(obj)` and, as PEP 380 has it,
 * sends None as `__next__()`, any other value through the iterator's `send` (AttributeError when
 * it has none), a thrown exception through its `throw` if it has one (else the exception is
 * raised in the delegating frame), and a close through its `close` if it has one.
 */
class DelegateIter implements Iterator<unknown>, Delegation {
  forwarding = false;
  /** The iterator itself when it is a builtin one speaking JS's protocol, null for one in Python. */
  private readonly js: Iterator<unknown> | null;
  constructor(readonly target: any) {
    const t = typeOf(target);
    this.js = t[META].flags & Flags.Builtin && typeof target.next === 'function' ? target : null;
  }
  next(v?: unknown): IteratorResult<unknown> {
    if (v !== undefined && v !== null) return suspendsIn(this, callForStep(getattrByName(this.target, 'send'), [v]));
    if (this.js === null) return suspendsIn(this, this.nextOfPython());
    const r = this.js.next();
    if (r.done) return ended(r.value);
    pendingDelegation = this;
    return r;
  }
  /** `__next__()` of an iterator defined in Python; its StopIteration ends the delegation. */
  private nextOfPython(): IteratorResult<unknown> {
    const it = this.target;
    const next = (typeOf(it).prototype as { $__next__?: unknown }).$__next__;
    if (typeof next !== 'function') return callForStep(getattrByName(it, 'send'), [null]);
    const depth = enterTry(ENDS_ITERATION);
    let value: unknown;
    try {
      value = nextOrStopped(it, next);
    } catch (e) {
      exitTry(depth);
      if (isStopIteration(e)) return ended((e as { $value?: unknown }).$value);
      throw e;
    }
    exitTry(depth);
    return value === ITERATION_STOPPED ? ended(null) : { value, done: false };
  }
  throw(e: unknown): IteratorResult<unknown> {
    const args = throwArgs(e);
    this.forwarding = true;
    try {
      if (isGeneratorExit(e)) {
        closeSubIterator(this.target);
        throw e;
      }
      const method = optionalMethod(this.target, 'throw');
      if (method === NO_METHOD) throw e;
      return suspendsIn(this, callForStep(method, args));
    } finally {
      this.forwarding = false;
    }
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * The iterator `yield*` delegates to for `yield from obj`. A generator is its own sub-iterator;
 * anything else is `iter(obj)`, which may itself be a generator (an `__iter__` written as one).
 */
export function yieldFrom(obj: unknown): Iterator<unknown> & Iterable<unknown> {
  if (obj instanceof PyGenerator) return new DelegateGen(obj);
  const it = iterBuiltin(obj);
  return it instanceof PyGenerator ? new DelegateGen(it) : new DelegateIter(it);
}
