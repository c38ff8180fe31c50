# Python 3.11 regex syntax that JS RegExp lacks: scoped inline flags, atomic groups, possessive
# quantifiers, conditional groups; and the spellings of the rest (\A \Z {,n} VERBOSE, \b and ASCII).
import fnmatch
import re


def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    print(repr(pat), repr(s), m and (m.group(), m.groups(), m.span(), m.lastindex))


# Scoped flags
show(r'(?i:ab)c', 'ABc')
show(r'(?i:ab)c', 'ABC')
show(r'a(?i:b)c', 'aBc')
show(r'(?i)a(?-i:b)c', 'AbC')
show(r'(?i)a(?-i:b)c', 'ABC')
show(r'(?i:[a-c]+)x', 'aBCx')
show(r'(?i:[^a-c]+)', 'ABCdef')
show(r'(?i:é)', 'É')
show(r'(?i:straße)', 'STRASSE')
show(r'(?i:ſ)', 's')
show(r'(?i:k)', '\u212a')
show(r'(?s:.)', '\n')
show(r'(?s:a.b)|c.d', 'c\nd a\nb')
show(r'(?-s:.)', '\n', re.S)
show(r'(?m:^b)', 'a\nb')
show(r'(?m:c$)', 'c\nd')
show(r'^b', 'a\nb')
show(r'(?x: a b c )d', 'abcd')
show(r'(?x: a b c ) d', 'abc d')
show(r'(?-x: a ) b', ' a b', re.X)
show(r'(?a:\w+)', 'héllo')
show(r'(?a:\w+)\w+', 'hé')
show(r'(?u:\w+)', 'héllo', re.A)
show(r'(?ai:K)', 'k')
show(r'(?im)^A(?-m:b$)', 'x\nab')
print(re.findall(r'(?i:A)a', 'aa Aa aA AA'))
print(re.compile(r'(?i:a)b').flags, re.compile(r'(?i)(?s:a)b').flags)

# fnmatch.translate emits (?s:...)\Z
for pat, names in [('*.py', ['a.py', 'b.txt', 'x\n.py', '.py']), ('[!a-c]?', ['d1', 'a1', 'dd']), ('file[0-9].*', ['file1.txt', 'fileA.txt'])]:
    rx = re.compile(fnmatch.translate(pat))
    print(fnmatch.translate(pat), [n for n in names if rx.match(n)], fnmatch.filter(names, pat))
print(fnmatch.fnmatch('README.md', '*.MD'), fnmatch.fnmatchcase('README.md', '*.MD'), fnmatch.fnmatch('a/b', 'a*'))

# Atomic groups and possessive quantifiers
show(r'(?>a+)b', 'aaab')
show(r'(?>a+)a', 'aaaa')
show(r'(?>a|ab)c', 'abc')
show(r'(a|ab)c', 'abc')
show(r'(?>(a+))(b)', 'aab')
show(r'a++b', 'aab')
show(r'a++a', 'aaa')
show(r'a*+a', 'aaa')
show(r'a?+a', 'a')
show(r'(ab)*+c', 'ababc')
show(r'(ab)*+ab', 'abab')
show(r'a{1,2}+a', 'aa')
show(r'a{1,2}+a', 'aaa')
show(r'"(?:[^"\\]++|\\.)*+"', 'say "a\\"b" now')
show(r'(\w++)(\d)', 'abc1')
show(r'(?>(\w)+)(\1)', 'abb')
m = re.match(r'(?>(x))(y)(?P<z>z)', 'xyz')
print(m.groups(), m.group('z'), m.span(2), m.lastindex, m.lastgroup, m.groupdict(), m.regs)
print(re.sub(r'(?>(\d+))(-)', r'\2\1', '12-34-'), re.split(r'(?>(,))', 'a,b'), re.findall(r'(a)++|(b)', 'aab'))
print(re.compile(r'(?>a)(b)').groups, re.fullmatch(r'(?>a*)', 'aaa'), re.fullmatch(r'a*+b', 'aab'))

# Conditional groups
show(r'(<)?\w+(?(1)>)', '<tag>')
show(r'(<)?\w+(?(1)>)', 'tag>')
show(r'(<)?(\w+)(?(1)>|$)', 'word')
show(r'^(<)?(\w+)(?(1)>|$)', '<word')
show(r'(?P<q>")?\w+(?(q)")', '"hi"')
show(r'(?P<q>")?\w+(?(q)"|!)', 'hi!')
show(r'(a)?(?(1)b|c)', 'c')
show(r'(a)?(?(1)b|c)', 'ab')
print(re.findall(r'(\()?\d+(?(1)\))', '(1) 2 (3 4)'))
print([m.group() for m in re.finditer(r'(?:(a)|b)(?(1)x|y)', 'ax by ay bx')])

# \A \Z $ ^
show(r'\Aab', 'ab')
show(r'ab\Z', 'ab\n')
show(r'ab$', 'ab\n')
show(r'ab$', 'ab\n\n')
print(re.findall(r'^\w', 'a\nb\nc', re.M), re.findall(r'\w$', 'a\nb\nc\n', re.M), re.findall(r'$', 'a\n'), re.findall(r'^', 'a\nb', re.M))
print(re.findall(r'(?m)^$', '\n\na\n'), re.sub(r'(?m)$', '!', 'a\nb\n'))

# Repeats
print(re.findall(r'a{,2}', 'aaaaa'), re.findall(r'a{2,}', 'a aa aaa'), re.findall(r'a{}', 'a{}'), re.findall(r'a{,}', 'aa'))
print(re.findall(r'x{1,', 'x{1,'), re.findall(r'x{a}', 'x{a}'), re.findall(r'{', '{a}'), re.findall(r'a{2}?', 'aaa'), re.findall(r'a{1,3}?', 'aaa'))

# \b with and without ASCII, unicode classes
print(re.findall(r'\b\w+\b', 'héllo wörld'), re.findall(r'\b\w+\b', 'héllo wörld', re.A), re.findall(r'\B\w', 'ab é'))
print(re.findall(r'\w+', 'cafe\u0301 x_1 ٣٤'), re.findall(r'\d+', '٣٤ 12 ²'), re.findall(r'\s+', 'a\x1cb\x85c\ufeffd\u3000e'))
print(re.findall(r'[\W]+', 'ab, cd!é'), re.findall(r'[^\W\d]+', 'ab12cé3'), re.findall(r'[\S]+', 'a b\x1cc'), re.findall(r'[^\S]+', 'a \x1cb'))
print(re.findall(r'[\D]+', 'a1b٣c'), re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[\s\d]+', 'a 1 b'))
print(re.findall(r'[\W]', 'a,é', re.A), re.findall(r'\s', 'a\x1cb', re.A), re.findall(r'[^\s]', 'a\x1c', re.A))

# VERBOSE: whitespace, comments, escaped spaces, # in classes
v = re.compile(r'''
    (?P<key> \w+ )   # a key
    \ = \            # an escaped space on each side
    (?P<val> [^#\s]+ )  # a value: no hash, no space
    [ ]* \# .*       # a comment in the text
''', re.X)
m = v.match('name = value   # note')
print(m and m.groupdict())
print(re.findall(r'a b # c', 'ab a b', re.X), re.findall('(?x)a\u00a0b', 'a\u00a0b'), re.findall(r'a\ b', 'a b', re.X))
print(re.match(r'(?x) a | b ', 'b'), re.match(r'(?x)[ a]+', '  a'))

# Escapes and literals
print(re.findall(r'\x41\u0042\U00000043\101\0\07', 'ABCA\x00\x07'), re.findall(r'[\x41-\x43]+', 'ABCD'), re.findall(r'\/\-', '/-'))
print(re.findall(r'[\]\[]', '[]'), re.findall(r'[a\-z]', 'a-z b'), re.findall(r'[-a]', '-a'), re.findall(r'[a-]', '-a'), re.findall(r'[\b]', '\b'))
print(re.findall(r'\$\^\.\*\+\?\{\}\(\)\|', '$^.*+?{}()|'), re.findall('[😀-😂]', 'a😁b'), re.findall('😀+', '😀😀x'))
print(re.findall(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'), re.findall(r'(a)\1\0', 'aa\x00'))
print(re.findall(r'(?#comment)a(?#another)b', 'ab'), re.findall(r'a(?=b)', 'ab ac'), re.findall(r'(?<=a)b', 'ab cb'), re.findall(r'(?<!a)b', 'ab cb'))
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'(?:ab)+', 'ababx'), re.findall(r'(a)|b', 'ab'), re.findall(r'(a)(?:x)?', 'a ax'))

# Backreferences by name and number, IGNORECASE backreferences
print(re.findall(r'(?P<c>\w)(?P=c)', 'aabbcd'), re.search(r'(?i)(a)\1', 'aA'), re.search(r'(\w+) \1', 'the the'))
