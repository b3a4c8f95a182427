/**
 * Uplift (heterogeneous treatment effect) learners on the existing estimators, for a randomised
 * test with one treatment and a control group:
 *  - S-learner: one model on [X, t]; uplift = f(x, 1) − f(x, 0);
 *  - T-learner: one model per arm; uplift = μ₁(x) − μ₀(x);
 *  - X-learner (Künzel, Sekhon, Bickel and Yu, PNAS 2019): the T-learner's models impute each
 *    customer's effect (D₁ = Y − μ₀(x) for treated, D₀ = μ₁(x) − Y for control), a regressor per
 *    arm learns them, and τ(x) = g·τ₀(x) + (1 − g)·τ₁(x) with g the treated share (the propensity
 *    of a randomised test);
 *  - class transformation (Jaskowski and Jaroszewicz 2012; sklift `ClassTransformation`):
 *    Z = 1{y = t}, one classifier; uplift = 2·P(Z = 1) − 1 (binary outcomes only; it assumes a
 *    balanced split, which is checked).
 * Base models: logistic regression (standard-scaled inside the model, as the reference's
 * StandardScaler + LogisticRegression) or ridge regression for continuous targets, random forest,
 * gradient boosting. Binary outcomes use the classifiers' probabilities; continuous outcomes
 * (spend) regressors.
 */
import type { Matrix } from '../core/matrix'
import { takeRows } from '../core/matrix'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { loadEstimator, type Classifier, type EstimatorJSON, type Regressor } from '../core/estimator'
import { LogisticRegression } from '../estimators/logistic'
import { LinearRegression } from '../estimators/linear'
import { RandomForestClassifier } from '../estimators/forest'
import { HistGradientBoostingClassifier } from '../estimators/gbt'
import { GbtRegressor, ForestRegressor } from './regtrees'
import { compileEnsembles, hasTreeEnsemble, sameEnsemble, scoreEnsembles, type TreeEnsembleView } from '../estimators/_shared/compiled'
import { MessageError, message, type Message } from '../stats/messages'

export type LearnerKind = 's' | 't' | 'x' | 'ct'
export type BaseKind = 'lr' | 'rf' | 'gbt'
export type OutcomeKind = 'binary' | 'continuous'

export interface UpliftOptions {
  learner: LearnerKind
  base: BaseKind
  outcome: OutcomeKind
  seed: number
  /** passed to the base estimators (e.g. { nEstimators: 50 } for a forest) */
  baseParams: Record<string, unknown>
}

export const defaultUpliftOptions: UpliftOptions = { learner: 't', base: 'lr', outcome: 'binary', seed: 42, baseParams: {} }

/** Short names as the CLI writes them: t-lr, x-gbt, ct-lr, s-rf. */
export function parseLearnerName(name: string): { learner: LearnerKind; base: BaseKind } {
  const m = /^(s|t|x|ct)-(lr|rf|gbt)$/.exec(name.trim())
  if (!m) throw new MessageError('uplift.badLearnerName', { name })
  return { learner: m[1] as LearnerKind, base: m[2] as BaseKind }
}

/** Column standardisation fitted on one model's training rows (population sd; constant → 1). */
interface Scaler { mean: number[]; sd: number[] }

function fitScaler(X: Matrix): Scaler {
  const p = X.cols, n = X.rows
  const mean = new Array<number>(p).fill(0), sd = new Array<number>(p).fill(0)
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j] += X.data[i * p + j]
  for (let j = 0; j < p; j++) mean[j] /= n
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) sd[j] += (X.data[i * p + j] - mean[j]) ** 2
  for (let j = 0; j < p; j++) { sd[j] = Math.sqrt(sd[j] / n); if (!(sd[j] > 0)) sd[j] = 1 }
  return { mean, sd }
}

function applyScaler(X: Matrix, s: Scaler): Matrix {
  const p = X.cols
  const out = new Float64Array(X.data.length)
  for (let k = 0; k < out.length; k++) { const j = k % p; out[k] = (X.data[k] - s.mean[j]) / s.sd[j] }
  return { rows: X.rows, cols: p, data: out }
}

/** A fitted base model with its own scaler (logistic / ridge only). */
interface Part {
  model: Classifier | Regressor
  scaler: Scaler | null
  /** probabilities (classifier) or values (regressor) */
  proba: boolean
}

function newClassifier(base: BaseKind, seed: number, params: Record<string, unknown>): Classifier {
  if (base === 'lr') return new LogisticRegression({ C: 1, ...params })
  if (base === 'rf') return new RandomForestClassifier({ seed, ...params })
  return new HistGradientBoostingClassifier({ seed, ...params })
}

function newRegressor(base: BaseKind, seed: number, params: Record<string, unknown>): Regressor {
  // ridge alpha 1 (scikit-learn Ridge's default): one-hot columns with every level kept are collinear
  if (base === 'lr') return new LinearRegression({ alpha: 1, ...(params.alpha !== undefined ? { alpha: params.alpha as number } : {}) })
  if (base === 'rf') return new ForestRegressor({ seed, ...params })
  return new GbtRegressor({ seed, ...params })
}

async function fitPart(base: BaseKind, proba: boolean, X: Matrix, y: Float64Array, seed: number, params: Record<string, unknown>, control?: RunControl): Promise<Part> {
  const scaler = base === 'lr' ? fitScaler(X) : null
  const Xs = scaler ? applyScaler(X, scaler) : X
  if (proba) {
    const m = newClassifier(base, seed, params)
    const yy = Uint8Array.from(y)
    let pos = 0
    for (let i = 0; i < yy.length; i++) pos += yy[i]
    if (pos === 0 || pos === yy.length) throw new MessageError('uplift.oneClass', { rows: yy.length, positives: pos })
    await m.fit(Xs, yy, control)
    return { model: m, scaler, proba }
  }
  const m = newRegressor(base, seed, params)
  await m.fit(Xs, y, control)
  return { model: m, scaler, proba }
}

function predictPart(part: Part, X: Matrix): Float64Array {
  const Xs = part.scaler ? applyScaler(X, part.scaler) : X
  return part.proba ? (part.model as Classifier).predictProba(Xs) : (part.model as Regressor).predict(Xs) as Float64Array
}

function withColumn(X: Matrix, v: number | ArrayLike<number>): Matrix {
  const p = X.cols, n = X.rows
  const out = new Float64Array(n * (p + 1))
  for (let i = 0; i < n; i++) {
    out.set(X.data.subarray(i * p, (i + 1) * p), i * (p + 1))
    out[i * (p + 1) + p] = typeof v === 'number' ? v : v[i]
  }
  return { rows: n, cols: p + 1, data: out }
}

/** The parts a learner's prediction reads on X as given (the S-learner's one model scores X with t appended). */
const PREDICTED_PARTS: Record<LearnerKind, readonly string[]> = { t: ['treated', 'control'], x: ['treated', 'control', 'tauTreated', 'tauControl'], s: [], ct: ['z'] }

export interface UpliftPrediction {
  uplift: Float64Array
  /** predicted outcome if treated / if not (null for class transformation, which has no such model) */
  treated: Float64Array | null
  control: Float64Array | null
}

export interface UpliftModelJSON {
  kind: 'uplift'
  version: 1
  options: UpliftOptions
  nFeatures: number
  /** share of treated rows in training (X-learner's g, class-transformation check) */
  treatedShare: number
  parts: Record<string, { model: EstimatorJSON; scaler: Scaler | null; proba: boolean }>
}

/** One treatment vs control. */
export class UpliftModel {
  readonly kind = 'uplift'
  readonly options: UpliftOptions
  private parts: Record<string, Part> = {}
  private nFeatures = -1
  treatedShare = NaN
  /** things the user should know about the fit (message codes) */
  warnings: Message[] = []

  constructor(options: Partial<UpliftOptions> = {}) {
    this.options = { ...defaultUpliftOptions, ...options }
    const o = this.options
    if (!['s', 't', 'x', 'ct'].includes(o.learner)) throw new MessageError('uplift.badLearner', { learner: String(o.learner) })
    if (!['lr', 'rf', 'gbt'].includes(o.base)) throw new MessageError('uplift.badBase', { base: String(o.base) })
    if (o.learner === 'ct' && o.outcome !== 'binary') throw new MessageError('uplift.ctNeedsBinary')
  }

  get name(): string {
    return `${this.options.learner}-${this.options.base}`
  }

  /** Fit on rows X with treatment t (1 treated, 0 control) and outcome y. */
  async fit(X: Matrix, t: ArrayLike<number>, y: ArrayLike<number>, control?: RunControl): Promise<void> {
    const o = this.options
    const n = X.rows
    if (t.length !== n || y.length !== n) throw new MessageError('uplift.lengthMismatch', { outcome: y.length, uplift: n, treatment: t.length })
    const tr: number[] = [], ct: number[] = []
    for (let i = 0; i < n; i++) {
      if (t[i] === 1) tr.push(i)
      else if (t[i] === 0) ct.push(i)
      else throw new MessageError('uplift.treatmentNotBinary', { row: i + 1, value: String(t[i]) })
      if (!Number.isFinite(y[i])) throw new MessageError('uplift.outcomeNotFinite', { row: i + 1 })
      if (o.outcome === 'binary' && y[i] !== 0 && y[i] !== 1) throw new MessageError('uplift.outcomeNotBinary', { row: i + 1, value: String(y[i]) })
    }
    if (!tr.length) throw new MessageError('uplift.noTreated')
    if (!ct.length) throw new MessageError('uplift.noControl')
    this.warnings = []
    this.treatedShare = tr.length / n
    const proba = o.outcome === 'binary'
    const yy = Float64Array.from(y)
    const sub = (rows: number[]): [Matrix, Float64Array] => [takeRows(X, rows), Float64Array.from(rows, (i) => yy[i])]
    const p = control?.onProgress
    const parts: Record<string, Part> = {}
    const seed = o.seed, bp = o.baseParams
    if (o.learner === 't' || o.learner === 'x') {
      const [Xt, yt] = sub(tr)
      const [Xc, yc] = sub(ct)
      const last = o.learner === 't' ? 1 : 0.5
      parts.treated = await fitPart(o.base, proba, Xt, yt, seed, bp, { cancel: control?.cancel, onProgress: subProgress(p, 0, last / 2) })
      checkCancel(control?.cancel)
      parts.control = await fitPart(o.base, proba, Xc, yc, seed, bp, { cancel: control?.cancel, onProgress: subProgress(p, last / 2, last) })
      if (o.learner === 'x') {
        // imputed effects: D1 = Y1 − μ0(X1) on treated, D0 = μ1(X0) − Y0 on control
        const mu0 = predictPart(parts.control, Xt)
        const mu1 = predictPart(parts.treated, Xc)
        const d1 = Float64Array.from(yt, (v, i) => v - mu0[i])
        const d0 = Float64Array.from(yc, (v, i) => mu1[i] - v)
        checkCancel(control?.cancel)
        parts.tauTreated = await fitPart(o.base, false, Xt, d1, seed, bp, { cancel: control?.cancel, onProgress: subProgress(p, 0.5, 0.75) })
        parts.tauControl = await fitPart(o.base, false, Xc, d0, seed, bp, { cancel: control?.cancel, onProgress: subProgress(p, 0.75, 1) })
      }
    } else if (o.learner === 's') {
      parts.single = await fitPart(o.base, proba, withColumn(X, t), yy, seed, bp, control)
    } else {
      if (Math.abs(this.treatedShare - 0.5) > 0.1) this.warnings.push(message('uplift.ctUnbalanced', { share: Math.round(this.treatedShare * 1000) / 10 }))
      const z = Float64Array.from({ length: n }, (_, i) => (y[i] === t[i] ? 1 : 0))
      parts.z = await fitPart(o.base, true, X, z, seed, bp, control)
    }
    this.parts = parts
    this.nFeatures = X.cols
    control?.onProgress?.(1)
  }

  predict(X: Matrix): UpliftPrediction {
    return UpliftModel.predictMany([this], X)[0]
  }

  /** The part's tree ensemble when it is one on the raw features (no scaler), for shared compiled scoring. */
  private treePart(name: string): TreeEnsembleView | null {
    const part = this.parts[name]
    return part && !part.scaler && hasTreeEnsemble(part.model) ? part.model.treeEnsemble() : null
  }

  /**
   * Predictions of several models on the same rows, sharing the work: the tree-ensemble parts of
   * every model (each arm's treated and control models, the X-learner's effect models) are
   * compiled together and scored in one pass over X (see compileEnsembles), and parts that are the
   * same trees (each arm's T-learner control model is fitted on the same control rows) are scored
   * once. Equal, row for row, to scoring each part by its own predict.
   */
  static predictMany(models: readonly UpliftModel[], X: Matrix): UpliftPrediction[] {
    for (const m of models) {
      if (m.nFeatures < 0) throw new MessageError('uplift.notFitted')
      if (X.cols !== m.nFeatures) throw new MessageError('uplift.featureCount', { expected: m.nFeatures, got: X.cols })
    }
    const views: TreeEnsembleView[] = []
    const slots = models.map((m) => {
      const slot = new Map<string, number>()
      for (const name of PREDICTED_PARTS[m.options.learner]) {
        const v = m.treePart(name)
        if (!v) continue
        let k = views.findIndex((e) => sameEnsemble(e, v))
        if (k < 0) k = views.push(v) - 1
        slot.set(name, k)
      }
      return slot
    })
    const scored = views.length ? scoreEnsembles(compileEnsembles(views), X) : []
    const handedOut = new Set<number>()
    return models.map((m, j) => m.combine(X, (name) => {
      const k = slots[j].get(name)
      if (k === undefined) return predictPart(m.parts[name], X)
      // a shared part's scores go to each model as its own array
      if (handedOut.has(k)) return scored[k].slice()
      handedOut.add(k)
      return scored[k]
    }))
  }

  private combine(X: Matrix, part: (name: string) => Float64Array): UpliftPrediction {
    const o = this.options
    if (o.learner === 't' || o.learner === 'x') {
      const treated = part('treated')
      const control = part('control')
      const uplift = new Float64Array(X.rows)
      if (o.learner === 't') for (let i = 0; i < uplift.length; i++) uplift[i] = treated[i] - control[i]
      else {
        const t1 = part('tauTreated')
        const t0 = part('tauControl')
        const g = this.treatedShare
        for (let i = 0; i < uplift.length; i++) uplift[i] = g * t0[i] + (1 - g) * t1[i]
      }
      return { uplift, treated, control }
    }
    if (o.learner === 's') {
      const treated = predictPart(this.parts.single, withColumn(X, 1))
      const control = predictPart(this.parts.single, withColumn(X, 0))
      return { uplift: Float64Array.from(treated, (v, i) => v - control[i]), treated, control }
    }
    const pz = part('z')
    return { uplift: Float64Array.from(pz, (v) => 2 * v - 1), treated: null, control: null }
  }

  predictUplift(X: Matrix): Float64Array {
    return this.predict(X).uplift
  }

  toJSON(): UpliftModelJSON {
    const parts: UpliftModelJSON['parts'] = {}
    for (const [k, v] of Object.entries(this.parts)) parts[k] = { model: v.model.toJSON(), scaler: v.scaler, proba: v.proba }
    return { kind: 'uplift', version: 1, options: { ...this.options }, nFeatures: this.nFeatures, treatedShare: this.treatedShare, parts }
  }

  static load(json: UpliftModelJSON): UpliftModel {
    if (json?.kind !== 'uplift') throw new MessageError('uplift.notAnUpliftModel', { kind: String(json?.kind) })
    if (json.version !== 1) throw new MessageError('uplift.modelVersion', { version: String(json.version) })
    const m = new UpliftModel(json.options)
    m.nFeatures = json.nFeatures
    m.treatedShare = json.treatedShare
    for (const [k, v] of Object.entries(json.parts)) m.parts[k] = { model: loadEstimator(v.model) as Classifier | Regressor, scaler: v.scaler, proba: v.proba }
    return m
  }
}
