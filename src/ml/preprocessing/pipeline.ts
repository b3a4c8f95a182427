/**
 * Feature pipeline fitted on training rows only (scikit-learn's ColumnTransformer of
 * SimpleImputer + OneHotEncoder(handle_unknown='ignore') + StandardScaler):
 * - numeric: median (or mean) imputation, then standard scaling with the population sd;
 * - date/datetime (ms since epoch): converted to days, then treated as numeric;
 * - categorical: most-frequent imputation, one-hot over the training levels (sorted); a level unseen
 *   in training encodes as all zeros; more than `maxLevels` levels keeps the most frequent ones plus
 *   an "other" column (with a warning);
 * - ID-like and constant columns are left out with a note.
 */
import { matrix, type Matrix } from '../core/matrix'
import type { Column, ColumnSchema, Table } from '../../data/table'
import { getColumn, numericValues } from '../../data/table'
import { MessageError, msg, list, type Message } from '../core/message'
import { renderEnglish } from '../../i18n/render'

export type FeatureKind = 'numeric' | 'categorical' | 'date'

export interface PreprocessOptions {
  numericImpute: 'median' | 'mean'
  /** standard-scale numeric and date features (one-hot columns stay 0/1, as in the reference) */
  scale: boolean
  /** categoricals with more levels keep the top maxLevels − 1 levels plus "other" */
  maxLevels: number
  /** a text/category column whose distinct values cover at least this share of rows is ID-like */
  idUniqueShare: number
  /** leave out the first (alphabetical) level of each categorical: it becomes the all-zero
   *  reference level (OneHotEncoder(drop='first')), needed by OLS with an intercept */
  dropFirst: boolean
}

export const defaultPreprocessOptions: PreprocessOptions = {
  numericImpute: 'median',
  scale: true,
  maxLevels: 1000,
  idUniqueShare: 0.95,
  dropFirst: false,
}

/** One original feature and the encoded columns [start, end) it produced. */
export interface FeatureGroup {
  feature: string
  kind: FeatureKind
  start: number
  end: number
  /** categorical: the level of each encoded column ("other" bucket last when present) */
  levels?: string[]
  hasOther?: boolean
  /** dropFirst: the reference level, encoded as all zeros */
  baseLevel?: string
  /** categorical: imputed level for missing values */
  fillLevel?: string
  /** numeric/date: imputation value (in days for dates), mean and sd used for scaling */
  fill?: number
  mean?: number
  sd?: number
}

export interface PreprocessorJSON {
  kind: 'preprocessor'
  version: 1
  options: PreprocessOptions
  groups: FeatureGroup[]
  featureNames: string[]
  notes: string[]
  warnings: string[]
}

const DAY_MS = 86_400_000

function kindFromSchema(col: Column, schema: ColumnSchema | undefined): FeatureKind | 'id' {
  const t = schema?.type
  if (t === 'id') return 'id'
  if (t === 'date' || t === 'datetime') return col.storage === 'number' ? 'date' : 'categorical'
  if (t === 'category' || t === 'text') return 'categorical'
  if (t === 'integer' || t === 'float') return 'numeric'
  return col.storage === 'number' ? 'numeric' : 'categorical'
}

function median(a: Float64Array): number {
  if (a.length === 0) return NaN
  const s = Float64Array.from(a).sort()
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export interface FitInput {
  table: Table
  /** training rows (0-based table rows); all rows when omitted */
  rows?: ArrayLike<number>
  features: string[]
  schema?: ColumnSchema[]
  options?: Partial<PreprocessOptions>
}

/** A note read back from a file: its English text, shown as it is. */
const stored = (text: string): Message => msg('error.other', { text })

export class Preprocessor {
  readonly options: PreprocessOptions
  readonly groups: FeatureGroup[]
  readonly featureNames: string[]
  /** columns left out and why (ID-like, constant, no values); `params.feature` names the column */
  readonly notes: Message[]
  /** things the user should know (high-cardinality categoricals collapsed) */
  readonly warnings: Message[]

  private constructor(options: PreprocessOptions, groups: FeatureGroup[], featureNames: string[], notes: Message[], warnings: Message[]) {
    this.options = options
    this.groups = groups
    this.featureNames = featureNames
    this.notes = notes
    this.warnings = warnings
  }

  get nFeatures(): number {
    return this.featureNames.length
  }

  /** Fit imputation, encoding and scaling on the training rows only. */
  static fit(input: FitInput): Preprocessor {
    const opts: PreprocessOptions = { ...defaultPreprocessOptions, ...input.options }
    if (!(opts.maxLevels >= 2)) throw new MessageError('ml.error.int', { name: 'maxLevels', min: '2', value: String(opts.maxLevels) })
    const { table } = input
    const rows = input.rows ?? Int32Array.from({ length: table.nRows }, (_, i) => i)
    if (rows.length === 0) throw new MessageError('ml.error.noTrainRows')
    const groups: FeatureGroup[] = []
    const names: string[] = []
    const notes: Message[] = []
    const warnings: Message[] = []
    const seen = new Set<string>()
    for (const feature of input.features) {
      if (seen.has(feature)) continue
      seen.add(feature)
      const col = getColumn(table, feature)
      const sch = input.schema?.find((s) => s.name === feature)
      const kind = kindFromSchema(col, sch)
      if (kind === 'id') {
        notes.push(msg('pre.note.id', { feature }))
        continue
      }
      const start = names.length
      if (kind === 'categorical') {
        const counts = new Map<string, number>()
        let present = 0
        const levelOf = categoricalReader(col)
        for (let k = 0; k < rows.length; k++) {
          const v = levelOf(rows[k])
          if (v === null) continue
          present++
          counts.set(v, (counts.get(v) ?? 0) + 1)
        }
        if (present === 0) {
          notes.push(msg('pre.note.empty', { feature }))
          continue
        }
        if (counts.size <= 1) {
          notes.push(msg('pre.note.constantLevel', { feature, value: [...counts.keys()][0] }))
          continue
        }
        if (present >= 20 && counts.size >= opts.idUniqueShare * present) {
          notes.push(msg('pre.note.idLike', { feature, distinct: counts.size, n: present }))
          continue
        }
        // most frequent level, ties broken by the level's sort order
        let fillLevel = ''
        let best = -1
        for (const [l, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
          if (c > best) { best = c; fillLevel = l }
        }
        let levels = [...counts.keys()].sort()
        let hasOther = false
        if (levels.length > opts.maxLevels) {
          const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.maxLevels - 1).map((e) => e[0])
          warnings.push(msg('pre.warn.levels', { feature, levels: levels.length, kept: top.length }))
          levels = top.sort()
          hasOther = true
        }
        let baseLevel: string | undefined
        if (opts.dropFirst) baseLevel = levels.shift()
        for (const l of levels) names.push(`${feature}=${l}`)
        if (hasOther) names.push(`${feature}=(other)`)
        groups.push({ feature, kind, start, end: names.length, levels, hasOther, fillLevel, baseLevel })
      } else {
        const values = numericValues(col)
        const conv = kind === 'date' ? 1 / DAY_MS : 1
        const present: number[] = []
        for (let k = 0; k < rows.length; k++) {
          const v = values[rows[k]]
          if (!Number.isNaN(v)) present.push(v * conv)
        }
        if (present.length === 0) {
          notes.push(msg('pre.note.empty', { feature }))
          continue
        }
        const pv = Float64Array.from(present)
        let mn = Infinity, mx = -Infinity
        for (const v of pv) { if (v < mn) mn = v; if (v > mx) mx = v }
        if (mn === mx) {
          notes.push(msg('pre.note.constant', { feature, value: mn }))
          continue
        }
        if (kind === 'numeric' && /(^|[_\s-])id$|^id$/i.test(feature) && present.length >= 20 && Number.isInteger(mn)) {
          const distinct = new Set(present).size
          if (distinct >= opts.idUniqueShare * present.length) {
            notes.push(msg('pre.note.idLike', { feature, distinct, n: present.length }))
            continue
          }
        }
        const fill = opts.numericImpute === 'median' ? median(pv) : pv.reduce((a, b) => a + b, 0) / pv.length
        // mean and population sd of the imputed training column (as StandardScaler after SimpleImputer)
        const nMiss = rows.length - pv.length
        let s = fill * nMiss
        for (const v of pv) s += v
        const mean = s / rows.length
        let ss = nMiss * (fill - mean) ** 2
        for (const v of pv) ss += (v - mean) ** 2
        const sd = Math.sqrt(ss / rows.length)
        names.push(feature)
        groups.push({ feature, kind, start, end: start + 1, fill, mean: opts.scale ? mean : 0, sd: opts.scale && sd > 0 ? sd : 1 })
      }
    }
    if (names.length === 0) {
      throw notes.length ? new MessageError('pre.error.noFeatures', { notes: list(notes) }) : new MessageError('pre.error.noFeaturesEmpty')
    }
    return new Preprocessor(opts, groups, names, notes, warnings)
  }

  /** Encode rows of a table (any table with the same column names; unseen levels → zeros). */
  transform(table: Table, rows?: ArrayLike<number>): Matrix {
    const n = rows ? rows.length : table.nRows
    const p = this.featureNames.length
    const X = matrix(n, p)
    const d = X.data
    for (const g of this.groups) {
      const col = getColumn(table, g.feature)
      if (g.kind === 'categorical') {
        const levelIndex = new Map<string, number>()
        g.levels!.forEach((l, k) => levelIndex.set(l, k))
        const otherIdx = g.hasOther ? g.levels!.length : -1
        const map = (v: string): number => (v === g.baseLevel ? -1 : levelIndex.get(v) ?? otherIdx)
        if (col.storage === 'string') {
          // map each code once
          const codeMap = col.levels.map(map)
          const fill = map(g.fillLevel!)
          for (let k = 0; k < n; k++) {
            const i = rows ? rows[k] : k
            const c = col.codes[i]
            const j = c < 0 ? fill : codeMap[c]
            if (j >= 0) d[k * p + g.start + j] = 1
          }
        } else {
          const fill = map(g.fillLevel!)
          for (let k = 0; k < n; k++) {
            const i = rows ? rows[k] : k
            const v = col.values[i]
            const j = Number.isNaN(v) ? fill : map(String(v))
            if (j >= 0) d[k * p + g.start + j] = 1
          }
        }
      } else {
        const conv = g.kind === 'date' ? 1 / DAY_MS : 1
        const values = numericValues(col)
        const mean = g.mean!, sd = g.sd!, fill = g.fill!
        for (let k = 0; k < n; k++) {
          const i = rows ? rows[k] : k
          let v = values[i] * conv
          if (Number.isNaN(v)) v = fill
          d[k * p + g.start] = (v - mean) / sd
        }
      }
    }
    return X
  }

  /** The group (original feature) of each encoded column. */
  groupOfColumn(): Int32Array {
    const out = new Int32Array(this.featureNames.length)
    this.groups.forEach((g, gi) => {
      for (let j = g.start; j < g.end; j++) out[j] = gi
    })
    return out
  }

  /** Categorical groups as [start, end) ranges (for SMOTE-NC). */
  categoricalRanges(): Array<[number, number]> {
    return this.groups.filter((g) => g.kind === 'categorical').map((g) => [g.start, g.end])
  }

  /** Undo the scaling of one encoded numeric value (for reason texts). */
  rawValue(groupIndex: number, encoded: number): number {
    const g = this.groups[groupIndex]
    return encoded * (g.sd ?? 1) + (g.mean ?? 0)
  }

  toJSON(): PreprocessorJSON {
    return {
      kind: 'preprocessor', version: 1, options: { ...this.options },
      groups: this.groups.map((g) => ({ ...g, levels: g.levels ? [...g.levels] : undefined })),
      // the file keeps them as English text (a model file is read by people and other tools too)
      featureNames: [...this.featureNames], notes: this.notes.map(renderEnglish), warnings: this.warnings.map(renderEnglish),
    }
  }

  static load(json: PreprocessorJSON): Preprocessor {
    if (!json || json.kind !== 'preprocessor') throw new Error('Not a preprocessor JSON (kind should be "preprocessor")')
    if (json.version !== 1) throw new Error(`Unsupported preprocessor version ${String(json.version)}`)
    if (!Array.isArray(json.groups) || !Array.isArray(json.featureNames)) throw new Error('Preprocessor JSON is missing "groups" or "featureNames"')
    return new Preprocessor({ ...defaultPreprocessOptions, ...json.options }, json.groups.map((g) => ({ ...g })), [...json.featureNames], (json.notes ?? []).map(stored), (json.warnings ?? []).map(stored))
  }
}

/** A reader of one column's value as a level string (null = missing). */
function categoricalReader(col: Column): (i: number) => string | null {
  if (col.storage === 'string') return (i) => (col.codes[i] < 0 ? null : col.levels[col.codes[i]])
  return (i) => (Number.isNaN(col.values[i]) ? null : String(col.values[i]))
}
