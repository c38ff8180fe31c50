"""Heap queue algorithm (a.k.a. priority queue).

A heap here is a plain list kept so that every item is no greater than its children: the
children of position p sit at 2*p + 1 and 2*p + 2, and heap[0] is the smallest item. Which
position each item ends up in is visible to programs, so the moves below are the ones CPython's
heapq makes: an item rises by swapping with larger parents; after a removal, the hole at the top
is walked down to a leaf along the smaller child (the right one on ties), refilled with the new
item, which then rises as far as it must.

The list operations at the top are replaced by the native ``_heapq`` accelerator when it is
present; these definitions are the fallback and document the algorithm.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']


def _less(a, b):
    return a < b


def _greater(a, b):
    return b < a


# ---------------------------------------------------------------------------------------------
# The two moves, for any ordering `before` (_less for min-heaps, _greater for max-heaps).

def _rise(heap, top, pos, before):
    """Move heap[pos] towards `top` past every parent it comes before."""
    moving = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if not before(moving, heap[parent]):
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = moving


def _fill_from(heap, pos, before):
    """Re-establish the heap below `pos`, whose item may be out of place: walk the gap down to a
    leaf through the preferred child at each level, then let the item rise back from there."""
    size = len(heap)
    moving = heap[pos]
    origin = pos
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        # The right child is taken unless the left one strictly comes first.
        if sibling < size and not before(heap[child], heap[sibling]):
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = moving
    _rise(heap, origin, pos, before)


# The names CPython's module uses for the two moves.

def _siftdown(heap, startpos, pos):
    _rise(heap, startpos, pos, _less)


def _siftup(heap, pos):
    _fill_from(heap, pos, _less)


def _siftdown_max(heap, startpos, pos):
    _rise(heap, startpos, pos, _greater)


def _siftup_max(heap, pos):
    _fill_from(heap, pos, _greater)


# ---------------------------------------------------------------------------------------------
# Operations on a list kept as a heap

def _take_top(heap, before):
    last = heap.pop()    # IndexError on an empty heap
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _fill_from(heap, 0, before)
    return smallest


def _swap_top(heap, item, before):
    smallest = heap[0]    # IndexError on an empty heap
    heap[0] = item
    _fill_from(heap, 0, before)
    return smallest


def _arrange(heap, before):
    # Leaves are heaps already; settle each inner node, deepest first.
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _fill_from(heap, pos, before)


def heappush(heap, item):
    """Add `item` to the heap, keeping it a heap."""
    heap.append(item)
    _rise(heap, 0, len(heap) - 1, _less)


def heappop(heap):
    """Remove and return the smallest item; IndexError if the heap is empty."""
    return _take_top(heap, _less)


def heapreplace(heap, item):
    """Swap the smallest item for `item` in one step and return it; the heap must not be
    empty. The returned item may be larger than `item`."""
    return _swap_top(heap, item, _less)


def heappushpop(heap, item):
    """Add `item`, then remove and return the smallest item: cheaper than the two calls."""
    if heap and heap[0] < item:
        return _swap_top(heap, item, _less)
    # The new item would come straight back out.
    return item


def heapify(x):
    """Rearrange the list x into a heap, in place, in linear time."""
    _arrange(x, _less)


def _heappop_max(heap):
    """heappop for a heap kept largest-first."""
    return _take_top(heap, _greater)


def _heapreplace_max(heap, item):
    """heapreplace for a heap kept largest-first."""
    return _swap_top(heap, item, _greater)


def _heapify_max(x):
    """heapify into largest-first order."""
    _arrange(x, _greater)


# ---------------------------------------------------------------------------------------------
# merge, nsmallest, nlargest

def merge(*iterables, key=None, reverse=False):
    """Lazily merge inputs that are each sorted already (by `key`, descending if `reverse`)
    into one sorted stream; equal items come out in input order."""
    # One heap entry per input that still has items: [sort key, rank, current item, its
    # iterator]. The rank (input number, negated when merging in reverse) breaks ties in favour
    # of the earlier input, so the current items themselves are never compared.
    streams = []
    for number, iterable in enumerate(iterables):
        stream = iter(iterable)
        for first in stream:
            rank = -number if reverse else number
            streams.append([first if key is None else key(first), rank, first, stream])
            break
    if reverse:
        _heapify_max(streams)
        drop_top, swap_top = _heappop_max, _heapreplace_max
    else:
        heapify(streams)
        drop_top, swap_top = heappop, heapreplace
    while len(streams) > 1:
        entry = streams[0]
        yield entry[2]
        stream = entry[3]
        for following in stream:
            entry[0] = following if key is None else key(following)
            entry[2] = following
            swap_top(streams, entry)
            break
        else:
            drop_top(streams)
    if streams:
        # A single input is left: the rest of it follows as it comes, keys no longer needed.
        last = streams[0]
        yield last[2]
        yield from last[3]


def _extreme_one(iterable, key, largest):
    # With room for one item, a single min or max pass does the job.
    nothing = object()
    pick = max if largest else min
    found = pick(iter(iterable), default=nothing, key=key)
    return [] if found is nothing else [found]


def _bounded_selection(n, iterable, key, largest):
    """The n extreme items through a heap that never holds more than n entries.

    The heap keeps the current winners with the weakest of them on top (a max-heap for
    nsmallest, a min-heap for nlargest), so each later item is compared with that one entry
    only. Entries are (item, arrival) or (key, arrival, item): the arrival number, counting up
    for nsmallest and down for nlargest, settles equal keys in favour of the earlier item, so
    with a key the items themselves are never compared."""
    source = iter(iterable)
    # The range comes first in zip so that no item past the first n is pulled from the source.
    if largest:
        step, arrival = -1, -n
        arrivals = range(0, arrival, step)
    else:
        step, arrival = 1, n
        arrivals = range(arrival)
    if key is None:
        kept = [(item, arrival) for arrival, item in zip(arrivals, source)]
    else:
        kept = [(key(item), arrival, item) for arrival, item in zip(arrivals, source)]
    if not kept:
        return kept
    if largest:
        heapify(kept)
        displace = heapreplace
    else:
        _heapify_max(kept)
        displace = _heapreplace_max
    weakest = kept[0][0]
    for item in source:
        rank = item if key is None else key(item)
        if (weakest < rank) if largest else (rank < weakest):
            displace(kept, (rank, arrival) if key is None else (rank, arrival, item))
            weakest = kept[0][0]
            arrival += step
    kept.sort(reverse=largest)
    return [entry[0] for entry in kept] if key is None else [entry[2] for entry in kept]


def _known_length(iterable):
    """len(iterable), or None for an input without one (an iterator, a generator)."""
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def _select(n, iterable, key, largest):
    if n == 1:
        return _extreme_one(iterable, key, largest)
    length = _known_length(iterable)
    if length is not None and n >= length:
        # Everything is kept, so sorting it all costs no more than the heap would.
        return sorted(iterable, key=key, reverse=largest)[:n]
    return _bounded_selection(n, iterable, key, largest)


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n] would give them."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n]
    would give them."""
    return _select(n, iterable, key, True)


# Swap in the accelerator's list operations (imported by name, since a star import from a
# native module binds nothing at compile time). merge picks them up through the module globals.
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
    from _heapq import _heapreplace_max, _heapify_max, _heappop_max
except ImportError:
    pass
