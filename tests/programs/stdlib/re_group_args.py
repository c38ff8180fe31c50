# Match.group with no argument, one, several, names, starred arguments and bad indices.
import re
m = re.match(r"(?P<a>\w)(\d)?(x)", "ax")
print(m.group(), m.group(0), m.group(1), m.group("a"), m.group(2), m.group(1, 3), m.group("a", 2, 0), m.group(*[]), m.group(*[3]))
for bad in [(4,), ("zz",), (None,), (1, 9), (-1,), (1.0,)]:
    try:
        print(m.group(*bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(m.group(True), m.group(False))
