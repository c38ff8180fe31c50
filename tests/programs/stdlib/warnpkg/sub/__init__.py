"""The package warnpkg.sub (warnings_modules.py)."""
