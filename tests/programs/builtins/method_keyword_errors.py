"""Builtin methods called with a keyword they do not take: bound, unbound, through getattr."""
METHODS = {
    'int': 'as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes',
    'float': 'as_integer_ratio conjugate fromhex hex is_integer',
    'complex': 'conjugate',
    'str': 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
    'bytes': 'capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
    'bytearray': 'append capitalize center clear copy count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
    'list': 'append clear copy count extend index insert pop remove reverse sort',
    'tuple': 'count index',
    'dict': 'clear copy fromkeys get items keys pop popitem setdefault update values',
    'set': 'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update',
    'frozenset': 'copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
}
SAMPLES = {
    'int': (int, 7), 'float': (float, 2.5), 'complex': (complex, 1j), 'str': (str, 'a-b'),
    'bytes': (bytes, b'a-b'), 'bytearray': (bytearray, None), 'list': (list, None), 'tuple': (tuple, (1, 2)),
    'dict': (dict, None), 'set': (set, None), 'frozenset': (frozenset, frozenset({1})),
}
FRESH = {'bytearray': lambda: bytearray(b'a-b'), 'list': lambda: [1, 2], 'dict': lambda: {'a': 1}, 'set': lambda: {1, 2}}


def outcome(call):
    try:
        call()
        return 'ok'
    except Exception as e:
        return f'{type(e).__name__}: {e}'


def sample(type_name):
    make = FRESH.get(type_name)
    return make() if make is not None else SAMPLES[type_name][1]


for type_name, names in METHODS.items():
    typ = SAMPLES[type_name][0]
    for name in names.split():
        bound = getattr(sample(type_name), name)
        print(type_name, name, 'bound:', outcome(lambda: bound(bogus=1)))
        print(type_name, name, 'bound+arg:', outcome(lambda: bound(0, bogus=1)))
        print(type_name, name, 'bound+2:', outcome(lambda: bound(0, 1, x=1, y=2)))
        print(type_name, name, 'unbound:', outcome(lambda: getattr(typ, name)(sample(type_name), bogus=1)))
        print(type_name, name, 'class:', outcome(lambda: getattr(typ, name)(bogus=1)))

# Calls written out, so the compiler sees the method at the call site.
print(outcome(lambda: (7).bit_length(x=1)))
print(outcome(lambda: (2.0).is_integer(x=1)))
print(outcome(lambda: float.is_integer(2.0, x=1)))
print(outcome(lambda: dict.fromkeys(x=1)))
print(outcome(lambda: dict.fromkeys('ab', x=1)))
print(outcome(lambda: bytes.fromhex(x=1)))
print(outcome(lambda: bytes.fromhex('00', x=1)))
print(outcome(lambda: str.maketrans(x=1)))
print(outcome(lambda: str.maketrans('a', 'b', x=1)))
print(outcome(lambda: 'abc'.upper(x=1)))
print(outcome(lambda: [3, 1].sort(reverse=True, x=1)))
print(outcome(lambda: {1}.union(x=1)))
print(outcome(lambda: (1, 2).index(1, x=1)))
print(outcome(lambda: float.fromhex('1', x=1)))
print(outcome(lambda: int.from_bytes(b'a', x=1)))


class Plain:
    pass


p = Plain()
print(outcome(lambda: object.__init__(p, x=1)))
print(outcome(lambda: object.__init__(p, 1)))
print(outcome(lambda: object.__init__(p)))
print(outcome(lambda: Plain.__init__(p, 1)))
print(outcome(lambda: Plain.__init__(p, x=1)))
print(outcome(lambda: Plain(x=1)))
print(outcome(lambda: object(x=1)))
print(outcome(lambda: object.__new__(Plain, x=1)))

# Keywords these methods do take still work.
print(outcome(lambda: print(bytes.translate(b'abc', None, delete=b'a'))))
print(outcome(lambda: print(bytearray(b'abc').translate(None, delete=b'b'))))
print(outcome(lambda: print(int.from_bytes(bytes=b'\x01', byteorder='little'))))
print(outcome(lambda: print('a b'.split(maxsplit=1), b'a\tb'.expandtabs(tabsize=2))))
print(outcome(lambda: print((5).to_bytes(2, byteorder='little', signed=True))))
print(outcome(lambda: print(b'a'.translate(None, b'a', delete=b'a'))))
print(outcome(lambda: print(b'a'.translate(table=None))))
b = (7).bit_length
print(type(b).__name__, b.__self__, b.__name__, b())
h = (2.5).hex
print(type(h).__name__, h.__self__, h())
