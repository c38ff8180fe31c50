# obj.__class__ = Other is allowed only when both classes lay their instances out alike:
# the same __slots__ (in any order), the same __dict__/__weakref__, grown from the same base.
class Plain: pass
class Plain2: pass
class Sub(Plain): pass
class Empty: __slots__ = ()
class Empty2: __slots__ = ()
class SX: __slots__ = ('x',)
class SX2: __slots__ = ('x',)
class SY: __slots__ = ('y',)
class SXY: __slots__ = ('x', 'y')
class SYX: __slots__ = ('y', 'x')
class SXstr: __slots__ = 'x'
class SXD: __slots__ = ('x', '__dict__')
class SXD2: __slots__ = ('x', '__dict__')
class SXW: __slots__ = ('x', '__weakref__')
class SubSX(SX): pass
class SubSX2(SX): pass
class SubSXe(SX): __slots__ = ()
class SubSXz(SX): __slots__ = ('z',)
class SubSX2z(SX2): __slots__ = ('z',)
class Priv: __slots__ = ('__p',)
class Priv2: __slots__ = ('__p',)
class PD(Plain): __slots__ = ('x',)
class PD2(Plain2): __slots__ = ('x',)
class Mixed(Empty, Plain): pass
class Mixed2(Plain, Empty): pass
class LSub(list): pass
class LSub2(list): pass
class LSubS(list): __slots__ = ('a',)
class DSub(dict): pass
class ESub(Exception): pass
class ESub2(Exception): pass

classes = [Plain, Plain2, Sub, Empty, Empty2, SX, SX2, SY, SXY, SYX, SXstr, SXD, SXD2, SXW,
           SubSX, SubSX2, SubSXe, SubSXz, SubSX2z, Priv, Priv2, PD, PD2, Mixed, Mixed2,
           LSub, LSub2, LSubS, DSub, ESub, ESub2]
for a in classes:
    allowed = []
    for b in classes:
        obj = a.__new__(a)
        try:
            obj.__class__ = b
            allowed.append(b.__name__)
            if type(obj) is not b:
                print("not switched", a.__name__, b.__name__)
        except TypeError as e:
            if "layout differs" not in str(e):
                print(a.__name__, b.__name__, e)
    print(a.__name__, "->", allowed)

for a, b in [(SX, SY), (Plain, Empty), (SubSX, SX), (Mixed, Plain), (LSubS, LSub), (Priv, Priv2)]:
    try:
        obj = a.__new__(a)
        obj.__class__ = b
    except TypeError as e:
        print(e)

# Slot values survive a switch between compatible classes.
o = SXY()
o.x, o.y = 1, 2
o.__class__ = SYX
print(type(o).__name__, o.x, o.y)
p = Plain()
p.v = 5
p.__class__ = Sub
print(type(p).__name__, p.v, vars(p))
