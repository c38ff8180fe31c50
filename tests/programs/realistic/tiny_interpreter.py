PROGRAM = """
set n 10
set a 0
set b 1
label loop
jz n done
print a
set t b
add b a
set a t
sub n 1
jmp loop
label done
print a
halt
"""

def run(src, trace=False):
    code = [line.split() for line in src.strip().splitlines()]
    labels = {ins[1]: i for i, ins in enumerate(code) if ins[0] == "label"}
    env = {}
    def val(x):
        return env[x] if x in env else int(x)
    pc = 0
    steps = 0
    out = []
    while pc < len(code):
        op, *args = code[pc]
        steps += 1
        pc += 1
        if op == "set":
            env[args[0]] = val(args[1])
        elif op == "add":
            env[args[0]] += val(args[1])
        elif op == "sub":
            env[args[0]] -= val(args[1])
        elif op == "mul":
            env[args[0]] *= val(args[1])
        elif op == "print":
            out.append(val(args[0]))
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jz":
            if val(args[0]) == 0:
                pc = labels[args[1]]
        elif op == "label":
            pass
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown op {op!r} at line {pc}")
    return out, steps, env

out, steps, env = run(PROGRAM)
print(out)
print("steps", steps)
print(sorted(env.items()))
fact = """
set n 25
set r 1
label top
jz n end
mul r n
sub n 1
jmp top
label end
print r
"""
print(run(fact)[0])
try:
    run("set x 1\nfrobnicate x")
except ValueError as e:
    print("error:", e)
try:
    run("print y")
except ValueError as e:
    print("error:", e)
