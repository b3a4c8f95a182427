import { describe, expect, it } from 'vitest'
import { measuredUpliftByBand, planBudget, upliftConversionTable, type MeasuredCustomer } from '@/ml/campaign/budget'

const bands = [
  { name: 'likely', min: 0.5, max: 1 },
  { name: 'hesitant', min: 0.15, max: 0.5 },
  { name: 'unlikely', min: 0, max: 0.15 },
]
const channels = [{ name: 'email', costPerContact: 0.1, conversionFactor: 1 }, { name: 'phone call', costPerContact: 5, conversionFactor: 1.6 }]

function group(score: number, treated: boolean, n: number, converted: number): MeasuredCustomer[] {
  return Array.from({ length: n }, (_, i) => ({ score, treated, converted: i < converted }))
}

describe('budget on the measured uplift', () => {
  // likely: 10/40 contacted vs 4/40 control; hesitant: 6/40 vs 3/30; unlikely: 1/10 vs 0/5 (too few)
  const customers = [
    ...group(0.7, true, 40, 10), ...group(0.6, false, 40, 4),
    ...group(0.3, true, 40, 6), ...group(0.2, false, 30, 3),
    ...group(0.05, true, 10, 1), ...group(0.1, false, 5, 0),
  ]

  it('measures the uplift per band, and the overall uplift for a band too small to measure', () => {
    const m = measuredUpliftByBand(bands, customers)
    // overall 17/90 − 7/75
    expect(m.overall).toEqual({ treated: 90, control: 75, uplift: expect.closeTo(17 / 90 - 7 / 75, 14) })
    expect(m.bands[0]).toEqual({ band: 'likely', treated: 40, control: 40, uplift: expect.closeTo(0.15, 14), source: 'band' })
    expect(m.bands[1]).toEqual({ band: 'hesitant', treated: 40, control: 30, uplift: expect.closeTo(0.05, 14), source: 'band' })
    expect(m.bands[2]).toEqual({ band: 'unlikely', treated: 10, control: 5, uplift: expect.closeTo(17 / 90 - 7 / 75, 14), source: 'overall' })
    expect(() => measuredUpliftByBand(bands, group(0.5, true, 10, 1))).toThrow(expect.objectContaining({ code: 'campaign.budget.error.noMeasured' }))
  })

  it('gives the tested channel the measured rate and scales other channels by their factor; the plan follows', () => {
    const m = measuredUpliftByBand(bands, customers)
    const table = upliftConversionTable(m, channels, 'email')
    expect(table[0][0]).toBeCloseTo(0.15, 14)
    expect(table[0][1]).toBeCloseTo(0.24, 14)
    expect(table[1][1]).toBeCloseTo(0.08, 14)
    // a negative uplift counts as no extra conversion
    const neg = upliftConversionTable({ ...m, bands: [{ ...m.bands[0], uplift: -0.02 }] }, channels, 'email')
    expect(neg).toEqual([[0, 0]])
    expect(() => upliftConversionTable(m, channels, 'sms')).toThrow(expect.objectContaining({ code: 'campaign.budget.error.noTestedChannel' }))
    // 100 likely customers at 50 per conversion: email 100·0.15·50 − 10 = 740, phone 100·0.24·50 − 500 = 700 → email
    const plan = planBudget({ bands, channels, customers: [100, 100, 0], conversion: table, revenuePerConversion: 50 })
    expect(plan.bands[0].options.map((o) => o.profit)).toEqual([expect.closeTo(740, 9), expect.closeTo(700, 9)])
    expect(plan.bands[0].suggested).toBe('email')
    // hesitant: email 100·0.05·50 − 10 = 240, phone 100·0.08·50 − 500 = −100 → email
    expect(plan.bands[1].suggested).toBe('email')
  })
})
