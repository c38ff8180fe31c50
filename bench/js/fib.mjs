// Hand-written JavaScript counterpart of bench/programs/fib.py: the ceiling for compiled Python.

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

console.log(String(fib(34)));
