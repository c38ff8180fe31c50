# An uncaught SyntaxError from exec() shows carets over the whole offending range.
source = "total = compute(first second third)\n"
print("running", repr(source))
exec(source)
