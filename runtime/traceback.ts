// Printing an uncaught exception the way CPython does (Python/pythonrun.c, Lib/traceback.py).
//
// An exception's JS stack is captured when it is raised (exceptions.ts). Only when a traceback is
// printed do we map its frames back to Python: the compiler registers the bundle's source map
// (`lineTable(mappings, sources)`), we decode its VLQ `mappings` on first use, and a JS frame whose
// position maps into a `.py` source is a Python frame; every other frame (the runtime, Node) is
// hidden. The source line is read from the `.py` file, as CPython's linecache does.
//
// Frame names come from the JS function names: `f` is `in f`; an anonymous function is a module
// body (`<module>`); a name starting with `$` stands for `<name>` (`$lambda` → `<lambda>`,
// `$listcomp` → `<listcomp>`); a trailing `$` (a renamed reserved word) is dropped.

import { nodeModule } from './host.js';
import { installTracebacks, isPyException, type CatchSite, type PyException, type RaisedAgain } from './exceptions.js';
import { builtinType, builtinTypes, hooks, isSubclass, META, typeOf } from './object.js';
import { loadedModules, moduleOfFile } from './module.js';
import { PyDict } from './dict.js';
import { sourceAndCarets } from '../compiler/diagnostics.js';

// ---------------------------------------------------------------------------------------------
// The line table

interface Table {
  /** The generated file the table describes (the caller of lineTable), or null: any file. */
  file: string | null;
  /** Until the first traceback: the caller's stack, captured unformatted (formatting costs a start ~1 ms). */
  site: { stack?: string } | null;
  mappings: string;
  sources: (string | null)[];
  /** Per generated line (0-based): flat [genCol, srcIdx, srcLine, ...] triples, by genCol. */
  lines: Int32Array[] | null;
}

let table: Table | null = null;

/**
 * Register the program's source map (called once by the generated bundle, whose own JS file the
 * table then describes; `file` overrides that).
 */
export function lineTable(mappings: string, sources: (string | null)[], file?: string): void {
  let site: { stack?: string } | null = null;
  if (file === undefined) Error.captureStackTrace((site = {}), lineTable);
  table = { file: file ?? null, site, mappings, sources, lines: null };
}

function callerFile(site: { stack?: string }): string | null {
  const first = site.stack?.split('\n').find((l) => FRAME.test(l));
  const m = first === undefined ? null : FRAME.exec(first);
  return m === null ? null : m[2]!;
}

const B64 = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});

function decode(t: Table): Int32Array[] {
  const out: Int32Array[] = [];
  const m = t.mappings;
  let srcIdx = 0;
  let srcLine = 0;
  let srcCol = 0;
  let nameIdx = 0;
  let cur: number[] = [];
  let genCol = 0;
  let i = 0;
  const fields: number[] = [];
  const flushSeg = (): void => {
    if (fields.length === 0) return;
    genCol += fields[0]!;
    if (fields.length >= 4) {
      srcIdx += fields[1]!;
      srcLine += fields[2]!;
      srcCol += fields[3]!;
      if (fields.length >= 5) nameIdx += fields[4]!;
      cur.push(genCol, srcIdx, srcLine);
    }
    fields.length = 0;
  };
  while (i <= m.length) {
    const c = i < m.length ? m.charCodeAt(i) : 59;
    if (c === 59 /* ; */) {
      flushSeg();
      out.push(Int32Array.from(cur));
      cur = [];
      genCol = 0;
      i++;
      continue;
    }
    if (c === 44 /* , */) {
      flushSeg();
      i++;
      continue;
    }
    // One VLQ number.
    let value = 0;
    let shift = 0;
    for (;;) {
      const d = B64[m.charCodeAt(i++)]!;
      value += (d & 31) << shift;
      if ((d & 32) === 0) break;
      shift += 5;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
  }
  void nameIdx;
  void srcCol;
  return out;
}

type PositionOf = (jsFile: string, line: number, col: number) => [string, number] | null;
/** Where positions in code compiled while the program runs are found (eval, exec: evaluate.ts). */
let elsewhere: PositionOf | null = null;
export function otherPositions(find: PositionOf): void {
  elsewhere = find;
}

/** The Python [file, line] of a generated position (1-based line and column), or null. */
export function pyPosition(jsFile: string, line: number, col: number): [string, number] | null {
  if (table === null) return null;
  if (table.site !== null) {
    table.file = callerFile(table.site);
    table.site = null;
  }
  if (table.file !== null && table.file !== jsFile) return elsewhere?.(jsFile, line, col) ?? null;
  table.lines ??= decode(table);
  const segs = table.lines[line - 1];
  if (segs === undefined || segs.length === 0) return null;
  let best = -1;
  for (let k = 0; k < segs.length; k += 3) {
    if (segs[k]! <= col - 1) best = k;
    else break;
  }
  if (best < 0) best = 0;
  const file = table.sources[segs[best + 1]!];
  if (file === undefined || file === null || !file.endsWith('.py')) return null;
  return [file, segs[best + 2]! + 1];
}

// ---------------------------------------------------------------------------------------------
// Frames

export interface PyFrame {
  file: string;
  line: number;
  name: string;
}

const FRAME = /^\s*at (?:(.*?) \()?(.+?):(\d+):(\d+)\)?$/;

function frameName(raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw === '<anonymous>') return '<module>';
  let n = raw.replace(/^async /, '').replace(/^new /, '').replace(/ \[as [^\]]+\]$/, '');
  const dot = n.lastIndexOf('.');
  if (dot >= 0) n = n.slice(dot + 1);
  if (n === '<anonymous>' || n === '') return '<module>';
  if (n.startsWith('$')) return `<${n.slice(1)}>`;
  if (n.endsWith('$')) n = n.slice(0, -1);
  return n;
}

/** The Python frames of a captured JS stack, outermost first. */
export function pyFrames(stack: string | undefined): PyFrame[] {
  if (stack === undefined) return [];
  const out: PyFrame[] = [];
  for (const l of stack.split('\n')) {
    const m = FRAME.exec(l);
    if (m === null) continue;
    const pos = pyPosition(m[2]!, Number(m[3]), Number(m[4]));
    if (pos === null) continue;
    out.push({ file: pos[0], line: pos[1], name: frameName(m[1]) });
  }
  return out.reverse();
}

/**
 * The Python frames of `exc`'s traceback as raised, outermost first. An exception raised again
 * (`raise e`) lists the frames of its last raise, then those of each earlier raise from the frame
 * that caught it then (CPython puts the traceback of a raise in front of the one the exception
 * already had, which ran from its earlier raise to where that was caught); one raised with a
 * traceback assigned has that traceback's frames last.
 */
export function raisedFrames(exc: PyException): PyFrame[] {
  return lastRaise(exc).frames;
}

/** `raisedFrames(exc)`, and how many of them, at the head, are frames of its last raise. */
function lastRaise(exc: PyException): { frames: PyFrame[]; lead: number } {
  let r = exc.again;
  if (r === undefined) {
    const frames = pyFrames(exc.stack);
    if (exc.bareFirst === true) frames.pop();
    const lead = frames.length;
    return { frames: withTail(frames, exc), lead };
  }
  let later = pyFrames(r.at.stack);
  const out = r.bare ? later.slice(0, -1) : later.slice();
  const lead = out.length;
  while (r !== undefined) {
    const before: RaisedAgain | undefined = r.before;
    const frames = pyFrames(before === undefined ? exc.stack : before.at.stack);
    const from = catchingFrameIndex(frames, later, r.caughtBefore);
    const bare = before === undefined ? exc.bareFirst === true : before.bare;
    const to = bare ? frames.length - 1 : frames.length;
    for (let i = from; i < to; i++) out.push(frames[i]!);
    later = frames;
    r = before;
  }
  return { frames: withTail(out, exc), lead };
}

/** `frames` followed by those of the traceback `exc` had assigned when it was raised. */
function withTail(frames: PyFrame[], exc: PyException): PyFrame[] {
  const tail = exc.tail;
  if (!(tail instanceof PyTracebackEntry)) return frames;
  for (const f of tracebackEntryFrames(tail)) frames.push(f);
  return frames;
}

/**
 * Where in `frames`, the stack of an earlier raise, the handler that caught it ran. The frames it
 * shares with `later`, the stack of the next raise, were still running then, so none of them
 * had caught it: the catcher is at or below the first frame where the two part. When the next
 * raise runs in the handler's function from that parting frame, it is the frame that caught and
 * raised again (`except E as e: err = e` ... `raise err`); otherwise it is the frame the handler
 * names (an exception returned by the function that caught it). Without one (a runtime catch),
 * the parting frame.
 */
function catchingFrameIndex(frames: PyFrame[], later: PyFrame[], caughtAt: CatchSite | undefined): number {
  let parting = 0;
  while (parting < frames.length - 1 && parting < later.length && samePlace(frames[parting]!, later[parting]!)) parting++;
  const handler = caughtAt === undefined ? null : topFunctionName(caughtAt.at.stack);
  if (handler === null) return parting;
  if (frames[parting]!.name === handler && later[parting]?.name === handler) return parting;
  return catchingFrameOf(frames, handler, caughtAt!, parting, frames.length) ?? parting;
}

/**
 * The index in `frames` (between `from` and `to`) of the frame that ran the handler of `site`,
 * named `name`: the innermost frame of that name standing in the handler's `try` body (a frame of
 * the same function standing elsewhere, as a recursive call that raised outside its `try`, did
 * not catch it), else the innermost of that name; null when none has it.
 */
function catchingFrameOf(frames: PyFrame[], name: string, site: CatchSite, from: number, to: number): number | null {
  let named: number | null = null;
  for (let i = to - 1; i >= from; i--) {
    const f = frames[i]!;
    if (f.name !== name) continue;
    if (site.first <= 0 || (f.line >= site.first && f.line <= site.last)) return i;
    named ??= i;
  }
  return named;
}

/**
 * The frames of the traceback of `exc` once an `except` clause caught it: from the frame that
 * caught it to where it was raised, wherever the code asking runs. Null when no clause caught it
 * since its last raise, or the catching frame is not found.
 */
export function handledFrames(exc: PyException): PyFrame[] | null {
  const site = exc.caughtAt;
  if (site === undefined || site.first === 0) return null;
  const name = topFunctionName(site.at.stack);
  if (name === null) return null;
  const { frames, lead } = lastRaise(exc);
  const at = catchingFrameOf(frames, name, site, 0, lead);
  return at === null ? null : frames.slice(at);
}

/**
 * The Python name of the function of the top frame of a captured JS stack, or null. (Its position
 * may map to no Python line: the handler's bookkeeping is code of its own.)
 */
function topFunctionName(stack: string | undefined): string | null {
  const first = stack?.split('\n').find((l) => FRAME.test(l));
  const m = first === undefined ? null : FRAME.exec(first);
  return m === null ? null : frameName(m[1]);
}

function samePlace(a: PyFrame, b: PyFrame): boolean {
  return a.file === b.file && a.name === b.name && a.line === b.line;
}

/** The Python frames of the code running now, outermost first. */
export function herePyFrames(): PyFrame[] {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, herePyFrames);
  return pyFrames(holder.stack);
}

/**
 * The `__name__` of the module of the innermost Python frame running now (CPython reads the
 * calling frame's globals), or '__main__' when no frame maps to a compiled module (eval/exec).
 * Only the frames down to the first Python one are mapped.
 */
function innermostModuleName(): string {
  // The caller is a few runtime frames down: a short stack is cheap to capture, the whole one is
  // the fallback for a deeper call.
  return moduleNameAtTop(innermostModuleName, 8) ?? moduleNameAtTop(innermostModuleName, Infinity) ?? '__main__';
}

/** The call sites themselves, instead of the text V8 would format from them. */
function keepCallSites(_error: Error, sites: NodeJS.CallSite[]): NodeJS.CallSite[] {
  return sites;
}

/**
 * The top frames as V8's structured call sites: reading the file and position of each costs far
 * less than formatting the stack's text (every frame's function and receiver names).
 */
function callSitesBelow(below: Function, depth: number): NodeJS.CallSite[] | string {
  const holder: { stack?: unknown } = {};
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  Error.stackTraceLimit = Math.min(limit, depth);
  Error.prepareStackTrace = keepCallSites;
  try {
    Error.captureStackTrace(holder, below);
    // A host that ignores the hook formats the text as usual.
    const sites = holder.stack;
    return Array.isArray(sites) ? (sites as NodeJS.CallSite[]) : String(sites ?? '');
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

function moduleNameAtTop(below: Function, depth: number): string | null {
  const sites = callSitesBelow(below, depth);
  if (typeof sites === 'string') return moduleNameInText(sites);
  for (const site of sites) {
    // The file as the formatted stack names it: a snippet's `sourceURL` stands for its script.
    const file = site.getScriptNameOrSourceURL();
    const line = site.getLineNumber();
    const col = site.getColumnNumber();
    if (typeof file !== 'string' || file === '' || line === null || col === null) continue;
    const pos = pyPosition(file, line, col);
    if (pos !== null) return nameOfModuleIn(pos[0]);
  }
  return null;
}

function moduleNameInText(stack: string): string | null {
  for (const l of stack.split('\n')) {
    const m = FRAME.exec(l);
    const pos = m === null ? null : pyPosition(m[2]!, Number(m[3]), Number(m[4]));
    if (pos !== null) return nameOfModuleIn(pos[0]);
  }
  return null;
}

/** The `__name__` of the module compiled from the Python file `file`; '__main__' for none (exec). */
function nameOfModuleIn(file: string): string {
  const name = (moduleOfFile(file) as { $__name__?: unknown } | undefined)?.$__name__;
  return typeof name === 'string' ? name : '__main__';
}
hooks.callerModuleName = innermostModuleName;

function sameFunction(a: PyFrame, b: PyFrame): boolean {
  return a.file === b.file && a.name === b.name;
}

/**
 * The frames of `exc`'s traceback as CPython keeps them: from the frame that caught it to the one
 * that raised it. The stack captured at the raise also holds the callers of the catching frame.
 * When an `except` clause caught it, its catch site tells which frame that was; otherwise (read in
 * `__exit__` or a `finally` block as it leaves) the callers are the frames it shares with `here`,
 * the stack of the code now looking.
 */
export function caughtTracebackFrames(exc: PyException, here: PyFrame[]): PyFrame[] {
  return handledFrames(exc) ?? trimmedToHere(exc, here);
}

/**
 * The frames of `exc`'s raise without those it shares with `here` (same function, file and line),
 * keeping the innermost shared function, the catching one, whose line differs.
 */
function trimmedToHere(exc: PyException, here: PyFrame[]): PyFrame[] {
  const frames = raisedFrames(exc);
  let k = 0;
  while (k < frames.length && k < here.length && sameFunction(frames[k]!, here[k]!) && frames[k]!.line === here[k]!.line) k++;
  const start = k < frames.length && k < here.length && sameFunction(frames[k]!, here[k]!) ? k : Math.max(0, k - 1);
  return frames.slice(start);
}

// ---------------------------------------------------------------------------------------------
// Traceback objects
//
// `e.__traceback__` and `sys.exc_info()[2]` are made on first read from the frames above: a chain
// of `traceback` objects (tb_frame, tb_lineno, tb_next), outermost first, whose frames have an
// f_code with the function's co_name and co_filename. Only what reads them pays for them: the
// frames are found (the captured stack formatted and mapped) when a field is first read.

/**
 * A `traceback` object: one frame of an exception's traceback. The first entry of an exception's
 * traceback may be made before its frames are known (`__exit__` gets one for every exception that
 * leaves a `with`, and rarely reads it): `pending` finds them when one of its fields is read.
 */
export class PyTracebackEntry {
  private at: PyFrameObject | null;
  private line: number;
  private rest: PyTracebackEntry | null;
  private pending: (() => PyFrame[]) | null;

  constructor(at: PyFrame | null, next: PyTracebackEntry | null, pending: (() => PyFrame[]) | null = null) {
    this.at = at === null ? null : new PyFrameObject(at);
    this.line = at === null ? 0 : at.line;
    this.rest = next;
    this.pending = pending;
  }

  private resolve(): void {
    const find = this.pending;
    if (find === null) return;
    this.pending = null;
    const frames = find();
    // An exception raised where no Python frame was running (rare): one entry for the module.
    const first = frames[0] ?? { file: '<unknown>', line: 0, name: '<module>' };
    this.at = new PyFrameObject(first);
    this.line = first.line;
    this.rest = tracebackChain(frames.slice(1));
  }

  get frame(): PyFrameObject {
    this.resolve();
    return this.at!;
  }

  get lineno(): number {
    this.resolve();
    return this.line;
  }

  get next(): PyTracebackEntry | null {
    this.resolve();
    return this.rest;
  }

  set next(tb: PyTracebackEntry | null) {
    this.resolve();
    this.rest = tb;
  }
}

/** The `frame` object of a traceback entry: its code and line (the locals are not kept). */
class PyFrameObject {
  private code: unknown = undefined;
  /** The calling frame, for frames of the running stack (sys._getframe); tracebacks leave it null. */
  back: PyFrameObject | null = null;
  constructor(readonly at: PyFrame) {}

  /** The namespace of the module whose code this frame runs. */
  globals(): unknown {
    const mod = moduleOfFile(this.at.file);
    return mod === undefined ? hooks.dict([]) : hooks.globalsOf((mod as { $__name__?: string }).$__name__ ?? '');
  }

  /** A `code` object naming the frame's function (the type of a function's `__code__`). */
  codeObject(): unknown {
    if (this.code !== undefined) return this.code;
    const codeType = builtinTypes.get('code');
    const c = Object.create(codeType === undefined ? Object.prototype : codeType.prototype) as Record<string, unknown>;
    Object.assign(c, {
      name: this.at.name, qualname: this.at.name, argcount: 0, posonly: 0, kwonly: 0, varnames: [], freevars: [], cellvars: [],
      filename: this.at.file, firstlineno: this.at.line, flags: 0,
    });
    return (this.code = c);
  }
}

const tracebackType = builtinType({
  name: 'traceback',
  proto: PyTracebackEntry.prototype,
  final: true,
  getters: {
    tb_frame: (t: PyTracebackEntry) => t.frame,
    tb_lineno: (t: PyTracebackEntry) => t.lineno,
    tb_next: (t: PyTracebackEntry) => t.next,
    tb_lasti: () => -1,
  },
  setters: {
    tb_next: (t: PyTracebackEntry, v: unknown) => {
      if (v !== null && !(v instanceof PyTracebackEntry)) hooks.raise('TypeError', `expected traceback object or None, got '${typeOf(v)[META].name}'`);
      t.next = v as PyTracebackEntry | null;
    },
  },
});
void tracebackType;

builtinType({
  name: 'frame',
  proto: PyFrameObject.prototype,
  final: true,
  methods: {
    __repr__(this: PyFrameObject) {
      return `<frame at 0x0, file '${this.at.file}', line ${this.at.line}, code ${this.at.name}>`;
    },
  },
  getters: {
    f_code: (f: PyFrameObject) => f.codeObject(),
    f_lineno: (f: PyFrameObject) => f.at.line,
    f_back: (f: PyFrameObject) => f.back,
    f_globals: (f: PyFrameObject) => f.globals(),
    f_lasti: () => -1,
  },
});

/**
 * sys._getframe(depth): the frame `depth` calls above the Python code calling it, linked to its
 * callers through f_back. The frames are those of the running stack, as a traceback would show
 * them (compiled functions, comprehensions and module bodies).
 */
export function getframe(depth: number): PyFrameObject {
  // The runtime frames on the stack (this one, sys._getframe's) map to no .py line and drop out.
  const frames = herePyFrames();
  // As in CPython, a negative depth is the caller's own frame.
  const at = frames.length - 1 - Math.max(depth, 0);
  if (at < 0) return hooks.raise('ValueError', 'call stack is not deep enough');
  let outer: PyFrameObject | null = null;
  for (let i = 0; i <= at; i++) {
    const f: PyFrameObject = new PyFrameObject(frames[i]!);
    f.back = outer;
    outer = f;
  }
  return outer!;
}

/** A chain of traceback objects over `frames` (outermost first), or None for no frames. */
export function tracebackChain(frames: PyFrame[]): PyTracebackEntry | null {
  let next: PyTracebackEntry | null = null;
  for (let i = frames.length - 1; i >= 0; i--) next = new PyTracebackEntry(frames[i]!, next);
  return next;
}

/** The frames a chain of traceback objects lists, outermost first. */
export function tracebackEntryFrames(tb: PyTracebackEntry | null): PyFrame[] {
  const out: PyFrame[] = [];
  for (let t = tb; t !== null; t = t.next) out.push({ file: t.frame.at.file, line: t.lineno, name: t.frame.at.name });
  return out;
}

installTracebacks(
  (exc, previous, lazily) => {
    const known = previous instanceof PyTracebackEntry ? previous : null;
    const find = (): PyFrame[] => handledFrames(exc) ?? trimmedToHere(exc, herePyFrames());
    if (lazily) return known ?? new PyTracebackEntry(null, null, find);
    return grownTraceback(known, find());
  },
  (x) => x instanceof PyTracebackEntry,
);

/**
 * The traceback over `frames`: `known`, the one made by an earlier read, when it lists them, or
 * with the frames the exception has left since put in front of it (CPython's traceback grows at
 * its head as the exception unwinds, keeping the entries made before).
 */
function grownTraceback(known: PyTracebackEntry | null, frames: PyFrame[]): PyTracebackEntry | null {
  if (known === null) return tracebackChain(frames);
  const had = tracebackEntryFrames(known);
  const added = frames.length - had.length;
  const samePlace = (a: PyFrame, b: PyFrame): boolean => a.file === b.file && a.name === b.name && a.line === b.line;
  if (added < 0 || !had.every((f, i) => samePlace(f, frames[added + i]!))) return tracebackChain(frames);
  let head: PyTracebackEntry = known;
  for (let i = added - 1; i >= 0; i--) head = new PyTracebackEntry(frames[i]!, head);
  return head;
}

const sourceCache = new Map<string, string[] | null>();

/**
 * The lines a program registered for `file` in `linecache.cache` (how code exec'd from a string
 * gets its source shown), or null when linecache is not loaded or has no usable entry. Read
 * fresh each time: the program may add or replace entries at any moment.
 */
function linecacheLines(file: string): unknown[] | null {
  const cache = loadedModules().get('linecache')?.$cache;
  if (!(cache instanceof PyDict)) return null;
  const entry = cache.get(file);
  if (!Array.isArray(entry) || entry.length < 3) return null;
  return Array.isArray(entry[2]) ? entry[2] : null;
}

/** Line `line` of `file`, stripped, as a traceback shows it; null when it cannot be read. */
export function sourceLine(file: string, line: number): string | null {
  const registered = linecacheLines(file);
  if (registered !== null) {
    const text = registered[line - 1];
    return typeof text === 'string' ? text.trim() : null;
  }
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try {
      const path = file.startsWith('file:') ? nodeModule('url').fileURLToPath(file) : file;
      lines = nodeModule('fs').readFileSync(path, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  const s = lines?.[line - 1];
  return s === undefined ? null : s.trim();
}

// ---------------------------------------------------------------------------------------------
// Formatting

// ---------------------------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c)

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(x: Uint8Array, y: Uint8Array, maxCost: number): number {
  let a = x;
  let b = y;
  let as = 0;
  let bs = 0;
  let ae = a.length;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b] = [b, a];
    [as, bs] = [bs, as];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer = new Array<number>(aSize);
  for (let i = 0, t = MOVE_COST; i < aSize; i++, t += MOVE_COST) buffer[i] = t;
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bs + bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[as + i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest name to `name` in `dir` (first of the closest), or null. */
export function suggest(dir: string[], name: string): string | null {
  if (dir.length >= MAX_CANDIDATE_ITEMS) return null;
  const enc = new TextEncoder();
  const n = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of dir) {
    if (item === name) continue;
    const it = enc.encode(item);
    let maxDistance = Math.floor(((n.length + it.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(n, it, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** CPython 3.11's builtins module dict, in its order (the last candidates for a NameError). */
const BUILTINS_DICT = (
  '__name__ __doc__ __package__ __loader__ __spec__ __build_class__ __import__ abs all any ascii bin ' +
  'breakpoint callable chr compile delattr dir divmod eval exec format getattr globals hasattr hash ' +
  'hex id input isinstance issubclass iter aiter len locals max min next anext oct ord pow print ' +
  'repr round setattr sorted sum vars None Ellipsis NotImplemented False True bool memoryview ' +
  'bytearray bytes classmethod complex dict enumerate filter float frozenset property int list map ' +
  'object range reversed set slice staticmethod str super tuple type zip __debug__ BaseException ' +
  'BaseExceptionGroup Exception GeneratorExit KeyboardInterrupt SystemExit ArithmeticError ' +
  'AssertionError AttributeError BufferError EOFError ImportError LookupError MemoryError NameError ' +
  'OSError ReferenceError RuntimeError StopAsyncIteration StopIteration SyntaxError SystemError ' +
  'TypeError ValueError Warning FloatingPointError OverflowError ZeroDivisionError BytesWarning ' +
  'DeprecationWarning EncodingWarning FutureWarning ImportWarning PendingDeprecationWarning ' +
  'ResourceWarning RuntimeWarning SyntaxWarning UnicodeWarning UserWarning BlockingIOError ' +
  'ChildProcessError ConnectionError FileExistsError FileNotFoundError InterruptedError ' +
  'IsADirectoryError NotADirectoryError PermissionError ProcessLookupError TimeoutError ' +
  'IndentationError IndexError KeyError ModuleNotFoundError NotImplementedError RecursionError ' +
  'UnboundLocalError UnicodeError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ' +
  'ConnectionResetError TabError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ' +
  'ExceptionGroup EnvironmentError IOError open quit exit copyright credits license help'
).split(' ');

/** The names a script's module dict starts with, before its own globals. */
const MODULE_DUNDERS = [
  '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__', '__file__', '__cached__',
];

/**
 * offer_suggestions_for_name_error: the raising function's local names, then its module's globals
 * (in dict order: assignment order), then the builtins.
 */
function nameSuggestion(exc: PyException, frames: PyFrame[]): string | null {
  const name = exc.name;
  if (typeof name !== 'string') return null;
  if (Array.isArray(exc.varnames)) {
    const s = suggest(exc.varnames as string[], name);
    if (s !== null) return s;
  }
  const last = frames[frames.length - 1];
  const mod = last === undefined ? undefined : moduleOfFile(last.file);
  if (mod !== undefined) {
    const globals = MODULE_DUNDERS.slice();
    const seen = new Set(globals);
    for (const k of Object.keys(mod)) {
      if (k.charCodeAt(0) !== 36 || seen.has(k.slice(1)) || mod[k] === undefined) continue;
      globals.push(k.slice(1));
    }
    const s = suggest(globals, name);
    if (s !== null) return s;
  }
  return suggest(BUILTINS_DICT, name);
}

function attrSuggestion(exc: PyException): string | null {
  const name = exc.name;
  if (typeof name !== 'string' || exc.obj === undefined) return null;
  try {
    const dir = hooks.dir(exc.obj);
    return Array.isArray(dir) ? suggest(dir as string[], name) : null;
  } catch {
    return null;
  }
}

/** A SyntaxError's offset attribute as a number; anything but an int counts as absent. */
function intOrNull(v: unknown): number | null {
  return typeof v === 'number' || typeof v === 'bigint' ? Number(v) : null;
}

/**
 * The offending line and its carets as the interpreter prints an uncaught SyntaxError, whose rules
 * differ from the traceback module's: tabs are stripped too, the offset is clipped to the line, a
 * text of several lines shows it from the line holding the offset, and the carets run from
 * `offset` to `endOffset` (1-based; one caret unless the end is past the start), the end clipped
 * to just past the text.
 */
function printedSourceAndCarets(text: string, offset: number | null, endOffset: number): string[] {
  const start = offset ?? -1;
  const end = Math.min(endOffset, text.length + 1);
  const carets = end > 0 && end > start ? end - start : 1;
  let rest = text.replace(/^[ \t\f]*/, '');
  let column = start - 1 - (text.length - rest.length);
  column = Math.min(column, rest.endsWith('\n') ? rest.length - 1 : rest.length);
  for (let nl = rest.indexOf('\n'); nl >= 0 && nl < column; nl = rest.indexOf('\n')) {
    rest = rest.slice(nl + 1);
    column -= nl + 1;
  }
  const lines = [`    ${rest.endsWith('\n') ? rest.slice(0, -1) : rest}`];
  if (column >= 0) lines.push(`    ${' '.repeat(column)}${'^'.repeat(carets)}`);
  return lines;
}

/**
 * A SyntaxError as CPython shows it: with a line number, where it is (`File "...", line N`),
 * the offending line without its indentation and carets from the offset to the end offset;
 * then the message alone (a filename without a line number goes after it in parentheses). The
 * `interpreter` printing an uncaught error draws the line and carets by its own rules.
 */
function syntaxErrorText(exc: PyException, name: string, interpreter: boolean): string {
  const fields = exc as unknown as Record<string, unknown>;
  const present = (v: unknown): boolean => v !== null && v !== undefined;
  const lines: string[] = [];
  let suffix = '';
  if (present(fields.lineno)) {
    const file = present(fields.filename) && hooks.str(fields.filename) !== '' ? hooks.str(fields.filename) : '<string>';
    lines.push(`  File "${file}", line ${hooks.str(fields.lineno)}`);
  } else if (present(fields.filename)) {
    suffix = ` (${hooks.str(fields.filename)})`;
  }
  if (present(fields.text)) {
    const text = hooks.str(fields.text);
    const [offset, endOffset] = [intOrNull(fields.offset), intOrNull(fields.end_offset)];
    if (!interpreter) lines.push(...sourceAndCarets(text, offset, endOffset));
    else if (typeOf(exc) !== builtinTypes.get('SyntaxError')) lines.push(...printedSourceAndCarets(text, offset, -1));
    else {
      const [lineno, endLineno] = [intOrNull(fields.lineno), intOrNull(fields.end_lineno)];
      // An error running past its line is marked up to the end of that line.
      const end = lineno !== null && endLineno !== null && endLineno > lineno ? text.length : endOffset ?? -1;
      lines.push(...printedSourceAndCarets(text, offset, end));
    }
  }
  const message = fields.msg;
  const text = present(message) && hooks.truthy(message) ? hooks.str(message) : '<no detail available>';
  lines.push(`${name}: ${text}${suffix}`);
  return lines.join('\n');
}

/**
 * `ValueError: message`, the last line of a traceback (format_exception_only). With `frames`, the
 * traceback's, a NameError or AttributeError gets CPython's "Did you mean" (the interpreter's
 * printer adds it; 3.11's traceback module does not).
 */
export function formatExceptionOnly(exc: unknown, frames: PyFrame[] | null = null): string {
  const cls = typeOf(exc);
  const m = cls[META];
  const name = m.module === '__main__' || m.module === 'builtins' ? m.qualname : `${m.module}.${m.qualname}`;
  let msg: string;
  try {
    msg = hooks.str(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  let out = msg === '' ? name : `${name}: ${msg}`;
  const syntaxError = builtinTypes.get('SyntaxError');
  if (isPyException(exc) && syntaxError !== undefined && isSubclass(cls, syntaxError)) out = syntaxErrorText(exc, name, frames !== null);
  if (isPyException(exc) && frames !== null) {
    const nameError = builtinTypes.get('NameError');
    const attributeError = builtinTypes.get('AttributeError');
    let s: string | null = null;
    // Only those two classes themselves, not their subclasses (UnboundLocalError): _Py_Offer_Suggestions
    // tests the exact type.
    if (cls === nameError) s = nameSuggestion(exc, frames);
    else if (cls === attributeError) s = attrSuggestion(exc);
    if (s !== null) out += `. Did you mean: '${s}'?`;
  }
  const notes = isPyException(exc) ? exc.$__notes__ : undefined;
  if (Array.isArray(notes)) for (const n of notes) out += '\n' + hooks.str(n);
  return out;
}

function formatFrames(frames: PyFrame[]): string {
  let out = '';
  let last: PyFrame | null = null;
  let repeat = 0;
  const flushRepeat = (): void => {
    if (repeat > 3) {
      const n = repeat - 3;
      out += `  [Previous line repeated ${n} more time${n === 1 ? '' : 's'}]\n`;
    }
  };
  for (const f of frames) {
    if (last !== null && f.file === last.file && f.line === last.line && f.name === last.name) {
      repeat++;
      if (repeat > 3) continue;
    } else {
      flushRepeat();
      repeat = 1;
    }
    last = f;
    out += `  File "${f.file}", line ${f.line}, in ${f.name}\n`;
    const src = sourceLine(f.file, f.line);
    if (src !== null && src !== '') out += `    ${src}\n`;
  }
  flushRepeat();
  return out;
}

/**
 * The frames of a chained exception's traceback: CPython's stops at the frame that caught it, so
 * drop the outer frames it shares with the exception raised while handling it.
 */
export function caughtFrames(frames: PyFrame[], outer: PyFrame[] | null): PyFrame[] {
  if (outer === null) return frames;
  let i = 0;
  while (
    i < frames.length - 1 &&
    i < outer.length &&
    frames[i]!.file === outer[i]!.file &&
    frames[i]!.line === outer[i]!.line &&
    frames[i]!.name === outer[i]!.name
  ) {
    i++;
  }
  return frames.slice(i);
}

/**
 * An exception as the default `sys.unraisablehook` writes it (a generator's finally raising as the
 * generator is dropped): its traceback and last line, without the exceptions chained to it.
 */
export function formatUnraisable(exc: unknown): string {
  const seen = new Set<unknown>();
  if (isPyException(exc)) {
    seen.add(exc.cause);
    seen.add(exc.context);
  }
  return formatException(exc, seen);
}

/** The full text CPython prints for an uncaught exception, chained exceptions first. */
export function formatException(exc: unknown, seen: Set<unknown> = new Set(), outer: PyFrame[] | null = null): string {
  return formatTree(exc, { seen, depth: 0, needClose: false }, outer);
}

// Exception groups print as a tree (PEP 654; Python/pythonrun.c, print_exception_group): each
// sub-exception under a `+---- i ----` title, indented two columns per level behind a `| `
// margin, its traceback cut where it joins its group's.

export interface PrintContext {
  seen: Set<unknown>;
  /** How deep in groups the exception being printed is (0: not in one). */
  depth: number;
  /** The last sub-exception's closing line is still owed. */
  needClose: boolean;
}

export const MAX_GROUP_WIDTH = 15;
export const MAX_GROUP_DEPTH = 10;

/**
 * The member part of a group's tree (TracebackException.format): a numbered rule before each
 * member, at most MAX_GROUP_WIDTH of them, then "and N more exceptions", and the closing rule that
 * the innermost last member owes. `put` takes finished lines; `member` prints one member one
 * level deeper.
 */
export function walkGroupMembers(
  members: readonly unknown[], ctx: PrintContext, put: (line: string) => void, member: (exc: unknown) => void,
): void {
  const n = members.length > MAX_GROUP_WIDTH ? MAX_GROUP_WIDTH + 1 : members.length;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    put(`${' '.repeat(2 * ctx.depth)}${i === 0 ? '+-' : '  '}+---------------- ${truncated ? '...' : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) {
      member(members[i]);
    } else {
      const more = members.length - MAX_GROUP_WIDTH;
      put(emit(ctx, `and ${more} more exception${more > 1 ? 's' : ''}\n`));
    }
    if (last && ctx.needClose) {
      put(`${' '.repeat(2 * ctx.depth)}+------------------------------------\n`);
      ctx.needClose = false;
    }
    ctx.depth--;
  }
}

/** `text`'s lines behind the margin of the current depth (textwrap.indent, every line). */
export function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (ctx.depth === 0) return text;
  const prefix = `${' '.repeat(2 * ctx.depth)}${margin} `;
  return text.split(/(?<=\n)/).map((line) => (line === '' ? '' : prefix + line)).join('');
}

/** The sub-exceptions of an exception group, or null for any other exception. */
export function groupMembers(exc: unknown): PyException[] | null {
  const group = builtinTypes.get('BaseExceptionGroup');
  if (group === undefined || !isPyException(exc) || !group.prototype.isPrototypeOf(exc)) return null;
  return (exc as { excs?: PyException[] }).excs ?? null;
}

function formatTree(exc: unknown, ctx: PrintContext, outer: PyFrame[] | null): string {
  ctx.seen.add(exc);
  let out = '';
  const all = isPyException(exc) ? raisedFrames(exc as PyException) : [];
  if (isPyException(exc)) {
    const cause = exc.cause;
    const context = exc.context;
    if (cause !== null && cause !== undefined && !ctx.seen.has(cause)) {
      out += formatTree(cause, ctx, all);
      out += emit(ctx, '\nThe above exception was the direct cause of the following exception:\n\n');
    } else if (context !== null && context !== undefined && !exc.suppress && !ctx.seen.has(context)) {
      out += formatTree(context, ctx, all);
      out += emit(ctx, '\nDuring handling of the above exception, another exception occurred:\n\n');
    }
  }
  // A chained exception shows its traceback as caught; the one being printed was never caught.
  const frames = outer !== null && isPyException(exc) ? handledFrames(exc) ?? caughtFrames(all, outer) : all;
  const members = groupMembers(exc);
  if (members === null) {
    if (frames.length) out += emit(ctx, 'Traceback (most recent call last):\n' + formatFrames(frames));
    return out + emit(ctx, formatExceptionOnly(exc, all) + '\n');
  }
  if (ctx.depth > MAX_GROUP_DEPTH) return out + emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
  const top = ctx.depth === 0;
  if (top) ctx.depth++;
  if (frames.length) {
    out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', top ? '+' : '|');
    out += emit(ctx, formatFrames(frames));
  }
  out += emit(ctx, formatExceptionOnly(exc, all) + '\n');
  // A group never raised has no frames of its own: its members are cut at its raised ancestor's.
  walkGroupMembers(members, ctx, (line) => { out += line; }, (member) => { out += formatTree(member, ctx, all.length ? all : outer); });
  if (top) ctx.depth = 0;
  return out;
}
