/**
 * Audience selection: from a scored table to the customers a campaign will contact, with the count
 * left after every step (the funnel the UI shows).
 *
 * Order of steps (fixed, so "top 10,000" always means 10,000 contactable customers):
 *   scored rows → drop rows without a score → exclusions (in the order given) → probability band →
 *   segment → top N by score (ties broken by row order, so the result is deterministic).
 */
import { cellString, getColumn, isMissing, numericValues, type Column, type Table } from '../../data/table'
import { fmtInt, fmtNum, type Lang } from './lang'

/** Exclude rows whose value in `column` is one of `values` (compared as trimmed text). */
export interface ValuesExclusion { kind: 'values'; column: string; values: string[]; label?: string }
/** Exclude rows flagged in a yes/no column (1, true, yes, y, sí, si, x; non-zero numbers). */
export interface FlagExclusion { kind: 'flag'; column: string; label?: string }
/** Exclude rows whose numeric value lies in [min, max] (e.g. days since last contact 0–30). */
export interface RangeExclusion { kind: 'range'; column: string; min?: number; max?: number; label?: string }
/** Exclude rows whose date (ms since epoch) falls within `days` days before `asOf` (recently contacted). */
export interface RecentExclusion { kind: 'recent'; column: string; days: number; asOf: number; label?: string }
/** Exclude a suppression list of customer ids (joined on the id column). */
export interface IdsExclusion { kind: 'ids'; ids: readonly string[]; label?: string }

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
}

export interface FunnelStep {
  /** short label for the UI: "Scored customers", "Excluded: opted out", "Top 10,000" */
  step: string
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
  /** lowest score kept by the top-N step (null without top N) */
  cutoffScore: number | null
  warnings: string[]
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
    if (isMissing(c, i) || idOf(c, i) === '') throw new Error(`Customer id is missing in column "${idColumn}" at row ${i + 1}`)
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
    throw new Error(`Duplicate customer id "${id}" in column "${idColumn}" (rows ${a + 1} and ${b + 1}; ${dupCount} duplicate row${dupCount === 1 ? '' : 's'} in all): each customer must appear once`)
  }
  return ids
}

/** Spanish names of the default bands (the UI's band buttons use the English names). */
const BAND_ES: Record<string, string> = { likely: 'probables', hesitant: 'indecisos', unlikely: 'improbables' }

/** Funnel labels, warnings and notes in Spanish (the English ones are written inline below). */
const ES = {
  scored: 'Clientes puntuados',
  noScore: 'Sin puntuación',
  noScoreWarning: (n: number) => `${fmtInt(n, 'es')} ${n === 1 ? 'cliente no tiene puntuación y se ha dejado fuera' : 'clientes no tienen puntuación y se han dejado fuera'}`,
  excluded: (what: string) => `Excluidos: ${what}`,
  values: (col: string, values: string[]) => `${col} en {${values.join(', ')}}`,
  flag: (col: string) => `marcados en ${col}`,
  range: (col: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined ? `${col} entre ${fmtNum(min, 'es', 6)} y ${fmtNum(max, 'es', 6)}`
      : min !== undefined ? `${col} ≥ ${fmtNum(min, 'es', 6)}` : `${col} ≤ ${fmtNum(max ?? Infinity, 'es', 6)}`,
  recent: (col: string, days: number) => `${col} en los últimos ${fmtInt(days, 'es')} ${days === 1 ? 'día' : 'días'}`,
  ids: (n: number) => `lista de supresión (${fmtInt(n, 'es')} ${n === 1 ? 'identificador' : 'identificadores'})`,
  idsNote: (matched: number, size: number) => `lista de supresión: ${fmtInt(matched, 'es')} de ${fmtInt(size, 'es')} identificadores están entre los clientes puntuados`,
  band: (name: string | undefined, min: number, max: number) => `Franja ${name ? (BAND_ES[name] ?? name) + ' ' : ''}${fmtPctEs(min)}–${fmtPctEs(max)}`,
  segment: (col: string, values: string[]) => `Segmento ${col} = ${values.join(' o ')}`,
  top: (n: number) => `Los ${fmtInt(n, 'es')} con mayor puntuación`,
  topShort: (n: number, left: number) => `Los ${fmtInt(n, 'es')} con mayor puntuación (solo hay ${fmtInt(left, 'es')})`,
  topWarning: (n: number, left: number) => `Se pidieron los ${fmtInt(n, 'es')} con mayor puntuación, pero tras los pasos anteriores solo ${left === 1 ? 'queda 1 cliente: se toma' : `quedan ${fmtInt(left, 'es')} clientes: se toman todos`}`,
  empty: 'No queda ningún cliente tras estos pasos',
  suppression: (name: string, n: number) => `lista de supresión ${name} (${fmtInt(n, 'es')} ${n === 1 ? 'identificador' : 'identificadores'})`,
}

/** Label of a suppression-list exclusion built from another dataset (the worker adds it to the spec). */
export function suppressionListLabel(name: string, ids: number, lang: Lang = 'en'): string {
  return lang === 'es' ? ES.suppression(name, ids) : `suppression list ${name} (${ids.toLocaleString('en-US')} ids)`
}

function exclusionLabel(e: Exclusion, lang: Lang): string {
  if (lang === 'es') {
    if (e.label) return ES.excluded(e.label)
    switch (e.kind) {
      case 'values': return ES.excluded(ES.values(e.column, e.values))
      case 'flag': return ES.excluded(ES.flag(e.column))
      case 'range': return ES.excluded(ES.range(e.column, e.min, e.max))
      case 'recent': return ES.excluded(ES.recent(e.column, e.days))
      case 'ids': return ES.excluded(ES.ids(e.ids.length))
    }
  }
  if (e.label) return `Excluded: ${e.label}`
  switch (e.kind) {
    case 'values': return `Excluded: ${e.column} in {${e.values.join(', ')}}`
    case 'flag': return `Excluded: ${e.column} flagged`
    case 'range': return `Excluded: ${e.column} in [${e.min ?? '−∞'}, ${e.max ?? '∞'}]`
    case 'recent': return `Excluded: ${e.column} within ${e.days} days`
    case 'ids': return `Excluded: suppression list (${e.ids.length} ids)`
  }
}

function exclusionMask(t: Table, e: Exclusion, ids: string[], lang: Lang): { drop: (i: number) => boolean; note?: string } {
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
      if (e.min === undefined && e.max === undefined) throw new RangeError(`Exclusion on "${e.column}": give a minimum, a maximum or both`)
      if (e.min !== undefined && e.max !== undefined && e.min > e.max) throw new RangeError(`Exclusion on "${e.column}": minimum ${e.min} is above maximum ${e.max}`)
      const v = numericValues(getColumn(t, e.column))
      const lo = e.min ?? -Infinity
      const hi = e.max ?? Infinity
      return { drop: (i) => v[i] >= lo && v[i] <= hi }
    }
    case 'recent': {
      if (!(e.days >= 0)) throw new RangeError(`Exclusion on "${e.column}": days must be ≥ 0, got ${e.days}`)
      if (!Number.isFinite(e.asOf)) throw new RangeError(`Exclusion on "${e.column}": the reference date is not a valid date`)
      const c = getColumn(t, e.column)
      if (c.storage !== 'number') throw new RangeError(`Exclusion on "${e.column}": the column must be a date column`)
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
        note: lang === 'es' ? ES.idsNote(matched, set.size) : `suppression list: ${matched} of ${set.size} ids found among the scored customers`,
      }
    }
  }
}

/**
 * Apply the audience definition to a scored table. `lang` sets the language of the funnel labels
 * and warnings (default English); errors stay in English.
 */
export function selectAudience(t: Table, spec: AudienceSpec, lang: Lang = 'en'): AudienceResult {
  const es = lang === 'es'
  const ids = customerIds(t, spec.idColumn)
  const scoreCol = getColumn(t, spec.scoreColumn)
  const score = numericValues(scoreCol)
  const warnings: string[] = []
  const funnel: FunnelStep[] = [{ step: es ? ES.scored : 'Scored customers', removed: 0, remaining: t.nRows }]
  const scoredRows: number[] = []
  for (let i = 0; i < t.nRows; i++) {
    const s = score[i]
    if (Number.isNaN(s)) continue
    if (s < 0 || s > 1) throw new RangeError(`Score column "${spec.scoreColumn}" must hold probabilities in [0, 1]; row ${i + 1} has ${s}`)
    scoredRows.push(i)
  }
  let cur: number[] = Array.from({ length: t.nRows }, (_, i) => i)
  const push = (step: string, next: number[]): void => {
    funnel.push({ step, removed: cur.length - next.length, remaining: next.length })
    cur = next
  }
  if (scoredRows.length < t.nRows) {
    warnings.push(es ? ES.noScoreWarning(t.nRows - scoredRows.length) : `${t.nRows - scoredRows.length} customers have no score and were left out`)
    push(es ? ES.noScore : 'Without a score', scoredRows)
  } else cur = scoredRows
  for (const e of spec.exclusions ?? []) {
    const { drop, note } = exclusionMask(t, e, ids, lang)
    push(exclusionLabel(e, lang), cur.filter((i) => !drop(i)))
    if (note) warnings.push(note)
  }
  if (spec.band) {
    const { min, max } = spec.band
    if (!(min >= 0 && max <= 1 && min < max)) throw new RangeError(`Probability band must satisfy 0 ≤ min < max ≤ 1, got [${min}, ${max}]`)
    const inBand = (s: number): boolean => s >= min && (s < max || (max === 1 && s === 1))
    push(es ? ES.band(spec.band.name, min, max) : `Band ${spec.band.name ? spec.band.name + ' ' : ''}${fmtPct(min)}–${fmtPct(max)}`, cur.filter((i) => inBand(score[i])))
  }
  if (spec.segment) {
    const c = getColumn(t, spec.segment.column)
    const set = new Set(spec.segment.values.map((v) => v.trim()))
    if (set.size === 0) throw new RangeError(`Segment on "${spec.segment.column}": choose at least one value`)
    push(es ? ES.segment(spec.segment.column, [...set]) : `Segment ${spec.segment.column} = ${[...set].join(' or ')}`, cur.filter((i) => !isMissing(c, i) && set.has(cellString(c, i).trim())))
  }
  // Highest score first; equal scores keep file order so the same input gives the same audience.
  cur.sort((a, b) => score[b] - score[a] || a - b)
  let cutoffScore: number | null = null
  if (spec.top !== undefined) {
    const n = spec.top
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Top N must be a whole number ≥ 1, got ${n}`)
    if (n > cur.length && es) {
      warnings.push(ES.topWarning(n, cur.length))
      push(ES.topShort(n, cur.length), cur)
    } else if (n > cur.length) {
      warnings.push(`Top ${n.toLocaleString('en-US')} asked for, but only ${cur.length.toLocaleString('en-US')} customers are left after the previous steps: all of them are taken`)
      push(`Top ${n.toLocaleString('en-US')} (only ${cur.length.toLocaleString('en-US')} available)`, cur)
    } else push(es ? ES.top(n) : `Top ${n.toLocaleString('en-US')}`, cur.slice(0, n))
    if (cur.length) cutoffScore = score[cur[cur.length - 1]]
  }
  if (cur.length === 0) warnings.push(es ? ES.empty : 'No customer is left after these steps')
  const rows = Int32Array.from(cur)
  return {
    rows,
    ids: cur.map((i) => ids[i]),
    scores: Float64Array.from(cur, (i) => score[i]),
    funnel,
    cutoffScore,
    warnings,
  }
}

function fmtPct(x: number): string {
  return `${+(x * 100).toFixed(2)}%`
}

function fmtPctEs(x: number): string {
  return `${fmtNum(+(x * 100).toFixed(2), 'es', 2)} %`
}
