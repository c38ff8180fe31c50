# printf-style % formatting: the same templates over and over, tuples, mappings and * widths.

rows = [("widget", 3, 1.5), ("gadget <pro>", 12, 1234.5678), ("\U0001F600x", -4, -0.0)]
for _ in range(2):
    for name, qty, price in rows:
        print("%s x%d" % (name[:4], qty), "%-10s|%5d|%8.2f|" % (name, qty, price), "%r %a" % (name, name))
        print("%(name)s=%(qty)03d %(price).1e %%" % {"name": name, "qty": qty, "price": price})
        print("%*d|%-*s|%.*f|%*.*f" % (6, qty, 8, name[:3], 2, price, 9, 3, price))

print("%s" % "one", "%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
print("%c%c%c" % (65, "b", 0x1F600), "%5c|%-3c|" % ("x", 66), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%i %u %d" % (3.9, -2.5, True), "%e %E %g %G" % (12345.678, 0.000123, 1e-5, 1e20))
print("% d % d %+d %05d %-5d|" % (5, -5, 5, -42, 42), "%.3s|%5.2s|" % ("abcdef", "xyz"))
print("%(a)s %(a)r %(b)s" % {"a": "\u00e9", "b": None}, "%s" % {"k": 1}, "%(x)s" % {"x": (1, 2)})
for bad in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%", ()),
            ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)), ("%c", "ab"), ("%c", -1), ("%(a", {"a": 1}), ("%x", 1.5)]:
    for _ in range(2):
        try:
            print(repr(bad[0] % bad[1]))
        except (TypeError, ValueError, OverflowError, KeyError) as e:
            print(bad[0], type(e).__name__, e)
