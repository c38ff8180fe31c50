# Handlers naming builtin exception classes in a module that star-imports a module whose names
# are known only when it runs (here one with a computed __all__): the class is read through the
# module at run time, so a star import could shadow it.
from token import *


def first_or(it, default):
    try:
        return next(it)
    except StopIteration:
        return default


def parse(text):
    try:
        return int(text)
    except (ValueError, TypeError) as e:
        return type(e).__name__


print(first_or(iter([]), 'empty'), first_or(iter([5]), 'empty'))
print([parse(x) for x in ('12', 'x', None, '-3')])
print(tok_name[NAME], tok_name[OP], ISEOF(ENDMARKER))
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e)
