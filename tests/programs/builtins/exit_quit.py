# exit() and quit(), the builtins scripts end with: SystemExit with the code given.
for name, leave in (("exit", exit), ("quit", quit)):
    for args in ((), (0,), (3,), ("message",), (None,)):
        try:
            leave(*args)
        except SystemExit as e:
            print(name, args, type(e).__name__, repr(e.code), e.args)
print(callable(exit), callable(quit))
print("done")
exit(0)
print("never printed")
