/** Reading a data file from Node (CLI, tests, benchmarks) through the same parser the browser uses. */
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import readXlsxFile from 'read-excel-file/node'
import type { RunControl } from '../ml/core/progress'
import { DataError } from './errors'
import { parseFile, type ParseResult, type XlsxReader } from './parse/index'
import type { XlsxSheet } from './parse/xlsx'
import type { ColumnSchema, Table } from './table'

export const readXlsxNode: XlsxReader = async (bytes) => (await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as unknown as XlsxSheet[]

export interface ReadOptions {
  sep?: string
  baskets?: boolean
  sheet?: string
}

/** Read and parse a file (CSV/TSV/…/.gz/JSON/.xlsx). The table is named after the file's base name. */
export async function readTableFile(path: string, opts: ReadOptions = {}, control?: RunControl): Promise<{ table: Table; schema: ColumnSchema[]; warnings: string[] }> {
  const r = await readTableFileFull(path, opts, control)
  return { table: r.table, schema: r.schema, warnings: r.warnings }
}

/** Same as readTableFile with the parser's full result (format, encoding, delimiter, …). */
export async function readTableFileFull(path: string, opts: ReadOptions = {}, control?: RunControl): Promise<ParseResult> {
  const name = basename(path)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    throw new DataError('empty', name, `cannot read ${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`)
  }
  const u8 = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return parseFile(u8, name, { ...opts, readXlsx: readXlsxNode }, control)
}
