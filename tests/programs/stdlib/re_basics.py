import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2))
print(m[1], m.lastindex, m.string[:5], m.re.pattern)
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
m = re.search(r'(?P<first>\w+)\s(?P<last>\w+)', 'Jane Doe')
print(m.groupdict(), m.group('last'), m['first'], m.lastgroup, m.span('last'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1, b=2'), re.findall(r'x(y)?', 'x xy'))
print([m.span() for m in re.finditer(r'o', 'foo boo')], [m.group() for m in re.finditer(r'\b\w', 'hi there you')])
print(re.sub(r'\s+', ' ', 'a   b \t c'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@home you@work'))
print(re.sub(r'(?P<n>\d)', r'<\g<n>>', 'a1b2'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b7'))
print(re.subn('a', 'A', 'banana'), re.sub('a', 'A', 'banana', count=2), re.sub('x*', '-', 'abxd'))
print(re.split(r',\s*', 'a, b,c,   d'), re.split(r'(,)', 'a,b'), re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split('x*', 'axbc'), re.split(r'\b', 'a b'))
print(re.escape('a.b*c?d[e]'), re.escape('hello world_1'))
p = re.compile(r'[a-z]+', re.IGNORECASE)
print(p, p.findall('Hello World'), p.flags & re.IGNORECASE != 0, p.groups, p.pattern)
print(re.compile(r'(a)(?P<x>b)').groupindex, re.compile('x'), re.compile('x', re.M | re.S))
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'^\w+', 'one\ntwo'), re.findall(r'a.c', 'a\nc abc', re.S))
print(re.search(r'end$', 'the end\n'), re.search(r'end\Z', 'the end\n'), re.search(r'\Athe', 'the end'))
verbose = re.compile(r'''
    (\d{3})   # area
    [-.\s]?   # sep
    (\d{4})   # number
''', re.VERBOSE)
print(verbose.match('555-1234').groups(), verbose.match('5551234').group(2))
print(re.match(r'(\w+) \1', 'hey hey you').group(), re.match(r'(?P<w>\w+) (?P=w)', 'yo yo').group('w'))
print(re.findall(r'(?i)abc', 'ABC abc'), re.findall(r'a{2,3}', 'aaaa a aa'), re.findall(r'\d{,2}', '12345'))
print(re.findall(r'(?<=@)\w+', 'a@b c@d'), re.findall(r'\w+(?=!)', 'hi! there!'), re.findall(r'[^\s,]+', 'a, b ,c'))
print(re.match(r'[]a]+', ']a]b').group(), re.findall(r'[\d.]+', 'v1.2.3 and 4'), re.findall(r'\$\d+', '$5 $10'))
print(re.findall(r'\w+', 'héllo wörld ünïcode'), re.findall(r'\d', '٣4'), re.findall(r'\w+', 'héllo', re.A))
print(re.search('é(.)', 'café😀x'), re.search('😀(x)', 'a😀x').span(1))
pat = re.compile(r'\d')
print(pat.search('ab12', 3), pat.match('ab12', 2), pat.findall('1a2b3', 1, 4))
print(m.expand(r'\g<last>, \g<first>'), re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').groups('-'))
for bad in [r'(abc', r'a)', r'\q', r'(?P<1>x)', r'[a-']:
    try:
        re.compile(bad)
    except re.error as e:
        print('re.error')
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)
