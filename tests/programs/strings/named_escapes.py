# \N{name} escapes in str literals and f-strings: any Unicode 14.0 name or alias, in any case,
# and the computed Hangul syllable and ideograph names (in upper case).
names = ["\N{GREEK SMALL LETTER ALPHA}", "\N{em dash}", "\N{LATIN CAPITAL LETTER GHA}", "\N{BYTE ORDER MARK}",
         "\N{CJK COMPATIBILITY IDEOGRAPH-F900}", "\N{HANGUL SYLLABLE GA}", "\N{HANGUL SYLLABLE HIH}",
         "\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{CJK UNIFIED IDEOGRAPH-2A6DF}", "\N{PILE OF POO}",
         "\N{Latin Small Letter Sharp S}", "\N{NULL}", "\N{SPACE}x", "\N{LINE FEED}", "\N{NBSP}",
         "\N{ZERO WIDTH JOINER}", "\N{VARIATION SELECTOR-16}", "\N{TIBETAN MARK BSKA- SHOG GI MGO RGYAN}",
         "\N{KATAKANA LETTER SMALL KA}", "\N{MATHEMATICAL BOLD CAPITAL A}", "\N{REGIONAL INDICATOR SYMBOL LETTER F}"]
print(ascii(names), len("".join(names)))
x = 5
print(ascii(f"\N{DEGREE SIGN}{x}\N{BULLET} {x:\N{FULL BLOCK}>4}"))
print(ascii("a\N{COMBINING ACUTE ACCENT}" "\N{EURO SIGN}" + r"\N{RAW}"))
