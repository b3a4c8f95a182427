/**
 * Audience selection: from a scored table to the customers a campaign will contact, with the count
 * left after every step (the funnel the UI shows).
 *
 * Order of steps (fixed, so "top 10,000" always means 10,000 contactable customers):
 *   scored rows → drop rows without a score → exclusions (in the order given) → P(alive) filter →
 *   probability band → segment → rows without a value (when ranking by value) → top N by the ranking
 *   key (ties broken by row order, so the result is deterministic).
 *
 * The ranking key is the score (P(buy)) unless `value` is given: then P(buy) × value ("expected
 * value", e.g. the score times the 12-month CLV of the customer value panel) or the value alone.
 */
import { cellString, getColumn, isMissing, numericValues, type Column, type Table } from '../../data/table'
import { msg, num, pct, list, MessageError, type Label, type Message, type MsgParam } from '../core/message'

/** Exclude rows whose value in `column` is one of `values` (compared as trimmed text). */
export interface ValuesExclusion { kind: 'values'; column: string; values: string[]; label?: string }
/** Exclude rows flagged in a yes/no column (1, true, yes, y, sí, si, x; non-zero numbers). */
export interface FlagExclusion { kind: 'flag'; column: string; label?: string }
/** Exclude rows whose numeric value lies in [min, max] (e.g. days since last contact 0–30). */
export interface RangeExclusion { kind: 'range'; column: string; min?: number; max?: number; label?: string }
/** Exclude rows whose date (ms since epoch) falls within `days` days before `asOf` (recently contacted). */
export interface RecentExclusion { kind: 'recent'; column: string; days: number; asOf: number; label?: string }
/** Exclude a suppression list of customer ids (joined on the id column). */
export interface IdsExclusion { kind: 'ids'; ids: readonly string[]; label?: Label }

export type Exclusion = ValuesExclusion | FlagExclusion | RangeExclusion | RecentExclusion | IdsExclusion

export interface AudienceSpec {
  idColumn: string
  scoreColumn: string
  exclusions?: Exclusion[]
  /** keep probabilities in [min, max) (max = 1 is inclusive) */
  band?: { min: number; max: number; name?: string }
  /** keep rows whose `column` value is one of `values` */
  segment?: { column: string; values: string[] }
  /** keep the N highest scores */
  top?: number
  /** keep customers whose P(alive) (a [0, 1] column such as the value panel's p_alive) is at least `min` */
  alive?: { column: string; min: number }
  /** rank by expected value, score × `column` ('expected'), or by `column` alone ('value') */
  value?: { column: string; rank: 'expected' | 'value' }
}

export interface FunnelStep {
  /** short label for the UI: "Scored customers", "Excluded: opted out", "Top 10,000" */
  step: Label
  /** rows removed by this step (0 for the first) */
  removed: number
  /** rows left after this step */
  remaining: number
}

export interface AudienceResult {
  /** row indices into the scored table, highest score first */
  rows: Int32Array
  ids: string[]
  scores: Float64Array
  funnel: FunnelStep[]
  /** lowest score kept by the top-N step (null without top N, or when ranking by value) */
  cutoffScore: number | null
  /** the ranking key per chosen row when ranking by value (score × value, or the value), else null */
  values: Float64Array | null
  /** lowest ranking key kept by the top-N step when ranking by value */
  cutoffValue: number | null
  warnings: Label[]
}

const TRUTHY = new Set(['1', 'true', 'yes', 'y', 'si', 'sí', 'x', 't', 'verdadero', 'opted out', 'optout', 'opt-out'])

export const defaultBands = [
  { name: 'likely', min: 0.5, max: 1 },
  { name: 'hesitant', min: 0.15, max: 0.5 },
  { name: 'unlikely', min: 0, max: 0.15 },
] as const

function idOf(c: Column, i: number): string {
  return cellString(c, i).trim()
}

/**
 * Ids of the table as trimmed strings. Throws naming the first missing or duplicated id
 * (a duplicated customer would be contacted twice and break the A/B split).
 */
export function customerIds(t: Table, idColumn: string): string[] {
  const c = getColumn(t, idColumn)
  const seen = new Map<string, number>()
  const ids: string[] = new Array(t.nRows)
  let dupCount = 0
  let firstDup: [string, number, number] | null = null
  for (let i = 0; i < t.nRows; i++) {
    if (isMissing(c, i) || idOf(c, i) === '') throw new MessageError('campaign.error.idMissing', { column: idColumn, row: i + 1 })
    const id = idOf(c, i)
    const prev = seen.get(id)
    if (prev !== undefined) {
      dupCount++
      if (!firstDup) firstDup = [id, prev, i]
    } else seen.set(id, i)
    ids[i] = id
  }
  if (firstDup) {
    const [id, a, b] = firstDup
    throw new MessageError('campaign.error.idDuplicate', { id, column: idColumn, a: a + 1, b: b + 1, n: dupCount })
  }
  return ids
}

/** The name of a band for the text: the default bands by code (translated), others as the user typed them. */
export function bandLabel(name: string | undefined): MsgParam {
  return name && (defaultBands as readonly { name: string }[]).some((b) => b.name === name) ? msg(`campaign.band.${name}`) : name ?? ''
}

/** Label of a suppression-list exclusion built from another dataset (the worker adds it to the spec). */
export function suppressionListLabel(name: string, ids: number): Message {
  return msg('campaign.audience.suppressionNamed', { name, n: ids })
}

function exclusionWhat(e: Exclusion): MsgParam {
  if (e.label) return e.label
  switch (e.kind) {
    case 'values': return msg('campaign.audience.values', { column: e.column, values: e.values.join(', ') })
    case 'flag': return msg('campaign.audience.flag', { column: e.column })
    case 'range':
      return e.min !== undefined && e.max !== undefined ? msg('campaign.audience.rangeBetween', { column: e.column, min: num(e.min, 6), max: num(e.max, 6) })
        : e.min !== undefined ? msg('campaign.audience.rangeMin', { column: e.column, min: num(e.min, 6) }) : msg('campaign.audience.rangeMax', { column: e.column, max: num(e.max ?? Infinity, 6) })
    case 'recent': return msg('campaign.audience.recent', { column: e.column, n: e.days })
    case 'ids': return msg('campaign.audience.ids', { n: e.ids.length })
  }
}

function exclusionLabel(e: Exclusion): Message {
  return msg('campaign.audience.excluded', { what: exclusionWhat(e) })
}

function exclusionMask(t: Table, e: Exclusion, ids: string[]): { drop: (i: number) => boolean; note?: Message } {
  switch (e.kind) {
    case 'values': {
      const c = getColumn(t, e.column)
      const set = new Set(e.values.map((v) => v.trim()))
      return { drop: (i) => !isMissing(c, i) && set.has(cellString(c, i).trim()) }
    }
    case 'flag': {
      const c = getColumn(t, e.column)
      if (c.storage === 'number') return { drop: (i) => !Number.isNaN(c.values[i]) && c.values[i] !== 0 }
      const flagged = c.levels.map((l) => TRUTHY.has(l.trim().toLowerCase()))
      return { drop: (i) => c.codes[i] >= 0 && flagged[c.codes[i]] }
    }
    case 'range': {
      if (e.min === undefined && e.max === undefined) throw new MessageError('campaign.error.rangeEmpty', { column: e.column })
      if (e.min !== undefined && e.max !== undefined && e.min > e.max) throw new MessageError('campaign.error.rangeOrder', { column: e.column, min: num(e.min, 6), max: num(e.max, 6) })
      const v = numericValues(getColumn(t, e.column))
      const lo = e.min ?? -Infinity
      const hi = e.max ?? Infinity
      return { drop: (i) => v[i] >= lo && v[i] <= hi }
    }
    case 'recent': {
      if (!(e.days >= 0)) throw new MessageError('campaign.error.recentDays', { column: e.column, days: String(e.days) })
      if (!Number.isFinite(e.asOf)) throw new MessageError('campaign.error.recentAsOf', { column: e.column })
      const c = getColumn(t, e.column)
      if (c.storage !== 'number') throw new MessageError('campaign.error.recentNotDate', { column: e.column })
      const from = e.asOf - e.days * 86_400_000
      return { drop: (i) => c.values[i] >= from && c.values[i] <= e.asOf }
    }
    case 'ids': {
      const set = new Set(e.ids.map((s) => s.trim()).filter((s) => s !== ''))
      let matched = 0
      const present = new Set(ids)
      for (const s of set) if (present.has(s)) matched++
      return {
        drop: (i) => set.has(ids[i]),
        note: msg('campaign.audience.idsNote', { matched, n: set.size }),
      }
    }
  }
}

/** Apply the audience definition to a scored table. */
export function selectAudience(t: Table, spec: AudienceSpec): AudienceResult {
  const ids = customerIds(t, spec.idColumn)
  const scoreCol = getColumn(t, spec.scoreColumn)
  const score = numericValues(scoreCol)
  const warnings: Message[] = []
  const funnel: FunnelStep[] = [{ step: msg('campaign.audience.scored'), removed: 0, remaining: t.nRows }]
  const scoredRows: number[] = []
  for (let i = 0; i < t.nRows; i++) {
    const s = score[i]
    if (Number.isNaN(s)) continue
    if (s < 0 || s > 1) throw new MessageError('campaign.error.scoreRange', { column: spec.scoreColumn, row: i + 1, value: num(s, 6) })
    scoredRows.push(i)
  }
  let cur: number[] = Array.from({ length: t.nRows }, (_, i) => i)
  const push = (step: Message, next: number[]): void => {
    funnel.push({ step, removed: cur.length - next.length, remaining: next.length })
    cur = next
  }
  if (scoredRows.length < t.nRows) {
    warnings.push(msg('campaign.audience.noScoreWarning', { n: t.nRows - scoredRows.length }))
    push(msg('campaign.audience.noScore'), scoredRows)
  } else cur = scoredRows
  for (const e of spec.exclusions ?? []) {
    const { drop, note } = exclusionMask(t, e, ids)
    push(exclusionLabel(e), cur.filter((i) => !drop(i)))
    if (note) warnings.push(note)
  }
  if (spec.alive) {
    const { column, min } = spec.alive
    if (!(min >= 0 && min <= 1)) throw new MessageError('clv.audience.aliveRange', { value: num(min, 4) })
    const p = numericValues(getColumn(t, column))
    for (const i of cur) {
      if (p[i] < 0 || p[i] > 1) throw new MessageError('clv.audience.aliveValue', { column, row: i + 1, value: num(p[i], 6) })
    }
    // a customer without a P(alive) (not in the value run) cannot be shown to be alive
    push(msg('clv.audience.alive', { column, min: pct(min, 1) }), cur.filter((i) => p[i] >= min))
  }
  if (spec.band) {
    const { min, max } = spec.band
    if (!(min >= 0 && max <= 1 && min < max)) throw new MessageError('campaign.error.bandRange', { min: pct(min, 2), max: pct(max, 2) })
    const inBand = (s: number): boolean => s >= min && (s < max || (max === 1 && s === 1))
    const range = { min: pct(min, 2), max: pct(max, 2) }
    push(spec.band.name ? msg('campaign.audience.bandNamed', { name: bandLabel(spec.band.name), ...range }) : msg('campaign.audience.band', range), cur.filter((i) => inBand(score[i])))
  }
  if (spec.segment) {
    const c = getColumn(t, spec.segment.column)
    const set = new Set(spec.segment.values.map((v) => v.trim()))
    if (set.size === 0) throw new MessageError('campaign.error.segmentEmpty', { column: spec.segment.column })
    push(msg('campaign.audience.segment', { column: spec.segment.column, values: list([...set], true) }), cur.filter((i) => !isMissing(c, i) && set.has(cellString(c, i).trim())))
  }
  let key = score
  if (spec.value) {
    const { column, rank } = spec.value
    const v = numericValues(getColumn(t, column))
    key = rank === 'expected' ? Float64Array.from(v, (x, i) => x * score[i]) : v
    const valued = cur.filter((i) => Number.isFinite(v[i]))
    if (valued.length < cur.length) {
      warnings.push(msg('clv.audience.noValueWarning', { n: cur.length - valued.length, column }))
      push(msg('clv.audience.noValue', { column }), valued)
    }
  }
  // Highest key first; equal keys keep file order so the same input gives the same audience.
  cur.sort((a, b) => key[b] - key[a] || a - b)
  let cutoffScore: number | null = null
  let cutoffValue: number | null = null
  if (spec.top !== undefined) {
    const n = spec.top
    if (!Number.isInteger(n) || n < 1) throw new MessageError('campaign.error.topN', { value: String(n) })
    const by = spec.value ? { column: spec.value.column } : null
    if (n > cur.length) {
      warnings.push(msg('campaign.audience.topWarning', { top: n, n: cur.length }))
      push(by ? msg(`clv.audience.topShort.${spec.value!.rank}`, { top: n, n: cur.length, ...by }) : msg('campaign.audience.topShort', { top: n, n: cur.length }), cur)
    } else push(by ? msg(`clv.audience.top.${spec.value!.rank}`, { n, ...by }) : msg('campaign.audience.top', { n }), cur.slice(0, n))
    if (cur.length) {
      if (spec.value) cutoffValue = key[cur[cur.length - 1]]
      else cutoffScore = score[cur[cur.length - 1]]
    }
  }
  if (cur.length === 0) warnings.push(msg('campaign.audience.empty'))
  const rows = Int32Array.from(cur)
  return {
    rows,
    ids: cur.map((i) => ids[i]),
    scores: Float64Array.from(cur, (i) => score[i]),
    funnel,
    cutoffScore,
    values: spec.value ? Float64Array.from(cur, (i) => key[i]) : null,
    cutoffValue,
    warnings,
  }
}
