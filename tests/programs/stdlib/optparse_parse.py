# optparse: many generated command lines through a few parsers; prints the
# resulting Values and leftover arguments, or the usage/error text and exit status.
import io
import sys
from optparse import (OptionParser, Option, OptionGroup, Values, OptionError,
                      OptionValueError, BadOptionError, AmbiguousOptionError,
                      OptionConflictError, make_option, SUPPRESS_USAGE)

_state = [20240611]


def rand(n):
    # Small deterministic LCG so the argv lists are reproducible.
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n


def run(parser, argv):
    saved_out, saved_err = sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        values, args = parser.parse_args(argv)
        result = "ok %s %s" % (values, args)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    except Exception as e:
        result = "raised %s %s" % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
    print(repr(argv))
    print("  ", result)
    if out.getvalue():
        print("   stdout:", repr(out.getvalue()))
    if err.getvalue():
        print("   stderr:", repr(err.getvalue()))


def record(option, opt, value, parser, tag="cb"):
    parser.values.ensure_value("seen", []).append((tag, opt, value, len(parser.rargs), len(parser.largs)))


def swallow_rest(option, opt, value, parser):
    setattr(parser.values, option.dest, list(parser.rargs))
    del parser.rargs[:]


def reject_big(option, opt, value, parser):
    if value > 10:
        raise OptionValueError("%s: %d is too big" % (opt, value))
    setattr(parser.values, option.dest, value)


def build_main():
    p = OptionParser(prog="tool", version="%prog 2.5")
    p.add_option("-f", "--file", dest="filename", metavar="FILE")
    p.add_option("-v", "--verbose", action="count", default=0)
    p.add_option("-q", "--quiet", action="store_false", dest="loud", default=True)
    p.add_option("-n", "--num", type="int")
    p.add_option("-x", type="float", dest="ratio")
    p.add_option("-z", "--cplx", type="complex")
    p.add_option("-L", "--long-value", type="long")
    p.add_option("-m", "--mode", choices=["fast", "slow", "safe"])
    p.add_option("-a", "--add", action="append", dest="items")
    p.add_option("-C", action="append_const", const=7, dest="consts")
    p.add_option("-K", "--konst", action="store_const", const="K!")
    p.add_option("-p", "--pair", nargs=2, type="int")
    p.add_option("--verify", action="store_true")
    p.add_option("--version-check", action="store_true", dest="vc")
    p.add_option("-c", "--cb", action="callback", callback=record)
    p.add_option("--cbv", action="callback", callback=record, type="string",
                 callback_args=("typed",))
    p.add_option("--big", action="callback", callback=reject_big, type="int", dest="big")
    return p


MAIN_TOKENS = ["-f", "out.txt", "--file=a=b", "--fi", "-fname", "-v", "-vvv", "--verb",
               "--verbose=3", "-q", "--quiet", "-n", "42", "-n0x1F", "--num=017", "-n", "0b101",
               "--num", "abc", "-n", "-3", "-x", "2.5", "-x", "nan", "-xjunk", "-z", "1+2j",
               "--cplx=bad", "-L", "99", "-m", "fast", "--mode=turbo", "--mo", "safe",
               "-a", "one", "-atwo", "--add=", "-C", "-CC", "-K", "--ko", "-p", "1", "2",
               "--pair=3", "4", "-p", "5", "--ver", "--verify", "--version-check",
               "--versio", "-c", "--cb", "--cbv=hello", "--cbv", "--big", "3", "--big=99",
               "pos1", "pos2", "-", "--", "-y", "--unknown", "-qvk", "-vq", "-h"]


def build_plain():
    p = OptionParser(prog="plain", usage="usage: %prog [-ab] ARGS", add_help_option=False)
    p.disable_interspersed_args()
    p.add_option("-a", action="store_true", default=False)
    p.add_option("-b", "--bee", default="5", type="int")
    p.add_option("--rest", action="callback", callback=swallow_rest, dest="rest")
    p.add_option("--two-word", dest="tw", type="choice", choices=("x", "y"))
    return p


PLAIN_TOKENS = ["-a", "-b", "7", "-b7", "--bee=8", "--be", "-ab3", "--rest", "r1", "r2",
                "--two-word=x", "--two=z", "--two-word", "arg", "other", "--", "-h", "-ba"]


def build_grouped():
    p = OptionParser(prog="grp", conflict_handler="resolve")
    p.add_option("-o", "--output", default="-")
    p.add_option("-d", "--debug", action="store_true")
    g = OptionGroup(p, "Advanced")
    g.add_option("-d", "--dry-run", action="store_true", dest="dry")
    g.add_option("--level", type="int", default="3")
    p.add_option_group(g)
    g2 = p.add_option_group("Extra", "More things.")
    g2.add_option("--output-dir", dest="outdir")
    g2.add_option("--debug", action="store_const", const=2, dest="debug")
    p.set_defaults(outdir="/tmp/none", level="4")
    return p


GROUPED_TOKENS = ["-o", "f", "--out", "--output", "g", "--output-d=h", "-d", "--dry",
                  "--debug", "--level=9", "--lev", "x", "--level", "0x10", "a", "b", "-"]


def generate(parser_builder, tokens, count):
    for _ in range(count):
        length = rand(6)
        argv = [tokens[rand(len(tokens))] for _ in range(length)]
        run(parser_builder(), argv)


print("== main")
generate(build_main, MAIN_TOKENS, 140)
for fixed in (["--version"], ["-h"], ["-vvq", "--", "-v"], ["-p", "1"], ["-n"], ["--ver"],
              ["--verify=yes"], ["-fq"], ["--file", "-q"], []):
    run(build_main(), fixed)

print("== plain")
generate(build_plain, PLAIN_TOKENS, 60)

print("== grouped")
generate(build_grouped, GROUPED_TOKENS, 60)
g = build_grouped()
print(g.get_option("-d").dest, g.get_option("--dry-run").dest, g.get_option("--debug").dest)
print(g.get_option_group("--level").title, g.get_option_group("-o"))
print(sorted(g.defaults.items()))

print("== option definition errors")
bad_specs = [
    ((), {}),
    (("x",), {}),
    (("-",), {}),
    (("--",), {}),
    (("-xy",), {}),
    (("---x",), {}),
    (("-x", "y"), {}),
    (("-x",), {"action": "frobnicate"}),
    (("-x",), {"type": "widget"}),
    (("-x",), {"type": int}),
    (("-x",), {"type": str}),
    (("-x",), {"type": float, "action": "store_true"}),
    (("-x",), {"type": "choice"}),
    (("-x",), {"choices": "abc", "type": "choice"}),
    (("-x",), {"choices": {"a": 1}, "type": "choice"}),
    (("-x",), {"choices": ["a"], "type": "int"}),
    (("-x",), {"const": 3}),
    (("-x",), {"nargs": 2, "action": "count"}),
    (("-x",), {"action": "callback", "callback": 5}),
    (("-x",), {"action": "callback", "callback": record, "callback_args": [1]}),
    (("-x",), {"action": "callback", "callback": record, "callback_kwargs": [1]}),
    (("-x",), {"callback": len}),
    (("-x",), {"callback_args": (1,)}),
    (("-x",), {"callback_kwargs": {}}),
    (("-x",), {"bogus": 1, "alpha": 2}),
    (("-x", "--long-name-here"), {}),
    (("-x",), {"action": "store_const", "const": 1}),
    (("", "-y"), {}),
]
for args, kwargs in bad_specs:
    try:
        o = Option(*args, **kwargs)
        print("ok", str(o), o.action, o.type, o.dest, o.nargs, o.default, o.choices)
    except Exception as e:
        print(type(e).__name__, e)

print("== conflicts and containers")
p = OptionParser(prog="c")
p.add_option("-a", "--alpha")
for spec in (("-a",), ("--alpha", "-b"), ("-h",)):
    try:
        p.add_option(*spec)
    except OptionConflictError as e:
        print(type(e).__name__, e, "|", e.msg, "|", e.option_id)
for bad in ((5,), ("-q", 1), ()):
    try:
        p.add_option(*bad) if bad else p.add_option(Option("-q"), dest="q")
    except Exception as e:
        print(type(e).__name__, e)
try:
    p.add_option_group(OptionGroup(OptionParser(), "foreign"))
except Exception as e:
    print(type(e).__name__, e)
try:
    p.add_option_group(3)
except Exception as e:
    print(type(e).__name__, e)
try:
    OptionParser(conflict_handler="ignore")
except Exception as e:
    print(type(e).__name__, e)
print(p.has_option("-a"), p.has_option("--alpha"), p.has_option("-z"))
p.remove_option("--alpha")
print(p.has_option("-a"), [str(o) for o in p.option_list])
try:
    p.remove_option("--alpha")
except Exception as e:
    print(type(e).__name__, e)
r = OptionParser(prog="r", conflict_handler="resolve", add_help_option=False)
r.add_option("-a", "--all", action="store_true")
r.add_option("-a", action="store_false", dest="nope")
r.add_option("--all", action="count")
print([str(o) for o in r.option_list], r.parse_args(["-a", "--all", "--all"])[0])
r.add_option(make_option("-b", "--bee", action="store_true"))
r.add_options([Option("-c"), Option("-d", dest="dd", default="x")])
print([str(o) for o in r.option_list], r.defaults)

print("== Values")
v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v == 5, v != {"a": 2})
print(v.ensure_value("b", []), v.ensure_value("a", 9), v.ensure_value("c", "new"), v)
v._update({"a": None, "b": 3, "zz": 4}, "careful")
print(v)
v._update({"a": None, "zz": 4}, "loose")
print(v)
try:
    v._update({}, "sloppy")
except Exception as e:
    print(type(e).__name__, e)
print(Values(), Values(None) == {}, Values({}) == Values())
rep = repr(Values({"k": 1}))
print(rep.startswith("<Values at 0x"), rep.endswith(": {'k': 1}>"))
o = Option("-s", "--size", type="int")
print(repr(o).startswith("<Option at 0x"), repr(o).endswith(": -s/--size>"), str(o))
print(o.get_opt_string(), Option("-s").get_opt_string(), o.takes_value(),
      Option("-t", action="store_true").takes_value())

print("== exceptions")
for e in (BadOptionError("--nope"), AmbiguousOptionError("--ab", ["--abc", "--abd"]),
          OptionValueError("bad value"), OptionError("broken", Option("-r")),
          OptionError("anon", Option("-r", "--rr"))):
    print(type(e).__name__, str(e), "|", e.msg if hasattr(e, "msg") else e.opt_str)
print(issubclass(AmbiguousOptionError, BadOptionError), issubclass(OptionConflictError, OptionError))

print("== defaults")
d = OptionParser(prog="d")
d.add_option("-n", type="int", default="12")
d.add_option("-f", type="float")
d.add_option("-s")
d.set_default("f", "1.5")
d.set_defaults(s=None, extra="e")
print(d.get_default_values())
d.set_process_default_values(False)
print(d.get_default_values())
d.set_process_default_values(True)
d.set_default("n", "twelve")
run(d, [])
vals = Values({"preset": True})
parsed, rest = d.parse_args(["-n", "3"], vals)
print(parsed is vals, rest, vals)
u = OptionParser(usage=SUPPRESS_USAGE, prog="u")
run(u, ["--bad"])
u2 = OptionParser(usage="USAGE: %prog things", prog="u2")
run(u2, ["--bad"])
print(u2.usage, u2.get_usage(), end="")
print(u2.get_version() == "", OptionParser(version="%prog v", prog="pv").get_version())

print("== conversions")
conv = OptionParser(prog="conv")
conv.add_option("-i", type="int")
conv.add_option("-l", type="long")
conv.add_option("-f", type="float")
conv.add_option("-c", type="complex")
conv.add_option("-k", type="choice", choices=["a", "B", "1"])
samples = ["0", "7", "-7", "+7", "017", "0o17", "08", "0x1f", "0X1F", "-0x1f", "0b101", "0B11",
           "0b", "0x", "1_000", " 12 ", "1e3", "1.5", "-.5", "inf", "-inf", "nan", "1+2j",
           "j", "2J", "(1+2j)", "abc", "", "0b102", "00", "a", "B", "b", "1", "٣"]
for flag in ("-i", "-l", "-f", "-c", "-k"):
    for sample in samples:
        if flag == "-c" and not sample.isascii():
            continue  # complex() of non-ASCII digits is a separate runtime gap
        run(conv, [flag, sample])
