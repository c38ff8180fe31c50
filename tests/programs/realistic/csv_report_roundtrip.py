# A CSV report written with DictWriter and read back: quoting modes, dialects, Sniffer, errors.
import csv, io, tempfile, os
rows = [
    {"name": "Widget, large", "qty": 3, "price": 2.5, "note": 'says "hi"'},
    {"name": "Gadget", "qty": 0, "price": 10, "note": "multi\nline"},
    {"name": "Ünïcode", "qty": -1, "price": 1e-7, "note": ""},
    {"name": " spaced ", "qty": None, "price": float("nan"), "note": "tab\there"},
]
with tempfile.TemporaryDirectory() as td:
    path = os.path.join(td, "r.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["name", "qty", "price", "note"])
        w.writeheader()
        w.writerows(rows)
    with open(path, "rb") as f:
        print(f.read())
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        print(r.fieldnames)
        for row in r:
            print(row, r.line_num)
    with open(path, encoding="utf-8") as f:
        print(list(csv.reader(f)))
    for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
        s = io.StringIO()
        w = csv.writer(s, quoting=q, lineterminator="\n")
        w.writerow(["a", 1, 2.5, None, True, ""])
        print(repr(s.getvalue()))
    s = io.StringIO()
    w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(["a,b", 'q"x', "n\nl"])
    print(repr(s.getvalue()))
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
    except csv.Error as e:
        print("Error", e)
    print(list(csv.reader(io.StringIO('1,"2",3.5\n"x"\n'), quoting=csv.QUOTE_NONNUMERIC)))
    try:
        list(csv.reader(io.StringIO('a,b\n'), quoting=csv.QUOTE_NONNUMERIC))
    except ValueError as e:
        print("ValueError", e)
    try:
        list(csv.reader(io.StringIO('a,"b\n'), strict=True))
    except csv.Error as e:
        print("Error", e)
    print(list(csv.reader(io.StringIO('a,"b\n'))))
    print(list(csv.reader(io.StringIO('a, "b c" ,d\n'), skipinitialspace=True)))
    print(list(csv.reader(['a;b;"c;d"'], delimiter=";")))
    csv.register_dialect("pipes", delimiter="|", quotechar="'", lineterminator="\n")
    s = io.StringIO(); csv.writer(s, "pipes").writerow(["x|y", "z"]); print(repr(s.getvalue()))
    print(csv.list_dialects())
    d = csv.get_dialect("pipes"); print(d.delimiter, d.quotechar, repr(d.lineterminator), d.quoting, d.doublequote)
    try:
        csv.get_dialect("nope")
    except csv.Error as e:
        print("Error", e)
    sn = csv.Sniffer()
    sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n"
    dia = sn.sniff(sample)
    print(repr(dia.delimiter), repr(dia.quotechar), dia.skipinitialspace, sn.has_header(sample))
    sample2 = '"a","b"\n"1","2"\n"3","4"\n'
    dia = sn.sniff(sample2); print(repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, sn.has_header(sample2))
    try:
        sn.sniff("abc")
    except csv.Error as e:
        print("Error", e)
    r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="rest", restval="?")
    print(list(r))
    w = csv.DictWriter(io.StringIO(), ["a"])
    try:
        w.writerow({"a": 1, "b": 2})
    except ValueError as e:
        print("ValueError", e)
    w = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore"); w.writerow({"a": 1, "b": 2})
    try:
        csv.writer(io.StringIO()).writerow(5)
    except csv.Error as e:
        print("Error", e)
    try:
        csv.reader(io.StringIO(""), delimiter="ab")
    except TypeError as e:
        print("TypeError", e)
    print(csv.field_size_limit())
    r = csv.reader(io.StringIO("x\r\ny\rz\n", newline=""))
    print(list(r))
    try:
        print(list(csv.reader(["a\nb"])))
    except csv.Error as e:
        print("Error", e)
    print(list(csv.reader(["a,b\x00c"])) if False else "")
    s = io.StringIO(); csv.writer(s).writerows([[1, 2], (3,), []]); print(repr(s.getvalue()))
    s = io.StringIO(); csv.writer(s, doublequote=False, escapechar="\\").writerow(['a"b']); print(repr(s.getvalue()))
    s = io.StringIO(); csv.writer(s).writerow(["", None]); print(repr(s.getvalue()))
    s = io.StringIO(); csv.writer(s).writerow([""]); print(repr(s.getvalue()))
    print(csv.excel.delimiter, csv.excel_tab.delimiter == "\t", csv.unix_dialect.lineterminator == "\n", csv.unix_dialect.quoting)
