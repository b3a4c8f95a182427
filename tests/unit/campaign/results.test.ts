import { describe, expect, it } from 'vitest'
import { analyzeResults, assignmentLookup } from '@/ml/campaign/results'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { renderMessage } from '@/i18n/render'
import type { Label } from '@/ml/core/message'

const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))
const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))

const H = 3_600_000
const T0 = Date.UTC(2024, 2, 1, 9)

/** 5 creatives × 200 delivered, conversions 30, 18, 25, 22, 27 (the issue's example) + control 200 with 10. */
function issueResults(): Table {
  const conv = [30, 18, 25, 22, 27]
  const ids: string[] = [], arm: string[] = [], delivered: number[] = [], opened: number[] = [], clicked: number[] = []
  const converted: number[] = [], sent: number[] = [], openedAt: number[] = [], purchasedAt: number[] = [], revenue: number[] = [], group: string[] = []
  const push = (a: string, i: number, c: boolean, isCtrl: boolean): void => {
    ids.push(`${a}${i}`); arm.push(a); delivered.push(isCtrl ? 0 : 1)
    const o = !isCtrl && (c || i % 2 === 0)
    opened.push(o ? 1 : 0); clicked.push(!isCtrl && (c || i % 4 === 0) ? 1 : 0); converted.push(c ? 1 : 0)
    sent.push(isCtrl ? NaN : T0); openedAt.push(o ? T0 + (1 + (i % 5)) * H : NaN)
    purchasedAt.push(c && !isCtrl ? T0 + 24 * H : NaN); revenue.push(c ? 50 : 0); group.push(`G${(i % 2) + 1}`)
  }
  ;['A', 'B', 'C', 'D', 'E'].forEach((a, k) => { for (let i = 0; i < 200; i++) push(a, i, i < conv[k], false) })
  for (let i = 0; i < 200; i++) push('control', i, i < 10, true)
  return {
    name: 'results.csv', nRows: ids.length,
    columns: [stringColumn('customer_id', ids), stringColumn('creative', arm), numberColumn('delivered', delivered), numberColumn('opened', opened), numberColumn('clicked', clicked),
      numberColumn('converted', converted), numberColumn('sent_at', sent), numberColumn('opened_at', openedAt), numberColumn('purchased_at', purchasedAt), numberColumn('revenue', revenue), stringColumn('group', group)],
  }
}
const columns = { id: 'customer_id', arm: 'creative', delivered: 'delivered', opened: 'opened', clicked: 'clicked', converted: 'converted', sentAt: 'sent_at', openedAt: 'opened_at', purchasedAt: 'purchased_at', revenue: 'revenue', group: 'group' }

describe('analyzeResults', () => {
  it('reproduces the issue statistics and reports every creative', () => {
    const r = analyzeResults(issueResults(), { columns, control: 'control', costs: { perContact: 0.5, fixed: { A: 100 } } })
    expect(r.arms.map((a) => a.arm)).toEqual(['A', 'B', 'C', 'D', 'E', 'control'])
    expect(r.tests.chiSquare.statistic).toBeCloseTo(3.976996900556407, 9)
    expect(r.tests.chiSquare.df).toBe(4)
    expect(Math.abs(r.tests.chiSquare.pValue! - 0.40912793204690734)).toBeLessThan(1e-9)
    const ab = r.tests.pairwise.find((t) => t.a === 'A' && t.b === 'B')!
    expect(Math.abs(ab.z! - 1.846372364689991)).toBeLessThan(1e-9)
    expect(Math.abs(ab.pValue! - 0.06483815699206645)).toBeLessThan(1e-9)
    expect(r.tests.pairwise).toHaveLength(10)
    // Holm over the 10 pairs: the smallest raw p (A vs B) is multiplied by 10
    expect(ab.pAdjusted).toBeCloseTo(Math.min(1, 10 * ab.pValue!), 12)
    const A = r.arms[0]
    expect(A.rates.conversion!.value).toBe(0.15)
    expect(A.rates.conversion!.lower).toBeCloseTo(0.10713593562241994, 9)
    expect(A.rates.conversion!.upper).toBeCloseTo(0.2060557928416666, 9)
    expect(A.rates.open!.value).toBeCloseTo((100 + 15) / 200, 12) // even i plus odd converters (15 of 30 are odd)
    expect(A.revenue).toEqual({ total: 1500, perContact: 7.5, perConversion: 50 })
    expect(A.cost).toBe(200) // 0.5·200 + 100
    expect(A.roi).toBeCloseTo(6.5, 12)
    // lift vs control 10/200
    expect(A.lift!.absolute).toBeCloseTo(0.1, 12)
    expect(A.lift!.relative).toBeCloseTo(2, 12)
    expect(r.tests.vsControl).toHaveLength(5)
    const ctrl = r.arms[5]
    expect(ctrl.delivered).toBeNull()
    expect(ctrl.rates.conversion!.value).toBe(0.05)
    // response times: send→open = 1..5 hours; send→purchase = 24 h; control has no send time (missing)
    expect(A.times!.sendToOpen.median).toBe(3)
    expect(A.times!.sendToPurchase.median).toBe(24)
    expect(A.times!.sendToOpen.histogram.reduce((s, x) => s + x, 0)).toBe(A.times!.sendToOpen.n)
    expect(r.timeHistograms!.sendToOpen).toHaveLength(21)
    expect(r.dataQuality.missingTimestamps.sendToPurchase).toBe(0) // the control group has no response times
    expect(ctrl.times).toBeNull()
    expect(r.byGroup.map((g) => g.group)).toEqual(['G1', 'G2'])
    expect(r.byGroup[0].tests.arms[0].base).toBe(100)
    expect(r.summary.map(inEn).join('; ')).toMatch(/^Creative A has the highest conversion \(15\.0%.*not significant \(chi-square p = 0\.4091\)/)
    expect(JSON.stringify(r)).not.toMatch(/NaN/)
  })

  it('a creative with nothing delivered: rates undefined, said so, left out of tests, no NaN', () => {
    const t = issueResults()
    const d = t.columns[2]
    if (d.storage !== 'number') throw new Error()
    for (let i = 200; i < 400; i++) d.values[i] = 0 // creative B: nothing delivered
    const r = analyzeResults(t, { columns, control: 'control' })
    const B = r.arms[1]
    expect(B.rates.open).toBeNull()
    expect(B.rates.conversion).toBeNull()
    expect(inEn(B.notes[0])).toMatch(/No email was delivered/)
    expect(r.tests.chiSquare.excluded).toEqual(['B'])
    expect(r.tests.chiSquare.df).toBe(3)
    expect(r.tests.pairwise).toHaveLength(6)
    expect(inEn(r.dataQuality.inconsistent[0])).toMatch(/18 customers converted without the email being delivered/)
    const json = JSON.stringify(r)
    expect(json).not.toMatch(/NaN|Infinity/)
    expect(JSON.parse(json).arms[1].rates.conversion).toBeNull()
  })

  it('results for customers not in the campaign are counted and left out; duplicates are refused', () => {
    const t = issueResults()
    const assign: Table = { name: 'assignment.csv', nRows: 1100, columns: [] }
    const ids: string[] = [], arms: string[] = []
    ;['A', 'B', 'C', 'D', 'E', 'control'].forEach((a) => { for (let i = 0; i < (a === 'E' ? 100 : 200); i++) { ids.push(`${a}${i}`); arms.push(a) } })
    assign.columns = [stringColumn('customer_id', ids), stringColumn('creative', arms)]
    const r = analyzeResults(t, { columns, control: 'control', assignment: assignmentLookup(assign, 'customer_id', 'creative') })
    expect(r.dataQuality.notInCampaign).toBe(100)
    expect(r.dataQuality.notInCampaignExamples).toEqual(['E100', 'E101', 'E102', 'E103', 'E104'])
    expect(inEn(r.warnings[0])).toMatch(/^100 result rows are for customers not in the campaign \(e\.g\. E100, E101, E102\)/)
    expect(r.arms[4].sent).toBe(100)
    const dup = issueResults()
    const idc = dup.columns[0]
    if (idc.storage !== 'string') throw new Error()
    idc.codes[5] = idc.codes[3]
    expect(() => analyzeResults(dup, { columns })).toThrow(/Duplicate customer id "A3" in the results \(rows 4 and 6/)
  })

  it('missing timestamps are excluded from the distributions and counted', () => {
    const t = issueResults()
    const oa = t.columns[7]
    if (oa.storage !== 'number') throw new Error()
    oa.values[0] = NaN // A0 opened, no time
    oa.values[2] = T0 - H // A2 opened before it was sent
    const r = analyzeResults(t, { columns, control: 'control' })
    expect(r.arms[0].times!.sendToOpen.missing).toBe(1)
    expect(r.arms[0].times!.sendToOpen.invalid).toBe(1)
    expect(r.warnings.map(inEn).join(' ')).toMatch(/send → open: 1 customer lacks a timestamp/)
  })

  it('bad flag values and unknown control are named', () => {
    const t = issueResults()
    t.columns[5] = stringColumn('converted', Array.from({ length: 1200 }, (_, i) => (i === 7 ? 'maybe' : 'no')))
    expect(() => analyzeResults(t, { columns })).toThrow(/Column "converted" must hold yes\/no or 1\/0; row 8 has "maybe"/)
    expect(() => analyzeResults(issueResults(), { columns, control: 'holdout' })).toThrow(/Control group "holdout"/)
  })
})

describe('A/B report texts in both languages from one result', () => {
  it('notes, data-quality lines and the summary', () => {
    const t = issueResults()
    const d = t.columns[2]
    if (d.storage !== 'number') throw new Error()
    for (let i = 200; i < 400; i++) d.values[i] = 0 // creative B: nothing delivered
    const r = analyzeResults(t, { columns, control: 'control' })
    expect(inEs(r.arms[1].notes[0])).toBe('No se entregó ningún email: las tasas de apertura, clic y conversión no están definidas para esta creatividad, que queda fuera de las pruebas')
    expect(inEs(r.dataQuality.inconsistent[0])).toBe('18 clientes convirtieron sin que se entregara el email')
    expect(inEn(r.dataQuality.inconsistent[0])).toBe('18 customers converted without the email being delivered')
    expect(inEs(r.summary[0])).toMatch(/^La creatividad \S+ tiene la conversión más alta \(\d+,\d\u00a0%, IC 95 % \d+,\d\u00a0%–\d+,\d\u00a0%\)/)
    expect(inEn(r.summary[0])).toMatch(/^Creative \S+ has the highest conversion \(\d+\.\d%, 95% CI/)
  })
  it('rows outside the campaign: Spanish warning', () => {
    const t = issueResults()
    const assign: Table = { name: 'assignment.csv', nRows: 1100, columns: [] }
    const ids: string[] = [], arms: string[] = []
    ;['A', 'B', 'C', 'D', 'E', 'control'].forEach((a) => { for (let i = 0; i < (a === 'E' ? 100 : 200); i++) { ids.push(`${a}${i}`); arms.push(a) } })
    assign.columns = [stringColumn('customer_id', ids), stringColumn('creative', arms)]
    const r = analyzeResults(t, { columns, control: 'control', assignment: assignmentLookup(assign, 'customer_id', 'creative') })
    expect(inEs(r.warnings[0])).toBe('100 filas de resultados son de clientes que no están en la campaña (p. ej., E100, E101, E102) y se han dejado fuera')
  })
})
