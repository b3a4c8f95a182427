/**
 * Outlier scores for customers:
 * - isolationForest: scikit-learn's IsolationForest scoring (100 trees, 256 samples per tree,
 *   depth limit ⌈log2 256⌉ = 8, random feature and uniform random split between the node's min
 *   and max); score = 2^(−E[h(x)] / c(ψ)) in (0, 1], higher = more anomalous (sklearn's
 *   `-score_samples`); about 0.5 or less is normal. Seeded.
 * - centreDistanceZ: distance to the assigned cluster centre in the clustered space, as a z-score
 *   within the cluster (how many standard deviations further out than the cluster's typical member).
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'

export interface IsolationForestOptions {
  nTrees: number
  maxSamples: number
  seed: number
}

export const defaultIsolationForestOptions: IsolationForestOptions = { nTrees: 100, maxSamples: 256, seed: 42 }

/** Average path length of an unsuccessful BST search among n points (c(n) in Liu et al.). */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0
  if (n === 2) return 1
  return 2 * (Math.log(n - 1) + 0.5772156649015329) - (2 * (n - 1)) / n
}

interface Node {
  feature: number
  threshold: number
  left: number
  right: number
  /** leaf: path-length adjustment c(size); −1 for inner nodes */
  leafAdj: number
}

function buildTree(X: Matrix, idx: Int32Array, maxDepth: number, rng: Rng): Node[] {
  const p = X.cols, data = X.data
  const nodes: Node[] = []
  const build = (lo: number, hi: number, depth: number): number => {
    const id = nodes.length
    nodes.push({ feature: -1, threshold: 0, left: -1, right: -1, leafAdj: -1 })
    const size = hi - lo
    if (depth >= maxDepth || size <= 1) {
      nodes[id].leafAdj = averagePathLength(size)
      return id
    }
    // pick a random feature among those not constant on this node
    const feats = rng.permutation(p)
    let f = -1, mn = 0, mx = 0
    for (let t = 0; t < p; t++) {
      const j = feats[t]
      let a = Infinity, b = -Infinity
      for (let q = lo; q < hi; q++) {
        const v = data[idx[q] * p + j]
        if (v < a) a = v
        if (v > b) b = v
      }
      if (b > a) {
        f = j; mn = a; mx = b
        break
      }
    }
    if (f < 0) {
      nodes[id].leafAdj = averagePathLength(size)
      return id
    }
    const thr = mn + rng.next() * (mx - mn)
    let i = lo, j = hi - 1
    while (i <= j) {
      if (data[idx[i] * p + f] < thr) i++
      else {
        const t = idx[i]; idx[i] = idx[j]; idx[j] = t
        j--
      }
    }
    nodes[id].feature = f
    nodes[id].threshold = thr
    const l = build(lo, i, depth + 1)
    const r = build(i, hi, depth + 1)
    nodes[id].left = l
    nodes[id].right = r
    return id
  }
  build(0, idx.length, 0)
  return nodes
}

/** Isolation-forest anomaly score per row, in (0, 1]; higher = more anomalous. */
export function isolationForest(X: Matrix, options: Partial<IsolationForestOptions> = {}, control?: RunControl): Float64Array {
  const o = { ...defaultIsolationForestOptions, ...options }
  const n = X.rows, p = X.cols, data = X.data
  if (n < 2) throw new RangeError('Isolation forest needs at least 2 rows')
  const psi = Math.min(o.maxSamples, n)
  const maxDepth = Math.ceil(Math.log2(Math.max(psi, 2)))
  const rng = new Rng(o.seed)
  const depthSum = new Float64Array(n)
  for (let t = 0; t < o.nTrees; t++) {
    checkCancel(control?.cancel)
    control?.onProgress?.(t / o.nTrees, 'isolation forest')
    const tr = rng.fork()
    const idx = tr.sample(n, psi)
    const nodes = buildTree(X, idx, maxDepth, tr)
    for (let i = 0; i < n; i++) {
      let id = 0, depth = 0
      while (nodes[id].leafAdj < 0) {
        const nd = nodes[id]
        id = data[i * p + nd.feature] < nd.threshold ? nd.left : nd.right
        depth++
      }
      depthSum[i] += depth + nodes[id].leafAdj
    }
  }
  const c = averagePathLength(psi)
  const out = new Float64Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.pow(2, -(depthSum[i] / o.nTrees) / (c || 1))
  return out
}

/** Distance to the assigned centre as a z-score within the cluster (NaN for a one-member cluster). */
export function centreDistanceZ(X: Matrix, centers: Float64Array, labels: Int32Array): { distance: Float64Array; z: Float64Array } {
  const n = X.rows, p = X.cols
  const k = centers.length / p
  const dist = new Float64Array(n)
  const s = new Float64Array(k), ss = new Float64Array(k), cnt = new Float64Array(k)
  for (let i = 0; i < n; i++) {
    const c = labels[i]
    let d = 0
    for (let j = 0; j < p; j++) {
      const t = X.data[i * p + j] - centers[c * p + j]
      d += t * t
    }
    d = Math.sqrt(d)
    dist[i] = d
    s[c] += d
    ss[c] += d * d
    cnt[c]++
  }
  const z = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const c = labels[i]
    const m = s[c] / cnt[c]
    const sd = Math.sqrt(Math.max(0, ss[c] / cnt[c] - m * m))
    z[i] = sd > 0 ? (dist[i] - m) / sd : cnt[c] > 1 ? 0 : NaN
  }
  return { distance: dist, z }
}

/** Indices of the `count` highest scores, highest first. */
export function topAnomalies(scores: ArrayLike<number>, count: number): number[] {
  const idx = Array.from({ length: scores.length }, (_, i) => i).filter((i) => Number.isFinite(scores[i]))
  idx.sort((a, b) => scores[b] - scores[a] || a - b)
  return idx.slice(0, count)
}

/** Mask (1 = excluded) of the top `fraction` of scores, e.g. 0.01 for the 1% most anomalous. */
export function outlierMask(scores: ArrayLike<number>, fraction: number): Uint8Array {
  if (!(fraction >= 0 && fraction < 0.5)) throw new RangeError(`Outlier fraction must be in [0, 0.5), got ${fraction}`)
  const m = new Uint8Array(scores.length)
  for (const i of topAnomalies(scores, Math.floor(fraction * scores.length))) m[i] = 1
  return m
}
