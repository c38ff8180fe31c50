class InsufficientFunds(Exception):
    pass
balance = 100
for amount in [30, 50, 40]:
    if amount > balance:
        raise InsufficientFunds(f"cannot withdraw {amount}, balance is {balance}")
    balance -= amount
    print("withdrew", amount, "left", balance)
