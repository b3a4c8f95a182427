import { describe, it, expect } from 'vitest'
import { Rng } from '../../../../src/ml/core/random'
import { explainClusters } from '../../../../src/ml/explain/clusters'
import { explainMessage } from '../../../../src/i18n/pages/explain'

/**
 * Three planted groups over a 364-day window: group 0 spends 3× the others' level and buys 17
 * times (every 364/17/7 = 3.06 weeks); group 1 was last seen long ago; group 2 is ordinary.
 */
function planted(): { X: { rows: number; cols: number; data: Float64Array }; labels: Int32Array } {
  const rng = new Rng(11)
  const n = 600
  const data = new Float64Array(n * 3)
  const labels = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const g = i % 3
    labels[i] = g
    data[i * 3] = g === 1 ? 200 + rng.int(60) : 10 + rng.int(30) // recency (days)
    data[i * 3 + 1] = g === 0 ? 17 : 2 + rng.int(3) // frequency (invoices)
    data[i * 3 + 2] = g === 0 ? 3000 + rng.normal() * 50 : 1000 + rng.normal() * 50 // monetary
  }
  return { X: { rows: n, cols: 3, data }, labels }
}

describe('cluster explanations (one-vs-rest surrogate + TreeSHAP)', () => {
  it('names what was planted, states the surrogate accuracy, and phrases it', () => {
    const { X, labels } = planted()
    const ex = explainClusters(X, ['recency', 'frequency', 'monetary'], labels, { periodDays: 364 })
    expect(ex).toHaveLength(3)
    // hand check: overall monetary mean ≈ (3000 + 1000 + 1000)/3 = 1666.7, group 0's ratio ≈ 1.8
    const g0 = ex[0]
    expect(g0.size).toBe(200)
    expect(g0.surrogate.balancedAccuracy).toBe(1)
    expect(['frequency', 'monetary']).toContain(g0.drivers[0].feature)
    const mon = g0.drivers.find((d) => d.feature === 'monetary')!
    expect(mon.ratio).toBeCloseTo(3000 / ((3000 + 1000 + 1000) / 3), 1)
    const en = g0.messages.map((m) => explainMessage(m, 'en'))
    expect(en[0]).toMatch(/100% balanced accuracy/)
    // 364 days / 17 purchases = 21.4 days → every 3.1 weeks
    expect(en.some((s) => s === 'buys every 3.1 weeks' || s === 'spends 1.8× the average')).toBe(true)
    const g1 = ex[1]
    expect(g1.drivers[0].feature).toBe('recency')
    expect(g1.messages.map((m) => explainMessage(m, 'es'))[1]).toMatch(/^compró por última vez hace 2\d\d días/)
    // mean SHAP of the members adds up (surrogate output − its mean) on average: Σ drivers > 0 for a separable group
    for (const e of ex) expect(e.drivers.reduce((a, d) => a + d.meanShap, 0)).toBeGreaterThan(0)
  })

  it('gradient boosting surrogate and bad input', () => {
    const { X, labels } = planted()
    const ex = explainClusters(X, ['recency', 'frequency', 'monetary'], labels, { surrogate: 'gbt', maxDepth: 2 })
    expect(ex[0].surrogate.scale).toBe('logodds')
    expect(ex[2].surrogate.accuracy).toBeGreaterThan(0.9)
    expect(() => explainClusters(X, ['a', 'b'], labels)).toThrow(/3 columns but 2 names/)
    expect(() => explainClusters(X, ['a', 'b', 'c'], new Int32Array(600))).toThrow(/at least 2 clusters/)
  })
})
