/**
 * Silhouette coefficient (Euclidean), as sklearn.metrics.silhouette_score: for each point,
 * a = mean distance to the other members of its cluster, b = the smallest mean distance to
 * another cluster, s = (b − a) / max(a, b); s = 0 for a point alone in its cluster.
 * Exact (all pairs) up to `exactLimit` points; above that, on a seeded random sample of
 * `sampleSize` points (sklearn's sample_size), which the result states.
 */
import type { Matrix } from '../core/matrix'
import { takeRows } from '../core/matrix'
import { Rng } from '../core/random'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'

export interface SilhouetteOptions {
  exactLimit: number
  sampleSize: number
  seed: number
}

export const defaultSilhouetteOptions: SilhouetteOptions = { exactLimit: 20_000, sampleSize: 10_000, seed: 42 }

export interface SilhouetteResult {
  /** mean silhouette, one per labelling (NaN when a labelling has fewer than 2 clusters) */
  scores: number[]
  /** points used (all, or the sample) */
  n: number
  sampled: boolean
}

/**
 * Silhouettes of several labellings of the same points in one pass over the pairs (each distance
 * is computed once and added to every labelling's per-cluster sums).
 */
export function silhouetteScores(X: Matrix, labellings: Int32Array[], options: Partial<SilhouetteOptions> = {}, control?: RunControl): SilhouetteResult {
  const o = { ...defaultSilhouetteOptions, ...options }
  let Xs = X
  let labs = labellings
  let sampled = false
  if (X.rows > o.exactLimit) {
    const idx = new Rng(o.seed).sample(X.rows, Math.min(o.sampleSize, X.rows))
    Xs = takeRows(X, idx)
    labs = labellings.map((l) => {
      const out = new Int32Array(idx.length)
      for (let t = 0; t < idx.length; t++) out[t] = l[idx[t]]
      return out
    })
    sampled = true
  }
  const n = Xs.rows, p = Xs.cols, data = Xs.data
  const L = labs.length
  const ks = labs.map((l) => {
    let m = 0
    for (let i = 0; i < l.length; i++) if (l[i] + 1 > m) m = l[i] + 1
    return m
  })
  const offs = new Int32Array(L + 1)
  for (let q = 0; q < L; q++) offs[q + 1] = offs[q] + ks[q]
  const W = offs[L]
  // sums[i * W + offs[q] + c] = Σ distance from i to the points of cluster c in labelling q
  const sums = new Float64Array(n * W)
  const labFlat = new Int32Array(n * L)
  for (let q = 0; q < L; q++) for (let i = 0; i < n; i++) labFlat[i * L + q] = offs[q] + labs[q][i]
  let lastReport = Date.now()
  for (let i = 0; i < n; i++) {
    if ((i & 255) === 0) {
      checkCancel(control?.cancel)
      const now = Date.now()
      if (control?.onProgress && now - lastReport > 100) {
        lastReport = now
        // pairs done so far ∝ 1 − (1 − i/n)²
        const f = i / n
        control.onProgress(1 - (1 - f) * (1 - f), 'silhouette')
      }
    }
    const a = i * p
    const si = i * W, li = i * L
    for (let j = i + 1; j < n; j++) {
      const b = j * p
      let d = 0
      for (let t = 0; t < p; t++) {
        const u = data[a + t] - data[b + t]
        d += u * u
      }
      d = Math.sqrt(d)
      const sj = j * W, lj = j * L
      for (let q = 0; q < L; q++) {
        sums[si + labFlat[lj + q]] += d
        sums[sj + labFlat[li + q]] += d
      }
    }
  }
  const scores: number[] = []
  for (let q = 0; q < L; q++) {
    const k = ks[q]
    const lab = labs[q]
    const size = new Float64Array(k)
    for (let i = 0; i < n; i++) size[lab[i]]++
    let nonEmpty = 0
    for (let c = 0; c < k; c++) if (size[c] > 0) nonEmpty++
    if (nonEmpty < 2) {
      scores.push(NaN)
      continue
    }
    let tot = 0
    for (let i = 0; i < n; i++) {
      const c = lab[i]
      if (size[c] <= 1) continue
      const base = i * W + offs[q]
      const aMean = sums[base + c] / (size[c] - 1)
      let bMin = Infinity
      for (let c2 = 0; c2 < k; c2++) {
        if (c2 === c || size[c2] === 0) continue
        const v = sums[base + c2] / size[c2]
        if (v < bMin) bMin = v
      }
      const m = Math.max(aMean, bMin)
      tot += m > 0 ? (bMin - aMean) / m : 0
    }
    scores.push(tot / n)
  }
  return { scores, n, sampled }
}

/** Silhouette of one labelling. */
export function silhouetteScore(X: Matrix, labels: Int32Array, options: Partial<SilhouetteOptions> = {}, control?: RunControl): { score: number; n: number; sampled: boolean } {
  const r = silhouetteScores(X, [labels], options, control)
  return { score: r.scores[0], n: r.n, sampled: r.sampled }
}
