x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [
    1,
    2,
]
d = {
    'a': 1,  # comment
    # full-line comment
    'b': 2,
}
f(a,
  b,
  c)
s = ('implicit'
     'concat')
t = """
multi
line
"""
u = '''a\
b'''
