class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
class Person(Record):
    fields = ("name", "age")
class Book(Record):
    fields = ("title", "author", "year")
p = Person("Ann", age=41)
print(p, p == Person("Ann", 41), p == Book("Ann", 41))
print(Book("Dune", "Herbert", 1965))
try:
    Person("x", height=2)
except TypeError as e:
    print("TypeError:", e)
people = [Person("Zed", 20), Person("Amy", 35), Person("Bo", 20)]
print(sorted(people, key=lambda q: (q.age, q.name)))
