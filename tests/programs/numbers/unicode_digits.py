# int() and float() accept any Unicode decimal digit (category Nd), as CPython does: the digit's
# value comes from where it sits in its run of ten. The runtime finds Nd digits with a regex made
# on first use, so the first call here is also the one that creates it.

samples = [
    "\u0663",              # ARABIC-INDIC DIGIT THREE
    "\u0660\u0661\u0669",  # Arabic-Indic 019
    "\u06f7\u06f0",        # EXTENDED ARABIC-INDIC 70
    "\u0966\u096f",        # DEVANAGARI 09
    "\uff11\uff12",        # FULLWIDTH 12
    "\U0001d7ce\U0001d7d7",  # MATHEMATICAL BOLD 09
    "\U0001d7ec\U0001d7f5",  # MATHEMATICAL SANS-SERIF BOLD 09 (a run next to another run)
    "1\u0662\u06f3",       # mixed scripts: 123
    " \u0664\u0665 ",      # spaces around
]
for s in samples:
    print(ascii(s), int(s), float(s))

print(float("\u0661.\u0665"), float("-\u0662e\u0661"), int("\u0661\u0660", 16))

# Numeric but not decimal: superscripts, fractions, Roman numerals are not digits for int().
for s in ["\u00b2", "\u00bd", "\u2167", "\u0663\u00b2", "\u2070"]:
    for conv in (int, float):
        try:
            print(conv.__name__, ascii(s), conv(s))
        except ValueError as e:
            print(conv.__name__, ascii(s), "ValueError:", e)
