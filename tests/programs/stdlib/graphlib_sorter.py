# graphlib: static_order and the prepare/get_ready/done protocol in CPython's order, cycles, misuse.
from graphlib import TopologicalSorter, CycleError
import random
graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(5); ts.add(2, 0)
print(list(ts.static_order()))
ts = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    ts.prepare()
except CycleError as e:
    print(type(e).__name__, e.args, isinstance(e, ValueError))
for seed in range(6):
    rnd = random.Random(seed)
    nodes = list(range(12))
    g = {n: rnd.sample(nodes[:n], rnd.randint(0, min(n, 3))) for n in nodes}
    if seed % 2:
        g[0] = [11]
    try:
        print(seed, list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print(seed, "cycle", e.args[1])
ts = TopologicalSorter({"x": ["y"], "z": ["y"]})
try:
    ts.get_ready()
except ValueError as e:
    print(e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print(e)
try:
    ts.add("q")
except ValueError as e:
    print(e)
print(ts.is_active(), bool(ts))
r = ts.get_ready(); print(r)
for bad in ["x", "nope"]:
    try:
        ts.done(bad)
    except ValueError as e:
        print(e)
ts.done(*r)
try:
    ts.done("y")
except ValueError as e:
    print(e)
r = ts.get_ready(); print(sorted(r), ts.is_active())
ts.done(*r)
print(ts.is_active(), ts.get_ready())
print(TopologicalSorter[int])
