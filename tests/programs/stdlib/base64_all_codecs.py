# base64's codecs on generated data: every alphabet and option, round trips, and the errors of each decoder.
import base64, binascii, io, random
rng = random.Random(9)
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        return r
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for n in list(range(0, 12)) + [31, 57, 58, 100]:
    data = bytes(rng.randrange(256) for _ in range(n))
    z = b'\0' * n
    sp = b' ' * n
    for d in (data, z, sp):
        enc = [base64.b64encode(d), base64.b64encode(d, b'-_'), base64.urlsafe_b64encode(d), base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d),
               base64.a85encode(d), base64.a85encode(d, foldspaces=True), base64.a85encode(d, pad=True), base64.a85encode(d, adobe=True, wrapcol=7), base64.a85encode(d, wrapcol=3),
               base64.b85encode(d), base64.b85encode(d, pad=True), base64.encodebytes(d)]
        print(n, enc)
        print([base64.b64decode(enc[0]) == d, base64.b64decode(enc[1], b'-_') == d, base64.urlsafe_b64decode(enc[2]) == d, base64.b32decode(enc[3]) == d,
               base64.b32hexdecode(enc[4]) == d, base64.b16decode(enc[5]) == d, base64.a85decode(enc[6]) == d, base64.a85decode(enc[7], foldspaces=True) == d,
               base64.a85decode(enc[9], adobe=True) == d, base64.b85decode(enc[11]) == d, base64.decodebytes(enc[13]) == d, show(base64.a85decode, enc[8]), show(base64.b85decode, enc[12])])
for bad in ['a', 'YWJj', 'YW=j', 'ab!c', b'\xff']:
    print(show(base64.b64decode, bad), show(base64.b64decode, bad, validate=True), show(base64.urlsafe_b64decode, bad))
for bad in ['MFRGG===', 'MFRGG==', 'mfrgg===', 'MFRGG=A=', 'MFRG====', '0FRGG===', '========', 'MF======', 'MFRA====', '']:
    print(show(base64.b32decode, bad), show(base64.b32decode, bad, casefold=True), show(base64.b32decode, bad, map01=b'L'), show(base64.b32hexdecode, bad, casefold=True))
for bad in ['48656c6c6f', '48656C6C6F', '4', 'zz', '']:
    print(show(base64.b16decode, bad), show(base64.b16decode, bad, casefold=True))
for bad in ['<~87cURDZ~>', '87cURDZ~>', '87cUR', 'z', 'az', 'ya', 's8W-"', 'uuuuu', '87 cU\nRD', 'x', '~>']:
    print(show(base64.a85decode, bad), show(base64.a85decode, bad, adobe=True), show(base64.a85decode, bad, foldspaces=True), show(base64.b85decode, bad))
print(show(base64.b64encode, 'str'), show(base64.b32encode, 'str'), show(base64.b64decode, 3), show(base64.b64decode, 'é'), show(base64.encodebytes, 'x'), show(base64.b85encode, 5))
print(show(base64.b64encode, b'x', b'abc'), show(base64.b32decode, 'MFRGG===', map01=b'LL'), base64.b64encode(memoryview(b'abc')), base64.b32encode(bytearray(b'ab')))
out = io.BytesIO(); base64.encode(io.BytesIO(bytes(range(256)) * 2), out); print(out.getvalue()[:80], len(out.getvalue()))
back = io.BytesIO(); base64.decode(io.BytesIO(out.getvalue()), back); print(back.getvalue() == bytes(range(256)) * 2)
print(isinstance(show(base64.b64decode, 'a'), str), issubclass(binascii.Error, ValueError))
