# bytes.partition/rpartition hand back the separator object itself when they find it, and the
# bytes itself when they do not (bytearray's parts are always new); `x in bytes` takes an int or
# a buffer, and words its refusal of anything else as the buffer protocol does.


class Sub(bytes):
    pass


class Text(str):
    pass


def describe(part):
    return f'{type(part).__name__}({bytes(part)!r})'


SEPARATORS = [b'b', bytearray(b'b'), memoryview(b'b'), Sub(b'b'), b'z', bytearray(b'z'), b'bc',
              b'abc', b'', 'b', 1, None, Text('b')]
for subject in [b'abc', bytearray(b'abc'), Sub(b'abc'), b'bbb', bytearray(b'')]:
    for method in ('partition', 'rpartition'):
        for sep in SEPARATORS:
            label = f'{type(subject).__name__}({bytes(subject)!r}).{method}({type(sep).__name__})'
            try:
                parts = getattr(subject, method)(sep)
                print(label, [describe(p) for p in parts], parts[1] is sep,
                      parts[0] is subject, parts[2] is subject)
            except Exception as e:
                print(label, '!!', type(e).__name__, e)

ITEMS = ['é', 'a', Text('a'), 1.5, None, [1], 97, 300, -1, 2 ** 70, b'a', bytearray(b'bc'),
         memoryview(b'c'), True, b'', Sub(b'ab'), (97,)]
for subject in [b'abc', bytearray(b'abc'), Sub(b'abc')]:
    for item in ITEMS:
        try:
            print(type(subject).__name__, type(item).__name__, item in subject)
        except Exception as e:
            print(type(subject).__name__, type(item).__name__, '!!', type(e).__name__, e)
    for method in ('find', 'count', 'index', 'rfind'):
        for item in [1.5, 'a', 98, b'c']:
            try:
                print(method, type(item).__name__, getattr(subject, method)(item))
            except Exception as e:
                print(method, type(item).__name__, '!!', type(e).__name__, e)
