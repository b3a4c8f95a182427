import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { segmentEngine } from '../../../src/engine/segment'
import { ResultCache, type Backing, type StoredResult } from '../../../src/engine/cache'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { stringColumn } from '../../../src/data/table'
import { readTableFile } from '../../../src/data/node'
import { parseCsvRows } from '../../fixtures/segmentation/retailCsv'

/**
 * The Segment area's engine in Node: what the ml worker dispatches to and the CLI drives. Expected
 * values come from the reference R/F/M of the committed Online Retail subset (CC BY 4.0, see its
 * README) and from hand calculation on a tiny customer table.
 */
const FX = join(__dirname, '../../fixtures/segmentation')
const ctx = () => ({ onProgress: () => {}, cancel: { cancelled: false } })

/** An IndexedDB stand-in: values are cloned on the way in and out, as IndexedDB does. */
function memoryBacking(): Backing & { store: Map<string, StoredResult> } {
  const store = new Map<string, StoredResult>()
  return {
    store,
    put: async (rec) => void store.set(rec.id, structuredClone(rec)),
    get: async (id) => (store.has(id) ? structuredClone(store.get(id)) : undefined),
    remove: async (id) => void store.delete(id),
  }
}

function setup(backing: Backing | null = null) {
  const tables = new Map<string, { table: Table; schema: ColumnSchema[] }>()
  const added: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }[] = []
  const results = new ResultCache({ backing })
  const engine = segmentEngine({
    tables: (id) => {
      const t = tables.get(id)
      if (!t) throw new Error(`no dataset ${id}`)
      return t
    },
    results,
    addDataset: async (a) => {
      added.push(a)
      return { id: 'new', name: a.name, nRows: a.table.nRows, head: { schema: a.schema ?? [], profile: [] }, columns: a.schema?.length ?? 0, warnings: [], createdAt: 0 }
    },
  })
  return { tables, added, results, engine }
}

const num = (name: string, v: number[]) => ({ name, storage: 'number' as const, values: Float64Array.from(v) })

describe('segment engine: a customer table (hand-checked k-means)', () => {
  // two squares of side 2, centres (1, 1) and (11, 11)
  const x = [0, 0, 2, 2, 10, 10, 12, 12], y = [0, 2, 0, 2, 10, 12, 10, 12]
  const table: Table = { name: 'c', nRows: 8, columns: [stringColumn('id', ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), num('x', x), num('y', y), stringColumn('name', Array(8).fill('n'))] }

  it('k = 2: the two squares, their centres, inertia 16 and mean silhouette 0.8390', async () => {
    const { tables, engine } = setup()
    tables.set('c', { table, schema: [] })
    const t = engine.table({ datasetId: 'c', features: ['x', 'y'], idColumn: 'id' })
    expect(t.customers).toBe(8)
    // quartiles of 0, 0, 2, 2, 10, 10, 12, 12 (linear interpolation): 1.5, 6, 10.5
    expect(t.features[0]).toMatchObject({ name: 'x', min: 0, q1: 1.5, median: 6, q3: 10.5, max: 12, mean: 6, missing: 0 })
    const r = await engine.cluster({ resultId: t.resultId, features: ['x', 'y'], k: 2, chosenK: 'suggested', nInit: 5, seed: 42, log: false, standardize: false, silhouette: true, outliers: { method: 'none', excludeFraction: 0 } }, ctx())
    expect(r.k).toBe(2)
    expect(r.clusters.map((c) => c.size)).toEqual([4, 4])
    const means = r.means.map((m) => [m.x, m.y]).sort((a, b) => a[0] - b[0])
    expect(means).toEqual([[1, 1], [11, 11]])
    // every point is √2 from its centre: 8 × 2
    expect(r.elbow[0].inertia).toBeCloseTo(16, 9)
    // mean of (b − a) / max(a, b) over the 8 points, a and b from the pairwise distances
    expect(r.elbow[0].silhouette).toBeCloseTo(0.8390486, 6)
    const csv = (await engine.export({ resultId: t.resultId, clusterNames: ['first', 'second'] })).csv.trim().split('\n')
    expect(csv[0]).toBe('customer,cluster,outlier_score')
    const clusterOf = new Map(csv.slice(1).map((l) => l.split(',') as [string, string]))
    // a–d together, e–h together, in different clusters
    expect(new Set(['a', 'b', 'c', 'd'].map((c) => clusterOf.get(c))).size).toBe(1)
    expect(new Set(['e', 'f', 'g', 'h'].map((c) => clusterOf.get(c))).size).toBe(1)
    expect(clusterOf.get('a')).not.toBe(clusterOf.get('e'))
  })

  it('refuses a text column and an empty feature list by name', () => {
    const { tables, engine } = setup()
    tables.set('c', { table, schema: [] })
    expect(() => engine.table({ datasetId: 'c', features: ['x', 'name'] })).toThrow(/"name" is not numeric/)
    expect(() => engine.table({ datasetId: 'c', features: [] })).toThrow(/at least one/)
  })
})

describe('segment engine: RFM + k-means on the Online Retail subset', () => {
  const ref = readFileSync(join(FX, 'online_retail_subset_rfm.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
  const refById = new Map(ref.map((r) => [r[0], { recency: +r[1], frequency: +r[2], monetary: +r[3] }]))
  const mapping = { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' }
  // the reference's snapshot
  const cleaning = { snapshot: Date.UTC(2011, 11, 10, 12, 50) }

  it('R, F, M per customer equal the reference; cluster sizes and means agree with the reference values of their members; results survive a reload', async () => {
    const backing = memoryBacking()
    const { tables, engine, results, added } = setup(backing)
    const { table, schema } = await readTableFile(join(FX, 'online_retail_subset.csv.gz'))
    tables.set('retail', { table, schema })

    const rfm = await engine.rfm({ datasetId: 'retail', mapping, cleaning }, ctx())
    // counted independently with Python's csv module (see the cleaning test)
    expect(rfm.cleaning.map((s) => s.rows)).toEqual([21368, 21067, 20703, 20703, 20701])
    expect(rfm.customers).toBe(215)
    expect(rfm.snapshot).toBe(cleaning.snapshot)
    // the R × FM grid counts every customer once
    expect(rfm.grid.reduce((a, b) => a + b, 0)).toBe(215)
    expect(rfm.segments.reduce((a, s) => a + s.customers, 0)).toBe(215)

    const k = await engine.cluster({ resultId: rfm.resultId, features: ['recency', 'frequency', 'monetary'], k: { kMin: 2, kMax: 4 }, chosenK: 3, nInit: 3, seed: 42, log: true, standardize: true, silhouette: true, outliers: { method: 'none', excludeFraction: 0 } }, ctx())
    expect(k.elbow.map((e) => e.k)).toEqual([2, 3, 4])
    expect(k.k).toBe(3)
    const names = ['c0', 'c1', 'c2']
    const csv = (await engine.export({ resultId: rfm.resultId, clusterNames: names })).csv
    const rows = parseCsvRows(csv).filter((r) => r.length > 1)
    expect(rows[0].slice(0, 4)).toEqual(['customer', 'recency', 'frequency', 'monetary'])
    const body = rows.slice(1)
    expect(body.length).toBe(215)
    const members = names.map(() => ({ n: 0, recency: 0, frequency: 0, monetary: 0 }))
    for (const r of body) {
      const want = refById.get(r[0])!
      expect(want, r[0]).toBeDefined()
      expect(+r[1]).toBe(want.recency)
      expect(+r[2]).toBe(want.frequency)
      expect(Math.abs(+r[3] - want.monetary)).toBeLessThan(0.006)
      const m = members[names.indexOf(r[9])]
      m.n++
      m.recency += want.recency
      m.frequency += want.frequency
      m.monetary += want.monetary
    }
    k.clusters.forEach((c, i) => {
      expect(c.size).toBe(members[i].n)
      expect(k.means[i].recency).toBeCloseTo(members[i].recency / members[i].n, 6)
      expect(k.means[i].frequency).toBeCloseTo(members[i].frequency / members[i].n, 6)
      expect(k.means[i].monetary).toBeCloseTo(members[i].monetary / members[i].n, 4)
    })

    // the customer table as a dataset: one row per customer, scores, segment and cluster columns
    await engine.addToWorkspace({ resultId: rfm.resultId, clusterNames: names, name: 'customers' })
    expect(added[0].source).toBe('segments')
    expect(added[0].table.nRows).toBe(215)
    const cols = added[0].table.columns.map((c) => c.name)
    for (const c of ['customer', 'recency', 'frequency', 'monetary', 'r_score', 'f_score', 'm_score', 'rfm_score', 'segment', 'cluster']) expect(cols).toContain(c)
    expect(added[0].schema!.find((c) => c.name === 'customer')!.role).toBe('id')

    // a reload: a new engine over a new cache on the same store gives the same export, nothing re-run
    await results.flushed()
    expect(backing.store.has(rfm.resultId)).toBe(true)
    const after = setup(backing)
    expect((await after.engine.export({ resultId: rfm.resultId, clusterNames: names })).csv).toBe(csv)

    await after.engine.drop({ resultId: rfm.resultId })
    await expect(after.engine.export({ resultId: rfm.resultId })).rejects.toThrow(/deleted/)
  })
})
