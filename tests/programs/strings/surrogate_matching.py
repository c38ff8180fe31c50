# A str is a sequence of code points: a lone surrogate never matches half of an astral character
# ('😀' is one code point), while a lone surrogate in the text is a character of its own.

s = 'a😀b😀'
hi = '\ud83d'
lo = '\ude00'
print(hi in s, lo in s, 'b' + hi in s, lo + 'b' in s, '😀' in s, 'a😀' in s)
print(s.find(hi), s.find(lo), s.rfind(hi), s.rfind(lo), s.find('😀'), s.rfind('😀'))
print(s.find(hi, 1), s.find(lo, 0, 4), s.rfind(hi, 0, 3), s.find('b', 1, 3))
print(s.count(hi), s.count(lo), s.count('😀'), s.count(lo, 1))
print(s.replace(hi, 'X') == s, s.replace(lo, 'X', 1) == s, s.replace('😀', '-'))
print(len(s.split(hi)), len(s.split(lo)), len(s.rsplit(hi)), len(s.split(lo, 1)), len(s.rsplit(hi, 1)))
print(s.split('😀'), s.rsplit('😀', 1))
print(s.partition(hi)[0] == s, s.rpartition(lo)[2] == s, s.partition('😀'))
print(s.startswith('a' + hi), s.endswith(lo), s.startswith(hi, 1), s.endswith(hi, 0, 2), s.startswith('😀', 1))
print(s.removeprefix('a' + hi) == s, s.removesuffix(lo) == s, s.removesuffix('😀'))
print(s.strip(hi) == s, s.rstrip(lo) == s, s.lstrip('a😀'))
for f in (s.index, s.rindex):
    for sub in (hi, lo):
        try:
            print(f(sub))
        except ValueError as e:
            print('ValueError', e)

# Lone surrogates in the text are characters: they match themselves.
u = 'x' + hi + 'y' + lo + 'z'
print(len(u), u.find(lo), u.find('y'), u.count(hi), 'y' + lo in u, hi in u, lo in u)
print(ascii(u.replace(hi, '-')), ascii(u.split(lo)), ascii(u.partition(hi)), u.rfind(hi), u.rfind(lo))
print(u.startswith('x' + hi), u.endswith(lo + 'z'), ascii(u.removeprefix('x' + hi)), u.index(lo))

# A lone surrogate next to a pair: only the whole character matches.
w = hi + '😀' + lo
print(len(w), w.find(hi), w.rfind(hi), w.find(lo), w.rfind(lo), w.count(hi), w.count(lo), w.find('😀'))
print(ascii(w.replace(hi, 'H')), ascii(w.replace(lo, 'L')), ascii(w.split(lo)), ascii(w.rsplit(hi)))
print(ascii(w.removesuffix(lo)), ascii(w.removeprefix(hi)), w.endswith(lo), w.startswith(hi))
print([ascii(c) for c in w], ascii(w[1]), ascii(w[::-1]))
