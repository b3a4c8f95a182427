import type { Matrix } from '../../core/matrix'
import { Rng } from '../../core/random'

/**
 * Quantile binning as scikit-learn's HistGradientBoosting `_BinMapper`: a feature with at most
 * `maxBins` distinct values gets one bin per value (thresholds at midpoints, so splits equal exact
 * CART splits); otherwise thresholds are the `midpoint` percentiles at linspace(0, 100, maxBins + 1)
 * of (a seeded subsample of at most `subsample` rows of) the column. Bin of x = #thresholds < x.
 */
export interface Bins {
  /** per feature, sorted split thresholds (length = bins - 1) */
  thresholds: Float64Array[]
  /** per feature, number of bins */
  nBins: Int32Array
}

export function fitBins(X: Matrix, maxBins = 255, seed = 42, subsample = 200_000): Bins {
  if (maxBins < 2 || maxBins > 256) throw new RangeError(`maxBins must be in [2, 256], got ${maxBins}`)
  const n = X.rows, p = X.cols
  let rows: Int32Array | null = null
  if (n > subsample) rows = new Rng(seed).sample(n, subsample)
  const m = rows ? rows.length : n
  const col = new Float64Array(m)
  const thresholds: Float64Array[] = []
  const nBins = new Int32Array(p)
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < m; k++) col[k] = X.data[(rows ? rows[k] : k) * p + j]
    col.sort()
    // distinct values
    let nd = 0
    const distinct: number[] = []
    for (let k = 0; k < m; k++) {
      if (k === 0 || col[k] !== col[k - 1]) { distinct.push(col[k]); nd++; if (nd > maxBins) break }
    }
    let thr: Float64Array
    if (nd <= maxBins) {
      thr = new Float64Array(Math.max(0, nd - 1))
      for (let k = 0; k + 1 < nd; k++) thr[k] = (distinct[k] + distinct[k + 1]) / 2
    } else {
      thr = new Float64Array(maxBins - 1)
      for (let b = 1; b < maxBins; b++) {
        const pos = (b / maxBins) * (m - 1)
        const lo = Math.floor(pos), hi = Math.ceil(pos)
        thr[b - 1] = (col[lo] + col[hi]) / 2
      }
    }
    thresholds.push(thr)
    nBins[j] = thr.length + 1
  }
  return { thresholds, nBins }
}

function binOf(thr: Float64Array, x: number): number {
  let lo = 0, hi = thr.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (x <= thr[mid]) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Binned copy of X: column-major (p × n) when `columnMajor`, else row-major (n × p). */
export function applyBins(X: Matrix, bins: Bins, columnMajor: boolean): Uint8Array {
  const n = X.rows, p = X.cols
  const out = new Uint8Array(n * p)
  for (let j = 0; j < p; j++) {
    const thr = bins.thresholds[j]
    for (let i = 0; i < n; i++) {
      const b = binOf(thr, X.data[i * p + j])
      if (columnMajor) out[j * n + i] = b
      else out[i * p + j] = b
    }
  }
  return out
}
