# optparse help output: several parsers and both stock formatters at a few
# $COLUMNS widths (plus a malformed and a missing value), byte for byte.
import io
import os
import sys
from optparse import (OptionParser, OptionGroup, IndentedHelpFormatter, HelpFormatter,
                      TitledHelpFormatter, SUPPRESS_HELP, SUPPRESS_USAGE)

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()


def sentence(seed, count):
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(count))


def build_simple(formatter=None):
    p = OptionParser(prog="simple", version="%prog 0.1", formatter=formatter)
    p.add_option("-f", "--file", dest="filename", metavar="FILE",
                 help="write the report to FILE [default: %default]", default="out.txt")
    p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                 help="don't print status messages to stdout")
    p.add_option("-n", type="int", help="how many (default %default)")
    p.add_option("--no-help-text", action="store_true")
    p.add_option("--secret", help=SUPPRESS_HELP)
    p.add_option("-p", "--point", nargs=2, type="float", metavar="X",
                 help="a point; " + sentence(1, 14))
    return p


def build_rich(formatter=None):
    p = OptionParser(usage="%prog [options] SOURCE... DEST", prog="rich",
                     description="%prog copies things. " + sentence(2, 30),
                     epilog="Report bugs to nobody. " + sentence(3, 18),
                     formatter=formatter)
    p.add_option("-r", "--recursive", action="store_true", help="descend into dirs")
    p.add_option("--an-extremely-long-option-name-indeed", metavar="VALUE",
                 help=sentence(4, 20))
    p.add_option("-m", "--mode", choices=["copy", "move"], default="copy",
                 help="what to do; one of copy, move [%default]")
    g = OptionGroup(p, "Dangerous Options",
                    "Caution: use these options at your own risk. " + sentence(5, 16))
    g.add_option("-g", action="store_true", help="group option")
    g.add_option("--force-overwrite-of-everything", action="store_true",
                 help=sentence(6, 12))
    p.add_option_group(g)
    g2 = p.add_option_group("Debug Options")
    g2.add_option("-d", "--debug", action="count", help="more debugging (repeatable)")
    g2.add_option("--trace-level", type="int", default=3, help="level [default: %default]")
    p.add_option_group("Empty Group", "This group has no options at all.")
    return p


def build_bare(formatter=None):
    p = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False, formatter=formatter)
    p.add_option("-a", help="a")
    return p


def build_custom_usage(formatter=None):
    p = OptionParser(usage="Usage: %prog [-x] file", prog="cu", formatter=formatter,
                     description="Short.")
    p.add_option("-x", "--ex", type="string", help="")
    return p


BUILDERS = [build_simple, build_rich, build_bare, build_custom_usage]


def show(parser):
    buf = io.StringIO()
    parser.print_help(buf)
    sys.stdout.write(buf.getvalue())
    print("----")


for columns in ("80", "40", "120", "10", "abc", None):
    if columns is None:
        os.environ.pop("COLUMNS", None)
    else:
        os.environ["COLUMNS"] = columns
    print("==== COLUMNS=%r" % (columns,))
    for builder in BUILDERS:
        print("--", builder.__name__, "indented")
        show(builder())
        print("--", builder.__name__, "titled")
        show(builder(TitledHelpFormatter()))

os.environ["COLUMNS"] = "70"
print("==== formatter variations")
variations = [
    IndentedHelpFormatter(indent_increment=4, max_help_position=30),
    IndentedHelpFormatter(width=50, short_first=0),
    IndentedHelpFormatter(max_help_position=10),
    TitledHelpFormatter(width=60, short_first=1),
    TitledHelpFormatter(indent_increment=3),
]
for index, fmt in enumerate(variations):
    print("-- variation", index, fmt.width, fmt.max_help_position)
    show(build_rich(fmt))

fmt = IndentedHelpFormatter()
fmt.set_long_opt_delimiter(" ")
fmt.set_short_opt_delimiter("")
show(build_simple(fmt))
for setter, value in ((fmt.set_long_opt_delimiter, ":"), (fmt.set_short_opt_delimiter, "=")):
    try:
        setter(value)
    except ValueError as e:
        print("ValueError", e)

fmt = IndentedHelpFormatter()
fmt.default_tag = None
show(build_simple(fmt))
p = build_simple()
p.formatter.default_tag = "%DEF"
p.add_option("--tagged", default=42, help="tag [%DEF] and %default")
p.set_default("n", 7)
show(p)

print("==== pieces")
p = build_rich()
print(repr(p.get_usage()))
print(repr(p.format_option_help()))
print(repr(p.format_description(p.formatter)))
print(repr(p.format_epilog(p.formatter)))
print(repr(p.format_help(TitledHelpFormatter(width=50))))
s = build_simple()
s.print_usage()
s.print_version()
print(repr(s.get_version()), repr(s.expand_prog_name("%prog and %prog")))
out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    s.parse_args(["--version"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = saved
print(code, repr(out.getvalue()))
sys.stdout = out = io.StringIO()
try:
    s.parse_args(["--he"])
except SystemExit as e:
    code = e.code
finally:
    sys.stdout = saved
print(code, repr(out.getvalue()))
s.set_usage("usage: %prog again")
print(repr(s.usage), repr(s.get_usage()))
s.set_usage(None)
print(repr(s.usage))
g = build_rich()
grp = g.option_groups[0]
grp.set_title("Renamed")
grp.set_description("Now with a different description that is long enough to wrap around.")
show(g)

print("==== odd help strings")
odd = OptionParser(prog="odd")
odd.add_option("-w", help="   ")
try:
    odd.format_help()
except IndexError:
    print("IndexError for whitespace-only help")
odd.get_option("-w").help = "  padded   help  text  "
show(odd)
try:
    odd.format_option_help(HelpFormatter(2, 24, 80, 1))
except NotImplementedError as e:
    print("NotImplementedError", e)
