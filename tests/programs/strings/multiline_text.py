poem = """\
Roses are red,
  Violets are blue,
Sugar is sweet,
    And so are you."""
for i, line in enumerate(poem.split("\n"), 1):
    indent = len(line) - len(line.lstrip())
    print(f"{i}: indent={indent} words={len(line.split())} {line.strip()!r}")
print(poem.count("\n"), len(poem))
print(poem.replace("are", "ARE", 2))
width = 18
for line in poem.splitlines():
    print(line.strip().center(width, "."))
print(max(poem.splitlines(), key=len))
import sys
sys.stdout.write(poem.upper() + "\n")
