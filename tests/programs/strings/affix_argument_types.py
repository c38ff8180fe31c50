# startswith/endswith take a str or a tuple of str (str subclasses included), nothing else.
class S(str): pass
for args in ((["b"],), (("a", "b"),), ((S("a"),),), ("a",), ((S("x"), "a"),), ((1,),), (None,), ((["a"],),)):
    for m in ("startswith", "endswith"):
        try:
            print(m, args, getattr("ab", m)(*args))
        except TypeError as e:
            print(m, "TypeError", e)
