// Hand-written JavaScript counterpart of bench/programs/strings.py: the same string building
// (template literals, join, +=, toUpperCase/startsWith, split).

function build(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`item-${String(i).padStart(5, '0')}:${(i * 7) % 13}`);
  const joined = parts.join(',');
  let s = '';
  for (let i = 0; i < n >> 2; i++) s += String(i % 10);
  let upper = 0;
  for (const p of parts) {
    if (p.toUpperCase().startsWith('ITEM-000')) upper++;
  }
  const words = joined.split(',');
  return [joined.length, s.length, upper, words.length, words[words.length - 1]];
}

function main() {
  let total = 0;
  let last;
  for (let r = 0; r < 24; r++) {
    const [a, b, c, d, l] = build(40_000);
    total += a + b + c + d;
    last = l;
  }
  console.log(total, last);
}

main();
