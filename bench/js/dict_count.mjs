// Hand-written JavaScript counterpart of bench/programs/dict_count.py: word frequencies in a Map
// over the same generated text, then the ten most frequent words (ties by word).

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ta', 'vi', 'ze', 'po', 'an', 'el'];

function makeText(n) {
  // The same linear congruential generator; only the low 31 bits matter, so imul is exact.
  let x = 12345;
  const words = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    const k = 1 + ((x >> 16) % 3);
    let w = '';
    let y = x;
    for (let j = 0; j < k; j++) {
      w += SYLLABLES[y % 12];
      y = Math.floor(y / 12);
    }
    words.push(w);
  }
  return words.join(' ');
}

function count(text) {
  const freq = new Map();
  for (const word of text.split(' ')) freq.set(word, (freq.get(word) ?? 0) + 1);
  return freq;
}

function main() {
  const text = makeText(300_000);
  let freq = new Map();
  for (let i = 0; i < 8; i++) freq = count(text);
  const top = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 10);
  console.log(freq.size);
  for (const [word, n] of top) console.log(word, n);
}

main();
