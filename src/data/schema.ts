/**
 * Schema inference: a type and a suggested role per column, from the parsed columns. Date columns
 * are converted here to numeric ms since epoch (UTC wall clock). Both type and role can be
 * overridden with applySchemaOverride, which converts the column storage when the type needs it.
 */
import { msg, type Label } from '../ml/core/message'
import { detectDateFormat, formatDate, parseDate, type DateFormat } from './dates'
import { DataError } from './errors'
import { decimalMarksOf, isNaToken, parseLevels, parseNumberCell, type DecimalMark } from './parse/columns'
import { codeNumbers, type Column, type ColumnRole, type ColumnSchema, type ColumnType, type NumericColumn, type StringColumn, type Table } from './table'

export const COLUMN_TYPES: readonly ColumnType[] = ['integer', 'float', 'boolean', 'category', 'date', 'datetime', 'id', 'text']
export const COLUMN_ROLES: readonly ColumnRole[] = ['id', 'feature', 'target', 'date', 'amount', 'ignore']

const ID_NAME = /(^|[_\s.-])id$|[a-z]I[dD]$|^id([_\s.-]|$)|(^|[_\s.-])(key|uuid|guid)$|[a-z](Key|Code|No|Number)$|(^|[_\s.-])(code|no|number|num)$/i
const TARGET_NAME = /^(y|target|label|class|churn|churned|response|responded|converted|conversion|outcome|subscribed|purchased|bought)$/i
const AMOUNT_NAME = /amount|price|revenue|sales|spend|spent|value|total|cost|monetary|income|balance|salary|payment|profit/i
const BOOL_PAIRS = [
  ['yes', 'no'],
  ['true', 'false'],
  ['y', 'n'],
  ['t', 'f'],
]

export interface InferOptions {
  /** file name for messages */
  file?: string
  /** per column, the first data row (0-based) that held text in a column that began as numbers */
  firstTextRow?: number[]
}

export interface InferResult {
  table: Table
  schema: ColumnSchema[]
  warnings: Label[]
}

/** Distinct non-missing values of a numeric column (capped: stops counting at `cap`). */
function distinctNumbers(v: Float64Array, cap = Infinity): number {
  const set = new Set<number>()
  for (let i = 0; i < v.length; i++) {
    const x = v[i]
    if (x === x) {
      set.add(x)
      if (set.size >= cap) break
    }
  }
  return set.size
}

function levelCounts(c: StringColumn): Int32Array {
  const counts = new Int32Array(c.levels.length)
  for (let i = 0; i < c.codes.length; i++) {
    const k = c.codes[i]
    if (k >= 0) counts[k]++
  }
  return counts
}

/** Rows (0-based) whose level satisfies `bad`, up to `max` examples, and how many rows in all. */
function rowsWhere(c: StringColumn, bad: Uint8Array, max = 5): { count: number; rows: number[] } {
  const rows: number[] = []
  let count = 0
  for (let i = 0; i < c.codes.length; i++) {
    const k = c.codes[i]
    if (k >= 0 && bad[k]) {
      count++
      if (rows.length < max) rows.push(i)
    }
  }
  return { count, rows }
}

function looksLikeIdName(name: string): boolean {
  return ID_NAME.test(name.trim())
}

/** Convert a string column of date texts to ms; counts the rows that did not parse. */
export function dateColumn(c: StringColumn, fmt: DateFormat): { column: NumericColumn; bad: { count: number; rows: number[]; examples: string[] } } {
  const levelMs = new Float64Array(c.levels.length)
  const badLevel = new Uint8Array(c.levels.length)
  for (let k = 0; k < c.levels.length; k++) {
    levelMs[k] = parseDate(c.levels[k], fmt.order)
    if (Number.isNaN(levelMs[k])) badLevel[k] = 1
  }
  const values = new Float64Array(c.codes.length)
  for (let i = 0; i < values.length; i++) {
    const k = c.codes[i]
    values[i] = k < 0 ? NaN : levelMs[k]
  }
  const bad = rowsWhere(c, badLevel)
  return {
    // the text stays so that another day/month order re-reads it
    column: { name: c.name, storage: 'number', values, text: { codes: c.codes, levels: c.levels } },
    bad: { ...bad, examples: bad.rows.map((r) => c.levels[c.codes[r]]) },
  }
}

function rowList(rows: number[], count: number): string {
  return rows.map((r) => r + 1).join(', ') + (count > rows.length ? ', …' : '')
}

/** Infer the schema of every column (and convert date columns to numbers). */
export function inferSchema(table: Table, opts: InferOptions = {}): InferResult {
  const file = opts.file ?? table.name
  const warnings: Label[] = []
  const columns: Column[] = []
  const schema: ColumnSchema[] = []
  let targetTaken = false
  table.columns.forEach((col, j) => {
    const name = col.name
    const r = inferColumn(col, table.nRows, file, warnings, opts.firstTextRow?.[j] ?? -1)
    columns.push(r.column)
    let role = r.role
    if (role === 'target') {
      if (targetTaken) role = 'feature'
      targetTaken = true
    }
    const entry: ColumnSchema = { name, type: r.type, role }
    if (r.dateOrder) {
      entry.dateOrder = r.dateOrder
      entry.dateAmbiguous = r.dateAmbiguous
    }
    schema.push(entry)
  })
  return { table: { ...table, columns }, schema, warnings }
}

interface ColumnGuess {
  column: Column
  type: ColumnType
  role: ColumnRole
  dateOrder?: DateFormat['order']
  dateAmbiguous?: boolean
}

function inferColumn(col: Column, nRows: number, file: string, warnings: Label[], firstTextRow: number): ColumnGuess {
  const name = col.name
  const idName = looksLikeIdName(name)
  const targetName = TARGET_NAME.test(name.trim())
  if (col.storage === 'number') {
    const v = col.values
    let nonMissing = 0
    let allInt = true
    let only01 = true
    let increasing = true
    let prev = -Infinity
    for (let i = 0; i < v.length; i++) {
      const x = v[i]
      if (x !== x) continue
      nonMissing++
      if (allInt && !Number.isInteger(x)) allInt = false
      if (only01 && x !== 0 && x !== 1) only01 = false
      if (increasing && !(x > prev)) increasing = false
      prev = x
    }
    if (nonMissing === 0) {
      warnings.push(msg('data.warn.emptyColumn', { file, column: name, n: nRows }))
      return { column: col, type: 'float', role: 'ignore' }
    }
    const distinct = distinctNumbers(v)
    if (distinct === 1 && nRows > 1) return { column: col, type: allInt ? 'integer' : 'float', role: targetName ? 'target' : 'ignore' }
    if (only01) return { column: col, type: 'boolean', role: targetName ? 'target' : 'feature' }
    if (allInt && ((idName && (distinct > 20 || (distinct === nonMissing && nonMissing > 1))) || (increasing && nonMissing === nRows && nRows > 50 && distinct === nonMissing && /^(index|row|#|unnamed.*|)$/i.test(name.trim()))))
      return { column: col, type: 'id', role: 'id' }
    const type: ColumnType = allInt ? 'integer' : 'float'
    if (targetName) return { column: col, type, role: 'target' }
    if (AMOUNT_NAME.test(name)) return { column: col, type, role: 'amount' }
    return { column: col, type, role: 'feature' }
  }

  // string storage
  const counts = levelCounts(col)
  let nonMissing = 0
  for (let k = 0; k < counts.length; k++) nonMissing += counts[k]
  const distinct = col.levels.length
  if (nonMissing === 0) {
    warnings.push(msg('data.warn.emptyColumn', { file, column: name, n: nRows }))
    return { column: col, type: 'category', role: 'ignore' }
  }
  // dates: judge on the levels (one parse per distinct text, not per row)
  const sample = distinct > 2000 ? sampleLevels(col.levels, 2000) : col.levels
  const fmt = detectDateFormat(sample)
  if (fmt) {
    const { column, bad } = dateColumn(col, fmt)
    const type: ColumnType = fmt.hasTime ? 'datetime' : 'date'
    if (fmt.ambiguous && fmt.order === 'dmy' && /\//.test(sample[0] ?? '')) {
      warnings.push(msg('data.warn.dateAmbiguous', { file, column: name }))
    }
    if (bad.count > 0) {
      warnings.push(msg('data.warn.datesUnreadable', {
        file, column: name, n: bad.count, format: fmt.order === 'ymd' ? 'YYYY-MM-DD' : fmt.order === 'dmy' ? 'dd-mm-yyyy' : 'mm/dd/yyyy',
        rows: rowList(bad.rows, bad.count), examples: bad.examples.map((e) => JSON.stringify(e)).join(', '),
      }))
    }
    return { column, type, role: 'date', dateOrder: fmt.order, dateAmbiguous: fmt.ambiguous }
  }
  // booleans
  if (distinct <= 2) {
    const lower = col.levels.map((l) => l.trim().toLowerCase())
    if (BOOL_PAIRS.some((p) => lower.every((l) => p.includes(l)))) return { column: col, type: 'boolean', role: targetName ? 'target' : 'feature' }
  }
  // numbers mixed with text
  const numericLevel = new Uint8Array(distinct)
  let numericRows = 0
  for (let k = 0; k < distinct; k++) {
    if (Number.isFinite(parseNumberCell(col.levels[k]))) {
      numericLevel[k] = 1
      numericRows += counts[k]
    }
  }
  let spaced = 0
  let totalLen = 0
  for (const l of sample) {
    if (/\s/.test(l.trim())) spaced++
    totalLen += l.length
  }
  const avgLen = totalLen / Math.max(1, sample.length)
  let type: ColumnType
  if ((idName && (distinct > 20 || (distinct === nonMissing && nonMissing > 1))) || (distinct > 50 && distinct >= 0.95 * nonMissing && spaced < 0.1 * sample.length)) type = 'id'
  else if (distinct > 100 && spaced >= 0.5 * sample.length && (avgLen >= 15 || distinct > 0.5 * nonMissing)) type = 'text'
  else type = 'category'

  // mostly numbers with some text: worth a warning (a text column with a stray number is not)
  if (numericRows >= 0.5 * nonMissing && numericRows < nonMissing && type !== 'id') {
    const textLevel = new Uint8Array(distinct)
    for (let k = 0; k < distinct; k++) textLevel[k] = numericLevel[k] ? 0 : 1
    const t = rowsWhere(col, textLevel, 3)
    const examples = t.rows.map((r) => `${r + 1}: ${JSON.stringify(col.levels[col.codes[r]])}`).join(', ')
    const first = firstTextRow >= 0 && !t.rows.includes(firstTextRow) ? msg('data.warn.firstText', { row: firstTextRow + 1 }) : ''
    warnings.push(msg('data.warn.mixed', { file, column: name, numbers: numericRows, n: t.count, examples, first }))
  }
  if (distinct === 1 && nRows > 1) return { column: col, type, role: 'ignore' }
  if (type === 'id') return { column: col, type, role: 'id' }
  if (type === 'text') return { column: col, type, role: 'ignore' }
  return { column: col, type, role: targetName ? 'target' : 'feature' }
}

function sampleLevels(levels: string[], n: number): string[] {
  const step = levels.length / n
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(levels[Math.floor(i * step)])
  return out
}

export interface OverrideResult {
  table: Table
  schema: ColumnSchema[]
  warnings: Label[]
}

const NUMERIC_TYPES: ReadonlySet<ColumnType> = new Set(['integer', 'float', 'date', 'datetime'])
const STRING_TYPES: ReadonlySet<ColumnType> = new Set(['category', 'id', 'text'])
const NUMERIC_DATE: ReadonlySet<ColumnType> = new Set(['date', 'datetime'])

/** The column's text as the file wrote it: a string column's own, or what a converted numeric column kept. */
function originalText(col: Column): StringColumn | null {
  if (col.storage === 'string') return col
  return col.text ? { name: col.name, storage: 'string', codes: col.text.codes, levels: col.text.levels } : null
}

/**
 * Change how a column's text is read: its decimal mark (numbers by locale) or its day/month order
 * (dates). Re-parses the file's text kept with the column, never the converted values; cells that
 * do not fit the new choice become missing and are counted in a warning.
 */
export function setColumnFormat(
  table: Table,
  schema: ColumnSchema[],
  columnName: string,
  change: { decimal?: DecimalMark; dateOrder?: DateFormat['order'] },
): OverrideResult {
  const j = table.columns.findIndex((c) => c.name === columnName)
  const sj = schema.findIndex((s) => s.name === columnName)
  if (j < 0 || sj < 0) {
    throw new DataError('override', table.name, `${table.name} has no column "${columnName}" (columns: ${table.columns.map((c) => c.name).join(', ')}).`, { column: columnName })
  }
  const file = table.name
  const text = originalText(table.columns[j])
  if (!text) {
    throw new DataError('override', file, `${file}: column "${columnName}" was read from typed data (not text), so there is no text to read again with another format.`, { column: columnName })
  }
  const warnings: Label[] = []
  const old = schema[sj]
  let column: NumericColumn
  let entry: ColumnSchema
  let badLevel: Uint8Array
  if (change.dateOrder) {
    const hasTime = text.levels.some((l) => /\d:\d\d/.test(l))
    const r = dateColumn(text, { order: change.dateOrder, hasTime, ambiguous: false })
    column = r.column
    badLevel = new Uint8Array(0)
    if (r.bad.count) warnings.push(`${file}: column "${columnName}": ${r.bad.count} row(s) are not ${change.dateOrder} dates (rows ${rowList(r.bad.rows, r.bad.count)}: ${r.bad.examples.map((e) => JSON.stringify(e)).join(', ')}); they are missing now.`)
    entry = { name: columnName, type: hasTime ? 'datetime' : 'date', role: 'date', overridden: true, dateOrder: change.dateOrder, dateAmbiguous: false }
  } else if (change.decimal) {
    const values = parseLevels(text, change.decimal)
    badLevel = new Uint8Array(text.levels.length)
    let allInt = true
    text.levels.forEach((l, k) => {
      const t = l.trim()
      if (t === '' || isNaToken(t)) return
      const marks = decimalMarksOf(t)
      if (!(marks & (change.decimal === '.' ? 1 : 2))) badLevel[k] = 1
    })
    for (let i = 0; i < values.length; i++) if (values[i] === values[i] && !Number.isInteger(values[i])) { allInt = false; break }
    const b = rowsWhere(text, badLevel, 5)
    if (b.count) warnings.push(`${file}: column "${columnName}": ${b.count} row(s) do not fit "${change.decimal}" as the decimal mark (rows ${rowList(b.rows, b.count)}: ${b.rows.map((r) => JSON.stringify(text.levels[text.codes[r]])).join(', ')}); they are missing now.`)
    column = { name: columnName, storage: 'number', values, text: { codes: text.codes, levels: text.levels } }
    entry = { name: columnName, type: allInt ? 'integer' : 'float', role: old.role === 'id' || old.role === 'date' || old.role === 'ignore' ? 'feature' : old.role, overridden: true, decimal: change.decimal, decimalAmbiguous: false }
  } else {
    return { table, schema, warnings }
  }
  const columns = table.columns.slice()
  columns[j] = column
  const next = schema.slice()
  next[sj] = entry
  return { table: { ...table, columns }, schema: next, warnings }
}

/**
 * Set a column's type and/or role. Converts the storage when the type needs it: integer/float/
 * date/datetime are numeric (text cells that are not numbers/dates become missing, counted in a
 * warning), category/id/text are strings, boolean keeps the storage it has. Returns new table and
 * schema objects (the other columns are shared, not copied).
 */
export function applySchemaOverride(
  table: Table,
  schema: ColumnSchema[],
  columnName: string,
  change: { type?: ColumnType; role?: ColumnRole },
): OverrideResult {
  const j = table.columns.findIndex((c) => c.name === columnName)
  const sj = schema.findIndex((s) => s.name === columnName)
  if (j < 0 || sj < 0) {
    throw new DataError('override', table.name, `${table.name} has no column "${columnName}" (columns: ${table.columns.map((c) => c.name).join(', ')}).`, { column: columnName })
  }
  if (change.type !== undefined && !COLUMN_TYPES.includes(change.type)) throw new RangeError(`Unknown column type "${String(change.type)}" (one of ${COLUMN_TYPES.join(', ')})`)
  if (change.role !== undefined && !COLUMN_ROLES.includes(change.role)) throw new RangeError(`Unknown column role "${String(change.role)}" (one of ${COLUMN_ROLES.join(', ')})`)
  const warnings: Label[] = []
  const old = schema[sj]
  let col = table.columns[j]
  const type = change.type ?? old.type
  if (change.type !== undefined && change.type !== old.type) {
    col = convertColumn(col, old.type, type, table.name, warnings, old.decimal)
  }
  const role = change.role ?? (change.type === undefined ? old.role : defaultRoleFor(type, old.role))
  const columns = table.columns.slice()
  columns[j] = col
  const next = schema.slice()
  const entry: ColumnSchema = { name: columnName, type, role, overridden: true }
  if (col.storage === 'number' && old.decimal && !NUMERIC_DATE.has(type)) {
    entry.decimal = old.decimal
    entry.decimalAmbiguous = old.decimalAmbiguous
  }
  if (col.storage === 'number' && old.dateOrder && NUMERIC_DATE.has(type)) {
    entry.dateOrder = old.dateOrder
    entry.dateAmbiguous = old.dateAmbiguous
  }
  next[sj] = entry
  return { table: { ...table, columns }, schema: next, warnings }
}

function defaultRoleFor(type: ColumnType, was: ColumnRole): ColumnRole {
  if (type === 'date' || type === 'datetime') return 'date'
  if (type === 'id') return 'id'
  if (type === 'text') return 'ignore'
  if (was === 'date' || was === 'id') return 'feature'
  return was
}

function convertColumn(col: Column, from: ColumnType, to: ColumnType, file: string, warnings: Label[], decimal?: DecimalMark): Column {
  const name = col.name
  // a column converted from the file's text goes back to that text, not to its numbers' spelling
  if (STRING_TYPES.has(to) && col.storage === 'number' && col.text) return originalText(col) as StringColumn
  if (NUMERIC_TYPES.has(to)) {
    const wantDate = to === 'date' || to === 'datetime'
    if (col.storage === 'number') {
      const isDateNow = from === 'date' || from === 'datetime'
      if (wantDate && !isDateNow) {
        const v = col.values
        // yyyymmdd integers are the one numeric date form common enough to read
        const out = new Float64Array(v.length)
        let bad = 0
        for (let i = 0; i < v.length; i++) {
          const x = v[i]
          if (x !== x) {
            out[i] = NaN
            continue
          }
          out[i] = Number.isInteger(x) && x >= 10000101 && x <= 99991231 ? parseDate(String(x).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'), 'ymd') : NaN
          if (out[i] !== out[i]) bad++
        }
        if (bad > 0) {
          throw new DataError('override', file, `${file}: column "${name}" holds numbers, and ${bad} of them are not yyyymmdd dates; it cannot be read as a ${to} column. Keep its type, or fix the file.`, { column: name })
        }
        return { name, storage: 'number', values: out }
      }
      if (!wantDate && isDateNow) return col // dates are already numbers (ms); keep them
      if (to === 'integer') {
        const frac = col.values.some((x) => Number.isFinite(x) && !Number.isInteger(x))
        if (frac) warnings.push(msg('data.warn.fractional', { file, column: name }))
      }
      return col
    }
    // string → number
    if (wantDate) {
      const fmt = detectDateFormat(col.levels, 0.5)
      if (!fmt) {
        throw new DataError(
          'override',
          file,
          `${file}: column "${name}" does not look like dates (e.g. ${col.levels.slice(0, 3).map((l) => JSON.stringify(l)).join(', ')}); supported: YYYY-MM-DD[ HH:MM:SS], ISO with T, dd-mm-yyyy, dd/mm/yyyy, mm/dd/yyyy.`,
          { column: name },
        )
      }
      const { column, bad } = dateColumn(col, fmt)
      if (bad.count) warnings.push(msg('data.warn.notDates', { file, column: name, n: bad.count, rows: rowList(bad.rows, bad.count), examples: bad.examples.map((e) => JSON.stringify(e)).join(', ') }))
      return column
    }
    const sc = col
    // numbers by locale: the column's mark, else the one mark all its values fit
    let mark = decimal
    if (!mark) {
      let marks = 3
      let needed = false
      for (const l of sc.levels) {
        const t = l.trim()
        if (t === '' || isNaToken(t)) continue
        const m = decimalMarksOf(t)
        if (m && !Number.isFinite(parseNumberCell(t))) needed = true
        marks &= m || 3
      }
      mark = needed ? (marks === 2 ? ',' : marks === 1 ? '.' : undefined) : undefined
    }
    const levelV = mark ? Array.from(parseLevels({ codes: new Int32Array(sc.levels.map((_, k) => k)), levels: sc.levels }, mark)) : sc.levels.map((l) => parseNumberCell(l))
    const bad = new Uint8Array(col.levels.length)
    levelV.forEach((x, k) => {
      if (Number.isNaN(x) && !isNaToken(col.levels[k])) bad[k] = 1
    })
    const values = new Float64Array(col.codes.length)
    for (let i = 0; i < values.length; i++) values[i] = col.codes[i] < 0 ? NaN : levelV[col.codes[i]]
    const b = rowsWhere(col, bad, 5)
    if (mark) {
      warnings.push(msg('data.warn.decimalMark', { file, column: name, mark }))
      return { name, storage: 'number', values, text: { codes: col.codes, levels: col.levels } }
    }
    if (b.count) {
      warnings.push(msg('data.warn.notNumbers', { file, column: name, n: b.count, rows: rowList(b.rows, b.count), examples: b.rows.map((r) => JSON.stringify(col.levels[col.codes[r]])).join(', ') }))
    }
    return { name, storage: 'number', values }
  }
  if (STRING_TYPES.has(to)) {
    if (col.storage === 'string') return col
    const asDate = from === 'date' || from === 'datetime'
    const withTime = from === 'datetime'
    const { codes, levels } = codeNumbers(col.values, (x) => (asDate ? formatDate(x, withTime) : String(x)))
    return { name, storage: 'string', codes, levels }
  }
  // boolean: storage stays; check it has at most two values
  const distinct = col.storage === 'number' ? distinctNumbers(col.values, 3) : col.levels.length
  if (distinct > 2) warnings.push(msg('data.warn.booleanMany', { file, column: name }))
  return col
}
