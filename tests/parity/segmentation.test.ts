/**
 * Parity with ../shared/reference (scikit-learn 1.2.1 / pandas 1.5.3): Online Retail cleaning and
 * RFM (every customer), k-means on log + standardised RFM for k = 2..10 (inertia ≤ +0.5%,
 * silhouette ±0.01, k=4 sizes ±2%), and Mall customers k = 5 (inertia ±0.1%, centres ±0.5).
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import { readTableFile } from '@/data/node'
import type { Table } from '@/data/table'
import { fromRows } from '@/ml/core/matrix'
import { rfmAnalysis, featureMatrix, clusterCustomers } from '@/ml/segmentation/segment'
import type { RfmAnalysis } from '@/ml/segmentation/segment'
import { fitTransform } from '@/ml/clustering/transform'
import { elbow } from '@/ml/clustering/elbow'
import { kmeansSteps, runSteps } from '@/ml/clustering/kmeans'

interface RefRfm {
  cleaning_steps: Record<string, number>
  n_customers: number
  total_revenue: number
  snapshot: string
  kmeans: { k: number; inertia: number; silhouette: number }[]
  k4_profile: { size: number; Recency_mean: number; Frequency_mean: number; Monetary_mean: number }[]
}

describe.skipIf(!SHARED)('segmentation parity (Online Retail, Mall customers)', () => {
  let table: Table
  let rfm: RfmAnalysis
  let ref: RefRfm
  beforeAll(async () => {
    ref = JSON.parse(readFileSync(sharedPath('reference/results_rfm.json'), 'utf8'))
    table = (await readTableFile(sharedPath('data/online_retail/online_retail.csv.gz'))).table
    rfm = rfmAnalysis(table, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' })
  })

  it('cleaning: 541,909 → 406,829 → 397,924 → 397,924 → 397,884; 4,338 customers; snapshot', () => {
    expect(rfm.cleaning.map((s) => s.rows)).toEqual([541909, 406829, 397924, 397924, 397884])
    expect(rfm.cleaning.map((s) => s.rows).slice(1)).toEqual(Object.values(ref.cleaning_steps))
    expect(rfm.features.n).toBe(4338)
    expect(new Date(rfm.transactions.snapshot).toISOString().slice(0, 19).replace('T', ' ')).toBe(ref.snapshot)
    const rev = rfm.features.monetary.reduce((a, b) => a + b, 0)
    expect(rev).toBeCloseTo(ref.total_revenue, 4)
  })

  it("every customer's recency, frequency and monetary equal online_retail_rfm.csv", () => {
    const rows = readFileSync(sharedPath('reference/online_retail_rfm.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
    expect(rows.length).toBe(4338)
    const f = rfm.features
    let bad = 0
    rows.forEach((r, i) => {
      const ok = f.ids[i] === r[0] && f.recency[i] === +r[1] && f.frequency[i] === +r[2] && Math.abs(f.monetary[i] - +r[3]) <= 1e-6 * Math.max(1, Math.abs(+r[3]))
      if (!ok) bad++
    })
    expect(bad).toBe(0)
  })

  it('log + standardise, n_init = 10: inertia k = 2..10 within 0.5% (or lower), silhouette within 0.01', () => {
    const X = featureMatrix(rfm.features, ['recency', 'frequency', 'monetary'])
    const { Xt } = fitTransform(X, ['recency', 'frequency', 'monetary'], { log: true, standardize: true })
    const e = elbow(Xt, { kMin: 2, kMax: 10, nInit: 10, seed: 42 })
    expect(e.silhouetteSampled).toBe(false)
    for (const r of ref.kmeans) {
      const p = e.points.find((q) => q.k === r.k)!
      expect(p.inertia, `k=${r.k} inertia`).toBeLessThanOrEqual(r.inertia * 1.005)
      expect(Math.abs(p.silhouette! - r.silhouette), `k=${r.k} silhouette`).toBeLessThanOrEqual(0.01)
    }
  })

  it('k = 4 cluster sizes (and mean R/F/M) within 2% of the reference', () => {
    const X = featureMatrix(rfm.features, ['recency', 'frequency', 'monetary'])
    const res = clusterCustomers(X, ['recency', 'frequency', 'monetary'], { revenue: rfm.features.monetary }, { k: 4, nInit: 10, seed: 42, log: true, standardize: true, silhouette: false })
    // both sorted by mean monetary, descending (ours are numbered by revenue share)
    const ours = res.clusters.slice().sort((a, b) => b.features[2].mean - a.features[2].mean)
    ref.k4_profile.forEach((r, i) => {
      expect(Math.abs(ours[i].size - r.size) / r.size).toBeLessThanOrEqual(0.02)
      expect(ours[i].features[0].mean).toBeCloseTo(r.Recency_mean, 1)
      expect(Math.abs(ours[i].features[2].mean - r.Monetary_mean) / r.Monetary_mean).toBeLessThanOrEqual(0.02)
    })
  })

  it('Mall customers (income, spending score, unscaled): k = 5 inertia within 0.1% of 44,448.46 and the same centres ±0.5', () => {
    const mallRef = JSON.parse(readFileSync(sharedPath('reference/results_mall.json'), 'utf8')) as { k5: { income: number; score: number; size: number }[]; kmeans: { k: number; inertia: number }[] }
    const lines = readFileSync(sharedPath('data/mall_customers/Mall_Customers.csv'), 'utf8').trim().split('\n')
    expect(lines[0]).toContain('Annual Income (k$)')
    const X = fromRows(lines.slice(1).map((l) => l.split(',').slice(3, 5).map(Number)))
    expect(X.rows).toBe(200)
    const fit = runSteps(kmeansSteps(X, { k: 5, nInit: 10, seed: 42 }))
    expect(Math.abs(fit.inertia - 44448.4554) / 44448.4554).toBeLessThanOrEqual(0.001)
    const centres = [0, 1, 2, 3, 4].map((c) => ({ income: fit.centers[2 * c], score: fit.centers[2 * c + 1], size: fit.labels.filter((l) => l === c).length }))
    centres.sort((a, b) => a.income - b.income || a.score - b.score)
    mallRef.k5.forEach((r, i) => {
      expect(Math.abs(centres[i].income - r.income)).toBeLessThanOrEqual(0.5)
      expect(Math.abs(centres[i].score - r.score)).toBeLessThanOrEqual(0.5)
      expect(centres[i].size).toBe(r.size)
    })
  })
})
