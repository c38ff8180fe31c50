# The standard error handlers are C functions in CPython: codecs.lookup_error gives builtins of
# no module that refuse keywords and document no signature, and they still do their work.
import codecs
import inspect
import unicodedata  # namereplace names characters from its tables

NAMES = ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace',
         'surrogateescape', 'surrogatepass']
for name in NAMES:
    handler = codecs.lookup_error(name)
    print(repr(handler), handler.__name__, handler.__qualname__, handler.__module__,
          type(handler).__name__, handler is getattr(codecs, name + '_errors', None),
          handler.__text_signature__)
    try:
        print(inspect.signature(handler))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        handler(exc=ValueError())
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.strict_errors, codecs.strict_errors.__module__)


class Holder:
    replace = codecs.replace_errors


failure = UnicodeEncodeError('ascii', 'aé€', 1, 3, 'nope')
print(Holder().replace(failure))
for name in NAMES[1:6]:
    print(name, codecs.lookup_error(name)(failure))
print(codecs.lookup_error('replace')(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'nope')))
try:
    codecs.strict_errors(failure)
except Exception as e:
    print(type(e).__name__, e)
for text in ['aé', 'x€y', 'plain']:
    for errors in NAMES[1:6]:
        print(repr(text), errors, text.encode('ascii', errors))
