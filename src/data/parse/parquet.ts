/**
 * Parquet → typed columns with hyparquet (pure JS, no WASM: it runs in the data worker and in
 * Node alike) and hyparquet-compressors (snappy, gzip, zstd, brotli, lz4). Read one row group at a
 * time straight into Float64Array / dictionary-coded columns, so no row objects exist; progress is
 * the compressed bytes of the row groups done, cancel is checked between row groups.
 *
 * Flat columns of the common types are read; nested ones (lists, maps, structs) and types with no
 * column form here (JSON, BSON, geometry, intervals, times of day) are skipped and named.
 */
import { parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaTree } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { checkCancel, type RunControl } from '../../ml/core/progress'
import { DataError } from '../errors'
import type { Column, Table } from '../table'
import { type ByteInput, inputSize } from './source'

export type ParquetKind = 'number' | 'boolean' | 'string' | 'date' | 'datetime'

export interface ParquetResult {
  table: Table
  /** per column read: how its values were typed in the file */
  kinds: ParquetKind[]
  /** columns left out, with the Parquet type that made them so */
  skipped: { column: string; type: string }[]
  rowGroups: number
}

const MAGIC = [0x50, 0x41, 0x52, 0x31] // "PAR1"

function asyncBuffer(input: ByteInput): AsyncBuffer {
  if (input instanceof ArrayBuffer) return input
  if (input instanceof Uint8Array) {
    if (input.byteOffset === 0 && input.byteLength === input.buffer.byteLength && input.buffer instanceof ArrayBuffer) return input.buffer
    return { byteLength: input.byteLength, slice: (s: number, e?: number) => input.slice(s, e).buffer as ArrayBuffer }
  }
  const blob = input
  return { byteLength: blob.size, slice: (s: number, e?: number) => blob.slice(s, e).arrayBuffer() }
}

async function bytesAt(input: ByteInput, start: number, end: number): Promise<Uint8Array> {
  if (input instanceof Uint8Array) return input.subarray(start, end)
  if (input instanceof ArrayBuffer) return new Uint8Array(input, start, end - start)
  return new Uint8Array(await input.slice(start, end).arrayBuffer())
}

/** Whether the bytes start with Parquet's magic number. */
export function isParquet(head: Uint8Array): boolean {
  return head.length >= 4 && MAGIC.every((b, i) => head[i] === b)
}

/** The kind of a flat column, or null with the reason it is skipped. */
function kindOf(node: SchemaTree): { kind: ParquetKind } | { skip: string } {
  const e = node.element
  if (node.children.length > 0) {
    const ct = e.converted_type ?? e.logical_type?.type
    return { skip: ct === 'LIST' ? 'list' : ct === 'MAP' || ct === 'MAP_KEY_VALUE' ? 'map' : 'struct' }
  }
  if (e.repetition_type === 'REPEATED') return { skip: 'repeated' }
  const lt = e.logical_type?.type
  const ct = e.converted_type
  if (lt === 'JSON' || ct === 'JSON' || lt === 'BSON' || ct === 'BSON') return { skip: lt ?? ct ?? 'JSON' }
  if (lt === 'GEOMETRY' || lt === 'GEOGRAPHY' || lt === 'VARIANT') return { skip: lt }
  if (ct === 'INTERVAL') return { skip: 'INTERVAL' }
  if (lt === 'TIME' || ct === 'TIME_MILLIS' || ct === 'TIME_MICROS') return { skip: 'TIME' }
  if (lt === 'DATE' || ct === 'DATE') return { kind: 'date' }
  if (lt === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || e.type === 'INT96') return { kind: 'datetime' }
  if (lt === 'DECIMAL' || ct === 'DECIMAL' || lt === 'FLOAT16') return { kind: 'number' }
  switch (e.type) {
    case 'BOOLEAN':
      return { kind: 'boolean' }
    case 'INT32':
    case 'INT64':
    case 'FLOAT':
    case 'DOUBLE':
      return { kind: 'number' }
    case 'BYTE_ARRAY':
      return { kind: 'string' }
    case 'FIXED_LEN_BYTE_ARRAY':
      return lt === 'UUID' ? { kind: 'string' } : { skip: 'FIXED_LEN_BYTE_ARRAY' }
    default:
      return { skip: String(e.type ?? 'unknown') }
  }
}

/** Dates as ms since epoch straight from the file's integers (no Date objects). */
const parsers = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1000000n),
  dateFromDays: (d: number) => d * 86400000,
  uuidFromBytes: (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(''),
}

class Sink {
  values: Float64Array | null = null
  codes: Int32Array | null = null
  levels: string[] = []
  index = new Map<string, number>()
  constructor(readonly name: string, readonly kind: ParquetKind, n: number) {
    if (kind === 'string') this.codes = new Int32Array(n).fill(-1)
    else this.values = new Float64Array(n).fill(NaN)
  }

  write(data: ArrayLike<unknown>, at: number, from: number, to: number): void {
    if (this.values) {
      const v = this.values
      for (let i = from; i < to; i++) {
        const x = data[i - at]
        v[i] = typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : typeof x === 'boolean' ? (x ? 1 : 0) : x instanceof Date ? x.getTime() : NaN
      }
      return
    }
    const c = this.codes as Int32Array
    for (let i = from; i < to; i++) {
      const x = data[i - at]
      if (x === null || x === undefined || x === '') continue
      const s = typeof x === 'string' ? x : String(x)
      let k = this.index.get(s)
      if (k === undefined) {
        k = this.levels.length
        this.levels.push(s)
        this.index.set(s, k)
      }
      c[i] = k
    }
  }

  finish(): Column {
    if (this.values) return { name: this.name, storage: 'number', values: this.values }
    return { name: this.name, storage: 'string', codes: this.codes as Int32Array, levels: this.levels }
  }
}

/** Read a Parquet file's flat columns, row group by row group. */
export async function parseParquet(input: ByteInput, file: string, control?: RunControl, onBytes?: (done: number, total: number) => void): Promise<ParquetResult> {
  const size = inputSize(input)
  const tail = await bytesAt(input, Math.max(0, size - 4), size)
  if (size < 12 || !MAGIC.every((b, i) => tail[i] === b)) {
    throw new DataError(
      'parquet',
      file,
      `${file} is not a complete Parquet file: it starts like one but does not end with the Parquet footer (${size.toLocaleString('en')} bytes). The download or copy was probably cut short: get the file again.`,
    )
  }
  let metadata: FileMetaData
  try {
    metadata = await parquetMetadataAsync(asyncBuffer(input))
  } catch (e) {
    throw new DataError('parquet', file, `${file}: the Parquet footer could not be read (${(e as Error).message}). The file is damaged or cut short: get it again, or export it again.`)
  }
  const tree = parquetSchema(metadata)
  const read: { name: string; kind: ParquetKind }[] = []
  const skipped: { column: string; type: string }[] = []
  for (const node of tree.children) {
    const k = kindOf(node)
    if ('skip' in k) skipped.push({ column: node.element.name, type: k.skip })
    else read.push({ name: node.element.name, kind: k.kind })
  }
  if (read.length === 0) {
    throw new DataError(
      'parquet',
      file,
      `${file} has no column this app can read: ${skipped.map((s) => `"${s.column}" (${s.type})`).join(', ')}. Flatten nested columns (one column per field) and export the file again.`,
    )
  }
  const nRows = Number(metadata.num_rows)
  const sinks = read.map((r) => new Sink(r.name, r.kind, nRows))
  const byName = new Map(sinks.map((s) => [s.name, s]))
  const groupBytes = metadata.row_groups.map((g) => Number(g.total_compressed_size ?? g.columns.reduce((a, c) => a + Number(c.meta_data?.total_compressed_size ?? 0n), 0)))
  const totalBytes = groupBytes.reduce((a, b) => a + b, 0) || size
  const buffer = asyncBuffer(input)
  let rowStart = 0
  let bytesDone = 0
  for (let g = 0; g < metadata.row_groups.length; g++) {
    checkCancel(control?.cancel)
    const rowEnd = rowStart + Number(metadata.row_groups[g].num_rows)
    const rs = rowStart
    try {
      await parquetRead({
        file: buffer,
        metadata,
        columns: read.map((r) => r.name),
        rowStart: rs,
        rowEnd,
        compressors,
        parsers,
        onChunk: (chunk) => {
          const s = byName.get(chunk.columnName)
          if (!s) return
          const from = Math.max(rs, chunk.rowStart)
          const to = Math.min(rowEnd, chunk.rowEnd)
          if (to > from) s.write(chunk.columnData as ArrayLike<unknown>, chunk.rowStart, from, to)
        },
      })
    } catch (e) {
      if (e instanceof DataError) throw e
      throw new DataError(
        'parquet',
        file,
        `${file}: row group ${g + 1} of ${metadata.row_groups.length} could not be read (${(e as Error).message}). The file is damaged, or uses an encoding this reader does not know: export it again (snappy, gzip or zstd).`,
      )
    }
    rowStart = rowEnd
    bytesDone += groupBytes[g]
    onBytes?.(Math.min(bytesDone, totalBytes), totalBytes)
    // let a cancel message in between row groups
    if (control?.cancel !== undefined) await new Promise<void>((r) => setTimeout(r, 0))
  }
  return { table: { name: file, nRows, columns: sinks.map((s) => s.finish()) }, kinds: read.map((r) => r.kind), skipped, rowGroups: metadata.row_groups.length }
}
