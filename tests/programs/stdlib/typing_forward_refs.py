# Strings in subscripts and annotations are ForwardRefs, resolved by get_type_hints at any depth;
# a ForwardRef's text must be an expression, checked before any name is looked up.
import typing
print(typing.List['int'], typing.Optional['X'], typing.Dict[str, 'Node'])
def f(a: typing.List['int']): pass
print(typing.get_type_hints(f))
UserId = typing.NewType('UserId', int)
print(UserId, UserId(5))
print(typing.ForwardRef('int', module='m'), typing.ForwardRef('int') == typing.ForwardRef('int'))
for bad in [1, "1 +", "x y", "List[int", ""]:
    try:
        print(typing.ForwardRef(bad))
    except Exception as e:
        print(type(e).__name__, e)
class Node:
    children: typing.List['Node']
    parent: typing.Optional['Node']
    meta: typing.Dict[str, 'typing.Any']
    tag: 'typing.Annotated[int, "x"]'
    pair: typing.Tuple['int', 'str']
    kind: typing.Literal['leaf', 'branch']
    cv: typing.ClassVar['int']
print(typing.get_type_hints(Node))
print(typing.get_type_hints(Node, include_extras=True)['tag'])
print(typing.Union['A', 'B', None], typing.Literal['a'])
def k(x: "List[int]"): pass
try:
    typing.get_type_hints(k)
except NameError as e:
    print("NameError", e)
def j(x: 'x y'): pass
try:
    typing.get_type_hints(j)
except SyntaxError as e:
    print("SyntaxError", e)
