import type { ColumnSchema, Table } from '../../src/data/table'
import { WorkerClient, collectTransferables } from '../protocol'
import type { DataHandlers } from '../data/handlers'

/** Tables the ml worker holds (copies transferred from the data worker), by dataset id. */
export interface HeldTable {
  table: Table
  schema: ColumnSchema[]
}

const held = new Map<string, HeldTable>()

/** The data worker, over the MessageChannel port the page handed over (rows never cross the page). */
let data: WorkerClient<DataHandlers> | null = null
export function connectData(port: MessagePort): void {
  data = new WorkerClient<DataHandlers>('data', () => port)
}
function dataWorker(): WorkerClient<DataHandlers> {
  if (!data) throw new Error('The ml worker is not connected to the data worker: reload the page.')
  return data
}

export function putTable(id: string, t: HeldTable): void {
  held.set(id, t)
  // Keep memory bounded: the oldest tables go first (the data worker still has them).
  while (held.size > 4) held.delete(held.keys().next().value as string)
}

/** Make sure a dataset's columns are here: a transferred copy straight from the data worker. */
export async function ensureTable(id: string): Promise<void> {
  if (held.has(id)) return
  const t = await dataWorker().api.exportTable({ id }).promise
  putTable(id, { table: t.table, schema: t.schema })
}

/** Add a table made here (scores, segments) as a new workspace dataset in the data worker; its buffers are transferred. */
export async function addDataset(args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }) {
  return dataWorker().api.addTable(args, { transfer: collectTransferables(args.table) }).promise
}

export function getTable(id: string): HeldTable {
  const t = held.get(id)
  if (!t) throw new Error(`Dataset ${id} is not loaded in the ml worker`)
  return t
}

export const hasTable = (id: string): boolean => held.has(id)
export const dropTable = (id: string): boolean => held.delete(id)
