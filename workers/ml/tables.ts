import type { ColumnSchema, Table } from '../../src/data/table'

/** Tables the ml worker holds (copies transferred from the data worker), by dataset id. */
export interface HeldTable {
  table: Table
  schema: ColumnSchema[]
}

const held = new Map<string, HeldTable>()

export function putTable(id: string, t: HeldTable): void {
  held.set(id, t)
  // Keep memory bounded: the oldest tables go first (the data worker still has them).
  while (held.size > 4) held.delete(held.keys().next().value as string)
}

export function getTable(id: string): HeldTable {
  const t = held.get(id)
  if (!t) throw new Error(`Dataset ${id} is not loaded in the ml worker`)
  return t
}

export const hasTable = (id: string): boolean => held.has(id)
export const dropTable = (id: string): boolean => held.delete(id)
