import { describe, expect, it } from 'vitest'
import {
  chiSquareCdf, chiSquareIndependence, chiSquareSf, holmAdjust, minimumDetectableLift, normalCdf, normalQuantile,
  normalSf, powerForSampleSize, sampleSizePerArm, studentTCdf, twoProportionZTest, welchTTest, wilsonInterval,
} from '@/ml/stats'

// Every expected value below was computed with SciPy 1.10+/NumPy (norm, chi2, t, chi2_contingency)
// or by hand where stated.
const close = (a: number | null | undefined, b: number, tol = 1e-6): void => {
  expect(a).not.toBeNull()
  expect(Math.abs((a as number) - b)).toBeLessThan(tol)
}

describe('normal distribution', () => {
  it('quantiles match scipy.stats.norm.ppf to 1e-12', () => {
    const cases: [number, number][] = [
      [0.9, 1.2815515655446004], [0.95, 1.6448536269514722], [0.975, 1.959963984540054], [0.99, 2.3263478740408408],
      [0.995, 2.5758293035489004], [1e-8, -5.612001244174789], [1e-20, -9.262340089798409], [0.3, -0.5244005127080409],
      [0.5, 0], [0.999999, 4.753424308817087],
    ]
    for (const [p, q] of cases) close(normalQuantile(p), q, 1e-12)
    expect(normalQuantile(0)).toBe(-Infinity)
    expect(normalQuantile(1)).toBe(Infinity)
    expect(normalQuantile(1.2)).toBeNaN()
  })
  it('CDF and tails match scipy with relative accuracy', () => {
    close(normalCdf(-1.96), 0.024997895148220435, 1e-15)
    close(normalCdf(1.845), 0.9674812306940062, 1e-15)
    close(normalCdf(-3), 0.0013498980316300933, 1e-16)
    expect(Math.abs(normalSf(8) / 6.22096057427174e-16 - 1)).toBeLessThan(1e-12)
    expect(Math.abs(normalSf(20) / 2.7536241186061556e-89 - 1)).toBeLessThan(1e-12)
  })
  it('quantile inverts the CDF', () => {
    for (const p of [1e-12, 0.001, 0.02, 0.0243, 0.0242, 0.2, 0.6, 0.97, 0.9999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) / p - 1)).toBeLessThan(1e-13)
    }
  })
})

describe('chi-square and t distributions', () => {
  it('chi-square upper tail and CDF', () => {
    close(chiSquareSf(3.976997, 4), 0.4091279185112876, 1e-12)
    close(chiSquareSf(0.5, 1), 0.47950012218695337, 1e-12)
    close(chiSquareSf(10, 3), 0.01856613546304325, 1e-12)
    expect(Math.abs(chiSquareSf(100, 50) / 3.454931382984871e-5 - 1)).toBeLessThan(1e-10)
    close(chiSquareSf(30, 2), 3.0590232050182594e-7, 1e-15)
    close(chiSquareCdf(0.001, 1), 1 - 0.9747728793699604, 1e-12)
  })
  it('Student t CDF', () => {
    close(studentTCdf(2.1, 5), 0.9551233750577006, 1e-12)
    close(studentTCdf(-1.3, 12.5), 0.10853100531714449, 1e-12)
    close(studentTCdf(0.4, 1), 0.6211189415908434, 1e-12)
    close(studentTCdf(-6, 3), 0.004636357446142333, 1e-12)
  })
})

describe('two-proportion z-test (pooled)', () => {
  it('30/200 vs 18/200 → z = 1.846372, p = 0.064838 (issue values)', () => {
    const r = twoProportionZTest(30, 200, 18, 200)
    close(r.z, 1.846372364689991)
    close(r.pValue, 0.06483815699206645)
    close(r.pooled, 0.12, 1e-15)
    expect(r.difference).toBeCloseTo(0.06, 12)
  })
  it('more cases and one-sided alternatives', () => {
    const r = twoProportionZTest(12, 150, 25, 160)
    close(r.z, -2.0693985013549607)
    close(r.pValue, 0.03850870703629571)
    close(twoProportionZTest(5, 1000, 9, 1000).pValue, 0.2833579958537572)
    close(twoProportionZTest(30, 200, 18, 200, 'larger').pValue, 0.06483815699206645 / 2)
    close(twoProportionZTest(30, 200, 18, 200, 'smaller').pValue, 1 - 0.06483815699206645 / 2)
  })
  it('undefined cases give null with a note, never NaN p-values', () => {
    const empty = twoProportionZTest(0, 0, 5, 100)
    expect(empty.z).toBeNull()
    expect(empty.pValue).toBeNull()
    expect(empty.note).toMatch(/no observations/)
    expect(twoProportionZTest(0, 50, 0, 60).pValue).toBeNull()
    expect(() => twoProportionZTest(5, 4, 1, 10)).toThrow(/0\.\.4/)
  })
})

describe('chi-square test of independence', () => {
  it('five creatives 30,18,25,22,27 of 200 → χ² = 3.976997, df 4, p = 0.409128 (issue values)', () => {
    const r = chiSquareIndependence([30, 18, 25, 22, 27], [200, 200, 200, 200, 200])
    close(r.statistic, 3.976996900556407)
    expect(r.df).toBe(4)
    close(r.pValue, 0.40912793204690734)
    expect(r.expected).toEqual([24.4, 24.4, 24.4, 24.4, 24.4])
    expect(r.smallExpected).toBe(false)
  })
  it('unequal arms; two arms equal the z-test (χ² = z²)', () => {
    const r3 = chiSquareIndependence([40, 28, 33], [300, 250, 280])
    close(r3.statistic, 0.6386432235228217)
    close(r3.pValue, 0.726641815168438)
    const r2 = chiSquareIndependence([12, 25], [150, 160])
    close(r2.statistic, 4.282410157410157)
    close(r2.pValue, 0.03850870703629588)
    close(r2.statistic, twoProportionZTest(12, 150, 25, 160).z! ** 2, 1e-10)
  })
  it('an arm with nothing delivered is excluded and reported', () => {
    const r = chiSquareIndependence([30, 0, 18], [200, 0, 200])
    expect(r.excluded).toEqual([1])
    expect(r.df).toBe(1)
    close(r.pValue, 0.06483815699206645)
    expect(Number.isNaN(r.expected[1])).toBe(true)
    const none = chiSquareIndependence([0, 0], [10, 0])
    expect(none.statistic).toBeNull()
    expect(none.note).toMatch(/fewer than two/)
  })
})

describe('Wilson interval', () => {
  it('30/200 → [0.107136, 0.206056] (issue values)', () => {
    const w = wilsonInterval(30, 200)!
    close(w.lower, 0.10713593562241994)
    close(w.upper, 0.2060557928416666)
  })
  it('edge cases and other levels', () => {
    const z = wilsonInterval(0, 10)!
    expect(z.lower).toBe(0)
    close(z.upper, 0.2775327998628892)
    const a = wilsonInterval(10, 10)!
    close(a.lower, 0.7224672001371107)
    close(a.upper, 1)
    close(wilsonInterval(5, 37)!.lower, 0.059132944257320186)
    close(wilsonInterval(1, 1000)!.upper, 0.0056425585979579355)
    close(wilsonInterval(30, 200, 0.9)!.lower, 0.1131554135188371)
    expect(wilsonInterval(0, 0)).toBeNull()
  })
})

describe('Holm adjustment', () => {
  it('matches a hand computation', () => {
    // p = [0.01, 0.04, 0.03, 0.005], m = 4. Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06,
    // 0.04·1 = 0.04 → running max 0.06. Back in input order: [0.03, 0.06, 0.06, 0.02].
    const adj = holmAdjust([0.01, 0.04, 0.03, 0.005])
    ;[0.03, 0.06, 0.06, 0.02].forEach((v, i) => close(adj[i], v, 1e-15))
    // capped at 1 and monotone: 0.4·3 = 1.2 → 1
    expect(holmAdjust([0.4, 0.45, 0.9])).toEqual([1, 1, 1])
    // null comparisons are skipped and do not count in m (m = 2 here)
    const withNull = holmAdjust([0.02, null, 0.04])
    close(withNull[0], 0.04, 1e-15)
    expect(withNull[1]).toBeNull()
    close(withNull[2], 0.04, 1e-15)
    expect(() => holmAdjust([1.5])).toThrow(/not in \[0, 1\]/)
  })
})

describe('power and sample size', () => {
  it('10% vs 15%, α 0.05 two-sided, power 0.8 → 685.6, i.e. 686 per arm (issue values)', () => {
    const r = sampleSizePerArm(0.1, 0.15)
    close(r.nExact, 685.5968583253613)
    expect(r.perArm).toBe(686)
  })
  it('other settings', () => {
    close(sampleSizePerArm(0.05, 0.06).nExact, 8157.73144784928, 1e-6)
    close(sampleSizePerArm(0.2, 0.25, 0.01, 0.9).nExact, 2073.2013122392214, 1e-6)
    close(sampleSizePerArm(0.1, 0.15, 0.05, 0.8, false).nExact, 539.9264311297707, 1e-6)
    close(powerForSampleSize(0.1, 0.15, 200), 0.326574483510678)
    close(powerForSampleSize(0.1, 0.15, 686), 0.8002309499884546)
  })
  it('minimum detectable lift is the inverse of the sample size', () => {
    const r = minimumDetectableLift(0.1, 200)!
    close(r.p2, 0.19970111500043952, 1e-9)
    close(r.relativeLift, 0.9970111500043952, 1e-8)
    close(sampleSizePerArm(0.1, r.p2).nExact, 200, 1e-6)
    expect(minimumDetectableLift(0.5, 2)).toBeNull()
  })
  it('bad inputs', () => {
    expect(() => sampleSizePerArm(0.1, 0.1)).toThrow(/equal/)
    expect(() => sampleSizePerArm(0, 0.1)).toThrow(/baseline/)
    expect(() => sampleSizePerArm(0.1, 0.2, 0.05, 1)).toThrow(/power/)
  })
})

describe('Welch t-test', () => {
  it('matches scipy.stats.ttest_ind(equal_var=False)', () => {
    const r = welchTTest([1, 2, 3.5, 0, 10, 4.2], [2.5, 3, 8, 7.1, 6, 9, 4.4])
    close(r.t, -1.30566230006539)
    close(r.df, 8.799764117723619)
    close(r.pValue, 0.224767661162237)
    expect(welchTTest([1], [2, 3]).pValue).toBeNull()
  })
})
