import { describe, expect, it } from 'vitest'
import { campaignHandlers } from '../../../workers/ml/campaign'
import { putTable } from '../../../workers/ml/tables'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { modelCard, packArtifacts, parseModelFile, scoreTable } from '@/ml/modelfile'

/**
 * The campaign worker's results → who-to-contact-next path without a browser: the experiment block
 * takes the drawn design's planned split, and the T-learner's roll-out keeps exactly the customers
 * the test shows creative A works on.
 */
const ctx = { onProgress: () => {}, cancel: { cancelled: false } }
const id = (i: number): string => `C${String(i).padStart(4, '0')}`

// 800 scored customers; score falls with i, so the top 600 are C0001–C0600. "old" is every third
// within each block of 100, so every block of 100 customers has the same pattern.
const N = 800
const old = (i: number): number => (((i - 1) % 100) % 3 === 0 ? 1 : 0)
const scored: Table = {
  name: 'scored.csv', nRows: N,
  columns: [
    stringColumn('customer_id', Array.from({ length: N }, (_, k) => id(k + 1))),
    numberColumn('probability', Float64Array.from({ length: N }, (_, k) => 1 - (k + 1) / (N + 1))),
    numberColumn('old', Float64Array.from({ length: N }, (_, k) => old(k + 1))),
  ],
}

describe('campaign worker: experiment block and who to contact next', () => {
  it('checks the split against the design and rolls out creative A to the untested old customers only', async () => {
    putTable('scored', { table: scored, schema: [] })
    const aud = campaignHandlers.audience({ datasetId: 'scored', spec: { idColumn: 'customer_id', scoreColumn: 'probability', top: 600 }, sourceName: 'scored.csv' })
    expect(aud.size).toBe(600)
    const d = campaignHandlers.design({ sampleSize: 200, creatives: ['A', 'B'], controlSize: 100, seed: 42, remainder: 'spread' })
    expect(d.summary.map((s) => s.size)).toEqual([100, 100, 100])

    // Tested: C0001–C0300 (inside the audience). A converts half of the old customers and one in
    // ten of the others; B and the control get the same customers' pattern (one in ten), so their
    // models coincide and B's uplift is exactly 0.
    const arm = (i: number): string => (i <= 100 ? 'A' : i <= 200 ? 'B' : 'control')
    const slot = (i: number): number => (i - 1) % 100
    // (slot / 3) % 2: half of A's old customers buy
    const buys = (i: number): boolean => (arm(i) === 'A' && old(i) ? (slot(i) / 3) % 2 === 0 : slot(i) % 10 === 0)
    const ids = Array.from({ length: 300 }, (_, k) => k + 1)
    // B and the control need the same features too: both blocks of 100 have the same "old" pattern
    expect(ids.filter((i) => arm(i) === 'B').map((i) => old(i) + ':' + slot(i))).toEqual(ids.filter((i) => arm(i) === 'control').map((i) => old(i) + ':' + slot(i)))
    const results: Table = {
      name: 'results.csv', nRows: 300,
      columns: [
        stringColumn('customer', ids.map(id)),
        stringColumn('creative', ids.map(arm)),
        numberColumn('converted', Float64Array.from(ids, (i) => (buys(i) ? 1 : 0))),
      ],
    }
    putTable('results', { table: results, schema: [] })
    const r = campaignHandlers.results({
      datasetId: 'results', fileName: 'results.csv', columns: { id: 'customer', arm: 'creative', converted: 'converted' }, control: 'control',
      conversionBase: 'sent', alpha: 0.05, useAssignment: false,
    })
    const e = r.experiment!
    expect(e.srm.plannedFrom).toBe('design')
    expect(e.srm.observed).toEqual([100, 100, 100])
    expect(e.srm.chi2).toBe(0)
    expect(e.arms.map((a) => a.arm)).toEqual(['A', 'B'])
    // B 10/100 vs control 10/100: relative lift 0, chance to win exactly one half
    expect(e.arms[1].relative!.estimate).toBe(0)
    expect(e.arms[1].bayesian!.chanceToWin).toBeCloseTo(0.5, 12)

    const plan = await campaignHandlers.upliftPlan({ features: ['old'], value: 50, costPerContact: 1 }, ctx)
    expect(plan.control).toBe('control')
    expect(plan.arms).toEqual(['A', 'B'])
    // A: 17 of its 34 old customers (slots 0, 6, …, 96) plus the 6 others at slots 10, 20, 40, 50, 70, 80
    expect(plan.trained).toEqual([{ arm: 'A', n: 100, converted: 23 }, { arm: 'B', n: 100, converted: 10 }, { arm: 'control', n: 100, converted: 10 }])
    expect(plan.unmatched).toBe(0)
    // the untested audience: C0301–C0600
    expect(plan.scored).toBe(300)
    const untestedOld = Array.from({ length: 300 }, (_, k) => k + 301).filter((i) => old(i)).length
    expect(plan.rollout.count).toBe(untestedOld)
    expect(plan.rollout.byArm).toEqual([{ arm: 'A', count: untestedOld }, { arm: 'B', count: 0 }])
    expect(plan.rollout.totalCost).toBe(untestedOld)
    expect(plan.rollout.firstIds.every((x) => old(Number(x.slice(1))) === 1)).toBe(true)

    // Held-out check, 30 % of each arm pair stratified by treatment × outcome (largest remainders):
    // A + control = 200 rows → 60 held out; strata (control no/yes, A no/yes) = 90, 10, 77, 23 →
    // 27, 3, 23.1, 6.9 → floors 27, 3, 23, 6 and the one left to A-yes (remainder 0.9).
    const [ea, eb] = plan.evaluation
    expect(ea.arm).toBe('A')
    expect([ea.nTrain, ea.nTest]).toEqual([140, 60])
    expect(ea.test).toEqual({ treated: 30, control: 30, treatedResponders: 7, controlResponders: 3 })
    // the Qini curve ends at 7 − 3·30/30 = 4 after all 60; random targeting is the line to that point
    expect(ea.random).toEqual({ x: [0, 60], y: [0, 4] })
    expect(ea.qini.x.at(-1)).toBe(60)
    expect(ea.qini.y.at(-1)).toBeCloseTo(4, 12)
    expect(ea.byDecile).toHaveLength(10)
    expect(ea.byDecile.reduce((s, r) => s + r.nTreatment + r.nControl, 0)).toBe(60)
    // A works on the old customers only and the model ranks them first: better than random
    expect(ea.qiniAuc).toBeGreaterThan(0)
    // B + control: 90, 10, 90, 10 → 27, 3, 27, 3; the curve ends at 3 − 3 = 0
    expect(eb.arm).toBe('B')
    expect(eb.test).toEqual({ treated: 30, control: 30, treatedResponders: 3, controlResponders: 3 })
    expect(eb.random.y).toEqual([0, 0])

    // The roll-out list as CSV: one row per customer to contact, all with creative A
    const file = campaignHandlers.rolloutExport({ prefix: 'Spring sale' })
    expect(file.fileName).toBe('Spring_sale_rollout.csv')
    expect(file.rows).toBe(untestedOld)
    const lines = file.csv.trim().split('\n')
    expect(lines[0]).toBe('rank,customer_id,best_creative,predicted_uplift,expected_profit,uplift_A,uplift_B,reasons')
    expect(lines).toHaveLength(untestedOld + 1)
    const cells = lines.slice(1).map((l) => l.split(','))
    expect(cells.map((c) => c[0])).toEqual(Array.from({ length: untestedOld }, (_, k) => String(k + 1)))
    expect(cells.every((c) => c[2] === 'A' && old(Number(c[1].slice(1))) === 1)).toBe(true)
    // expected profit = uplift × 50 − 1 and the best creative's uplift is its own column
    for (const c of cells) {
      expect(Number(c[4])).toBeCloseTo(Number(c[3]) * 50 - 1, 9)
      expect(c[5]).toBe(c[3])
      // the one feature, "old", is why: old customers are the ones A persuades
      expect(c[7]).toMatch(/^old=1 \(\+\d+\.\d\d\)$/)
    }

    // Saved as an uplift model file and opened again: the same best creative for the untested
    // customers as the roll-out, from the file alone; the card keeps the held-out Qini AUC per creative
    const saved = await campaignHandlers.upliftModelFile({ name: 'Who to contact next' })
    const loaded = await parseModelFile(packArtifacts(saved.artifacts), saved.fileName)
    const untested = { ...scored, nRows: 300, columns: scored.columns.map((c) => (c.storage === 'number' ? { ...c, values: c.values.slice(300, 600) } : { ...c, codes: c.codes.slice(300, 600) })) }
    const sc = scoreTable(loaded, untested, { reasons: 0 })
    // every roll-out customer (the old ones) gets A from the file, with the roll-out's own uplift
    for (const c of cells) {
      const k = Number(c[1].slice(1)) - 301
      expect(sc.bestArm![k]).toBe('A')
      expect(sc.armUplift![0][k]).toBe(Number(c[5]))
    }
    expect(sc.bestArm!.filter((b, k) => b === 'A' && old(k + 301)).length).toBe(untestedOld)
    const card = modelCard(loaded.manifest, loaded)
    expect(card.uplift).toEqual({ learner: 't', base: 'lr', control: 'control', arms: ['A', 'B'], trained: [{ arm: 'A', customers: 100, converted: 23 }, { arm: 'B', customers: 100, converted: 10 }, { arm: 'control', customers: 100, converted: 10 }] })
    expect(card.metrics).toEqual(expect.arrayContaining([{ name: 'qiniAuc.A', value: ea.qiniAuc }, { name: 'qiniAuc.B', value: eb.qiniAuc }]))
    expect(card.containsCustomerRows).toBe(false)
    expect(loaded.manifest.target).toEqual({ name: 'converted', positive: 'yes', type: 'binary' })

    // The budget on the measured uplift: every tested customer scores above 0.62 (the likely band);
    // contacted A + B 33/200 against the control's 10/100 → +0.065, the other bands take that too
    const bands = [{ name: 'likely', min: 0.5, max: 1 }, { name: 'hesitant', min: 0.15, max: 0.5 }, { name: 'unlikely', min: 0, max: 0.15 }]
    const channels = [{ name: 'email', costPerContact: 0.1, conversionFactor: 1 }, { name: 'phone call', costPerContact: 5, conversionFactor: 2 }]
    const b = campaignHandlers.budget({ bands, channels, revenuePerConversion: 50, measured: { channel: 'email' } })
    expect(b.measured!.control).toBe('control')
    expect(b.measured!.bands[0]).toEqual({ band: 'likely', treated: 200, control: 100, uplift: expect.closeTo(0.065, 14), source: 'band' })
    expect(b.measured!.bands[1].source).toBe('overall')
    expect(b.bands[0].options[0].conversionRate).toBeCloseTo(0.065, 14)
    expect(b.bands[0].options[1].conversionRate).toBeCloseTo(0.13, 14)
    // audience scores 1 − k/801: k ≤ 400 likely (≥ 0.5), the other 200 hesitant (down to 0.251)
    expect(b.bands.map((x) => x.customers)).toEqual([400, 200, 0])
    expect(b.bands[0].options[0].expectedConversions).toBeCloseTo(400 * 0.065, 9)
    expect(b.bands[1].options[0].expectedConversions).toBeCloseTo(200 * 0.065, 9)
    // without the option: the conversion factors' rule (mean score × factor)
    expect(campaignHandlers.budget({ bands, channels, revenuePerConversion: 50 }).measured).toBeUndefined()
    // a new draw drops the results: asked for the measured uplift, the plan says it uses the factors
    campaignHandlers.design({ sampleSize: 200, creatives: ['A', 'B'], controlSize: 100, seed: 7, remainder: 'spread' })
    const again = campaignHandlers.budget({ bands, channels, revenuePerConversion: 50, measured: { channel: 'email' } })
    expect(again.measured).toBeUndefined()
    expect(again.warnings.map((w) => w.code)).toContain('campaign.budget.noMeasuredTest')
  })
})
