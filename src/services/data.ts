import { msg } from '@/ml/core/message'
import { data } from './engine'
import { tracked } from './jobs'
import type { DatasetSummary } from './types'
import { fromWire, type WireSummary } from '@/engine/types'
import type { ColumnRole, ColumnType } from '@/data/table'

/** Calls to the data worker. Files cross as handles or transferred ArrayBuffers, results as summaries. */
export interface ImportOptions {
  sheet?: string
  /** true: one basket per line; false: a table (one item per row); absent: suggested from the file */
  baskets?: boolean
}

/** A summary from the data worker made whole: a wide file's columns come one part per message. */
export const complete = (w: WireSummary): Promise<DatasetSummary> => fromWire(w, (from) => data.summaryPart({ id: w.id, from }).promise)
const completeAll = (ws: WireSummary[]): Promise<DatasetSummary[]> => Promise.all(ws.map(complete))

export async function parseFile(file: File, opts: ImportOptions = {}): Promise<DatasetSummary> {
  // The File itself crosses to the worker (a handle, not the bytes): the page never reads the file.
  return complete(await tracked(msg('job.data.read', { file: file.name }), (onProgress) => data.parse({ name: file.name, bytes: file, sheet: opts.sheet, baskets: opts.baskets }, { onProgress })))
}

/** Several files of one table appended into one dataset (with a source-file column). */
export async function parseFilesAsOne(files: File[], opts: ImportOptions = {}): Promise<DatasetSummary> {
  const name = `${files[0].name} + ${files.length - 1}`
  return complete(
    await tracked(msg('job.data.readMany', { n: files.length }), (onProgress) =>
      data.parseMany({ name, files: files.map((f) => ({ name: f.name, bytes: f })), baskets: opts.baskets }, { onProgress }),
    ),
  )
}

/** Read a column's text again with another decimal mark or day/month order. */
export const setColumnFormat = (id: string, column: string, change: { decimal?: '.' | ','; dateOrder?: 'ymd' | 'dmy' | 'mdy' }): Promise<DatasetSummary> =>
  data.setFormat({ id, column, ...change }).promise.then(complete)

export async function loadSample(url: string, name: string, citation: string): Promise<DatasetSummary> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`Sample ${name} could not be loaded (${res.status}).`)
  const bytes = await res.arrayBuffer()
  return complete(await tracked(msg('job.data.sample', { name }), (onProgress) => data.parse({ name, bytes, citation, source: 'sample' }, { onProgress, transfer: [bytes] })))
}

export const listStored = (): Promise<DatasetSummary[]> => data.list().promise.then(completeAll)

/** A window of rows as text; `cut`: how many of its cells were shortened for the preview (over 1 MB). */
export const rows = (id: string, start: number, count: number): Promise<{ start: number; rows: string[][]; cut: number }> => data.rows({ id, start, count }).promise

export const setColumnSchema = (id: string, column: string, change: { type?: ColumnType; role?: ColumnRole }): Promise<DatasetSummary> =>
  data.setSchema({ id, column, ...change }).promise.then(complete)

export const correlation = (id: string): Promise<{ labels: string[]; values: Float64Array }> =>
  tracked(msg('job.data.correlation'), (onProgress) => data.correlation({ id }, { onProgress }))

export const join = async (leftId: string, rightId: string, leftKey: string, rightKey: string) => {
  const r = await tracked(msg('job.data.join'), (onProgress) => data.join({ leftId, rightId, leftKey, rightKey }, { onProgress }))
  return { ...r, dataset: await complete(r.dataset) }
}

export const removeDataset = (id: string): Promise<void> => data.remove({ id }).promise
export const clearAll = (): Promise<void> => data.clear().promise
/** Another tab changed the stored datasets: forget `drop` (or everything) and list what is stored now. */
export const resync = (change: { drop?: string[]; all?: boolean }): Promise<DatasetSummary[]> => data.resync(change).promise.then(completeAll)
export const storageEstimate = () => data.storage().promise
