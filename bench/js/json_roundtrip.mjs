// Hand-written JavaScript counterpart of bench/programs/json_roundtrip.py: JSON.parse for loads, and
// a small encoder writing Python's json.dumps layout (", "/": " separators, ASCII-only escapes,
// float repr). JavaScript has one number type, so the encoder is told which fields hold floats.

const FLOAT_FIELDS = new Set(['score', 'geo']);

function makeDoc(n) {
  // The same linear congruential generator; only the low 31 bits matter, so imul is exact.
  let x = 4242;
  const people = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    people.push({
      id: i,
      name: `person-${x % 100000}`,
      score: (x % 10007) / 7,
      active: x % 3 === 0,
      tags: [3, 7, 11].map((s) => `t${(x >> s) % 50}`),
      address: { street: `${x % 999} Main St`, zip: String(x % 100000).padStart(5, '0'), geo: [(x % 180) - 90.5, (x % 360) - 180.25] },
      note: x % 5 ? null : 'caf\u00e9 "quoted" \\ line\nbreak',
    });
  }
  return { version: 3, people };
}

/** Python's repr of a float: shortest digits, '.0' on integers, exponent form below 1e-4 and from 1e16. */
function floatRepr(x) {
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-4 && magnitude < 1e16) return Number.isInteger(x) ? `${x}.0` : String(x);
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  const [mantissa, exponent] = x.toExponential().split('e');
  const e = Number(exponent);
  return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
}

// Strings that need no escape at all: printable ASCII without '"' and '\'.
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** A JSON string literal, with everything outside ASCII escaped as \uXXXX. */
function quote(s) {
  if (PLAIN.test(s)) return `"${s}"`;
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Objects repeat the same few keys: each is quoted once.
const quotedKeys = new Map();

function quotedKey(key) {
  let text = quotedKeys.get(key);
  if (text === undefined) quotedKeys.set(key, (text = `${quote(key)}: `));
  return text;
}

/** json.dumps(value, sort_keys=sortKeys, indent=indent), as Python lays it out. */
function dumps(value, { sortKeys = false, indent = null } = {}) {
  const parts = [];
  const encode = (v, asFloat, depth) => {
    if (v === null) parts.push('null');
    else if (v === true) parts.push('true');
    else if (v === false) parts.push('false');
    else if (typeof v === 'number') parts.push(asFloat ? floatRepr(v) : String(v));
    else if (typeof v === 'string') parts.push(quote(v));
    else {
      const isArray = Array.isArray(v);
      const keys = isArray ? null : Object.keys(v);
      const length = isArray ? v.length : keys.length;
      if (length === 0) {
        parts.push(isArray ? '[]' : '{}');
        return;
      }
      if (sortKeys && !isArray) keys.sort();
      const open = indent === null ? '' : `\n${' '.repeat(indent * (depth + 1))}`;
      const sep = indent === null ? ', ' : `,${open}`;
      parts.push(isArray ? `[${open}` : `{${open}`);
      for (let i = 0; i < length; i++) {
        if (i) parts.push(sep);
        if (isArray) encode(v[i], asFloat, depth + 1);
        else {
          parts.push(quotedKey(keys[i]));
          encode(v[keys[i]], FLOAT_FIELDS.has(keys[i]), depth + 1);
        }
      }
      if (indent !== null) parts.push(`\n${' '.repeat(indent * depth)}`);
      parts.push(isArray ? ']' : '}');
    }
  };
  encode(value, false, 0);
  return parts.join('');
}

function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

function main() {
  const doc = makeDoc(3500);
  let total = 0;
  let back;
  for (let r = 0; r < 20; r++) {
    const text = dumps(doc, { sortKeys: r % 2 === 1 });
    back = JSON.parse(text);
    total += text.length;
    if (!deepEqual(back, doc)) throw new Error('round trip changed the document');
  }
  const pretty = dumps(doc.people.slice(0, 50), { indent: 2 });
  const again = JSON.parse(pretty);
  let scores = 0;
  for (const p of back.people) scores += p.score;
  console.log(total, pretty.length, again[7].name, floatRepr(Number(scores.toFixed(6))));
  console.log(dumps(back.people[1], { sortKeys: true }));
}

main();
