# Non-ASCII identifiers and literals: the compiler writes its output as UTF-8 bytes, with an
# ASCII fast path, so these exercise the other path (and the line numbers after it).


def grüße(name):
    return f"Grüße, {name}! 👋"


class Café:
    naïve = "ünïcödé"

    def __init__(self, größe):
        self.größe = größe

    def beschreibung(self):
        return f"{self.naïve} × {self.größe} → 🍰🍰"


δ = 0.5
π = 3.14159
日本 = "日本語のテキスト"
print(grüße("Welt"), grüße("世界"))
c = Café(3)
print(c.beschreibung(), c.größe, Café.naïve)
print(δ * 2, round(π, 2), 日本, len(日本))
emoji = "a😀b𝔘c"
print(len(emoji), emoji[1], emoji[3], emoji.upper())
print([ord(ch) for ch in "é😀"], "\u00e9" == "é")
mixed = {"ключ": "значение", "𝔨": 1}
for k, v in mixed.items():
    print(k, v)


def fails():
    ζ = {"ä": 1}
    return ζ["ö"]


try:
    fails()
except KeyError as e:
    print("KeyError", e)
print("end ✓")
