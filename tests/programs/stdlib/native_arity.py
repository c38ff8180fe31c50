# Argument counts of the functions of the native modules: each is called with too few and too
# many arguments (and with a keyword it does not take), and must refuse them with CPython's
# TypeError, worded the way CPython words it for that function. Calls a function accepts are
# made only for functions without side effects, and only their outcome's kind is printed.
import math, cmath, os, os.path, time, sys, re, hashlib, _json, atexit, _heapq, traceback

MODULES = [
    (math, 'acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist erf '
           'erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot isclose isfinite isinf '
           'isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nextafter perm pow prod radians remainder '
           'sin sinh sqrt tan tanh trunc ulp'),
    (cmath, 'acos acosh asin asinh atan atanh cos cosh exp isclose isfinite isinf isnan log log10 '
            'phase polar rect sin sinh sqrt tan tanh'),
    (os, '_exit access chdir chmod close confstr cpu_count fsdecode fsencode fspath fstat fsync '
         'ftruncate get_exec_path get_terminal_size getcwd getcwdb getenv geteuid getgid getlogin getpid '
         'getppid getuid isatty kill link listdir lseek lstat makedirs mkdir open putenv read readlink '
         'remove removedirs rename renames replace rmdir scandir stat strerror symlink system truncate '
         'umask uname unlink unsetenv urandom utime walk write'),
    (os.path, 'abspath basename commonpath commonprefix dirname exists expanduser expandvars '
              'getatime getctime getmtime getsize isabs isdir isfile islink ismount join lexists normcase '
              'normpath realpath relpath samefile sameopenfile samestat split splitdrive splitext'),
    (time, 'asctime ctime gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns '
           'process_time process_time_ns sleep strftime strptime thread_time time time_ns tzset'),
    (sys, '_getframe exc_info exception exit get_asyncgen_hooks get_int_max_str_digits '
          'getdefaultencoding getfilesystemencoding getrecursionlimit getsizeof intern is_finalizing '
          'set_asyncgen_hooks set_int_max_str_digits setrecursionlimit'),
    (re, 'compile escape findall finditer fullmatch match purge search split sub subn'),
    (hashlib, 'file_digest md5 new pbkdf2_hmac scrypt sha1 sha224 sha256 sha384 sha3_224 sha3_256 '
              'sha3_384 sha3_512 sha512 shake_128 shake_256'),
    (_json, 'encode_basestring encode_basestring_ascii scanstring'),
    (atexit, '_clear _ncallbacks _run_exitfuncs register unregister'),
    (_heapq, '_heapify_max _heappop_max _heapreplace_max heapify heappop heappush heappushpop heapreplace'),
    (traceback, 'extract_stack extract_tb format_exc format_exception format_exception_only '
                'format_stack format_tb print_exc print_exception print_stack print_tb'),
]

# Functions that change the process or the file system, or print: only counts they refuse are
# tried (none, and eight arguments), so they never run.
SIDE_EFFECTS = set('''
    os._exit os.chdir os.chmod os.close os.fsync os.ftruncate os.kill os.link os.lseek os.makedirs os.walk
    os.mkdir os.open os.putenv os.read os.remove os.removedirs os.rename os.renames os.replace
    os.rmdir os.symlink os.system os.truncate os.umask os.unlink os.unsetenv os.utime os.write
    time.sleep time.tzset sys.exit sys.setrecursionlimit sys.set_int_max_str_digits
    sys.set_asyncgen_hooks atexit._clear atexit._run_exitfuncs atexit.register atexit.unregister
    traceback.print_exc traceback.print_exception traceback.print_stack traceback.print_tb
    os.get_terminal_size os.getlogin os.isatty
'''.split())
NEEDS_ONE = set('''
    os._exit os.chdir os.chmod os.close os.fsync os.ftruncate os.kill os.link os.lseek os.makedirs os.walk
    os.mkdir os.open os.putenv os.read os.remove os.removedirs os.rename os.renames os.replace
    os.rmdir os.symlink os.system os.truncate os.umask os.unlink os.unsetenv os.utime os.write
    time.sleep sys.setrecursionlimit sys.set_int_max_str_digits atexit.register atexit.unregister
    traceback.print_exception traceback.print_tb os.isatty
'''.split())

ARITY_WORDING = re.compile(r'takes (exactly|at least|at most|no|from|\d)|expected (at least |at most )?\d+ argument'
                           r'|requires \d|missing|keyword|positional|given by name|multiple values')


def outcome(f, args, kwargs):
    """The arity error CPython words for this call, or '-' when the count was accepted."""
    try:
        f(*args, **kwargs)
    except TypeError as e:
        text = str(e)
        if ARITY_WORDING.search(text):
            return f'TypeError {text}'
        return '-'
    except Exception:
        return '-'
    return '-'


def module_name(m):
    return 'os.path' if m is os.path else m.__name__


for mod, names in MODULES:
    for name in names.split():
        f = getattr(mod, name)
        full = f'{module_name(mod)}.{name}'
        print(full, f.__name__, f.__module__)
        if full in SIDE_EFFECTS:
            counts = ([0] if full in NEEDS_ONE else []) + [8]
        else:
            counts = [0, 1, 2, 3, 4, 6]
        for n in counts:
            print('  ', n, outcome(f, [None] * n, {}))
        if full not in SIDE_EFFECTS or full in NEEDS_ONE:
            # An unknown keyword (never run: a positional count is refused or the keyword is).
            print('   kw', outcome(f, [None] * 8, {"zzz": 1}) if full in SIDE_EFFECTS else outcome(f, [], {'zzz': 1}))

# Bound to other names, called through other routes.
for f, args in [(math.sqrt, ()), (math.pow, (2, 3, 5)), (math.floor, (1, 2, 3)), (math.isclose, (1,)),
                (os.path.join, ()), (math.log, (1, 2, 3)), (re.compile, ())]:
    g = f
    print(f.__name__, outcome(g, args, {}), outcome(lambda *a: g(*a), args, {}))
print(outcome(math.sqrt, [], {'x': 1}), outcome(math.isclose, [1], {'rel_tol': 1}))
print(outcome(math.isclose, [1, 2], {'a': 1}), outcome(math.prod, [], {'start': 1}))
print(outcome(os.path.join, [], {'b': 1}), outcome(re.compile, [], {'flags': 1}))
print(math.sqrt(4), math.floor(2.5), math.isclose(1, 1.0, rel_tol=0.1), math.prod([2, 3], start=2))
print(math.log(8, 2), os.path.join('a', 'b', 'c'), re.compile('a', flags=0).pattern)
print(repr(math.sqrt), math.sqrt.__qualname__, math.sqrt.__name__, math.sqrt.__module__)
print(repr(os.getcwd)[:30], os.getcwd.__module__, os.path.join.__module__, time.time.__module__)
