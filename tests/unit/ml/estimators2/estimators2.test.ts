import { describe, expect, it } from 'vitest'
import { fromRows } from '../../../../src/ml/core/matrix'
import { loadEstimator, type Classifier, type EstimatorJSON } from '../../../../src/ml/core/estimator'
import { CancelledError } from '../../../../src/ml/core/progress'
import { MessageError } from '../../../../src/ml/core/message'
import { SVC, plattSigmoid } from '../../../../src/ml/estimators/svm'
import { RandomForestClassifier } from '../../../../src/ml/estimators/forest'
import { HistGradientBoostingClassifier } from '../../../../src/ml/estimators/gbt'
import { VotingClassifier } from '../../../../src/ml/estimators/voting'
import { fitBins, applyBins } from '../../../../src/ml/estimators/_shared/binning'
import { accuracy, auc, blobs, xor } from './data'

const roundTrip = (m: Classifier): Classifier => loadEstimator(JSON.parse(JSON.stringify(m.toJSON())) as EstimatorJSON) as Classifier

describe('SVC', () => {
  it('linear kernel on separable points finds the max-margin hyperplane x1 = 1', () => {
    const X = fromRows([[0, 0], [0, 1], [2, 0], [2, 1], [-1, 0.5], [3, 0.5]])
    const y = Uint8Array.from([0, 0, 1, 1, 0, 1])
    const m = new SVC({ kernel: 'linear', C: 1000, probability: false })
    m.fitSync(X, y)
    const w = m.weights
    // margin 1 on both sides: w = (1, 0), w·x − rho = x1 − 1
    expect(w[0]).toBeCloseTo(1, 2)
    expect(w[1]).toBeCloseTo(0, 2)
    expect(m.intercept).toBeCloseTo(-1, 2)
    expect(m.nSupport).toBeGreaterThanOrEqual(2) // the dual is degenerate here: 2 to 4 points on the margins
    expect(Array.from(m.decisionFunction(fromRows([[1, 7], [0.5, 0]])))).toEqual([expect.closeTo(0, 2), expect.closeTo(-0.5, 2)])
  })

  it('RBF separates XOR; predict is the sign of the decision function; gamma scale = 1/(p·var)', async () => {
    const tr = xor(300, 1), te = xor(300, 2)
    const m = new SVC({ kernel: 'rbf', C: 10, seed: 3 })
    await m.fit(tr.X, tr.y)
    expect(accuracy(te.y, m.predict(te.X))).toBeGreaterThan(0.93)
    const d = m.decisionFunction(te.X)
    expect(Array.from(m.predict(te.X))).toEqual(Array.from(d, (v) => (v > 0 ? 1 : 0)))
    // Platt: probability increases with the decision value
    const p = m.predictProba(te.X)
    const order = Array.from(d.keys()).sort((a, b) => d[a] - d[b])
    for (let k = 1; k < order.length; k++) expect(p[order[k]]).toBeGreaterThanOrEqual(p[order[k - 1]])
    expect(m.plattAB![0]).toBeLessThan(0)
    let s = 0, s2 = 0
    for (const v of tr.X.data) { s += v; s2 += v * v }
    const v = s2 / tr.X.data.length - (s / tr.X.data.length) ** 2
    expect(m.gamma).toBeCloseTo(1 / (2 * v), 12)
    // JSON round trip predicts identically and says it holds training rows
    const j = m.toJSON()
    expect(j.containsTrainingRows).toBe(true)
    const r = roundTrip(m)
    expect(Array.from(r.predictProba(te.X))).toEqual(Array.from(p))
    expect(Array.from(r.predict(te.X))).toEqual(Array.from(m.predict(te.X)))
  })

  it('Platt sigmoid fit matches a hand-checkable symmetric case', () => {
    // symmetric decision values → B ≈ 0, A < 0
    const dec = Float64Array.from([-2, -1, -0.5, 0.5, 1, 2])
    const [A, B] = plattSigmoid(dec, Uint8Array.from([0, 0, 1, 0, 1, 1]))
    expect(A).toBeLessThan(0)
    expect(Math.abs(B)).toBeLessThan(1e-6)
  })

  it('weighted Platt equals repeating each positive; calibrate() takes the sigmoid from outer decision values', async () => {
    const dec = Float64Array.from([-2.1, -1.3, -0.4, 0.2, -0.7, 0.9, 1.6, -0.1, 0.3, 2.2])
    const lab = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 0, 1, 1])
    // weight 3 on positives = the same positives three times (libsvm's prior terms use the weighted counts)
    const rep: number[] = [], repY: number[] = []
    dec.forEach((d, i) => { for (let r = 0; r < (lab[i] ? 3 : 1); r++) { rep.push(d); repY.push(lab[i]) } })
    const [A3, B3] = plattSigmoid(dec, lab, 3)
    const [Ar, Br] = plattSigmoid(Float64Array.from(rep), Uint8Array.from(repY))
    expect(A3).toBeCloseTo(Ar, 6)
    expect(B3).toBeCloseTo(Br, 6)
    expect(B3).toBeLessThan(plattSigmoid(dec, lab)[1]) // more positive weight → higher probabilities
    const tr = xor(200, 4), te = xor(200, 5)
    const m = new SVC({ kernel: 'rbf', C: 10, probability: false })
    await m.fit(tr.X, tr.y)
    expect(m.plattAB).toBeNull()
    m.calibrate(m.decisionFunction(te.X), te.y)
    expect(m.plattAB![0]).toBeLessThan(0)
    expect(m.options.probability).toBe(true)
    const j = m.toJSON()
    expect(j.state.plattSource).toBe('outer-cv')
    expect(Array.from(roundTrip(m).predictProba(te.X))).toEqual(Array.from(m.predictProba(te.X)))
  })

  it('is deterministic for a seed and validates parameters', () => {
    const { X, y } = blobs(120, 5)
    const a = new SVC({ seed: 9 }); a.fitSync(X, y)
    const b = new SVC({ seed: 9 }); b.fitSync(X, y)
    expect(Array.from(a.predictProba(X))).toEqual(Array.from(b.predictProba(X)))
    expect(() => new SVC({ C: 0 })).toThrow(MessageError)
    expect(() => new SVC({ gamma: -1 })).toThrow(/gamma/)
    expect(() => new SVC({ kernel: 'poly' as never })).toThrow(/kernel/)
    expect(() => new SVC().fitSync(X, new Uint8Array(X.rows))).toThrow(/one class/)
    expect(() => new SVC().predict(X)).toThrow(/not fitted/)
    expect(() => a.predict(fromRows([[1, 2, 3]]))).toThrow(/3 columns/)
  })
})

describe('RandomForestClassifier', () => {
  it('single unbootstrapped tree with all features splits a 1-D step exactly', () => {
    const X = fromRows([[0], [1], [2], [3], [4], [5]])
    const y = Uint8Array.from([0, 0, 0, 1, 1, 1])
    const m = new RandomForestClassifier({ nEstimators: 1, bootstrap: false, maxFeatures: 'all' })
    m.fitSync(X, y)
    expect(m.nodeCount).toBe(3)
    expect(Array.from(m.predictProba(fromRows([[2.4], [2.6], [-10], [10]])))).toEqual([0, 1, 0, 1])
  })

  it('learns XOR, ranks informative features first, round-trips, is seed-deterministic', async () => {
    const tr = xor(400, 3), te = xor(300, 4)
    // add 3 noise columns
    const add = (X: typeof tr.X, seed: number) => {
      const rows: number[][] = []
      let s = seed
      for (let i = 0; i < X.rows; i++) { const r = [X.data[2 * i], X.data[2 * i + 1]]; for (let k = 0; k < 3; k++) { s = (s * 16807) % 2147483647; r.push(s / 2147483647) } rows.push(r) }
      return fromRows(rows)
    }
    const Xtr = add(tr.X, 11), Xte = add(te.X, 12)
    const m = new RandomForestClassifier({ nEstimators: 30, seed: 1, maxFeatures: 2 })
    const progress: number[] = []
    await m.fit(Xtr, tr.y, { onProgress: (f) => progress.push(f) })
    expect(accuracy(te.y, m.predict(Xte))).toBeGreaterThan(0.9)
    expect(progress.at(-1)).toBe(1)
    const imp = m.featureImportances
    expect(imp.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10)
    expect(Math.min(imp[0], imp[1])).toBeGreaterThan(Math.max(imp[2], imp[3], imp[4]))
    const r = roundTrip(m)
    expect(Array.from(r.predictProba(Xte))).toEqual(Array.from(m.predictProba(Xte)))
    const m2 = new RandomForestClassifier({ nEstimators: 30, seed: 1, maxFeatures: 2 })
    m2.fitSync(Xtr, tr.y)
    expect(Array.from(m2.predictProba(Xte))).toEqual(Array.from(m.predictProba(Xte)))
    const m3 = new RandomForestClassifier({ nEstimators: 30, seed: 2, maxFeatures: 2 })
    m3.fitSync(Xtr, tr.y)
    expect(Array.from(m3.predictProba(Xte))).not.toEqual(Array.from(m.predictProba(Xte)))
  })

  it('beats a floor on noisy blobs, honours maxDepth, cancels and validates', async () => {
    const tr = blobs(400, 7, 1, 3), te = blobs(400, 8, 1, 3)
    const m = new RandomForestClassifier({ nEstimators: 50, maxDepth: 3, minSamplesLeaf: 5 })
    m.fitSync(tr.X, tr.y)
    expect(auc(te.y, m.predictProba(te.X))).toBeGreaterThan(0.88)
    expect(m.nodeCount).toBeLessThanOrEqual(50 * 15)
    await expect(new RandomForestClassifier().fit(tr.X, tr.y, { cancel: { cancelled: true } })).rejects.toBeInstanceOf(CancelledError)
    expect(() => new RandomForestClassifier({ nEstimators: 0 })).toThrow(/nEstimators/)
    expect(() => new RandomForestClassifier({ maxFeatures: 'half' as never })).toThrow(/maxFeatures/)
    expect(() => new RandomForestClassifier({ minSamplesLeaf: 0 })).toThrow(MessageError)
  })
})

describe('HistGradientBoostingClassifier', () => {
  it('one stump with learning rate 1 has the hand-computed Newton leaf values ±2', () => {
    const X = fromRows([[0], [0], [1], [1]])
    const y = Uint8Array.from([0, 0, 1, 1])
    const m = new HistGradientBoostingClassifier({ maxIter: 1, learningRate: 1, minSamplesLeaf: 1, earlyStopping: false })
    m.fitSync(X, y)
    // baseline log-odds 0; g = p − y = ∓0.5, h = 0.25 → leaf = −G/H = −(2·0.5)/(2·0.25) = ∓2
    expect(Array.from(m.decisionFunction(fromRows([[0], [1]])))).toEqual([expect.closeTo(-2, 12), expect.closeTo(2, 12)])
    expect(m.predictProba(fromRows([[1]]))[0]).toBeCloseTo(1 / (1 + Math.exp(-2)), 12)
  })

  it('learns XOR, training loss falls, round-trips and is deterministic', async () => {
    const tr = xor(600, 5), te = xor(300, 6)
    const m = new HistGradientBoostingClassifier({ maxIter: 50, seed: 4 })
    await m.fit(tr.X, tr.y)
    expect(accuracy(te.y, m.predict(te.X))).toBeGreaterThan(0.93)
    expect(m.trainLoss.at(-1)!).toBeLessThan(m.trainLoss[0] / 3)
    expect(m.nIter).toBe(50) // early stopping 'auto' is off below 10,000 rows
    const r = roundTrip(m)
    expect(Array.from(r.predictProba(te.X))).toEqual(Array.from(m.predictProba(te.X)))
    const m2 = new HistGradientBoostingClassifier({ maxIter: 50, seed: 4 })
    m2.fitSync(tr.X, tr.y)
    expect(Array.from(m2.predictProba(te.X))).toEqual(Array.from(m.predictProba(te.X)))
  })

  it('early stopping stops on pure noise and validation loss is tracked', () => {
    const { X } = blobs(600, 9, 0, 2)
    const y = Uint8Array.from({ length: 600 }, (_, i) => (i * 7919) % 3 === 0 ? 1 : 0)
    const m = new HistGradientBoostingClassifier({ earlyStopping: true, nIterNoChange: 5, maxIter: 200 })
    m.fitSync(X, y)
    expect(m.nIter).toBeLessThan(200)
    expect(m.validationLoss.length).toBe(m.nIter + 1)
    expect(() => new HistGradientBoostingClassifier({ maxLeafNodes: 1 })).toThrow(/maxLeafNodes/)
    expect(() => new HistGradientBoostingClassifier({ learningRate: 0 })).toThrow(/learningRate/)
    expect(() => new HistGradientBoostingClassifier({ validationFraction: 1 })).toThrow(/validationFraction/)
  })

  it('binning: one bin per distinct value up to maxBins, quantiles beyond', () => {
    const X = fromRows([[1], [1], [2], [5]])
    const b = fitBins(X, 255)
    expect(Array.from(b.thresholds[0])).toEqual([1.5, 3.5])
    expect(Array.from(applyBins(X, b, true))).toEqual([0, 0, 1, 2])
    const big = fromRows(Array.from({ length: 1000 }, (_, i) => [i]))
    const b2 = fitBins(big, 10)
    expect(b2.nBins[0]).toBe(10)
    const counts = new Array(10).fill(0)
    for (const v of applyBins(big, b2, true)) counts[v]++
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
  })
})

describe('VotingClassifier', () => {
  it('soft and hard votes are the weighted mean / weighted vote share of the members', async () => {
    const tr = xor(300, 7), te = xor(100, 8)
    const rf = new RandomForestClassifier({ nEstimators: 10, seed: 1 })
    const gbt = new HistGradientBoostingClassifier({ maxIter: 20 })
    const svm = new SVC({ C: 10 })
    const soft = new VotingClassifier({ estimators: [{ name: 'rf', estimator: rf }, gbt, svm], voting: 'soft', weights: [1, 2, 1] })
    await soft.fit(tr.X, tr.y)
    const [a, b, c] = [rf.predictProba(te.X), gbt.predictProba(te.X), svm.predictProba(te.X)]
    const p = soft.predictProba(te.X)
    for (let i = 0; i < te.X.rows; i++) expect(p[i]).toBeCloseTo((a[i] + 2 * b[i] + c[i]) / 4, 12)
    expect(Array.from(soft.predict(te.X))).toEqual(Array.from(p, (v) => (v > 0.5 ? 1 : 0)))
    expect(soft.members.map((m) => m.name)).toEqual(['rf', 'gbt', 'svm'])
    expect(accuracy(te.y, soft.predict(te.X))).toBeGreaterThan(0.9)

    // hard vote over the already-fitted members
    const hard = new VotingClassifier({ estimators: [rf, gbt, svm], voting: 'hard', weights: [1, 1, 3], prefit: true })
    await hard.fit(tr.X, tr.y)
    const [pa, pb, pc] = [rf.predict(te.X), gbt.predict(te.X), svm.predict(te.X)]
    const ph = hard.predictProba(te.X)
    for (let i = 0; i < te.X.rows; i++) expect(ph[i]).toBeCloseTo((pa[i] + pb[i] + 3 * pc[i]) / 5, 12)
    expect(Array.from(hard.predict(te.X))).toEqual(Array.from(pc)) // weight 3 of 5 decides

    const j = soft.toJSON()
    expect(j.containsTrainingRows).toBe(true)
    expect((j.state.members as unknown as EstimatorJSON[]).map((m) => m.kind)).toEqual(['rf', 'gbt', 'svm'])
    const r = roundTrip(soft)
    expect(Array.from(r.predictProba(te.X))).toEqual(Array.from(p))
    const noRows = new VotingClassifier({ estimators: [rf, gbt], prefit: true })
    expect(noRows.toJSON().containsTrainingRows).toBe(false)
  })

  it('validates members and weights', () => {
    const rf = new RandomForestClassifier()
    expect(() => new VotingClassifier({ estimators: [] })).toThrow(/at least one/)
    expect(() => new VotingClassifier({ estimators: [rf], weights: [1, 2] })).toThrow(/2 weights/)
    expect(() => new VotingClassifier({ estimators: [rf], weights: [-1] })).toThrow(/≥ 0/)
    expect(() => new VotingClassifier({ estimators: [rf], voting: 'median' as never })).toThrow(/soft/)
    expect(() => new VotingClassifier({ estimators: [rf] }).predict(fromRows([[1]]))).toThrow(/not fitted/)
  })
})

describe('probaAndPredict (one pass where predict is the 0.5 threshold)', () => {
  it('gives exactly predict() for every model kind, ties included', async () => {
    const { MODELS } = await import('../../../../src/ml/propensity/models')
    const { probaAndPredict } = await import('../../../../src/ml/propensity/fitjobs')
    const { X, y } = blobs(240, 8, 0.4, 2) // overlapping classes: ties and near-ties
    const fitted: Classifier[] = []
    for (const [name, params] of [['lr', {}], ['knn', { k: 4 }], ['knn', { k: 6, weights: 'distance' }], ['tree', { maxDepth: 3 }], ['svm', {}], ['mlp', { hiddenLayerSizes: [4], maxIter: 3, engine: 'js' }], ['rf', { nEstimators: 4 }], ['gbt', { maxIter: 5 }]] as const) {
      const m = MODELS[name].make(params as Record<string, unknown>)
      await m.fit(X, y)
      fitted.push(m)
    }
    for (const voting of ['soft', 'hard'] as const) {
      const v = new VotingClassifier({ estimators: fitted.slice(0, 4).map((e, i) => ({ name: `m${i}`, estimator: e })), voting, prefit: true, weights: [1, 1, 2, 0] })
      await v.fit(X, y)
      fitted.push(v)
    }
    for (const m of fitted) {
      const { proba, pred } = probaAndPredict(m, X)
      expect(Array.from(pred), m.kind).toEqual(Array.from(m.predict(X)))
      expect(Array.from(proba), m.kind).toEqual(Array.from(m.predictProba(X)))
    }
  })
})
