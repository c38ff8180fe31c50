text = "Programming in Python is surprisingly pleasant; unicode too: ÀÉÎÕÜ"
vowels = "aeiou"
print(sum(1 for c in text.lower() if c in vowels))
freq = {v: text.lower().count(v) for v in vowels}
print(freq)
print("".join(c for c in text if c.lower() not in vowels))
words = text.replace(";", "").replace(":", "").split()
longest = max(words, key=len)
print(longest, len(longest))
print(sorted(words, key=lambda w: (len(w), w)))
print([w for w in words if w[0].isupper()])
print(text.title())
print(" ".join(w[::-1] for w in words[:4]))
def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))
