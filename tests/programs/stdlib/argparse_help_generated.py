# argparse help and usage for generated parsers: widths, formatter classes, groups, mutually exclusive groups, nargs and metavars, subparsers, wrapping of long usage lines.
import argparse, random
rng = random.Random(3)
NAMES = ['verbose', 'out', 'n', 'x', 'level', 'config-file', 'dry_run', 'mode', 'z']
HELPS = [None, 'show more', 'the output file to write, created when missing and truncated otherwise', 'count (default %(default)s)', 'one of %(choices)s', '', argparse.SUPPRESS, 'prog %(prog)s here']
def add(target, used, positional):
    name = rng.choice(NAMES)
    while name in used:
        name = rng.choice(NAMES) + str(rng.randrange(9))
    used.add(name)
    kw = {}
    h = rng.choice(HELPS)
    if h is not None: kw['help'] = h
    kind = rng.randrange(6)
    if positional:
        args = [name.replace('-', '_')]
        kw['nargs'] = rng.choice([None, '?', '*', '+', 2, None])
        if rng.random() < 0.3: kw['metavar'] = name.upper() + 'X' if kw['nargs'] != 2 else ('A', 'B')
        if rng.random() < 0.2 and kw.get('nargs') in (None, '?'): kw['choices'] = ['a', 'b', 'c']
    else:
        args = ['--' + name] + (['-' + name[0]] if rng.random() < 0.4 else [])
        if kind == 0: kw['action'] = 'store_true'
        elif kind == 1: kw['action'] = 'count'
        elif kind == 2: kw['nargs'] = rng.choice(['?', '*', '+', 3]); 
        elif kind == 3: kw['choices'] = [1, 2, 3]; kw['type'] = int; kw['default'] = 2
        elif kind == 4: kw['required'] = True; kw['metavar'] = 'VAL'
        else: kw['default'] = 'abc'
        if kw.get('nargs') == 3 and rng.random() < 0.5: kw['metavar'] = ('P', 'Q', 'R')
    try:
        target.add_argument(*args, **kw)
    except Exception as e:
        print('add failed', type(e).__name__, e)
for case in range(70):
    width = rng.choice([30, 50, 70, 100])
    fmt = rng.choice([argparse.HelpFormatter, argparse.ArgumentDefaultsHelpFormatter, argparse.RawTextHelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.MetavarTypeHelpFormatter])
    prog = rng.choice(['p', 'a-rather-long-program-name-for-wrapping', 'tool'])
    p = argparse.ArgumentParser(prog=prog, description=rng.choice([None, 'Does things.\n\n  Indented   line\nand more words to wrap around the width of the help text']), epilog=rng.choice([None, 'bye %(prog)s']), formatter_class=lambda prog, fmt=fmt: fmt(prog, width=width), add_help=rng.random() < 0.8)
    used = set()
    for _ in range(rng.randrange(6)): add(p, used, False)
    if rng.random() < 0.5:
        g = p.add_argument_group(rng.choice(['extra', 'Output options']), rng.choice([None, 'group description']))
        for _ in range(rng.randrange(1, 3)): add(g, used, False)
    if rng.random() < 0.5:
        m = p.add_mutually_exclusive_group(required=rng.random() < 0.5)
        for _ in range(rng.randrange(2, 4)): add(m, used, False)
    for _ in range(rng.randrange(3)): add(p, used, True)
    if rng.random() < 0.3 and not (used and 'mutex' in locals() and False):
      try:
        sub = p.add_subparsers(dest='cmd', title=rng.choice([None, 'commands']), help='sub help')
        for n in ('init', 'run'):
            sp = sub.add_parser(n, help=f'{n} it', aliases=['r'] if n == 'run' else [])
            sp.add_argument('--flag', help='a flag')
      except Exception as e:
        print('subparsers failed', type(e).__name__)
    try:
        print('#', case, width, fmt.__name__)
        print(p.format_usage(), end='')
        print(p.format_help(), end='')
    except Exception as e:
        print('format failed', type(e).__name__, str(e).split(' <')[0])
