/** Log-space special functions for the BTYD likelihoods: ln 2F1 and a stable log(e^a + e^b). */
export { logGamma } from '../stats/distributions'

/** ln(e^a + e^b) without overflow; -Infinity terms are allowed. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b
  if (b === -Infinity) return a
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b))
}

/** ln(e^a − e^b) for a ≥ b (−Infinity when equal). */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a
  if (b >= a) return -Infinity
  return a + Math.log1p(-Math.exp(b - a))
}

const RESCALE = 1e200
const LOG_RESCALE = Math.log(RESCALE)
const MAX_TERMS = 1_000_000

// Gauss series Σ (a)_n (b)_n / ((c)_n n!) z^n, rescaled as it grows so large arguments (customers
// with hundreds of purchases) cannot overflow; returns its log (NaN when the sum is not positive).
function logSeries(a: number, b: number, c: number, z: number): number {
  let term = 1
  let sum = 1
  let logScale = 0
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1))
    term *= ratio * z
    sum += term
    if (Math.abs(sum) > RESCALE) {
      sum /= RESCALE
      term /= RESCALE
      logScale += LOG_RESCALE
    }
    if (term === 0 || (Math.abs(term) <= 1e-17 * Math.abs(sum) && Math.abs(ratio * z) < 1)) break
  }
  return sum > 0 ? Math.log(sum) + logScale : NaN
}

/**
 * ln 2F1(a, b; c; z) for 0 ≤ z < 1 and c > 0. Near z = 1 with c − a − b < 0 the series converges
 * slowly, so Euler's transformation 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a, c−b; c; z) is used,
 * whose terms decay like n^(a+b−c−1) and converge even at z = 1.
 */
export function log2F1(a: number, b: number, c: number, z: number): number {
  if (z === 0) return 0
  // c a non-positive integer makes the series undefined
  if (!(z > 0 && z < 1) || (c <= 0 && Number.isInteger(c))) return NaN
  if (z > 0.5 && c - a - b < 0) {
    const v = logSeries(c - a, c - b, c, z)
    if (Number.isFinite(v)) return v + (c - a - b) * Math.log1p(-z)
  }
  return logSeries(a, b, c, z)
}
