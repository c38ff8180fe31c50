# sys.exit("message") writes the message to the current sys.stderr: here, sys.stdout.
import sys

print("working")
sys.stderr = sys.stdout
print("stderr is stdout:", sys.stderr is sys.stdout)
sys.exit("fatal msg: written where sys.stderr points")
