# An uncaught subclass of AttributeError with name and obj set: CPython offers "Did you mean" for
# AttributeError and NameError themselves only, so nothing follows the message.
class Account:
    balance = 100


class MissingField(AttributeError):
    pass


def read(obj, field):
    print("reading", field)
    raise MissingField("no field " + field, name=field, obj=obj)


read(Account(), "balanse")
