# send, throw and close passed through `yield from` to every kind of sub-iterator:
# generators, classes whose __iter__ is a generator, builtin iterables, iterator classes with and
# without send/throw/close, nested delegation; results of `yield from`, and gi_yieldfrom.


def kind(g):
    sub = g.gi_yieldfrom
    return None if sub is None else type(sub).__name__


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except StopIteration as e:
        print(label, "StopIteration", repr(e.value))
    except BaseException as e:
        print(label, type(e).__name__, e)


# --- sub-iterators -----------------------------------------------------------------------------

def echo_gen(tag):
    """A generator that echoes what it is sent, reports what is thrown in, returns a summary."""
    seen = []
    try:
        got = yield f"{tag} ready"
        while got != "stop":
            try:
                seen.append(got)
                got = yield f"{tag} echo {got}"
            except KeyError as e:
                print(f"  {tag} caught KeyError {e}")
                got = yield f"{tag} after KeyError"
            except StopIteration:
                print(f"  {tag} caught StopIteration")
                got = yield f"{tag} after StopIteration"
    except GeneratorExit:
        print(f"  {tag} GeneratorExit")
        raise
    finally:
        print(f"  {tag} finally")
    return f"{tag} saw {seen}"


class EchoIterable:
    """Its __iter__ is a generator function: `yield from` delegates to that generator."""

    def __init__(self, tag):
        self.tag = tag

    def __iter__(self):
        return (yield from echo_gen(self.tag))


class EchoIterDirect:
    def __init__(self, tag):
        self.tag = tag

    def __iter__(self):
        seen = []
        try:
            got = yield f"{self.tag} ready"
            while got != "stop":
                seen.append(got)
                try:
                    got = yield f"{self.tag} echo {got}"
                except KeyError as e:
                    print(f"  {self.tag} caught KeyError {e}")
                    got = yield f"{self.tag} after KeyError"
                except StopIteration:
                    print(f"  {self.tag} caught StopIteration")
                    got = yield f"{self.tag} after StopIteration"
        finally:
            print(f"  {self.tag} finally")
        return len(seen)


class FullIter:
    """An iterator class with send, throw and close, logging what it is given."""

    def __init__(self, tag, n=4):
        self.tag = tag
        self.n = n
        self.i = 0
        self.owner = None

    def __iter__(self):
        print(f"  {self.tag}.__iter__")
        return self

    def _peek(self):
        if self.owner is not None:
            return (self.owner.gi_yieldfrom is self, self.owner.gi_running)
        return None

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(f"{self.tag} done at {self.i}")
        return f"{self.tag} item {self.i}"

    def send(self, v):
        print(f"  {self.tag}.send({v!r}) owner={self._peek()}")
        if v == "finish":
            raise StopIteration(f"{self.tag} finished by send")
        if v == "boom":
            raise ValueError(f"{self.tag} send boom")
        return f"{self.tag} sent {v}"

    def throw(self, *args):
        shown = [a if isinstance(a, type) else repr(a) for a in args]
        print(f"  {self.tag}.throw{tuple(shown)} owner={self._peek()}")
        first = args[0]
        typ = first if isinstance(first, type) else type(first)
        if typ is KeyError:
            return f"{self.tag} swallowed KeyError"
        if typ is LookupError:
            raise StopIteration(f"{self.tag} ended by throw")
        if typ is IndexError:
            raise TypeError(f"{self.tag} converted IndexError")
        raise first if len(args) == 1 else typ(*args[1:2])

    def close(self):
        print(f"  {self.tag}.close() owner={self._peek()}")
        if self.tag.startswith("bad"):
            raise OSError(f"{self.tag} close failed")


class PlainIter:
    """Only __iter__ and __next__: send fails, throw lands in the delegator, close is skipped."""

    def __init__(self, tag, n=3):
        self.tag = tag
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return f"{self.tag} {self.i}"


class ValueIter(PlainIter):
    """Ends with a value given to StopIteration."""

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.i * 10)
        return self.i


class GetattrIter(PlainIter):
    """send/throw/close supplied by __getattr__."""

    def __getattr__(self, name):
        if name in ("send", "throw", "close"):
            def method(*args):
                print(f"  {self.tag} via __getattr__ {name}{args if name != 'throw' else ''}")
                if name == "throw":
                    return f"{self.tag} threw"
                return f"{self.tag} {name}"
            return method
        raise AttributeError(name)


class NotAnIter:
    def __iter__(self):
        return 42


def delegator(make, label="d"):
    """Delegates to make(), reports the result of yield from and what ends it, then yields twice."""
    try:
        result = yield from make()
        print(f"  {label} result {result!r}")
    except Exception as e:
        print(f"  {label} caught {type(e).__name__}: {e}")
        yield f"{label} recovered"
    finally:
        print(f"  {label} finally")
    yield f"{label} after 1"
    yield f"{label} after 2"


# --- fixed scenarios ---------------------------------------------------------------------------

print("== repro: class whose __iter__ is a generator")
def outer_echo():
    yield from EchoIterDirect("E")
    yield "after"
g = outer_echo()
print(next(g))
print(g.send("a"))
print(kind(g))
print(g.throw(KeyError("k")))
print(g.send("b"))
g.close()
print(kind(g))

print("== generator")
g = delegator(lambda: echo_gen("G"))
print(kind(g))
for op in [lambda: next(g), lambda: g.send(1), lambda: g.throw(KeyError, "kk"), lambda: g.send(2),
           lambda: g.throw(StopIteration), lambda: g.send("stop"), lambda: next(g), lambda: next(g)]:
    attempt("  op", op)
    print("  yf", kind(g))

print("== list: send non-None")
for sendee in [[1, 2, 3], "xy", range(3), {"a": 1}, iter([7, 8]), b"ab"]:
    def lst(obj=sendee):
        try:
            r = yield from obj
            print("  result", r)
        except AttributeError as e:
            print("  AttributeError", e)
            yield "recovered"
    g = lst()
    attempt("  first", lambda: next(g))
    print("  yf", kind(g))
    attempt("  send", lambda: g.send("x"))
    print("  yf", kind(g))
    g.close()

print("== list: throw and close")
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("  caught", e)
        yield "handled"
    finally:
        print("  over_list finally")
g = over_list()
print(next(g), kind(g))
print(g.throw(ValueError("into list")))
print(kind(g))
g.close()
g = over_list()
print(next(g))
g.close()
print(g.gi_yieldfrom)

print("== FullIter")
it = FullIter("F")
def over_full():
    r = yield from it
    print("  result", r)
    yield "tail"
g = over_full()
it.owner = g
print(kind(g))
print(next(g), kind(g), g.gi_yieldfrom is it)
print(g.send("s1"))
print(g.throw(KeyError))
print(g.throw(KeyError, "with value"))
print(g.throw(KeyError, None, None))
print(g.throw(KeyError("instance")))
attempt("ValueError through", lambda: g.throw(ValueError("through")))
print(g.gi_yieldfrom, g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "-")

it = FullIter("F2")
g = over_full()
it.owner = g
print(next(g))
attempt("send finish", lambda: g.send("finish"))
print(kind(g))
attempt("next", lambda: next(g))

it = FullIter("F3")
g = over_full()
it.owner = g
print(next(g))
attempt("throw LookupError", lambda: g.throw(LookupError))
attempt("next", lambda: next(g))

it = FullIter("F4")
g = over_full()
it.owner = g
print(next(g))
attempt("throw IndexError", lambda: g.throw(IndexError("ix")))
print(kind(g))

it = FullIter("F5")
g = over_full()
it.owner = g
print(next(g))
attempt("send boom", lambda: g.send("boom"))

it = FullIter("F6", n=2)
g = over_full()
it.owner = g
print(next(g), next(g))
attempt("next to end", lambda: next(g))
print(kind(g))
g.close()

it = FullIter("F7")
g = over_full()
it.owner = g
print(next(g))
g.close()
print("closed", g.gi_yieldfrom)
attempt("next after close", lambda: next(g))

it = FullIter("F8")
g = over_full()
it.owner = g
print(next(g))
attempt("throw GeneratorExit", lambda: g.throw(GeneratorExit))
attempt("next", lambda: next(g))

it = FullIter("bad")
g = over_full()
it.owner = g
print(next(g))
attempt("close with failing close", lambda: g.close())
attempt("next", lambda: next(g))

print("== close raising into a delegator that handles it")
def catches_close():
    try:
        yield from FullIter("bad2")
    except OSError as e:
        print("  delegator saw", e)
    yield "ignored close"
g = catches_close()
print(next(g))
attempt("close", lambda: g.close())
g = catches_close()
print(next(g))
attempt("throw GeneratorExit", lambda: g.throw(GeneratorExit("ge")))
print(g.gi_yieldfrom, kind(g))

print("== PlainIter")
g = delegator(lambda: PlainIter("P"), "plain")
print(next(g), kind(g))
attempt("send", lambda: g.send("v"))
attempt("next", lambda: next(g))
attempt("next", lambda: next(g))
g = delegator(lambda: PlainIter("P2"), "plain2")
print(next(g))
attempt("throw", lambda: g.throw(RuntimeError("rt")))
print(kind(g))
g.close()
g = delegator(lambda: PlainIter("P3"), "plain3")
print(next(g))
attempt("close", lambda: g.close())
g = delegator(lambda: ValueIter("V", 2), "value")
for _ in range(5):
    attempt("next", lambda: next(g))

print("== __getattr__ methods")
g = delegator(lambda: GetattrIter("GA"), "ga")
print(next(g))
attempt("send", lambda: g.send(5))
attempt("throw", lambda: g.throw(ValueError))
attempt("close", lambda: g.close())

print("== not an iterator")
g = delegator(NotAnIter, "nai")
attempt("next", lambda: next(g))
g.close()
def over_int():
    yield from 5
attempt("int", lambda: next(over_int()))
g = delegator(lambda: None, "none")
attempt("None", lambda: next(g))
g.close()

print("== nested delegation")
def middle(make, tag):
    print(f"  {tag} start")
    try:
        r = yield from make()
    finally:
        print(f"  {tag} finally")
    print(f"  {tag} got {r!r}")
    return f"{tag}<{r}>"

def top(make):
    r = yield from middle(lambda: middle(make, "m2"), "m1")
    print("  top got", repr(r))
    yield "top tail"

for name, make in [("gen", lambda: echo_gen("N")), ("iterable", lambda: EchoIterable("NI")),
                   ("full", lambda: FullIter("NF", 2)), ("list", lambda: ["a", "b"])]:
    print("-- nested", name)
    g = top(make)
    chain = []
    attempt("next", lambda: next(g))
    x = g
    while x is not None:
        chain.append(type(x).__name__)
        x = x.gi_yieldfrom if hasattr(x, "gi_yieldfrom") else None
    print("  chain", chain)
    attempt("send", lambda: g.send("hello"))
    attempt("throw KeyError", lambda: g.throw(KeyError("deep")))
    attempt("send stop", lambda: g.send("stop"))
    attempt("next", lambda: next(g))
    attempt("next", lambda: next(g))
    print("  yf", kind(g))

for name, make in [("gen", lambda: echo_gen("C")), ("full", lambda: FullIter("CF")), ("plain", lambda: PlainIter("CP"))]:
    print("-- nested close", name)
    g = top(make)
    attempt("next", lambda: next(g))
    attempt("close", lambda: g.close())
    print("  yf", g.gi_yieldfrom)

print("== ignoring GeneratorExit under delegation")
def stubborn():
    ignored = False
    while True:
        try:
            yield "stubborn"
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("  stubborn ignores")
def over_stubborn():
    yield from stubborn()
g = over_stubborn()
print(next(g))
attempt("close", lambda: g.close())

print("== throwing into a just-started and a finished delegator")
g = delegator(lambda: FullIter("J"), "j")
attempt("throw unstarted", lambda: g.throw(ValueError("early")))
g = delegator(lambda: [1], "fin")
print(list(g))
attempt("throw finished", lambda: g.throw(ValueError("late")))
print(g.gi_yieldfrom)

print("== gi_yieldfrom inside the sub-iterator")
class Spy:
    def __init__(self):
        self.owner = None
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        print("  spy next", self.owner.gi_yieldfrom is self, self.owner.gi_running)
        if self.i > 2:
            raise StopIteration("spy done")
        return self.i
    def throw(self, *a):
        print("  spy throw", self.owner.gi_yieldfrom is self, self.owner.gi_running)
        return "spy thrown"
    def close(self):
        print("  spy close", self.owner.gi_yieldfrom is self, self.owner.gi_running)
spy = Spy()
def over_spy():
    r = yield from spy
    print("  over_spy", r, spy.owner.gi_yieldfrom)
    yield "plain yield"
g = over_spy()
spy.owner = g
print(g.gi_yieldfrom)
for _ in range(3):
    attempt("next", lambda: next(g))
    print("  yf is spy", g.gi_yieldfrom is spy)
g = over_spy()
spy.owner = g
spy.i = 0
print(next(g))
print(g.throw(ValueError))
g.close()
print("final", g.gi_yieldfrom)

# --- generated scripts -------------------------------------------------------------------------

print("== generated")


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % (1 << 31)
        return (self.state >> 8) % n


SOURCES = [
    ("gen", lambda: echo_gen("g")),
    ("iterable", lambda: EchoIterable("i")),
    ("direct", lambda: EchoIterDirect("d")),
    ("full", lambda: FullIter("f", 3)),
    ("plain", lambda: PlainIter("p", 3)),
    ("value", lambda: ValueIter("v", 3)),
    ("list", lambda: [10, 20, 30]),
    ("str", lambda: "abc"),
    ("range", lambda: range(3)),
    ("dict", lambda: {"k1": 1, "k2": 2}),
    ("getattr", lambda: GetattrIter("ga", 2)),
]

OPS = ["next", "send", "send None", "throw KeyError", "throw KeyError cls", "throw ValueError",
       "throw StopIteration", "throw LookupError", "close", "send stop"]


def run_op(g, op):
    if op == "next":
        return next(g)
    if op == "send":
        return g.send("val")
    if op == "send None":
        return g.send(None)
    if op == "send stop":
        return g.send("stop")
    if op == "throw KeyError":
        return g.throw(KeyError("gen"))
    if op == "throw KeyError cls":
        return g.throw(KeyError)
    if op == "throw ValueError":
        return g.throw(ValueError("gen"))
    if op == "throw StopIteration":
        return g.throw(StopIteration("gen"))
    if op == "throw LookupError":
        return g.throw(LookupError)
    if op == "close":
        return g.close()


def wrapped(make, depth):
    if depth == 0:
        return delegator(make, "w0")
    return delegator(lambda: wrapped(make, depth - 1), f"w{depth}")


rng = Lcg(2024)
for round_no in range(80):
    name, make = SOURCES[rng.below(len(SOURCES))]
    depth = rng.below(3)
    print(f"-- round {round_no}: {name} depth {depth}")
    g = wrapped(make, depth)
    for step in range(rng.below(6) + 2):
        op = "next" if step == 0 else OPS[rng.below(len(OPS))]
        try:
            r = run_op(g, op)
            print(f"  {op} -> {r!r}")
        except StopIteration as e:
            print(f"  {op} StopIteration {e.value!r}")
        except Exception as e:
            print(f"  {op} {type(e).__name__}: {e}")
        chain = []
        x = g
        while x is not None and hasattr(x, "gi_yieldfrom"):
            x = x.gi_yieldfrom
            chain.append(None if x is None else type(x).__name__)
        print("   chain", chain)
    g.close()
