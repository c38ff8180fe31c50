# Which handler an exception matches: its own class (the common case, tested first), a base, a
# tuple, classes made by a metaclass, and the TypeError for a handler naming something that is not
# an exception class.


class AppError(Exception):
    pass


class ParseError(AppError):
    pass


class OtherError(Exception):
    pass


def catch(exc, spec):
    try:
        raise exc
    except spec as e:
        return "caught " + type(e).__name__
    except BaseException as e:
        return "missed, got " + type(e).__name__


print(catch(ValueError("v"), ValueError))
print(catch(ValueError("v"), Exception))
print(catch(ValueError("v"), (KeyError, ValueError)))
print(catch(ValueError("v"), KeyError))
print(catch(KeyError("k"), LookupError))
print(catch(ParseError("p"), ParseError))
print(catch(ParseError("p"), AppError))
print(catch(AppError("a"), ParseError))
print(catch(ParseError("p"), (OtherError, AppError)))

# A metaclass other than type: its classes share a prototype chain of their own.
class Meta(type):
    pass


class MetaError(Exception, metaclass=Meta):
    pass


class MetaChild(MetaError):
    pass


print(catch(MetaError("m"), MetaError))
print(catch(MetaChild("c"), MetaError))
print(catch(MetaError("m"), MetaChild))

# Naming a class that is not an exception is a TypeError when the clause is tested.
for spec in (int, (ValueError, str), "ValueError"):
    try:
        try:
            raise ValueError("x")
        except spec:
            print("caught by", spec)
    except TypeError as e:
        print("TypeError:", e)

# A handler for the exact class that was raised, in a loop (the probe's shared instance too).
counts = {}
for text in ["1", "x", "2", "", "3.5", "y"]:
    try:
        n = int(text)
    except ValueError:
        counts["bad"] = counts.get("bad", 0) + 1
    else:
        counts["good"] = counts.get("good", 0) + 1
print(sorted(counts.items()))

d = {"a": 1}
misses = 0
for key in ["a", "b", "c"]:
    try:
        v = d[key]
    except LookupError:
        misses += 1
print("misses", misses)

# Every item of a tuple is checked before any is matched: a nested tuple is not allowed either,
# and an empty tuple catches nothing.
for spec in ((ValueError, int), ((ValueError, KeyError), TypeError), (KeyError, (ValueError,))):
    try:
        try:
            raise ValueError("y")
        except spec:
            print("caught by", spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    try:
        raise ValueError("z")
    except ():
        print("caught by ()")
except ValueError as e:
    print("escaped ()", e)
