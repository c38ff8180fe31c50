inventory = {
    "fruits": {"apple": {"qty": 5, "price": 0.5}, "kiwi": {"qty": 0, "price": 0.25}},
    "veg": {"leek": {"qty": 2, "price": 1.2}},
}
for cat, items in inventory.items():
    total = sum(i["qty"] * i["price"] for i in items.values())
    print(cat, len(items), round(total, 2))
in_stock = [name for items in inventory.values() for name, i in items.items() if i["qty"] > 0]
print(in_stock)
inventory["veg"]["kale"] = {"qty": 1, "price": 2.0}
print(inventory["veg"])
print(sorted((i["price"], n) for items in inventory.values() for n, i in items.items()))
tree = [1, [2, [3, [4, [5]]]]]
def depth(t):
    return 1 + max((depth(x) for x in t if isinstance(x, list)), default=0)
def flatten(t):
    for x in t:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(depth(tree), list(flatten(tree)))
print(inventory.get("meat", {}).get("beef", "none"))
