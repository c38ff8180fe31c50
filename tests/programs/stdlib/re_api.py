# The re module's API around matches: split with groups and empty matches, sub templates and
# callables, fullmatch, finditer/findall with pos and endpos, Match attributes, escape.
import re

print(re.split(r'(,)', 'a,b,,c'), re.split(r'(,)|(;)', 'a,b;c'), re.split(r',?', 'abc'), re.split(r'', 'ab'))
print(re.split(r'(?=b)', 'abab'), re.split(r'\b', 'hi there'), re.split(r'(\s*)', 'a b'), re.split(r'x*', 'axxb', maxsplit=1))
print(re.split(r'(a)(x)?', 'bab'), re.split(r'\d', 'a1b2c3', 2), re.split(r'\d', 'a1b2', maxsplit=-1), re.split('$', 'ab\n'))
print(re.split(r'^', 'a\nb', flags=re.M), re.split(r'(?m)$', 'a\nb'), re.split(r'[😀x]', 'a😀bxc'))

print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>|\g<1>>', 'ab cd'), re.sub(r'a|(b)', r'[\1]', 'ab'), re.sub('', '-', 'abc'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'(a)', r'\\1\n\t\x', 'a') if False else re.sub(r'(a)', r'\\1 \n', 'a'), re.sub('a', r'\0\00\101', 'a'))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'a1b22'), re.sub(r'\w', lambda m: None if False else m.group().upper(), 'ab', count=1))
print(re.subn(r'(?i)A', 'x', 'aAbA'), re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', -1), re.sub(r'(?<=a)', '-', 'aaa'))
print(re.sub(r'(a)(?P<b>b)?', r'\g<b>\g<1>', 'a ab'), re.sub('é', 'e', 'été'), re.sub('(😀)', r'\1\1', 'a😀b'))
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError:', e)

print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'(?:a|ab)c?', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.fullmatch(r'\d+', '12\n'))
p = re.compile(r'\w+')
print(p.fullmatch('abc def', 4), p.fullmatch('abc def', 0, 3), p.fullmatch('abc def', 1, 3).span(), p.match('abc', 1, 2))
print(p.search('abc def', 3).group(), p.search('abc def', endpos=2).group(), p.search('abc', 5), p.search('abc', -3, -1))
print([m.span() for m in p.finditer('ab cd ef', 2, 7)], p.findall('ab cd ef', 1, 7), p.findall('ab cd', pos=3), p.findall('ab cd', endpos=1))
print([m.group() for m in re.compile(r'\b\w').finditer('ab cd', 1)], re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print([(m.start(), m.end(), m.pos, m.endpos) for m in re.compile('x*').finditer('axx', 1, 3)])
print(re.compile('😀(.)').search('a😀b😀c', 2).span(1), re.compile('.').findall('😀é😀', 1), [m.span() for m in re.finditer('', 'a😀')])

m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'say John Smith now')
print(m.span(), m.span('last'), m.start('first'), m.end(2), m.span('opt'), m.start(3), m.groupdict(), m.groupdict('-'))
print(m.lastindex, m.lastgroup, m.expand(r'\2, \g<first> (\g<0>)'), m.re.pattern, m.string, m.pos, m.endpos, m.regs)
print(m.group(0, 'first', 2), m['last'], m.groups(), m.groups(0), repr(m))
for pat, s in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(a)(b)?', 'a'), (r'((a)(b))', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'), ('a', 'a')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
for bad in [3, 'nope', -1, 1.5]:
    try:
        re.match('(a)', 'a').group(bad)
    except IndexError as e:
        print('IndexError:', e)
print(re.match(r'(a)?b', 'b').span(1), re.match(r'(a)?b', 'b').start(1), re.match('(a)?b', 'b').group(1))

print(re.escape('a.b*c?d[e]f{g}h|i^j$k\\l(m)n+o-p#q r\ts&t~u_v/w:x'), re.escape('日本'), re.escape(''))
print(re.purge(), re.compile('a') == re.compile('a'), re.compile('a', re.I) == re.compile('a'), re.compile(re.compile('b')).pattern)
print(re.compile(r'(?P<a>x)|(?P<b>y)').groupindex, re.compile('(a)(?>(b))(?P<c>c)').groupindex, re.compile('(a)(?>(b))').groups)
print(re.compile('x', re.I | re.M | re.S | re.X | re.A), re.compile('(?i)x'), re.compile('(?s:x)'), (re.I | re.M) == 10)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError:', e)
