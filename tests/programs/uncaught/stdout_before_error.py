import sys
for i in range(5):
    sys.stdout.write(f"line {i}\n")
print("partial line without newline", end="")
raise KeyError("k")
