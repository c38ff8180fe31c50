def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)
msg = "Attack at Dawn! Meet at the old mill, 6:30."
enc = vigenere(msg, "lemon")
print(enc)
print(vigenere(enc, "lemon", decrypt=True))
def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz"]:
    r = rle(s)
    print(repr(s), r, unrle(r) == s)
def checksum(data):
    a, b = 1, 0
    for byte in data.encode("utf-8"):
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
for s in ["Wikipedia", "", "héllo wörld"]:
    print(s, checksum(s), hex(checksum(s)))
def b64(data):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    raw = data.encode()
    out = []
    for i in range(0, len(raw), 3):
        chunk = raw[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [alphabet[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append("".join(chars[:keep]) + "=" * (4 - keep))
    return "".join(out)
for s in ["Man", "Ma", "M", "hello world", ""]:
    print(repr(s), b64(s))
