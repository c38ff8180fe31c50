# Instances of user classes, dataclasses, namedtuples, enums and library types: bytes and round
# trips for every protocol.
import pickle, collections, datetime, decimal, fractions, enum, dataclasses


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]

    def __eq__(self, o):
        return type(o) is type(self) and o.__dict__ == self.__dict__


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1

    def __eq__(self, o):
        return type(o) is type(self) and o.x == self.x


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, s):
        self.v = s['v'] // 2

    def __eq__(self, o):
        return type(o) is type(self) and o.v == self.v


class WithReduce:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (WithReduce, (self.v,))

    def __eq__(self, o):
        return type(o) is type(self) and o.v == self.v


class WithReduceEx:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (WithReduceEx, (self.v + proto,))

    def __eq__(self, o):
        return type(o) is type(self)


class NewArgsEx(int):
    def __new__(cls, v, extra=0):
        made = super().__new__(cls, v)
        made.extra = extra
        return made

    def __getnewargs_ex__(self):
        return (int(self),), {'extra': self.extra}


class NewArgs:
    def __new__(cls, a, b):
        made = super().__new__(cls)
        made.ab = (a, b)
        return made

    def __getnewargs__(self):
        return self.ab

    def __eq__(self, o):
        return type(o) is type(self) and o.ab == self.ab


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyStr(str):
    pass


class Outer:
    class Inner:
        def __eq__(self, o):
            return type(o) is type(self)


Point = collections.namedtuple('Point', 'x y')


@dataclasses.dataclass
class DC:
    a: int
    b: str = 'z'


@dataclasses.dataclass(frozen=True)
class Frozen:
    n: int


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Flag(enum.IntFlag):
    A = 1
    B = 2


class Level(enum.IntEnum):
    LOW = 1


def helper():
    pass


ml = MyList([1, 2])
ml.tag = 't'
md = MyDict(a=1)
values = [Plain(), Slotted(), WithState(5), WithReduce(3), WithReduceEx(1), NewArgsEx(7, 3),
          NewArgs(1, 'b'), ml, md, MyStr('hi'), Outer.Inner(), Outer.Inner, Outer, helper,
          Point(1, 2), DC(1), Frozen(4), Color.RED, Color, Flag.A | Flag.B, Level.LOW,
          datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
          datetime.timedelta(1, 2, 3), datetime.time(1, 2, 3), decimal.Decimal('1.25'),
          decimal.Decimal('-0.001'), fractions.Fraction(1, 3), collections.OrderedDict(a=1, b=2),
          collections.defaultdict(list, {'a': [1]}), collections.deque([1, 2, 3]),
          collections.deque([1], maxlen=5), collections.Counter('abca'),
          OSError(2, 'x'), ValueError('bad'), KeyError('k')]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in values:
        try:
            data = pickle.dumps(value, proto)
            print(proto, type(value).__name__, data)
            back = pickle.loads(data)
            if isinstance(value, BaseException):
                print('  ', type(back).__name__, back.args)
            else:
                print('  ', back == value, type(back).__name__, back is value)
            if type(value) in (MyList, NewArgsEx, Plain):
                print('  ', back.__dict__)
        except Exception as e:
            print('ERR', proto, type(value).__name__, type(e).__name__, e)
