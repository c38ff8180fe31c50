# complex(str) over generated strings: underscores in every position (CPython vets them first,
# with "could not convert string to complex"), parentheses, signs, exponents, j suffixes, spaces.
PIECES = ['1', '0', '7', '_', '_', '.', 'e', 'E', '+', '-', 'j', 'J', '(', ')', ' ', 'inf', 'nan',
          'x', '\t', '__', '1_0', '٣', 'infinity', '\0']

state = 20261127


def next_int(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def attempt(text):
    try:
        z = complex(text)
    except ValueError as e:
        return f'ValueError {e}'
    except Exception as e:
        return f'{type(e).__name__} {e}'
    return repr(z)


fixed = ['1__0', '_1', '1_', '1_j', '1+_2j', '(1_)', '1_e5', '1_0', '1e1_0', ' 1_0 ', '0x1_0',
         '1_0\0', '1\0', '١_٢', '1_0j+', '1_.5', 'nan_', '(1_0', '1_0)', '1_0j', '-1_0-2_0j',
         '( 1_0+2_0j )', '1.0_0', '1_0.0_1e+1_0j', '_', '__', 'j_', '1j_', '1_2_3_4', '+1_2j',
         '1e_5', '1e+_5', '1.e1_0', '.5_5', '._5', '5._5', 'inf_j', '1_inf', '(1_0_)', '1 _0',
         '1_ 0', '\t1_0\n', '١_٢j', '1_٢', '\u00a01_0\u00a0', '1_0\u2028']
for text in fixed:
    print(repr(text), attempt(text))

counts = {}
for _ in range(1500):
    text = ''.join(PIECES[next_int(len(PIECES))] for _ in range(1 + next_int(7)))
    result = attempt(text)
    kind = result.split(':')[0] if result.startswith('ValueError') else 'ok'
    counts[kind] = counts.get(kind, 0) + 1
    print(repr(text), result)
print(sorted(counts.items()))
