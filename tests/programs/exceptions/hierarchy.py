print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(ArithmeticError, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(NotImplementedError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(OverflowError, ArithmeticError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(TypeError, ValueError))
print(issubclass(bool, Exception), issubclass(AssertionError, Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
def catch(exc):
    try:
        raise exc
    except LookupError as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(catch(exc))
