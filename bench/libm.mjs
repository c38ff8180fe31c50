// Time runtime/libm.ts's exp, exp2, log, log2 and pow against their Math counterparts.
// Needs a build (`npx tsc -p tsconfig.json`); run with `node bench/libm.mjs`.

import { exp, exp2, log, log2, pow } from '../dist/runtime/libm.js';

const N = 1 << 16;
const xs = new Float64Array(N);
const ps = new Float64Array(N);
const ys = new Float64Array(N);
for (let i = 0; i < N; i++) {
  xs[i] = Math.random() * 40 - 20;
  ps[i] = Math.random() * 100 + 1e-3;
  ys[i] = Math.random() * 6 - 3;
}

// A fresh copy of the loop for each function, so that every call site stays monomorphic.
const loop1 = () => new Function('f', 'a', 'N', `
  let s = 0;
  const t = process.hrtime.bigint();
  for (let r = 0; r < 40; r++) for (let i = 0; i < N; i++) s += f(a[i]);
  return [Number(process.hrtime.bigint() - t) / (40 * N), s];`.replace('process', 'globalThis.process'));
const loop2 = () => new Function('f', 'a', 'b', 'N', `
  let s = 0;
  const t = process.hrtime.bigint();
  for (let r = 0; r < 40; r++) for (let i = 0; i < N; i++) s += f(a[i], b[i]);
  return [Number(process.hrtime.bigint() - t) / (40 * N), s];`.replace('process', 'globalThis.process'));
const time1 = (f, a) => { const l = loop1(); return () => l(f, a, N); };
const time2 = (f, a, b) => { const l = loop2(); return () => l(f, a, b, N); };

const rows = [
  ['exp', time1(exp, xs), time1(Math.exp, xs)],
  ['exp2', time1(exp2, xs), time1((x) => Math.pow(2, x), xs)],
  ['log', time1(log, ps), time1(Math.log, ps)],
  ['log2', time1(log2, ps), time1(Math.log2, ps)],
  ['pow', time2(pow, ps, ys), time2(Math.pow, ps, ys)],
  ['pow(x, -1.5)', time1((x) => pow(x, -1.5), ps), time1((x) => Math.pow(x, -1.5), ps)],
];
console.log('function      libm ns  Math ns  ratio');
for (const [name, ours, theirs] of rows) {
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < 5; k++) {
    a = Math.min(a, ours()[0]);
    b = Math.min(b, theirs()[0]);
  }
  console.log(`${name.padEnd(12)}  ${a.toFixed(1).padStart(7)}  ${b.toFixed(1).padStart(7)}  ${(a / b).toFixed(2).padStart(5)}x`);
}
