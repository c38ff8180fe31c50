# Decimal and text: parsing every accepted and rejected form, str/repr/to_eng_string, round
# trips, tuples, floats and format() with generated specs.
import decimal
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 2862933555777941757 + 3037000493) % (1 << 64)
        return (self.state >> 29) % bound


rng = Lcg(515)


def attempt(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)


EDGE_STRINGS = [
    '0', '-0', '+0', '00', '0.', '.0', '0.000', '-0.000E+5', '1', '+1', '-1', '1.', '.5', '5.',
    '.', '', ' ', '  12  ', '\t3.5\n', '1e', 'e5', '1e+', '1e-', '1E5', '1e+5', '1e-5', '1E-0005',
    '1.23e+10', '1.23E-10', '123.456', '-123.456e-7', '1_000', '1_000.000_1', '1__0', '_1', '1_',
    '1_.5', '1._5', '1e1_0', '1e_10', 'N_aN', '_', '-_1', '1e-_5', '0x10', '1,5', '1 5', '--1', '+-1', '1e5.5', 'Inf', 'inf',
    '-inf', '+Infinity', 'INFINITY', 'infinit', 'infinityy', 'NaN', 'nan', '-NaN', 'NaN12',
    'nan0012', 'NaN0', 'NaN-1', 'NaN1.5', 'sNaN', '-sNaN7', 'SNAN', 'snan00', 'qNaN', 'NaNs',
    '1e999999999', '1e-999999999', '9' * 50, '0.' + '0' * 30 + '1', '\u0663\u0661',
    '\u00a01\u00a0', '1\u2003', '12345678901234567890123456789012345678901234567890E-25',
]

for text in EDGE_STRINGS:
    result = attempt(lambda: Decimal(text))
    print(repr(text), result)

# Untrapped, a bad string gives NaN and sets the flag.
with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    print(Decimal('junk'), ctx.flags[decimal.InvalidOperation])


def random_number_text():
    sign = ['', '-', '+'][rng.next(3)]
    whole = ''.join(str(rng.next(10)) for _ in range(rng.next(12)))
    frac = ''.join(str(rng.next(10)) for _ in range(rng.next(12)))
    if not whole and not frac:
        whole = '0'
    body = whole + ('.' + frac if frac or rng.next(2) else '')
    if rng.next(2):
        body += ['e', 'E'][rng.next(2)] + ['', '+', '-'][rng.next(3)] + str(rng.next(40))
    return sign + body


# str and repr follow the scientific rules; parsing the output gives the same number back.
for n in range(400):
    text = random_number_text()
    d = Decimal(text)
    back = Decimal(str(d))
    same = back.as_tuple() == d.as_tuple()
    print(text, str(d), repr(d), d.to_eng_string(), same, d.adjusted(), d.as_tuple())

for text in ['0E+1', '0E+2', '0E+3', '0E+4', '0E-7', '0E-8', '0E-9', '0E-10', '-0E+5', '123E+1',
             '123E+2', '123E+3', '1.23E-7', '12.3E-9', '1E+999999', '5E-7', '50E-8', '-Inf',
             'sNaN12', '-NaN', '0.000001', '0.0000001', '1000000']:
    d = Decimal(text)
    print(text, str(d), d.to_eng_string(), decimal.getcontext().to_sci_string(d))

with localcontext(capitals=0):
    print(str(Decimal('1e20')), repr(Decimal('-1.5e-20')), Decimal('123e4').to_eng_string())

# Ints, floats, tuples and Decimals.
for value in [0, 7, -7, 10 ** 30, -(10 ** 30) - 1, True, 0.0, -0.0, 0.5, 0.1, -2.75, 1e300,
              5e-324, float('inf'), float('-inf'), float('nan'), 1.7976931348623157e308]:
    print(repr(value), attempt(lambda: Decimal(value)), attempt(lambda: Decimal.from_float(value)))
print(decimal.getcontext().flags[decimal.FloatOperation])

for value in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 5), (1, (1, 2), 'F'), (0, (4, 2), 'n'),
              (1, (4, 2), 'N'), (0, [1, 2], 3), [1, (5,), -1], (2, (1,), 0), (0, (1, 10), 0),
              (0, (1, 2)), (0, (1,), 1.5), (0, (1,), 'x'), (True, (1,), 0), (0, 'ab', 0),
              (0, (0, 0, 1), 0)]:
    print(repr(value), attempt(lambda: Decimal(value)))

for value in [None, 1j, [1], b'1', object]:
    print(attempt(lambda: Decimal(value)))
print(attempt(lambda: Decimal('1', 5)))
print(attempt(lambda: Decimal.from_float('1')))
d = Decimal('1.50')
print(Decimal(d) is d, Decimal(d), Decimal(d).as_tuple())

# format(): generated values against a grid of specs.
SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.0f', '.1f', '.2f', '.5f', '.0e', '.2e',
         '.6e', '.0g', '.1g', '.3g', '.8g', '.0%', '.2%', '.3', '.1', '10', '<12', '>12', '^13',
         '*^13.3f', '-<10.1e', '+', ' ', '+.2f', ' .2e', 'z.1f', 'z.0e', '012.3f', '012,.3f',
         '020,', ',', ',.2f', '0=14.2f', 'x=+14,.1f', '#>9', '015.4g', '=12', '010', 'z', '.30f']
BAD_SPECS = ['d', 'x', '#g', '_f', '10_', '.2.3f', '<<<', 'ff', '%%']
VALUES = ['0', '-0', '0.00', '0E+3', '0E-9', '1', '-1', '1.2300', '1e5', '1E-7', '123456789.987',
          '-0.000012345', '9.995', '0.5', '2.5', '-2.5', '1234567', 'NaN', '-NaN3', 'sNaN',
          '-Infinity', 'Infinity']
for _ in range(30):
    VALUES.append(random_number_text())
for text in VALUES:
    d = Decimal(text)
    print(text, '|'.join(attempt(lambda: format(d, spec)) for spec in SPECS))
for spec in BAD_SPECS:
    print(spec, attempt(lambda: format(Decimal('1.5'), spec)))

# Formatting rounds with the context's rounding mode and spells no-type exponents by capitals.
for mode in [ROUND_DOWN, ROUND_HALF_UP, ROUND_CEILING]:
    with localcontext(rounding=mode, capitals=0):
        print(mode, format(Decimal('1.25'), '.1f'), format(Decimal('-1.25'), '.1e'),
              format(Decimal('125'), '.2'), format(Decimal('1e5'), ''),
              '{:.2f} {:>8.1%}'.format(Decimal('2.675'), Decimal('0.0625')),
              f"{Decimal('3.14159'):.3g}")

# Generated specs: fill/align, sign, z, zero flag, width, grouping, precision and type together,
# under several precisions and rounding modes.
for n in range(1500):
    spec = ([''] * 3 + ['*<', '0>', 'x^', '=', '>', '0='])[rng.next(9)]
    spec += ['', '', '+', '-', ' '][rng.next(5)] + ['', '', 'z'][rng.next(3)]
    spec += ['', '', '0'][rng.next(3)] + ['', '', '1', '7', '15', '22'][rng.next(6)]
    spec += ['', '', ','][rng.next(3)] + ['', '', '.0', '.1', '.3', '.12'][rng.next(6)]
    spec += ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'][rng.next(9)]
    text = ['', '-'][rng.next(2)] + ''.join(str(rng.next(10)) for _ in range(1 + rng.next(15)))
    text += 'E' + str(rng.next(30) - 18)
    if rng.next(20) == 0:
        text = ['NaN', '-Inf', 'sNaN4', '-0E-3', '0E+4'][rng.next(5)]
    mode = ['ROUND_HALF_EVEN', 'ROUND_UP', 'ROUND_05UP', 'ROUND_FLOOR'][rng.next(4)]
    with localcontext(prec=[3, 10, 28][rng.next(3)], rounding=mode):
        print(text, repr(spec), attempt(lambda: format(Decimal(text), spec)))
