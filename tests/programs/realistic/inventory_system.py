class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"
class OutOfStock(Exception):
    pass
class Inventory:
    def __init__(self):
        self.items = {}
        self.events = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.events.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(f"{item.name}: requested {qty}, have {item.qty}")
        item.qty -= qty
        self.events.append(("remove", sku, qty))
    def low_stock(self, threshold=5):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: i.qty)
    def total_value(self):
        return round(sum(i.value for i in self.items.values()), 2)
    def __iter__(self):
        return iter(sorted(self.items.values(), key=lambda i: i.sku))
    def __len__(self):
        return len(self.items)
inv = Inventory()
for args in [("A1", "bolt", 0.1, 500), ("B2", "nut", 0.05, 800), ("C3", "gear", 12.5, 4), ("A1", "bolt", 0.1, 100), ("D4", "motor", 99.99, 2)]:
    inv.add(Item(*args))
print(len(inv), inv.total_value())
for sku, qty in [("A1", 50), ("C3", 10), ("Z9", 1), ("D4", 2)]:
    try:
        inv.remove(sku, qty)
        print("removed", qty, "of", sku)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
for item in inv:
    print(f"{item.sku} {item.name:<6} {item.qty:>4} x {item.price:>6.2f} = {item.value:>8.2f}")
print(inv.low_stock())
print(inv.events)
print(inv.total_value())
