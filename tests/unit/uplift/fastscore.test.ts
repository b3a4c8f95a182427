/**
 * The compiled scorer (src/ml/estimators/_shared/compiled.ts) behind UpliftModel.predict against the
 * straightforward path: each part's estimator, reloaded from the model's JSON, scoring one row at a
 * time through its own predict, combined by the learner's formula. Equal to the last bit, including
 * rows exactly on a split threshold (x <= threshold goes left) and missing values (NaN goes right).
 */
import { describe, expect, it } from 'vitest'
import { Rng } from '@/ml/core/random'
import type { Matrix } from '@/ml/core/matrix'
import { loadEstimator, type Classifier, type EstimatorJSON, type Regressor } from '@/ml/core/estimator'
import { decodeFloat64 } from '@/ml/core/estimator'
import { decodeInt32 } from '@/ml/estimators/_shared/util'
import { UpliftModel, MultiArmUplift, type UpliftModelJSON } from '@/ml/uplift'
import { compileEnsembles, scoreEnsembles, hasTreeEnsemble } from '@/ml/estimators/_shared/compiled'
import { RandomForestClassifier } from '@/ml/estimators/forest'
import { HistGradientBoostingClassifier } from '@/ml/estimators/gbt'

/** 8 columns: two continuous, a month 1..12, a 0/1 flag, a one-hot of four levels; arms A, B, control. */
function data(n: number, seed: number): { X: Matrix; arm: string[]; y: Float64Array; spend: Float64Array } {
  const rng = new Rng(seed)
  const p = 8
  const d = new Float64Array(n * p)
  const arm: string[] = [], y = new Float64Array(n), spend = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const x0 = rng.next(), x1 = rng.normal(), month = 1 + rng.int(12), flag = rng.next() < 0.3 ? 1 : 0, level = rng.int(4)
    d.set([x0, x1, month, flag, level === 0 ? 1 : 0, level === 1 ? 1 : 0, level === 2 ? 1 : 0, level === 3 ? 1 : 0], i * p)
    const a = ['A', 'B', 'control'][rng.int(3)]
    arm.push(a)
    const lift = a === 'A' ? (x0 > 0.5 ? 0.25 : 0) + 0.05 * flag : a === 'B' ? (month <= 6 ? 0.2 : -0.05) + (level === 2 ? 0.1 : 0) : 0
    y[i] = rng.next() < 0.15 + 0.1 * x1 * x1 / 4 + lift ? 1 : 0
    spend[i] = y[i] ? 20 + 5 * rng.normal() + 10 * lift : 0
  }
  return { X: { rows: n, cols: p, data: d }, arm, y, spend }
}

/** New rows to score: fresh draws, then rows whose values sit exactly on the models' thresholds, then rows with NaN. */
function scoringRows(json: EstimatorJSON[], seed: number): Matrix {
  const base = data(600, seed).X
  const p = base.cols
  const rows: number[][] = []
  for (let i = 0; i < base.rows; i++) rows.push(Array.from(base.data.subarray(i * p, (i + 1) * p)))
  const rng = new Rng(seed + 1)
  for (const j of json) {
    const s = j.state as Record<string, string>
    const feature = decodeInt32(s.feature), thr = decodeFloat64(s.threshold)
    for (let k = 0; k < feature.length; k += 3) {
      if (feature[k] < 0) continue
      const r = rows[rng.int(base.rows)].slice()
      r[feature[k]] = thr[k]
      rows.push(r)
    }
  }
  for (let k = 0; k < 60; k++) {
    const r = rows[rng.int(base.rows)].slice()
    r[k % p] = NaN
    if (k % 3 === 0) r[(k + 3) % p] = NaN
    rows.push(r)
  }
  return { rows: rows.length, cols: p, data: Float64Array.from(rows.flat()) }
}

/** One row at a time through the part's own estimator. */
function perRow(part: { model: EstimatorJSON; proba: boolean }, X: Matrix): Float64Array {
  const est = loadEstimator(part.model) as Classifier | Regressor
  const out = new Float64Array(X.rows)
  for (let i = 0; i < X.rows; i++) {
    const one = { rows: 1, cols: X.cols, data: X.data.slice(i * X.cols, (i + 1) * X.cols) }
    out[i] = part.proba ? (est as Classifier).predictProba(one)[0] : (est as Regressor).predict(one)[0]
  }
  return out
}

function straightforward(json: UpliftModelJSON, X: Matrix): { uplift: Float64Array; treated: Float64Array | null; control: Float64Array | null } {
  const P = json.parts
  const n = X.rows
  if (json.options.learner === 'ct') {
    const z = perRow(P.z, X)
    return { uplift: z.map((v) => 2 * v - 1), treated: null, control: null }
  }
  const treated = perRow(P.treated, X), control = perRow(P.control, X)
  const uplift = new Float64Array(n)
  if (json.options.learner === 't') for (let i = 0; i < n; i++) uplift[i] = treated[i] - control[i]
  else {
    const t1 = perRow(P.tauTreated, X), t0 = perRow(P.tauControl, X), g = json.treatedShare
    for (let i = 0; i < n; i++) uplift[i] = g * t0[i] + (1 - g) * t1[i]
  }
  return { uplift, treated, control }
}

/** Index of the first value that differs (NaN equal to NaN), or −1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return -2
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i]))) return i
  return -1
}

const train = data(2400, 11)
const binaryArms = (arm: string): number => (arm === 'A' ? 1 : 0)
const pairRows = train.arm.map((a, i) => (a === 'B' ? -1 : i)).filter((i) => i >= 0)
const Xpair: Matrix = { rows: pairRows.length, cols: train.X.cols, data: Float64Array.from(pairRows.flatMap((i) => Array.from(train.X.data.subarray(i * 8, (i + 1) * 8)))) }
const tPair = pairRows.map((i) => binaryArms(train.arm[i]))
const yPair = pairRows.map((i) => train.y[i])
const spendPair = pairRows.map((i) => train.spend[i])

describe('compiled tree scoring equals the per-row path exactly', () => {
  const cases: { learner: 't' | 'x' | 'ct'; base: 'gbt' | 'rf'; outcome: 'binary' | 'continuous'; params?: Record<string, unknown> }[] = [
    { learner: 't', base: 'gbt', outcome: 'binary' },
    { learner: 'x', base: 'gbt', outcome: 'binary' },
    { learner: 'ct', base: 'gbt', outcome: 'binary' },
    { learner: 't', base: 'gbt', outcome: 'continuous' },
    // forests: deep trees with more leaves than one bitmask holds (walked) beside small ones (masked)
    { learner: 't', base: 'rf', outcome: 'binary', params: { nEstimators: 12 } },
    { learner: 'x', base: 'rf', outcome: 'continuous', params: { nEstimators: 8 } },
  ]
  for (const c of cases) {
    it(`${c.learner}-${c.base}, ${c.outcome} outcome`, async () => {
      const m = new UpliftModel({ learner: c.learner, base: c.base, outcome: c.outcome, baseParams: c.params ?? {} })
      await m.fit(Xpair, tPair, c.outcome === 'binary' ? yPair : spendPair)
      const json = m.toJSON()
      const X = scoringRows(Object.values(json.parts).map((p) => p.model), 5)
      const fast = m.predict(X)
      const ref = straightforward(json, X)
      expect(firstDifference(fast.uplift, ref.uplift)).toBe(-1)
      if (ref.treated) {
        expect(firstDifference(fast.treated!, ref.treated)).toBe(-1)
        expect(firstDifference(fast.control!, ref.control!)).toBe(-1)
      }
      // the scores are not all alike (the comparison would prove little otherwise)
      expect(new Set(fast.uplift).size).toBeGreaterThan(20)
    })
  }

  it('several arms: the shared control model is scored once and each arm gets its own arrays', async () => {
    const mm = new MultiArmUplift({ learner: 't', base: 'gbt' })
    await mm.fit(train.X, train.arm, train.y, 'control')
    const X = scoringRows(mm.models.flatMap((m) => Object.values(m.toJSON().parts).map((p) => p.model)), 9)
    const fast = mm.predict(X)
    mm.models.forEach((m, k) => {
      const ref = straightforward(m.toJSON(), X)
      expect(firstDifference(fast[k].uplift, ref.uplift)).toBe(-1)
      expect(firstDifference(fast[k].control!, ref.control!)).toBe(-1)
    })
    expect(fast[0].control).not.toBe(fast[1].control)
    // both arms' control models are the same trees (fitted on the same control rows)
    expect(firstDifference(fast[0].control!, fast[1].control!)).toBe(-1)
  })

  it('classifiers on their own, masked and walked: forest and boosting with more than 32 leaves per tree', async () => {
    const y = Uint8Array.from(train.y)
    const rf = new RandomForestClassifier({ nEstimators: 6, seed: 3 })
    await rf.fit(train.X, y)
    const gb = new HistGradientBoostingClassifier({ maxLeafNodes: 48, maxIter: 15, minSamplesLeaf: 5, seed: 3 })
    await gb.fit(train.X, y)
    const X = scoringRows([rf.toJSON(), gb.toJSON()], 13)
    for (const maskLeaves of [0, 32]) {
      const [prf, pgb] = scoreEnsembles(compileEnsembles([rf.treeEnsemble(), gb.treeEnsemble()], maskLeaves), X)
      expect(firstDifference(prf, perRow({ model: rf.toJSON(), proba: true }, X))).toBe(-1)
      expect(firstDifference(pgb, perRow({ model: gb.toJSON(), proba: true }, X))).toBe(-1)
    }
    expect(hasTreeEnsemble(rf)).toBe(true)
    expect(() => scoreEnsembles(compileEnsembles([rf.treeEnsemble()]), { rows: 1, cols: 3, data: new Float64Array(3) })).toThrow(RangeError)
  })
})
