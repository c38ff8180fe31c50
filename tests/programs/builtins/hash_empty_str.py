# hash('') and hash(b'') are 0 in CPython whatever PYTHONHASHSEED is; other str hashes vary.
print(hash(""), hash(b""), hash(bytearray().__class__.__name__) == hash("bytearray"))
print(hash("") == hash(0) == hash(0.0) == hash(False), hash(("",)) == hash((0,)))
print(hash(str()) , hash("x"[1:]), hash(memoryview(b"").tobytes()))
d = {"": 1, 0: 2}
print(d, {"", 0, b""}.__len__(), "" in {0: 1})
