"""Code that warns from inside a package, for warnings_modules.py (run alone it does nothing)."""
import warnings


def from_init(text, category=UserWarning, stacklevel=1):
    warnings.warn(text, category, stacklevel=stacklevel)
