import { describe, it, expect } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { Matrix } from '../../../../src/ml/core/matrix'
import { Rng } from '../../../../src/ml/core/random'
import { CancelledError } from '../../../../src/ml/core/progress'
import { trustworthiness, kNearest, computeMap, tsne, umap, MapInputError } from '../../../../src/ml/maps'
import { findAB } from '../../../../src/ml/maps/umap'
import { rfmMatrix } from './rfm'

const col = (v: number[]): Matrix => ({ rows: v.length, cols: 1, data: Float64Array.from(v) })

describe('trustworthiness', () => {
  it('matches a hand-computed case (sklearn definition)', () => {
    // X = 0, 1, 3, 7, 12 on a line; Y swaps the places of points 1 and 2: 0, 3, 1, 7, 12. k = 1.
    // X-nearest: 0→1, 1→0, 2→1, 3→2, 4→3.  Y-nearest: 0→2, 1→2, 2→0, 3→1, 4→3.
    // Intruders and their X-rank from i: 0: point 2 is 2nd (1, 3 away) → 1; 1: point 2 is 2nd → 1;
    // 2: point 0 is 2nd (2, 3) → 1; 3: point 1 is 3rd (4, 5, 6) → 2; 4: none. Σ(r − k) = 5.
    // T = 1 − 2 / (n k (2n − 3k − 1)) · 5 = 1 − 2/30 · 5 = 2/3.
    const r = trustworthiness(col([0, 1, 3, 7, 12]), col([0, 3, 1, 7, 12]), 1)
    expect(r.value).toBeCloseTo(2 / 3, 14)
    expect(r.sampled).toBe(false)
    // a perfect embedding scores 1
    expect(trustworthiness(col([0, 1, 3, 7, 12]), col([0, 2, 6, 14, 24]), 2).value).toBe(1)
    expect(() => trustworthiness(col([0, 1, 2, 3]), col([0, 1, 2, 3]), 2)).toThrow(/below n\/2/)
  })
})

describe('k nearest neighbours (k-d tree) = brute force', () => {
  it('on random points with ties, in 1, 3 and 12 dimensions', () => {
    const rng = new Rng(5)
    for (const d of [1, 3, 12]) {
      const n = 700
      const X: Matrix = { rows: n, cols: d, data: Float64Array.from({ length: n * d }, () => Math.round(rng.normal() * 4) / 4) }
      const k = 7
      const nb = kNearest(X, k)
      for (let i = 0; i < n; i += 37) {
        const ds: Array<[number, number]> = []
        for (let j = 0; j < n; j++) if (j !== i) { let s = 0; for (let c = 0; c < d; c++) s += (X.data[i * d + c] - X.data[j * d + c]) ** 2; ds.push([Math.sqrt(s), j]) }
        ds.sort((a, b) => a[0] - b[0] || a[1] - b[1])
        for (let t = 0; t < k; t++) {
          expect(nb.dist[i * k + t]).toBeCloseTo(ds[t][0], 12)
          expect(nb.index[i * k + t]).toBe(ds[t][1])
        }
      }
    }
  })
})

describe('t-SNE and UMAP', () => {
  const X = rfmMatrix(fileURLToPath(new URL('../../../fixtures/segmentation/online_retail_subset_rfm.csv', import.meta.url)))

  it('keep neighbours together at least as well as PCA on the RFM subset (trustworthiness, k = 10)', () => {
    const p = computeMap(X, 'pca')
    const t = computeMap(X, 'tsne', { tsne: { perplexity: 20 } })
    const u = computeMap(X, 'umap')
    expect(t.trustworthiness.value).toBeGreaterThanOrEqual(p.trustworthiness.value)
    expect(u.trustworthiness.value).toBeGreaterThanOrEqual(p.trustworthiness.value)
    expect(t.coords.every(Number.isFinite) && u.coords.every(Number.isFinite)).toBe(true)
    // seeded: the same call gives the same map
    expect(computeMap(X, 'umap').coords).toEqual(u.coords)
  })

  it('umap (a, b) for min_dist 0.1, spread 1 match umap-learn (a ≈ 1.577, b ≈ 0.895)', () => {
    const { a, b } = findAB(1, 0.1)
    expect(a).toBeCloseTo(1.577, 2)
    expect(b).toBeCloseTo(0.895, 2)
  })

  it('separates well-separated clusters: every point’s nearest map neighbour is from its own cluster', () => {
    const rng = new Rng(2)
    const n = 300, d = 5
    const data = new Float64Array(n * d)
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) data[i * d + j] = rng.normal() * 0.3 + (j === i % 3 ? 10 : 0)
    const Xc = { rows: n, cols: d, data }
    for (const Y of [tsne(Xc, { perplexity: 15, maxIter: 400 }).coords, umap(Xc).coords]) {
      const nb = kNearest({ rows: n, cols: 2, data: Y }, 1)
      let same = 0
      for (let i = 0; i < n; i++) if (nb.index[i] % 3 === i % 3) same++
      expect(same).toBe(n)
    }
  })

  it('clear errors: perplexity ≥ points (with the maximum), a constant column, cancel', () => {
    const small = { rows: 20, cols: 3, data: X.data.slice(0, 60) }
    let err: unknown
    try { tsne(small, { perplexity: 20 }) } catch (e) { err = e }
    expect(err).toBeInstanceOf(MapInputError)
    expect((err as MapInputError).code).toBe('explain.map.perplexityTooLarge')
    expect((err as MapInputError).params).toMatchObject({ max: 19, n: 20 })
    const constant = { rows: 30, cols: 2, data: Float64Array.from({ length: 60 }, (_, i) => (i % 2 ? 5 : i)) }
    for (const m of ['pca', 'tsne', 'umap'] as const) {
      expect(() => computeMap(constant, m, { tsne: { perplexity: 5 } }, undefined, ['recency', 'country'])).toThrow(/"country" has the same value \(5\)/)
    }
    const cancel = { cancelled: false }
    expect(() => umap(X, {}, { cancel, onProgress: (f) => { if (f > 0.3) cancel.cancelled = true } })).toThrow(CancelledError)
  })
})
