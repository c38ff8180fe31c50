# cmd.Cmd driven by StringIO input: dispatch, help layout, shortcuts, hooks, columnize.
import io
import sys
import cmd


class Shell(cmd.Cmd):
    intro = "Welcome to the test shell."
    prompt = "(test) "

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.events = []

    def preloop(self):
        self.events.append("preloop")

    def postloop(self):
        self.events.append("postloop")

    def precmd(self, line):
        self.events.append("pre:" + line)
        return line.replace("SHOUT", "greet")

    def postcmd(self, stop, line):
        self.events.append("post:%r" % (stop,))
        return stop

    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        self.stdout.write("hello %r\n" % arg)

    def do_add(self, arg):
        """Add numbers."""
        try:
            total = sum(int(x) for x in arg.split())
        except ValueError as e:
            self.stdout.write("error: %s\n" % e)
            return
        self.stdout.write("%d\n" % total)

    def do_shell(self, arg):
        self.stdout.write("shell got %r\n" % arg)

    def do_nodoc(self, arg):
        self.stdout.write("nodoc %r\n" % arg)

    def do_quit(self, arg):
        """Quit the shell."""
        self.stdout.write("bye\n")
        return True

    def do_EOF(self, arg):
        self.stdout.write("EOF reached\n")
        return True

    def help_add(self):
        self.stdout.write("add: sums its integer arguments\n")

    def help_topics(self):
        self.stdout.write("some extra topic\n")

    def help_more(self):
        self.stdout.write("more topic\n")

    def complete_greet(self, text, line, begidx, endidx):
        return [n for n in ["alice", "albert", "bob"] if n.startswith(text)]


def run(shell_class, text, **attrs):
    out = io.StringIO()
    shell = shell_class(stdin=io.StringIO(text), stdout=out)
    shell.use_rawinput = False
    for k, v in attrs.items():
        setattr(shell, k, v)
    shell.cmdloop()
    print(out.getvalue(), end="")
    print("--- events:", getattr(shell, "events", None))
    print("--- lastcmd:", repr(shell.lastcmd))


script = """greet world
add 1 2 3

add 4 x
unknown stuff
?greet
? add
help topics
help nosuch
help nodoc
!ls -l
  greet   spaced
SHOUT loud
123abc
help
help help
quit
greet never
"""
run(Shell, script)
print("=== EOF ending")
run(Shell, "greet a\n\n")
print("=== intro override, blank prompt")
out = io.StringIO()
s = Shell(stdin=io.StringIO("add 5\n"), stdout=out)
s.use_rawinput = False
s.prompt = ""
s.cmdloop("Other intro")
print(out.getvalue(), end="")


class Bare(cmd.Cmd):
    def do_a(self, arg):
        pass

    def do_EOF(self, arg):
        return True


print("=== bare cmd without shell")
run(Bare, "!x\nfoo\na\n\n?\n")

print("=== parseline")
sh = Shell(stdout=io.StringIO())
for line in ["", "   ", "greet x", "?", "?x", "!", "!cmd arg", "a-b c", "  word  rest  ", "x=1", "__init__ y",
             "help", "EOF", "12 3", "-x"]:
    print(repr(line), sh.parseline(line))
bare = Bare(stdout=io.StringIO())
print(bare.parseline("!echo"))

print("=== onecmd")
out = io.StringIO()
sh = Shell(stdout=out)
print(sh.onecmd("greet direct"), sh.onecmd("quit"), sh.onecmd(""), repr(sh.lastcmd))
print(sh.onecmd("EOF"), repr(sh.lastcmd), sh.onecmd(""))
print(repr(out.getvalue()))

print("=== completion helpers")
print(sorted(sh.completenames("")))
print(sorted(sh.completenames("g")), sh.completenames("zz"))
print(sorted(sh.complete_help("")))
print(sorted(sh.complete_help("m")))
print(sh.completedefault("x", "y", 0, 1))
print(sh.complete_greet("al", "greet al", 6, 8))

print("=== cmdqueue")
out = io.StringIO()
q = Shell(stdin=io.StringIO("quit\n"), stdout=out)
q.use_rawinput = False
q.intro = None
q.cmdqueue.extend(["greet queued", "add 10 20"])
q.cmdloop()
print(out.getvalue(), end="")

print("=== columnize")
seed = 7


def rnd(n):
    global seed
    seed = (seed * 69069 + 1) % 4294967296
    return (seed >> 16) % n


for trial in range(40):
    count = rnd(30)
    words = ["w" * (1 + rnd(12)) + str(i) for i in range(count)]
    width = 10 + rnd(80)
    out = io.StringIO()
    c = cmd.Cmd(stdout=out)
    c.columnize(words, width)
    print(trial, width, repr(out.getvalue()))
out = io.StringIO()
c = cmd.Cmd(stdout=out)
c.columnize([])
c.columnize(["only"])
c.columnize(["a", "", "b", ""], 10)
c.columnize(["x" * 100, "y"], 20)
print(repr(out.getvalue()))
try:
    c.columnize(["a", 1, "b", None])
except Exception as e:
    print(type(e).__name__, e)

print("=== custom headers and ruler")


class Custom(Shell):
    doc_leader = "Leader text"
    doc_header = "Docs:"
    misc_header = "Misc:"
    undoc_header = "Undoc:"
    ruler = "-"
    nohelp = "no help for %s!"

    def do_zeta(self, arg):
        pass

    def do_alpha(self, arg):
        "Alpha."


run(Custom, "help\nhelp zzz\nquit\n", intro="")
run(Custom, "help\nquit\n", ruler="", intro=None)

print("=== many commands")
attrs = {}
for i in range(30):
    def f(self, arg, i=i):
        self.stdout.write("cmd %d\n" % i)
    if i % 3 == 0:
        f.__doc__ = "doc %d" % i
    attrs["do_command_%02d" % i] = f
attrs["do_EOF"] = lambda self, arg: True
Many = type("Many", (cmd.Cmd,), attrs)
run(Many, "help\ncommand_05\ncommand_5\n\n")

print("=== use_rawinput with sys.stdin")
saved = sys.stdin
sys.stdin = io.StringIO("greet raw\nadd 2 2\n")
out = io.StringIO()
r = Shell(stdout=out)
r.intro = ""
r.prompt = ""
try:
    r.cmdloop()
finally:
    sys.stdin = saved
print(out.getvalue(), end="")
print(r.events)
print(cmd.Cmd.prompt, repr(cmd.Cmd.identchars[:5]), cmd.Cmd.use_rawinput, cmd.__all__)
print(cmd.Cmd.do_help.__doc__)
