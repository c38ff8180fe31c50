# complex() reads digits of any script, as float() and int() do, and Unicode spaces around the
# number; inside it they stay malformed.
for text in ["٣", " ١+٢j ", "(٣+١j)", "٣j", "-٣.٥e١j", "\u2003 1+2j \u3000", "1\u00a0+2j", "१२३", "٣_٣", "٣..٣"]:
    try:
        print(ascii(text), complex(text))
    except ValueError as e:
        print(ascii(text), "ValueError", e)
