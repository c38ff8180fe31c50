# Ints past any C index: an index raises IndexError ("cannot fit 'int' into an index-sized
# integer" past 2**63, "out of range" below), a Py_ssize_t argument OverflowError, a length past
# what memory holds MemoryError.


def t(label, f):
    try:
        r = f()
        print(label, repr(r)[:40])
    except Exception as e:
        print(label, type(e).__name__, e)


big = 10**20
t('str[big]', lambda: "abc"[big])
t('str[-big]', lambda: "abc"[-big])
t('str[2**62]', lambda: "abc"[2**62])
t('str[2**63]', lambda: "abc"[2**63])
t('str[-2**63]', lambda: "abc"[-2**63])
t('astral[big]', lambda: "a😀"[big])
t('list[big]', lambda: [1, 2][big])
t('tuple[-big]', lambda: (1, 2)[-big])
t('bytes[big]', lambda: b"ab"[big])
t('bytearray[big]', lambda: bytearray(b"ab")[big])
t('range[big]', lambda: range(5)[big])
t('range[-2**63]', lambda: range(5)[-2**63])
t('range[2**62]', lambda: range(5)[2**62])
t('bigrange[big-1]', lambda: range(big)[big - 1])
t('bigrange[big]', lambda: range(big)[big])
t('slices', lambda: ("abc"[big:], "abc"[-big:big], [1, 2, 3][big:-big:-1], (1, 2)[::big], "abcdef"[::-big]))


def setitem(x):
    l = [1, 2]
    l[x] = 5


def delitem(x):
    l = [1, 2]
    del l[x]


t('list[big]=', lambda: setitem(big))
t('del list[big]', lambda: delitem(big))
t('pop(big)', lambda: [1, 2].pop(big))
t('pop(-big)', lambda: [1, 2].pop(-big))
t('pop(2**62)', lambda: [1, 2].pop(2**62))
t('insert(big)', lambda: [1, 2].insert(big, 3))
t('insert(-2**62)', lambda: [1, 2].insert(-2**62, 3))
t('bytearray.pop(big)', lambda: bytearray(b'ab').pop(big))
t('bytearray.insert(-big)', lambda: bytearray(b'ab').insert(-big, 1))
t('ljust(big)', lambda: 'ab'.ljust(big))
t('rjust(2**62)', lambda: 'ab'.rjust(2**62))
t('center(2**40)', lambda: 'ab'.center(2**40))
t('zfill(big)', lambda: 'ab'.zfill(big))
t('ljust(-big)', lambda: 'ab'.ljust(-big))
t('split(sep, big)', lambda: 'ab'.split('a', big))
t('split(sep, 2**62)', lambda: 'a b'.split(' ', 2**62))
t('split(None, -big)', lambda: 'ab'.split(None, -big))
t('rsplit(sep, -big)', lambda: 'ab'.rsplit('a', -big))
t('replace(count=big)', lambda: 'ab'.replace('a', 'b', big))
t('replace(count=2**62)', lambda: 'aa'.replace('a', 'b', 2**62))
t('expandtabs(big)', lambda: 'a\tb'.expandtabs(big))
t('expandtabs(2**31)', lambda: 'a\tb'.expandtabs(2**31))
t('expandtabs(-2**31)', lambda: 'a\tb'.expandtabs(-2**31))
t('bytes.center(big)', lambda: b'ab'.center(big))
t('bytes.split(big)', lambda: b'ab'.split(b'a', big))
t('bytes.replace(big)', lambda: b'ab'.replace(b'a', b'b', big))
t('find(start=big)', lambda: 'ab'.find('b', big))
t('find(start=-big)', lambda: 'ab'.find('b', -big))
t('index(-big, big)', lambda: [1, 2].index(2, -big, big))
t('str*big', lambda: 'ab' * big)
t('list*big', lambda: [0] * big)
t('str*-big', lambda: 'ab' * -big)
t('str*2**40', lambda: 'ab' * 2**40)
t('str[True]', lambda: 'abc'[True])
t('len(range(big))', lambda: len(range(big)))
