import type { ColumnSchema, Column, Table } from '../data/table'
import { MessageError } from '../ml/core/message'
import {
  browserFiles, packArtifacts, parseModelFile, registryEntry, registryConflict, modelCard, compareModels, checkTable, scoreTable, scoresToCsv, serializeModel,
  type LoadedModel, type Reason, type ScoreResult, type SaveInput, type ModelArtifacts, type ModelSaveResult, type ModelStorageHandler, type RegistryEntry,
} from '../ml/modelfile'
import { retrainModel, type Evaluation, type RetrainReport } from '../ml/retrain/retrain'
import { modelToSql } from '../ml/sql'
import type { ResultCache } from './cache'
import type { EngineContext, WireSummary } from './types'

/**
 * The Models area's engine: model files opened (validated once), kept in the registry, listed,
 * compared, checked against a dataset, scored, retrained on new data and written as SQL. Pure: the
 * tables, the result cache, the registry's store (IndexedDB in the app, a Map in tests) and where
 * new datasets go are handed in, so the ml worker (a dispatcher over `handlers`), Node tests and
 * the CLI drive the same code. Scorings live in the result cache (durable); opened files and
 * retrained challengers are held here until the user keeps or drops them.
 */

/** A model file kept in the registry: the file's bytes + its list entry. */
export interface StoredModel {
  id: string
  entry: RegistryEntry
  fileName: string
  bytes: Uint8Array
  savedAt: number
}

/** Where the registry keeps its files (the `models` store of IndexedDB in the app). */
export interface ModelStore {
  getAll(): Promise<StoredModel[]>
  get(id: string): Promise<StoredModel | undefined>
  put(s: StoredModel): Promise<void>
  remove(id: string): Promise<void>
}

/** A registry held in memory only (the CLI: one command, nothing kept between runs). */
export function memoryModelStore(): ModelStore {
  const map = new Map<string, StoredModel>()
  return {
    getAll: async () => [...map.values()],
    get: async (id) => map.get(id),
    put: async (m) => void map.set(m.id, m),
    remove: async (id) => void map.delete(id),
  }
}

export type RegistrySaveResult = ModelSaveResult & { entry: RegistryEntry; model: LoadedModel }

/**
 * The registry as a ModelStorageHandler (src/ml/modelfile/io.ts): the same save/load as a download
 * or a file on disk. `load`: the model stored under `id` (its bytes validated again). `save`: check
 * the artifacts as any opened file is checked, then store them under the file's SHA-256; a
 * different model of the same name and kind is only replaced when `replace` is set (else an Error
 * the page turns into a Replace button).
 */
export function registryHandler(store: ModelStore, opts: { id?: string; fileName?: string; replace?: boolean }): ModelStorageHandler<RegistrySaveResult> {
  return {
    async save(artifacts) {
      const bytes = packArtifacts(artifacts)
      const fileName = opts.fileName ?? 'model.clmodel'
      const model = await parseModelFile(bytes, fileName)
      const entry = registryEntry(model)
      const all = await store.getAll()
      const conflict = registryConflict(all.map((s) => s.entry), entry).status
      if (conflict === 'same-name' && !opts.replace) {
        throw new MessageError('engine.modelNameTaken', { name: entry.name })
      }
      if (conflict === 'same-name') for (const s of all) if (s.entry.name === entry.name && s.id !== entry.id) await store.remove(s.id)
      await store.put({ id: entry.id, entry, fileName, bytes, savedAt: Date.now() })
      return { fileName, byteLength: bytes.length, sha256: entry.id, entry, model }
    },
    async load() {
      const s = opts.id ? await store.get(opts.id) : undefined
      if (!s) throw new MessageError('engine.modelNotInRegistry', { id: (opts.id ?? '').slice(0, 12) })
      return parseModelFile(s.bytes, s.fileName)
    },
  }
}

export interface ModelsDeps {
  /** a dataset's columns and schema, by id */
  tables: (id: string) => { table: Table; schema: ColumnSchema[] }
  results: ResultCache
  registry: ModelStore
  /** keeps a derived table as a new workspace dataset (the app's data worker; absent in the CLI) */
  addDataset?: (args: { name: string; table: Table; schema?: ColumnSchema[]; source?: string }) => Promise<WireSummary>
}

interface Scored { result: ScoreResult; datasetId: string; modelId: string }
const scoredGone = 'Score the dataset again: these scores were deleted.'

type Ctx = EngineContext

export function modelsEngine(deps: ModelsDeps) {
  /** registry models parsed once, by SHA-256 */
  const loaded = new Map<string, LoadedModel>()
  /** Files opened and validated, not yet stored (by SHA-256). */
  const opened = new Map<string, { fileName: string; model: LoadedModel }>()

  async function load(id: string): Promise<LoadedModel> {
    const m = loaded.get(id)
    if (m) return m
    const lm = await registryHandler(deps.registry, { id }).load()
    loaded.set(id, lm)
    return lm
  }

  function cardOf(m: LoadedModel) {
    return { entry: registryEntry(m), card: modelCard(m.manifest, m) }
  }

  /** Read and validate a model file (untrusted input); nothing is stored until the user confirms. */
  async function open(args: { file: Blob | ArrayBuffer | Uint8Array; fileName: string }) {
    // a File: its size is checked before a byte of it is read (a 300 MB file is refused unread)
    const file = args.file instanceof Blob ? args.file : new Blob([args.file as BlobPart])
    const m = await browserFiles({ fileName: args.fileName, file }).load()
    loaded.set(m.fileSha256, m)
    // the model stays here until the user stores or drops it: the page never holds the file
    opened.set(m.fileSha256, { fileName: args.fileName, model: m })
    while (opened.size > 4) opened.delete(opened.keys().next().value as string)
    const existing = (await deps.registry.getAll()).map((s) => s.entry)
    return { ...cardOf(m), conflict: registryConflict(existing, registryEntry(m)).status, fileId: m.fileSha256 }
  }

  /** Into the registry through its storage handler; the checked model is kept loaded. */
  async function keepInRegistry(artifacts: ModelArtifacts, fileName: string, replace: boolean) {
    const r = await registryHandler(deps.registry, { fileName, replace }).save(artifacts)
    loaded.set(r.entry.id, r.model)
    return r.entry
  }

  /** Retrained models not kept yet (the challenger's SaveInput), by key; the newest few. */
  const retrained = new Map<string, { save: SaveInput & { kind: 'classifier' }; parentId: string }>()

  /** What the page shows of an evaluation (curves thinned by the metrics code already). */
  const evalSummary = (e: Evaluation) => ({ ...e })

  function retrainSummary(key: string, r: RetrainReport) {
    return {
      key,
      rows: r.rows,
      split: r.split ? { train: r.split.train, test: r.split.test } : null,
      schema: { missing: r.schema.missing, unseen: r.schema.unseen.map((u) => ({ column: u.column, rows: u.rows })), missingValues: r.schema.missingValues.map((m) => ({ column: m.column, rows: m.rows })) },
      champion: r.champion ? { test: evalSummary(r.champion.test) } : null,
      challenger: r.challenger ? { test: evalSummary(r.challenger.test), name: r.challenger.save.name, trainRows: r.challenger.result.trainRows, model: r.challenger.result.name, params: r.challenger.result.params } : null,
      comparison: r.comparison,
      drift: r.drift,
      baseRate: r.baseRate,
      recommendation: r.recommendation,
      messages: r.messages,
    }
  }

  const handlers = {
    open: open,

    /**
     * New data, same model: drift per input against the file's training distributions, and (with the
     * outcome column) the model retrained with its own settings, compared with it on the same
     * held-out rows. The challenger is held here until the user keeps it (keepRetrained).
     */
    async retrain(args: { id: string; datasetId: string; testSize?: number; seed?: number; originalDatasetId?: string }, ctx: Ctx) {
      const m = await load(args.id)
      const { table, schema } = deps.tables(args.datasetId)
      // an older file without training distributions: the original training data, when the user gave it
      const original = args.originalDatasetId ? deps.tables(args.originalDatasetId).table : undefined
      const r = await retrainModel(m, table, { testSize: args.testSize, seed: args.seed, schema, original, control: ctx })
      const key = `${args.id.slice(0, 12)}-${args.datasetId}-${Date.now()}`
      if (r.challenger) {
        retrained.set(key, { save: r.challenger.save, parentId: args.id })
        while (retrained.size > 3) retrained.delete(retrained.keys().next().value as string)
      }
      return retrainSummary(key, r)
    },

    /** Keep the retrained model: written as a model file (with its lineage) into the registry. */
    async keepRetrained(args: { key: string; replace?: boolean }) {
      const held = retrained.get(args.key)
      if (!held) throw new MessageError('engine.retrainGone')
      const saved = await serializeModel(held.save)
      const entry = await keepInRegistry(saved.artifacts, saved.fileName, !!args.replace)
      retrained.delete(args.key)
      return entry
    },

    /** The retrained model as a model file (with its lineage), without keeping it in the registry: what `retrain --out` writes. */
    async retrainedFile(args: { key: string }) {
      const held = retrained.get(args.key)
      if (!held) throw new MessageError('engine.retrainGone')
      const saved = await serializeModel(held.save)
      return { artifacts: saved.artifacts, fileName: saved.fileName, sha256: saved.sha256 }
    },

    /** Store a validated file in the registry. A different model with the same name is only replaced when the user said so. */
    async store(args: { artifacts: ModelArtifacts; fileName: string; replace?: boolean }) {
      return keepInRegistry(args.artifacts, args.fileName, !!args.replace)
    },

    /** Store a file opened with `open` (already parsed and validated here; not parsed again). */
    async storeOpened(args: { fileId: string; fileName?: string; replace?: boolean }) {
      const o = opened.get(args.fileId)
      if (!o) throw new MessageError('engine.modelFileGone')
      const entry = await keepInRegistry(o.model.artifacts, args.fileName ?? o.fileName, !!args.replace)
      opened.delete(args.fileId)
      return entry
    },

    async list() {
      const all = await deps.registry.getAll()
      return all.sort((a, b) => b.savedAt - a.savedAt).map((s) => ({ ...s.entry, fileName: s.fileName, savedAt: s.savedAt }))
    },

    async card(args: { id: string }) {
      return cardOf(await load(args.id))
    },

    async compare(args: { ids: string[] }) {
      const ms = await Promise.all(args.ids.map(load))
      return compareModels(ms.map(registryEntry))
    },

    /** What the page's download handler writes (browserFiles in src/ml/modelfile/io.ts). */
    async file(args: { id: string }) {
      const s = await deps.registry.get(args.id)
      if (!s) throw new MessageError('engine.modelGone')
      const m = await load(args.id)
      return { fileName: s.fileName, artifacts: { manifest: m.artifacts.manifest, weightData: m.artifacts.weightData.slice() } }
    },

    async delete(args: { id: string }) {
      loaded.delete(args.id)
      await deps.registry.remove(args.id)
      return true
    },

    async check(args: { id: string; datasetId: string }) {
      return checkTable(await load(args.id), deps.tables(args.datasetId).table)
    },

    async score(args: { id: string; datasetId: string; reasons?: number }, ctx: Ctx) {
      const m = await load(args.id)
      const result = scoreTable(m, deps.tables(args.datasetId).table, { reasons: args.reasons ?? 3, control: ctx })
      const key = `${args.id}:${args.datasetId}`
      deps.results.set<Scored>('scores', key, { result, datasetId: args.datasetId, modelId: args.id }, { durable: true })
      return summarizeScores(key, result)
    },

    async scoresCsv(args: { key: string }) {
      const s = await deps.results.get<Scored>('scores', args.key, scoredGone)
      return scoresToCsv(s.result)
    },

    /** The scored dataset as a new table: the input columns plus probability, band, decision / cluster / segment. */
    async scoredTable(args: { key: string; name: string }) {
      const s = await deps.results.get<Scored>('scores', args.key, scoredGone)
      const base = deps.tables(s.datasetId).table
      return { table: withScores(base, s.result, args.name) }
    },

    /** the scored dataset as a new workspace dataset, through the dataset sink (the data worker, directly) */
    async addScores(args: { key: string; name: string }) {
      const s = await deps.results.get<Scored>('scores', args.key, scoredGone)
      if (!deps.addDataset) throw new Error('No workspace to add the scored table to here.')
      return deps.addDataset({ name: args.name, table: withScores(deps.tables(s.datasetId).table, s.result, args.name), source: 'scores' })
    },

    async sql(args: { id: string; table?: string; idColumn?: string }) {
      return modelToSql(await load(args.id), { table: args.table ?? 'customers', ...(args.idColumn !== undefined ? { idColumn: args.idColumn } : {}) })
    },
  }

  /**
   * A model file read and validated elsewhere (the CLI's file on disk, the Node counterpart of
   * `open`): kept loaded under its SHA-256, the id every handler takes.
   */
  function hold(m: LoadedModel): string {
    loaded.set(m.fileSha256, m)
    return m.fileSha256
  }

  return { handlers, load, hold }
}

export type ModelsEngine = ReturnType<typeof modelsEngine>

/** What the Models page shows of a scoring: counts, a preview and a histogram, never the scored rows. */
export interface ScoreSummary {
  key: string
  kind: string
  rows: number
  report: ScoreResult['report']
  idColumn: string | null
  bands?: { label: string; customers: number; expected: number }[]
  preview?: { id: string; probability: number; band: string; reasons: Reason[] }[]
  histogram?: number[]
  clusters?: { name: string; customers: number }[]
  segments?: { name: string; customers: number }[]
  meanPrediction?: number
  /** classifier: customers at or above the model's threshold */
  positives?: number
  /** classifier: how the per-customer reasons were computed (see ScoreResult.reasonsMethod) */
  reasons?: { method: string; base: number | null; background: string | null; exactTooCostly: boolean }
  /** uplift: per creative the customers for whom it is best and their expected extra conversions; those with none; the first customers */
  creatives?: { creative: string; customers: number; expected: number }[]
  noCreative?: number
  upliftPreview?: { id: string; best: string | null; uplift: number }[]
}

function summarizeScores(key: string, r: ScoreResult): ScoreSummary {
  const out: ScoreSummary = { key, kind: r.kind, rows: r.rows, report: r.report, idColumn: r.idColumn }
  if (r.probability && r.band && r.bandLabels) {
    const counts = r.bandLabels.map(() => 0)
    const expected = r.bandLabels.map(() => 0)
    for (let i = 0; i < r.rows; i++) {
      const b = r.band[i]
      if (b >= 0) {
        counts[b]++
        expected[b] += r.probability[i]
      }
    }
    out.bands = r.bandLabels.map((label, i) => ({ label, customers: counts[i], expected: expected[i] }))
    if (r.decision) out.positives = r.decision.reduce((a, v) => a + v, 0)
    if (r.reasonsMethod) out.reasons = { method: r.reasonsMethod, base: r.reasonsBase ?? null, background: r.reasonsBackground ?? null, exactTooCostly: r.reasonsExactTooCostly ?? false }
    // first rows for a preview table
    out.preview = Array.from({ length: Math.min(20, r.rows) }, (_, i) => ({
      id: r.ids?.[i] ?? String(i + 1),
      probability: r.probability![i],
      band: r.bandLabels![r.band![i]] ?? '',
      // formatted on the page, in its language
      reasons: r.reasons?.[i] ?? [],
    }))
    const hist = new Array(20).fill(0)
    for (let i = 0; i < r.rows; i++) hist[Math.min(19, Math.floor(r.probability[i] * 20))]++
    out.histogram = hist
  }
  if (r.cluster && r.clusterNames) {
    const counts = r.clusterNames.map(() => 0)
    for (let i = 0; i < r.rows; i++) if (r.cluster[i] >= 0) counts[r.cluster[i]]++
    out.clusters = r.clusterNames.map((name, i) => ({ name, customers: counts[i] }))
  }
  if (r.segment) {
    const counts = new Map<string, number>()
    for (const s of r.segment) if (s) counts.set(s, (counts.get(s) ?? 0) + 1)
    out.segments = [...counts].map(([name, customers]) => ({ name, customers })).sort((a, b) => b.customers - a.customers)
  }
  if (r.bestArm && r.uplift && r.arms) {
    out.creatives = r.arms.map((creative) => ({ creative, customers: 0, expected: 0 }))
    out.noCreative = 0
    r.bestArm.forEach((b, i) => {
      const c = b === null ? undefined : out.creatives!.find((x) => x.creative === b)
      if (!c) { out.noCreative!++; return }
      c.customers++
      c.expected += r.uplift![i]
    })
    out.upliftPreview = Array.from({ length: Math.min(20, r.rows) }, (_, i) => ({ id: r.ids?.[i] ?? String(i + 1), best: r.bestArm![i], uplift: r.uplift![i] }))
  }
  if (r.prediction) {
    let s = 0
    for (const v of r.prediction) s += v
    out.meanPrediction = s / Math.max(1, r.rows)
  }
  return out
}

function withScores(base: Table, r: ScoreResult, name: string): Table {
  const cols: Column[] = base.columns.map((c) => (c.storage === 'number' ? { ...c, values: c.values.slice() } : { ...c, codes: c.codes.slice() }))
  const taken = new Set(cols.map((c) => c.name))
  const fresh = (n: string): string => {
    let k = n
    for (let i = 2; taken.has(k); i++) k = `${n}_${i}`
    taken.add(k)
    return k
  }
  if (r.probability) cols.push({ name: fresh('probability'), storage: 'number', values: r.probability.slice() })
  if (r.band && r.bandLabels) cols.push({ name: fresh('band'), storage: 'string', codes: Int32Array.from(r.band), levels: [...r.bandLabels] })
  if (r.prediction) cols.push({ name: fresh('prediction'), storage: 'number', values: r.prediction.slice() })
  if (r.bestArm && r.arms) {
    const idx = new Map(r.arms.map((a, k) => [a, k]))
    cols.push({ name: fresh('best_creative'), storage: 'string', codes: Int32Array.from(r.bestArm, (b) => (b === null ? -1 : idx.get(b)!)), levels: [...r.arms] })
    cols.push({ name: fresh('uplift'), storage: 'number', values: r.uplift!.slice() })
  }
  if (r.cluster && r.clusterNames) cols.push({ name: fresh('cluster'), storage: 'string', codes: Int32Array.from(r.cluster), levels: [...r.clusterNames] })
  if (r.segment) {
    const levels = [...new Set(r.segment.filter((s): s is string => !!s))]
    const idx = new Map(levels.map((l, i) => [l, i]))
    cols.push({ name: fresh('segment'), storage: 'string', codes: Int32Array.from(r.segment, (s) => (s ? idx.get(s)! : -1)), levels })
  }
  return { name, nRows: base.nRows, columns: cols }
}
