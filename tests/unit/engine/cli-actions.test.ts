import { describe, expect, it } from 'vitest'
import { numberColumn, stringColumn, type Table } from '../../../src/data/table'
import { campaignEngine } from '../../../src/engine/campaign'
import { segmentEngine } from '../../../src/engine/segment'
import { ResultCache } from '../../../src/engine/cache'
import { MessageError as CodedError } from '../../../src/ml/core/message'
import { MessageError } from '../../../src/ml/stats/messages'

/** The engine actions the CLI's file commands run (abtest, reeval, clv), driven in Node with hand-made tables. */
const table = (name: string, cols: Table['columns']): { table: Table; schema: [] } => ({ table: { name, nRows: cols[0].storage === 'number' ? cols[0].values.length : cols[0].codes.length, columns: cols }, schema: [] })

function abFile(): ReturnType<typeof table> {
  // control 100 (10 converted), A 100 (20), B 50 (5)
  const arm: string[] = [], conv: string[] = []
  for (const [a, n, x] of [['control', 100, 10], ['A', 100, 20], ['B', 50, 5]] as const) for (let i = 0; i < n; i++) { arm.push(a); conv.push(i < x ? 'yes' : 'no') }
  return table('ab.csv', [stringColumn('arm', arm), stringColumn('converted', conv)])
}

describe('campaign.abtestFile', () => {
  const engine = campaignEngine({ tables: () => abFile() })
  const args = { datasetId: 'ab', columns: { arm: 'arm', converted: 'converted' }, control: 'control', conversionBase: 'sent' as const, alpha: 0.05 }

  it('checks the arm sizes against the planned weights (χ² by hand) and compares each arm with the control', () => {
    const r = engine.abtestFile({ ...args, weights: { A: 2, B: 1, control: 2 } })
    // planned 2:1:2 of 250 → 100, 50, 100 expected: observed exactly that, χ² = 0
    expect(r.srm.chi2).toBeCloseTo(0, 12)
    expect(r.srm.weights).toEqual(r.analysis.arms.map((a) => ({ A: 2, B: 1, control: 2 })[a.arm]))
    const equal = engine.abtestFile(args)
    // equal split: expected 250/3 each
    const e = 250 / 3
    expect(equal.srm.chi2).toBeCloseTo(((100 - e) ** 2 * 2 + (50 - e) ** 2) / e, 10)
    const a = equal.vsControl.A!
    expect('estimate' in a.absolute && a.absolute.estimate).toBeCloseTo(0.1, 12)
    expect(equal.vsControl.control).toBeUndefined()
  })

  it('refuses weights that do not fit the arms, as codes', () => {
    const code = (w: number[] | Record<string, number>): string => {
      try {
        engine.abtestFile({ ...args, weights: w })
      } catch (e) {
        return (e as MessageError).code
      }
      return 'none'
    }
    expect(code([1, 1])).toBe('uplift.ab.weightCount')
    expect(code({ A: 1, Z: 1 })).toBe('uplift.ab.weightNotArm')
    expect(code({ A: 1, B: 1 })).toBe('uplift.ab.weightMissing')
    expect(code([1, 0, 1])).toBe('uplift.ab.srmWeightPositive')
  })
})

describe('campaign.reevalFiles', () => {
  it('matches the list with the results by id; list customers without a result are left out and counted', () => {
    const list = table('list.csv', [stringColumn('customer_id', ['a', 'b', 'c', 'd']), stringColumn('creative', ['A', 'A', 'control', 'A']), numberColumn('score', [0.5, 0.5, 0.2, 0.9])])
    const results = table('res.csv', [stringColumn('id', ['a', 'b', 'c']), stringColumn('converted', ['yes', 'no', '0'])])
    const engine = campaignEngine({ tables: (id) => (id === 'list' ? list : results) })
    const r = engine.reevalFiles({ assignmentId: 'list', idColumn: 'customer_id', resultsId: 'res', resultsIdColumn: 'id', converted: 'converted' })
    expect(r.customers).toBe(3)
    expect(r.warnings.map((w) => (typeof w === 'string' ? w : w.code))).toContain('campaign.reeval.noOutcome')
    const armA = r.arms.find((x) => x.key === 'A')!
    // two A customers, one responded; each predicted 0.5
    expect(armA.customers).toBe(2)
    expect(r.arms.find((x) => x.key === 'control')!.isControl).toBe(true)
    const bad = table('bad.csv', [stringColumn('id', ['a']), stringColumn('converted', ['maybe'])])
    const e2 = campaignEngine({ tables: (id) => (id === 'list' ? list : bad) })
    expect(() => e2.reevalFiles({ assignmentId: 'list', idColumn: 'customer_id', resultsId: 'bad', resultsIdColumn: 'id', converted: 'converted' })).toThrow(CodedError)
  })
})

describe('segment.clvFromSummary', () => {
  it('refuses a recency beyond the age with its clv.msg code', () => {
    const t = table('s.csv', [numberColumn('x', [1, 0, 3]), numberColumn('tx', [2, 0, 7]), numberColumn('T', [5, 5, 5])])
    const engine = segmentEngine({ tables: () => t, results: new ResultCache() })
    const ctx = { cancel: { cancelled: false }, onProgress: () => {} }
    let caught: unknown
    try {
      engine.clvFromSummary({ datasetId: 's', columns: { frequency: 'x', recency: 'tx', T: 'T' }, period: 'day', horizon: 90, months: 12, discount: 0.01 }, ctx)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(CodedError)
    expect((caught as CodedError).code).toMatch(/^clv\.msg\./)
  })
})
