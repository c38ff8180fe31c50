class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"missing {self.key!r}"
def run(i):
    if i == 0:
        raise ValidationError("age", "must be >= 0")
    if i == 1:
        raise NotFound("user:7")
    if i == 2:
        raise AppError("generic", 42)
    if i == 3:
        raise AppError
    return "ok"
for i in range(5):
    try:
        print(run(i))
    except ValidationError as e:
        print("validation", e.field, "|", e, "|", e.args, "|", repr(e))
    except NotFound as e:
        print("notfound", e.key, "|", e, "|", e.args, "|", repr(e))
    except AppError as e:
        print("app", "|", e, "|", e.args, "|", repr(e))
print(isinstance(ValidationError("a", "b"), AppError), issubclass(NotFound, Exception))
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(str(WithDefault()), repr(WithDefault("x")))
