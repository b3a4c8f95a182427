import type { Column, ColumnSchema, Table } from '../data/table'
import { cellString, getColumn, isMissing } from '../data/table'
import { trainAndCompare, type ModelResult, type TrainConfig, type TrainResult } from '../ml/propensity/train'
import { fitRegression } from '../ml/propensity/regression'
import { Preprocessor } from '../ml/preprocessing/pipeline'
import { encodeTarget, leakageCheck, type FeatureAuc } from '../ml/preprocessing/target'
import { stratifiedSplit } from '../ml/selection/split'
import { assignBands, type Band } from '../ml/explain/explain'
import { customerReasons, exactShap, reasonCells, reasonHeader } from '../ml/explain/reasons'
import { toCsv } from '../data/csv'
import { describeSave, fromPropensityModel, serializeModel, type SaveInput } from '../ml/modelfile'
import type { Band as FileBand } from '../ml/modelfile/types'
import { makeExplainer, probabilityContributions, shapSummary, type ShapMethod, type ShapSummary } from '../ml/explain/shap'
import { treeStructure } from '../ml/explain/treeRules'
import { DecisionTreeClassifier } from '../ml/estimators/tree'
import { Rng } from '../ml/core/random'
import { errorMessage, list, msg, pct, type Message, MessageError } from '../ml/core/message'

import { checkMemory, trainingBytes } from '../ml/core/memory'
import type { FitRunner } from '../ml/propensity/fitjobs'
import type { ResultCache } from './cache'
import type { EngineContext, WireSummary } from './types'

/**
 * The Predict area's engine: inspect a target, train and compare, score, export, save model
 * files, regress. Pure: the tables, the result cache, the fit runner and where new datasets go
 * are handed in, so the ml worker (a dispatcher over it), Node tests and the CLI drive the same
 * code. Trained runs live in the result cache (durable: their models survive reloads); the page
 * receives metrics, curves and small arrays (copies, so transferring them never detaches what
 * the cache keeps for exports and saving).
 */
export interface PredictDeps {
  /** a dataset's columns and schema, by id */
  tables: (id: string) => { table: Table; schema: ColumnSchema[] }
  results: ResultCache
  /** runs the fits (CV folds, grid points, final fits); default in-process */
  runner?: FitRunner
  fitWorkers?: number
  /** keeps a derived table as a new workspace dataset */
  addDataset: (args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }) => Promise<WireSummary>
}

type Ctx = EngineContext

interface HeldRun {
  datasetId: string
  /** the whole result, models as JSON included: stored, so a run survives reloads */
  result: TrainResult
}

export interface InspectArgs {
  datasetId: string
  target: string
  positive?: string
  features?: string[]
  testSize?: number
  seed?: number
  smote?: { ratio: number } | null
}

export interface TrainArgs {
  datasetId: string
  runId: string
  config: TrainConfig
}

export interface ExportArgs {
  runId: string
  modelId: string
  bands: Band[]
  reasons?: boolean
}

export interface ExplainArgs {
  runId: string
  modelId: string
  /** test customers explained (a seeded sample when the test part is larger) */
  rows?: number
  /** at most this many with the sampled explainer (default 25) */
  sampledRows?: number
  seed?: number
}

/** What the page's Explain section shows: SHAP on a sample of test customers, and a tree's rules. */
export interface ExplainResult {
  method: ShapMethod
  /** the scale the raw SHAP values add up on ('logodds' for logistic regression) */
  scale: 'probability' | 'logodds'
  columns: string[]
  /** the average prediction the contributions start from, as a probability */
  base: number
  /** mean |contribution| per column, in probability (fraction, not percent) */
  meanAbs: Float64Array
  rows: number
  /** the explained customers: row number in the dataset, their id, P(y = 1) */
  rowIndex: Int32Array
  ids: string[]
  probability: Float64Array
  /** rows × columns contributions in probability: base + Σ row = probability */
  contributions: Float64Array
  /** rows × columns: each explained customer's own value of each input, as text ('' when missing) */
  values: string[]
  /**
   * rows × columns: the same values as numbers for the beeswarm's colour and the dependence
   * plot's axis (NaN when missing or when the column is not numeric)
   */
  numeric: Float64Array
  /** per column: numeric (a value axis, a colour scale) or categorical (levels) */
  numericColumn: boolean[]
  /** largest |base + Σ contributions − probability| over the sample */
  additivityMaxError: number
  /** largest |probability − the model's own predictProba| (both paths score the same customer) */
  scoreMaxError: number
  /** largest standard error (sampled explainers only) */
  maxSe: number | null
  /** a decision tree's leaves as rules (rendered codes), largest leaf first */
  rules: { text: Message; samples: number; positiveShare: number }[] | null
}

/** A model's SHAP in numbers (the CLI's `classify --shap N`): the first `rows` test customers, in split order. */
export interface ShapSummaryArgs {
  runId: string
  modelId: string
  rows: number
  /** background rows of the sampled explainer (KNN, SVM, MLP, votes); default 50 */
  backgroundSize?: number
  /** antithetic pairs per customer of the sampled explainer; default 5 */
  pairs?: number
}

export interface SaveArgs {
  runId: string
  modelId: string
  name: string
  threshold: number
  bands: Band[]
  author?: string
  notes?: string
  /** what the positive outcome means in the user's words: the card says "y = yes (subscribed)" */
  outcomeName?: string
  /** the user said "Save anyway" to a model that holds customer rows */
  allowCustomerRows?: boolean
}

export function predictEngine(deps: PredictDeps) {
    /** model file inputs rebuilt from each model's JSON, made on first use (not stored) */
  const inputsOf = new WeakMap<HeldRun, Map<string, SaveInput & { kind: 'classifier' }>>()

  async function heldRun(runId: string): Promise<HeldRun> {
    return deps.results.get<HeldRun>('run', runId, 'This training run was deleted: train again.')
  }

  function heldModel(run: HeldRun, modelId: string): ModelResult {
    const m = run.result.models.find((x) => x.id === modelId)
    if (!m) throw new MessageError('engine.modelNotInRun', { model: modelId })
    if (m.error) throw new MessageError('engine.modelFailed', { model: modelId, reason: m.error })
    return m
  }

  /** The dataset's id column (role or type id), if any: used as the id in exports and model files. */
  function idColumnOf(schema: ColumnSchema[]): string | null {
    return schema.find((c) => c.role === 'id')?.name ?? schema.find((c) => c.type === 'id')?.name ?? null
  }

  function saveInput(run: HeldRun, modelId: string): SaveInput & { kind: 'classifier' } {
    let inputs = inputsOf.get(run)
    if (!inputs) inputsOf.set(run, (inputs = new Map()))
    const held = inputs.get(modelId)
    if (held) return held
    const m = heldModel(run, modelId)
    const { table, schema } = deps.tables(run.datasetId)
    const s = fromPropensityModel(m.model, { table, rows: run.result.split.trainRows }, { idColumn: idColumnOf(schema) })
    inputs.set(modelId, s)
    return s
  }

  const fileBands = (bands: Band[]): FileBand[] =>
    bands.map((b, k) => ({ label: b.label, min: b.from, max: k + 1 < bands.length ? bands[k + 1].from : 1, channel: b.channel || undefined }))

  /** Everything the page shows of a model: the result without its model file (which may hold customer rows). */
  function modelSummary(m: ModelResult) {
    const { model, ...rest } = m
    return { ...structuredClone(rest), containsTrainingRows: model ? model.containsTrainingRows : false }
  }

  function defaultFeatures(table: Table, schema: ColumnSchema[], target: string): string[] {
    return table.columns.map((c) => c.name).filter((n) => {
      const s = schema.find((c) => c.name === n)
      return n !== target && s?.role !== 'id' && s?.role !== 'ignore' && s?.role !== 'target'
    })
  }


  /**
   * Before training: the target's values (and whether one must be chosen as positive), the class
   * counts of the split, what SMOTE would make of them, the pipeline's notes (ID-like, constant,
   * dates) and the single-feature leakage check on the training rows.
   */
  function inspect(args: InspectArgs) {
    const { table, schema } = deps.tables(args.datasetId)
    const col = getColumn(table, args.target)
    const counts = new Map<string, number>()
    let missing = 0
    for (let i = 0; i < table.nRows; i++) {
      if (isMissing(col, i)) { missing++; continue }
      const v = cellString(col, i)
      counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    const values = [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count)
    const numeric = col.storage === 'number' && values.length > 10
    const base = { target: args.target, values: values.slice(0, 50), distinct: values.length, missing, numeric }
    if (values.length < 2) return { ...base, problem: values.length === 0 ? msg('predict.problem.noValues', { column: args.target }) : msg('predict.problem.oneValue', { column: args.target, value: values[0].value }) }
    let positive = args.positive
    if (positive !== undefined && !counts.has(positive)) positive = undefined
    if (positive === undefined) {
      try {
        positive = encodeTarget(table, args.target).positive
      } catch {
        return { ...base, needsPositive: true }
      }
    }
    const tgt = encodeTarget(table, args.target, positive)
    const split = stratifiedSplit(tgt.y, args.testSize ?? 0.2, args.seed ?? 42)
    const rows = Int32Array.from(split.train, (k) => tgt.rows[k])
    const y = Uint8Array.from(split.train, (k) => tgt.y[k])
    const pos = y.reduce((a, b) => a + b, 0)
    const features = (args.features?.length ? args.features : defaultFeatures(table, schema, args.target)).filter((f) => f !== args.target)
    let notes: Message[] = [], warnings: Message[] = [], encoded = 0
    let leakage: FeatureAuc[] = []
    let problem: Message | undefined
    if (features.length === 0) problem = msg('pre.error.noInput')
    else {
      try {
        const pre = Preprocessor.fit({ table, rows, features, schema })
        notes = pre.notes
        warnings = pre.warnings
        encoded = pre.nFeatures
        if (pre.nFeatures === 0) problem = msg('pre.error.allLeftOut')
        else leakage = leakageCheck(pre, pre.transform(table, rows), y).sort((a, b) => Math.max(b.auc, 1 - b.auc) - Math.max(a.auc, 1 - a.auc))
      } catch (e) {
        problem = errorMessage(e)
      }
    }
    const before = { negative: y.length - pos, positive: pos }
    let after = before
    if (args.smote) {
      const minor = Math.min(before.negative, before.positive), major = Math.max(before.negative, before.positive)
      const extra = Math.max(0, Math.floor(major * args.smote.ratio - minor))
      after = pos <= y.length - pos ? { negative: before.negative, positive: pos + extra } : { negative: before.negative + extra, positive: pos }
    }
    return {
      ...base, positive: tgt.positive, negatives: tgt.negatives, problem,
      split: { train: split.train.length, test: split.test.length, trainPositive: pos, testPositive: tgt.counts.positive - pos },
      classCounts: { before, after }, features, encoded, notes, warnings, leakage,
    }
  }


  /** The training's memory, estimated from the table before anything is allocated (see memory.ts). */
  function trainingNeed(table: Table, schema: ColumnSchema[], config: TrainConfig): number {
    const skip = new Set([config.target, ...(config.drop ?? [])])
    const names = config.features?.length
      ? config.features
      : table.columns.map((c) => c.name).filter((n) => !skip.has(n) && !['id', 'ignore', 'target'].includes(schema.find((c) => c.name === n)?.role ?? ''))
    let encoded = 0
    // one-hot: one column per level, at most the preprocessor's 1,000
    for (const n of names) {
      const c = table.columns.find((x) => x.name === n)
      if (c) encoded += c.storage === 'string' ? Math.min(c.levels.length, 1000) : 1
    }
    const svm = config.models.find((m) => m.name === 'svm') as { params?: { cacheMB?: number } } | undefined
    return trainingBytes({ rows: table.nRows, features: encoded, folds: config.cv ?? 5, models: config.models.map((m) => m.name), smote: !!config.smote, svmCacheMB: svm?.params?.cacheMB })
  }

  async function train(args: TrainArgs, ctx: Ctx) {
    const { table, schema } = deps.tables(args.datasetId)
    checkMemory(msg('limits.job.training'), trainingNeed(table, schema, args.config))
    const result = await trainAndCompare(table, schema, { ...args.config, importance: args.config.importance ?? true }, { ...ctx, runner: deps.runner })
    deps.results.set<HeldRun>('run', args.runId, { datasetId: args.datasetId, result }, { durable: true })
    const { models, yTest, split, ...rest } = result
    return {
      runId: args.runId,
      datasetId: args.datasetId,
      ...structuredClone(rest),
      fitWorkers: deps.fitWorkers ?? 1,
      split: { mode: split.mode, train: split.train, test: split.test, trainPositive: split.trainPositive, testPositive: split.testPositive },
      yTest: yTest.slice(),
      models: models.map(modelSummary),
    }
  }

  /** Probabilities (and reasons: exact SHAP for tree models and logistic regression, see customerReasons) of every row of the run's dataset with one of its models. */
  function scoreAll(run: HeldRun, modelId: string, withReasons: boolean, ctx: Ctx) {
    const input = saveInput(run, modelId)
    const { table } = deps.tables(run.datasetId)
    ctx.onProgress(0, 'encoding customers')
    const X = input.pipeline.transform(table)
    ctx.onProgress(0.1, 'scoring')
    const proba = input.estimator.predictProba(X)
    const control = { cancel: ctx.cancel, onProgress: (f: number, m?: string) => ctx.onProgress(0.2 + 0.8 * f, m) }
    const reasons = withReasons
      ? customerReasons(input.estimator, input.pipeline, table, { X, background: () => input.pipeline.transform(table, run.result.split.trainRows), control }).reasons
      : null
    return { table, proba, reasons }
  }

  function idsOf(table: Table, schema: ColumnSchema[]): (i: number) => string {
    const id = idColumnOf(schema)
    const c = id ? table.columns.find((x) => x.name === id) : undefined
    return c ? (i) => cellString(c, i) : (i) => String(i + 1)
  }


  /**
   * Scored customers as CSV: one row per dataset row in order — id (the id column, else the row
   * number from 1), probability (full float64 precision, so a colleague's scores can be compared to
   * 1e-9), band, then per reason k = 1..3 reason_k ("input = the customer's value") and
   * reason_k_contribution (signed, in probability like the probability column: SHAP for tree
   * models and logistic regression, see shapReasons). Every cell is formula-injection safe.
   */
  async function exportCsv(args: ExportArgs, ctx: Ctx): Promise<string> {
    const run = await heldRun(args.runId)
    const { table, proba, reasons } = scoreAll(run, args.modelId, args.reasons ?? true, ctx)
    const id = idsOf(table, deps.tables(run.datasetId).schema)
    const band = assignBands(proba, args.bands)
    const rows = Array.from({ length: proba.length }, (_, i) => [id(i), proba[i], args.bands[band[i]].label, ...reasonCells(reasons?.[i])])
    return toCsv([idColumnOf(deps.tables(run.datasetId).schema) ?? 'row', 'probability', 'band', ...reasonHeader()], rows)
  }

  /** The run's dataset plus probability and band columns, for the data worker's addTable. */
  async function scoredTable(args: ExportArgs & { name: string }, ctx: Ctx) {
    const run = await heldRun(args.runId)
    const { table, proba } = scoreAll(run, args.modelId, false, ctx)
    const cols: Column[] = table.columns.map((c) => (c.storage === 'number' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice(), levels: [...c.levels] }))
    const taken = new Set(cols.map((c) => c.name))
    // A file without a customer id (like the bank sample) gets the row number as one, so the
    // scored customers can be selected, exported and matched with campaign results later.
    if (!idColumnOf(deps.tables(run.datasetId).schema)) {
      let name = 'row_id'
      for (let i = 2; taken.has(name); i++) name = `row_id_${i}`
      taken.add(name)
      cols.unshift({ name, storage: 'string', codes: Int32Array.from({ length: table.nRows }, (_, i) => i), levels: Array.from({ length: table.nRows }, (_, i) => String(i + 1)) })
    }
    const fresh = (n: string): string => {
      let k = n
      for (let i = 2; taken.has(k); i++) k = `${n}_${i}`
      taken.add(k)
      return k
    }
    cols.push({ name: fresh('probability'), storage: 'number', values: Float64Array.from(proba) })
    cols.push({ name: fresh('band'), storage: 'string', codes: assignBands(proba, args.bands), levels: args.bands.map((b) => b.label) })
    const counts = args.bands.map(() => 0)
    for (const b of assignBands(proba, args.bands)) counts[b]++
    return { table: { name: args.name, nRows: table.nRows, columns: cols } as Table, counts }
  }


  /**
   * SHAP of one model on a seeded sample of test customers, the training rows as background,
   * and the decision tree's rules. Contributions are in points of probability, so a customer's
   * add up to their score (log-odds SHAP of logistic regression is rescaled, see
   * probabilityContributions).
   */
  async function explain(args: ExplainArgs, ctx: Ctx): Promise<ExplainResult> {
    const asked = args.rows ?? 500
    if (!(Number.isInteger(asked) && asked >= 1)) throw new RangeError(`Explain needs a whole number of customers ≥ 1, got ${asked}.`)
    const run = await heldRun(args.runId)
    const input = saveInput(run, args.modelId)
    // sampled SHAP (KNN, SVM, MLP, votes) costs pairs × 2 × (inputs + 1) × background model calls
    // per customer, so it explains fewer customers than the exact explainers
    const sampled = !exactShap(input.estimator)
    const n = sampled ? Math.min(asked, args.sampledRows ?? 25) : asked
    const { table, schema } = deps.tables(run.datasetId)
    const test = run.result.split.testRows
    const pick = test.length <= n ? Int32Array.from(test) : Int32Array.from(new Rng(args.seed ?? 42).sample(test.length, n), (k) => test[k]).sort()
    ctx.onProgress(0, 'encoding customers')
    const pre = input.pipeline
    const X = pre.transform(table, pick)
    const background = pre.transform(table, run.result.split.trainRows)
    const ex = makeExplainer(input.estimator, pre, { background, backgroundSize: 25, pairs: 5, seed: args.seed ?? 42 })
    ctx.onProgress(0.05, 'SHAP')
    const block = ex.explain(X, { cancel: ctx.cancel, onProgress: (f, m) => ctx.onProgress(0.05 + 0.9 * f, m) })
    const pc = probabilityContributions(ex, block)
    const G = ex.columns.length
    const meanAbs = new Float64Array(G)
    let addErr = 0
    for (let i = 0; i < block.rows; i++) {
      let s = pc.base
      for (let g = 0; g < G; g++) { const v = pc.values[i * G + g]; s += v; meanAbs[g] += Math.abs(v) / block.rows }
      addErr = Math.max(addErr, Math.abs(s - pc.probability[i]))
    }
    const own = input.estimator.predictProba(X)
    let scoreErr = 0
    for (let i = 0; i < block.rows; i++) scoreErr = Math.max(scoreErr, Math.abs(own[i] - pc.probability[i]))
    let maxSe: number | null = null
    if (block.se) for (const v of block.se) maxSe = Math.max(maxSe ?? 0, v)
    let rules: ExplainResult['rules'] = null
    if (input.estimator instanceof DecisionTreeClassifier) {
      const st = treeStructure(input.estimator, pre)
      rules = st.rules
        .map((r) => {
          const share = r.shares ? r.shares[1] : r.value
          const conds: Message[] = r.conditions.map((c) => msg(c.code, c.params))
          const text = conds.length ? msg('explain.rule.leaf', { conditions: list(conds), share: pct(share, 1), samples: r.samples }) : msg('explain.rule.always', { share: pct(share, 1), samples: r.samples })
          return { text, samples: r.samples, positiveShare: share }
        })
        .sort((a, b) => b.samples - a.samples)
    }
    const id = idsOf(table, schema)
    const cols = ex.columns.map((c) => getColumn(table, c))
    const values: string[] = []
    for (const r of pick) for (const c of cols) values.push(isMissing(c, r) ? '' : cellString(c, r))
    const numeric = new Float64Array(pick.length * G).fill(NaN)
    pick.forEach((r, i) => cols.forEach((c, g) => { if (c.storage === 'number') numeric[i * G + g] = c.values[r] }))
    ctx.onProgress(1, 'SHAP done')
    return {
      method: ex.method, scale: ex.scale, columns: ex.columns.slice(), base: pc.base, meanAbs, rows: block.rows,
      rowIndex: pick, ids: Array.from(pick, (r) => id(r)), probability: Float64Array.from(pc.probability), contributions: Float64Array.from(pc.values), values,
      numeric, numericColumn: cols.map((c) => c.storage === 'number'),
      additivityMaxError: addErr, scoreMaxError: scoreErr, maxSe, rules,
    }
  }

  /**
   * Mean |SHAP| per column, the expected value and the additivity error over the first
   * `rows` test customers, the training rows as background (exact for lr / tree / rf / gbt).
   */
  async function shapOverview(args: ShapSummaryArgs, ctx?: Ctx): Promise<ShapSummary & { backgroundSize: number; pairs: number }> {
    if (!(Number.isInteger(args.rows) && args.rows >= 1)) throw new RangeError(`SHAP needs a whole number of customers ≥ 1, got ${args.rows}.`)
    const run = await heldRun(args.runId)
    const input = saveInput(run, args.modelId)
    const { table } = deps.tables(run.datasetId)
    const pre = input.pipeline
    const test = run.result.split.testRows
    const X = pre.transform(table, test.slice(0, Math.min(args.rows, test.length)))
    const backgroundSize = args.backgroundSize ?? 50, pairs = args.pairs ?? 5
    const ex = makeExplainer(input.estimator, pre, { background: pre.transform(table, run.result.split.trainRows), backgroundSize, pairs })
    const s = shapSummary(ex, X.rows, (a, b) => ({ rows: b - a, cols: X.cols, data: X.data.subarray(a * X.cols, b * X.cols) }), {}, ctx)
    return { ...s, backgroundSize, pairs }
  }

  function withOptions(run: HeldRun, a: SaveArgs): SaveInput & { kind: 'classifier' } {
    const base = saveInput(run, a.modelId)
    const name = a.name.trim()
    if (!name) throw new RangeError('Give the model a name before saving it.')
    return { ...base, name, threshold: a.threshold, bands: fileBands(a.bands), card: { ...base.card, ...(a.outcomeName?.trim() && base.card?.predicts ? { predicts: `${base.card.predicts} (${a.outcomeName.trim()})` } : {}), ...(a.author ? { author: a.author } : {}), ...(a.notes ? { notes: a.notes } : {}) }, refuseCustomerRows: !a.allowCustomerRows }
  }

  return {
    inspect: inspect,
    train: train,
    exportCsv: exportCsv,
    explain,
    shapSummary: shapOverview,
    scoredTable,
    /** the scored table as a new workspace dataset, handed to the data worker directly */
    async addScores(args: ExportArgs & { name: string }, ctx: Ctx) {
      const r = await scoredTable(args, ctx)
      return { dataset: await deps.addDataset({ name: args.name, table: r.table, source: 'scores' }), counts: r.counts }
    },

    /** What the model file will contain, before anything is written (customer rows: KNN, SVM). */
    async describeSave(args: SaveArgs) {
      const run = await heldRun(args.runId)
      const d = describeSave(withOptions(run, { ...args, allowCustomerRows: true }))
      const m = heldModel(run, args.modelId)
      return { ...d, name: args.name, algorithm: m.label, trainRows: m.trainRows, threshold: args.threshold, bands: args.bands.length }
    },

    /** The model's artifacts, for the page's storage handlers (refused with a RangeError when it holds customer rows and the user did not allow it). */
    async saveFile(args: SaveArgs) {
      const run = await heldRun(args.runId)
      const saved = await serializeModel(withOptions(run, args))
      return { artifacts: saved.artifacts, fileName: saved.fileName, sha256: saved.sha256 }
    },

    /**
     * A model of the run as a model file with the trainer's defaults (name "target = positive
     * (model)", threshold 0.5, default bands): what `classify --save` writes.
     */
    async modelFile(args: { runId: string; modelId: string }) {
      const run = await heldRun(args.runId)
      const saved = await serializeModel(saveInput(run, args.modelId))
      return { artifacts: saved.artifacts, fileName: saved.fileName, sha256: saved.sha256 }
    },

    /** Forget a run of the history (memory and storage). */
    dropRun(args: { runId: string }) {
      return deps.results.delete(args.runId)
    },

    /** Linear regression (OLS / ridge) on a numeric target; the residual plot is thinned to ≤ 4,000 points. */
    regress(args: { datasetId: string; target: string; features?: string[]; alpha?: number }) {
      const { table, schema } = deps.tables(args.datasetId)
      const col = getColumn(table, args.target)
      if (col.storage !== 'number') throw new RangeError(`"${args.target}" is not numeric: regression needs a number to predict (use the classification tab for categories).`)
      const r = fitRegression(table, schema, { target: args.target, features: args.features, alpha: args.alpha ?? 0 })
      const n = r.residuals.fitted.length
      const step = Math.max(1, Math.ceil(n / 4000))
      const keep = Math.ceil(n / step)
      const fitted = new Float64Array(keep), residual = new Float64Array(keep)
      for (let k = 0; k < keep; k++) {
        fitted[k] = r.residuals.fitted[k * step]
        residual[k] = r.residuals.residual[k * step]
      }
      return { ...r, residuals: { fitted, residual, shown: keep, of: n }, model: (args.alpha ?? 0) > 0 ? ('ridge' as const) : ('ols' as const), alpha: args.alpha ?? 0 }
    },
  }
}

export type PredictEngine = ReturnType<typeof predictEngine>
