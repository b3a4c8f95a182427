/**
 * "Train and compare": the end-to-end propensity run the ml worker and the CLI call.
 * target → y; split (stratified or explicit rows); pipeline fitted on training rows only; for each
 * model: optional grid search, CV (pipeline + SMOTE inside each fold), refit on the whole training
 * part (SMOTE on it only), test metrics, curves, explanations and a self-contained model file;
 * optionally a soft/hard vote over the fitted models.
 */
import type { ColumnSchema, Table } from '../../data/table'
import type { Classifier } from '../core/estimator'
import type { Matrix } from '../core/matrix'
import { MessageError, errorMessage, msg, num, type Label, type Message } from '../core/message'
import { CancelledError, checkCancel, subProgress, yieldToEvents, type RunControl } from '../core/progress'
import { Preprocessor, type PreprocessOptions } from '../preprocessing/pipeline'
import { encodeTarget, leakageCheck, type FeatureAuc } from '../preprocessing/target'
import { smote, type ClassCounts } from '../preprocessing/smote'
import { explicitSplit, foldsFromAssignment, stratifiedKFold, stratifiedSplit, stratifiedSubsample, type TrainTest } from '../selection/split'
import { expandGrid, foldScores, rankGrid, type CvScores, type GridPoint, type ParamGrid, type PreparedFold } from '../selection/cv'
import { estimatorOf, probaAndPredict, sequentialRunner, type FitJob, type FitOutput, type FitRunner } from './fitjobs'
import {
  calibrationBins, classificationMetrics, rocCurve, prCurve, thresholdSweep, SCORINGS,
  type CalibrationBins, type ClassificationMetrics, type Confusion, type CurvePoints, type Scoring, type ThresholdSweep,
} from '../metrics/classification'
import { MODELS, isModelName, type ModelName } from './models'
import type { ClassifierModel } from '../modelfile/types'
import { VotingClassifier } from '../estimators/voting'
import { LogisticRegression } from '../estimators/logistic'
import { SVC } from '../estimators/svm'
import { lrCoefficients, permutationImportance, type CoefficientRow, type ImportanceRow } from '../explain/explain'

export interface ModelSpec {
  name: ModelName
  /** model options (e.g. {C: 0.1}); merged over the model's defaults */
  params?: Record<string, unknown>
  /** grid search over these values (true = the model's default grid); best refitted on the training part */
  grid?: ParamGrid | true
  /** SMOTE for this model (default: on when config.smote is set) */
  smote?: boolean
  /** train (and cross-validate) on a stratified subsample of at most this many training rows */
  maxTrainRows?: number
  /** unique id in the results (default: name, or name+smote when the name repeats) */
  id?: string
}

export interface SmoteConfig {
  k?: number
  /** minority/majority ratio after resampling (1 = balanced) */
  ratio?: number
  seed?: number
  /** 'nc' = SMOTE-NC (categoricals not interpolated); default plain SMOTE on the encoded matrix, as imblearn after one-hot */
  variant?: 'smote' | 'nc'
}

export interface VoteConfig {
  voting: 'soft' | 'hard'
  /** one weight per member */
  weights?: number[]
  /** member ids (default: every model) */
  members?: string[]
}

export interface TrainConfig {
  target: string
  /** the positive class value (required when the target has more than two values) */
  positive?: string
  /** input columns (default: every column but the target, IDs and ignored roles) */
  features?: string[]
  /** columns to leave out (e.g. a leaky one) */
  drop?: string[]
  models: ModelSpec[]
  vote?: VoteConfig | 'soft' | 'hard'
  smote?: SmoteConfig | boolean
  /** CV folds (default 5; 0 or 1 = no CV) */
  cv?: number
  /** explicit CV fold per training row: table rows and their fold (e.g. splits/bank_train_cv_folds.csv) */
  cvFolds?: { rows: ArrayLike<number>; folds: ArrayLike<number> }
  /** test fraction (default 0.2) */
  testSize?: number
  seed?: number
  /** explicit 0-based table rows for the test part */
  testRows?: ArrayLike<number>
  /** explicit training rows (default: every non-test row) */
  trainRows?: ArrayLike<number>
  /** grid search scoring (default roc_auc) */
  scoring?: Scoring
  /** permutation importance on the test rows (default: on, at most 2,000 rows, 3 repeats; false = off) */
  importance?: boolean | { repeats?: number; maxRows?: number; models?: string[] }
  /** points kept per ROC / PR curve (default 200) */
  curvePoints?: number
  preprocess?: Partial<PreprocessOptions>
  schemaOverride?: ColumnSchema[]
}

export interface ModelResult {
  id: string
  name: ModelName | 'vote'
  label: string
  /** parameters used for the final model (grid best merged in) */
  params: Record<string, unknown>
  smote: boolean
  /** training rows of the final fit, before SMOTE */
  trainRows: number
  /** class counts of the final training part before/after SMOTE */
  classCounts: { before: ClassCounts; after: ClassCounts }
  test: ClassificationMetrics & { confusion: Confusion }
  cv?: CvScores & { seconds: number }
  grid?: { scoring: Scoring; points: Array<Pick<GridPoint, 'params' | 'mean' | 'sd' | 'rank'>>; best: Record<string, unknown>; bestScore: number; seconds: number }
  fitSeconds: number
  predictSeconds: number
  /** where it ran: 'js' (plain TypeScript, float64) or 'tfjs-<backend>' (MLP) */
  backend: string
  /** P(y=1) on the test rows (same order as TrainResult.split.testRows): threshold slider, bands */
  testProba: Float64Array
  curves: { roc: CurvePoints; pr: CurvePoints; calibration: CalibrationBins; sweep: ThresholdSweep }
  importance?: ImportanceRow[]
  coefficients?: { intercept: number; rows: CoefficientRow[] }
  model: ClassifierModel
  /** set when this model failed (a message code; older stored runs hold English text); the others are still returned */
  error?: Label
}

export interface TrainResult {
  target: string
  positive: string
  negatives: string[]
  rows: number
  droppedMissingTarget: number
  split: { mode: 'stratified' | 'explicit'; train: number; test: number; trainPositive: number; testPositive: number; testRows: Int32Array; trainRows: Int32Array }
  features: { input: string[]; encoded: string[]; notes: Message[]; warnings: Message[] }
  leakage: FeatureAuc[]
  yTest: Uint8Array
  models: ModelResult[]
  backend: string
  seconds: number
  warnings: Message[]
}

export interface TrainControl extends RunControl {
  /** called as each model finishes, so nothing trained is lost if a later one fails or is cancelled */
  onModelDone?: (m: ModelResult) => void
  /** runs the fits (CV folds, grid points, final fits); default: one after another in this thread */
  runner?: FitRunner
}

const now = (): number => performance.now()

function resolveFeatures(table: Table, schema: ColumnSchema[], cfg: TrainConfig): string[] {
  const names = table.columns.map((c) => c.name)
  const drop = new Set(cfg.drop ?? [])
  for (const d of drop) if (!names.includes(d)) throw new MessageError('train.error.dropMissing', { column: d, table: table.name })
  let feats: string[]
  if (cfg.features && cfg.features.length) {
    for (const f of cfg.features) if (!names.includes(f)) throw new MessageError('train.error.featureMissing', { feature: f, table: table.name, columns: names.join(', ') })
    feats = cfg.features.filter((f) => !drop.has(f))
  } else {
    feats = names.filter((n) => {
      const s = schema.find((c) => c.name === n)
      return !drop.has(n) && n !== cfg.target && s?.role !== 'id' && s?.role !== 'ignore' && s?.role !== 'target'
    })
  }
  feats = feats.filter((f) => f !== cfg.target)
  if (feats.length === 0) throw new MessageError('train.error.noFeatures')
  return feats
}

function smoteConfig(s: TrainConfig['smote']): Required<Omit<SmoteConfig, 'variant'>> & { variant: 'smote' | 'nc' } | null {
  if (!s) return null
  const c = s === true ? {} : s
  return { k: c.k ?? 5, ratio: c.ratio ?? 1, seed: c.seed ?? 42, variant: c.variant ?? 'smote' }
}

function summarise(cv: CvScores): Partial<Record<Scoring, { mean: number; sd: number }>> {
  const out: Partial<Record<Scoring, { mean: number; sd: number }>> = {}
  for (const s of SCORINGS) out[s] = { mean: cv[s].mean, sd: cv[s].sd }
  return out
}

/**
 * Train and compare the configured models on one table. Throws (MessageError with a code a user
 * can act on) for bad configuration or data; a model that fails on its own is reported with
 * `error` and the others continue. CancelledError propagates; finished models were already
 * passed to control.onModelDone.
 */
export async function trainAndCompare(table: Table, schema: ColumnSchema[], config: TrainConfig, control: TrainControl = {}): Promise<TrainResult> {
  const t0 = now()
  const progress = control.onProgress
  const cancel = control.cancel
  const runner = control.runner ?? sequentialRunner
  const seed = config.seed ?? 42
  const schemaAll = config.schemaOverride ?? schema
  if (!config.models || config.models.length === 0) throw new MessageError('train.error.noModels')
  for (const m of config.models) if (!isModelName(m.name)) throw new MessageError('train.error.unknownModel', { name: String(m.name), models: 'lr, knn, tree, svm, mlp, rf, gbt' })
  const scoring = config.scoring ?? 'roc_auc'
  if (!SCORINGS.includes(scoring)) throw new MessageError('train.error.unknownScoring', { scoring: String(scoring), allowed: SCORINGS.join(', ') })
  const nFolds = config.cv ?? 5
  const sm = smoteConfig(config.smote)
  const warnings: Message[] = []

  // target and rows
  const tgt = encodeTarget(table, config.target, config.positive)
  if (tgt.droppedMissing) warnings.push(msg('train.warn.missingTarget', { n: tgt.droppedMissing, column: config.target }))
  const yOfRow = new Int8Array(table.nRows).fill(-1)
  tgt.rows.forEach((r, k) => (yOfRow[r] = tgt.y[k]))
  const features = resolveFeatures(table, schemaAll, config)

  // split (table rows)
  let split: TrainTest
  let mode: 'stratified' | 'explicit'
  if (config.testRows) {
    mode = 'explicit'
    split = explicitSplit(table.nRows, config.testRows, config.trainRows)
    const bad = [...split.test, ...split.train].find((r) => yOfRow[r] < 0)
    if (bad !== undefined) throw new MessageError('train.error.rowNoTarget', { row: bad, target: config.target })
  } else {
    if (config.trainRows) throw new MessageError('train.error.trainRowsNeedTest')
    mode = 'stratified'
    const s = stratifiedSplit(tgt.y, config.testSize ?? 0.2, seed)
    split = { train: Int32Array.from(s.train, (k) => tgt.rows[k]), test: Int32Array.from(s.test, (k) => tgt.rows[k]) }
  }
  const yTrain = Uint8Array.from(split.train, (r) => yOfRow[r])
  const yTest = Uint8Array.from(split.test, (r) => yOfRow[r])
  const posTrain = yTrain.reduce((a, b) => a + b, 0)
  if (posTrain === 0 || posTrain === yTrain.length) throw new MessageError('train.error.oneClass', { target: config.target })

  // fold assignment over training positions
  let foldOf: Int32Array | null = null
  if (config.cvFolds) {
    const map = new Map<number, number>()
    for (let k = 0; k < config.cvFolds.rows.length; k++) map.set(config.cvFolds.rows[k], config.cvFolds.folds[k])
    foldOf = Int32Array.from(split.train, (r) => {
      const f = map.get(r)
      if (f === undefined) throw new MessageError('train.error.noFold', { row: r })
      return f
    })
  } else if (nFolds >= 2) {
    if (yTrain.length < nFolds) throw new MessageError('split.error.tooManyFolds', { k: nFolds, n: yTrain.length })
    foldOf = stratifiedKFold(yTrain, nFolds, seed)
  }

  // per training-subset caches: preprocessor, matrices, folds (keyed by subsample size)
  interface Part { positions: Int32Array; rows: Int32Array; y: Uint8Array; pre: Preprocessor; X: Matrix; Xte: Matrix; folds: Map<boolean, PreparedFold[]>; smoted?: { X: Matrix; y: Uint8Array; before: ClassCounts; after: ClassCounts } }
  const parts = new Map<number, Part>()
  const fitPre = (rows: ArrayLike<number>): Preprocessor => Preprocessor.fit({ table, rows, features, schema: schemaAll, options: config.preprocess })
  const part = (max: number): Part => {
    const key = max >= yTrain.length ? 0 : max
    let p = parts.get(key)
    if (!p) {
      const positions = key ? stratifiedSubsample(yTrain, key, seed) : Int32Array.from({ length: yTrain.length }, (_, i) => i)
      const rows = Int32Array.from(positions, (k) => split.train[k])
      const pre = fitPre(rows)
      p = { positions, rows, y: Uint8Array.from(positions, (k) => yTrain[k]), pre, X: pre.transform(table, rows), Xte: pre.transform(table, split.test), folds: new Map() }
      parts.set(key, p)
    }
    return p
  }
  const runSmote = (pre: Preprocessor, X: Matrix, y: Uint8Array): { X: Matrix; y: Uint8Array; before: ClassCounts; after: ClassCounts } => {
    if (!sm) throw new Error('SMOTE is off')
    const r = smote(X, y, { k: sm.k, ratio: sm.ratio, seed: sm.seed, categorical: sm.variant === 'nc' ? pre.categoricalRanges() : undefined })
    return r
  }
  const foldsOf = (p: Part, useSmote: boolean): PreparedFold[] | null => {
    if (!foldOf) return null
    let f = p.folds.get(useSmote)
    if (!f) {
      const assign = Int32Array.from(p.positions, (k) => foldOf![k])
      const tt = foldsFromAssignment(assign)
      f = tt.map(({ train, test }) => {
        checkCancel(cancel)
        const trRows = Int32Array.from(train, (k) => p.rows[k])
        const vaRows = Int32Array.from(test, (k) => p.rows[k])
        const pre = fitPre(trRows)
        let Xtr = pre.transform(table, trRows)
        let ytr: Uint8Array = Uint8Array.from(train, (k) => p.y[k])
        if (useSmote) ({ X: Xtr, y: ytr } = runSmote(pre, Xtr, ytr))
        return { Xtr, ytr, Xva: pre.transform(table, vaRows), yva: Uint8Array.from(test, (k) => p.y[k]) }
      })
      p.folds.set(useSmote, f)
    }
    return f
  }

  const full = part(Infinity)
  const leakage = leakageCheck(full.pre, full.X, full.y)
  for (const l of leakage) {
    if (l.flag === 'leak') warnings.push(msg('train.warn.leak', { feature: l.feature, auc: num(l.auc, 3, 3) }))
    else if (l.flag === 'suspicious') warnings.push(msg('train.warn.suspicious', { feature: l.feature, auc: num(l.auc, 3, 3) }))
  }

  const ids = new Map<string, number>()
  const specs = config.models.map((m) => {
    const useSmote = m.smote ?? !!sm
    if (useSmote && !sm) throw new MessageError('train.error.smoteMissing', { model: m.name })
    let id = m.id ?? (useSmote ? `${m.name}+smote` : m.name)
    if (!m.id && !config.models.some((o) => o !== m && o.name === m.name)) id = m.name
    if (ids.has(id)) throw new MessageError('train.error.duplicateId', { id })
    ids.set(id, 1)
    return { ...m, id, useSmote }
  })
  // SVMs whose fold probabilities nobody reads (CV scores rank or threshold the decision values)
  // are cross-validated without Platt's internal 5-fold CV; the final model then takes its sigmoid
  // from the out-of-fold decision values of that same CV: 6 solves instead of 36.
  const voteCfg: VoteConfig | null = config.vote ? (typeof config.vote === 'string' ? { voting: config.vote } : config.vote) : null
  const softMembers = new Set(voteCfg?.voting === 'soft' ? (voteCfg.members ?? specs.map((m) => m.id)) : [])
  const imp = config.importance === false ? null : { repeats: 3, maxRows: 2000, models: undefined as string[] | undefined, ...(typeof config.importance === 'object' ? config.importance : {}) }

  const results: ModelResult[] = []
  const fitted = new Map<string, { est: Classifier; part: Part; foldPreds?: Array<{ proba: Float64Array; pred: Uint8Array }> }>()
  const nSteps = specs.length + (config.vote ? 1 : 0)
  const curvePoints = config.curvePoints ?? 200

  const evaluate = (id: string, name: ModelName | 'vote', label: string, est: Classifier, p: Part, params: Record<string, unknown>, useSmote: boolean, counts: { before: ClassCounts; after: ClassCounts }, fitSeconds: number, cv: (CvScores & { seconds: number }) | undefined): ModelResult => {
    const tp = now()
    const { proba, pred } = probaAndPredict(est, p.Xte)
    const predictSeconds = (now() - tp) / 1000
    const test = classificationMetrics(yTest, pred, proba)
    const both = test.confusion.tp + test.confusion.fn > 0 && test.confusion.tn + test.confusion.fp > 0
    const curves = {
      roc: both ? rocCurve(yTest, proba, curvePoints) : { x: new Float64Array(0), y: new Float64Array(0), thresholds: new Float64Array(0) },
      pr: both ? prCurve(yTest, proba, curvePoints) : { x: new Float64Array(0), y: new Float64Array(0), thresholds: new Float64Array(0) },
      calibration: calibrationBins(yTest, proba),
      sweep: thresholdSweep(yTest, proba),
    }
    const estJson = est.toJSON()
    const { confusion: _c, ...testOnly } = test
    const model: ClassifierModel = {
      kind: 'classifier', id, name, target: config.target, positive: tgt.positive,
      features, schema: schemaAll.filter((s) => features.includes(s.name)), pipeline: p.pre.toJSON(), estimator: estJson, threshold: 0.5,
      metrics: { test: testOnly, cv: cv ? summarise(cv) : undefined },
      trainedOn: { table: table.name, rows: p.rows.length, positives: p.y.reduce((a, b) => a + b, 0), smote: useSmote, createdAt: new Date().toISOString() },
      containsTrainingRows: !!estJson.containsTrainingRows,
      settings: {
        model: name, params: name === 'vote' ? {} : { ...params }, smote: useSmote && sm ? { ...sm } : null, seed, testSize: config.testSize ?? 0.2, cv: nFolds, features: [...features],
        ...(config.preprocess ? { preprocess: { ...config.preprocess } } : {}),
        ...(p.rows.length < yTrain.length ? { maxTrainRows: p.rows.length } : {}),
      },
    }
    const bu = (est as { backendUsed?: unknown }).backendUsed
    const backend = typeof bu === 'string' && bu && bu !== 'js' ? `tfjs-${bu}` : 'js'
    return { id, name, label, params, smote: useSmote, trainRows: p.rows.length, classCounts: counts, test, cv, fitSeconds, predictSeconds, backend, testProba: proba, curves, model }
  }

  for (let s = 0; s < specs.length; s++) {
    const spec = specs[s]
    const info = MODELS[spec.name]
    const prog = subProgress(progress, s / nSteps, (s + 1) / nSteps)
    const report = (f: number, msg: string): void => prog?.(f, `${info.label}${spec.useSmote ? ' + SMOTE' : ''}: ${msg}`)
    try {
      await yieldToEvents()
      checkCancel(cancel)
      const p = part(spec.maxTrainRows ?? Infinity)
      report(0, 'preparing folds')
      const folds = foldsOf(p, spec.useSmote)
      let params = { ...(spec.params ?? {}) }
      let grid: ModelResult['grid']
      let cv: (CvScores & { seconds: number }) | undefined
      const svmNoPlattCv = spec.name === 'svm' && !softMembers.has(spec.id) && params.probability !== false && !!folds
      const cvParams = (extra: Record<string, unknown>): Record<string, unknown> => (svmNoPlattCv ? { ...params, ...extra, probability: false } : { ...params, ...extra })
      // the final training part (SMOTE on it only)
      const ts = now()
      let Xf = p.X, yf = p.y
      let counts = { before: countsOf(p.y), after: countsOf(p.y) }
      if (spec.useSmote) {
        if (!p.smoted) p.smoted = runSmote(p.pre, p.X, p.y)
        Xf = p.smoted.X; yf = p.smoted.y
        counts = { before: p.smoted.before, after: p.smoted.after }
      }
      const smoteSeconds = (now() - ts) / 1000
      const foldJobs = (pp: Record<string, unknown>): FitJob[] => folds!.map((fd) => ({ model: spec.name, params: pp, Xtr: fd.Xtr, ytr: fd.ytr, Xva: fd.Xva, decision: svmNoPlattCv }))
      const finalJob = (): FitJob => ({ model: spec.name, params: svmNoPlattCv ? { ...params, probability: false } : params, Xtr: Xf, ytr: yf, keepModel: true })
      const fitReport = (f: number): void => report(0.8 + 0.15 * f, 'fitting on the training part')
      let final: FitOutput
      let foldOuts: FitOutput[] | null = null
      if (spec.grid) {
        if (!folds) throw new MessageError('train.error.gridNeedsCv')
        const pts = expandGrid(spec.grid === true ? info.defaultGrid : spec.grid)
        const tg = now()
        const outs = await runner(pts.flatMap((pt) => foldJobs(cvParams(pt))), { cancel, onProgress: (f, m) => report(0.05 + 0.75 * f, m ?? 'grid search') })
        const F = folds.length
        const gr = rankGrid(pts, pts.map((_, g) => foldScores(folds, predsOf(outs.slice(g * F, g * F + F)))), scoring, (now() - tg) / 1000)
        const bi = gr.points.indexOf(gr.best)
        foldOuts = outs.slice(bi * F, bi * F + F)
        params = { ...params, ...gr.best.params }
        grid = { scoring, points: gr.points.map(({ params: pp, mean, sd, rank }) => ({ params: pp, mean, sd, rank })), best: gr.best.params, bestScore: gr.best.mean, seconds: gr.seconds }
        cv = { ...gr.best.scores, seconds: foldOuts.reduce((a, o) => a + o.seconds, 0) }
        report(0.8, 'fitting on the training part')
        ;[final] = await runner([finalJob()], { cancel, onProgress: fitReport })
      } else {
        // the CV folds and the final fit are independent: one batch, run side by side when the runner can
        const outs = await runner([...(folds ? foldJobs(cvParams({})) : []), finalJob()], {
          cancel, onProgress: (f, m) => report(0.05 + 0.9 * f, folds ? `CV (${folds.length} folds) and the final fit${m ? `: ${m}` : ''}` : 'fitting on the training part'),
        })
        final = outs.pop()!
        if (folds) {
          foldOuts = outs
          cv = { ...foldScores(folds, predsOf(outs)), seconds: outs.reduce((a, o) => a + o.seconds, 0) }
        }
      }
      const foldPreds = foldOuts ? predsOf(foldOuts) : undefined
      const est = estimatorOf(final)
      if (svmNoPlattCv && foldOuts && est instanceof SVC) {
        // Platt on the CV's out-of-fold decision values, positives weighted back to the prior the model was trained at
        est.calibrate(concatF64(foldOuts.map((o) => o.dec!)), concatU8(folds!.map((fd) => fd.yva)), counts.after.positive / counts.before.positive)
      }
      const fitSeconds = final.seconds + smoteSeconds
      const r = evaluate(spec.id, spec.name, info.label, est, p, params, spec.useSmote, counts, fitSeconds, cv)
      r.grid = grid
      if (est instanceof LogisticRegression) r.coefficients = lrCoefficients(est, p.pre)
      if (imp && (imp.models ? imp.models.includes(spec.id) : spec.name !== 'knn' && spec.name !== 'svm')) {
        report(0.95, 'permutation importance')
        const rows = yTest.length > imp.maxRows ? stratifiedSubsample(yTest, imp.maxRows, seed) : null
        const Xi = rows ? takeRowsM(p.Xte, rows) : p.Xte
        const yi = rows ? Uint8Array.from(rows, (k) => yTest[k]) : yTest
        const bothI = yi.some((v) => v === 1) && yi.some((v) => v === 0)
        if (bothI) r.importance = permutationImportance(est, p.pre, Xi, yi, { scoring: 'roc_auc', repeats: imp.repeats, seed }, { cancel })
      }
      fitted.set(spec.id, { est, part: p, foldPreds })
      results.push(r)
      control.onModelDone?.(r)
    } catch (e) {
      if (e instanceof CancelledError) throw e
      const failed = { id: spec.id, name: spec.name, label: info.label, params: spec.params ?? {}, smote: spec.useSmote, error: errorMessage(e) } as ModelResult
      results.push(failed)
      control.onModelDone?.(failed)
    }
  }

  if (voteCfg) {
    const v = voteCfg
    const memberIds = v.members ?? [...fitted.keys()]
    try {
      const members = memberIds.map((id) => {
        const f = fitted.get(id)
        if (!f) throw new MessageError(results.find((r) => r.id === id)?.error ? 'train.error.voteMemberFailed' : 'train.error.voteMemberMissing', { id })
        return { id, ...f }
      })
      if (members.length < 2) throw new MessageError('train.error.voteTooFew')
      const p0 = members[0].part
      if (members.some((m) => m.part !== p0)) throw new MessageError('train.error.voteSameRows')
      const est = new VotingClassifier({ estimators: members.map((m) => ({ name: m.id, estimator: m.est })), voting: v.voting, weights: v.weights ?? null, prefit: true })
      await est.fit(p0.X, p0.y)
      // CV of the vote from the members' own fold predictions (same folds, no refit)
      let cv: (CvScores & { seconds: number }) | undefined
      const folds = foldOf ? foldsOf(p0, false) : null
      if (folds && members.every((m) => m.foldPreds)) {
        const w = v.weights ?? members.map(() => 1)
        const W = w.reduce((a, b) => a + b, 0)
        const preds = folds.map((fold, f) => {
          const n = fold.yva.length
          const proba = new Float64Array(n)
          for (let i = 0; i < n; i++) {
            let s = 0
            members.forEach((m, k) => (s += w[k] * (v.voting === 'soft' ? m.foldPreds![f].proba[i] : m.foldPreds![f].pred[i])))
            proba[i] = s / W
          }
          return { proba, pred: Uint8Array.from(proba, (q) => (q > 0.5 ? 1 : 0)) }
        })
        cv = { ...foldScores(folds, preds), seconds: 0 }
      }
      const anySmote = members.some((m) => results.find((r) => r.id === m.id)?.smote)
      const r = evaluate('vote', 'vote', `${v.voting === 'soft' ? 'Soft' : 'Hard'} vote (${memberIds.join(', ')})`, est, p0, { voting: v.voting, weights: v.weights ?? null, members: memberIds }, anySmote,
        { before: countsOf(p0.y), after: countsOf(p0.y) }, members.reduce((a, m) => a + (results.find((r2) => r2.id === m.id)?.fitSeconds ?? 0), 0), cv)
      r.model.settings.vote = {
        voting: v.voting, ...(v.weights ? { weights: [...v.weights] } : {}),
        members: members.map((m) => {
          const mr = results.find((x) => x.id === m.id)!
          return { model: mr.name, params: { ...mr.params }, smote: mr.smote }
        }),
      }
      if (anySmote && sm) r.model.settings.smote = { ...sm }
      results.push(r)
      control.onModelDone?.(r)
    } catch (e) {
      if (e instanceof CancelledError) throw e
      const failed = { id: 'vote', name: 'vote', label: 'Vote', params: {}, smote: false, error: errorMessage(e) } as ModelResult
      results.push(failed)
      control.onModelDone?.(failed)
    }
  }
  progress?.(1, 'done')

  return {
    target: config.target, positive: tgt.positive, negatives: tgt.negatives, rows: tgt.rows.length, droppedMissingTarget: tgt.droppedMissing,
    split: { mode, train: split.train.length, test: split.test.length, trainPositive: posTrain, testPositive: yTest.reduce((a, b) => a + b, 0), testRows: split.test, trainRows: split.train },
    features: { input: features, encoded: full.pre.featureNames, notes: full.pre.notes, warnings: full.pre.warnings },
    leakage, yTest, models: results, backend: [...new Set(results.filter((r) => !r.error).map((r) => r.backend))].join(', ') || 'js', seconds: (now() - t0) / 1000, warnings: [...warnings, ...full.pre.warnings],
  }
}

function countsOf(y: Uint8Array): ClassCounts {
  const pos = y.reduce((a, b) => a + b, 0)
  return { negative: y.length - pos, positive: pos }
}

function predsOf(outs: FitOutput[]): Array<{ proba: Float64Array; pred: Uint8Array }> {
  return outs.map((o) => ({ proba: o.proba!, pred: o.pred! }))
}

function concatF64(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((a, b) => a + b.length, 0))
  let o = 0
  for (const q of parts) { out.set(q, o); o += q.length }
  return out
}

function concatU8(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, b) => a + b.length, 0))
  let o = 0
  for (const q of parts) { out.set(q, o); o += q.length }
  return out
}

function takeRowsM(X: Matrix, idx: ArrayLike<number>): Matrix {
  const p = X.cols
  const out = new Float64Array(idx.length * p)
  for (let k = 0; k < idx.length; k++) out.set(X.data.subarray(idx[k] * p, idx[k] * p + p), k * p)
  return { rows: idx.length, cols: p, data: out }
}
