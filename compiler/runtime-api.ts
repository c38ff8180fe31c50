// The contract between generated code and the runtime: every name generated code may import from
// `runtime/index.ts`, with the meaning the lowering relies on. A test checks that the runtime
// exports each of them. Generated code imports them as `$name` (helpers) or under the Python
// builtin's own name (BUILTIN_NAMES).

export const RUNTIME_HELPERS = {
  // values
  float: '(v: number) => float: boxes integral values (PyFloat), passes others',
  complex: '(re: number, im: number) => complex',
  tuple: '(items: unknown[]) => tuple (copies into a PyTuple)',
  tuple2: '(a, b) => tuple (a, b)',
  tuple3: '(a, b, c) => tuple (a, b, c)',
  tupleCall: '(f, x) => f(x) for a call of the name `tuple` with one positional argument: the tuple of x built directly when f is the builtin class',
  dict: '(flat: unknown[]) => dict from [k0, v0, k1, v1, ...]',
  dictMerge: '(d: dict, mapping) => void: d.update(mapping) for {**m} displays (TypeError if not a mapping)',
  set: '(items: unknown[]) => set',
  bytes: '(latin1: string) => bytes: one char per byte',
  slice: '(lower, upper, step) => slice object (null for omitted parts)',
  Ellipsis: 'the Ellipsis singleton',
  NotImplemented: 'the NotImplemented singleton',

  // operators: Python semantics incl. dunder dispatch, NotImplemented and CPython's TypeErrors
  add: '(a, b)', sub: '(a, b)', mul: '(a, b)', truediv: '(a, b)', floordiv: '(a, b)', mod: '(a, b)',
  pow: '(a, b)', matmul: '(a, b)', lshift: '(a, b)', rshift: '(a, b)', bitand: '(a, b)',
  bitor: '(a, b)', bitxor: '(a, b)',
  iadd: '(a, b): a += b (lists extend in place, __iadd__ first)', isub: '(a, b)', imul: '(a, b)',
  itruediv: '(a, b)', ifloordiv: '(a, b)', imod: '(a, b)', ipow: '(a, b)', imatmul: '(a, b)',
  ilshift: '(a, b)', irshift: '(a, b)', ibitand: '(a, b)', ibitor: '(a, b)', ibitxor: '(a, b)',
  neg: '(a)', pos: '(a)', invert: '(a)',
  mulAddMod: '(a, b, c: number | null, m: number): (a * b + c) % m, or (a * b) % m for c null; c and m int literals, 0 < m <= 2**32',
  not: '(a) => boolean',
  truthy: '(a) => boolean: Python truth value (__bool__, __len__)',
  eq: '(a, b)', ne: '(a, b)', lt: '(a, b)', le: '(a, b)', gt: '(a, b)', ge: '(a, b)',
  is: '(a, b) => boolean', isnot: '(a, b) => boolean',
  contains: '(container, item) => boolean: `item in container`',
  itemEq: '(a, b) => boolean: `a == b` as a container compares its items (identity first, then ==, then truth)',

  // subscripts and attributes
  PyRange: 'the class of range objects (`o.constructor === $PyRange && o.blen === null`: a range whose start, step and length are JS numbers, `o.start + i * o.step` its items)',
  PyTuple: 'the class of tuple instances (`o?.constructor === $PyTuple`: a plain tuple, for inline fast paths)',
  NO_DICT: 'the symbol on prototypes whose instances take no attributes (`o?.[$NO_DICT] === true`: a store goes to setattrFallback)',
  PyDict: 'the class of plain dict instances (`o?.constructor === $PyDict` picks the inline fast path; subclasses have their own constructor)',
  getitem: '(obj, key)', setitem: '(obj, key, value) => void', delitem: '(obj, key) => void',
  getslice: '(obj, lower, upper, step): obj[lower:upper:step], null for omitted parts (no slice object for plain lists)',
  setslice: '(obj, lower, upper, step, value) => void: obj[lower:upper:step] = value',
  copySlice: '(t, lower, upper, step, s, sLower, sUpper, sStep) => void: t[lower:upper:step] = s[sLower:sUpper:sStep] for a plain list s and number/None bounds',
  getattr: '(obj, value, name): value is obj.$name already read; binds methods, raises AttributeError when undefined',
  noattr: '(obj, name) => function: for a method call whose attribute is missing (uses __getattr__ or raises)',
  typeSlotAttr: '(obj, name): obj.name for a special method name (an instance keeps its own apart from obj.$name)',
  typeSlotMethod: '(obj, name) => function: the callee of obj.name(...) for a special method name',
  delattr: '(obj, name) => void',
  setattrFallback: '(obj, name, value) => void: setattr on objects whose stores need a hook',

  // iteration and unpacking
  iter: '(obj) => JS Iterable (arrays and strings as themselves)',
  iterOwned: '(obj) => iter(obj), for a loop over a call or generator expression: a fresh generator is closed when the loop is left early',
  splitWords: '(s: str) => JS Iterable of the words of s.split(), found one at a time (a `for` over `s.split()`)',
  partitionAt: '(s: str, sep: str) => number: the code unit index where s.partition(sep) cuts s, -1 when sep is absent (ValueError for an empty sep)',
  rpartitionAt: '(s: str, sep: str) => number: the code unit index where s.rpartition(sep) cuts s, -1 when sep is absent',
  next: '(iterator) => value (raises StopIteration)',
  unpack: '(obj, n) => array of exactly n items (CPython ValueError messages)',
  unpackEx: '(obj, before, after) => array: before items, a list for the starred target, after items',
  rangeBound: '(x) => number | bigint: a `for ... in range(...)` bound, validated as an int (TypeError for floats)',
  rangeStart: '(start, stop) => start, as a bigint when either bound is one (the counter then counts exactly)',
  rangeItem: '(i: bigint) => the int a bigint loop counter stands for (a number once safe)',
  toArray: '(iterable, fn?, self?) => JS array of its items (for *args; fn/self name the callee in the error)',
  starItems: '(iterable) => JS array of its items, for `*x` in a list or tuple display or class bases ("Value after * ..." TypeError)',
  yieldFrom: '(obj) => JS iterator suitable for `yield*` (Python generators delegate send/throw)',

  // functions and calls
  def: '(fn, sig) => fn: attaches the signature record',
  argError: '(fn, ...params) => never: CPython arity TypeError',
  takeKw: '() => KwArgs | null: keyword-only/**kwargs parked by callKw',
  kwOnly: '(kw, name, default, fn) => value: one keyword-only argument from the takeKw() result; default undefined = required (TypeError naming fn)',
  kwRest: '(kw) => dict of the remaining keyword arguments (**kwargs)',
  varargs: '(rest: unknown[]) => tuple',
  callKw: '(fn, thisArg, pos: unknown[], kw: [string, unknown][]) => result',
  kwSite: '(npos, names: string[]) => the record of a call site with keywords and no unpacking (hoisted)',
  callAt: '(site, fn, thisArg, vals: unknown[]) => result: the npos positional values, then the keywords in the site\'s order',
  kwItems: '(mapping, fn?, self?) => [string, unknown][]: the pairs of a **mapping argument',
  callable: '(f) => f if callable, else raises TypeError "\'int\' object is not callable"',
  gen: '(body: () => Generator, name, qualname) => Python generator object',
  genOver: '(iterable, owned: boolean, step: (item) => value | GENEXPR_SKIP, qualname) => generator object of a one-loop generator expression (iter(iterable) taken now)',
  GENEXPR_SKIP: 'what a genOver step returns for an item its `if` clauses leave out',
  frameBody: '(body: (...args) => Generator, name) => body, named `name` for tracebacks: the body of a generator function, made where the def runs',
  genFrame: '(frame: Generator, name, qualname) => Python generator object over the frame that the body of a generator function made for one call',
  coroFrame: '(frame: Generator, name, qualname) => coroutine object (an `async def` without `yield`) over the frame its body (frameBody) made',
  asyncGenFrame: '(frame: Generator, name, qualname) => async generator object (an `async def` with `yield`) over the frame its body made',
  asyncGen: '(body: () => Generator, name, qualname) => async generator object of an async generator expression',
  asyncGenValue: '(v) => the wrapped value an async generator body yields (told apart from what its awaits pass up)',
  awaitable: '(obj) => JS iterator for `yield*`: `await obj` (coroutines, __await__, TypeError otherwise)',
  aiter: '(obj) => the async iterator `async for` walks (__aiter__, CPython TypeErrors)',
  aiterOwned: '(obj) => aiter(obj) for an `async for` over a call: a fresh async generator becomes the loop\'s own',
  asyncLoopLeft: '(it) => void: the `async for` over aiterOwned(...) ended; an owned async generator left unfinished is finalized (asyncio schedules its aclose())',
  asyncNext: '(it) => JS generator for `yield*`: awaits it.__anext__(), returning the item or ASYNC_DONE at StopAsyncIteration',
  ASYNC_DONE: 'the sentinel asyncNext returns at the end of an async iterator',
  asyncWithEnter: '(mgr) => [bound __aexit__, awaitable of __aenter__()] for `async with`',
  asyncWithExit: '(exitFn, exc | null) => JS generator for `yield*`: awaits __aexit__, returns true when it suppresses exc',
  bind: '(fn) => the this-style adapter for a canonical method',

  // classes
  class: '(name, qualname, module, bases: unknown[], ns: Map<string, unknown>, kw: [string, unknown][], adapters: Map<string, [canonical: Function, adapter: Function]>) => class',
  superMethod: '(cls, self, name) => function to .call(self, ...)',
  superAttr: '(cls, self, name) => attribute of super(cls, self)',
  superObj: '(cls, self) => a super object',
  classNs: '(module?, qualname?) => Map for a class body namespace (starting with __module__ and __qualname__ when given)',
  classKeywords: '(items: [name | null, value | mapping][]) => [string, unknown][]: class keywords with ** unpacked, duplicates refused',
  classLocals: '(ns: Map) => locals() in a class body: a dict sharing the namespace Map',

  // exceptions
  raise: '(exc, cause?: unknown /* undefined = no from clause */, made?: unknown /* exc is the value of a call in the statement: true for a builtin exception class, else the callee */) => never',
  reraise: '() => never: bare `raise` (RuntimeError "No active exception to reraise" if none)',
  raised: '(exc, cause?, made?) => the exception `raise` would throw (arguments as for raise), for the generated code to throw',
  raisedCall: '(callee, args: unknown[], fromNone?: boolean) => the exception `raise callee(*args)` [from None] would throw, the call not yet made',
  toPy: '(e: unknown) => Python exception object for any thrown JS value',
  excMatch: '(exc, cls_or_tuple) => boolean',
  enterExcept: '(exc, firstLine?, lastLine?) => void: marks exc as being handled (sys.exc_info, __context__); an except clause passes the lines of its try body',
  exitExcept: '() => void',
  catcher: '(clauses: [builtinClasses: unknown[] | null, quiet: boolean][]) => a try site\'s catcher (built once, hoisted)',
  lateCatcher: '(site: {c}, clauses) => the catcher of a site whose handlers name module classes, stored in site.c once they are all bound',
  guardedCatcher: '(catcher, index, check: (exc) => boolean) => the catcher with clause index quiet when check passes at the raise (built per entry)',
  excAttr: '(exc, key: "$name") => the attribute when reading it runs no Python code (own data property, no hooks, nothing in the class), else undefined',
  isPlainKey: '(v) => whether v is a str, unboxed number or bool (a dict key hashed without Python code)',
  isNumberOrAbsent: '(v) => v === undefined or an unboxed number',
  enterTry: '(catcher?) => void: a try/with/finally body starts (no catcher: catches all, may look)',
  exitTry: '() => void: that body ends, however',
  STOP_ASK: 'a loop passes it as the surplus argument of a `__next__` compiled to take it: return ITERATION_STOPPED instead of raising StopIteration',
  ITERATION_STOPPED: 'what such a `__next__` returns at its `raise StopIteration` when asked (compared with ===)',
  assertFail: '(msg?: unknown) => never',
  nameError: '(name, varnames?) => never: NameError; varnames (space-separated locals) feed its "Did you mean"',
  unboundLocal: '(name) => never',
  unboundFree: '(name) => never: NameError for a closure variable read before the enclosing scope bound it',
  fail: '(type, message) => never: raises a builtin exception CPython raises only when the code runs',
  // except* (runtime/exceptiongroup.ts)
  starBegin: '(exc) => the dispatch of an except* statement over caught exc, which is being handled until exitExcept()',
  starMatch: '(dispatch, classes) => the part of what is left that an except* clause matches (a naked exception wrapped in an ExceptionGroup), or null',
  starRaised: '(dispatch, thrown) => void: an except* handler raised',
  starEnd: '(dispatch) => void: throws what leaves the statement (the unmatched rest and what handlers raised), if anything',
  // probes (runtime/probes.ts): inside a try body, the operation returns PROBE_FAILED instead of raising its common error
  intProbe: '(x) => int(x), or PROBE_FAILED for a str that is no int literal',
  floatProbe: '(x) => float(x), or PROBE_FAILED for a str that is no float literal',
  getitemProbe: '(obj, key) => obj[key], or PROBE_FAILED for a missing key of a plain dict or an index out of range of a plain list or tuple',
  indexProbe: '(obj, x) => obj.index(x), or PROBE_FAILED when x is not in a plain list',
  probeError: '() => the exception the last failed probe stands for, chained, ready to throw',
  PROBE_FAILED: 'what a failed probe returns (compared with ===)',

  // match statements (PEP 634)
  matchSeq: '(subject, n, starIndex, wildcards?) => array of n items (the starred one a list) or null if not a matching sequence',
  matchMap: '(subject, keys, wantRest) => array of the values of keys (then a dict of the rest) or null',
  matchClass: '(subject, cls, nPositional, kwdAttrs) => array of the attribute values or null (__match_args__, self-matching builtins)',

  // with
  withEnter: '(mgr) => [exitFn, value]',
  withExit: '(exitFn, exc: unknown | null) => boolean: calls __exit__; true = suppress',

  // formatting
  format: '(value, spec: string) => string: format() / f-string field',
  str: '(value) => string', repr: '(value) => string', ascii: '(value) => string',
  percent: '(fmt, args) => string: the % operator on str (also reached through mod)',
  percentOne: '(spec, x) => string: `spec % (x,)` for one conversion of a % template split at compile time',
  flatten: '(s) => s: a string built by `+`, made flat (a formatted result kept in a list is not left a rope)',

  // modules
  module: '(name: string, file: string, body: (mod) => void, isPackage: boolean) => void: registers a module',
  import: '(name: string) => module: imports `a.b.c`, returns the module named',
  importFrom: '(module, name: string, modName: string) => value: `from m import name` (ImportError)',
  importStar: '(module) => [string, unknown][]',
  importStarRest: '(into, module, known: string[]) => void: the names of `from m import *` not in `known`, set on the module object',
  moduleGlobals: '(mod, accessors: object literal with a get/set pair per global name) => void: live module attributes',
  moduleDict: '(mod) => dict: globals(), the module namespace, live: reads see later assignments, stores reach the module',
  rebindBuiltins: '(rebind: (name, value) => void) => void: the program\'s builtin names follow assignments to the builtins module',
  globalByName: '(mod, name, varnames?) => value: a name no statement binds, found in the module namespace or builtins (NameError)',
  starOrBuiltin: '(mod, name, builtin) => value: a builtin name a star import may have bound in the module namespace',
  namespaceDict: '(flat: [name0, value0, ...], previous?) => dict: locals() in a function, unbound (undefined) locals left out; refreshes and returns `previous` (the same call\'s earlier locals()) if given',
  main: '(entryModuleName: string, usesNet: boolean, deepStack?: boolean, netAddon?: string) => void: runs the program (net launcher when needed; netAddon: the native addon, base64, for memphis.net and socket)',
  lineTable: '(mappings: string, sources: string[]) => void: source positions for tracebacks',
} as const;

export type RuntimeHelper = keyof typeof RUNTIME_HELPERS;

/** Python builtins that generated code imports from the runtime under their own names. */
export { BUILTIN_NAMES } from '../runtime/builtin-names.js';
export { TYPE_SLOTS } from '../runtime/type-slots.js';
