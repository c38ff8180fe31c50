# fnmatch.translate and matching over generated patterns full of set edge cases
# (ranges, reversed ranges, leading '!' and ']', stray hyphens, backslashes).
import fnmatch


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % bound


ALPHABET = 'ab-!]^[\\*?&~|z.'
NAMES = ['', 'a', '-', 'ab', 'z', '!', 'b-', '.', '\\', '[', ']', 'a.b', 'zz', '^', '&', 'ba', 'a-z']

gen = Lcg(99)
seen = set()
for _ in range(700):
    pat = ''.join(ALPHABET[gen.next(len(ALPHABET))] for _ in range(1 + gen.next(8)))
    if pat in seen:
        continue
    seen.add(pat)
    try:
        regex = fnmatch.translate(pat)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)
        continue
    hits = [name for name in NAMES if fnmatch.fnmatchcase(name, pat)]
    print(repr(pat), regex, hits)

for pat in ['[a-]', '[!a-]', '[-a]', '[!-a]', '[]-a]', '[!]]', '[z-a]', '[!z-a]', '[b-a-c]',
            '[a-c-e]', '[a-cd-f]', '[a-c--e]', '[\\-^]', '[^a]', '[[a]', '[a&&b]', '[~~]', '[||]',
            '*a*b*', '**a**', 'a*', '*', '', '[', '[!', '[]', '[!]', 'x[', '*[*']:
    print(repr(pat), fnmatch.translate(pat), fnmatch.filter(NAMES, pat))
print(fnmatch.fnmatchcase(b'ab', b'a*'), fnmatch.fnmatch('A', 'a'), fnmatch.filter([b'x', b'y'], b'[x]'))
