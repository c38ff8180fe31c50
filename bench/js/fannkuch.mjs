// Hand-written JavaScript counterpart of bench/programs/fannkuch.py (fannkuch-redux), on
// Int32Arrays with in-place reversal instead of slice assignment.

function fannkuch(n) {
  const perm1 = Int32Array.from({ length: n }, (_, i) => i);
  const perm = new Int32Array(n);
  const count = new Int32Array(n);
  let maxFlips = 0;
  let checksum = 0;
  let permCount = 0;
  let r = n;
  for (;;) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    if (perm1[0] !== 0 && perm1[n - 1] !== n - 1) {
      perm.set(perm1);
      let flips = 0;
      let k = perm[0];
      while (k !== 0) {
        for (let i = 0, j = k; i < j; i++, j--) {
          const t = perm[i];
          perm[i] = perm[j];
          perm[j] = t;
        }
        flips++;
        k = perm[0];
      }
      if (flips > maxFlips) maxFlips = flips;
      checksum += permCount % 2 === 0 ? flips : -flips;
    }
    for (;;) {
      if (r === n) return [checksum, maxFlips];
      const first = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

let checksum, flips;
for (let round = 0; round < 3; round++) [checksum, flips] = fannkuch(9);
console.log(String(checksum));
console.log(`Pfannkuchen(9) = ${flips}`);
