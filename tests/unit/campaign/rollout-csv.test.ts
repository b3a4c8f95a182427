import { describe, expect, it } from 'vitest'
import { rolloutCsv } from '@/ml/campaign/export'

describe('roll-out list CSV', () => {
  it('one row per customer in plan order, best creative, its uplift and profit, every creative\'s uplift; ids neutralised', () => {
    const csv = rolloutCsv({
      ids: ['C1', '=HYPERLINK("x")', 'C3'],
      arms: ['A', 'Spring offer'],
      rows: [{ row: 2, arm: 'Spring offer', uplift: 0.08, profit: 3 }, { row: 1, arm: 'A', uplift: 0.05, profit: 1.5 }],
      uplift: [[0.01, 0.05, 0.02], [-0.01, 0.04, 0.08]],
    })
    expect(csv).toBe([
      'rank,customer_id,best_creative,predicted_uplift,expected_profit,uplift_A,uplift_Spring_offer',
      '1,C3,Spring offer,0.08,3,0.02,0.08',
      // prefixed with ' against formula injection, quotes doubled, the cell quoted
      '2,"\'=HYPERLINK(""x"")",A,0.05,1.5,0.05,0.04',
      '',
    ].join('\n'))
  })

  it('adds the reasons when given: column=value (+log-odds), most first', () => {
    const csv = rolloutCsv({
      ids: ['C1', 'C2'], arms: ['A'], rows: [{ row: 1, arm: 'A', uplift: 0.1, profit: 4 }], uplift: [[0, 0.1]],
      reasons: [[{ column: 'age', value: '57', effect: 0.8432 }, { column: 'region', value: 'North, East', effect: 0.3 }]],
    })
    expect(csv).toBe('rank,customer_id,best_creative,predicted_uplift,expected_profit,uplift_A,reasons\n1,C2,A,0.1,4,0.1,"age=57 (+0.84); region=North, East (+0.30)"\n')
  })
})
