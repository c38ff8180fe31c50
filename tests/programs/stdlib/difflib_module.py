import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks(), s.bjunk)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(None, '', '')
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
s = difflib.SequenceMatcher(None, list(range(1, 40)), list(range(1, 40)))
s.set_seq2([x for x in range(1, 40) if x not in (8, 20)] + [99])
for g in s.get_grouped_opcodes(2):
    print(g)
a = 'x' * 150 + 'y' * 100
b = 'x' * 120 + 'z' + 'y' * 110
s = difflib.SequenceMatcher(None, a, b)
print(s.ratio(), sorted(s.bpopular), s.get_opcodes())
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(s.ratio(), s.get_opcodes())
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
print(difflib.get_close_matches('wheel', kwlist))
print(difflib.get_close_matches('apple', ['ape', 'apple', 'appel', 'apply', 'maple', 'applet'], n=4, cutoff=0.5))
for n, c in [(0, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches('x', ['y'], n, c)
    except ValueError as e:
        print('ValueError', e)

one = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
two = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
print(''.join(difflib.unified_diff(one, two, 'before.py', 'after.py')), end='')
print(''.join(difflib.unified_diff(one, two, 'a', 'b', '2020-01-01', '2020-01-02', n=1)), end='')
print(''.join(difflib.context_diff(one, two, 'before.py', 'after.py')), end='')
print(''.join(difflib.context_diff(one, one[:3] + one[5:], n=0)), end='')
print(list(difflib.unified_diff(['a', 'b'], ['a', 'c'], lineterm='')))
print(list(difflib.unified_diff([], ['x\n'])), list(difflib.unified_diff(['x\n'], [])), list(difflib.unified_diff(['same'], ['same'])))
print(list(difflib.context_diff([], ['x\n'])))
try:
    list(difflib.unified_diff([b'a'], [b'b']))
except TypeError as e:
    print('TypeError', e)
try:
    list(difflib.unified_diff(['a'], ['b'], fromfile=b'x'))
except TypeError as e:
    print('TypeError', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'\xff\n'], [b'a\n', b'b\n'], b'x', b'y')))

diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError', e)
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(text1, text2, linejunk=difflib.IS_LINE_JUNK)), end='')
print(list(difflib.ndiff(['abc', 'x', 'same'], ['abd', 'same', 'y'])))
print(list(difflib.ndiff(['a\tb c'], ['a\tbXc'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
print(difflib.Match(1, 2, 3), difflib.Match(1, 2, 3).size)
words_a = 'the quick brown fox jumps over the lazy dog'.split()
words_b = 'the quick red fox leaps over the very lazy dog'.split()
print(difflib.SequenceMatcher(None, words_a, words_b).get_opcodes())
