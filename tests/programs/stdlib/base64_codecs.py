import base64

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))[:40]]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b16encode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode('aGVsbG8gd29ybGQ='), base64.b64decode(b'aGk'  + b'='), base64.standard_b64encode(b'xyz'))
print(base64.urlsafe_b64encode(b'\xfb\xff\xfe'), base64.b64encode(b'\xfb\xff\xfe'), base64.urlsafe_b64decode('-__-'))
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.encodebytes(b'x' * 60))
print(base64.b64decode('aGVs bG8=\n'), base64.b16decode('666f6f', casefold=True))
for bad in ['abc', 'a']:
    try:
        base64.b64decode(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    base64.b64encode('text')
except TypeError as e:
    print('TypeError:', e)
