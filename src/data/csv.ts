/**
 * The one CSV writer: every export of the app and the CLI goes through these functions, so every
 * file follows the same rules.
 *
 * - Formula injection (OWASP "CSV Injection", CWE-1236): a TEXT cell whose first character is
 *   `=` `+` `-` `@`, tab or CR gets a leading `'`, so Excel, LibreOffice and Google Sheets show it
 *   as text instead of running it. Values passed as numbers are never prefixed: `-3.5` the number
 *   is written `-3.5`, `"-3.5"` the text is written `'-3.5`.
 * - Numbers: plain decimal notation, never an exponent (1e-7 is written 0.0000001: spreadsheets
 *   with a decimal comma and our own reader do not read "1,5e-7"), shortest digits that read back
 *   to the same double. `NaN`, `null` and `undefined` are empty cells (missing); `Infinity` and
 *   `-Infinity` are written `Infinity` / `-Infinity` (the spelling JavaScript's `Number()` and
 *   pandas read back; spreadsheets and our parser keep it as text). Booleans are `true`/`false`.
 * - Quoting (RFC 4180): a cell holding the delimiter, a double quote, CR or LF, or starting or
 *   ending with whitespace is quoted, quotes doubled. Lines end with LF, the last one too.
 * - Style: `,` with a decimal point (the default, what pandas and R read), or `;` with a decimal
 *   comma (what Excel expects in most of Europe and Latin America); optionally a UTF-8 BOM, which
 *   Excel needs to read accents in a UTF-8 file.
 */

export type CsvValue = string | number | boolean | null | undefined

export type CsvStyleName = 'comma' | 'semicolon'

export interface CsvStyle {
  delimiter: ',' | ';'
  decimal: '.' | ','
  /** start the text with U+FEFF (Excel reads the file as UTF-8 only with it) */
  bom: boolean
}

/** `,` + decimal point, no BOM: the machine-readable default (CLI, tests, pandas). */
export const COMMA: CsvStyle = Object.freeze({ delimiter: ',', decimal: '.', bom: false })

/** The style for a name, with or without a BOM. */
export function csvStyle(name: CsvStyleName, bom = false): CsvStyle {
  return name === 'semicolon' ? { delimiter: ';', decimal: ',', bom } : { delimiter: ',', decimal: '.', bom }
}

/**
 * The style a spreadsheet in this locale expects: `semicolon` where the locale writes numbers with a
 * decimal comma (es, de, fr, pt-BR…), else `comma`. Asks Intl, so it follows the runtime's CLDR data.
 */
export function csvStyleForLocale(locale: string): CsvStyleName {
  try {
    return new Intl.NumberFormat(locale).format(1.5).includes(',') ? 'semicolon' : 'comma'
  } catch {
    return 'comma'
  }
}

/** `1.5e-7` → `0.00000015`, `1e+21` → `1000000000000000000000`: the same digits without an exponent. */
function withoutExponent(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)
  if (!m) return s
  const digits = m[2] + (m[3] ?? '')
  const point = 1 + Number(m[4])
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return m[1] + digits + '0'.repeat(point - digits.length)
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`
}

/** A number as CSV text in the given decimal mark (see the module comment for NaN and Infinity). */
export function formatCsvNumber(v: number, decimal: '.' | ',' = '.'): string {
  if (Number.isNaN(v)) return ''
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity'
  const s = withoutExponent(String(v))
  return decimal === ',' ? s.replace('.', ',') : s
}

const FORMULA_START = /^[=+\-@\t\r]/

/** Quote a piece of text if it needs it in this style (delimiter, quote, CR/LF, edge whitespace). */
function quoteIfNeeded(s: string, delimiter: string): string {
  const needs = s.includes(delimiter) || /["\n\r]/.test(s) || (s.length > 0 && s !== s.trim())
  return needs ? `"${s.replace(/"/g, '""')}"` : s
}

/** One cell, neutralised against formula injection and quoted when needed. */
export function csvCell(v: CsvValue, style: CsvStyle = COMMA): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return formatCsvNumber(v, style.decimal)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  return quoteIfNeeded(FORMULA_START.test(v) ? `'${v}` : v, style.delimiter)
}

/** One line (no line end). */
export function csvRow(cells: readonly CsvValue[], style: CsvStyle = COMMA): string {
  let out = ''
  for (let j = 0; j < cells.length; j++) out += (j ? style.delimiter : '') + csvCell(cells[j], style)
  return out
}

/** A whole document: header + rows, LF after every line, a BOM first when the style asks for it. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, style: CsvStyle = COMMA): string {
  const lines = [csvRow(header, style)]
  for (const r of rows) lines.push(csvRow(r, style))
  return (style.bom ? '\uFEFF' : '') + lines.join('\n') + '\n'
}

/** An unquoted cell our writer produced from a number (text that looks like one is the same to a spreadsheet). */
const WRITTEN_NUMBER = /^-?\d+(?:\.\d+)?$/

/**
 * Re-write a document this module produced in the default style (`COMMA`) in another style: the
 * workers build exports once, in the default style, and the page applies the user's CSV setting
 * when it saves the file. Numbers (unquoted cells in plain decimal notation) get the decimal mark,
 * cells are re-quoted for the new delimiter, a BOM is added if asked. Returns the text unchanged
 * for the default style without BOM.
 */
export function restyleCsv(text: string, style: CsvStyle): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (style.delimiter === ',' && style.decimal === '.') return (style.bom ? '\uFEFF' : '') + text
  const out: string[] = []
  let line: string[] = []
  let i = 0
  const n = text.length
  while (i < n) {
    let cell: string
    if (text[i] === '"') {
      // quoted: up to the closing quote that is not doubled
      let s = ''
      i++
      for (;;) {
        const q = text.indexOf('"', i)
        if (q < 0) { s += text.slice(i); i = n; break }
        s += text.slice(i, q)
        if (text[q + 1] === '"') { s += '"'; i = q + 2 } else { i = q + 1; break }
      }
      cell = quoteIfNeeded(s, style.delimiter)
    } else {
      let e = i
      while (e < n && text[e] !== ',' && text[e] !== '\n' && text[e] !== '\r') e++
      const s = text.slice(i, e)
      i = e
      cell = WRITTEN_NUMBER.test(s) ? (style.decimal === ',' ? s.replace('.', ',') : s) : quoteIfNeeded(s, style.delimiter)
    }
    line.push(cell)
    if (i >= n || text[i] === '\n' || text[i] === '\r') {
      out.push(line.join(style.delimiter))
      line = []
      if (text[i] === '\r' && text[i + 1] === '\n') i++
      i++
    } else if (++i >= n) out.push([...line, ''].join(style.delimiter)) // past the comma: a last, empty cell
  }
  return (style.bom ? '\uFEFF' : '') + out.join('\n') + (text.endsWith('\n') ? '\n' : '')
}
