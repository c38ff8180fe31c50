# Argument errors of itertools.combinations, combinations_with_replacement, compress and islice,
# with the messages of their C argument parsing.
import itertools as it

calls = [
    ("combinations([1, 2])", lambda: it.combinations([1, 2])),
    ("combinations()", lambda: it.combinations()),
    ("combinations(1, 2, 3)", lambda: it.combinations(1, 2, 3)),
    ("combinations([1], 2, r=2)", lambda: it.combinations([1], 2, r=2)),
    ("combinations([1], x=2)", lambda: it.combinations([1], x=2)),
    ("combinations([1], iterable=2)", lambda: it.combinations([1], iterable=2)),
    ("combinations(iterable=[1, 2], r=1)", lambda: it.combinations(iterable=[1, 2], r=1)),
    ("combinations(r=2, iterable='abc')", lambda: it.combinations(r=2, iterable="abc")),
    ("combinations('abc', r=2)", lambda: it.combinations("abc", r=2)),
    ("combinations([1], r=1, iterable=2)", lambda: it.combinations([1], r=1, iterable=2)),
    ("combinations([1], -1)", lambda: it.combinations([1], -1)),
    ("combinations([1], 'x')", lambda: it.combinations([1], "x")),
    ("combinations_with_replacement([1])", lambda: it.combinations_with_replacement([1])),
    ("combinations_with_replacement()", lambda: it.combinations_with_replacement()),
    ("combinations_with_replacement(1, 2, 3)", lambda: it.combinations_with_replacement(1, 2, 3)),
    ("combinations_with_replacement('ab', r=2)", lambda: it.combinations_with_replacement("ab", r=2)),
    ("compress([1])", lambda: it.compress([1])),
    ("compress(data=[1])", lambda: it.compress(data=[1])),
    ("compress(data='abc', selectors=[1, 0, 1])", lambda: it.compress(data="abc", selectors=[1, 0, 1])),
    ("compress('abc', [1], [2])", lambda: it.compress("abc", [1], [2])),
    ("islice([1], stop=1)", lambda: it.islice([1], stop=1)),
    ("islice([1], 1, x=1)", lambda: it.islice([1], 1, x=1)),
    ("islice(iterable=[1])", lambda: it.islice(iterable=[1])),
    ("islice()", lambda: it.islice()),
    ("islice([1])", lambda: it.islice([1])),
    ("islice('abcdef', 1, 5, 2)", lambda: it.islice("abcdef", 1, 5, 2)),
    ("islice('abcdef', 1, 2, 3, 4)", lambda: it.islice("abcdef", 1, 2, 3, 4)),
]
for text, call in calls:
    try:
        result = call()
        print(text, "->", list(result))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
