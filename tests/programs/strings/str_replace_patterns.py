# str.replace: every count, empty patterns, and replacements that look like JS patterns.
cases = [("a&b&c", "&", "&amp;"), ("none here", "&", "&amp;"), ("x$y", "$", "$$"), ("aaa", "a", "$&"),
         ("abc", "b", "$1"), ("abab", "ab", "$`"), ("hello", "", "-"), ("", "", "x"), ("", "a", "b"),
         ("aaaa", "aa", "b"), ("mississippi", "ss", "SS"), ("😀a😀", "😀", "<e>"), ("a😀b", "", "|")]
for s, old, new in cases:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)),
          repr(s.replace(old, new, -1)), repr(s.replace(old, new, 2)))
text = "<a href='x'>Tom & \"Jerry\"</a>"
print(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#x27;"))
