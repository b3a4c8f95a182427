/**
 * Export of the segmentation: one CSV row per customer (formula-injection safe) and the segment
 * columns to add to the workspace (on the customer table, or mapped back onto transaction rows).
 */
import type { Column, StringColumn, Table } from '../../data/table'
import { getColumn, stringColumn } from '../../data/table'
import { normaliseId } from './transactions'
import { toCsv } from '../../data/csv'

export interface CustomerExportRow {
  customer: string
  recency: number
  frequency: number
  monetary: number
  rScore: number
  fScore: number
  mScore: number
  rfmScore: string
  segment: string
  /** cluster name (or number) */
  cluster: string
  outlierScore: number | null
}

export const EXPORT_HEADER = ['customer', 'recency', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score', 'rfm_score', 'segment', 'cluster', 'outlier_score'] as const

/** Numeric columns appended after the standard ones (e.g. customer value), one value per row; null = empty cell. */
export interface ExtraColumns {
  names: readonly string[]
  values: (number | null)[][]
}

/** CSV text (header + one line per customer, LF line ends). */
export function customersCsv(rows: CustomerExportRow[], extra?: ExtraColumns): string {
  return toCsv(
    extra ? [...EXPORT_HEADER, ...extra.names] : EXPORT_HEADER,
    rows.map((r, i) => [
      r.customer, r.recency, r.frequency, Math.round(r.monetary * 100) / 100, r.rScore, r.fScore, r.mScore, r.rfmScore, r.segment, r.cluster,
      r.outlierScore === null ? null : Math.round(r.outlierScore * 1e6) / 1e6,
      ...(extra ? extra.values[i] : []),
    ]),
  )
}

/** Segment (or cluster) column for a customer table, in the order of `ids`. */
export function segmentColumn(name: string, values: ArrayLike<string | null>): StringColumn {
  return stringColumn(name, values)
}

/**
 * The segment column mapped onto every row of a workspace table through its customer id column
 * (a transaction log or any table keyed by customer); rows of unknown customers are missing.
 */
export function segmentColumnForTable(t: Table, customerColumn: string, ids: string[], values: ArrayLike<string | null>, name = 'segment'): StringColumn {
  const col: Column = getColumn(t, customerColumn)
  const byId = new Map<string, string | null>()
  ids.forEach((id, i) => byId.set(id, values[i]))
  const out: (string | null)[] = new Array(t.nRows)
  if (col.storage === 'string') {
    const lv = col.levels.map((l) => byId.get(normaliseId(l)) ?? null)
    for (let i = 0; i < t.nRows; i++) out[i] = col.codes[i] < 0 ? null : lv[col.codes[i]]
  } else {
    for (let i = 0; i < t.nRows; i++) {
      const v = col.values[i]
      out[i] = Number.isNaN(v) ? null : byId.get(String(v)) ?? null
    }
  }
  return stringColumn(name, out)
}

/** A copy of the table with the column added (replacing one of the same name). */
export function withColumn(t: Table, c: Column): Table {
  return { name: t.name, nRows: t.nRows, columns: [...t.columns.filter((x) => x.name !== c.name), c] }
}
