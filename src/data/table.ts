/**
 * The in-memory table: columns as typed arrays (never row objects), so 500k rows stay small and
 * cross between workers as transferred buffers.
 *
 * - numeric storage: Float64Array, NaN = missing. Dates/datetimes are numeric too: milliseconds
 *   since 1970-01-01 UTC (the wall-clock time written in the file, read as UTC).
 * - string storage: dictionary codes (Int32Array, -1 = missing) into `levels`.
 */
export type ColumnType = 'integer' | 'float' | 'boolean' | 'category' | 'date' | 'datetime' | 'id' | 'text'
export type ColumnRole = 'id' | 'feature' | 'target' | 'date' | 'amount' | 'ignore'

export interface NumericColumn {
  name: string
  storage: 'number'
  values: Float64Array
  /**
   * The file's text, for columns read by a rule that can be changed later (numbers by locale,
   * dates by day/month order): a new choice re-parses this, never the converted values.
   */
  text?: { codes: Int32Array; levels: string[] }
}

export interface StringColumn {
  name: string
  storage: 'string'
  codes: Int32Array
  levels: string[]
}

export type Column = NumericColumn | StringColumn

export interface ColumnSchema {
  name: string
  type: ColumnType
  role: ColumnRole
  /** set when the user overrode the inferred type or role */
  overridden?: boolean
  /** numbers read by locale: the decimal mark used (the other one groups thousands) */
  decimal?: '.' | ','
  /** the values fit both marks ("1.234"): the file's mark was used, the user may change it */
  decimalAmbiguous?: boolean
  /** date columns: the order read, and whether the values could not tell day/month apart */
  dateOrder?: 'ymd' | 'dmy' | 'mdy'
  dateAmbiguous?: boolean
}

export interface Table {
  name: string
  nRows: number
  columns: Column[]
}

export function getColumn(t: Table, name: string): Column {
  const c = t.columns.find((c) => c.name === name)
  if (!c) {
    throw new Error(`Column "${name}" is not in ${t.name} (columns: ${t.columns.map((c) => c.name).join(', ')})`)
  }
  return c
}

export function hasColumn(t: Table, name: string): boolean {
  return t.columns.some((c) => c.name === name)
}

/** Missing test for one cell. */
export function isMissing(c: Column, i: number): boolean {
  return c.storage === 'number' ? Number.isNaN(c.values[i]) : c.codes[i] < 0
}

/** A cell as a display string ('' when missing). */
export function cellString(c: Column, i: number): string {
  if (c.storage === 'number') {
    const v = c.values[i]
    return Number.isNaN(v) ? '' : String(v)
  }
  const code = c.codes[i]
  return code < 0 ? '' : c.levels[code]
}

/** Numeric values of a column (a string column is parsed; unparseable -> NaN). */
export function numericValues(c: Column): Float64Array {
  if (c.storage === 'number') return c.values
  const parsedLevels = c.levels.map((l) => {
    const v = Number(l.trim())
    return l.trim() === '' ? NaN : v
  })
  const out = new Float64Array(c.codes.length)
  for (let i = 0; i < out.length; i++) out[i] = c.codes[i] < 0 ? NaN : parsedLevels[c.codes[i]]
  return out
}

/** String values of a column, one per row (null when missing). */
export function stringValues(c: Column): (string | null)[] {
  const n = c.storage === 'number' ? c.values.length : c.codes.length
  const out: (string | null)[] = new Array(n)
  for (let i = 0; i < n; i++) out[i] = isMissing(c, i) ? null : cellString(c, i)
  return out
}

/** Build a string column from values (null/undefined/'' = missing). */
export function stringColumn(name: string, values: ArrayLike<string | null | undefined>): StringColumn {
  const index = new Map<string, number>()
  const levels: string[] = []
  const codes = new Int32Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v === null || v === undefined || v === '') {
      codes[i] = -1
      continue
    }
    let code = index.get(v)
    if (code === undefined) {
      code = levels.length
      levels.push(v)
      index.set(v, code)
    }
    codes[i] = code
  }
  return { name, storage: 'string', codes, levels }
}

/** Numbers as dictionary codes (NaN → −1), each distinct value written once by `format`. */
export function codeNumbers(values: ArrayLike<number>, format: (x: number) => string = String): { codes: Int32Array; levels: string[] } {
  const index = new Map<number, number>()
  const levels: string[] = []
  const codes = new Int32Array(values.length)
  for (let i = 0; i < codes.length; i++) {
    const x = values[i]
    if (x !== x) {
      codes[i] = -1
      continue
    }
    let k = index.get(x)
    if (k === undefined) {
      k = levels.length
      levels.push(format(x))
      index.set(x, k)
    }
    codes[i] = k
  }
  return { codes, levels }
}

export function numberColumn(name: string, values: ArrayLike<number>): NumericColumn {
  return { name, storage: 'number', values: Float64Array.from(values) }
}

/** Rows subset (in the given order), for every column. */
export function takeTableRows(t: Table, idx: ArrayLike<number>, name = t.name): Table {
  const columns: Column[] = t.columns.map((c) => {
    if (c.storage === 'number') {
      const v = new Float64Array(idx.length)
      for (let k = 0; k < idx.length; k++) v[k] = c.values[idx[k]]
      return { name: c.name, storage: 'number', values: v }
    }
    const codes = new Int32Array(idx.length)
    for (let k = 0; k < idx.length; k++) codes[k] = c.codes[idx[k]]
    return { name: c.name, storage: 'string', codes, levels: c.levels }
  })
  return { name, nRows: idx.length, columns }
}
