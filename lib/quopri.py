"""Quoted-printable (RFC 1521) encoding and decoding of bytes, over binary files or whole byte
strings. The byte-level work is binascii's b2a_qp/a2b_qp; this module adds the file interface and
the small helpers (needsquoting, quote, ishex, unhex) that programs sometimes call directly."""

from binascii import a2b_qp, b2a_qp

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the single byte c must be written as =XX (c is a bytes object of length 1)."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return bool(quotetabs)
    if c == b'_':
        # in a header an underscore stands for a space, so a literal one has to be escaped
        return bool(header)
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte c."""
    assert isinstance(c, bytes) and len(c) == 1
    code = c[0]
    return ESCAPE + HEX[code >> 4:(code >> 4) + 1] + HEX[code & 15:(code & 15) + 1]


def ishex(c):
    """Whether the single byte c is a hexadecimal digit (either case)."""
    assert isinstance(c, bytes)
    return c in b'0123456789abcdefABCDEF' and len(c) == 1


def unhex(s):
    """The integer value of the hexadecimal digits in the bytes s."""
    value = 0
    for code in s:
        digit = bytes((code,))
        assert ishex(digit), "non-hex digit " + repr(digit)
        value = value * 16 + int(digit, 16)
    return value


def encode(input, output, quotetabs, header=False):
    """Read the binary file input to its end and write its encoding to the binary file output.

    quotetabs: also escape spaces and tabs; header: encode spaces as '_' (RFC 1522 headers)."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def decode(input, output, header=False):
    """Read the binary file input to its end and write its decoding to the binary file output.

    header: read '_' as a space (RFC 1522 headers)."""
    output.write(a2b_qp(input.read(), header=header))


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable encoding of the bytes s."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    """The bytes that the quoted-printable text s encodes."""
    return a2b_qp(s, header=header)


def main():
    """Command line: quopri [-t | -d] [file ...]: encode (-t: quoting tabs) or decode (-d)."""
    import getopt
    import sys
    usage = "usage: quopri [-t | -d] [file] ...\n-t: quote tabs\n-d: decode; default encode\n"
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.GetoptError as problem:
        sys.stderr.write("%s\n%s" % (problem, usage))
        sys.exit(2)
    decoding = ('-d', '') in opts
    quoting_tabs = ('-t', '') in opts
    if quoting_tabs and decoding:
        sys.stderr.write("-t and -d are mutually exclusive\n")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if decoding:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, quoting_tabs)
        finally:
            if name != '-':
                source.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
