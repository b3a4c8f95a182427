/**
 * k-nearest neighbours classifier (brute force, like scikit-learn's algorithm='brute').
 * Euclidean distances use ‖q‖² + ‖x‖² − 2 q·x with the training set stored column-major and only
 * the query's non-zero columns visited — one-hot rows are mostly zeros, so this does a fraction of
 * the dense work. The k winners' distances are then recomputed exactly.
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import type { Classifier, EstimatorJSON } from '../core/estimator'
import { registerEstimator, encodeFloat64, decodeFloat64 } from '../core/estimator'
import { checkCancel, type RunControl } from '../core/progress'
import * as tf from '@tensorflow/tfjs-core'

export interface KnnOptions {
  k: number
  weights: 'uniform' | 'distance'
  metric: 'euclidean' | 'manhattan' | 'minkowski'
  /** Minkowski power (metric 'minkowski'); p = 2 is Euclidean, 1 Manhattan */
  p: number
  /**
   * Euclidean search: 'auto' = the pruning index where most columns are two-valued (one-hot), else
   * dot products on TF.js when the active backend is wasm, for large searches, else plain
   * TypeScript; 'js' = never TF.js; 'tfjs' = dot products on TF.js whenever a backend is active.
   * Every path returns the exact k nearest (ties by training row).
   */
  search: 'auto' | 'js' | 'tfjs'
}

export const defaultKnnOptions: KnnOptions = { k: 5, weights: 'uniform', metric: 'euclidean', p: 2, search: 'auto' }

/** multiply-adds from which 'auto' hands a search without the index to TF.js */
const TFJS_MIN_MACS = 1 << 26
/**
 * TF.js backends 'auto' uses for the products: wasm (XNNPACK) beats the TypeScript loops and
 * reads back synchronously for free; the GPU backends' synchronous read-back stalls (WebGPU warns
 * it is slow), and cpu is plain JavaScript
 */
const FAST_BACKENDS = new Set(['wasm'])

export class KNeighborsClassifier implements Classifier {
  readonly kind = 'knn'
  readonly options: KnnOptions
  private X: Float64Array = new Float64Array(0)
  /** column-major copy for the dot-product path */
  private Xc: Float64Array = new Float64Array(0)
  private norms: Float64Array = new Float64Array(0)
  private maxNormSq = 0
  private y: Uint8Array = new Uint8Array(0)
  private n = 0
  private p = 0
  /** exact pruning index over two-valued (e.g. one-hot) columns; null = plain brute force */
  private index: PatternIndex | null = null

  constructor(options: Partial<KnnOptions> = {}) {
    const o = { ...defaultKnnOptions, ...options }
    if (!Number.isInteger(o.k) || o.k < 1) throw new MessageError('ml.error.int', { name: 'KNN k', min: '1', value: String(o.k) })
    if (o.weights !== 'uniform' && o.weights !== 'distance') throw new MessageError('ml.error.oneOf', { name: 'KNN weights', allowed: 'uniform, distance', value: String(o.weights) })
    if (!['euclidean', 'manhattan', 'minkowski'].includes(o.metric)) throw new MessageError('ml.error.oneOf', { name: 'KNN metric', allowed: 'euclidean, manhattan, minkowski', value: String(o.metric) })
    if (!(o.p >= 1)) throw new MessageError('ml.error.num', { name: 'KNN Minkowski p', min: '1', value: String(o.p) })
    if (!['auto', 'js', 'tfjs'].includes(o.search)) throw new MessageError('ml.error.oneOf', { name: 'KNN search', allowed: 'auto, js, tfjs', value: String(o.search) })
    this.options = o
  }

  private get effectiveMetric(): 'euclidean' | 'manhattan' | 'minkowski' {
    const o = this.options
    if (o.metric === 'minkowski') return o.p === 2 ? 'euclidean' : o.p === 1 ? 'manhattan' : 'minkowski'
    return o.metric
  }

  fit(X: Matrix, y: Uint8Array): void {
    if (X.rows !== y.length) throw new RangeError(`fit: ${X.rows} rows but ${y.length} labels`)
    if (this.options.k > X.rows) throw new MessageError('ml.error.knnTooFewRows', { k: String(this.options.k), n: X.rows })
    this.n = X.rows
    this.p = X.cols
    this.X = Float64Array.from(X.data)
    this.y = Uint8Array.from(y)
    this.prepare()
  }

  private prepare(): void {
    const { n, p, X } = this
    this.maxNormSq = 0
    this.Xc = new Float64Array(n * p)
    this.norms = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let s = 0
      for (let j = 0; j < p; j++) {
        const v = X[i * p + j]
        this.Xc[j * n + i] = v
        s += v * v
      }
      this.norms[i] = s
      if (s > this.maxNormSq) this.maxNormSq = s
    }
    this.index = this.effectiveMetric === 'euclidean' ? buildPatternIndex(X, n, p) : null
  }

  /** Indices (n_queries × k, nearest first) and exact distances of the k nearest training rows. */
  kneighbors(Q: Matrix, control?: RunControl): { indices: Int32Array; distances: Float64Array } {
    const { n, p, k } = { n: this.n, p: this.p, k: this.options.k }
    if (n === 0) throw new Error('KNN is not fitted')
    if (Q.cols !== p) throw new RangeError(`Model expects ${p} features, got ${Q.cols}`)
    const m = Q.rows
    const metric = this.effectiveMetric
    if (metric === 'euclidean' && this.useTfjs(m)) return this.kneighborsTf(Q, control)
    const indices = new Int32Array(m * k)
    const distances = new Float64Array(m * k)
    const bestD = new Float64Array(k), bestI = new Int32Array(k)
    const acc = new Float64Array(n)
    const nzIdx = new Int32Array(p), nzVal = new Float64Array(p)
    const { Xc, norms, X } = this
    const pw = this.options.p
    for (let qi = 0; qi < m; qi++) {
      if ((qi & 255) === 0) {
        checkCancel(control?.cancel)
        control?.onProgress?.(qi / m, `neighbours ${qi}/${m}`)
      }
      const qo = qi * p
      bestD.fill(Infinity)
      bestI.fill(-1)
      let cand: number[] | null = null
      if (metric === 'euclidean' && this.index) {
        cand = searchPatternIndex(this.index, Q.data, qo, p, k, bestD, bestI, this.margin(Q.data, qo))
      } else if (metric === 'euclidean') {
        let nnz = 0, qn = 0
        for (let j = 0; j < p; j++) {
          const v = Q.data[qo + j]
          if (v !== 0) { nzIdx[nnz] = j; nzVal[nnz++] = v; qn += v * v }
        }
        if (nnz === 0) acc.fill(0)
        for (let t = 0; t < nnz; t++) {
          const v = nzVal[t], off = nzIdx[t] * n
          if (t === 0) for (let i = 0; i < n; i++) acc[i] = v * Xc[off + i]
          else for (let i = 0; i < n; i++) acc[i] += v * Xc[off + i]
        }
        let worst = Infinity
        for (let i = 0; i < n; i++) {
          const d = qn + norms[i] - 2 * acc[i]
          if (d < worst) worst = insert(bestD, bestI, k, d, i)
        }
        // every row the rounding of ‖q‖² + ‖x‖² − 2 q·x could have put behind the k-th
        const limit = worst + this.margin(Q.data, qo)
        cand = []
        for (let i = 0; i < n; i++) if (qn + norms[i] - 2 * acc[i] <= limit) cand.push(i)
      } else {
        let worst = Infinity
        for (let i = 0; i < n; i++) {
          const xo = i * p
          let d = 0
          if (metric === 'manhattan') {
            for (let j = 0; j < p && d < worst; j++) d += Math.abs(Q.data[qo + j] - X[xo + j])
          } else {
            for (let j = 0; j < p && d < worst; j++) d += Math.abs(Q.data[qo + j] - X[xo + j]) ** pw
          }
          if (d < worst) worst = insert(bestD, bestI, k, d, i)
        }
      }
      // exact distances of the candidates (the winners, or every row within the rounding margin of
      // the k-th), sorted with ties by training row: the same k rows whichever search found them
      this.rankExact(Q.data, qi, cand ?? bestI, indices, distances)
    }
    return { indices, distances }
  }

  /** Query qi's k nearest among the candidates by exact distance, ties by training row, into the outputs. */
  private rankExact(q: Float64Array, qi: number, cand: ArrayLike<number>, indices: Int32Array, distances: Float64Array): void {
    const k = this.options.k, qo = qi * this.p
    const exact: Array<[number, number]> = []
    for (let c = 0; c < cand.length; c++) exact.push([this.distance(q, qo, cand[c]), cand[c]])
    exact.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    for (let t = 0; t < k; t++) {
      indices[qi * k + t] = exact[t][1]
      distances[qi * k + t] = exact[t][0]
    }
  }

  /**
   * How far a float64 d² of the form ‖q‖² + ‖x‖² − 2 q·x (or a regrouped sum) can be from the exact
   * distance the final sort uses: generous (1e-12 relative to the squared norms) against the ~p·2⁻⁵³ that
   * rounding can reach, so near-ties are settled by the exact distances and the training row.
   */
  private margin(q: Float64Array, qo: number): number {
    let qn = 0
    for (let j = 0; j < this.p; j++) qn += q[qo + j] * q[qo + j]
    return 1e-12 * (qn + this.maxNormSq + 1)
  }

  private useTfjs(m: number): boolean {
    const o = this.options
    if (o.search === 'js') return false
    const backend = tf.getBackend() // null when no backend was started: never starts one
    if (!backend) return false
    if (o.search === 'tfjs') return true
    return !this.index && FAST_BACKENDS.has(backend) && m * this.n * this.p >= TFJS_MIN_MACS
  }

  /**
   * Euclidean search with the dot products q·x as float32 matrix products on TF.js, exact anyway:
   * d² ≈ ‖q‖² + ‖x‖² − 2 q·x is off by at most ε = 2(p + 3)·2⁻²⁴·‖q‖‖x‖ (rounding of the inputs and
   * of any summation order), so every row with approximate d² ≤ (k-th smallest) + 2ε_max is a
   * candidate — a set that holds the true k nearest — and the candidates' distances are then
   * computed exactly in float64 and sorted (ties by training row).
   */
  private kneighborsTf(Q: Matrix, control?: RunControl): { indices: Int32Array; distances: Float64Array } {
    const { n, p, norms, Xc } = this
    const k = this.options.k
    const m = Q.rows
    const indices = new Int32Array(m * k)
    const distances = new Float64Array(m * k)
    const maxNorm = Math.sqrt(this.maxNormSq)
    const rel = 2 * (p + 3) * 2 ** -24 * 1.01
    // Xᵀ (p × n) row-major is the column-major copy; the same tensor for every block, so the
    // backend packs it once
    const xt = tf.tensor2d(Float32Array.from(Xc), [p, n])
    // query blocks of ≤ 16M products' worth of float32 results
    const B = Math.max(1, Math.min(m, Math.floor((1 << 24) / n)))
    const qb32 = new Float32Array(B * p)
    const bestD = new Float64Array(k), bestI = new Int32Array(k)
    const cand: number[] = []
    try {
      for (let q0 = 0; q0 < m; q0 += B) {
        checkCancel(control?.cancel)
        control?.onProgress?.(q0 / m, `neighbours ${q0}/${m}`)
        const b = Math.min(B, m - q0)
        for (let t = 0; t < b * p; t++) qb32[t] = Q.data[q0 * p + t]
        const qt = tf.tensor2d(b === B ? qb32 : qb32.subarray(0, b * p), [b, p])
        const prod = tf.matMul(qt, xt)
        const dots = prod.dataSync() as Float32Array
        qt.dispose(); prod.dispose()
        for (let r = 0; r < b; r++) {
          const qi = q0 + r, qo = qi * p, ro = r * n
          let qn = 0
          for (let j = 0; j < p; j++) { const v = Q.data[qo + j]; qn += v * v }
          bestD.fill(Infinity)
          let worst = Infinity
          for (let i = 0; i < n; i++) {
            const d = qn + norms[i] - 2 * dots[ro + i]
            if (d < worst) worst = insert(bestD, bestI, k, d, i)
          }
          const limit = worst + 2 * rel * Math.sqrt(qn) * maxNorm + 1e-12 * (qn + this.maxNormSq + 1)
          cand.length = 0
          for (let i = 0; i < n; i++) if (qn + norms[i] - 2 * dots[ro + i] <= limit) cand.push(i)
          this.rankExact(Q.data, qi, cand, indices, distances)
        }
      }
    } finally {
      xt.dispose()
    }
    return { indices, distances }
  }

  private distance(q: Float64Array, qo: number, i: number): number {
    const { p, X } = this
    const xo = i * p
    const metric = this.effectiveMetric
    let d = 0
    if (metric === 'euclidean') {
      for (let j = 0; j < p; j++) { const t = q[qo + j] - X[xo + j]; d += t * t }
      return Math.sqrt(d)
    }
    if (metric === 'manhattan') {
      for (let j = 0; j < p; j++) d += Math.abs(q[qo + j] - X[xo + j])
      return d
    }
    for (let j = 0; j < p; j++) d += Math.abs(q[qo + j] - X[xo + j]) ** this.options.p
    return d ** (1 / this.options.p)
  }

  predictProba(X: Matrix, control?: RunControl): Float64Array {
    const k = this.options.k
    const { indices, distances } = this.kneighbors(X, control)
    const out = new Float64Array(X.rows)
    for (let q = 0; q < X.rows; q++) {
      if (this.options.weights === 'uniform') {
        let s = 0
        for (let t = 0; t < k; t++) s += this.y[indices[q * k + t]]
        out[q] = s / k
      } else {
        // sklearn: 1/d weights; if any neighbour is at distance 0, only those count
        let zero = 0, zpos = 0
        for (let t = 0; t < k; t++) if (distances[q * k + t] === 0) { zero++; zpos += this.y[indices[q * k + t]] }
        if (zero > 0) out[q] = zpos / zero
        else {
          let sw = 0, sp = 0
          for (let t = 0; t < k; t++) {
            const w = 1 / distances[q * k + t]
            sw += w
            sp += w * this.y[indices[q * k + t]]
          }
          out[q] = sp / sw
        }
      }
    }
    return out
  }

  predict(X: Matrix): Uint8Array {
    // majority vote; a tie goes to class 0 (sklearn's argmax takes the first class)
    return Uint8Array.from(this.predictProba(X), (v) => (v > 0.5 ? 1 : 0))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: { n: this.n, p: this.p, X: encodeFloat64(this.X), y: Array.from(this.y) },
      containsTrainingRows: true,
    }
  }

  static load(json: EstimatorJSON): KNeighborsClassifier {
    const m = new KNeighborsClassifier(json.params as Partial<KnnOptions>)
    const s = json.state as { n?: number; p?: number; X?: string; y?: number[] }
    if (typeof s?.X !== 'string' || !Array.isArray(s.y) || typeof s.n !== 'number' || typeof s.p !== 'number') throw new Error('knn model JSON is missing "X", "y", "n" or "p"')
    m.n = s.n
    m.p = s.p
    m.X = decodeFloat64(s.X)
    m.y = Uint8Array.from(s.y)
    if (m.X.length !== m.n * m.p || m.y.length !== m.n) throw new Error('knn model JSON: training rows do not match n × p')
    m.prepare()
    return m
  }
}

/** Insert (d, i) into the sorted k-best lists; returns the new worst distance. */
function insert(bestD: Float64Array, bestI: Int32Array, k: number, d: number, i: number): number {
  let t = k - 1
  while (t > 0 && bestD[t - 1] > d) {
    bestD[t] = bestD[t - 1]
    bestI[t] = bestI[t - 1]
    t--
  }
  bestD[t] = d
  bestI[t] = i
  return bestD[k - 1]
}

registerEstimator('knn', KNeighborsClassifier.load, stateWeights([
  { key: 'X', dtype: 'float64', as: 'base64', shape: (s) => [s.n as number, s.p as number] },
  { key: 'y', dtype: 'uint8', as: 'array', shape: (s) => [s.n as number] },
]))

/**
 * Exact pruning for Euclidean search. Training rows are grouped by their values on "key" columns
 * that take only two values in training (one-hot columns, flags): every row of a group shares the
 * same key part, so the key part of the distance is computed once per group and is a lower bound
 * for all its rows. Groups are visited from the nearest key part up, and a group (or the rest of
 * the search) is skipped as soon as that bound reaches the current k-th distance. Exact, because
 * only rows that cannot enter the k nearest are skipped.
 */
interface PatternIndex {
  keyCols: Int32Array
  restCols: Int32Array
  nPatterns: number
  /** key values, key-column-major (keyCols × patterns) */
  patterns: Float64Array
  patNorm: Float64Array
  /** rows of pattern g: order[start[g] .. start[g+1]) */
  start: Int32Array
  order: Int32Array
  /** rest-column values, rows in pattern order (n × restCols) */
  rest: Float64Array
  // per-query scratch
  partial: Float64Array
  bucketOf: Int32Array
  bucketStart: Int32Array
  sorted: Int32Array
  qKey: Float64Array
}

const N_BUCKETS = 64

function buildPatternIndex(X: Float64Array, n: number, p: number): PatternIndex | null {
  if (n < 256) return null
  const maxPatterns = Math.max(16, Math.floor(n / 8))
  const pid = new Int32Array(n)
  let nPat = 1
  const key: number[] = []
  for (let j = 0; j < p; j++) {
    // two-valued column?
    const a = X[j]
    let b = a, ok = true
    for (let i = 1; i < n; i++) {
      const v = X[i * p + j]
      if (v !== a) {
        if (b === a) b = v
        else if (v !== b) { ok = false; break }
      }
    }
    if (!ok || b === a) continue
    const ids = new Map<number, number>()
    const next = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      const code = pid[i] * 2 + (X[i * p + j] === a ? 0 : 1)
      let id = ids.get(code)
      if (id === undefined) { id = ids.size; ids.set(code, id) }
      next[i] = id
    }
    if (ids.size > maxPatterns) continue
    pid.set(next)
    nPat = ids.size
    key.push(j)
  }
  // The index pays off when most columns are keys: every visited row costs the rest columns
  // densely. With few keys (e.g. after SMOTE, whose interpolated rows make one-hot columns
  // fractional) the plain search over the query's non-zero columns is several times faster.
  if (key.length === 0 || (p - key.length) * 3 > p) return null
  const K = key.length
  const keyCols = Int32Array.from(key)
  const isKey = new Uint8Array(p)
  for (const j of key) isKey[j] = 1
  const restCols = Int32Array.from({ length: p }, (_, j) => j).filter((j) => !isKey[j])
  const R = restCols.length
  const start = new Int32Array(nPat + 1)
  for (let i = 0; i < n; i++) start[pid[i] + 1]++
  for (let g = 0; g < nPat; g++) start[g + 1] += start[g]
  const fill = start.slice(0, nPat)
  const order = new Int32Array(n)
  for (let i = 0; i < n; i++) order[fill[pid[i]]++] = i
  const patterns = new Float64Array(nPat * K)
  const patNorm = new Float64Array(nPat)
  for (let g = 0; g < nPat; g++) {
    const i = order[start[g]]
    let s = 0
    for (let t = 0; t < K; t++) {
      const v = X[i * p + keyCols[t]]
      patterns[t * nPat + g] = v
      s += v * v
    }
    patNorm[g] = s
  }
  const rest = new Float64Array(n * R)
  for (let r = 0; r < n; r++) {
    const i = order[r]
    for (let t = 0; t < R; t++) rest[r * R + t] = X[i * p + restCols[t]]
  }
  return {
    keyCols, restCols, nPatterns: nPat, patterns, patNorm, start, order, rest,
    partial: new Float64Array(nPat), bucketOf: new Int32Array(nPat), bucketStart: new Int32Array(N_BUCKETS + 1), sorted: new Int32Array(nPat), qKey: new Float64Array(K),
  }
}

/** Returns the candidates: every row whose d² is within `margin` of the k-th best (rounding of the regrouped sums). */
function searchPatternIndex(ix: PatternIndex, q: Float64Array, qo: number, _p: number, k: number, bestD: Float64Array, bestI: Int32Array, margin: number): number[] {
  const { keyCols, restCols, nPatterns: P, patterns, patNorm, start, order, rest, partial, bucketOf, bucketStart, sorted, qKey } = ix
  const K = keyCols.length, R = restCols.length
  let qn = 0
  for (let t = 0; t < K; t++) { const v = q[qo + keyCols[t]]; qKey[t] = v; qn += v * v }
  let lo = Infinity, hi = -Infinity
  // q·pattern over the query's non-zero key values only (patterns stored key-column-major)
  partial.fill(0)
  for (let t = 0; t < K; t++) {
    const v = qKey[t]
    if (v === 0) continue
    const o = t * P
    for (let g = 0; g < P; g++) partial[g] += v * patterns[o + g]
  }
  for (let g = 0; g < P; g++) {
    const d = Math.max(0, qn + patNorm[g] - 2 * partial[g])
    partial[g] = d
    if (d < lo) lo = d
    if (d > hi) hi = d
  }
  // bucket the groups by their key distance (approximately nearest first)
  const w = hi > lo ? (hi - lo) / N_BUCKETS : 1
  bucketStart.fill(0)
  for (let g = 0; g < P; g++) {
    const b = Math.min(N_BUCKETS - 1, Math.floor((partial[g] - lo) / w))
    bucketOf[g] = b
    bucketStart[b + 1]++
  }
  for (let b = 0; b < N_BUCKETS; b++) bucketStart[b + 1] += bucketStart[b]
  const fillB = bucketStart.slice(0, N_BUCKETS)
  for (let g = 0; g < P; g++) sorted[fillB[bucketOf[g]]++] = g
  const qr = new Float64Array(R)
  for (let t = 0; t < R; t++) qr[t] = q[qo + restCols[t]]
  let worst = Infinity
  const candI: number[] = [], candD: number[] = []
  for (let b = 0; b < N_BUCKETS; b++) {
    if (lo + b * w > worst + margin) break
    for (let s = bucketStart[b]; s < bucketStart[b + 1]; s++) {
      const g = sorted[s]
      const base = partial[g]
      if (base > worst + margin) continue
      for (let r = start[g]; r < start[g + 1]; r++) {
        let d = base
        const o = r * R
        for (let t = 0; t < R; t++) {
          const diff = qr[t] - rest[o + t]
          d += diff * diff
          if (d > worst + margin) break
        }
        if (d <= worst + margin) { candI.push(order[r]); candD.push(d) }
        if (d < worst) worst = insert(bestD, bestI, k, d, order[r])
      }
    }
  }
  const out: number[] = []
  for (let c = 0; c < candI.length; c++) if (candD[c] <= worst + margin) out.push(candI[c])
  return out
}
