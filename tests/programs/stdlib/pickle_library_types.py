# Library types (datetime with time zones, uuid, paths, namespaces, enums of every kind,
# dataclasses with slots, typing.NamedTuple) through every protocol.
import pickle, datetime, uuid, pathlib, decimal, fractions, collections, enum, types, ipaddress, re, array, functools, string
class S(enum.StrEnum):
    A = 'a'
class Status(enum.Flag):
    X = 1
    Y = 2
vals = [datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=2), 'X'),
        datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), uuid.UUID(int=5),
        pathlib.PurePosixPath('/a/b'), pathlib.Path('x/y'), decimal.Decimal('NaN'), S.A, Status.X | Status.Y,
        collections.ChainMap({'a': 1}), collections.UserDict(a=1), collections.UserList([1]),
        types.SimpleNamespace(a=1), ipaddress.ip_address('1.2.3.4'),
        functools.partial(int, base=2), datetime.date.max, string.Template('$a'),
        frozenset(), ..., range(0), slice(None), 3+4j, float('nan')]
for proto in (0, 2, 4):
    for v in vals:
        try:
            d = pickle.dumps(v, proto)
            print(proto, type(v).__name__, d)
            r = pickle.loads(d)
            print('  ', r == v or repr(r) == repr(v))
        except Exception as e:
            print('ERR', proto, type(v).__name__, type(e).__name__, e)


import dataclasses, typing
@dataclasses.dataclass(slots=True)
class SD:
    a: int
    b: list
@dataclasses.dataclass(frozen=True, slots=True)
class FSD:
    a: int
class NT(typing.NamedTuple):
    x: int
    y: str = 'q'
class Level(enum.IntEnum):
    LOW = 1
class Mode(str, enum.Enum):
    R = 'r'
for proto in range(6):
    for v in (SD(1, [2]), FSD(3), NT(1), {Level.LOW: Mode.R}, [Mode.R, Mode.R]):
        try:
            d = pickle.dumps(v, proto); print(proto, d); print('  ', pickle.loads(d) == v)
        except Exception as e: print('ERR', type(e).__name__, e)
