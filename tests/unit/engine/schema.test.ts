import { describe, expect, it } from 'vitest'
import { applyUpgrade, DB_VERSION, STORES, upgradeSteps } from '../../../src/engine/schema'

/**
 * The workspace schema's upgrades on an in-memory image of a database, through the same steps the
 * IndexedDB upgrade runs (workers/storage.ts): a database written by v1 opens under v2 with
 * nothing lost.
 */
describe('workspace schema', () => {
  it('a new database gets every store', () => {
    const img = applyUpgrade({}, 0)
    expect(Object.keys(img).sort()).toEqual([...STORES].sort())
  })

  it('opens a v1 database: datasets keep their columns, their summaries are listed from datasetMeta', () => {
    const v1 = {
      datasets: [
        { id: 'bank-1', summary: { id: 'bank-1', name: 'bank.csv', nRows: 3 }, table: { nRows: 3, columns: [{ name: 'age', storage: 'number', values: new Float64Array([30, 41, 52]) }] } },
        { id: 'retail-2', summary: { id: 'retail-2', name: 'retail.csv', nRows: 1 }, table: { nRows: 1, columns: [] } },
      ],
      models: [{ id: 'm1', bytes: new Uint8Array([1, 2]) }],
      results: [{ id: 'campaign.kept', text: '{}' }],
    }
    const v2 = applyUpgrade(v1, 1)
    expect(v2.datasets).toBe(v1.datasets)
    expect(v2.models).toBe(v1.models)
    expect(v2.results).toBe(v1.results)
    expect(v2.datasetMeta).toEqual([
      { id: 'bank-1', summary: { id: 'bank-1', name: 'bank.csv', nRows: 3 } },
      { id: 'retail-2', summary: { id: 'retail-2', name: 'retail.csv', nRows: 1 } },
    ])
    expect(v2.workspace).toEqual([])
  })

  it('a record without a summary stops the upgrade with a message (nothing silently dropped)', () => {
    expect(() => applyUpgrade({ datasets: [{ id: 'broken' }] }, 1)).toThrow(/broken/)
  })

  it('a database from a newer version is refused, not emptied', () => {
    expect(() => upgradeSteps(DB_VERSION + 1)).toThrow(/newer version/)
    expect(upgradeSteps(DB_VERSION)).toEqual([])
  })
})
