# Only SyntaxError itself gets a range of carets from the interpreter; its subclasses show one,
# while the traceback module draws the range for all of them.
import traceback

err = IndentationError("bad block", ("block.py", 2, 5, "    if  ready and set:\n", 2, 12))
print("".join(traceback.format_exception_only(type(err), err)), end="")
print(repr(err.args), err.end_lineno, err.end_offset)
raise err
