/**
 * Exact k nearest neighbours (Euclidean) with a k-d tree: maps work on a handful of customer
 * features, where a k-d tree answers each query in about log n steps; in many dimensions it
 * degrades gracefully to a full scan, still exact.
 */
import type { Matrix } from '../core/matrix'
import { checkCancel, type RunControl } from '../core/progress'
import { nnDescent } from './nndescent'

export interface Neighbours {
  k: number
  /** n × k neighbour indices, nearest first (the point itself excluded) */
  index: Int32Array
  /** n × k Euclidean distances */
  dist: Float64Array
}

const LEAF = 16

/** k nearest neighbours of every row of X among the rows of X (itself excluded; ties by row index). */
export function kNearest(X: Matrix, k: number, control?: RunControl): Neighbours {
  const n = X.rows, d = X.cols, data = X.data
  if (!(Number.isInteger(k) && k >= 1 && k < n)) throw new RangeError(`k nearest neighbours: k must be 1..${n - 1}, got ${k}`)
  const perm = Int32Array.from({ length: n }, (_, i) => i)
  // nodes: [start, end, splitDim, splitVal, left, right]; built iteratively on the median
  const nStart: number[] = [], nEnd: number[] = [], nDim: number[] = [], nVal: number[] = [], nLeft: number[] = [], nRight: number[] = []
  const lo = new Float64Array(d), hi = new Float64Array(d)
  const build = (s: number, e: number): number => {
    const id = nStart.length
    nStart.push(s); nEnd.push(e); nDim.push(-1); nVal.push(0); nLeft.push(-1); nRight.push(-1)
    if (e - s <= LEAF) return id
    lo.fill(Infinity); hi.fill(-Infinity)
    for (let t = s; t < e; t++) { const o = perm[t] * d; for (let j = 0; j < d; j++) { const v = data[o + j]; if (v < lo[j]) lo[j] = v; if (v > hi[j]) hi[j] = v } }
    let dim = 0, w = -1
    for (let j = 0; j < d; j++) if (hi[j] - lo[j] > w) { w = hi[j] - lo[j]; dim = j }
    if (w <= 0) return id // all points equal: one leaf
    const m = (s + e) >> 1
    // quickselect the median on `dim`
    let l = s, r = e - 1
    while (l < r) {
      const pv = data[perm[(l + r) >> 1] * d + dim]
      let i = l, j = r
      while (i <= j) {
        while (data[perm[i] * d + dim] < pv) i++
        while (data[perm[j] * d + dim] > pv) j--
        if (i <= j) { const t = perm[i]; perm[i] = perm[j]; perm[j] = t; i++; j-- }
      }
      if (m <= j) r = j
      else if (m >= i) l = i
      else break
    }
    nDim[id] = dim; nVal[id] = data[perm[m] * d + dim]
    const L = build(s, m), R = build(m, e)
    nLeft[id] = L; nRight[id] = R
    return id
  }
  build(0, n)
  const index = new Int32Array(n * k), dist = new Float64Array(n * k)
  // bounded max-heap of the k best (squared distance, index)
  const hd = new Float64Array(k), hi2 = new Int32Array(k)
  let size = 0
  const worse = (a: number, b: number): boolean => hd[a] > hd[b] || (hd[a] === hd[b] && hi2[a] > hi2[b])
  const push = (dd: number, idx: number): void => {
    if (size < k) {
      let c = size++
      hd[c] = dd; hi2[c] = idx
      while (c > 0) { const p = (c - 1) >> 1; if (!worse(c, p)) break; swap(c, p); c = p }
      return
    }
    if (dd > hd[0] || (dd === hd[0] && idx > hi2[0])) return
    hd[0] = dd; hi2[0] = idx
    let c = 0
    for (;;) {
      const l = 2 * c + 1, r = l + 1
      let m = c
      if (l < k && worse(l, m)) m = l
      if (r < k && worse(r, m)) m = r
      if (m === c) break
      swap(c, m); c = m
    }
  }
  const swap = (a: number, b: number): void => { const t = hd[a]; hd[a] = hd[b]; hd[b] = t; const u = hi2[a]; hi2[a] = hi2[b]; hi2[b] = u }
  const stack = new Int32Array(256)
  const sd = new Float64Array(256)
  for (let q = 0; q < n; q++) {
    if ((q & 1023) === 0) { checkCancel(control?.cancel); control?.onProgress?.(q / n, `neighbours ${q}/${n}`) }
    size = 0
    const qo = q * d
    let sp = 0
    stack[sp] = 0; sd[sp++] = 0
    while (sp > 0) {
      const node = stack[--sp], bound = sd[sp]
      if (size === k && bound > hd[0]) continue
      if (nDim[node] < 0) {
        for (let t = nStart[node]; t < nEnd[node]; t++) {
          const i = perm[t]
          if (i === q) continue
          let s = 0
          const o = i * d
          for (let j = 0; j < d; j++) { const v = data[qo + j] - data[o + j]; s += v * v }
          push(s, i)
        }
        continue
      }
      const diff = data[qo + nDim[node]] - nVal[node]
      const near = diff <= 0 ? nLeft[node] : nRight[node], far = diff <= 0 ? nRight[node] : nLeft[node]
      // far side first on the stack, so the near side is searched first
      stack[sp] = far; sd[sp++] = Math.max(bound, diff * diff)
      stack[sp] = near; sd[sp++] = bound
    }
    // heap → sorted ascending
    for (let t = size - 1; t >= 0; t--) {
      index[q * k + t] = hi2[0]; dist[q * k + t] = Math.sqrt(hd[0])
      size--
      hd[0] = hd[size]; hi2[0] = hi2[size]
      let c = 0
      for (;;) {
        const l = 2 * c + 1, r = l + 1
        let m = c
        if (l < size && worse(l, m)) m = l
        if (r < size && worse(r, m)) m = r
        if (m === c) break
        swap(c, m); c = m
      }
    }
  }
  return { k, index, dist }
}

/** Below this many points the neighbours are exact (umap-learn's own threshold for its exact path). */
export const EXACT_NEIGHBOURS_BELOW = 4096

/**
 * The k nearest neighbours a map starts from: exact (k-d tree) below {@link EXACT_NEIGHBOURS_BELOW}
 * points, NN-descent above, as umap-learn chooses.
 */
export function mapNeighbours(X: Matrix, k: number, seed: number, control?: RunControl): Neighbours {
  if (X.rows < EXACT_NEIGHBOURS_BELOW) return kNearest(X, k, control)
  return nnDescent(X, k, { seed }, control)
}
