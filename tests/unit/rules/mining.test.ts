import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { basketsFromLines, basketsFromLists, basketsFromTable, verticalBitsets, summarizeBaskets, type Baskets } from '../../../src/ml/rules/baskets'
import { mineItemsets, itemsetRows, minCountFor, ItemsetExplosionError, estimateItemsets } from '../../../src/ml/rules/itemsets'
import { apriori, ruleRow } from '../../../src/ml/rules/rules'
import { stringColumn, numberColumn, type Table } from '../../../src/data/table'

/** Brute force: every subset of the item universe, counted by scanning the baskets. */
function naive(lists: string[][], minSupport: number, minConfidence: number, maxLen: number) {
  const N = lists.length
  const sets = lists.map((l) => new Set(l.map((s) => s.trim()).filter((s) => s)))
  const universe = [...new Set(sets.flatMap((s) => [...s]))].sort()
  const count = (xs: string[]): number => sets.filter((s) => xs.every((x) => s.has(x))).length
  const freq = new Map<string, number>()
  for (let m = 1; m < 1 << universe.length; m++) {
    const xs = universe.filter((_, j) => m & (1 << j))
    if (xs.length > maxLen) continue
    const c = count(xs)
    if (c / N >= minSupport) freq.set(xs.join('|'), c)
  }
  const rules = new Map<string, { count: number; confidence: number; lift: number; coverage: number }>()
  for (const [k, c] of freq) {
    const xs = k.split('|')
    for (const y of xs) {
      const lhs = xs.filter((x) => x !== y)
      const lc = lhs.length ? count(lhs) : N
      const conf = c / lc
      if (conf >= minConfidence) rules.set(`${lhs.join('|')}=>${y}`, { count: c, confidence: conf, lift: conf / (count([y]) / N), coverage: lc / N })
    }
  }
  return { freq, rules }
}

const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const basketArb = fc.array(fc.subarray(ITEMS), { minLength: 1, maxLength: 40 })

describe('frequent itemsets and rules agree with a brute-force enumerator', () => {
  it('random baskets, random thresholds and max lengths', () => {
    fc.assert(
      fc.property(basketArb, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 7 }), (lists, s, c, maxLen) => {
        const minSupport = s / 20
        const minConfidence = c / 20
        const b = basketsFromLists(lists)
        const { itemsets, rules } = apriori(b, { minSupport, minConfidence, maxLen })
        const ref = naive(lists, minSupport, minConfidence, maxLen)
        const mineSets = new Map(itemsetRows(itemsets).map((r) => [r.items.join('|'), r.count]))
        expect(mineSets).toEqual(ref.freq)
        expect(rules.rhs.length).toBe(ref.rules.size)
        for (let k = 0; k < rules.rhs.length; k++) {
          const row = ruleRow(rules, k)
          const r = ref.rules.get(`${row.lhs.join('|')}=>${row.rhs[0]}`)
          expect(r).toBeDefined()
          expect(row.count).toBe(r?.count)
          expect(row.confidence).toBe(r?.confidence)
          expect(row.coverage).toBe(r?.coverage)
          expect(Math.abs(row.lift - (r?.lift ?? NaN))).toBeLessThan(1e-12)
        }
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  it('empty-LHS rules appear exactly when an item support reaches min confidence (inclusive)', () => {
    // a in 3 of 4 baskets (0.75), b in 2 of 4 (0.5)
    const b = basketsFromLists([['a', 'b'], ['a'], ['a', 'b'], ['c']])
    const { rules } = apriori(b, { minSupport: 0.25, minConfidence: 0.5 })
    const empty = Array.from({ length: rules.rhs.length }, (_, k) => ruleRow(rules, k)).filter((r) => r.lhs.length === 0)
    expect(empty.map((r) => r.rhs[0]).sort()).toEqual(['a', 'b'])
    const ab = Array.from({ length: rules.rhs.length }, (_, k) => ruleRow(rules, k)).find((r) => r.lhs.join() === 'a' && r.rhs[0] === 'b')
    // {a} => {b}: support 0.5, confidence 2/3, lift (2/3)/0.5, leverage 0.5 - 0.75*0.5, conviction (1-0.5)/(1-2/3)
    expect(ab?.support).toBe(0.5)
    expect(ab?.confidence).toBeCloseTo(2 / 3, 15)
    expect(ab?.lift).toBeCloseTo(4 / 3, 15)
    expect(ab?.leverage).toBeCloseTo(0.125, 15)
    expect(ab?.conviction).toBeCloseTo(1.5, 14)
    const ba = Array.from({ length: rules.rhs.length }, (_, k) => ruleRow(rules, k)).find((r) => r.lhs.join() === 'b' && r.rhs[0] === 'a')
    expect(ba?.confidence).toBe(1)
    expect(ba?.conviction).toBeNull()
  })

  it('support threshold is inclusive and exact (minCountFor)', () => {
    expect(minCountFor(0.001, 9835)).toBe(10)
    expect(minCountFor(0.01, 9800)).toBe(98)
    expect(minCountFor(0.3, 10)).toBe(3)
    expect(minCountFor(1, 7)).toBe(7)
  })
})

describe('baskets', () => {
  it('basket-per-line: trims, collapses duplicates, quoted items with commas and quotes', () => {
    const b = basketsFromLines('milk , bread,milk\n"eggs, large","say ""cheese"""\n\nbread\n')
    expect(b.offsets.length - 1).toBe(4)
    expect(b.items).toEqual(['bread', 'eggs, large', 'milk', 'say "cheese"'])
    expect(Array.from(b.codes.subarray(b.offsets[0], b.offsets[1]))).toEqual([0, 2])
    expect(b.warnings.join(' ')).toMatch(/1 duplicated/)
    expect(b.warnings.join(' ')).toMatch(/1 empty basket/)
    const skip = basketsFromLines('a,b\n\nb\n', { skipBlankLines: true })
    expect(skip.offsets.length - 1).toBe(2)
  })

  it('from a table: any item column, missing cells skipped and reported, duplicates once', () => {
    const t: Table = {
      name: 't',
      nRows: 6,
      columns: [numberColumn('inv', [1, 1, 1, 2, NaN, 3]), stringColumn('item', ['x', 'y', 'x', 'y', 'z', null])],
    }
    const b = basketsFromTable(t, 'inv', 'item')
    expect(b.ids).toEqual(['1', '2', '3'])
    expect(b.offsets.length - 1).toBe(3)
    expect(Array.from(b.codes)).toEqual([0, 1, 1])
    expect(b.warnings.join(' ')).toMatch(/1 row\(s\) with a missing "inv"/)
    expect(b.warnings.join(' ')).toMatch(/1 row\(s\) with a missing "item"/)
    const s = summarizeBaskets(b)
    expect(s.emptyTransactions).toBe(1)
    const bits = verticalBitsets(b)
    expect(bits[0][0]).toBe(0b001)
    expect(bits[1][0]).toBe(0b011)
    // numeric item column
    const t2: Table = { name: 't2', nRows: 2, columns: [stringColumn('inv', ['A', 'A']), numberColumn('sku', [10, 20])] }
    expect(basketsFromTable(t2, 'inv', 'sku').items).toEqual(['10', '20'])
  })

  it('one-item baskets only: itemsets of size 1, only empty-LHS rules', () => {
    const b = basketsFromLists([['a'], ['b'], ['a'], ['c']])
    const { itemsets, rules } = apriori(b, { minSupport: 0.25, minConfidence: 0.5 })
    expect(itemsets.size).toBe(3)
    expect(rules.rhs.length).toBe(1)
    expect(ruleRow(rules, 0)).toMatchObject({ lhs: [], rhs: ['a'], confidence: 0.5 })
  })

  it('empty input and empty baskets', () => {
    expect(() => mineItemsets(basketsFromLines(''), { minSupport: 0.1 })).toThrow(/no transactions/)
    const b = basketsFromLists([[], [], ['a']])
    const { itemsets, rules } = apriori(b, { minSupport: 0.3, minConfidence: 0.3 })
    expect(itemsets.size).toBe(1)
    expect(ruleRow(rules, 0).support).toBeCloseTo(1 / 3, 15)
    expect(() => mineItemsets(b, { minSupport: 0 })).toThrow(RangeError)
    expect(() => apriori(b, { minSupport: 0.5, minConfidence: 2 })).toThrow(RangeError)
  })
})

describe('explosion guard', () => {
  // 40 identical baskets of 18 items: 2^18 - 1 frequent itemsets at any support
  const dense: Baskets = basketsFromLists(Array.from({ length: 40 }, (_, t) => Array.from({ length: 18 }, (_, j) => (t % 2 === 0 || j < 9 ? `i${j}` : `k${j}`))))

  it('stops with a clear message and a suggested support', () => {
    let err: unknown
    try {
      mineItemsets(dense, { minSupport: 0.1, maxItemsets: 5000 })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ItemsetExplosionError)
    const e = err as ItemsetExplosionError
    expect(e.message).toMatch(/more than 5,000 frequent itemsets/)
    expect(e.suggestedSupport).toBeGreaterThan(0.1)
    // the suggestion really fits
    expect(mineItemsets(dense, { minSupport: e.suggestedSupport, maxItemsets: 5000 }).size).toBeLessThanOrEqual(5000)
  })

  it('estimate before mining', () => {
    const est = estimateItemsets(dense, 0.1, 5000)
    expect(est.explodes).toBe(true)
    expect(est.frequentItems).toBe(27)
    expect(est.suggestedSupport).toBeGreaterThan(0.1)
    const ok = estimateItemsets(dense, 0.9, 5000)
    expect(ok.explodes).toBe(false)
    expect(ok.estimatedItemsets).toBe(511)
  })

  it('progress and cancel', () => {
    const seen: number[] = []
    mineItemsets(dense, { minSupport: 0.6 }, { onProgress: (f) => seen.push(f) })
    expect(seen[seen.length - 1]).toBe(1)
    expect(() => mineItemsets(dense, { minSupport: 0.6 }, { cancel: { cancelled: true } })).toThrow(/Cancelled/)
  })
})
