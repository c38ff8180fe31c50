def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("finally sees", n)
print(count())
def gen_break():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            if i == 2:
                print("cleanup at", i)
print(gen_break())
