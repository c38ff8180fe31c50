# re's flags are re.RegexFlag members (an int subclass): they print as CPython's global enum
# prints them, combine with | & ^ ~ into flags, and act as ints everywhere else.
import re

print(re.I, repr(re.I), str(re.I), f"{re.I}", format(re.I, 'd'), '{:>4}'.format(re.M), int(re.I))
print(re.I | re.M, repr(re.S | re.X | re.A), re.I | 1, re.I | 1024, (re.I | 1024).name)
print(~re.I, ~re.NOFLAG, int(~re.I), re.I & re.M, re.I ^ re.I, re.I & 3, 3 & re.I, 3 ^ re.I, 1 | re.I, True | re.M)
print(re.NOFLAG, re.RegexFlag(3), re.RegexFlag(0), re.RegexFlag(1024), re.A, re.U, re.T, re.DEBUG, re.L, re.S, re.X)
print(re.IGNORECASE, re.MULTILINE, re.DOTALL, re.VERBOSE, re.ASCII, re.UNICODE, re.LOCALE, re.TEMPLATE)
print(re.I == 2, re.I is re.IGNORECASE, (re.I | re.M) == 10, hash(re.I) == hash(2), {re.I: 'x'}[2], {2: 'y'}[re.I])
print(re.I + 1, re.I * 2, -re.I, re.I - 1, re.I << 1, re.M // 3, type(re.I + 1).__name__, bool(re.NOFLAG), bool(re.I))
print(re.I.name, re.I.value, (re.I | re.M).name, (re.I | re.M).value, re.NOFLAG.name)
print(type(re.I).__name__, type(re.I | re.M).__name__, type(1 | re.I).__name__, type(re.I & 0).__name__)
print(isinstance(re.I, int), isinstance(re.I, re.RegexFlag), issubclass(re.RegexFlag, int), re.RegexFlag.__name__)
print(re.I in (re.I | re.M), re.X in (re.I | re.M), re.NOFLAG in re.I)
print(sorted([re.M, re.I, re.S]), max(re.I, re.M), [re.I, re.M])
print('%s %d %r %x' % (re.I, re.M, re.S, re.X))
try:
    re.I | 'a'
except TypeError as e:
    print(e)
try:
    'a' in re.I
except TypeError as e:
    print(e)

# A pattern's flags are a plain int; its repr names them in _sre's order.
p = re.compile('a', re.I | re.M)
print(p.flags, type(p.flags).__name__, p.flags == re.I | re.M | re.U, p.flags & re.I)
print(re.compile('a', re.I), re.compile('a', re.X | re.S | re.M | re.I), re.compile('a'), re.compile('(?i)a'))
print(re.compile('a', re.A | re.I), re.compile('(?x) a', re.DEBUG * 0), re.compile('a', 2))
print(re.compile('a', re.I).match('A'), re.search('^b', 'a\nb', flags=re.M | re.I))
print(re.compile('a', re.NOFLAG).flags, re.compile('a', re.I | re.NOFLAG).flags)

# The class as an enum: its repr, members in definition order, lookup by name, members as attributes.
print(type(re.I), re.RegexFlag, list(re.RegexFlag), len(re.RegexFlag), re.RegexFlag['MULTILINE'])
print(re.RegexFlag.IGNORECASE, re.RegexFlag.I, re.RegexFlag.NOFLAG, re.I in re.RegexFlag, re.RegexFlag.DOTALL is re.S)
print([f.name for f in re.RegexFlag], type(re.RegexFlag).__name__)
try:
    re.RegexFlag['nope']
except KeyError as e:
    print('KeyError', e)
