/**
 * JSON: an array of records (or {data: [...]}) → typed columns; keys in first-seen order.
 * The records go through a danfojs DataFrame (the project's data-frame library) which transposes
 * them into columns and types them; our ColumnBuilder then stores each column as a typed array.
 * danfojs is loaded on demand, so CSV-only sessions never download it.
 */
import type { Label } from '../../ml/core/message'
import { DataError } from '../errors'
import type { Table } from '../table'
import { cleanHeader, ColumnBuilder } from './columns'

export async function parseJsonText(text: string, file: string): Promise<{ table: Table; warnings: Label[] }> {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (e) {
    throw new DataError('json', file, `${file} is not valid JSON (${(e as Error).message}). Fix the JSON, or export the data as CSV.`)
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    const o = doc as Record<string, unknown>
    const arr = Object.values(o).find((v) => Array.isArray(v))
    if (Array.isArray(o.data)) doc = o.data
    else if (arr) doc = arr
  }
  if (!Array.isArray(doc)) {
    throw new DataError('json', file, `${file}: expected a JSON array of records like [{"a": 1, "b": "x"}, …]. Export the data in that shape or as CSV.`)
  }
  if (doc.length === 0) throw new DataError('empty', file, `${file} holds an empty JSON array: there are no rows to load.`)
  const keys: string[] = []
  const seen = new Set<string>()
  doc.forEach((rec, i) => {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      throw new DataError('json', file, `${file}: record ${i + 1} is not an object (${JSON.stringify(rec)?.slice(0, 40)}). Every element must be an object of column → value.`, { row: i + 1 })
    }
    for (const k of Object.keys(rec)) if (!seen.has(k)) {
      seen.add(k)
      keys.push(k)
    }
  })
  const warnings: Label[] = []
  const names = cleanHeader(keys, file, warnings)
  // Every record gets every key (danfojs takes the columns of the first record only); nested
  // values are kept as their JSON text.
  const rows = (doc as Record<string, unknown>[]).map((rec) =>
    keys.map((k) => {
      const v = rec[k]
      return v === undefined ? null : v !== null && typeof v === 'object' && !(v instanceof Date) ? JSON.stringify(v) : v
    }),
  )
  const { DataFrame } = await import('danfojs')
  const df = new DataFrame(rows as never, { columns: names })
  const builders = names.map((n) => new ColumnBuilder(n, doc.length))
  for (let j = 0; j < names.length; j++) {
    const values = df.column(names[j]).values as unknown[]
    for (let i = 0; i < values.length; i++) builders[j].pushValue(values[i])
  }
  return { table: { name: file, nRows: doc.length, columns: builders.map((b) => b.finish()) }, warnings }
}
