# "literal" % x with one conversion and a right operand that is not a tuple display: the split
# form applies only when x is neither a tuple nor a mapping at run time.


class T(tuple):
    pass


class S(str):
    def __str__(self):
        return "S!"


class I(int):
    def __str__(self):
        return "I!"


class D(dict):
    pass


class M:
    def __getitem__(self, key):
        return "m[" + key + "]"

    def __repr__(self):
        return "M()"


VALUES = [5, -7, 0, 2**60, -(2**70), 3.7, 2.0, -0.0, True, False, None, "abc", "", "q", "\u00e9\U0001f600", (9,), (), (1, 2), T((8,)),
          {"a": 1}, D(b=2), [1, 2], S("q"), I(3), M(), 1e300, float("nan"), float("inf"), 65, 0x10FFFF + 1]


def show(f, v):
    try:
        r = f(v)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(v)[:24], "->", repr(r))


print("== t%d")
for v in VALUES:
    show(lambda x: 't%d' % x, v)
print("== %d")
for v in VALUES:
    show(lambda x: '%d' % x, v)
print("== person-%d")
for v in VALUES:
    show(lambda x: 'person-%d' % x, v)
print("== %05d")
for v in VALUES:
    show(lambda x: '%05d' % x, v)
print("== %s")
for v in VALUES:
    show(lambda x: '%s' % x, v)
print("== <%s>")
for v in VALUES:
    show(lambda x: '<%s>' % x, v)
print("== %r!")
for v in VALUES:
    show(lambda x: '%r!' % x, v)
print("== %x")
for v in VALUES:
    show(lambda x: '%x' % x, v)
print("== %5.2f")
for v in VALUES:
    show(lambda x: '%5.2f' % x, v)
print("== %c")
for v in VALUES:
    show(lambda x: '%c' % x, v)
print("== %-6s|")
for v in VALUES:
    show(lambda x: '%-6s|' % x, v)
print("== %i")
for v in VALUES:
    show(lambda x: '%i' % x, v)
print("== %u")
for v in VALUES:
    show(lambda x: '%u' % x, v)
print("== a%%b%s")
for v in VALUES:
    show(lambda x: 'a%%b%s' % x, v)
print("== %.3s")
for v in VALUES:
    show(lambda x: '%.3s' % x, v)
print("== %a")
for v in VALUES:
    show(lambda x: '%a' % x, v)
print("== %e")
for v in VALUES:
    show(lambda x: '%e' % x, v)

n = 42
print("t%d" % n, "%s" % "s", "%d" % 7, "x%sy" % 3, "%s" % n, "long prefix text %d" % n)
print([("t%d" % ((n >> s) % 50)) for s in (3, 7, 11)])
print("%(a)s" % {"a": 5}, "%(a)s" % M())
for bad in ("%d %d", "abc", "%z", "%(a"):
    try:
        print(bad % 5)
    except Exception as e:
        print(type(e).__name__, e)
show(lambda x: "%d %d" % x, 5)
show(lambda x: "abc" % x, 5)
show(lambda x: "%z" % x, 5)
show(lambda x: "%(a" % x, 5)
show(lambda x: "%*d" % x, 5)
show(lambda x: "%(a)s" % x, {"a": "A"})


# Padded ints (%5d, %05d, %-5d) of ints held as JS numbers, and the cases that are not.
PADDED = [0, 5, -5, 123456, -123456, 2**53, -(2**60), True, 3.9, -3.9]
for f in ["%d", "%5d", "%05d", "%-5d", "%-05d", "%0-5d", "%+05d", "% 5d", "%1d", "%.3d", "%08.3d", "%*d", "%-*d", "%0*d", "%i", "%03i", "%4u", "[%06d]", "%2d"]:
    for v in PADDED:
        try:
            r = f % ((7, v) if "*" in f else v)
        except Exception as e:
            r = type(e).__name__ + str(e)
        try:
            r2 = f % ((-7, v) if "*" in f else (v,))
        except Exception as e:
            r2 = type(e).__name__ + str(e)
        print(f, v, repr(r), repr(r2))
