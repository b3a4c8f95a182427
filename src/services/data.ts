import { msg } from '@/ml/core/message'
import { dataWorker } from './engine'
import { tracked } from './jobs'
import type { DatasetSummary } from './types'
import type { ColumnRole, ColumnType } from '@/data/table'

/** Typed calls to the data worker. Files cross as transferred ArrayBuffers, results as summaries. */
export interface ImportOptions {
  sheet?: string
  /** true: one basket per line; false: a table (one item per row); absent: suggested from the file */
  baskets?: boolean
}

export async function parseFile(file: File, opts: ImportOptions = {}): Promise<DatasetSummary> {
  // The File itself crosses to the worker (a handle, not the bytes): the page never reads the file.
  return tracked(msg('job.data.read', { file: file.name }), (onProgress) => dataWorker.call<DatasetSummary>('parse', { name: file.name, bytes: file, sheet: opts.sheet, baskets: opts.baskets }, { onProgress }))
}

/** Several files of one table appended into one dataset (with a source-file column). */
export async function parseFilesAsOne(files: File[], opts: ImportOptions = {}): Promise<DatasetSummary> {
  const name = `${files[0].name} + ${files.length - 1}`
  return tracked(msg('job.data.readMany', { n: files.length }), (onProgress) =>
    dataWorker.call<DatasetSummary>('parseMany', { name, files: files.map((f) => ({ name: f.name, bytes: f })), baskets: opts.baskets }, { onProgress }),
  )
}

/** Read a column's text again with another decimal mark or day/month order. */
export const setColumnFormat = (id: string, column: string, change: { decimal?: '.' | ','; dateOrder?: 'ymd' | 'dmy' | 'mdy' }): Promise<DatasetSummary> =>
  dataWorker.call<DatasetSummary>('setFormat', { id, column, ...change }).promise

export async function loadSample(url: string, name: string, citation: string): Promise<DatasetSummary> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`Sample ${name} could not be loaded (${res.status}).`)
  const bytes = await res.arrayBuffer()
  return tracked(msg('job.data.sample', { name }), (onProgress) =>
    dataWorker.call<DatasetSummary>('parse', { name, bytes, citation, source: 'sample' }, { onProgress, transfer: [bytes] }),
  )
}

export const listStored = (): Promise<DatasetSummary[]> => dataWorker.call<DatasetSummary[]>('list', {}).promise

export const rows = (id: string, start: number, count: number): Promise<{ start: number; rows: string[][] }> =>
  dataWorker.call<{ start: number; rows: string[][] }>('rows', { id, start, count }).promise

export const setColumnSchema = (id: string, column: string, change: { type?: ColumnType; role?: ColumnRole }): Promise<DatasetSummary> =>
  dataWorker.call<DatasetSummary>('setSchema', { id, column, ...change }).promise

export const correlation = (id: string): Promise<{ labels: string[]; values: Float64Array }> =>
  tracked(msg('job.data.correlation'), (onProgress) => dataWorker.call<{ labels: string[]; values: Float64Array }>('correlation', { id }, { onProgress }))

export const join = (leftId: string, rightId: string, leftKey: string, rightKey: string): Promise<{ dataset: DatasetSummary; matched: number; unmatched: number; report: string }> =>
  tracked(msg('job.data.join'), (onProgress) => dataWorker.call('join', { leftId, rightId, leftKey, rightKey }, { onProgress }))

export const removeDataset = (id: string): Promise<void> => dataWorker.call<void>('remove', { id }).promise
export const clearAll = (): Promise<void> => dataWorker.call<void>('clear', {}).promise
export const storageEstimate = (): Promise<{ usage: number; quota: number }> => dataWorker.call<{ usage: number; quota: number }>('storage', {}).promise

/** Columns of a dataset for another worker (transferred copies). */
export const exportTable = (id: string): Promise<unknown> => dataWorker.call('exportTable', { id }).promise

/** Add a table produced elsewhere (transferring its buffers) as a new dataset. */
export const addTable = (name: string, table: unknown, schema?: unknown, source?: string): Promise<DatasetSummary> =>
  dataWorker.call<DatasetSummary>('addTable', { name, table, schema, source }).promise
