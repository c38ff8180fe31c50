// Hand-written JavaScript counterpart of bench/programs/exceptions.py. Deliberate difference: where
// Python raises (int()/float(), KeyError, IndexError, list.index, StopIteration, getattr) JavaScript
// answers null/undefined/-1/done, so only the validator's own error class is thrown and caught.

/** The fields of a record, one by one, through the iterator protocol. */
class Fields {
  constructor(items) {
    this.items = items;
    this.i = 0;
  }

  [Symbol.iterator]() {
    return this;
  }

  next() {
    const i = this.i;
    if (i >= this.items.length) return { done: true, value: undefined };
    this.i = i + 1;
    return { done: false, value: this.items[i] };
  }
}

class BadRecord extends Error {}

class Shape {
  constructor(name) {
    this.name = name;
  }
}

class Circle extends Shape {
  constructor(name, radius) {
    super(name);
    this.radius = radius;
  }
}

const INTEGER = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;

/** { int } or { float } for a number written as Python's int() or float() reads it, else null. */
function toNumber(text) {
  if (INTEGER.test(text)) return { int: parseInt(text, 10) };
  if (DECIMAL.test(text)) return { float: Number(text) };
  return null;
}

function validate(fields) {
  if (fields.length < 3) throw new BadRecord('short record');
  if (['', 'n/a', 'x'].includes(fields[1])) throw new BadRecord(`no name: '${fields[1]}'`);
}

const WORDS = ['red', 'green', 'blue', 'x', '12', '3.5', '-7', 'n/a', '', '0x1f', '4e3', '42'];

function makeRecords(n) {
  // The same linear congruential generator; only the low 31 bits matter, so imul is exact.
  let x = 2024;
  const out = [];
  for (let r = 0; r < n; r++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    const k = 2 + ((x >> 16) % 5);
    let y = x;
    const fields = [`k${x % 97}`];
    for (let j = 0; j < k; j++) {
      fields.push(WORDS[y % 12]);
      y = Math.floor(y / 12);
    }
    out.push(fields.join(','));
  }
  return out;
}

/** Python's repr of a float that is not huge or tiny: '.0' on integers. */
const floatRepr = (x) => (Number.isInteger(x) ? `${x}.0` : String(x));

function main() {
  const records = makeRecords(25_000);
  const shapes = Array.from({ length: 30 }, (_, i) => (i % 3 ? new Shape(`s${i}`) : new Circle(`c${i}`, i)));
  const seen = new Map();
  const totals = [0, 0, 0, 0, 0, 0, 0, 0];
  for (let rnd = 0; rnd < 3; rnd++) {
    records.forEach((rec, n) => {
      const fields = rec.split(',');
      for (const tok of new Fields(fields)) {
        const v = toNumber(tok);
        if (v === null) totals[2]++;
        else if (v.int !== undefined) totals[0] += v.int;
        else totals[1] += v.float;
      }
      const key = fields[0];
      seen.set(key, (seen.get(key) ?? 0) + 1);
      totals[3] += (fields[5] ?? '').length;
      totals[4] += fields.indexOf('x');
      const radius = shapes[n % 30].radius;
      if (radius !== undefined) totals[5] += radius;
      if (n % 7 === 0) {
        try {
          validate(fields);
        } catch (e) {
          if (!(e instanceof BadRecord)) throw e;
          totals[6] += e.message.length;
        }
      }
    });
  }
  for (const k of [...seen.keys()].sort().slice(0, 5)) console.log(k, seen.get(k));
  console.log(totals[0], floatRepr(Number(totals[1].toFixed(3))), totals[2], totals[3], totals[4], totals[5], totals[6]);
}

main();
