# str subclass instances (StrEnum members) as hashlib names, unicodedata arguments and fromhex text.
import hashlib, unicodedata
from enum import StrEnum
class Algo(StrEnum):
    SHA = "sha256"
    MD5 = "md5"
class T(str):
    pass
print(hashlib.new(Algo.SHA, b"abc").hexdigest()[:16], hashlib.new(T("md5")).name)
print(unicodedata.is_normalized("NFC", T("ça")), unicodedata.is_normalized("NFD", T("ça")), unicodedata.is_normalized(T("NFC"), "x"))
print(bytes.fromhex(T("de ad")), bytearray.fromhex(T("beef")))
