/**
 * Trustworthiness (Venna & Kaski 2001), exactly as sklearn.manifold.trustworthiness:
 *   T(k) = 1 − 2 / (n k (2n − 3k − 1)) · Σ_i Σ_{j ∈ U_i} (r(i, j) − k)
 * where U_i are the k nearest neighbours of i in the embedding that are not among its k nearest in
 * the original space, and r(i, j) is j's rank by distance from i in the original space (1 = nearest).
 * Each query costs one pass over all points, so above `maxQueries` points a seeded sample of
 * queries is used (the sum is then scaled by n / queries; reported as sampled).
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'

export interface TrustworthinessResult {
  value: number
  k: number
  /** query points used (n when exact) */
  queries: number
  sampled: boolean
}

export function trustworthiness(X: Matrix, Y: Matrix, k = 10, options: { maxQueries?: number; seed?: number } = {}, control?: RunControl): TrustworthinessResult {
  const n = X.rows
  if (Y.rows !== n) throw new RangeError(`trustworthiness: ${n} original points but ${Y.rows} embedded`)
  if (!(Number.isInteger(k) && k >= 1 && k < n / 2)) throw new RangeError(`trustworthiness: k must be an integer from 1 to below n/2 = ${n / 2}, got ${k}`)
  const maxQ = options.maxQueries ?? 5000
  let queries: Int32Array
  if (n <= maxQ) queries = Int32Array.from({ length: n }, (_, i) => i)
  else queries = new Rng(options.seed ?? 42).sample(n, maxQ).slice().sort()
  const dx = new Float64Array(n), dy = new Float64Array(n)
  const inX = new Uint8Array(n)
  let total = 0
  const sqd = (M: Matrix, a: number, b: number): number => {
    const p = M.cols
    let s = 0
    for (let j = 0; j < p; j++) { const v = M.data[a * p + j] - M.data[b * p + j]; s += v * v }
    return s
  }
  const nearest = (dist: Float64Array, self: number, out: Int32Array): void => {
    // the k smallest (ties by index, as a stable argsort), excluding self
    let m = 0
    for (let j = 0; j < n; j++) {
      if (j === self) continue
      const v = dist[j]
      if (m === k && (v > dist[out[k - 1]] || (v === dist[out[k - 1]] && j > out[k - 1]))) continue
      let t = m < k ? m++ : k - 1
      while (t > 0 && (dist[out[t - 1]] > v || (dist[out[t - 1]] === v && out[t - 1] > j))) { out[t] = out[t - 1]; t-- }
      out[t] = j
    }
  }
  const nx = new Int32Array(k), ny = new Int32Array(k)
  for (let q = 0; q < queries.length; q++) {
    if ((q & 127) === 0) { checkCancel(control?.cancel); control?.onProgress?.(q / queries.length, `trustworthiness ${q}/${queries.length}`) }
    const i = queries[q]
    for (let j = 0; j < n; j++) { dx[j] = sqd(X, i, j); dy[j] = sqd(Y, i, j) }
    nearest(dx, i, nx)
    nearest(dy, i, ny)
    for (let t = 0; t < k; t++) inX[nx[t]] = 1
    for (let t = 0; t < k; t++) {
      const j = ny[t]
      if (inX[j]) continue
      // rank of j in the original space: 1 + points strictly closer (ties before j by index)
      let r = 1
      const dj = dx[j]
      for (let m = 0; m < n; m++) if (m !== i && (dx[m] < dj || (dx[m] === dj && m < j))) r++
      total += r - k
    }
    for (let t = 0; t < k; t++) inX[nx[t]] = 0
  }
  const scale = n / queries.length
  const value = 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * total * scale
  return { value, k, queries: queries.length, sampled: queries.length < n }
}
