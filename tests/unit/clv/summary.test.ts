import { describe, it, expect, beforeAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { Table } from '@/data/table'
import { readTableFile } from '@/data/node'
import type { CleanTransactions } from '@/ml/segmentation/transactions'
import { cleanTransactions } from '@/ml/segmentation/transactions'
import {
  analyseClv,
  calibrationHoldout,
  ClvError,
  clvDistribution,
  cumulativeRepeatCurve,
  holdoutByFrequency,
  NO_DROPOUT_P,
  NO_DROPOUT_SHARE,
  PERIODS_PER_MONTH,
  periodIndex,
  probabilityAlive,
  probabilityAliveMatrix,
  summaryFromTable,
  summaryFromTransactions,
  topCustomers,
} from '@/ml/clv'

const day = (s: string): number => Date.parse(s + 'T00:00:00Z')
const HOUR = 3_600_000

function log(rows: [string, string, number][]): { customer: Int32Array; date: Float64Array; amount: Float64Array; customerIds: string[] } {
  const ids = [...new Set(rows.map((r) => r[0]))]
  return {
    customer: Int32Array.from(rows.map((r) => ids.indexOf(r[0]))),
    date: Float64Array.from(rows.map((r) => day(r[1]))),
    amount: Float64Array.from(rows.map((r) => r[2])),
    customerIds: ids,
  }
}

describe('summary from a transaction log (lifetimes definitions)', () => {
  // A: 2024-01-01 twice (merged: 15), 01-04 (20), 01-10 (30); B: 01-03 only; C: 01-12 after the end
  const tx = log([
    ['A', '2024-01-01', 10],
    ['A', '2024-01-01', 5],
    ['B', '2024-01-03', 7],
    ['A', '2024-01-04', 20],
    ['A', '2024-01-10', 30],
    ['C', '2024-01-12', 9],
  ])
  it('days: same-day purchases merged, frequency/recency/T/monetary over repeat periods', () => {
    const s = summaryFromTransactions(tx, { period: 'day', end: day('2024-01-10'), now: day('2025-01-01') })
    expect(s.ids).toEqual(['A', 'B'])
    expect(Array.from(s.frequency)).toEqual([2, 0])
    expect(Array.from(s.recency)).toEqual([9, 0])
    expect(Array.from(s.T)).toEqual([9, 7])
    // repeat periods 20 and 30 (the merged first day is left out)
    expect(Array.from(s.monetary!)).toEqual([25, 0])
    expect(s.warnings).toEqual([{ code: 'afterEnd', params: { count: 1, end: '2024-01-10' } }])
  })
  it('default end = the last purchase day; time of day does not matter', () => {
    const t2 = { ...tx, date: tx.date.map((d, i) => d + (i % 3) * HOUR) }
    const s = summaryFromTransactions(t2, { now: day('2025-01-01') })
    expect(s.ids).toEqual(['A', 'B', 'C'])
    expect(Array.from(s.T)).toEqual([11, 9, 0])
    expect(s.warnings).toEqual([])
  })
  it('weeks start on Monday: 2024-01-01 is a Monday; 01-04 same week, 01-10 next week', () => {
    expect(periodIndex(day('2024-01-07'), 'week')).toBe(periodIndex(day('2024-01-01'), 'week'))
    expect(periodIndex(day('2024-01-08'), 'week')).toBe(periodIndex(day('2024-01-01'), 'week') + 1)
    const s = summaryFromTransactions(tx, { period: 'week', end: day('2024-01-14'), now: day('2025-01-01') })
    expect(s.ids).toEqual(['A', 'B', 'C'])
    // A: weeks 0 (15 + 20 = 35) and 1 (30)
    expect(Array.from(s.frequency)).toEqual([1, 0, 0])
    expect(Array.from(s.recency)).toEqual([1, 0, 0])
    expect(Array.from(s.T)).toEqual([1, 1, 0])
    expect(Array.from(s.monetary!)).toEqual([30, 0, 0])
  })
  it('future dates are reported with the count and the latest date', () => {
    const s = summaryFromTransactions(tx, { now: day('2024-01-05') })
    expect(s.warnings).toEqual([{ code: 'futureDates', params: { count: 2, latest: '2024-01-12', today: '2024-01-05' } }])
  })
  it('an end before the first purchase is refused', () => {
    expect(() => summaryFromTransactions(tx, { end: day('2023-01-01') })).toThrow(ClvError)
  })
})

describe('ready summary tables', () => {
  const table = (f: number[], r: number[], T: number[]): Table => ({
    name: 's.csv',
    nRows: f.length,
    columns: [
      { name: 'f', storage: 'number', values: Float64Array.from(f) },
      { name: 'r', storage: 'number', values: Float64Array.from(r) },
      { name: 'T', storage: 'number', values: Float64Array.from(T) },
    ],
  })
  it('checks whole frequencies and recency ≤ T, naming the row', () => {
    expect(summaryFromTable(table([1, 0], [3, 0], [5, 5]), { frequency: 'f', recency: 'r', T: 'T' }).frequency).toEqual(Float64Array.of(1, 0))
    const err = (f: () => unknown): ClvError => {
      try {
        f()
      } catch (e) {
        return e as ClvError
      }
      throw new Error('no error')
    }
    expect(err(() => summaryFromTable(table([1, 1.5], [3, 0], [5, 5]), { frequency: 'f', recency: 'r', T: 'T' }))).toMatchObject({ code: 'badSummaryValue', params: { row: 2, column: 'f' } })
    expect(err(() => summaryFromTable(table([1, 1], [3, 6], [5, 5]), { frequency: 'f', recency: 'r', T: 'T' }))).toMatchObject({ code: 'recencyAfterAge', params: { row: 2, recency: 6, T: 5 } })
    expect(err(() => summaryFromTable(table([1], [3], [5]), { frequency: 'f', recency: 'x', T: 'T' }))).toMatchObject({ code: 'missingColumn', params: { column: 'x' } })
  })
  it('refuses a base with too few repeat buyers, with the minimum', () => {
    const s = summaryFromTable(table([1, 0, 0, 2], [3, 0, 0, 4], [5, 5, 5, 5]), { frequency: 'f', recency: 'r', T: 'T' })
    expect(() => analyseClv(s, { periodsPerMonth: 30 })).toThrow(expect.objectContaining({ code: 'tooFewRepeat', params: { repeat: 2, customers: 4, min: 10 } }))
  })
})

describe('Online Retail sample (committed, CC BY 4.0): another log fits sanely', () => {
  const path = fileURLToPath(new URL('../../../public/samples/online-retail-sample.csv', import.meta.url))
  let clean: CleanTransactions
  beforeAll(async () => {
    const { table } = await readTableFile(path)
    clean = cleanTransactions(table, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' })
  })
  const now = day('2026-01-01')

  it('log → summary → three models + Gamma-Gamma → CLV without NaN; checks and plots', () => {
    const s = summaryFromTransactions(clean, { period: 'day', now })
    expect(s.ids.length).toBe(clean.customerIds.length)
    const res = analyseClv(s, { horizon: 90, months: 12, discount: 0.01, periodsPerMonth: PERIODS_PER_MONTH.day })
    expect(res.fits.map((f) => f.model)).toEqual(['bgnbd', 'mbgnbd', 'paretonbd'])
    for (const f of res.fits) {
      expect(Number.isFinite(f.logLik)).toBe(true)
      expect(Object.values(f.params).every((v) => Number.isFinite(v) && v > 0)).toBe(true)
    }
    expect(res.chosenBy).toBe('logLik')
    expect(res.model.logLik).toBe(Math.max(...res.fits.map((f) => f.logLik)))
    expect(res.gammaGamma).not.toBeNull()
    for (const row of res.rows) {
      expect(row.pAlive).toBeGreaterThanOrEqual(0)
      expect(row.pAlive).toBeLessThanOrEqual(1)
      expect(row.expectedPurchases).toBeGreaterThanOrEqual(0)
      expect(Number.isFinite(row.clv!)).toBe(true)
      expect(row.clv!).toBeGreaterThanOrEqual(0)
    }
    // the customers who bought most often are expected to buy more than one-off buyers
    const byF = [...res.rows].sort((a, b) => b.frequency - a.frequency)
    const oneOff = res.rows.filter((r) => r.frequency === 0)
    expect(byF[0].expectedPurchases).toBeGreaterThan(Math.max(...oneOff.map((r) => r.expectedPurchases)))
    expect(res.totals.expectedPurchases).toBeCloseTo(res.rows.reduce((a, r) => a + r.expectedPurchases, 0), 8)
    const top = topCustomers(res.rows, 5)
    expect(top[0].clv).toBe(Math.max(...res.rows.map((r) => r.clv!)))
    const dist = clvDistribution(res.rows.map((r) => r.clv!), 10)
    expect(dist.counts.reduce((a, b) => a + b, 0)).toBe(res.rows.length)
    const mat = probabilityAliveMatrix(res.model, s, 30)
    expect(mat.values.length).toBe(mat.recency.length)
    expect(mat.values.flat().every((v) => v >= 0 && v <= 1)).toBe(true)
  })

  it('weekly periods: every model finds almost no drop-out and says so; daily periods do not', () => {
    const week = summaryFromTransactions(clean, { period: 'week', now })
    const res = analyseClv(week, { periodsPerMonth: PERIODS_PER_MONTH.week })
    const repeat = week.frequency.filter((x) => x > 0).length
    const w = res.warnings.filter((m) => m.code === 'noDropout')
    expect(w).toHaveLength(1)
    expect(w[0].params).toMatchObject({ model: res.model.model, repeat, threshold: NO_DROPOUT_P })
    // not a quirk of the chosen model: all three put nearly every repeat buyer at P(alive) ≥ 0.99
    for (const f of res.fits) {
      let alive = 0
      for (let i = 0; i < week.ids.length; i++) if (week.frequency[i] > 0 && probabilityAlive(f, week.frequency[i], week.recency[i], week.T[i]) >= NO_DROPOUT_P) alive++
      expect(alive).toBeGreaterThanOrEqual(NO_DROPOUT_SHARE * repeat)
    }
    // the count is of repeat buyers at P(alive) ≥ 0.99, recounted here from the rows
    expect(w[0].params.alive).toBe(res.rows.filter((r) => r.frequency > 0 && r.pAlive >= 0.99).length)
    const daily = analyseClv(summaryFromTransactions(clean, { period: 'day', now }), { periodsPerMonth: PERIODS_PER_MONTH.day })
    expect(daily.warnings.map((m) => m.code)).not.toContain('noDropout')
  })

  it('calibration / holdout split, holdout comparison and the cumulative curve', () => {
    const h = calibrationHoldout(clean, day('2011-09-01'), { period: 'day', now })
    expect(h.duration).toBe(periodIndex(day('2011-12-09'), 'day') - periodIndex(day('2011-09-01'), 'day'))
    expect(h.calibration.warnings).toEqual([])
    const full = summaryFromTransactions(clean, { period: 'day', now })
    const res = analyseClv(full, { periodsPerMonth: 30, models: ['bgnbd', 'mbgnbd'] }, undefined, h)
    expect(res.chosenBy).toBe('holdout')
    for (const c of res.comparison) {
      expect(c.holdoutActual).toBe(h.frequency.reduce((a, b) => a + b, 0))
      expect(c.holdoutPredicted! > 0).toBe(true)
    }
    const bins = holdoutByFrequency(res.model, h)
    expect(bins.reduce((a, b) => a + b.customers, 0)).toBe(h.calibration.ids.length)
    const curve = cumulativeRepeatCurve(res.model, clean, 'day')
    const last = curve.actual[curve.actual.length - 1]
    expect(last).toBe(full.frequency.reduce((a, b) => a + b, 0))
    // monotone, and the model's total within a factor of two of the actual total
    for (let i = 1; i < curve.predicted.length; i++) expect(curve.predicted[i]).toBeGreaterThanOrEqual(curve.predicted[i - 1])
    expect(curve.predicted[curve.predicted.length - 1] / last).toBeGreaterThan(0.5)
    expect(curve.predicted[curve.predicted.length - 1] / last).toBeLessThan(2)
  })
})
