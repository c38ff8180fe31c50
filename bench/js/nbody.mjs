// Hand-written JavaScript counterpart of bench/programs/nbody.py: the same bodies, pairs and
// order of float operations, so the energies print identically.

const PI = 3.14159265358979323;
const SOLAR_MASS = 4 * PI * PI;
const DAYS_PER_YEAR = 365.24;

function body(position, velocity, mass) {
  return { position, velocity, mass };
}

const BODIES = {
  sun: body([0, 0, 0], [0, 0, 0], SOLAR_MASS),
  jupiter: body(
    [4.8414314424647209, -1.16032004402742839, -1.03622044471123109e-1],
    [1.66007664274403694e-3 * DAYS_PER_YEAR, 7.69901118419740425e-3 * DAYS_PER_YEAR, -6.90460016972063023e-5 * DAYS_PER_YEAR],
    9.54791938424326609e-4 * SOLAR_MASS,
  ),
  saturn: body(
    [8.34336671824457987, 4.12479856412430479, -4.03523417114321381e-1],
    [-2.76742510726862411e-3 * DAYS_PER_YEAR, 4.99852801234917238e-3 * DAYS_PER_YEAR, 2.30417297573763929e-5 * DAYS_PER_YEAR],
    2.85885980666130812e-4 * SOLAR_MASS,
  ),
  uranus: body(
    [1.2894369562139131e1, -1.51111514016986312e1, -2.23307578892655734e-1],
    [2.96460137564761618e-3 * DAYS_PER_YEAR, 2.3784717395948095e-3 * DAYS_PER_YEAR, -2.96589568540237556e-5 * DAYS_PER_YEAR],
    4.36624404335156298e-5 * SOLAR_MASS,
  ),
  neptune: body(
    [1.53796971148509165e1, -2.59193146099879641e1, 1.79258772950371181e-1],
    [2.68067772490389322e-3 * DAYS_PER_YEAR, 1.62824170038242295e-3 * DAYS_PER_YEAR, -9.5159225451971587e-5 * DAYS_PER_YEAR],
    5.15138902046611451e-5 * SOLAR_MASS,
  ),
};

const SYSTEM = Object.values(BODIES);
const PAIRS = [];
for (let x = 0; x < SYSTEM.length - 1; x++) {
  for (let y = x + 1; y < SYSTEM.length; y++) PAIRS.push([SYSTEM[x], SYSTEM[y]]);
}

function advance(dt, n) {
  for (let step = 0; step < n; step++) {
    for (const [b1, b2] of PAIRS) {
      const [x1, y1, z1] = b1.position;
      const [x2, y2, z2] = b2.position;
      const v1 = b1.velocity;
      const v2 = b2.velocity;
      const dx = x1 - x2;
      const dy = y1 - y2;
      const dz = z1 - z2;
      const mag = dt * (dx * dx + dy * dy + dz * dz) ** -1.5;
      const b1m = b1.mass * mag;
      const b2m = b2.mass * mag;
      v1[0] -= dx * b2m;
      v1[1] -= dy * b2m;
      v1[2] -= dz * b2m;
      v2[0] += dx * b1m;
      v2[1] += dy * b1m;
      v2[2] += dz * b1m;
    }
    for (const { position: r, velocity: v } of SYSTEM) {
      r[0] += dt * v[0];
      r[1] += dt * v[1];
      r[2] += dt * v[2];
    }
  }
}

function reportEnergy() {
  let e = 0;
  for (const [b1, b2] of PAIRS) {
    const dx = b1.position[0] - b2.position[0];
    const dy = b1.position[1] - b2.position[1];
    const dz = b1.position[2] - b2.position[2];
    e -= (b1.mass * b2.mass) / (dx * dx + dy * dy + dz * dz) ** 0.5;
  }
  for (const { velocity: [vx, vy, vz], mass } of SYSTEM) e += (mass * (vx * vx + vy * vy + vz * vz)) / 2;
  return e;
}

function offsetMomentum(ref) {
  let px = 0;
  let py = 0;
  let pz = 0;
  for (const { velocity: [vx, vy, vz], mass } of SYSTEM) {
    px -= vx * mass;
    py -= vy * mass;
    pz -= vz * mass;
  }
  ref.velocity[0] = px / ref.mass;
  ref.velocity[1] = py / ref.mass;
  ref.velocity[2] = pz / ref.mass;
}

offsetMomentum(BODIES.sun);
console.log(reportEnergy().toFixed(9));
advance(0.01, 250_000);
console.log(reportEnergy().toFixed(9));
