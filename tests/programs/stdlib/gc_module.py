# The gc module's interface: flags, thresholds, collect() and its callbacks, and the queries.
import gc


def attempt(label, fn, *args):
    try:
        print(label, '->', fn(*args))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.garbage, gc.callbacks)
print(len(gc.get_count()), all(type(n) is int for n in gc.get_count()))
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
for bad in [-1, 3, 99, 'x', 1.5, None]:
    attempt(f'collect({bad!r})', gc.collect, bad)


class Node:
    def __init__(self):
        self.other = None


# A reference cycle: collecting leaves nothing in gc.garbage.
a, b = Node(), Node()
a.other, b.other = b, a
del a, b
gc.collect()
print('garbage after cycle', gc.garbage)

samples = [1, -5, 2 ** 80, 'a', '', None, True, 1.5, 2j, b'x', [], [1], {}, {'a': 1}, {'a': []},
           {1: 'x', 'y': 2.5}, {(): 1}, set(), frozenset(), lambda: 0, type, int, Node, Node(),
           bytearray(b"q"), [[]], range(3), (), Ellipsis, {'k': {'n': 1}}]
for value in samples:
    print(repr(value)[:24].ljust(26), gc.is_tracked(value))

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats][0])
print(sorted(n for n in dir(gc) if not n.startswith('_')))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
attempt('set_threshold()', gc.set_threshold)
attempt('set_threshold(1, 2, 3, 4)', gc.set_threshold, 1, 2, 3, 4)
attempt('set_threshold("a")', gc.set_threshold, 'a')
gc.set_threshold(5)
print(gc.get_threshold())
gc.set_threshold(100, 20)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())

print(gc.get_referents([1, 2], (3, 4), {'a': 5, 'b': 6}))
print(gc.get_referents(), gc.get_referents(7, 'x'))
attempt('get_objects(5)', gc.get_objects, 5)
attempt('get_objects(3)', gc.get_objects, 3)
print(type(gc.get_objects()).__name__, type(gc.get_referrers(samples)).__name__)
print(gc.is_finalized(3), gc.is_finalized(Node()))

events = []


def callback(phase, info):
    events.append((phase, sorted(info.items())))


gc.callbacks.append(callback)
gc.collect(1)
gc.collect(0)
gc.callbacks.remove(callback)
print(events[0], events[1])
print(events[-2][0], dict(events[-2][1])['generation'], events[-1][0])
print(len(events) >= 4)

gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.freeze()
print(type(gc.get_freeze_count()).__name__)
gc.unfreeze()
print(gc.get_freeze_count())
