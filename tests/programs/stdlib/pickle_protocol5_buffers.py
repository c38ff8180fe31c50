# Protocol 5 PickleBuffer: in-band bytes/bytearray opcodes, out-of-band buffers and errors.
import pickle
b = pickle.PickleBuffer(b'abc')
print(pickle.dumps(b, 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b'xy')), 5))
try: pickle.dumps(b, 4)
except Exception as e: print(type(e).__name__, e)
bufs = []
d = pickle.dumps([pickle.PickleBuffer(bytearray(b'zz')), pickle.PickleBuffer(b'q')], 5, buffer_callback=bufs.append)
print(d, len(bufs))
r = pickle.loads(d, buffers=bufs)
print([bytes(x) for x in r])
try: pickle.loads(d)
except Exception as e: print(type(e).__name__, e)
try: pickle.dumps(1, 4, buffer_callback=print)
except Exception as e: print(type(e).__name__, e)
print(bytes(b.raw()), b.raw().readonly)
