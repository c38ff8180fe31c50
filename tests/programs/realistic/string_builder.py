class StringBuilder:
    def __init__(self):
        self.parts = []
        self.indent_level = 0
    def line(self, text=""):
        self.parts.append("    " * self.indent_level + text if text else "")
        return self
    def indent(self):
        self.indent_level += 1
        return self
    def dedent(self):
        self.indent_level -= 1
        return self
    def build(self):
        return "\n".join(self.parts)
def gen_class(name, fields):
    sb = StringBuilder()
    sb.line(f"class {name}:").indent()
    params = ", ".join(["self"] + fields)
    sb.line(f"def __init__({params}):").indent()
    for f in fields:
        sb.line(f"self.{f} = {f}")
    if not fields:
        sb.line("pass")
    sb.dedent().line()
    sb.line("def __repr__(self):").indent()
    inner = ", ".join(f"{f}={{self.{f}!r}}" for f in fields)
    sb.line(f"return f\"{name}({inner})\"")
    sb.dedent().dedent()
    return sb.build()
print(gen_class("Point", ["x", "y"]))
print(gen_class("Empty", []))
def html(tag, *children, **attrs):
    attr_text = "".join(f' {k.rstrip("_")}="{v}"' for k, v in attrs.items())
    inner = "".join(children)
    return f"<{tag}{attr_text}>{inner}</{tag}>"
page = html("ul", *(html("li", f"item {i}", class_="odd" if i % 2 else "even") for i in range(3)), id="list")
print(page)
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
for w in (20, 35):
    for l in wrap(lorem, w):
        print(f"|{l:<{w}}|")
