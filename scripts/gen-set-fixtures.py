#!/usr/bin/env python3
"""Record CPython's hashes and set iteration orders for tests/runtime/{hash,settable}.test.ts.

Run with CPython 3.11:  python3 scripts/gen-set-fixtures.py
Writes tests/runtime/fixtures/hashes.json and tests/runtime/fixtures/sets.json; review the diff.

Values are encoded so that JavaScript can tell Python's types apart:
  int    -> a JSON number when abs(n) < 2**53, else "n:<decimal>"
  float  -> "f:<repr>"
  bool   -> "b:True" / "b:False"
  tuple  -> {"t": [items...]}
Hashes are decimal strings (they do not fit in a double).
"""

import hashlib
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "record the fixtures with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "runtime", "fixtures")


def enc(x):
    if isinstance(x, bool):
        return "b:" + repr(x)
    if isinstance(x, int):
        return x if abs(x) < 2**53 else "n:" + str(x)
    if isinstance(x, float):
        return "f:" + repr(x)
    if isinstance(x, tuple):
        return {"t": [enc(y) for y in x]}
    raise TypeError(type(x))


def order(s):
    return [enc(x) for x in s]


def digest(s):
    text = json.dumps(order(s), separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


# --- hashes -----------------------------------------------------------------------------------


def hash_fixtures(rng):
    values = []
    ints = [0, 1, -1, -2, 2, 7, -7, 100, 2**31 - 1, 2**31, -(2**31), 2**32, 2**52, 2**53 - 1,
            -(2**53 - 1), 2**53, 2**53 + 1, -(2**53), 2**60, 2**61 - 2, 2**61 - 1, 2**61,
            2**61 + 1, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, 2**63, -(2**63), 2**64 - 1,
            2**64, 2**100, -(2**100), 10**30, -(10**30) - 7, 2 * (2**61 - 1) - 1,
            -(2 * (2**61 - 1)) + 1, 2**61 - 1 - 1, -(2**61 - 1) - 1]
    ints += [rng.randrange(-2**53, 2**53) for _ in range(40)]
    ints += [rng.randrange(-2**130, 2**130) for _ in range(60)]
    values += ints
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 0.1, 0.2, 0.3, -0.1, 3.14159, 2.5e-8,
              1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              -1.7976931348623157e308, float("inf"), float("-inf"), 1e16, 1e22, 2.0**53,
              2.0**53 + 2, 2.0**61, 2.0**62, 2.0**64, -2.0**63, 1e100, 123456.789, -2.0,
              0.3333333333333333, 2.0**-61, 2.0**-62, 2.0**-1074 * 3]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(40)]
    floats += [rng.random() * 10.0 ** rng.randrange(-300, 300) for _ in range(40)]
    floats += [float(rng.randrange(-2**60, 2**60)) for _ in range(10)]
    values += floats
    values += [True, False]
    tuples = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((),), ((1, 2), 3), (0.5, 1.5),
              (1.0, 2), (True, False), (2**64, -(2**70)), (((1,),),), tuple(range(20)),
              (float("inf"), -0.0)]
    for _ in range(60):
        n = rng.randrange(0, 6)
        tuples.append(tuple(rng.choice([rng.randrange(-50, 50), rng.randrange(-2**70, 2**70),
                                        rng.randrange(-40, 40) / 8, (rng.randrange(9), 3)])
                            for _ in range(n)))
    values += tuples
    # tuplehash returns 1546275796 instead of -1: no small tuple is known to hit it, so it
    # is covered by the unit test instead.
    frozensets = [[], [0], [1, 2, 3], [-1], [(1, 2), (3, 4)], [0.5, 2**70, -3], list(range(100)),
                  [1.5, True, (2, 3)]]
    for _ in range(20):
        frozensets.append([rng.randrange(-1000, 1000) for _ in range(rng.randrange(0, 30))])
    return {
        "values": [[enc(v), str(hash(v))] for v in values],
        "frozensets": [[[enc(v) for v in fs], str(hash(frozenset(fs)))] for fs in frozensets],
    }


# --- set operation sequences ------------------------------------------------------------------


def u_small(rng):
    return rng.randrange(0, 40)


def u_collide(rng):
    k = rng.randrange(0, 12)
    return rng.choice([k * 8, k * 32, k * 1024, -k, -1, -2, 2**61 - 1 + k, 2**61 + k,
                       2**64 + k * 8, -(2**63) + k, k * 2**32, 2**53 + k, k << 40])


def u_float(rng):
    return rng.choice([rng.randrange(-80, 80) / 8, rng.randrange(-80, 80) / 8,
                       float(rng.randrange(-10, 10)), rng.randrange(-10, 10), True, False,
                       float("inf"), float("-inf"), -0.0, 0.1, 0.2, 0.3])


def u_tuple(rng):
    n = rng.randrange(0, 4)
    t = tuple(rng.randrange(0, 6) for _ in range(n))
    return rng.choice([t, t, t, (t, rng.randrange(3)), (rng.randrange(4) / 2, 1),
                       rng.randrange(0, 6)])


def u_wide(rng):
    return rng.randrange(-10**6, 10**6)


def u_bighash(rng):
    return rng.choice([2**53 + rng.randrange(64), -(2**53) - rng.randrange(64),
                       rng.randrange(2**62), -rng.randrange(2**62), rng.randrange(2**63, 2**64),
                       rng.randrange(64) * 2**55])


UNIVERSES = {
    "small": (u_small, 12),
    "collide": (u_collide, 14),
    "float": (u_float, 14),
    "tuple": (u_tuple, 12),
    "wide": (u_wide, 40),
    "bighash": (u_bighash, 10),
}


def make_operand(rng, gen, scale, kinds=("set", "frozenset", "dict", "list", "range", "setcomp")):
    kind = rng.choice(kinds)
    size = rng.choice([0, 1, rng.randrange(1, scale), rng.randrange(1, 3 * scale),
                       rng.randrange(1, 10 * scale)])
    if kind == "range":
        start = rng.randrange(-20, 40)
        step = rng.choice([1, 1, 2, 3, 8, 32, -1])
        stop = start + step * size
        spec = {"kind": "range", "range": [start, stop, step]}
        return spec, range(start, stop, step)
    items = [gen(rng) for _ in range(size)]
    spec = {"kind": kind, "items": [enc(x) for x in items]}
    if kind == "set":
        s = set()
        for x in items:
            s.add(x)
        if items and rng.random() < 0.5:
            gone = rng.sample(items, rng.randrange(0, len(items)))
            spec["discard"] = [enc(x) for x in gone]
            for x in gone:
                s.discard(x)
        return spec, s
    if kind == "frozenset":
        return spec, frozenset(items)
    if kind == "dict":
        return spec, dict.fromkeys(items)
    if kind == "setcomp":
        return spec, {x for x in items}
    return spec, list(items)


SET_KINDS = ("set", "frozenset")
MULTI = ["update", "union", "intersection", "intersection_update", "difference",
         "difference_update"]
SINGLE = ["symmetric_difference", "symmetric_difference_update"]
BINARY = ["ior", "or", "iand", "and", "isub", "sub", "ixor", "xor", "ror", "rand", "rsub", "rxor"]
SELF = ["update", "union", "intersection", "intersection_update", "difference",
        "difference_update", "symmetric_difference", "symmetric_difference_update", "ior", "or",
        "iand", "and", "isub", "sub", "ixor", "xor"]


def apply_binary(s, name, t):
    if name == "ior":
        s |= t
    elif name == "or":
        s = s | t
    elif name == "iand":
        s &= t
    elif name == "and":
        s = s & t
    elif name == "isub":
        s -= t
    elif name == "sub":
        s = s - t
    elif name == "ixor":
        s ^= t
    elif name == "xor":
        s = s ^ t
    elif name == "ror":
        s = set(t | s) if isinstance(t, frozenset) else t | s
    elif name == "rand":
        s = set(t & s) if isinstance(t, frozenset) else t & s
    elif name == "rsub":
        s = set(t - s) if isinstance(t, frozenset) else t - s
    elif name == "rxor":
        s = set(t ^ s) if isinstance(t, frozenset) else t ^ s
    return s


def apply_method(s, name, args):
    r = getattr(s, name)(*args)
    return s if r is None else r


def sequence(rng, uname):
    gen, scale = UNIVERSES[uname]
    spec, src = make_operand(rng, gen, scale)
    s = set(src)
    steps = [{"op": "new", "args": [spec], "order": order(s)}]
    for _ in range(rng.randrange(10, 30)):
        r = rng.random()
        step = {}
        if r < 0.3:
            x = gen(rng)
            s.add(x)
            step = {"op": "add", "args": [enc(x)]}
        elif r < 0.45:
            pool = list(s)
            x = rng.choice(pool) if pool and rng.random() < 0.8 else gen(rng)
            s.discard(x)
            step = {"op": "discard", "args": [enc(x)]}
        elif r < 0.55:
            if not s:
                continue
            x = s.pop()
            step = {"op": "pop", "args": [], "popped": enc(x)}
        elif r < 0.7:
            name = rng.choice(MULTI)
            n = 1 if rng.random() < 0.7 else rng.randrange(0, 3)
            ops = [make_operand(rng, gen, scale) for _ in range(n)]
            s = apply_method(s, name, [o for _, o in ops])
            step = {"op": name, "args": [sp for sp, _ in ops]}
        elif r < 0.78:
            name = rng.choice(SINGLE)
            sp, o = make_operand(rng, gen, scale)
            s = apply_method(s, name, [o])
            step = {"op": name, "args": [sp]}
        elif r < 0.9:
            name = rng.choice(BINARY)
            sp, o = make_operand(rng, gen, scale, SET_KINDS)
            s = apply_binary(s, name, o)
            step = {"op": name, "args": [sp]}
        elif r < 0.94:
            name = rng.choice(SELF)
            if name in BINARY:
                s = apply_binary(s, name, s)
            else:
                s = apply_method(s, name, [s])
            step = {"op": "self_" + name, "args": []}
        elif r < 0.97:
            s = s.copy()
            step = {"op": "copy", "args": []}
        elif r < 0.985:
            s = set(frozenset(s))
            step = {"op": "frozen_roundtrip", "args": []}
        else:
            s.clear()
            step = {"op": "clear", "args": []}
        assert type(s) is set
        step["order"] = order(s)
        steps.append(step)
    return {"universe": uname, "steps": steps}


# --- displays ---------------------------------------------------------------------------------


def literal_cases(rng):
    """Set displays: constant ones are a frozenset constant copied by SET_UPDATE; a `for` over a
    constant display iterates that frozenset itself."""
    cases = []
    for uname in ["small", "collide", "float", "tuple", "wide", "bighash"]:
        gen, scale = UNIVERSES[uname]
        for _ in range(12):
            items = [gen(rng) for _ in range(rng.randrange(1, 3 * scale))]
            if uname == "float":
                # inf has no literal; keep displays to values with a literal form
                items = [x for x in items if x not in (float("inf"), float("-inf"))] or [1]
            src = ", ".join(repr(x) for x in items)
            names = {f"v{i}": x for i, x in enumerate(items)}
            var_src = ", ".join(names)
            cases.append({"kind": "const_display", "items": [enc(x) for x in items],
                          "order": order(eval("{" + src + "}"))})
            cases.append({"kind": "var_display", "items": [enc(x) for x in items],
                          "order": order(eval("{" + var_src + "}", {}, names))})
            cases.append({"kind": "for_iter", "items": [enc(x) for x in items],
                          "order": eval("[x for x in {" + src + "}]")})
    for c in cases:
        if c["kind"] == "for_iter":
            c["order"] = [enc(x) for x in c["order"]]
    return cases


# --- large sets, compared by digest -----------------------------------------------------------


def lcg_values(n):
    """40-bit values from a 64-bit LCG (Knuth's MMIX constants), easy to repeat in JavaScript."""
    x = 20261125
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2**64
        out.append(x >> 24)
    return out


def big_cases():
    cases = []
    # Past 50000 entries the growth factor drops from 4 to 2.
    vals = lcg_values(70000)
    s = set()
    for v in vals[:60000]:
        s.add(v)
    cases.append({"name": "60000 adds", "digest": digest(s)})
    for v in vals[:30000:2]:
        s.discard(v)
    cases.append({"name": "discards", "digest": digest(s)})
    popped = [s.pop() for _ in range(100)]
    cases.append({"name": "pops", "digest": digest(s), "popped": digest(popped)})
    cases.append({"name": "copy", "digest": digest(s.copy())})
    s.difference_update(vals[30000:40000])
    cases.append({"name": "difference_update", "digest": digest(s)})
    s.update(vals[60000:])
    cases.append({"name": "update", "digest": digest(s)})
    cases.append({"name": "range", "digest": digest(set(range(-100000, 200000, 7)))})
    grid = {(i, j) for i in range(300) for j in range(300)}
    cases.append({"name": "grid", "digest": digest(grid)})
    return cases


def main():
    rng = random.Random(20261125)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "hashes.json"), "w") as f:
        json.dump(hash_fixtures(rng), f, separators=(",", ":"))
        f.write("\n")
    sequences = []
    for uname, count in [("small", 60), ("collide", 80), ("float", 60), ("tuple", 60),
                         ("wide", 20), ("bighash", 40)]:
        for _ in range(count):
            sequences.append(sequence(rng, uname))
    big = big_cases()
    data = {"sequences": sequences, "literals": literal_cases(rng), "big": big}
    with open(os.path.join(OUT, "sets.json"), "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(sequences)} sequences, {len(data['literals'])} displays, "
          f"{len(big)} large cases")


if __name__ == "__main__":
    main()
