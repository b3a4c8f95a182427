import { describe, it, expect } from 'vitest'
import { SUMMARY_PART, fromWire, toWire, wirePart, type DatasetSummary } from '../../src/engine/types'

/** A summary of `n` columns (only what the split looks at is filled in). */
function summary(n: number): DatasetSummary {
  const names = Array.from({ length: n }, (_, j) => `c${j}`)
  return {
    id: 'wide',
    name: 'wide.csv',
    nRows: 3,
    schema: names.map((name) => ({ name, type: 'integer', role: 'feature' })),
    profile: names.map((name, j) => ({ name, type: 'integer', role: 'feature', storage: 'number', count: 3, missing: 0, distinct: j % 3, histogram: { edges: [0, 1], counts: [3] } })),
    warnings: ['w'],
    createdAt: 1,
  } as DatasetSummary
}

describe('a summary crossing from the data worker in parts', () => {
  it('sends a narrow file whole: one message, nothing to fetch', async () => {
    const w = toWire(summary(17))
    expect(w.columns).toBe(17)
    expect(w.head.schema).toHaveLength(17)
    let calls = 0
    const back = await fromWire(w, async () => {
      calls++
      return { schema: [], profile: [] }
    })
    expect(calls).toBe(0)
    expect(back).toEqual(summary(17))
  })

  it('sends 2,500 columns as a head of 1,000 and two parts (from 1,000 and 2,000), and puts them back in order', async () => {
    expect(SUMMARY_PART).toBe(1_000)
    const s = summary(2_500)
    const w = toWire(s)
    expect(w.columns).toBe(2_500)
    expect(w.head.schema).toHaveLength(1_000)
    expect(w.head.profile).toHaveLength(1_000)
    expect('schema' in w).toBe(false)
    const asked: number[] = []
    const back = await fromWire(w, async (from) => {
      asked.push(from)
      return wirePart(s, from)
    })
    expect(asked).toEqual([1_000, 2_000])
    expect(wirePart(s, 2_000).schema).toHaveLength(500)
    expect(back.schema.map((c) => c.name)).toEqual(s.schema.map((c) => c.name))
    expect(back.profile[2_499]).toEqual(s.profile[2_499])
    expect(back).toEqual(s)
  })

  it('stops when the worker has fewer columns than announced (a dataset changed meanwhile) instead of asking forever', async () => {
    const s = summary(1_500)
    const w = { ...toWire(s), columns: 5_000 }
    let calls = 0
    const back = await fromWire(w, async (from) => {
      calls++
      return wirePart(s, from)
    })
    expect(calls).toBe(2)
    expect(back.schema).toHaveLength(1_500)
  })
})
