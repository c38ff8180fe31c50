# Classes are hashable by identity (their metaclass's __hash__), whatever __hash__ their instances
# have: unhashable builtins (list, dict, set), classes with __eq__ and no __hash__, and a metaclass
# that defines its own __hash__ or makes its classes unhashable.
class Eq:
    def __eq__(self, other):
        return True


print(hash(list) == hash(list), hash(Eq) == hash(Eq), hash(list) != hash(dict))
kinds = {list: "list", dict: "dict", set: "set", bytearray: "bytearray", Eq: "Eq", int: "int"}
print([kinds[k] for k in (int, Eq, bytearray, set, dict, list)])
print({list, dict, int} == {int, dict, list}, len({list, list, Eq, Eq}))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash(Eq())
except TypeError as e:
    print(e)


class Meta(type):
    def __hash__(cls):
        return 42


class WithMeta(metaclass=Meta):
    pass


print(hash(WithMeta), {WithMeta: 1}[WithMeta])


class EqMeta(type):
    def __eq__(cls, other):
        return cls is other


class Unhashable(metaclass=EqMeta):
    pass


try:
    hash(Unhashable)
except TypeError as e:
    print(e)
