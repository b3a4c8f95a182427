/** JSON: an array of records (or {data: [...]}) → typed columns; keys in first-seen order. */
import { DataError } from '../errors'
import type { Table } from '../table'
import { cleanHeader, ColumnBuilder } from './columns'

export function parseJsonText(text: string, file: string): { table: Table; warnings: string[] } {
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
  const warnings: string[] = []
  const names = cleanHeader(keys, file, warnings)
  const builders = names.map((n) => new ColumnBuilder(n, doc.length))
  for (const rec of doc as Record<string, unknown>[]) {
    for (let j = 0; j < keys.length; j++) builders[j].pushValue(rec[keys[j]])
  }
  return { table: { name: file, nRows: doc.length, columns: builders.map((b) => b.finish()) }, warnings }
}
