# What a class attribute read gives for slots, builtin getsets and methods only int has.
class Slotted:
    __slots__ = ('a', '__b')
s = Slotted()
print(type(Slotted.a).__name__, Slotted.a, Slotted._Slotted__b, Slotted.a.__name__, Slotted.a.__objclass__ is Slotted)
try: s.a
except AttributeError as e: print('AttributeError', e)
s.a = 5; print(s.a)
class Sub(Slotted):
    __slots__ = ('c',)
print(Sub.a, Sub.c, hasattr(Sub, 'a'), getattr(Sub, 'zz', 'none'))
try: Slotted.zz
except AttributeError as e: print('AttributeError', e)
print(int.bit_length(5), int.bit_length(2 ** 100), int.bit_count(7), int.to_bytes(5, 2, 'big'), int.conjugate(3))
print(float.is_integer(2.0), float.hex(1.0), int.as_integer_ratio(6), bool.bit_length(True), float.fromhex('0x1p3'))
print(int.real, int.numerator, int.real.__get__(5), int.numerator.__get__(2 ** 70), int.imag.__get__(3))
print(list(map(int.bit_length, [0, 1, 255, -256])), sorted([3, -9, 4], key=int.bit_length))
try: int.is_integer
except AttributeError as e: print('AttributeError', e)
try: int.bit_length(1.5)
except TypeError as e: print('TypeError', e)
try: int.real.__get__('x')
except TypeError as e: print('TypeError', e)
print(int.real.__get__(None, int) is int.real)
