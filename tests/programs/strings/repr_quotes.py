for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
          "bell\x07", "\x00nul", "\r\x1b[0m", "é ü ñ", "日本語", "😀", "\u200b", "\x7f", "\x80",
          "\ud7ff", "", "'", '"', "\\'"]:
    print(repr(s))
print(repr("a'b"), str("a'b"))
print(["it's", 'q"uote', "x"])
print(("a\nb",), {"k'": "v\t"})
print(ascii("héllo ✓ 😀"), ascii("plain"), ascii("it's\n"))
print(repr("\u00a0"), repr("\u2028"), repr("\xad"))
