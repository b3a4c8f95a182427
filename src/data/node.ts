/** Reading a data file from Node (CLI, tests, benchmarks) through the same parser the browser uses. */
import { renderEnglish } from '../i18n/render'
import type { Label } from '../ml/core/message'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { Readable, pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'
import readXlsxFile from 'read-excel-file/node'
import type { RunControl } from '../ml/core/progress'
import { DataError } from './errors'
import { checkInflation, countBytes, DEFAULT_INFLATE_LIMITS, inPieces, type InflateLimits } from './parse/source'
import { parseFile, parseParts, type ParseResult, type XlsxReader } from './parse/index'
import type { XlsxSheet } from './parse/xlsx'
import type { ColumnSchema, Table } from './table'

export const readXlsxNode: XlsxReader = async (bytes) => (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown as XlsxSheet[]

/** zlib gunzip: unlike Node's DecompressionStream it throws on a truncated file. */
export async function* gunzipNode(chunks: AsyncIterable<Uint8Array>, file: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): AsyncGenerator<Uint8Array> {
  const counted = { n: 0 }
  const gz = createGunzip()
  // pipeline (not pipe) forwards a source error, e.g. a cancel, into the gunzip stream
  // one piece read ahead at a time, so the count is what gunzip has actually been given
  pipeline(Readable.from(countBytes(inPieces(chunks), counted), { highWaterMark: 1 }), gz, () => undefined)
  let out = 0
  try {
    for await (const c of gz as AsyncIterable<Buffer>) {
      out += c.byteLength
      checkInflation(file, counted.n, out, limits)
      yield new Uint8Array(c.buffer, c.byteOffset, c.byteLength)
    }
  } catch (e) {
    gz.destroy()
    if (e instanceof DataError || (e as Error)?.name === 'CancelledError') throw e
    throw new DataError(
      'gzip',
      file,
      `${file} is not a complete gzip file (${(e as Error).message}; ${out.toLocaleString('en')} bytes were decompressed before the error). The download or copy was probably cut short: get the file again, or unzip it yourself to see what is left.`,
    )
  }
}

export interface ReadOptions {
  sep?: string
  baskets?: boolean
  sheet?: string
  decimal?: '.' | ','
}

/**
 * Several paths in one string: the CLI's parseArgs joins repeated --data values with NUL, the one
 * character no path can hold, so every command reads several files as one dataset unchanged.
 */
export const PATH_LIST_SEP = '\0'

/** Read and parse a file (CSV/TSV/…/.gz/JSON/.xlsx). The table is named after the file's base name. */
export async function readTableFile(path: string, opts: ReadOptions = {}, control?: RunControl): Promise<{ table: Table; schema: ColumnSchema[]; warnings: string[] }> {
  const r = await readTableFileFull(path, opts, control)
  return { table: r.table, schema: r.schema, warnings: r.warnings.map(english) }
}

/** Same as readTableFile with the parser's full result (format, encoding, delimiter, …). */
export async function readTableFileFull(path: string, opts: ReadOptions = {}, control?: RunControl): Promise<ParseResult> {
  const paths = path.split(PATH_LIST_SEP).filter((p) => p !== '')
  if (paths.length > 1) {
    const parts = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: await readBytes(p) })))
    const name = `${parts[0].name} + ${parts.length - 1} more`
    return inEnglish(await parseParts(parts, name, { ...opts, readXlsx: readXlsxNode, gunzip: gunzipNode }, control))
  }
  const name = basename(path)
  const u8 = await readBytes(path)
  return inEnglish(await parseFile(u8, name, { ...opts, readXlsx: readXlsxNode, gunzip: gunzipNode }, control))
}

/** The CLI reads warnings in English: the codes are rendered once, here. */
function inEnglish(r: ParseResult): ParseResult {
  return { ...r, warnings: r.warnings.map(english) }
}
const english = (w: Label): string => (typeof w === 'string' ? w : renderEnglish(w))

async function readBytes(path: string): Promise<Uint8Array> {
  const name = basename(path)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new DataError('empty', name, `cannot read ${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`)
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
