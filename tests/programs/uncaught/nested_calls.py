def parse_record(line):
    name, age = line.split(",")
    return name.strip(), int(age)
def load(lines):
    out = []
    for line in lines:
        out.append(parse_record(line))
        print("loaded", out[-1])
    return out
load(["ann, 31", "bob, 42", "cy, forty"])
