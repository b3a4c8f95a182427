/**
 * The per-customer repeat-purchase summary the BTYD models need, with lifetimes' definitions
 * (`summary_data_from_transaction_data`, include_first_transaction=False): purchases in the same
 * period are one transaction (values summed); frequency = distinct purchase periods − 1; recency =
 * last − first purchase period; T = observation-end period − first purchase period; monetary = mean
 * of the repeat periods' values (0 when there are none). Or a ready summary table, checked.
 */
import type { Table } from '../../data/table'
import { getColumn, hasColumn } from '../../data/table'
import type { CleanTransactions } from '../segmentation/transactions'
import type { ClvMessage } from './messages'
import { ClvError, msg } from './messages'

export type Period = 'day' | 'week'

export interface ClvSummary {
  ids: string[]
  frequency: Float64Array
  recency: Float64Array
  T: Float64Array
  /** mean value of the repeat periods, 0 for customers without repeats; null when no value is known */
  monetary: Float64Array | null
  period: Period
  /** observation end (ms since epoch, UTC day start) when built from transactions */
  end: number | null
  /** first purchase period index per customer (day or Monday-week number since 1970), when built from transactions */
  birth: Float64Array | null
  warnings: ClvMessage[]
}

const DAY_MS = 86_400_000

/** Period index since 1970-01-01: days, or weeks that start on Monday (pandas' 'W' = W-SUN periods). */
export function periodIndex(ms: number, period: Period): number {
  const day = Math.floor(ms / DAY_MS)
  // 1970-01-01 was a Thursday: shifting by 3 days puts Mondays on multiples of 7
  return period === 'day' ? day : Math.floor((day + 3) / 7)
}

/** Start (ms) of a period index. */
export function periodStart(index: number, period: Period): number {
  return period === 'day' ? index * DAY_MS : (index * 7 - 3) * DAY_MS
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

export interface SummaryOptions {
  period?: Period
  /** observation end (ms); default the last transaction's date. Purchases after it are left out, with a warning. */
  end?: number
  /** "now" for the future-date check (ms); default Date.now() */
  now?: number
  /** purchases on or before this time only (calibration part of a split); default all */
  until?: number
}

/** Summary from cleaned transactions (src/ml/segmentation cleanTransactions: same mapping and cleaning as RFM). */
export function summaryFromTransactions(tx: Pick<CleanTransactions, 'customer' | 'date' | 'amount' | 'customerIds'>, opt: SummaryOptions = {}): ClvSummary {
  const period = opt.period ?? 'day'
  const warnings: ClvMessage[] = []
  const n = tx.date.length
  let maxDate = -Infinity
  let minDate = Infinity
  for (let i = 0; i < n; i++) {
    if (tx.date[i] > maxDate) maxDate = tx.date[i]
    if (tx.date[i] < minDate) minDate = tx.date[i]
  }
  if (n === 0) throw new ClvError('noCustomers', {})
  const now = opt.now ?? Date.now()
  let future = 0
  for (let i = 0; i < n; i++) if (tx.date[i] > now) future++
  if (future > 0) warnings.push(msg('futureDates', { count: future, latest: isoDay(maxDate), today: isoDay(now) }))
  const end = opt.end ?? maxDate
  if (!Number.isFinite(end)) throw new ClvError('badOption', { option: 'end' })
  if (end < minDate) throw new ClvError('endBeforeFirst', { end: isoDay(end), first: isoDay(minDate) })
  const endPeriod = periodIndex(end, period)
  // (customer, period) → summed value, only purchases up to the observation end
  const cell = new Map<number, number>()
  let after = 0
  let maxP = 0
  for (let i = 0; i < n; i++) {
    const p = periodIndex(tx.date[i], period)
    if (p > endPeriod) {
      after++
      continue
    }
    maxP = Math.max(maxP, Math.abs(p))
  }
  const stride = 2 * maxP + 2
  for (let i = 0; i < n; i++) {
    const p = periodIndex(tx.date[i], period)
    if (p > endPeriod) continue
    const key = tx.customer[i] * stride + (p + maxP + 1)
    cell.set(key, (cell.get(key) ?? 0) + tx.amount[i])
  }
  if (after > 0) warnings.push(msg('afterEnd', { count: after, end: isoDay(end) }))
  const keys = Float64Array.from(cell.keys()).sort()
  const nc = tx.customerIds.length
  const first = new Float64Array(nc).fill(NaN)
  const last = new Float64Array(nc)
  const count = new Float64Array(nc)
  const repeatSum = new Float64Array(nc)
  for (const key of keys) {
    const c = Math.floor(key / stride)
    const p = key - c * stride - maxP - 1
    if (Number.isNaN(first[c])) first[c] = p
    else repeatSum[c] += cell.get(key)!
    last[c] = p
    count[c]++
  }
  const idx: number[] = []
  for (let c = 0; c < nc; c++) if (!Number.isNaN(first[c])) idx.push(c)
  if (idx.length === 0) throw new ClvError('noCustomers', {})
  const m = idx.length
  const out: ClvSummary = {
    ids: idx.map((c) => tx.customerIds[c]),
    frequency: new Float64Array(m),
    recency: new Float64Array(m),
    T: new Float64Array(m),
    monetary: new Float64Array(m),
    period,
    end: periodStart(endPeriod, period),
    birth: new Float64Array(m),
    warnings,
  }
  idx.forEach((c, j) => {
    out.frequency[j] = count[c] - 1
    out.recency[j] = last[c] - first[c]
    out.T[j] = endPeriod - first[c]
    out.monetary![j] = count[c] > 1 ? repeatSum[c] / (count[c] - 1) : 0
    out.birth![j] = first[c]
  })
  return out
}

export interface SummaryColumns {
  frequency: string
  recency: string
  T: string
  monetary?: string
  customer?: string
}

/** A ready summary table (one row per customer), checked: whole non-negative frequency, 0 ≤ recency ≤ T. */
export function summaryFromTable(t: Table, cols: SummaryColumns, period: Period = 'day'): ClvSummary {
  const num = (role: string, name: string): Float64Array => {
    if (!hasColumn(t, name)) throw new ClvError('missingColumn', { role, column: name, columns: t.columns.map((c) => c.name).join(', ') })
    const c = getColumn(t, name)
    if (c.storage !== 'number') throw new ClvError('nonNumericColumn', { role, column: name, example: c.levels[0] ?? '' })
    return c.values
  }
  const x = num('frequency', cols.frequency)
  const tx = num('recency', cols.recency)
  const T = num('T', cols.T)
  const mv = cols.monetary !== undefined ? num('monetary', cols.monetary) : null
  for (let i = 0; i < t.nRows; i++) {
    const row = i + 1
    if (!(x[i] >= 0) || !Number.isInteger(x[i])) throw new ClvError('badSummaryValue', { column: cols.frequency, row, value: String(x[i]), expected: 'wholeNonNegative' })
    if (!(tx[i] >= 0)) throw new ClvError('badSummaryValue', { column: cols.recency, row, value: String(tx[i]), expected: 'nonNegative' })
    if (!(T[i] >= 0)) throw new ClvError('badSummaryValue', { column: cols.T, row, value: String(T[i]), expected: 'nonNegative' })
    if (tx[i] > T[i]) throw new ClvError('recencyAfterAge', { row, recency: tx[i], T: T[i] })
    if (mv && !Number.isFinite(mv[i])) throw new ClvError('badSummaryValue', { column: cols.monetary!, row, value: String(mv[i]), expected: 'number' })
  }
  let ids: string[]
  if (cols.customer !== undefined) {
    if (!hasColumn(t, cols.customer)) throw new ClvError('missingColumn', { role: 'customer', column: cols.customer, columns: t.columns.map((c) => c.name).join(', ') })
    const c = getColumn(t, cols.customer)
    ids = Array.from({ length: t.nRows }, (_, i) => (c.storage === 'number' ? String(c.values[i]) : c.codes[i] < 0 ? '' : c.levels[c.codes[i]]))
  } else ids = Array.from({ length: t.nRows }, (_, i) => String(i + 1))
  return { ids, frequency: Float64Array.from(x), recency: Float64Array.from(tx), T: Float64Array.from(T), monetary: mv ? Float64Array.from(mv) : null, period, end: null, birth: null, warnings: [] }
}

/** Smallest number of repeat buyers the models accept: four parameters cannot be told apart with fewer. */
export const MIN_REPEAT_BUYERS = 10

/** Refuses a summary with too few repeat buyers (customers who bought in more than one period). */
export function checkRepeatBuyers(s: Pick<ClvSummary, 'frequency'>): number {
  let repeat = 0
  for (let i = 0; i < s.frequency.length; i++) if (s.frequency[i] > 0) repeat++
  if (repeat < MIN_REPEAT_BUYERS) throw new ClvError('tooFewRepeat', { repeat, customers: s.frequency.length, min: MIN_REPEAT_BUYERS })
  return repeat
}
