# codecs.lookup, encode and decode reach the codecs str.encode knows by name: UTF-7, punycode, the escapes.
import codecs
for name in ("utf-7", "UTF7", "u7", "punycode", "unicode_escape", "raw_unicode_escape"):
    info = codecs.lookup(name)
    print(name, info.name)
print(codecs.encode("Grüße +1", "utf-7"), codecs.decode(b"Gr+APwA3w-e", "utf-7"))
print(codecs.encode("münchen", "punycode"), codecs.decode(b"mnchen-3ya", "punycode"))
print(codecs.encode("a\tb\u20ac", "unicode_escape"), codecs.decode(b"a\\tb", "unicode_escape"))
try:
    codecs.decode(b"+AB", "utf-7")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
