class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"needed {needed:.2f}, available {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        self.balance += amount
        self.log.append(f"+{amount:.2f}")
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self.balance -= amount
        self.log.append(f"-{amount:.2f}")
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __str__(self):
        return f"#{self.id} {self.owner:<6} {type(self).__name__:<9} {self.balance:>10.2f}"

class Savings(Account):
    rate = 0.015
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)

class Credit(Account):
    def __init__(self, owner, limit):
        super().__init__(owner)
        self.limit = limit
    def available(self):
        return self.balance + self.limit
    def month_end(self):
        if self.balance < 0:
            fee = round(-self.balance * 0.02, 2)
            self.balance -= fee
            self.log.append(f"fee {fee:.2f}")

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, account):
        self.accounts[account.id] = account
        return account
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print(f"transfer {src}->{dst} of {amount} refused: {e}")
            return False
        except KeyError as e:
            print("no such account", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def report(self):
        for acc in self.accounts.values():
            print(acc)
        print(f"{'total':>27} {sum(a.balance for a in self.accounts.values()):>10.2f}")

bank = Bank()
a = bank.open(Savings("ann", 500))
b = bank.open(Credit("bob", 300))
c = bank.open(Account("cy", 20))
print(bank.transfer(a.id, b.id, 120.5))
print(bank.transfer(c.id, a.id, 50))
print(bank.transfer(b.id, c.id, 400))
print(bank.transfer(b.id, c.id, 100))
print(bank.transfer(9999, a.id, 1))
for month in range(3):
    for acc in bank.accounts.values():
        acc.month_end()
bank.report()
for acc in bank.accounts.values():
    print(acc.id, acc.log)
