def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(n) for n in range(1, 20)])
def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))
print(digit_sum(2 ** 1000), digit_sum(-98765), digit_sum(0))
def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n
print([digital_root(n) for n in [0, 9, 10, 38, 2 ** 64, 999999999999]])
armstrong = [n for n in range(1, 10000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
