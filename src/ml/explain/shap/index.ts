/**
 * One SHAP entry point for every model: exact TreeSHAP for tree / forest / boosting, exact linear
 * SHAP for logistic regression, antithetic permutation sampling (with standard errors) for the
 * rest (KNN, SVM, MLP, votes). Values are reported per ORIGINAL column: the contributions of a
 * column's one-hot levels are summed (every explainer plays encoded columns, so the three methods share one definition).
 * Rows are explained in bounded chunks so a million-row export never holds all encoded rows.
 */
import { MessageError } from '../../core/message'
import type { Matrix } from '../../core/matrix'
import type { Classifier } from '../../core/estimator'
import { Rng } from '../../core/random'
import { checkCancel, subProgress, type RunControl } from '../../core/progress'
import type { Preprocessor } from '../../preprocessing/pipeline'
import { LogisticRegression } from '../../estimators/logistic'
import { treeEnsemble, isTreeModel, treeShapPath, treeShapInterventional, pathExpectedValue, backgroundExpectedValue, ensembleOutput, type TreeEnsemble } from './trees'
import { columnMeans, linearShap, linearExpectedValue } from './linear'
import { permutationShap } from './sampling'

export type ShapMethod = 'tree-path' | 'tree-interventional' | 'linear' | 'permutation'

export interface ShapOptions {
  /** 'auto': tree-path for tree models, linear for logistic regression, permutation otherwise */
  method: 'auto' | ShapMethod
  /**
   * Encoded background rows (training rows): E[x] for linear SHAP, the covers of forest / boosting
   * trees, the background sample for interventional and sampled SHAP (sampled down to backgroundSize).
   */
  background: Matrix | null
  backgroundSize: number
  /** antithetic permutation pairs per row for the sampler */
  pairs: number
  /** rows per chunk (memory bound) */
  chunkRows: number
  seed: number
}

export const defaultShapOptions: ShapOptions = { method: 'auto', background: null, backgroundSize: 100, pairs: 10, chunkRows: 2048, seed: 42 }

/** SHAP values of a block of rows, per original column. */
export interface ShapBlock {
  /** rows × columns.length */
  values: Float64Array
  /** standard errors (sampler only), rows × columns.length */
  se: Float64Array | null
  /** model output per row on the explained scale */
  output: Float64Array
  rows: number
}

export interface Explainer {
  method: ShapMethod
  /** the scale the values add up on */
  scale: 'probability' | 'logodds'
  /** original column names (the pipeline's feature groups) */
  columns: string[]
  expectedValue: number
  explain(X: Matrix, control?: RunControl): ShapBlock
}

function sampleRows(X: Matrix, k: number, seed: number): Matrix {
  if (X.rows <= k) return X
  const idx = new Rng(seed).sample(X.rows, k).slice().sort()
  const data = new Float64Array(k * X.cols)
  for (let t = 0; t < k; t++) data.set(X.data.subarray(idx[t] * X.cols, (idx[t] + 1) * X.cols), t * X.cols)
  return { rows: k, cols: X.cols, data }
}

/** Sum encoded-column contributions into original-column contributions. */
function sumGroups(v: Float64Array, rows: number, p: number, groupOf: Int32Array, G: number): Float64Array {
  const out = new Float64Array(rows * G)
  for (let i = 0; i < rows; i++) for (let j = 0; j < p; j++) out[i * G + groupOf[j]] += v[i * p + j]
  return out
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** Build the explainer a model calls for. */
export function makeExplainer(model: Classifier, pre: Preprocessor, options: Partial<ShapOptions> = {}): Explainer {
  const o = { ...defaultShapOptions, ...options }
  if (!(Number.isInteger(o.chunkRows) && o.chunkRows >= 1)) throw new MessageError('ml.error.int', { name: 'SHAP chunkRows', min: '1', value: String(o.chunkRows) })
  if (!(Number.isInteger(o.backgroundSize) && o.backgroundSize >= 1)) throw new MessageError('ml.error.int', { name: 'SHAP backgroundSize', min: '1', value: String(o.backgroundSize) })
  const p = pre.featureNames.length
  const groupOf = pre.groupOfColumn()
  const columns = pre.groups.map((g) => g.feature)
  const G = columns.length
  if (o.background && o.background.cols !== p) throw new RangeError(`SHAP background has ${o.background.cols} columns, the pipeline makes ${p}`)
  const method: ShapMethod = o.method !== 'auto' ? o.method : isTreeModel(model) ? 'tree-path' : model instanceof LogisticRegression ? 'linear' : 'permutation'
  const needBg = (): Matrix => {
    if (!o.background) throw new RangeError(`SHAP (${method}) needs background rows (the training data)`)
    return o.background
  }
  if (method === 'tree-path' || method === 'tree-interventional') {
    if (!isTreeModel(model)) throw new MessageError('ml.error.shapTree', { method, kind: model.kind })
    const e: TreeEnsemble = treeEnsemble(model, model.kind === 'tree' && method === 'tree-path' ? undefined : needBg())
    if (e.nFeatures !== p) throw new RangeError(`the model expects ${e.nFeatures} columns, the pipeline makes ${p}`)
    const bg = method === 'tree-interventional' ? sampleRows(needBg(), o.backgroundSize, o.seed) : null
    return {
      method, scale: e.output, columns,
      expectedValue: bg ? backgroundExpectedValue(e, bg) : pathExpectedValue(e),
      explain(X, control) {
        const v = bg ? treeShapInterventional(e, X, bg, control) : treeShapPath(e, X, control)
        const output = new Float64Array(X.rows)
        for (let i = 0; i < X.rows; i++) output[i] = ensembleOutput(e, X.data, i * p)
        return { values: sumGroups(v, X.rows, p, groupOf, G), se: null, output, rows: X.rows }
      },
    }
  }
  if (method === 'linear') {
    if (!(model instanceof LogisticRegression)) throw new MessageError('ml.error.shapLinear', { kind: model.kind })
    const means = columnMeans(needBg())
    const coef = model.coef, b = model.intercept
    return {
      method, scale: 'logodds', columns, expectedValue: linearExpectedValue(coef, b, means),
      explain(X) {
        const v = linearShap(coef, means, X)
        const output = new Float64Array(X.rows)
        for (let i = 0; i < X.rows; i++) output[i] = linearExpectedValue(coef, b, X.data.subarray(i * p, (i + 1) * p))
        return { values: sumGroups(v, X.rows, p, groupOf, G), se: null, output, rows: X.rows }
      },
    }
  }
  const bg = sampleRows(needBg(), o.backgroundSize, o.seed)
  // every encoded column is a player, summed per original column afterwards: the same definition
  // as the exact explainers (Shapley values of one-hot levels as a block would differ)
  const players = Array.from({ length: p }, (_, j) => Int32Array.of(j))
  const f = (X: Matrix): Float64Array => model.predictProba(X)
  const base = f(bg)
  let ev = 0
  for (let i = 0; i < base.length; i++) ev += base[i]
  ev /= base.length
  return {
    method, scale: 'probability', columns, expectedValue: ev,
    explain(X, control) {
      const r = permutationShap(f, X, bg, players, { pairs: o.pairs, seed: o.seed, outputOf: groupOf, outputs: G }, control)
      return { values: r.values, se: r.se, output: r.output, rows: X.rows }
    },
  }
}

/** Row source for streamed explanation: encoded rows [start, end). */
export type RowSource = (start: number, end: number) => Matrix

/**
 * Explain nRows rows chunk by chunk; `onChunk` gets each block with its first row index and may
 * write it out (exports), so memory stays at one chunk. Progress spans the whole run.
 */
export function explainStream(ex: Explainer, nRows: number, rows: RowSource, onChunk: (block: ShapBlock, start: number) => void, options: { chunkRows?: number } = {}, control?: RunControl): void {
  const chunk = options.chunkRows ?? defaultShapOptions.chunkRows
  for (let s = 0; s < nRows; s += chunk) {
    checkCancel(control?.cancel)
    const e = Math.min(nRows, s + chunk)
    const X = rows(s, e)
    if (X.rows !== e - s) throw new RangeError(`SHAP row source returned ${X.rows} rows for [${s}, ${e})`)
    const sub = subProgress(control?.onProgress, s / nRows, e / nRows)
    onChunk(ex.explain(X, sub ? { ...control, onProgress: sub } : control), s)
  }
  control?.onProgress?.(1, 'SHAP done')
}

/** Global summary: mean |SHAP| per column, expected value, and the largest additivity error. */
export interface ShapSummary {
  method: ShapMethod
  scale: 'probability' | 'logodds'
  expectedValue: number
  rows: number
  meanAbs: Record<string, number>
  /** max over rows of |expectedValue + Σφ − output| */
  additivityMaxError: number
  /** largest standard error of a value (sampled explainers), null for the exact ones */
  maxSe: number | null
}

export function shapSummary(ex: Explainer, nRows: number, rows: RowSource, options: { chunkRows?: number } = {}, control?: RunControl): ShapSummary {
  const G = ex.columns.length
  const abs = new Float64Array(G)
  let maxErr = 0
  let maxSe: number | null = null
  explainStream(ex, nRows, rows, (b) => {
    if (b.se) for (const v of b.se) maxSe = Math.max(maxSe ?? 0, v)
    for (let i = 0; i < b.rows; i++) {
      let s = ex.expectedValue
      for (let g = 0; g < G; g++) { const v = b.values[i * G + g]; s += v; abs[g] += Math.abs(v) }
      maxErr = Math.max(maxErr, Math.abs(s - b.output[i]))
    }
  }, options, control)
  const meanAbs: Record<string, number> = {}
  ex.columns.forEach((c, g) => { meanAbs[c] = nRows ? abs[g] / nRows : 0 })
  return { method: ex.method, scale: ex.scale, expectedValue: ex.expectedValue, rows: nRows, meanAbs, additivityMaxError: maxErr, maxSe }
}

/**
 * Contributions in points of probability for log-odds explanations: the gap between the row's
 * probability σ(f(x)) and the base probability σ(E f) is split in proportion to the log-odds
 * contributions, so they add up exactly to the customer's score (the sign of each is kept; at a
 * zero log-odds gap the local slope σ'(f) is used). Probability-scale blocks are returned as is.
 */
export function probabilityContributions(ex: Explainer, block: ShapBlock): { base: number; values: Float64Array; probability: Float64Array } {
  const G = ex.columns.length
  if (ex.scale === 'probability') return { base: ex.expectedValue, values: block.values, probability: block.output }
  const base = sigmoid(ex.expectedValue)
  const values = new Float64Array(block.values.length)
  const probability = new Float64Array(block.rows)
  for (let i = 0; i < block.rows; i++) {
    const f = block.output[i]
    const pr = sigmoid(f)
    probability[i] = pr
    const gap = f - ex.expectedValue
    const ratio = Math.abs(gap) > 1e-12 ? (pr - base) / gap : pr * (1 - pr)
    for (let g = 0; g < G; g++) values[i * G + g] = block.values[i * G + g] * ratio
  }
  return { base, values, probability }
}
