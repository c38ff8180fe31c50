'single'
"double"
'''triple single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'tab\there'
'newline\nhere'
'back\\slash'
'\x41\101\u0042\U00000043'
'\a\b\f\v\r\0'
'invalid \d escape'
r'raw \n string'
R"raw"
u'unicode'
b'bytes'
B"BYTES"
br'raw bytes \n'
Rb'\x00'
b'\x00\xff\n'
'concat' 'enated'
'a' "b" '''c'''
b'x' b'y'
'line \
continued'
''
b''
"'"
'"'
'\'"'
