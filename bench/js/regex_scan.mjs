// Hand-written JavaScript counterpart of bench/programs/regex_scan.py: the same patterns over the
// same generated log, with matchAll, replace (string template and function) and split.

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'error', 'warn', 'info', 'user', 'host', 'path'];

const pad2 = (n) => String(n).padStart(2, '0');

function makeText(n) {
  // The same linear congruential generator; only the low 31 bits matter, so imul is exact.
  let x = 777;
  const lines = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    const level = WORDS[4 + (x % 3)];
    const ip = `${x % 256}.${(x >> 8) % 256}.${(x >> 16) % 256}.${(x >> 4) % 256}`;
    const word = WORDS[(x >> 5) % 10];
    lines.push(
      `2024-${pad2(1 + (x % 12))}-${pad2(1 + (x % 28))} ${pad2(x % 24)}:${pad2(x % 60)}:${pad2((x >> 3) % 60)} ` +
        `[${level}] ${word}@${ip} /${WORDS[(x >> 7) % 10]}/${x % 1000}?q=${word.toUpperCase()} id=${i}`,
    );
  }
  return lines.join('\n');
}

const reprTuple = (items) => `(${items.map((s) => (typeof s === 'string' ? `'${s}'` : String(s))).join(', ')})`;

function main() {
  const text = makeText(50000);
  const dates = Array.from(text.matchAll(/(\d{4})-(\d\d)-(\d\d)/g), (m) => [m[1], m[2], m[3]]);
  const ips = text.match(/\b(?:\d{1,3}\.){3}\d{1,3}\b/g);
  const errors = text.match(/^.*\[error\].*$/gm);
  const hosts = new Map();
  for (const m of text.matchAll(/(?<user>[a-z]+)@(?<host>[\d.]+)/g)) {
    const user = m.groups.user;
    hosts.set(user, (hosts.get(user) ?? 0) + 1);
  }
  const swapped = text.replace(/(\d\d):(\d\d):(\d\d)/g, '$3:$2:$1');
  const masked = swapped.replace(/id=(\d+)/g, (_, id) => `id=${Number(id) % 97}`);
  const words = masked.split(/[\s/?=@]+/);
  const upper = text.match(/\b[A-Z]{4,}\b/g).length;
  const firstHosts = [...hosts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 3);
  console.log(
    dates.length,
    reprTuple(dates[123]),
    ips.length,
    ips[ips.length - 1],
    errors.length,
    `[${firstHosts.map(reprTuple).join(', ')}]`,
  );
  console.log(masked.length, words.length, upper, masked.slice(0, 120));
}

main();
