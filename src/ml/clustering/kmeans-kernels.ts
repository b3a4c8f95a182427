/**
 * k-means kernels: distances, the assignment steps (plain and with Hamerly's bounds), one Lloyd
 * run as a generator, sklearn's tolerance and empty-cluster relocation. Pure Float64Array code.
 */
import type { Matrix } from '../core/matrix'

/** One Lloyd run's result, in the clustered (transformed) space. */
export interface KMeansRun {
  centers: Float64Array
  labels: Int32Array
  inertia: number
  nIter: number
  converged: boolean
}

/** Progress of a fit, yielded after every Lloyd iteration. */
export interface KMeansStep {
  run: number
  nInit: number
  iter: number
  maxIter: number
  /** total squared centre shift of this iteration */
  shift: number
  /** points whose label changed in this iteration */
  changed: number
}

/** Number of distinct rows, counting only up to `limit` (stops early). */
export function countDistinctRows(X: Matrix, limit: number): number {
  const { rows: n, cols: p, data } = X
  const found: number[] = []
  for (let i = 0; i < n && found.length < limit; i++) {
    let dup = false
    for (const f of found) {
      let same = true
      for (let j = 0; j < p; j++) {
        if (data[i * p + j] !== data[f * p + j]) {
          same = false
          break
        }
      }
      if (same) {
        dup = true
        break
      }
    }
    if (!dup) found.push(i)
  }
  return found.length
}

/** Squared distance between row i of X and centre c. */
export function sqDist(X: Float64Array, i: number, C: Float64Array, c: number, p: number): number {
  let d = 0
  const a = i * p, b = c * p
  for (let j = 0; j < p; j++) {
    const t = X[a + j] - C[b + j]
    d += t * t
  }
  return d
}

/**
 * Assign every point to its nearest centre; accumulate the sums of the new centres in `sums`
 * and the counts in `counts`. Returns the number of labels that changed.
 */
export function assign(data: Float64Array, n: number, p: number, k: number, C: Float64Array, labels: Int32Array, sums: Float64Array | null, counts: Float64Array | null): number {
  let changed = 0
  if (sums) sums.fill(0)
  if (counts) counts.fill(0)
  if (p === 2) {
    for (let i = 0; i < n; i++) {
      const x0 = data[2 * i], x1 = data[2 * i + 1]
      let best = 0, bd = Infinity
      for (let c = 0; c < k; c++) {
        const a = x0 - C[2 * c], b = x1 - C[2 * c + 1]
        const d = a * a + b * b
        if (d < bd) {
          bd = d
          best = c
        }
      }
      if (labels[i] !== best) {
        labels[i] = best
        changed++
      }
      if (sums) {
        sums[2 * best] += x0
        sums[2 * best + 1] += x1
        counts![best]++
      }
    }
    return changed
  }
  if (p === 3) {
    for (let i = 0; i < n; i++) {
      const x0 = data[3 * i], x1 = data[3 * i + 1], x2 = data[3 * i + 2]
      let best = 0, bd = Infinity
      for (let c = 0; c < k; c++) {
        const a = x0 - C[3 * c], b = x1 - C[3 * c + 1], e = x2 - C[3 * c + 2]
        const d = a * a + b * b + e * e
        if (d < bd) {
          bd = d
          best = c
        }
      }
      if (labels[i] !== best) {
        labels[i] = best
        changed++
      }
      if (sums) {
        sums[3 * best] += x0
        sums[3 * best + 1] += x1
        sums[3 * best + 2] += x2
        counts![best]++
      }
    }
    return changed
  }
  for (let i = 0; i < n; i++) {
    const a = i * p
    let best = 0, bd = Infinity
    for (let c = 0; c < k; c++) {
      const b = c * p
      let d = 0
      for (let j = 0; j < p; j++) {
        const t = data[a + j] - C[b + j]
        d += t * t
      }
      if (d < bd) {
        bd = d
        best = c
      }
    }
    if (labels[i] !== best) {
      labels[i] = best
      changed++
    }
    if (sums) {
      const b = best * p
      for (let j = 0; j < p; j++) sums[b + j] += data[a + j]
      counts![best]++
    }
  }
  return changed
}

/** Sum of squared distances of each point to its labelled centre. */
export function inertiaOf(X: Matrix, centers: Float64Array, labels: Int32Array): number {
  let s = 0
  for (let i = 0; i < X.rows; i++) s += sqDist(X.data, i, centers, labels[i], X.cols)
  return s
}

/** sklearn's tolerance: tol × mean of the per-feature variances. */
export function absoluteTolerance(X: Matrix, tol: number): number {
  if (tol === 0) return 0
  const { rows: n, cols: p, data } = X
  let tot = 0
  for (let j = 0; j < p; j++) {
    let s = 0, ss = 0
    for (let i = 0; i < n; i++) s += data[i * p + j]
    const mean = s / n
    for (let i = 0; i < n; i++) {
      const d = data[i * p + j] - mean
      ss += d * d
    }
    tot += ss / n
  }
  return (tot / p) * tol
}

/** Sums and counts of the points of each cluster. */
function accumulate(data: Float64Array, n: number, p: number, labels: Int32Array, sums: Float64Array, counts: Float64Array): void {
  sums.fill(0)
  counts.fill(0)
  for (let i = 0; i < n; i++) {
    const b = labels[i] * p, a = i * p
    for (let j = 0; j < p; j++) sums[b + j] += data[a + j]
    counts[labels[i]]++
  }
}

/** Full assignment that also sets Hamerly's bounds: upper = distance to the nearest centre, lower = to the second. */
function assignWithBounds(data: Float64Array, n: number, p: number, k: number, C: Float64Array, labels: Int32Array, upper: Float64Array, lower: Float64Array): number {
  let changed = 0
  for (let i = 0; i < n; i++) {
    const a = i * p
    let best = 0, bd = Infinity, sd = Infinity
    for (let c = 0; c < k; c++) {
      const b = c * p
      let d = 0
      for (let j = 0; j < p; j++) {
        const t = data[a + j] - C[b + j]
        d += t * t
      }
      if (d < bd) {
        sd = bd
        bd = d
        best = c
      } else if (d < sd) sd = d
    }
    if (labels[i] !== best) {
      labels[i] = best
      changed++
    }
    upper[i] = Math.sqrt(bd)
    lower[i] = Math.sqrt(sd)
  }
  return changed
}

// a point is skipped only when its bounds are apart by more than this relative margin, so rounding
// in the bounds cannot make it keep a label that the plain Lloyd step would change
const BOUND_SAFETY = 1 + 1e-10

/**
 * Hamerly's accelerated assignment (exactly Lloyd's assignment, computed with fewer distances):
 * a point keeps its label when its upper bound is below max(lower bound, half the distance from
 * its centre to the nearest other centre).
 */
function assignHamerly(data: Float64Array, n: number, p: number, k: number, C: Float64Array, labels: Int32Array, upper: Float64Array, lower: Float64Array, half: Float64Array): number {
  for (let c = 0; c < k; c++) {
    let m = Infinity
    for (let c2 = 0; c2 < k; c2++) {
      if (c2 === c) continue
      let d = 0
      for (let j = 0; j < p; j++) {
        const t = C[c * p + j] - C[c2 * p + j]
        d += t * t
      }
      if (d < m) m = d
    }
    half[c] = Math.sqrt(m) / 2
  }
  let changed = 0
  for (let i = 0; i < n; i++) {
    const a0 = labels[i]
    const m = half[a0] > lower[i] ? half[a0] : lower[i]
    if (upper[i] * BOUND_SAFETY < m) continue
    const a = i * p
    let d0 = 0
    for (let j = 0; j < p; j++) {
      const t = data[a + j] - C[a0 * p + j]
      d0 += t * t
    }
    upper[i] = Math.sqrt(d0)
    if (upper[i] * BOUND_SAFETY < m) continue
    let best = 0, bd = Infinity, sd = Infinity
    for (let c = 0; c < k; c++) {
      const b = c * p
      let d = 0
      for (let j = 0; j < p; j++) {
        const t = data[a + j] - C[b + j]
        d += t * t
      }
      if (d < bd) {
        sd = bd
        bd = d
        best = c
      } else if (d < sd) sd = d
    }
    if (best !== a0) {
      labels[i] = best
      changed++
    }
    upper[i] = Math.sqrt(bd)
    lower[i] = Math.sqrt(sd)
  }
  return changed
}

/**
 * One Lloyd run from the given centres, yielding after each iteration. The assignment step uses
 * Hamerly's bounds (same labels as plain Lloyd, far fewer distance computations once the centres
 * settle); the centres are recomputed from scratch every iteration, like sklearn.
 */
export function* lloyd(X: Matrix, init: Float64Array, maxIter: number, tolAbs: number, run = 0, nInit = 1, bounds?: boolean): Generator<KMeansStep, KMeansRun> {
  const { rows: n, cols: p, data } = X
  const k = init.length / p
  // with ≤ 3 features (unrolled kernels) or few centres a full distance pass is cheaper than
  // keeping the bounds (measured: plain is faster for p = 3 up to k = 10; Hamerly 2.2× faster at 1M × 8, k = 8)
  const useBounds = bounds ?? (p >= 4 && k >= 4)
  let centers = Float64Array.from(init)
  let next = new Float64Array(k * p)
  const counts = new Float64Array(k)
  const labels = new Int32Array(n).fill(-1)
  const upper = new Float64Array(useBounds ? n : 0)
  const lower = new Float64Array(useBounds ? n : 0)
  const half = new Float64Array(k)
  const move = new Float64Array(k)
  let strict = false
  let it = 0
  for (; it < maxIter; ) {
    let changed: number
    if (!useBounds) changed = assign(data, n, p, k, centers, labels, next, counts)
    else {
      changed = it === 0 ? assignWithBounds(data, n, p, k, centers, labels, upper, lower) : assignHamerly(data, n, p, k, centers, labels, upper, lower, half)
      accumulate(data, n, p, labels, next, counts)
    }
    let empty = 0
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty++
    if (empty) relocateEmpty(X, centers, labels, next, counts)
    for (let c = 0; c < k; c++) {
      const cnt = counts[c]
      if (cnt > 0) for (let j = 0; j < p; j++) next[c * p + j] /= cnt
    }
    let shift = 0
    let maxMove = 0, secondMove = 0, maxC = -1
    for (let c = 0; c < k; c++) {
      let m2 = 0
      for (let j = 0; j < p; j++) {
        const d = next[c * p + j] - centers[c * p + j]
        m2 += d * d
      }
      shift += m2
      const m = Math.sqrt(m2)
      move[c] = m
      if (m > maxMove) {
        secondMove = maxMove
        maxMove = m
        maxC = c
      } else if (m > secondMove) secondMove = m
    }
    if (useBounds && maxMove > 0) {
      for (let i = 0; i < n; i++) {
        const l = labels[i]
        upper[i] += move[l]
        lower[i] -= l === maxC ? secondMove : maxMove
      }
    }
    const tmp = centers
    centers = next
    next = tmp
    it++
    yield { run, nInit, iter: it, maxIter, shift, changed }
    if (changed === 0 && it > 1) {
      strict = true
      break
    }
    if (shift <= tolAbs) break
  }
  if (!strict) {
    if (useBounds) assignHamerly(data, n, p, k, centers, labels, upper, lower, half)
    else assign(data, n, p, k, centers, labels, null, null)
  }
  return { centers, labels, inertia: inertiaOf(X, centers, labels), nIter: it, converged: strict || it < maxIter }
}

/**
 * sklearn's empty-cluster relocation: the points farthest from their (old) centres become the
 * centres of the empty clusters, and are taken out of their old clusters' sums.
 * `sums` holds sums (not yet divided) on entry.
 */
function relocateEmpty(X: Matrix, oldCenters: Float64Array, labels: Int32Array, sums: Float64Array, counts: Float64Array): void {
  const { rows: n, cols: p, data } = X
  const k = counts.length
  const empties: number[] = []
  for (let c = 0; c < k; c++) if (counts[c] === 0) empties.push(c)
  const dist = new Float64Array(n)
  for (let i = 0; i < n; i++) dist[i] = sqDist(data, i, oldCenters, labels[i], p)
  // only the top few are needed; a partial selection keeps this O(n · empties)
  const far: number[] = []
  const used = new Uint8Array(n)
  for (let e = 0; e < empties.length && e < n; e++) {
    let bi = -1
    for (let i = 0; i < n; i++) if (!used[i] && (bi < 0 || dist[i] > dist[bi])) bi = i
    used[bi] = 1
    far.push(bi)
  }
  for (let e = 0; e < far.length; e++) {
    const c = empties[e]
    const i = far[e]
    const old = labels[i]
    for (let j = 0; j < p; j++) {
      sums[old * p + j] -= data[i * p + j]
      sums[c * p + j] = data[i * p + j]
    }
    counts[old] -= 1
    counts[c] = 1
  }
}
