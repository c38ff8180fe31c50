# The token module: CPython 3.11's numbers, names, exact operator types and predicates.
import token

print(token.N_TOKENS, token.NT_OFFSET, token.ENDMARKER, token.OP, token.ERRORTOKEN)
print(token.COMMENT, token.NL, token.ENCODING, token.SOFT_KEYWORD, token.TYPE_COMMENT)
for number in sorted(token.tok_name):
    name = token.tok_name[number]
    print(number, name, getattr(token, name) == number)
print(list(token.tok_name.items())[:3], list(token.tok_name.items())[-3:])
print(len(token.__all__), token.__all__[:6], token.__all__[-4:])
print(all(hasattr(token, name) for name in token.__all__))

print(len(token.EXACT_TOKEN_TYPES))
for text, kind in token.EXACT_TOKEN_TYPES.items():
    print(repr(text), kind, token.tok_name[kind])

for probe in (0, 1, 54, 63, 64, 255, 256, 257, 1000, -1):
    print(probe, token.ISTERMINAL(probe), token.ISNONTERMINAL(probe), token.ISEOF(probe))

# Operators whose exact types are distinct and lie between NAME and OP.
kinds = sorted(token.EXACT_TOKEN_TYPES.values())
print(kinds[0], kinds[-1], len(set(kinds)) == len(kinds))
print(sorted(set(range(token.LPAR, token.OP)) - set(kinds)))
