// Hand-written JavaScript counterpart of bench/programs/loop_sum.py. The sum (4.5e14) stays well
// inside the exact range of a double.

function main() {
  let total = 0;
  for (let i = 0; i < 30_000_000; i++) total += i;
  console.log(String(total));
}

main();
