# re.error messages, positions, lineno/colno for bad patterns, as CPython's parser reports them.
import re

BAD = [
    '(abc', 'a)', '(?P<1>x)', '[a-', '[b-a]', '\\q', 'a**', 'a*?*', '*a', '+', '?', '{1}x', 'x{3,2}',
    '(?P<n>a)(?P<n>b)', '(?P=missing)', '(?P=1x)', '(?<x>a)', '(?<=a+)b', '(?<!a|bc)d', '(?x',
    '(?', '(?P', '(?Px)', '(?z)', 'a(?i)b', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-a:b)', '(?L)',
    '(?au)', '(?-a:x)', '(?i-:x)', '(?i-z:x)', '(?iz)', '(?i#)', '(?#unterminated', '\\', 'a\\',
    '\\x1', '\\u12', '\\U0011000', '\\U00110000', '[\\x]', '[\\z]', '[\\A]', '\\8', '\\777', '[\\777]', '[\\9]',
    '(a)\\2', '(a\\1)', '(?P<a>x(?P=a))', '(?(1)a|b)', '(?(0)a)', '(?(x)a)', '(?(1a)a)', '(?(1)a|b|c)(x)',
    '(?(2)a)(b)', '(a)(?<=\\1)', '(?<=(a)\\1)', '\\N', '\\N{', '\\N{foo}', '[a-\\d]', '[\\w-z]',
    'x{1,2}{3}', '^*', '$+', '\\b?', '(?i)(?m)abc', 'abc\n(def', '\n  (?P<a>x)\n  (?P<a>y)', 'ab\\',
    '(?<a>x)', '(?P<a>x)(?P=a', '(?P<a', '(?P<>x)', '(?P=)', '(?P<é>x)(?P=é)', '[', '[^', '[]', 'a{99999999999}',
    '(?-:a)', '(?:a', 'a|(b', '(?=a', '(?>a', 'x++*', 'x{2}+?',
]
for pat in BAD:
    try:
        p = re.compile(pat)
        print(repr(pat), 'ok', p.groups)
    except re.error as e:
        print(repr(pat), 'error:', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pat)
    except (OverflowError, ValueError) as e:
        print(repr(pat), type(e).__name__, e)

for pat, flags in [('a', re.A | re.U), ('a', re.L), ('(?u)a', re.A), ('(?a)a', 0)]:
    try:
        print(re.compile(pat, flags).flags)
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

# Template errors: re.error on the template, IndexError for unknown names.
for repl in ['\\g<2>', '\\g<x', '\\g', '\\g<1a>', '\\g<nope>', '\\3', '\\q', 'x\\', '\\g<>', '\\400', '\\g<-1>']:
    try:
        print(repr(repl), re.sub('(a)(?P<n>b)?', repl, 'ab'))
    except re.error as e:
        print(repr(repl), 'error:', e, e.pos, repr(e.pattern))
    except IndexError as e:
        print(repr(repl), 'IndexError:', e)

e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('bad', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
e = re.error('bad', pattern='abc', pos=1)
print(e, e.lineno, e.colno, isinstance(e, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error('boom', 'x', 0)
except re.error as err:
    print(repr(err))
