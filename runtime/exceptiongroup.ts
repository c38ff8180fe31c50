// BaseExceptionGroup and ExceptionGroup (PEP 654), and the runtime half of `except*`.
//
// A group holds its message and a tuple of exceptions. `split` and `subgroup` walk its tree and
// rebuild the parts that keep a partial match through `derive`, which a subclass may override;
// each part gets the original's traceback, cause, context and a copy of its notes
// (Objects/exceptions.c, exceptiongroup_subset). Our traceback is the JS stack captured at the
// raise, so a part shares the original's `stack`, and `tbFrom` remembers which raise that was:
// CPython tells a re-raised part from a newly raised exception by comparing traceback objects.
//
// `except*` (compiler/trystar.ts) runs its clauses over one `StarDispatch`: each clause splits
// what is still unmatched, and the end builds what propagates from the unmatched rest and what
// the handlers raised, as CPython's _PyExc_PrepReraiseStar does.

import { BaseException, Exception, enterExcept, exNew, isPyException, raise, toPy, tracebackOf, type PyException } from './exceptions.js';
import { builtinType, builtinTypes, className, isClass, isInstance, isSubclass, META, type KwPairs, type PyType } from './object.js';
import { getattr } from './classes.js';
import { callable, isCallable } from './function.js';
import { truthy, toArray } from './ops.js';
import { isTuple, tuple } from './tuple.js';
import { PyDict } from './dict.js';
import { ownClassGetitem } from './generic.js';

/** The fields of a group instance, besides an exception's. */
export interface PyExceptionGroup extends PyException {
  msg: string;
  excs: PyException[];
  /** The exception whose raise captured `stack`, when this group is a part made by split. */
  tbFrom?: PyException;
}

/** PySequence_Check: what has items by index, which a dict or a set does not. */
function isSequence(x: unknown): boolean {
  if (typeof x === 'string' || Array.isArray(x)) return true;
  if (x === null || typeof x !== 'object' || x instanceof PyDict) return false;
  return typeof (x as { $__getitem__?: unknown }).$__getitem__ === 'function';
}

function isStr(x: unknown): boolean {
  return typeof x === 'string' || isInstance(x, builtinTypes.get('str')!);
}

/** BaseExceptionGroup.__new__ (Objects/exceptions.c, BaseExceptionGroup_new). */
function groupNew(cls: PyType, pos: unknown[], kw: KwPairs | null): PyExceptionGroup {
  if (pos.length !== 2) raise('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${pos.length} given)`);
  const [message, exceptions] = pos;
  if (!isStr(message)) raise('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${className(message)}`);
  if (!isSequence(exceptions)) raise('TypeError', 'second argument (exceptions) must be a sequence');
  const excs = toArray(exceptions);
  if (excs.length === 0) raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let nestsBase = false;
  excs.forEach((e, i) => {
    if (!isPyException(e)) raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!isInstance(e, Exception)) nestsBase = true;
  });
  let made = cls;
  if (cls === ExceptionGroup) {
    if (nestsBase) raise('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === BaseExceptionGroup) {
    if (!nestsBase) made = ExceptionGroup;
  } else if (nestsBase && isSubclass(cls, Exception)) {
    raise('TypeError', `Cannot nest BaseExceptions in '${cls[META].name}'`);
  }
  const o = exNew(made, pos, kw) as PyExceptionGroup;
  o.msg = message as string;
  o.excs = tuple(excs) as unknown as PyException[];
  return o;
}

/** An exception group of `excs` as BaseExceptionGroup(message, excs) makes it. */
export function makeExceptionGroup(message: string, excs: unknown[]): PyExceptionGroup {
  return groupNew(BaseExceptionGroup, [message, excs], null);
}

export function isExceptionGroup(x: unknown): x is PyExceptionGroup {
  return isPyException(x) && isInstance(x, BaseExceptionGroup);
}

// ---------------------------------------------------------------------------------------------
// split and subgroup

type Matcher = (e: PyException) => boolean;

function isExceptionClass(x: unknown): x is PyType {
  return isClass(x) && isSubclass(x, BaseException);
}

/** What split() and subgroup() take: a predicate, an exception class or a tuple of them. */
function matcherOf(value: unknown): Matcher {
  if (isCallable(value) && !isClass(value)) {
    const f = callable(value);
    return (e) => truthy(f(e));
  }
  if (isExceptionClass(value)) return (e) => isInstance(e, value);
  if (isTuple(value) && (value as unknown[]).every(isExceptionClass)) {
    const classes = value as unknown as PyType[];
    return (e) => classes.some((c) => isInstance(e, c));
  }
  return raise('TypeError', 'expected a function, exception type or tuple of exception types');
}

/** The raise whose traceback `e` carries (a part made by split carries its original's). */
function tracebackSource(e: PyException): PyException {
  return (e as PyExceptionGroup).tbFrom ?? e;
}

/** `orig.derive(excs)` with orig's traceback, cause, context and notes (exceptiongroup_subset). */
function subset(orig: PyExceptionGroup, excs: PyException[]): PyExceptionGroup | null {
  if (excs.length === 0) return null;
  const derive = callable(getattr(orig, (orig as any).$derive, 'derive'));
  const eg = derive(excs) as PyExceptionGroup;
  if (!isExceptionGroup(eg)) raise('TypeError', 'derive must return an instance of BaseExceptionGroup');
  // The part's __traceback__ is the original's object; printing it walks the original's stack.
  if (Object.prototype.hasOwnProperty.call(orig, 'stack')) {
    Object.defineProperty(eg, 'stack', { value: orig.stack, writable: true, configurable: true });
  }
  eg.traceback = tracebackOf(orig);
  eg.tbSet = true;
  eg.tbFrom = tracebackSource(orig);
  if (orig.context !== null) eg.context = orig.context;
  if (orig.cause !== null) {
    eg.cause = orig.cause;
    eg.suppress = true;
  }
  const notes = orig.$__notes__;
  if (notes !== undefined && isSequence(notes)) eg.$__notes__ = toArray(notes).slice();
  return eg;
}

/** exceptiongroup_split_recursive: [match, rest], the rest only when `withRest`. */
function splitRecursive(exc: PyException, matches: Matcher, withRest: boolean): [PyException | null, PyException | null] {
  if (matches(exc)) return [exc, null];
  if (!isExceptionGroup(exc)) return [null, withRest ? exc : null];
  const matched: PyException[] = [];
  const rest: PyException[] = [];
  for (const e of exc.excs) {
    const [m, r] = splitRecursive(e, matches, withRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [subset(exc, matched), withRest ? subset(exc, rest) : null];
}

// ---------------------------------------------------------------------------------------------
// The classes

const BaseExceptionGroupProto: any = Object.create(BaseException.prototype);

export const BaseExceptionGroup: PyType = builtinType({
  name: 'BaseExceptionGroup',
  base: BaseException,
  proto: BaseExceptionGroupProto,
  new: groupNew,
  methods: {
    __str__(this: PyExceptionGroup) {
      const n = this.excs.length;
      return `${this.msg} (${n} sub-exception${n > 1 ? 's' : ''})`;
    },
    derive(this: PyExceptionGroup, excs: unknown) {
      return groupNew(BaseExceptionGroup, [this.msg, excs], null);
    },
    split(this: PyExceptionGroup, ...args: unknown[]) {
      if (args.length !== 1) raise('TypeError', `split expected 1 argument, got ${args.length}`);
      const [m, r] = splitRecursive(this, matcherOf(args[0]), true);
      return tuple([m, r]);
    },
    subgroup(this: PyExceptionGroup, ...args: unknown[]) {
      if (args.length !== 1) raise('TypeError', `subgroup expected 1 argument, got ${args.length}`);
      return splitRecursive(this, matcherOf(args[0]), false)[0];
    },
  },
  classmethods: {
    // `ExceptionGroup[ValueError]` in an annotation (PEP 585).
    __class_getitem__: ownClassGetitem(),
  },
  getters: {
    message: (self: PyExceptionGroup) => self.msg,
    exceptions: (self: PyExceptionGroup) => self.excs,
  },
});

export const ExceptionGroup: PyType = builtinType({
  name: 'ExceptionGroup',
  base: BaseExceptionGroup,
  bases: [Exception],
  proto: Object.create(BaseExceptionGroupProto),
  new: groupNew,
});

// ---------------------------------------------------------------------------------------------
// except*

/** One `except*` statement handling one exception: what is left to match, what handlers raised. */
export interface StarDispatch {
  orig: PyException;
  rest: PyException | null;
  raised: PyException[];
  /** Set by a handler's bare `raise` just before it throws (compiler/trystar.ts). */
  bare: boolean;
  /** What bare `raise` statements threw: parts of the group may leave as they were. */
  rethrown: Set<PyException>;
}

/** The caught exception `exc` enters the `except*` clauses (it is being handled meanwhile). */
export function starBegin(exc: PyException): StarDispatch {
  enterExcept(exc);
  return { orig: exc, rest: exc, raised: [], bare: false, rethrown: new Set() };
}

/** _PyEval_CheckExceptStarTypeValid: what an `except*` clause names. */
function checkStarType(spec: unknown): void {
  const items = isTuple(spec) ? (spec as unknown[]) : [spec];
  if (!items.every(isExceptionClass)) raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  if ((items as PyType[]).some((c) => isSubclass(c, BaseExceptionGroup))) {
    raise('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/**
 * The clause `except* spec`: the part of what is left that it matches (a naked exception wrapped
 * in an ExceptionGroup), or null when its handler does not run (_PyEval_ExceptionGroupMatch).
 */
export function starMatch(d: StarDispatch, spec: unknown): PyException | null {
  checkStarType(spec);
  const exc = d.rest;
  if (exc === null) return null;
  const classes = isTuple(spec) ? (spec as unknown as PyType[]) : [spec as PyType];
  if (classes.some((c) => isInstance(exc, c))) {
    d.rest = null;
    return isExceptionGroup(exc) ? exc : makeExceptionGroup('', tuple([exc]));
  }
  if (!isExceptionGroup(exc)) return null;
  const pair = callable(getattr(exc, (exc as any).$split, 'split'))(spec) as unknown;
  if (!isTuple(pair) || (pair as unknown[]).length !== 2) {
    raise('TypeError', `${className(exc)}.split must return a 2-tuple, got ${className(pair)}`);
  }
  const [match, rest] = pair as unknown as [PyException | null, PyException | null];
  d.rest = rest;
  return match;
}

/** A handler of the dispatch raised `e`. */
export function starRaised(d: StarDispatch, e: unknown): void {
  const exc = toPy(e);
  if (d.bare) d.rethrown.add(exc);
  d.bare = false;
  d.raised.push(exc);
}

/** The leaves of a group tree (collect_exception_group_leaf_ids). */
function collectLeaves(exc: PyException, into: Set<PyException>): void {
  if (!isExceptionGroup(exc)) into.add(exc);
  else for (const e of exc.excs) collectLeaves(e, into);
}

/** Whether `e` is a part of `orig` that is raised again, not a new exception (is_same_exception_metadata). */
function isReraise(e: PyException, orig: PyException): boolean {
  return tracebackSource(e) === tracebackSource(orig) && e.cause === orig.cause && e.context === orig.context;
}

/** What leaves the `except*` statement (_PyExc_PrepReraiseStar), or null when nothing does. */
function reraiseStar(orig: PyException, excs: (PyException | null)[], rethrown: Set<PyException>): PyException | null {
  if (excs.length === 0) return null;
  // A naked exception was wrapped to match: only one clause could run, so only one can leave.
  if (!isExceptionGroup(orig)) return excs[0] ?? null;
  const raised: PyException[] = [];
  const reraised: PyException[] = [];
  const rest = excs[excs.length - 1];
  for (const e of excs) if (e !== null) ((e === rest || rethrown.has(e)) && isReraise(e, orig) ? reraised : raised).push(e);
  const leaves = new Set<PyException>();
  for (const e of reraised) collectLeaves(e, leaves);
  const kept = reraised.length ? splitRecursive(orig, (e) => leaves.has(e), false)[0] : null;
  if (raised.length === 0) return kept;
  if (kept !== null) raised.push(kept);
  return raised.length > 1 ? makeExceptionGroup('', raised) : raised[0]!;
}

/** The end of the clauses: throw what leaves the statement, if anything does (the caller then exits the handling). */
export function starEnd(d: StarDispatch): void {
  const out = reraiseStar(d.orig, [...d.raised, d.rest], d.rethrown);
  if (out === null) return;
  // A group made here has no traceback yet: CPython's starts in the caller of this frame.
  if (!Object.prototype.hasOwnProperty.call(out, 'stack')) Error.captureStackTrace(out, starEnd);
  throw out;
}
