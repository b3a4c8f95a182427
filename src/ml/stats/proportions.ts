/**
 * Tests and intervals for conversion rates: the statistics an A/B report needs.
 * Formulas match SciPy / statsmodels defaults (pooled z-test, Pearson chi-square without
 * continuity correction, Wilson score interval, Holm step-down).
 */
import { chiSquareSf, normalQuantile, normalSf, studentTTwoSided } from './distributions'

function checkCount(name: string, x: number, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name}: n must be a whole number ≥ 0, got ${n}`)
  if (!Number.isInteger(x) || x < 0 || x > n) throw new RangeError(`${name}: successes must be a whole number in 0..${n}, got ${x}`)
}

export type Alternative = 'two-sided' | 'larger' | 'smaller'

export interface ZTestResult {
  /** rate of the first group, x1/n1 */
  p1: number
  p2: number
  /** p1 − p2 */
  difference: number
  /** pooled rate (x1 + x2)/(n1 + n2) */
  pooled: number
  /** z statistic; null when undefined (an empty group, or both rates 0 or both 1) */
  z: number | null
  /** p-value; null when undefined */
  pValue: number | null
  alternative: Alternative
  /** why z/p are null, if they are */
  note?: string
}

/**
 * Two-proportion z-test with pooled variance (statsmodels `proportions_ztest`, scipy-equivalent):
 * z = (p1 − p2) / √(p̄(1 − p̄)(1/n1 + 1/n2)).
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number, alternative: Alternative = 'two-sided'): ZTestResult {
  checkCount('twoProportionZTest (group 1)', x1, n1)
  checkCount('twoProportionZTest (group 2)', x2, n2)
  if (n1 === 0 || n2 === 0) {
    return { p1: n1 ? x1 / n1 : NaN, p2: n2 ? x2 / n2 : NaN, difference: NaN, pooled: NaN, z: null, pValue: null, alternative, note: 'a group has no observations' }
  }
  const p1 = x1 / n1
  const p2 = x2 / n2
  const pooled = (x1 + x2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  if (se === 0) {
    return { p1, p2, difference: p1 - p2, pooled, z: null, pValue: null, alternative, note: `both groups have rate ${pooled}: no variation to test` }
  }
  const z = (p1 - p2) / se
  const pValue = alternative === 'two-sided' ? 2 * normalSf(Math.abs(z)) : alternative === 'larger' ? normalSf(z) : normalSf(-z)
  return { p1, p2, difference: p1 - p2, pooled, z, pValue: Math.min(1, pValue), alternative }
}

export interface ChiSquareResult {
  statistic: number | null
  df: number
  pValue: number | null
  /** expected successes per arm under independence */
  expected: number[]
  /** arms left out of the test because they had no observations */
  excluded: number[]
  note?: string
  /** true when some expected cell count is below 5 (the usual warning that the approximation is rough) */
  smallExpected: boolean
}

/**
 * Pearson chi-square test of independence on the 2 × K table (success / failure by arm), without
 * continuity correction (scipy `chi2_contingency(correction=False)`; for K = 2 it equals z²).
 * Arms with n = 0 are left out and listed in `excluded`.
 */
export function chiSquareIndependence(successes: readonly number[], totals: readonly number[]): ChiSquareResult {
  if (successes.length !== totals.length) throw new RangeError(`chiSquareIndependence: ${successes.length} success counts but ${totals.length} totals`)
  successes.forEach((x, i) => checkCount(`chiSquareIndependence (arm ${i})`, x, totals[i]))
  const keep: number[] = []
  const excluded: number[] = []
  totals.forEach((n, i) => (n > 0 ? keep.push(i) : excluded.push(i)))
  const expected = totals.map(() => NaN)
  if (keep.length < 2) {
    return { statistic: null, df: 0, pValue: null, expected, excluded, smallExpected: false, note: 'fewer than two arms with observations' }
  }
  let N = 0
  let X = 0
  for (const i of keep) {
    N += totals[i]
    X += successes[i]
  }
  if (X === 0 || X === N) {
    return { statistic: null, df: keep.length - 1, pValue: null, expected, excluded, smallExpected: false, note: X === 0 ? 'no successes in any arm' : 'every observation is a success' }
  }
  let stat = 0
  let smallExpected = false
  for (const i of keep) {
    const e1 = (totals[i] * X) / N
    const e0 = totals[i] - e1
    expected[i] = e1
    if (e1 < 5 || e0 < 5) smallExpected = true
    const o1 = successes[i]
    const o0 = totals[i] - o1
    stat += ((o1 - e1) * (o1 - e1)) / e1 + ((o0 - e0) * (o0 - e0)) / e0
  }
  const df = keep.length - 1
  return { statistic: stat, df, pValue: chiSquareSf(stat, df), expected, excluded, smallExpected }
}

export interface Interval {
  lower: number
  upper: number
}

/**
 * Wilson score interval for x successes in n trials (statsmodels `proportion_confint(method='wilson')`).
 * Returns null for n = 0 (the rate is undefined).
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): Interval | null {
  checkCount('wilsonInterval', x, n)
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`wilsonInterval: confidence must be in (0, 1), got ${confidence}`)
  if (n === 0) return null
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const z2 = z * z
  const p = x / n
  const denom = 1 + z2 / n
  const center = (p + z2 / (2 * n)) / denom
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))
  return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) }
}

/**
 * Holm–Bonferroni step-down adjustment of p-values (statsmodels `multipletests(method='holm')`):
 * sort ascending, multiply the i-th smallest by (m − i), take the running maximum, cap at 1.
 * Returned in the input order; null entries (untestable comparisons) stay null and do not count in m.
 */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const idx: number[] = []
  pValues.forEach((p, i) => {
    if (p === null) return
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holmAdjust: p-value ${i} is ${p}, not in [0, 1]`)
    idx.push(i)
  })
  idx.sort((a, b) => (pValues[a] as number) - (pValues[b] as number) || a - b)
  const m = idx.length
  const out: (number | null)[] = pValues.map(() => null)
  let running = 0
  idx.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * (pValues[i] as number)))
    out[i] = running
  })
  return out
}

export interface WelchResult {
  mean1: number
  mean2: number
  difference: number
  t: number | null
  df: number | null
  pValue: number | null
  note?: string
}

/** Welch's unequal-variance t-test on two samples (revenue per customer, times). */
export function welchTTest(a: ArrayLike<number>, b: ArrayLike<number>): WelchResult {
  const stats = (v: ArrayLike<number>): [number, number, number] => {
    let s = 0
    for (let i = 0; i < v.length; i++) s += v[i]
    const m = v.length ? s / v.length : NaN
    let ss = 0
    for (let i = 0; i < v.length; i++) ss += (v[i] - m) * (v[i] - m)
    return [v.length, m, v.length > 1 ? ss / (v.length - 1) : NaN]
  }
  const [n1, m1, v1] = stats(a)
  const [n2, m2, v2] = stats(b)
  const base = { mean1: m1, mean2: m2, difference: m1 - m2 }
  if (n1 < 2 || n2 < 2) return { ...base, t: null, df: null, pValue: null, note: 'each group needs at least two values' }
  const se2 = v1 / n1 + v2 / n2
  if (se2 === 0) return { ...base, t: null, df: null, pValue: null, note: 'no variation in either group' }
  const t = (m1 - m2) / Math.sqrt(se2)
  const df = (se2 * se2) / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1))
  return { ...base, t, df, pValue: studentTTwoSided(t, df) }
}
