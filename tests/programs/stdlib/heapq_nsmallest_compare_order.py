# heapq.nsmallest / nlargest: which comparisons are made, in which order, and on what.
import heapq

log = []


class Item:
    def __init__(self, rank, label):
        self.rank, self.label = rank, label

    def __lt__(self, other):
        log.append(f'{self.label}<{other.label}')
        return self.rank < other.rank

    def __eq__(self, other):
        log.append(f'{self.label}={other.label}')
        return self.rank == other.rank

    __hash__ = None

    def __repr__(self):
        return self.label


print(heapq.nsmallest(2, [Item(2, 'x'), Item(1, 'y'), Item(3, 'z')]), log)
log.clear()
print(heapq.nlargest(2, [Item(2, 'x'), Item(1, 'y'), Item(3, 'z')]), log)
log.clear()

state = 2024


def draw(limit):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit


def folded(item):
    return Item(item.rank % 4, item.label.upper())


for trial in range(120):
    size = draw(12)
    items = [Item(draw(6), f't{i}') for i in range(size)]
    n = draw(size + 3) - 1
    for select in (heapq.nsmallest, heapq.nlargest):
        for mode in range(4):
            log.clear()
            source = items if mode % 2 == 0 else iter(items)
            key = None if mode < 2 else folded
            try:
                picked = select(n, source, key=key)
                print(select.__name__[1:4], n, mode, picked, len(log), ' '.join(log))
            except Exception as e:
                print(type(e).__name__, e)

# Only the first n items are pulled from an iterator before the heap fills.
numbers = iter(range(10))
print(heapq.nsmallest(3, numbers), list(numbers))
numbers = iter(range(5))
print(heapq.nsmallest(0, numbers), list(numbers))
numbers = iter(range(5))
print(heapq.nlargest(-1, numbers), list(numbers))
print(heapq.nlargest(1, []), heapq.nsmallest(1, iter([])), heapq.nsmallest(2, []), heapq.nlargest(3, iter([])))
print(heapq.nlargest(2, range(10 ** 6)), heapq.nsmallest(3, (x * 7 % 1000 for x in range(10 ** 5))))
print(heapq.nsmallest(3, ['b', 'a', 'c', 'a']), heapq.nlargest(3, 'hello world'),
      heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]),
      heapq.nlargest(2, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
for bad in [2.0, None, 'a', 2.5]:
    for select in (heapq.nsmallest, heapq.nlargest):
        for source in (lambda: [3, 1, 2], lambda: iter([3, 1, 2])):
            try:
                print(select(bad, source()))
            except Exception as e:
                print(type(e).__name__, e)
