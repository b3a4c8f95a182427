import { describe, it, expect, beforeAll, vi, afterEach } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '../../../src/data/node'
import type { Table } from '../../../src/data/table'
import { cleanTransactionLog } from '../../../src/ml/rules/clean'
import { buildHistories, type CustomerHistories } from '../../../src/ml/rules/history'
import { mineSequences, sortSequenceIndex, sequenceRow, lagHistogram, findPeaks } from '../../../src/ml/rules/sequences'
import { interactionsFromHistories, fitItemKnn, fitAls, recommendFor, evaluateHoldout, choleskySolve, recommendationsCsv, type Interactions } from '../../../src/ml/rules/recommend'

const fixture = (f: string): string => fileURLToPath(new URL(`../../fixtures/rules/${f}`, import.meta.url))
const COLS = { customer: 'customer', invoice: 'invoice', date: 'date', item: 'item' }

let raw: Table
let h: CustomerHistories
beforeAll(async () => {
  raw = (await readTableFile(fixture('log.csv'))).table
  const clean = cleanTransactionLog(raw, { invoice: 'invoice', quantity: 'quantity', price: 'price' })
  expect(clean.removed.cancelled).toBe(1)
  h = buildHistories(clean.table, COLS)
})

describe('sequential rules', () => {
  it('reports and skips rows with a missing date', () => {
    expect(h.missingDateRows).toBe(1)
    expect(h.warnings.join(' ')).toMatch(/1 row\(s\) with a missing or invalid "date" were skipped \(rows \d+\)/)
    expect(h.customers.length).toBe(7)
  })

  it('A then B within the window: support over customers, confidence P(B later | A)', () => {
    const s = mineSequences(h, { windowDays: 365, minSupport: 0.1 })
    const k = Array.from(sortSequenceIndex(s, 'support')).find((q) => s.items[s.a[q]] === 'A' && s.items[s.b[q]] === 'B') as number
    const r = sequenceRow(s, k)
    // c1, c2, c3 (c5 bought B before A; c6 after 400 days; c4 never B)
    expect(r.count).toBe(3)
    expect(r.support).toBeCloseTo(3 / 7, 15)
    expect(r.confidence).toBeCloseTo(3 / 6, 15)
    expect(r.lift).toBeCloseTo(0.5 / (5 / 7), 15)
    // B then A: only c5
    const ba = Array.from({ length: s.a.length }, (_, q) => q).find((q) => s.items[s.a[q]] === 'B' && s.items[s.b[q]] === 'A') as number
    expect(s.count[ba]).toBe(1)
    // a longer window adds c6
    const s2 = mineSequences(h, { windowDays: 500, minSupport: 0.1 })
    const k2 = Array.from({ length: s2.a.length }, (_, q) => q).find((q) => s2.items[s2.a[q]] === 'A' && s2.items[s2.b[q]] === 'B') as number
    expect(s2.count[k2]).toBe(4)
    expect(() => mineSequences(h, { windowDays: 0 })).toThrow(RangeError)
  })

  it('lag histogram in weeks from the first A to the first later B, with peaks', () => {
    const lag = lagHistogram(h, 'A', 'B', { windowDays: 365, peakMinCount: 2 })
    expect(lag.customersWithA).toBe(6)
    expect(lag.withinWindow).toBe(3)
    expect(lag.beyondWindow).toBe(1)
    expect(lag.counts[4]).toBe(3)
    expect(lag.medianDays).toBe(28)
    expect(lag.peaks).toEqual([{ week: 4, count: 3 }])
    expect(() => lagHistogram(h, 'A', 'nope')).toThrow(/does not occur/)
  })

  it('peaks: local maxima above the threshold, at least 3 weeks apart', () => {
    const c = new Array(60).fill(0)
    c[16] = 20
    c[26] = 30
    c[27] = 10
    c[52] = 25
    c[40] = 2
    expect(findPeaks(c, 0.2, 3).map((p) => p.week)).toEqual([16, 26, 52])
  })
})

describe('recommendations', () => {
  it('every customer\'s top N as CSV (popularity, worked by hand)', () => {
    // u0 bought A; u1 bought A, B; u2 bought A, B, C; u3 bought all of A, B, C, D.
    // Popularity (customers per item): A 4, B 3, C 2, D 1.
    const x: Interactions = {
      customers: ['u0', 'u1', 'u2', 'u3'], items: ['A', 'B', 'C', 'D'],
      offsets: Int32Array.from([0, 1, 3, 6, 10]), item: Int32Array.from([0, 0, 1, 0, 1, 2, 0, 1, 2, 3]), value: new Float64Array(10).fill(1),
    }
    const steps: number[] = []
    const r = recommendationsCsv('popular', x, x.customers, 2, { onProgress: (p) => steps.push(p) })
    // u0: B (3), C (2); u1: C (2), D (1); u2: D (1); u3: nothing left to recommend
    expect(r.csv).toBe('customer,rank,item,score,because_bought\nu0,1,B,3,\nu0,2,C,2,\nu1,1,C,2,\nu1,2,D,1,\nu2,1,D,1,\n')
    expect(r.customers).toBe(3)
    expect(r.rows).toBe(5)
    expect(steps.at(-1)).toBe(1)
    expect(() => recommendationsCsv('popular', x, x.customers, 2, { cancel: { cancelled: true } })).toThrow()
  })

  it('item-item CF recommends unbought items with a reason', () => {
    const x = interactionsFromHistories(h)
    const m = fitItemKnn(x, { minCooccurrence: 1 })
    const u = h.customers.indexOf('c4') // bought X, Y, A; others who bought A and X bought B
    const recs = recommendFor(m, x, u, 3)
    expect(recs.length).toBeGreaterThan(0)
    expect(recs[0].item).toBe('B')
    expect(recs[0].reason).toMatch(/^bought with /)
    for (const r of recs) expect(['X', 'Y', 'A']).not.toContain(r.item)
  })

  it('ALS is seeded (same seed, same factors) and recommends unbought items', () => {
    const x = interactionsFromHistories(h)
    const a = fitAls(x, { factors: 3, iterations: 5, seed: 7 })
    const b = fitAls(x, { factors: 3, iterations: 5, seed: 7 })
    expect(Array.from(a.itemFactors)).toEqual(Array.from(b.itemFactors))
    expect(a.loss[a.loss.length - 1]).toBeLessThanOrEqual(a.loss[0] + 1e-9)
    const u = h.customers.indexOf('c4')
    const recs = recommendFor(a, x, u, 2)
    for (const r of recs) {
      expect(['X', 'Y', 'A']).not.toContain(r.item)
      expect(r.because).not.toBeNull()
    }
    expect(() => fitAls(x, { factors: 0 })).toThrow(RangeError)
  })

  it('Cholesky solve', () => {
    const A = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3])
    const x = new Float64Array(3)
    choleskySolve(Float64Array.from(A), Float64Array.from([2, 3, 4]), 3, x)
    const b = [0, 1, 2].map((i) => A[i * 3] * x[0] + A[i * 3 + 1] * x[1] + A[i * 3 + 2] * x[2])
    expect(b[0]).toBeCloseTo(2, 12)
    expect(b[1]).toBeCloseTo(3, 12)
    expect(b[2]).toBeCloseTo(4, 12)
  })

  it('time-based holdout: last basket, new items only, against the popular baseline', () => {
    const r = evaluateHoldout(h, { method: 'itemknn', n: 2, itemknn: { minCooccurrence: 1 } })
    // customers with 2+ visits: c1, c2, c3, c4, c5, c6; c4's last basket {A} is new to it, c5's {A} too
    expect(r.customersEvaluated + r.customersOnlyRepeats).toBe(6)
    // By hand. Training data = every basket but the last of customers with 2+ baskets (c7 keeps its
    // one basket): c1 {A,X}, c2 {A}, c3 {A,B}, c4 {X,Y}, c5 {B}, c6 {A,X}, c7 {X}; held out: c1 {B},
    // c2 {B,Y}, c3 {Z}, c4 {A}, c5 {A}, c6 {B}. Popularity A 4, X 4, B 2, Y 1. Cosine similarities
    // (co-buyers / sqrt(pop·pop)): A–X 2/4 = 0.5, X–Y 1/2 = 0.5, A–B 1/√8 = 0.354.
    // Top 2 by the model: c1 [Y .5, B .354] hit, c2 [X, B] hit, c3 [X] miss, c4 [A] hit, c5 [A] hit,
    // c6 [Y, B] hit → hit rate 5/6, precision (5 × 1/2)/6, recall (1 + 1/2 + 0 + 1 + 1 + 1)/6.
    // Top 2 by popularity: c1 [B, Y], c2 [X, B], c3 [X, Y], c4 [A, B], c5 [A|X], c6 [B, Y]: the same counts.
    expect(r.customersEvaluated).toBe(6)
    expect(r.model.hitRate).toBeCloseTo(5 / 6, 12)
    expect(r.model.precision).toBeCloseTo(2.5 / 6, 12)
    expect(r.model.recall).toBeCloseTo(4.5 / 6, 12)
    expect(r.baseline.hitRate).toBeCloseTo(5 / 6, 12)
    expect(r.baseline.precision).toBeCloseTo(2.5 / 6, 12)
    expect(r.baseline.recall).toBeCloseTo(4.5 / 6, 12)
    // top 1 tells the model from popularity: c1 Y, c2 X, c3 X, c4 A, c5 A, c6 Y → 2 hits of 6
    const one = evaluateHoldout(h, { method: 'itemknn', n: 1, itemknn: { minCooccurrence: 1 } })
    expect(one.model.hitRate).toBeCloseTo(2 / 6, 12)
    const train = interactionsFromHistories(h, true)
    const c1 = recommendFor(fitItemKnn(train, { minCooccurrence: 1 }), train, h.customers.indexOf('c1'), 2)
    expect(c1.map((x) => x.item)).toEqual(['Y', 'B'])
    expect(c1[0].score).toBeCloseTo(0.5, 12)
    expect(c1[1].score).toBeCloseTo(1 / Math.sqrt(8), 12)
  })
})

describe('CLI', () => {
  const out: string[] = []
  afterEach(() => {
    vi.restoreAllMocks()
    out.length = 0
  })
  const capture = (): void => {
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      out.push(String(s))
      return true
    })
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
  }

  it('rules --baskets prints the summary and the top rules by lift', async () => {
    const { run } = await import('../../../src/cli/rules')
    capture()
    await run(['--data', fixture('baskets.csv'), '--baskets', '--min-support', '0.3', '--min-confidence', '0.5', '--top', '2'])
    const j = JSON.parse(out.join(''))
    expect(j.transactions).toBe(6)
    expect(j.items).toBe(6)
    expect(j.itemsets).toBeGreaterThan(0)
    expect(j.top.length).toBeLessThanOrEqual(2)
    expect(Object.keys(j)).toEqual(['transactions', 'items', 'itemsets', 'rules', 'top'])
    expect(Object.keys(j.top[0])).toEqual(['lhs', 'rhs', 'support', 'confidence', 'lift', 'count'])
  })

  it('rules: bad arguments throw (src/cli.ts prints one line and exits 2 for a usage error, 1 otherwise)', async () => {
    const { run } = await import('../../../src/cli/rules')
    capture()
    await expect(run(['--data', fixture('baskets.csv'), '--min-support', '0.3', '--min-confidence', '0.5'])).rejects.toThrow(/--baskets/)
    await expect(run(['--data', fixture('baskets.csv'), '--baskets', '--min-support', '0', '--min-confidence', '0.5'])).rejects.toThrow(/[Mm]inimum support/)
    await expect(run(['--data', fixture('log.csv'), '--basket', 'invoice', '--item', 'nope', '--min-support', '0.1', '--min-confidence', '0.5'])).rejects.toThrow(/nope/)
  })

  it('sequences and recommend', async () => {
    capture()
    const seq = await import('../../../src/cli/sequences')
    await seq.run(['--data', fixture('log.csv'), ...Object.entries(COLS).flatMap(([k, v]) => [`--${k}`, v]), '--min-support', '0.2', '--quantity', 'quantity', '--price', 'price'])
    const j = JSON.parse(out.join(''))
    expect(j.skippedMissingDate).toBe(1)
    expect(j.top[0]).toMatchObject({ a: 'A', b: 'B', count: 3 })
    out.length = 0
    const rec = await import('../../../src/cli/recommend')
    await rec.run(['--data', fixture('log.csv'), ...Object.entries(COLS).flatMap(([k, v]) => [`--${k}`, v]), '--customer-id', 'c4', '--top', '2', '--evaluate'])
    const r = JSON.parse(out.join(''))
    expect(r.recommendations.customer).toBe('c4')
    expect(r.evaluation.n).toBe(2)
  })
})
