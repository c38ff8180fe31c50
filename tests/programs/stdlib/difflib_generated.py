# difflib on generated line lists: ndiff with and without line junk, unified and context diffs, ratios, junk and popular elements, close matches, restore and diff_bytes.
import difflib, random
rng = random.Random(11)
words = ['alpha', 'beta', 'gamma', 'delta', '', '#', '  # x', 'alphb', 'bet', 'gama', 'delta  ', '\tdelta']
def lines(n): return [rng.choice(words) + rng.choice(['', '\n']) for _ in range(n)]
for case in range(60):
    a, b = lines(rng.randrange(12)), lines(rng.randrange(12))
    print(case, list(difflib.ndiff(a, b)) == list(difflib.ndiff(a, b)), list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
    print(list(difflib.unified_diff([x.rstrip() for x in a], [x.rstrip() for x in b], 'a', 'b', n=rng.randrange(4), lineterm='')))
    print(list(difflib.context_diff(a, b, 'a', 'b', '1', '2', n=1)))
    s = difflib.SequenceMatcher(None, ''.join(a), ''.join(b))
    print(round(s.ratio(), 6), round(s.quick_ratio(), 6), s.get_opcodes()[:4])
big = 'ab' * 150 + 'xyz' * 10
m = difflib.SequenceMatcher(lambda c: c == 'y', big, big[::-1] + 'q')
print(sorted(m.bjunk), sorted(m.bpopular), m.get_matching_blocks()[:3], round(m.ratio(), 6))
m2 = difflib.SequenceMatcher(lambda c: c == 'a', big, big)
print(sorted(m2.bjunk), sorted(m2.bpopular))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy', 'appeal'], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(['a\n', 'b\n'], ['b\n', 'c\n']), 2)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\xff\n'], [b'b\n'], b'x', b'y')))
