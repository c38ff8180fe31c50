"""The garbage collector's interface.

A compiled program's memory is managed by the JavaScript engine, whose collector finds reference
cycles by itself and cannot be driven or inspected from a program. This module therefore keeps
CPython's interface and bookkeeping (the enabled flag, thresholds, debug flags, callbacks, the
freeze count) without a collector behind it: collect() runs the callbacks and reports that it
freed nothing (0 unreachable objects), get_count() is always (0, 0, 0), get_objects() and
get_referrers() find no objects, and get_referents() knows the containers' items only.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

_GENERATIONS = 3

# Objects the collector found unreachable but could not free (DEBUG_SAVEALL keeps them all).
garbage = []
# Functions called as callback(phase, info) before ('start') and after ('stop') each collection.
callbacks = []

_enabled = True
_debug = 0
_thresholds = [700, 10, 10]
_collections = [0, 0, 0]


def _index(value):
    if isinstance(value, int):
        return value
    convert = getattr(type(value), '__index__', None)
    if convert is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return convert(value)


def enable():
    """Turn automatic collection on."""
    global _enabled
    _enabled = True


def disable():
    """Turn automatic collection off."""
    global _enabled
    _enabled = False


def isenabled():
    """True when automatic collection is on."""
    return _enabled


def collect(generation=2):
    """Collect the generations up to `generation`; returns the number of unreachable objects
    found, which is always 0 (the engine's own collector does the freeing)."""
    generation = _index(generation)
    if not 0 <= generation < _GENERATIONS:
        raise ValueError('invalid generation')
    _collections[generation] += 1
    _tell_callbacks('start', generation)
    _tell_callbacks('stop', generation)
    return 0


def _tell_callbacks(phase, generation):
    info = {'generation': generation, 'collected': 0, 'uncollectable': 0}
    for callback in list(callbacks):
        callback(phase, info)


def get_count():
    """The allocation counts that trigger the next collection of each generation."""
    return (0, 0, 0)


def get_threshold():
    return tuple(_thresholds)


def set_threshold(*thresholds):
    """set_threshold(threshold0[, threshold1[, threshold2]])"""
    if not thresholds:
        raise TypeError('set_threshold() takes at least 1 argument (0 given)')
    if len(thresholds) > _GENERATIONS:
        raise TypeError(f'set_threshold() takes at most 3 arguments ({len(thresholds)} given)')
    for at, value in enumerate(thresholds):
        _thresholds[at] = _index(value)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _index(flags)


def get_stats():
    """Per generation: how many collections ran and what they found."""
    return [{'collections': n, 'collected': 0, 'uncollectable': 0} for n in _collections]


_frozen = 0


def freeze():
    """Move every tracked object to the permanent generation (there are none to move)."""


def unfreeze():
    global _frozen
    _frozen = 0


def get_freeze_count():
    return _frozen


def get_objects(generation=None):
    """The objects the collector tracks: none can be listed, so always []."""
    if generation is not None:
        generation = _index(generation)
        if generation >= _GENERATIONS:
            raise ValueError('generation parameter must be less than the number of available '
                             f'generations ({_GENERATIONS})')
    return []


def get_referrers(*objs):
    """The objects that refer to any of `objs`: unknowable here, so always []."""
    return []


_ATOMS = (type(None), bool, int, float, complex, str, bytes, bytearray, range,
          type(Ellipsis), type(NotImplemented))


def _referents_of(obj):
    # The order CPython's traversal visits: sequences from their last item back.
    if isinstance(obj, (list, tuple)):
        return list(reversed(obj))
    if isinstance(obj, dict):
        if all(type(key) is str for key in obj):
            return list(obj.values())
        found = []
        for key, value in obj.items():
            found.append(key)
            found.append(value)
        return found
    if isinstance(obj, (set, frozenset)):
        return list(obj)
    return []


def get_referents(*objs):
    """The objects each of `objs` refers to directly (the items of lists, tuples, dicts, sets)."""
    found = []
    for obj in objs:
        found.extend(_referents_of(obj))
    return found


def _may_be_tracked(obj):
    if isinstance(obj, _ATOMS):
        return False
    if type(obj) is object or obj == ():
        return False
    if isinstance(obj, type):
        return obj.__module__ != 'builtins'
    return True


def is_tracked(obj):
    """Whether the collector watches `obj`: containers and instances, but not atoms (numbers,
    strings, bytes, None) nor dicts that hold only atoms."""
    if type(obj) is dict:
        return any(_may_be_tracked(key) or _may_be_tracked(value) for key, value in obj.items())
    return _may_be_tracked(obj)


def is_finalized(obj):
    """Whether the collector has run `obj`'s finalizer (it never runs one)."""
    return False
