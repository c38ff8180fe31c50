"""Class factories: each builds its class here, so the classes belong to this module."""
import enum
import collections
import dataclasses

Point = type("Point", (object,), {"x": 0})
Color = enum.Enum("Color", "RED GREEN BLUE")
Level = enum.IntEnum("Level", [("LOW", 1), ("HIGH", 5)])
Perm = enum.Flag("Perm", "R W X")
Named = enum.Enum("Named", "A B", module="elsewhere")
Pair = collections.namedtuple("Pair", "a b")


def make(name, bases=()):
    return type(name, bases, {})


def make_with_module(name, module):
    return type(name, (), {"__module__": module})


def make_enum(name, members):
    return enum.Enum(name, members)


def make_via_lambda():
    build = lambda n: type(n, (), {"v": 1})
    return build("FromLambda")


def call_with(fn, *args):
    return fn(*args)


class Meta(type):
    pass


def make_with_meta(name):
    return Meta(name, (), {})


def make_data(name):
    return dataclasses.make_dataclass(name, ["a", ("b", int, 3)])


if __name__ == "__main__":
    print(Point.__module__, Color.__module__, make("X").__module__)
