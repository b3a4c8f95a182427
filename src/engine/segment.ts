import type { ColumnSchema, Table, Column } from '../data/table'
import { getColumn, stringColumn, cellString } from '../data/table'
import { matrix, type Matrix } from '../ml/core/matrix'
import { subProgress } from '../ml/core/progress'
import type { CleaningOptions, TransactionMapping } from '../ml/segmentation/transactions'
import type { FeatureName } from '../ml/segmentation/features'
import { customerTable, featureValues, FEATURE_NAMES } from '../ml/segmentation/features'
import type { ClusterResult, ClusterExtras, RfmAnalysis, OutlierOptions } from '../ml/segmentation/segment'
import { clusterCustomers, exportRows, featureMatrix, rfmAnalysis, segmentValues } from '../ml/segmentation/segment'
import { customersCsv } from '../ml/segmentation/export'
import { toCsv } from '../data/csv'
import { RFM_SEGMENTS } from '../ml/segmentation/rfm'
import type { RfmSegment } from '../ml/segmentation/rfm'
import { renderEnglish } from '../i18n/render'
import type { BtydModelName, ClvMessage, Period } from '../ml/clv'
import { analyseClv, summaryFromTable, BTYD_MODELS, calibrationHoldout, checkRepeatBuyers, ClvError, clvDistribution, conditionalExpectedPurchases, cumulativeRepeatCurve, fitBtyd, holdoutByFrequency, PERIODS_PER_MONTH, periodStart, probabilityAlive, probabilityAliveMatrix, summaryFromTransactions, topCustomers } from '../ml/clv'
import type { BtydFit, ClvOptions, ClvResult, ClvSummary } from '../ml/clv'
import { cleanTransactions, type CleanTransactions } from '../ml/segmentation/transactions'
import { MessageError, msg, type Message } from '../ml/core/message'
import { checkMemory, clusteringBytes } from '../ml/core/memory'
import { fitTransform } from '../ml/clustering/transform'
import { computeMap, MAP_METHODS, type MapMethod } from '../ml/maps'
import { Rng } from '../ml/core/random'
import { newResultId, type ResultCache } from './cache'
import type { EngineContext, WireSummary } from './types'

/**
 * The Segment area's engine: RFM on a transaction log or a customer table as it is, k-means with
 * its elbow, silhouette, map and outliers, customer value (BTYD), exports and the customer table
 * as a new dataset. Pure: the tables, the result cache and where new datasets go are handed in, so
 * the ml worker (a dispatcher over it), Node tests and the CLI drive the same code. The
 * customer-level results (features, scores, labels, map) stay in the result cache by result id
 * (durable: they survive reloads); callers receive summaries and chart-ready arrays only.
 */
export interface SegmentDeps {
  /** a dataset's columns and schema, by id */
  tables: (id: string) => { table: Table; schema: ColumnSchema[] }
  results: ResultCache
  /** keeps a derived table as a new workspace dataset (the app's data worker; absent in the CLI) */
  addDataset?: (args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }) => Promise<WireSummary>
}

type Ctx = EngineContext

interface SegmentState {
  datasetId: string
  mode: 'transactions' | 'customers'
  rfm: RfmAnalysis | null
  /** customer-table mode: the table and its numeric columns */
  table: Table | null
  ids: string[]
  clusters: ClusterResult | null
  /** customer value per customer, aligned with rfm.features.ids (NaN: not known) */
  clv?: CustomerValueColumns | null
}

interface CustomerValueColumns {
  /** column names, e.g. expected_purchases_90d and clv_12m */
  names: [string, string, string]
  pAlive: Float64Array
  expectedPurchases: Float64Array
  clv: Float64Array
}

/** The value columns for exports and the workspace table (rounded like the other export numbers). */
function valueColumns(c: CustomerValueColumns): { name: string; values: Float64Array; digits: number }[] {
  return [
    { name: c.names[0], values: c.pAlive, digits: 6 },
    { name: c.names[1], values: c.expectedPurchases, digits: 4 },
    { name: c.names[2], values: c.clv, digits: 2 },
  ]
}

export interface FeatureStat {
  name: string
  min: number
  q1: number
  median: number
  q3: number
  max: number
  mean: number
  missing: number
}

function quantile(sorted: Float64Array, q: number): number {
  if (!sorted.length) return NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo)
}

function stat(name: string, v: ArrayLike<number>): FeatureStat {
  const ok: number[] = []
  let sum = 0
  for (let i = 0; i < v.length; i++) {
    const x = v[i]
    if (Number.isFinite(x)) {
      ok.push(x)
      sum += x
    }
  }
  const s = Float64Array.from(ok).sort()
  return { name, min: s[0] ?? NaN, q1: quantile(s, 0.25), median: quantile(s, 0.5), q3: quantile(s, 0.75), max: s[s.length - 1] ?? NaN, mean: ok.length ? sum / ok.length : NaN, missing: v.length - ok.length }
}

export interface RfmArgs {
  datasetId: string
  mapping: TransactionMapping
  cleaning: Partial<CleaningOptions>
}

export interface TableArgs {
  datasetId: string
  features: string[]
  idColumn?: string
}

export interface ClusterArgs {
  resultId: string
  features: string[]
  k: number | { kMin: number; kMax: number }
  /** with a range: the k profiled ('last' = the range's end, as the CLI reports) */
  chosenK: number | 'suggested' | 'last'
  nInit: number
  /** k-means limits (defaults 300 iterations, 1e-4) */
  maxIter?: number
  tol?: number
  seed: number
  log: boolean
  standardize: boolean
  silhouette: boolean
  outliers: { method: OutlierOptions['method']; excludeFraction: number }
}

export interface MapArgs {
  resultId: string
  method: MapMethod
  /** the clustering's features and transforms: the map shows the space k-means saw */
  features: string[]
  log: boolean
  standardize: boolean
  seed: number
  /** customers mapped at most (a seeded sample above: t-SNE and UMAP grow faster than n) */
  maxPoints: number
}

function clusterMatrix(s: SegmentState, names: string[]) {
  if (s.mode === 'transactions') {
    const f = s.rfm!.features
    const X = featureMatrix(f, names as FeatureName[])
    const extras: ClusterExtras = { ids: f.ids, revenue: f.monetary, margin: f.margin, categories: f.categoryShares }
    return { X, extras }
  }
  const t = s.table!
  const p = names.length
  const X = matrix(t.nRows, p)
  names.forEach((nm, j) => {
    const c = getColumn(t, nm) as { values: Float64Array }
    for (let i = 0; i < t.nRows; i++) X.data[i * p + j] = c.values[i]
  })
  return { X, extras: { ids: s.ids } as ClusterExtras }
}

function clusterNameColumn(s: SegmentState, names: string[] | undefined): (string | null)[] | null {
  if (!s.clusters) return null
  // The page passes the names in its language; without them (never in the app), the English defaults.
  const nm = names ?? s.clusters.clusters.map((c) => renderEnglish(c.name))
  return Array.from(s.clusters.labels, (l) => nm[l] ?? String(l + 1))
}

export interface ClvArgs {
  resultId: string
  model: BtydModelName
  period: Period
  /** periods ahead for the expected purchases */
  horizon: number
  months: number
  /** per month */
  discount: number
  /** customers in the top table */
  top: number
}

/** CLV codes are bare in src/ml/clv; the app's catalogue has them under clv.msg. */
const clvMsg = (m: ClvMessage) => ({ code: `clv.msg.${m.code}`, params: { ...m.params } })

/** A CLV step whose ClvError becomes a coded error (clv.msg.*), as every engine error is. */
function clvCoded<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof ClvError) throw new MessageError(`clv.msg.${e.code}`, { ...e.params })
    throw e
  }
}

/** The BTYD fit of every CLV path: the three models compared (or the one asked for) + Gamma-Gamma, progress up to `upTo`. */
function fitClv(summary: ClvSummary, opt: ClvOptions, ctx: Ctx, upTo: number): ClvResult {
  return clvCoded(() => analyseClv(summary, opt, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.05, upTo) }))
}

/** The settings of a CLV fit outside the RFM run (the CLI's `clv`). */
export interface ClvFitArgs {
  period: Period
  /** absent: the three models compared, the best log-likelihood chosen */
  model?: BtydModelName
  horizon: number
  months: number
  discount: number
  /** default: 30 for days, 4.345 for weeks */
  periodsPerMonth?: number
}

/** CLV from a transaction log: cleaned as the RFM run cleans (no invoice column: every row its own order). */
export interface ClvLogArgs extends ClvFitArgs {
  datasetId: string
  mapping: { customer: string; date: string; invoice?: string; quantity?: string; price?: string; amount?: string }
  /** end of the observation (ms, UTC day); default the log's last date */
  end?: number
}

/** CLV from a per-customer summary table (frequency, recency, age T, optional mean value). */
export interface ClvSummaryArgs extends ClvFitArgs {
  datasetId: string
  columns: { frequency: string; recency: string; T: string; monetary?: string; customer?: string }
}

/** What a CLV fit outside the RFM run reports: the fitted models and totals, no customer rows. */
function clvReport(res: ClvResult, periodsPerMonth: number, cleaning: Message[]) {
  return {
    customers: res.customers,
    repeatCustomers: res.repeatCustomers,
    period: res.period,
    model: { name: res.model.model, params: res.model.params, logLik: res.model.logLik, se: res.model.se },
    gammaGamma: res.gammaGamma ? { params: res.gammaGamma.params, logLik: res.gammaGamma.logLik } : null,
    totals: res.totals,
    chosenBy: res.chosenBy,
    comparison: res.comparison.map((c) => ({ model: c.model, logLik: c.logLik, converged: c.converged })),
    periodsPerMonth,
    /** the cleaning's warnings (transaction logs) */
    cleaning,
    warnings: res.warnings.map(clvMsg),
  }
}

/** Share of the observed span used for calibration in the holdout check (the last quarter is held out). */
const CALIBRATION_SHARE = 0.75
/** lower edges of the P(alive) bands of the holdout's "predicted alive vs who bought" table */
const ALIVE_BANDS = [0, 0.2, 0.4, 0.6, 0.8]
const DAY_MS = 86_400_000

/**
 * The checks of issue 16 §3 as chart-ready arrays: the chosen model refitted on the first three
 * quarters of the log and compared with the last quarter (mean repeat purchases by calibration
 * frequency; the cumulative curve), the P(alive) matrix over frequency × recency, the CLV histogram.
 */
function clvChecks(tx: CleanTransactions, summary: ClvSummary, res: ClvResult, period: Period, ctx: Ctx) {
  let first = Infinity, last = -Infinity
  for (let i = 0; i < tx.date.length; i++) {
    first = Math.min(first, tx.date[i])
    last = Math.max(last, tx.date[i])
  }
  const firstDay = Math.floor(first / DAY_MS) * DAY_MS
  const calibrationEnd = firstDay + Math.floor((CALIBRATION_SHARE * (last - firstDay)) / DAY_MS) * DAY_MS
  let holdout = null
  let holdoutError = null
  let cumulative = null
  try {
    ctx.onProgress(0.82, 'holdout')
    const h = calibrationHoldout(tx, calibrationEnd, { period })
    checkRepeatBuyers(h.calibration)
    const cal: BtydFit = fitBtyd(res.model.model, h.calibration, { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0.82, 0.95) })
    const bins = holdoutByFrequency(cal, h)
    let predicted = 0, actual = 0
    for (const b of bins) {
      predicted += b.predicted * b.customers
      actual += b.actual * b.customers
    }
    // who was predicted alive at the split against who bought after it, by P(alive) band
    const bands = ALIVE_BANDS.map((lo, k) => ({ lo, hi: ALIVE_BANDS[k + 1] ?? 1, customers: 0, pAlive: 0, bought: 0, expected: 0, actual: 0 }))
    const cs = h.calibration
    for (let i = 0; i < cs.ids.length; i++) {
      const pa = probabilityAlive(cal, cs.frequency[i], cs.recency[i], cs.T[i])
      const b = bands[Math.min(bands.length - 1, ALIVE_BANDS.findLastIndex((lo) => pa >= lo))]
      b.customers++
      b.pAlive += pa
      if (h.frequency[i] > 0) b.bought++
      b.expected += conditionalExpectedPurchases(cal, h.duration, cs.frequency[i], cs.recency[i], cs.T[i])
      b.actual += h.frequency[i]
    }
    const alive = bands.filter((b) => b.customers > 0).map((b) => ({ lo: b.lo, hi: b.hi, customers: b.customers, meanPAlive: b.pAlive / b.customers, boughtShare: b.bought / b.customers, expected: b.expected / b.customers, actual: b.actual / b.customers }))
    holdout = { calibrationEnd, end: last, duration: h.duration, customers: h.calibration.ids.length, converged: cal.converged, bins, predicted, actual, alive }
    const c = cumulativeRepeatCurve(cal, tx, period)
    cumulative = { dates: c.periods.map((p) => periodStart(p, period)), actual: c.actual, predicted: c.predicted, split: calibrationEnd }
  } catch (e) {
    if (!(e instanceof ClvError)) throw e
    // too few repeat buyers before the split, say: the rest of the result stands without the holdout check
    holdoutError = clvMsg({ code: e.code, params: e.params })
  }
  ctx.onProgress(0.97, 'checks')
  const matrix = probabilityAliveMatrix(res.model, summary, 30)
  const values: number[] = []
  for (const r of res.rows) if (r.clv !== null && Number.isFinite(r.clv)) values.push(r.clv)
  const distribution = values.length ? clvDistribution(values, 20) : null
  return { holdout, holdoutError, cumulative, matrix, distribution }
}

export function segmentEngine(deps: SegmentDeps) {
  function state(id: string): Promise<SegmentState> {
    return deps.results.get<SegmentState>('segment', id, 'This segmentation result was deleted: run it again.')
  }

  /** Kept in the result cache, durable (stored in the app), so the page's results survive a reload. */
  function keep(s: SegmentState, id = newResultId('seg')): string {
    return deps.results.set('segment', id, s, { durable: true })
  }

  async function rfm(args: RfmArgs, ctx: Ctx) {
    const { table } = deps.tables(args.datasetId)
    ctx.onProgress(0.05, 'cleaning')
    const mapping: TransactionMapping = Object.fromEntries(Object.entries(args.mapping).filter(([, v]) => v !== undefined && v !== '')) as unknown as TransactionMapping
    const r = rfmAnalysis(table, mapping, { cleaning: args.cleaning })
    ctx.onProgress(0.9, 'scores')
    const f = r.features
    const available = FEATURE_NAMES.filter((n) => featureValues(f, n) !== null)
    const resultId = keep({ datasetId: args.datasetId, mode: 'transactions', rfm: r, table: null, ids: f.ids, clusters: null })
    // RFM score grid: customers per (R, FM) cell for a heat map
    const grid = new Float64Array(25)
    for (let i = 0; i < f.n; i++) grid[(r.scores.r[i] - 1) * 5 + (r.scores.fm[i] - 1)]++
    return {
      resultId,
      cleaning: r.cleaning.map((s) => ({ step: s.step, label: s.label, enabled: s.enabled, removed: s.removed, rows: s.rows })),
      customers: f.n,
      singlePurchase: f.singlePurchase,
      snapshot: r.transactions.snapshot,
      defaultSnapshot: r.transactions.defaultSnapshot,
      features: available.map((n) => stat(n, featureValues(f, n)!)),
      available,
      hasMargin: f.margin !== null,
      categories: f.categoryShares?.levels ?? [],
      segments: r.segments,
      ranges: r.scores.ranges,
      grid,
      warnings: r.warnings,
    }
  }

  function customerTableMode(args: TableArgs) {
    const { table } = deps.tables(args.datasetId)
    if (!args.features.length) throw new RangeError('Choose at least one numeric column to cluster on')
    for (const n of args.features) {
      const c = getColumn(table, n)
      if (c.storage !== 'number') throw new RangeError(`Column "${n}" is not numeric: choose numeric columns only`)
    }
    const idCol = args.idColumn ? getColumn(table, args.idColumn) : null
    const ids = Array.from({ length: table.nRows }, (_, i) => (idCol ? cellString(idCol, i) : String(i + 1)))
    const resultId = keep({ datasetId: args.datasetId, mode: 'customers', rfm: null, table, ids, clusters: null })
    return {
      resultId,
      customers: table.nRows,
      features: args.features.map((n) => stat(n, (getColumn(table, n) as { values: Float64Array }).values)),
      available: args.features,
      warnings: [] as string[],
    }
  }

  async function cluster(args: ClusterArgs, ctx: Ctx) {
    const s = await state(args.resultId)
    const t0 = performance.now()
    const { X, extras } = clusterMatrix(s, args.features)
    const range = typeof args.k === 'number' ? { kMin: args.k, kMax: args.k } : args.k
    const ks = Array.from({ length: Math.max(0, range.kMax - range.kMin + 1) }, (_, i) => range.kMin + i)
    checkMemory(msg('limits.job.clustering'), clusteringBytes({ rows: X.rows, features: X.cols, ks, silhouette: args.silhouette }))
    const res = clusterCustomers(
      X,
      args.features,
      extras,
      {
        k: args.k,
        chosenK: args.chosenK,
        nInit: args.nInit,
        ...(args.maxIter !== undefined ? { maxIter: args.maxIter } : {}),
        ...(args.tol !== undefined ? { tol: args.tol } : {}),
        seed: args.seed,
        log: args.log,
        standardize: args.standardize,
        silhouette: args.silhouette,
        outliers: { method: args.outliers.method, excludeFraction: args.outliers.excludeFraction, top: 20, seed: args.seed },
      },
      { cancel: ctx.cancel, onProgress: subProgress(ctx.onProgress, 0, 1) },
    )
    s.clusters = res
    keep(s, args.resultId)
    const m = res.map
    return {
      features: res.features,
      customers: res.customers,
      elbow: res.elbow,
      suggested: res.suggested,
      silhouetteN: res.silhouetteN,
      silhouetteSampled: res.silhouetteSampled,
      k: res.k,
      clusters: res.clusters,
      /** cluster means in original units, same order as clusters */
      means: res.means,
      excluded: res.excluded ? res.excluded.reduce((a, b) => a + b, 0) : 0,
      map: { x: m.coords[0], y: m.coords[1] ?? new Float32Array(m.coords[0].length), labels: m.labels, explained: m.explainedVarianceRatio, sampled: m.sampled, n: m.index.length },
      topAnomalies: res.topAnomalies.map((a) => ({ ...a, cluster: res.labels[a.row] })),
      outlierMethod: res.outlierMethod,
      warnings: res.warnings,
      seconds: (performance.now() - t0) / 1000,
    }
  }

  async function exportCsv(args: { resultId: string; clusterNames?: string[] }) {
    const s = await state(args.resultId)
    if (s.mode === 'transactions') {
      const extra = s.clv ? valueColumns(s.clv) : null
      const round = (v: number, d: number): number | null => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : null)
      return {
        csv: customersCsv(
          exportRows(s.rfm!, s.clusters, args.clusterNames),
          extra ? { names: extra.map((c) => c.name), values: s.rfm!.features.ids.map((_, i) => extra.map((c) => round(c.values[i], c.digits))) } : undefined,
        ),
      }
    }
    // customer-table mode: id, cluster, outlier score
    const names = clusterNameColumn(s, args.clusterNames)
    const rows = Array.from(s.ids, (id, i) => [id, names ? names[i] : '', s.clusters?.outlierScores ? Math.round(s.clusters.outlierScores[i] * 1e6) / 1e6 : null])
    return { csv: toCsv(['customer', 'cluster', 'outlier_score'], rows) }
  }

  /** The customer table with segment/cluster columns, as a new dataset (the data worker's addTable in the app). */
  async function workspaceTable(args: { resultId: string; clusterNames?: string[]; name: string }) {
    const s = await state(args.resultId)
    let base: Table
    const extra: Column[] = []
    const schemaExtra: ColumnSchema[] = []
    if (s.mode === 'transactions') {
      const r = s.rfm!
      base = customerTable(r.features, args.name)
      const num = (name: string, v: ArrayLike<number>): void => {
        extra.push({ name, storage: 'number', values: Float64Array.from(v) })
        schemaExtra.push({ name, type: 'integer', role: 'feature' })
      }
      num('r_score', r.scores.r)
      num('f_score', r.scores.f)
      num('m_score', r.scores.m)
      extra.push(stringColumn('rfm_score', r.scores.score))
      schemaExtra.push({ name: 'rfm_score', type: 'category', role: 'feature' })
      extra.push(stringColumn('segment', segmentValues(r, null, 'rfm')))
      schemaExtra.push({ name: 'segment', type: 'category', role: 'feature' })
      if (s.clv) {
        for (const c of valueColumns(s.clv)) {
          extra.push({ name: c.name, storage: 'number', values: c.values.slice() })
          schemaExtra.push({ name: c.name, type: 'float', role: 'feature' })
        }
      }
    } else {
      base = { name: args.name, nRows: s.table!.nRows, columns: [...s.table!.columns] }
    }
    const names = clusterNameColumn(s, args.clusterNames)
    if (names) {
      extra.push(stringColumn('cluster', names))
      schemaExtra.push({ name: 'cluster', type: 'category', role: 'feature' })
    }
    if (s.clusters?.outlierScores) {
      extra.push({ name: 'outlier_score', storage: 'number', values: Float64Array.from(s.clusters.outlierScores) })
      schemaExtra.push({ name: 'outlier_score', type: 'float', role: 'feature' })
    }
    const taken = new Set(extra.map((c) => c.name))
    // copies: results are transferred, and the engine keeps its own arrays
    const copy = (c: Column): Column => (c.storage === 'number' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice(), levels: [...c.levels] })
    const columns = [...base.columns.filter((c) => !taken.has(c.name)).map(copy), ...extra]
    const table: Table = { name: args.name, nRows: base.nRows, columns }
    // schema: the data worker infers the base columns' types; we state the segment columns'
    const baseSchema: ColumnSchema[] = base.columns
      .filter((c) => !taken.has(c.name))
      .map((c) => ({
        name: c.name,
        type: c.storage === 'string' ? (c.name === 'customer' ? 'id' : 'category') : /^(firstPurchase|lastPurchase)$/.test(c.name) ? 'datetime' : /^(recency|frequency|tenure)$/.test(c.name) ? 'integer' : 'float',
        role: c.name === 'customer' ? 'id' : /^(firstPurchase|lastPurchase)$/.test(c.name) ? 'date' : c.name === 'monetary' ? 'amount' : 'feature',
      }))
    return { table, schema: s.mode === 'transactions' ? [...baseSchema, ...schemaExtra] : undefined, segments: RFM_SEGMENTS.length }
  }

  /**
   * Customer value on the RFM run's cleaned transactions: all three BTYD models fitted and compared
   * (log-likelihood), the chosen one + Gamma-Gamma used for P(alive), expected purchases and CLV;
   * summed per RFM segment beside the segment's past revenue. Customer rows stay here.
   */
  async function clv(args: ClvArgs, ctx: Ctx) {
    const s = await state(args.resultId)
    if (s.mode !== 'transactions' || !s.rfm) throw new MessageError('clv.msg.badOption', { option: 'transactions' })
    if (!BTYD_MODELS.includes(args.model)) throw new MessageError('clv.msg.badOption', { option: 'model' })
    const r = s.rfm
    const periodsPerMonth = PERIODS_PER_MONTH[args.period]
    ctx.onProgress(0.02, 'summary')
    const summary = clvCoded(() => summaryFromTransactions(r.transactions, { period: args.period }))
    const res = fitClv(summary, { model: args.model, horizon: args.horizon, months: args.months, discount: args.discount, periodsPerMonth }, ctx, 0.8)
    // RFM segment of each customer (features and summary hold the same customers, maybe in another order)
    const segOf = new Map<string, number>(r.features.ids.map((id, i) => [id, r.scores.segment[i]]))
    const perSeg = RFM_SEGMENTS.map(() => ({ customers: 0, pAlive: 0, expectedPurchases: 0, clv: 0, valued: 0 }))
    for (const row of res.rows) {
      const k = segOf.get(row.id)
      if (k === undefined) continue
      const a = perSeg[k]
      a.customers++
      a.pAlive += row.pAlive
      a.expectedPurchases += row.expectedPurchases
      if (row.clv !== null) {
        a.clv += row.clv
        a.valued++
      }
    }
    const segments = r.segments
      .map((sg) => ({ sg, a: perSeg[RFM_SEGMENTS.indexOf(sg.segment)] }))
      .filter(({ sg, a }) => sg.customers > 0 && a.customers > 0)
      .map(({ sg, a }) => ({
        segment: sg.segment,
        customers: a.customers,
        pastRevenue: sg.revenue,
        meanPAlive: a.pAlive / a.customers,
        expectedPurchases: a.expectedPurchases,
        clv: a.valued ? a.clv : null,
        meanClv: a.valued ? a.clv / a.valued : null,
      }))
    const segName = (id: string): RfmSegment | null => {
      const k = segOf.get(id)
      return k === undefined ? null : RFM_SEGMENTS[k]
    }
    const pos = new Map<string, number>(r.features.ids.map((id, i) => [id, i]))
    const n = r.features.ids.length
    const cols: CustomerValueColumns = {
      names: ['p_alive', `expected_purchases_${Math.round(args.horizon * (args.period === 'day' ? 1 : 7))}d`, `clv_${args.months}m`],
      pAlive: new Float64Array(n).fill(NaN),
      expectedPurchases: new Float64Array(n).fill(NaN),
      clv: new Float64Array(n).fill(NaN),
    }
    for (const row of res.rows) {
      const i = pos.get(row.id)
      if (i === undefined) continue
      cols.pAlive[i] = row.pAlive
      cols.expectedPurchases[i] = row.expectedPurchases
      cols.clv[i] = row.clv ?? NaN
    }
    s.clv = cols
    keep(s, args.resultId)
    let pMin = Infinity, pMax = -Infinity
    for (const row of res.rows) {
      pMin = Math.min(pMin, row.pAlive)
      pMax = Math.max(pMax, row.pAlive)
    }
    ctx.onProgress(1)
    return {
      customers: res.customers,
      repeatCustomers: res.repeatCustomers,
      period: res.period,
      periodsPerMonth,
      horizon: args.horizon,
      months: args.months,
      discount: args.discount,
      model: { name: res.model.model, params: res.model.params, se: res.model.se, logLik: res.model.logLik, converged: res.model.converged },
      comparison: res.comparison.map((c) => ({ model: c.model, logLik: c.logLik, converged: c.converged })),
      gammaGamma: res.gammaGamma ? { params: res.gammaGamma.params, logLik: res.gammaGamma.logLik } : null,
      totals: res.totals,
      pAliveRange: [pMin, pMax] as [number, number],
      top: topCustomers(res.rows, args.top).map((c) => ({ ...c, segment: segName(c.id) })),
      segments,
      checks: clvChecks(r.transactions, summary, res, args.period, ctx),
      warnings: res.warnings.map(clvMsg),
    }
  }

  /** Customer value straight from a transaction log, without an RFM run (the CLI's `clv --data`). */
  function clvFromLog(args: ClvLogArgs, ctx: Ctx) {
    let { table } = deps.tables(args.datasetId)
    const mapping: TransactionMapping = { ...args.mapping, invoice: args.mapping.invoice ?? '' }
    if (!mapping.invoice) {
      // without invoices every row is its own order (same-period purchases are merged anyway)
      mapping.invoice = '\u0000row'
      table = { ...table, columns: [...table.columns, { name: mapping.invoice, storage: 'number', values: new Float64Array(table.nRows).map((_, i) => i) }] }
    }
    ctx.onProgress(0.01, 'cleaning')
    const clean = cleanTransactions(table, mapping)
    const summary = clvCoded(() => summaryFromTransactions(clean, { period: args.period, end: args.end }))
    const periodsPerMonth = args.periodsPerMonth ?? PERIODS_PER_MONTH[args.period]
    const res = fitClv(summary, { model: args.model, horizon: args.horizon, months: args.months, discount: args.discount, periodsPerMonth }, ctx, 1)
    return clvReport(res, periodsPerMonth, clean.warnings)
  }

  /** Customer value from a per-customer summary table (the CLI's `clv --summary`). */
  function clvFromSummary(args: ClvSummaryArgs, ctx: Ctx) {
    const { table } = deps.tables(args.datasetId)
    const summary = clvCoded(() => summaryFromTable(table, args.columns, args.period))
    const periodsPerMonth = args.periodsPerMonth ?? PERIODS_PER_MONTH[args.period]
    const res = fitClv(summary, { model: args.model, horizon: args.horizon, months: args.months, discount: args.discount, periodsPerMonth }, ctx, 1)
    return clvReport(res, periodsPerMonth, [])
  }

  /**
   * A 2-D map of the clustered customers (PCA, t-SNE or UMAP) with its trustworthiness (k = 10) in
   * the clustered space, coloured by the current clusters. Progress and cancel reach the map's
   * loops; bad input (a constant column, too few customers, perplexity too large) comes back as a
   * message code.
   */
  async function customerMap(args: MapArgs, ctx: Ctx) {
    if (!(MAP_METHODS as readonly string[]).includes(args.method)) throw new RangeError(`unknown map method "${args.method}"`)
    if (!(Number.isInteger(args.maxPoints) && args.maxPoints >= 10)) throw new RangeError(`maxPoints must be a whole number ≥ 10, got ${args.maxPoints}`)
    const s = await state(args.resultId)
    if (!s.clusters) throw new RangeError('Run the clustering first: the map is coloured by its clusters.')
    const { X } = clusterMatrix(s, args.features)
    const { Xt } = fitTransform(X, args.features, { log: args.log, standardize: args.standardize })
    const n = Xt.rows
    const index = n <= args.maxPoints ? Int32Array.from({ length: n }, (_, i) => i) : Int32Array.from(new Rng(args.seed).sample(n, args.maxPoints)).sort()
    const p = Xt.cols
    const data = new Float64Array(index.length * p)
    index.forEach((r, t) => data.set(Xt.data.subarray(r * p, (r + 1) * p), t * p))
    const m = computeMap({ rows: index.length, cols: p, data }, args.method, { seed: args.seed }, { cancel: ctx.cancel, onProgress: ctx.onProgress }, args.features)
    const x = new Float32Array(index.length), y = new Float32Array(index.length), labels = new Int32Array(index.length)
    index.forEach((r, t) => { x[t] = m.coords[2 * t]; y[t] = m.coords[2 * t + 1]; labels[t] = s.clusters!.labels[r] })
    return { method: args.method, x, y, labels, n: index.length, of: n, sampled: index.length < n, trustworthiness: m.trustworthiness, seconds: m.seconds }
  }

  /**
   * Customer value per k-means cluster (transactions mode, once both a value run and a clustering
   * exist, in either order): mean P(alive), expected purchases, CLV in total and per customer.
   */
  async function clusterValue(args: { resultId: string }) {
    const s = await state(args.resultId)
    if (s.mode !== 'transactions' || !s.clv || !s.clusters) return null
    const k = s.clusters.clusters.length
    const acc = Array.from({ length: k }, () => ({ customers: 0, pAlive: 0, known: 0, expectedPurchases: 0, clv: 0, valued: 0 }))
    let total = 0
    const { labels } = s.clusters
    for (let i = 0; i < labels.length; i++) {
      const a = acc[labels[i]]
      if (!a) continue
      a.customers++
      const p = s.clv.pAlive[i]
      // customers without a value row (not in the summary) count in the size, not in the means
      if (Number.isFinite(p)) {
        a.known++
        a.pAlive += p
        a.expectedPurchases += s.clv.expectedPurchases[i]
      }
      const v = s.clv.clv[i]
      if (Number.isFinite(v)) {
        a.clv += v
        a.valued++
        total += v
      }
    }
    return acc.map((a, cluster) => ({
      cluster,
      customers: a.customers,
      meanPAlive: a.known ? a.pAlive / a.known : null,
      expectedPurchases: a.expectedPurchases,
      clv: a.valued ? a.clv : null,
      meanClv: a.valued ? a.clv / a.valued : null,
      clvShare: a.valued && total > 0 ? a.clv / total : null,
    }))
  }

  /** The clustered features of a result in original units (the CLI maps them). */
  async function space(args: { resultId: string; features: string[] }): Promise<{ X: Matrix; names: string[] }> {
    return { X: clusterMatrix(await state(args.resultId), args.features).X, names: args.features }
  }

  return {
    rfm,
    table: customerTableMode,
    cluster,
    map: customerMap,
    clv,
    clvFromLog,
    clvFromSummary,
    clusterValue,
    export: exportCsv,
    workspaceTable,
    space,
    /** the customer table as a new workspace dataset, through the dataset sink (the data worker, directly) */
    async addToWorkspace(args: { resultId: string; clusterNames?: string[]; name: string }) {
      if (!deps.addDataset) throw new Error('No workspace to add the customer table to here.')
      const t = await workspaceTable(args)
      return deps.addDataset({ name: args.name, table: t.table, schema: t.schema, source: 'segments' })
    },
    drop: (args: { resultId: string }) => deps.results.delete(args.resultId),
  }
}

export type SegmentEngine = ReturnType<typeof segmentEngine>
