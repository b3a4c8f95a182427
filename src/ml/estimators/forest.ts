import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { stateWeights } from '../core/weights'
import { checkCancel, type RunControl } from '../core/progress'
import { registerEstimator, encodeFloat64, decodeFloat64, type Classifier, type EstimatorJSON } from '../core/estimator'
import { fitBins, applyBins } from './_shared/binning'
import { CartScratch, FLAT_TREE_WEIGHTS, addPackedTree, growCart, newTreeArrays, packTrees, treeLeafValue, type PackedTrees } from './_shared/cart'
import type { TreeEnsembleView } from './_shared/compiled'
import { checkFitInput, checkPredictInput, checkInt, checkNum, threshold, encodeInt32, decodeInt32, driveSteps, driveStepsSync } from './_shared/util'

export type MaxFeatures = 'sqrt' | 'log2' | 'all' | number

export interface RandomForestOptions {
  /** number of trees (sklearn n_estimators) */
  nEstimators: number
  /** features tried per split: 'sqrt' (default), 'log2', 'all', an integer count, or a fraction in (0, 1) */
  maxFeatures: MaxFeatures
  bootstrap: boolean
  /** null = grow until pure (sklearn None) */
  maxDepth: number | null
  minSamplesLeaf: number
  minSamplesSplit: number
  /** bins per feature for split search (exact CART for features with ≤ maxBins distinct values) */
  maxBins: number
  seed: number
}

export const defaultRandomForestOptions: RandomForestOptions = {
  nEstimators: 100, maxFeatures: 'sqrt', bootstrap: true, maxDepth: null, minSamplesLeaf: 1, minSamplesSplit: 2, maxBins: 255, seed: 42,
}

function validate(o: RandomForestOptions): void {
  checkInt('Random forest: nEstimators', o.nEstimators, 1, 10_000)
  if (o.maxDepth !== null) checkInt('Random forest: maxDepth', o.maxDepth, 1)
  checkInt('Random forest: minSamplesLeaf', o.minSamplesLeaf, 1)
  checkInt('Random forest: minSamplesSplit', o.minSamplesSplit, 2)
  checkInt('Random forest: maxBins', o.maxBins, 2, 256)
  checkInt('Random forest: seed', o.seed, 0)
  if (typeof o.maxFeatures === 'number') checkNum('Random forest: maxFeatures', o.maxFeatures, 0, Infinity, true)
  else if (!['sqrt', 'log2', 'all'].includes(o.maxFeatures)) throw new MessageError('ml.error.forestMaxFeatures', { name: 'Random forest: maxFeatures', value: String(o.maxFeatures) })
}

export function resolveMaxFeatures(m: MaxFeatures, p: number): number {
  if (m === 'sqrt') return Math.max(1, Math.floor(Math.sqrt(p)))
  if (m === 'log2') return Math.max(1, Math.floor(Math.log2(p)))
  if (m === 'all') return p
  if (m < 1) return Math.max(1, Math.floor(m * p))
  return Math.min(p, Math.floor(m))
}

/**
 * Random forest of gini CART trees (scikit-learn RandomForestClassifier): bootstrap rows as
 * per-row counts, `maxFeatures` features per split, probability = mean over trees of the leaf's
 * (bootstrap-weighted) share of positives. Splits are searched on up to 255 quantile bins.
 */
export class RandomForestClassifier implements Classifier {
  readonly kind = 'rf'
  readonly options: RandomForestOptions
  private nFeatures = -1
  private roots: Int32Array = new Int32Array(0)
  private feature: Int32Array = new Int32Array(0)
  private threshold: Float64Array = new Float64Array(0)
  private left: Int32Array = new Int32Array(0)
  private right: Int32Array = new Int32Array(0)
  private value: Float64Array = new Float64Array(0)
  /** the nodes packed for prediction, built on first use (tied to the node arrays they came from) */
  private packed: { source: Int32Array; trees: PackedTrees | null } | undefined
  /** normalised mean decrease in impurity per feature (sums to 1) */
  featureImportances: Float64Array = new Float64Array(0)

  constructor(options: Partial<RandomForestOptions> = {}) {
    this.options = { ...defaultRandomForestOptions, ...options }
    validate(this.options)
  }

  fit(X: Matrix, y: Uint8Array, control?: RunControl): Promise<void> {
    return driveSteps(this.fitSteps(X, y, control))
  }

  fitSync(X: Matrix, y: Uint8Array, control?: RunControl): void {
    driveStepsSync(this.fitSteps(X, y, control))
  }

  private *fitSteps(X: Matrix, y: Uint8Array, control?: RunControl): Generator<void> {
    checkFitInput(X, y, 'Random forest')
    const o = this.options
    const n = X.rows, p = X.cols
    const bins = fitBins(X, o.maxBins, o.seed)
    const binned = applyBins(X, bins, true)
    const mtry = resolveMaxFeatures(o.maxFeatures, p)
    const rng = new Rng(o.seed)
    const arr = newTreeArrays()
    const roots = new Int32Array(o.nEstimators)
    const imp = new Float64Array(p)
    const weight = new Int32Array(n)
    const scratch = new CartScratch(n)
    for (let t = 0; t < o.nEstimators; t++) {
      checkCancel(control?.cancel)
      const trng = rng.fork()
      weight.fill(0)
      if (o.bootstrap) for (let k = 0; k < n; k++) weight[trng.int(n)] += 1
      else weight.fill(1)
      let m = 0
      for (let i = 0; i < n; i++) if (weight[i] > 0) m++
      const rows = new Int32Array(m)
      m = 0
      for (let i = 0; i < n; i++) if (weight[i] > 0) rows[m++] = i
      roots[t] = growCart({
        binned, n, p, nBins: bins.nBins, thresholds: bins.thresholds, y, weight, rows, maxFeatures: mtry,
        maxDepth: o.maxDepth ?? Infinity, minSamplesLeaf: o.minSamplesLeaf, minSamplesSplit: o.minSamplesSplit, rng: trng, scratch,
      }, arr, imp)
      control?.onProgress?.((t + 1) / o.nEstimators, `tree ${t + 1}/${o.nEstimators}`)
      yield
    }
    let s = 0
    for (let j = 0; j < p; j++) s += imp[j]
    if (s > 0) for (let j = 0; j < p; j++) imp[j] /= s
    this.nFeatures = p
    this.roots = roots
    this.feature = arr.feature.done(); this.threshold = arr.threshold.done(); this.left = arr.left.done(); this.right = arr.right.done(); this.value = arr.value.done()
    this.featureImportances = imp
  }

  get nodeCount(): number { return this.feature.length }

  /** The trees and how they add up (the mean of the leaves' P(y = 1)), for compiled scoring. */
  treeEnsemble(): TreeEnsembleView {
    return { nFeatures: this.nFeatures, roots: this.roots, feature: this.feature, threshold: this.threshold, left: this.left, right: this.right, value: this.value, start: 0, divisor: this.roots.length, offset: 0, link: 'identity' }
  }

  predictProba(X: Matrix): Float64Array {
    checkPredictInput(X, this.nFeatures, 'Random forest')
    const out = new Float64Array(X.rows)
    const arr = { feature: this.feature, threshold: this.threshold, left: this.left, right: this.right, value: this.value }
    const T = this.roots.length
    if (this.packed === undefined || this.packed.source !== this.feature) this.packed = { source: this.feature, trees: packTrees(arr) }
    const packed = this.packed.trees
    // tree-major order keeps one tree's nodes in cache while all rows go through it
    for (let t = 0; t < T; t++) {
      const root = this.roots[t]
      if (packed) addPackedTree(packed, root, X.data, X.rows, X.cols, out)
      else for (let i = 0; i < X.rows; i++) out[i] += treeLeafValue(arr, root, X.data, i * X.cols)
    }
    for (let i = 0; i < X.rows; i++) out[i] /= T
    return out
  }

  predict(X: Matrix): Uint8Array {
    return threshold(this.predictProba(X))
  }

  toJSON(): EstimatorJSON {
    return {
      kind: this.kind,
      params: { ...this.options },
      state: {
        nFeatures: this.nFeatures, roots: encodeInt32(this.roots), feature: encodeInt32(this.feature), threshold: encodeFloat64(this.threshold),
        left: encodeInt32(this.left), right: encodeInt32(this.right), value: encodeFloat64(this.value), featureImportances: encodeFloat64(this.featureImportances),
      },
    }
  }

  static load(json: EstimatorJSON): RandomForestClassifier {
    if (json.kind !== 'rf') throw new Error(`Random forest: cannot load a model of kind "${json.kind}"`)
    const m = new RandomForestClassifier(json.params as Partial<RandomForestOptions>)
    const s = json.state as Record<string, string | number>
    for (const k of ['nFeatures', 'roots', 'feature', 'threshold', 'left', 'right', 'value']) {
      if (s[k] === undefined) throw new Error(`Random forest: model JSON is missing state.${k}`)
    }
    m.nFeatures = s.nFeatures as number
    m.roots = decodeInt32(s.roots as string)
    m.feature = decodeInt32(s.feature as string)
    m.threshold = decodeFloat64(s.threshold as string)
    m.left = decodeInt32(s.left as string)
    m.right = decodeInt32(s.right as string)
    m.value = decodeFloat64(s.value as string)
    m.featureImportances = s.featureImportances ? decodeFloat64(s.featureImportances as string) : new Float64Array(m.nFeatures)
    return m
  }
}

registerEstimator('rf', RandomForestClassifier.load, stateWeights([
  ...FLAT_TREE_WEIGHTS,
  { key: 'featureImportances', dtype: 'float64', as: 'base64', optional: true, shape: (s) => [s.nFeatures as number] },
]))
