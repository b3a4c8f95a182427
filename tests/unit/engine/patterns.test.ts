import { describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { patternsEngine } from '../../../src/engine/patterns'
import { ResultCache, type Backing, type StoredResult } from '../../../src/engine/cache'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { stringColumn } from '../../../src/data/table'
import { readTableFile } from '../../../src/data/node'

/**
 * The Patterns area's engine in Node: what the ml worker dispatches to and the rules, sequences
 * and recommend CLI commands drive. Every expected value below is worked out by hand from the
 * five baskets and four customers written here.
 */
const ctx = () => ({ onProgress: () => {}, cancel: { cancelled: false } })

function memoryBacking(): Backing {
  const store = new Map<string, StoredResult>()
  return {
    put: async (rec) => void store.set(rec.id, structuredClone(rec)),
    get: async (id) => (store.has(id) ? structuredClone(store.get(id)) : undefined),
    remove: async (id) => void store.delete(id),
  }
}

function setup(backing: Backing | null = null) {
  const tables = new Map<string, { table: Table; schema: ColumnSchema[] }>()
  const results = new ResultCache({ backing })
  const engine = patternsEngine({ tables: (id) => tables.get(id)!, results })
  return { tables, results, engine }
}

// T1 {a,b,c}  T2 {a,b}  T3 {a,c}  T4 {b,c}  T5 {a}
// support: a 4/5, b 3/5, c 3/5, ab = ac = bc = 2/5, abc 1/5
const pairs: [string, string][] = [['1', 'a'], ['1', 'b'], ['1', 'c'], ['2', 'a'], ['2', 'b'], ['3', 'a'], ['3', 'c'], ['4', 'b'], ['4', 'c'], ['5', 'a']]
const baskets: Table = { name: 'b', nRows: pairs.length, columns: [stringColumn('basket', pairs.map((p) => p[0])), stringColumn('item', pairs.map((p) => p[1]))] }
const byLift = { sort: 'lift' as const, descending: true, text: '', side: 'either' as const, prune: false }
const label = (r: { lhs: string[]; rhs: string[] }) => `{${r.lhs.join(',')}}=>${r.rhs[0]}`

describe('patterns engine: association rules on five baskets', () => {
  it('support 0.4, confidence 0.6: six itemsets, seven rules, ordered by lift with the stated ties', async () => {
    const backing = memoryBacking()
    const { tables, engine, results } = setup(backing)
    tables.set('b', { table: baskets, schema: [] })
    const r = await engine.mine({ datasetId: 'b', source: { basket: 'basket', item: 'item' }, minSupport: 0.4, minConfidence: 0.6, minLift: 0, maxLen: 10 }, ctx())
    if (r.status !== 'ok') throw new Error('expected rules')
    expect(r.summary.transactions).toBe(5)
    expect(r.summary.items).toBe(3)
    // a, b, c, ab, ac, bc (abc has support 0.2)
    expect(r.itemsets).toBe(6)
    expect(r.sizeCounts.slice(1, 3)).toEqual([3, 3])
    // {} => a (0.8), {} => b, {} => c (0.6); b => a, c => a (0.4/0.6); b => c, c => b (0.4/0.6);
    // a => b and a => c have confidence 0.4/0.8 = 0.5 and are left out
    expect(r.rules).toBe(7)
    const p = await engine.page({ resultId: r.resultId, ...byLift, page: 0, pageSize: 10 })
    // lift: b=>c and c=>b 0.667/0.6 = 1.111; empty LHS 1; b=>a and c=>a 0.667/0.8 = 0.833.
    // ties: count desc, shorter LHS, LHS labels, RHS label
    expect(p.rows.map(label)).toEqual(['{b}=>c', '{c}=>b', '{}=>a', '{}=>b', '{}=>c', '{b}=>a', '{c}=>a'])
    expect(p.rows[0].support).toBeCloseTo(0.4, 12)
    expect(p.rows[0].confidence).toBeCloseTo(2 / 3, 12)
    expect(p.rows[0].lift).toBeCloseTo(10 / 9, 12)
    expect(p.rows[5].lift).toBeCloseTo(5 / 6, 12)
    expect(p.rows[2].count).toBe(4)

    // RHS filter: the three rules that predict a
    const rhsA = await engine.page({ resultId: r.resultId, ...byLift, text: 'A', side: 'rhs', page: 0, pageSize: 10 })
    expect(rhsA.rows.map(label)).toEqual(['{}=>a', '{b}=>a', '{c}=>a'])
    // pruned: b=>a and c=>a (0.667) are no better than {}=>a (0.8); b=>c and c=>b beat {}=>c / {}=>b (0.6)
    const pruned = await engine.page({ resultId: r.resultId, ...byLift, prune: true, page: 0, pageSize: 10 })
    expect(pruned.rows.map(label)).toEqual(['{b}=>c', '{c}=>b', '{}=>a', '{}=>b', '{}=>c'])
    expect(pruned.all).toBe(7)
    // second page of size 3, and the index of each row in the rule set round-trips
    const p2 = await engine.page({ resultId: r.resultId, ...byLift, page: 1, pageSize: 3 })
    expect(p2.rows.map(label)).toEqual(['{}=>b', '{}=>c', '{b}=>a'])
    expect(p2.pages).toBe(3)
    const csv = (await engine.csv({ resultId: r.resultId, ...byLift })).csv.trim().split('\n')
    expect(csv.length).toBe(8)

    // the rule set is stored: a new engine (a reload) pages it without mining again
    await results.flushed()
    const after = setup(backing)
    expect((await after.engine.page({ resultId: r.resultId, ...byLift, page: 0, pageSize: 2 })).rows.map(label)).toEqual(['{b}=>c', '{c}=>b'])
  })

  it('refuses an itemset explosion before mining, with a support that fits; bad settings by name', async () => {
    const { tables, engine } = setup()
    tables.set('b', { table: baskets, schema: [] })
    const base = { datasetId: 'b', source: { basket: 'basket', item: 'item' }, minConfidence: 0.6, minLift: 0, maxLen: 10 }
    const r = await engine.mine({ ...base, minSupport: 0.4, maxItemsets: 3 }, ctx())
    if (r.status !== 'explodes') throw new Error('expected a refusal')
    expect(r.limit).toBe(3)
    // above 0.4 the pairs drop out: at most a, b, c remain
    expect(r.estimate.suggestedSupport).toBeGreaterThan(0.4)
    const ok = await engine.mine({ ...base, minSupport: r.estimate.suggestedSupport, maxItemsets: 3 }, ctx())
    expect(ok.status === 'ok' && ok.itemsets <= 3).toBe(true)
    await expect(engine.mine({ ...base, minSupport: 0, maxItemsets: 3 }, ctx())).rejects.toThrow(/Minimum support/)
    await expect(engine.mine({ ...base, minSupport: 0.4, maxLen: 0 }, ctx())).rejects.toThrow(/Maximum length/)
  })
})

describe('patterns engine: sequences and recommendations on four customers', () => {
  // c1: A then B 9 days later; c2: A then B 19 days later; c3: A only; c4: B, then A 25 days later
  const csv = 'customer,invoice,date,item\nc1,1,2011-01-01,A\nc1,2,2011-01-10,B\nc2,3,2011-01-01,A\nc2,4,2011-01-20,B\nc3,5,2011-01-01,A\nc4,6,2011-01-05,B\nc4,7,2011-01-30,A\n'
  const cols = { datasetId: 'log', customer: 'customer', invoice: 'invoice', date: 'date', item: 'item' }

  async function loaded() {
    const dir = mkdtempSync(join(tmpdir(), 'patterns-'))
    writeFileSync(join(dir, 'log.csv'), csv)
    const s = setup()
    s.tables.set('log', await readTableFile(join(dir, 'log.csv')))
    return s
  }

  it('A then B: support 2/4, confidence 2/4, lift 0.5 / (3/4); B then A: 1/4, 1/3, 1/3; median lag 14 days', async () => {
    const { engine } = await loaded()
    const s = await engine.sequences({ ...cols, windowDays: 365, minSupport: 0.2, minConfidence: 0 }, ctx())
    expect(s.customers).toBe(4)
    expect(s.items).toBe(2)
    expect(s.rules).toBe(2)
    const p = await engine.seqPage({ resultId: s.resultId, sort: 'support', page: 0, pageSize: 10 })
    expect(p.rows.map((r) => `${r.a}>${r.b}`)).toEqual(['A>B', 'B>A'])
    expect(p.rows[0]).toMatchObject({ count: 2, support: 0.5, confidence: 0.5 })
    expect(p.rows[0].lift).toBeCloseTo(2 / 3, 12)
    expect(p.rows[1]).toMatchObject({ count: 1, support: 0.25 })
    expect(p.rows[1].confidence).toBeCloseTo(1 / 3, 12)
    expect(p.rows[1].lift).toBeCloseTo(1 / 3, 12)
    // first A to the first later B: 9 and 19 days
    const lag = await engine.lag({ resultId: s.resultId, a: 'A', b: 'B' })
    expect(lag.withinWindow).toBe(2)
    expect(lag.medianDays).toBe(14)
    // a 10-day window keeps c1's 9 days only (c2 took 19, c4's B to A took 25)
    const short = await engine.sequences({ ...cols, windowDays: 10, minSupport: 0.2, minConfidence: 0 }, ctx())
    const sp = await engine.seqPage({ resultId: short.resultId, sort: 'support', page: 0, pageSize: 10 })
    expect(sp.rows.map((r) => `${r.a}>${r.b}:${r.count}`)).toEqual(['A>B:1'])
  })

  it('item-item recommender: c3 (A only) gets B because of A; c1 has bought everything; the histories are built once', async () => {
    const { engine } = await loaded()
    const prep = engine.prepare(cols)
    expect(prep).toMatchObject({ customers: 4, items: 2, missingDateRows: 0, removed: null })
    const fit = await engine.recommendFit({ ...cols, method: 'itemknn' }, ctx())
    expect(fit.resultId).toBe(prep.resultId)
    const c3 = await engine.recommend({ resultId: fit.resultId, customer: 'c3', n: 5 })
    expect(c3.bought).toEqual([{ item: 'A', baskets: 1 }])
    expect(c3.items.map((i) => [i.item, i.because])).toEqual([['B', 'A']])
    expect((await engine.recommend({ resultId: fit.resultId, customer: 'c1', n: 5 })).items).toEqual([])
    await expect(engine.recommend({ resultId: fit.resultId, customer: 'c9', n: 5 })).rejects.toThrow(/"c9" has no dated purchases/)
    expect((await engine.customers({ resultId: fit.resultId, query: 'C', limit: 2 })).map((c) => c.id)).toEqual(['c1', 'c2'])
  })
})
