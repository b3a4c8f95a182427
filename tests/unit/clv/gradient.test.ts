import { describe, it, expect } from 'vitest'
import { Rng } from '@/ml/core/random'
import { compress, logLikelihood, logLikelihoodGrad, type BtydModelName } from '@/ml/clv/models'
import { digamma, log2F1, log2F1Grad, logGamma } from '@/ml/clv/special'
import { gradientHessian, numericHessian } from '@/ml/clv/optimize'
import { ggLogLikGrad } from '@/ml/clv/value'

/**
 * The analytic gradients against finite differences of the functions they differentiate (a
 * 4th-order central difference, so the check's own error is ~1e-10 relative).
 */
function fd(f: (v: number) => number, v: number): number {
  const h = 1e-3 * Math.max(Math.abs(v), 1e-3)
  return (8 * (f(v + h) - f(v - h)) - (f(v + 2 * h) - f(v - 2 * h))) / (12 * h)
}

/** a small summary with every kind of customer: no repeat, t_x = T, long gaps, many purchases */
function summary(): { frequency: number[]; recency: number[]; T: number[] } {
  const rng = new Rng(3)
  const out = { frequency: [] as number[], recency: [] as number[], T: [] as number[] }
  for (let i = 0; i < 300; i++) {
    const T = 5 + rng.int(60)
    const x = i % 5 === 0 ? 0 : rng.int(i % 7 === 0 ? 40 : 8)
    const tx = x === 0 ? 0 : i % 11 === 0 ? T : Math.round(rng.next() * T * 10) / 10
    out.frequency.push(x)
    out.recency.push(tx)
    out.T.push(T)
  }
  return out
}

describe('analytic gradients', () => {
  it('digamma is the derivative of log-gamma, including tiny and large arguments', () => {
    for (const x of [0.03, 0.5, 1, 2.5, 7, 40, 1e4]) expect(digamma(x)).toBeCloseTo(fd(logGamma, x), 6)
    // ψ(1) = −γ, ψ(1/2) = −γ − 2 ln 2; near 0, ψ(x) = −1/x − γ + (π²/6) x + O(x²) (log-gamma's own error swamps a difference there)
    expect(digamma(1e-5)).toBeCloseTo(-1e5 - 0.5772156649015329 + (Math.PI ** 2 / 6) * 1e-5, 8)
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 12)
    expect(digamma(0.5)).toBeCloseTo(-0.5772156649015329 - 2 * Math.LN2, 12)
  })

  it('ln 2F1: derivatives in a, b, c and z on the plain series and on the Euler branch', () => {
    const g = new Float64Array(4)
    // (a, b, c, z): plain series; Euler (z > 0.5, c − a − b < 0); Pareto/NBD's shapes c = a + 1
    for (const [a, b, c, z] of [[0.7, 1.3, 2.2, 0.3], [1.5, 2.5, 2.8, 0.8], [3.2, 1.4, 4.2, 0.93], [12.5, 1.6, 13.5, 0.6], [0.9, 0.4, 1.9, 0.1]]) {
      const v = log2F1Grad(a, b, c, z, g)
      expect(v).toBeCloseTo(log2F1(a, b, c, z), 12)
      const want = [fd((t) => log2F1(t, b, c, z), a), fd((t) => log2F1(a, t, c, z), b), fd((t) => log2F1(a, b, t, z), c), fd((t) => log2F1(a, b, c, t), z)]
      for (let j = 0; j < 4; j++) expect(Math.abs(g[j] - want[j])).toBeLessThan(1e-7 * Math.max(1, Math.abs(want[j])))
    }
  })

  const data = compress(summary())
  // points on both sides of α = β (Pareto/NBD's two 2F1 forms), near the quadrature switch, and far from any optimum
  const points: Record<BtydModelName, number[][]> = {
    bgnbd: [[0.24, 4.4, 0.79, 2.4], [1.5, 20, 0.05, 8], [0.6, 0.8, 3, 0.7]],
    mbgnbd: [[0.5, 6, 0.9, 3], [1.5, 20, 0.05, 8], [0.6, 0.8, 3, 0.7]],
    paretonbd: [[0.55, 10.6, 0.61, 11.7], [0.55, 10.6, 0.61, 3], [0.8, 2, 0.3, 300], [0.8, 300, 0.3, 2], [1, 5, 1, 5], [0.7, 1, 0.4, 40]],
  }
  for (const model of ['bgnbd', 'mbgnbd', 'paretonbd'] as const) {
    it(`${model}: log-likelihood gradient equals finite differences`, () => {
      const g = new Float64Array(4)
      for (const th of points[model]) {
        expect(logLikelihoodGrad(model, th, data, g)).toBeCloseTo(logLikelihood(model, th, data), 9)
        for (let j = 0; j < 4; j++) {
          const want = fd((v) => logLikelihood(model, th.map((t, k) => (k === j ? v : t)), data), th[j])
          expect(Math.abs(g[j] - want), `${model} θ=${th} ∂${j}: ${g[j]} vs ${want}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(want)))
        }
      }
    })
  }

  it('Gamma-Gamma: log-likelihood gradient equals finite differences', () => {
    const rng = new Rng(5)
    const x = Float64Array.from({ length: 80 }, () => 1 + rng.int(12))
    const m = Float64Array.from({ length: 80 }, () => 5 + 200 * rng.next())
    const g = new Float64Array(3)
    const ll = (th: number[]): number => ggLogLikGrad(th[0], th[1], th[2], x, m, null, new Float64Array(3))
    for (const th of [[6.2, 3.7, 15.4], [0.8, 1.2, 300], [20, 9, 2]]) {
      ggLogLikGrad(th[0], th[1], th[2], x, m, null, g)
      for (let j = 0; j < 3; j++) {
        const want = fd((v) => ll(th.map((t, k) => (k === j ? v : t))), th[j])
        expect(Math.abs(g[j] - want), `θ=${th} ∂${j}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(want)))
      }
    }
  })

  it('the Hessian from the gradient agrees with second differences of the likelihood', () => {
    const n = data.n
    const f = (lp: number[]): number => -logLikelihood('bgnbd', lp.map(Math.exp), data) / n
    const g = new Float64Array(4)
    const grad = (lp: number[]): number[] => {
      const th = lp.map(Math.exp)
      logLikelihoodGrad('bgnbd', th, data, g)
      return th.map((t, j) => (-t * g[j]) / n)
    }
    const x = [0.24, 4.4, 0.79, 2.4].map(Math.log)
    const A = gradientHessian(grad, x), B = numericHessian(f, x)
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(Math.abs(A[i][j] - B[i][j])).toBeLessThan(1e-5 * Math.max(1, Math.abs(B[i][j])))
  })
})
