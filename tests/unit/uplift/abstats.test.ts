/**
 * Experiment statistics: gbstats' own unit-test fixtures (inputs and expected values from
 * growthbook/growthbook packages/stats/tests, 5 decimals), t quantiles from printed tables, and
 * small cases worked by hand.
 */
import { describe, expect, it } from 'vitest'
import { benjaminiHochberg, bayesianTest, cuped, frequentistTest, proportionStat, sampleMeanStat, sequentialRho, sequentialTest, srmCheck, vsControl, type BayesianResult, type FrequentistResult, type SequentialResult } from '@/ml/stats/abstats'
import { studentTQuantile, normalSf } from '@/ml/stats/distributions'
import { cupedFactor, minimumDetectableEffect, minimumDetectableLift, sampleSizePerArm, sampleSizePerArmCuped } from '@/ml/stats/power'

const near = (got: number[], want: number[], digits = 5): void => got.forEach((g, i) => expect(g).toBeCloseTo(want[i], digits))

describe('Student t quantile', () => {
  it('matches printed tables', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12)
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706204736174698, 10)
    expect(studentTQuantile(0.95, 3)).toBeCloseTo(2.3533634348018264, 12)
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 12)
    expect(studentTQuantile(0.5, 7)).toBe(0)
  })
})

describe('gbstats formulas', () => {
  it('frequentist binomial 14/28 vs 16/30 (gbstats test: 0.06667, [−0.47767, 0.61101], sd 0.2717, p 0.80707)', () => {
    const r = frequentistTest(proportionStat(14, 28), proportionStat(16, 30)) as FrequentistResult
    near([r.estimate, r.ci[0], r.ci[1], r.se, r.pValue], [0.06667, -0.47767, 0.61101, 0.2717, 0.80707])
  })

  it('frequentist sample means 0.41 (sd 3.9, n 3407) vs 0.7 (sd 6.2, n 3461)', () => {
    const r = frequentistTest({ n: 3407, mean: 0.41, variance: 3.9 ** 2 }, { n: 3461, mean: 0.7, variance: 6.2 ** 2 }) as FrequentistResult
    near([r.estimate, r.ci[0], r.ci[1], r.se, r.pValue], [0.70732, -0.03526, 1.44989, 0.37879, 0.06191])
  })

  it('Bayesian binomial 49/100 vs 51/100 and Gaussian, with and without an informative prior', () => {
    const b = (r: BayesianResult): number[] => [r.expected, r.ci[0], r.ci[1], r.se, r.chanceToWin, r.risk[0], r.risk[1]]
    near(b(bayesianTest(proportionStat(49, 100), proportionStat(51, 100)) as BayesianResult), [0.04082, -0.24779, 0.32943, 0.14725, 0.60918, 0.0814, 0.04058])
    const ga = sampleMeanStat(100, 1002.25, 10), gb = sampleMeanStat(105, 1111.5, 10)
    // hand: means 10 and 10.5, variances 0.25 and 1
    expect(ga).toEqual({ n: 10, mean: 10, variance: 0.25 })
    near(b(bayesianTest(ga, gb) as BayesianResult), [0.05, -0.02, 0.12, 0.03572, 0.91923, 0.05131, 0.00131])
    near(b(bayesianTest(ga, gb, { prior: { mean: 0.1, variance: 0.1 } }) as BayesianResult), [0.05063, -0.01893, 0.12019, 0.03549, 0.92315, 0.05186, 0.00123])
  })

  it('risk: risk_ctrl − risk_trt equals the posterior mean', () => {
    const r = bayesianTest(proportionStat(30, 500), proportionStat(45, 500), { type: 'absolute' }) as BayesianResult
    expect(r.risk[0] - r.risk[1]).toBeCloseTo(r.expected, 12)
  })

  it('undefined cases are message codes, not numbers', () => {
    expect(frequentistTest(proportionStat(0, 100), proportionStat(3, 100))).toEqual({ code: 'uplift.ab.zeroControlMean', params: {} })
    expect(frequentistTest(proportionStat(0, 100), proportionStat(0, 100), { type: 'absolute' })).toEqual({ code: 'uplift.ab.noVariance', params: {} })
    const v = vsControl(proportionStat(0, 100), proportionStat(3, 100))
    expect('estimate' in v.absolute).toBe(true)
    expect('code' in v.relative).toBe(true)
  })

  it('sequential (Waudby-Smith et al. 2021 asymptotic CS, N* = 5000): ρ, half-width and p by the published formulas', () => {
    expect(sequentialRho(0.05, 5000)).toBeCloseTo(0.03984006677137368, 14)
    const a = proportionStat(100, 1000), b = proportionStat(130, 1000)
    const s = sequentialTest(a, b, { type: 'absolute' }) as SequentialResult
    expect(s.ci[1] - s.estimate).toBeCloseTo(0.044517962102267786, 12)
    expect(s.pValue).toBeCloseTo(0.37893150758579747, 12)
    // always-valid: wider than the fixed-horizon interval
    const f = frequentistTest(a, b, { type: 'absolute' }) as FrequentistResult
    expect(s.ci[1] - s.ci[0]).toBeGreaterThan(f.ci[1] - f.ci[0])
    expect(s.pValue).toBeGreaterThan(f.pValue)
  })

  it('SRM: Pearson χ² against the planned split (df 1: p = 2·(1 − Φ(√χ²)))', () => {
    const s = srmCheck([50, 70])
    expect(s.chi2).toBeCloseTo(10 / 3, 14)
    expect(s.pValue).toBeCloseTo(2 * normalSf(Math.sqrt(10 / 3)), 12)
    expect(s.mismatch).toBe(false)
    // planned 1:3 → expected 30 and 90: χ² = 400/30 + 400/90
    const w = srmCheck([50, 70], [1, 3])
    expect(w.chi2).toBeCloseTo(400 / 30 + 400 / 90, 12)
    expect(w.mismatch).toBe(true)
    expect(() => srmCheck([10, 10], [1])).toThrow(expect.objectContaining({ code: 'uplift.ab.srmWeights' }))
  })

  it('Benjamini–Hochberg step-up', () => {
    const r = benjaminiHochberg([0.01, 0.04, 0.03, 0.2, null])
    near(r.slice(0, 4) as number[], [0.04, 0.16 / 3, 0.16 / 3, 0.2], 14)
    expect(r[4]).toBeNull()
  })

  it('CUPED on a hand-worked table: θ = 1.4, adjusted means 4 and 5, 98% less variance', () => {
    const c = cuped([2, 3, 5, 6], [1, 2, 3, 4], [3, 4, 6, 7], [1, 2, 3, 4])
    expect(c.theta).toBeCloseTo(1.4, 14)
    expect(c.control.mean).toBeCloseTo(4, 14)
    expect(c.variant.mean).toBeCloseTo(5, 14)
    expect(c.control.variance).toBeCloseTo(0.2 / 3, 14)
    expect(c.varianceReduction).toBeCloseTo(0.98, 12)
    expect(() => cuped([1, 2], [1, 2], [1, 2], [1, 2], { covariateAt: Date.UTC(2024, 2, 5), sentAt: Date.UTC(2024, 2, 1) })).toThrow(expect.objectContaining({ code: 'uplift.ab.cupedAfterSend' }))
  })

  it('power with CUPED and the minimum detectable effect at the planned size', () => {
    expect(cupedFactor(0.5)).toBe(0.75)
    const plain = sampleSizePerArm(0.05, 0.06)
    expect(sampleSizePerArmCuped(0.05, 0.06, 0.5).nExact).toBeCloseTo(plain.nExact * 0.75, 9)
    expect(minimumDetectableEffect(0.05, 5000)!.p2).toBeCloseTo(minimumDetectableLift(0.05, 5000)!.p2, 12)
    const withCuped = minimumDetectableEffect(0.05, 5000, { rho: 0.5 })!
    expect(withCuped.perArm).toBe(5000)
    expect(withCuped.p2).toBeCloseTo(minimumDetectableLift(0.05, 5000 / 0.75)!.p2, 12)
    expect(withCuped.absoluteLift).toBeLessThan(minimumDetectableEffect(0.05, 5000)!.absoluteLift)
  })
})
