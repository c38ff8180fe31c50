// Round trip program thread → socket service → program thread (a no-op request), the floor
// under every blocking call that has to wait for the service.   node bench/net/rtt.mjs [count]
import { runProgram } from '../../dist/runtime/net/launch.js';
import * as net from '../../dist/runtime/net/blocking.js';

function main() {
  const count = Number(process.argv[2] ?? 20000);
  for (let i = 0; i < 1000; i++) net.ping();
  const samples = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    net.ping();
    samples[i] = (performance.now() - t0) * 1000;
  }
  const sorted = Array.from(samples).sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / count;
  const at = (q) => sorted[Math.floor(q * (count - 1))].toFixed(1);
  console.log(`round trip over ${count}: mean ${mean.toFixed(1)} µs, p50 ${at(0.5)} µs, p90 ${at(0.9)} µs, p99 ${at(0.99)} µs`);
}

runProgram(import.meta.url, main, true);
