s = ""
for i in range(5):
    s += str(i) * i
print(s, len(s))
print("ab" * 3, 3 * "xy", "q" * 0, "q" * -2)
print("a" + "b" + "c", "-" * 20)
parts = []
for word in ["alpha", "beta", "gamma"]:
    parts.append(word[::-1].upper())
print(" ".join(parts))
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" < "a")
print("a" == "a", "a" is not None, "abc" != "ABC")
print(max(["pear", "apple", "fig"]), min(["pear", "apple", "fig"]))
print(sorted("banana"), sorted(["b", "A", "a", "B"]))
print(str(123) + "4", int("12") + 4)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * "b")
except TypeError as e:
    print("TypeError:", e)
print("x" in "xyz", "xz" in "xyz", "".join(reversed("stressed")))
