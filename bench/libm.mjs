// Time runtime/libm.ts's exp, exp2, log, log2, pow, expm1, log1p, asinh, acosh and atanh and
// runtime/libm-asin.ts's asin and acos against their Math counterparts.
// Needs a build (`npx tsc -p tsconfig.json`); run with `node bench/libm.mjs`.

import { acosh, asinh, atanh, exp, exp2, expm1, log, log1p, log2, pow } from '../dist/runtime/libm.js';
import { acos, asin } from '../dist/runtime/libm-asin.js';

const N = 1 << 16;
const xs = new Float64Array(N);
const ps = new Float64Array(N);
const ys = new Float64Array(N);
const us = new Float64Array(N);
for (let i = 0; i < N; i++) {
  xs[i] = Math.random() * 40 - 20;
  ps[i] = Math.random() * 100 + 1e-3;
  ys[i] = Math.random() * 6 - 3;
  us[i] = Math.random() * 2 - 1;
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
  ['expm1', time1(expm1, ys), time1(Math.expm1, ys)],
  ['log1p', time1(log1p, ps), time1(Math.log1p, ps)],
  ['asin', time1(asin, us), time1(Math.asin, us)],
  ['acos', time1(acos, us), time1(Math.acos, us)],
  ['asinh', time1(asinh, ys), time1(Math.asinh, ys)],
  ['acosh', time1(acosh, ps), time1((x) => Math.acosh(x), ps)],
  ['atanh', time1(atanh, us), time1(Math.atanh, us)],
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
