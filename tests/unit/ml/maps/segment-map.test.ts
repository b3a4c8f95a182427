import { describe, it, expect, beforeAll } from 'vitest'
import type { Table } from '../../../../src/data/table'
import { Rng } from '../../../../src/ml/core/random'
import { putTable } from '../../../../workers/ml/tables'
import { segmentHandlers } from '../../../../workers/ml/segment'
import type { CallContext } from '../../../../workers/protocol'

/**
 * The Segment page's map job (segment.map in the ml worker) on a customer table: three well
 * separated groups of 150 customers in two columns, clustered with k = 3.
 */
const ctx = (): CallContext => ({ onProgress: () => {}, cancel: { cancelled: false } })
let resultId = ''
const N = 450

beforeAll(async () => {
  const rng = new Rng(3)
  const a = new Float64Array(N), b = new Float64Array(N), same = new Float64Array(N).fill(4)
  const centres = [[0, 0], [10, 0], [0, 10]]
  for (let i = 0; i < N; i++) {
    const c = centres[Math.floor(i / 150)]
    a[i] = c[0] + rng.normal()
    b[i] = c[1] + rng.normal()
  }
  const table: Table = { name: 'blobs', nRows: N, columns: [{ name: 'a', storage: 'number', values: a }, { name: 'b', storage: 'number', values: b }, { name: 'same', storage: 'number', values: same }] }
  putTable('blobs', { table, schema: [{ name: 'a', type: 'float', role: 'feature' }, { name: 'b', type: 'float', role: 'feature' }, { name: 'same', type: 'float', role: 'feature' }] })
  resultId = segmentHandlers.table({ datasetId: 'blobs', features: ['a', 'b', 'same'] }).resultId
  await segmentHandlers.cluster({ resultId, features: ['a', 'b'], k: 3, chosenK: 3, nInit: 4, seed: 42, log: false, standardize: true, silhouette: false, outliers: { method: 'none', excludeFraction: 0 } }, ctx())
})

const args = { features: ['a', 'b'], log: false, standardize: true, seed: 42, maxPoints: 10_000 }

describe('segment.map (the Segment page\'s customer map job)', () => {
  it('PCA of two columns is a rotation: every neighbour kept, trustworthiness exactly 1 (k = 10)', async () => {
    const r = await segmentHandlers.map({ resultId, method: 'pca', ...args }, ctx())
    expect(r.n).toBe(N)
    expect(r.sampled).toBe(false)
    expect(r.trustworthiness.k).toBe(10)
    expect(r.trustworthiness.value).toBeCloseTo(1, 12)
    // coloured by the clusters: three groups of 150 (the blobs are 10 standard deviations apart)
    const counts = [0, 0, 0]
    for (const l of r.labels) counts[l]++
    expect(counts).toEqual([150, 150, 150])
  })

  it('UMAP on a seeded sample: the sample size, the same clusters, each cluster in its own part of the map', async () => {
    const r = await segmentHandlers.map({ resultId, method: 'umap', ...args, maxPoints: 300 }, ctx())
    expect(r.n).toBe(300)
    expect(r.of).toBe(N)
    expect(r.sampled).toBe(true)
    expect(r.trustworthiness.value).toBeGreaterThan(0.9)
    // every map point's nearest map point is in its own cluster
    let same = 0
    for (let i = 0; i < r.n; i++) {
      let best = -1, bd = Infinity
      for (let j = 0; j < r.n; j++) {
        if (j === i) continue
        const d = (r.x[i] - r.x[j]) ** 2 + (r.y[i] - r.y[j]) ** 2
        if (d < bd) { bd = d; best = j }
      }
      if (r.labels[best] === r.labels[i]) same++
    }
    expect(same).toBe(r.n)
  })

  it('bad input comes back as message codes: a constant column, perplexity ≥ points; cancel stops the job', async () => {
    // (standardising refuses a constant column before the map sees it; unscaled, the map's own check names it)
    await expect(segmentHandlers.map({ resultId, method: 'pca', ...args, standardize: false, features: ['a', 'same'] }, ctx())).rejects.toMatchObject({ code: 'explain.map.constantColumn', params: { column: 'same', value: 4 } })
    await expect(segmentHandlers.map({ resultId, method: 'tsne', ...args, maxPoints: 30 }, ctx())).rejects.toMatchObject({ code: 'explain.map.perplexityTooLarge', params: { perplexity: 30, n: 30, max: 29 } })
    await expect(segmentHandlers.map({ resultId, method: 'umap', ...args }, { onProgress: () => {}, cancel: { cancelled: true } })).rejects.toMatchObject({ name: 'CancelledError' })
  })
})
