/**
 * Sample size and power for comparing two conversion rates (two-sided or one-sided z-test).
 * Pooled-variance formula (Fleiss, "Statistical Methods for Rates and Proportions", eq. 4.14
 * without continuity correction):
 *   n = [z_{α} √(2 p̄ q̄) + z_{β} √(p1 q1 + p2 q2)]² / (p1 − p2)²,  p̄ = (p1 + p2)/2
 * with z_α = Φ⁻¹(1 − α/2) for a two-sided test.
 */
import { MessageError } from '../core/message'
import { normalCdf, normalQuantile } from './distributions'

export interface PowerInputs {
  /** baseline conversion rate p1 in (0, 1) */
  baseline: number
  alpha?: number
  power?: number
  twoSided?: boolean
}

function check(baseline: number, alpha: number, power: number): void {
  if (!(baseline > 0 && baseline < 1)) throw new MessageError('power.error.baseline', { value: String(baseline) })
  if (!(alpha > 0 && alpha < 1)) throw new MessageError('power.error.alpha', { value: String(alpha) })
  if (!(power > 0 && power < 1)) throw new MessageError('power.error.power', { value: String(power) })
}

export interface SampleSizeResult {
  /** exact value of the formula */
  nExact: number
  /** customers needed per arm (rounded up) */
  perArm: number
  p1: number
  p2: number
}

/** Customers per arm to detect p1 → p2 with the given alpha and power. */
export function sampleSizePerArm(p1: number, p2: number, alpha = 0.05, power = 0.8, twoSided = true): SampleSizeResult {
  check(p1, alpha, power)
  if (!(p2 > 0 && p2 < 1)) throw new MessageError('power.error.target', { value: String(p2) })
  if (p1 === p2) throw new MessageError('power.error.equalRates')
  const za = normalQuantile(1 - (twoSided ? alpha / 2 : alpha))
  const zb = normalQuantile(power)
  const pb = (p1 + p2) / 2
  const num = za * Math.sqrt(2 * pb * (1 - pb)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
  const nExact = (num * num) / ((p1 - p2) * (p1 - p2))
  // Guard against 685.0000000001-style float noise before rounding up.
  return { nExact, perArm: Math.ceil(nExact - 1e-9), p1, p2 }
}

/** Power of the test with n customers per arm (the other tail is ignored, as in the formula). */
export function powerForSampleSize(p1: number, p2: number, n: number, alpha = 0.05, twoSided = true): number {
  check(p1, alpha, 0.5)
  if (!(p2 > 0 && p2 < 1)) throw new MessageError('power.error.target', { value: String(p2) })
  if (!(n > 0)) throw new MessageError('power.error.perArm', { value: String(n) })
  const za = normalQuantile(1 - (twoSided ? alpha / 2 : alpha))
  const pb = (p1 + p2) / 2
  const zb = (Math.abs(p1 - p2) * Math.sqrt(n) - za * Math.sqrt(2 * pb * (1 - pb))) / Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
  return normalCdf(zb)
}

export interface DetectableLiftResult {
  /** smallest detectable target rate p2 > p1 */
  p2: number
  /** p2 − p1 */
  absoluteLift: number
  /** (p2 − p1) / p1 */
  relativeLift: number
  /** n per arm the calculation used */
  perArm: number
}

/**
 * The reverse: the smallest upward change p2 − p1 detectable with n customers per arm
 * (solves the sample-size formula for p2 by bisection; it is monotone in p2 on (p1, 1)).
 * Returns null when even p2 → 1 cannot be detected with this n.
 */
export function minimumDetectableLift(p1: number, n: number, alpha = 0.05, power = 0.8, twoSided = true): DetectableLiftResult | null {
  check(p1, alpha, power)
  if (!(n > 0) || !Number.isFinite(n)) throw new MessageError('power.error.perArm', { value: String(n) })
  const need = (p2: number): number => sampleSizePerArm(p1, p2, alpha, power, twoSided).nExact
  let lo = p1
  let hi = 1 - 1e-12
  if (need(hi) > n) return null
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    const mid = (lo + hi) / 2
    if (mid === p1 || need(mid) > n) lo = mid
    else hi = mid
  }
  return { p2: hi, absoluteLift: hi - p1, relativeLift: (hi - p1) / p1, perArm: n }
}

/**
 * CUPED in the planner: a pre-period covariate correlated ρ with the metric leaves a fraction
 * (1 − ρ²) of its variance (Deng, Xu, Kohavi and Walker 2013), so every variance term of the
 * formula above — and the customers needed — scale by (1 − ρ²).
 */
export function cupedFactor(rho: number): number {
  if (!(rho >= 0 && rho < 1)) throw new MessageError('power.error.rho', { value: String(rho) })
  return 1 - rho * rho
}

export function sampleSizePerArmCuped(p1: number, p2: number, rho: number, alpha = 0.05, power = 0.8, twoSided = true): SampleSizeResult {
  const plain = sampleSizePerArm(p1, p2, alpha, power, twoSided)
  const nExact = plain.nExact * cupedFactor(rho)
  return { nExact, perArm: Math.ceil(nExact - 1e-9), p1, p2 }
}

/**
 * Minimum detectable effect at the planned size: the smallest upward change detectable with
 * `perArm` customers per arm, with CUPED when `rho` > 0 (the CUPED design of n customers has the
 * precision of a plain design of n / (1 − ρ²)).
 */
export function minimumDetectableEffect(p1: number, perArm: number, opt: { alpha?: number; power?: number; twoSided?: boolean; rho?: number } = {}): DetectableLiftResult | null {
  const f = cupedFactor(opt.rho ?? 0)
  const r = minimumDetectableLift(p1, perArm / f, opt.alpha ?? 0.05, opt.power ?? 0.8, opt.twoSided ?? true)
  return r ? { ...r, perArm } : null
}
