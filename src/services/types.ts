export type { DatasetSummary, ColumnProfile } from '@/engine/types'
