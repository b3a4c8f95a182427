/**
 * The one parsing entry used by the data worker, the CLI, tests and benchmarks:
 * bytes (Uint8Array / ArrayBuffer / Blob / File) + file name → typed-column Table + inferred schema.
 * See delimited.ts for why delimited text is tokenized by hand rather than with danfojs/papaparse.
 */
import { checkCancel, type RunControl } from '../../ml/core/progress'
import { DataError } from '../errors'
import { inferSchema } from '../schema'
import { stringColumn, type ColumnSchema, type Table } from '../table'
import { DelimitedTokenizer, delimiterName, parseDelimited, sniffDelimiter } from './delimited'
import { parseJsonText } from './json'
import { checkZip } from './zipcheck'
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
} from './source'
import { pickSheet, sheetToTable, type XlsxReader } from './xlsx'

export type { ByteInput } from './source'
export type { XlsxReader } from './xlsx'

export interface ParseOptions {
  /** delimiter; sniffed from the first lines when absent (`,` `;` tab `|`) */
  sep?: string
  /** groceries-style file: one basket per line, items separated by `sep` (default ","), no header */
  baskets?: boolean
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

export type FileFormat = 'delimited' | 'json' | 'xlsx' | 'baskets'

export interface ParseResult {
  table: Table
  schema: ColumnSchema[]
  warnings: string[]
  format: FileFormat
  /** text encoding used (xlsx: 'xlsx') */
  encoding: TextEncodingName | 'xlsx'
  /** delimiter used for delimited text and baskets, else null */
  delimiter: string | null
  gzip: boolean
  /** bytes of the input as given (compressed size for .gz) */
  bytes: number
}

export const SUPPORTED_EXTENSIONS = ['.csv', '.tsv', '.txt', '.json', '.xlsx', '.csv.gz', '.tsv.gz', '.json.gz']
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
  const warnings: string[] = []
  const progress = control?.onProgress
  if (total === 0) throw new DataError('empty', name, `${name} is empty (0 bytes). Choose a file with a header line and at least one row.`)
  const { ext, gz: gzName } = extensionOf(name)
  const rawHead = await headBytes(input, 4)
  const gzip = isGzip(rawHead)
  if (gzName && !gzip) warnings.push(`${name}: the name ends in .gz but the content is not gzip-compressed; read as plain content.`)
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
  // first decompressed bytes: magic numbers, binary check, encoding, delimiter
  const head = await firstBytes(bytes(), 65536)
  if (head.length === 0) throw new DataError('empty', name, `${name} is empty${gzip ? ' after decompression' : ''}. Choose a file with a header line and at least one row.`)

  const state: { firstTextRow?: number[] } = {}
  const done = async (table: Table, format: FileFormat, encoding: TextEncodingName | 'xlsx', delimiter: string | null, more: string[]): Promise<ParseResult> => {
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
    progress?.(1, `Loaded ${name}: ${table.nRows.toLocaleString('en')} rows × ${table.columns.length} columns`)
    return { table, schema, warnings, format, encoding, delimiter, gzip, bytes: total }
  }

  if (isZip(head)) {
    if (ext !== 'xlsx' && ext !== 'xlsm') warnings.push(`${name}: the content is a zip/Excel file; read as .xlsx.`)
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
    if (sheets.length > 1) warnings.push(`${name}: loaded sheet "${sheet.sheet}" (of ${sheets.map((s) => s.sheet).join(', ')}).`)
    return done(r.table, 'xlsx', 'xlsx', null, r.warnings)
  }
  if (ext === 'xlsx') throw new DataError('xlsx', name, `${name} is named .xlsx but is not an Excel workbook (no zip signature). Check the file, or export it again.`)
  if (looksBinary(head)) {
    throw new DataError(
      'binary',
      name,
      `${name} looks like a binary file, not text (it contains NUL bytes or control characters near the start). Supported files: ${SUPPORTED_EXTENSIONS.join(', ')}; if this is a spreadsheet, export it as CSV or .xlsx.`,
    )
  }
  let encoding: TextEncodingName = looksUtf8(head) ? 'utf-8' : 'windows-1252'
  const headText = new TextDecoder(encoding).decode(head)
  const firstChar = headText.replace(/^\uFEFF/, '').trimStart()[0]
  let format: FileFormat
  if (opts.baskets) format = 'baskets'
  else if (ext === 'json' || ext === 'jsonl') format = 'json'
  else if (TEXT_EXT.has(ext)) format = 'delimited'
  else {
    format = firstChar === '[' || firstChar === '{' ? 'json' : 'delimited'
    warnings.push(`${name}: unknown extension${ext ? ` ".${ext}"` : ''}; the content was read as ${format === 'json' ? 'JSON' : 'delimited text'}. Supported: ${SUPPORTED_EXTENSIONS.join(', ')}.`)
  }

  const encodingWarning = (): string =>
    `${name}: the bytes are not valid UTF-8; read as Windows-1252 (Latin-1). If accents look wrong, save the file as UTF-8 and load it again.`

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
    return fn(decodeChunks(bytes(), 'windows-1252'))
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
    const sep = opts.sep ?? ','
    const table = await withEncoding((pieces) => parseBaskets(pieces, name, sep, control))
    return done(table, 'baskets', encoding, sep, encoding === 'windows-1252' ? [encodingWarning()] : [])
  }
  const sep = opts.sep ?? sniffDelimiter(headText.replace(/^\uFEFF/, ''), name)
  if (opts.sep === undefined && /\.tsv$/i.test(name.replace(/\.gz$/i, '')) && sep !== '\t') {
    warnings.push(`${name}: named .tsv but the lines split best on ${delimiterName(sep)}; read as ${delimiterName(sep)}-separated.`)
  }
  const r = await withEncoding((pieces) => parseDelimited(pieces, name, { sep, expectedBytes: gzip ? total * 5 : total }, control))
  state.firstTextRow = r.firstTextRow
  return done(r.table, 'delimited', encoding, sep, encoding === 'windows-1252' ? [encodingWarning(), ...r.warnings] : r.warnings)
}

/** Groceries-style baskets: one basket per line → rows (basket index 0.., item), items trimmed. */
async function parseBaskets(pieces: AsyncIterable<string>, file: string, sep: string, control?: RunControl): Promise<Table> {
  let basketIdx = new Float64Array(1 << 14)
  const items: string[] = []
  let basket = 0
  const tok = new DelimitedTokenizer(sep, (fields, n) => {
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
  const readXlsx: XlsxReader =
    opts.readXlsx ??
    (async (bytes) => {
      const { readXlsxWeb } = await import('./xlsx-web')
      return readXlsxWeb(bytes)
    })
  return parseFile(input, name, { ...opts, readXlsx }, control)
}
