"""Iterator building blocks with the results and errors of CPython's itertools, written as
generator functions (the objects' reprs differ from CPython's).

The combinatoric generators follow the reference implementations in the itertools
documentation, which produce CPython's order exactly.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']


def count(start=0, step=1):
    """Return a count object whose .__next__() method returns consecutive values."""
    if not isinstance(start, (int, float)) and not hasattr(start, '__add__'):
        raise TypeError('a number is required')
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat_times(obj, times):
    for _ in range(times):
        yield obj


def repeat(object, times=None):
    """repeat(object [,times]) -> create an iterator which returns the object for the
    specified number of times.  If not specified, returns the object endlessly."""
    if times is None:
        return _repeat_forever(object)
    return _repeat_times(object, times)


def _accumulate(iterable, func, initial):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._it = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        self = cls()
        self._it = _chain(iterable)
        return self


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""
    return _takewhile(predicate, iter(iterable))


class _Grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._exhausted:
            raise StopIteration
        if not p._has_value:
            p._step()
            if p._exhausted:
                raise StopIteration
        if not (p._currkey == self._tgtkey):
            raise StopIteration
        p._has_value = False
        return p._currvalue


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._has_value = False
        self._exhausted = False
        self._currgrouper = None

    def _step(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._exhausted = True
            return
        self._currvalue = v
        self._currkey = v if self._keyfunc is None else self._keyfunc(v)
        self._has_value = True

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        while True:
            if not self._has_value:
                self._step()
                if self._exhausted:
                    raise StopIteration
            if self._tgtkey is _MARK or not (self._currkey == self._tgtkey):
                break
            self._has_value = False
        self._tgtkey = self._currkey
        grouper = _Grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


_MARK = object()


def _islice_index(value, message):
    if value is None:
        return None
    try:
        v = value.__index__()
    except AttributeError:
        raise ValueError(message)
    return v


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and start >= stop:
        for _ in range(stop):
            try:
                next(it)
            except StopIteration:
                return
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                return
        i += 1


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif len(args) == 2:
        start, stop, step = args[0], args[1], None
    elif len(args) == 3:
        start, stop, step = args
    elif len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    else:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    msg_stop = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    msg_idx = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    if len(args) == 1:
        stop = _islice_index(stop, msg_stop)
        if stop is not None and stop < 0:
            raise ValueError(msg_stop)
    else:
        stop = _islice_index(stop, msg_idx)
        if stop is not None and stop < 0:
            raise ValueError(msg_idx)
    start = _islice_index(start, msg_idx)
    if start is None:
        start = 0
    elif start < 0:
        raise ValueError(msg_idx)
    step = _islice_index(step, 'Step for islice() must be a positive integer or None.')
    if step is None:
        step = 1
    elif step <= 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _Tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _Tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _Tee):
        first = it
    else:
        first = _Tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
    element comes from the i-th iterable argument."""
    return _zip_longest([iter(it) for it in args], fillvalue)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)
