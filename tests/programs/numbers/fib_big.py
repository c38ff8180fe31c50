a, b = 0, 1
for i in range(200):
    a, b = b, a + b
    if i % 25 == 0:
        print(i, a)
print(a)
print(a % 1000000007)
print(len(str(a)))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))
print(fib(300) // fib(299))
print(fib(90) * fib(91))
fact = 1
for i in range(1, 51):
    fact *= i
print(fact)
print(fact % (2 ** 61 - 1))
print(str(fact).count("0"))
