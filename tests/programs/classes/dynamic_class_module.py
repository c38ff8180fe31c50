# A class made at run time (type(name, bases, ns), the Enum functional API, __build_class__)
# without a __module__ in its namespace belongs to the module of the code that made it.
import ast
import dataclasses
import enum
import dynmod
from dynmod import maker


def short(obj):
    return repr(obj).split(" at ")[0]


print(dynmod.Top.__module__, dynmod.Shade.__module__)
print(maker.Point.__module__, short(maker.Point()), maker.Point)
for cls in (maker.Color, maker.Level, maker.Perm, maker.Named, maker.Pair):
    print(cls.__name__, cls.__module__, cls.__qualname__)
print(repr(maker.Color.RED), maker.Level.HIGH, maker.Perm.R | maker.Perm.W)

# Made in the helper, called from here: the helper's module.
names = ["A%d" % i for i in range(6)]
for n in names:
    c = maker.make(n)
    print(c, c.__module__, short(c()))
sub = maker.make("Sub", (maker.Point,))
print(sub, sub.__module__, sub.x, [k.__module__ for k in sub.__mro__])
print(maker.make_with_module("Given", "somewhere"))
print(maker.make_with_module("Given2", "dynmod.maker").__module__)
print(maker.make_enum("Mood", "HAPPY SAD").__module__)
print(maker.make_via_lambda(), maker.make_via_lambda().__module__)
print(maker.make_with_meta("WithMeta"), type(maker.make_with_meta("M2")))

# Made here through a helper that merely calls our function: this module.
print(maker.call_with(type, "Direct", (), {}))
print(maker.call_with(lambda n: type(n, (), {}), "ViaOurLambda"))
print(maker.call_with(enum.Enum, "Ours", "P Q").__module__)

# Made here.
Local = type("Local", (), {})
print(Local, Local.__module__, short(Local()))
LocalEnum = enum.Enum("LocalEnum", {"ONE": 1, "TWO": 2})
print(LocalEnum.__module__, list(LocalEnum))
print(enum.IntFlag("Bits", "A B C").__module__)


def inner():
    return type("Inner", (), {})


print(inner(), inner().__module__)

# dataclasses.make_dataclass builds through types.new_class.
D = dataclasses.make_dataclass("D", ["a", ("b", int, 3)])
print(D.__module__, D(1), maker.make_data("E").__module__, maker.make_data("E")(5))
import types
print(types.new_class("NC").__module__, types.new_class("NC2", (maker.Point,)).__module__)

# Library classes made with type() name their module in reprs and errors.
for src in ["1 + 2", "a", "[1, f()]", "{1: x}", "-'s'", "(1).real", "lambda: 0"]:
    try:
        print(ast.literal_eval(src))
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
for node_name in ["BinOp", "Name", "Call", "Constant", "UnaryOp", "Attribute"]:
    print(getattr(ast, node_name).__module__)

# Called from builtins (map, sorted's key, a generator) several runtime frames below this module.
print([c.__module__ for c in map(type, ["M1", "M2"], [(), ()], [{}, {}])])
print([c.__module__ for c in map(maker.make, ["M3", "M4"])])
print(sorted(["S2", "S1"], key=lambda n: type(n, (), {}).__name__))
print(list(type(n, (), {}).__module__ for n in ["G1", "G2"]))
print({n: type(n, (), {}).__module__ for n in ["K1"]})


def nested(depth, make):
    return make() if depth == 0 else nested(depth - 1, make)


print(nested(40, lambda: type("Deep", (), {})).__module__)
print(nested(40, lambda: maker.make("DeepThere")).__module__)
