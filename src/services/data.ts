import { data } from './engine'
import { tracked } from './jobs'
import type { DatasetSummary } from './types'
import type { ColumnRole, ColumnType } from '@/data/table'

/** Calls to the data worker. Files cross as handles or transferred ArrayBuffers, results as summaries. */
export async function parseFile(file: File, opts: { sheet?: string } = {}): Promise<DatasetSummary> {
  // The File itself crosses to the worker (a handle, not the bytes): the page never reads the file.
  return tracked(`Reading ${file.name}`, (onProgress) => data.parse({ name: file.name, bytes: file, sheet: opts.sheet }, { onProgress }))
}

export async function loadSample(url: string, name: string, citation: string): Promise<DatasetSummary> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`Sample ${name} could not be loaded (${res.status}).`)
  const bytes = await res.arrayBuffer()
  return tracked(`Reading sample ${name}`, (onProgress) => data.parse({ name, bytes, citation, source: 'sample' }, { onProgress, transfer: [bytes] }))
}

export const listStored = (): Promise<DatasetSummary[]> => data.list().promise

export const rows = (id: string, start: number, count: number): Promise<{ start: number; rows: string[][] }> => data.rows({ id, start, count }).promise

export const setColumnSchema = (id: string, column: string, change: { type?: ColumnType; role?: ColumnRole }): Promise<DatasetSummary> =>
  data.setSchema({ id, column, ...change }).promise

export const correlation = (id: string): Promise<{ labels: string[]; values: Float64Array }> =>
  tracked('Correlation', (onProgress) => data.correlation({ id }, { onProgress }))

export const join = (leftId: string, rightId: string, leftKey: string, rightKey: string) =>
  tracked('Join', (onProgress) => data.join({ leftId, rightId, leftKey, rightKey }, { onProgress }))

export const removeDataset = (id: string): Promise<void> => data.remove({ id }).promise
export const clearAll = (): Promise<void> => data.clear().promise
export const storageEstimate = () => data.storage().promise
