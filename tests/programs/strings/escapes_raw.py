print("a\tb|", "c\\d", 'e\'f', "g\"h")
print("line1\nline2")
print(r"C:\new\table", r"\d+\.\d*")
print("\x48\x65\x6c\x6c\x6f", "\u0048\U00000069", "\101\102")
print(len("\\"), len("\t"), len(r"\t"), len("\x00"))
print("tri" "ple" ' concat')
print("""triple "quoted" 'string'""")
print('''another
multi line''')
s = "a\0b"
print(len(s), repr(s))
print(repr("\a\b\f\v"))
print("\\\\server\\share")
x = "end with backslash \\"
print(x, len(x))
print(b"\x41\x42", rb"\x41")
