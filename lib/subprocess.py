"""Run programs and collect what they print: run, call, check_call, check_output, getoutput,
getstatusoutput, and the errors CalledProcessError and TimeoutExpired (POSIX).

A child runs to its end inside one call, which blocks until then. Popen keeps that shape: the
child runs when the Popen is made, or, with stdin=PIPE, when its input is complete (stdin closed,
or communicate()); its captured output is then read from memory. A program cannot talk to a child
while it runs.
"""

import io
import os
import _subprocess

__all__ = ["run", "call", "check_call", "check_output", "getoutput", "getstatusoutput",
           "CompletedProcess", "SubprocessError", "CalledProcessError", "TimeoutExpired",
           "PIPE", "STDOUT", "DEVNULL", "list2cmdline", "Popen"]

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL


class _Signal:
    """Shown as CPython shows a signal.Signals member: <Signals.SIGKILL: 9>."""

    def __init__(self, number):
        self.number = number

    def __repr__(self):
        return "<Signals.%s: %d>" % (_subprocess.signal_names[self.number], self.number)


class SubprocessError(Exception):
    pass


def _output_alias():
    """A `stdout` property that reads and writes the error's `output`."""
    def read(self):
        return self.output

    def write(self, value):
        self.output = value
    return property(read, write)


class CalledProcessError(SubprocessError):
    """Raised when a program run by check_call, check_output or run(check=True) exits with a
    non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode, self.cmd = returncode, cmd
        self.output, self.stderr = output, stderr

    def __str__(self):
        code = self.returncode
        if not (code and code < 0):
            return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)
        # A negative status is the number of the signal that killed the program.
        signum = -code
        if signum not in _subprocess.signal_names:
            return "Command '%s' died with unknown signal %d." % (self.cmd, signum)
        return "Command '%s' died with %r." % (self.cmd, _Signal(signum))

    stdout = _output_alias()


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires before the program ends; the program has been killed."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd, self.timeout = cmd, timeout
        self.output, self.stderr = output, stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias()


class CompletedProcess:
    """What run() returns: the arguments, the exit status, and what was captured."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args, self.returncode = args, returncode
        self.stdout, self.stderr = stdout, stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell, executable):
    if shell:
        if isinstance(args, (str, bytes)):
            argv = [args]
        else:
            argv = list(args)
        argv = [executable or "/bin/sh", "-c"] + argv
    elif isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
        argv = [args]
    else:
        argv = list(args)
        if executable is not None:
            argv[0] = executable
    return [os.fsdecode(a) for a in argv]


def _stream(spec):
    if spec is None or isinstance(spec, int):
        return spec
    if hasattr(spec, "fileno"):
        spec.flush()
        return spec.fileno()
    raise TypeError("bad stream argument: %r" % (spec,))


def _text_output(data, encoding, errors):
    if data is None:
        return None
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _run(args, stdin=None, input=None, stdout=None, stderr=None, shell=False, cwd=None,
         timeout=None, env=None, text=None, universal_newlines=None, encoding=None, errors=None,
         executable=None):
    text_mode = bool(text or universal_newlines or encoding or errors)
    if input is not None:
        if text_mode:
            input = input.encode(encoding or "utf-8", errors or "strict")
        elif isinstance(input, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
    env_pairs = None
    if env is not None:
        env_pairs = []
        for name, value in env.items():
            env_pairs.append(os.fsdecode(name))
            env_pairs.append(os.fsdecode(value))
    if cwd is not None:
        cwd = os.fsdecode(cwd)
    returncode, out, err, timed_out = _subprocess.run(
        _argv(args, shell, executable), cwd, env_pairs, _stream(stdin), input,
        _stream(stdout), _stream(stderr), timeout)
    if timed_out:
        raise TimeoutExpired(args, timeout, out or None, err or None)
    if text_mode:
        out = _text_output(out, encoding, errors)
        err = _text_output(err, encoding, errors)
    return returncode, out, err


class _PendingInput:
    """Popen.stdin with stdin=PIPE: the input gathered until close() starts the child; in text
    mode it takes str and encodes it."""

    def __init__(self, popen, encoding):
        self._popen = popen
        self._encoding = encoding
        self._chunks = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError("write to closed file")
        if self._encoding is not None:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            self._chunks.append(data.encode(*self._encoding))
        else:
            self._chunks.append(bytes(data))
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._popen._start(b"".join(self._chunks))


class Popen:
    """A child program; see the module's doc for when it runs."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None,
                 extra_groups=None, encoding=None, errors=None, text=None, umask=-1,
                 pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.pid = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self._encoding = encoding
        self._errors = errors
        self._options = dict(stdout=stdout, stderr=stderr, shell=shell, cwd=cwd, env=env,
                             executable=executable)
        self._output = (stdout == PIPE, stderr == PIPE)
        if stdin == PIPE:
            text_encoding = (encoding or "utf-8", errors or "strict") if self.text_mode else None
            self.stdin = _PendingInput(self, text_encoding)
        else:
            self._start(None, stdin)

    def _start(self, data, stdin=None):
        if self.returncode is not None:
            return
        # The input is bytes by now: _run must not encode it again.
        self.returncode, out, err = _run(self.args, stdin=stdin, input=data, **self._options)
        self.pid = 0
        if self._output[0]:
            self.stdout = self._reader(out)
        if self._output[1]:
            self.stderr = self._reader(err)

    def _reader(self, data):
        if self.text_mode:
            return io.StringIO(_text_output(data, self._encoding, self._errors))
        return io.BytesIO(data)

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for stream in (self.stdout, self.stderr, self.stdin):
            if stream is not None:
                stream.close()
        self.wait()

    def communicate(self, input=None, timeout=None):
        """Send input, wait for the end, return (stdout, stderr) as captured (None if not)."""
        if self.returncode is None:
            if input is not None:
                if self.text_mode:
                    self.stdin.write(input)
                else:
                    self.stdin.write(memoryview(input))
            self.stdin.close()
        elif self.stdin is not None and not self.stdin.closed:
            self.stdin.close()
        out = self.stdout.read() if self.stdout is not None else None
        err = self.stderr.read() if self.stderr is not None else None
        return out, err

    def _ensure_started(self):
        if self.returncode is None:
            self.stdin.close()

    def wait(self, timeout=None):
        self._ensure_started()
        return self.returncode

    def poll(self):
        self._ensure_started()
        return self.returncode

    def send_signal(self, sig):
        pass

    def terminate(self):
        pass

    def kill(self):
        pass


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run the command described by args, wait for it to end, return a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    args = popenargs[0] if popenargs else kwargs.pop("args")
    returncode, out, err = _run(args, input=input, timeout=timeout, **kwargs)
    if check and returncode:
        raise CalledProcessError(returncode, args, output=out, stderr=err)
    return CompletedProcess(args, returncode, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its exit status."""
    return run(*popenargs, timeout=timeout, **kwargs).returncode


def check_call(*popenargs, **kwargs):
    """Run a command; CalledProcessError if its exit status is not zero, else 0."""
    status = call(*popenargs, **kwargs)
    if not status:
        return 0
    named = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if named is None else named)


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return what it wrote to stdout; CalledProcessError on a non-zero status."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(kw + " argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") \
                or kwargs.get("errors"):
            kwargs["input"] = ""
        else:
            kwargs["input"] = b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command, output with stderr merged and one trailing
    newline removed."""
    status = 0
    try:
        text = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
    except CalledProcessError as failure:
        status, text = failure.returncode, failure.output
    return status, text[:-1] if text.endswith("\n") else text


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (stdout and stderr), one trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted by the MS C runtime's rules."""
    return " ".join(_quote_for_msvcrt(arg) for arg in map(os.fsdecode, seq))


def _quote_for_msvcrt(arg):
    # Backslashes are literal except in front of a double quote: there each one is doubled and
    # the quote escaped; in front of a closing quote they are doubled. Quotes surround an
    # argument that is empty or holds a space or tab.
    quote = not arg or " " in arg or "\t" in arg
    pieces = []
    backslashes = 0  # seen and not yet written
    for ch in arg:
        if ch == "\\":
            backslashes += 1
            continue
        if ch == '"':
            pieces.append("\\" * (2 * backslashes + 1) + ch)
        else:
            pieces.append("\\" * backslashes + ch)
        backslashes = 0
    body = "".join(pieces)
    if quote:
        return '"' + body + "\\" * (2 * backslashes) + '"'
    return body + "\\" * backslashes
