import { describe, expect, it } from 'vitest'
import { campaignHandlers } from '../../../workers/ml/campaign'
import { putTable } from '../../../workers/ml/tables'
import { numberColumn, stringColumn, type Table } from '@/data/table'

/**
 * The results analysis' options through the campaign worker: sequential (always-valid) intervals
 * and CUPED with a pre-period column of the results file, with hand-worked expected values.
 */
const base = { fileName: 'r.csv', columns: { id: 'customer', arm: 'creative', converted: 'converted' }, control: 'control', conversionBase: 'sent' as const, alpha: 0.05, useAssignment: false }

function resultsTable(name: string, rows: { arm: string; converted: number; pre?: number; sent?: string }[]): string {
  const table: Table = {
    name, nRows: rows.length,
    columns: [
      stringColumn('customer', rows.map((_, i) => `R${i + 1}`)),
      stringColumn('creative', rows.map((r) => r.arm)),
      numberColumn('converted', Float64Array.from(rows, (r) => r.converted)),
      numberColumn('pre', Float64Array.from(rows, (r) => r.pre ?? NaN)),
      stringColumn('pre_text', rows.map(() => 'x')),
      stringColumn('sent_at', rows.map((r) => r.sent ?? '2024-03-01 09:00')),
    ],
  }
  putTable(name, { table, schema: [] })
  return name
}

describe('results analysis options: sequential intervals and CUPED', () => {
  it('sequential: A 130/1,000 vs control 100/1,000, absolute half-width and p of the asymptotic confidence sequence (N* = 5,000)', () => {
    const rows = [
      ...Array.from({ length: 1000 }, (_, i) => ({ arm: 'A', converted: i < 130 ? 1 : 0 })),
      ...Array.from({ length: 1000 }, (_, i) => ({ arm: 'control', converted: i < 100 ? 1 : 0 })),
    ]
    const r = campaignHandlers.results({ ...base, datasetId: resultsTable('seq', rows), sequential: true })
    const e = r.experiment!
    expect(e.sequential).toEqual({ tuning: 5000 })
    const a = e.arms[0]
    // ρ = 0.0398400668; half-width √(2(Nρ²+1)·ln(√(Nρ²+1)/α)/(Nρ)²)·σ with N = 2,000 (Waudby-Smith et al. 2021, eq. 9)
    expect(a.sequential!.absolute!.estimate).toBeCloseTo(0.03, 14)
    expect(a.sequential!.absolute!.ci[1] - 0.03).toBeCloseTo(0.044517962102267786, 12)
    expect(a.sequential!.absolute!.pValue).toBeCloseTo(0.37893150758579747, 12)
    // wider than the fixed-horizon interval, same estimate
    expect(a.sequential!.relative!.estimate).toBeCloseTo(a.relative!.estimate, 14)
    expect(a.sequential!.relative!.ci[1] - a.sequential!.relative!.ci[0]).toBeGreaterThan(a.relative!.ci[1] - a.relative!.ci[0])
    expect(a.cuped).toBeNull()
    expect(e.cuped).toBeNull()
  })

  it('CUPED on a hand-worked table: θ = 0.35, adjusted rates 0.5 and 0.75, 70 % less variance', () => {
    // control converted 0, 0, 1, 1 and A 0, 1, 1, 1 with pre 1, 2, 3, 4 in both.
    // Pooled: x̄ = 2.5, ȳ = 5/8, Σdx·dy = 2 + 1.5, Σdx² = 10 → θ = 0.35. Adjusted control
    // 0.525, 0.175, 0.825, 0.475 (mean 0.5, variance 0.2125/3); A 0.525, 1.175, 0.825, 0.475
    // (mean 0.75, variance 0.3125/3). Raw variances 1/3 and 1/4 → lift variance 0.14583 vs
    // 0.04375 adjusted: 1 − 0.3 = 0.7 less.
    const pre = [1, 2, 3, 4]
    const rows = [
      ...[0, 1, 1, 1].map((c, i) => ({ arm: 'A', converted: c, pre: pre[i] })),
      ...[0, 0, 1, 1].map((c, i) => ({ arm: 'control', converted: c, pre: pre[i] })),
    ]
    const r = campaignHandlers.results({ ...base, datasetId: resultsTable('cuped', rows), cuped: { column: 'pre' } })
    const e = r.experiment!
    expect(e.cuped).toEqual({ column: 'pre' })
    const c = e.arms[0].cuped!
    expect([c.n, c.nControl]).toEqual([4, 4])
    expect(c.theta).toBeCloseTo(0.35, 14)
    expect(c.varianceReduction).toBeCloseTo(0.7, 12)
    expect(c.absolute!.estimate).toBeCloseTo(0.25, 14)
    expect(c.relative!.estimate).toBeCloseTo(0.5, 14)
    expect(c.relative!.ci[0]).toBeLessThan(0.5)
    expect(c.relative!.ci[1]).toBeGreaterThan(0.5)
    expect(c.chanceToWin).toBeGreaterThan(0.5)
    expect(c.sequential).toBeNull()
    // same data, sequential on: CUPED's relative lift gets the always-valid interval too (wider)
    const s = campaignHandlers.results({ ...base, datasetId: 'cuped', cuped: { column: 'pre' }, sequential: true }).experiment!.arms[0].cuped!
    expect(s.sequential!.estimate).toBeCloseTo(0.5, 14)
    expect(s.sequential!.ci[1] - s.sequential!.ci[0]).toBeGreaterThan(c.relative!.ci[1] - c.relative!.ci[0])
  })

  it('refuses a covariate that is missing, not numeric, or measured after the send', () => {
    const rows = [
      ...[0, 1, 1, 1].map((c, i) => ({ arm: 'A', converted: c, pre: i === 2 ? undefined : i })),
      ...[0, 0, 1, 1].map((c, i) => ({ arm: 'control', converted: c, pre: i, sent: i === 0 ? '2024-02-28 10:00' : undefined })),
    ]
    const id = resultsTable('bad', rows)
    // the third customer of A (row 3 of the file) has no value; one customer in all
    expect(() => campaignHandlers.results({ ...base, datasetId: id, cuped: { column: 'pre' } })).toThrow(expect.objectContaining({ code: 'uplift.ab.cupedColumnMissing', params: { column: 'pre', row: 3, count: 1 } }))
    expect(() => campaignHandlers.results({ ...base, datasetId: id, cuped: { column: 'pre_text' } })).toThrow(expect.objectContaining({ code: 'uplift.ab.cupedNotNumeric' }))
    expect(() => campaignHandlers.results({ ...base, datasetId: id, cuped: { column: 'nope' } })).toThrow(expect.objectContaining({ code: 'uplift.ab.cupedNoColumn' }))
  })

  it('refuses a covariate measured on or after the earliest send', () => {
    const rows = [
      ...[0, 1, 1, 1].map((c, i) => ({ arm: 'A', converted: c, pre: i })),
      ...[0, 0, 1, 1].map((c, i) => ({ arm: 'control', converted: c, pre: i, sent: i === 0 ? '2024-02-28 10:00' : undefined })),
    ]
    const id = resultsTable('late', rows)
    const withSent = { ...base, columns: { ...base.columns, sentAt: 'sent_at' } }
    // earliest send 2024-02-28 10:00: a covariate of 1 March is too late, one of 27 February is fine
    expect(() => campaignHandlers.results({ ...withSent, datasetId: id, cuped: { column: 'pre', measuredAt: Date.UTC(2024, 2, 1) } }))
      .toThrow(expect.objectContaining({ code: 'uplift.ab.cupedAfterSend', params: { covariateAt: '2024-03-01T00:00:00.000Z', sentAt: '2024-02-28T10:00:00.000Z' } }))
    const ok = campaignHandlers.results({ ...withSent, datasetId: id, cuped: { column: 'pre', measuredAt: Date.UTC(2024, 1, 27) } })
    expect(ok.experiment!.arms[0].cuped).not.toBeNull()
  })
})
