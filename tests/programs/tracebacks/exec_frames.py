# An uncaught error raised three calls deep inside code run by exec(): the traceback shows the
# exec'd frames as File "<string>", between the program's own.

RULES = """
def check(order):
    return validate(order["qty"])

def validate(qty):
    if qty <= 0:
        raise ValueError(f"bad quantity {qty}")
    return qty

total = sum(check(o) for o in orders)
"""


def run_rules(orders):
    space = {"orders": orders}
    exec(RULES, space)
    return space["total"]


print(run_rules([{"qty": 2}, {"qty": 3}]))
run_rules([{"qty": 1}, {"qty": 0}])
