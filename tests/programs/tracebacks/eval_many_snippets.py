# Thousands of distinct eval() strings, then an uncaught error inside a function an early eval()
# made: its frame still shows as File "<string>" after the later snippets have come and gone.

divide = eval("lambda x: 1000 // x")
scale = eval("lambda x: divide(x) * 2", {"divide": divide})
total = 0
for i in range(9000):
    total += eval(f"{i} * 3 + {i % 7}")
print(total)
checks = [eval(f"(lambda n: n + {k})({k})") for k in range(5000)]
print(sum(checks), checks[:3], checks[-1])
print(scale(8), divide(7))
scale(0)
