import { describe, expect, it } from 'vitest'
import { columnMeans, logitUpliftWeights, upliftReasons } from '@/ml/uplift/reasons'
import { UpliftModel, type UpliftModelJSON } from '@/ml/uplift/learners'
import { encodeFloat64 } from '@/ml/core/estimator'
import type { Matrix } from '@/ml/core/matrix'

const lr = (coef: number[], intercept: number) => ({ kind: 'logistic', params: { C: 1 }, state: { coef: encodeFloat64(Float64Array.from(coef)), intercept, nIter: 1, converged: true } })

function tLearner(): UpliftModel {
  const json: UpliftModelJSON = {
    kind: 'uplift', version: 1, options: { learner: 't', base: 'lr', outcome: 'binary', seed: 42, baseParams: {} }, nFeatures: 3, treatedShare: 0.5,
    parts: {
      // treated: β = (2, −1, 0) on x standardised with sd (2, 1, 1); control: β = (0.5, 0.5, 1), sd (1, 1, 1)
      treated: { model: lr([2, -1, 0], 0), scaler: { mean: [0, 0, 0], sd: [2, 1, 1] }, proba: true },
      control: { model: lr([0.5, 0.5, 1], 0), scaler: { mean: [0, 0, 0], sd: [1, 1, 1] }, proba: true },
    },
  }
  return UpliftModel.load(json)
}

describe('reasons for a customer\'s uplift (T-learner, logistic regressions)', () => {
  it('weights of the log-odds difference: β₁/s₁ − β₀/s₀', () => {
    // (2/2 − 0.5, −1 − 0.5, 0 − 1) = (0.5, −1.5, −1)
    expect(Array.from(logitUpliftWeights(tLearner())!)).toEqual([0.5, -1.5, -1])
  })

  it('ranks the input columns that raise the uplift most against the average customer; a category sums its levels', () => {
    // columns: x (numeric, col 0) and a category with two one-hot levels (cols 1, 2)
    const X: Matrix = { rows: 2, cols: 3, data: Float64Array.of(3, 0, 1, 1, 1, 0) }
    const center = columnMeans(X)
    expect(Array.from(center)).toEqual([2, 0.5, 0.5])
    const w = logitUpliftWeights(tLearner())!
    const spans = [{ start: 0, end: 1 }, { start: 1, end: 3 }]
    // row 0: x adds 0.5·(3 − 2) = 0.5; the category −1.5·(0 − 0.5) − 1·(1 − 0.5) = 0.25
    expect(upliftReasons(X, 0, w, center, spans)).toEqual([{ group: 0, effect: 0.5 }, { group: 1, effect: 0.25 }])
    expect(upliftReasons(X, 0, w, center, spans, 1)).toEqual([{ group: 0, effect: 0.5 }])
    // row 1: x −0.5, the category −1.5·0.5 − 1·(−0.5) = −0.25: nothing raises it
    expect(upliftReasons(X, 1, w, center, spans)).toEqual([])
  })

  it('says nothing for learners whose uplift is not a difference of two logistic models', () => {
    const m = new UpliftModel({ learner: 's', base: 'lr' })
    expect(() => logitUpliftWeights(m)).not.toThrow()
    expect(logitUpliftWeights(m)).toBeNull()
  })
})
