/**
 * The one parsing entry used by the data worker, the CLI, tests and benchmarks:
 * bytes (Uint8Array / ArrayBuffer / Blob / File) + file name → typed-column Table + inferred schema.
 * See delimited.ts for why delimited text is tokenized by hand rather than with danfojs/papaparse.
 */
import { msg, type Label } from '../../ml/core/message'
import { checkCancel, type RunControl } from '../../ml/core/progress'
import { DataError } from '../errors'
import { inferSchema } from '../schema'
import { stringColumn, type ColumnSchema, type Table } from '../table'
import type { DecimalMark, NumberFormat } from './columns'
import { DELIMITERS, DelimitedTokenizer, delimiterName, parseDelimited, sniffDelimiter } from './delimited'
import { parseJsonText } from './json'
import { checkZip } from './zipcheck'
import { appendParts, type ParsedPart, type PartInput, unzipParts, zipIsWorkbook } from './multi'
import { isParquet, parseParquet } from './parquet'
import {
  type ByteInput,
  CHUNK_BYTES,
  decodeChunks,
  gunzipChunks,
  headBytes,
  inputSize,
  isGzip,
  isZip,
  looksBinary,
  looksUtf8,
  NotUtf8Error,
  rawChunks,
  type TextEncodingName,
  utf16Bom,
} from './source'
import { pickSheet, sheetToTable, type XlsxReader } from './xlsx'

export type { ByteInput } from './source'
export type { XlsxReader } from './xlsx'

export interface ParseOptions {
  /** delimiter; sniffed from the first lines when absent (`,` `;` tab `|`) */
  sep?: string
  /**
   * groceries-style file: one basket per line, items separated by `sep` (sniffed when absent), no
   * header. true: read so; false: never (a table); absent: suggested when the lines' field counts
   * vary widely (see looksLikeBaskets), with a warning saying so.
   */
  baskets?: boolean
  /** the file's decimal mark for columns that read either way ("1.234"); sniffed when absent */
  decimal?: DecimalMark
  /** Excel: the sheet to load (required when several sheets hold data) */
  sheet?: string
  /** Excel reader: readXlsxWeb (./xlsx-web) in the browser, the Node one in ../node.ts */
  readXlsx?: XlsxReader
  /**
   * gunzip for .gz input; default: DecompressionStream. Node's DecompressionStream ends quietly on a
   * truncated file (browsers throw), so node.ts passes a zlib-based one that reports it.
   */
  gunzip?: (chunks: AsyncIterable<Uint8Array>, file: string) => AsyncIterable<Uint8Array>
  /** skip schema inference (every column keeps the storage the parser gave it; types guessed as float/category) */
  inferSchema?: boolean
}

export type FileFormat = 'delimited' | 'json' | 'xlsx' | 'baskets' | 'parquet'

export interface ParseResult {
  table: Table
  schema: ColumnSchema[]
  warnings: Label[]
  format: FileFormat
  /** text encoding used (xlsx: 'xlsx', Parquet: 'parquet') */
  encoding: TextEncodingName | 'xlsx' | 'parquet'
  /** delimiter used for delimited text and baskets, else null */
  delimiter: string | null
  gzip: boolean
  /** bytes of the input as given (compressed size for .gz) */
  bytes: number
  /** delimited text: columns read by a locale rule (see readLocaleNumbers), and the file's decimal mark */
  numberFormats?: NumberFormat[]
  decimal?: DecimalMark
  /** several files appended as one dataset: each file and its rows (the source column names them) */
  parts?: { file: string; rows: number }[]
  /** Parquet: columns left out (nested or unsupported types) */
  skipped?: { column: string; type: string }[]
}

/** Longest basket line read (items); a longer line is almost surely not a basket. */
export const MAX_BASKET_ITEMS = 10000

export const SUPPORTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.json', '.xlsx', '.parquet', '.zip', '.csv.gz', '.tsv.gz', '.json.gz']
const TEXT_EXT = new Set(['csv', 'tsv', 'tab', 'txt', 'dat', 'psv', 'ssv'])

function extensionOf(name: string): { ext: string; gz: boolean } {
  const lower = name.toLowerCase()
  const gz = lower.endsWith('.gz')
  const base = gz ? lower.slice(0, -3) : lower
  const dot = base.lastIndexOf('.')
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'))
  return { ext: dot > slash ? base.slice(dot + 1) : '', gz }
}

/** Parse a file's bytes into typed columns and infer its schema. */
export async function parseFile(input: ByteInput, name: string, opts: ParseOptions = {}, control?: RunControl): Promise<ParseResult> {
  const total = inputSize(input)
  const warnings: Label[] = []
  const progress = control?.onProgress
  if (total === 0) throw new DataError('empty', name, `${name} is empty (0 bytes). Choose a file with a header line and at least one row.`)
  const { ext, gz: gzName } = extensionOf(name)
  const rawHead = await headBytes(input, 4)
  const gzip = isGzip(rawHead)
  if (gzName && !gzip) warnings.push(msg('data.warn.notGzip', { file: name }))
  if (ext === 'xls') {
    throw new DataError('unknown-format', name, `${name} is a legacy Excel .xls file, which is not supported. Save it as .xlsx or CSV and load that.`)
  }
  let lastReport = 0
  const onBytes = (consumed: number): void => {
    if (!progress) return
    const f = consumed / total
    if (f - lastReport >= 0.01 || consumed === total) {
      lastReport = f
      progress(0.9 * f, `Reading ${name}: ${mb(consumed)} of ${mb(total)}`)
    }
  }
  const yieldToEvents = control?.cancel !== undefined
  // Decompressed bytes, restartable (a restart is needed to re-decode as Windows-1252).
  const bytes = (): AsyncIterable<Uint8Array> => {
    const raw = withYield(rawChunks(input, onBytes), yieldToEvents, control)
    return gzip ? (opts.gunzip ?? gunzipChunks)(raw, name) : raw
  }

  const state: { firstTextRow?: number[]; numberFormats?: NumberFormat[]; decimal?: DecimalMark; kinds?: Map<string, 'date' | 'datetime'> } = {}
  const done = async (table: Table, format: FileFormat, encoding: TextEncodingName | 'xlsx' | 'parquet', delimiter: string | null, more: Label[]): Promise<ParseResult> => {
    checkCancel(control?.cancel)
    progress?.(0.92, `Inferring the schema of ${name}`)
    warnings.push(...more)
    let schema: ColumnSchema[]
    if (format === 'baskets') {
      schema = [
        { name: 'basket', type: 'id', role: 'id' },
        { name: 'item', type: 'category', role: 'feature' },
      ]
    } else if (opts.inferSchema === false) {
      schema = table.columns.map((c) => ({ name: c.name, type: c.storage === 'number' ? 'float' : 'category', role: 'feature' }))
    } else {
      const inf = inferSchema(table, { file: name, firstTextRow: state.firstTextRow })
      table = inf.table
      schema = inf.schema
      warnings.push(...inf.warnings)
    }
    schema = withFormats(schema, state.numberFormats, state.kinds)
    progress?.(1, `Loaded ${name}: ${table.nRows.toLocaleString('en')} rows × ${table.columns.length} columns`)
    const out: ParseResult = { table, schema, warnings, format, encoding, delimiter, gzip, bytes: total }
    if (state.numberFormats) {
      out.numberFormats = state.numberFormats
      out.decimal = state.decimal
    }
    return out
  }

  if (!gzip && (isParquet(rawHead) || ext === 'parquet')) {
    if (!isParquet(rawHead)) throw new DataError('parquet', name, `${name} is named .parquet but does not start like a Parquet file (no PAR1 signature). Check the file, or export it again.`)
    const r = await parseParquet(input, name, control, (d, t) => progress?.(0.9 * (d / t), `Reading ${name}: ${mb(d)} of ${mb(t)}`))
    state.kinds = new Map()
    r.table.columns.forEach((c, j) => {
      const k = r.kinds[j]
      if (k === 'date' || k === 'datetime') state.kinds?.set(c.name, k)
    })
    const more = r.skipped.length
      ? [`${name}: ${r.skipped.length} column(s) were left out because their Parquet type has no flat column form here: ${r.skipped.map((s) => `"${s.column}" (${s.type})`).join(', ')}. Flatten them (one column per field) before exporting if you need them.`]
      : []
    const res = await done(r.table, 'parquet', 'parquet', null, more)
    res.skipped = r.skipped
    return res
  }

  // first decompressed bytes: magic numbers, binary check, encoding, delimiter
  const head = await firstBytes(bytes(), 65536)
  if (head.length === 0) throw new DataError('empty', name, `${name} is empty${gzip ? ' after decompression' : ''}. Choose a file with a header line and at least one row.`)

  if (isZip(head) && ext !== 'xlsx' && ext !== 'xlsm') {
    const all = await collect(bytes())
    const parts = zipEntries(all)
    if (ext === 'zip' || !zipIsWorkbook(parts)) {
      // declared sizes first: a .zip that would inflate to gigabytes is refused before unzipping
      // (a damaged directory is left to unzipParts, which names it as a .zip problem)
      try {
        checkZip(all, name)
      } catch (e) {
        if (!(e instanceof DataError) || e.code === 'too-large') throw e
      }
      return parseParts(unzipParts(all, name), name, opts, control)
    }
  }
  if (isZip(head)) {
    if (ext !== 'xlsx' && ext !== 'xlsm') warnings.push(msg('data.warn.readAsXlsx', { file: name }))
    if (!opts.readXlsx) throw new DataError('xlsx', name, `${name}: Excel files cannot be read here (no .xlsx reader was given to parseFile).`)
    const all = await collect(bytes())
    // the declared sizes first: a workbook that would inflate to gigabytes is refused before reading
    checkZip(all, name)
    progress?.(0.5, `Reading the sheets of ${name}`)
    let sheets
    try {
      sheets = await opts.readXlsx(all)
    } catch (e) {
      throw new DataError('xlsx', name, `${name} could not be read as an .xlsx workbook (${(e as Error).message}). Open it in a spreadsheet program and save it again as .xlsx or CSV.`)
    }
    const sheet = pickSheet(sheets, name, opts.sheet)
    const r = sheetToTable(sheet, name)
    if (sheets.length > 1) warnings.push(msg('data.warn.sheet', { file: name, sheet: sheet.sheet, sheets: sheets.map((s) => s.sheet).join(', ') }))
    return done(r.table, 'xlsx', 'xlsx', null, r.warnings)
  }
  if (ext === 'xlsx') throw new DataError('xlsx', name, `${name} is named .xlsx but is not an Excel workbook (no zip signature). Check the file, or export it again.`)
  const bom16 = utf16Bom(head)
  if (!bom16 && looksBinary(head)) {
    throw new DataError(
      'binary',
      name,
      `${name} looks like a binary file, not text (it contains NUL bytes or control characters near the start). Supported files: ${SUPPORTED_EXTENSIONS.join(', ')}; if this is a spreadsheet, export it as CSV or .xlsx.`,
    )
  }
  let encoding: TextEncodingName = bom16 ?? (looksUtf8(head) ? 'utf-8' : 'windows-1252')
  const headText = new TextDecoder(encoding).decode(head)
  const firstChar = headText.replace(/^\uFEFF/, '').trimStart()[0]
  let format: FileFormat
  const bodyText = headText.replace(/^\uFEFF/, '')
  const basketGuess = opts.baskets === undefined && !(ext === 'json' || ext === 'jsonl') && firstChar !== '[' && firstChar !== '{' ? looksLikeBaskets(bodyText, opts.sep) : null
  if (opts.baskets) format = 'baskets'
  else if (basketGuess) {
    format = 'baskets'
    warnings.push(
      `${name}: read as one basket per line (no header; items separated by ${delimiterName(basketGuess.sep)}), because the lines hold between ${basketGuess.min} and ${basketGuess.max} fields. If it is a table with a header, choose "one item per row" instead.`,
    )
  }
  else if (ext === 'json' || ext === 'jsonl') format = 'json'
  else if (TEXT_EXT.has(ext)) format = 'delimited'
  else {
    format = firstChar === '[' || firstChar === '{' ? 'json' : 'delimited'
    warnings.push(msg(format === 'json' ? 'data.warn.unknownExtJson' : 'data.warn.unknownExtText', { file: name, ext: ext ? ` ".${ext}"` : '', supported: SUPPORTED_EXTENSIONS.join(', ') }))
  }

  const encodingWarning = (): Label => msg('data.warn.encoding', { file: name })

  // run `fn` on the decoded text; if a later chunk turns out not to be UTF-8, start again as Windows-1252
  const withEncoding = async <T>(fn: (pieces: AsyncIterable<string>) => Promise<T>): Promise<T> => {
    if (encoding === 'utf-8') {
      try {
        return await fn(decodeChunks(bytes(), 'utf-8'))
      } catch (e) {
        if (!(e instanceof NotUtf8Error)) throw e
        encoding = 'windows-1252'
        lastReport = 0
      }
    }
    return fn(decodeChunks(bytes(), encoding))
  }

  if (format === 'json') {
    const text = await withEncoding(async (pieces) => {
      let s = ''
      for await (const p of pieces) s += p
      return s
    })
    const r = await parseJsonText(text, name)
    return done(r.table, 'json', encoding, null, encoding === 'windows-1252' ? [encodingWarning(), ...r.warnings] : r.warnings)
  }
  if (format === 'baskets') {
    const sep = opts.sep ?? basketGuess?.sep ?? sniffBasketSep(bodyText)
    const table = await withEncoding((pieces) => parseBaskets(pieces, name, sep, control))
    return done(table, 'baskets', encoding, sep, encoding === 'windows-1252' ? [encodingWarning()] : [])
  }
  const sep = opts.sep ?? sniffDelimiter(headText.replace(/^\uFEFF/, ''), name)
  if (opts.sep === undefined && /\.tsv$/i.test(name.replace(/\.gz$/i, '')) && sep !== '\t') {
    const sepName = delimiterName(sep)
    warnings.push(msg('data.warn.tsvOther', { file: name, sep: /^\w+$/.test(sepName) ? msg(`data.sep.${sepName}`) : sepName }))
  }
  const r = await withEncoding((pieces) => parseDelimited(pieces, name, { sep, expectedBytes: gzip ? total * 5 : total, decimal: opts.decimal }, control))
  state.firstTextRow = r.firstTextRow
  state.numberFormats = r.numberFormats
  state.decimal = r.decimal
  return done(r.table, 'delimited', encoding, sep, encoding === 'windows-1252' ? [encodingWarning(), ...r.warnings] : r.warnings)
}

/** Groceries-style baskets: one basket per line → rows (basket index 0.., item), items trimmed. */
async function parseBaskets(pieces: AsyncIterable<string>, file: string, sep: string, control?: RunControl): Promise<Table> {
  let basketIdx = new Float64Array(1 << 14)
  const items: string[] = []
  let basket = 0
  const tok = new DelimitedTokenizer(sep, (fields, n, line) => {
    if (n > MAX_BASKET_ITEMS) {
      throw new DataError(
        'basket-line',
        file,
        `${file}: line ${line} lists ${n.toLocaleString('en')} items; a basket holds at most ${MAX_BASKET_ITEMS.toLocaleString('en')}. Check that the file is one basket per line with items separated by ${delimiterName(sep)}, or load it as a table (one item per row).`,
        { row: line },
      )
    }
    let any = false
    for (let j = 0; j < n; j++) {
      const it = fields[j].trim()
      if (!it) continue
      if (items.length === basketIdx.length) {
        const next = new Float64Array(basketIdx.length * 2)
        next.set(basketIdx)
        basketIdx = next
      }
      basketIdx[items.length] = basket
      items.push(it)
      any = true
    }
    if (any) basket++
  })
  for await (const p of pieces) {
    checkCancel(control?.cancel)
    tok.push(p)
  }
  tok.push('', true)
  if (items.length === 0) throw new DataError('baskets', file, `${file} has no baskets (no items on any line). Each line should list one basket's items separated by "${sep}".`)
  return {
    name: file,
    nRows: items.length,
    columns: [
      { name: 'basket', storage: 'number', values: basketIdx.slice(0, items.length) },
      { ...stringColumn('item', items), name: 'item' },
    ],
  }
}

async function firstBytes(chunks: AsyncIterable<Uint8Array>, n: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let have = 0
  for await (const c of chunks) {
    parts.push(c)
    have += c.byteLength
    if (have >= n) break
  }
  return concat(parts, Math.min(n, have))
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let have = 0
  for await (const c of chunks) {
    parts.push(c)
    have += c.byteLength
  }
  return concat(parts, have)
}

function concat(parts: Uint8Array[], n: number): Uint8Array {
  if (parts.length === 1 && parts[0].byteLength === n) return parts[0]
  const out = new Uint8Array(n)
  let at = 0
  for (const p of parts) {
    if (at >= n) break
    const take = Math.min(p.byteLength, n - at)
    out.set(take === p.byteLength ? p : p.subarray(0, take), at)
    at += take
  }
  return out
}

/** Give the event loop a turn between chunks so a worker can receive a cancel message. */
async function* withYield(chunks: AsyncIterable<Uint8Array>, on: boolean, control?: RunControl): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    checkCancel(control?.cancel)
    yield c
    if (on) await new Promise<void>((r) => setTimeout(r, 0))
  }
}

function mb(b: number): string {
  return `${(b / 1e6).toFixed(1)} MB`
}

export { CHUNK_BYTES }

/**
 * parseFile with the browser's Excel reader loaded on demand (a separate chunk): what the data
 * worker calls.
 */
export async function parseBytes(input: ByteInput, name: string, opts: ParseOptions = {}, control?: RunControl): Promise<ParseResult> {
  return parseFile(input, name, { ...opts, readXlsx: opts.readXlsx ?? readXlsxLazy }, control)
}

/** parseParts with the browser's Excel reader (several files as one dataset, in the data worker). */
export async function parsePartsBytes(parts: PartInput[], name: string, opts: ParseOptions = {}, control?: RunControl): Promise<ParseResult> {
  return parseParts(parts, name, { ...opts, readXlsx: opts.readXlsx ?? readXlsxLazy }, control)
}

const readXlsxLazy: XlsxReader = async (bytes) => {
  const { readXlsxWeb } = await import('./xlsx-web')
  return readXlsxWeb(bytes)
}

/** Add the per-column reading choices (decimal mark, Parquet date kinds) to an inferred schema. */
function withFormats(schema: ColumnSchema[], formats: NumberFormat[] | undefined, kinds: Map<string, 'date' | 'datetime'> | undefined): ColumnSchema[] {
  if (!formats?.length && !kinds?.size) return schema
  return schema.map((s) => {
    const k = kinds?.get(s.name)
    if (k) return { ...s, type: k, role: 'date' }
    const f = formats?.find((x) => x.column === s.name && !x.mixed)
    return f ? { ...s, decimal: f.decimal, decimalAmbiguous: f.ambiguous } : s
  })
}

/** Entry names of a zip (central directory) without inflating anything. */
function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = []
  const dec = new TextDecoder()
  // end of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const count = dv.getUint16(i + 10, true)
      let at = dv.getUint32(i + 16, true)
      for (let k = 0; k < count && at + 46 <= bytes.length; k++) {
        if (dv.getUint32(at, true) !== 0x02014b50) break
        const nameLen = dv.getUint16(at + 28, true)
        const extra = dv.getUint16(at + 30, true)
        const comment = dv.getUint16(at + 32, true)
        names.push(dec.decode(bytes.subarray(at + 46, at + 46 + nameLen)))
        at += 46 + nameLen + extra + comment
      }
      break
    }
  }
  return names
}

/**
 * One basket per line, suggested when the first lines' field counts vary widely: at least 20
 * lines, 4 or more different counts and no count shared by half of them (a table with a few
 * ragged rows has one count for nearly every line). Returns the delimiter and the range seen.
 */
export function looksLikeBaskets(text: string, sep?: string): { sep: string; min: number; max: number } | null {
  const cut = text.lastIndexOf('\n')
  const sample = cut > 0 ? text.slice(0, cut + 1) : text
  let best: { sep: string; min: number; max: number; fields: number } | null = null
  // a delimiter the user named is the only one tried: with it, a rectangular table is not a basket
  // file, however ragged another delimiter would make its quoted tabs and line breaks look
  for (const d of sep ? [sep] : DELIMITERS) {
    const counts: number[] = []
    const tok = new DelimitedTokenizer(d, (_f, n) => {
      if (counts.length < 200) counts.push(n)
    })
    tok.push(sample, true)
    if (counts.length < 20) continue
    const freq = new Map<number, number>()
    let fields = 0
    for (const c of counts) {
      freq.set(c, (freq.get(c) ?? 0) + 1)
      fields += c
    }
    const mode = Math.max(...freq.values())
    const max = Math.max(...counts)
    if (freq.size < 4 || mode >= counts.length / 2 || max < 3) continue
    if (!best || fields > best.fields) best = { sep: d, min: Math.min(...counts), max, fields }
  }
  return best && { sep: best.sep, min: best.min, max: best.max }
}

/** Basket files: the delimiter that splits the lines into the most items. */
function sniffBasketSep(text: string): string {
  let best = ','
  let most = -1
  for (const d of DELIMITERS) {
    let fields = 0
    const tok = new DelimitedTokenizer(d, (_f, n) => {
      fields += n
    })
    tok.push(text.slice(0, 65536), true)
    if (fields > most) [best, most] = [d, fields]
  }
  return best
}

/**
 * Several files (or the files of a .zip) as one dataset: each is parsed on its own, their columns
 * are compared before anything is appended (see multi.ts), then the schema is inferred once over
 * the appended table, so a column is typed by all of its rows.
 */
export async function parseParts(parts: PartInput[], name: string, opts: ParseOptions = {}, control?: RunControl): Promise<ParseResult> {
  const progress = control?.onProgress
  const sizes = parts.map((p) => inputSize(p.bytes))
  const total = sizes.reduce((a, b) => a + b, 0)
  const parsed: (ParsedPart & { r: ParseResult })[] = []
  let before = 0
  for (let i = 0; i < parts.length; i++) {
    checkCancel(control?.cancel)
    const p = parts[i]
    const at = before
    const sub: RunControl = {
      cancel: control?.cancel,
      onProgress: progress ? (f: number) => progress((0.85 * (at + f * sizes[i])) / total, `Reading ${p.name} (${i + 1} of ${parts.length})`) : undefined,
    }
    const r = await parseFile(p.bytes, p.name, { ...opts, inferSchema: false }, sub)
    parsed.push({ file: p.name, table: r.table, r })
    before += sizes[i]
  }
  const formats = new Set(parsed.map((p) => p.r.format))
  const baskets = parsed.every((p) => p.r.format === 'baskets')
  if (formats.has('baskets') && !baskets) {
    const odd = parsed.filter((p) => p.r.format !== 'baskets').map((p) => p.file)
    throw new DataError('append-schema', name, `${name}: some files are one basket per line and others are tables (${odd.slice(0, 5).join(', ')}), so nothing was appended. Choose one format for all of them.`)
  }
  progress?.(0.88, `Appending ${parts.length} files`)
  const app = appendParts(parsed, name, { basketColumn: baskets ? 'basket' : undefined, control })
  const warnings = [...parsed.flatMap((p) => p.r.warnings.filter((w) => typeof w !== 'string' || !/^.*: read as one basket per line/.test(w) || p === parsed[0])), ...app.warnings]
  let schema: ColumnSchema[]
  let table = app.table
  if (baskets) {
    schema = [
      { name: 'basket', type: 'id', role: 'id' },
      { name: 'item', type: 'category', role: 'feature' },
      { name: app.sourceColumn, type: 'category', role: 'ignore' },
    ]
  } else if (opts.inferSchema === false) {
    schema = table.columns.map((c) => ({ name: c.name, type: c.storage === 'number' ? 'float' : 'category', role: 'feature' }))
  } else {
    progress?.(0.92, `Inferring the schema of ${name}`)
    const inf = inferSchema(table, { file: name })
    table = inf.table
    schema = inf.schema.map((s) => (s.name === app.sourceColumn ? { ...s, type: 'category', role: 'ignore' } : s))
    warnings.push(...inf.warnings)
    const formats0 = parsed[0].r.numberFormats
    schema = withFormats(schema, formats0, undefined)
  }
  warnings.unshift(`${name}: ${parts.length} files appended into one dataset (${table.nRows.toLocaleString('en')} rows); column "${app.sourceColumn}" names each row's file.`)
  progress?.(1, `Loaded ${name}: ${table.nRows.toLocaleString('en')} rows × ${table.columns.length} columns`)
  const first = parsed[0].r
  return {
    table,
    schema,
    warnings,
    format: first.format,
    encoding: first.encoding,
    delimiter: first.delimiter,
    gzip: first.gzip,
    bytes: total,
    parts: parsed.map((p) => ({ file: p.file, rows: p.table.nRows })),
  }
}
