import { msg, type Label } from '../../ml/core/message'
import { codeNumbers, type Column } from '../table'

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
/** "1.234", "-12.500": one dot followed by exactly three digits */
const ONE_GROUP = /^[+-]?[1-9]\d{0,2}\.\d{3}$/

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
  /**
   * Dots seen in numeric cells: 0 none, 1 every dotted cell was d{1,3}.ddd ("1.234": a decimal or a
   * thousands group, decided later from the file), 2 some other dotted number (a decimal dot).
   */
  dots = 0

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
        if (this.dots < 2 && s.indexOf('.') >= 0) this.dots = ONE_GROUP.test(s.trim()) ? 1 : 2
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

export type DecimalMark = '.' | ','

/** How a column's numbers were read (or why they were not). */
export interface NumberFormat {
  column: string
  decimal: DecimalMark
  /** both marks fit every value ("1.234" alone): the file's mark was used */
  ambiguous: boolean
  /** the values fit no single mark ("1.234.567" with "1.5"): left as text */
  mixed?: boolean
}

const DOT = 1
const COMMA = 2
const GROUP_SPACE = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:([.,])\d+)?$/
const DOT_GROUPS = /^[+-]?\d{1,3}(?:\.\d{3})+$/
const DOT_GROUPS_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/
const COMMA_GROUPS = /^[+-]?\d{1,3}(?:,\d{3})+$/
const COMMA_GROUPS_DOT = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/
const PLAIN_INT = /^[+-]?\d+$/
const PLAIN_DOT = /^[+-]?\d*\.\d+$/
const PLAIN_COMMA = /^[+-]?\d*,\d+$/

/**
 * Which decimal marks a number text fits: DOT ("1,234.5", "1.5"), COMMA ("1.234,5", "5.550.434"),
 * both ("1.234", "12", "5 550 434") or neither (0: not a number in either convention). A leading
 * zero ("007,5") is a code, not a number.
 */
export function decimalMarksOf(t: string): number {
  if (/^[+-]?0\d/.test(t)) return 0
  if (PLAIN_INT.test(t)) return DOT | COMMA
  // "0.500" / "0,5": no thousands group starts with a lone 0, so the mark is the decimal one
  if (/^[+-]?0\.\d+$/.test(t)) return DOT
  if (/^[+-]?0,\d+$/.test(t)) return COMMA
  const sp = GROUP_SPACE.exec(t)
  if (sp) return sp[1] === '.' ? DOT : sp[1] === ',' ? COMMA : DOT | COMMA
  if (DOT_GROUPS.test(t)) return t.indexOf('.') === t.lastIndexOf('.') ? DOT | COMMA : COMMA
  if (COMMA_GROUPS.test(t)) return t.indexOf(',') === t.lastIndexOf(',') ? DOT | COMMA : DOT
  if (DOT_GROUPS_COMMA.test(t) || PLAIN_COMMA.test(t)) return COMMA
  if (COMMA_GROUPS_DOT.test(t) || PLAIN_DOT.test(t)) return DOT
  return 0
}

/** Read a number text with the given decimal mark (the other mark and spaces group thousands); NaN when it does not fit. */
export function parseLocaleNumber(text: string, decimal: DecimalMark): number {
  const t = text.trim()
  const marks = decimalMarksOf(t)
  if (!(marks & (decimal === '.' ? DOT : COMMA))) return NaN
  const group = decimal === '.' ? /[,\s\u00a0\u202f]/g : /[.\s\u00a0\u202f]/g
  const v = Number(t.replace(group, '').replace(',', '.'))
  return Number.isFinite(v) ? v : NaN
}

/** The marks every non-missing level fits (DOT|COMMA bits), how many levels fit none, and whether any needed a conversion. */
function columnMarks(levels: readonly string[]): { marks: number; misfits: number; fitsEach: boolean } {
  let marks = DOT | COMMA
  let misfits = 0
  let fitsEach = true
  for (const l of levels) {
    const t = l.trim()
    if (NUMERIC_NA.has(t) || NA_TOKENS.has(t) || t === '') continue
    const m = decimalMarksOf(t)
    if (m === 0) {
      misfits++
      fitsEach = false
    }
    marks &= m
  }
  return { marks, misfits, fitsEach }
}

/**
 * Numbers written by locale, decided per column: a text column whose every value is a number with
 * grouped thousands ("5.550.434", "5 550 434", "5,550,434") and/or a decimal part in the other
 * mark becomes numeric; a column that fits both marks ("1.234" alone, which the parser first read
 * as 1.234) follows the file's decimal mark (`fileDecimal`, from the other columns); a column
 * whose values fit no single mark ("1.234.567" and "1.5") stays text with a note. Converted
 * columns keep their original text (`text`) so a later choice re-parses it, never the numbers.
 * `dots[j]` is the parser's ColumnBuilder.dots for column j; `fallback` is the mark when no column
 * tells ("," for `;`-separated files, as Excel writes them where the decimal mark is a comma);
 * `commaDecimals` false (comma-separated files) leaves decimal-comma columns as text.
 */
export function readLocaleNumbers(
  columns: Column[],
  dots: readonly number[],
  fileDecimal?: DecimalMark,
  fallback: DecimalMark = '.',
  commaDecimals = true,
): { columns: Column[]; formats: NumberFormat[]; fileDecimal: DecimalMark } {
  // 1. each column's possible marks
  const info = columns.map((c, j) => {
    if (c.storage === 'number') return { marks: dots[j] === 1 ? DOT | COMMA : dots[j] === 2 ? DOT : 0, numeric: true, misfits: 0, fitsEach: true }
    if (c.levels.length === 0) return { marks: 0, numeric: false, misfits: 0, fitsEach: false }
    return { ...columnMarks(c.levels), numeric: false }
  })
  // 2. the file's decimal mark: what the columns that can only be read one way use
  let dotVotes = 0
  let commaVotes = 0
  for (const x of info) {
    if (!x.fitsEach) continue
    if (x.marks === DOT) dotVotes++
    else if (x.marks === COMMA) commaVotes++
  }
  const decided: DecimalMark = fileDecimal ?? (commaVotes > dotVotes ? ',' : dotVotes > commaVotes ? '.' : fallback)
  const formats: NumberFormat[] = []
  const out = columns.map((c, j): Column => {
    const x = info[j]
    if (c.storage === 'number') {
      if (x.marks !== (DOT | COMMA)) return c
      // "1.234" cells: the file decides; keep the text so the choice can be changed
      const text = reconstructText(c.values)
      formats.push({ column: c.name, decimal: decided, ambiguous: true })
      if (decided === '.') return { ...c, text }
      return { name: c.name, storage: 'number', values: parseLevels(text, ','), text }
    }
    if (!x.fitsEach) return c
    if (x.marks === 0) {
      formats.push({ column: c.name, decimal: decided, ambiguous: false, mixed: true })
      return c
    }
    // in a comma-separated file a decimal comma can only be a quoted text cell ("1,5"), not a number
    if (x.marks === COMMA && !commaDecimals) return c
    const mark: DecimalMark = x.marks === DOT ? '.' : x.marks === COMMA ? ',' : decided
    // "5 550 434" fits both marks but reads the same either way: nothing to choose
    const ambiguous = x.marks === (DOT | COMMA) && c.levels.some((l) => parseLocaleNumber(l, '.') !== parseLocaleNumber(l, ','))
    formats.push({ column: c.name, decimal: mark, ambiguous })
    return { name: c.name, storage: 'number', values: parseLevels(c, mark), text: { codes: c.codes, levels: c.levels } }
  })
  return { columns: out, formats, fileDecimal: decided }
}

/** Per-row numbers of a dictionary-coded text column read with `mark`. */
export function parseLevels(c: { codes: Int32Array; levels: readonly string[] }, mark: DecimalMark): Float64Array {
  const nums = new Float64Array(c.levels.length)
  for (let k = 0; k < nums.length; k++) nums[k] = parseLocaleNumber(c.levels[k], mark)
  const values = new Float64Array(c.codes.length)
  for (let i = 0; i < values.length; i++) values[i] = c.codes[i] < 0 ? NaN : nums[c.codes[i]]
  return values
}

/** The file's text of a column the parser read as d{1,3}.ddd decimals and integers (exact: three decimals). */
function reconstructText(v: Float64Array): { codes: Int32Array; levels: string[] } {
  return codeNumbers(v, (x) => (Number.isInteger(x) ? String(x) : x.toFixed(3)))
}

/** Trim header names, give empty ones a name and make duplicates unique (with a warning each). */
export function cleanHeader(raw: string[], file: string, warnings: Label[]): string[] {
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
    warnings.push(msg('data.warn.unnamedColumns', { file, n: empties.length, positions: empties.slice(0, 10).join(', ') }))
  }
  if (dups.length) {
    warnings.push(msg('data.warn.duplicateColumns', { file, columns: dups.slice(0, 10).join(', ') }))
  }
  return names
}
