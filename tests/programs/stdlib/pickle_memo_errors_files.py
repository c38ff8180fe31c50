# Shared and recursive references, framing of large data, files, Pickler/Unpickler subclasses
# with persistent ids, and the errors pickle raises.
import io
import os
import pickle
import tempfile


def show(action):
    try:
        print('ok', action())
    except Exception as e:
        text = str(e)
        if ' at 0x' in text:
            text = text[:text.index(' at 0x')] + ' at ADDR' + text[text.index('>', text.index(' at 0x')):]
        print(type(e).__name__, text)


# Shared sub-objects keep their identity; recursive containers come back recursive.
shared = [1, 2]
pair = [shared, shared, (shared,), {'k': shared}]
recursive_list = [1]
recursive_list.append(recursive_list)
recursive_dict = {'a': 1}
recursive_dict['self'] = recursive_dict
tuple_via_list = []
cycle_tuple = (tuple_via_list, 5)
tuple_via_list.append(cycle_tuple)
big_tuple_list = []
big_cycle = (big_tuple_list, 1, 2, 3, 4)
big_tuple_list.append(big_cycle)
for proto in range(6):
    data = pickle.dumps(pair, proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back, back[0] is back[1], back[2][0] is back[0], back[3]['k'] is back[0])
    data = pickle.dumps(recursive_list, proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back, back[1] is back)
    data = pickle.dumps(recursive_dict, proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back, back['self'] is back)
    data = pickle.dumps(cycle_tuple, proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back[0][0] is back, back[1])
    data = pickle.dumps(big_cycle, proto)
    print(proto, data)
    back = pickle.loads(data)
    print('  ', back[0][0] is back, back[1:])
    same_set = frozenset([1, 2])
    data = pickle.dumps([same_set, same_set, {3}], proto)
    print(proto, data)

# Frames: big payloads go out of the frame; many small objects split into several frames.
for proto in (4, 5):
    for value in (b'q' * 70000, 'w' * 70000, list(range(30000)), ['s%d' % i for i in range(9000)],
                  [b'a' * 100, b'b' * 70000, 'c' * 5], bytearray(b'z' * 66000)):
        data = pickle.dumps(value, proto)
        frames = data.count(pickle.FRAME)
        print(proto, type(value).__name__, len(data), frames, data[:24], data[-12:])
        print('  ', pickle.loads(data) == value)

# Several pickles in one file, read back in order.
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'state.pkl')
    with open(path, 'wb') as out:
        for proto in range(6):
            pickle.dump({'proto': proto, 'items': [proto] * 3}, out, proto)
        pickle.Pickler(out).dump(('last', None))
    with open(path, 'rb') as source:
        for _ in range(6):
            print(pickle.load(source))
        print(pickle.Unpickler(source).load())
        show(lambda: pickle.load(source))
    print(os.path.getsize(path))

# Persistent ids.
class TaggingPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('@'):
            return obj[1:]
        return None


class TaggingUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded:' + pid


for proto in range(6):
    buf = io.BytesIO()
    TaggingPickler(buf, proto).dump(['@a', 'b', '@c', ('@a',)])
    print(proto, buf.getvalue())
    buf.seek(0)
    print('  ', TaggingUnpickler(buf).load())
buf = io.BytesIO()
TaggingPickler(buf).dump(['@x'])
show(lambda: pickle.loads(buf.getvalue()))

# Memo reuse across dumps of one Pickler, and clear_memo.
buf = io.BytesIO()
writer = pickle.Pickler(buf, 2)
item = ['shared']
writer.dump(item)
writer.dump(item)
writer.clear_memo()
writer.dump(item)
print(buf.getvalue())

# Errors.
top_lambda = lambda x: x
show(lambda: pickle.dumps(top_lambda))
show(lambda: pickle.dumps(lambda x: x))


def outer():
    class Local:
        pass

    def inner():
        pass
    return Local, inner


Local, inner = outer()
for proto in range(6):
    show(lambda: pickle.dumps(Local, proto))
    show(lambda: pickle.dumps(inner, proto))
    show(lambda: pickle.dumps(Local(), proto))
show(lambda: pickle.dumps((i for i in [])))
show(lambda: pickle.dumps(1, 6))
for bad in (b'', b'\x80\x04', b'\x80\x04K', b'zzz', b'\xff', b'.', b'K\x01t.', b'h\x05.',
            b'\x80\x09N.', b'X\x05\x00\x00\x00ab', b'I12\n.', b"S'ab'\n.", b'P1\n.',
            b'cnosuchmod\nX\n.', pickle.dumps(1) + b'junk', b'(K\x01K\x02l.', b'(K\x01K\x02t.',
            b']K\x01a.', b'}K\x01K\x02s.', b'\x8f(K\x01\x90.', b'K\x01\x94h\x00\x86.', b'N0.',
            b'L123L\n.', b'F1.25\n.', b'\x8a\x02\xff\x7f.', b'\x8b\x01\x00\x00\x00\x80.',
            b'\x80\x03c__builtin__\nlong\n.', b'\x80\x02c__builtin__\nxrange\nK\x03\x85R.',
            b'V\\u20ac\n.', b'T\x02\x00\x00\x00ab.'):
    show(lambda: pickle.loads(bad))
show(lambda: pickle.loads('abc'))
show(lambda: pickle.loads(b'U\x02ab.', encoding='bytes'))
show(lambda: pickle.loads(b'U\x02\xc3\xa9.', encoding='utf-8'))
show(lambda: pickle.loads(b'U\x02\xe9a.', encoding='latin1'))


class BadReduce:
    def __reduce__(self):
        return 42


class BadReduce2:
    def __reduce__(self):
        return (1,)


show(lambda: pickle.dumps(BadReduce()))
show(lambda: pickle.dumps(BadReduce2()))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

# Round trip of a 10k-element list of records stays fast.
records = [{'id': i, 'name': 'n%d' % i, 'tags': [i % 3, i % 5]} for i in range(10000)]
data = pickle.dumps(records)
print(len(data), pickle.loads(data) == records)
