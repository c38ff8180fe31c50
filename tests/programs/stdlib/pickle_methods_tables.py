# Methods, nested classes, partials, dispatch tables, copyreg registration, fast mode and
# restricted unpicklers.
import pickle, copyreg, io, functools, operator, collections
class Outer:
    class Inner:
        pass
    def meth(self): return 1
    @staticmethod
    def st(): pass
    @classmethod
    def cm(cls): pass
class V:
    def __init__(self, v): self.v = v
def reduce_v(v): return (V, (v.v * 10,))
for proto in range(6):
    print(proto, pickle.dumps(Outer.Inner, proto))
    print(proto, pickle.dumps(Outer.meth, proto))
    print(proto, pickle.dumps(Outer.st, proto))
    try:
        print(proto, pickle.dumps(Outer().meth, proto))
        print(proto, pickle.dumps(Outer.cm, proto))
    except Exception as e: print(type(e).__name__, e)
    print(proto, pickle.dumps([1].append, proto))
    print(proto, pickle.dumps(functools.partial(max, 1), proto))
    print(proto, pickle.dumps(operator.itemgetter(1), proto))
    b = io.BytesIO(); p = pickle.Pickler(b, proto); p.dispatch_table = {V: reduce_v}; p.dump(V(2)); print(b.getvalue(), pickle.loads(b.getvalue()).v)
    b = io.BytesIO(); p = pickle.Pickler(b, proto); p.fast = 1; p.dump([[1], 'a', 'a']); print(b.getvalue())
    print(pickle.loads(pickle.dumps(collections.Counter('aab'), proto)))
    print(pickle.dumps(True, proto), pickle.dumps([True, 1.0, None], proto))
copyreg.pickle(V, reduce_v)
print(pickle.loads(pickle.dumps(V(3))).v)
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name == 'set':
            return set
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))
try:
    Restricted(io.BytesIO(pickle.dumps([V(1)]))).load()
except Exception as e: print(type(e).__name__, e)
print(Restricted(io.BytesIO(pickle.dumps({1}, 3))).load())
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding='bytes'), pickle.loads(b"\x80\x02U\x03abcq\x00."))
print(pickle.loads(b"(dp0\nS'a'\np1\nI1\ns."))
