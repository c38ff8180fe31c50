# int() reads non-ASCII decimal digits and spaces as CPython does: they become ASCII before
# base prefixes and leading zeros are read.
for s in ['٠٠٧','０１２','0','00','007','٠','0x1f','٠x1', '１２３', ' \u2003٣٤\u3000', '٣_٤', '𝟎𝟏', '𝟏𝟐', '12é', '٠b1', '٠o7', '-٠', '+１']:
    for b in (0, 10, 16):
        try: print(repr(s), b, int(s, b))
        except ValueError as e: print(repr(s), b, e)
