# Instances of str subclasses (str-mixin enums, StrEnum) passed where builtins want a str.
import re
from enum import Enum, StrEnum
class Dir(str, Enum):
    DATA = "données"
class Sep(StrEnum):
    SEMI = ";"
class T(str):
    pass
print(Dir.DATA.encode(), T("é").encode("latin-1"), T("ab").encode())
print(bytes(T("é"), "utf-8"), bytearray(Dir.DATA, "utf-8"))
print(re.split(Sep.SEMI, "a;b;c"), re.sub(T("b+"), "-", "abbbc"), re.compile(T("x")).pattern == "x")
print(ord(T("é")), ord(Sep.SEMI))
try: ord(T("ab"))
except TypeError as e: print(e)
try: bytes(T("x"))
except TypeError as e: print(e)
