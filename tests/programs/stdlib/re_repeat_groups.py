# Groups inside repeats keep the capture of the last iteration they took part in (_sre), where a
# JS RegExp clears them at every iteration; an empty iteration ends a repeat and keeps its
# captures; a backreference to a group that did not match fails; lastindex is the group that
# closed last. These patterns run on re_engine.ts, the others as JS RegExps.
import re


def show(p, s, flags=0):
    try:
        r = re.compile(p, flags)
        m = r.match(s)
        if m is None:
            print(repr(p), repr(s), None)
            return
        spans = [m.span(i) for i in range(r.groups + 1)]
        print(repr(p), repr(s), m.group(), m.groups(), spans, m.lastindex, m.lastgroup)
    except Exception as e:
        print(repr(p), type(e).__name__, e)


for p, s in [
    (r'(?:(a)|b)+', 'ab'), (r'(a|b)*c', 'abc'), (r'((a)|b)+', 'ab'), (r'(?:(a)|(b))+', 'ab'),
    (r'(?:(a)|(b))+', 'ba'), (r'(?:(a)|b)*', 'abbb'), (r'(?:x(a)?)+', 'xaxx'), (r'(?:(a)|b)*?c', 'abc'),
    (r'(?:(a)|ab)*c', 'abc'), (r'(?:(a)|b|())*', 'ab'), (r'(a*)*', 'b'), (r'(a*)+', 'aa'),
    (r'(a*)+?$', 'aa'), (r'(?:|a)*', 'aaa'), (r'(?:|a)?', 'a'), (r'(?:|a)+', 'aa'), (r'(a|())*', 'aa'),
    (r'(a?)*?b', 'aab'), (r'(\w+?)*', 'ab'), (r'(?:(a)|b)+\1', 'aba'), (r'(?:(a)|b)+\1', 'abb'),
    (r'((a)|(b))*', 'abba'), (r'(?:(?:(a)|b)(c)?)+', 'acb'), (r'((?:(a)|b)+)+', 'abab'),
    (r'(?:(a)|b){2}', 'ab'), (r'(?:(a)|b){2,3}', 'bab'), (r'(?:(a)|b){1,2}?$', 'ab'),
    (r'(?:(?P<x>a)|(?P<y>b))+', 'aab'), (r'(?:(a)|b)(?:(c)|d)+', 'acd'),
    (r'(?:(a)(?=(b))|b)+', 'abab'), (r'(?:(?<=(a))b|a)+', 'abab'),
    (r'(?>(?:(a)|b)+)', 'ab'), (r'(?:(a)b|a)++', 'abab'),
    (r'(?:(a)|b)+(?(1)y|n)', 'aby'), (r'(?:(a)|b)+(?(1)y|n)', 'bbn'),
    (r'(a)|b', 'b'), (r'(a)?\1', 'b'), (r'(a)?b\1', 'b'), (r'(?:(a)|b)\1', 'b'), (r'(a)?(?(1)\1|c)', 'c'),
    (r'(a)(b*)', 'a'), (r'(a())', 'a'), (r'(a)()', 'a'), (r'((a)b)', 'ab'), (r'(a)(?=(b))', 'ab'),
    (r'(?:a|ab){2}+c', 'abac'), (r'(?:ab|a){2}+c', 'abac'), (r'(?:a|ab)++c', 'abc'),
]:
    show(p, s)

# The same patterns through the scanning functions.
print(re.findall(r'(?:(a)|b)+', 'ab ba bb a'))
print(re.findall(r'(?:(a)|(b))+', 'ab ba bb a'))
print([m.groups() for m in re.finditer(r'(?:(\d)|-)+', '1-2 -- 3-')])
print([m.span(1) for m in re.finditer(r'(?:(\d)|-)+', '1-2 -- 3-')])
print(re.sub(r'(?:(a)|b)+', r'[\1]', 'ab bb ba'))
print(re.sub(r'(?:(a)|b)+', lambda m: repr(m.group(1)), 'ab bb ba'))
print(re.subn(r'(x*)*', '-', 'axxb'))
print(re.split(r'(?:(,)|;)+', 'a,;b;c,d'))
print(re.fullmatch(r'(?:(a)|b)+', 'abb').groups(), re.fullmatch(r'(?:(a)|b)+', 'abc'))
print(re.search(r'(?:(a)|b)+', 'xxbab').regs)
print(re.match(r'(?:(?P<n>\d)|x)+', '1x').groupdict(), re.match(r'(?:(?P<n>\d)|x)+', '1x').expand(r'<\g<n>>'))
# Code points past U+FFFF count once.
print(re.search(r'(?:(\U0001F600)|a)+', 'x\U0001F600a\U0001F600aa').span(1))
print(re.findall(r'(?:(é)|\w)+', 'éa bé ab'))
print(re.match(r'(?i)(?:(a)|b)+', 'AB').groups())

# Backreferences to groups that did not take part fail (JS would match them as empty).
print(re.findall(r'(a)?x\1', 'x ax axa'))
print(re.findall(r'(?:(a)|b)\1', 'b aa ab'))
print(re.search(r'(a)|b\1', 'b'))

# After an empty match, the next one may start at the same place if it is not empty, also with
# atomic groups and backreferences in the pattern.
print(re.findall(r'((\w??))\1a?', 'ba'))
print(re.findall(r'(?!b)(?>a??)', 'aabc'))
print(re.findall(r'(?>c??[^a])*?', 'xcxx1'))
print(re.findall(r'[ab]*+[^a]??', ' 1cc1'))
print(re.sub(r'(?>a{0,2}(?:\d{0,2}){1,3}?)', '-', 'aacab1'))
print([m.span() for m in re.finditer(r'(?:(a)|b)*?', 'ab')])

# \B does not match an empty subject, nor \b.
print(re.search(r'\B', ''), re.search(r'\b', ''), re.search(r'\B', 'a'), re.findall(r'\B', 'ab'))
print(re.search(r'(?a)\B', ''), re.compile(r'\B').search('ab', 1, 1))

# lastindex and lastgroup of plain patterns.
for p, s in [(r'(a)(b*)', 'a'), (r'(a())', 'a'), (r'(?P<o>(?P<i>a))', 'a'), (r'(?P<a>x)|(?P<b>y)', 'y'),
             (r'(a)(?:(b)|c)', 'ac'), (r'((a)b)c', 'abc'), (r'(a)(?=(b))', 'ab'), (r'x', 'x')]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup)

# A long subject does not exhaust the stack.
m = re.match(r'(?:(a)|b)*', 'ab' * 50000)
print(m.span(), m.groups())
print(len(re.findall(r'(?:(a)|b)+', ('ab' * 20 + ' ') * 500)))
print(re.findall(r"(?:(a)|b)+(?<=\1)c", "abac bbc aac"), re.findall(r"(?:(ab)|c)+(?<=\1)", "abcab"))
