import type { Label } from '@/ml/core/message'
import type { RunControl } from '@/ml/core/progress'
import type { ColumnSchema } from '@/data/table'
import type { ColumnProfile } from '@/data/profile'

export type { ColumnProfile }

/** What the page knows of a dataset: its schema and profile, never its rows. */
export interface DatasetSummary {
  id: string
  name: string
  nRows: number
  schema: ColumnSchema[]
  profile: ColumnProfile[]
  warnings: Label[]
  encoding?: string
  delimiter?: string | null
  format?: string
  createdAt: number
  /** for samples and joins: where it came from */
  source?: string
  citation?: string
}

/**
 * A summary as it leaves the data worker. A wide file's schema and profile cross in parts of
 * `SUMMARY_PART` columns (the rest by `summaryPart`): one message with 20,000 column profiles took
 * the page a quarter of a second to read, and the page must never block that long. A different
 * shape from `DatasetSummary` on purpose, so a caller cannot use a partial summary as a whole one.
 */
export interface WireSummary extends Omit<DatasetSummary, 'schema' | 'profile'> {
  head: { schema: ColumnSchema[]; profile: ColumnProfile[] }
  /** the number of columns in all */
  columns: number
}

export const SUMMARY_PART = 1_000

export function toWire(s: DatasetSummary): WireSummary {
  const { schema, profile, ...rest } = s
  return { ...rest, head: { schema: schema.slice(0, SUMMARY_PART), profile: profile.slice(0, SUMMARY_PART) }, columns: schema.length }
}

/** Columns `from` … `from + SUMMARY_PART` of a summary's schema and profile. */
export function wirePart(s: DatasetSummary, from: number): { schema: ColumnSchema[]; profile: ColumnProfile[] } {
  return { schema: s.schema.slice(from, from + SUMMARY_PART), profile: s.profile.slice(from, from + SUMMARY_PART) }
}

/** The whole summary again, the parts after the head read one message at a time. */
export async function fromWire(w: WireSummary, part: (from: number) => Promise<{ schema: ColumnSchema[]; profile: ColumnProfile[] }>): Promise<DatasetSummary> {
  const { head, columns, ...rest } = w
  const schema = head.schema.slice()
  const profile = head.profile.slice()
  while (schema.length < columns) {
    const p = await part(schema.length)
    if (!p.schema.length) break
    schema.push(...p.schema)
    profile.push(...p.profile)
  }
  return { ...rest, schema, profile }
}

/** What an engine method gets besides its arguments: progress and the cooperative cancel flag (the worker's CallContext). */
export type EngineContext = RunControl & {
  onProgress: (fraction: number, message?: string) => void
  cancel: { cancelled: boolean }
}
