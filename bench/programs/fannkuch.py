# The fannkuch-redux benchmark from the Computer Language Benchmarks Game (after pyperformance's
# bm_fannkuch): permutations of a small list, slice reversal, list rotation, integer counters.


def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    perm = list(range(n))
    perm_count = 0

    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if perm_count % 2 == 0 else -flips

        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return checksum, max_flips
        perm_count += 1


for _ in range(3):
    checksum, flips = fannkuch(9)
print(checksum)
print("Pfannkuchen(9) =", flips)
