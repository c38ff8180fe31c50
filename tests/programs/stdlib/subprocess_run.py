# subprocess: run, call, check_call, check_output, getoutput, Popen; captured, merged, inherited
# and discarded streams; text mode; errors, timeouts and signals; os.system.
import subprocess, sys, os
print("start", flush=True)
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(repr(r.stdout), r.returncode, r.args)
r = subprocess.run(["echo", "inherited"])
print(r)
r = subprocess.run("echo $((1+2)); echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, repr(e.output), repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(str(e), repr(e))
print(subprocess.check_output(["printf", "a\\r\\nb\\rc"]))
print(repr(subprocess.check_output(["printf", "a\\r\\nb\\rc"], text=True)))
print(repr(subprocess.check_output(["printf", "a\\r\\nb\\rc"], encoding="utf-8")))
print(subprocess.run(["cat"], input=b"fed in", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in", capture_output=True, text=True).stdout)
print(subprocess.run("echo out; echo err 1>&2; echo out2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.call(["sh", "-c", "exit 5"]), subprocess.check_call(["true"]))
print(subprocess.getoutput("echo hello; echo there"), subprocess.getstatusoutput("echo no; exit 2"))
try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print(e, e.errno, e.filename)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "echo part; sleep 10"], timeout=1.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e, repr(e.output), repr(e.stdout), repr(e.stderr))
r = subprocess.run(["sh", "-c", "kill -9 $$"])
print(r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, capture_output=True).stdout)
print(subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True).stdout.strip())
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), subprocess.SubprocessError.__mro__)
print(subprocess.CompletedProcess(["a"], 0))
print(subprocess.CompletedProcess("a b", 1, "o", "e"))
try:
    subprocess.run(["cat"], input="str", capture_output=True)
except TypeError as e:
    print("TypeError", e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print(e)
try:
    subprocess.run(["true"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
import tempfile, shutil
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "out.txt"), "w") as f:
    subprocess.run(["echo", "to file"], stdout=f)
print(open(os.path.join(tmp, "out.txt")).read(), end="")
shutil.rmtree(tmp)
print(subprocess.run(["echo", b"bytes-arg", "x"], capture_output=True).stdout)
print(os.system("exit 3") >> 8)
print(subprocess.list2cmdline(["a b", "c"]))
p = subprocess.Popen(["echo", "popen"], stdout=subprocess.PIPE)
out, err = p.communicate()
print(out, err, p.returncode, p.wait(), p.poll())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("abc\r\nline")
print(repr(out), err, p.returncode)
with subprocess.Popen(["sh", "-c", "echo a; echo b; exit 4"], stdout=subprocess.PIPE) as p:
    for line in p.stdout:
        print(line)
print(p.returncode)
p = subprocess.Popen(["sh", "-c", "exit 2"])
print(p.wait(), p.returncode)
p = subprocess.Popen("echo shell $((2*3))", shell=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
print(p.stdout.read(), p.stderr.read(), p.wait())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"one ")
p.stdin.write(b"two")
p.stdin.close()
print(p.stdout.read(), p.wait())
print(repr(p)[:17])
print(isinstance(p.pid, int))
print(subprocess.Popen(["cat"], stdin=subprocess.PIPE).communicate(b"via communicate\n"))
print("end")
