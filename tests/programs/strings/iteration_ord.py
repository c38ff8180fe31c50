word = "Python"
for i, ch in enumerate(word):
    print(i, ch, ord(ch), ch.isupper())
print([ord(c) for c in "AZaz09"])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(chr(0x263A), chr(97), ord("é"), ord("\n"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
def caesar(text, k):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(list("héllo"), list(reversed("abc")))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
