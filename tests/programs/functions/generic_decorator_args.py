def validate(**types):
    def deco(fn):
        def wrapper(*args, **kwargs):
            names = fn.__code__.co_varnames if False else list(types)
            for name, value in zip(names, args):
                if not isinstance(value, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(value).__name__}")
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(3, "ab"), combine.__name__)
try:
    combine("3", "ab")
except TypeError as e:
    print("TypeError:", e)
def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return deco
@retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError(f"not yet ({x})")
    return x * 2
print(flaky(21))
@retry(2)
def hopeless(attempt):
    raise ValueError("never")
try:
    hopeless()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
def method_deco(fn):
    def wrapper(self, *a):
        return f"[{fn(self, *a)}]"
    return wrapper
class Greeter:
    def __init__(self, name):
        self.name = name
    @method_deco
    def hello(self, punct="!"):
        return f"hello {self.name}{punct}"
print(Greeter("zoe").hello(), Greeter("al").hello("?"))
