# sys's structseqs (float_info, int_info, hash_info, flags), the int/str digit limit's getter and
# setter, and the other interpreter facts programs read.
import sys
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[0], len(sys.float_info), type(sys.float_info.min))
print(sys.int_info, sys.int_info.bits_per_digit)
print(sys.hash_info, sys.hash_info.modulus == hash(2**61 - 1) + 2**61 - 1, sys.hash_info.inf == hash(float("inf")))
print(sys.flags.optimize, sys.flags.dev_mode, len(sys.flags), type(sys.flags).__name__)
print(sys.float_repr_style, sys.platlibdir, sys.pycache_prefix, sys.warnoptions, sys.is_finalizing())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=5000)
print(len(str(10 ** 4500)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 700)
except ValueError as e:
    print(e)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion, isinstance(sys.implementation.name, str))
