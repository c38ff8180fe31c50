# `view & other`: which operand's elements the result holds when equal elements differ in type.
print({1: 0}.keys() & {1.0}, {1.0: 0}.keys() & {1})
print({1.0} & {1: 0}.keys(), {1} & {1.0: 0}.keys())
print({1: 0, 2: 0}.keys() & {1.0}, {1.0: 0}.keys() & [1, 1.0, True])
print({1: 'a'}.items() & {(1.0, 'a')}, {(1.0, 'a')} & {1: 'a'}.items())
print({1: 0, 2: 0}.keys() & {1.0: 0}.keys(), {1.0: 0}.keys() & {1: 0, 2: 0}.keys())
print(sorted({1: 0, 2: 0, 3: 0}.keys() & range(2, 9)), [5, 2] and {2: 0}.keys() & [5, 2])
try:
    {1: 0}.keys() & 5
except TypeError as e:
    print(e)
try:
    {1: 0}.keys() & [[1]]
except TypeError as e:
    print(e)
print({1: 0}.keys() & frozenset({1.0}), type({1: 0}.keys() & frozenset({1.0})).__name__)
