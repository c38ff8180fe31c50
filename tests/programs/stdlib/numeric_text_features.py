# fractions, statistics and textwrap the way programs use them.
from fractions import Fraction
import statistics
import textwrap
import math

a = Fraction(3, 4)
b = Fraction('1/3')
print(a, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -2, 2 ** Fraction(1, 2))
print(Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(5), Fraction(0.5), Fraction('0.125'), Fraction('-2.5e-3'), Fraction(' 7/3 '))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2, 1) == 2, a < 1, a > 0.7, hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == 5)
print(float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction(1, 3).limit_denominator(2), Fraction(math.pi).limit_denominator(1000))
print(Fraction.from_float(0.1), sum([Fraction(1, n) for n in range(1, 6)]))
print(a + 1, 1 + a, a * 2.0, a + 0.25, divmod(Fraction(7, 3), Fraction(1, 2)), f'{a}', str(Fraction(4, 2)), bool(Fraction(0)))
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), max(Fraction(9, 10), 0.95), Fraction(1, 2) ** 0.5)
for bad in [lambda: Fraction(1, 0), lambda: Fraction('abc'), lambda: Fraction(1.5, 2), lambda: Fraction(float('nan')), lambda: Fraction(float('inf')), lambda: a / 0]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

data = [2.5, 3.25, 5.5, 11.25, 1.75]
print(statistics.mean(data), statistics.median(data), statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.fmean([1, 2, 3, 4]), statistics.mode([1, 1, 2, 3, 3, 3]), statistics.mode('aabbbc'))
print(statistics.multimode('aabbcd'), statistics.stdev(data), statistics.pstdev(data), statistics.variance(data), statistics.pvariance([1, 2, 3, 4]))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.variance([1, 2, 3, 4, 5]), statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.harmonic_mean([40, 60]))
print(statistics.geometric_mean([54, 24, 36]), statistics.median_grouped([52, 52, 53, 54]), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), 1]), statistics.variance([Fraction(1), Fraction(2), Fraction(4)]), type(statistics.mean([1, 2])).__name__)
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.mean, nd.stdev, round(nd.pdf(100), 8))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]), lambda: statistics.median([]), lambda: statistics.variance([1]), lambda: statistics.harmonic_mean([-1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print('StatisticsError', e)

text = ('The quick brown fox jumps over the lazy dog. ' * 3).strip()
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', width=11))
print(textwrap.shorten(text, 30, placeholder=' [more]'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
''')))
print(repr(textwrap.dedent('  a\n\n  b\n \n')), repr(textwrap.dedent('\ta\n    b')))
print(repr(textwrap.indent('a\nb\n\nc', '> ')), repr(textwrap.indent('a\n  \nb', '+', lambda line: True)))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10), textwrap.wrap('abc def', 10, break_long_words=False))
print(textwrap.wrap('a-b-c-d-e-f-ghij klm', 5), textwrap.wrap('hyphen-ated words', 8, break_on_hyphens=False))
print(textwrap.wrap('  leading and   multiple   spaces  ', 12), textwrap.wrap('tabs\there', 8), textwrap.wrap('', 5))
print(textwrap.wrap('one. two. three.', 10, fix_sentence_endings=True), textwrap.wrap('x' * 12, 5, max_lines=2, placeholder='..'))
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder='...')
print(w.wrap(text), w.fill('short'))
print(textwrap.wrap('Ünïcödé wörds ärë hërë', 8), textwrap.wrap('line1\nline2 more', 8), textwrap.wrap('a b', 1))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('abc def', 3, placeholder='.....')
except ValueError as e:
    print('ValueError', e)
