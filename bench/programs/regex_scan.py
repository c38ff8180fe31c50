# Regular expressions: findall, sub (template and function), finditer and split over a generated
# log text.

import re

WORDS = ["alpha", "beta", "gamma", "delta", "error", "warn", "info", "user", "host", "path"]


def make_text(n):
    # A linear congruential generator, so the text is the same everywhere.
    x = 777
    lines = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        level = WORDS[4 + x % 3]
        ip = "%d.%d.%d.%d" % (x % 256, (x >> 8) % 256, (x >> 16) % 256, (x >> 4) % 256)
        word = WORDS[(x >> 5) % 10]
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] %s@%s /%s/%d?q=%s id=%d"
                     % (1 + x % 12, 1 + x % 28, x % 24, x % 60, (x >> 3) % 60, level, word, ip,
                        WORDS[(x >> 7) % 10], x % 1000, word.upper(), i))
    return "\n".join(lines)


def main():
    text = make_text(50000)
    dates = re.findall(r"(\d{4})-(\d\d)-(\d\d)", text)
    ips = re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text)
    errors = re.findall(r"^.*\[error\].*$", text, re.M)
    users = re.compile(r"(?P<user>[a-z]+)@(?P<host>[\d.]+)")
    hosts = {}
    for m in users.finditer(text):
        hosts[m.group("user")] = hosts.get(m.group("user"), 0) + 1
    swapped = re.sub(r"(\d\d):(\d\d):(\d\d)", r"\3:\2:\1", text)
    masked = re.sub(r"id=(\d+)", lambda m: "id=" + str(int(m.group(1)) % 97), swapped)
    words = re.split(r"[\s/?=@]+", masked)
    upper = len(re.findall(r"\b[A-Z]{4,}\b", text))
    print(len(dates), dates[123], len(ips), ips[-1], len(errors), sorted(hosts.items())[:3])
    print(len(masked), len(words), upper, masked[:120])


main()
