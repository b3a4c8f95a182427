import { describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs-core'
import '@tensorflow/tfjs-backend-cpu'
import { loadEstimator, type Classifier, type EstimatorJSON } from '../../../../src/ml/core/estimator'
import { CancelledError } from '../../../../src/ml/core/progress'
import { MLPClassifier } from '../../../../src/ml/estimators/mlp'
import { accuracy, xor, blobs } from './data'

describe('MLPClassifier (TF.js cpu backend)', () => {
  it('learns XOR without leaking tensors; round-trips and repeats for a seed', async () => {
    const tr = xor(200, 1), te = xor(200, 2)
    await tf.setBackend('cpu')
    const before = tf.memory().numTensors
    const opts = { hiddenLayerSizes: [16], activation: 'tanh' as const, learningRate: 0.05, maxIter: 150, seed: 3, backend: 'cpu' }
    const m = new MLPClassifier(opts)
    await m.fit(tr.X, tr.y)
    expect(tf.memory().numTensors).toBe(before)
    expect(accuracy(te.y, m.predict(te.X))).toBeGreaterThan(0.9)
    expect(m.lossCurve[m.lossCurve.length - 1]).toBeLessThan(m.lossCurve[0])
    const json = m.toJSON()
    expect(typeof (json.state.weights as string[])[0]).toBe('string')
    const r = loadEstimator(JSON.parse(JSON.stringify(json)) as EstimatorJSON) as Classifier
    expect(Array.from(r.predictProba(te.X))).toEqual(Array.from(m.predictProba(te.X)))
    const m2 = new MLPClassifier(opts)
    await m2.fit(tr.X, tr.y)
    expect(Array.from(m2.predictProba(te.X))).toEqual(Array.from(m.predictProba(te.X)))
  })

  it('two hidden layers, relu, early stopping, progress and cancel', async () => {
    const tr = blobs(300, 4)
    const m = new MLPClassifier({ hiddenLayerSizes: [8, 4], earlyStopping: true, nIterNoChange: 3, maxIter: 100, learningRate: 0.01, backend: 'cpu' })
    const seen: number[] = []
    await m.fit(tr.X, tr.y, { onProgress: (f) => seen.push(f) })
    expect(m.nIter).toBeLessThan(100)
    expect(m.validationScores.length).toBe(m.nIter)
    expect(seen.at(-1)).toBe(1)
    expect(accuracy(tr.y, m.predict(tr.X))).toBeGreaterThan(0.85)
    const before = tf.memory().numTensors
    await expect(new MLPClassifier({ backend: 'cpu' }).fit(tr.X, tr.y, { cancel: { cancelled: true } })).rejects.toBeInstanceOf(CancelledError)
    expect(tf.memory().numTensors).toBe(before)
  })

  it('the plain TypeScript engine trains the same network as the TF.js engine', async () => {
    const tr = blobs(150, 6)
    const opts = { hiddenLayerSizes: [6], maxIter: 20, learningRate: 0.01, seed: 5 }
    const a = new MLPClassifier({ ...opts, backend: 'cpu' })
    const b = new MLPClassifier({ ...opts, engine: 'js' })
    await a.fit(tr.X, tr.y)
    await b.fit(tr.X, tr.y)
    expect(b.toJSON().state.backend).toBe('js')
    const pa = a.predictProba(tr.X), pb = b.predictProba(tr.X)
    for (let i = 0; i < pa.length; i++) expect(Math.abs(pa[i] - pb[i])).toBeLessThan(1e-4) // float32 vs float64
    for (let e = 0; e < 20; e++) expect(a.lossCurve[e]).toBeCloseTo(b.lossCurve[e], 5)
  })

  it('TF.js ops with Adam in TypeScript, all-tensor steps and plain loops train the same network', async () => {
    // two hidden layers (a transposed product for the hidden one, the 1-unit shortcuts for the
    // output), batches of 150 and a short last one of 100
    const tr = blobs(400, 12, 1.5, 10)
    const opts = { hiddenLayerSizes: [64, 40], batchSize: 150, maxIter: 8, learningRate: 0.01, seed: 9, backend: 'cpu' }
    const before = tf.memory().numTensors
    const nets = [new MLPClassifier({ ...opts }), new MLPClassifier({ ...opts, engine: 'tensors' }), new MLPClassifier({ ...opts, engine: 'js' })]
    for (const m of nets) await m.fit(tr.X, tr.y)
    expect(tf.memory().numTensors).toBe(before)
    const [a, t, j] = nets.map((m) => m.predictProba(tr.X))
    for (let i = 0; i < a.length; i++) {
      expect(Math.abs(a[i] - j[i])).toBeLessThan(1e-4) // float32 products vs float64 loops
      expect(Math.abs(a[i] - t[i])).toBeLessThan(1e-4)
    }
    for (let e = 0; e < 8; e++) expect(nets[0].lossCurve[e]).toBeCloseTo(nets[2].lossCurve[e], 4)
    expect(accuracy(tr.y, nets[0].predict(tr.X))).toBeGreaterThan(0.85)
  })

  it('validates parameters', () => {
    expect(() => new MLPClassifier({ hiddenLayerSizes: [] })).toThrow(/hiddenLayerSizes/)
    expect(() => new MLPClassifier({ hiddenLayerSizes: [0] })).toThrow(/hiddenLayerSizes\[0\]/)
    expect(() => new MLPClassifier({ activation: 'softmax' as never })).toThrow(/activation/)
    expect(() => new MLPClassifier({ learningRate: 0 })).toThrow(/learningRate/)
    expect(() => new MLPClassifier({ beta2: 1 })).toThrow(/beta/)
    expect(() => new MLPClassifier({ engine: 'gpu' as never })).toThrow(/engine/)
    expect(() => new MLPClassifier().predict(blobs(4, 1).X)).toThrow(/not fitted/)
  })
})
