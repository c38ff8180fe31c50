# `fmt % x` treats any x with __getitem__ other than a tuple or str (a dict, a list, bytes, a
# range, a class with __getitem__) as a mapping: `%(key)s` looks keys up in it, a plain `%s`
# takes x itself, and an x left unused is not an error. Other single operands must be used.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Lookup:
    def __getitem__(self, key):
        return key.upper()

    def __repr__(self):
        return "Lookup()"


for operand in ([3], [], b"x", bytearray(b"y"), range(2), {"a": 1}, Lookup(), 5, "s", 2.5, None, (1,), ()):
    show(lambda: "ab" % operand)
    show(lambda: "<%s>" % operand)
    show(lambda: "%(a)s" % operand)
    show(lambda: "%s %s" % operand)
    show(lambda: b"ab" % operand)
    show(lambda: b"<%s>" % operand if isinstance(operand, (bytes, bytearray)) else b"<%d>" % operand)
show(lambda: "%(name)s is %(age)d" % Lookup())
show(lambda: "%%" % [])
show(lambda: "%(0)s" % ["zero"])
