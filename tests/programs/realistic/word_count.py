TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""

def normalize(word):
    return "".join(c for c in word.lower() if c.isalpha())

counts = {}
for raw in TEXT.split():
    w = normalize(raw)
    if w:
        counts[w] = counts.get(w, 0) + 1

print("distinct words:", len(counts))
print("total words:", sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
width = max(len(w) for w, _ in ranked[:10])
for word, n in ranked[:10]:
    bar = "#" * n
    print(f"{word:<{width}} {n:>3} {bar}")
singles = sorted(w for w, n in counts.items() if n == 1)
print("hapax:", ", ".join(singles))
by_first = {}
for w in counts:
    by_first.setdefault(w[0], set()).add(w)
for letter in sorted(by_first):
    print(letter, sorted(by_first[letter]))
lengths = [len(w) for w in counts]
print("avg length:", round(sum(lengths) / len(lengths), 3))
print("longest:", max(counts, key=lambda w: (len(w), w)))
