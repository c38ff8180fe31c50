def find(items, name):
    for item in items:
        if item["name"] == name:
            return item
users = [{"name": "ann"}, {"name": "bob"}]
print(find(users, "bob"))
print(find(users, "eve").upper())
