import type { Column } from '../table'

/** Cell texts read as missing in every column: pandas' default na_values (so counts agree with it). */
const NA_TOKENS = new Set(['NA', 'N/A', 'n/a', '#N/A', '#NA', '<NA>', 'NaN', 'nan', '-NaN', '-nan', 'null', 'NULL', 'None'])
/** Also missing in a numeric column (UCI files mark missing numbers with "?"); text columns keep them. */
const NUMERIC_NA = new Set(['-', '?', '.', '--'])

export function isNaToken(s: string): boolean {
  return NA_TOKENS.has(s) || NUMERIC_NA.has(s.trim())
}

/**
 * Parse one cell as a plain decimal number, or return NaN. Stricter than Number(): no hex/octal/
 * binary literals, no Infinity, no leading zeros ("007" is a code, not 7), whitespace-only is not 0.
 */
export function parseNumberCell(s: string): number {
  const len = s.length
  if (len === 0) return NaN
  let c = s.charCodeAt(0)
  if (c === 32 || c === 9) {
    s = s.trim()
    if (s.length === 0) return NaN
    c = s.charCodeAt(0)
  }
  if (!((c >= 48 && c <= 57) || c === 45 || c === 46 || c === 43)) return NaN
  // "0x1F", "0b1", "007": Number() accepts them, but they are codes, not quantities
  const k = c === 45 || c === 43 ? 1 : 0
  if (s.charCodeAt(k) === 48 && s.length > k + 1) {
    const d = s.charCodeAt(k + 1)
    if (d !== 46 && d !== 101 && d !== 69) return NaN
  }
  const v = +s
  return v - v === 0 ? v : NaN
}

const NUM = 0
const STR = 1

/**
 * Builds one column while cells stream in. Starts numeric (Float64Array); the first cell that is
 * neither a number nor missing switches it to dictionary-encoded strings (earlier numbers are
 * written back as their shortest text, which is the file's text for integers and for most decimals).
 * Never holds one object per row.
 */
export class ColumnBuilder {
  name: string
  private mode = NUM
  private values: Float64Array
  private codes: Int32Array | null = null
  private index: Map<string, number> | null = null
  private levels: string[] | null = null
  private lastText = ''
  private lastCode = -1
  n = 0
  /** row (0-based data row) of the first cell that was not a number, when the column switched */
  firstTextRow = -1
  /** number of non-missing numeric cells seen before the switch to strings */
  numbersBeforeSwitch = 0

  constructor(name: string, capacity = 1024) {
    this.name = name
    this.values = new Float64Array(Math.max(16, capacity))
  }

  get isNumeric(): boolean {
    return this.mode === NUM
  }

  push(s: string): void {
    if (this.mode === NUM) {
      if (this.n === this.values.length) this.growValues()
      if (s.length === 0) {
        this.values[this.n++] = NaN
        return
      }
      const v = parseNumberCell(s)
      if (v === v) {
        this.values[this.n++] = v
        return
      }
      if (NA_TOKENS.has(s) || NUMERIC_NA.has(s.trim()) || s.trim() === '') {
        this.values[this.n++] = NaN
        return
      }
      this.toStrings()
    }
    this.pushString(s)
  }

  /** Push a value that is already typed (JSON, Excel). */
  pushValue(v: unknown): void {
    if (v === null || v === undefined) return this.push('')
    if (typeof v === 'number') {
      if (this.mode === NUM) {
        if (this.n === this.values.length) this.growValues()
        this.values[this.n++] = Number.isFinite(v) ? v : NaN
        return
      }
      return this.pushString(String(v))
    }
    if (typeof v === 'boolean') return this.push(v ? 'true' : 'false')
    if (v instanceof Date) return this.push(Number.isNaN(v.getTime()) ? '' : v.toISOString().replace('.000Z', '').replace('T00:00:00', ''))
    if (typeof v === 'object') return this.push(JSON.stringify(v))
    return this.push(String(v))
  }

  private pushString(s: string): void {
    const codes = this.codes as Int32Array
    if (this.n === codes.length) this.growCodes()
    if (s.length === 0 || NA_TOKENS.has(s)) {
      ;(this.codes as Int32Array)[this.n++] = -1
      return
    }
    // transaction logs repeat a value on consecutive rows (invoice, date, country): skip the hash
    if (s === this.lastText) {
      ;(this.codes as Int32Array)[this.n++] = this.lastCode
      return
    }
    const index = this.index as Map<string, number>
    let code = index.get(s)
    if (code === undefined) {
      code = (this.levels as string[]).length
      // A slice of a long chunk string keeps the whole chunk alive; copy the level out of it.
      const own = s.length > 12 ? (' ' + s).slice(1) : s
      ;(this.levels as string[]).push(own)
      index.set(own, code)
    }
    ;(this.codes as Int32Array)[this.n++] = code
    this.lastText = (this.levels as string[])[code]
    this.lastCode = code
  }

  private growValues(): void {
    const next = new Float64Array(this.values.length * 2)
    next.set(this.values)
    this.values = next
  }

  private growCodes(): void {
    const codes = this.codes as Int32Array
    const next = new Int32Array(codes.length * 2)
    next.set(codes)
    this.codes = next
  }

  private toStrings(): void {
    this.mode = STR
    this.firstTextRow = this.n
    const index = new Map<string, number>()
    const levels: string[] = []
    const codes = new Int32Array(this.values.length)
    let numbers = 0
    for (let i = 0; i < this.n; i++) {
      const v = this.values[i]
      if (v !== v) {
        codes[i] = -1
        continue
      }
      numbers++
      const s = String(v)
      let code = index.get(s)
      if (code === undefined) {
        code = levels.length
        levels.push(s)
        index.set(s, code)
      }
      codes[i] = code
    }
    this.numbersBeforeSwitch = numbers
    this.codes = codes
    this.index = index
    this.levels = levels
    this.values = new Float64Array(0)
  }

  /** Pad with missing cells up to n rows. */
  padTo(n: number): void {
    while (this.n < n) this.push('')
  }

  finish(): Column {
    if (this.mode === NUM) {
      const values = this.values.length === this.n ? this.values : this.values.slice(0, this.n)
      this.values = new Float64Array(0)
      return { name: this.name, storage: 'number', values }
    }
    const codes = this.codes as Int32Array
    const out = codes.length === this.n ? codes : codes.slice(0, this.n)
    this.codes = null
    this.index = null
    return { name: this.name, storage: 'string', codes: out, levels: this.levels as string[] }
  }
}

/** "1.234,5", "-0,75", "12": a number written with a decimal comma (and optional dot thousands groups) */
const DECIMAL_COMMA = /^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/

/**
 * Text columns whose every value is a decimal-comma number (at least one with a comma) become
 * numeric: "1.234,5" → 1234.5. For files separated by something other than a comma (Excel's CSV
 * in most of Europe and Latin America is ";" with decimal commas). Values with a leading zero
 * ("007,5") and any value that is not such a number leave the column as text. Returns the columns
 * (converted ones replaced) and the names converted.
 */
export function readDecimalCommas(columns: Column[]): { columns: Column[]; converted: string[] } {
  const converted: string[] = []
  const out = columns.map((c): Column => {
    if (c.storage !== 'string' || c.levels.length === 0) return c
    const nums = new Float64Array(c.levels.length)
    let commas = 0
    for (let k = 0; k < c.levels.length; k++) {
      const t = c.levels[k].trim()
      if (NUMERIC_NA.has(t) || NA_TOKENS.has(t)) { nums[k] = NaN; continue }
      if (!DECIMAL_COMMA.test(t) || /^[+-]?0\d/.test(t)) return c
      if (t.includes(',')) commas++
      nums[k] = Number(t.replace(/\./g, '').replace(',', '.'))
    }
    if (commas === 0) return c
    const values = new Float64Array(c.codes.length)
    for (let i = 0; i < values.length; i++) values[i] = c.codes[i] < 0 ? NaN : nums[c.codes[i]]
    converted.push(c.name)
    return { name: c.name, storage: 'number', values }
  })
  return { columns: out, converted }
}

/** Trim header names, give empty ones a name and make duplicates unique (with a warning each). */
export function cleanHeader(raw: string[], file: string, warnings: string[]): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  const empties: number[] = []
  const dups: string[] = []
  raw.forEach((r, j) => {
    let name = (r ?? '').trim()
    if (name === '') {
      name = `column_${j + 1}`
      empties.push(j + 1)
    }
    if (seen.has(name)) {
      let k = 2
      while (seen.has(`${name}_${k}`)) k++
      dups.push(`"${name}" → "${name}_${k}"`)
      name = `${name}_${k}`
    }
    seen.add(name)
    names.push(name)
  })
  if (empties.length) {
    warnings.push(
      `${file}: ${empties.length} column(s) have no name in the header (position ${empties.slice(0, 10).join(', ')}); named column_<position>. Rename them in the file or in the schema if they matter.`,
    )
  }
  if (dups.length) {
    warnings.push(`${file}: duplicate column names were renamed: ${dups.slice(0, 10).join(', ')}.`)
  }
  return names
}
