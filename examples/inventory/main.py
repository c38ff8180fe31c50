"""A program of several modules: run it with python3, or compile it with memphisc."""

from inventory import Item, Perishable, Store, OutOfStock
from inventory.report import report

store = Store()
store.add(Item("hammer", 12.5, ["tools"]), 3)
store.add(Item("nails", 0.05, ["tools", "small"]), 500)
store.add(Perishable("milk", 1.25, ["food"], days_left=3), 10)
store.add(Perishable("bread", 2.0, ["food"]), 4)

print(report(store))
print("food:", store.tagged("food"))
print("sold", store.sell("milk", 4))
try:
    store.sell("hammer", 5)
except OutOfStock as e:
    print("refused:", e, "|", e.name)
cheapest = min(store.catalog.values(), key=lambda i: i.price)
print(max(Item("a", 1.0), Item("b", 0.5)), cheapest.label())
