# Counter arithmetic, ChainMap, namedtuple validation and the User* wrappers on generated inputs.
from collections import Counter, ChainMap, OrderedDict, UserDict, UserList, UserString, namedtuple

_state = [1357911]


def rand(n):
    _state[0] = (_state[0] * 1103515245 + 12345) % 2147483648
    return (_state[0] >> 8) % n


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


KEYS = 'abcdefg'


def random_counter():
    c = Counter()
    for _ in range(rand(7)):
        c[KEYS[rand(len(KEYS))]] = rand(9) - 4
    return c


# ---------------------------------------------------------------------------------------------
# Counter: binary operators, unary operators, in-place operators and comparisons.
for trial in range(150):
    p, q = random_counter(), random_counter()
    row = [p, q, p + q, p - q, p | q, p & q, +p, -p]
    row.append([p == q, p != q, p < q, p <= q, p > q, p >= q])
    for op in ('+=', '-=', '|=', '&='):
        r = p.copy()
        if op == '+=':
            r += q
        elif op == '-=':
            r -= q
        elif op == '|=':
            r |= q
        else:
            r &= q
        row.append(r)
    s = p.copy()
    s.subtract(q)
    row.append(s)
    u = p.copy()
    u.update(q)
    row.append(u)
    row.append(p.most_common(rand(5) - 1))
    row.append(sorted(p.elements()))
    row.append(p.total())
    print('counter', trial, row)

c = Counter('abracadabra')
print(c, c.most_common(2), list(c.elements()), c.total(), c['z'], 'z' in c)
del c['z']
del c['a']
print(c, repr(Counter()), Counter(a=1) == Counter(a=1, b=0), Counter() == {})
c.update({'b': 5}, r=-2)
c.update(['x', 'x'])
c.update('yy')
print(c)
c.subtract({'b': 1}, x=4)
c.subtract('yyy')
print(c, +c, -c)
print(Counter({'a': 1.5, 'b': 'x'}) if False else Counter({'a': 2, 'b': 1}))
print(repr(Counter({'a': 'text', 'b': [1]})))
print(Counter(UserDict({'k': 3})), Counter(OrderedDict(a=1)), Counter(ChainMap({'m': 2})))
attempt('fromkeys', lambda: Counter.fromkeys('abc'))
attempt('add int', lambda: Counter() + 1)
attempt('eq dict', lambda: Counter(a=1) == {'a': 1})
attempt('lt dict', lambda: Counter(a=1) < {'a': 1})
attempt('iadd dict', lambda: Counter(a=1).__iadd__({'a': 2, 'b': -1}))
attempt('reduce', lambda: Counter('aab').__reduce__())
attempt('copy type', lambda: type(SubCounter('ab').copy()).__name__)


class SubCounter(Counter):
    pass


attempt('sub add type', lambda: type(SubCounter('a') + SubCounter('b')).__name__)
attempt('sub repr', lambda: SubCounter('aab'))
attempt('sub empty', lambda: SubCounter())
attempt('most_common none', lambda: Counter('zzyx').most_common())
attempt('most_common neg', lambda: Counter('zzyx').most_common(-1))

# ---------------------------------------------------------------------------------------------
# ChainMap.
for trial in range(60):
    maps = [{KEYS[rand(7)]: rand(10) for _ in range(rand(4))} for _ in range(1 + rand(3))]
    cm = ChainMap(*maps)
    row = [cm, len(cm), sorted(cm), dict(cm), cm.get('a'), 'b' in cm, bool(cm)]
    child = cm.new_child({'z': 0}) if trial % 2 else cm.new_child()
    child['c'] = 'child'
    row.append(child)
    row.append(cm.parents)
    row.append(cm.copy() == cm)
    try:
        row.append(cm.pop('a'))
    except KeyError as e:
        row.append('KeyError ' + str(e))
    try:
        del cm['b']
        row.append('deleted')
    except KeyError as e:
        row.append('KeyError ' + str(e))
    try:
        row.append(cm.popitem())
    except KeyError as e:
        row.append('KeyError ' + str(e))
    row.append(cm | {'q': 1})
    row.append({'q': 1, 'a': -1} | cm)
    print('chain', trial, row)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm.keys(), cm.items(), cm.values(), list(cm.items()))
print(ChainMap.fromkeys('xy'), ChainMap.fromkeys('xy', 0), ChainMap(), ChainMap().maps)
cm2 = cm.new_child(None, k='w')
print(cm2, cm2.setdefault('b', 9), cm2.setdefault('n', 9), cm2)
cm2.update({'u': 1}, v=2)
cm2 |= {'w': 3}
print(cm2, cm2 == dict(cm2), cm2 != cm)
cm2.clear()
print(cm2, cm2.maps[1:])
attempt('pop default', lambda: ChainMap({}, {'a': 1}).pop('a', 'dflt'))
attempt('pop missing', lambda: ChainMap({}, {'a': 1}).pop('a'))
attempt('popitem empty', lambda: ChainMap({}, {'a': 1}).popitem())
attempt('del missing', lambda: ChainMap().__delitem__('x'))
attempt('getitem missing', lambda: ChainMap({})['x'])
attempt('or int', lambda: ChainMap() | 1)
selfref = ChainMap({})
selfref.maps[0]['me'] = selfref
attempt('recursive repr', lambda: selfref)

# ---------------------------------------------------------------------------------------------
# namedtuple: field validation, rename, defaults, methods.
CANDIDATES = ['x', 'y', '_z', 'class', 'def', '9a', 'a b', 'ok', 'x', 'é', 'with', 'abc_1', '',
              'None', 'self']
for trial in range(80):
    names = [CANDIDATES[rand(len(CANDIDATES))] for _ in range(rand(4))]
    rename = rand(2) == 1
    spelled = ' '.join(names) if trial % 3 == 0 else (','.join(names) if trial % 3 == 1 else names)
    try:
        Point = namedtuple('Point', spelled, rename=rename)
        print('nt', trial, names, rename, Point._fields, Point.__doc__)
    except (TypeError, ValueError) as e:
        print('nt', trial, names, rename, type(e).__name__, e)

attempt('bad typename', lambda: namedtuple('9bad', 'x'))
attempt('kw typename', lambda: namedtuple('class', 'x'))
attempt('nonstr field', lambda: namedtuple('P', ['x', 3]))
attempt('nonstr typename', lambda: namedtuple(5, 'x'))
attempt('too many defaults', lambda: namedtuple('P', 'x', defaults=(1, 2)))
P = namedtuple('P', 'x y z', defaults=(5, 6))
print(P._field_defaults, P(1), P(1, 2, 3), P(x=0, z=9), P._make([7, 8, 9]))
attempt('make short', lambda: P._make([1]))
attempt('replace bad', lambda: P(1)._replace(w=2))
attempt('replace ok', lambda: P(1)._replace(z=0))
attempt('missing', lambda: namedtuple('Q', 'a b c')())
attempt('missing 2', lambda: namedtuple('Q', 'a b c')(1))
attempt('too many', lambda: namedtuple('Q', 'a')(1, 2))
attempt('dup kw', lambda: namedtuple('Q', 'a')(1, a=2))
attempt('unknown kw', lambda: namedtuple('Q', 'a')(b=2))
attempt('asdict', lambda: P(1)._asdict())
attempt('set attr', lambda: setattr(P(1), 'x', 3))
attempt('module', lambda: namedtuple('M', 'a', module='mymod').__module__)
attempt('rename all', lambda: namedtuple('R', ['def', 'x', 'x', '_a', '1'], rename=True)._fields)
attempt('match args', lambda: P.__match_args__)
attempt('getnewargs', lambda: P(1).__getnewargs__())
attempt('field doc', lambda: P.y.__doc__)

# ---------------------------------------------------------------------------------------------
# UserDict, UserList, UserString.
ud = UserDict({'a': 1}, b=2)
print(ud, len(ud), ud['a'], 'b' in ud, ud.get('z', 0), ud | {'c': 3}, {'c': 3} | ud)
ud |= UserDict(d=4)
print(ud, ud.copy(), type(ud.copy()).__name__, ud.pop('a'), ud.popitem(), ud)
attempt('ud missing', lambda: UserDict()['x'])
attempt('ud fromkeys', lambda: UserDict.fromkeys('ab', 0))
attempt('ud init kw dict', lambda: UserDict(dict=1))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()['ab'], 'ab' in Defaulting(), Defaulting(x=1).copy())

for trial in range(40):
    data = [rand(10) for _ in range(rand(6))]
    ul = UserList(data)
    other = [rand(10) for _ in range(rand(4))]
    row = [ul, ul + other, other + ul, ul * 2, 2 * ul, ul[1:3], type(ul[1:3]).__name__,
           ul == data, ul < other, ul > UserList(other), ul.count(3)]
    ul2 = ul.copy()
    ul2 += (9,)
    ul2 *= 2
    ul2.reverse()
    ul2.sort()
    row.append(ul2)
    ul2.extend(UserList([1]))
    ul2.insert(0, -1)
    ul2.remove(-1)
    row.append((ul2.pop(), ul2, ul2.index(9)))
    print('ulist', trial, row)
attempt('ul init str', lambda: UserList('abc'))
attempt('ul init ul', lambda: UserList(UserList([1, 2])))
attempt('ul index missing', lambda: UserList([1]).index(5))

WORDSET = ['hello', 'World', ' pad ', 'a,b,c', '12', 'ÉTÉ', '\tx\n', '', 'mIx']
for trial in range(40):
    text = WORDSET[rand(len(WORDSET))] + WORDSET[rand(len(WORDSET))]
    us = UserString(text)
    row = [us, us.upper(), us.lower(), us.title(), us.capitalize(), us.swapcase(),
           us.strip(), us.center(12, '*'), us.zfill(8), us.split(','), us.partition('l'),
           us + 'x', 'x' + us, us * 2, us[1:4], us.replace('l', 'L', 1), us.find('l'),
           us.count('l'), us.startswith('h'), us.isalpha(), us.isdigit(), 'l' in us,
           us < 'm', us == text, len(us), us.encode(), us.expandtabs(4), us.splitlines()]
    print('ustr', trial, row)
us = UserString('val=%s')
print(us % 5, UserString('x') % (), '%s!' % UserString('y'), int(UserString('42')),
      float(UserString('1.5')), complex(UserString('2j')), hash(UserString('q')) == hash('q'))
print(UserString(12), UserString(UserString('ab')), UserString('a{0}').format('b'),
      UserString('ab').join('xyz'), UserString('a').removeprefix('a'), list(reversed(UserString('abc'))))
