// Hand-written JavaScript counterpart of bench/programs/spectral_norm.py, on Float64Arrays.

function evalA(i, j) {
  return 1 / ((((i + j) * (i + j + 1)) >>> 1) + i + 1);
}

function evalATimesU(u, out) {
  const n = u.length;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = 0; j < n; j++) total += evalA(i, j) * u[j];
    out[i] = total;
  }
}

function evalAtTimesU(u, out) {
  const n = u.length;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = 0; j < n; j++) total += evalA(j, i) * u[j];
    out[i] = total;
  }
}

function evalAtATimesU(u, out, scratch) {
  evalATimesU(u, scratch);
  evalAtTimesU(scratch, out);
}

function spectralNorm(n) {
  const u = new Float64Array(n).fill(1);
  const v = new Float64Array(n);
  const scratch = new Float64Array(n);
  for (let k = 0; k < 10; k++) {
    evalAtATimesU(u, v, scratch);
    evalAtATimesU(v, u, scratch);
  }
  let vbv = 0;
  let vv = 0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return (vbv / vv) ** 0.5;
}

console.log(spectralNorm(400).toFixed(9));
