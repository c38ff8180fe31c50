people = [("alice", 30, 5.5), ("bob", 25, 6.1), ("carol", 35, 5.2), ("dave", 25, 5.9), ("eve", 30, 5.5)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[1], -p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: n % 3))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted((3, 1, 2)))
stable = sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda t: t[0])
print(stable)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([], reverse=True), sorted([[2], [1, 5], [1]]))
