# shlex: split (quotes, escapes, comments, errors), quote, join, and the shlex lexer in POSIX and
# classic modes, with whitespace_split and punctuation_chars.
import shlex
cases = ['a b c', 'a "b c" d', "a 'b c' d", 'a\\ b', 'a"b"c', "'a'\"b\"", 'x # comment', 'e\\"q', '"a\\"b"', "'a\\'", '"$HOME \\$x \\\\ \\a"', '', '   ', 'a\tb\nc', "it's", '"unterminated', 'trail\\', 'a=b c=\'d e\'', '""', "''", 'a""b', '--opt="x y"']
for c in cases:
    for comments in (False, True):
        try:
            print(repr(c), comments, shlex.split(c, comments=comments))
        except ValueError as e:
            print(repr(c), comments, "ValueError:", e)
for s in ["", "plain", "with space", "it's", "a\"b", "$x", "safe-_@%+=:,./", "ü", "a\nb"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["ls", "-l", "my file", "it's"]))
lex = shlex.shlex("a + b*(c, 'd e')", posix=True)
print(list(lex))
lex = shlex.shlex("key=value other='x y'", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a b 'c d'")
print(list(lex))
lex = shlex.shlex("a;b && c", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("one two\nthree # c\nfour")
print(lex.get_token(), lex.lineno, lex.error_leader())
lex.push_token("pushed")
print(list(lex), lex.lineno)
print(list(shlex.shlex("a'b c'd", posix=False)), list(shlex.shlex('"x\\"y"', posix=False)))
print(list(shlex.shlex("ls > out.txt 2>&1 | grep x;", punctuation_chars=True)))
print(list(shlex.shlex("~/a.txt --x=1 (b)", posix=True, punctuation_chars="()")))
print(shlex.split("a # b", comments=True, posix=False))
