# Small tools built on tokenize: a comment extractor, a name counter, a source colouriser,
# a docstring finder, a bracket-depth checker, and tokenize.open on a file with a cookie.
import io
import keyword
import os
import tempfile
import token
import tokenize

SOURCE = '''\
#!/usr/bin/env python3
"""Module docstring."""
import os  # the os module

CONSTANT = 0x10  # hex
values = [1, 2.5, 3j,  # a list
          'four']


def area(width, height=2):
    """Return the area."""
    # multiply the sides
    return width * height


class Shape:
    sides = 4

    def describe(self):
        return f"{self.sides} sides"  # f-string


if __name__ == '__main__':
    print(area(3), Shape().describe())
'''


def tokens():
    return list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))


print('-- comments')
for tok in tokens():
    if tok.type == tokenize.COMMENT:
        print('%3d:%-3d %s' % (tok.start[0], tok.start[1], tok.string))

print('-- names')
counts = {}
for tok in tokens():
    if tok.type == tokenize.NAME and not keyword.iskeyword(tok.string):
        counts[tok.string] = counts.get(tok.string, 0) + 1
for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    print(name, count)
print('keywords:', sorted({t.string for t in tokens() if keyword.iskeyword(t.string)}))

print('-- colours')
STYLE = {tokenize.COMMENT: 'grey', tokenize.STRING: 'green', tokenize.NUMBER: 'blue'}


def colour_of(tok):
    if tok.type == tokenize.NAME:
        return 'bold' if keyword.iskeyword(tok.string) else None
    if tok.type == tokenize.OP:
        return 'red' if tok.exact_type in (token.EQUAL, token.STAR, token.AT) else None
    return STYLE.get(tok.type)


def colourise(source):
    lines = source.splitlines(keepends=True)
    out = []
    row, col = 1, 0
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if not tok.string:
            continue    # DEDENT, ENDMARKER and a final implied NEWLINE take no room
        (srow, scol), (erow, ecol) = tok.start, tok.end
        while row < srow:
            out.append(lines[row - 1][col:])
            row, col = row + 1, 0
        out.append(lines[row - 1][col:scol])
        style = colour_of(tok)
        text = tok.string
        out.append('<%s>%s</%s>' % (style, text, style) if style and text else text)
        row, col = erow, ecol
    return ''.join(out)


print(colourise(SOURCE), end='')

print('-- docstrings')
# A string standing alone as the first statement of the module or of a block.
significant = [t for t in tokens() if t.type not in (tokenize.NL, tokenize.COMMENT)]
for i, tok in enumerate(significant):
    before = significant[i - 1].type if i else None
    after = significant[i + 1].type if i + 1 < len(significant) else None
    if tok.type == tokenize.STRING and before in (None, tokenize.INDENT) and after == tokenize.NEWLINE:
        print(tok.start[0], tok.string)

print('-- depth')
depth = deepest = 0
for tok in tokens():
    if tok.exact_type in (token.LPAR, token.LSQB, token.LBRACE):
        depth += 1
        deepest = max(deepest, depth)
    elif tok.exact_type in (token.RPAR, token.RSQB, token.RBRACE):
        depth -= 1
print('balanced' if depth == 0 else 'unbalanced', deepest)
print('logical lines:', sum(1 for t in tokens() if t.type == tokenize.NEWLINE))
print('physical blank or comment lines:', sum(1 for t in tokens() if t.type == tokenize.NL))
print('indent levels:', max(len(t.string) for t in tokens() if t.type == tokenize.INDENT))

print('-- operators by exact type')
ops = {}
for tok in tokens():
    if tok.type == tokenize.OP:
        name = token.tok_name[tok.exact_type]
        ops[name] = ops.get(name, 0) + 1
print(sorted(ops.items()))

print('-- tokenize.open')
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'latin.py')
with open(path, 'wb') as f:
    f.write("# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\n".encode('latin-1'))
with tokenize.open(path) as f:
    print(f.encoding, f.mode, f.name == path, f.closed, repr(f.readline()))
    print(repr(f.read()), list(f))
print(f.closed)
with open(path, 'rb') as f:
    for tok in tokenize.tokenize(f.readline):
        print(tok.type, repr(tok.string), tok.start)
with open(path, 'rb') as f:
    print(tokenize.detect_encoding(f.readline))
path2 = os.path.join(folder, 'bom.py')
with open(path2, 'wb') as f:
    f.write(b'\xef\xbb\xbfx = "\xc3\xa9"\n')
with tokenize.open(path2) as f:
    print(f.encoding, repr(f.read()))
path3 = os.path.join(folder, 'bad.py')
with open(path3, 'wb') as f:
    f.write(b'# coding: no-such-codec\n')
try:
    tokenize.open(path3)
except SyntaxError as e:
    print('SyntaxError', str(e).replace(path3, '<path>'))
for p in (path, path2, path3):
    os.remove(p)
os.rmdir(folder)
