# An exception leaving a generator through a for loop in a method.


def numbers(items):
    for item in items:
        if item == 0:
            raise ZeroDivisionError("no zeros")
        yield item


class Totals:
    def add_all(self, items):
        for n in numbers(items):
            self.total = n


def run(items):
    Totals().add_all(items)


def check():
    run([1, 0])


run([1, 2])
check()
