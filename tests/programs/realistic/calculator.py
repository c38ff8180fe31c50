class Token:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value
    def __repr__(self):
        return f"{self.kind}:{self.value}"

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/%()^":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(Token("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t
    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.value == "(":
            v = self.expr()
            if self.take().value != ")":
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected token {t!r}")

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "8 / 4",
            "2 ^ 100", "1.5 * 4", "((2))", "3 -", "4 $ 4", "1 / 0", "-(-(2))", "10 - 2 - 3"]:
    try:
        print(f"{src!r:>14} = {Parser(tokenize(src)).expr()!r}")
    except SyntaxError as e:
        print(f"{src!r:>14} ! SyntaxError: {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>14} ! ZeroDivisionError: {e}")
print(tokenize("12+3.5"))
