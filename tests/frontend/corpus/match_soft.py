match = 1
match.x = 2
match[0] = 3
match(x)
print(match)
case = 4
_ = 5
def match(): pass
match match:
    case case:
        pass
match -x:
    case 1:
        pass
match (x, y):
    case (1, 2):
        pass
match [x]:
    case [1]:
        pass
match {x: 1}:
    case {'a': 1}:
        pass
match not_keyword:
    case _:
        pass
