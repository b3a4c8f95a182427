/**
 * k-nearest neighbours classifier (brute force, like scikit-learn's algorithm='brute').
 * Euclidean distances use ‖q‖² + ‖x‖² − 2 q·x with the training set stored column-major and only
 * the query's non-zero columns visited — one-hot rows are mostly zeros, so this does a fraction of
 * the dense work. The k winners' distances are then recomputed exactly.
 */
import type { Matrix } from '../core/matrix'
import type { Classifier, EstimatorJSON } from '../core/estimator'
import { registerEstimator, encodeFloat64, decodeFloat64 } from '../core/estimator'
import { checkCancel, type RunControl } from '../core/progress'

export interface KnnOptions {
  k: number
  weights: 'uniform' | 'distance'
  metric: 'euclidean' | 'manhattan' | 'minkowski'
  /** Minkowski power (metric 'minkowski'); p = 2 is Euclidean, 1 Manhattan */
  p: number
}

export const defaultKnnOptions: KnnOptions = { k: 5, weights: 'uniform', metric: 'euclidean', p: 2 }

export class KNeighborsClassifier implements Classifier {
  readonly kind = 'knn'
  readonly options: KnnOptions
  private X: Float64Array = new Float64Array(0)
  /** column-major copy for the dot-product path */
  private Xc: Float64Array = new Float64Array(0)
  private norms: Float64Array = new Float64Array(0)
  private y: Uint8Array = new Uint8Array(0)
  private n = 0
  private p = 0

  constructor(options: Partial<KnnOptions> = {}) {
    const o = { ...defaultKnnOptions, ...options }
    if (!Number.isInteger(o.k) || o.k < 1) throw new RangeError(`KNN k must be a positive integer, got ${o.k}`)
    if (o.weights !== 'uniform' && o.weights !== 'distance') throw new RangeError(`KNN weights must be "uniform" or "distance", got "${String(o.weights)}"`)
    if (!['euclidean', 'manhattan', 'minkowski'].includes(o.metric)) throw new RangeError(`KNN metric must be euclidean, manhattan or minkowski, got "${String(o.metric)}"`)
    if (!(o.p >= 1)) throw new RangeError(`KNN Minkowski p must be ≥ 1, got ${o.p}`)
    this.options = o
  }

  private get effectiveMetric(): 'euclidean' | 'manhattan' | 'minkowski' {
    const o = this.options
    if (o.metric === 'minkowski') return o.p === 2 ? 'euclidean' : o.p === 1 ? 'manhattan' : 'minkowski'
    return o.metric
  }

  fit(X: Matrix, y: Uint8Array): void {
    if (X.rows !== y.length) throw new RangeError(`fit: ${X.rows} rows but ${y.length} labels`)
    if (this.options.k > X.rows) throw new RangeError(`KNN k = ${this.options.k} is more than the ${X.rows} training rows: choose k ≤ ${X.rows}`)
    this.n = X.rows
    this.p = X.cols
    this.X = Float64Array.from(X.data)
    this.y = Uint8Array.from(y)
    this.prepare()
  }

  private prepare(): void {
    const { n, p, X } = this
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
    }
  }

  /** Indices (n_queries × k, nearest first) and exact distances of the k nearest training rows. */
  kneighbors(Q: Matrix, control?: RunControl): { indices: Int32Array; distances: Float64Array } {
    const { n, p, k } = { n: this.n, p: this.p, k: this.options.k }
    if (n === 0) throw new Error('KNN is not fitted')
    if (Q.cols !== p) throw new RangeError(`Model expects ${p} features, got ${Q.cols}`)
    const m = Q.rows
    const indices = new Int32Array(m * k)
    const distances = new Float64Array(m * k)
    const bestD = new Float64Array(k), bestI = new Int32Array(k)
    const metric = this.effectiveMetric
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
      if (metric === 'euclidean') {
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
      // exact distances of the winners, re-sorted (ties by training row)
      const exact: Array<[number, number]> = []
      for (let t = 0; t < k; t++) {
        const i = bestI[t]
        exact.push([this.distance(Q.data, qo, i), i])
      }
      exact.sort((a, b) => a[0] - b[0] || a[1] - b[1])
      for (let t = 0; t < k; t++) {
        indices[qi * k + t] = exact[t][1]
        distances[qi * k + t] = exact[t][0]
      }
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

registerEstimator('knn', KNeighborsClassifier.load)
