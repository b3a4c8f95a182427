import { describe, expect, it } from 'vitest'
import { campaignEngine, type KeptRecord, type KeptStore } from '../../../src/engine/campaign'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { numberColumn, stringColumn } from '../../../src/data/table'

/**
 * The Campaign area's engine in Node: what the ml worker dispatches to. A hand-made scored table
 * of 14 customers goes through audience → groups → design → exports → results → re-evaluation →
 * save/load and keep/restore; every expected value is worked out by hand in the comments.
 */
const ctx = () => ({ onProgress: () => {}, cancel: { cancelled: false } })

/** An IndexedDB stand-in for the kept campaign: records cloned on the way in and out. */
function memoryKept(): KeptStore & { store: Map<string, KeptRecord> } {
  const store = new Map<string, KeptRecord>()
  return {
    store,
    put: async (rec) => void store.set(rec.id, structuredClone(rec)),
    get: async (id) => (store.has(id) ? structuredClone(store.get(id)) : undefined),
    remove: async (id) => void store.delete(id),
  }
}

function setup(kept?: KeptStore) {
  const tables = new Map<string, { table: Table; schema: ColumnSchema[] }>()
  const engine = campaignEngine({
    tables: (id) => {
      const t = tables.get(id)
      if (!t) throw new Error(`no dataset ${id}`)
      return t
    },
    ...(kept ? { kept } : {}),
  })
  return { tables, engine }
}

// C01…C14. C13 has no score, C03 opted out. Spend: two far-apart groups among the top 10
// (ten distinct values, so the elbow's k = 2 … 8 can run).
const ids = Array.from({ length: 14 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`)
const score = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.45, 0.4, NaN, 0.3]
const optedOut = ['no', 'no', 'yes', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no', 'no']
const spend = [10, 11, 50, 12, 13, 9, 100, 101, 102, 103, 99, 60, 70, 80]
const scored: Table = {
  name: 'scored.csv', nRows: 14,
  columns: [stringColumn('customer_id', ids), numberColumn('p', Float64Array.from(score)), stringColumn('opted_out', optedOut), numberColumn('spend', Float64Array.from(spend))],
}
const LOW = new Set(['C01', 'C02', 'C04', 'C05', 'C06'])
const HIGH = new Set(['C07', 'C08', 'C09', 'C10', 'C11'])

const spec = { idColumn: 'customer_id', scoreColumn: 'p', top: 10, exclusions: [{ kind: 'flag' as const, column: 'opted_out' }] }
const design = { sampleSize: 6, creatives: ['A', 'B'], controlSize: 2, seed: 42, remainder: 'spread' as const }

/** rows of an assignment CSV (plain ids, no quoting needed) */
function csvRows(csv: string): Record<string, string>[] {
  const [head, ...lines] = csv.trim().split(/\r?\n/)
  const h = head.split(',')
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [h[i], v])))
}

describe('campaign engine: audience → groups → design (hand-made table)', () => {
  it('audience: 14 scored, 1 without a score, 1 opted out, top 10 kept (cutoff 0.45)', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: scored, schema: [] })
    const a = engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    expect(a.size).toBe(10)
    // 14 → 13 (C13 has no score) → 12 (C03 opted out) → 10 (top 10: C01, C02, C04 … C11)
    expect(a.funnel.map((f) => f.remaining)).toEqual([14, 13, 12, 10])
    expect(a.cutoffScore).toBe(0.45)
    expect(a.firstIds).toEqual(['C01', 'C02', 'C04', 'C05', 'C06'])
    // likely [0.5, 1]: 0.95 … 0.5 (9 customers); hesitant [0.15, 0.5): 0.45
    expect(a.bandCounts.map((b) => b.count)).toEqual([9, 1, 0])
    // (0.95 + 0.9 + 0.8 + 0.75 + 0.7 + 0.65 + 0.6 + 0.55 + 0.5 + 0.45) / 10
    expect(a.meanScore).toBeCloseTo(0.685, 12)
    // bin ⌊20 s⌋: chosen scores fill bins 9, 10, 11 … 16, 18, 19; every score adds 17 (0.85), 8 (0.4), 6 (0.3)
    const chosen = new Array(20).fill(0)
    for (const b of [19, 18, 16, 15, 14, 13, 12, 11, 10, 9]) chosen[b]++
    expect(a.scoreChosen).toEqual(chosen)
    const all = chosen.slice()
    for (const b of [17, 8, 6]) all[b]++
    expect(a.scoreAll).toEqual(all)
    expect(a.scoreEdges).toHaveLength(21)
  })

  it('groups: k = 2 splits spend ≈ 11 from spend ≈ 101; design: 3 + 3 + control 2, stratified', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: scored, schema: [] })
    engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    const g = engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())
    expect(g.sizes).toEqual([5, 5])
    // means (10 + 11 + 12 + 13 + 9) / 5 and (100 + 101 + 102 + 103 + 99) / 5
    expect(g.profiles.map((p) => p.means[0]).sort((x, y) => x! - y!)).toEqual([11, 101])
    expect(g.elbow.map((e) => e.k)).toEqual([2, 3, 4, 5, 6, 7, 8])
    // k = 2 on the z-scale: within-group squared deviations (1 + 0 + 1 + 4 + 4) · 2 = 20 in spend
    // units over the population variance of all ten, 2 · (43² + 44² + 45² + 46² + 47²) / 10 = 2,027
    expect(g.elbow[0].inertia).toBeCloseTo(20 / 2027, 10)
    // z-means ∓45 / √2027
    expect(g.profiles.map((p) => p.zMeans[0]).sort((x, y) => x - y)).toEqual([expect.closeTo(-45 / Math.sqrt(2027), 10), expect.closeTo(45 / Math.sqrt(2027), 10)])
    expect(g.unmatched).toBe(0)

    const d = engine.design(design)
    // T = 8 over groups of 5 and 5: 4 each; control 2 over draws of 4 and 4: 1 each; the 3 left in
    // each group dealt A, B, A / B, A, B (or the mirror): 3 per creative.
    expect(d.summary.map((s) => [s.name, s.size])).toEqual([['A', 3], ['B', 3], ['control', 2]])
    expect(d.summary[2].groupCounts).toEqual([1, 1])
    expect(d.summary[0].groupCounts.map((c, i) => c + d.summary[1].groupCounts[i])).toEqual([3, 3])
    expect(d.messages.map((m) => (typeof m === 'string' ? m : m.code))).toEqual(['campaign.design.even', 'campaign.design.control', 'campaign.design.stratified'])
    expect(d.fingerprint).toMatch(/^[0-9a-f]{8}$/)

    const ex = engine.exports({ prefix: 'Spring sale' })
    expect(ex.files.map((f) => [f.fileName, f.rows])).toEqual([['Spring_sale_A.csv', 3], ['Spring_sale_B.csv', 3], ['Spring_sale_control.csv', 2]])
    const rows = csvRows(ex.assignment.csv)
    expect(rows).toHaveLength(8)
    // every sampled customer is in the audience; the control holds one customer of each spend group
    expect(rows.every((r) => LOW.has(r.customer_id) || HIGH.has(r.customer_id))).toBe(true)
    const control = rows.filter((r) => r.creative === 'control').map((r) => r.customer_id)
    expect(control.filter((c) => LOW.has(c))).toHaveLength(1)
    expect(control.filter((c) => HIGH.has(c))).toHaveLength(1)

    // same inputs and seed in another engine: the same assignment
    const other = setup()
    other.tables.set('s', { table: scored, schema: [] })
    other.engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    other.engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())
    expect(other.engine.design(design).fingerprint).toBe(d.fingerprint)
    // a new audience drops the groups and the design of the campaign being built
    other.engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    expect(() => other.engine.exports({ prefix: 'x' })).toThrow(/Draw the A\/B sample first/)
  })

  it('steps out of order say which step comes first', () => {
    const { engine } = setup()
    expect(() => engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())).toThrow(/Choose the audience first/)
    expect(() => engine.design(design)).toThrow(/Choose the audience first/)
    expect(() => engine.followUp({ datasetId: 'r', columns: { customer: 'c', date: 'd' }, days: 30 })).toThrow(/Analyse the campaign results first/)
    expect(() => engine.reeval({ outcome: 'converted' })).toThrow(expect.objectContaining({ code: 'campaign.reeval.sourceGone' }))
  })
})

describe('campaign engine: results matched against the assignment (hand-counted conversions)', () => {
  it('A 2/3, B 1/3, control 0/2 from yes/no words; an outsider is left out; re-evaluation reads the same outcomes', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: scored, schema: [] })
    engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())
    const d = engine.design(design)
    const assigned = csvRows(engine.exports({ prefix: 'p' }).assignment.csv)
    // The converted words per arm, in the assignment's order: A yes, Sí, no → 2; B 1, N, no → 1;
    // control no, (empty) → 0. C14 (not sampled) converts but is not in the campaign.
    const words: Record<string, string[]> = { A: ['yes', 'Sí', 'no'], B: ['1', 'N', 'no'], control: ['no', ''] }
    const used: Record<string, number> = { A: 0, B: 0, control: 0 }
    const resIds = assigned.map((r) => r.customer_id)
    const conv = assigned.map((r) => words[r.creative][used[r.creative]++])
    resIds.push('C14')
    conv.push('yes')
    tables.set('r', { table: { name: 'results.csv', nRows: resIds.length, columns: [stringColumn('customer', resIds), stringColumn('bought', conv)] }, schema: [] })

    const r = engine.results({ datasetId: 'r', fileName: 'results.csv', columns: { id: 'customer', converted: 'bought' }, control: 'control', conversionBase: 'sent', alpha: 0.05, useAssignment: true })
    expect(r.arms.map((a) => [a.arm, a.sent, a.converted])).toEqual([['A', 3, 2], ['B', 3, 1], ['control', 2, 0]])
    expect(r.arms[0].rates.conversion!.value).toBeCloseTo(2 / 3, 12)
    expect(r.arms[0].lift!.absolute).toBeCloseTo(2 / 3, 12)
    expect(r.arms[1].lift!.absolute).toBeCloseTo(1 / 3, 12)
    expect(r.dataQuality.notInCampaign).toBe(1)
    // the SRM check takes the drawn design's split
    expect(r.experiment!.srm.plannedFrom).toBe('design')
    expect(r.experiment!.srm.observed).toEqual([3, 3, 2])

    // the engine's own per-customer reading of the words agrees with the analysis: 2, 1 and 0 responders
    const re = engine.reeval({ outcome: 'converted' })
    expect(re.unmatched).toBe(0)
    expect(re.arms.map((a) => [a.key, a.customers, a.observed.numerator])).toEqual([['A', 3, 2], ['B', 3, 1], ['control', 2, 0]])
    // predicted rate: the mean score of each arm's customers (the assignment file's score column)
    for (const arm of ['A', 'B']) {
      const s = assigned.filter((x) => x.creative === arm).map((x) => Number(x.score))
      expect(re.arms.find((a) => a.key === arm)!.predictedRate).toBeCloseTo(s.reduce((a, b) => a + b, 0) / s.length, 12)
    }

    // save → load in a fresh engine: the same assignment (fingerprint), results kept in the file
    const saved = engine.save({ name: 'Spring', review: null, budget: null })
    expect(saved.customers).toBe(8)
    const fresh = setup().engine
    const loaded = fresh.load({ text: saved.text, fileName: 'spring.json' })
    expect(loaded.fingerprint).toBe(d.fingerprint)
    expect(loaded.assignmentSize).toBe(8)
    expect(loaded.results!.analysis.arms.map((a) => a.converted)).toEqual([2, 1, 0])
  })
})

describe('campaign engine: the kept campaign', () => {
  it('keep in one engine, restore in another over the same store (a reload), forget', async () => {
    const kept = memoryKept()
    const first = setup(kept)
    first.tables.set('s', { table: scored, schema: [] })
    first.engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    const d = first.engine.design({ ...design, controlSize: 0 })
    const { text } = first.engine.save({ name: 'Spring', review: null, budget: null })
    const k = await first.engine.keep({ text, name: 'Spring' })
    expect(k).toEqual({ name: 'Spring', savedAt: expect.any(String), bytes: text.length })
    // the stored record keeps the shape earlier versions wrote, so a kept campaign survives the update
    expect(Object.keys(kept.store.get('campaign:current')!).sort()).toEqual(['bytes', 'id', 'kind', 'name', 'savedAt', 'text'])

    const second = setup(kept).engine
    expect(await second.kept()).toEqual(k)
    const back = await second.restore()
    expect(back.fingerprint).toBe(d.fingerprint)
    expect(back.assignmentSize).toBe(6)
    expect(await second.forget()).toBe(true)
    expect(await second.kept()).toBeNull()
    await expect(second.restore()).rejects.toThrow(/No campaign is kept/)
    // an invalid document is refused before anything is stored
    await expect(second.keep({ text: '{"not":"a campaign"}', name: 'Bad' })).rejects.toThrow()
    expect(kept.store.size).toBe(0)
  })
})

describe('campaign engine: the follow-up against the customer-value predictions (issue #16 §4)', () => {
  // The scored table with the value panel's columns. P(alive) of C01…C14 in steps of 0.07:
  // 0.05, 0.12, …; expected purchases over 30 days: 0.5 each.
  const pAlive = ids.map((_, i) => 0.05 + 0.07 * i)
  const withValue: Table = {
    ...scored, name: 'scored-value.csv',
    columns: [...scored.columns, numberColumn('p_alive', Float64Array.from(pAlive)), numberColumn('expected_purchases_30d', new Float64Array(14).fill(0.5))],
  }
  const SEND = Date.UTC(2024, 2, 1)
  const day = (d: number, h = 12) => SEND + d * 86_400_000 + h * 3_600_000

  it('P(alive) bands against who bought, and expected against actual purchase days per creative', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: withValue, schema: [] })
    engine.audience({ datasetId: 's', spec, sourceName: 'scored-value.csv' })
    engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())
    engine.design(design)
    const assigned = csvRows(engine.exports({ prefix: 'p' }).assignment.csv)
    tables.set('r', { table: { name: 'results.csv', nRows: assigned.length, columns: [stringColumn('customer', assigned.map((r) => r.customer_id)), stringColumn('bought', assigned.map(() => 'no'))] }, schema: [] })
    engine.results({ datasetId: 'r', fileName: 'results.csv', columns: { id: 'customer', converted: 'bought' }, control: 'control', conversionBase: 'sent', alpha: 0.05, useAssignment: true })

    // Transactions of the first three assigned customers: x buys twice on day 5 and once on day 10
    // (2 purchase days); y buys on day 40 (after the 30-day window: none); z buys at the window's
    // last instant, send + 30 days (1). An outsider's purchase is ignored.
    const [x, y, z] = assigned
    const txIds = [x.customer_id, x.customer_id, x.customer_id, y.customer_id, z.customer_id, 'C99']
    const txDates = [day(5, 9), day(5, 17), day(10), day(40), day(30, 0), day(3)]
    tables.set('t', { table: { name: 'tx.csv', nRows: 6, columns: [stringColumn('customer', txIds), numberColumn('date', Float64Array.from(txDates))] }, schema: [] })
    const f = engine.followUp({ datasetId: 't', columns: { customer: 'customer', date: 'date' }, days: 30, defaultSendDate: SEND })
    const v = f.value!
    expect(v.horizonDays).toBe(30)
    expect(v.comparable).toBe(true)

    // expected: 0.5 per assigned customer of each arm; actual: the purchase days worked out above
    const actualOf = (id: string) => (id === x.customer_id ? 2 : id === z.customer_id ? 1 : 0)
    for (const arm of ['A', 'B', 'control']) {
      const members = assigned.filter((r) => r.creative === arm)
      const a = v.arms.find((q) => q.arm === arm)!
      expect(a.customers).toBe(members.length)
      expect(a.expected).toBeCloseTo(0.5 * members.length, 12)
      expect(a.actual).toBe(members.reduce((s, r) => s + actualOf(r.customer_id), 0))
    }
    // bands of P(alive): [0, .2) [.2, .4) [.4, .6) [.6, .8) [.8, 1]; buyers are x and z
    const pOf = (id: string) => pAlive[ids.indexOf(id)]
    const bandOf = (p: number) => Math.min(4, Math.floor(p * 5))
    expect(v.bands.map((b) => [b.from, b.to])).toEqual([[0, 0.2], [0.2, 0.4], [0.4, 0.6], [0.6, 0.8], [0.8, 1]])
    for (let b = 0; b < 5; b++) {
      const inBand = assigned.filter((r) => bandOf(pOf(r.customer_id)) === b)
      expect(v.bands[b].customers).toBe(inBand.length)
      expect(v.bands[b].buyers).toBe(inBand.filter((r) => r.customer_id === x.customer_id || r.customer_id === z.customer_id).length)
      if (inBand.length) expect(v.bands[b].meanPAlive).toBeCloseTo(inBand.reduce((s, r) => s + pOf(r.customer_id), 0) / inBand.length, 12)
      else expect(v.bands[b].rate).toBeNull()
    }

    // a 60-day follow-up against 30-day predictions: shown, but not called comparable
    expect(engine.followUp({ datasetId: 't', columns: { customer: 'customer', date: 'date' }, days: 60, defaultSendDate: SEND }).value!.comparable).toBe(false)
  })

  it('a table without the value columns gives no comparison', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: scored, schema: [] })
    engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    engine.groups({ datasetId: 's', features: ['spend'], k: 2, seed: 42 }, ctx())
    engine.design(design)
    const assigned = csvRows(engine.exports({ prefix: 'p' }).assignment.csv)
    tables.set('r', { table: { name: 'results.csv', nRows: assigned.length, columns: [stringColumn('customer', assigned.map((r) => r.customer_id)), stringColumn('bought', assigned.map(() => 'no'))] }, schema: [] })
    engine.results({ datasetId: 'r', fileName: 'results.csv', columns: { id: 'customer', converted: 'bought' }, control: 'control', conversionBase: 'sent', alpha: 0.05, useAssignment: true })
    tables.set('t', { table: { name: 'tx.csv', nRows: 1, columns: [stringColumn('customer', [assigned[0].customer_id]), numberColumn('date', Float64Array.from([day(2)]))] }, schema: [] })
    expect(engine.followUp({ datasetId: 't', columns: { customer: 'customer', date: 'date' }, days: 30, defaultSendDate: SEND }).value).toBeNull()
  })
})

describe('campaign engine: extra columns in the exported lists', () => {
  it('a column of the scored table, one of the groups step\'s enriched copy, and a refusal for neither', () => {
    const { tables, engine } = setup()
    tables.set('s', { table: scored, schema: [] })
    // the enriched copy: each customer's region, joined by id (C01 → R1, C02 → R2, …)
    const region = ids.map((_, i) => `R${i + 1}`)
    tables.set('e', { table: { ...scored, name: 'enriched.csv', columns: [...scored.columns, stringColumn('region', region)] }, schema: [] })
    engine.audience({ datasetId: 's', spec, sourceName: 'scored.csv' })
    engine.groups({ datasetId: 'e', features: ['spend'], k: 2, seed: 42 }, ctx())
    engine.design(design)
    const rows = csvRows(engine.exports({ prefix: 'p', columns: ['spend', 'region'] }).assignment.csv)
    expect(Object.keys(rows[0])).toEqual(['customer_id', 'creative', 'group', 'score', 'spend', 'region'])
    for (const r of rows) {
      const i = ids.indexOf(r.customer_id)
      expect(Number(r.spend)).toBe(spend[i])
      expect(r.region).toBe(`R${i + 1}`)
    }
    expect(() => engine.exports({ prefix: 'p', columns: ['nope'] })).toThrow(expect.objectContaining({ code: 'campaign.export.noColumn' }))
  })
})
