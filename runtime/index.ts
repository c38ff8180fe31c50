// The runtime's single entry point: every helper generated code imports (compiler/runtime-api.ts)
// and every Python builtin.
//
// Five helper names are also Python builtins with other meanings: `dict`, `bytes`, `callable`,
// `iter` and `getattr` (and, compatibly, `float`, `tuple`, `set`, `slice`, `str`, `repr`, `format`,
// `ascii`, `next`). An ES module has one export per name, so the plain name is the Python builtin
// and every helper is ALSO exported under `$` + its key (`$dict`, `$getattr`, `$add`, ...), which
// is what generated code should import.

// The standard-library modules written in TypeScript register themselves with the module system.
import './stdlib/index.js';
// memphis.net and the memphis package (native modules over runtime/net/).
import './net.js';

// ---------------------------------------------------------------------------------------------
// Helpers under their `$` names

export { toFloat as $float } from './float.js';
export { complex as $complex } from './complex.js';
export { tuple as $tuple, tuple2 as $tuple2, tuple3 as $tuple3, tuple2, tuple3, tupleCall as $tupleCall, tupleCall, PyTuple as $PyTuple, PyTuple } from './tuple.js';
export { dict as $dict, dictMerge as $dictMerge, dictMerge, PyDict as $PyDict, PyDict } from './dict.js';
export { NO_DICT as $NO_DICT, NO_DICT } from './object.js';
export { set as $set } from './set.js';
export { bytes as $bytes } from './bytes.js';
export { slice as $slice } from './slice.js';
export { Ellipsis as $Ellipsis, NotImplemented as $NotImplemented } from './object.js';
export {
  add as $add, sub as $sub, mul as $mul, truediv as $truediv, floordiv as $floordiv, mod as $mod,
  pow as $pow, matmul as $matmul, lshift as $lshift, rshift as $rshift, bitand as $bitand,
  bitor as $bitor, bitxor as $bitxor, iadd as $iadd, isub as $isub, imul as $imul,
  itruediv as $itruediv, ifloordiv as $ifloordiv, imod as $imod, ipow as $ipow, imatmul as $imatmul,
  ilshift as $ilshift, irshift as $irshift, ibitand as $ibitand, ibitor as $ibitor, ibitxor as $ibitxor,
  neg as $neg, pos as $pos, invert as $invert, not as $not, truthy as $truthy, eq as $eq, ne as $ne,
  lt as $lt, le as $le, gt as $gt, ge as $ge, is as $is, isnot as $isnot, contains as $contains,
  getitem as $getitem, setitem as $setitem, getslice as $getslice, setslice as $setslice, copySlice as $copySlice,
  delitem as $delitem, iter as $iter, next as $next,
  unpack as $unpack, unpackEx as $unpackEx, toArray as $toArray, starItems as $starItems, percent as $percent,
  rangeBound as $rangeBound, rangeStart as $rangeStart, rangeItem as $rangeItem, mulAddMod as $mulAddMod,
} from './ops.js';
export { itemEq as $itemEq, itemEq } from './compare.js';
export { matchSeq as $matchSeq, matchMap as $matchMap, matchClass as $matchClass } from './match.js';
export {
  getattr as $getattr, noattr as $noattr, delattr as $delattr, setattrFallback as $setattrFallback,
  klass as $class, superMethod as $superMethod, superAttr as $superAttr, superObj as $superObj,
  classNs as $classNs, classKeywords as $classKeywords, classLocals as $classLocals, typeSlotAttr as $typeSlotAttr, typeSlotMethod as $typeSlotMethod,
} from './classes.js';
export { yieldFrom as $yieldFrom, gen as $gen, genOver as $genOver, GENEXPR_SKIP as $GENEXPR_SKIP, frameBody as $frameBody, genFrame as $genFrame, iterOwned as $iterOwned } from './generator.js';
export {
  coroFrame as $coroFrame, asyncGenFrame as $asyncGenFrame, asyncGen as $asyncGen, asyncGenValue as $asyncGenValue, awaitable as $awaitable, aiter as $aiter,
  asyncNext as $asyncNext, ASYNC_DONE as $ASYNC_DONE, asyncWithEnter as $asyncWithEnter, asyncWithExit as $asyncWithExit,
  aiterOwned as $aiterOwned, asyncLoopLeft as $asyncLoopLeft,
} from './coroutine.js';
export {
  def as $def, argError as $argError, takeKw as $takeKw, kwOnly as $kwOnly, kwRest as $kwRest,
  varargs as $varargs, callKw as $callKw, kwSite as $kwSite, callAt as $callAt, kwItems as $kwItems, callable as $callable, bind as $bind,
} from './function.js';
export {
  pyRaise as $raise, raised as $raised, raisedCall as $raisedCall, reraise as $reraise, toPy as $toPy, excMatch as $excMatch,
  enterExcept as $enterExcept, exitExcept as $exitExcept, assertFail as $assertFail,
  catcher as $catcher, lateCatcher as $lateCatcher, guardedCatcher as $guardedCatcher, excAttr as $excAttr, isPlainKey as $isPlainKey,
  isNumberOrAbsent as $isNumberOrAbsent, enterTry as $enterTry, exitTry as $exitTry, STOP_ASK as $STOP_ASK, ITERATION_STOPPED as $ITERATION_STOPPED,
  nameError as $nameError, unboundLocal as $unboundLocal, unboundFree as $unboundFree, fail as $fail, withEnter as $withEnter, withExit as $withExit,
} from './exceptions.js';
export {
  intProbe as $intProbe, floatProbe as $floatProbe, getitemProbe as $getitemProbe, indexProbe as $indexProbe,
  probeError as $probeError, PROBE_FAILED as $PROBE_FAILED,
} from './probes.js';
export { format as $format, str as $str, repr as $repr } from './repr.js';
export { flatten as $flatten } from './format.js';
export { percentOne as $percentOne } from './strtype.js';
export { ascii as $ascii } from './builtins.js';
export {
  module as $module, import as $import, importFrom as $importFrom, importStar as $importStar, importStarRest as $importStarRest,
  moduleGlobals as $moduleGlobals, moduleDict as $moduleDict, globalByName as $globalByName, starOrBuiltin as $starOrBuiltin, rebindBuiltins as $rebindBuiltins, namespaceDict as $namespaceDict, main as $main,
} from './module.js';
export { lineTable as $lineTable, otherPositions as $otherPositions } from './traceback.js';
export { splitWords as $splitWords, splitWords, strPartitionAt as $partitionAt, strPartitionAt as partitionAt, strRpartitionAt as $rpartitionAt, strRpartitionAt as rpartitionAt } from './str.js';

// ---------------------------------------------------------------------------------------------
// Helpers under their plain key names (those that are not also builtins)

export {
  add, sub, mul, truediv, floordiv, mod, matmul, lshift, rshift, bitand, bitor, bitxor, iadd, isub,
  imul, itruediv, ifloordiv, imod, ipow, imatmul, ilshift, irshift, ibitand, ibitor, ibitxor, neg,
  pos, invert, not, truthy, eq, ne, lt, le, gt, ge, is, isnot, contains, getitem, setitem, getslice,
  setslice, copySlice, delitem,
  unpack, unpackEx, toArray, starItems, percent, rangeBound, rangeStart, rangeItem, mulAddMod,
} from './ops.js';
export { matchSeq, matchMap, matchClass } from './match.js';
export { noattr, setattrFallback, klass as class, superMethod, superAttr, superObj, classNs, classKeywords, classLocals, typeSlotAttr, typeSlotMethod } from './classes.js';
export { yieldFrom, gen, genOver, GENEXPR_SKIP, frameBody, genFrame, iterOwned } from './generator.js';
export {
  coroFrame, asyncGenFrame, asyncGen, asyncGenValue, awaitable, aiterOwned, asyncLoopLeft, asyncNext, ASYNC_DONE,
  asyncWithEnter, asyncWithExit, builtinAiter as aiter, builtinAnext as anext,
} from './coroutine.js';
export { def, argError, takeKw, kwOnly, kwRest, varargs, callKw, kwSite, callAt, kwItems, bind } from './function.js';
export {
  pyRaise as raise, raised, raisedCall, reraise, toPy, excMatch, enterExcept, exitExcept, assertFail, nameError,
  catcher, lateCatcher, guardedCatcher, excAttr, isPlainKey, isNumberOrAbsent, enterTry, exitTry, STOP_ASK, ITERATION_STOPPED, unboundLocal, unboundFree, fail, withEnter, withExit,
} from './exceptions.js';
export { intProbe, floatProbe, getitemProbe, indexProbe, probeError, PROBE_FAILED } from './probes.js';
export { starBegin as $starBegin, starMatch as $starMatch, starRaised as $starRaised, starEnd as $starEnd } from './exceptiongroup.js';
export { starBegin, starMatch, starRaised, starEnd } from './exceptiongroup.js';
export { module, import, importFrom, importStar, importStarRest, moduleGlobals, moduleDict, globalByName, starOrBuiltin, rebindBuiltins, namespaceDict, main } from './module.js';
export { lineTable } from './traceback.js';
export { flatten } from './format.js';
export { percentOne } from './strtype.js';

// ---------------------------------------------------------------------------------------------
// Python builtins

export {
  print, ascii, repr, format, len, abs, hash, id, isinstance, issubclass, max, min, sum, sorted, any,
  all, map, filter, zip, enumerate, reversed, iter, next, chr, ord, hex, oct, bin, divmod, pow,
  round, globals, locals, getattr, callable, sliceType as slice,
} from './builtins.js';
export { intType as int, floatType as float, boolType as bool } from './numbers.js';
export { complexType as complex } from './complex.js';
export { strType as str } from './strtype.js';
export { listType as list } from './list.js';
export { tupleType as tuple } from './tuple.js';
export { dictType as dict } from './dict.js';
export { setType as set, frozensetType as frozenset } from './set.js';
export { rangeType as range } from './range.js';
export { PyRange as $PyRange, PyRange } from './range.js';
export { bytesType as bytes, bytearrayType as bytearray, memoryviewType as memoryview } from './bytes.js';
export { input, open } from './io.js';
export { object, type, NotImplemented, Ellipsis } from './object.js';
export {
  property, staticmethod, classmethod, superType as super, vars, dir,
  hasattr, setattr, delattrBuiltin as delattr, buildClass as __build_class__,
} from './classes.js';
export { dunderImport as __import__ } from './module.js';
// exit() and quit(), which the site module adds to CPython's builtins: sys.exit by another name.
export { exitQuitter as exit, quitQuitter as quit } from './sys.js';
export {
  BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
  LookupError, KeyError, IndexError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  UnicodeTranslateError, TypeError, AttributeError, NameError, UnboundLocalError, RuntimeError,
  RecursionError, NotImplementedError, StopIteration, StopAsyncIteration, GeneratorExit, SystemExit,
  KeyboardInterrupt, AssertionError, ImportError, ModuleNotFoundError, OSError, EnvironmentError,
  IOError, EOFError, MemoryError, BufferError, FileNotFoundError, FileExistsError, PermissionError,
  IsADirectoryError, NotADirectoryError, TimeoutError, ConnectionError, ConnectionResetError,
  ConnectionRefusedError, ConnectionAbortedError, BrokenPipeError, InterruptedError, BlockingIOError,
  ChildProcessError, ProcessLookupError, SyntaxError, IndentationError, TabError, SystemError,
  ReferenceError, Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning,
  SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
  EncodingWarning,
} from './exceptions.js';
export { BaseExceptionGroup, ExceptionGroup } from './exceptiongroup.js';

// ---------------------------------------------------------------------------------------------
// Builtin names

// Bundling may rename a top-level function whose name another module also uses (`print` becomes
// `print2`), and Python reads a builtin's `__name__`, its repr and its error messages from the JS
// name: every builtin function exported under its Python name gets that name back. The bundle
// (compiler/bundle.ts) calls this once with its [export name, value] pairs, written out as a
// literal: a namespace object (`import * as`) would cost every program one getter per export.
import './generic.js';
import { nameAs } from './install.js';

// A JS class (PyTuple, PyDict) is never seen by its JS name from Python, and an own `name` on an
// Array or Map subclass takes `new PyTuple(n)` off V8's fast construct path.
function isJsClass(value: Function): boolean {
  return Object.getOwnPropertyDescriptor(value, 'prototype')?.writable === false;
}

/**
 * The runtime's exports by export name, as `nameBuiltins` received them: the values the `builtins`
 * module serves. A namespace import of this file would give them too, but bundled it becomes one
 * getter closure per export, made and defined at every start (about 4% of a hello-world's).
 */
let exportedEntries: [string, unknown][] | null = null;

export function nameBuiltins(entries: [string, unknown][]): void {
  exportedEntries = entries;
  for (const [key, value] of entries) {
    if (key.charCodeAt(0) === 36 || typeof value !== 'function') continue;
    if ((value as { $sig?: unknown }).$sig !== undefined || isJsClass(value)) continue;
    nameAs(value, key);
  }
}

// ---------------------------------------------------------------------------------------------
// The `builtins` module: the builtins above under their Python names, plus the constants that
// generated code writes as literals.

import { BUILTIN_NAMES } from './builtin-names.js';
import { builtinRebound, nativeModule as registerNativeModule } from './module.js';

registerNativeModule('builtins', (mod: Record<string, unknown>) => {
  // The bundle calls nameBuiltins before the program runs; a host loading this file unbundled
  // calls it itself, with the entries of its namespace.
  if (exportedEntries === null) throw new Error('memphis runtime: nameBuiltins() was never called');
  const exported = new Map(exportedEntries);
  // An assignment (`builtins.print = log`) reaches the program's own bindings of the name.
  const define = (name: string, value: unknown): void => {
    let current = value;
    Object.defineProperty(mod, '$' + name, {
      get: () => current,
      set: (v: unknown) => {
        current = v;
        builtinRebound(name, v);
      },
      enumerable: true,
      configurable: true,
    });
  };
  for (const name of BUILTIN_NAMES) {
    const value = exported.get(name);
    if (value !== undefined) define(name, value);
  }
  define('None', null);
  define('True', true);
  define('False', false);
  define('__debug__', true);
});
