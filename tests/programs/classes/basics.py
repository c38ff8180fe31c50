class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 5)
print(d1.speak(), d2.speak(), d1.age, d2.birthday().birthday().age)
print(Dog.count, d1.species, Dog.species)
d1.species = "wolf"
print(d1.species, d2.species, Dog.species)
Dog.species = "c. familiaris"
print(d1.species, d2.species)
print(type(d1).__name__, type(d1) is Dog, isinstance(d1, Dog), isinstance(d1, object))
print(hasattr(d1, "name"), hasattr(d1, "color"), getattr(d1, "color", "brown"))
setattr(d1, "color", "black")
print(d1.color, sorted(vars(d1)))
print(d1.__dict__ == {"name": "Rex", "age": 1, "species": "wolf", "color": "black"})
m = d2.speak
print(m())
print(Dog.speak(d1))
try:
    d1.fly()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Dog.nothing
except AttributeError as e:
    print("AttributeError:", e)
