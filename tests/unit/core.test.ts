import { describe, it, expect } from 'vitest'
import { Rng } from '@/ml/core/random'
import { encodeFloat64, decodeFloat64 } from '@/ml/core/estimator'
import { fromRows, takeRows } from '@/ml/core/matrix'

describe('Rng', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = new Rng(42), b = new Rng(42), c = new Rng(7)
    const xa = Array.from({ length: 5 }, () => a.next())
    const xb = Array.from({ length: 5 }, () => b.next())
    const xc = Array.from({ length: 5 }, () => c.next())
    expect(xa).toEqual(xb)
    expect(xa).not.toEqual(xc)
  })
  it('is uniform enough and in [0,1)', () => {
    const r = new Rng(1)
    let s = 0
    const bins = new Array(10).fill(0)
    for (let i = 0; i < 100_000; i++) {
      const v = r.next()
      expect(v >= 0 && v < 1).toBe(true)
      s += v
      bins[Math.floor(v * 10)]++
    }
    expect(s / 100_000).toBeCloseTo(0.5, 2)
    for (const b of bins) expect(Math.abs(b - 10_000)).toBeLessThan(500)
  })
  it('normal has mean 0 and sd 1', () => {
    const r = new Rng(3)
    let s = 0, s2 = 0
    const n = 50_000
    for (let i = 0; i < n; i++) { const v = r.normal(); s += v; s2 += v * v }
    expect(Math.abs(s / n)).toBeLessThan(0.02)
    expect(Math.abs(Math.sqrt(s2 / n) - 1)).toBeLessThan(0.02)
  })
  it('sample draws distinct indices', () => {
    const s = new Rng(5).sample(100, 30)
    expect(new Set(s).size).toBe(30)
  })
})

describe('float64 base64', () => {
  it('round-trips bit for bit', () => {
    const a = new Float64Array([0, -0, 1.5, Math.PI, -1e-300, Number.MAX_VALUE, NaN])
    const b = decodeFloat64(encodeFloat64(a))
    expect(Array.from(b).map(String)).toEqual(Array.from(a).map(String))
    expect(Object.is(b[1], -0)).toBe(true)
  })
})

describe('matrix', () => {
  it('takes rows', () => {
    const m = fromRows([[1, 2], [3, 4], [5, 6]])
    expect(Array.from(takeRows(m, [2, 0]).data)).toEqual([5, 6, 1, 2])
  })
})
