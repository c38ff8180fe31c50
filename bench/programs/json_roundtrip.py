# JSON: dumps and loads of a generated document of nested dicts, lists, strings and numbers.

import json


def make_doc(n):
    # A linear congruential generator, so the document is the same everywhere.
    x = 4242
    people = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        tags = ["t%d" % ((x >> s) % 50) for s in (3, 7, 11)]
        people.append({
            "id": i,
            "name": "person-%d" % (x % 100000),
            "score": (x % 10007) / 7.0,
            "active": x % 3 == 0,
            "tags": tags,
            "address": {"street": "%d Main St" % (x % 999), "zip": "%05d" % (x % 100000), "geo": [x % 180 - 90.5, x % 360 - 180.25]},
            "note": None if x % 5 else "caf\u00e9 \"quoted\" \\ line\nbreak",
        })
    return {"version": 3, "people": people}


def main():
    doc = make_doc(3500)
    total = 0
    for r in range(20):
        text = json.dumps(doc, sort_keys=(r % 2 == 1))
        back = json.loads(text)
        total += len(text)
        assert back == doc
    pretty = json.dumps(doc["people"][:50], indent=2)
    again = json.loads(pretty)
    print(total, len(pretty), again[7]["name"], round(sum(p["score"] for p in back["people"]), 6))
    print(json.dumps(back["people"][1], sort_keys=True))


main()
