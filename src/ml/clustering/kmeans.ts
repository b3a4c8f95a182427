/**
 * k-means after scikit-learn's KMeans(algorithm='lloyd'):
 * - init 'k-means++' is sklearn's greedy variant: each new centre is the best of 2 + ⌊ln k⌋
 *   candidates drawn with probability ∝ squared distance (the one that lowers the potential most);
 * - each Lloyd iteration assigns every point to its nearest centre and moves the centres to the
 *   means; it stops when the labels no longer change ("strict convergence") or when the total
 *   squared centre shift is ≤ tol × (mean per-feature variance of X), after max_iter otherwise;
 *   labels are then reassigned to the final centres;
 * - an empty cluster takes the point farthest from its own centre (sklearn's relocation);
 * - n_init runs from different seeds; the lowest inertia wins.
 * Plain TypeScript on Float64Array (faster than TF.js cpu here, see STACK-NOTES), no sample weights.
 * The random streams differ from numpy's, so results agree with sklearn at the optimum found
 * (inertia, sizes), not bit for bit.
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'
import type { Clusterer, EstimatorJSON } from '../core/estimator'
import { decodeFloat64, encodeFloat64, registerEstimator } from '../core/estimator'
import type { FeatureTransform, LogMode } from './transform'
import { NumpyRandomState } from './mt19937'
import { applyTransform, assertFinite, fitTransform } from './transform'

export interface KMeansOptions {
  k: number
  nInit: number
  maxIter: number
  /** relative tolerance, scaled by the mean per-feature variance of the clustered data (sklearn) */
  tol: number
  seed: number
  init: 'k-means++' | 'random'
  /** log transform before clustering (true = natural log; 'log1p' for data with zeros) */
  log: boolean | LogMode | LogMode[]
  standardize: boolean
  /** feature names (default x1..xp) */
  featureNames?: string[]
  /**
   * random stream: 'numpy' (default) reproduces numpy's RandomState(seed) as scikit-learn uses it
   * (one stream shared by the n_init runs), so seed 42 gives sklearn's k-means++ starting centres;
   * 'xoshiro' uses the app's Rng, forked per run
   */
  random: 'numpy' | 'xoshiro'
}

/** The draws k-means makes: an integer in [0, n) and a double in [0, 1). */
export interface KMeansRandom {
  int(n: number): number
  next(): number
  sample(n: number, k: number): Int32Array
}

export const defaultKMeansOptions: KMeansOptions = {
  k: 8,
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 42,
  init: 'k-means++',
  log: false,
  standardize: false,
  random: 'numpy',
}

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

function validate(o: KMeansOptions): void {
  if (!Number.isInteger(o.k) || o.k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${o.k}`)
  if (!Number.isInteger(o.nInit) || o.nInit < 1) throw new RangeError(`n_init must be a whole number ≥ 1, got ${o.nInit}`)
  if (!Number.isInteger(o.maxIter) || o.maxIter < 1) throw new RangeError(`max_iter must be a whole number ≥ 1, got ${o.maxIter}`)
  if (!(o.tol >= 0)) throw new RangeError(`tol must be ≥ 0, got ${o.tol}`)
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new RangeError(`seed must be a whole number from 0 to 4294967295, got ${o.seed}`)
  if (o.random !== 'numpy' && o.random !== 'xoshiro') throw new RangeError(`random must be 'numpy' or 'xoshiro', got ${String(o.random)}`)
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
function sqDist(X: Float64Array, i: number, C: Float64Array, c: number, p: number): number {
  let d = 0
  const a = i * p, b = c * p
  for (let j = 0; j < p; j++) {
    const t = X[a + j] - C[b + j]
    d += t * t
  }
  return d
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
function randomInit(X: Matrix, k: number, rng: KMeansRandom): Float64Array {
  const p = X.cols
  const idx = rng.sample(X.rows, k)
  const c = new Float64Array(k * p)
  for (let t = 0; t < k; t++) c.set(X.data.subarray(idx[t] * p, idx[t] * p + p), t * p)
  return c
}

/**
 * Assign every point to its nearest centre; accumulate the sums of the new centres in `sums`
 * and the counts in `counts`. Returns the number of labels that changed.
 */
function assign(data: Float64Array, n: number, p: number, k: number, C: Float64Array, labels: Int32Array, sums: Float64Array | null, counts: Float64Array | null): number {
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

export interface KMeansFit {
  /** k × p centres in the clustered space */
  centers: Float64Array
  labels: Int32Array
  /** inertia in the clustered space */
  inertia: number
  nIter: number
  converged: boolean
  /** inertia of every init run, in run order */
  runInertias: number[]
}

/**
 * k-means on an already-transformed matrix, as a generator (yields after each Lloyd iteration of
 * each init). Validates k against the number of distinct points.
 */
export function* kmeansSteps(X: Matrix, options: Partial<KMeansOptions> = {}): Generator<KMeansStep, KMeansFit> {
  const o: KMeansOptions = { ...defaultKMeansOptions, ...options }
  validate(o)
  const n = X.rows
  if (n === 0) throw new RangeError('No rows to cluster')
  if (o.k > n) throw new RangeError(`k = ${o.k} is larger than the number of points (${n})`)
  const distinct = countDistinctRows(X, o.k)
  if (distinct === 1 && n > 1 && o.k > 1) throw new RangeError('All points are identical: there is nothing to cluster')
  if (distinct < o.k) throw new RangeError(`k = ${o.k} is larger than the number of distinct points (${distinct}); choose k ≤ ${distinct}`)
  const tolAbs = absoluteTolerance(X, o.tol)
  const shared = o.random === 'numpy' ? new NumpyRandomState(o.seed >>> 0) : null
  const rng = new Rng(o.seed)
  let best: KMeansRun | null = null
  const runInertias: number[] = []
  for (let r = 0; r < o.nInit; r++) {
    const runRng: KMeansRandom = shared ?? rng.fork()
    const init = o.init === 'random' ? randomInit(X, o.k, runRng) : kmeansPlusPlus(X, o.k, runRng)
    const res: KMeansRun = yield* lloyd(X, init, o.maxIter, tolAbs, r, o.nInit)
    runInertias.push(res.inertia)
    if (best === null || res.inertia < best.inertia) best = res
  }
  return { centers: best!.centers, labels: best!.labels, inertia: best!.inertia, nIter: best!.nIter, converged: best!.converged, runInertias }
}

/**
 * Drive a k-means generator to its end, reporting progress and honouring cancel: the one loop
 * behind kmeans runs in the workers, the elbow and `KMeansModel.fit`.
 */
export function runSteps<T = KMeansFit>(gen: Generator<KMeansStep, T>, control?: RunControl, from = 0, to = 1): T {
  let last = 0
  for (;;) {
    const s = gen.next()
    if (s.done) return s.value
    checkCancel(control?.cancel)
    const st = s.value
    if (control?.onProgress) {
      const now = Date.now()
      if (now - last > 50) {
        last = now
        const f = (st.run + Math.min(1, st.iter / Math.min(st.maxIter, 50))) / st.nInit
        control.onProgress(from + (to - from) * Math.min(1, f), `k-means: init ${st.run + 1}/${st.nInit}, iteration ${st.iter}`)
      }
    }
  }
}

/** Nearest-centre label of every row of an already-transformed matrix. */
export function assignLabels(X: Matrix, centers: Float64Array): Int32Array {
  const labels = new Int32Array(X.rows)
  assign(X.data, X.rows, X.cols, centers.length / X.cols, centers, labels, null, null)
  return labels
}

/** A fitted k-means model: transform + centres. predict() takes rows in original units. */
export class KMeansModel implements Clusterer {
  readonly kind = 'kmeans'
  options: KMeansOptions
  transform: FeatureTransform | null = null
  /** k × p centres in the clustered (transformed) space */
  centers: Float64Array = new Float64Array(0)
  labels: Int32Array = new Int32Array(0)
  inertia = NaN
  nIter = 0
  converged = false
  runInertias: number[] = []
  warnings: string[] = []

  constructor(options: Partial<KMeansOptions> = {}) {
    this.options = { ...defaultKMeansOptions, ...options }
    validate(this.options)
  }

  get k(): number {
    return this.options.k
  }

  /** Fit as a generator (the worker steps it to report progress and check cancel). */
  *fitSteps(X: Matrix): Generator<KMeansStep, this> {
    const names = this.options.featureNames ?? Array.from({ length: X.cols }, (_, j) => `x${j + 1}`)
    const { transform, Xt, warnings } = fitTransform(X, names, { log: this.options.log, standardize: this.options.standardize })
    this.transform = transform
    this.warnings = warnings
    const fit = yield* kmeansSteps(Xt, this.options)
    this.centers = fit.centers
    this.labels = fit.labels
    this.inertia = fit.inertia
    this.nIter = fit.nIter
    this.converged = fit.converged
    this.runInertias = fit.runInertias
    return this
  }

  fit(X: Matrix, control?: RunControl): this {
    return runSteps(this.fitSteps(X), control)
  }

  /** Rows in original units → transformed space. */
  transformRows(X: Matrix): Matrix {
    if (!this.transform) throw new Error('k-means model is not fitted')
    assertFinite(X, this.transform.names)
    return applyTransform(this.transform, X)
  }

  /** Nearest-centre cluster of each row (original units). */
  predict(X: Matrix): Int32Array {
    return assignLabels(this.transformRows(X), this.centers)
  }

  /** Distance of each row (original units) to its nearest centre, in the clustered space. */
  distances(X: Matrix): { labels: Int32Array; distance: Float64Array } {
    const Xt = this.transformRows(X)
    const labels = assignLabels(Xt, this.centers)
    const distance = new Float64Array(X.rows)
    for (let i = 0; i < X.rows; i++) distance[i] = Math.sqrt(sqDist(Xt.data, i, this.centers, labels[i], X.cols))
    return { labels, distance }
  }

  /** Centres in original units (undo standardisation, then exp for log features). */
  centersOriginal(): number[][] {
    const t = this.transform!
    const p = t.names.length
    const out: number[][] = []
    for (let c = 0; c < this.k; c++) {
      const row: number[] = []
      for (let j = 0; j < p; j++) {
        let v = this.centers[c * p + j] * (t.scale ? t.scale[j] : 1) + (t.mean ? t.mean[j] : 0)
        if (t.log[j] === 'log') v = Math.exp(v)
        else if (t.log[j] === 'log1p') v = Math.expm1(v)
        row.push(v)
      }
      out.push(row)
    }
    return out
  }

  /** Reorder clusters: newOrder[i] is the old label that becomes label i. */
  relabel(newOrder: number[]): void {
    const p = this.centers.length / this.k
    const inv = new Int32Array(this.k)
    newOrder.forEach((old, i) => (inv[old] = i))
    const c = new Float64Array(this.centers.length)
    newOrder.forEach((old, i) => c.set(this.centers.subarray(old * p, old * p + p), i * p))
    this.centers = c
    for (let i = 0; i < this.labels.length; i++) this.labels[i] = inv[this.labels[i]]
  }

  toJSON(): EstimatorJSON {
    if (!this.transform) throw new Error('k-means model is not fitted')
    const { featureNames: _f, ...params } = this.options
    return {
      kind: this.kind,
      params: { ...params },
      state: {
        featureNames: this.transform.names,
        log: this.transform.log,
        mean: this.transform.mean,
        scale: this.transform.scale,
        centers: encodeFloat64(this.centers),
        inertia: this.inertia,
        nIter: this.nIter,
      },
      containsTrainingRows: false,
    }
  }

  /** A model from a transform and a fit made elsewhere (e.g. one k of an elbow run). */
  static fromFit(options: Partial<KMeansOptions>, transform: FeatureTransform, fit: KMeansFit): KMeansModel {
    const m = new KMeansModel({ ...options, k: fit.centers.length / transform.names.length, featureNames: transform.names })
    m.transform = transform
    m.centers = Float64Array.from(fit.centers)
    m.labels = Int32Array.from(fit.labels)
    m.inertia = fit.inertia
    m.nIter = fit.nIter
    m.converged = fit.converged
    m.runInertias = fit.runInertias.slice()
    return m
  }

  static load(json: EstimatorJSON): KMeansModel {
    if (json?.kind !== 'kmeans') throw new Error(`Not a k-means model (kind "${String(json?.kind)}")`)
    const s = json.state as Record<string, unknown>
    const names = s.featureNames as string[] | undefined
    if (!Array.isArray(names)) throw new Error('k-means model: state.featureNames is missing')
    if (typeof s.centers !== 'string') throw new Error('k-means model: state.centers is missing')
    const m = new KMeansModel({ ...(json.params as Partial<KMeansOptions>), featureNames: names })
    m.transform = {
      names,
      log: (s.log as LogMode[]) ?? names.map(() => 'none'),
      mean: (s.mean as number[] | null) ?? null,
      scale: (s.scale as number[] | null) ?? null,
    }
    m.centers = decodeFloat64(s.centers)
    if (m.centers.length !== m.k * names.length) throw new Error(`k-means model: ${m.centers.length} centre values for k = ${m.k} × ${names.length} features`)
    m.inertia = Number(s.inertia)
    m.nIter = Number(s.nIter)
    return m
  }
}

registerEstimator('kmeans', KMeansModel.load)
