# Seeded fuzz of textwrap on text full of hyphens, em-dashes written as "--",
# punctuation, digits, underscores and odd whitespace, plus subclasses that
# replace the chunking patterns.
import re
import textwrap


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return self.state >> 33

    def below(self, n):
        return self.next() % n

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def chance(self, percent):
        return self.below(100) < percent


PIECES = ["a", "bc", "def", "word", "x", "-", "--", "---", " ", "  ", "\t", "\n", ".", ",",
          "!", "?", "'", '"', "1", "42", "_", "é", "ü", "Z", "e-mail", "well--known",
          "re-do", "A-B-C", "\xa0", "\u2003", "x--y", "-x", "y-", "a.b"]


def make_text(rng):
    return "".join(rng.pick(PIECES) for _ in range(rng.below(24)))


rng = Lcg(20260127)
for case in range(700):
    text = make_text(rng)
    width = 1 + rng.below(16)
    options = dict(
        width=width,
        break_long_words=rng.chance(70),
        break_on_hyphens=rng.chance(70),
        drop_whitespace=rng.chance(80),
        replace_whitespace=rng.chance(80),
        fix_sentence_endings=rng.chance(30),
    )
    try:
        lines = textwrap.wrap(text, **options)
    except Exception as e:
        lines = type(e).__name__ + " " + str(e)
    print(case, repr(text), sorted(options.items()), lines)
    if case % 3 == 0:
        try:
            print("  short", repr(textwrap.shorten(text, width=max(width, 8), placeholder="..")))
        except Exception as e:
            print("  short", type(e).__name__, e)
    if case % 5 == 0:
        w = textwrap.TextWrapper(width=width, max_lines=2, break_on_hyphens=options["break_on_hyphens"])
        try:
            print("  max2", w.wrap(text))
        except Exception as e:
            print("  max2", type(e).__name__, e)

print(textwrap.wrap("Hello--world and more--words here", width=12))
print(textwrap.wrap("c al  ly--hd z", width=10, break_long_words=False))
print(textwrap.fill("The quick brown fox--a rather lazy one--jumped over the fence.", 15))
w = textwrap.TextWrapper()
print(w._split("Hello there -- you goof-ball, use the -b option!"))
w.break_on_hyphens = False
print(w._split("Hello there -- you goof-ball, use the -b option!"))
print(type(textwrap.TextWrapper.wordsep_re).__name__, type(textwrap.TextWrapper.wordsep_simple_re).__name__)
print(textwrap.TextWrapper.wordsep_re.split("one-two--three"))
print(textwrap.TextWrapper.wordsep_simple_re.split("one two\tthree"))


class CommaWrapper(textwrap.TextWrapper):
    # Break only at commas and spaces.
    wordsep_re = re.compile(r'(\s+|(?<=,))')


print(CommaWrapper(width=8).wrap("alpha,beta,gamma,delta epsilon-zeta"))


class SplitOverride(textwrap.TextWrapper):
    def _split(self, text):
        return [c for c in re.split(r'(\s+|/)', text) if c]


print(SplitOverride(width=10).wrap("usr/local/lib/python3 is/here"))
print(textwrap.TextWrapper.sentence_end_re.search("end.") is not None,
      textwrap.TextWrapper.sentence_end_re.search("END.") is not None)
print(textwrap.fill("Dr. who?  I said. Yes.", 40, fix_sentence_endings=True))
