match p:
    case [x, y]:
        pass
    case [x, *rest]:
        pass
    case [*_, last]:
        pass
    case (a, b):
        pass
    case ():
        pass
    case []:
        pass
    case (x,):
        pass
    case a, *b:
        pass
    case {'k': v}:
        pass
    case {'k': v, **rest}:
        pass
    case {1: _, Color.RED: _}:
        pass
    case {}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
    case mod.Point(x=[a, b]):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2) as n:
        pass
    case {'x': (1 | 2) as n, **kw} if n > kw:
        pass
    case Point(x=x) if x > 0:
        pass
    case str() | bytes():
        pass
    case [Point(x=0), *others] if others:
        pass
    case _:
        pass
