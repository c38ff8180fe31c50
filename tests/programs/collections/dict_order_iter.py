d = {}
for k in ["banana", "apple", "cherry", "apple", "date"]:
    d[k] = d.get(k, 0) + 1
print(d)
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}", end="; ")
print()
del d["banana"]
d["banana"] = 9
print(list(d))
print(sorted(d), sorted(d, key=d.get), sorted(d.items(), key=lambda kv: -kv[1]))
print(list(reversed(d)), list(reversed(d.values())))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "apple" in d.keys(), 9 in d.values(), ("date", 1) in d.items())
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
ks = d.keys()
d["late"] = 0
print(list(ks))
print({k: v for k, v in sorted(d.items())})
print(max(d, key=lambda k: d[k]), min(d.values()))
