name, n, x = "Bob", 7, 2.71828
print("%s has %d apples" % (name, n))
print("%5d|%-5d|%05d|%+d" % (n, n, n, n))
print("%.2f|%8.3f|%-8.1f|%e|%g" % (x, x, x, x, x))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s" % ("q'uote", "q'uote"))
print("%c%c" % (72, "i"))
print("100%% sure, %s" % "yes")
print("%(a)s-%(b)d" % {"a": "A", "b": 5})
print("%s" % [1, 2], "%s" % ((1, 2),))
print("%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%10s|%-10s|" % ("r", "l"))
print("%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (4, 1))
print("%i" % -5, "%u" % 5)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%s" % 1.0, "%s" % 1e16, "%r" % 0.1)
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1, 2, 3))
except TypeError as e:
    print("TypeError:", e)
print("%5.1f%%" % 99.44)
