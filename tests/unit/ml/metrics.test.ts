import { describe, it, expect } from 'vitest'
import {
  rocAuc, averagePrecision, logLoss, brier, confusionAt, classificationMetrics, thresholdSweep, profitCurve, rocCurve, prCurve, calibrationBins,
} from '../../../src/ml/metrics/classification'
import { regressionMetrics } from '../../../src/ml/metrics/regression'

describe('classification metrics (sklearn semantics)', () => {
  it('ROC AUC and average precision on the sklearn docs example', () => {
    const y = [0, 0, 1, 1], s = [0.1, 0.4, 0.35, 0.8]
    expect(rocAuc(y, s)).toBeCloseTo(0.75, 12)
    expect(averagePrecision(y, s)).toBeCloseTo(0.8333333333333333, 12)
  })
  it('ties count half in ROC AUC and form one step in AP', () => {
    // pairs (pos, neg): (0.5,0.5)=½, (0.5,0.2)=1, (0.9,0.5)=1, (0.9,0.2)=1 → 3.5/4
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])).toBeCloseTo(0.875, 12)
    // thresholds 0.9: P=1 R=½ ; 0.5: P=2/3 R=1 → AP = ½·1 + ½·⅔
    expect(averagePrecision([0, 1, 0, 1], [0.5, 0.5, 0.2, 0.9])).toBeCloseTo(0.5 + 1 / 3, 12)
    expect(rocAuc([0, 1], [0.3, 0.3])).toBe(0.5)
  })
  it('refuses a one-class ROC AUC', () => {
    expect(() => rocAuc([1, 1], [0.2, 0.3])).toThrow(/both classes/)
  })
  it('log loss, Brier, confusion and derived metrics', () => {
    const y = [1, 0, 1, 0], p = [0.9, 0.2, 0.4, 0.6]
    expect(logLoss(y, p)).toBeCloseTo(-(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.4)) / 4, 12)
    expect(brier(y, p)).toBeCloseTo((0.01 + 0.04 + 0.36 + 0.36) / 4, 12)
    expect(confusionAt(y, p, 0.5)).toEqual({ tn: 1, fp: 1, fn: 1, tp: 1 })
    const m = classificationMetrics(y, [1, 0, 0, 1], p)
    expect(m.precision).toBe(0.5)
    expect(m.recall).toBe(0.5)
    expect(m.specificity).toBe(0.5)
    expect(m.f1).toBe(0.5)
    expect(m.accuracy).toBe(0.5)
    expect(classificationMetrics([1, 0], [0, 0], [0.1, 0.2]).precision).toBe(0) // zero_division=0
  })
  it('threshold sweep matches confusionAt at every threshold; profit picks the best', () => {
    const y: number[] = [], p: number[] = []
    for (let i = 0; i < 200; i++) { p.push(((i * 37) % 100) / 100); y.push(((i * 13) % 7) < 2 ? 1 : 0) }
    const s = thresholdSweep(y, p)
    for (let k = 0; k < s.thresholds.length; k += 7) {
      const c = confusionAt(y, p, s.thresholds[k])
      expect([s.tp[k], s.fp[k], s.fn[k], s.tn[k]]).toEqual([c.tp, c.fp, c.fn, c.tn])
    }
    const pc = profitCurve(y, p, { tpValue: 10, fpValue: -1 })
    const k = s.thresholds.indexOf(pc.bestThreshold)
    expect(pc.bestProfit).toBe(10 * s.tp[k] - s.fp[k])
    expect(Math.max(...pc.profit)).toBe(pc.bestProfit)
  })
  it('chart-ready curves are downsampled and start where sklearn starts', () => {
    const y = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 1 : 0))
    const p = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 0.5 + 0.5)
    const r = rocCurve(y, p, 50)
    expect(r.x.length).toBe(50)
    expect([r.x[0], r.y[0], r.x[49], r.y[49]]).toEqual([0, 0, 1, 1])
    const pr = prCurve(y, p, 50)
    expect([pr.x[0], pr.y[0]]).toEqual([0, 1])
    const cal = calibrationBins(y, p, 10)
    expect(cal.count.reduce((a, b) => a + b, 0)).toBe(1000)
  })
})

describe('regression metrics', () => {
  it('RMSE, MAE, R²', () => {
    const m = regressionMetrics([1, 2, 3, 4], [1, 2, 3, 5])
    expect(m.rmse).toBeCloseTo(0.5, 12)
    expect(m.mae).toBeCloseTo(0.25, 12)
    expect(m.r2).toBeCloseTo(1 - 1 / 5, 12)
  })
})
