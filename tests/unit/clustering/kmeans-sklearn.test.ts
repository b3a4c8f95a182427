import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '@/data/node'
import { getColumn, type NumericColumn } from '@/data/table'
import { matrix, type Matrix } from '@/ml/core/matrix'
import { kmeansSteps, KMeansModel, lloyd, runSteps } from '@/ml/clustering/kmeans'
import { loadEstimator } from '@/ml/core/estimator'

/**
 * k-means with ≥ 4 features and k ≥ 4 (the Hamerly path) against scikit-learn 1.2.1 on the
 * committed bank-600 fixture (UCI Bank Marketing, CC BY 4.0): the reference JSON and the script
 * that wrote it (KMeans(k, n_init=10, random_state=42, algorithm='lloyd') on StandardScaler'd
 * age, balance, day, duration, campaign) sit beside the fixture. Our k-means++ draws from numpy's
 * RandomState(42) stream, so the starting centres, and hence the labels, are scikit-learn's own.
 */
const fixture = (f: string): string => fileURLToPath(new URL(`../../fixtures/ml/${f}`, import.meta.url))
const ref = JSON.parse(readFileSync(fixture('kmeans_bank600_sklearn.json'), 'utf8')) as {
  features: string[]
  runs: { k: number; inertia: number; n_iter: number; labels: string }[]
}

/** The five columns standardised as sklearn's StandardScaler does (population standard deviation). */
async function bankMatrix(): Promise<Matrix> {
  const { table } = await readTableFile(fixture('bank-600.csv'))
  const cols = ref.features.map((f) => (getColumn(table, f) as NumericColumn).values)
  const n = table.nRows
  const p = cols.length
  const Z = matrix(n, p)
  cols.forEach((v, j) => {
    let m = 0, s = 0
    for (let i = 0; i < n; i++) m += v[i]
    m /= n
    for (let i = 0; i < n; i++) s += (v[i] - m) ** 2
    s = Math.sqrt(s / n)
    for (let i = 0; i < n; i++) Z.data[i * p + j] = (v[i] - m) / s
  })
  return Z
}

describe('k-means against scikit-learn (5 features, k = 4 and 6)', () => {
  for (const r of ref.runs) {
    it(`k = ${r.k}: sklearn's labels and inertia, from kmeans() and from KMeansModel`, async () => {
      const X = await bankMatrix()
      expect(X.cols).toBeGreaterThanOrEqual(4)
      const fit = runSteps(kmeansSteps(X, { k: r.k, nInit: 10, seed: 42 }))
      expect(Array.from(fit.labels).join('')).toBe(r.labels)
      expect(fit.inertia).toBeCloseTo(r.inertia, 8)
      const model = new KMeansModel({ k: r.k, nInit: 10, seed: 42 }).fit(X)
      expect(Array.from(model.labels).join('')).toBe(r.labels)
      expect(model.inertia).toBeCloseTo(r.inertia, 8)
      // registered as an estimator: the generic loader rebuilds it and it predicts the same clusters
      const loaded = loadEstimator(JSON.parse(JSON.stringify(model.toJSON())))
      expect(loaded).toBeInstanceOf(KMeansModel)
      expect(Array.from((loaded as KMeansModel).predict(X)).join('')).toBe(r.labels)
    })
  }

  it('the Hamerly assignment moves exactly as plain Lloyd, iteration by iteration, to the same labels', async () => {
    const Z = await bankMatrix()
    const p = Z.cols
    // start from six rows
    const init = new Float64Array(6 * p)
    ;[3, 50, 120, 300, 451, 599].forEach((row, c) => init.set(Z.data.subarray(row * p, row * p + p), c * p))
    const drain = (bounds: boolean) => {
      const g = lloyd(Z, init, 300, 0, 0, 1, bounds)
      const steps: string[] = []
      for (let s = g.next(); ; s = g.next()) {
        if (s.done) return { steps, run: s.value }
        // labels changed and total squared centre shift of each iteration
        steps.push(`${s.value.changed}:${s.value.shift}`)
      }
    }
    const fast = drain(true)
    const plain = drain(false)
    expect(fast.steps).toEqual(plain.steps)
    expect(Array.from(fast.run.labels)).toEqual(Array.from(plain.run.labels))
    expect(fast.run.inertia).toBe(plain.run.inertia)
  })
})
