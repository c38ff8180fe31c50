import this
import this as again
print(len(this.s), this.s[:40])
print(this.c, this.i, len(this.d), this.d['A'], this.d['n'], sorted(this.d)[:5])
print("".join(this.d.get(x, x) for x in this.s) .splitlines()[2])
print(again is this)
