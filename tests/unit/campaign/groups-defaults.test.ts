import { describe, expect, it } from 'vitest'
import { defaultGroupFeatures, groupAudience, type GroupColumn } from '@/ml/campaign/groups'
import { numberColumn, type Table } from '@/data/table'

// The bank sample after scoring, as the data profile describes it.
const bank: GroupColumn[] = [
  { name: 'customer_id', storage: 'string', type: 'id', role: 'id' },
  { name: 'age', storage: 'number', type: 'integer', role: 'feature' },
  { name: 'balance', storage: 'number', type: 'float', role: 'amount' },
  { name: 'duration', storage: 'number', type: 'integer', role: 'feature' },
  { name: 'campaign', storage: 'number', type: 'integer', role: 'feature' },
  { name: 'pdays', storage: 'number', type: 'integer', role: 'feature' },
  { name: 'credit_score', storage: 'number', type: 'integer', role: 'feature' },
  { name: 'default', storage: 'number', type: 'boolean', role: 'feature' },
  { name: 'y', storage: 'number', type: 'boolean', role: 'target' },
  { name: 'last_contact', storage: 'number', type: 'date', role: 'date' },
  { name: 'probability', storage: 'number', type: 'float', role: 'feature' },
  { name: 'p_churn', storage: 'number', type: 'float', role: 'feature' },
  { name: 'band', storage: 'string', type: 'category', role: 'feature' },
]

describe('groups step: features ticked by default', () => {
  it('leaves out the id, score, outcome, leaks, flags and filter columns, and says why', () => {
    const d = defaultGroupFeatures(bank, { idColumn: 'customer_id', scoreColumn: 'probability', excluded: ['campaign'], model: { target: 'y', features: [], leaky: ['duration'] } })
    expect(d.offered).toEqual(['age', 'balance', 'duration', 'campaign', 'pdays', 'credit_score', 'default', 'y', 'p_churn'])
    expect(d.ticked).toEqual(['age', 'balance', 'pdays', 'credit_score'])
    expect(Object.fromEntries(d.leftOut.map((l) => [l.column, l.reason]))).toEqual({ duration: 'leaky', campaign: 'excluded', default: 'flag', y: 'target', p_churn: 'score' })
  })
  it('keeps to the model inputs when they are in the file, else every sensible input', () => {
    const model = { target: 'y', features: ['age', 'duration', 'pdays', 'job'], leaky: ['duration'] }
    const d = defaultGroupFeatures(bank, { idColumn: 'customer_id', scoreColumn: 'probability', model })
    expect(d.ticked).toEqual(['age', 'pdays'])
    expect(d.leftOut.filter((l) => l.reason === 'notInModel').map((l) => l.column)).toEqual(['balance', 'campaign', 'credit_score'])
    const other = defaultGroupFeatures(bank, { idColumn: 'customer_id', scoreColumn: 'probability', model: { target: 'churned', features: ['tenure'], leaky: [] } })
    expect(other.ticked).toEqual(['age', 'balance', 'duration', 'campaign', 'pdays', 'credit_score'])
    // no model known: the outcome is still recognised by its role
    expect(defaultGroupFeatures(bank, { idColumn: 'customer_id', scoreColumn: 'probability' }).ticked).not.toContain('y')
  })
})

describe('groups: suggested k', () => {
  it('three planted, well separated groups: the elbow and the silhouette both say k = 3', () => {
    // three tight blobs around (0,0), (10,0), (0,10): inertia falls steeply to k = 3 then flattens,
    // and the silhouette is near 1 at k = 3 only
    const xs: number[] = [], ys: number[] = []
    const centres = [[0, 0], [10, 0], [0, 10]]
    for (let i = 0; i < 90; i++) {
      const [cx, cy] = centres[i % 3]
      xs.push(cx + ((i * 7) % 5) * 0.1 - 0.2)
      ys.push(cy + ((i * 11) % 5) * 0.1 - 0.2)
    }
    const t: Table = { name: 't', nRows: 90, columns: [numberColumn('x', xs), numberColumn('y', ys)] }
    const rows = Array.from({ length: 90 }, (_, i) => i)
    const g = groupAudience(t, rows, ['x', 'y'], { k: 5, seed: 1 })
    expect(g.k).toBe(5)
    expect(g.suggested).toMatchObject({ k: 3, byElbow: 3, bySilhouette: 3, silhouetteN: 90 })
    const s3 = g.suggested!.silhouettes[g.elbow.findIndex((e) => e.k === 3)]!
    expect(s3).toBeGreaterThan(0.9)
    // above the sample size, silhouettes are measured on a seeded sample of that size
    const small = groupAudience(t, rows, ['x', 'y'], { k: 3, seed: 1, silhouetteSample: 45 })
    expect(small.suggested).toMatchObject({ k: 3, silhouetteN: 45 })
  })
})
