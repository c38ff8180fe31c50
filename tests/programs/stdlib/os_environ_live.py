# os.environ is a live mapping: its changes reach getenv, expandvars and child processes;
# putenv and unsetenv change the process environment only; str keys and values only.
import os, subprocess, sys
print(type(os.environ).__name__, type(os.environ).__module__)
os.environ["MYV"] = "hello"
print(os.path.expandvars("$MYV/${MYV}/$NOPE_X"), os.getenv("MYV"), os.environ.get("MYV"), "MYV" in os.environ)
print(subprocess.run(["sh", "-c", "echo child:$MYV"], capture_output=True, text=True).stdout.strip())
del os.environ["MYV"]
print(os.path.expandvars("$MYV"), os.getenv("MYV", "dflt"), "MYV" in os.environ)
print(subprocess.run(["sh", "-c", "echo child:${MYV:-unset}"], capture_output=True, text=True).stdout.strip())
for bad in [lambda: os.environ.__setitem__("A", 1), lambda: os.environ.__setitem__(1, "a"), lambda: os.environ[2],
            lambda: 3 in os.environ, lambda: os.environ["NOPE_Y"], lambda: os.environ.__delitem__("NOPE_Y"),
            lambda: os.environ.pop("NOPE_Y"), lambda: os.environ.get(5), lambda: os.putenv("A=B", "x"),
            lambda: os.putenv("", "x"), lambda: os.environ.__setitem__("Q", "a\0b"), lambda: os.unsetenv(4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
os.putenv("PUTV", "1")
print("PUTV" in os.environ, subprocess.run(["sh", "-c", "echo $PUTV"], capture_output=True, text=True).stdout.strip())
os.environ.update({"U1": "a"}, U2="b")
os.environ.update([("U3", "c")])
print(sorted(k for k in os.environ if k.startswith("U") and len(k) == 2), os.environ.setdefault("U1", "z"), os.environ.setdefault("U4", "d"))
print(os.environ.pop("U4"), os.environ.pop("U4", "gone"), "U4" in os.environ)
d = os.environ.copy(); print(type(d).__name__, d["U1"])
print(type(os.environ | {"X": "1"}).__name__, ({"X": "1"} | os.environ)["U2"])
os.environ |= {"U5": "e"}
print(os.environ["U5"], os.environ == dict(os.environ), os.environ == os.environ.copy(), os.environ != {})
for k in list(os.environ):
    if k.startswith("U") and len(k) == 2:
        del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("U") and len(k) == 2))
for k in os.environ:
    if k == "PATH":
        os.environ["ZZ_ADDED"] = "1"
print(os.environ.pop("ZZ_ADDED"))
print(repr(os.environ)[:9], len(os.environ) == len(dict(os.environ)))
for f in [lambda: os.unsetenv(''), lambda: os.unsetenv('A=B'), lambda: os.unsetenv('A\0'), lambda: os.putenv(1,'x'), lambda: os.putenv('A', 1), lambda: os.putenv('A\0','x'),lambda: os.putenv('A','x\0'), lambda: os.environ.__setitem__('', 'x'), lambda: os.environ.__delitem__(''), lambda: os.putenv(b'A', b'x'), lambda: os.putenv('=A', 'x')]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
os.environ["SPV"] = "1"
print(subprocess.run(["sh", "-c", "echo $SPV"], env=os.environ, capture_output=True, text=True).stdout)
env = dict(os.environ, SPV="2")
print(subprocess.run(["sh", "-c", "echo $SPV"], env=env, capture_output=True, text=True).stdout)
print(subprocess.run(["sh", "-c", "echo $SPV"], env={**os.environ, "SPV": "3"}, capture_output=True, text=True).stdout)
print(sorted(dict(os.environ).items()) == sorted(os.environ.items()), list(os.environ.keys()) == list(os.environ))
import shutil; print(shutil.which("sh"))
