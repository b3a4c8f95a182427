/**
 * Least-squares regression trees for the uplift learners' continuous stages (spend as outcome, the
 * X-learner's imputed effects): gradient boosting (squared loss, as scikit-learn's
 * HistGradientBoostingRegressor without early stopping) and a random forest of regression trees
 * (bootstrap + feature sampling, as RandomForestRegressor). Features are binned once with the
 * classifiers' quantile bins; each tree is grown depth-first to `maxDepth`, a split scored by the
 * reduction of the sum of squares (G_L²/n_L + G_R²/n_R − G²/n).
 */
import type { Matrix } from '../core/matrix'
import { stateWeights } from '../core/weights'
import { Rng } from '../core/random'
import { checkCancel, type RunControl } from '../core/progress'
import { registerEstimator, encodeFloat64, decodeFloat64, type EstimatorJSON, type Regressor } from '../core/estimator'
import { fitBins, applyBins, type Bins } from '../estimators/_shared/binning'
import { FLAT_TREE_WEIGHTS, treeLeafValue } from '../estimators/_shared/cart'
import type { TreeEnsembleView } from '../estimators/_shared/compiled'
import { encodeInt32, decodeInt32, GrowF64, GrowI32, checkFinite } from '../estimators/_shared/util'

interface Forest {
  feature: GrowI32
  threshold: GrowF64
  left: GrowI32
  right: GrowI32
  value: GrowF64
}

interface GrowOptions {
  maxDepth: number
  minSamplesLeaf: number
  /** features tried per split (all when ≥ p) */
  maxFeatures: number
  /** L2 on leaf values (boosting) */
  l2: number
}

/** One least-squares tree on (binned) rows `rows` with per-row weights; returns its root. */
function growTree(binned: Uint8Array, n: number, p: number, bins: Bins, target: Float64Array, weight: Float64Array, rows: Int32Array,
  o: GrowOptions, rng: Rng, out: Forest, valueScale: number): number {
  const hist = new Float64Array(256 * 2)
  const feats = Int32Array.from({ length: p }, (_, j) => j)
  const node = (v: number): number => {
    out.feature.push(-1); out.threshold.push(0); out.left.push(-1); out.right.push(-1)
    return out.value.push(v)
  }
  const grow = (lo: number, hi: number, depth: number): number => {
    let G = 0, W = 0
    for (let k = lo; k < hi; k++) { const i = rows[k]; G += weight[i] * target[i]; W += weight[i] }
    const id = node((valueScale * G) / (W + o.l2))
    if (depth >= o.maxDepth || hi - lo < 2 * o.minSamplesLeaf) return id
    let best = 0, bf = -1, bb = -1
    const nTry = Math.min(p, o.maxFeatures)
    if (nTry < p) rng.shuffle(feats)
    const base = (G * G) / (W + o.l2)
    for (let q = 0; q < nTry; q++) {
      const f = feats[q]
      const nb = bins.nBins[f]
      if (nb < 2) continue
      hist.fill(0, 0, nb * 2)
      const col = f * n
      for (let k = lo; k < hi; k++) {
        const i = rows[k]
        const b = binned[col + i] * 2
        hist[b] += weight[i] * target[i]
        hist[b + 1] += weight[i]
      }
      let GL = 0, WL = 0
      for (let b = 0; b < nb - 1; b++) {
        GL += hist[2 * b]; WL += hist[2 * b + 1]
        const WR = W - WL
        // bootstrap weights count a row once per draw, as scikit-learn's sample weights do
        if (WL < o.minSamplesLeaf) continue
        if (WR < o.minSamplesLeaf) break
        const GR = G - GL
        const gain = (GL * GL) / (WL + o.l2) + (GR * GR) / (WR + o.l2) - base
        if (gain > best + 1e-12) { best = gain; bf = f; bb = b }
      }
    }
    if (bf < 0) return id
    // partition rows[lo, hi) by bin <= bb
    let i = lo, j = hi - 1
    const col = bf * n
    while (i <= j) {
      if (binned[col + rows[i]] <= bb) i++
      else { const t = rows[i]; rows[i] = rows[j]; rows[j] = t; j-- }
    }
    const l = grow(lo, i, depth + 1)
    const r = grow(i, hi, depth + 1)
    out.feature.a[id] = bf
    out.threshold.a[id] = bins.thresholds[bf][bb]
    out.left.a[id] = l
    out.right.a[id] = r
    return id
  }
  return grow(0, rows.length, 0)
}

abstract class TreeEnsembleRegressor implements Regressor {
  abstract readonly kind: string
  protected nFeatures = -1
  protected baseline = 0
  protected roots: Int32Array = new Int32Array(0)
  protected arrays: { feature: Int32Array; threshold: Float64Array; left: Int32Array; right: Int32Array; value: Float64Array } = {
    feature: new Int32Array(0), threshold: new Float64Array(0), left: new Int32Array(0), right: new Int32Array(0), value: new Float64Array(0),
  }
  /** boosting sums the trees; a forest averages them */
  protected abstract readonly average: boolean

  abstract fit(X: Matrix, y: Float64Array, control?: RunControl): void

  protected store(out: Forest, roots: number[]): void {
    this.roots = Int32Array.from(roots)
    this.arrays = { feature: out.feature.done(), threshold: out.threshold.done(), left: out.left.done(), right: out.right.done(), value: out.value.done() }
  }

  /** The trees and how they add up (sum or mean of the leaves, then the baseline), for compiled scoring. */
  treeEnsemble(): TreeEnsembleView {
    return { nFeatures: this.nFeatures, roots: this.roots, ...this.arrays, start: 0, divisor: this.average ? this.roots.length : 1, offset: this.baseline, link: 'identity' }
  }

  predict(X: Matrix): Float64Array {
    if (this.nFeatures < 0) throw new Error(`${this.kind}: not fitted`)
    if (X.cols !== this.nFeatures) throw new RangeError(`${this.kind}: X has ${X.cols} columns but the model was fitted on ${this.nFeatures}`)
    const out = new Float64Array(X.rows)
    const T = this.roots.length
    for (let i = 0; i < X.rows; i++) {
      let s = 0
      for (let t = 0; t < T; t++) s += treeLeafValue(this.arrays, this.roots[t], X.data, i * X.cols)
      out[i] = this.baseline + (this.average ? s / T : s)
    }
    return out
  }

  protected stateJSON(): Record<string, unknown> {
    return {
      nFeatures: this.nFeatures, baseline: this.baseline, roots: encodeInt32(this.roots),
      feature: encodeInt32(this.arrays.feature), threshold: encodeFloat64(this.arrays.threshold),
      left: encodeInt32(this.arrays.left), right: encodeInt32(this.arrays.right), value: encodeFloat64(this.arrays.value),
    }
  }

  protected loadState(s: Record<string, unknown>): void {
    this.nFeatures = s.nFeatures as number
    this.baseline = s.baseline as number
    this.roots = decodeInt32(s.roots as string)
    this.arrays = {
      feature: decodeInt32(s.feature as string), threshold: decodeFloat64(s.threshold as string),
      left: decodeInt32(s.left as string), right: decodeInt32(s.right as string), value: decodeFloat64(s.value as string),
    }
  }

  abstract toJSON(): EstimatorJSON
}

const newForest = (): Forest => ({ feature: new GrowI32(1024), threshold: new GrowF64(1024), left: new GrowI32(1024), right: new GrowI32(1024), value: new GrowF64(1024) })

function checkY(X: Matrix, y: Float64Array, model: string): void {
  if (X.rows !== y.length) throw new RangeError(`${model}: X has ${X.rows} rows but y has ${y.length} values`)
  if (X.rows < 2) throw new RangeError(`${model}: needs at least 2 training rows`)
  for (let i = 0; i < y.length; i++) if (!Number.isFinite(y[i])) throw new RangeError(`${model}: target at row ${i} is not a finite number`)
  checkFinite(X, model)
}

export interface GbtRegressorOptions { learningRate: number; maxIter: number; maxDepth: number; minSamplesLeaf: number; l2Regularization: number; maxBins: number; seed: number }
export const defaultGbtRegressorOptions: GbtRegressorOptions = { learningRate: 0.1, maxIter: 100, maxDepth: 5, minSamplesLeaf: 20, l2Regularization: 0, maxBins: 255, seed: 42 }

/** Gradient boosting with squared loss: each tree fits the residuals, shrunk by the learning rate. */
export class GbtRegressor extends TreeEnsembleRegressor {
  readonly kind = 'gbt-regressor'
  readonly options: GbtRegressorOptions
  protected readonly average = false
  constructor(options: Partial<GbtRegressorOptions> = {}) {
    super()
    this.options = { ...defaultGbtRegressorOptions, ...options }
  }

  fit(X: Matrix, y: Float64Array, control?: RunControl): void {
    checkY(X, y, 'Gradient boosting regressor')
    const o = this.options
    const n = X.rows, p = X.cols
    const rng = new Rng(o.seed)
    const bins = fitBins(X, o.maxBins, o.seed)
    const binned = applyBins(X, bins, true)
    let mean = 0
    for (let i = 0; i < n; i++) mean += y[i]
    mean /= n
    const pred = new Float64Array(n).fill(mean)
    const resid = new Float64Array(n)
    const w = new Float64Array(n).fill(1)
    const out = newForest()
    const roots: number[] = []
    const rows = Int32Array.from({ length: n }, (_, i) => i)
    for (let it = 0; it < o.maxIter; it++) {
      checkCancel(control?.cancel)
      for (let i = 0; i < n; i++) resid[i] = y[i] - pred[i]
      const start = out.value.n
      const root = growTree(binned, n, p, bins, resid, w, rows, { maxDepth: o.maxDepth, minSamplesLeaf: o.minSamplesLeaf, maxFeatures: p, l2: o.l2Regularization }, rng, out, o.learningRate)
      roots.push(root)
      // update predictions from the new tree's leaves (rows were permuted in place; walk each row)
      const arr = { feature: out.feature.a, threshold: out.threshold.a, left: out.left.a, right: out.right.a, value: out.value.a }
      for (let i = 0; i < n; i++) pred[i] += treeLeafValue(arr, root, X.data, i * p)
      control?.onProgress?.((it + 1) / o.maxIter)
      if (out.value.n === start + 1) break // a single leaf: nothing left to learn
    }
    this.nFeatures = p
    this.baseline = mean
    this.store(out, roots)
  }

  toJSON(): EstimatorJSON {
    return { kind: this.kind, params: { ...this.options }, state: this.stateJSON() }
  }

  static load(json: EstimatorJSON): GbtRegressor {
    if (json.kind !== 'gbt-regressor') throw new Error(`Expected a gbt-regressor model, got "${json.kind}"`)
    const m = new GbtRegressor(json.params as Partial<GbtRegressorOptions>)
    m.loadState(json.state)
    return m
  }
}

export interface ForestRegressorOptions { nEstimators: number; maxDepth: number; minSamplesLeaf: number; maxFeatures: number; maxBins: number; seed: number }
export const defaultForestRegressorOptions: ForestRegressorOptions = { nEstimators: 100, maxDepth: 12, minSamplesLeaf: 5, maxFeatures: 1 / 3, maxBins: 255, seed: 42 }

/** Random forest of least-squares trees: bootstrap counts as weights, a share of features per split. */
export class ForestRegressor extends TreeEnsembleRegressor {
  readonly kind = 'rf-regressor'
  readonly options: ForestRegressorOptions
  protected readonly average = true
  constructor(options: Partial<ForestRegressorOptions> = {}) {
    super()
    this.options = { ...defaultForestRegressorOptions, ...options }
  }

  fit(X: Matrix, y: Float64Array, control?: RunControl): void {
    checkY(X, y, 'Random forest regressor')
    const o = this.options
    const n = X.rows, p = X.cols
    const rng = new Rng(o.seed)
    const bins = fitBins(X, o.maxBins, o.seed)
    const binned = applyBins(X, bins, true)
    const out = newForest()
    const roots: number[] = []
    const mf = o.maxFeatures < 1 ? Math.max(1, Math.floor(o.maxFeatures * p)) : Math.min(p, Math.floor(o.maxFeatures))
    const w = new Float64Array(n)
    for (let t = 0; t < o.nEstimators; t++) {
      checkCancel(control?.cancel)
      w.fill(0)
      for (let k = 0; k < n; k++) w[rng.int(n)]++
      const rows: number[] = []
      for (let i = 0; i < n; i++) if (w[i] > 0) rows.push(i)
      roots.push(growTree(binned, n, p, bins, y, w, Int32Array.from(rows), { maxDepth: o.maxDepth, minSamplesLeaf: o.minSamplesLeaf, maxFeatures: mf, l2: 0 }, rng, out, 1))
      control?.onProgress?.((t + 1) / o.nEstimators)
    }
    this.nFeatures = p
    this.baseline = 0
    this.store(out, roots)
  }

  toJSON(): EstimatorJSON {
    return { kind: this.kind, params: { ...this.options }, state: this.stateJSON() }
  }

  static load(json: EstimatorJSON): ForestRegressor {
    if (json.kind !== 'rf-regressor') throw new Error(`Expected an rf-regressor model, got "${json.kind}"`)
    const m = new ForestRegressor(json.params as Partial<ForestRegressorOptions>)
    m.loadState(json.state)
    return m
  }
}

const treeWeights = stateWeights([...FLAT_TREE_WEIGHTS])
registerEstimator('gbt-regressor', GbtRegressor.load, treeWeights)
registerEstimator('rf-regressor', ForestRegressor.load, treeWeights)
