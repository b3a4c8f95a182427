/**
 * CSV exports of the campaign lists, written by the one CSV writer (src/data/csv.ts: formula
 * injection, quoting, numbers).
 */
import { cellString, getColumn, type Table } from '../../data/table'
import { toCsv } from '../../data/csv'
import type { ABDesign } from './design'

export interface ExportInput {
  design: ABDesign
  /** customer id of every audience member (indexed like the design's `members`) */
  ids: readonly string[]
  /** optional table rows of every audience member, to add columns from the scored table */
  table?: Table
  audienceRows?: ArrayLike<number>
  columns?: string[]
  /** optional score of every audience member */
  scores?: ArrayLike<number>
  /** label of each group, e.g. 'G1' (default: group number + 1) */
  groupNames?: string[]
}

function assignmentRows(input: ExportInput, onlyArm: number | null): { header: string[]; rows: (string | number)[][] } {
  const { design, ids, table, audienceRows, columns = [], scores, groupNames } = input
  if (columns.length && (!table || !audienceRows)) throw new RangeError('Extra export columns need the scored table and the audience rows')
  const cols = columns.map((c) => getColumn(table as Table, c))
  const header = ['customer_id', 'creative', 'group', ...(scores ? ['score'] : []), ...columns]
  const order = Array.from(design.members.keys()).filter((k) => onlyArm === null || design.arm[k] === onlyArm)
  // Stable, readable order: by arm, then by position in the audience (highest score first).
  order.sort((a, b) => design.arm[a] - design.arm[b] || design.members[a] - design.members[b])
  const rows = order.map((k) => {
    const m = design.members[k]
    const r: (string | number)[] = [ids[m], design.arms[design.arm[k]], groupNames?.[design.group[k]] ?? design.group[k] + 1]
    if (scores) r.push(scores[m])
    for (const c of cols) r.push(cellString(c, (audienceRows as ArrayLike<number>)[m]))
    return r
  })
  return { header, rows }
}

/** The whole assignment: one row per sampled customer (id, creative, group, …). */
export function assignmentCsv(input: ExportInput): string {
  const { header, rows } = assignmentRows(input, null)
  return toCsv(header, rows)
}

/** One CSV per creative and one for the control group, keyed by a safe file name. */
export function armCsvs(input: ExportInput, prefix = 'campaign'): { fileName: string; arm: string; rows: number; csv: string }[] {
  return input.design.arms.map((name, a) => {
    const { header, rows } = assignmentRows(input, a)
    return { fileName: `${safeFileName(prefix)}_${safeFileName(name)}.csv`, arm: name, rows: rows.length, csv: toCsv(header, rows) }
  })
}

/** Letters, digits, '-' and '_' only. */
export function safeFileName(s: string): string {
  const out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '')
  return out || 'file'
}
