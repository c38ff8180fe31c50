#!/usr/bin/env python3
"""Regenerate the argument counts of the native modules' functions from the running CPython.

For every function the native modules define, CPython is asked (through inspect, and by calling
it with too few or too many arguments) how many positional arguments it takes and how it words
a wrong count. Each function is then given the family of messages that reproduces every probed
one; the script stops if none does. Only counts outside the accepted range are ever tried, so no
function runs (those without a signature are probed with counts known to be harmless).

    python3 scripts/gen-native-signatures.py   # rewrites each module's GENERATED block

The entries of a module go into the runtime file that registers it (FILES), as a call of
registerSignatures from runtime/native_signatures.ts, which reads them.
"""

import importlib
import inspect
import re
import sys
import types
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent.parent / 'runtime'

# Runtime module -> the runtime file that registers it (its entries are written there).
FILES = {
    'math': 'stdlib/math.ts', 'cmath': 'stdlib/cmath.ts', 'os': 'stdlib/os.ts', 'os.path': 'stdlib/os.ts',
    'time': 'stdlib/time.ts', 'sys': 'module.ts', 're': 'stdlib/re.ts', 'hashlib': 'stdlib/hashlib.ts',
    '_json': 'stdlib/json.ts', 'atexit': 'stdlib/atexit.ts', '_heapq': 'stdlib/heapq.ts',
    '_traceback': 'stdlib/traceback.ts',
}

# Runtime module -> (CPython module to ask, the functions the runtime defines).
MODULES = {
    'math': ('math', 'acos acosh asin asinh atan atan2 atanh cbrt ceil comb copysign cos cosh degrees dist erf '
             'erfc exp exp2 expm1 fabs factorial floor fmod frexp fsum gamma gcd hypot isclose isfinite isinf '
             'isnan isqrt lcm ldexp lgamma log log10 log1p log2 modf nextafter perm pow prod radians remainder '
             'sin sinh sqrt tan tanh trunc ulp'),
    'cmath': ('cmath', 'acos acosh asin asinh atan atanh cos cosh exp isclose isfinite isinf isnan log log10 '
              'phase polar rect sin sinh sqrt tan tanh'),
    'os': ('os', '_exit access chdir chmod close confstr cpu_count fdopen fsdecode fsencode fspath fstat fsync '
           'fstatvfs ftruncate get_exec_path get_terminal_size getcwd getcwdb getenv geteuid getgid getlogin getpid '
           'getppid getuid isatty kill link listdir lseek lstat makedirs mkdir open putenv read readlink '
           'remove removedirs rename renames replace rmdir scandir stat statvfs strerror sysconf symlink system truncate '
           'umask uname unlink unsetenv urandom utime walk write'),
    'os.path': ('posixpath', 'abspath basename commonpath commonprefix dirname exists expanduser expandvars '
                'getatime getctime getmtime getsize isabs isdir isfile islink ismount join lexists normcase '
                'normpath realpath relpath samefile sameopenfile samestat split splitdrive splitext'),
    'time': ('time', 'asctime ctime gmtime localtime mktime monotonic monotonic_ns perf_counter perf_counter_ns '
             'process_time process_time_ns sleep strftime strptime thread_time time time_ns tzset'),
    'sys': ('sys', '_getframe exc_info exception exit get_asyncgen_hooks get_int_max_str_digits '
            'getdefaultencoding getfilesystemencoding getrecursionlimit getsizeof intern is_finalizing '
            'set_asyncgen_hooks set_int_max_str_digits setrecursionlimit'),
    're': ('re', 'compile escape findall finditer fullmatch match purge search split sub subn'),
    'hashlib': ('hashlib', 'file_digest md5 new pbkdf2_hmac scrypt sha1 sha224 sha256 sha384 sha3_224 sha3_256 '
                'sha3_384 sha3_512 sha512 shake_128 shake_256'),
    '_json': ('_json', 'encode_basestring encode_basestring_ascii scanstring'),
    'atexit': ('atexit', '_clear _ncallbacks _run_exitfuncs register unregister'),
    '_heapq': ('_heapq', '_heapify_max _heappop_max _heapreplace_max heapify heappop heappush heappushpop heapreplace'),
    '_traceback': ('traceback', 'format_exc format_exception format_exception_only format_tb print_exc '
                   'print_exception print_tb'),
}

# C functions without a text signature: (min, max) found by hand; None = no upper bound.
# `utime` also takes keyword-only parameters: (min, max positional, max in all).
NO_SIGNATURE = {
    ('math', 'hypot'): (0, None), ('math', 'log'): (1, 2), ('cmath', 'log'): (1, 2),
    ('os', 'get_terminal_size'): (0, 1), ('os', 'utime'): (1, 2, 5),
    ('time', 'asctime'): (0, 1), ('time', 'ctime'): (0, 1), ('time', 'gmtime'): (0, 1),
    ('time', 'localtime'): (0, 1), ('time', 'mktime'): (1, 1), ('time', 'sleep'): (1, 1),
    ('time', 'strftime'): (1, 2), ('time', 'strptime'): (1, 2),
    ('sys', 'getsizeof'): (1, 2), ('sys', 'set_asyncgen_hooks'): (0, 2),
    ('_json', 'encode_basestring'): (1, 1), ('_json', 'encode_basestring_ascii'): (1, 1),
    ('_json', 'scanstring'): (2, 3), ('atexit', 'register'): (1, None),
}
# Those whose messages come from a Python function they call (time.strptime) or that name no
# parameters in their messages.
NO_SIGNATURE_PARAMS = {('os', 'utime'): ['path', 'times'], ('sys', 'getsizeof'): ['object', 'default'],
                       ('time', 'strptime'): ['data_string', 'format']}

PROBE = range(0, 7)


def probe(f, k):
    try:
        f(*([None] * k))
    except TypeError as e:
        return str(e)
    except Exception:
        return None
    return None


def plural(n, word):
    return f'{n} {word}{"" if n == 1 else "s"}'


def name_list(names):
    q = [f"'{n}'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return f'{q[0]} and {q[1]}'
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def predict(e, g):
    """The message of family entry `e` for `g` positional arguments (None: accepted)."""
    fam, lo, hi, callee = e['family'], e['min'], e['max'], e['callee']
    if lo <= g and (hi is None or g <= hi):
        return None
    if fam == 'O':
        return f'{callee} takes exactly one argument ({g} given)'
    if fam == 'N':
        return f'{callee} takes no arguments ({g} given)'
    if fam == 'P':
        bound = '' if lo == hi else 'at least ' if g < lo else 'at most '
        return f'{callee} expected {bound}{plural(lo if g < lo else hi, "argument")}, got {g}'
    if fam == 'T':
        how = 'exactly' if lo == hi else 'at least' if g < lo else 'at most'
        return f'{callee} takes {how} {plural(lo if g < lo else hi, "argument")} ({g} given)'
    if fam == 'R':
        return f'{callee} requires {lo} to {hi} arguments'
    if fam == 'K':
        total, posonly = e['total'], min(e['posonly'], lo)
        if total is not None and g > total:
            return f'{callee} takes at most {plural(total, "argument")} ({g} given)'
        if hi is not None and g > hi:
            if hi == 0:
                return f'{callee} takes no positional arguments ({g} given)'
            return f'{callee} takes {"at most" if lo < hi else "exactly"} {plural(hi, "positional argument")} ({g} given)'
        if g < posonly:
            return f'{callee} takes {"at least" if posonly < hi else "exactly"} {plural(posonly, "positional argument")} ({g} given)'
        return f"{callee} missing required argument '{e['params'][g]}' (pos {g + 1})"
    if fam == 'Y':
        if g < lo:
            missing = e['params'][g:lo]
            return f'{callee} missing {plural(len(missing), "required positional argument")}: {name_list(missing)}'
        takes = plural(hi, 'positional argument') if lo == hi else f'from {lo} to {hi} positional arguments'
        return f'{callee} takes {takes} but {g} {"was" if g == 1 else "were"} given'
    raise ValueError(fam)


ARITY_WORDING = re.compile(r'takes (exactly|at least|at most|no) |expected |requires |missing ')


def has_signature(f):
    try:
        inspect.signature(f)
    except ValueError:
        return False
    return True


def inferred_range(f):
    """(min, max) of a C function without a signature, from the counts it does not refuse."""
    accepted = [k for k in PROBE if not ARITY_WORDING.search(probe(f, k) or '')]
    return (accepted[0], None if accepted[-1] == PROBE[-1] else accepted[-1])


def describe(ours, cpy_mod, name):
    f = getattr(cpy_mod, name)
    module = f.__module__
    qual = f'{module}.{name}()'
    if isinstance(f, types.FunctionType):
        sig = inspect.signature(f)
        pos = [p for p in sig.parameters.values() if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        varargs = any(p.kind == p.VAR_POSITIONAL for p in sig.parameters.values())
        assert all(p.default is not p.empty for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY)
        return [dict(family='Y', min=sum(p.default is p.empty for p in pos), max=None if varargs else len(pos),
                     params=[p.name for p in pos], callee=f'{f.__qualname__}()', module=module,
                     kwonly=[p.name for p in sig.parameters.values() if p.kind == p.KEYWORD_ONLY]
                     + ['**' for p in sig.parameters.values() if p.kind == p.VAR_KEYWORD])]
    key = (ours, name)
    if key not in NO_SIGNATURE and not has_signature(f):
        NO_SIGNATURE[key] = inferred_range(f)
    if key in NO_SIGNATURE:
        lo, hi, *rest = NO_SIGNATURE[key]
        params = NO_SIGNATURE_PARAMS.get(key, [])
        total = rest[0] if rest else hi
        posonly = 0
    else:
        sig = inspect.signature(f)
        ps = list(sig.parameters.values())
        pos = [p for p in ps if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        lo = sum(p.default is p.empty for p in pos)
        hi = None if any(p.kind == p.VAR_POSITIONAL for p in ps) else len(pos)
        params = [p.name for p in pos]
        total = None if hi is None else hi + sum(p.kind == p.KEYWORD_ONLY for p in ps)
        posonly = sum(p.kind == p.POSITIONAL_ONLY for p in ps)
    base = dict(min=lo, max=hi, params=params, total=total, posonly=posonly, module=module)
    candidates = []
    for fam, callee in (('O', qual), ('N', qual), ('P', name), ('T', f'{name}()'), ('K', f'{name}()'),
                        ('R', qual[:-2]), ('T', 'function'), ('K', 'function')):
        candidates.append(dict(base, family=fam, callee=callee))
    # time.strptime hands its arguments to a Python function, which words the count errors.
    if key in NO_SIGNATURE_PARAMS and key == ('time', 'strptime'):
        candidates.append(dict(base, family='Y', callee='_strptime_time()'))
    # hashlib's constructors are named after their OpenSSL wrappers in messages.
    if f.__name__ != name:
        for fam in 'KTP':
            candidates.append(dict(base, family=fam, callee=f'{f.__name__}()' if fam != 'P' else f.__name__))
    return candidates


def choose(ours, cpy_mod, name):
    f = getattr(cpy_mod, name)
    seen = {}
    for k in PROBE:
        cands = describe(ours, cpy_mod, name)
        lo, hi = cands[0]['min'], cands[0]['max']
        if lo <= k and (hi is None or k <= hi):
            continue
        if name in ('exit', '_exit') and k == 0:
            continue
        seen[k] = probe(f, k)
    if not seen:
        # No count is refused (`hypot(*coordinates)`): only the keyword refusal remains.
        c = next(c for c in describe(ours, cpy_mod, name) if c['family'] in 'PY' and (c['family'] == 'Y') == isinstance(f, types.FunctionType))
        return dict(c, pyname=f.__name__)
    takes_kw = not no_keywords(f)
    # Prefer the families whose keyword handling agrees with the function's.
    ordered = sorted(describe(ours, cpy_mod, name), key=lambda c: takes_kw != (c['family'] in 'KY'))
    for c in ordered:
        try:
            if all(predict(c, k) == msg for k, msg in seen.items()):
                return dict(c, pyname=f.__name__)
        except IndexError:
            continue
    sys.exit(f'no family reproduces {ours}.{name}: {seen}')


def keyword_refusal(f):
    """CPython's message when f refuses every keyword, else None."""
    try:
        f(zzz_probe=1)
    except TypeError as e:
        return str(e) if 'takes no keyword arguments' in str(e) else None
    except Exception:
        return None
    return None


def no_keywords(f):
    return keyword_refusal(f) is not None


def encode(ours, name, c, default_module, refusal):
    refuses_kw = refusal is not None
    """One entry: `name family min max [@module] [#__name__] [=callee] [:params[|keyword-only[,**]]] [+total/posonly] [~ keywords unlike the family's] [! refused by bare name]`."""
    fam = c['family']
    parts = [name, fam, str(c['min']), '*' if c['max'] is None else str(c['max'])]
    own = c['pyname']
    default_callee = {'O': f"{c['module']}.{own}()", 'N': f"{c['module']}.{own}()", 'P': own,
                      'T': f'{own}()', 'K': f'{own}()', 'R': f"{c['module']}.{own}", 'Y': f'{own}()'}[fam]
    if c['module'] != default_module:
        parts.append('@' + c['module'])
    if c['pyname'] != name:
        parts.append('#' + c['pyname'])
    if c['callee'] != default_callee:
        parts.append('=' + c['callee'])
    if fam in 'KY' and (c['params'] or c.get('kwonly')):
        text = ','.join(c['params'][:c['max'] if c['max'] is not None else len(c['params'])])
        if c.get('kwonly'):
            text += '|' + ','.join(c['kwonly'])
        parts.append(':' + text)
    if fam == 'K' and (c['total'] != c['max'] or c['posonly']):
        parts.append(f"+{c['total']}/{c['posonly']}")
    if refuses_kw == (fam in 'KY'):
        parts.append('~')
    if refusal is not None and refusal.startswith(f"{c['pyname']}()"):
        # METH_VARARGS functions name themselves without their module here.
        parts.append('!')
    return ' '.join(parts)


def main():
    calls = {}
    for ours, (cpy, names) in MODULES.items():
        cpy_mod = importlib.import_module(cpy)
        entries = []
        chosen = [(n, choose(ours, cpy_mod, n)) for n in names.split()]
        modules = [c['module'] for _, c in chosen]
        default_module = max(set(modules), key=modules.count)
        for n, c in chosen:
            entries.append(encode(ours, n, c, default_module, keyword_refusal(getattr(cpy_mod, n))))
        calls.setdefault(FILES[ours], []).append(f"registerSignatures('{ours}', '{default_module}', '{';'.join(entries)}');")
    for name, lines in calls.items():
        target = RUNTIME / name
        text = target.read_text()
        begin = text.index('// BEGIN GENERATED argument counts')
        begin = text.index('\n', begin) + 1
        end = text.index('// END GENERATED', begin)
        target.write_text(text[:begin] + '\n'.join(lines) + '\n' + text[end:])


if __name__ == '__main__':
    main()
