/**
 * Apply a loaded model to new data: check the table against the model's feature schema (a report
 * the UI shows before scoring), then score: probability, band, decision, reasons (classifiers);
 * prediction (regression); cluster and distance (k-means); R/F/M scores and segment (RFM).
 */
import type { Column, Table } from '../../data/table'
import { cellString, getColumn, hasColumn, numericValues } from '../../data/table'
import { toCsv } from '../../data/csv'
import { matrix, type Matrix } from '../core/matrix'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'
import type { FeatureGroup, Preprocessor } from '../preprocessing/pipeline'
import type { LoadedModel } from './format'
import type { Band, ModelManifest } from './types'
import { customerReasons, exactShap, needsBackground, reasonCells, reasonHeader, sampleRowNumbers, type CustomerReasons } from '../explain/reasons'

/** Background rows drawn from the scored file for SHAP of forests, boosting and logistic regression. */
export const SCORED_BACKGROUND = 1000

export interface TypeMismatch {
  column: string
  expected: 'number' | 'date'
  /** what the column holds instead */
  found: 'text'
  /** rows whose value is not a number / date */
  rows: number
  /** up to 5 offending values */
  examples: string[]
}

export interface UnseenCategories {
  column: string
  /** rows holding a level not seen in training */
  rows: number
  /** up to 10 such levels */
  levels: string[]
  /** how they are encoded: all-zero one-hot (as at training), or the "other" column */
  handledAs: 'all-zero one-hot' | '"other" column'
}

export interface MissingValues {
  column: string
  rows: number
  /** what they become: the training median / most frequent level; null = the row is not scored */
  filledWith: string | number | null
}

export interface SchemaReport {
  /** false when scoring cannot go on (missing columns, type mismatches) */
  ok: boolean
  rows: number
  /** required columns absent from the table */
  missing: string[]
  typeMismatches: TypeMismatch[]
  unseen: UnseenCategories[]
  missingValues: MissingValues[]
  /** columns in the table the model does not read (ignored) */
  extra: string[]
  /** the id column passed through to the output (null when the table lacks it) */
  idColumn: string | null
  /** one line per finding, for the UI and the CLI */
  messages: string[]
}

/** The columns a model reads. */
export function requiredColumns(m: LoadedModel): string[] {
  const rt = m.runtime
  switch (rt.kind) {
    case 'classifier':
    case 'regressor':
    case 'pipeline':
    case 'uplift':
      return rt.pipeline.groups.map((g) => g.feature)
    case 'kmeans':
      return [...rt.kmeans.transform!.names]
    case 'rfm':
      return [rt.rfm.columns.recency, rt.rfm.columns.frequency, rt.rfm.columns.monetary]
    case 'rules':
      return []
  }
}

function examplesOf(col: Column, pred: (level: string) => boolean, limit: number): { rows: number; examples: string[] } {
  if (col.storage !== 'string') return { rows: 0, examples: [] }
  const bad = col.levels.map((l) => pred(l))
  let rows = 0
  const ex = new Set<string>()
  for (let i = 0; i < col.codes.length; i++) {
    const c = col.codes[i]
    if (c >= 0 && bad[c]) {
      rows++
      if (ex.size < limit) ex.add(col.levels[c])
    }
  }
  return { rows, examples: [...ex] }
}

const notNumber = (l: string): boolean => l.trim() !== '' && Number.isNaN(Number(l.trim()))

function countMissing(col: Column): number {
  let n = 0
  if (col.storage === 'number') {
    for (let i = 0; i < col.values.length; i++) if (Number.isNaN(col.values[i])) n++
  } else {
    for (let i = 0; i < col.codes.length; i++) if (col.codes[i] < 0) n++
  }
  return n
}

function groupReport(g: FeatureGroup, col: Column, r: SchemaReport): void {
  if (g.kind === 'categorical') {
    const known = new Set([...(g.levels ?? []), ...(g.baseLevel !== undefined ? [g.baseLevel] : [])])
    const counts = new Map<string, number>()
    for (let i = 0; i < r.rows; i++) {
      const miss = col.storage === 'number' ? Number.isNaN(col.values[i]) : col.codes[i] < 0
      if (miss) continue
      const v = cellString(col, i)
      if (!known.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    if (counts.size) {
      const rows = [...counts.values()].reduce((a, b) => a + b, 0)
      const levels = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map((e) => e[0])
      const handledAs = g.hasOther ? '"other" column' : 'all-zero one-hot'
      r.unseen.push({ column: g.feature, rows, levels, handledAs })
      r.messages.push(`"${g.feature}": ${rows} row${rows > 1 ? 's have' : ' has'} ${counts.size} categor${counts.size > 1 ? 'ies' : 'y'} not seen in training (${levels.slice(0, 3).map((l) => `"${l}"`).join(', ')}${counts.size > 3 ? ', …' : ''}), encoded as ${handledAs === 'all-zero one-hot' ? 'all zeros, as at training' : 'the "other" level'}`)
    }
    const miss = countMissing(col)
    if (miss) {
      r.missingValues.push({ column: g.feature, rows: miss, filledWith: g.fillLevel ?? null })
      r.messages.push(`"${g.feature}": ${miss} missing value${miss > 1 ? 's' : ''} filled with the training's most frequent level "${g.fillLevel}"`)
    }
  } else {
    if (col.storage === 'string') {
      if (g.kind === 'date') {
        const { rows, examples } = examplesOf(col, (l) => l.trim() !== '', 5)
        r.typeMismatches.push({ column: g.feature, expected: 'date', found: 'text', rows, examples })
        r.messages.push(`"${g.feature}": a date was expected, but the column holds text (e.g. ${examples.map((e) => `"${e}"`).join(', ')})`)
        return
      }
      const { rows, examples } = examplesOf(col, notNumber, 5)
      if (rows > 0) {
        r.typeMismatches.push({ column: g.feature, expected: 'number', found: 'text', rows, examples })
        r.messages.push(`"${g.feature}": numbers were expected, but ${rows} row${rows > 1 ? 's hold' : ' holds'} text (e.g. ${examples.map((e) => `"${e}"`).join(', ')})`)
        return
      }
    }
    const values = numericValues(col)
    let miss = 0
    for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) miss++
    if (miss) {
      r.missingValues.push({ column: g.feature, rows: miss, filledWith: g.fill ?? null })
      r.messages.push(`"${g.feature}": ${miss} missing value${miss > 1 ? 's' : ''} filled with the training ${g.kind === 'date' ? 'median date (days)' : 'median'} ${g.fill}`)
    }
  }
}

/**
 * Check a new table against the model: missing columns (error), type mismatches (error),
 * unseen categories and missing values (handled as at training, counted), extra columns (ignored).
 */
export function checkTable(m: LoadedModel, table: Table): SchemaReport {
  const required = requiredColumns(m)
  const r: SchemaReport = { ok: true, rows: table.nRows, missing: [], typeMismatches: [], unseen: [], missingValues: [], extra: [], idColumn: null, messages: [] }
  r.missing = required.filter((c) => !hasColumn(table, c))
  if (r.missing.length) r.messages.push(`Missing column${r.missing.length > 1 ? 's' : ''} the model needs: ${r.missing.map((c) => `"${c}"`).join(', ')}`)
  const idCol = m.manifest.idColumn
  r.idColumn = idCol && hasColumn(table, idCol) ? idCol : null
  if (idCol && !r.idColumn) r.messages.push(`The id column "${idCol}" is not in the table: rows are numbered instead`)
  const used = new Set([...required, ...(r.idColumn ? [r.idColumn] : [])])
  r.extra = table.columns.map((c) => c.name).filter((c) => !used.has(c))
  if (r.extra.length) r.messages.push(`${r.extra.length} column${r.extra.length > 1 ? 's' : ''} not used by the model (ignored): ${r.extra.slice(0, 8).map((c) => `"${c}"`).join(', ')}${r.extra.length > 8 ? ', …' : ''}`)
  const rt = m.runtime
  if (rt.kind === 'classifier' || rt.kind === 'regressor' || rt.kind === 'pipeline' || rt.kind === 'uplift') {
    for (const g of rt.pipeline.groups) if (hasColumn(table, g.feature)) groupReport(g, getColumn(table, g.feature), r)
  } else if (rt.kind === 'kmeans' || rt.kind === 'rfm') {
    for (const name of required) {
      if (!hasColumn(table, name)) continue
      const col = getColumn(table, name)
      if (col.storage === 'string') {
        const { rows, examples } = examplesOf(col, notNumber, 5)
        if (rows > 0) {
          r.typeMismatches.push({ column: name, expected: 'number', found: 'text', rows, examples })
          r.messages.push(`"${name}": numbers were expected, but ${rows} row${rows > 1 ? 's hold' : ' holds'} text (e.g. ${examples.map((e) => `"${e}"`).join(', ')})`)
          continue
        }
      }
      const values = numericValues(col)
      let miss = 0
      for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) miss++
      if (miss) {
        r.missingValues.push({ column: name, rows: miss, filledWith: null })
        r.messages.push(`"${name}": ${miss} missing value${miss > 1 ? 's' : ''}: those rows get no ${rt.kind === 'kmeans' ? 'cluster' : 'segment'}`)
      }
    }
  } else {
    r.messages.push('A rule set is applied to baskets on the Patterns page, not to a customer table')
  }
  r.ok = r.missing.length === 0 && r.typeMismatches.length === 0 && rt.kind !== 'rules'
  return r
}

export interface Reason {
  feature: string
  /** the customer's value, as text */
  value: string
  /** change of the score (probability or prediction) against a typical customer's value */
  effect: number
}

export interface ScoreResult {
  kind: ModelManifest['kind']
  rows: number
  /** the id column's values (as text), or null when the table has none */
  ids: string[] | null
  idColumn: string | null
  /** classifier: P(positive) */
  probability?: Float64Array
  /** classifier: 1 when probability ≥ threshold */
  decision?: Uint8Array
  /** classifier: index into `bandLabels` */
  band?: Int32Array
  bandLabels?: string[]
  /** regressor */
  prediction?: Float64Array
  /** k-means: cluster index (−1 = not scored: missing values), its name and the distance to its centre */
  cluster?: Int32Array
  clusterNames?: string[]
  distance?: Float64Array
  /** RFM: 1..5 scores (0 = not scored) and the segment (null = not scored) */
  r?: Uint8Array
  f?: Uint8Array
  m?: Uint8Array
  segment?: (string | null)[]
  /** uplift: each customer's best creative (null: no creative is expected to help), its predicted uplift, and every creative's */
  bestArm?: (string | null)[]
  uplift?: Float64Array
  arms?: string[]
  armUplift?: Float64Array[]
  /** classifier / regressor: the top reasons per row */
  reasons?: Reason[][]
  /** how many reasons each row was asked for (the CSV's reason_k columns) */
  reasonCount?: number
  /**
   * classifier: how the reasons were computed. Exact SHAP ('tree-path', 'linear') adds up:
   * base + Σ contributions over every input = probability. A single tree uses its stored node
   * covers; forests, boosting and logistic regression use a seeded sample of the scored rows as
   * the background (a model file holds no training rows), so base is the average score there.
   */
  reasonsMethod?: CustomerReasons['method']
  reasonsBase?: number | null
  reasonsBackground?: 'node covers' | 'scored rows' | null
  /** a tree model whose exact SHAP over this file would cost too much: its reasons are the perturbation drop */
  reasonsExactTooCostly?: boolean
  report: SchemaReport
}

export interface ScoreOptions {
  /** reasons per row (default 3; 0 = none) */
  reasons?: number
  control?: RunControl
}

/** The band index of a probability (min ≤ p < max; the last band includes its max). */
export function bandOf(bands: Band[], p: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]
    if (p >= b.min && (p < b.max || (i === bands.length - 1 && p <= b.max))) return i
  }
  return -1
}

/** Encoded values of a "typical" customer: training mean (scaled numerics), median, most frequent level. */
function baselineRow(pre: Preprocessor): Float64Array {
  const b = new Float64Array(pre.nFeatures)
  for (const g of pre.groups) {
    if (g.kind === 'categorical') {
      const j = g.levels!.indexOf(g.fillLevel!)
      if (j >= 0) b[g.start + j] = 1
      else if (g.hasOther && g.fillLevel !== g.baseLevel) b[g.end - 1] = 1
    } else {
      // scaled: 0 is the training mean; unscaled: the median (mean is not stored)
      b[g.start] = pre.options.scale ? 0 : ((g.fill as number) - (g.mean as number)) / (g.sd as number)
    }
  }
  return b
}

function linearCoef(est: object): Float64Array | null {
  const e = est as { kind?: string; coef?: unknown }
  return (e.kind === 'logistic' || e.kind === 'linear') && e.coef instanceof Float64Array ? e.coef : null
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)))

/** Effect of each feature group on each row's score: score(x) − score(x with the group at baseline). */
function groupEffects(pre: Preprocessor, X: Matrix, score: Float64Array, predict: (X: Matrix) => Float64Array, coef: Float64Array | null, logistic: boolean, control?: RunControl): Float64Array[] {
  const base = baselineRow(pre)
  const n = X.rows, p = X.cols
  return pre.groups.map((g) => {
    checkCancel(control?.cancel)
    const eff = new Float64Array(n)
    if (coef) {
      // linear models: exact, no re-prediction
      for (let i = 0; i < n; i++) {
        let dz = 0
        for (let j = g.start; j < g.end; j++) dz += coef[j] * (X.data[i * p + j] - base[j])
        if (logistic) {
          const z = Math.log(score[i] / (1 - score[i]))
          eff[i] = score[i] - sigmoid(z - dz)
        } else eff[i] = dz
      }
      return eff
    }
    const Xb = matrix(n, p, X.data.slice())
    for (let i = 0; i < n; i++) for (let j = g.start; j < g.end; j++) Xb.data[i * p + j] = base[j]
    const alt = predict(Xb)
    for (let i = 0; i < n; i++) eff[i] = score[i] - alt[i]
    return eff
  })
}

function topReasons(pre: Preprocessor, table: Table, effects: Float64Array[], k: number): Reason[][] {
  const cols = pre.groups.map((g) => getColumn(table, g.feature))
  const n = table.nRows
  const out: Reason[][] = new Array(n)
  const order = pre.groups.map((_, gi) => gi)
  for (let i = 0; i < n; i++) {
    order.sort((a, b) => Math.abs(effects[b][i]) - Math.abs(effects[a][i]) || a - b)
    const rs: Reason[] = []
    for (let t = 0; t < order.length && rs.length < k; t++) {
      const gi = order[t]
      const e = effects[gi][i]
      if (e === 0 || !Number.isFinite(e)) break
      const g = pre.groups[gi]
      let value = cellString(cols[gi], i)
      if (value === '') value = '(missing)'
      else if (g.kind === 'date') value = new Date(Number(value)).toISOString().slice(0, 10)
      rs.push({ feature: g.feature, value, effect: e })
    }
    out[i] = rs
  }
  return out
}

function idsOf(table: Table, idColumn: string | null): string[] | null {
  if (!idColumn) return null
  const c = getColumn(table, idColumn)
  return Array.from({ length: table.nRows }, (_, i) => cellString(c, i))
}

/** Refuse to score when the report says so, naming every problem. */
export class SchemaMismatchError extends Error {
  override name = 'SchemaMismatchError'
  readonly report: SchemaReport
  constructor(file: string, report: SchemaReport) {
    const probs = [
      ...(report.missing.length ? [`missing column${report.missing.length > 1 ? 's' : ''} ${report.missing.map((c) => `"${c}"`).join(', ')}`] : []),
      ...report.typeMismatches.map((t) => `"${t.column}" should hold ${t.expected === 'date' ? 'dates' : 'numbers'} but holds text (e.g. ${t.examples.map((e) => `"${e}"`).join(', ')})`),
    ]
    super(`${file}: the data does not fit this model: ${probs.join('; ') || 'a rule set cannot score a customer table'}`)
    this.report = report
  }
}

/** Numeric matrix of the named columns (NaN where missing or not a number). */
function numericMatrix(table: Table, names: string[]): Matrix {
  const n = table.nRows, p = names.length
  const X = matrix(n, p)
  names.forEach((name, j) => {
    const v = numericValues(getColumn(table, name))
    for (let i = 0; i < n; i++) X.data[i * p + j] = v[i]
  })
  return X
}

/**
 * Score a table with a loaded model. Checks the table first and throws SchemaMismatchError when
 * it cannot be scored. Output arrays have one entry per input row, in input order.
 */
export function scoreTable(m: LoadedModel, table: Table, options: ScoreOptions = {}): ScoreResult {
  const report = checkTable(m, table)
  if (!report.ok) throw new SchemaMismatchError(m.fileName, report)
  const k = options.reasons ?? 3
  const rt = m.runtime
  const res: ScoreResult = { kind: rt.kind, rows: table.nRows, ids: idsOf(table, report.idColumn), idColumn: report.idColumn, report }
  switch (rt.kind) {
    case 'classifier': {
      const X = rt.pipeline.transform(table)
      const prob = rt.estimator.predictProba(X)
      const thr = m.manifest.threshold ?? 0.5
      const bands = m.manifest.bands ?? []
      res.probability = prob
      res.decision = Uint8Array.from(prob, (p) => (p >= thr ? 1 : 0))
      res.band = Int32Array.from(prob, (p) => bandOf(bands, p))
      res.bandLabels = bands.map((b) => b.label)
      if (k > 0) {
        // the one definition of every scored export's reasons (src/ml/explain/reasons.ts)
        const pre = rt.pipeline
        const exact = exactShap(rt.estimator)
        const bg = exact && needsBackground(rt.estimator)
        const r = customerReasons(rt.estimator, pre, table, { X, top: k, background: () => pre.transform(table, sampleRowNumbers(table.nRows, SCORED_BACKGROUND)), control: options.control })
        res.reasons = r.reasons.map((rs) => rs.map((x) => ({ feature: x.feature, value: x.value, effect: x.contribution })))
        res.reasonCount = k
        res.reasonsMethod = r.method
        res.reasonsBase = r.base
        res.reasonsBackground = r.method === 'perturbation' ? null : bg ? 'scored rows' : 'node covers'
        res.reasonsExactTooCostly = r.exactTooCostly
      }
      break
    }
    case 'regressor': {
      const X = rt.pipeline.transform(table)
      const pred = rt.estimator.predict(X)
      res.prediction = pred
      if (k > 0) {
        const eff = groupEffects(rt.pipeline, X, pred, (Z) => rt.estimator.predict(Z), linearCoef(rt.estimator), false, options.control)
        res.reasons = topReasons(rt.pipeline, table, eff, k)
        res.reasonCount = k
      }
      break
    }
    case 'pipeline':
      throw new Error(`${m.fileName}: a preprocessing pipeline has no scores; use transformTable() to encode the data`)
    case 'kmeans': {
      const names = rt.kmeans.transform!.names
      const X = numericMatrix(table, names)
      const n = X.rows, p = X.cols
      const ok: number[] = []
      for (let i = 0; i < n; i++) {
        let fine = true
        for (let j = 0; j < p; j++) {
          const v = X.data[i * p + j]
          const mode = rt.kmeans.transform!.log[j]
          if (!Number.isFinite(v) || (mode === 'log' && !(v > 0)) || (mode === 'log1p' && !(v > -1))) fine = false
        }
        if (fine) ok.push(i)
      }
      const Xok = matrix(ok.length, p)
      ok.forEach((i, t) => Xok.data.set(X.data.subarray(i * p, i * p + p), t * p))
      const { labels, distance } = rt.kmeans.distances(Xok)
      res.cluster = new Int32Array(n).fill(-1)
      res.distance = new Float64Array(n).fill(NaN)
      ok.forEach((i, t) => {
        res.cluster![i] = labels[t]
        res.distance![i] = distance[t]
      })
      res.clusterNames = [...rt.clusterNames]
      if (ok.length < n) report.messages.push(`${n - ok.length} row${n - ok.length > 1 ? 's' : ''} not clustered: missing values, or values the log transform cannot take`)
      break
    }
    case 'rfm': {
      const { columns, cuts, grid } = rt.rfm
      const rec = numericValues(getColumn(table, columns.recency))
      const fr = numericValues(getColumn(table, columns.frequency))
      const mo = numericValues(getColumn(table, columns.monetary))
      const n = table.nRows
      res.r = new Uint8Array(n)
      res.f = new Uint8Array(n)
      res.m = new Uint8Array(n)
      res.segment = new Array(n).fill(null)
      for (let i = 0; i < n; i++) {
        if (!Number.isFinite(rec[i]) || !Number.isFinite(fr[i]) || !Number.isFinite(mo[i])) continue
        const s = rfmScoreOf(cuts, rec[i], fr[i], mo[i])
        res.r[i] = s.r
        res.f[i] = s.f
        res.m[i] = s.m
        res.segment[i] = grid[s.r - 1][s.fm - 1]
      }
      break
    }
    case 'rules':
      throw new Error(`${m.fileName}: a rule set cannot score a customer table`)
    case 'uplift': {
      const X = rt.pipeline.transform(table)
      const s = rt.uplift.score(X)
      res.arms = [...s.arms]
      res.armUplift = s.uplift
      res.uplift = s.bestUplift
      res.bestArm = Array.from(s.best, (b) => (b >= 0 ? s.arms[b] : null))
      break
    }
  }
  return res
}

/**
 * Scores of one customer from the training cut points: F and M score = 1 + the number of cuts
 * (the training maximum of levels 1..4) below the value; R (fewer days is better) = 1 + the number
 * of cuts (the training minimum recency of levels 1..4) above the value. A value tied with a
 * boundary takes the lower score.
 */
export function rfmScoreOf(cuts: { r: number[]; f: number[]; m: number[] }, recency: number, frequency: number, monetary: number): { r: number; f: number; m: number; fm: number } {
  let r = 1, f = 1, m = 1
  for (let s = 0; s < 4; s++) {
    if (recency < cuts.r[s]) r++
    if (frequency > cuts.f[s]) f++
    if (monetary > cuts.m[s]) m++
  }
  return { r, f, m, fm: Math.floor((f + m) / 2 + 0.5) }
}

/** Encode a table with a loaded pipeline (any pipeline-bearing model). */
export function transformTable(m: LoadedModel, table: Table): { X: Matrix; featureNames: string[]; report: SchemaReport } {
  const rt = m.runtime
  if (rt.kind !== 'classifier' && rt.kind !== 'regressor' && rt.kind !== 'pipeline' && rt.kind !== 'uplift') throw new Error(`${m.fileName}: a ${rt.kind} model has no preprocessing pipeline`)
  const report = checkTable(m, table)
  if (!report.ok) throw new SchemaMismatchError(m.fileName, report)
  return { X: rt.pipeline.transform(table), featureNames: [...rt.pipeline.featureNames], report }
}


/** Format one reason for a table or CSV, e.g. `age = 63 (+4.1 pts)`. */
export function formatReason(r: Reason, kind: 'classifier' | 'regressor'): string {
  const e = kind === 'classifier' ? `${r.effect >= 0 ? '+' : '−'}${Math.abs(r.effect * 100).toFixed(1)} pts` : `${r.effect >= 0 ? '+' : '−'}${Math.abs(r.effect).toPrecision(3)}`
  return `${r.feature} = ${r.value} (${e})`
}

/**
 * Scores as CSV: one row per input row in input order (id, scores, reasons). Classifiers: id,
 * probability, band, decision, then reason_k / reason_k_contribution (the Predict export's
 * columns, src/ml/explain/reasons.ts; contributions in probability, signed).
 */
export function scoresToCsv(s: ScoreResult): string {
  const header: string[] = [s.idColumn ?? 'row']
  const rows: (string | number | null)[][] = []
  const nReasons = s.reasons ? (s.reasonCount ?? Math.max(0, ...s.reasons.map((r) => r.length))) : 0
  if (s.kind === 'classifier') header.push('probability', 'band', 'decision')
  else if (s.kind === 'regressor') header.push('prediction')
  else if (s.kind === 'kmeans') header.push('cluster', 'cluster_name', 'distance')
  else if (s.kind === 'rfm') header.push('r', 'f', 'm', 'segment')
  else if (s.kind === 'uplift') header.push('best_creative', 'uplift', ...s.arms!.map((a) => `uplift_${a}`))
  header.push(...reasonHeader(nReasons))
  for (let i = 0; i < s.rows; i++) {
    const row: (string | number | null)[] = [s.ids ? s.ids[i] : i + 1]
    if (s.kind === 'classifier') row.push(s.probability![i], s.band![i] >= 0 ? s.bandLabels![s.band![i]] : '', s.decision![i])
    else if (s.kind === 'regressor') row.push(s.prediction![i])
    else if (s.kind === 'kmeans') {
      const c = s.cluster![i]
      row.push(c >= 0 ? c + 1 : null, c >= 0 ? s.clusterNames![c] : null, c >= 0 ? s.distance![i] : null)
    } else if (s.kind === 'rfm') row.push(s.r![i] || null, s.f![i] || null, s.m![i] || null, s.segment![i])
    else if (s.kind === 'uplift') row.push(s.bestArm![i], s.uplift![i], ...s.armUplift!.map((u) => u[i]))
    if (nReasons) row.push(...reasonCells(s.reasons![i].map((r) => ({ feature: r.feature, value: r.value, contribution: r.effect })), nReasons))
    rows.push(row)
  }
  return toCsv(header, rows)
}
