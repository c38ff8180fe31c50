#!/usr/bin/env python3
"""Record CPython's results for the runtime's number, format and str algorithms.

Writes JSON tables under tests/runtime/fixtures/, read by tests/runtime/*.test.ts, so the tests
need no Python at run time. Run with CPython 3.11 and review the diff:

    python3 scripts/gen-runtime-fixtures.py

Values are tagged strings so that ints, floats, str and bytes survive JSON exactly:
  "i<decimal>"  int          "f<16 hex digits>"  float (IEEE bits, so -0.0, nan, inf survive)
  "s<text>"     str          "b<hex>"            bytes
  "!<Type>: <message>"       the call raised
lists and tuples are JSON arrays, bools and None are JSON true/false/null.
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'fixtures are recorded with CPython 3.11'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'runtime', 'fixtures')
rng = random.Random(20261125)


def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)
        try:
            return 'i%d' % v
        finally:
            sys.set_int_max_str_digits(4300)
    if isinstance(v, float):
        return 'f' + struct.pack('>d', v).hex()
    if isinstance(v, str):
        return 's' + v
    if isinstance(v, (bytes, bytearray)):
        return 'b' + bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def run(fn, *args):
    try:
        return enc(fn(*args))
    except Exception as e:  # noqa: BLE001 - every Python error is data here
        return '!%s: %s' % (type(e).__name__, e)


def write(name, rows):
    path = os.path.join(OUT, name + '.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(rows, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('%-20s %6d rows' % (name, len(rows)))


# ---------------------------------------------------------------------------------------------
# value pools

def rand_bits_float():
    return struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]


def float_pool(n):
    xs = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1e16, 1e-5, 1e-4, 9.999999999999999e-05,
          1e15, 9999999999999998.0, 123456789012345.0, 1.5e300, 5e-324, -5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 2.0 ** 53, 2.0 ** 53 + 2,
          2.0 ** 63, 2.0 ** 64, 1e22, 1e21, 1e23, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, -1234.5,
          0.05, 0.15, 0.25, 0.35, 12345.6789, 1e100, 3.141592653589793, 2.718281828459045, 100.0, 1e-7,
          4.35, 0.000123456, 1/3, 2/3, 7.0, -0.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0]
    for e in range(-330, 310, 7):
        xs.append(10.0 ** e if e > -324 else 5e-324 * (e + 340))
    while len(xs) < n:
        k = rng.randrange(8)
        if k == 0:
            x = rand_bits_float()
        elif k == 1:
            x = rng.uniform(-1000, 1000)
        elif k == 2:
            x = round(rng.uniform(-1000, 1000), rng.randrange(6))
        elif k == 3:
            x = rng.randrange(-10 ** 6, 10 ** 6) / 8
        elif k == 4:
            x = float(rng.randrange(-2 ** 60, 2 ** 60))
        elif k == 5:
            x = rng.random() * 10.0 ** rng.randrange(-30, 30)
        elif k == 6:
            x = (rng.randrange(1, 10 ** 6) + 0.5) / 10 ** rng.randrange(0, 6)
        else:
            x = float('%de%d' % (rng.randrange(1, 10 ** rng.randrange(1, 18)), rng.randrange(-320, 300)))
        xs.append(x)
    return xs


def int_pool(n):
    xs = [0, 1, -1, 2, -2, 3, 7, -7, 10, 255, 256, -256, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
          2 ** 32, 2 ** 32 + 1, 2 ** 52, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, -2 ** 53, 2 ** 53 + 1,
          2 ** 63, 2 ** 64 - 1, -2 ** 64, 10 ** 15, 10 ** 16, 10 ** 20, -10 ** 20, 10 ** 30 + 7,
          3 ** 100, -(7 ** 80), 2 ** 200, 12345678901234567890123, 94906265, 94906266, 67108864]
    while len(xs) < n:
        k = rng.randrange(5)
        if k == 0:
            x = rng.randrange(-100, 100)
        elif k == 1:
            x = rng.randrange(-2 ** 31, 2 ** 31)
        elif k == 2:
            x = rng.randrange(-2 ** 53, 2 ** 53)
        elif k == 3:
            x = rng.randrange(-2 ** 70, 2 ** 70)
        else:
            x = rng.randrange(-10 ** 60, 10 ** 60)
        xs.append(x)
    return xs


# ---------------------------------------------------------------------------------------------
# floats

def gen_float():
    floats = float_pool(4000)
    write('float_repr', [[enc(x), repr(x)] for x in floats])
    rows = []
    small = float_pool(400)
    for _ in range(6000):
        a = rng.choice(small)
        b = rng.choice(small + [0.0, -0.0, 1.0, 2.0, -3.0, 0.5])
        op = rng.choice(['floordiv', 'mod', 'divmod', 'truediv', 'pow'])
        if op == 'pow':
            if rng.random() < 0.5:
                b = float(rng.randrange(-6, 7))
            if rng.random() < 0.3:
                a = rng.uniform(0, 10)
        fn = {'floordiv': lambda x, y: x // y, 'mod': lambda x, y: x % y, 'divmod': divmod,
              'truediv': lambda x, y: x / y, 'pow': lambda x, y: x ** y}[op]
        if op == 'pow' and math.isfinite(a) and math.isfinite(b) and a < 0 and b != int(b):
            r = '!ValueError: complex'  # CPython returns a complex number: unsupported
        else:
            r = run(fn, a, b)
        rows.append([op, enc(a), enc(b), r])
    write('float_ops', rows)
    rows = []
    for x in floats[:2500]:
        rows.append(['round0', enc(x), run(round, x)])
        rows.append(['trunc', enc(x), run(int, x)])
        nd = rng.choice([0, 1, 2, 3, 5, 8, 15, 17, 20, -1, -2, -5, -20, -300, 300, 330])
        rows.append(['round', enc(x), nd, run(round, x, nd)])
        rows.append(['ratio', enc(x), run(lambda v: list(v.as_integer_ratio()), x)])
        rows.append(['hex', enc(x), run(float.hex, x)])
        rows.append(['hash', enc(x), None if math.isnan(x) else run(hash, x)])
        rows.append(['is_integer', enc(x), run(float.is_integer, x)])
    for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 5e-324, 1e300]:
        for nd in range(-3, 6):
            rows.append(['round', enc(x), nd, run(round, x, nd)])
    write('float_misc', rows)
    strs = ['1', '1.5', '  1_0.5 ', 'inf', '-inf', '+Infinity', 'nAn', '-nan', '1e5', '1E-5', '.5', '5.', '.',
            '', ' ', '1_', '_1', '1__0', '1_0', '0x10', '1e', '1e+', 'e5', '1.5.5', 'abc', '１２.５', '٣.٤',
            '1e1_0', '1.2_3', '1._2', '-.5e-3', '+1.0', '--1', '\t1.0\n', '1 0', 'infinit', '0.1e400',
            '1e-400', '123456789012345678901234567890', '4.9406564584124654e-324', '\u20001.5\u3000',
            'Infinityy', 'in f', '1\x00']
    for x in float_pool(400)[:400]:
        strs.append(repr(x))
        strs.append('%.20g' % x if math.isfinite(x) else repr(x))
    write('float_parse', [[s, run(float, s)] for s in strs])
    hexes = ['0x1p0', '1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x1p-1076', '0x3p-1076',
             '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p1024', 'inf', '-Infinity', 'nan', '  0x.8p1 ',
             '0x', '0xp1', '1.', '.1', '0x1p', '0x1.0000000000000800001p0', '0x1.00000000000008p0',
             '0x1.00000000000018p0', 'ff', 'g', '0X1P+3', '0x0p99999', '0x1p-99999']
    for x in float_pool(300):
        hexes.append(x.hex())
    write('float_fromhex', [[s, run(float.fromhex, s)] for s in hexes])


# ---------------------------------------------------------------------------------------------
# ints

def gen_int():
    pool = int_pool(160)
    rows = []
    ops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
           'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b, 'divmod': divmod,
           'truediv': lambda a, b: a / b, 'and': lambda a, b: a & b, 'or': lambda a, b: a | b,
           'xor': lambda a, b: a ^ b}
    for _ in range(12000):
        a = rng.choice(pool)
        b = rng.choice(pool)
        op = rng.choice(list(ops))
        rows.append([op, enc(a), enc(b), run(ops[op], a, b)])
    for _ in range(2000):
        a = rng.choice(pool)
        b = rng.choice([0, 1, 2, 3, 5, 10, 20, 31, 32, 33, 52, 53, 54, 63, 64, 100, 200, -1])
        op = rng.choice(['lshift', 'rshift'])
        rows.append([op, enc(a), enc(b), run(lambda x, y: x << y if op == 'lshift' else x >> y, a, b)])
    for _ in range(2500):
        a = rng.choice(pool + list(range(-5, 6)))
        b = rng.choice([0, 1, 2, 3, 5, 10, 13, 31, 53, 64, -1, -2, -3, 100])
        if abs(a) > 2 ** 64 and b > 20:
            b = 3
        rows.append(['pow', enc(a), enc(b), run(pow, a, b)])
        m = rng.choice([1, 2, 7, 10, -7, 0, 97, 2 ** 61 - 1, 10 ** 30 + 57, -(2 ** 70)])
        rows.append(['powmod', enc(a), enc(b), enc(m), run(pow, a, b, m)])
    # exact division rounding for big operands
    for _ in range(800):
        a = rng.randrange(-2 ** rng.randrange(1, 1300), 2 ** rng.randrange(1, 1300))
        b = rng.randrange(1, 2 ** rng.randrange(1, 1300)) * rng.choice([1, -1])
        rows.append(['truediv', enc(a), enc(b), run(lambda x, y: x / y, a, b)])
    for _ in range(300):
        a = rng.randrange(1, 2 ** 60) << rng.randrange(0, 1200)
        b = rng.randrange(1, 2 ** 60) << rng.randrange(0, 1200)
        rows.append(['truediv', enc(a), enc(b), run(lambda x, y: x / y, a, b)])
    write('int_ops', rows)
    rows = []
    for a in pool + [10 ** 4299, 10 ** 4300, -(10 ** 4300) + 1]:
        rows.append(['str', enc(a), run(str, a)])
        rows.append(['hex', enc(a), run(hex, a)])
        rows.append(['oct', enc(a), run(oct, a)])
        rows.append(['bin', enc(a), run(bin, a)])
        rows.append(['bit_length', enc(a), run(int.bit_length, a)])
        rows.append(['hash', enc(a), run(hash, a)])
        rows.append(['float', enc(a), run(float, a)])
        rows.append(['invert', enc(a), run(lambda x: ~x, a)])
        for nd in [-1, -2, -3, -5, -16, -30, 0, 2]:
            rows.append(['round', enc(a), nd, run(round, a, nd)])
    for a in [15, 25, 35, 45, -15, -25, 150, 250, 349, 350, 351, -350, 5, -5, 0]:
        for nd in [-1, -2, -3]:
            rows.append(['round', enc(a), nd, run(round, a, nd)])
    for _ in range(500):
        a = rng.randrange(-2 ** 1100, 2 ** 1100) >> rng.randrange(0, 1100)
        rows.append(['float', enc(a), run(float, a)])
    cmp_pool = float_pool(200)
    for _ in range(1500):
        a = rng.choice(pool)
        f = rng.choice(cmp_pool + [float(a), float(a) + 1, float(a) - 1])
        rows.append(['cmp', enc(a), enc(f), [run(lambda x, y: x < y, a, f), run(lambda x, y: x == y, a, f),
                                             run(lambda x, y: x > y, a, f)]])
    write('int_misc', rows)
    strs = ['0', '-0', '+5', '  42  ', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101', '017',
            '00', '0_0', '0_7', '0x', '0x_1f', '0x__1f', '-0x1f', '- 5', '', ' ', '12a', 'z', 'Z', '١٢٣',
            '\u20001\u3000', '1e5', '1.0', '9' * 30, '-' + '9' * 30, '123456789012345', '1234567890123456',
            'x' * 300, '\n7\t', '0b', '0b2', '0o8', '٣_٤', 'abc']
    rows = []
    for s in strs:
        for base in [10, 0, 2, 8, 16, 36, 7, 1, 37]:
            rows.append([s, base, run(int, s, base)])
    rows.append(['1' * 4301, 10, run(int, '1' * 4301, 10)])
    rows.append(['1' * 4301, 16, run(lambda s, b: int(s, b) % 1000, '1' * 4301, 16)])
    for _ in range(400):
        base = rng.choice([2, 3, 8, 10, 16, 36, 5])
        n = rng.randrange(-10 ** 50, 10 ** 50) >> rng.randrange(0, 160)
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'
        x, out = abs(n), ''
        while True:
            out = digits[x % base] + out
            x //= base
            if not x:
                break
        s = ('-' if n < 0 else '') + out
        rows.append([s, base, run(int, s, base)])
    write('int_parse', rows)


# ---------------------------------------------------------------------------------------------
# format

def gen_format():
    fills = ['', '*<', '*>', '*^', '0=', '<', '>', '^', '=', '😀^', 'x=']
    signs = ['', '+', '-', ' ']
    zs = ['', 'z']
    alts = ['', '#']
    zeros = ['', '0']
    widths = ['', '1', '8', '15', '25']
    groups = ['', ',', '_']
    precs = ['', '.0', '.1', '.3', '.6', '.12', '.17', '.25']
    ftypes = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 's', 'x']
    itypes = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 's']
    fvals = float_pool(300)
    ivals = int_pool(120) + [65, 0x1F600, 0x110000]
    rows = []
    for _ in range(14000):
        spec = (rng.choice(fills) + rng.choice(signs) + rng.choice(zs) + rng.choice(alts) + rng.choice(zeros) +
                rng.choice(widths) + rng.choice(groups) + rng.choice(precs) + rng.choice(ftypes))
        x = rng.choice(fvals)
        rows.append(['float', enc(x), spec, run(format, x, spec)])
    for _ in range(10000):
        spec = (rng.choice(fills) + rng.choice(signs) + rng.choice(zs if rng.random() < 0.2 else ['']) +
                rng.choice(alts) + rng.choice(zeros) + rng.choice(widths) + rng.choice(groups) +
                rng.choice(precs if rng.random() < 0.1 else ['']) + rng.choice(itypes))
        x = rng.choice(ivals)
        rows.append(['int', enc(x), spec, run(format, x, spec)])
    svals = ['', 'a', 'abc', 'héllo', '😀x😀', 'a longer string here']
    for _ in range(2500):
        spec = (rng.choice(fills) + rng.choice(signs if rng.random() < 0.1 else ['']) +
                rng.choice(zs if rng.random() < 0.05 else ['']) + rng.choice(alts if rng.random() < 0.1 else ['']) +
                rng.choice(zeros) + rng.choice(widths) + rng.choice(groups if rng.random() < 0.1 else ['']) +
                rng.choice(precs) + rng.choice(['', '', 's', 'd']))
        x = rng.choice(svals)
        rows.append(['str', enc(x), spec, run(format, x, spec)])
    for spec in ['abc', '.', '1' * 30, '.' + '1' * 30, ',,', '__', ',_', '_,', ',,d', ',n', ',c', '_c', '+c',
                 '#c', '\x01', 'é', 'zd', 'z', '=', '=5', 'x<', '<<', '0', '00', '010', ',b', '_b', '_x',
                 '_o', ',x', '.2', '.2d', '#', '+#=', '#=']:
        for x in [5, -5.5, 'ab', 1.0, True]:
            kind = 'int' if type(x) is int else 'float' if type(x) is float else 'str' if type(x) is str else 'bool'
            rows.append([kind, enc(x), spec, run(format, x, spec)])
    write('format_spec', rows)
    # every precision of the float presentation types, near-tie values included
    rows = []
    ties = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1234.5, 5e-324, 1e23, 2.0 ** 70, 9.995, 0.0005,
            999999.5, 9.5, 99.5, 0.95, 0.995, 1e-5, 123456.789e10]
    for x in ties + float_pool(700)[::3]:
        for prec in list(range(0, 21)) + [25, 30, 50, 120]:
            t = rng.choice('eEfFgG%')
            spec = '.%d%s' % (prec, t)
            rows.append(['float', enc(x), spec, run(format, x, spec)])
            spec = '.%d' % prec
            rows.append(['float', enc(x), spec, run(format, x, spec)])
    write('format_float_prec', rows)
    # printf-style
    rows = []
    flags = ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' 0']
    widths = ['', '1', '6', '12']
    precs = ['', '.0', '.2', '.5', '.10']
    types = 'diouxXeEfFgGcrsa'
    vals = [0, 5, -5, 255, -255, 2 ** 70, 3.75, -0.0, 1e16, 1e-5, 2.5, float('inf'), float('nan'), 'ab', 'héllo',
            65, True, None, 1.5e300]
    for _ in range(8000):
        t = rng.choice(types)
        fmt = '%' + rng.choice(flags) + rng.choice(widths) + rng.choice(precs) + t
        v = rng.choice(vals)
        rows.append([fmt, [enc(v)], run(lambda f, a: f % (a,), fmt, v)])
    for fmt, args in [('%s %s', [1]), ('%s', [1, 2]), ('abc', []), ('abc', [5]), ('%', [1]), ('%q', [1]),
                      ('%é', [1]), ('%5%', []), ('%5%', [1]), ('%%', []), ('%*d', [5, 3]), ('%-*d', [5, 3]),
                      ('%*d', [-5, 3]), ('%.*f', [2, 3.14159]), ('%*d', ['a', 1]), ('%c', ['ab']),
                      ('%c', [1.5]), ('%c', [-1]), ('%c', [0x1F600]), ('%c', ['😀']), ('%d', ['a']),
                      ('%x', [1.5]), ('%f', ['a']), ('%e', [2 ** 2000]), ('%d', [2.0 ** 70]), ('%i', [3.9]),
                      ('%u', [-3.9]), ('%5.1s', ['abc']), ('%.2r', ['abc']), ('%a', ['é']), ('%ld', [5]),
                      ('%(a)s', [1]), ('a%sb%sc', [1, 'x']), ('%3c|%-3c', ['a', 66]), ('%s', [[1, 2]]),
                      ('%.0f', [0.5]), ('%.0f', [1.5]), ('%.1f', [0.25]), ('%.2f', [2.675]), ('%g', [100000.0]),
                      ('%g', [1e6]), ('%#x', [0]), ('%#o', [0]), ('%+.3e', [0.0]), ('%010.3f', [-3.14159]),
                      ('%-10.3f|', [3.14159]), ('%x', [2 ** 64]), ('%o', [-8]), ('%d', [True]), ('%s', [None])]:
        rows.append([fmt, [enc(a) for a in args], run(lambda f, a: f % tuple(a), fmt, args)])
    write('percent', rows)
    rows = []
    for fmt, d in [('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s %s', {'a': 1}),
                   ('%(a', {'a': 1}), ('%((a))s', {'(a)': 2}), ('%(a)05.1f', {'a': 2.25}), ('abc', {'a': 1}),
                   ('%(a)s %(a)s', {'a': 'z'})]:
        rows.append([fmt, {k: enc(v) for k, v in d.items()}, run(lambda f, m: f % m, fmt, d)])
    write('percent_map', rows)


# ---------------------------------------------------------------------------------------------
# str

def gen_str():
    samples = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', 'a,b,,c', 'a\nb\r\nc\rd\x0be\x1cf\u2028g\x85',
               'x😀y😀z', '😀', 'ß straße', 'ǆemal ǅ Ǆ', 'ΣΑΣ σας', 'İstanbul', 'ﬁne ﬂow', 'tab\tbed\t\tx',
               'mIxEd CaSe 123', "it's", 'say "hi"', 'both \' and "', 'back\\slash', '\x00\x01\x7f\x80\x9f\xa0',
               '\u200b\u2028\ufeff\ue000\U0010ffff\U0001f600', 'αβγ ΑΒΓ', '١٢٣', '²³', '½', '一二三', 'abc123',
               'ABC', 'Title Case Words', "they're bill's friends", '   ', '\t\n', '_ident1', '1ident', 'ünïcödé',
               'aaa', 'abababab', '\ud800x', 'x\udcff', '\ue000\U00010000', 'x' * 50]
    rows = []

    def add(name, fn, s, *args):
        rows.append([name, enc(s), [enc(a) for a in args], run(fn, s, *args)])

    for s in samples:
        for name in ['upper', 'lower', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isdigit',
                     'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower', 'isupper', 'istitle',
                     'isidentifier', 'isprintable', 'isascii', 'splitlines', 'strip', 'lstrip', 'rstrip', 'split',
                     'rsplit', 'expandtabs']:
            add(name, getattr(str, name), s)
        add('len', len, s)
        add('repr', repr, s)
        add('ascii', ascii, s)
        add('list', list, s)
        add('splitlines', str.splitlines, s, True)
        add('expandtabs', str.expandtabs, s, 4)
        add('strip', str.strip, s, 'a😀 ')
        add('lstrip', str.lstrip, s, 'xa')
        add('rstrip', str.rstrip, s, 'c\n')
        for sep in [',', 'b', 'ab', '😀', ' ', '']:
            for mx in [None, 0, 1, 2]:
                add('split', str.split, s, sep, -1 if mx is None else mx)
                add('rsplit', str.rsplit, s, sep, -1 if mx is None else mx)
            add('partition', str.partition, s, sep)
            add('rpartition', str.rpartition, s, sep)
        for mx in [0, 1, 2]:
            add('split', str.split, s, None, mx)
            add('rsplit', str.rsplit, s, None, mx)
        for sub in ['a', 'b', 'ab', '', '😀', 'y', 'zz']:
            for se in [(None, None), (1, None), (-3, None), (2, 5), (0, -1), (5, 2), (-100, 100), (len(s), None),
                       (len(s) + 1, None)]:
                for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
                    add(name, getattr(str, name), s, sub, *se)
            add('replace', str.replace, s, sub, '-', -1)
            add('replace', str.replace, s, sub, '<>', 2)
            add('removeprefix', str.removeprefix, s, sub)
            add('removesuffix', str.removesuffix, s, sub)
        add('startswith', str.startswith, s, ('x', 'a', 'H'))
        add('endswith', str.endswith, s, ('c', 'z'))
        for w in [0, 5, 10, 21]:
            add('center', str.center, s, w)
            add('center', str.center, s, w, '*')
            add('ljust', str.ljust, s, w, '😀')
            add('rjust', str.rjust, s, w)
            add('zfill', str.zfill, s, w)
        for sl in [(None, None, None), (1, None, None), (None, -1, None), (None, None, -1), (1, 7, 2),
                   (-2, None, -2), (10, 0, -3), (-100, 100, 3), (3, 1, None), (None, None, 5)]:
            add('slice', lambda x, a, b, c: x[a:b:c], s, *sl)
        for i in [0, 1, -1, 3, -4, 20]:
            add('getitem', lambda x, k: x[k], s, i)
        for enc_name in ['utf-8', 'ascii', 'latin-1']:
            for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
                add('encode', str.encode, s, enc_name, err)
        add('translate', lambda x: x.translate(str.maketrans('abc', 'xyz', 'H')), s)
    for s in samples[:20]:
        for t in samples[:20]:
            rows.append(['cmp', enc(s), [enc(t)], [s < t, s == t, s > t]])
    for extra in [('\uffff', '\U00010000'), ('\ue000', '😀'), ('a\uffff', 'a😀'), ('😀', '\U0001f601')]:
        rows.append(['cmp', enc(extra[0]), [enc(extra[1])], [extra[0] < extra[1], extra[0] == extra[1], extra[0] > extra[1]]])
    add('join', lambda sep, xs: sep.join(xs), ', ', ['a', 'b', 'c'])
    add('join', lambda sep, xs: sep.join(xs), ', ', ['a', 1])
    add('center', str.center, 'a', 5, 'ab')
    add('maketrans', lambda x, a, b: x.translate(str.maketrans(a, b)), 'abc', 'ab', 'x')
    write('str_methods', rows)
    # repr of random unicode
    rows = []
    for _ in range(3000):
        n = rng.randrange(0, 8)
        chars = []
        for _ in range(n):
            k = rng.randrange(6)
            if k == 0:
                c = rng.randrange(0, 128)
            elif k == 1:
                c = rng.randrange(128, 0x800)
            elif k == 2:
                c = rng.randrange(0x800, 0x10000)
            elif k == 3:
                c = rng.randrange(0x10000, 0x110000)
            elif k == 4:
                c = rng.choice([39, 34, 92, 10, 13, 9, 0, 127, 0xad, 0x2028, 0xfeff, 0x3000, 0xa0])
            else:
                c = rng.randrange(0x1f300, 0x1fa00)
            if 0xd800 <= c <= 0xdfff:
                c = 0x41
            chars.append(chr(c))
        s = ''.join(chars)
        rows.append([enc(s), repr(s), ascii(s), s.isprintable()])
    write('str_repr', rows)


# ---------------------------------------------------------------------------------------------
# bytes

def gen_bytes():
    rows = []
    samples = [b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\xff\x7f\x80\\', b'  a b  c ',
               b'a,b,,c', bytes(range(256)), b'\t\n\r\x0b\x0c', b'hello world']
    for b in samples:
        rows.append(['repr', enc(b), [], repr(b)])
        rows.append(['hex', enc(b), [], b.hex()])
        rows.append(['hex', enc(b), ['s:'], b.hex(':')])
        rows.append(['hex', enc(b), ['s-', 'i2'], b.hex('-', 2)])
        rows.append(['hex', enc(b), ['s-', 'i-3'], b.hex('-', -3)])
        rows.append(['upper', enc(b), [], enc(b.upper())])
        rows.append(['lower', enc(b), [], enc(b.lower())])
        rows.append(['strip', enc(b), [], enc(b.strip())])
        rows.append(['strip', enc(b), [enc(b'ab ')], enc(b.strip(b'ab '))])
        rows.append(['lstrip', enc(b), [], enc(b.lstrip())])
        rows.append(['rstrip', enc(b), [], enc(b.rstrip())])
        rows.append(['split', enc(b), [], enc(b.split())])
        rows.append(['split', enc(b), [None, 'i1'], enc(b.split(None, 1))])
        rows.append(['rsplit', enc(b), [None, 'i1'], enc(b.rsplit(None, 1))])
        for sep in [b',', b'b', b' ', b'ab']:
            rows.append(['split', enc(b), [enc(sep)], enc(b.split(sep))])
            rows.append(['split', enc(b), [enc(sep), 'i1'], enc(b.split(sep, 1))])
            rows.append(['rsplit', enc(b), [enc(sep), 'i1'], enc(b.rsplit(sep, 1))])
            rows.append(['partition', enc(b), [enc(sep)], enc(b.partition(sep))])
            rows.append(['rpartition', enc(b), [enc(sep)], enc(b.rpartition(sep))])
        for sub in [b'a', b'b', b'', b'ab', 98, b'zz']:
            for se in [(None, None), (1, None), (-2, None), (1, 3), (5, 1)]:
                for name in ['find', 'rfind', 'index', 'rindex', 'count']:
                    rows.append([name, enc(b), [enc(sub), enc(se[0]), enc(se[1])],
                                 run(getattr(bytes, name), b, sub, *se)])
            if isinstance(sub, bytes):
                rows.append(['startswith', enc(b), [enc(sub)], b.startswith(sub)])
                rows.append(['endswith', enc(b), [enc(sub)], b.endswith(sub)])
                rows.append(['replace', enc(b), [enc(sub), enc(b'--')], enc(b.replace(sub, b'--'))])
                rows.append(['replace', enc(b), [enc(sub), enc(b'X'), 'i1'], enc(b.replace(sub, b'X', 1))])
        for codec in ['utf-8', 'ascii', 'latin-1']:
            for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
                rows.append(['decode', enc(b), ['s' + codec, 's' + err], run(bytes.decode, b, codec, err)])
    for _ in range(1500):
        n = rng.randrange(1, 7)
        b = bytes(rng.choice([rng.randrange(256), rng.randrange(0x80, 0xc0), rng.choice([0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xc0]), 0x41]) for _ in range(n))
        for err in ['strict', 'replace', 'ignore']:
            rows.append(['decode', enc(b), ['sutf-8', 's' + err], run(bytes.decode, b, 'utf-8', err)])
    for s in ['', '00ff', '0 1', 'zz', '1', '12 3', ' 0A bC \n', 'abc']:
        rows.append(['fromhex', enc(s), [], run(bytes.fromhex, s)])
    rows.append(['join', enc(b', '), [[enc(b'a'), enc(b'b')]], enc(b', '.join([b'a', b'b']))])
    rows.append(['join', enc(b'-'), [[enc(b'a'), 'i1']], run(lambda: b'-'.join([b'a', 1]))])
    write('bytes_ops', rows)


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    gen_float()
    gen_int()
    gen_format()
    gen_str()
    gen_bytes()
