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
  const few = new Float64Array(maxBins + 1)
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < m; k++) col[k] = X.data[(rows ? rows[k] : k) * p + j]
    // distinct values: most columns (one-hot, flags, counts) have few, found without sorting the
    // column; only a column with more than maxBins needs the sorted column for its percentiles
    let nd = fewDistinct(col, m, few)
    const distinct: number[] = []
    if (nd >= 0) for (let k = 0; k < nd; k++) distinct.push(few[k])
    else {
      col.sort()
      nd = 0
      for (let k = 0; k < m; k++) {
        if (k === 0 || col[k] !== col[k - 1]) { distinct.push(col[k]); nd++; if (nd > maxBins) break }
      }
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

/**
 * The sorted distinct values of col[0, m) into `out` when there are at most out.length - 1 of them
 * (returns their count), else -1. Binary-search insertion into the short sorted list.
 */
function fewDistinct(col: Float64Array, m: number, out: Float64Array): number {
  const cap = out.length - 1
  let d = 0
  for (let k = 0; k < m; k++) {
    const v = col[k]
    let lo = 0, hi = d
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (out[mid] < v) lo = mid + 1
      else hi = mid
    }
    if (lo < d && out[lo] === v) continue
    if (v !== v) return -1 // NaN: leave it to the sort path, as before
    if (d === cap) return -1
    out.copyWithin(lo + 1, lo, d)
    out[lo] = v
    d++
  }
  return d
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
