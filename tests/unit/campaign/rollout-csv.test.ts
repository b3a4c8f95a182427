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
})
