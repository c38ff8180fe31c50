# A tight loop: range iteration and int addition, thirty million times.


def main():
    total = 0
    for i in range(30_000_000):
        total += i
    print(total)


main()
