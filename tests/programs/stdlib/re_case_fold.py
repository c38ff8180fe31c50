# IGNORECASE matches what Python's lower() and upper() relate: i, I, İ and ı all match each other
# (JS's case folding only pairs i with I); under ASCII only ASCII letters fold, also in sets,
# ranges, backreferences and patterns that run on the engine. Patterns and matches copy as
# themselves; groupindex is a read-only mapping.
import copy
import re

SUBJECT = 'iI\u0130\u0131kK\u212asS\u017f\u03c3\u03c2\u03a3\u00df\u1e9e\u01c4\u01c5\u01c6\u00c9\u00e9'
for p in ['(?i)i', '(?i)I', '(?i)\u0130', '(?i)[i]', '(?i)[\u0130]', '(?i)[h-j]', '(?i)\u0131', '(?i)[^i]',
          '(?i)k', '(?i)s', '(?i)\u03c3', '(?i)\u00df', '(?i)[a-z]+', '(?i)\u01c5', '(?i)\u1e9e', '(?i)\u00e9',
          '(?ai)i', '(?ai)k', '(?ai)s', '(?ai)\u00e9', '(?ai)[\u00e0-\u00ff]', '(?ai)[a-z]+', '(?a)(?i:k)',
          '(?i)(?-i:i)I', r'(?i)(\u0130)\1', r'(?ai)(k)\1', r'(?i)(?:(\u0131)|x)+', r'(?ai)(?:(\u00e9)|x)+']:
    print(ascii(p), ascii(re.findall(p, SUBJECT)))
print(re.compile('i', re.I | re.A).findall('iI\u0130'), re.compile('[I]', re.I).findall('i\u0131'))
print(re.findall(r"(?i:(a)\1)", "aA Aa ab"), re.findall(r"(a)(?i:\1)", "aA Aa"), re.findall(r"(?i)(a)(?-i:\1)", "aA Aa aa"))

p = re.compile(r'(?P<word>\w+)')
m = p.match('ab')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m).group())
print(p.groupindex, repr(p.groupindex), p.groupindex['word'], dict(p.groupindex), len(p.groupindex))
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print(e)
