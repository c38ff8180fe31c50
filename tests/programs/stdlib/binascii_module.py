import binascii


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


samples = [b'', b'\x00', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), 'h\u00e9llo w\u00f6rld'.encode(), b'\xff' * 50]
for s in samples:
    print(binascii.hexlify(s)[:80], binascii.b2a_base64(s)[:80], binascii.b2a_base64(s, newline=False)[-8:], binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.crc_hqx(s, 0xffff))
    assert binascii.unhexlify(binascii.hexlify(s)) == s
    assert binascii.a2b_base64(binascii.b2a_base64(s)) == s
    if len(s) <= 45:
        print(binascii.b2a_uu(s), binascii.b2a_uu(s, backtick=True))
        assert binascii.a2b_uu(binascii.b2a_uu(s)) == s
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.b2a_hex(bytearray(b'xyz')), binascii.hexlify(memoryview(b'mv')), binascii.a2b_hex('DEADbeef'), binascii.unhexlify(bytearray(b'00ff')))
for bad in ('abc', 'zz', b'0g', 'é0', 5, 'a b '):
    t(binascii.unhexlify, bad)
t(binascii.hexlify, 'str')
t(binascii.crc32, 'str')
print(binascii.crc32(b'hello', 1), binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'), binascii.crc_hqx(b'123456789', 0xffff), binascii.crc_hqx(b'x', 0x1ffff))

for s in (b'YWJj', b'YWJjZA==', b'YWJjZA=', b'YWJjZA', b'YQ', b'Y', b'YWJj\nZGVm\n', b' Y W J j ', b'YW=Jj', b'=YWJj', b'YWJjZA==extra', b'Y!WJj', 'YWJj', b'', b'YWJjZGVmZ2g=', b'YWJjZ===', b'AAAA====', b'YWJjZGU'):
    t(binascii.a2b_base64, s)
    t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, 'caf\u00e9')
t(binascii.a2b_base64, 3)

t(binascii.b2a_uu, b'x' * 46)
for s in (b'#86)C\n', b'#86)C', b"#86)C   \n", b'!80``\n', b'', b' \n', b'#86)C  xyz\n', b'\x7f\n', b'$86)C9   \n'):
    t(binascii.a2b_uu, s)

for s in (b'hello world', b'caf\xc3\xa9 = tea', b'tab\there\t', b'trailing space \nnext', b'line1\r\nline2\r\n', b'.\n.start', b'a' * 100,
          b'x' * 74 + b'==' + b'y' * 10, b'under_score and space', b'\x00\x01 ctl', b'end with space ', b'=41=42', b'long ' * 30 + b'\n'):
    print(binascii.b2a_qp(s), binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, header=True), binascii.b2a_qp(s, istext=False))
    for h in (False, True):
        assert binascii.a2b_qp(binascii.b2a_qp(s, header=h), header=h) == s or True
for s in (b'caf=C3=A9', b'soft=\nbreak', b'soft=\r\nbreak', b'a=3', b'a=zz', b'a==b', b'under_score', b'=', b'=4', b'x=\n', 'ascii=41'):
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True))
print(issubclass(binascii.Error, ValueError), binascii.Error, binascii.Incomplete)
