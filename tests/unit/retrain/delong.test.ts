import { describe, expect, it } from 'vitest'
import { delongPaired, midranks } from '../../../src/ml/retrain/delong'
import { Rng } from '../../../src/ml/core/random'
import { normalSf } from '../../../src/ml/stats/distributions'

/** DeLong by its definition: ψ over every positive × negative pair, O(m·n). */
function bruteForce(y: number[], a: number[], b: number[]): { delta: number; se: number } {
  const psi = (x: number, z: number): number => (x > z ? 1 : x === z ? 0.5 : 0)
  const P = y.flatMap((v, i) => (v ? [i] : []))
  const N = y.flatMap((v, i) => (v ? [] : [i]))
  const comp = (s: number[]): { v10: number[]; v01: number[]; auc: number } => {
    const v10 = P.map((i) => N.reduce((acc, j) => acc + psi(s[i], s[j]), 0) / N.length)
    const v01 = N.map((j) => P.reduce((acc, i) => acc + psi(s[i], s[j]), 0) / P.length)
    return { v10, v01, auc: v10.reduce((x, v) => x + v, 0) / P.length }
  }
  const cov = (u: number[], v: number[]): number => {
    const mu = u.reduce((x, q) => x + q, 0) / u.length
    const mv = v.reduce((x, q) => x + q, 0) / v.length
    return u.reduce((x, q, k) => x + (q - mu) * (v[k] - mv), 0) / (u.length - 1)
  }
  const A = comp(a)
  const B = comp(b)
  const var10 = cov(A.v10, A.v10) + cov(B.v10, B.v10) - 2 * cov(A.v10, B.v10)
  const var01 = cov(A.v01, A.v01) + cov(B.v01, B.v01) - 2 * cov(A.v01, B.v01)
  return { delta: A.auc - B.auc, se: Math.sqrt(var10 / P.length + var01 / N.length) }
}

describe('DeLong paired AUC test', () => {
  it('midranks average tied ranks', () => {
    expect(Array.from(midranks([3, 1, 3, 2]))).toEqual([3.5, 1, 3.5, 2])
  })

  it('hand-computed 2 + 2 case: AUCs 1 and 0.75, variance 0.125', () => {
    const r = delongPaired([1, 1, 0, 0], [0.9, 0.8, 0.3, 0.1], [0.2, 0.9, 0.3, 0.1])
    expect(r.aucA).toBe(1)
    expect(r.aucB).toBe(0.75)
    // V10_b = [0.5, 1], V01_b = [0.5, 1]: var 0.125 each; var(Δ) = 0.125/2 + 0.125/2
    expect(r.se).toBeCloseTo(Math.sqrt(0.125), 14)
    expect(r.z).toBeCloseTo(0.25 / Math.sqrt(0.125), 12)
    expect(r.pValue).toBeCloseTo(2 * normalSf(0.25 / Math.sqrt(0.125)), 12)
  })

  it('equals the O(m·n) definition on random scores with ties', () => {
    const rng = new Rng(7)
    const y: number[] = []
    const a: number[] = []
    const b: number[] = []
    for (let i = 0; i < 300; i++) {
      const yi = rng.next() < 0.3 ? 1 : 0
      y.push(yi)
      a.push(Math.round((rng.next() + 0.4 * yi) * 20) / 20)
      b.push(Math.round((rng.next() + 0.2 * yi + 0.3 * a[i]) * 10) / 10)
    }
    const r = delongPaired(y, a, b)
    const bf = bruteForce(y, a, b)
    expect(r.delta).toBeCloseTo(bf.delta, 12)
    expect(r.se).toBeCloseTo(bf.se, 12)
  })

  it('identical scores: Δ = 0, p = 1', () => {
    const r = delongPaired([1, 0, 1, 0, 1], [0.1, 0.2, 0.3, 0.4, 0.5], [0.1, 0.2, 0.3, 0.4, 0.5])
    expect(r.delta).toBe(0)
    expect(r.pValue).toBe(1)
  })
})
