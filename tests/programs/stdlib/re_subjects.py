# The same patterns over subjects that alternate between ASCII and not: \d, \w and \b follow
# Unicode for a subject with any non-ASCII character, whatever was searched before.
import re

ascii_text = "id=12 word_3 " * 10
arabic = "id=١٢ wörd_٣ " * 10
latin = "id=12 wörd_3 " * 10
assert len(ascii_text) == len(latin)
digits = re.compile(r"\d+")
words = re.compile(r"\b\w+\b")
for text in [ascii_text, arabic, latin, ascii_text, latin, arabic + ascii_text, ascii_text]:
    print(len(digits.findall(text)), digits.findall(text)[:3], words.findall(text)[:4])
    print(re.findall(r"(\w)(\d)", text)[:3], re.split(r"\W+", text)[:4])
    print(re.sub(r"\d", "#", text)[:14], re.search(r"\w+$", text.strip()))

# finditer: positions, pos/endpos, next() past the end, and a second pass.
it = re.finditer(r"(?P<w>[a-zö]+)_(?P<n>\w)", latin, )
first = next(it)
print(first.span(), first.group("w", "n"), first.groupdict(), first.start("n"))
rest = list(it)
print(len(rest), rest[-1].span(), rest[-1].group(0))
try:
    next(it)
except StopIteration as e:
    print("exhausted", repr(e))
p = re.compile(r"\d")
print([m.span() for m in p.finditer("a1b22c333", 2, 7)], [m.group() for m in p.finditer("")])
print([m.span() for m in re.finditer(r"x*", "axxb")], [m.span() for m in re.finditer("é|😀", "a😀é😀")])
print(re.findall(r"(a)(b)?(c)", "acabc"), re.findall(r"((a)(b))", "abab"))
