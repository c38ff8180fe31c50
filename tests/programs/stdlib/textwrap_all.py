import textwrap

text = ("The quick brown fox jumps over the lazy dog. Memphis compiles Python to JavaScript, "
        "and well-known self-contained programs run unchanged; supercalifragilisticexpialidocious "
        "words get broken when they are too long.")
for w in (10, 20, 35, 60):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=30))
print(textwrap.fill(text, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('a-b-c-d e-f well-known co-operate x--y', width=5))
print(textwrap.wrap('well-known super-long-hyphenated-word', width=12, break_on_hyphens=False))
print(textwrap.wrap('abcdefghijklmnop', width=5), textwrap.wrap('abcdefghij', 4, break_long_words=False))
print(textwrap.wrap('tab\there  and\nnewline', width=12), textwrap.wrap('   leading space', 8))
print(textwrap.wrap('keep   spaces  here', width=8, drop_whitespace=False))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.fill('short'))
print(textwrap.shorten('Hello  world!   This is a long sentence.', width=20))
print(textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello  world', 10, placeholder='...'))
print(textwrap.wrap(text, width=30, max_lines=3))
print(textwrap.wrap(text, width=30, max_lines=2, placeholder=' ~'))
s = '''
    def f():
        return 1

    x = 2
'''
print(repr(textwrap.dedent(s)))
print(repr(textwrap.dedent('  a\n\t b')), repr(textwrap.dedent('   x\n   \n   y')), repr(textwrap.dedent('\ta\n\tb')))
print(repr(textwrap.indent('one\ntwo\n\nthree\n', '> ')))
print(repr(textwrap.indent('a\n\nb', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, fix_sentence_endings=True)
print(w.wrap('Hello there. How are you? Fine.'))
try:
    textwrap.wrap('x', width=0)
except ValueError as e:
    print('ValueError:', e)
