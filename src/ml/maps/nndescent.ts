/**
 * Approximate k nearest neighbours (Euclidean) by NN-descent (Dong, Moses & Li 2011) started from a
 * random-projection forest, as pynndescent does for umap-learn: leaves of several random
 * projection trees give every point its first candidates, then each round joins every point's new
 * neighbours with its other neighbours (a neighbour of a neighbour is likely a neighbour) until
 * fewer than delta · n · k heap updates happen. Defaults follow pynndescent: trees
 * min(64, 5 + round(√n / 20)), leaf size max(10, k + 1), at most max(5, round(log₂ n)) rounds,
 * candidates min(60, k + 1) per point and round, delta 0.001. Seeded.
 *
 * Why not exact: a k-d tree in 8 dimensions visits a large share of 50,000 points per query
 * (measured 19 s CPU on the shared 2-core machine for k = 14, against about 2 s here).
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'
import type { Neighbours } from './knn'

export interface NnDescentOptions {
  seed: number
  nTrees: number | null
  leafSize: number | null
  maxIters: number | null
  maxCandidates: number | null
  delta: number
}

export const defaultNnDescentOptions: NnDescentOptions = { seed: 42, nTrees: null, leafSize: null, maxIters: null, maxCandidates: null, delta: 0.001 }

export function nnDescent(X: Matrix, k: number, options: Partial<NnDescentOptions> = {}, control?: RunControl): Neighbours {
  const o = { ...defaultNnDescentOptions, ...options }
  const n = X.rows, d = X.cols, data = X.data
  if (!(Number.isInteger(k) && k >= 1 && k < n)) throw new RangeError(`k nearest neighbours: k must be 1..${n - 1}, got ${k}`)
  const rng = new Rng(o.seed)
  const nTrees = o.nTrees ?? Math.min(64, 5 + Math.round(Math.sqrt(n) / 20))
  const leafSize = o.leafSize ?? Math.max(10, k + 1)
  const maxIters = o.maxIters ?? Math.max(5, Math.round(Math.log2(n)))
  const C = o.maxCandidates ?? Math.min(60, k + 1)

  // one max-heap of (squared distance, index, is-new) per point, full from the start (∞, −1)
  const hIdx = new Int32Array(n * k).fill(-1)
  const hDist = new Float64Array(n * k).fill(Infinity)
  const hNew = new Uint8Array(n * k)
  const sqd = (a: number, b: number): number => {
    const oa = a * d, ob = b * d
    let s = 0
    for (let j = 0; j < d; j++) { const v = data[oa + j] - data[ob + j]; s += v * v }
    return s
  }
  /** Offer j to i's heap; 1 when it entered (closer than i's current k-th, and not there yet). */
  const push = (i: number, j: number, dd: number): number => {
    const r = i * k
    if (!(dd < hDist[r])) return 0
    for (let t = r; t < r + k; t++) if (hIdx[t] === j) return 0
    let c = 0
    for (;;) {
      const l = 2 * c + 1, rr = l + 1
      let m = c, md = dd
      if (l < k && hDist[r + l] > md) { m = l; md = hDist[r + l] }
      if (rr < k && hDist[r + rr] > md) m = rr
      if (m === c) break
      hDist[r + c] = hDist[r + m]; hIdx[r + c] = hIdx[r + m]; hNew[r + c] = hNew[r + m]
      c = m
    }
    hDist[r + c] = dd; hIdx[r + c] = j; hNew[r + c] = 1
    return 1
  }

  // random-projection forest: split on the hyperplane halfway between two random points of the node
  const perm = new Int32Array(n)
  const side = new Uint8Array(n)
  const hv = new Float64Array(d)
  const tmp = new Int32Array(n)
  const segS: number[] = [], segE: number[] = []
  for (let tree = 0; tree < nTrees; tree++) {
    checkCancel(control?.cancel)
    control?.onProgress?.((0.3 * tree) / nTrees, `neighbours: tree ${tree + 1}/${nTrees}`)
    for (let i = 0; i < n; i++) perm[i] = i
    segS.length = 0; segE.length = 0
    segS.push(0); segE.push(n)
    while (segS.length > 0) {
      const s = segS.pop()!, e = segE.pop()!
      if (e - s <= leafSize) {
        for (let a = s; a < e; a++) for (let b = a + 1; b < e; b++) {
          const p = perm[a], q = perm[b]
          const dd = sqd(p, q)
          push(p, q, dd); push(q, p, dd)
        }
        continue
      }
      const l = perm[s + rng.int(e - s)]
      let r = perm[s + rng.int(e - s - 1)]
      if (r === l) r = perm[e - 1]
      let offset = 0
      for (let j = 0; j < d; j++) {
        const a = data[l * d + j], b = data[r * d + j]
        hv[j] = a - b
        offset -= (hv[j] * (a + b)) / 2
      }
      let nLeft = 0
      for (let t = s; t < e; t++) {
        const p = perm[t] * d
        let margin = offset
        for (let j = 0; j < d; j++) margin += hv[j] * data[p + j]
        const left = Math.abs(margin) < 1e-8 ? rng.nextU32() & 1 : margin > 0 ? 1 : 0
        side[t] = left
        nLeft += left
      }
      // every point on one side (duplicates, or a useless hyperplane): split at random halves
      if (nLeft === 0 || nLeft === e - s) {
        nLeft = 0
        for (let t = s; t < e; t++) { side[t] = rng.nextU32() & 1; nLeft += side[t] }
        if (nLeft === 0 || nLeft === e - s) { nLeft = (e - s) >> 1; for (let t = s; t < e; t++) side[t] = t - s < nLeft ? 1 : 0 }
      }
      // stable partition: left side first
      let w = s, nt = 0
      for (let t = s; t < e; t++) { if (side[t]) perm[w++] = perm[t]; else tmp[nt++] = perm[t] }
      for (let t = 0; t < nt; t++) perm[w++] = tmp[t]
      segS.push(s + nLeft); segE.push(e)
      segS.push(s); segE.push(s + nLeft)
    }
  }
  // points the forest left short of k candidates get random ones (pynndescent's random init)
  for (let i = 0; i < n; i++) {
    while (hDist[i * k] === Infinity) {
      const j = rng.int(n)
      if (j !== i) push(i, j, sqd(i, j))
    }
  }

  // NN-descent rounds
  const newC = new Int32Array(n * C), newP = new Float64Array(n * C), newN = new Int32Array(n)
  const oldC = new Int32Array(n * C), oldP = new Float64Array(n * C), oldN = new Int32Array(n)
  /** keep the C candidates with the smallest random priorities (a uniform sample without bias) */
  const addCand = (cand: Int32Array, pri: Float64Array, cnt: Int32Array, i: number, j: number, pr: number): void => {
    const r = i * C, c = cnt[i]
    for (let t = r; t < r + c; t++) if (cand[t] === j) return
    if (c < C) { cand[r + c] = j; pri[r + c] = pr; cnt[i] = c + 1; return }
    let m = r
    for (let t = r + 1; t < r + C; t++) if (pri[t] > pri[m]) m = t
    if (pr < pri[m]) { cand[m] = j; pri[m] = pr }
  }
  for (let it = 0; it < maxIters; it++) {
    checkCancel(control?.cancel)
    control?.onProgress?.(0.3 + (0.7 * it) / maxIters, `neighbours: round ${it + 1}/${maxIters}`)
    newN.fill(0); oldN.fill(0)
    for (let i = 0; i < n; i++) {
      for (let t = i * k; t < i * k + k; t++) {
        const j = hIdx[t]
        if (j < 0) continue
        const pr = rng.next()
        if (hNew[t]) { addCand(newC, newP, newN, i, j, pr); addCand(newC, newP, newN, j, i, pr) }
        else { addCand(oldC, oldP, oldN, i, j, pr); addCand(oldC, oldP, oldN, j, i, pr) }
      }
    }
    // a neighbour taken as a new candidate is old from now on
    for (let i = 0; i < n; i++) {
      const r = i * C
      for (let t = i * k; t < i * k + k; t++) {
        if (!hNew[t]) continue
        const j = hIdx[t]
        for (let u = r; u < r + newN[i]; u++) if (newC[u] === j) { hNew[t] = 0; break }
      }
    }
    let updates = 0
    for (let i = 0; i < n; i++) {
      if ((i & 4095) === 0) checkCancel(control?.cancel)
      const r = i * C, nn = newN[i], no = oldN[i]
      for (let a = 0; a < nn; a++) {
        const p = newC[r + a]
        for (let b = a + 1; b < nn; b++) {
          const q = newC[r + b]
          const dd = sqd(p, q)
          if (dd < hDist[p * k] || dd < hDist[q * k]) updates += push(p, q, dd) + push(q, p, dd)
        }
        for (let b = 0; b < no; b++) {
          const q = oldC[r + b]
          if (q === p) continue
          const dd = sqd(p, q)
          if (dd < hDist[p * k] || dd < hDist[q * k]) updates += push(p, q, dd) + push(q, p, dd)
        }
      }
    }
    if (updates <= o.delta * k * n) break
  }

  // heaps → rows sorted by distance (ties by index)
  const index = new Int32Array(n * k), dist = new Float64Array(n * k)
  const ord = Array.from({ length: k }, (_, t) => t)
  for (let i = 0; i < n; i++) {
    const r = i * k
    ord.sort((a, b) => hDist[r + a] - hDist[r + b] || hIdx[r + a] - hIdx[r + b])
    for (let t = 0; t < k; t++) { index[r + t] = hIdx[r + ord[t]]; dist[r + t] = Math.sqrt(hDist[r + ord[t]]) }
  }
  return { k, index, dist }
}
