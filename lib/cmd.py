"""Line-oriented command interpreters.

Subclass Cmd and give it do_<name>(self, arg) methods: each input line is split into a command
word and the rest, and the matching do_ method runs with the rest. A do_ method returning a true
value ends cmdloop(). help_<name> methods (or do_ docstrings) feed the built-in help command,
complete_<name> methods feed tab completion when readline is available."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


def _layout(items, displaywidth):
    """The fewest rows (and their column widths) that fit items within displaywidth.

    Columns are separated by two spaces; one item per row is the fallback when nothing fits."""
    for nrows in range(1, len(items)):
        total = -2
        widths = []
        for start in range(0, len(items), nrows):
            width = max(len(item) for item in items[start:start + nrows])
            widths.append(width)
            total += width + 2
            if total > displaywidth:
                break
        if total <= displaywidth:
            return nrows, widths
    return len(items), [0]


def _raw_line(prompt):
    """input(prompt), reading a replaced sys.stdin as input() does; 'EOF' at end of input."""
    if sys.stdin is not sys.__stdin__:
        # input() on a non-console stdin writes the prompt to sys.stdout and reads one line
        sys.stdout.write(prompt)
        sys.stdout.flush()
        line = sys.stdin.readline()
        if not line:
            return 'EOF'
        return line[:-1] if line.endswith('\n') else line
    try:
        return input(prompt)
    except EOFError:
        return 'EOF'


class Cmd:
    """A framework for line-oriented command interpreters (see the module docstring)."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        """completekey names the readline key that completes; stdin and stdout default to sys's.

        A stdin given here is only read when use_rawinput is false."""
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    # -- the loop ---------------------------------------------------------------------------

    def cmdloop(self, intro=None):
        """Show the intro, then read, dispatch and post-process lines until a command says stop."""
        self.preloop()
        saved_completer = self._install_completer()
        try:
            self._greet(intro)
            stop = None
            while not stop:
                stop = self._step(self._next_line())
            self.postloop()
        finally:
            self._restore_completer(saved_completer)

    def _greet(self, intro):
        """Show the intro (an argument replaces the attribute for good)."""
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")

    def _step(self, line):
        """One pass of the loop over a line: precmd, onecmd, postcmd; the stop flag."""
        prepared = self.precmd(line)
        return self.postcmd(self.onecmd(prepared), prepared)

    def _next_line(self):
        """The next queued or typed line, without its line ending; 'EOF' at end of input."""
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            return _raw_line(self.prompt)
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not len(line):
            return 'EOF'
        return line.rstrip('\r\n')

    def _install_completer(self):
        """Bind our completer in readline when typing at a terminal; the old one, to restore."""
        if not (self.use_rawinput and self.completekey):
            return None
        try:
            import readline
        except ImportError:
            return None
        previous = readline.get_completer()
        readline.set_completer(self.complete)
        readline.parse_and_bind(self.completekey + ": complete")
        return (readline, previous)

    def _restore_completer(self, saved):
        if saved is not None:
            readline, previous = saved
            try:
                readline.set_completer(previous)
            except Exception:
                pass

    # -- hooks ------------------------------------------------------------------------------

    def precmd(self, line):
        """Called with each line before it is dispatched; returns the line to dispatch."""
        return line

    def postcmd(self, stop, line):
        """Called after each command with its stop flag; returns the flag cmdloop will use."""
        return stop

    def preloop(self):
        """Called once when cmdloop() starts."""
        pass

    def postloop(self):
        """Called once when cmdloop() is about to return."""
        pass

    # -- dispatch ---------------------------------------------------------------------------

    def parseline(self, line):
        """Split a line into (command, argument, line); '?' means help and '!' means shell.

        The command is the leading run of identchars; (None, None, line) when there is none
        to look at ('!' without a do_shell method, or an empty line)."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one line as a command, as cmdloop does; returns the command's stop flag."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        # EOF is never worth repeating on an empty line
        self.lastcmd = '' if line == 'EOF' else line
        if command == '':
            return self.default(line)
        try:
            handler = getattr(self, 'do_' + command)
        except AttributeError:
            return self.default(line)
        return handler(arg)

    def emptyline(self):
        """An empty line repeats the last non-empty command (override to change that)."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        """Called for a line whose command has no do_ method."""
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    # -- completion -------------------------------------------------------------------------

    def completedefault(self, *ignored):
        """Completions for a command without a complete_ method: none."""
        return []

    def completenames(self, text, *ignored):
        """Command names starting with text."""
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """readline's completer: the state-th completion of text in the current line."""
        if state == 0:
            import readline
            whole = readline.get_line_buffer()
            stripped = whole.lstrip()
            shift = len(whole) - len(stripped)
            begin = readline.get_begidx() - shift
            end = readline.get_endidx() - shift
            if begin > 0:
                command, args, _ = self.parseline(stripped)
                if command == '':
                    finder = self.completedefault
                else:
                    finder = getattr(self, 'complete_' + command, self.completedefault)
            else:
                finder = self.completenames
            self.completion_matches = finder(text, stripped, begin, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        """The attribute names that help and completion look through."""
        return dir(self.__class__)

    def complete_help(self, *args):
        """Completions for 'help': command names and help topics."""
        found = set(self.completenames(*args))
        prefix = 'help_' + args[0]
        found.update(name[5:] for name in self.get_names() if name.startswith(prefix))
        return list(found)

    # -- help -------------------------------------------------------------------------------

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = self.get_names()
        topics = {name[5:] for name in names if name[:5] == 'help_'}
        documented = []
        undocumented = []
        seen = set()
        for name in sorted(names):
            if name[:3] != 'do_' or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                topics.discard(command)
                documented.append(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, topic):
        """help <topic>: the help_ method, else the do_ method's docstring, else nohelp."""
        try:
            show = getattr(self, 'help_' + topic)
        except AttributeError:
            try:
                doc = getattr(self, 'do_' + topic).__doc__
            except AttributeError:
                doc = None
            if doc:
                self.stdout.write("%s\n" % str(doc))
            else:
                self.stdout.write("%s\n" % str(self.nohelp % (topic,)))
            return
        show()

    def print_topics(self, header, cmds, cmdlen, maxcol):
        """One help section: the header, a ruler under it, the names in columns, a blank line."""
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print a list of strings in as few rows as fit in displaywidth, filled column by column."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [str(index) for index, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(bad))
        if len(list) == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        nrows, widths = _layout(list, displaywidth)
        for row in range(nrows):
            cells = [list[index] for index in range(row, len(list), nrows)][:len(widths)]
            while cells and not cells[-1]:
                cells.pop()
            padded = [cell.ljust(widths[col]) for col, cell in enumerate(cells)]
            self.stdout.write("%s\n" % str("  ".join(padded)))
