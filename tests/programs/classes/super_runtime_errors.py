def outside():
    return super()


class A:
    def no_args():
        return super()

    def ok(self):
        return super().__repr__()[:3]


print("defined")
for f in (outside, A.no_args):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(A().ok())


def with_param(x):
    return super()


class B(A):
    def m():
        return super().ok()

    def n(self):
        return super().ok()


for f in (with_param,):
    try:
        f(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    B.m()
except RuntimeError as e:
    print(type(e).__name__, e)
print(B().n())
