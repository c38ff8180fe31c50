text = """The rain in Spain
falls mainly on the plain.
  Indented line with   extra   spaces  
"""
lines = text.splitlines()
print(len(lines))
for ln in lines:
    words = ln.split()
    print(len(words), words)
print(text.count("ain"), text.upper().count("THE"))
print("|".join(w.strip(".").lower() for w in text.split()))
print(text.split("\n"))
csv = "name,age,city\nAnn,30,Oslo\nBen,25,Rome"
rows = [r.split(",") for r in csv.split("\n")]
header, *body = rows
for r in body:
    print(dict(zip(header, r)))
print(" ".join(reversed("one two three".split())))
print("a b c".split(" ", 1), "a b c".rsplit(" ", 1), "a  b".split(" "))
print("x".join("abc"), "".join([]), "-".join(["solo"]))
