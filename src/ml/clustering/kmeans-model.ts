/** The k-means estimator: feature transform + centres, saved and loaded like every estimator. */
import type { Message } from '../core/message'
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import type { RunControl } from '../core/progress'
import type { Clusterer, EstimatorJSON } from '../core/estimator'
import { decodeFloat64, encodeFloat64, registerEstimator } from '../core/estimator'
import type { FeatureTransform, LogMode } from './transform'
import { applyTransform, assertFinite, fitTransform } from './transform'
import { sqDist, type KMeansStep } from './kmeans-kernels'
import { assignLabels, defaultKMeansOptions, kmeansSteps, runSteps, validateKMeansOptions, type KMeansFit, type KMeansOptions } from './kmeans-fit'

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
  warnings: Message[] = []

  constructor(options: Partial<KMeansOptions> = {}) {
    this.options = { ...defaultKMeansOptions, ...options }
    validateKMeansOptions(this.options)
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

registerEstimator('kmeans', KMeansModel.load, stateWeights([
  { key: 'centers', dtype: 'float64', as: 'base64', shape: (s, _i, params) => (Array.isArray(s.featureNames) ? [params.k as number, s.featureNames.length] : undefined) },
]))
