/**
 * Explanations: logistic-regression coefficients and odds ratios per encoded feature, permutation
 * importance per original feature for any model (seeded), per-customer reason codes (LR:
 * coefficient × value; other models: a local perturbation), and probability bands.
 */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import type { Classifier } from '../core/estimator'
import { Rng } from '../core/random'
import { toCsv } from '../../data/csv'
import { checkCancel, type RunControl } from '../core/progress'
import { score, type Scoring } from '../metrics/classification'
import type { Preprocessor } from '../preprocessing/pipeline'
import { LogisticRegression } from '../estimators/logistic'

export interface CoefficientRow {
  /** encoded feature name, e.g. "job=retired" or "age" */
  name: string
  feature: string
  coef: number
  oddsRatio: number
}

/** LR coefficients mapped back to feature names, sorted by |coef| descending. */
export function lrCoefficients(model: LogisticRegression, pre: Preprocessor): { intercept: number; rows: CoefficientRow[] } {
  if (model.coef.length !== pre.featureNames.length) throw new RangeError('coefficients do not match the feature pipeline')
  const groupOf = pre.groupOfColumn()
  const rows = pre.featureNames.map((name, j) => ({ name, feature: pre.groups[groupOf[j]].feature, coef: model.coef[j], oddsRatio: Math.exp(model.coef[j]) }))
  rows.sort((a, b) => Math.abs(b.coef) - Math.abs(a.coef))
  return { intercept: model.intercept, rows }
}

export interface ImportanceRow {
  feature: string
  /** mean drop of the score when the feature is shuffled */
  mean: number
  sd: number
}

/**
 * Permutation importance per original feature (all its one-hot columns shuffled together) on the
 * given rows, like sklearn's permutation_importance with n_repeats and a seed.
 */
export function permutationImportance(model: Classifier, pre: Preprocessor, X: Matrix, y: Uint8Array, opts: { scoring?: Scoring; repeats?: number; seed?: number } = {}, control?: RunControl): ImportanceRow[] {
  const scoring = opts.scoring ?? 'roc_auc'
  const repeats = opts.repeats ?? 5
  if (!(Number.isInteger(repeats) && repeats >= 1)) throw new MessageError('ml.error.int', { name: 'permutation repeats', min: '1', value: String(repeats) })
  const rng = new Rng(opts.seed ?? 42)
  const base = score(scoring, y, model.predict(X), model.predictProba(X))
  const p = X.cols
  const Xp: Matrix = { rows: X.rows, cols: p, data: Float64Array.from(X.data) }
  const out: ImportanceRow[] = []
  pre.groups.forEach((g, gi) => {
    checkCancel(control?.cancel)
    control?.onProgress?.(gi / pre.groups.length, `importance of ${g.feature}`)
    const drops: number[] = []
    for (let r = 0; r < repeats; r++) {
      const perm = rng.permutation(X.rows)
      for (let i = 0; i < X.rows; i++) for (let j = g.start; j < g.end; j++) Xp.data[i * p + j] = X.data[perm[i] * p + j]
      drops.push(base - score(scoring, y, model.predict(Xp), model.predictProba(Xp)))
    }
    for (let i = 0; i < X.rows; i++) for (let j = g.start; j < g.end; j++) Xp.data[i * p + j] = X.data[i * p + j]
    const m = drops.reduce((a, b) => a + b, 0) / repeats
    out.push({ feature: g.feature, mean: m, sd: Math.sqrt(drops.reduce((a, b) => a + (b - m) ** 2, 0) / repeats) })
  })
  return out.sort((a, b) => b.mean - a.mean)
}

export interface Reason {
  feature: string
  /** readable value, e.g. "retired" or "61" */
  value: string
  /** contribution towards a positive prediction (log-odds for LR, probability change otherwise) */
  contribution: number
  /** "poutcome = success" style text */
  text: string
}

/** A customer's value of a feature group, read back from its encoded row (dates as YYYY-MM-DD, numbers to 3 decimals). */
export function valueText(pre: Preprocessor, gi: number, X: Matrix, i: number): string {
  const g = pre.groups[gi]
  const p = X.cols
  if (g.kind === 'categorical') {
    for (let j = g.start; j < g.end; j++) if (X.data[i * p + j] > 0.5) return j - g.start < g.levels!.length ? g.levels![j - g.start] : 'other'
    return g.baseLevel ?? '(unseen)'
  }
  const raw = pre.rawValue(gi, X.data[i * p + g.start])
  if (g.kind === 'date') return new Date(raw * 86_400_000).toISOString().slice(0, 10)
  return String(Math.round(raw * 1000) / 1000)
}

/**
 * Top reasons per row. LR: Σ coef × encoded value over the feature's columns (the log-odds push
 * relative to an average customer, since numerics are centred). Other models: the drop in P(y=1)
 * when the feature is set to its training baseline (numeric mean → 0 after scaling; categorical
 * → the most frequent level). Only positive contributions are reasons; fewer than `top` may remain.
 */
export function reasonCodes(model: Classifier, pre: Preprocessor, X: Matrix, top = 3, control?: RunControl): Reason[][] {
  const p = X.cols
  const G = pre.groups.length
  const contrib = new Float64Array(X.rows * G)
  if (model instanceof LogisticRegression) {
    for (let i = 0; i < X.rows; i++) {
      pre.groups.forEach((g, gi) => {
        let s = 0
        for (let j = g.start; j < g.end; j++) s += model.coef[j] * X.data[i * p + j]
        contrib[i * G + gi] = s
      })
    }
  } else {
    const base = model.predictProba(X)
    const Xp: Matrix = { rows: X.rows, cols: p, data: Float64Array.from(X.data) }
    pre.groups.forEach((g, gi) => {
      checkCancel(control?.cancel)
      control?.onProgress?.(gi / G, `reasons: ${g.feature}`)
      const baseCol = g.kind === 'categorical' ? (g.fillLevel !== undefined ? g.levels!.indexOf(g.fillLevel) : -1) : -1
      for (let i = 0; i < X.rows; i++) {
        for (let j = g.start; j < g.end; j++) Xp.data[i * p + j] = 0
        if (g.kind !== 'categorical') Xp.data[i * p + g.start] = 0
        else if (baseCol >= 0) Xp.data[i * p + g.start + baseCol] = 1
      }
      const pp = model.predictProba(Xp)
      for (let i = 0; i < X.rows; i++) {
        contrib[i * G + gi] = base[i] - pp[i]
        for (let j = g.start; j < g.end; j++) Xp.data[i * p + j] = X.data[i * p + j]
      }
    })
  }
  const out: Reason[][] = []
  for (let i = 0; i < X.rows; i++) {
    const idx = Array.from({ length: G }, (_, g) => g).filter((g) => contrib[i * G + g] > 1e-12).sort((a, b) => contrib[i * G + b] - contrib[i * G + a]).slice(0, top)
    out.push(idx.map((gi) => {
      const value = valueText(pre, gi, X, i)
      return { feature: pre.groups[gi].feature, value, contribution: contrib[i * G + gi], text: `${pre.groups[gi].feature} = ${value}` }
    }))
  }
  return out
}

export interface Band {
  label: string
  /** lower bound (inclusive) of the probability; bands are ordered ascending */
  from: number
  channel: string
}

export const defaultBands: Band[] = [
  { label: 'unlikely', from: 0, channel: 'email / no contact' },
  { label: 'hesitant', from: 0.15, channel: 'email with an offer' },
  { label: 'likely', from: 0.5, channel: 'phone call' },
]

export interface BandSummary {
  label: string
  from: number
  to: number
  channel: string
  count: number
  /** Σ probabilities: the expected number of conversions */
  expected: number
  /** positives among them when the outcome is known */
  actual?: number
  meanProbability: number
}

function checkBands(bands: Band[]): void {
  if (bands.length === 0) throw new MessageError('ml.error.bandsEmpty')
  if (bands[0].from !== 0) throw new MessageError('ml.error.bandFirst', { value: String(bands[0].from) })
  for (let b = 1; b < bands.length; b++) {
    if (!(bands[b].from > bands[b - 1].from && bands[b].from < 1)) throw new MessageError('ml.error.bandOrder', { band: bands[b].label, previous: bands[b - 1].label, value: String(bands[b].from) })
  }
}

/** Band index of each probability. */
export function assignBands(proba: ArrayLike<number>, bands: Band[] = defaultBands): Int32Array {
  checkBands(bands)
  const out = new Int32Array(proba.length)
  for (let i = 0; i < proba.length; i++) {
    let b = bands.length - 1
    while (b > 0 && proba[i] < bands[b].from) b--
    out[i] = b
  }
  return out
}

/** Counts, expected conversions and suggested channel per band. */
export function bandSummary(proba: ArrayLike<number>, bands: Band[] = defaultBands, y?: ArrayLike<number>): BandSummary[] {
  const idx = assignBands(proba, bands)
  const out: BandSummary[] = bands.map((b, k) => ({ label: b.label, from: b.from, to: k + 1 < bands.length ? bands[k + 1].from : 1, channel: b.channel, count: 0, expected: 0, actual: y ? 0 : undefined, meanProbability: 0 }))
  for (let i = 0; i < proba.length; i++) {
    const s = out[idx[i]]
    s.count++
    s.expected += proba[i]
    if (y && s.actual !== undefined) s.actual += y[i] ? 1 : 0
  }
  for (const s of out) s.meanProbability = s.count ? s.expected / s.count : 0
  return out
}


/** Scored-customers CSV: id, probability, band, reason_1..3. */
export function scoredCustomersCsv(ids: ArrayLike<string | number>, proba: ArrayLike<number>, reasons: Reason[][] | null, bands: Band[] = defaultBands): string {
  if (ids.length !== proba.length) throw new RangeError(`${ids.length} ids but ${proba.length} probabilities`)
  const idx = assignBands(proba, bands)
  const rows = Array.from({ length: proba.length }, (_, i) => {
    const r = reasons?.[i] ?? []
    return [String(ids[i]), Math.round(proba[i] * 1e6) / 1e6, bands[idx[i]].label, r[0]?.text ?? '', r[1]?.text ?? '', r[2]?.text ?? '']
  })
  return toCsv(['id', 'probability', 'band', 'reason_1', 'reason_2', 'reason_3'], rows)
}
