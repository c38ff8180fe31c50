s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError:", e)
try:
    s.append("d")
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s[5])
except IndexError as e:
    print("IndexError:", e)
try:
    "x".zfill("3")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    print(len(5))
except TypeError as e:
    print("TypeError:", e)
print(s)
