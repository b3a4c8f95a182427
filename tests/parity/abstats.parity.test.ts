/**
 * Experiment statistics against ../shared/reference/abstats (gbstats 0.8.0 re-implemented in
 * numpy/scipy): the Hillstrom conversion fixture to 1e-6, and gbstats' own unit-test fixtures
 * (inputs from growthbook/growthbook packages/stats/tests) at full precision of the stored values.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import { bayesianTest, frequentistTest, proportionStat, sampleMeanStat, srmCheck, vsControl, type BayesianResult, type FrequentistResult } from '../../src/ml/stats/abstats'

const close = (a: number, b: number, tol = 1e-6): void => expect(Math.abs(a - b)).toBeLessThan(tol)

describe.skipIf(!SHARED)('A/B statistics parity with gbstats 0.8.0', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let ref: any
  beforeAll(() => {
    ref = JSON.parse(readFileSync(sharedPath('reference/abstats/hillstrom_womens_conversion.json'), 'utf8'))
  })
  const arms = () => {
    const c = ref.counts
    return { a: proportionStat(c.control.conversions, c.control.n), b: proportionStat(c.A.conversions, c.A.n) }
  }

  it('Hillstrom conversions: rates and frequentist relative / absolute lift', () => {
    const { a, b } = arms()
    const r = ref.womens_vs_control_conversions
    close(a.mean, r.control_rate, 1e-12)
    close(b.mean, r.variant_rate, 1e-12)
    for (const [type, key] of [['relative', 'frequentist_relative'], ['absolute', 'frequentist_absolute']] as const) {
      const got = frequentistTest(a, b, { type }) as FrequentistResult
      const want = r[key]
      console.log(`${type}: estimate ${got.estimate}, se ${got.se}, dof ${got.dof}, p ${got.pValue}, CI [${got.ci[0]}, ${got.ci[1]}]`)
      close(got.estimate, want.expected)
      close(got.se, want.stddev)
      close(got.dof, want.dof, 1e-6 * want.dof)
      close(got.t, want.t_stat)
      close(got.pValue, want.pValue)
      close(got.ci[0], want.ci[0])
      close(got.ci[1], want.ci[1])
    }
  })

  it('Hillstrom conversions: Bayesian chance to win, credible interval and risk (improper and proper prior)', () => {
    const { a, b } = arms()
    const r = ref.womens_vs_control_conversions
    const cases: [string, 'relative' | 'absolute', { mean: number; variance: number } | undefined][] = [
      ['bayesian_relative_default_improper_prior', 'relative', undefined],
      ['bayesian_absolute_default_improper_prior', 'absolute', undefined],
      ['bayesian_relative_proper_prior_mean0_sd0.3_(GrowthBook_app_org_default_when_enabled)', 'relative', { mean: 0, variance: 0.09 }],
    ]
    for (const [key, type, prior] of cases) {
      const got = bayesianTest(a, b, { type, prior }) as BayesianResult
      const want = r[key]
      console.log(`${key}: expected ${got.expected}, ctw ${got.chanceToWin}, CI [${got.ci[0]}, ${got.ci[1]}], risk [${got.risk[0]}, ${got.risk[1]}]`)
      close(got.expected, want.expected)
      close(got.se, want.stddev)
      close(got.chanceToWin, want.chanceToWin)
      close(got.ci[0], want.ci[0])
      close(got.ci[1], want.ci[1])
      close(got.risk[0], want.risk[0])
      close(got.risk[1], want.risk[1])
    }
    // the abtest block bundles the same numbers
    const v = vsControl(a, b)
    expect('pValue' in v.relative && v.relative.pValue).toBeCloseTo(r.frequentist_relative.pValue, 9)
  })

  it('SRM on the Hillstrom arm sizes against an equal split: no mismatch', () => {
    const c = ref.counts
    const s = srmCheck([c.control.n, c.A.n])
    const e = (c.control.n + c.A.n) / 2
    close(s.chi2, ((c.control.n - e) ** 2 + (c.A.n - e) ** 2) / e, 1e-9)
    expect(s.df).toBe(1)
    expect(s.mismatch).toBe(false)
  })

  it("gbstats' own unit-test fixtures", () => {
    const f = ref.gbstats_unit_test_fixtures
    // frequentist: [expected, ci lower, ci upper, stddev, p]
    const freq = (got: FrequentistResult): number[] => [got.estimate, got.ci[0], got.ci[1], got.se, got.pValue]
    const bayes = (got: BayesianResult): number[] => [got.expected, got.ci[0], got.ci[1], got.se, got.chanceToWin, got.risk[0], got.risk[1]]
    const cmp = (got: number[], fx: { got: number[]; gbstats_test_expected: number[] }, name: string): void => {
      console.log(`${name}: ${got.join(', ')}`)
      got.forEach((g, i) => {
        close(g, fx.got[i])
        close(g, fx.gbstats_test_expected[i], 5.000001e-6)
      })
    }
    cmp(freq(frequentistTest(proportionStat(14, 28), proportionStat(16, 30)) as FrequentistResult), f.freq_binom_14of28_vs_16of30, 'binomial 14/28 vs 16/30')
    // SampleMeanStatistic fixture: mean 0.41, sd 3.9, n 3407 vs mean 0.7, sd 6.2, n 3461
    const sm = (mean: number, sd: number, n: number) => ({ n, mean, variance: sd * sd })
    cmp(freq(frequentistTest(sm(0.41, 3.9, 3407), sm(0.7, 6.2, 3461)) as FrequentistResult), f.freq_mean_fixture, 'sample means')
    cmp(bayes(bayesianTest(proportionStat(49, 100), proportionStat(51, 100)) as BayesianResult), f.bayes_binom_49_vs_51_of100, 'Bayesian binomial 49/100 vs 51/100')
    const ga = sampleMeanStat(100, 1002.25, 10), gb = sampleMeanStat(105, 1111.5, 10)
    cmp(bayes(bayesianTest(ga, gb) as BayesianResult), f.bayes_norm_fixture, 'Bayesian Gaussian')
    cmp(bayes(bayesianTest(ga, gb, { prior: { mean: 0.1, variance: 0.1 } }) as BayesianResult), f.bayes_norm_informative_prior, 'Bayesian Gaussian, informative prior N(0.1, 0.1)')
  })
})
