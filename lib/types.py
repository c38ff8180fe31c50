"""Names for the types of built-in objects, and SimpleNamespace, as in CPython's types module."""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(getattr(_f, '__code__', None))
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
ModuleType = type(_sys)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for key, value in dict(mapping_or_iterable).items():
            setattr(self, key, value)
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'{name}({items})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class mappingproxy:
    """A read-only view of a mapping (CPython's builtin type mappingproxy)."""

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple)) or not hasattr(mapping, '__getitem__') \
                or not hasattr(mapping, 'keys'):
            raise TypeError(f'mappingproxy() argument must be a mapping, not '
                            f'{type(mapping).__name__}')
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


mappingproxy.__module__ = 'builtins'
MappingProxyType = mappingproxy
GenericAlias = type(list[int])
UnionType = type(int | str)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = type
    if kwds and 'metaclass' in kwds:
        meta = kwds['metaclass']
    return meta(name, tuple(bases), ns)
