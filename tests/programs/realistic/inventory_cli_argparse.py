# An argparse CLI with subcommands, groups and choices, run over many argv lists: parsed values,
# help and usage text, and the exit status 2 of its errors.
import argparse, sys

def build():
    p = argparse.ArgumentParser(prog="inventory", description="Manage an inventory of widgets stored in a flat file database with many fields.", epilog="See the manual for more.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity (repeatable)")
    p.add_argument("--db", metavar="PATH", default="inv.db", help="database file (default: %(default)s)")
    p.add_argument("--limit", type=int, choices=range(1, 6), help="limit")
    p.add_argument("--format", choices=["json", "csv", "table"], default="table")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--quiet", action="store_true")
    g.add_argument("--loud", action="store_true")
    sub = p.add_subparsers(dest="cmd", title="commands", help="sub-command help", required=True)
    a = sub.add_parser("add", help="add an item", aliases=["a"])
    a.add_argument("name")
    a.add_argument("qty", type=int, nargs="?", default=1)
    a.add_argument("--tag", action="append", dest="tags")
    r = sub.add_parser("remove", help="remove items")
    r.add_argument("names", nargs="+")
    r.add_argument("--force", "-f", action="store_true")
    l = sub.add_parser("list")
    l.add_argument("--sort", choices=("name", "qty"))
    l.add_argument("pattern", nargs="*")
    return p

argvs = [
    ["add", "bolt", "5", "--tag", "x", "--tag", "y"],
    ["-vv", "a", "nut"],
    ["remove", "x", "y", "-f"],
    ["list", "--sort", "qty", "a*", "b*"],
    ["--limit", "3", "list"],
    ["--help"],
    ["add", "--help"],
    [],
    ["add"],
    ["add", "x", "notint"],
    ["--limit", "9", "list"],
    ["--quiet", "--loud", "list"],
    ["bogus"],
    ["list", "--sort", "size"],
    ["remove"],
    ["--format", "xml", "list"],
    ["list", "--unknown"],
    ["--db"],
    ["-x"],
    ["--verb", "list"],
    ["--form", "json", "list"],
    ["--version"],
]
for argv in argvs:
    sys.argv = ["inventory"] + argv
    print("==", argv)
    try:
        ns = build().parse_args()
        print(sorted(vars(ns).items()))
    except SystemExit as e:
        print("exit", e.code)
