# Template rendering and string formatting: a small {{ placeholder }} template engine with HTML
# escaping and filters, plus str.format, %-formatting and f-strings with format specs, rendering
# an HTML table and a text report for generated records.

PAGE = """<html><head><title>{{ title }}</title></head>
<body><h1>{{ title|upper }}</h1>
<p>Generated for {{ user }} &mdash; {{ count }} rows</p>
{{ rows }}
</body></html>"""

ROW = '<tr class="{{ parity }}"><td>{{ id }}</td><td>{{ name }}</td><td>{{ price }}</td><td>{{ note }}</td></tr>'


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


class Template:
    """Literal text and {{ name|filter }} fields, split once at construction."""

    def __init__(self, source):
        self.parts = []
        pieces = source.split("{{")
        self.parts.append(("text", pieces[0]))
        for piece in pieces[1:]:
            field, _, text = piece.partition("}}")
            name, _, filt = field.strip().partition("|")
            self.parts.append(("field", name, filt))
            self.parts.append(("text", text))

    def render(self, context, raw=()):
        out = []
        for part in self.parts:
            if part[0] == "text":
                out.append(part[1])
                continue
            value = context[part[1]]
            text = value if isinstance(value, str) else str(value)
            if part[2] == "upper":
                text = text.upper()
            elif part[2] == "title":
                text = text.title()
            if part[1] not in raw:
                text = escape(text)
            out.append(text)
        return "".join(out)


NAMES = ["widget", "gadget <pro>", "doohickey & co", "thing \"max\"", "gizmo's", "whatsit"]


def records(n):
    rows = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        price = (i * 7919 % 100000) / 100
        rows.append({"id": i, "name": name, "price": price, "qty": i * 31 % 97})
    return rows


def render_page(rows, row_template, page_template):
    cells = []
    for i, r in enumerate(rows):
        context = {
            "parity": "even" if i % 2 == 0 else "odd",
            "id": i,
            "name": r["name"],
            "price": f"{r['price']:,.2f}",
            "note": "%s x%d" % (r["name"][:4], r["qty"]),
        }
        cells.append(row_template.render(context))
    return page_template.render(
        {"title": "Price list", "user": "ops@example.com", "count": len(rows), "rows": "\n".join(cells)},
        raw=("rows",),
    )


def text_report(rows):
    lines = []
    total = 0.0
    for r in rows:
        total += r["price"] * r["qty"]
        lines.append("{:>6d} | {:<16s} | {:>10.2f} | {:>4d} | {:>12.3e}".format(
            r["id"], r["name"][:16], r["price"], r["qty"], total))
    lines.append(f"{'total':>6} | {len(rows):<16} | {total:>10.1f}")
    return "\n".join(lines)


def main():
    row_template = Template(ROW)
    page_template = Template(PAGE)
    rows = records(4000)
    size = 0
    amps = 0
    for _ in range(40):
        page = render_page(rows, row_template, page_template)
        report = text_report(rows)
        size += len(page) + len(report)
        amps += page.count("&amp;") + report.count("|")
    print(size, amps)
    print(page[:160])
    print(page.splitlines()[-3][:120])
    print(report.splitlines()[-1])
    print(report.splitlines()[1234])


main()
