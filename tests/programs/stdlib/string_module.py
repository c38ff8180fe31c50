import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords('hello   world  from python'), string.capwords('a-b-c', '-'))
t = Template('$who likes $what; ${who}s cost $$10')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bob'), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('cost: $ 5').substitute()
except ValueError as e:
    print('ValueError:', e)
print(Template('bad $').safe_substitute(), Template('x ${y').safe_substitute(), Template('$1').is_valid())
print(Template('line1\n  $ oops').safe_substitute())
try:
    Template('line1\n  $ oops').substitute()
except ValueError as e:
    print('ValueError:', e)
f = Formatter()
print(f.format('{0} and {1}', 'a', 'b'), f.format('{x:>5}|{y!r}', x=3, y='s'))
print(f.format('{} {}', 1, 2), f.format('{0[1]} {p.real}', [7, 8], p=3), f.format('{:{w}}|', 'ab', w=5))
print(list(f.parse('a{0}b{x!r:>3}c{{}}')))
