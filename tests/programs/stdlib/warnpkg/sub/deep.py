"""Warnings raised two packages down (warnpkg.sub.deep), for warnings_modules.py."""
import warnings


def deep_warn(text, category=UserWarning, stacklevel=1):
    warnings.warn(text, category, stacklevel=stacklevel)


def explicit(text, lineno, *module_and_registry):
    warnings.warn_explicit(text, UserWarning, 'deep_fake.py', lineno, *module_and_registry)
