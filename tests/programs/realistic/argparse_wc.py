"""A small word-count tool driven by argparse, run with several command lines."""
import argparse, io, os, sys
os.environ['COLUMNS'] = '100'

def build_parser():
    parser = argparse.ArgumentParser(
        prog='wc.py',
        description='Count lines, words and characters in files.',
        epilog='With no FILE, or when FILE is -, read standard input.')
    parser.add_argument('files', metavar='FILE', nargs='*', type=argparse.FileType('r'),
                        help='files to count')
    counts = parser.add_argument_group('counts', 'Select what to count (default: all).')
    counts.add_argument('-l', '--lines', action='store_true', help='print the newline counts')
    counts.add_argument('-w', '--words', action='store_true', help='print the word counts')
    counts.add_argument('-c', '--chars', action='store_true', help='print the character counts')
    parser.add_argument('--min-words', type=int, default=argparse.SUPPRESS,
                        help='only show files with at least this many words')
    parser.add_argument('--total', choices=['auto', 'always', 'never'], default='auto',
                        help='when to print a line with total counts (default: %(default)s)')
    return parser

class Options:
    def __repr__(self):
        return 'Options(%s)' % ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()) if kv[0] != 'files')

def main(argv):
    parser = build_parser()
    opts = parser.parse_args(argv, namespace=Options())
    print(opts)
    if not (opts.lines or opts.words or opts.chars):
        opts.lines = opts.words = opts.chars = True
    if hasattr(opts, 'min_words') and opts.min_words < 0:
        parser.error('--min-words must not be negative')
    totals = [0, 0, 0]
    shown = 0
    for f in opts.files:
        text = f.read()
        counts = [text.count('\n'), len(text.split()), len(text)]
        if getattr(opts, 'min_words', 0) > counts[1]:
            continue
        shown += 1
        totals = [a + b for a, b in zip(totals, counts)]
        chosen = [c for c, on in zip(counts, (opts.lines, opts.words, opts.chars)) if on]
        print(' '.join('%7d' % c for c in chosen), os.path.basename(f.name))
        f.close()
    if opts.total == 'always' or (opts.total == 'auto' and shown > 1):
        chosen = [c for c, on in zip(totals, (opts.lines, opts.words, opts.chars)) if on]
        print(' '.join('%7d' % c for c in chosen), 'total')
    return 0

base = '/tmp/memphisc_wc_%d' % os.getpid()
os.makedirs(base)
paths = []
for name, text in [('a.txt', 'one two three\nfour\n'), ('b.txt', 'x\n' * 5), ('c.txt', '')]:
    path = os.path.join(base, name)
    with open(path, 'w') as f:
        f.write(text)
    paths.append(path)

for argv in [paths, ['-l', paths[0]], ['-wc', '--total=always', paths[1]], ['--min-words', '3'] + paths,
             ['--min-words', '-1', paths[0]], ['--total', 'sometimes'], [os.path.join(base, 'missing.txt')],
             ['--help'], ['-lx']]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(argv)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print('$ wc.py', ' '.join(a.replace(base, '<dir>') for a in argv), '->', code)
    print(out.getvalue().replace(base, '<dir>'), end='')
    print(err.getvalue().replace(base, '<dir>'), end='')
for p in paths:
    os.remove(p)
os.rmdir(base)
parser = build_parser()
parser.print_usage()
print(parser.format_usage() == parser.format_help().split('\n\n')[0] + '\n')
