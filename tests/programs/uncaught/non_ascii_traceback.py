# A traceback through functions written after non-ASCII text: its line numbers come from the
# source map, whose lines the compiler counts while writing that text as UTF-8.

größe = {"ä": "ö", "emoji": "😀🍰", "日本": "語"}


def prüfe(schlüssel):
    wert = größe[schlüssel]
    return f"{schlüssel} → {wert}"


def lauf():
    for k in ["ä", "emoji", "日本", "fehlt"]:
        print(prüfe(k))


lauf()
