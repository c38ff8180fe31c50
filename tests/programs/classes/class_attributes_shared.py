class Bad:
    items = []
    def add(self, x):
        self.items.append(x)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
b1, b2 = Bad(), Bad()
b1.add(1); b2.add(2)
print(b1.items, b2.items, Bad.items)
g1, g2 = Good(), Good()
g1.add(1); g2.add(2)
print(g1.items, g2.items)
class Config:
    level = 1
c = Config()
print(c.level)
c.level = 5
print(c.level, Config.level)
del c.level
print(c.level)
Config.level = 9
print(c.level)
class Sub(Config):
    pass
print(Sub.level)
Sub.level = 0
print(Sub.level, Config.level)
