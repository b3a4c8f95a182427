/**
 * Issue 14 parity: the Groceries file read the way the app reads a dropped file (format detected as
 * one basket per line, no option given), turned into baskets from its basket/item columns as the
 * Patterns page does, and mined at support 0.001 / confidence 0.5 gives R arules' 5,668 rules
 * (../shared/reference/groceries_rules_csv_s0.001_c0.5.csv). Groceries is GPL-3: read from
 * ../shared only, never committed.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readTableFileFull } from '../../src/data/node'
import { basketsFromTable } from '../../src/ml/rules/baskets'
import { apriori, ruleRow } from '../../src/ml/rules/rules'
import { parseCsvRows } from '../fixtures/segmentation/retailCsv'
import { SHARED, sharedPath } from '../shared'

const setKey = (labels: string[]): string => [...labels].sort().join('\u0001')
const parseSet = (s: string): string[] => (s === '{}' ? [] : s.slice(1, -1).split(','))

describe.skipIf(!SHARED)('Groceries as a dropped basket-per-line file (R arules parity)', () => {
  it('detected as one basket per line; 9,835 baskets; 5,668 rules equal to the reference', async () => {
    const r = await readTableFileFull(sharedPath('data', 'groceries', 'groceries.csv'))
    expect(r.format).toBe('baskets')
    expect(r.warnings.join(' ')).toMatch(/read as one basket per line/)
    const b = basketsFromTable(r.table, 'basket', 'item')
    expect(b.offsets.length - 1).toBe(9835)
    expect(b.items.length).toBe(169)
    const { rules } = apriori(b, { minSupport: 0.001, minConfidence: 0.5 })
    const rows = parseCsvRows(readFileSync(sharedPath('reference', 'groceries_rules_csv_s0.001_c0.5.csv'), 'utf8'))
    const h = rows[0]
    const ref = rows.slice(1).map((x) => ({ key: `${setKey(parseSet(x[h.indexOf('lhs')]))}=>${parseSet(x[h.indexOf('rhs')])[0]}`, count: Number(x[h.indexOf('count')]), lift: Number(x[h.indexOf('lift')]) }))
    expect(ref.length).toBe(5668)
    expect(rules.rhs.length).toBe(5668)
    const mine = new Map<string, number>()
    for (let k = 0; k < rules.rhs.length; k++) {
      const row = ruleRow(rules, k)
      mine.set(`${setKey(row.lhs)}=>${row.rhs[0]}`, k)
    }
    let maxLift = 0
    for (const x of ref) {
      const k = mine.get(x.key)
      expect(k, x.key).toBeDefined()
      expect(rules.count[k as number]).toBe(x.count)
      maxLift = Math.max(maxLift, Math.abs(rules.lift[k as number] - x.lift))
    }
    expect(maxLift).toBeLessThan(1e-9)
  })
})
