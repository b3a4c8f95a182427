/**
 * Delimited text (CSV / TSV / `;` / `|`) straight into typed columns.
 *
 * Why a hand-written tokenizer instead of danfojs.readCSV / papaparse — measured in Node 20 on
 * this 2-core machine (bench/data.ts), full Online Retail CSV (47 MB, 541,909 rows × 8):
 *   - papaparse header:true + dynamicTyping (what danfojs 1.2.0's readCSV runs) only builds one
 *     object per row: 1.55–1.65 s CPU and 131 MB of heap held by the row objects, before any column
 *     exists; danfojs then copies them into its own arrays (STACK-NOTES: 2.06 s in a Chromium
 *     worker, ~200 MB heap for 500k rows).
 *   - this tokenizer (chunked decode → one pass over the text → cells pushed straight into
 *     Float64Array / dictionary-coded Int32Array columns), including schema inference and date
 *     conversion: 1.1–1.25 s wall on a quiet machine, 1.3–1.5 s CPU under load; the table holds
 *     ~28 MB (typed arrays + level strings), no row objects ever exist.
 * The heap target (≤ 150 MB for the table, with papaparse's 131 MB of row objects as a transient
 * on top of danfo's copy) is what rules papaparse out; the speed is similar. danfojs is therefore
 * not on the parsing path; it remains available for DataFrame interop in the app.
 *
 * RFC 4180 rules: fields may be quoted with ", a doubled "" inside quotes is one ", quoted fields
 * may hold delimiters and newlines; records end at \n, \r\n or \r.
 */
import { msg, type Label } from '../../ml/core/message'
import { checkCancel, type RunControl } from '../../ml/core/progress'
import { DataError } from '../errors'
import type { Table } from '../table'
import { cleanHeader, ColumnBuilder, readLocaleNumbers, type DecimalMark, type NumberFormat } from './columns'

const QUOTE = 34
const LF = 10
const CR = 13

/** Receives whole records; `fields[0..n)` are the cells, `line` the 1-based file line it starts on. */
export type RecordSink = (fields: string[], n: number, line: number) => void

/**
 * Streaming tokenizer: feed decoded text pieces with push(); a record cut by a chunk boundary is
 * carried to the next piece. Call push(last, true) at the end.
 */
/** A quoted cell longer than this is an unclosed quote, not data (a cell of 16 MB is no export's). */
export const MAX_QUOTED_CELL = 16 * 1024 * 1024

/** Thrown by the tokenizer when a quote opened at `line` is still open after MAX_QUOTED_CELL characters. */
export class UnclosedQuoteError extends Error {
  override name = 'UnclosedQuoteError'
  constructor(readonly line: number) {
    super(`a quote opened at line ${line} is not closed`)
  }
}

export class DelimitedTokenizer {
  private readonly sep: number
  private readonly sepLen: number
  private readonly sepStr: string
  private carry = ''
  private line = 1
  private fields: string[] = []
  /** lines where a quote was opened but never closed, or text followed a closing quote */
  readonly badQuotes: number[] = []
  /** a quote still open at the end of the input: where it opened and how many lines it swallowed */
  unclosed: { line: number; lines: number } | null = null
  records = 0

  constructor(sep: string, private readonly sink: RecordSink) {
    this.sepStr = sep
    this.sep = sep.charCodeAt(0)
    this.sepLen = sep.length
  }

  push(piece: string, final = false): void {
    const s = this.carry.length ? this.carry + piece : piece
    this.carry = ''
    const n = s.length
    const sep = this.sep
    const fields = this.fields
    let i = 0
    while (i < n) {
      // one record starting at i
      const recStart = i
      const recLine = this.line
      let nf = 0
      let embeddedLines = 0
      let done = false
      let incomplete = false
      while (!done) {
        if (i < n && s.charCodeAt(i) === QUOTE) {
          // quoted field
          let j = i + 1
          let value = ''
          let hasDoubled = false
          let closed = -1
          for (;;) {
            const q = s.indexOf('"', j)
            if (q < 0) break
            if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
              hasDoubled = true
              j = q + 2
              continue
            }
            if (q + 1 === n && !final) break // can't tell "" from " at the end of a piece
            closed = q
            break
          }
          if (closed < 0) {
            if (!final) {
              // without this, the rest of a large file would pile up as one cell (and be rescanned)
              if (n - i > MAX_QUOTED_CELL) throw new UnclosedQuoteError(recLine + embeddedLines)
              incomplete = true
              break
            }
            // unterminated quote at the end of the file: take the rest as the value
            this.badQuotes.push(recLine)
            value = s.slice(i + 1)
            this.unclosed = { line: recLine + embeddedLines, lines: countNewlines(value) }
            if (hasDoubled) value = value.replace(/""/g, '"')
            i = n
            embeddedLines += countNewlines(value)
            fields[nf++] = value
            done = true
            break
          }
          value = s.slice(i + 1, closed)
          if (hasDoubled) value = value.replace(/""/g, '"')
          if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) embeddedLines += countNewlines(value)
          i = closed + 1
          // text after the closing quote up to the delimiter: keep it (papaparse does the same)
          if (i < n) {
            const c = s.charCodeAt(i)
            if (c !== sep && c !== LF && c !== CR) {
              let k = i
              while (k < n) {
                const d = s.charCodeAt(k)
                if (d === sep || d === LF || d === CR) break
                k++
              }
              if (k === n && !final) {
                incomplete = true
                break
              }
              if (this.badQuotes.length < 1000) this.badQuotes.push(recLine + embeddedLines)
              value += s.slice(i, k)
              i = k
            }
          }
          fields[nf++] = value
        } else {
          // unquoted field: scan to delimiter or end of line
          let k = i
          while (k < n) {
            const d = s.charCodeAt(k)
            if (d === sep || d === LF || d === CR) break
            k++
          }
          if (k === n && !final) {
            incomplete = true
            break
          }
          fields[nf++] = s.slice(i, k)
          i = k
        }
        // after a field: delimiter, end of line, or end of text
        if (i >= n) {
          done = true
        } else {
          const c = s.charCodeAt(i)
          if (c === sep && (this.sepLen === 1 || s.startsWith(this.sepStr, i))) {
            i += this.sepLen
            if (i >= n) {
              if (!final) {
                incomplete = true
                break
              }
              fields[nf++] = '' // trailing delimiter at the very end
              done = true
            }
          } else if (c === LF) {
            i++
            done = true
          } else if (c === CR) {
            if (i + 1 >= n && !final) {
              incomplete = true
              break
            }
            i += i + 1 < n && s.charCodeAt(i + 1) === LF ? 2 : 1
            done = true
          }
        }
      }
      if (incomplete) {
        this.carry = s.slice(recStart)
        return
      }
      this.line = recLine + 1 + embeddedLines
      // a blank line is no record
      if (nf === 1 && fields[0].length === 0 && s.charCodeAt(recStart) !== QUOTE) continue
      this.records++
      this.sink(fields, nf, recLine)
    }
  }
}

function countNewlines(v: string): number {
  let c = 0
  for (let k = 0; k < v.length; k++) {
    const ch = v.charCodeAt(k)
    if (ch === LF) c++
    else if (ch === CR && v.charCodeAt(k + 1) !== LF) c++
  }
  return c
}

export const DELIMITERS = [',', ';', '\t', '|'] as const

/** Human name of a delimiter for messages. */
export function delimiterName(sep: string): string {
  return sep === '\t' ? 'tab' : sep === ',' ? 'comma' : sep === ';' ? 'semicolon' : sep === '|' ? 'pipe' : JSON.stringify(sep)
}

/**
 * Pick the delimiter from the first lines: the candidate whose records most often share one field
 * count above 1 (ties: more fields). Quote-aware, so "a;b" inside quotes does not count.
 */
export function sniffDelimiter(head: string, fileName = ''): string {
  // drop a possibly cut last line
  const cut = head.lastIndexOf('\n')
  const sample = cut > 0 ? head.slice(0, cut + 1) : head
  let best = ','
  let bestScore = -1
  const preferTab = /\.tsv$|\.tab$/i.test(fileName.replace(/\.gz$/i, ''))
  for (const d of DELIMITERS) {
    const counts: number[] = []
    const tok = new DelimitedTokenizer(d, (_f, n) => {
      if (counts.length < 50) counts.push(n)
    })
    tok.push(sample, true)
    if (!counts.length) continue
    const freq = new Map<number, number>()
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1)
    let mode = 1
    let modeN = 0
    for (const [c, k] of freq) if (k > modeN || (k === modeN && c > mode)) [mode, modeN] = [c, k]
    if (mode < 2) continue
    // consistency first, then width; a header that agrees with the mode counts extra
    const score = (modeN / counts.length) * 1000 + Math.min(mode, 999) * 0.5 + (counts[0] === mode ? 100 : 0) + (preferTab && d === '\t' ? 50 : 0)
    if (score > bestScore) {
      bestScore = score
      best = d
    }
  }
  return best
}

export interface DelimitedResult {
  table: Table
  warnings: Label[]
  delimiter: string
  /** per column: (0-based) data row of the first text cell in a column that began as numbers */
  firstTextRow: number[]
  /** columns read as numbers by a locale rule (or left as text for mixing two), see readLocaleNumbers */
  numberFormats: NumberFormat[]
  /** the file's decimal mark, from the columns that can only be read one way */
  decimal: DecimalMark
}

/**
 * Parse decoded text pieces into a Table. `pieces` yields text in order; `progress` is called by
 * the caller (it knows the bytes); this only checks cancel between pieces.
 */
export async function parseDelimited(
  pieces: AsyncIterable<string>,
  file: string,
  opts: { sep: string; expectedBytes?: number; header?: boolean; decimal?: DecimalMark },
  control?: RunControl,
): Promise<DelimitedResult> {
  const warnings: Label[] = []
  let builders: ColumnBuilder[] | null = null
  let nCols = 0
  let rows = 0
  const ragged: { line: number; n: number }[] = []
  let raggedCount = 0
  let shortCount = 0
  let longCount = 0
  let headerLine = 1
  let names: string[] | null = null
  const sink: RecordSink = (fields, n, line) => {
    if (!names) {
      names = cleanHeader(fields.slice(0, n), file, warnings)
      nCols = names.length
      headerLine = line
      return
    }
    if (!builders) {
      // size the columns from the first row's length; they grow by doubling if this is short
      let len = n
      for (let j = 0; j < n; j++) len += fields[j].length
      const cap = opts.expectedBytes ? Math.ceil((opts.expectedBytes / Math.max(len, 8)) * 1.1) + 16 : 1024
      builders = names.map((nm) => new ColumnBuilder(nm, Math.min(cap, 1 << 26)))
    }
    if (n !== nCols) {
      let extraEmpty = n > nCols
      for (let j = nCols; j < n && extraEmpty; j++) if (fields[j].trim() !== '') extraEmpty = false
      if (!extraEmpty) {
        raggedCount++
        if (n < nCols) shortCount++
        else longCount++
        if (ragged.length < 10) ragged.push({ line, n })
      }
    }
    const m = n < nCols ? n : nCols
    for (let j = 0; j < m; j++) builders[j].push(fields[j])
    for (let j = m; j < nCols; j++) builders[j].push('')
    rows++
  }
  const tok = new DelimitedTokenizer(opts.sep, sink)
  try {
    for await (const piece of pieces) {
      checkCancel(control?.cancel)
      tok.push(piece)
    }
    tok.push('', true)
    // a quote left open that swallowed the lines after it: the real problem, whatever else looks wrong
    if (tok.unclosed && tok.unclosed.lines > 1) throw new UnclosedQuoteError(tok.unclosed.line)
  } catch (e) {
    if (!(e instanceof UnclosedQuoteError)) throw e
    throw new DataError(
      'quote',
      file,
      `${file}: a quote (") opened at line ${e.line} is never closed, so everything after it would be read as one cell. Fix the quote on line ${e.line} (close it, or double it as "" inside a quoted cell) and load the file again.`,
      { row: e.line },
    )
  }
  // (assigned inside the sink closure, which TypeScript's narrowing does not see)
  const header0 = names as string[] | null
  const bs = builders as ColumnBuilder[] | null
  if (!header0) {
    throw new DataError('empty', file, `${file} is empty (no header line and no rows). Choose a file with a header line and at least one row.`)
  }
  const header: string[] = header0
  if (rows === 0 || !bs) {
    throw new DataError(
      'header-only',
      file,
      `${file} has a header (${nCols} column${nCols === 1 ? '' : 's'}: ${header.slice(0, 8).join(', ')}) but no data rows. Add rows below line ${headerLine}.`,
      { row: headerLine },
    )
  }
  if (raggedCount > 0) {
    const where = ragged.map((r) => `line ${r.line} (${r.n} fields)`).join(', ')
    if (raggedCount > rows / 2) {
      throw new DataError(
        'ragged',
        file,
        `${file}: ${raggedCount} of ${rows} rows do not have the header's ${nCols} fields (${delimiterName(opts.sep)}-separated), e.g. ${where}. The delimiter or the header line is probably wrong: pick the delimiter explicitly (--sep) or fix the header. If each line is one basket of items (no header), choose "one basket per line" (CLI: --baskets).`,
        { row: ragged[0].line },
      )
    }
    warnings.push(
      `${file}: ${raggedCount} row(s) do not have the header's ${nCols} fields: ${where}${raggedCount > ragged.length ? ', …' : ''}. ` +
        `${shortCount ? `${shortCount} short row(s) were padded with missing cells` : ''}${shortCount && longCount ? '; ' : ''}${longCount ? `${longCount} long row(s) were cut to ${nCols} fields` : ''}. Check those lines for an unquoted delimiter.`,
    )
  }
  if (tok.badQuotes.length) {
    warnings.push(msg('data.warn.badQuotes', { file, lines: tok.badQuotes.slice(0, 5).join(', ') + (tok.badQuotes.length > 5 ? ', …' : '') }))
  }
  const firstTextRow = bs.map((b) => (b.numbersBeforeSwitch > 0 ? b.firstTextRow : -1))
  const dots = bs.map((b) => b.dots)
  const ln = readLocaleNumbers(bs.map((b) => b.finish()), dots, opts.decimal, opts.sep === ';' ? ',' : '.', opts.sep !== ',')
  const columns = ln.columns
  const converted = ln.formats.filter((f) => !f.mixed && !(f.ambiguous && f.decimal === '.'))
  columns.forEach((c, j) => {
    if (converted.some((f) => f.column === c.name)) firstTextRow[j] = -1
  })
  for (const f of converted) {
    warnings.push(f.ambiguous
      ? msg('data.warn.numbersAmbiguous', { file, column: f.column, mark: f.decimal })
      : msg('data.warn.numbersLocale', { file, column: f.column, mark: f.decimal, example: f.decimal === ',' ? '5.550.434 → 5550434, 1.234,5 → 1234.5' : '5,550,434 → 5550434' }))
  }
  for (const f of ln.formats.filter((x) => x.mixed)) {
    warnings.push(msg('data.warn.numbersTwoWays', { file, column: f.column }))
  }
  return { table: { name: file, nRows: rows, columns }, warnings, delimiter: opts.sep, firstTextRow, numberFormats: ln.formats, decimal: ln.fileDecimal }
}
