try:
    {}["missing"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError("a", "b", 3)
except ValueError as e:
    print(e.args, str(e), len(e.args))
class Rich(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
try:
    raise Rich(404, "not found")
except Rich as e:
    print(e.code, e.detail, e.args, str(e))
try:
    raise Rich(500, "x")
except Exception as e:
    print(isinstance(e, Rich), type(e).__name__, e.__class__.__name__)
e = RuntimeError("stored")
print(repr(e), e.__traceback__ is None)
try:
    raise e
except RuntimeError as caught:
    print(caught is e)
