"""float(), int() with several bases and complex() over generated odd strings: values and messages."""
PIECES = ['\u3000', '\x85', '\xa0', 'I', '\ud800', '9', 'z', '1', '0', '_', '__', '.', 'e', 'E', '-', '+', ' ', '\0', 'x', '0x', 'j', 'inf', 'nan', 'a', 'f', '\t', '٣', 'b', '0b', '0o', '7']


def next_state(state):
    return (state * 1103515245 + 12345) % 2147483648


def generated(count):
    out = []
    state = 2024
    for _ in range(count):
        state = next_state(state)
        length = 1 + state % 5
        text = ''
        for _ in range(length):
            state = next_state(state)
            text += PIECES[(state >> 8) % len(PIECES)]
        out.append(text)
    return out


FIXED = ['1__0', '1_0', '_1', '1_', '1._5', '1_.5', '1e_5', '1e5_', '1\x000', '\x00', '1.5\x00', '0_x1', '0x_1',
         '0x1_', '0b_1', '0_0', '00', '0_7', '07', '1__0j', '1_0j', '(1_0j)', '1_e1', 'in_f', '1e1_0', '1.0_1',
         ' 1_0 ', '+_1', '-1_0', '1 0', '1\t', '\t1', '', ' ', '_', '.', 'e1', '1e', '0x', '0b1_', 'nan_', '١_٢',
         'xé+__', '1_0é', 'é__', '\u3000 1_0 \x85', '1\x1c', '\x1c1', '\ufeff1', '1\u2028', '(\x851\x85)', '1\x0b',
         'j__inf\ud800', '1_0\ud800', 'nan\x85', '(1_0)\xa0', '1+2j\u3000', '١+٢j']


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in FIXED + generated(400):
    show(f'float({s!r})', lambda: float(s))
    for base in (0, 2, 8, 10, 16, 36):
        show(f'int({s!r}, {base})', lambda: int(s, base))
    show(f'complex({s!r})', lambda: complex(s))
    show(f'float.fromhex({s!r})', lambda: float.fromhex(s))
    show(f'float.fromhex(0x1{s!r})', lambda: float.fromhex('0x1' + s))
    show(f'float(bytes {s!r})', lambda: float(s.encode('utf-8', 'surrogatepass')))
    show(f'int(bytes {s!r})', lambda: int(s.encode('utf-8', 'surrogatepass')))
    show(f'float(bytearray {s!r})', lambda: float(bytearray(s.encode('utf-8', 'surrogatepass'))))
    show(f'int(bytearray {s!r}, 16)', lambda: int(bytearray(s.encode('utf-8', 'surrogatepass')), 16))
