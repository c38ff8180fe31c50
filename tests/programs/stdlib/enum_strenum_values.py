# StrEnum member values: str() arguments that must be strings, and the value they make.
from enum import StrEnum, auto

CANDIDATES = [1, 'ok', ('a', 'utf-8'), ('a', 1), ('a', 'utf-8', 2), ('a', 'b', 'c', 'd'),
              (b'x', 'ascii'), (b'\xc3\xa9', 'utf-8', 'strict'), 2.5, None, True, (), ('',)]
for value in CANDIDATES:
    try:
        class Sample(StrEnum):
            X = value
        print(repr(value), repr(Sample.X.value), str(Sample.X), Sample.X == Sample.X.value)
    except Exception as e:
        print(repr(value), type(e).__name__, e)


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
    BLUE = ('bl', 'ascii') if False else 'blue'


print([(m.name, m.value) for m in Color], Color('green'), Color.RED.upper())
