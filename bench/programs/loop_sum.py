# A tight loop: range iteration and int addition, ten million times.


def main():
    total = 0
    for i in range(10_000_000):
        total += i
    print(total)


main()
