"""Warnings raised in the module warnpkg.mod, for warnings_modules.py."""
import warnings


def noisy(text='noisy', category=UserWarning):
    warnings.warn(text, category)


def relay(text, stacklevel, category=UserWarning):
    # blames the caller (2), the caller's caller (3), ...
    warnings.warn(text, category, stacklevel=stacklevel)


def twice(text, category=UserWarning):
    for _ in range(2):
        warnings.warn(text, category)


def other_line(text, category=UserWarning):
    warnings.warn(text, category)


def call(fn, *args):
    return fn(*args)


class Legacy:
    def method(self):
        warnings.warn('Legacy.method is deprecated', DeprecationWarning, stacklevel=2)
        return 'method ran'
