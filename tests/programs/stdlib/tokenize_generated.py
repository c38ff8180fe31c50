# tokenize over generated sources: pieces drawn by a fixed linear congruential generator,
# each result printed (token kinds and text, or the error), with both untokenize modes.
import io
import token
import tokenize

PIECES = [
    "'", '"', "'''", '"""', "\\", "\n", "\r\n", " ", "\t", "#c", "x", "1", "0", ".",
    "e", "j", "_", "(", ")", "[", "]", "{", "}", "$", "?", "f", "rb", "b", "u", "0x",
    "0o", "0b", "\u00b2", "\u00e9", "!", "=", "-", ">", "*", ":", "\x0c", "if", "  ",
    "\n    ", "\n  ", "1_0", "1e", "e+", ".5", "...", "->", "**=", "//", "J", "00", "7",
    "\\\n", "f'{x}'", "R", "Br", "a b", "pass", "def f():\n", "  return\n", "\n\t",
]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def describe(tokens):
    return ' '.join('%s:%r' % (token.tok_name[t.exact_type], t.string) for t in tokens)


def positions(tokens):
    return ' '.join('%d.%d-%d.%d' % (t.start + t.end) for t in tokens)


def attempt(action):
    try:
        return action()
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)


rng = Lcg(2024)
kinds_seen = {}
for case in range(700):
    source = ''.join(PIECES[rng.below(len(PIECES))] for _ in range(rng.below(18)))
    print(case, repr(source))
    try:
        if case % 3 == 0:
            tokens = list(tokenize.tokenize(io.BytesIO(source.encode()).readline))
        else:
            tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except Exception as e:
        print('  error', type(e).__name__, e, e.args)
        continue
    for t in tokens:
        kinds_seen[t.type] = kinds_seen.get(t.type, 0) + 1
    print('  ', describe(tokens))
    print('  ', positions(tokens))
    print('   full:', repr(attempt(lambda: tokenize.untokenize(tokens))))
    print('   pairs:', repr(attempt(lambda: tokenize.untokenize([t[:2] for t in tokens]))))

for kind in sorted(kinds_seen):
    print(token.tok_name[kind], kinds_seen[kind])
