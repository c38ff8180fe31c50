class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
        self.history.append(("wd", amt))
    def month_end(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"
class Savings(Account):
    interest = 0.02
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft:
            raise ValueError("overdraft limit")
        self.balance -= amt
        self.history.append(("wd", amt))
accts = [Savings("ann", 1000), Checking("bob", 50), Account("cy")]
for a in accts:
    for op, amt in [("deposit", 100), ("withdraw", 180), ("deposit", -5)]:
        try:
            getattr(a, op)(amt)
        except ValueError as e:
            print(a.owner, op, amt, "failed:", e)
    a.month_end()
    print(a, a.history)
