// C's erf and erfc as glibc 2.36 computes them (sysdeps/ieee754/dbl-64/s_erf.c: Sun's fdlibm
// rational approximations, regrouped by Naohiko Shimizu for pipelined processors), so that
// math.erf and math.erfc (and statistics.NormalDist, built on them) print what CPython 3.11
// prints: since 3.11 CPython calls the C library's erf instead of its own series.
//
// The results are not correctly rounded, so matching them means the same coefficients, the same
// grouping of the polynomials and the same order of operations. s_erf.c has no FMA variant; the
// exp it calls is glibc's (libm.ts).

import { asDouble, exp, highWord } from './libm.js';

const TINY = 1e-300;
/** (float)0.84506291151 */
const ERX = 8.45062911510467529297e-01;
/** 2/sqrt(pi) - 1 */
const EFX = 1.28379167095512586316e-01;

// erf on [0, 0.84375]: x + x * P(x^2) / Q(x^2)
const PP0 = 1.28379167095512558561e-01, PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02;
const PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05;
const QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02, QQ3 = 5.08130628187576562776e-03;
const QQ4 = 1.32494738004321644526e-04, QQ5 = -3.96022827877536812320e-06;

// erf on [0.84375, 1.25]: erx + P(s) / Q(s), s = |x| - 1
const PA0 = -2.36211856075265944077e-03, PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01;
const PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01, PA5 = 3.54783043256182359371e-02;
const PA6 = -2.16637559486879084300e-03;
const QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01, QA3 = 7.18286544141962662868e-02;
const QA4 = 1.26171219808761642112e-01, QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02;

// erfc on [1.25, 1/0.35]
const RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01, RA2 = -1.05586262253232909814e+01;
const RA3 = -6.23753324503260060396e+01, RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02;
const RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00;
const SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02, SA3 = 4.34565877475229228821e+02;
const SA4 = 6.45387271733267880336e+02, SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02;
const SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02;

// erfc on [1/0.35, 28]
const RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01, RB2 = -1.77579549177547519889e+01;
const RB3 = -1.60636384855821916062e+02, RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03;
const RB6 = -4.83519191608651397019e+02;
const SB1 = 3.03380607434824582924e+01, SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03;
const SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03, SB6 = 4.74528541206955367215e+02;
const SB7 = -2.24409524465858183362e+01;

/** x * P(x^2) / Q(x^2) / x, the correction on |x| < 0.84375 (the caller adds x). */
function smallRatio(x: number): number {
  const z = x * x;
  const r1 = PP0 + z * PP1;
  const z2 = z * z;
  const r2 = PP2 + z * PP3;
  const z4 = z2 * z2;
  const s1 = 1 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P(s) / Q(s) on 0.84375 <= |x| < 1.25. */
function middleRatio(x: number): number {
  const s = Math.abs(x) - 1;
  const p1 = PA0 + s * PA1;
  const s2 = s * s;
  const q1 = 1 + s * QA1;
  const s4 = s2 * s2;
  const p2 = PA2 + s * PA3;
  const s6 = s4 * s2;
  const q2 = QA2 + s * QA3;
  const p3 = PA4 + s * PA5;
  const q3 = QA4 + s * QA5;
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
  return p / q;
}

/** exp(-x*x - 0.5625 + R/S) for x = |x| >= 1.25, the tail both functions share. */
function tail(ax: number, ix: number, nearCutoff: number): number {
  const s = 1 / (ax * ax);
  let R: number;
  let S: number;
  if (ix < nearCutoff) {
    const r1 = RA0 + s * RA1;
    const s2 = s * s;
    const t1 = 1 + s * SA1;
    const s4 = s2 * s2;
    const r2 = RA2 + s * RA3;
    const s6 = s4 * s2;
    const t2 = SA2 + s * SA3;
    const s8 = s4 * s4;
    const r3 = RA4 + s * RA5;
    const t3 = SA4 + s * SA5;
    const r4 = RA6 + s * RA7;
    const t4 = SA6 + s * SA7;
    R = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA8;
  } else {
    const r1 = RB0 + s * RB1;
    const s2 = s * s;
    const t1 = 1 + s * SB1;
    const s4 = s2 * s2;
    const r2 = RB2 + s * RB3;
    const s6 = s4 * s2;
    const t2 = SB2 + s * SB3;
    const r3 = RB4 + s * RB5;
    const t3 = SB4 + s * SB5;
    const t4 = SB6 + s * SB7;
    R = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
    S = t1 + s2 * t2 + s4 * t3 + s6 * t4;
  }
  // z is x with its low word cleared, so z*z is exact.
  const z = asDouble(highWord(ax), 0);
  return exp(-z * z - 0.5625) * exp((z - ax) * (z + ax) + R / S);
}

/** C's erf(x). */
export function erf(x: number): number {
  const hx = highWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + 16.0 * EFX * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x);
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(x);
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - TINY : TINY - 1;
  const ax = Math.abs(x);
  const r = tail(ax, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

/** C's erfc(x). */
export function erfc(x: number): number {
  const hx = highWord(x) | 0;
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x !== x ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = middleRatio(x);
    if (hx >= 0) return (1 - ERX) - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - TINY;
    const ax = Math.abs(x);
    const r = tail(ax, ix, 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? TINY * TINY : 2 - TINY;
}

