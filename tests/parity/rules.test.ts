/**
 * Parity with R arules 1.7-9 apriori() on Groceries (../shared/reference, section (e)).
 * Groceries is GPL-3 and is read from ../shared only, never committed.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import { parseCsvRows } from '../fixtures/segmentation/retailCsv'
import { basketsFromLines, type Baskets } from '../../src/ml/rules/baskets'
import { apriori } from '../../src/ml/rules/rules'
import { itemsetRows, itemsetSizeCounts } from '../../src/ml/rules/itemsets'
import { sortRuleIndex } from '../../src/ml/rules/explore'
import { ruleRow } from '../../src/ml/rules/rules'

interface RefRule {
  key: string
  lhs: string
  rhs: string
  support: number
  confidence: number
  coverage: number
  lift: number
  count: number
}

const setKey = (labels: string[]): string => [...labels].sort().join('\u0001')
const parseSet = (s: string): string[] => (s === '{}' ? [] : s.slice(1, -1).split(','))

function readRefRules(file: string): RefRule[] {
  const rows = parseCsvRows(readFileSync(sharedPath('reference', file), 'utf8'))
  const h = rows[0]
  const col = (name: string): number => h.indexOf(name)
  return rows.slice(1).map((r) => ({
    key: `${setKey(parseSet(r[col('lhs')]))}=>${parseSet(r[col('rhs')])[0]}`,
    lhs: r[col('lhs')],
    rhs: r[col('rhs')],
    support: Number(r[col('support')]),
    confidence: Number(r[col('confidence')]),
    coverage: Number(r[col('coverage')]),
    lift: Number(r[col('lift')]),
    count: Number(r[col('count')]),
  }))
}

function readRefItemsets(file: string): Map<string, { support: number; count: number }> {
  const rows = parseCsvRows(readFileSync(sharedPath('reference', file), 'utf8'))
  const m = new Map<string, { support: number; count: number }>()
  for (const r of rows.slice(1)) m.set(setKey(parseSet(r[0])), { support: Number(r[1]), count: Number(r[2]) })
  return m
}

describe.skipIf(!SHARED)('rules parity with R arules (Groceries)', () => {
  let b: Baskets
  beforeAll(() => {
    b = basketsFromLines(readFileSync(sharedPath('data', 'groceries', 'groceries.csv'), 'utf8'))
  })

  it('reads 9,835 transactions over 169 items', () => {
    expect(b.offsets.length - 1).toBe(9835)
    expect(b.items.length).toBe(169)
  })

  const cases = [
    { s: 0.001, c: 0.5, itemsets: 13492, rules: 5668, bySize: [0, 157, 2981, 6831, 3137, 376, 10] },
    { s: 0.01, c: 0.3, itemsets: 333, rules: 125, bySize: [0, 88, 213, 32] },
  ]
  for (const tc of cases) {
    describe(`support >= ${tc.s}, confidence >= ${tc.c}`, () => {
      it('counts, rule set and metrics match the reference', () => {
        const { itemsets, rules } = apriori(b, { minSupport: tc.s, minConfidence: tc.c })
        expect(itemsets.size).toBe(tc.itemsets)
        expect(itemsetSizeCounts(itemsets).slice(0, tc.bySize.length)).toEqual(tc.bySize)
        expect(rules.rhs.length).toBe(tc.rules)
        const ref = readRefRules(`groceries_rules_csv_s${tc.s}_c${tc.c}.csv`)
        expect(ref.length).toBe(tc.rules)
        const mine = new Map<string, number>()
        for (let k = 0; k < rules.rhs.length; k++) {
          const row = ruleRow(rules, k)
          mine.set(`${setKey(row.lhs)}=>${row.rhs[0]}`, k)
        }
        expect(mine.size).toBe(tc.rules)
        let maxDiff = 0
        for (const r of ref) {
          const k = mine.get(r.key)
          expect(k, `rule ${r.lhs} => ${r.rhs} missing`).toBeDefined()
          const kk = k as number
          expect(rules.count[kk]).toBe(r.count)
          for (const m of ['support', 'confidence', 'coverage', 'lift'] as const) maxDiff = Math.max(maxDiff, Math.abs(rules[m][kk] - r[m]))
        }
        expect(maxDiff).toBeLessThan(1e-9)
      })

      it('top 10 by lift equals the reference order (ties: count desc, shorter LHS first, labels)', () => {
        const { rules } = apriori(b, { minSupport: tc.s, minConfidence: tc.c })
        const ref = readRefRules(`groceries_rules_csv_s${tc.s}_c${tc.c}.csv`).slice(0, 10)
        const top = Array.from(sortRuleIndex(rules, 'lift').subarray(0, 10), (k) => {
          const row = ruleRow(rules, k)
          return `${setKey(row.lhs)}=>${row.rhs[0]}`
        })
        expect(top).toEqual(ref.map((r) => r.key))
      })

      it('frequent itemsets identical to the reference file', () => {
        const { itemsets } = apriori(b, { minSupport: tc.s, minConfidence: tc.c })
        const ref = readRefItemsets(`groceries_itemsets_csv_s${tc.s}.csv`)
        const rows = itemsetRows(itemsets)
        expect(rows.length).toBe(ref.size)
        let maxDiff = 0
        for (const row of rows) {
          const r = ref.get(setKey(row.items))
          expect(r, `itemset {${row.items.join(',')}} not in the reference`).toBeDefined()
          expect(row.count).toBe(r?.count)
          maxDiff = Math.max(maxDiff, Math.abs(row.support - (r?.support ?? NaN)))
        }
        expect(maxDiff).toBeLessThan(1e-12)
      })
    })
  }
})
