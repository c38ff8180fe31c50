# Names a class namespace holds before its body runs (__module__, __qualname__, and
# __annotations__ when the body annotates), read and changed from inside the body.
print(__name__)


class Outer:
    print('body of', __qualname__, 'in', __module__)

    class Inner:
        print('body of', __qualname__, 'in', __module__)

        class Deepest:
            label = __qualname__.upper()

    x: int = 1
    print(__annotations__)
    __annotations__['extra'] = str
    y: 'float'
    print(sorted(__annotations__))
    count = len(__annotations__)


print(Outer.__annotations__, Outer.count)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.label)


def factory(tag):
    class Local:
        before = __qualname__
        __qualname__ = 'Local_' + tag
        after = __qualname__
        where = __module__
    return Local


for tag in ('a', 'bb', 'ccc'):
    made = factory(tag)
    print(made.__qualname__, made.before, made.after, made.where, made.__name__)


class Renamed:
    __module__ = 'elsewhere'
    print(__module__)


print(Renamed.__module__, repr(Renamed)[:25])


class Fields:
    a: int
    b: str = 'b'
    seen = dict(__annotations__)
    c: list
    del __annotations__['a']


print(Fields.seen, Fields.__annotations__)


class Replaced:
    p: int
    __annotations__ = {'manual': bytes}
    q: float


print(Replaced.__annotations__)


class Conditional:
    if len(__qualname__) > 3:
        big: int = 5
    else:
        small: int = 6
    names = list(__annotations__)


print(Conditional.names, Conditional.__annotations__)

# many nested classes: each body sees its own qualified name
depth_names = []


def nest(level, prefix):
    if level == 0:
        return

    class Node:
        depth_names.append((level, __qualname__, __module__))
    nest(level - 1, prefix + '.')


nest(4, '')
for entry in depth_names:
    print(entry)
