import { describe, it, expect } from 'vitest'
import { basketsFromLists } from '../../../src/ml/rules/baskets'
import { apriori, ruleRow, type RuleSet } from '../../../src/ml/rules/rules'
import { filterRules, sortRuleIndex, redundantMask, pruneRedundant, paginateRules, rulesToCsv, ruleScatter, ruleGraph, topRules } from '../../../src/ml/rules/explore'
import { csvCell } from '../../../src/data/csv'
import { segmentContrast } from '../../../src/ml/rules/segment'

const lists = [
  ['a', 'b', 'c'],
  ['a', 'b'],
  ['a', 'b', 'c'],
  ['a', 'c'],
  ['b', 'c'],
  ['a', 'b', 'c', 'd'],
  ['d'],
  ['a', 'd'],
]
const rules = (): RuleSet => apriori(basketsFromLists(lists), { minSupport: 0.25, minConfidence: 0.3 }).rules
const label = (r: RuleSet, k: number): string => {
  const x = ruleRow(r, k)
  return `{${x.lhs.join(',')}}=>{${x.rhs[0]}}`
}

describe('working with rules', () => {
  it('filters by items on either side and by metrics', () => {
    const r = rules()
    const rhsC = filterRules(r, { rhsAny: ['c'] })
    expect(rhsC.rhs.length).toBeGreaterThan(0)
    for (let k = 0; k < rhsC.rhs.length; k++) expect(ruleRow(rhsC, k).rhs).toEqual(['c'])
    const lhsA = filterRules(r, { lhsAll: ['a', 'b'] })
    for (let k = 0; k < lhsA.rhs.length; k++) expect(ruleRow(lhsA, k).lhs).toEqual(['a', 'b'])
    const any = filterRules(r, { itemsAny: ['d'] })
    for (let k = 0; k < any.rhs.length; k++) {
      const x = ruleRow(any, k)
      expect([...x.lhs, ...x.rhs]).toContain('d')
    }
    const strong = filterRules(r, { minLift: 1.0001, maxLhsLength: 1 })
    for (let k = 0; k < strong.rhs.length; k++) {
      expect(strong.lift[k]).toBeGreaterThan(1)
      expect(ruleRow(strong, k).lhs.length).toBe(1)
    }
  })

  it('sorts by any metric with the stated tie key (count desc, shorter LHS, labels, RHS)', () => {
    const r = rules()
    for (const m of ['support', 'confidence', 'lift', 'leverage', 'coverage'] as const) {
      const idx = sortRuleIndex(r, m)
      for (let q = 1; q < idx.length; q++) {
        const a = idx[q - 1]
        const b = idx[q]
        expect(r[m][a]).toBeGreaterThanOrEqual(r[m][b])
        if (r[m][a] === r[m][b]) {
          expect(r.count[a] > r.count[b] || (r.count[a] === r.count[b] && ruleRow(r, a).lhs.length <= ruleRow(r, b).lhs.length)).toBe(true)
        }
      }
      // ascending is the reverse order on the metric
      const asc = sortRuleIndex(r, m, false)
      expect(r[m][asc[0]]).toBe(Math.min(...r[m]))
    }
  })

  it('prunes rules whose more general rule is at least as confident', () => {
    // {a,b}=>c has confidence 3/4... compare by hand against every subset rule
    const r = rules()
    const red = redundantMask(r)
    const conf = new Map<string, number>()
    for (let k = 0; k < r.rhs.length; k++) conf.set(label(r, k), r.confidence[k])
    for (let k = 0; k < r.rhs.length; k++) {
      const x = ruleRow(r, k)
      let expected = false
      const L = x.lhs.length
      for (let m = 0; m < (1 << L) - 1; m++) {
        const sub = x.lhs.filter((_, j) => m & (1 << j))
        const c = conf.get(`{${sub.join(',')}}=>{${x.rhs[0]}}`)
        if (c !== undefined && c >= x.confidence) expected = true
      }
      expect(red[k] === 1).toBe(expected)
    }
    expect(pruneRedundant(r).rhs.length).toBe(r.rhs.length - red.reduce((s, v) => s + v, 0))
  })

  it('paginates', () => {
    const r = rules()
    const p = paginateRules(r, 1, 3, sortRuleIndex(r, 'lift'))
    expect(p.total).toBe(r.rhs.length)
    expect(p.pages).toBe(Math.ceil(r.rhs.length / 3))
    expect(p.rows.length).toBe(Math.min(3, r.rhs.length - 3))
    expect(paginateRules(r, 999, 3).page).toBe(p.pages - 1)
    expect(() => paginateRules(r, 0, 0)).toThrow(RangeError)
  })

  it('CSV export is complete and formula-injection safe', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell(-0.5)).toBe('-0.5')
    expect(csvCell(Infinity)).toBe('Infinity')
    const b = basketsFromLists([['=cmd', 'x, y'], ['=cmd', 'x, y'], ['q"t']])
    const r = apriori(b, { minSupport: 0.5, minConfidence: 0.5 }).rules
    const csv = rulesToCsv(r)
    const lines = csv.trim().split('\n')
    expect(lines[0]).toBe('lhs,rhs,support,confidence,coverage,lift,count,leverage,conviction')
    expect(lines.length).toBe(r.rhs.length + 1)
    expect(csv).toContain('"{=cmd}"'.slice(1, -1))
    expect(csv).toContain('"{x, y}"')
  })

  it('chart data: scatter coloured by lift and a graph of the top rules', () => {
    const r = rules()
    const s = ruleScatter(r)
    expect(s.support.length).toBe(r.rhs.length)
    expect(s.liftMax).toBe(Math.max(...r.lift))
    const s2 = ruleScatter(r, 2)
    expect(s2.truncated).toBe(true)
    expect(Array.from(s2.lift)).toEqual(topRules(r, 2).map((x) => x.lift))
    const g = ruleGraph(r, 3)
    const ruleNodes = g.nodes.filter((n) => n.kind === 'rule')
    expect(ruleNodes.length).toBe(3)
    for (const e of g.edges) expect(g.nodes.some((n) => n.id === e.source) && g.nodes.some((n) => n.id === e.target)).toBe(true)
  })
})

describe('segment contrast', () => {
  it('finds the rules that distinguish a segment, with metrics outside it', () => {
    // segment: baskets 0..3, where a and b go together; outside they rarely do
    const b = basketsFromLists([['a', 'b'], ['a', 'b'], ['a', 'b', 'c'], ['c'], ['a', 'c'], ['b', 'c'], ['a', 'b'], ['c']])
    const mask = [1, 1, 1, 1, 0, 0, 0, 0]
    const res = segmentContrast(b, mask, { minSupport: 0.5, minConfidence: 0.5 })
    expect(res.segmentTransactions).toBe(4)
    expect(res.restTransactions).toBe(4)
    const k = Array.from({ length: res.rules.rhs.length }, (_, q) => q).find((q) => label(res.rules, q) === '{a}=>{b}') as number
    expect(res.rules.support[k]).toBe(0.75)
    expect(res.supportOut[k]).toBe(0.25)
    expect(res.confidenceOut[k]).toBe(0.5)
    expect(res.growth[k]).toBe(3)
    expect(res.supportDiff[k]).toBe(0.5)
    expect(Array.from(res.distinguishing)).toContain(k)
    expect(res.top[0].growth).toBeGreaterThanOrEqual(2)
    expect(() => segmentContrast(b, [1, 1, 1, 1, 1, 1, 1, 1], { minSupport: 0.5, minConfidence: 0.5 })).toThrow(/no one else/)
  })
})
