"""Importing this module prints the Zen of Python (PEP 20).

The module keeps the text ROT13-scrambled in `s`, with the letter table `d` that unscrambles it,
and leaves `c` and `i` behind as the table's last loop values, all as CPython's easter egg does.
"""

_ZEN_LINES = (
    "The Zen of Python, by Tim Peters",
    "",
    "Beautiful is better than ugly.",
    "Explicit is better than implicit.",
    "Simple is better than complex.",
    "Complex is better than complicated.",
    "Flat is better than nested.",
    "Sparse is better than dense.",
    "Readability counts.",
    "Special cases aren't special enough to break the rules.",
    "Although practicality beats purity.",
    "Errors should never pass silently.",
    "Unless explicitly silenced.",
    "In the face of ambiguity, refuse the temptation to guess.",
    "There should be one-- and preferably only one --obvious way to do it.",
    "Although that way may not be obvious at first unless you're Dutch.",
    "Now is better than never.",
    "Although never is often better than *right* now.",
    "If the implementation is hard to explain, it's a bad idea.",
    "If the implementation is easy to explain, it may be a good idea.",
    "Namespaces are one honking great idea -- let's do more of those!",
)


def _rot13_table():
    """Each ASCII letter mapped to the one 13 places further round its alphabet."""
    table = {}
    for base in (ord('A'), ord('a')):
        for offset in range(26):
            table[chr(base + offset)] = chr(base + (offset + 13) % 26)
    return table


d = _rot13_table()
s = ''.join(d.get(ch, ch) for ch in '\n'.join(_ZEN_LINES))
# The values CPython's table-building loop ends with (lower case start, last offset).
c = ord('a')
i = 25

print(''.join(d.get(ch, ch) for ch in s))
