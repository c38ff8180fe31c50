// The argument counts of the functions of the native modules (math, os, time, ...), and the
// checks that refuse a wrong count with the TypeError CPython raises for that function.
//
// The TypeScript functions take their arguments as JS parameters and mostly trust the count, so
// `math.sqrt()` would convert a missing argument and complain about None. At its first import,
// each function of a module listed here is replaced by a wrapper that checks the number of
// positional arguments against the function's range, refuses keywords where CPython does, and
// calls through; the wrapper's `__module__` and `__name__` are CPython's (`posix` for os's C
// functions, `posixpath` for os.path's).
//
// CPython words a wrong count by how the function parses its arguments; each family below is one
// such way (the table gives a function's family, range and the names its messages use):
//   O  one object:           "math.sqrt() takes exactly one argument (0 given)"
//   N  no arguments:         "time.time() takes no arguments (1 given)"
//   P  positional-only:      "pow expected 2 arguments, got 3", "perm expected at most 2 arguments, got 3"
//   T  tuple parser:         "ctime() takes at most 1 argument (2 given)"
//   K  keyword parser:       "isclose() missing required argument 'a' (pos 1)",
//                            "stat() takes exactly 1 positional argument (2 given)"
//   R  a stated range:       "math.log requires 1 to 2 arguments"
//   Y  a Python function:    "join() missing 1 required positional argument: 'a'"
//
// The table is generated from CPython by scripts/gen-native-signatures.py. An entry reads
//   name family min max [@module] [#__name__] [=callee] [:params[|keyword-only]] [+total/posonly] [~] [!]
// where max `*` is no upper bound; `@` gives a `__module__` other than the module's usual one;
// `#` CPython's `__name__` when it is not the attribute's; `=` the text naming the function in
// messages when it is not the family's usual one; `:` the positional parameters, then the
// keyword-only ones (`**`: any keyword); `+` the count with the keyword-only parameters and the
// number of positional-only ones; `~` keywords taken where the family refuses them, or refused
// where it takes them; `!` the refusal of keywords names the function without its module.

import { raise } from './exceptions.js';
import { NATIVE_MODULE, type PyFunction } from './function.js';
import { META, type KwPairs } from './object.js';

type Family = 'O' | 'N' | 'P' | 'T' | 'K' | 'R' | 'Y';

interface NativeSignature {
  family: Family;
  /** CPython's `__name__`. */
  name: string;
  /** CPython's `__module__`. */
  module: string;
  min: number;
  /** Most positional arguments (Infinity: no limit). */
  max: number;
  /** Most arguments counting the keyword-only ones (family K). */
  total: number;
  posonly: number;
  params: readonly string[];
  /** Keyword-only parameters (family Y). */
  kwonly: readonly string[];
  /** How the messages name the function: `math.sqrt()`, `pow`, `isclose()`. */
  callee: string;
  keywords: boolean;
  /** The refusal of keywords names the function without its module (METH_VARARGS functions). */
  bareRefusal: boolean;
}

// Runtime module -> [the usual CPython __module__ of its functions, its entries].
const TABLE: Record<string, [string, string]> = {
  // BEGIN GENERATED
  'math': ['math', 'acos O 1 1;acosh O 1 1;asin O 1 1;asinh O 1 1;atan O 1 1;atan2 P 2 2;atanh O 1 1;cbrt O 1 1;ceil O 1 1;comb P 2 2;copysign P 2 2;cos O 1 1;cosh O 1 1;degrees O 1 1;dist P 2 2;erf O 1 1;erfc O 1 1;exp O 1 1;exp2 O 1 1;expm1 O 1 1;fabs O 1 1;factorial O 1 1;floor O 1 1;fmod P 2 2;frexp O 1 1;fsum O 1 1;gamma O 1 1;gcd P 0 *;hypot P 0 *;isclose K 2 2 :a,b +4/0;isfinite O 1 1;isinf O 1 1;isnan O 1 1;isqrt O 1 1;lcm P 0 *;ldexp P 2 2;lgamma O 1 1;log R 1 2 !;log10 O 1 1;log1p O 1 1;log2 O 1 1;modf O 1 1;nextafter P 2 2;perm P 1 2;pow P 2 2;prod K 1 1 :iterable +2/1;radians O 1 1;remainder P 2 2;sin O 1 1;sinh O 1 1;sqrt O 1 1;tan O 1 1;tanh O 1 1;trunc O 1 1;ulp O 1 1'],
  'cmath': ['cmath', 'acos O 1 1;acosh O 1 1;asin O 1 1;asinh O 1 1;atan O 1 1;atanh O 1 1;cos O 1 1;cosh O 1 1;exp O 1 1;isclose K 2 2 :a,b +4/0;isfinite O 1 1;isinf O 1 1;isnan O 1 1;log P 1 2;log10 O 1 1;phase O 1 1;polar O 1 1;rect P 2 2;sin O 1 1;sinh O 1 1;sqrt O 1 1;tan O 1 1;tanh O 1 1'],
  'os': ['posix', '_exit K 1 1 :status;access K 2 2 :path,mode +5/0;chdir K 1 1 :path;chmod K 2 2 :path,mode +4/0;close K 1 1 :fd;confstr O 1 1;cpu_count N 0 0;fsdecode Y 1 1 @os =_fscodec.<locals>.fsdecode() :filename;fsencode Y 1 1 @os =_fscodec.<locals>.fsencode() :filename;fspath K 1 1 :path;fstat K 1 1 :fd;fsync K 1 1 :fd;ftruncate P 2 2;get_exec_path Y 0 1 @os :env;get_terminal_size P 0 1;getcwd N 0 0;getcwdb N 0 0;getenv Y 1 2 @os :key,default;geteuid N 0 0;getgid N 0 0;getlogin N 0 0;getpid N 0 0;getppid N 0 0;getuid N 0 0;isatty O 1 1;kill T 2 2;link K 2 2 :src,dst +5/0;listdir K 0 1 :path;lseek P 3 3;lstat K 1 1 :path +2/0;makedirs Y 1 3 @os :name,mode,exist_ok;mkdir K 1 2 :path,mode +3/0;open K 2 3 :path,flags,mode +4/0;putenv P 2 2;read P 2 2;readlink K 1 1 :path +2/0;remove K 1 1 :path +2/0;removedirs Y 1 1 @os :name;rename K 2 2 :src,dst +4/0;renames Y 2 2 @os :old,new;replace K 2 2 :src,dst +4/0;rmdir K 1 1 :path +2/0;scandir K 0 1 :path;stat K 1 1 :path +3/0;strerror O 1 1;symlink K 2 3 :src,dst,target_is_directory +4/0;system K 1 1 :command;truncate K 2 2 :path,length;umask O 1 1;uname N 0 0;unlink K 1 1 :path +2/0;unsetenv O 1 1;urandom O 1 1;utime K 1 2 :path,times +5/0;walk Y 1 4 @os :top,topdown,onerror,followlinks;write P 2 2'],
  'os.path': ['posixpath', 'abspath Y 1 1 :path;basename Y 1 1 :p;commonpath Y 1 1 :paths;commonprefix Y 1 1 @genericpath :m;dirname Y 1 1 :p;exists Y 1 1 @genericpath :path;expanduser Y 1 1 :path;expandvars Y 1 1 :path;getatime Y 1 1 @genericpath :filename;getctime Y 1 1 @genericpath :filename;getmtime Y 1 1 @genericpath :filename;getsize Y 1 1 @genericpath :filename;isabs Y 1 1 :s;isdir Y 1 1 @genericpath :s;isfile Y 1 1 @genericpath :path;islink Y 1 1 :path;ismount Y 1 1 :path;join Y 1 * :a;lexists Y 1 1 :path;normcase Y 1 1 :s;normpath Y 1 1 :path;realpath Y 1 1 :filename|strict;relpath Y 1 2 :path,start;samefile Y 2 2 @genericpath :f1,f2;sameopenfile Y 2 2 @genericpath :fp1,fp2;samestat Y 2 2 @genericpath :s1,s2;split Y 1 1 :p;splitdrive Y 1 1 :p;splitext Y 1 1 :p'],
  'time': ['time', 'asctime P 0 1 !;ctime T 0 1 !;gmtime T 0 1 !;localtime T 0 1 !;mktime O 1 1;monotonic N 0 0;monotonic_ns N 0 0;perf_counter N 0 0;perf_counter_ns N 0 0;process_time N 0 0;process_time_ns N 0 0;sleep O 1 1;strftime T 1 2 !;strptime Y 1 2 =_strptime_time() :data_string,format ~ !;thread_time N 0 0;time N 0 0;time_ns N 0 0;tzset N 0 0'],
  'sys': ['sys', '_getframe P 0 1;exc_info N 0 0;exception N 0 0;exit P 0 1;get_asyncgen_hooks N 0 0;get_int_max_str_digits N 0 0;getdefaultencoding N 0 0;getfilesystemencoding N 0 0;getrecursionlimit N 0 0;getsizeof K 1 2 :object,default;intern O 1 1;is_finalizing N 0 0;set_asyncgen_hooks K 0 2 =function;set_int_max_str_digits K 1 1 :maxdigits;setrecursionlimit O 1 1'],
  're': ['re', 'compile Y 1 2 :pattern,flags;escape Y 1 1 :pattern;findall Y 2 3 :pattern,string,flags;finditer Y 2 3 :pattern,string,flags;fullmatch Y 2 3 :pattern,string,flags;match Y 2 3 :pattern,string,flags;purge Y 0 0;search Y 2 3 :pattern,string,flags;split Y 2 4 :pattern,string,maxsplit,flags;sub Y 3 5 :pattern,repl,string,count,flags;subn Y 3 5 :pattern,repl,string,count,flags'],
  'hashlib': ['_hashlib', 'file_digest Y 2 2 @hashlib :fileobj,digest|_bufsize;md5 K 0 1 #openssl_md5 :string +2/0;new Y 1 2 @hashlib #__hash_new :name,data|**;pbkdf2_hmac K 4 5 :hash_name,password,salt,iterations,dklen;scrypt K 1 1 :password +7/0;sha1 K 0 1 #openssl_sha1 :string +2/0;sha224 K 0 1 #openssl_sha224 :string +2/0;sha256 K 0 1 #openssl_sha256 :string +2/0;sha384 K 0 1 #openssl_sha384 :string +2/0;sha3_224 K 0 1 #openssl_sha3_224 :string +2/0;sha3_256 K 0 1 #openssl_sha3_256 :string +2/0;sha3_384 K 0 1 #openssl_sha3_384 :string +2/0;sha3_512 K 0 1 #openssl_sha3_512 :string +2/0;sha512 K 0 1 #openssl_sha512 :string +2/0;shake_128 K 0 1 #openssl_shake_128 :string +2/0;shake_256 K 0 1 #openssl_shake_256 :string +2/0'],
  '_json': ['_json', 'encode_basestring O 1 1;encode_basestring_ascii O 1 1;scanstring T 2 3 !'],
  'atexit': ['atexit', '_clear N 0 0;_ncallbacks N 0 0;_run_exitfuncs N 0 0;register T 1 * ~;unregister O 1 1'],
  '_heapq': ['_heapq', '_heapify_max O 1 1;_heappop_max O 1 1;_heapreplace_max P 2 2;heapify O 1 1;heappop O 1 1;heappush P 2 2;heappushpop P 2 2;heapreplace P 2 2'],
  'traceback': ['traceback', 'extract_stack Y 0 2 :f,limit;extract_tb Y 1 2 :tb,limit;format_exc Y 0 2 :limit,chain;format_exception Y 1 5 :exc,value,tb,limit,chain;format_exception_only Y 1 2 :exc,value;format_stack Y 0 2 :f,limit;format_tb Y 1 2 :tb,limit;print_exc Y 0 3 :limit,file,chain;print_exception Y 1 6 :exc,value,tb,limit,file,chain;print_stack Y 0 3 :f,limit,file;print_tb Y 1 3 :tb,limit,file'],
  // END GENERATED
};

const FAMILIES = 'ONPTKRY';

function usualCallee(family: Family, module: string, name: string): string {
  switch (family) {
    case 'O':
    case 'N':
      return `${module}.${name}()`;
    case 'R':
      return `${module}.${name}`;
    case 'P':
      return name;
    default:
      return `${name}()`;
  }
}

/** One entry of the table (see the header for its form). */
function parseEntry(entry: string, usualModule: string): [string, NativeSignature] {
  const [attr, fam, lo, hi, ...rest] = entry.split(' ') as [string, Family, string, string, ...string[]];
  if (!FAMILIES.includes(fam)) throw new Error(`bad native signature ${entry}`);
  const max = hi === '*' ? Infinity : Number(hi);
  let module = usualModule;
  let name = attr;
  let callee: string | null = null;
  let params: string[] = [];
  let kwonly: string[] = [];
  let bareRefusal = false;
  let total = max;
  let posonly = 0;
  let keywords = fam === 'K' || fam === 'Y';
  for (const part of rest) {
    const tag = part[0];
    const value = part.slice(1);
    if (tag === '@') module = value;
    else if (tag === '#') name = value;
    else if (tag === '=') callee = value;
    else if (tag === ':') {
      const [positional, keywordOnly] = value.split('|') as [string, string | undefined];
      params = positional === '' ? [] : positional.split(',');
      if (keywordOnly !== undefined) kwonly = keywordOnly.split(',');
    } else if (tag === '!') bareRefusal = true;
    else if (tag === '+') [total, posonly] = value.split('/').map(Number) as [number, number];
    else if (tag === '~') keywords = !keywords;
  }
  const callsIt = callee ?? usualCallee(fam, module, name);
  return [attr, { family: fam, name, module, min: Number(lo), max, total, posonly, params, kwonly, callee: callsIt, keywords, bareRefusal }];
}

// ---------------------------------------------------------------------------------------------
// The messages

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (how Python functions list missing arguments). */
function nameList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(' and ');
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** The message for `given` positional arguments outside the range (and no keywords). */
function countMessage(s: NativeSignature, given: number): string {
  const { callee, min, max } = s;
  switch (s.family) {
    case 'O':
      return `${callee} takes exactly one argument (${given} given)`;
    case 'N':
      return `${callee} takes no arguments (${given} given)`;
    case 'P': {
      const bound = min === max ? '' : given < min ? 'at least ' : 'at most ';
      return `${callee} expected ${bound}${count(given < min ? min : max, 'argument')}, got ${given}`;
    }
    case 'T': {
      const how = min === max ? 'exactly' : given < min ? 'at least' : 'at most';
      return `${callee} takes ${how} ${count(given < min ? min : max, 'argument')} (${given} given)`;
    }
    case 'R':
      return `${callee} requires ${min} to ${max} arguments`;
    case 'K':
      return keywordParserMessage(s, given, 0) ?? `${callee} missing required argument '${s.params[given]}' (pos ${given + 1})`;
    case 'Y': {
      if (given < min) return missingMessage(s, s.params.slice(given, min));
      return tooManyMessage(s, given);
    }
  }
}

/** Family K's count errors other than a missing argument (null: none of them). */
function keywordParserMessage(s: NativeSignature, given: number, byName: number): string | null {
  const { callee, min, max, total } = s;
  const all = given + byName;
  if (all > total) return `${callee} takes at most ${total} ${given === 0 ? 'keyword ' : ''}argument${total === 1 ? '' : 's'} (${all} given)`;
  if (given > max) {
    if (max === 0) return `${callee} takes no positional arguments (${given} given)`;
    return `${callee} takes ${min < max ? 'at most' : 'exactly'} ${count(max, 'positional argument')} (${given} given)`;
  }
  const posonly = Math.min(s.posonly, min);
  if (given < posonly) {
    return `${callee} takes ${posonly < max ? 'at least' : 'exactly'} ${count(posonly, 'positional argument')} (${given} given)`;
  }
  return null;
}

function missingMessage(s: NativeSignature, names: readonly string[]): string {
  return `${s.callee} missing ${count(names.length, 'required positional argument')}: ${nameList(names)}`;
}

function tooManyMessage(s: NativeSignature, given: number): string {
  const takes = s.min === s.max ? count(s.max, 'positional argument') : `from ${s.min} to ${s.max} positional arguments`;
  return `${s.callee} takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`;
}

function countError(s: NativeSignature, given: number): never {
  return raise('TypeError', countMessage(s, given));
}

/**
 * The count and name checks of a call with keywords to a function that takes them; what they
 * leave (unknown keywords, a keyword repeating a positional argument) is the function's binder's.
 */
function checkKeywordCall(s: NativeSignature, pos: readonly unknown[], kw: KwPairs): void {
  const given = pos.length;
  const named = (p: string): boolean => kw.some(([k]) => k === p);
  if (s.family === 'Y') {
    // A Python function looks at the keywords first, then at the positional count.
    for (const [k] of kw) {
      const i = s.params.indexOf(k);
      if (i < 0 && !s.kwonly.includes(k) && !s.kwonly.includes('**')) raise('TypeError', `${s.callee} got an unexpected keyword argument '${k}'`);
      if (i >= 0 && i < given) raise('TypeError', `${s.callee} got multiple values for argument '${k}'`);
    }
    if (given > s.max) raise('TypeError', tooManyMessage(s, given));
    const missing = s.params.slice(given, s.min).filter((p) => !named(p));
    if (missing.length > 0) raise('TypeError', missingMessage(s, missing));
    return;
  }
  if (s.family === 'K') {
    const message = keywordParserMessage(s, given, kw.length);
    if (message !== null) raise('TypeError', message);
    for (let i = given; i < s.min; i++) {
      if (!named(s.params[i]!)) raise('TypeError', `${s.callee} missing required argument '${s.params[i]}' (pos ${i + 1})`);
    }
    for (const [k] of kw) {
      const i = s.params.indexOf(k);
      if (i >= 0 && i < given) raise('TypeError', `argument for ${s.callee} given by name ('${k}') and position (${i + 1})`);
    }
    return;
  }
  if (given < s.min || given > s.max) countError(s, given);
}

/** Keywords placed by parameter name, for a function that binds none itself. */
function bindByName(s: NativeSignature, pos: readonly unknown[], kw: KwPairs): unknown[] {
  const args = pos.slice();
  for (const [name, value] of kw) {
    const i = s.params.indexOf(name);
    if (i < 0) {
      raise('TypeError', s.family === 'Y'
        ? `${s.callee} got an unexpected keyword argument '${name}'`
        : `'${name}' is an invalid keyword argument for ${s.callee}`);
    }
    if (i < args.length && args[i] !== undefined) {
      raise('TypeError', s.family === 'Y'
        ? `${s.callee} got multiple values for argument '${name}'`
        : `argument for ${s.callee} given by name ('${name}') and position (${i + 1})`);
    }
    while (args.length < i) args.push(undefined);
    args[i] = value;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// The wrappers

/** How many arguments a wrapper of a function without an upper bound passes without `apply`. */
const VARIADIC_NAMED = 4;

/**
 * The positional path of a wrapper: `(fn, fail) => function (a0, .., a{n-1}, over)` that refuses
 * a count outside [min, max] and calls `fn` with the arguments given. Python never passes
 * `undefined`, so `a{min-1} === undefined` means too few and `over !== undefined` too many (or,
 * with no upper bound, more than the named parameters: those calls take the slower `apply`).
 * Each wrapper is compiled on its own (not one closure shared by all), so V8 keeps separate call
 * feedback for each and can inline `fn` into it.
 */
function positionalChecker(min: number, max: number, usesThis: boolean): (fn: Function, fail: (n: number) => never) => Function {
  const bounded = max !== Infinity;
  const named = bounded ? max : Math.max(min, VARIADIC_NAMED);
  const params = Array.from({ length: named }, (_, i) => `a${i}`);
  const tooFew = min > 0 ? `a${min - 1} === undefined` : 'false';
  const self = usesThis ? 'this' : 'undefined';
  // A plain call keeps its own feedback, so V8 inlines `fn` into the wrapper; `fn.call` does not.
  const call = (n: number): string =>
    usesThis ? `fn.call(${['this', ...params.slice(0, n)].join(', ')})` : `fn(${params.slice(0, n).join(', ')})`;
  // Forward exactly the arguments given: a function may look at its own `arguments.length`.
  let forward = call(named);
  for (let n = named - 1; n >= min; n--) forward = `a${n} === undefined ? ${call(n)} : ${forward}`;
  const over = bounded
    ? `if (${tooFew} || over !== undefined) return fail(arguments.length);`
    : `if (${tooFew}) return fail(arguments.length);\n  if (over !== undefined) return fn.apply(${self}, arguments);`;
  const body = `"use strict"; return function (${[...params, 'over'].join(', ')}) {\n  ${over}\n  return ${forward};\n};`;
  return new Function('fn', 'fail', body) as (fn: Function, fail: (n: number) => never) => Function;
}

/** `fn` behind a check of its argument count; keywords go through `$kw`. */
function checked(fn: PyFunction, s: NativeSignature): PyFunction {
  // Most of these functions ignore `this` (the module); passing it costs the inlining.
  const usesThis = /\bthis\b/.test(Function.prototype.toString.call(fn));
  const wrapper = positionalChecker(s.min, s.max, usesThis)(fn, (n: number) => countError(s, n)) as PyFunction;
  const inner = fn.$kw;
  wrapper.$kw = function (this: unknown, pos: unknown[], kw: KwPairs | null): unknown {
    if (kw === null || kw.length === 0) return wrapper.apply(this, pos);
    if (!s.keywords) return raise('TypeError', `${s.bareRefusal ? '' : s.module + '.'}${s.name}() takes no keyword arguments`);
    checkKeywordCall(s, pos, kw);
    if (inner !== undefined) return inner.call(this, pos, kw);
    return fn.apply(this, bindByName(s, pos, kw));
  };
  Object.defineProperty(wrapper, 'name', { value: s.name, configurable: true });
  (wrapper as any)[NATIVE_MODULE] = s.module;
  return wrapper;
}

/** True for a plain function written in TypeScript (not a class, nor one compiled from Python). */
function isNativeFunction(v: unknown): v is PyFunction {
  return typeof v === 'function' && !Object.prototype.hasOwnProperty.call(v, META) && (v as PyFunction).$sig === undefined;
}

/** Put the argument checks on the functions of the just-populated native module `name`. */
export function checkNativeArguments(name: string, mod: Record<string, unknown>): void {
  const row = TABLE[name];
  if (row === undefined) return;
  const [usualModule, entries] = row;
  for (const entry of entries.split(';')) {
    const [attr, s] = parseEntry(entry, usualModule);
    const key = '$' + attr;
    const d = Object.getOwnPropertyDescriptor(mod, key);
    if (d === undefined || !('value' in d) || !isNativeFunction(d.value)) continue;
    Object.defineProperty(mod, key, { ...d, value: checked(d.value, s) });
  }
}
