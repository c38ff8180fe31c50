# namedtuple constructors called with the wrong number of arguments, for every field count and
# number of defaults up to a few, compared message by message.
from collections import namedtuple


def attempt(make, *args, **kwargs):
    try:
        print('ok', make(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


names = ['a', 'b', 'c', 'd']
for nfields in range(0, 5):
    for ndefaults in range(0, nfields + 1):
        defaults = list(range(100, 100 + ndefaults))
        T = namedtuple('T%d_%d' % (nfields, ndefaults), names[:nfields], defaults=defaults)
        print('--', T.__name__, T._field_defaults)
        for given in range(0, nfields + 3):
            attempt(T, *range(given))
        if nfields:
            attempt(T, *range(nfields + 1), **{names[0]: 9})
            attempt(T, nope=1)

P = namedtuple('P', 'x y', defaults=[0])
attempt(P, 1, 2, 3)
E = namedtuple('E', '')
attempt(E, 1)
attempt(E._make, [1])
attempt(P._make, [1, 2, 3])
Q = namedtuple('Q', 'x y z', defaults=[1, 2])
attempt(Q, 1, 2, 3, 4, w=5)
attempt(Q, 1, 2, 3, 4, z=5, w=6)
attempt(Q, 1, w=5, x=2)
attempt(Q, y=1)
attempt(Q, 1, 2, 3, 4, 5)
