data = [1, 2, 3]
i = 0
while True:
    print(data[i] * 10)
    i += 1
