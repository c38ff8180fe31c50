import sys
import warnings


def old_api():
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    warnings.warn('first warning')
    warnings.warn('second', RuntimeWarning)
    old_api()
    warnings.warn(UserWarning('as instance'))
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings('ignore', message='skip')
    warnings.simplefilter('default', append=True)
    for i in range(3):
        warnings.warn('skip me')
        warnings.warn('keep me')
print([str(w.message) for w in caught])
print(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'source line'), end='')
try:
    warnings.warn('x', int)
except TypeError as e:
    print('TypeError:', e)
sys.stdout.flush()
warnings.warn('printed to stderr')
for i in range(2):
    warnings.warn('once per location')
print('done')
