# The types of the iterators the builtin sequences give, by name, and that they iterate.
for x in [(), (1, 2), [], [3], "", "ab", b"", b"ab", bytearray(b"xy"), memoryview(b"mv"), {}, {1: 2}.keys(),
          set(), frozenset({1}), range(3), range(2**70, 2**70 + 2), iter([1]), reversed([1, 2]), zip(), map(str, [1]),
          enumerate("a"), filter(None, [0, 1])]:
    it = iter(x)
    print(type(x).__name__, type(it).__name__, list(it), type(iter(it)).__name__)
d = {"a": 1, "b": 2}
for it in (iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d), reversed(d.keys()),
           reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it))
