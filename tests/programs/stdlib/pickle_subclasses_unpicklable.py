# Subclasses of builtin containers and numbers, huge ints, and objects that cannot be pickled.
import pickle, threading, io, sys
class MySet(set): pass
class MyFS(frozenset): pass
class MyTuple(tuple): pass
class MyBytes(bytes): pass
class MyFloat(float): pass
s = MySet([1, 2]); s.tag = 1
for proto in range(6):
    for v in (s, MyFS([3]), MyTuple((1, 2)), MyBytes(b'ab'), MyFloat(1.5), 2**3000, -2**2100):
        try:
            d = pickle.dumps(v, proto)
            print(proto, type(v).__name__, d[:80], len(d))
            r = pickle.loads(d)
            print(type(r).__name__, r == v, getattr(r, '__dict__', None))
        except Exception as e:
            print(type(e).__name__, e)
for v in (threading.Lock(), sys.stdout, (x for x in [1]), sys, memoryview(b'ab'), type(sys), property(lambda s: 1)):
    try:
        print(pickle.dumps(v))
    except Exception as e:
        print(type(e).__name__, e)
