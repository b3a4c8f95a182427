/**
 * scikit-uplift 0.5.1 metric definitions on a six-row table worked by hand (see the comments):
 * rows (uplift, t, y) = (0.9,1,1) (0.5,0,0) (0.5,1,1) (0.3,1,0) (0.1,0,1) (0.0,0,0).
 * Order (descending, later row first among ties): 0, 2, 1, 3, 4, 5.
 */
import { describe, expect, it } from 'vitest'
import { qiniCurve, upliftCurve, perfectQiniCurve, perfectUpliftCurve, qiniAucScore, upliftAucScore, upliftAtK, upliftOrder, upliftByPercentile, averageTreatmentEffect, evaluateUplift } from '@/ml/uplift/metrics'
import { MessageError } from '@/ml/stats/messages'

const u = [0.9, 0.5, 0.5, 0.3, 0.1, 0.0]
const t = [1, 0, 1, 1, 0, 0]
const y = [1, 0, 1, 0, 1, 0]

describe('uplift metrics (scikit-uplift 0.5.1)', () => {
  it('orders ties as mergesort-reversed: the later row first', () => {
    expect(Array.from(upliftOrder(u))).toEqual([0, 2, 1, 3, 4, 5])
  })

  it('Qini curve: Y_t − Y_c·N_t/N_c at each distinct score, from (0, 0)', () => {
    const c = qiniCurve(y, u, t)
    expect(Array.from(c.x)).toEqual([0, 1, 3, 4, 5, 6])
    // N=1: 1; N=3: 2 − 0; N=4: 2; N=5: 2 − 1·3/2; N=6: 2 − 1·3/3
    expect(Array.from(c.y)).toEqual([0, 1, 2, 2, 0.5, 1])
  })

  it('uplift curve: (Y_t/N_t − Y_c/N_c)·N', () => {
    const c = upliftCurve(y, u, t)
    expect(Array.from(c.x)).toEqual([0, 1, 3, 4, 5, 6])
    const want = [0, 1, 3, 8 / 3, 5 / 6, 2]
    c.y.forEach((v, i) => expect(v).toBeCloseTo(want[i], 14))
  })

  it('perfect curves', () => {
    // Qini: score y·t − y·(1−t) = [1, 0, 1, 0, −1, 0]
    const q = perfectQiniCurve(y, t)
    expect(Array.from(q.x)).toEqual([0, 2, 5, 6])
    expect(Array.from(q.y)).toEqual([0, 2, 2, 1])
    // uplift: 1 control responder, 1 treated non-responder → summand t: score [3, 2, 3, 1, 0, 2]
    const p = perfectUpliftCurve(y, t)
    expect(Array.from(p.x)).toEqual([0, 2, 4, 5, 6])
    const want = [0, 2, 4, 10 / 3, 2]
    p.y.forEach((v, i) => expect(v).toBeCloseTo(want[i], 14))
  })

  it('AUC scores normalised by the perfect curve over the straight baseline', () => {
    // Qini: areas 7.5 (model), 9.5 (perfect), 3 (baseline to (6, 1)) → 4.5 / 6.5
    expect(qiniAucScore(y, u, t)).toBeCloseTo(9 / 13, 14)
    // uplift: 10.5, 43/3, 6 (baseline to (6, 2)) → 4.5 / (25/3)
    expect(upliftAucScore(y, u, t)).toBeCloseTo(0.54, 14)
  })

  it('uplift@k overall and by group (int(k·n) rows)', () => {
    // overall, k = 0.7: first 4 rows 0, 2, 1, 3 → treated 2/3, control 0
    expect(upliftAtK(y, u, t, 0.7, 'overall')).toBeCloseTo(2 / 3, 14)
    // by group, k = 0.7: int(2.1) = 2 treated (rows 0, 2 → 1) and 2 control (rows 1, 4 → 0.5)
    expect(upliftAtK(y, u, t, 0.7, 'by_group')).toBeCloseTo(0.5, 14)
    // k = 2 rows: with the later tied row first, both are treated: no control → NaN (as numpy's empty mean)
    expect(upliftAtK(y, u, t, 2, 'overall')).toBeNaN()
    expect(() => upliftAtK(y, u, t, 1.5)).toThrow(MessageError)
  })

  it('uplift by percentile cuts as np.array_split', () => {
    const rows = upliftByPercentile(y, u, t, 4)
    // 6 rows into 4 parts: sizes 2, 2, 1, 1 → rows {0,2}, {1,3}, {4}, {5}
    expect(rows.map((r) => r.nTreatment + r.nControl)).toEqual([2, 2, 1, 1])
    expect(rows[0]).toMatchObject({ nTreatment: 2, nControl: 0, responseRateTreatment: 1, responseRateControl: null, uplift: null })
    expect(rows[1]).toMatchObject({ nTreatment: 1, nControl: 1, responseRateTreatment: 0, responseRateControl: 0, uplift: 0 })
  })

  it('the evaluation bundle and the ATE', () => {
    const ev = evaluateUplift(y, u, t, 0.7)
    expect(ev.qiniAuc).toBeCloseTo(9 / 13, 14)
    expect(ev.upliftAtK.byGroup).toBeCloseTo(0.5, 14)
    // ATE: 2/3 − 1/3; variances (ddof 1) 1/3 and 1/3 → SE √(2/9)
    const a = averageTreatmentEffect(y, t)
    expect(a.estimate).toBeCloseTo(1 / 3, 14)
    expect(a.se).toBeCloseTo(Math.sqrt(2 / 9), 14)
    expect(a.upper - a.estimate).toBeCloseTo(1.959963984540054 * Math.sqrt(2 / 9), 12)
  })

  it('bad input is a message code', () => {
    expect(() => qiniAucScore([1, 0, 2], [1, 2, 3], [1, 0, 1])).toThrow(expect.objectContaining({ code: 'uplift.outcomeNotBinary' }))
    expect(() => qiniCurve([1, 0], [1, 2], [1, 1])).toThrow(expect.objectContaining({ code: 'uplift.noControl' }))
    expect(() => qiniCurve([1, 0], [1, NaN], [1, 0])).toThrow(expect.objectContaining({ code: 'uplift.scoreNotFinite', params: { row: 2 } }))
  })
})
