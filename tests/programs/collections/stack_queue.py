stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(token, stack)
queue = []
for i in range(5):
    queue.append(i)
while queue:
    item = queue.pop(0)
    print("got", item, "left", len(queue))
    if item == 2:
        queue.append(99)
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = ["a"]
frontier = ["a"]
while frontier:
    node = frontier.pop(0)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            frontier.append(nxt)
print(seen)
