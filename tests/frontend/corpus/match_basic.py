match command:
    case 'quit':
        pass
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case b'bytes':
        pass
    case 'a' 'b':
        pass
    case x:
        pass
match x:
    case _:
        pass
match (x):
    case Color.RED:
        pass
    case mod.Color.GREEN:
        pass
match a, b:
    case 1, 2:
        pass
match *a, b:
    case _:
        pass
match x,:
    case _:
        pass
