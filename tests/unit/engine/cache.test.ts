import { describe, expect, it } from 'vitest'
import { ResultCache, ResultGoneError, type StoredResult } from '../../../src/engine/cache'

/** An in-memory stand-in for the IndexedDB `results` store (what a reload leaves behind). */
function memoryBacking(failPut = false) {
  const recs = new Map<string, StoredResult>()
  return {
    recs,
    put: async (r: StoredResult) => {
      if (failPut) throw new DOMException('quota', 'QuotaExceededError')
      recs.set(r.id, structuredClone(r))
    },
    get: async (id: string) => recs.get(id),
    remove: async (id: string) => void recs.delete(id),
  }
}

describe('ResultCache', () => {
  it('keeps at most maxEntries in memory, least recently used leaving first', async () => {
    const c = new ResultCache({ maxEntries: 2 })
    c.set('rules', 'a', 1)
    c.set('rules', 'b', 2)
    expect(c.peek('rules', 'a')).toBe(1) // a is now the most recent
    c.set('segment', 'c', 3)
    expect(c.has('a')).toBe(true)
    expect(c.has('b')).toBe(false)
    expect(c.size).toBe(2)
    await expect(c.get('rules', 'b', 'mine them again')).rejects.toBeInstanceOf(ResultGoneError)
  })

  it('reads a durable result back after eviction or a reload (a fresh cache over the same store)', async () => {
    const backing = memoryBacking()
    const c = new ResultCache({ maxEntries: 1, backing })
    c.set('run', 'r1', { auc: 0.79, proba: new Float64Array([0.1, 0.9]) }, { durable: true })
    c.set('run', 'r2', { auc: 0.81 }, { durable: true })
    await c.flushed()
    expect(c.has('r1')).toBe(false)
    const r1 = await c.get<{ auc: number; proba: Float64Array }>('run', 'r1', 'train again')
    expect(r1.auc).toBe(0.79)
    expect(Array.from(r1.proba)).toEqual([0.1, 0.9])

    const afterReload = new ResultCache({ backing })
    expect((await afterReload.get<{ auc: number }>('run', 'r2', 'train again')).auc).toBe(0.81)
    // a record of another kind under the same id is not handed out
    await expect(afterReload.get('segment', 'r2', 'run it again')).rejects.toThrow('run it again')
  })

  it('delete forgets memory and storage; a failed write keeps the result usable in memory', async () => {
    const backing = memoryBacking()
    const c = new ResultCache({ backing })
    c.set('rules', 'x', 5, { durable: true })
    await c.flushed('x')
    expect(await c.delete('x')).toBe(true)
    expect(backing.recs.has('x')).toBe(false)

    const errors: string[] = []
    const full = new ResultCache({ backing: memoryBacking(true), onStoreError: (e, id) => errors.push(`${id}: ${e.name}`) })
    full.set('rules', 'y', 7, { durable: true })
    await full.flushed()
    expect(errors).toEqual(['y: QuotaExceededError'])
    expect(await full.get('rules', 'y', '')).toBe(7)
  })
})
