# `(a * b + c) % m` with a power-of-two modulus literal (2**0 .. 2**32), against the same value
# computed without the fused form (through a function, so no literal modulus), for operands of
# every size that fits in 53 bits, negative ones, and constants c of both signs.


def state_gen(seed):
    s = seed
    while True:
        s = (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        yield s


def operand(r):
    kind = r % 7
    v = r >> 3
    if kind == 0:
        return v % 100
    if kind == 1:
        return -(v % 100)
    if kind == 2:
        return v % (2**31)
    if kind == 3:
        return -(v % (2**32 + 7))
    if kind == 4:
        return v % (2**53)
    if kind == 5:
        return -(v % (2**53))
    return (v % 3) - 1


def slow(a, b, c, m):
    return (a * b + c) % m


def check(a, b):
    got = [
        (a * b) % 1, (a * b + 1) % 2, (a * b - 1) % 4, (a * b + 12345) % 256,
        (a * b + 12345) % 65536, (a * b + -77) % 1048576, (a * b + 9007199254740991) % 2147483648,
        (a * b + -9007199254740991) % 2147483648, (a * b) % 4294967296, (a * b + 3) % 4294967296,
        (a * b + -1099511627776) % 4294967296, (a * b + 2147483648) % 1073741824,
    ]
    want = [
        slow(a, b, 0, 1), slow(a, b, 1, 2), slow(a, b, -1, 4), slow(a, b, 12345, 256),
        slow(a, b, 12345, 65536), slow(a, b, -77, 2**20), slow(a, b, 9007199254740991, 2**31),
        slow(a, b, -9007199254740991, 2147483648), slow(a, b, 0, 4294967296), slow(a, b, 3, 2**32),
        slow(a, b, -2**40, 2**32), slow(a, b, 2**31, 2**30),
    ]
    return got, want


def main():
    gen = state_gen(11)
    mismatches = 0
    checksum = 0
    for i in range(3000):
        a = operand(next(gen))
        b = operand(next(gen))
        got, want = check(a, b)
        if got != want:
            mismatches += 1
            if mismatches <= 5:
                print("mismatch", a, b, got, want)
        checksum = (checksum * 31 + sum(got)) % 1000000007
        if i % 500 == 0:
            print(i, a, b, got)
    print("mismatches", mismatches, "checksum", checksum)
    for k in range(33):
        m = 2**k
        print(k, (123456789 * 987654321 + 5) % m == (123456789 * 987654321 + 5) - ((123456789 * 987654321 + 5) // m) * m)
    x = 7
    seq = []
    for _ in range(10):
        x = (x * 1103515245 + 12345) % 2147483648
        seq.append(x)
    print(seq)
    h = 2166136261
    for ch in "memphis":
        h = ((h ^ ord(ch)) * 16777619) % 2**32
    print(h)
    print((2.5 * 2 + 1) % 4, (True * 3 + 1) % 2, (-3 * 3 + 1) % 8)


main()
