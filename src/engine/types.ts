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
  warnings: string[]
  encoding?: string
  delimiter?: string | null
  format?: string
  createdAt: number
  /** for samples and joins: where it came from */
  source?: string
  citation?: string
}

/** What an engine method gets besides its arguments: progress and the cooperative cancel flag (the worker's CallContext). */
export type EngineContext = RunControl & {
  onProgress: (fraction: number, message?: string) => void
  cancel: { cancelled: boolean }
}
