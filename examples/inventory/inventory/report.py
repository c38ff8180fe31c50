def report(store):
    lines = []
    for item in sorted(store.catalog.values(), key=lambda i: (i.price, i.name)):
        lines.append(f"{item.label():<40} x{store.stock[item.name]}")
    lines.append(f"{'total value':<40} {store.value():10.2f}")
    return "\n".join(lines)
