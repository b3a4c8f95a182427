/**
 * The IndexedDB storage handler (workers/ml/registry.ts) over an in-memory stand-in for
 * workers/storage.ts (Node has no IndexedDB; the real idb path runs in the e2e save/open flows).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { scoreTable, serializeModel } from '../../../src/ml/modelfile'
import { loadBank } from './helpers'
import { trainClassifier } from './models'

const db = new Map<string, { id: string }>()
vi.mock('../../../workers/storage', () => ({
  get: async (_s: string, id: string) => db.get(id),
  getAll: async () => [...db.values()],
  put: async (_s: string, v: { id: string }) => void db.set(v.id, v),
  remove: async (_s: string, id: string) => void db.delete(id),
}))
const { indexedDb } = await import('../../../workers/ml/registry')

describe('IndexedDB model registry as a storage handler', () => {
  beforeEach(() => db.clear())

  it('saves checked artifacts under the file SHA-256 and loads them back', async () => {
    const saved = await serializeModel(await trainClassifier('tree'))
    const r = await indexedDb({ fileName: 'tree.clmodel' }).save(saved.artifacts)
    expect(r.sha256).toBe(saved.sha256)
    expect(r.entry.id).toBe(saved.sha256)
    expect([...db.keys()]).toEqual([saved.sha256])
    const m = await indexedDb({ id: saved.sha256 }).load()
    const { table } = await loadBank()
    expect(Array.from(scoreTable(m, table).probability!)).toEqual(Array.from(scoreTable(r.model, table).probability!))
  })

  it('another model of the same name is refused unless replace is set; then it replaces the old one', async () => {
    const a = await serializeModel({ ...(await trainClassifier('lr')), name: 'same name' })
    const b = await serializeModel({ ...(await trainClassifier('tree')), name: 'same name' })
    await indexedDb({ fileName: 'a.clmodel' }).save(a.artifacts)
    await expect(indexedDb({ fileName: 'b.clmodel' }).save(b.artifacts)).rejects.toThrow(/A different model named "same name" is already saved/)
    await indexedDb({ fileName: 'b.clmodel', replace: true }).save(b.artifacts)
    expect([...db.keys()]).toEqual([b.sha256])
  })

  it('damaged artifacts are refused before anything is stored', async () => {
    const saved = await serializeModel(await trainClassifier('lr'))
    const bad = { manifest: saved.artifacts.manifest, weightData: saved.artifacts.weightData.slice(0, 16) }
    await expect(indexedDb({ fileName: 'bad.clmodel' }).save(bad)).rejects.toMatchObject({ code: 'model.error.weight-bytes', params: { weight: 'estimator/coef' } })
    expect(db.size).toBe(0)
    await expect(indexedDb({ id: 'f'.repeat(64) }).load()).rejects.toThrow(/not in this browser's registry/)
  })
})
