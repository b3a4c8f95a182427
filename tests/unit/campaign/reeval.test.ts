import { describe, expect, it } from 'vitest'
import { labelledTable, negativeLabel, purchasersWithin, reevaluate, type ReevalCustomer } from '@/ml/campaign'
import { getColumn, numberColumn, stringColumn, stringValues, type Table } from '@/data/table'
import { renderMessage } from '@/i18n/render'

/**
 * Expected values by hand (z = 1.959964):
 *  A: 40 customers at p = 0.5, 30 responders. Σp = 20, Σp(1−p) = 10; interval of the prediction
 *     (20 ∓ z·√10) / 40 = [0.345051, 0.654949]; observed 0.75 above it → "under" (the model
 *     predicted too little); gap +25.0 points; Wilson(30, 40) = [0.598060, 0.858129].
 *  B: 50 customers at p = 0.2, 2 responders. Σp = 10, Σp(1−p) = 8; (10 ∓ z·√8) / 50 =
 *     [0.089128, 0.310872]; observed 0.04 below → "over"; gap −16.0; Wilson(2, 50) = [0.011039, 0.134601].
 *  control: 20 at p = 0.2, Σp(1−p) = 3.2 < 5 → too small to judge.
 *  G1 = 20 of A (15 yes) + 25 of B (1 yes): Σp = 15, Σp(1−p) = 9, (15 ∓ 3z) / 45 = [0.202669, 0.463998],
 *  observed 16/45 = 0.355556 → ok. Contacted (A + B): Σp = 30, Σp(1−p) = 18, (30 ∓ z·√18) / 90 =
 *  [0.240940, 0.425727], observed 32/90 → ok.
 */
function campaign(): ReevalCustomer[] {
  const out: ReevalCustomer[] = []
  const add = (arm: string, n: number, p: number, yes: number, group: (i: number) => string, yesAt: (i: number) => boolean) => {
    for (let i = 0; i < n; i++) out.push({ id: `${arm}${i}`, arm, group: group(i), score: p, outcome: yesAt(i) ? 1 : 0 })
    expect(out.filter((c) => c.arm === arm && c.outcome).length).toBe(yes)
  }
  // A: G1 = first 20 (15 yes: 0..14), G2 = last 20 (15 yes: 20..34)
  add('A', 40, 0.5, 30, (i) => (i < 20 ? 'G1' : 'G2'), (i) => i % 20 < 15)
  // B: G1 = first 25 (1 yes: 0), G2 = last 25 (1 yes: 25)
  add('B', 50, 0.2, 2, (i) => (i < 25 ? 'G1' : 'G2'), (i) => i === 0 || i === 25)
  add('control', 20, 0.2, 1, () => 'G1', (i) => i === 0)
  return out
}

describe('re-evaluation: predicted against observed', () => {
  const r = reevaluate(campaign(), { outcome: 'converted', control: 'control' })
  const arm = (k: string) => r.arms.find((a) => a.key === k)!

  it('per creative: interval of the prediction, Wilson interval, gap and verdict', () => {
    const a = arm('A')
    expect(a.customers).toBe(40)
    expect(a.expected).toBeCloseTo(20, 10)
    expect(a.predictedRate).toBeCloseTo(0.5, 10)
    expect(a.predictionInterval.lower).toBeCloseTo(0.345051, 6)
    expect(a.predictionInterval.upper).toBeCloseTo(0.654949, 6)
    expect(a.observed.lower).toBeCloseTo(0.59806, 5)
    expect(a.observed.upper).toBeCloseTo(0.858129, 5)
    expect(a.gapPoints).toBeCloseTo(25, 10)
    expect(a.verdict).toBe('under')
    const b = arm('B')
    expect(b.predictionInterval.lower).toBeCloseTo(0.089128, 6)
    expect(b.predictionInterval.upper).toBeCloseTo(0.310872, 6)
    expect(b.observed.lower).toBeCloseTo(0.011039, 5)
    expect(b.observed.upper).toBeCloseTo(0.134601, 5)
    expect(b.gapPoints).toBeCloseTo(-16, 10)
    expect(b.verdict).toBe('over')
  })

  it('the control is shown, not judged when too small, and left out of groups and the total', () => {
    const c = arm('control')
    expect(c.isControl).toBe(true)
    expect(c.verdict).toBe('small')
    expect(r.overall.customers).toBe(90)
    expect(r.overall.expected).toBeCloseTo(30, 10)
    expect(r.overall.predictionInterval.lower).toBeCloseTo(0.24094, 5)
    expect(r.overall.predictionInterval.upper).toBeCloseTo(0.425727, 5)
    expect(r.overall.verdict).toBe('ok')
    const g1 = r.groups.find((g) => g.key === 'G1')!
    expect(g1.customers).toBe(45)
    expect(g1.observed.value).toBeCloseTo(16 / 45, 12)
    expect(g1.predictionInterval.lower).toBeCloseTo(0.202669, 6)
    expect(g1.predictionInterval.upper).toBeCloseTo(0.463998, 6)
    expect(g1.verdict).toBe('ok')
  })

  it('says it in plain words, with numbers in the reader\'s locale', () => {
    expect(r.summary.code).toBe('campaign.reeval.summary.some')
    expect(renderMessage(r.summary, 'en')).toMatch(/2 /)
    const en = renderMessage(arm('B').message, 'en')
    expect(en).toContain('(10.0 responders of 50)')
    expect(en).toMatch(/20(\.0)? ?%/)
    expect(en).toMatch(/4(\.0)? ?%/)
    expect(en).toMatch(/16\.0 points/)
    const es = renderMessage(arm('B').message, 'es')
    expect(es).toMatch(/16,0 puntos/)
    expect(es).not.toMatch(/points|predicted/)
    expect(renderMessage(arm('A').message, 'en')).toMatch(/more/)
  })

  it('an overall miss leads the summary', () => {
    const all = campaign().map((c) => (c.arm === 'control' ? c : { ...c, outcome: 0 as const }))
    const s = reevaluate(all, { outcome: 'purchased', days: 90, control: 'control' })
    expect(s.overall.verdict).toBe('over')
    expect(s.summary.code).toBe('campaign.reeval.summary.over')
    expect(s.days).toBe(90)
  })

  it('refuses scores outside [0, 1] and a campaign with nobody contacted', () => {
    expect(() => reevaluate([{ id: 'x', arm: 'A', group: null, score: 1.5, outcome: 1 }], { outcome: 'converted' })).toThrow(/x/)
    expect(() => reevaluate([{ id: 'x', arm: 'control', group: null, score: 0.5, outcome: 1 }], { outcome: 'converted', control: 'control' })).toThrow()
  })
})

describe('the labelled dataset for the retrain', () => {
  const t: Table = {
    name: 'scored', nRows: 4,
    columns: [
      stringColumn('id', ['c1', 'c2', 'c3', 'c4']),
      numberColumn('age', [30, 40, 50, 60]),
      stringColumn('y', ['no', 'no', 'yes', 'no']),
      numberColumn('probability', [0.1, 0.2, 0.3, 0.4]),
    ],
  }
  it('keeps the contacted rows, replaces the target with the outcome, drops the score', () => {
    const l = labelledTable(t, [3, 1], [1, 0], { target: 'y', positive: 'yes', negative: negativeLabel(t, 'y', 'yes'), drop: ['probability'], name: 'outcomes' })
    expect(l.nRows).toBe(2)
    expect(l.columns.map((c) => c.name)).toEqual(['id', 'age', 'y'])
    expect(stringValues(getColumn(l, 'id'))).toEqual(['c4', 'c2'])
    expect(stringValues(getColumn(l, 'y'))).toEqual(['yes', 'no'])
  })
  it('names the negative outcome as the data does, else the usual opposite', () => {
    expect(negativeLabel(t, 'y', 'yes')).toBe('no')
    expect(negativeLabel(t, 'bought', '1')).toBe('0')
    expect(negativeLabel(t, 'bought', 'buyer')).toBe('not buyer')
  })
})

describe('purchase within the follow-up window', () => {
  it('counts a purchase after the send and by send + N days only', () => {
    const day = 86_400_000
    const tx: Table = { name: 'tx', nRows: 4, columns: [stringColumn('customer', ['a', 'b', 'c', 'a']), numberColumn('date', [5 * day, 0, 40 * day, 20 * day])] }
    const cs = ['a', 'b', 'c'].map((id) => ({ id, arm: 'A', converted: false }))
    const got = purchasersWithin(cs, tx, { days: 30, defaultSendDate: 0, columns: { customer: 'customer', date: 'date' } })
    // b bought at the send itself (not after it), c after 40 days
    expect([...got]).toEqual(['a'])
  })
})
