def todo():
    pass
def todo2():
    ...
print(todo(), todo2())
class Empty:
    pass
print(type(Empty()).__name__)
for _ in range(3):
    pass
if True:
    pass
else:
    pass
print(..., Ellipsis is ..., type(...).__name__)
x = [...]
print(x)
