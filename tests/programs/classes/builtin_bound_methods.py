# Builtin functions bound to an object or a class (by a classmethod) are builtin_function_or_method, not methods: inspect tells them apart.
import inspect
class P:
    def greet(self): pass
p = P()
print(type([].append).__name__, type(P.__init_subclass__).__name__, type(p.greet).__name__, type("".join).__name__)
print([n for n, _ in inspect.getmembers(p, inspect.ismethod)])
print(inspect.isbuiltin(P.__init_subclass__), inspect.isbuiltin([].append), inspect.ismethod([].append))
print(P.__init_subclass__.__self__ is P, P.__init_subclass__.__name__)
class Q(P):
    pass
print(Q.__mro__[1].__name__)
import types
print(isinstance(p.greet, types.MethodType), isinstance([].append, types.BuiltinMethodType))
