name = "Ada"
n = 42
x = 3.14159
items = ["a", "b"]
print(f"{name} is {n} years")
print(f"{name!r} {name!s} {name!a}")
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2f}| {x:+.1f}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:x}|{n:#o}|{n:b}")
print(f"{n=}", f"{x = :.1f}", f"{name=!s}", f"{items=}")
print(f"{1234567:,}", f"{1234567.891:,.2f}", f"{255:_x}", f"{2**20:_b}")
print(f"{'left':<8}|{'right':>8}|{'mid':*^9}|")
print(f"{{literal}} {{{n}}}")
print(f"{n + 1} {n * 2:>6} {name.upper()} {len(items)}")
print(f"{items[0]}{items[-1]} {dict(a=1)['a']}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|", f"{name:>{width}}|", f"{x:{'>'}{width}}|")
print(f"{'nested ' + f'{n:03}'}")
print(f"{x!r:>12}", f"{name!r:^9}")
print(f"{True}", f"{None}", f"{3 > 2}")
print(f"{-0.0}", f"{1e20}", f"{1/3}")
print(f"{0.5:.0%}", f"{1.5e-5:e}", f"{12345.678:E}")
print(f"{n:+}", f"{-n:+}", f"{n: }", f"{-n: }")
print(f"{'x'}" f"{'y'}" "z")
print(f"""multi
{name}""")
