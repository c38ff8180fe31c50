orig = {"a": [1, 2], "b": {"c": 3}}
shallow = orig.copy()
shallow["a"].append(3)
shallow["b"] = "replaced"
print(orig, shallow)
def deepcopy(v):
    if isinstance(v, dict):
        return {k: deepcopy(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deepcopy(x) for x in v]
    return v
deep = deepcopy(orig)
deep["a"].append(99)
print(orig, deep)
l = [1, [2, 3]]
l2 = list(l)
l2[1].append(4)
print(l, l2, l[1] is l2[1])
s = {1, 2}
s2 = s.copy()
s2.add(3)
print(sorted(s), sorted(s2))
