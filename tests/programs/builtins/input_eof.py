import sys
print("prompting")
try:
    line = input("enter something: ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError caught", repr(e))
print("after input")
data = sys.stdin.read()
print("stdin.read() gave", repr(data))
