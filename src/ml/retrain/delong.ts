/**
 * DeLong's test for two correlated ROC AUCs on the same rows (DeLong, DeLong & Clarke-Pearson 1988),
 * computed with midranks in O(n log n) (Sun & Xu 2014, "Fast implementation of DeLong's algorithm").
 * Structural components: V10_i = (T_Z(i) − T_X(i)) / n for each positive i, V01_j = 1 − (T_Z(j) −
 * T_Y(j)) / m for each negative j, with T_Z midranks over all rows, T_X over positives, T_Y over
 * negatives; Var(AUC_a − AUC_b) = (S10_aa + S10_bb − 2 S10_ab) / m + (S01_aa + S01_bb − 2 S01_ab) / n
 * with S the sample covariances (ddof 1); z = Δ / sd, two-sided normal p.
 */
import { normalSf } from '../stats/distributions'

export interface DelongResult {
  aucA: number
  aucB: number
  /** aucA − aucB */
  delta: number
  se: number
  z: number
  pValue: number
}

/** Midranks (1-based, ties get their average rank) of x. */
export function midranks(x: ArrayLike<number>): Float64Array {
  const n = x.length
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b])
  const r = new Float64Array(n)
  let i = 0
  while (i < n) {
    let j = i
    while (j + 1 < n && x[idx[j + 1]] === x[idx[i]]) j++
    const mid = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) r[idx[k]] = mid
    i = j + 1
  }
  return r
}

function components(y: ArrayLike<number>, s: ArrayLike<number>): { auc: number; v10: Float64Array; v01: Float64Array } {
  const pos: number[] = []
  const neg: number[] = []
  for (let i = 0; i < y.length; i++) (y[i] ? pos : neg).push(s[i])
  const m = pos.length
  const n = neg.length
  const tz = midranks([...pos, ...neg])
  const tx = midranks(pos)
  const ty = midranks(neg)
  const v10 = new Float64Array(m)
  const v01 = new Float64Array(n)
  let sum = 0
  for (let i = 0; i < m; i++) {
    v10[i] = (tz[i] - tx[i]) / n
    sum += tz[i]
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j] - ty[j]) / m
  return { auc: (sum - (m * (m + 1)) / 2) / (m * n), v10, v01 }
}

function cov(a: Float64Array, b: Float64Array): number {
  const n = a.length
  let ma = 0
  let mb = 0
  for (let i = 0; i < n; i++) {
    ma += a[i]
    mb += b[i]
  }
  ma /= n
  mb /= n
  let s = 0
  for (let i = 0; i < n; i++) s += (a[i] - ma) * (b[i] - mb)
  return s / (n - 1)
}

/** Paired DeLong test of AUC(scoreA) − AUC(scoreB) on the same labels y (0/1; both classes needed, ≥ 2 of each). */
export function delongPaired(y: ArrayLike<number>, scoreA: ArrayLike<number>, scoreB: ArrayLike<number>): DelongResult {
  if (scoreA.length !== y.length || scoreB.length !== y.length) throw new RangeError('DeLong: labels and scores differ in length')
  const a = components(y, scoreA)
  const b = components(y, scoreB)
  const m = a.v10.length
  const n = a.v01.length
  if (m < 2 || n < 2) throw new RangeError('DeLong needs at least two rows of each outcome')
  const var10 = cov(a.v10, a.v10) + cov(b.v10, b.v10) - 2 * cov(a.v10, b.v10)
  const var01 = cov(a.v01, a.v01) + cov(b.v01, b.v01) - 2 * cov(a.v01, b.v01)
  const variance = Math.max(0, var10 / m + var01 / n)
  const delta = a.auc - b.auc
  const se = Math.sqrt(variance)
  const z = se > 0 ? delta / se : delta === 0 ? 0 : Math.sign(delta) * Infinity
  return { aucA: a.auc, aucB: b.auc, delta, se, z, pValue: se > 0 ? 2 * normalSf(Math.abs(z)) : delta === 0 ? 1 : 0 }
}
