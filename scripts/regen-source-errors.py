#!/usr/bin/env python3
"""Records what `python3 app.py` prints for source files CPython refuses before running them (bytes
that do not decode, encoding cookies, NUL bytes, nesting too deep to compile), and for a few it
accepts, into tests/cli/source-errors.json. tests/cli/source-errors.test.ts compiles each file with
the memphisc CLI (and runs it when it compiles) and expects the same exit status, stderr and stdout.

Each source is a list of [text, times] pieces, the text in latin-1 (one char per byte), so a huge
input stays a short recipe. Run it with CPython 3.11 after changing the cases, and review the diff:

  python3 scripts/regen-source-errors.py
"""

import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def nested(header, depth):
    return [[''.join(' ' * i + header + '\n' for i in range(depth)) + ' ' * depth + 'pass\n', 1]]


CASES = [
    ('invalid UTF-8 on line 2', [['x = 1\nprint("a\xffb")\n', 1]]),
    ('a UTF-8-encoded surrogate', [['s = "\xed\xa0\x80"\n', 1]]),
    ('a truncated UTF-8 sequence at the end', [['s = "\xe2\x82', 1]]),
    ('a lone CR ends a line when counting lines', [['x = 1\r\ry = "\xff"\n', 1]]),
    ('a cookie that names no encoding', [['# -*- coding: foo -*-\nprint(1)\n', 1]]),
    ('an ascii cookie and a non-ASCII byte', [['# coding=ascii\ns = "\xe9"\n', 1]]),
    ('a BOM and a latin-1 cookie', [['\xef\xbb\xbf# -*- coding: latin-1 -*-\nprint(1)\n', 1]]),
    ('a latin-1 cookie', [['# -*- coding: latin-1 -*-\nprint("\xe9", len("\xe9\xe8"))\n', 1]]),
    ('a cookie on line 2', [['#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\nprint("\xe9")\n', 1]]),
    ('a BOM', [['\xef\xbb\xbfprint(1)\n', 1]]),
    ('a NUL byte inside a string', [['x = 1\ny = 2\nz = "a\x00b"\n', 1]]),
    ('a NUL byte after a syntax error', [['x = = 1\ny = "\x00"\n', 1]]),
    ('10,000 chained additions', [['x = 1', 1], [' + 1', 10000], ['\n', 1]]),
    ('10,000 chained attributes', [['x = a', 1], ['.b', 10000], ['\n', 1]]),
    ('21 nested for loops', nested('for x in y:', 21)),
    ('11 nested with statements of two items', nested('with a, b:', 11)),
    ('101 levels of indentation', nested('if x:', 101)),
    ('a 300 kB bytes literal', [['b = b"', 1], ['\\xff', 300000], ['"\nprint(len(b), b[:3])\n', 1]]),
]


def main():
    out = []
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'app.py')
    for name, pieces in CASES:
        with open(path, 'wb') as f:
            f.write(''.join(text * times for text, times in pieces).encode('latin-1'))
        r = subprocess.run(['python3', path], capture_output=True, env={**os.environ, 'PYTHONIOENCODING': 'utf-8'})
        out.append({
            'name': name,
            'pieces': pieces,
            'status': r.returncode,
            'stdout': r.stdout.decode(),
            'stderr': r.stderr.decode().replace(path, '<file>'),
        })
    with open(os.path.join(ROOT, 'tests', 'cli', 'source-errors.json'), 'w') as f:
        f.write(json.dumps(out, indent=1) + '\n')


main()
