import { describe, expect, it } from 'vitest'
import { dataEngine, memoryDataStorage, type DataStorage } from '../../../src/engine/data'
import { fromWire, SUMMARY_PART } from '../../../src/engine/types'
import { MessageError } from '../../../src/ml/core/message'

/**
 * The Data area's engine in Node over an in-memory store: what the data worker dispatches to (over
 * IndexedDB). Two engines over one store stand for two tabs, or a tab before and after a reload.
 * Expected values are counted by hand from the CSV text below.
 */
const ctx = () => ({ onProgress: () => {}, cancel: { cancelled: false } })
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

const CSV = [
  'customer,age,city,joined,spend',
  'c1,34,Madrid,2024-01-15,10.5',
  'c2,,Lima,2024-02-01,20',
  'c3,45,Madrid,2024-03-10,',
  'c4,29,Quito,2024-04-22,7.25',
  'c5,51,Lima,2024-05-30,40',
].join('\n')

async function parsed<S extends DataStorage>(storage: S) {
  const engine = dataEngine(storage)
  const wire = await engine.parse({ name: 'customers.csv', bytes: bytes(CSV) }, ctx())
  return { storage, engine, wire }
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (e) {
    return e as Error
  }
  throw new Error('expected a rejection')
}

describe('data engine: a small CSV', () => {
  it('parses into a summary with the counts of the file', async () => {
    const { engine, wire } = await parsed(memoryDataStorage())
    expect(wire.name).toBe('customers.csv')
    expect(wire.nRows).toBe(5)
    expect(wire.columns).toBe(5)
    expect(wire.delimiter).toBe(',')
    const s = await fromWire(wire, (from) => engine.summaryPart({ id: wire.id, from }))
    const col = (name: string) => {
      const i = s.schema.findIndex((c) => c.name === name)
      return { schema: s.schema[i], profile: s.profile[i] }
    }
    expect(s.schema.map((c) => c.name)).toEqual(['customer', 'age', 'city', 'joined', 'spend'])
    expect(col('customer').profile.distinct).toBe(5)
    const age = col('age').profile
    expect(col('age').schema.type).toBe('integer')
    expect([age.count, age.missing, age.min, age.max]).toEqual([4, 1, 29, 51])
    expect(age.mean).toBeCloseTo((34 + 45 + 29 + 51) / 4, 12)
    const spend = col('spend').profile
    expect(col('spend').schema.type).toBe('float')
    expect([spend.count, spend.missing]).toEqual([4, 1])
    expect(spend.mean).toBeCloseTo((10.5 + 20 + 7.25 + 40) / 4, 12)
    const city = col('city').profile
    expect(col('city').schema.type).toBe('category')
    expect(city.distinct).toBe(3)
    expect(Object.fromEntries(city.top!.map((t) => [t.value, t.count]))).toEqual({ Madrid: 2, Lima: 2, Quito: 1 })
    const joined = col('joined').profile
    expect(col('joined').schema.type).toBe('date')
    expect([joined.minText, joined.maxText]).toEqual(['2024-01-15', '2024-05-30'])
    expect(await engine.list()).toEqual([wire])
  })

  it('rows: a window of the table as text, dates as the file wrote them, clipped at the end', async () => {
    const { engine, wire } = await parsed(memoryDataStorage())
    const w = await engine.rows({ id: wire.id, start: 1, count: 2 })
    expect(w).toEqual({
      start: 1,
      rows: [
        ['c2', '', 'Lima', '2024-02-01', '20'],
        ['c3', '45', 'Madrid', '2024-03-10', ''],
      ],
      cut: 0,
    })
    expect((await engine.rows({ id: wire.id, start: 4, count: 10 })).rows).toEqual([['c5', '51', 'Lima', '2024-05-30', '40']])
  })

  it('setSchema: the new role is kept, and read back by another engine over the same store (a reload)', async () => {
    const { storage, engine, wire } = await parsed(memoryDataStorage())
    const edited = await engine.setSchema({ id: wire.id, column: 'spend', role: 'target' })
    const spend = edited.head.schema.find((c) => c.name === 'spend')!
    expect([spend.role, spend.overridden]).toEqual(['target', true])
    expect(edited.id).toBe(wire.id)

    const reloaded = dataEngine(storage)
    const [again] = await reloaded.list()
    expect(again.head.schema.find((c) => c.name === 'spend')!.role).toBe('target')
    // the columns come from the store on first use
    expect((await reloaded.rows({ id: wire.id, start: 0, count: 1 })).rows).toEqual([['c1', '34', 'Madrid', '2024-01-15', '10.5']])
    const copy = await reloaded.exportTable({ id: wire.id })
    expect(copy.table.nRows).toBe(5)
    expect(copy.schema.find((c) => c.name === 'spend')!.role).toBe('target')
  })

  it('a failed write (quota) keeps the dataset usable in memory with a warning; nothing is stored', async () => {
    const mem = memoryDataStorage()
    const full: DataStorage = { ...mem, putAll: async () => Promise.reject(new Error('Browser storage is full')) }
    const { engine, wire } = await parsed(full)
    expect(wire.warnings).toContain('Browser storage is full')
    expect((await engine.rows({ id: wire.id, start: 0, count: 5 })).rows).toHaveLength(5)
    expect(await dataEngine(mem).list()).toEqual([])
  })
})

describe('data engine: a 2,500-column file', () => {
  const N = 2_500
  // column j holds j, j + 1, j + 2: mean j + 1
  const header = Array.from({ length: N }, (_, j) => `c${j}`).join(',')
  const line = (r: number) => Array.from({ length: N }, (_, j) => String(j + r)).join(',')
  const text = [header, line(0), line(1), line(2)].join('\n')

  it('crosses in parts of SUMMARY_PART columns and is put back whole, edits past the head included', async () => {
    const storage = memoryDataStorage()
    const engine = dataEngine(storage)
    const wire = await engine.parse({ name: 'wide.csv', bytes: bytes(text) }, ctx())
    expect(SUMMARY_PART).toBe(1_000)
    expect(wire.columns).toBe(N)
    expect(wire.head.schema).toHaveLength(1_000)
    expect(wire.head.profile).toHaveLength(1_000)
    const second = await engine.summaryPart({ id: wire.id, from: 1_000 })
    expect(second.schema.map((c) => c.name).slice(0, 2)).toEqual(['c1000', 'c1001'])
    expect(second.schema).toHaveLength(1_000)
    expect((await engine.summaryPart({ id: wire.id, from: 2_000 })).schema).toHaveLength(500)
    expect((await engine.summaryPart({ id: wire.id, from: N })).schema).toEqual([])

    let parts = 0
    const whole = await fromWire(wire, (from) => (parts++, engine.summaryPart({ id: wire.id, from })))
    expect(parts).toBe(2)
    expect(whole.schema.map((c) => c.name)).toEqual(Array.from({ length: N }, (_, j) => `c${j}`))
    expect(whole.profile[2_499].mean).toBe(2_500)
    expect(whole.profile[1_234].min).toBe(1_234)

    // an edit of a column the head does not carry, read back in parts after a reload
    const edited = await engine.setSchema({ id: wire.id, column: 'c2400', role: 'ignore' })
    expect(edited.columns).toBe(N)
    const reloaded = dataEngine(storage)
    const [w] = await reloaded.list()
    const back = await fromWire(w, (from) => reloaded.summaryPart({ id: w.id, from }))
    expect(back.schema).toHaveLength(N)
    expect(back.schema[2_400]).toMatchObject({ name: 'c2400', role: 'ignore', overridden: true })
    expect(back.schema[2_399].role).not.toBe('ignore')
  })
})

describe('data engine: datasets removed here or in another tab', () => {
  it('remove: the dataset is gone from the list and the store, and a later edit is refused', async () => {
    const { storage, engine, wire } = await parsed(memoryDataStorage())
    await engine.remove({ id: wire.id })
    expect(await engine.list()).toEqual([])
    expect(storage.stores.get('datasets')!.size).toBe(0)
    expect(storage.stores.get('datasetMeta')!.size).toBe(0)
    const e = await rejection(engine.setSchema({ id: wire.id, column: 'spend', role: 'target' }))
    expect(e.message).toContain('no longer available')
    expect(storage.stores.get('datasets')!.size).toBe(0)
  })

  it('an edit of a dataset another tab deleted is refused, not written back, and forgotten here', async () => {
    const storage = memoryDataStorage()
    const { engine: tab1, wire } = await parsed(storage)
    const tab2 = dataEngine(storage)
    expect((await tab2.list()).map((w) => w.id)).toEqual([wire.id])
    await tab2.remove({ id: wire.id })

    // tab 1 still holds the columns: the edit is computed, but the store refuses it
    const e = await rejection(tab1.setSchema({ id: wire.id, column: 'spend', role: 'target' }))
    expect(e).toBeInstanceOf(MessageError)
    expect((e as MessageError).code).toBe('tabs.deletedElsewhere')
    expect((e as MessageError).params).toEqual({ name: 'customers.csv' })
    expect(storage.stores.get('datasetMeta')!.size).toBe(0)
    expect(storage.stores.get('datasets')!.size).toBe(0)
    expect(await tab1.list()).toEqual([])
    expect((await rejection(tab1.rows({ id: wire.id, start: 0, count: 1 }))).message).toContain('no longer available')
    // a reload does not bring it back
    expect(await dataEngine(storage).list()).toEqual([])
  })

  it('resync after another tab deleted one dataset and added another', async () => {
    const storage = memoryDataStorage()
    const { engine: tab1, wire: a } = await parsed(storage)
    const b = await tab1.parse({ name: 'other.csv', bytes: bytes('x,y\n1,2\n3,4\n') }, ctx())
    const tab2 = dataEngine(storage)
    await tab2.remove({ id: a.id })
    const c = await tab2.parse({ name: 'third.csv', bytes: bytes('z\n7\n') }, ctx())

    // until told, tab 1 lists what it read
    expect((await tab1.list()).map((w) => w.id)).toEqual([a.id, b.id])
    const after = await tab1.resync({ drop: [a.id] })
    expect(after.map((w) => w.name)).toEqual(['other.csv', 'third.csv'])
    expect(after.map((w) => w.id)).toEqual([b.id, c.id])
    // the new one's columns are read from the store on first use
    expect((await tab1.rows({ id: c.id, start: 0, count: 5 })).rows).toEqual([['7']])
    expect((await rejection(tab1.exportTable({ id: a.id }))).message).toContain('no longer available')

    // everything dropped: the list is exactly what is stored
    await tab2.remove({ id: b.id })
    expect((await tab1.resync({ all: true })).map((w) => w.id)).toEqual([c.id])
  })

  it('clear empties every store of the workspace', async () => {
    const { storage, engine } = await parsed(memoryDataStorage())
    await storage.putAll([['results', { id: 'r1', kind: 'x' }]])
    await engine.clear()
    expect(await engine.list()).toEqual([])
    for (const s of ['datasets', 'datasetMeta', 'results'] as const) expect(storage.stores.get(s)!.size).toBe(0)
  })
})
