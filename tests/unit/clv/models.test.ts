import { describe, it, expect } from 'vitest'
import { Rng } from '@/ml/core/random'
import {
  ClvError,
  compress,
  conditionalExpectedPurchases,
  customerLifetimeValue,
  expectedAverageValue,
  expectedPurchases,
  fitBtyd,
  fitGammaGamma,
  log2F1,
  logLikelihood,
  probabilityAlive,
} from '@/ml/clv'
import { bfgs, invert, multiStart, nelderMead } from '@/ml/clv/optimize'

// ln Γ for the hand formulas below, by the recurrence down to (1, 2] and a product there (independent of the code's Lanczos)
function gammaFn(x: number): number {
  let p = 1
  while (x > 2) p *= --x
  while (x < 1) p /= x++
  // Γ on [1, 2] by Simpson on ∫ t^(x−1) e^(−t) dt over (0, 60]
  const n = 20000, h = 60 / n
  let s = 0
  for (let i = 1; i <= n; i++) {
    const t = i * h
    s += (i === n ? 1 : i % 2 ? 4 : 2) * t ** (x - 1) * Math.exp(-t)
  }
  return p * (s * h) / 3
}
const betaFn = (a: number, b: number): number => (gammaFn(a) * gammaFn(b)) / gammaFn(a + b)

describe('log 2F1', () => {
  it('matches closed forms, on both branches (plain series and Euler near z = 1)', () => {
    // 2F1(1,1;2;z) = −ln(1−z)/z
    for (const z of [0.1, 0.5, 0.9, 0.999]) expect(log2F1(1, 1, 2, z)).toBeCloseTo(Math.log(-Math.log(1 - z) / z), 11)
    // 2F1(a,b;b;z) = (1−z)^(−a); c − a − b < 0 takes the Euler branch for z > 0.5
    for (const z of [0.3, 0.95, 0.9999]) expect(log2F1(2.5, 0.7, 0.7, z)).toBeCloseTo(-2.5 * Math.log(1 - z), 9)
    // 2F1(1/2,1;3/2;z²) = atanh(z)/z
    expect(log2F1(0.5, 1, 1.5, 0.81)).toBeCloseTo(Math.log(Math.atanh(0.9) / 0.9), 11)
    expect(log2F1(3, 4, 5, 0)).toBe(0)
    // huge arguments (a customer with 5,000 purchases) stay finite: 2F1(a,b;b;z) again
    expect(log2F1(5000, 10, 10, 0.6)).toBeCloseTo(-5000 * Math.log(0.4), 6)
  })
})

describe('BTYD likelihoods and predictions against the papers’ formulas by hand', () => {
  const r = 0.25, alpha = 4.4, a = 0.8, b = 2.4
  const cases: [number, number, number][] = [[0, 0, 38.86], [2, 30.43, 38.86], [7, 29.43, 38.86], [1, 1.71, 20]]

  it('BG/NBD: FHL 2005 eq 6 likelihood and note 021 P(alive)', () => {
    for (const [x, tx, T] of cases) {
      const common = (gammaFn(r + x) * alpha ** r) / gammaFn(r)
      const L = (betaFn(a, b + x) / betaFn(a, b)) * common / (alpha + T) ** (r + x) + (x > 0 ? ((betaFn(a + 1, b + x - 1) / betaFn(a, b)) * common) / (alpha + tx) ** (r + x) : 0)
      const ll = logLikelihood('bgnbd', [r, alpha, a, b], compress({ frequency: [x], recency: [tx], T: [T] }))
      expect(ll).toBeCloseTo(Math.log(L), 7)
      const pa = x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x))
      expect(probabilityAlive({ model: 'bgnbd', params: { r, alpha, a, b } }, x, tx, T)).toBeCloseTo(pa, 12)
    }
  })

  it('MBG/NBD: Batislam et al. likelihood and P(alive) (< 1 at x = 0)', () => {
    for (const [x, tx, T] of cases) {
      const common = (gammaFn(r + x) * alpha ** r) / gammaFn(r)
      const L = (betaFn(a, b + x + 1) / betaFn(a, b)) * common / (alpha + T) ** (r + x) + ((betaFn(a + 1, b + x) / betaFn(a, b)) * common) / (alpha + tx) ** (r + x)
      expect(logLikelihood('mbgnbd', [r, alpha, a, b], compress({ frequency: [x], recency: [tx], T: [T] }))).toBeCloseTo(Math.log(L), 7)
      const pa = 1 / (1 + (a / (b + x)) * ((alpha + T) / (alpha + tx)) ** (r + x))
      expect(probabilityAlive({ model: 'mbgnbd', params: { r, alpha, a, b } }, x, tx, T)).toBeCloseTo(pa, 12)
    }
  })

  it('Pareto/NBD: note 009 likelihood by numerical integration over the drop-out time', () => {
    // L = ∫∫ [λ^x e^{−λT} S(T) + ∫_{tx}^{T} λ^x e^{−λτ} f(τ) dτ] over λ ~ Γ(r, α), μ ~ Γ(s, β); integrating λ and μ
    // out first gives L = A(T)·B(T) + ∫_{tx}^{T} A(τ)·(−dB/dτ) dτ, A(τ) = Γ(r+x)α^r/(Γ(r)(α+τ)^{r+x}), B(τ) = (β/(β+τ))^s
    // the second parameter set puts |α−β|/(max+t_x) above 0.95, where the code integrates instead of summing 2F1
    for (const [alpha, s, beta] of [[4.4, 0.6, 11.7], [0.3, 0.6, 40]]) {
      for (const [x, tx, T] of [...cases, [3, 0.5, 30] as [number, number, number]]) {
        const k = (gammaFn(r + x) * alpha ** r) / gammaFn(r)
        const A = (t: number): number => k / (alpha + t) ** (r + x)
        const dB = (t: number): number => (s / beta) * (beta / (beta + t)) ** (s + 1)
        const n = 20000, h = (T - tx) / n
        let integral = 0
        for (let i = 0; i <= n; i++) integral += (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * A(tx + i * h) * dB(tx + i * h)
        integral *= h / 3
        const L = A(T) * (beta / (beta + T)) ** s + integral
        expect(logLikelihood('paretonbd', [r, alpha, s, beta], compress({ frequency: [x], recency: [tx], T: [T] }))).toBeCloseTo(Math.log(L), 7)
      }
    }
  })

  it('expected purchases: t → 0 gives 0, grow with t, unconditional Pareto/NBD closed form', () => {
    const fit = { model: 'bgnbd' as const, params: { r, alpha, a, b } }
    expect(conditionalExpectedPurchases(fit, 0, 2, 30, 38)).toBe(0)
    const e = [1, 10, 50, 200].map((t) => conditionalExpectedPurchases(fit, t, 2, 30, 38))
    for (let i = 1; i < e.length; i++) expect(e[i]).toBeGreaterThan(e[i - 1])
    // FHL eq 9 at a tiny t: E[X(t)] ≈ (r/α)·t (everyone alive at the start)
    expect(expectedPurchases(fit, 1e-6) / 1e-6).toBeCloseTo(r / alpha, 6)
    const p = { model: 'paretonbd' as const, params: { r, alpha, s: 0.6, beta: 11.7 } }
    expect(expectedPurchases(p, 52)).toBeCloseTo(((r * 11.7) / alpha / (0.6 - 1)) * (1 - (11.7 / (11.7 + 52)) ** (0.6 - 1)), 12)
  })
})

describe('Gamma-Gamma and CLV by hand', () => {
  const gg = { params: { p: 6, q: 4, v: 15 } }
  it('E[M]: population mean v·p/(q−1) for x = 0, weight p·x/(p·x+q−1) otherwise', () => {
    expect(expectedAverageValue(gg, 0, 0)).toBeCloseTo(30, 12)
    // x = 2, m = 20: w = 12/15 = 0.8 → 0.2·30 + 0.8·20 = 22
    expect(expectedAverageValue(gg, 2, 20)).toBeCloseTo(22, 12)
  })
  it('one month of CLV = E[M]·E[X(f)]/(1+d); months add discounted increments', () => {
    const fit = { model: 'bgnbd' as const, params: { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 } }
    const one = customerLifetimeValue(fit, gg, 2, 20, 30, 20, { months: 1, discount: 0.01, periodsPerMonth: 4.345 })
    expect(one).toBeCloseTo((22 * conditionalExpectedPurchases(fit, 4.345, 2, 20, 30)) / 1.01, 12)
    const two = customerLifetimeValue(fit, gg, 2, 20, 30, 20, { months: 2, discount: 0.01, periodsPerMonth: 4.345 })
    const inc = conditionalExpectedPurchases(fit, 8.69, 2, 20, 30) - conditionalExpectedPurchases(fit, 4.345, 2, 20, 30)
    expect(two).toBeCloseTo(one + (22 * inc) / 1.01 ** 2, 12)
  })
  it('refuses non-positive spend of repeat buyers with the count, warns on correlation', () => {
    try {
      fitGammaGamma([1, 2, 0, 3], [10, -5, 0, 0])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ClvError)
      expect((e as ClvError).code).toBe('negativeMonetary')
      expect((e as ClvError).params).toEqual({ count: 2, repeat: 3 })
    }
    const rng = new Rng(3)
    const x: number[] = [], m: number[] = []
    for (let i = 0; i < 300; i++) {
      const xi = 1 + rng.int(10)
      x.push(xi)
      m.push(10 + 5 * xi + rng.next() * 5)
    }
    const fit = fitGammaGamma(x, m)
    expect(fit.correlation).toBeGreaterThan(0.9)
    expect(fit.warnings.map((w) => w.code)).toContain('correlation')
  })
})

// gamma variate, Marsaglia & Tsang (shape k, scale 1)
function gammaVariate(rng: Rng, k: number): number {
  if (k < 1) return gammaVariate(rng, k + 1) * rng.next() ** (1 / k)
  const d = k - 1 / 3, c = 1 / Math.sqrt(9 * d)
  for (;;) {
    const z = rng.normal()
    const v = (1 + c * z) ** 3
    if (v <= 0) continue
    if (Math.log(rng.next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v
  }
}

/** Customers drawn from the BG/NBD story itself. */
function simulateBgNbd(n: number, r: number, alpha: number, a: number, b: number, seed: number): { frequency: number[]; recency: number[]; T: number[] } {
  const rng = new Rng(seed)
  const out = { frequency: [] as number[], recency: [] as number[], T: [] as number[] }
  for (let i = 0; i < n; i++) {
    const lambda = gammaVariate(rng, r) / alpha
    const g1 = gammaVariate(rng, a), g2 = gammaVariate(rng, b)
    const p = g1 / (g1 + g2)
    const T = 20 + rng.int(33)
    let t = 0, x = 0, tx = 0
    for (;;) {
      t += -Math.log(1 - rng.next()) / lambda
      if (t > T) break
      x++
      tx = t
      if (rng.next() < p) break
    }
    out.frequency.push(x)
    out.recency.push(tx)
    out.T.push(T)
  }
  return out
}

describe('fitting', () => {
  it('recovers BG/NBD parameters from simulated customers within 3.5 standard errors', () => {
    const truth = { r: 0.8, alpha: 5, a: 0.9, b: 3 }
    const d = simulateBgNbd(5000, truth.r, truth.alpha, truth.a, truth.b, 11)
    const fit = fitBtyd('bgnbd', d)
    expect(fit.converged).toBe(true)
    expect(fit.warnings).toEqual([])
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(3.5 * fit.se![k])
      expect(fit.se![k]).toBeGreaterThan(0)
    }
    // every start tried is recorded; the starts stop early only once two reached the same optimum
    expect(fit.runs.length).toBeGreaterThanOrEqual(2)
    const last = fit.runs[fit.runs.length - 1]
    if (fit.runs.length < 5) expect(fit.runs.slice(0, -1).some((r) => Math.abs(r.meanNll - last.meanNll) <= 1e-8 * Math.max(1, last.meanNll))).toBe(true)
  })

  it('multi-start stops once two starts agree, keeping the better of two basins', () => {
    // a tilted double well: minima at the roots of 4x³ − 4x + 0.1, x0 = −1.01227 (f −0.1006) and 0.98726 (f +0.0994)
    const f = (x: number[]): number => (x[0] ** 2 - 1) ** 2 + 0.1 * x[0] + x[1] ** 2
    const gradient = (x: number[]): number[] => [4 * x[0] * (x[0] ** 2 - 1) + 0.1, 2 * x[1]]
    const r = multiStart(f, [[1.2, 0.3], [-1.1, -0.2], [0.9, 0.1], [2, 0], [-2, 0]], undefined, { gradient, maxStep: 0.05 })
    // short steps keep each run in its basin: right well, left well, right well again (agrees with
    // the first), so the last two starts never run
    expect(r.runs.length).toBe(3)
    expect(r.x[0]).toBeCloseTo(-1.01227, 4)
    expect(r.converged).toBe(true)
  })

  it('BFGS and Nelder–Mead find the Rosenbrock minimum; invert inverts', () => {
    const rosen = (x: number[]): number => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2
    const r = bfgs(rosen, [-1.2, 1], { maxIter: 2000, maxStep: 1 })
    expect(r.x[0]).toBeCloseTo(1, 4)
    expect(r.x[1]).toBeCloseTo(1, 4)
    const nm = nelderMead(rosen, [-1.2, 1], 0.5, 5000)
    expect(nm.x[0]).toBeCloseTo(1, 5)
    const inv = invert([[4, 1], [1, 3]])!
    expect(inv[0][0]).toBeCloseTo(3 / 11, 14)
    expect(inv[0][1]).toBeCloseTo(-1 / 11, 14)
    expect(invert([[1, 2], [2, 4]])).toBeNull()
  })
})
