# json.dumps writes the digits of two kinds of float itself instead of asking for their repr:
# integral floats below 2**31 and fractions of at most 8 binary digits below 2**24. Each must
# print exactly what repr() prints, at the edges of both ranges too, in every layout.
import json


def lcg(seed):
    x = seed
    while True:
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        yield x >> 11


edges = [
    0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -0.5, 0.25, 0.75, 0.125, 0.00390625, -0.00390625,
    0.001953125, 2**31 - 1.0, -(2**31 - 1.0), 2.0**31, -(2.0**31), 2.0**53, 1e15, 1e16, 1e22,
    2**24 - 0.5, 2**24 + 0.5, 2**24 - 2**-8, 2**23 - 2**-8, 2**23 + 2**-9, 123456.125, -164.25,
    1 / 3, 0.1, 1e-4, 2.5e-5, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"),
]
gen = lcg(2026)
values = list(edges)
for _ in range(2000):
    k = next(gen) % 12
    m = next(gen) % 2**27 - 2**26
    values.append(m / 2**k)
    values.append(float(next(gen) % 2**34 - 2**33))

mismatches = [v for v in values if json.dumps(v) != repr(v).replace("inf", "Infinity")]
print(len(values), "values; differ from repr:", mismatches)
print(json.dumps(edges))
print(json.dumps({"a": edges[:12], "b": {"c": edges[12:24]}}, separators=(",", ":")))
print(json.dumps(edges[24:30], indent=2))
print(json.dumps(edges[:10], sort_keys=True, ensure_ascii=False))
# A character above U+00FF before the floats moves the output off the byte buffer.
print(json.dumps(["\u20ac", -0.5, 2.0, 3.25, 16777215.5], ensure_ascii=False))
print(json.dumps({0.5: 1.5, 2.0: -2.0, -0.25: 0.0078125}))
try:
    json.dumps([1.5, float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
total = 0
for v in values:
    total += len(json.dumps([v, v]))
print(total)
