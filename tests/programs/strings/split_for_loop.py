# `for w in x.split():` walks the words of a str one at a time; other objects' split() is called
# as written. Every shape of whitespace, and objects that are not plain strs.

texts = [
    "alpha beta  gamma",
    "  leading and trailing  ",
    "",
    "     ",
    "tabs\tand\nnewlines\r\nmixed\x0bvt\x0cff",
    "seps\x1cfile\x1dgroup\x1erecord\x1funit",
    "nbsp\xa0here\u2003em\u3000ideo\u2028line\x85nel",
    "astral \U0001F600 smile \U0001F600\U0001F600",
    "one",
    "a b c d e f g h",
    "\u200b zero-width is not whitespace\u200b",
]
for t in texts:
    words = []
    for w in t.split():
        words.append(w)
    print(len(words), words == t.split(), ascii(words))

# The loop sees the words of the string it started with.
s = "x y z"
for w in s.split():
    s = s + " more"
    print(w, end=" ")
print(len(s))

# break, continue, else
for w in "a b stop c".split():
    if w == "b":
        continue
    if w == "stop":
        break
    print("word", w)
else:
    print("no break")
for w in "p q".split():
    pass
else:
    print("else ran", w)

# Unpacking each word (two-character words)
for a, b in "ab cd ef".split():
    print(a, b)
try:
    for a, b in "ab cde".split():
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)

# A str subclass overrides split
class Words(str):
    def split(self, *args):
        return ["custom", str(len(self))]
for w in Words("a b c").split():
    print("sub", w)

class Plain(str):
    pass
for w in Plain("  p  q ").split():
    print("plain", w, type(w).__name__)

# Any object with a split method
class Splitter:
    def split(self):
        yield "gen1"
        yield "gen2"
for w in Splitter().split():
    print("obj", w)

class Lines:
    def __init__(self, text):
        self.text = text
    def split(self):
        return self.text.split(",")
for w in Lines("1,2,,3").split():
    print("lines", repr(w))

# The object expression is evaluated once
calls = []
def source():
    calls.append(1)
    return "u v w"
for w in source().split():
    print("src", w)
print("calls", len(calls))

# Errors come from the call, as written
try:
    for w in None.split():
        pass
except AttributeError as e:
    print(type(e).__name__, e)
try:
    for w in (42).split():
        pass
except AttributeError as e:
    print(type(e).__name__, e)
class NotIterable:
    def split(self):
        return 5
try:
    for w in NotIterable().split():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# With arguments: the ordinary call
for w in "a,b,,c".split(","):
    print("comma", repr(w))
for w in "a b c d".split(None, 2):
    print("max", repr(w))

# Comprehensions and generator expressions over split()
print([w.upper() for w in "k l m".split()])
print(sum(len(w) for w in "one two three".split()))

# Counting, as word-frequency code does
freq = {}
for w in "the cat the dog the end".split():
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items()))

# The list form of split() with only spaces, and with other whitespace
print("a  b   c ".split(), " a\tb ".split(), "".split(), " ".split())
print("x y".split(maxsplit=0), "  x y ".split(maxsplit=1), "x\u3000y z".split())
