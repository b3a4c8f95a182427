import type { ColumnRole, ColumnSchema, ColumnType, Table } from '../data/table'
import { cellString } from '../data/table'
import { parseBytes, parsePartsBytes, type ParseResult } from '../data/parse'
import { inferSchema, applySchemaOverride, setColumnFormat } from '../data/schema'
import { profileTable, correlationMatrix } from '../data/profile'
import { leftJoin } from '../data/join'
import { formatDate } from '../data/dates'
import { previewCell } from '../data/preview'
import { MessageError } from '../ml/core/message'
import type { StoreName } from './schema'
import { toWire, wirePart, type DatasetSummary, type EngineContext, type WireSummary } from './types'

/** One record of a named store (keyed by `id`, as every store of the workspace database). */
export type StoreRecord = { id: string; [field: string]: unknown }

/**
 * Where the data engine keeps datasets: IndexedDB in the data worker (workers/storage.ts), a Map in
 * Node tests and the CLI (`memoryDataStorage`). Writes of several records are all-or-nothing.
 */
export interface DataStorage {
  get<T>(store: StoreName, id: string): Promise<T | undefined>
  getAll<T>(store: StoreName): Promise<T[]>
  putAll(items: [StoreName, StoreRecord][]): Promise<void>
  /** putAll only while `guard` (a store and an id) still holds a record, checked in the same transaction; false: nothing written */
  putAllIfPresent(guard: [StoreName, string], items: [StoreName, StoreRecord][]): Promise<boolean>
  remove(store: StoreName, id: string): Promise<void>
  clearAll(stores: readonly StoreName[]): Promise<void>
}

/**
 * A DataStorage over Maps. Values are cloned on the way in and out, as IndexedDB clones them, so a
 * caller cannot change what is stored by keeping a reference. One Map set may back several engines
 * (several tabs over one database).
 */
export function memoryDataStorage(stores = new Map<StoreName, Map<string, StoreRecord>>()): DataStorage & { stores: Map<StoreName, Map<string, StoreRecord>> } {
  const of = (s: StoreName): Map<string, StoreRecord> => {
    let m = stores.get(s)
    if (!m) stores.set(s, (m = new Map()))
    return m
  }
  const putAll = async (items: [StoreName, StoreRecord][]): Promise<void> => {
    // cloned before any is written: a value that cannot be cloned leaves every store as it was
    const copies = items.map(([s, v]) => [s, structuredClone(v)] as const)
    for (const [s, v] of copies) of(s).set(v.id, v)
  }
  return {
    stores,
    get: async <T>(s: StoreName, id: string) => (of(s).has(id) ? (structuredClone(of(s).get(id)) as T) : undefined),
    getAll: async <T>(s: StoreName) => [...of(s).values()].map((v) => structuredClone(v) as T),
    putAll,
    async putAllIfPresent(guard, items) {
      if (!of(guard[0]).has(guard[1])) return false
      await putAll(items)
      return true
    },
    remove: async (s, id) => void of(s).delete(id),
    clearAll: async (list) => list.forEach((s) => of(s).clear()),
  }
}

interface Held {
  summary: DatasetSummary
  table: Table
  /** whether the storage holds it (a failed first write keeps it in memory only) */
  stored?: boolean
}

/** What start-up reads: the summaries. Columns are read from storage on first use. */
interface StoredMeta {
  id: string
  summary: DatasetSummary
}
interface StoredColumns {
  id: string
  table: Table
}

function newId(name: string): string {
  return `${name.replace(/[^\w.-]+/g, '_').slice(0, 40)}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}

function summarize(id: string, name: string, table: Table, schema: ColumnSchema[], extra: Partial<DatasetSummary>): DatasetSummary {
  return {
    id,
    name,
    nRows: table.nRows,
    schema,
    profile: profileTable(table, schema).columns,
    warnings: extra.warnings ?? [],
    encoding: extra.encoding,
    delimiter: extra.delimiter,
    createdAt: extra.createdAt ?? Date.now(),
    source: extra.source,
    citation: extra.citation,
    format: extra.format,
  }
}

/**
 * The Data area's engine: files parsed into datasets (one file or several of one table), the
 * summaries the page shows (schema and profile, a wide file's in parts), column type/role/format
 * edits, the rows window, joins, derived tables from the ml engines, and the copy of a table the
 * ml worker works on. Pure: the storage is handed in. Each engine is one worker's (one tab's) view
 * of the stored datasets: summaries are read at the first call, columns on a dataset's first use,
 * and `resync` forgets what another tab changed. An edit is written back only while the dataset's
 * record still exists, so an edit made here never revives a dataset another tab deleted.
 */
export function dataEngine(storage: DataStorage) {
  const held = new Map<string, Held>()
  const known = new Map<string, DatasetSummary>()
  let restored = false

  /**
   * Keep in memory and in the storage; a storage failure (quota) is reported as a warning, the data stays
   * usable. An edit of a stored dataset (`edited`) is written only while its record still exists: when
   * another tab deleted it meanwhile, the edit is refused and this worker forgets it, so the dataset
   * does not come back on the next reload.
   */
  async function keep(h: Held, edited?: Held): Promise<WireSummary> {
    const id = h.summary.id
    const records: [StoreName, StoreRecord][] = [
      ['datasets', { id, table: h.table } satisfies StoredColumns],
      ['datasetMeta', { id, summary: h.summary } satisfies StoredMeta],
    ]
    try {
      if (edited?.stored) {
        if (!(await storage.putAllIfPresent(['datasetMeta', id], records))) {
          held.delete(id)
          known.delete(id)
          throw new MessageError('tabs.deletedElsewhere', { name: h.summary.name })
        }
      } else {
        await storage.putAll(records)
      }
      h.stored = true
    } catch (e) {
      if (e instanceof MessageError) throw e
      h.stored = edited?.stored ?? false
      h.summary = { ...h.summary, warnings: [...h.summary.warnings, (e as Error).message] }
    }
    held.set(id, h)
    known.set(id, h.summary)
    return toWire(h.summary)
  }

  async function ensureRestored(): Promise<void> {
    if (restored) return
    restored = true
    try {
      for (const d of await storage.getAll<StoredMeta>('datasetMeta')) if (!known.has(d.id)) known.set(d.id, d.summary)
    } catch {
      /* storage unavailable: nothing to restore */
    }
  }

  /** A dataset's columns: in memory, else read from the storage once (lazy restore). */
  async function get(id: string): Promise<Held> {
    const h = held.get(id)
    if (h) return h
    await ensureRestored()
    const summary = known.get(id)
    const stored = summary ? await storage.get<StoredColumns>('datasets', id).catch(() => undefined) : undefined
    if (!summary || !stored) throw new MessageError('engine.datasetGone', { id })
    const loaded = { summary, table: stored.table, stored: true }
    held.set(id, loaded)
    return loaded
  }

  return {
    async parse(args: { name: string; bytes: ArrayBuffer | Blob; sheet?: string; citation?: string; source?: string; baskets?: boolean; decimal?: '.' | ',' }, ctx: EngineContext) {
      await ensureRestored()
      const parsed = await parseBytes(args.bytes, args.name, { sheet: args.sheet, baskets: args.baskets, decimal: args.decimal }, ctx)
      ctx.onProgress(0.95, 'Profiling')
      const id = newId(args.name)
      const summary = summarize(id, args.name, parsed.table, parsed.schema, {
        warnings: parsed.warnings,
        encoding: parsed.encoding,
        delimiter: parsed.delimiter,
        format: parsed.format,
        citation: args.citation,
        source: args.source,
      })
      return keep({ summary, table: parsed.table })
    },

    /** Several files of one table as one dataset (columns checked before anything is appended). */
    async parseMany(args: { name: string; files: { name: string; bytes: ArrayBuffer | Blob }[]; baskets?: boolean; decimal?: '.' | ',' }, ctx: EngineContext) {
      await ensureRestored()
      const parsed: ParseResult = await parsePartsBytes(args.files, args.name, { baskets: args.baskets, decimal: args.decimal }, ctx)
      ctx.onProgress(0.95, 'Profiling')
      const id = newId(args.name)
      const summary = summarize(id, args.name, parsed.table, parsed.schema, { warnings: parsed.warnings, encoding: parsed.encoding, delimiter: parsed.delimiter, format: parsed.format })
      return keep({ summary, table: parsed.table })
    },

    /** Read a column's text again with another decimal mark or day/month order. */
    async setFormat(args: { id: string; column: string; decimal?: '.' | ','; dateOrder?: 'ymd' | 'dmy' | 'mdy' }) {
      const h = await get(args.id)
      const { table, schema, warnings } = setColumnFormat(h.table, h.summary.schema, args.column, { decimal: args.decimal, dateOrder: args.dateOrder })
      const summary = summarize(h.summary.id, h.summary.name, table, schema, { ...h.summary, warnings: [...h.summary.warnings, ...warnings] })
      return keep({ summary, table }, h)
    },

    async list() {
      await ensureRestored()
      return [...known.values()].sort((a, b) => a.createdAt - b.createdAt).map(toWire)
    },

    /** The next columns of a wide dataset's schema and profile (see `WireSummary`). */
    async summaryPart(args: { id: string; from: number }) {
      await ensureRestored()
      const s = known.get(args.id)
      if (!s) throw new MessageError('engine.datasetGone', { id: args.id })
      return wirePart(s, args.from)
    },

    async rows(args: { id: string; start: number; count: number }) {
      const { table, summary } = await get(args.id)
      const end = Math.min(table.nRows, args.start + args.count)
      // dates are stored as ms since epoch: show them as the file wrote them
      const typeOf = new Map(summary.schema.map((s) => [s.name, s.type]))
      const kinds = table.columns.map((c) => typeOf.get(c.name))
      const out: string[][] = []
      // cells over the preview limit are shortened here, so a 10 MB cell never reaches the page
      let cut = 0
      for (let i = args.start; i < end; i++) {
        out.push(
          table.columns.map((c, j) => {
            const k = kinds[j]
            if (c.storage === 'number' && (k === 'date' || k === 'datetime')) return Number.isNaN(c.values[i]) ? '' : formatDate(c.values[i], k === 'datetime')
            const p = previewCell(cellString(c, i))
            if (p.cut) cut++
            return p.text
          }),
        )
      }
      return { start: args.start, rows: out, cut }
    },

    async setSchema(args: { id: string; column: string; type?: ColumnType; role?: ColumnRole }) {
      const h = await get(args.id)
      const { table, schema, warnings } = applySchemaOverride(h.table, h.summary.schema, args.column, { type: args.type, role: args.role })
      const summary = summarize(h.summary.id, h.summary.name, table, schema, { ...h.summary, warnings: [...h.summary.warnings, ...warnings] })
      return keep({ summary, table }, h)
    },

    async correlation(args: { id: string }) {
      const h = await get(args.id)
      return correlationMatrix(h.table, h.summary.schema)
    },

    async join(args: { leftId: string; rightId: string; leftKey: string; rightKey: string }) {
      const l = await get(args.leftId)
      const r = await get(args.rightId)
      const name = `${l.summary.name} + ${r.summary.name}`
      const res = leftJoin(l.table, r.table, args.leftKey, args.rightKey, { leftSchema: l.summary.schema, rightSchema: r.summary.schema, name })
      const schema = res.schema ?? inferSchema(res.table).schema
      const summary = summarize(newId(name), name, res.table, schema, { source: 'join', warnings: [res.report] })
      return { dataset: await keep({ summary, table: res.table }), matched: res.matched, unmatched: res.unmatched, report: res.report }
    },

    /** Add a table made elsewhere (e.g. the ml worker's customer table with RFM and segment columns). */
    async addTable(args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string; warnings?: string[] }) {
      await ensureRestored()
      const inferred = args.schema ? { table: args.table, schema: args.schema, warnings: [] as string[] } : inferSchema(args.table)
      const id = newId(args.name)
      const summary = summarize(id, args.name, inferred.table, inferred.schema, { source: args.source ?? 'derived', warnings: [...(args.warnings ?? []), ...inferred.warnings] })
      return keep({ summary, table: inferred.table })
    },

    /** A copy of the table for the ml worker (the copy's buffers are transferred). */
    async exportTable(args: { id: string }) {
      const h = await get(args.id)
      const table: Table = {
        name: h.table.name,
        nRows: h.table.nRows,
        columns: h.table.columns.map((c) => (c.storage === 'number' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice() })),
      }
      return { id: args.id, table, schema: h.summary.schema }
    },

    async remove(args: { id: string }) {
      held.delete(args.id)
      known.delete(args.id)
      await storage.remove('datasetMeta', args.id).catch(() => undefined)
      await storage.remove('datasets', args.id).catch(() => undefined)
    },

    /**
     * Another tab changed the stored datasets: forget what this worker holds of them (`drop` ids, or
     * everything with `all`) and read the stored list again. Nothing is written.
     */
    async resync(args: { drop?: string[]; all?: boolean }) {
      if (args.all) {
        held.clear()
        known.clear()
      }
      for (const id of args.drop ?? []) {
        held.delete(id)
        known.delete(id)
      }
      restored = false
      await ensureRestored()
      return [...known.values()].sort((a, b) => a.createdAt - b.createdAt).map(toWire)
    },

    async clear() {
      held.clear()
      known.clear()
      await storage.clearAll(['datasets', 'datasetMeta', 'models', 'results', 'workspace'])
    },
  }
}

export type DataEngine = ReturnType<typeof dataEngine>
