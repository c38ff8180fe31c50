words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "éclair", "zebra", "Zulu", "10", "9", ""]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words))
print("apple" < "apple pie", "apple" < "Apple", "a" * 3 < "aab")
print([w for w in words if w.lower().startswith(("a", "b"))])
print(sorted(set(w.lower() for w in words)))
