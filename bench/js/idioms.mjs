// Hand-written JavaScript counterpart of bench/programs/idioms.py: grid BFS and Dijkstra (cells as
// integer keys in a Set/Map, a binary heap ordered like Python's (d, (x, y)) tuples), a generator
// pipeline, option-object parameters where Python passes keywords, and tuple-building loops.

function makeGrid(width, height, seed) {
  // The same linear congruential generator; only the low 31 bits matter, so imul is exact.
  const rows = [];
  let x = seed;
  for (let y = 0; y < height; y++) {
    let row = '';
    for (let col = 0; col < width; col++) {
      x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
      row += (x >> 16) % 100 < 28 ? '#' : '.';
    }
    rows.push(row);
  }
  // Keep the corners open.
  rows[0] = `.${rows[0].slice(1)}`;
  rows[height - 1] = `${rows[height - 1].slice(0, -1)}.`;
  return rows;
}

const STEPS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/** The open cells next to (x, y), in STEPS order. */
function neighbours(grid, x, y) {
  const out = [];
  for (const [dx, dy] of STEPS) {
    const nx = x + dx;
    const ny = y + dy;
    if (ny >= 0 && ny < grid.length && nx >= 0 && nx < grid[ny].length && grid[ny][nx] === '.') out.push(nx, ny);
  }
  return out;
}

/** [steps, cells seen]; steps is -1 when the goal is unreachable. A cell's key is y * width + x. */
function bfs(grid, [sx, sy], [gx, gy]) {
  const width = grid[0].length;
  const seen = new Set([sy * width + sx]);
  let frontier = [sx, sy];
  let steps = 0;
  while (frontier.length) {
    const next = [];
    for (let i = 0; i < frontier.length; i += 2) {
      const x = frontier[i];
      const y = frontier[i + 1];
      if (x === gx && y === gy) return [steps, seen.size];
      const around = neighbours(grid, x, y);
      for (let j = 0; j < around.length; j += 2) {
        const key = around[j + 1] * width + around[j];
        if (!seen.has(key)) {
          seen.add(key);
          next.push(around[j], around[j + 1]);
        }
      }
    }
    frontier = next;
    steps++;
  }
  return [-1, seen.size];
}

const costOf = (grid, x, y, { base = 1, weight = 3 } = {}) => base + ((x * 7 + y * 13) % weight);

/** A binary min-heap of numbers. */
class MinHeap {
  items = [];

  get size() {
    return this.items.length;
  }

  push(v) {
    const a = this.items;
    let i = a.push(v) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= v) break;
      a[i] = a[parent];
      i = parent;
    }
    a[i] = v;
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= a.length) break;
      if (child + 1 < a.length && a[child + 1] < a[child]) child++;
      if (a[child] >= last) break;
      a[i] = a[child];
      i = child;
    }
    a[i] = last;
    return top;
  }
}

/** [distance, cells settled]; the heap holds (d, x, y) packed into one number, in that order. */
function dijkstra(grid, [sx, sy], [gx, gy]) {
  const width = grid[0].length;
  const height = grid.length;
  const pack = (d, x, y) => (d * width + x) * height + y;
  const dist = new Map([[sy * width + sx, 0]]);
  const heap = new MinHeap();
  heap.push(pack(0, sx, sy));
  const done = new Set();
  while (heap.size) {
    const packed = heap.pop();
    const y = packed % height;
    const x = Math.floor(packed / height) % width;
    const d = Math.floor(packed / (height * width));
    const key = y * width + x;
    if (done.has(key)) continue;
    done.add(key);
    if (x === gx && y === gy) return [d, done.size];
    const around = neighbours(grid, x, y);
    for (let j = 0; j < around.length; j += 2) {
      const nx = around[j];
      const ny = around[j + 1];
      const nd = d + costOf(grid, nx, ny, { weight: 5 });
      const nkey = ny * width + nx;
      if (nd < (dist.get(nkey) ?? 1 << 30)) {
        dist.set(nkey, nd);
        heap.push(pack(nd, nx, ny));
      }
    }
  }
  return [-1, done.size];
}

// --- a generator pipeline

function* numbers(n, seed) {
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    yield x >> 8;
  }
}

function* scaled(source, { factor = 1, offset = 0 } = {}) {
  for (const v of source) yield v * factor + offset;
}

function* windows(source, size) {
  const window = [];
  for (const v of source) {
    window.push(v);
    if (window.length === size) {
      yield [...window];
      window.shift();
    }
  }
}

function pipeline(n, seed) {
  let total = 0;
  for (const v of scaled(numbers(n, seed), { factor: 3, offset: 1 })) total += v % 1000;
  let peak = -Infinity;
  for (const v of scaled(numbers(n, seed + 1), { offset: -5 })) if (v > peak) peak = v;
  let rising = 0;
  for (const [a, b, c] of windows(numbers(n, seed + 2), 3)) if (a < b && b < c) rising++;
  return [total, peak, rising];
}

// --- option-object helpers

class Account {
  constructor(owner, balance = 0, { limit = 100 } = {}) {
    this.owner = owner;
    this.balance = balance;
    this.limit = limit;
  }

  deposit(amount, note = null) {
    this.balance += amount;
    return this.balance;
  }

  withdraw(amount, { fee = 0, allowOverdraft = false } = {}) {
    const total = amount + fee;
    if (this.balance - total < (allowOverdraft ? -this.limit : 0)) return false;
    this.balance -= total;
    return true;
  }
}

const clamp = (value, { low = 0, high = 100 } = {}) => (value < low ? low : value > high ? high : value);

const fmtAmount = (value, { width = 8, sign = false } = {}) => `${sign && value >= 0 ? '+' : ''}${value}`.padStart(width);

function ledger(rounds) {
  const accounts = Array.from({ length: 40 }, (_, i) => new Account(`acct${i}`, i * 10, { limit: 50 + i }));
  let refused = 0;
  for (let r = 0; r < rounds; r++) {
    accounts.forEach((acct, i) => {
      acct.deposit(clamp((r * 31 + i * 17) % 150, { high: 120 }), 'pay');
      if (!acct.withdraw((r * 13 + i * 7) % 160, { fee: 1, allowOverdraft: i % 3 === 0 })) refused++;
    });
  }
  const pairs = accounts.map((acct) => [acct.balance, acct.owner]);
  pairs.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [refused, pairs.slice(0, 3).map(([b, o]) => `${fmtAmount(b, { width: 7, sign: true })} ${o}`)];
}

// --- loops over lists building tuples

function pairCounts(values) {
  const counts = new Map();
  for (let i = 0; i < values.length - 1; i++) {
    const key = (values[i] % 17) * 17 + (values[i + 1] % 17);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const edges = [];
  for (const [key, n] of counts) edges.push([n, Math.floor(key / 17), key % 17]);
  edges.sort((p, q) => q[0] - p[0] || q[1] - p[1] || q[2] - p[2]);
  return [counts.size, edges.slice(0, 3)];
}

/** Python's repr of the tuples, lists, ints and strs printed here. */
const repr = (v) =>
  Array.isArray(v) ? `[${v.map(repr).join(', ')}]` : typeof v === 'string' ? `'${v}'` : String(v);
const tuple = (items) => `(${items.map(repr).join(', ')})`;

function main() {
  const grid = makeGrid(140, 120, 7);
  const goal = [139, 119];
  for (const seed of [1, 8, 22, 29]) {
    const g = makeGrid(140, 120, seed);
    console.log('bfs', seed, tuple(bfs(g, [0, 0], goal)));
    console.log('dijkstra', seed, tuple(dijkstra(g, [0, 0], goal)));
  }
  console.log('bfs main', tuple(bfs(grid, [0, 0], goal)));
  for (let n = 0; n < 4; n++) console.log('pipeline', tuple(pipeline(60000, n)));
  console.log('ledger', tuple(ledger(700)));
  const values = [...numbers(200000, 3)];
  const [size, edges] = pairCounts(values);
  console.log('pairs', `(${size}, [${edges.map(tuple).join(', ')}])`);
}

main();
