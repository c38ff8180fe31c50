# Non-ASCII identifiers and strings.
café = 1
π = 3.14159
ñame = 'ñ'
x = 'héllo wörld'
y = '日本語'
z = '😀 emoji'
ﬁle = 2
ℌ = 3
def naïve(ä, ö=1):
    return ä + ö
s = f'{café} {π:.2f} ü'
b = '\u00e9\N{BULLET}'
