def to_json(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    nl = "\n" if indent else ""
    sep = ": " if True else ":"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"':
                out += '\\"'
            elif ch == "\\":
                out += "\\\\"
            elif ch == "\n":
                out += "\\n"
            elif ord(ch) < 32 or ord(ch) > 126:
                out += f"\\u{ord(ch):04x}"
            else:
                out += ch
        return out + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + to_json(v, indent, level + 1) for v in value]
        return "[" + nl + ("," + nl).join(items) + nl + end_pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + to_json(str(k)) + sep + to_json(v, indent, level + 1) for k, v in value.items()]
        return "{" + nl + ("," + nl).join(items) + nl + end_pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

doc = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b\\c"], "stock": None,
       "active": True, "dims": {"w": 10, "h": 2.5}, "notes": "line1\nline2 é", "empty": [], "e2": {}}
print(to_json(doc))
print(to_json(doc, indent=2))
print(to_json([1, [2, [3, []]], (4, 5)]))
try:
    to_json({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)

def from_kv(text):
    result = {}
    for line in text.strip().splitlines():
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip()
        if value.isdigit():
            value = int(value)
        elif value in ("true", "false"):
            value = value == "true"
        result[key] = value
    return result
print(from_kv("""
name = demo
count = 42
debug = true
path = /tmp/x
"""))
