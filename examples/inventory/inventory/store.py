from collections import Counter, defaultdict

from .items import Item


class OutOfStock(Exception):
    def __init__(self, name, wanted, have):
        super().__init__(f"{name}: wanted {wanted}, have {have}")
        self.name = name


class Store:
    def __init__(self):
        self.stock = Counter()
        self.catalog = {}
        self.by_tag = defaultdict(set)

    def add(self, item: Item, count=1):
        self.catalog[item.name] = item
        self.stock[item.name] += count
        for tag in item.tags:
            self.by_tag[tag].add(item.name)
        return self

    def sell(self, name, count=1):
        have = self.stock[name]
        if have < count:
            raise OutOfStock(name, count, have)
        self.stock[name] -= count
        return self.catalog[name].price * count

    def value(self):
        return sum(self.catalog[n].price * c for n, c in self.stock.items())

    def tagged(self, tag):
        return sorted(self.by_tag[tag])
