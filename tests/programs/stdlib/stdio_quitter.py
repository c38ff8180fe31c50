# The builtins exit and quit are Quitter objects: their repr says how to leave, calling one exits.
print(exit)
print(repr(quit))
print(str(exit), type(exit).__name__, type(quit).__name__, type(exit) is type(quit))
print(callable(exit), callable(quit), exit is quit)
for q in (exit, quit):
    for code in (None, 0, 2, "bye", (1, 2)):
        try:
            q(code)
        except SystemExit as e:
            print(repr(code), "->", repr(e.code))
    try:
        q()
    except SystemExit as e:
        print("no code ->", repr(e.code))
print("leaving with 4")
quit(4)
