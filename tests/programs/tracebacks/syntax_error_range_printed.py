# The interpreter marks an uncaught SyntaxError's range by its own rules: the tab before the text
# goes, and an end on a later line runs the carets to the end of the offending line.
import traceback

err = SyntaxError("bad range", ("source.py", 4, 3, "\tvalue = [1, 2\n", 5, 2))
print("".join(traceback.format_exception_only(type(err), err)), end="")
print(err.end_lineno, err.end_offset)
raise err
