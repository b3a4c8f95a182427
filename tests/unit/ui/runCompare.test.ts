import { describe, expect, it } from 'vitest'
import { compareRuns } from '../../../src/components/predict/runCompare'
import type { RunSummary, ModelSummary } from '../../../src/services/predict'

/** Two hand-made runs: the same test outcomes, SMOTE off in A and on in B. */
const metrics = (rocAuc: number, logLoss: number) => ({ rocAuc, prAuc: 0.4, f1: 0.5, recall: 0.6, precision: 0.45, logLoss, brier: 0.1, accuracy: 0.9, specificity: 0.95 })
const model = (name: string, smote: boolean, rocAuc: number, logLoss: number, error?: string) =>
  ({ id: name, name, label: name, smote, params: {}, trainRows: 100, test: metrics(rocAuc, logLoss), error }) as unknown as ModelSummary
const run = (runId: string, models: ModelSummary[], yTest = [0, 1, 0, 1], datasetId = 'd1') =>
  ({ runId, datasetId, target: 'y', positive: 'yes', yTest: Uint8Array.from(yTest), models }) as unknown as RunSummary

describe('two runs side by side', () => {
  it('pairs models by kind, signs differences as B − A, and knows lower-is-better metrics', () => {
    const a = run('run-1', [model('lr', false, 0.8, 0.3), model('tree', false, 0.7, 0.5)])
    const b = run('run-2', [model('lr', true, 0.82, 0.35), model('knn', true, 0.75, 0.4)])
    const c = compareRuns(a, b)
    expect(c.sameTest).toBe(true)
    expect(c.models.map((m) => m.key)).toEqual(['lr', 'tree', 'knn'])
    const lr = c.models[0]
    const roc = lr.metrics.find((m) => m.metric === 'rocAuc')!
    // 0.82 − 0.80 = +0.02: B better
    expect(roc.diff).toBeCloseTo(0.02, 12)
    expect(roc.better).toBe('b')
    // log loss 0.35 against 0.30: higher is worse, so A is better
    const ll = lr.metrics.find((m) => m.metric === 'logLoss')!
    expect(ll.diff).toBeCloseTo(0.05, 12)
    expect(ll.better).toBe('a')
    // equal values: neither
    expect(lr.metrics.find((m) => m.metric === 'f1')!.better).toBeNull()
    // a model only one run trained has no difference
    expect(c.models[1].b).toBeNull()
    expect(c.models[1].metrics.every((m) => m.diff === null && m.better === null)).toBe(true)
    expect(c.models[2].a).toBeNull()
  })

  it('a second model of the same kind is paired with the other run\'s second; failed models are left out', () => {
    const a = run('run-1', [model('lr', false, 0.8, 0.3), model('lr', true, 0.81, 0.3)])
    const b = run('run-2', [model('lr', false, 0.79, 0.3), model('tree', false, 0, 0, 'failed'), model('lr', true, 0.83, 0.3)])
    const c = compareRuns(a, b)
    expect(c.models.map((m) => m.key)).toEqual(['lr', 'lr#2'])
    expect(c.models[1].metrics[0].diff).toBeCloseTo(0.02, 12)
  })

  it('different test customers are said to be different', () => {
    const a = run('run-1', [model('lr', false, 0.8, 0.3)])
    expect(compareRuns(a, run('run-2', [model('lr', false, 0.8, 0.3)], [0, 1, 1, 0])).sameTest).toBe(false)
    expect(compareRuns(a, run('run-2', [model('lr', false, 0.8, 0.3)], [0, 1, 0])).sameTest).toBe(false)
    expect(compareRuns(a, run('run-2', [model('lr', false, 0.8, 0.3)], [0, 1, 0, 1], 'd2')).sameTest).toBe(false)
  })
})
