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
  /**
   * columns from other tables (e.g. region joined in the groups step), one text per audience
   * member (indexed like `ids`), written after `columns`
   */
  extra?: readonly { name: string; values: readonly string[] }[]
}

function assignmentRows(input: ExportInput, onlyArm: number | null): { header: string[]; rows: (string | number)[][] } {
  const { design, ids, table, audienceRows, columns = [], scores, groupNames, extra = [] } = input
  if (columns.length && (!table || !audienceRows)) throw new RangeError('Extra export columns need the scored table and the audience rows')
  const cols = columns.map((c) => getColumn(table as Table, c))
  const header = ['customer_id', 'creative', 'group', ...(scores ? ['score'] : []), ...columns, ...extra.map((e) => e.name)]
  const order = Array.from(design.members.keys()).filter((k) => onlyArm === null || design.arm[k] === onlyArm)
  // Stable, readable order: by arm, then by position in the audience (highest score first).
  order.sort((a, b) => design.arm[a] - design.arm[b] || design.members[a] - design.members[b])
  const rows = order.map((k) => {
    const m = design.members[k]
    const r: (string | number)[] = [ids[m], design.arms[design.arm[k]], groupNames?.[design.group[k]] ?? design.group[k] + 1]
    if (scores) r.push(scores[m])
    for (const c of cols) r.push(cellString(c, (audienceRows as ArrayLike<number>)[m]))
    for (const e of extra) r.push(e.values[m] ?? '')
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

export interface RolloutCsvInput {
  /** customer id of every scored customer (indexed like the plan's `row`) */
  ids: readonly string[]
  /** the treatment arms, in the order of `uplift` */
  arms: readonly string[]
  /** the roll-out list, most profitable first */
  rows: readonly { row: number; arm: string; uplift: number; profit: number }[]
  /** predicted uplift of every scored customer per arm */
  uplift: readonly ArrayLike<number>[]
  /**
   * per roll-out row (same order as `rows`), the input columns that raise this customer's uplift
   * most: column, the customer's value, added log-odds; absent when the model cannot say
   */
  reasons?: readonly (readonly { column: string; value: string; effect: number }[])[]
}

/**
 * The roll-out list as CSV: one row per customer to contact, in the plan's order (most expected
 * incremental profit first), with the best creative, its predicted uplift and expected profit, the
 * predicted uplift of every creative (so a planner can see how close the second best is) and, when
 * given, the reasons for the best creative's uplift.
 */
export function rolloutCsv(input: RolloutCsvInput): string {
  const header = ['rank', 'customer_id', 'best_creative', 'predicted_uplift', 'expected_profit', ...input.arms.map((a) => `uplift_${safeFileName(a)}`)]
  const why = input.reasons
  if (why) header.push('reasons')
  // data, not prose: "age=57 (+0.84); region=North (+0.31)", effects in log-odds of uplift
  const reasonText = (k: number): string => (why?.[k] ?? []).map((x) => `${x.column}=${x.value} (+${x.effect.toFixed(2)})`).join('; ')
  const rows = input.rows.map((r, k) => [k + 1, input.ids[r.row], r.arm, r.uplift, r.profit, ...input.uplift.map((u) => u[r.row]), ...(why ? [reasonText(k)] : [])])
  return toCsv(header, rows)
}
