# optparse extension points: Option subclasses with new types and actions,
# variable-length callbacks, parser subclasses and the option_list/standard_option_list hooks.
import io
import sys
from copy import copy
from optparse import (OptionParser, Option, OptionValueError, OptionError, Values,
                      make_option)


def check_pair(option, opt, value):
    left, sep, right = value.partition(":")
    if not sep:
        raise OptionValueError("option %s: expected KEY:VALUE, got %r" % (opt, value))
    return (left, right)


class PairOption(Option):
    TYPES = Option.TYPES + ("pair",)
    TYPE_CHECKER = copy(Option.TYPE_CHECKER)
    TYPE_CHECKER["pair"] = check_pair
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


def vararg_callback(option, opt_str, value, parser):
    collected = []
    for arg in parser.rargs:
        if arg.startswith("-") and len(arg) > 1:
            break
        collected.append(arg)
    del parser.rargs[:len(collected)]
    setattr(parser.values, option.dest, collected)


def only_once(option, opt_str, value, parser):
    if getattr(parser.values, option.dest) is not None:
        raise OptionValueError("can't use %s more than once" % opt_str)
    setattr(parser.values, option.dest, value)


class StrictParser(OptionParser):
    standard_option_list = [make_option("--std", action="store_true", help="standard")]

    def check_values(self, values, args):
        if len(args) > 2:
            self.error("too many arguments: %d" % len(args))
        return values, [a.upper() for a in args]


def attempt(parser, argv):
    saved = sys.stderr, sys.stdout
    sys.stderr = err = io.StringIO()
    sys.stdout = out = io.StringIO()
    try:
        values, args = parser.parse_args(argv)
        text = "%s %s" % (values, args)
    except SystemExit as e:
        text = "exit %s" % e.code
    except Exception as e:
        text = "%s %s" % (type(e).__name__, e)
    finally:
        sys.stderr, sys.stdout = saved
    print(argv, "->", text, repr(err.getvalue()), repr(out.getvalue()))


def build():
    p = StrictParser(prog="ext", option_class=PairOption,
                     option_list=[PairOption("-k", "--key", type="pair", action="append")])
    p.add_option("-e", "--extend", action="extend", dest="words")
    p.add_option("-V", "--vals", action="callback", callback=vararg_callback, dest="vals")
    p.add_option("-o", "--once", action="callback", callback=only_once, type="int",
                 dest="once")
    p.add_option("--count", type=int, default=0)
    return p


seed = 77
tokens = ["-k", "a:b", "--key=c:d", "-kbad", "-e", "x,y", "--ext=z", "-V", "1", "2", "-V",
          "--vals", "-o", "5", "--once=6", "-o", "x", "--count", "9", "--cou=0x2", "p", "q",
          "r", "--std", "--", "-k"]
for _ in range(70):
    seed = (seed * 69069 + 1) % 4294967296
    size = (seed >> 10) % 6
    argv = []
    for _ in range(size):
        seed = (seed * 69069 + 1) % 4294967296
        argv.append(tokens[(seed >> 12) % len(tokens)])
    attempt(build(), argv)

p = build()
print([str(o) for o in p.option_list])
print(p.format_help(), end="")
for spec in ({"type": "pair", "action": "store_true"}, {"action": "extend"},
             {"type": "triple"}):
    try:
        o = PairOption("-z", **spec)
        print("ok", o.action, o.type, o.dest, o.nargs)
    except OptionError as e:
        print("OptionError", e)
try:
    Option("-z", action="extend")
except OptionError as e:
    print("OptionError", e)
base = build()
print(base.parse_args([], Values({"count": 100}))[0])
print(base.parse_args(["--count", "3"])[0].count)
attempt(base, ["a", "b", "c"])
