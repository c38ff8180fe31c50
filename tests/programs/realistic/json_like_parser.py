class ParseError(Exception):
    pass
class Reader:
    def __init__(self, text):
        self.text = text
        self.i = 0
    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t":
            self.i += 1
    def peek(self):
        self.ws()
        return self.text[self.i] if self.i < len(self.text) else ""
    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r} at {self.i}, got {self.peek()!r}")
        self.i += 1
    def value(self):
        c = self.peek()
        if c == "{":
            self.i += 1
            obj = {}
            if self.peek() == "}":
                self.i += 1
                return obj
            while True:
                k = self.string()
                self.expect(":")
                obj[k] = self.value()
                if self.peek() == ",":
                    self.i += 1
                    continue
                self.expect("}")
                return obj
        if c == "[":
            self.i += 1
            arr = []
            if self.peek() == "]":
                self.i += 1
                return arr
            while True:
                arr.append(self.value())
                if self.peek() == ",":
                    self.i += 1
                    continue
                self.expect("]")
                return arr
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def string(self):
        self.expect('"')
        start = self.i
        while self.text[self.i] != '"':
            self.i += 1
        s = self.text[start:self.i]
        self.i += 1
        return s
    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        raw = self.text[start:self.i]
        if not raw:
            raise ParseError(f"unexpected {self.peek()!r} at {self.i}")
        return float(raw) if any(c in raw for c in ".eE") else int(raw)
def parse(text):
    r = Reader(text)
    v = r.value()
    if r.peek():
        raise ParseError(f"trailing data at {r.i}")
    return v
docs = ['{"a": 1, "b": [true, false, null], "c": {"d": "x y"}}', "[1, 2.5, -3, 1e3, 12345678901234567890]",
        "[]", "{}", '  "just a string"  ', "[1, 2", '{"k" 1}', "[1] 2", "@"]
for d in docs:
    try:
        print(repr(parse(d)))
    except ParseError as e:
        print("ParseError:", e)
