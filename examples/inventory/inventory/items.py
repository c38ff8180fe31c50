from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list, compare=False)

    def label(self):
        return f"{self.name} (${self.price:.2f})"


@dataclass(order=True)
class Perishable(Item):
    days_left: int = 7

    def label(self):
        return f"{super().label()} - {self.days_left} days left"
