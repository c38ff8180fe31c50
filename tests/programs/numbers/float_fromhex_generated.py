# float.fromhex over generated and edge inputs (rounding to 53 bits, subnormals, overflow, signs of
# nan), and float('-nan') keeping its sign bit.
import math
def lcg(s):
    while True:
        s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
        yield s
r = lcg(7)
cases = ['0x1p0', '-0x1.8p1', '0x.8p-1', '1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0', '0x1.00000000000018p0',
         ' 0X1P+3 ', 'inf', '-Infinity', 'nan', '-nan', '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '1', 'a', 'ff.8', '0x', '', '0x1p', '0x1.p0', '.8', '0x1_0', '0x1p-1080', '0x3p-1076']
for k in range(300):
    m = next(r) % 2**60
    e = next(r) % 2200 - 1100
    cases.append(f"{'-' if k % 3 == 0 else ''}0x{m:x}p{e}")
    cases.append(f"0x{m % 4096:x}.{m:x}p{e // 10}")
for c in cases:
    try:
        v = float.fromhex(c)
        print(repr(c), repr(v), math.copysign(1, v) if v != v else v.hex())
    except (ValueError, OverflowError) as e:
        print(repr(c), type(e).__name__, e)
import struct
for s in ["-nan", "nan", "+nan", "-NaN"]:
    print(s, math.copysign(1.0, float(s)), struct.pack("<d", float(s)).hex())
print(math.copysign(1.0, -float("nan")), repr(float("-nan")), str(-float("nan")))
