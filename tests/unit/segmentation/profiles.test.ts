import { describe, it, expect, vi } from 'vitest'
import { fileURLToPath } from 'node:url'
import { fromRows, matrix } from '@/ml/core/matrix'
import { Rng } from '@/ml/core/random'
import { clusterProfiles, describeCluster, describeParts } from '@/ml/clustering/profiles'
import { renderMessage } from '@/i18n/render'
import type { Label } from '@/ml/core/message'

const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))
const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))
import { pca, symmetricEigen } from '@/ml/clustering/pca'
import { averagePathLength, centreDistanceZ, isolationForest, outlierMask, topAnomalies } from '@/ml/clustering/outliers'
import { customersCsv, segmentColumnForTable, withColumn } from '@/ml/segmentation/export'
import { csvCell as safeCell } from '@/data/csv'
import { clusterCustomers, exportRows, featureMatrix, rfmAnalysis, segmentValues } from '@/ml/segmentation/segment'
import { readRetailCsv } from '../../fixtures/segmentation/retailCsv'

const fx = (f: string): string => fileURLToPath(new URL(`../../fixtures/segmentation/${f}`, import.meta.url))
const MAPPING = { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' }

describe('profiles', () => {
  it('computes size, share, mean/median, index, z and revenue share by hand', () => {
    const rec = [1, 3, 100, 200]
    const freq = [10, 20, 1, 1]
    const mon = [500, 700, 50, 150]
    const p = clusterProfiles({
      features: [{ name: 'recency', values: rec }, { name: 'frequency', values: freq }, { name: 'monetary', values: mon }],
      labels: Int32Array.from([0, 0, 1, 1]),
      k: 2,
      revenue: mon,
      margin: [50, 70, 5, 15],
    })
    expect(p[0].size).toBe(2)
    expect(p[0].share).toBe(0.5)
    expect(p[0].revenueShare).toBeCloseTo(1200 / 1400, 12)
    expect(p[0].marginShare).toBeCloseTo(120 / 140, 12)
    const r = p[0].features[0]
    expect(r.mean).toBe(2)
    expect(r.median).toBe(2)
    expect(r.overallMean).toBe(76)
    expect(r.index).toBeCloseTo((2 / 76) * 100, 12)
    const sd = Math.sqrt(([1, 3, 100, 200].reduce((s, x) => s + (x - 76) ** 2, 0)) / 4)
    expect(r.z).toBeCloseTo((2 - 76) / sd, 12)
    expect(inEn(p[0].description)).toBe('Bought recently, often and a lot: 2 customers (50%), 86% of revenue')
    expect(inEn(p[1].description)).toBe('Last bought long ago, rarely and little: 2 customers (50%), 14% of revenue')
    expect(inEn(p[0].name)).toBe('Best customers')
    expect(inEs(p[0].name)).toBe('Mejores clientes')
    const es = clusterProfiles({ features: [{ name: 'recency', values: rec }, { name: 'frequency', values: freq }, { name: 'monetary', values: mon }], labels: Int32Array.from([0, 0, 1, 1]), k: 2, revenue: mon })
    expect(inEs(es[0].description)).toBe('Compraron hace poco, a menudo y mucho: 2 clientes (50\u00a0%), 86\u00a0% de los ingresos')
  })

  it('describes generic features and average clusters', () => {
    expect(inEn(describeParts([{ feature: 'income', level: 'high', z: 1.2 }, { feature: 'spending score', level: 'low', z: -1 }]))).toBe('Customers with high income and low spending score')
    expect(inEn(describeCluster({ parts: [{ feature: 'income', level: 'average', z: 0 }], size: 81, share: 0.405, revenueShare: null }))).toBe('Close to the average customer: 81 customers (41%)')
  })

  it('names clusters of generic inputs after the two that set them apart most; never "Cluster 2"', () => {
    // income: cluster 0 {10, 12} vs overall mean 31 → z = (11 − 31) / sd; age: cluster 0 {60, 62}
    // (above the mean 41), cluster 1 {20, 22}; tenure identical everywhere (z = 0: average).
    const income = [10, 12, 50, 52]
    const age = [60, 62, 20, 22]
    const tenure = [5, 5, 5, 5]
    const p = clusterProfiles({ features: [{ name: 'income', values: income }, { name: 'age', values: age }, { name: 'tenure', values: tenure }], labels: Int32Array.from([0, 0, 1, 1]), k: 2 })
    // |z| of income: 20 / sd(income) = 20 / 20.025 ≈ 0.9988; of age: 20 / 20.025 as well, ties keep input order
    expect(inEn(p[0].name)).toBe('Low income, high age')
    expect(inEn(p[1].name)).toBe('High income, low age')
    expect(inEs(p[0].name)).toBe('income bajo, age alto')
    // nothing stands out: "Typical customers", numbered when two clusters share the name
    const flat = clusterProfiles({ features: [{ name: 'x', values: [1, 1, 1, 1] }], labels: Int32Array.from([0, 0, 1, 1]), k: 2 })
    expect(flat.map((c) => inEn(c.name))).toEqual(['Typical customers', 'Typical customers 2'])
  })

  it('top categories with index vs overall', () => {
    const p = clusterProfiles({
      features: [{ name: 'x', values: [1, 2, 3, 4] }],
      labels: Int32Array.from([0, 0, 1, 1]),
      k: 2,
      revenue: [10, 10, 10, 10],
      categories: { levels: ['a', 'b'], shares: Float64Array.from([1, 0, 1, 0, 0, 1, 0.5, 0.5]) },
    })
    expect(p[0].topCategories[0]).toMatchObject({ category: 'a', share: 1 })
    expect(p[0].topCategories[0].index).toBeCloseTo((1 / 0.625) * 100, 10)
  })
})

describe('PCA', () => {
  it('eigen-decomposes a known symmetric matrix', () => {
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2)
    expect(values[0]).toBeCloseTo(3, 12)
    expect(values[1]).toBeCloseTo(1, 12)
    expect(Math.abs(vectors[0][0])).toBeCloseTo(Math.SQRT1_2, 12)
  })

  it('projects onto the main direction and samples beyond maxPoints', () => {
    const r = new Rng(1)
    const X = matrix(1000, 3)
    for (let i = 0; i < 1000; i++) {
      const t = r.normal() * 5
      X.data[i * 3] = t
      X.data[i * 3 + 1] = 2 * t + r.normal() * 0.1
      X.data[i * 3 + 2] = r.normal() * 0.1
    }
    const res = pca(X)
    expect(res.explainedVarianceRatio[0]).toBeGreaterThan(0.99)
    expect(res.coords[0].length).toBe(1000)
    const s = pca(X, { maxPoints: 100 })
    expect(s.sampled).toBe(true)
    expect(s.index.length).toBe(100)
  })
})

describe('outliers', () => {
  it('isolation forest scores an obvious outlier highest (seeded)', () => {
    const r = new Rng(3)
    const rows = Array.from({ length: 300 }, () => [r.normal(), r.normal()])
    rows.push([12, -12])
    const X = fromRows(rows)
    const s = isolationForest(X, { seed: 1 })
    expect(topAnomalies(s, 1)).toEqual([300])
    expect(s[300]).toBeGreaterThan(0.6)
    expect(Array.from(isolationForest(X, { seed: 1 }))).toEqual(Array.from(s))
    expect(averagePathLength(256)).toBeCloseTo(10.244770920116851, 9)
    expect(outlierMask(s, 0.01).reduce((a, b) => a + b, 0)).toBe(3)
  })

  it('distance to centre as a within-cluster z-score', () => {
    const X = fromRows([[0], [1], [2], [10]])
    const { distance, z } = centreDistanceZ(X, Float64Array.from([1, 10]), Int32Array.from([0, 0, 0, 1]))
    expect(Array.from(distance)).toEqual([1, 0, 1, 0])
    const sd = Math.sqrt(2 / 9)
    expect(z[0]).toBeCloseTo((1 - 2 / 3) / sd, 12)
    expect(Number.isNaN(z[3])).toBe(true)
  })
})

describe('export', () => {
  it('neutralises formula cells and quotes CSV specials', () => {
    expect(safeCell('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(safeCell('+1')).toBe("'+1")
    expect(safeCell('-2')).toBe("'-2")
    expect(safeCell('@x')).toBe("'@x")
    expect(safeCell('\tx')).toBe("'\tx")
    expect(safeCell('a,b')).toBe('"a,b"')
    expect(safeCell("Can't lose them")).toBe("Can't lose them")
    expect(safeCell(-3)).toBe('-3')
    expect(safeCell(NaN)).toBe('')
  })
})

describe('pipeline on the Online Retail subset', () => {
  const table = readRetailCsv(fx('online_retail_subset.csv.gz'))

  it('RFM → k-means range → profiles, map, outliers, export, segment column', () => {
    const rfm = rfmAnalysis(table, MAPPING)
    expect(rfm.features.n).toBe(215)
    expect(rfm.segments.reduce((s, x) => s + x.customers, 0)).toBe(215)
    const X = featureMatrix(rfm.features, ['recency', 'frequency', 'monetary'])
    const progress = vi.fn()
    const res = clusterCustomers(
      X,
      ['recency', 'frequency', 'monetary'],
      { ids: rfm.features.ids, revenue: rfm.features.monetary },
      { k: { kMin: 2, kMax: 6 }, log: true, standardize: true, outliers: { method: 'isolationForest', excludeFraction: 0, top: 5, seed: 42 } },
      { onProgress: progress },
    )
    expect(progress).toHaveBeenCalled()
    expect(res.elbow.length).toBe(5)
    expect(res.k).toBe(res.suggested.k)
    expect(res.clusters.reduce((s, c) => s + c.size, 0)).toBe(215)
    // clusters are numbered by revenue share, largest first
    for (let c = 1; c < res.k; c++) expect(res.clusters[c].revenueShare!).toBeLessThanOrEqual(res.clusters[c - 1].revenueShare!)
    expect(res.map.coords[0].length).toBe(215)
    expect(res.map.explainedVarianceRatio[0]).toBeGreaterThan(0.5)
    expect(res.topAnomalies.length).toBe(5)
    expect(res.topAnomalies[0].id).not.toBeNull()
    // the saved model reproduces the labels
    expect(Array.from(res.model.predict(X))).toEqual(Array.from(res.labels))
    const rows = exportRows(rfm, res)
    const csv = customersCsv(rows)
    expect(csv.split('\n')[0]).toBe('customer,recency,frequency,monetary,r_score,f_score,m_score,rfm_score,segment,cluster,outlier_score')
    expect(csv.trim().split('\n').length).toBe(216)
    // appended value columns: after the standard ones, empty cells for unknown values
    const extra = customersCsv(rows.slice(0, 2), { names: ['p_alive', 'clv_12m'], values: [[0.5, 12.25], [1, null]] }).split('\n')
    expect(extra[0]).toBe('customer,recency,frequency,monetary,r_score,f_score,m_score,rfm_score,segment,cluster,outlier_score,p_alive,clv_12m')
    expect(extra[1].endsWith(',0.5,12.25')).toBe(true)
    expect(extra[2].endsWith(',1,')).toBe(true)
    const seg = segmentValues(rfm, res, 'rfm')
    const col = segmentColumnForTable(table, 'CustomerID', rfm.features.ids, seg)
    expect(col.codes.length).toBe(table.nRows)
    const t2 = withColumn(table, col)
    expect(t2.columns.at(-1)!.name).toBe('segment')
  })

  it('excluding outliers clusters the rest and still labels everyone', () => {
    const rfm = rfmAnalysis(table, MAPPING)
    const X = featureMatrix(rfm.features, ['recency', 'frequency', 'monetary'])
    const res = clusterCustomers(X, ['recency', 'frequency', 'monetary'], { revenue: rfm.features.monetary }, { k: 3, log: true, standardize: true, outliers: { method: 'isolationForest', excludeFraction: 0.05, top: 3, seed: 1 } })
    expect(res.excluded!.reduce((a, b) => a + b, 0)).toBe(10)
    expect(res.clusters.reduce((s, c) => s + c.size, 0)).toBe(205)
    expect(res.labels.every((l) => l >= 0 && l < 3)).toBe(true)
    expect(() => featureMatrix(rfm.features, ['meanDaysBetween'])).toThrow(/single-purchase/)
  })
})
