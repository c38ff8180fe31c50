# The namereplace handler and \N{...} escapes decoded at run time need character names, though
# this program never imports unicodedata.
import gzip, io

samples = ["abc€", "naïve café", "Ωmega ≠ ∞", "snow ☃ and 🐍", "tab\tnew\n", "ß→ss"]
for text in samples:
    for codec in ("ascii", "latin-1", "cp1252"):
        print(codec, text.encode(codec, "namereplace"))
print(b"\\N{EURO SIGN} \\N{GREEK SMALL LETTER ALPHA}".decode("unicode_escape"))
try:
    b"\\N{NO SUCH CHARACTER NAME}".decode("unicode_escape")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

packed = io.BytesIO(gzip.compress(b"one\ntwo\nthree"))
reader = gzip.GzipFile(fileobj=packed)
print(list(reader))
reader.close()
try:
    iter(reader)
except ValueError as e:
    print(type(e).__name__, e)
