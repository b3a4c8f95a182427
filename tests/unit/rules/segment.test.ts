import { describe, it, expect } from 'vitest'
import { basketsFromLists } from '../../../src/ml/rules/baskets'
import { estimateItemsets, ItemsetExplosionError } from '../../../src/ml/rules/itemsets'
import { segmentContrast, SegmentExplosionError } from '../../../src/ml/rules/segment'
import { Rng } from '../../../src/ml/core/random'

/**
 * Per-segment explosion guard: 980 sparse baskets (two of 60 items) and a 20-basket segment whose
 * baskets hold most of the same 16 items. At support 0.05 the whole table has few frequent
 * itemsets (a segment item is in at most 20 of 1,000 baskets), but inside the segment 0.05 is one
 * basket, so nearly every subset of the 16 items is frequent.
 */
function data(): { lists: string[][]; mask: Uint8Array } {
  const rng = new Rng(7)
  const lists: string[][] = []
  const mask = new Uint8Array(1000)
  for (let t = 0; t < 1000; t++) {
    if (t % 50 === 0) {
      mask[t] = 1
      lists.push(Array.from({ length: 16 }, (_, j) => `dense${j}`).filter(() => rng.next() < 0.8))
    } else {
      const a = rng.int(60)
      lists.push([`sparse${a}`, `sparse${(a + 1 + rng.int(59)) % 60}`])
    }
  }
  return { lists, mask }
}

describe('per-segment explosion estimate', () => {
  const { lists, mask } = data()
  const b = basketsFromLists(lists)

  it('the whole table does not explode at this support', () => {
    expect(estimateItemsets(b, 0.05, 5000, 10).explodes).toBe(false)
  })

  it('refuses before mining, naming the segment, its basket count and a support that fits', () => {
    const messages: string[] = []
    let err: unknown
    try {
      segmentContrast(b, mask, { minSupport: 0.05, minConfidence: 0.5, maxItemsets: 5000, segmentLabel: 'store = "Corner shop"' }, { onProgress: (_f, m) => messages.push(m ?? '') })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(SegmentExplosionError)
    expect(err).toBeInstanceOf(ItemsetExplosionError)
    const e = err as SegmentExplosionError
    expect(e.segment).toBe('store = "Corner shop"')
    expect(e.segmentTransactions).toBe(20)
    expect(e.limit).toBe(5000)
    expect(e.estimate.explodes).toBe(true)
    expect(e.estimate.minCount).toBe(1)
    expect(e.message).toMatch(/^store = "Corner shop" has 20 baskets: at minimum support 0\.05 \(1 of its baskets\)/)
    expect(e.message).toMatch(/more than 5,000 frequent itemsets/)
    expect(e.message).toContain(`suggested: ${e.suggestedSupport}`)
    expect(e.suggestedSupport).toBeGreaterThan(0.05)
    // refused before mining: only the check reported progress
    expect(messages).toEqual(['checking the itemset count in the segment'])
    // the suggestion fits inside the segment, and mining there works
    expect(estimateItemsets(basketsFromLists(lists.filter((_, t) => mask[t])), e.suggestedSupport, 5000, 10).explodes).toBe(false)
    const ok = segmentContrast(b, mask, { minSupport: e.suggestedSupport, minConfidence: 0.5, maxItemsets: 5000 })
    expect(ok.segmentTransactions).toBe(20)
    expect(ok.itemsets).toBeLessThanOrEqual(5000)
    expect(ok.itemsets).toBeGreaterThan(0)
  })

  it('a generic name when no label is given; the rest of the table is never the trigger', () => {
    expect(() => segmentContrast(b, mask, { minSupport: 0.05, minConfidence: 0.5, maxItemsets: 5000 })).toThrow(/^The segment has 20 baskets/)
    // the complement (980 sparse baskets) mines fine at the same support
    const rest = Uint8Array.from(mask, (m) => 1 - m)
    const r = segmentContrast(b, rest, { minSupport: 0.05, minConfidence: 0.5, maxItemsets: 5000 })
    expect(r.segmentTransactions).toBe(980)
  })
})
