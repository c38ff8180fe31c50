"""Iterator building blocks with the types, reprs, results and errors of CPython's itertools.

Each iterator is a class named, and repr'd, as CPython's C type (`itertools.count`,
`count(5)`, `repeat('a', 3)`, `itertools._grouper`), whose `__next__` steps the state machine of
Modules/itertoolsmodule.c. The classes pull from their inputs with `next(it, _MARK)` and end with
a bare `raise StopIteration`: a loop over them then ends without a throw (the compiler turns that
raise into a return for loops), and an input that ends raises nothing either, which makes them
faster here than generator functions.
"""

_MARK = object()
_MAXSIZE = 9223372036854775807


def _index_or_none(value):
    """value.__index__() as int, or None when value has no __index__ or it fails (islice)."""
    if type(value) is int:
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        return None
    try:
        return index(value)
    except Exception:
        return None


def _islice_arg(value):
    """PyNumber_AsSsize_t with the error cleared: -1 where it fails, as islice() reads it."""
    v = _index_or_none(value)
    if v is None or v > _MAXSIZE or v < -_MAXSIZE - 1:
        return -1
    return v


def _ssize(value):
    """The "n" argument format: an index that fits a C ssize_t, or CPython's TypeError or
    OverflowError."""
    if type(value) is not int:
        try:
            index = type(value).__index__
        except AttributeError:
            raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
        value = index(value)
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def _required_args(func, names, args, kwargs):
    """Bind the positional-or-keyword parameters `names`, all required, the way C functions
    with generated argument parsing do, with their TypeError messages."""
    given = len(args) + len(kwargs)
    if given > len(names):
        raise TypeError(f'{func}() takes at most {len(names)} arguments ({given} given)')
    values = list(args)
    for pos in range(len(args), len(names)):
        name = names[pos]
        if name not in kwargs:
            raise TypeError(f"{func}() missing required argument '{name}' (pos {pos + 1})")
        values.append(kwargs[name])
    return values


def _is_number(value):
    """PyNumber_Check: the value converts to an int, float or complex."""
    if isinstance(value, (int, float, complex)):
        return True
    t = type(value)
    return (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')
            or hasattr(t, '__complex__'))


class count:
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step"""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        # CPython's fast mode (an int start, an int step of 1) counts in a C integer, so an
        # int subclass or bool start comes back as plain ints.
        if type(start) is not int and isinstance(start, int) and isinstance(step, int) and step == 1:
            start = int(start)
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        self._cnt = cnt + self._step
        return cnt

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and int(step) == 1:
            return f'{type(self).__name__}({self._cnt!r})'
        return f'{type(self).__name__}({self._cnt!r}, {step!r})'


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is not None:
            item = next(it, _MARK)
            if item is not _MARK:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        index = self._index
        item = saved[index]
        index += 1
        self._index = 0 if index >= len(saved) else index
        return item


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=_MARK):
        self._element = object
        if times is _MARK:
            self._cnt = -1
        else:
            times = _ssize(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        cnt = self._cnt
        if cnt == 0:
            raise StopIteration
        if cnt > 0:
            self._cnt = cnt - 1
        return self._element

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return f'{type(self).__name__}({self._element!r})'
        return f'{type(self).__name__}({self._element!r}, {self._cnt})'


class accumulate:
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _MARK

    def __iter__(self):
        return self

    def __next__(self):
        initial = self._initial
        if initial is not None:
            self._total = initial
            self._initial = None
            return initial
        value = next(self._it, _MARK)
        if value is _MARK:
            raise StopIteration
        total = self._total
        if total is _MARK:
            total = value
        elif self._func is None:
            total = total + value
        else:
            total = self._func(total, value)
        self._total = total
        return total


class chain:
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                source = self._source
                if source is None:
                    raise StopIteration
                iterable = next(source, _MARK)
                if iterable is _MARK:
                    self._source = None
                    raise StopIteration
                active = iter(iterable)
                self._active = active
            item = next(active, _MARK)
            if item is not _MARK:
                return item
            self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """Alternative chain() constructor taking a single iterable argument that evaluates
        lazily."""
        self = cls()
        self._source = iter(iterable)
        return self


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements."""

    def __init__(self, *args, **kwargs):
        data, selectors = _required_args('compress', ('data', 'selectors'), args, kwargs)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        selectors = self._selectors
        while True:
            datum = next(data, _MARK)
            if datum is _MARK:
                raise StopIteration
            selector = next(selectors, _MARK)
            if selector is _MARK:
                raise StopIteration
            if selector:
                return datum


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._dropped = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        while True:
            item = next(it, _MARK)
            if item is _MARK:
                raise StopIteration
            if self._dropped:
                return item
            if not self._func(item):
                self._dropped = True
                return item


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""

    def __init__(self, predicate, iterable, /):
        self._func = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        item = next(self._it, _MARK)
        if item is _MARK:
            raise StopIteration
        if self._func(item):
            return item
        self._stop = True
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""

    def __init__(self, function, iterable, /):
        self._func = None if function is bool else function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        func = self._func
        while True:
            item = next(it, _MARK)
            if item is _MARK:
                raise StopIteration
            if func is None:
                if not item:
                    return item
            elif not func(item):
                return item


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _MARK:
            if not gb._step():
                raise StopIteration
        tgtkey = self._tgtkey
        currkey = gb._currkey
        # PyObject_RichCompareBool: identity first, then ==.
        if tgtkey is not currkey and not (tgtkey == currkey):
            raise StopIteration
        value = gb._currvalue
        gb._currvalue = _MARK
        gb._currkey = _MARK
        return value


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _MARK
        self._currkey = _MARK
        self._currvalue = _MARK
        self._currgrouper = None

    def _step(self):
        """Read the next value and its key; False at the end of the input."""
        value = next(self._it, _MARK)
        if value is _MARK:
            return False
        keyfunc = self._keyfunc
        key = value if keyfunc is None else keyfunc(value)
        self._currvalue = value
        self._currkey = key
        return True

    def __iter__(self):
        return self

    def __next__(self):
        self._currgrouper = None
        # Skip what is left of the current group.
        while True:
            currkey = self._currkey
            if currkey is not _MARK:
                tgtkey = self._tgtkey
                if tgtkey is _MARK or (tgtkey is not currkey and not (tgtkey == currkey)):
                    break
            if not self._step():
                raise StopIteration
        self._tgtkey = currkey
        grouper = _grouper(self, currkey)
        self._currgrouper = grouper
        return (currkey, grouper)


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 0')
        iterable = args[0]
        args = args[1:]
        nargs = len(args)
        if nargs == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if nargs > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {nargs + 1}')
        start = 0
        stop = -1
        step = 1
        if nargs == 1:
            if args[0] is not None:
                stop = _islice_arg(args[0])
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        else:
            if args[0] is not None:
                start = _islice_arg(args[0])
            if args[1] is not None:
                stop = _islice_arg(args[1])
                if stop == -1:
                    raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if start < 0 or stop < -1:
            raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if nargs == 3 and args[2] is not None:
            step = _islice_arg(args[2])
        if step < 1:
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        cnt = self._cnt
        nexti = self._next
        while cnt < nexti:
            if next(it, _MARK) is _MARK:
                self._it = None
                raise StopIteration
            cnt += 1
        if stop != -1 and cnt >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _MARK)
        if item is _MARK:
            self._it = None
            raise StopIteration
        self._cnt = cnt + 1
        nexti += self._step
        if stop != -1 and nexti > stop:
            nexti = stop
        self._next = nexti
        return item


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._old = _MARK

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _MARK:
            old = next(it, _MARK)
            if old is _MARK:
                self._it = None
                raise StopIteration
            self._old = old
        new = next(it, _MARK)
        if new is _MARK:
            self._it = None
            self._old = _MARK
            raise StopIteration
        self._old = new
        return (old, new)


class starmap:
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    def __init__(self, function, iterable, /):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it, _MARK)
        if args is _MARK:
            raise StopIteration
        if type(args) is not tuple:
            args = tuple(args)
        # A call with *args costs several times a direct one here: spell out the usual sizes.
        func = self._func
        n = len(args)
        if n == 2:
            return func(args[0], args[1])
        if n == 1:
            return func(args[0])
        if n == 3:
            return func(args[0], args[1], args[2])
        return func(*args)


# tee buffers the values its iterators share in blocks of this many, as CPython does.
_LINKCELLS = 57


class _tee_dataobject:
    def __init__(self, it):
        self._it = it
        self._values = []
        self._nextlink = None
        self._running = False

    def _read(self):
        """The next value of the shared iterator, kept for the other tees; _MARK at its end."""
        if self._running:
            raise RuntimeError('cannot re-enter the tee iterator')
        self._running = True
        try:
            value = next(self._it, _MARK)
        finally:
            self._running = False
        if value is not _MARK:
            self._values.append(value)
        return value


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable, /):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._data = it._data
            self._index = it._index
        else:
            self._data = _tee_dataobject(it)
            self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        index = self._index
        if index >= _LINKCELLS:
            link = data._nextlink
            if link is None:
                link = _tee_dataobject(data._it)
                data._nextlink = link
            data = self._data = link
            index = 0
        values = data._values
        if index < len(values):
            self._index = index + 1
            return values[index]
        value = data._read()
        if value is _MARK:
            raise StopIteration
        self._index = index + 1
        return value

    def __copy__(self):
        copy = _tee.__new__(_tee)
        copy._data = self._data
        copy._index = self._index
        return copy


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _ssize(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = it if hasattr(it, '__copy__') else _tee(it)
    copy = copyable.__copy__
    result = [copyable]
    for _ in range(n - 1):
        result.append(copy())
    return tuple(result)


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument."""

    def __init__(self, *args, fillvalue=None):
        self._iterators = [iter(it) for it in args]
        self._numactive = len(args)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._numactive == 0:
            raise StopIteration
        fillvalue = self._fillvalue
        result = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                result.append(fillvalue)
                continue
            item = next(it, _MARK)
            if item is _MARK:
                self._numactive -= 1
                if self._numactive == 0:
                    raise StopIteration
                iterators[i] = None
                item = fillvalue
            result.append(item)
        return tuple(result)


class product:
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).

    To compute the product of an iterable with itself, specify the number
    of repetitions with the optional repeat keyword argument. For example,
    product(A, repeat=4) means the same as product(A, A, A, A).

    product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
    product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""

    def __init__(self, *iterables, repeat=1):
        repeat = _ssize(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._pools = pools
        self._indices = [0] * len(pools)
        self._result = None
        self._stopped = False
        for pool in pools:
            if not pool:
                self._stopped = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        result = self._result
        if result is None:
            result = self._result = [pool[0] for pool in pools]
            return tuple(result)
        indices = self._indices
        i = len(pools) - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                return tuple(result)
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        self._stopped = True
        raise StopIteration


class combinations:
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    def __init__(self, *args, **kwargs):
        iterable, r = _required_args('combinations', ('iterable', 'r'), args, kwargs)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(r))
        self._result = None
        self._stopped = r > len(pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        result = self._result
        if result is None:
            result = self._result = [pool[i] for i in indices]
            return tuple(result)
        r = self._r
        n = len(pool)
        # The rightmost index that is not at its maximum, i + n - r.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        for j in range(i, r):
            result[j] = pool[indices[j]]
        return tuple(result)


class combinations_with_replacement:
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    def __init__(self, *args, **kwargs):
        iterable, r = _required_args('combinations_with_replacement', ('iterable', 'r'), args, kwargs)
        pool = tuple(iterable)
        r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = [0] * r
        self._result = None
        self._stopped = not pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        result = self._result
        if result is None:
            result = self._result = [pool[0]] * self._r if pool else []
            return tuple(result)
        r = self._r
        n = len(pool)
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            self._stopped = True
            raise StopIteration
        index = indices[i] + 1
        elem = pool[index]
        for j in range(i, r):
            indices[j] = index
            result[j] = elem
        return tuple(result)


class permutations:
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        elif not isinstance(r, int):
            raise TypeError('Expected int as r')
        else:
            r = _ssize(r)
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._indices = list(range(n))
        self._cycles = list(range(n, n - r, -1))
        self._result = None
        self._stopped = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pool = self._pool
        indices = self._indices
        result = self._result
        r = self._r
        if result is None:
            result = self._result = [pool[indices[i]] for i in range(r)]
            return tuple(result)
        n = len(pool)
        if n == 0:
            self._stopped = True
            raise StopIteration
        cycles = self._cycles
        i = r - 1
        while i >= 0:
            c = cycles[i] - 1
            if c == 0:
                # Rotate indices[i:] left by one.
                index = indices[i]
                for j in range(i, n - 1):
                    indices[j] = indices[j + 1]
                indices[n - 1] = index
                cycles[i] = n - i
            else:
                cycles[i] = c
                k = n - c
                indices[i], indices[k] = indices[k], indices[i]
                for k in range(i, r):
                    result[k] = pool[indices[k]]
                return tuple(result)
            i -= 1
        self._stopped = True
        raise StopIteration
