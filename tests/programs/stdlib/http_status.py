# http.HTTPStatus and http.HTTPMethod: members, lookups, int/str behaviour, formatting.
import http
from http import HTTPStatus, HTTPMethod

print(http.__all__)
print(len(HTTPStatus), len(HTTPStatus.__members__), len(HTTPMethod))

# Every member: value, phrase, description, repr/str/format.
for status in HTTPStatus:
    print(status.value, status.name, repr(status.phrase), repr(status.description))
    print('  ', repr(status), str(status), format(status), f'{status:>5}|{status:<5}|{status:05d}|{status:x}', int(status))

# Lookups by value and by name, and what is not a member.
for code in [100, 200, 204, 301, 404, 418, 451, 500, 511]:
    s = HTTPStatus(code)
    print(code, s is HTTPStatus[s.name], s.name, s.phrase, s == code, hash(s) == hash(code))
for bad in [0, 199, 306, 420, 599, 1000, -1, '200', 200.5]:
    try:
        print(HTTPStatus(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ['ok', 'NOTFOUND', 'HTTP_200']:
    try:
        print(HTTPStatus[bad])
    except Exception as e:
        print(type(e).__name__, repr(e.args[0]))

# IntEnum arithmetic and comparisons give plain ints.
ok = HTTPStatus.OK
print(ok + 1, type(ok + 1).__name__, ok * 2, ok // 100, ok % 7, -ok, ok < HTTPStatus.CREATED, ok == 200.0)
print(sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK, HTTPStatus.CONTINUE]))
print(max(HTTPStatus), min(HTTPStatus), HTTPStatus.OK in HTTPStatus, isinstance(ok, int))
print({HTTPStatus.OK: 'a', 200: 'b'})
print('%d %s %r %i' % (ok, ok, ok, ok))
print('{} {!r} {:d} {:>8}'.format(ok, ok, ok, ok))
print(str(HTTPStatus.IM_A_TEAPOT), HTTPStatus.IM_A_TEAPOT.phrase)
print(type(ok).__name__, type(ok).__mro__[1].__name__, HTTPStatus.__name__, ok.__class__ is HTTPStatus)

# Grouping by class of response, as a web server would.
groups = {}
for status in HTTPStatus:
    groups.setdefault(status // 100, []).append(status.name)
for k in sorted(groups):
    print(k, len(groups[k]), groups[k][:3])
print([s.value for s in HTTPStatus if not s.description])
print(sum(HTTPStatus), sum(len(s.phrase) for s in HTTPStatus))

# A response line as http.server would write it.
for code in (200, 404, 503):
    st = HTTPStatus(code)
    print(f'HTTP/1.1 {st.value} {st.phrase}')

# HTTPMethod: a StrEnum whose repr leaves out the value.
for method in HTTPMethod:
    print(method.name, repr(method), str(method), format(method), f'[{method:>8}]', method.description, method == method.value)
print(HTTPMethod('GET') is HTTPMethod.GET, HTTPMethod['POST'], HTTPMethod.PUT.lower(), HTTPMethod.GET + '/x')
for bad in ['get', 'FETCH']:
    try:
        HTTPMethod(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(HTTPMethod), 'GET' in [m for m in HTTPMethod])
