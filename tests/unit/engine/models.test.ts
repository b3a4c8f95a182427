import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { modelsEngine, type ModelStore, type StoredModel } from '../../../src/engine/models'
import { ResultCache, type Backing, type StoredResult } from '../../../src/engine/cache'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { FIXTURES, loadBank } from '../modelfile/helpers'

/**
 * The Models area's engine in Node: what the ml worker dispatches to. Files: the committed golden
 * model files and the bank sample (CC BY 4.0, see tests/fixtures/modelfile/README.md). The
 * probabilities expected are the ones golden_scores.json stores for that file (the scores an
 * earlier build gave, also checked in golden.test.ts); every count below is counted from the
 * scored CSV itself, not taken from the summary under test.
 */
const ctx = () => ({ onProgress: () => {}, cancel: { cancelled: false } })

function mapStore(): ModelStore & { map: Map<string, StoredModel> } {
  const map = new Map<string, StoredModel>()
  return {
    map,
    getAll: async () => [...map.values()].map((s) => structuredClone(s)),
    get: async (id) => (map.has(id) ? structuredClone(map.get(id)) : undefined),
    put: async (s) => void map.set(s.id, structuredClone(s)),
    remove: async (id) => void map.delete(id),
  }
}

function memoryBacking(): Backing {
  const store = new Map<string, StoredResult>()
  return {
    put: async (rec) => void store.set(rec.id, structuredClone(rec)),
    get: async (id) => (store.has(id) ? structuredClone(store.get(id)) : undefined),
    remove: async (id) => void store.delete(id),
  }
}

function setup(registry: ModelStore, backing: Backing | null, tables: Map<string, { table: Table; schema: ColumnSchema[] }>) {
  const added: { name: string; table: Table; source?: string }[] = []
  const results = new ResultCache({ backing })
  const engine = modelsEngine({
    tables: (id) => tables.get(id)!,
    results,
    registry,
    addDataset: async (a) => {
      added.push(a)
      return { id: 'new', name: a.name, nRows: a.table.nRows, head: { schema: [], profile: [] }, columns: 0, warnings: [], createdAt: 0 }
    },
  })
  return { engine: engine.handlers, load: engine.load, results, added }
}

describe('models engine', () => {
  it('open → store → list → score (the golden scores) → CSV, dataset, SQL; scorings and the registry survive a reload; delete', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'golden_lr.clmodel')))
    const expected = (JSON.parse(readFileSync(join(FIXTURES, 'golden_scores.json'), 'utf8')) as { lrProbability: number[] }).lrProbability
    const bank = await loadBank()
    const tables = new Map([['bank', { table: bank.table, schema: bank.schema }]])
    const registry = mapStore()
    const backing = memoryBacking()
    const { engine, results, added } = setup(registry, backing, tables)

    // opened: validated and held, nothing stored yet
    const opened = await engine.open({ file: bytes, fileName: 'golden_lr.clmodel' })
    expect(opened.conflict).toBe('new')
    expect(opened.fileId).toMatch(/^[0-9a-f]{64}$/)
    expect(registry.map.size).toBe(0)
    const entry = await engine.storeOpened({ fileId: opened.fileId })
    expect(entry.id).toBe(opened.fileId)
    expect((await engine.list()).map((e) => [e.id, e.fileName])).toEqual([[opened.fileId, 'golden_lr.clmodel']])
    // the same file again is recognised; the held file is gone once stored
    expect((await engine.open({ file: bytes, fileName: 'again.clmodel' })).conflict).toBe('same-file')
    await expect(engine.storeOpened({ fileId: 'f'.repeat(64) })).rejects.toThrow(/Open the model file again/)

    const check = await engine.check({ id: entry.id, datasetId: 'bank' })
    expect(check.missing).toEqual([])

    const scored = await engine.score({ id: entry.id, datasetId: 'bank' }, ctx())
    expect(scored.rows).toBe(bank.table.nRows)
    expect(scored.kind).toBe('classifier')
    const csv = (await engine.scoresCsv({ key: scored.key })).trim().split('\n')
    expect(csv.length).toBe(bank.table.nRows + 1)
    const head = csv[0].split(',')
    const pCol = head.indexOf('probability'), bandCol = head.indexOf('band')
    const rows = csv.slice(1).map((l) => l.split(','))
    expect(rows.slice(0, expected.length).map((r) => Number(r[pCol]))).toEqual(expected)
    // band counts and the 20-bin histogram, counted from the CSV
    for (const b of scored.bands!) expect(b.customers).toBe(rows.filter((r) => r[bandCol] === b.label).length)
    const hist = new Array(20).fill(0)
    for (const r of rows) hist[Math.min(19, Math.floor(Number(r[pCol]) * 20))]++
    expect(scored.histogram).toEqual(hist)
    expect(scored.preview!.map((p) => p.probability)).toEqual(expected.slice(0, 20))

    await engine.addScores({ key: scored.key, name: 'scored' })
    expect(added[0].source).toBe('scores')
    expect(added[0].table.nRows).toBe(bank.table.nRows)
    expect(added[0].table.columns.map((c) => c.name).slice(-2)).toEqual(['probability', 'band'])
    expect((await engine.sql({ id: entry.id, table: 'clients' })).toString()).toMatch(/FROM\s+"?clients"?/i)

    // a reload: a new engine over the same registry and result store
    await results.flushed()
    const after = setup(registry, backing, tables)
    expect((await after.engine.scoresCsv({ key: scored.key })).trim().split('\n')).toEqual(csv)
    expect((await after.engine.card({ id: entry.id })).entry.id).toBe(entry.id)
    expect((await after.load(entry.id)).fileSha256).toBe(entry.id)

    await after.engine.delete({ id: entry.id })
    expect(await after.engine.list()).toEqual([])
    await expect(after.engine.card({ id: entry.id })).rejects.toThrow(/not in this browser's registry/)
  })

  it('retrain: drift and a challenger on new data, held until kept (once), then stored with its parent', async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'golden_lr.clmodel')))
    const bank = await loadBank()
    const tables = new Map([['bank', { table: bank.table, schema: bank.schema }]])
    const registry = mapStore()
    const { engine } = setup(registry, null, tables)
    const opened = await engine.open({ file: bytes, fileName: 'golden_lr.clmodel' })
    const entry = await engine.storeOpened({ fileId: opened.fileId })
    const r = await engine.retrain({ id: entry.id, datasetId: 'bank', testSize: 0.25, seed: 7 }, ctx())
    // every one of the 603 sample rows has an outcome: a quarter held out (151), the rest trained on
    expect(r.rows).toBe(603)
    expect(r.split).toEqual({ train: 452, test: 151 })
    expect(r.champion).not.toBeNull()
    expect(r.challenger!.trainRows).toBe(452)
    const kept = await engine.keepRetrained({ key: r.key, replace: true })
    expect(kept.id).not.toBe(entry.id)
    expect(registry.map.has(kept.id)).toBe(true)
    expect((await engine.card({ id: kept.id })).card.lineage).toMatchObject({ parentSha256: entry.id, parentRows: expect.any(Number) })
    await expect(engine.keepRetrained({ key: r.key })).rejects.toThrow(/no longer held/)
  })
})
