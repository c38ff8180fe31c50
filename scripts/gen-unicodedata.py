#!/usr/bin/env python3
"""Write runtime/stdlib/unicodedata_data.ts: the character database of CPython 3.11's unicodedata.

Everything is recorded from the running CPython (Unicode 14.0), one code point at a time, so the
module answers as CPython does, including its choices for unassigned code points. Two deflated,
base64 blobs keep it small; runtime/stdlib/unicodedata.ts unpacks each on first use:

PROPERTIES, sections separated by a line '~':
  1. records: one line per distinct (category, bidirectional, combining, east_asian_width,
     mirrored), fields separated by ','.
  2. runs: 'record.length' pairs (base 36), ','-separated, covering 0..0x10FFFF in order.
  3. numeric values: ','-separated 'gap:kind:value' entries, gap (base 36) from the previous entry's
     code point, kind 'd' (decimal, digit and numeric), 'g' (digit and numeric) or 'n' (numeric
     only), value the float's repr. 'gap:kind:value:count' stands for `count` consecutive code
     points whose values go up by one.
  4. decompositions: ','-separated 'gap.tag.hex hex...' entries (tag: index into the tag list of
     section 5, 0 for canonical).
  5. the compatibility tags, ','-separated, first one empty.
  6. composition exclusions: base-36 gaps of the code points whose two-character canonical
     decomposition NFC does not recompose.
  7. runs of records, as in 2, for unicodedata.ucd_3_2_0 (Unicode 3.2.0 as CPython keeps it).
  8. the numbers that differ in ucd_3_2_0: ','-separated 'gap:decimal:digit:numeric' entries
     (each value a repr, empty for none).
  9. ucd_3_2_0's normalization corrections: ','-separated 'hex:hex' pairs (a character and the
     one its decomposition is in Unicode 3.2.0).

NAMES, sections separated by '~':
  1. names, one a line, in code point order: '[gap\\t]N suffix', where gap (base 36, left out
     when it is 1) is the distance from the previous name's code point and N (one character,
     chr(48 + n)) counts the words shared with the previous name.
  2. ranges named '<prefix><hex of the code point>': 'start,end,prefix' lines (hex bounds).
  3. name aliases and named sequences lookup() accepts: 'NAME\\thex hex...' lines.

The aliases and named sequences are not enumerable through unicodedata: their candidates come from
Perl's copy of the Unicode 14.0 database when it is installed, and each one is kept only when
CPython's lookup() agrees. Run with CPython 3.11:

    python3 scripts/gen-unicodedata.py
"""
import base64
import glob
import os
import re
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'stdlib', 'unicodedata_data.ts')
MAX = 0x110000
DIGITS36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def b36(n):
    out = ''
    while True:
        out = DIGITS36[n % 36] + out
        n //= 36
        if n == 0:
            return out


def record_of(ch, u=unicodedata):
    return (u.category(ch), u.bidirectional(ch), str(u.combining(ch)), u.east_asian_width(ch), str(u.mirrored(ch)))


def record_runs(records, database):
    runs = []
    for cp in range(MAX):
        index = records.setdefault(record_of(chr(cp), database), len(records))
        if runs and runs[-1][0] == index:
            runs[-1][1] += 1
        else:
            runs.append([index, 1])
    return ','.join(f'{b36(i)}.{b36(n)}' for i, n in runs)


def property_sections():
    records = {}
    runs = record_runs(records, unicodedata)
    old_runs = record_runs(records, unicodedata.ucd_3_2_0)
    record_lines = '\n'.join(','.join(r) for r in records)
    return (record_lines, runs, numeric_section(), *decomposition_sections(), exclusion_section(), old_runs,
            old_numbers_section(), corrections_section())


def numbers(ch, database):
    return tuple(f(ch, None) for f in (database.decimal, database.digit, database.numeric))


def old_numbers_section():
    parts = []
    prev = 0
    for cp in range(MAX):
        old = numbers(chr(cp), unicodedata.ucd_3_2_0)
        if old != numbers(chr(cp), unicodedata):
            parts.append(f'{b36(cp - prev)}:' + ':'.join('' if v is None else repr(v) for v in old))
            prev = cp
    return ','.join(parts)


def corrections_section():
    old = unicodedata.ucd_3_2_0
    pairs = []
    for cp in range(MAX):
        ch = chr(cp)
        if old.category(ch) != 'Cn' and old.normalize('NFD', ch) != unicodedata.normalize('NFD', ch):
            target = old.normalize('NFD', ch)
            assert len(target) == 1, hex(cp)
            pairs.append(f'{cp:x}:{ord(target):x}')
    return ','.join(pairs)


def numeric_entries():
    for cp in range(MAX):
        ch = chr(cp)
        value = unicodedata.numeric(ch, None)
        if value is None:
            continue
        if unicodedata.decimal(ch, None) is not None:
            kind = 'd'
        elif unicodedata.digit(ch, None) is not None:
            kind = 'g'
        else:
            kind = 'n'
        yield cp, kind, value


def numeric_section():
    groups = []  # [cp, kind, value, count]
    for cp, kind, value in numeric_entries():
        if groups:
            last = groups[-1]
            if last[0] + last[3] == cp and last[1] == kind and last[2] + last[3] == value:
                last[3] += 1
                continue
        groups.append([cp, kind, value, 1])
    parts = []
    prev = 0
    for cp, kind, value, count in groups:
        text = repr(value)
        if text.endswith('.0'):
            text = text[:-2]
        parts.append(f'{b36(cp - prev)}:{kind}:{text}' + (f':{count}' if count > 1 else ''))
        prev = cp
    return ','.join(parts)


def decomposition_sections():
    tags = ['']
    parts = []
    prev = 0
    for cp in range(MAX):
        d = unicodedata.decomposition(chr(cp))
        if not d:
            continue
        words = d.split()
        tag = ''
        if words[0].startswith('<'):
            tag = words.pop(0)
        if tag not in tags:
            tags.append(tag)
        parts.append(f'{b36(cp - prev)}.{tags.index(tag)}.' + ' '.join(w.lower().lstrip('0') or '0' for w in words))
        prev = cp
    return ','.join(parts), ','.join(tags)


def exclusion_section():
    gaps = []
    prev = 0
    for cp in range(MAX):
        d = unicodedata.decomposition(chr(cp))
        if d and not d.startswith('<') and len(d.split()) == 2 and unicodedata.normalize('NFC', chr(cp)) != chr(cp):
            gaps.append(b36(cp - prev))
            prev = cp
    return ','.join(gaps)


PATTERNED = re.compile(r'(.*-)([0-9A-F]{4,6})$')


def name_sections():
    lines = []
    ranges = []  # [start, end, prefix]
    prev_cp = -1
    prev_words = []
    for cp in range(MAX):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith('HANGUL SYLLABLE '):
            continue
        m = PATTERNED.match(name)
        if m and int(m.group(2), 16) == cp and m.group(2) == '%04X' % cp:
            if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == m.group(1):
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, m.group(1)])
            continue
        words = name.split(' ')
        shared = 0
        while shared < min(len(words), len(prev_words)) and words[shared] == prev_words[shared]:
            shared += 1
        gap = cp - prev_cp
        lines.append(('' if gap == 1 else b36(gap) + '\t') + chr(48 + shared) + ' '.join(words[shared:]))
        prev_cp = cp
        prev_words = words
    range_lines = '\n'.join(f'{a:x},{b:x},{p}' for a, b, p in ranges)
    return '\n'.join(lines), range_lines, '\n'.join(extra_lookup_names())


def extra_lookup_names():
    """Aliases and named sequences, as 'NAME\\thex hex...': Perl's candidates that CPython accepts."""
    found = {}
    for path in sorted(glob.glob('/usr/share/perl/*/unicore/Name.pl')):
        text = open(path, encoding='utf-8').read()
        body = text[text.index("<<'END';\n") + 9:text.rindex('\nEND')]
        for entry in body.split('\n\n'):
            if '\n' not in entry:
                continue
            codes, name = entry.split('\n', 1)
            try:
                got = unicodedata.lookup(name)
            except KeyError:
                continue
            want = ''.join(chr(int(c, 16)) for c in codes.split())
            if got != want or (len(got) == 1 and unicodedata.name(got, None) == name):
                continue
            found[name] = ' '.join('%x' % ord(c) for c in got)
    if not found:
        print('warning: no alias source found; lookup() will know no aliases', file=sys.stderr)
    return [f'{name}\t{codes}' for name, codes in found.items()]


def blob(sections):
    data = zlib.compress('~'.join(sections).encode('ascii'), 9)
    text = base64.b64encode(data).decode('ascii')
    return ' +\n'.join(f"  '{text[i:i + 100]}'" for i in range(0, len(text), 100)), len(text)


def main():
    props, props_size = blob(property_sections())
    names, names_size = blob(name_sections())
    with open(OUT, 'w', encoding='ascii') as f:
        f.write('// Generated by scripts/gen-unicodedata.py from CPython %s (Unicode %s): do not edit.\n'
                % (sys.version.split()[0], unicodedata.unidata_version))
        f.write('// Deflated and base64-encoded: see the script for the format.\n\n')
        f.write("export const UNIDATA_VERSION = '%s';\n\n" % unicodedata.unidata_version)
        f.write('export const PROPERTIES_DEFLATED =\n' + props + ';\n\n')
        f.write('export const NAMES_DEFLATED =\n' + names + ';\n')
    print(f'properties {props_size} base64 characters, names {names_size}')


main()
