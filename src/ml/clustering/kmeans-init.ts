/** k-means starting centres: sklearn's greedy k-means++ and 'random' (k distinct rows). */
import type { Matrix } from '../core/matrix'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'
import { sqDist } from './kmeans-kernels'

/** The draws k-means makes: an integer in [0, n) and a double in [0, 1). */
export interface KMeansRandom {
  int(n: number): number
  next(): number
  sample(n: number, k: number): Int32Array
}

/** sklearn's greedy k-means++ seeding. Returns k × p centres. */
export function kmeansPlusPlus(X: Matrix, k: number, rng: KMeansRandom, control?: RunControl): Float64Array {
  const { rows: n, cols: p, data } = X
  const centers = new Float64Array(k * p)
  const nLocal = 2 + Math.floor(Math.log(k))
  const first = rng.int(n)
  centers.set(data.subarray(first * p, first * p + p), 0)
  const closest = new Float64Array(n)
  let pot = 0
  for (let i = 0; i < n; i++) {
    const d = sqDist(data, i, centers, 0, p)
    closest[i] = d
    pot += d
  }
  const cum = new Float64Array(n)
  const cand = new Int32Array(nLocal)
  const candPot = new Float64Array(nLocal)
  // index of the nearest chosen centre per point: with the centre–candidate distances it lets a
  // point be skipped when the candidate cannot be nearer (d(c, cand)² > 4·closest, triangle
  // inequality), which leaves every sum unchanged
  const nearest = new Int32Array(n)
  const dc = new Float64Array(k)
  const SAFE = 4 * (1 + 1e-9)
  for (let c = 1; c < k; c++) {
    checkCancel(control?.cancel)
    let s = 0
    for (let i = 0; i < n; i++) {
      s += closest[i]
      cum[i] = s
    }
    for (let t = 0; t < nLocal; t++) {
      const r = rng.next() * pot
      // searchsorted (left): first index with cum[i] >= r
      let lo = 0, hi = n
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if (cum[mid] < r) lo = mid + 1
        else hi = mid
      }
      cand[t] = Math.min(lo, n - 1)
      candPot[t] = 0
    }
    // potential after adding each candidate
    for (let t = 0; t < nLocal; t++) {
      const b = cand[t] * p
      for (let q = 0; q < c; q++) dc[q] = sqDist(data, cand[t], centers, q, p)
      let sum = 0
      for (let i = 0; i < n; i++) {
        const ci = closest[i]
        if (dc[nearest[i]] > SAFE * ci) {
          sum += ci
          continue
        }
        let d = 0
        const a = i * p
        for (let j = 0; j < p; j++) {
          const u = data[a + j] - data[b + j]
          d += u * u
        }
        sum += d < ci ? d : ci
      }
      candPot[t] = sum
    }
    let best = 0
    for (let t = 1; t < nLocal; t++) if (candPot[t] < candPot[best]) best = t
    const bi = cand[best]
    for (let q = 0; q < c; q++) dc[q] = sqDist(data, bi, centers, q, p)
    centers.set(data.subarray(bi * p, bi * p + p), c * p)
    pot = 0
    for (let i = 0; i < n; i++) {
      if (!(dc[nearest[i]] > SAFE * closest[i])) {
        const d = sqDist(data, i, centers, c, p)
        if (d < closest[i]) {
          closest[i] = d
          nearest[i] = c
        }
      }
      pot += closest[i]
    }
  }
  return centers
}

/** k distinct random rows as centres ('random' init). */
export function randomInit(X: Matrix, k: number, rng: KMeansRandom): Float64Array {
  const p = X.cols
  const idx = rng.sample(X.rows, k)
  const c = new Float64Array(k * p)
  for (let t = 0; t < k; t++) c.set(X.data.subarray(idx[t] * p, idx[t] * p + p), t * p)
  return c
}
