[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x * y for x in a for y in b]
[x for x in a if x for y in x if y]
{x for x in y}
{k: v for k, v in items}
{k: v for k, v in items if k}
(x for x in y)
list(x for x in y)
[(a, b) for a, b in pairs]
[[y for y in x] for x in xs]
[x for *a, x in y]
async def f():
    [x async for x in y]
    [await x for x in y]
[y := f(x) for x in data]
[x for x in (lambda: y)()]
[x for x in a or b]
[x for x in a if x if y or z]
