# Word frequency: dict lookups and updates over a generated text.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "ze", "po", "an", "el"]


def make_text(n):
    # A linear congruential generator, so the text is the same everywhere.
    x = 12345
    words = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + (x >> 16) % 3
        w = ""
        y = x
        for _ in range(k):
            w += SYLLABLES[y % 12]
            y //= 12
        words.append(w)
    return " ".join(words)


def count(text):
    freq = {}
    for word in text.split():
        freq[word] = freq.get(word, 0) + 1
    return freq


def main():
    text = make_text(300_000)
    freq = {}
    for _ in range(8):
        freq = count(text)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print(len(freq))
    for word, n in top:
        print(word, n)


main()
