# Under `from __future__ import annotations` annotations are not evaluated: each is its source
# text as the compiler writes it back (spacing, parentheses and quotes normalised).
from __future__ import annotations

def f(a: int, b: List[int]=None, *args: Tuple[str, ...], k: "quoted" = 1, **kw: dict[str,int]) -> Optional[Node]:
    pass
for name, text in f.__annotations__.items():
    print(name, repr(text))

def g(x: Undefined.attr[1:2, ::3], y: a if b else c, z: lambda q, *r, s=1, **t: q) -> (a, b):
    pass
for name, text in g.__annotations__.items():
    print(name, repr(text))

def ops(a: -x ** -y, b: (a + b) * c - d / e // f % g @ h, c: a << b >> c & d ^ e | f,
        d: not a and b or c, e: a < b <= c != d is not e not in f, f: ~a, g: (a, b), h: (),
        i: (a,), j: [a, *b], k: {a: b, **c}, l: {a, b}, m: {1: 2}, n: f(a, *b, k=c, **d),
        o: f(x for x in y if x), p: [x for x in y for z in x], q: {k: v for k, v in z},
        r: 1.5e300, s: 1e400, t: b'\x00"', u: 'it\'s', v: 10 .real, w: 2j, z: ..., aa: None,
        bb: f"{x!r:>{w}} {{}}", cc: await_(x), dd: a[b][c].d):
    pass
for name, text in ops.__annotations__.items():
    print(name, text)

class C:
    x: ClassVar[int] = 3
    y: "C"
    z: int | None
print(C.__annotations__, C.x)

top: Dict[str, Undefined] = {}
bare: Undefined
print(__annotations__)
print(annotations)
