import type { ColumnSchema } from '@/data/table'

/** What the page knows of a dataset: its schema and profile, never its rows. */
export interface DatasetSummary {
  id: string
  name: string
  nRows: number
  schema: ColumnSchema[]
  profile: ColumnProfile[]
  warnings: string[]
  encoding?: string
  delimiter?: string
  createdAt: number
  /** for samples and joins: where it came from */
  source?: string
  citation?: string
}

export interface ColumnProfile {
  name: string
  count: number
  missing: number
  distinct: number
  min?: number
  max?: number
  mean?: number
  std?: number
  top?: { value: string; count: number }[]
  histogram?: { edges: number[]; counts: number[] }
}
