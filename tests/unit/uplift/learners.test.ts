import { describe, expect, it } from 'vitest'
import { UpliftModel, parseLearnerName } from '@/ml/uplift/learners'
import { MultiArmUplift, planRollout, segmentCustomers } from '@/ml/uplift/multiarm'
import { balance, checkArms, splitByTreatmentOutcome } from '@/ml/uplift/experiment'
import { qiniAucScore } from '@/ml/uplift/metrics'
import { takeRows } from '@/ml/core/matrix'
import { GbtRegressor, ForestRegressor } from '@/ml/uplift/regtrees'
import { loadEstimator } from '@/ml/core/estimator'
import { synthetic } from './synthetic'

const d = synthetic(4000)
const t = Uint8Array.from(d.arm, (a) => (a === 'A' ? 1 : 0))
const split = splitByTreatmentOutcome(t, d.y, 0.3, 42)
const Xtr = takeRows(d.X, split.train), Xte = takeRows(d.X, split.test)
const at = <T>(a: ArrayLike<T>, idx: Int32Array): T[] => Array.from(idx, (i) => a[i])

describe('uplift learners', () => {
  it('split keeps each treatment × outcome stratum share (largest remainders)', () => {
    const count = (rows: Int32Array, k: number): number => Array.from(rows).filter((i) => 2 * t[i] + d.y[i] === k).length
    for (let k = 0; k < 4; k++) {
      const all = count(split.train, k) + count(split.test, k)
      expect(Math.abs(count(split.test, k) - 0.3 * all)).toBeLessThanOrEqual(1)
    }
    expect(split.test.length).toBe(Math.ceil(0.3 * 4000))
  })

  for (const name of ['t-lr', 's-gbt', 'x-lr', 'ct-lr', 't-rf', 'x-gbt']) {
    it(`${name} ranks the customers the e-mail moves first (Qini AUC ≥ half the true effect's) and round-trips through JSON`, async () => {
      const m = new UpliftModel({ ...parseLearnerName(name), baseParams: name.endsWith('rf') ? { nEstimators: 30 } : {} })
      await m.fit(Xtr, at(t, split.train), at(d.y, split.train))
      const u = m.predictUplift(Xte)
      const q = qiniAucScore(at(d.y, split.test), u, at(t, split.test))
      // the ranking by the true uplift is the best any model can do on these rows
      const oracle = qiniAucScore(at(d.y, split.test), Array.from(split.test, (i) => d.trueUplift('A', d.X.data[i * 3])), at(t, split.test))
      console.log(`${name}: Qini AUC ${q.toFixed(4)}, true uplift's ${oracle.toFixed(4)}`)
      expect(q).toBeGreaterThan(0.5 * oracle)
      // the effect is 0.30 above x0 = 0.5 and 0 below: mean predicted uplift on each side
      const hi: number[] = [], lo: number[] = []
      split.test.forEach((i, k) => (d.X.data[i * 3] > 0.6 ? hi : d.X.data[i * 3] < 0.4 ? lo : []).push(u[k]))
      const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length
      expect(mean(hi) - mean(lo)).toBeGreaterThan(0.12)
      const again = UpliftModel.load(JSON.parse(JSON.stringify(m.toJSON())))
      expect(Array.from(again.predictUplift(Xte))).toEqual(Array.from(u))
    })
  }

  it('continuous outcome (spend): T- and X-learners with regressors recover the effect of about 6', async () => {
    for (const name of ['t-gbt', 'x-lr']) {
      const m = new UpliftModel({ ...parseLearnerName(name), outcome: 'continuous' })
      await m.fit(Xtr, at(t, split.train), at(d.spend, split.train))
      const u = m.predictUplift(Xte)
      const hi: number[] = []
      split.test.forEach((i, k) => { if (d.X.data[i * 3] > 0.6) hi.push(u[k]) })
      // true effect above 0.5: 20 × 0.3 = 6
      expect(Math.abs(hi.reduce((s, x) => s + x, 0) / hi.length - 6)).toBeLessThan(2.5)
    }
  })

  it('bad input: non-binary outcome for a binary learner, class transformation on spend', async () => {
    await expect(new UpliftModel({ learner: 't', base: 'lr' }).fit(Xtr, at(t, split.train), at(d.spend, split.train))).rejects.toMatchObject({ code: 'uplift.outcomeNotBinary' })
    expect(() => new UpliftModel({ learner: 'ct', base: 'lr', outcome: 'continuous' })).toThrow(expect.objectContaining({ code: 'uplift.ctNeedsBinary' }))
    expect(() => parseLearnerName('t-svm')).toThrow(expect.objectContaining({ code: 'uplift.badLearnerName' }))
  })

  it('tree regressors fit a step function and reload', () => {
    const X = { rows: 400, cols: 1, data: Float64Array.from({ length: 400 }, (_, i) => i / 400) }
    const y = Float64Array.from(X.data, (x) => (x > 0.5 ? 3 : 1))
    for (const m of [new GbtRegressor({ maxIter: 50 }), new ForestRegressor({ nEstimators: 20 })]) {
      m.fit(X, y)
      const p = m.predict({ rows: 2, cols: 1, data: Float64Array.of(0.2, 0.8) })
      expect(p[0]).toBeCloseTo(1, 1)
      expect(p[1]).toBeCloseTo(3, 1)
      expect(Array.from((loadEstimator(m.toJSON()) as GbtRegressor).predict(X))).toEqual(Array.from(m.predict(X)))
    }
  })
})

describe('several treatments vs one control', () => {
  it('best creative per customer, segments, expected incremental conversions and a budgeted roll-out', async () => {
    const m3 = synthetic(6000, ['A', 'B', 'control'], 11)
    const mm = new MultiArmUplift({ learner: 't', base: 'lr' })
    await mm.fit(m3.X, m3.arm, m3.y, 'control')
    expect(mm.arms).toEqual(['A', 'B'])
    const s = mm.score(m3.X, { value: 50, costPerContact: 1 })
    // A is best above x0 = 0.5, B below: at least 80% of confident customers get the right creative
    let right = 0, n = 0
    for (let i = 0; i < m3.X.rows; i++) {
      const x0 = m3.X.data[i * 3]
      if (x0 > 0.35 && x0 < 0.65) continue
      n++
      if (s.best[i] >= 0 && mm.arms[s.best[i]] === (x0 > 0.5 ? 'A' : 'B')) right++
    }
    expect(right / n).toBeGreaterThan(0.8)
    // expected incremental conversions ≈ Σ best uplift; true value ≈ 0.15 per customer (0.30 on one creative or the other)
    expect(s.expectedIncrementalConversions / m3.X.rows).toBeGreaterThan(0.08)
    const c = s.segments.counts
    expect(c.persuadable + c.sureThing + c.lostCause + c.doNotDisturb).toBe(m3.X.rows)
    expect(c.persuadable).toBeGreaterThan(m3.X.rows / 2)
    const plan = planRollout(s, { costPerContact: 1, budget: 1000 })
    expect(plan.rows.length).toBe(1000)
    expect(plan.totalCost).toBe(1000)
    for (let k = 1; k < plan.rows.length; k++) expect(plan.rows[k].profit).toBeLessThanOrEqual(plan.rows[k - 1].profit)
    const again = MultiArmUplift.load(JSON.parse(JSON.stringify(mm.toJSON())))
    expect(Array.from(again.score(m3.X, { value: 50, costPerContact: 1 }).best)).toEqual(Array.from(s.best))
  })

  it('segments by hand: uplift threshold 0.01, response threshold 0.2', () => {
    const r = segmentCustomers([0.05, -0.05, 0.0, 0.005], [0.1, 0.1, 0.5, 0.1], { responseThreshold: 0.2 })
    expect(r.segment).toEqual(['persuadable', 'doNotDisturb', 'sureThing', 'lostCause'])
  })

  it('arm checks: no control arm, control without responders, small arms; balance flags a rule-based assignment', () => {
    expect(() => checkArms(['A', 'B'], [1, 0], 'control', 'binary')).toThrow(expect.objectContaining({ code: 'uplift.noControlArm' }))
    expect(() => checkArms(['A', 'control', 'control'], [1, 0, 0], 'control', 'binary')).toThrow(expect.objectContaining({ code: 'uplift.controlNoResponders' }))
    const w = checkArms(['A', 'A', 'control', 'control'], [1, 0, 1, 0], 'control', 'binary').warnings
    expect(w.map((x) => x.code)).toEqual(['uplift.smallArm', 'uplift.smallArm'])
    // treated when x0 > 0.5: SMD on x0 ≈ (0.75 − 0.25)/√(1/12) ≫ 0.1; x1, x2 balanced
    const rule = Uint8Array.from({ length: d.X.rows }, (_, i) => (d.X.data[i * 3] > 0.5 ? 1 : 0))
    const b = balance(d.X, rule, ['x0', 'x1', 'x2'])
    expect(b.rows[0].smd).toBeGreaterThan(1.5)
    expect(b.warnings.map((x) => x.params.feature)).toEqual(['x0'])
    expect(balance(d.X, t, ['x0', 'x1', 'x2']).warnings).toEqual([])
  })
})
