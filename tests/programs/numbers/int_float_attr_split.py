# int and float each have names the other lacks; neither the class, its instances, bool nor
# dir() may show the other type's ones.
NAMES = ['hex', 'fromhex', 'is_integer', 'bit_length', 'bit_count', 'to_bytes',
         'as_integer_ratio', 'conjugate', 'numerator', 'denominator', 'real', 'imag',
         '__index__', '__float__', '__int__', '__trunc__', '__floor__', '__ceil__', '__round__',
         '__invert__', '__lshift__', '__and__', '__getnewargs__']
for owner in (int, float, bool, 5, 2 ** 70, 2.5, 3.0, -0.0):
    label = owner.__name__ if isinstance(owner, type) else repr(owner)
    listed = dir(owner)
    print(label, ''.join('1' if n in listed else '0' for n in NAMES),
          ''.join('1' if hasattr(owner, n) else '0' for n in NAMES))
for f in [lambda: int.fromhex('ff'), lambda: (5).fromhex, lambda: int.hex, lambda: int.is_integer,
          lambda: (5).hex(), lambda: (7).is_integer(), lambda: True.fromhex, lambda: bool.is_integer,
          lambda: (2 ** 70).hex(), lambda: (2.5).fromhex('0x1p1'), lambda: float.fromhex('0x1.8p3'),
          lambda: (2.0).fromhex('-0x1p-1'), lambda: (1.5).hex(), lambda: (3.0).is_integer(),
          lambda: float.hex(0.1), lambda: (2.5).bit_length(), lambda: float.bit_length]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
