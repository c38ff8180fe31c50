s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "<>a<>".lstrip("<>"))
print(repr("hi".center(10)), repr("hi".center(9, "*")), repr("hi".center(1)))
print(repr("hi".ljust(6, ".")), repr("hi".rjust(6, ".")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(4)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print("Hello".ljust(8) + "|", "Hello".rjust(8) + "|")
try:
    "-".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
print(repr(" ".join([])))
print("abc".center(6, "-"), "abcd".center(7, "-"))
