/**
 * New data, same model (issue #20): retrain a saved classifier with its own settings on new data,
 * compare champion (the saved model) and challenger (the retrained one) on the same held-out rows
 * of the new data, and measure each input's drift against the distribution stored in the file.
 *
 * Everything a user reads comes back as message codes ({code, params}); the app renders them with
 * vue-i18n (src/i18n/pages/retrain.ts), the CLI with the English catalogue.
 */
import { renderEnglish } from '../../i18n/render'
import { getColumn, hasColumn, stringValues, takeTableRows, type ColumnSchema, type Table } from '../../data/table'
import { classificationMetrics, calibrationBins, prCurve, rocCurve, type CalibrationBins, type CurvePoints } from '../metrics/classification'
import { stratifiedSplit } from '../selection/split'
import { trainAndCompare, type ModelResult, type ModelSpec, type TrainConfig, type TrainControl } from '../propensity/train'
import { MODELS, isModelName, type ModelName } from '../propensity/models'
import { checkTable, scoreTable, type SchemaReport } from '../modelfile/apply'
import { fromPropensityModel } from '../modelfile/adapters'
import type { LoadedModel, SaveInput } from '../modelfile/format'
import type { RetrainSettings } from '../modelfile/types'
import { driftOf, fitBins, positiveShare, type DriftBins, type DriftRow } from '../drift/psi'
import { delongPaired, type DelongResult } from './delong'

/** A text for the user: a catalogue code and its parameters. */
export interface Message {
  code: string
  params?: Record<string, string | number>
}

/** An error a user can act on, with its code (the CLI prints the English text, the app its locale's). */
export class RetrainError extends Error {
  override name = 'RetrainError'
  readonly code: string
  readonly params: Record<string, string | number>
  constructor(code: string, params: Record<string, string | number>, english: string) {
    super(english)
    this.code = code
    this.params = params
  }
}

export interface Evaluation {
  rocAuc: number
  prAuc: number
  brier: number
  logLoss: number
  accuracy: number
  precision: number
  recall: number
  f1: number
  /** mean predicted probability and observed rate of the positive outcome on the test rows */
  meanPredicted: number
  observedRate: number
  /** expected calibration error: Σ over 10 equal-width bins of (rows in bin / n) · |mean p − observed| */
  ece: number
  /** true when the model ranks well but its probabilities are off (ECE > 0.05, or the mean predicted rate is off by more than 25 %) */
  miscalibrated: boolean
  roc: CurvePoints
  pr: CurvePoints
  calibration: CalibrationBins
}

export interface RetrainOptions {
  /** share of the new data held out for the comparison (default: the model's own test size, else 0.2) */
  testSize?: number
  seed?: number
  control?: TrainControl
  /** schema of the new table (types/roles from the Data page), for columns the model does not read; the model's own types win */
  schema?: ColumnSchema[]
  /**
   * The original training data, for a file saved before training distributions were stored: the
   * drift is measured against the profile computed from it (ignored when the file stores one).
   */
  original?: Table
}

export interface RetrainReport {
  rows: number
  /** rows of the new data with an outcome, split into training and held-out parts */
  split: { train: number; test: number; testRows: Int32Array; trainRows: Int32Array } | null
  schema: SchemaReport
  champion: { test: Evaluation } | null
  challenger: { test: Evaluation; result: ModelResult; save: SaveInput & { kind: 'classifier' } } | null
  /** paired DeLong test of challenger AUC − champion AUC on the same rows */
  comparison: DelongResult | null
  /** sorted by PSI, largest first; null when the file stores no training distributions */
  drift: DriftRow[] | null
  baseRate: { training: number | null; new: number | null }
  recommendation: Message
  messages: Message[]
}

const ECE_LIMIT = 0.05
const RATE_RATIO_LIMIT = 1.25

/** Expected calibration error over 10 equal-width probability bins. */
export function expectedCalibrationError(y: ArrayLike<number>, p: ArrayLike<number>, bins = 10): number {
  const n = y.length
  const cnt = new Float64Array(bins)
  const sp = new Float64Array(bins)
  const sy = new Float64Array(bins)
  for (let i = 0; i < n; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i] * bins)))
    cnt[b]++
    sp[b] += p[i]
    sy[b] += y[i]
  }
  let e = 0
  for (let b = 0; b < bins; b++) if (cnt[b]) e += (cnt[b] / n) * Math.abs(sp[b] / cnt[b] - sy[b] / cnt[b])
  return e
}

export function evaluate(y: Uint8Array, p: Float64Array, threshold = 0.5): Evaluation {
  const pred = Uint8Array.from(p, (q) => (q >= threshold ? 1 : 0))
  const m = classificationMetrics(y, pred, p)
  let sp = 0
  let sy = 0
  for (let i = 0; i < y.length; i++) {
    sp += p[i]
    sy += y[i]
  }
  const meanPredicted = sp / y.length
  const observedRate = sy / y.length
  const ece = expectedCalibrationError(y, p)
  const ratio = observedRate > 0 ? meanPredicted / observedRate : Infinity
  return {
    rocAuc: m.rocAuc, prAuc: m.prAuc, brier: m.brier, logLoss: m.logLoss, accuracy: m.accuracy, precision: m.precision, recall: m.recall, f1: m.f1,
    meanPredicted, observedRate, ece,
    miscalibrated: ece > ECE_LIMIT || ratio > RATE_RATIO_LIMIT || ratio < 1 / RATE_RATIO_LIMIT,
    roc: rocCurve(y, p), pr: prCurve(y, p), calibration: calibrationBins(y, p),
  }
}

/**
 * The training profile (each input's bins and shares, the outcome's base rate) computed from the
 * original training data, for a model file saved before it was stored. Bins follow the file's own
 * definition (src/ml/drift/psi.ts: deciles of numeric inputs, the model's categories); the model's
 * training rows are not known here, so every row of the original data counts.
 */
export function profileFromOriginal(m: LoadedModel, original: Table): { columns: DriftBins[]; baseRate: number | null } {
  const man = m.manifest
  const inputs = man.features.filter((f) => f.role === 'feature')
  const missing = inputs.filter((f) => !hasColumn(original, f.name)).map((f) => f.name)
  if (missing.length) {
    throw new RetrainError('retrain.original.missingColumns', { columns: missing.join(', '), count: missing.length, file: original.name }, `"${original.name}" is not this model's training data: it lacks ${missing.map((c) => `"${c}"`).join(', ')}`)
  }
  const columns = inputs.map((f) => {
    const col = getColumn(original, f.name)
    // the file's own rule (modelfile/format.ts): inputs with categories are categorical
    const numeric = !f.categories
    if (numeric && col.storage !== 'number') {
      throw new RetrainError('retrain.original.typeChanged', { column: f.name, file: original.name }, `"${f.name}" holds text in "${original.name}" but numbers in the model's training data: is it the right file?`)
    }
    return numeric ? fitBins(col, 'numeric') : fitBins(col, 'categorical', undefined, f.categories ?? undefined)
  })
  const target = man.target
  const baseRate = target?.positive && hasColumn(original, target.name) ? positiveShare(getColumn(original, target.name), target.positive) : null
  return { columns, baseRate }
}

const KIND_TO_MODEL = new Map<string, ModelName>(Object.values(MODELS).map((m) => [m.kind, m.name]))

/** The settings stored in the file, or (older files) what the estimator's own parameters tell. */
export function settingsOf(m: LoadedModel): { settings: RetrainSettings; inferred: boolean } {
  const stored = m.manifest.training.settings
  if (stored) return { settings: stored, inferred: false }
  const est = (m.manifest.model as { estimator?: { kind?: string; params?: Record<string, unknown> } }).estimator
  const name = est?.kind ? KIND_TO_MODEL.get(est.kind) : undefined
  if (!name) throw new RetrainError('retrain.noSettings', { kind: String(est?.kind ?? '?') }, `This model file does not say how it was trained, and a "${String(est?.kind ?? '?')}" model cannot be rebuilt from its parameters: train a new model on the Predict page instead`)
  const features = m.manifest.features.filter((f) => f.role === 'feature').map((f) => f.name)
  const smote = /SMOTE/.test(m.manifest.card.notes ?? '') ? { k: 5, ratio: 1, seed: 42, variant: 'smote' as const } : null
  return { settings: { model: name, params: { ...(est?.params ?? {}) }, smote, seed: 42, testSize: 0.2, cv: 5, features }, inferred: true }
}

function trainConfig(s: RetrainSettings, target: string, positive: string, testRows: Int32Array, trainRows: Int32Array, seed: number): TrainConfig {
  const base = { target, positive, features: [...s.features], testRows, trainRows, seed, cv: 0, importance: false as const, ...(s.preprocess ? { preprocess: s.preprocess } : {}) }
  if (s.model === 'vote') {
    if (!s.vote) throw new RetrainError('retrain.noSettings', { kind: 'vote' }, 'This vote does not store its members: train it again on the Predict page')
    const models: ModelSpec[] = s.vote.members.map((mm, i) => {
      if (!isModelName(mm.model)) throw new RetrainError('retrain.unknownModel', { model: mm.model }, `Unknown model "${mm.model}" in the file`)
      return { name: mm.model, params: mm.params, smote: mm.smote, id: `m${i}` }
    })
    return { ...base, models, smote: s.smote ?? false, vote: { voting: s.vote.voting, ...(s.vote.weights ? { weights: s.vote.weights } : {}) } }
  }
  if (!isModelName(s.model)) throw new RetrainError('retrain.unknownModel', { model: s.model }, `Unknown model "${s.model}" in the file`)
  return { ...base, models: [{ name: s.model, params: s.params, smote: !!s.smote, ...(s.maxTrainRows ? { maxTrainRows: s.maxTrainRows } : {}) }], smote: s.smote ?? false }
}

function positiveRate(table: Table, target: string, positive: string): number | null {
  return hasColumn(table, target) ? positiveShare(getColumn(table, target), positive) : null
}

/**
 * Drift, champion vs challenger and a recommendation for a saved classifier on new data.
 * Refuses (RetrainError) a model that is not a classifier and new data missing a column the model
 * reads or holding text where it reads numbers; without the outcome column it returns the drift
 * only, with the reason the retrain was not done.
 */
export async function retrainModel(m: LoadedModel, table: Table, opts: RetrainOptions = {}): Promise<RetrainReport> {
  const man = m.manifest
  if (man.kind !== 'classifier' || !man.target?.positive) {
    throw new RetrainError('retrain.notClassifier', { kind: man.kind }, `Only classifiers (propensity models) can be retrained; this file holds a ${man.kind} model`)
  }
  const target = man.target.name
  const positive = man.target.positive
  const schema = checkTable(m, table)
  if (schema.missing.length) {
    throw new RetrainError('retrain.missingColumns', { columns: schema.missing.join(', '), count: schema.missing.length }, `The new data lacks column${schema.missing.length > 1 ? 's' : ''} the model needs: ${schema.missing.map((c) => `"${c}"`).join(', ')}. Nothing was trained`)
  }
  if (schema.typeMismatches.length) {
    const t = schema.typeMismatches[0]
    throw new RetrainError('retrain.typeChanged', { column: t.column, expected: t.expected, found: t.found, examples: t.examples.slice(0, 3).join(', ') }, `"${t.column}" held ${t.expected === 'number' ? 'numbers' : 'dates'} in the model's training data but holds text now (e.g. ${t.examples.slice(0, 3).map((e) => `"${e}"`).join(', ')}): fix the column or its type on the Data page. Nothing was trained`)
  }
  const messages: Message[] = []
  // drift over every new row
  let stored = man.training.drift
  if (!stored && opts.original) {
    stored = profileFromOriginal(m, opts.original)
    messages.push({ code: 'retrain.drift.fromOriginal', params: { file: opts.original.name, rows: opts.original.nRows } })
  }
  let drift: DriftRow[] | null = null
  if (stored) {
    drift = stored.columns.filter((b) => hasColumn(table, b.name)).map((b) => driftOf(b, getColumn(table, b.name)))
    drift.sort((a, b) => b.psi - a.psi || a.column.localeCompare(b.column))
    const shifted = drift.filter((d) => d.level === 'shifted')
    if (shifted.length) messages.push({ code: 'retrain.drift.shifted', params: { count: shifted.length, columns: shifted.slice(0, 5).map((d) => d.column).join(', ') } })
  } else {
    messages.push({ code: 'retrain.drift.noBins' })
  }
  const baseRate = { training: stored?.baseRate ?? null, new: positiveRate(table, target, positive) }

  if (!hasColumn(table, target)) {
    return { rows: table.nRows, split: null, schema, champion: null, challenger: null, comparison: null, drift, baseRate, recommendation: { code: 'retrain.noTarget', params: { target } }, messages }
  }

  // rows with an outcome, split stratified: the same held-out rows for both models
  const tv = stringValues(getColumn(table, target))
  const rowsWithY: number[] = []
  const yAll: number[] = []
  for (let i = 0; i < tv.length; i++) {
    if (tv[i] === null) continue
    rowsWithY.push(i)
    yAll.push(tv[i] === positive ? 1 : 0)
  }
  const pos = yAll.reduce((a, b) => a + b, 0)
  if (pos === 0 || pos === yAll.length) {
    throw new RetrainError('retrain.oneClass', { target, positive, rows: yAll.length }, `Every row of the new data has the same "${target}" (${pos ? `all "${positive}"` : `none "${positive}"`}): a model needs both outcomes to be retrained or compared`)
  }
  const { settings, inferred } = settingsOf(m)
  if (inferred) messages.push({ code: 'retrain.settingsInferred', params: { model: settings.model } })
  const seed = opts.seed ?? settings.seed ?? 42
  const testSize = opts.testSize ?? settings.testSize ?? 0.2
  const sp = stratifiedSplit(Uint8Array.from(yAll), testSize, seed)
  const testRows = Int32Array.from(sp.test, (k) => rowsWithY[k])
  const trainRows = Int32Array.from(sp.train, (k) => rowsWithY[k])
  const yTest = Uint8Array.from(sp.test, (k) => yAll[k])

  // champion: the saved model as it is, on the held-out rows
  const champ = scoreTable(m, takeTableRows(table, testRows), { reasons: 0 })
  const championEval = evaluate(yTest, champ.probability!, man.threshold ?? 0.5)

  // challenger: the same settings, trained on the new data's training part
  const cfg = trainConfig(settings, target, positive, testRows, trainRows, seed)
  // the model's own column types, so the preprocessing is the one it was trained with (a type
  // inferred afresh from a smaller file could turn a number into a category)
  const own = new Set(man.features.map((f) => f.name))
  const schemaCols: ColumnSchema[] = [...man.features.map((f) => ({ name: f.name, type: f.type, role: f.role })), ...(opts.schema ?? []).filter((c) => !own.has(c.name))]
  const res = await trainAndCompare(table, schemaCols, cfg, opts.control ?? {})
  const chosen = settings.model === 'vote' ? res.models.find((r) => r.id === 'vote') : res.models[0]
  if (!chosen || chosen.error) {
    // retrain's own message params are plain text, so the failed model's coded reason is given in English
    const reason = chosen?.error === undefined ? 'unknown reason' : typeof chosen.error === 'string' ? chosen.error : renderEnglish(chosen.error)
    throw new RetrainError('retrain.failed', { reason }, `The retrained model could not be fitted: ${reason}`)
  }
  // trainAndCompare's test rows are ours (explicit), in the same order
  const challengerEval = evaluate(yTest, chosen.testProba, man.threshold ?? 0.5)
  const save = fromPropensityModel(chosen.model, { table, rows: trainRows }, {
    name: `${man.name} (retrained)`, idColumn: man.idColumn, threshold: man.threshold ?? undefined, bands: man.bands ?? undefined,
    card: { ...man.card },
  })
  save.settings = { ...chosen.model.settings, testSize, seed }
  save.lineage = {
    parentSha256: m.fileSha256, parentName: man.name, parentCreatedAt: man.createdAt, parentRows: man.training.rows,
    ...(man.training.dataset ? { parentDataset: man.training.dataset } : {}),
  }
  const comparison = delongPaired(yTest, chosen.testProba, champ.probability!)
  const recommendation = recommend(championEval, challengerEval, comparison)
  return {
    rows: table.nRows,
    split: { train: trainRows.length, test: testRows.length, testRows, trainRows },
    schema, champion: { test: championEval }, challenger: { test: challengerEval, result: chosen, save },
    comparison, drift, baseRate, recommendation, messages,
  }
}

/**
 * Keep the champion unless the evidence favours the challenger: a better ranking (paired DeLong
 * p < 0.05), or equal ranking while the champion's probabilities are off and the challenger's are not.
 */
export function recommend(champion: Evaluation, challenger: Evaluation, cmp: DelongResult): Message {
  const params = {
    championAuc: champion.rocAuc, challengerAuc: challenger.rocAuc, delta: cmp.delta, pValue: cmp.pValue,
    championEce: champion.ece, challengerEce: challenger.ece, championRate: champion.meanPredicted, challengerRate: challenger.meanPredicted, observedRate: champion.observedRate,
  }
  if (cmp.pValue < 0.05 && cmp.delta > 0) return { code: 'retrain.recommend.challengerRanks', params }
  if (cmp.pValue < 0.05 && cmp.delta < 0) {
    return champion.miscalibrated && !challenger.miscalibrated ? { code: 'retrain.recommend.championRanksRecalibrate', params } : { code: 'retrain.recommend.championRanks', params }
  }
  if (champion.miscalibrated && !challenger.miscalibrated) return { code: 'retrain.recommend.challengerCalibrated', params }
  return { code: 'retrain.recommend.keepChampion', params }
}
