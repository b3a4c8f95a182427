/**
 * Save and load model files. Loading treats the file as untrusted input: size limit before any
 * byte is read, no code evaluation, prototype keys refused, the manifest validated by a JSON
 * Schema (ajv, compiled ahead of time), integrity hashes of the manifest and the weights checked,
 * future versions refused and older ones migrated; every error names the file and the field.
 */
import type { ColumnSchema, ColumnType, Table } from '../../data/table'
import { fitBins, positiveShare, type DriftBins } from '../drift/psi'
import type { Classifier, Regressor } from '../core/estimator'
import type { Preprocessor } from '../preprocessing/pipeline'
import type { KMeansModel } from '../clustering/kmeans'
import type { RuleSet } from '../rules/rules'
import type { MultiArmJSON, MultiArmUplift } from '../uplift/multiarm'
import { RFM_SEGMENTS, RFM_SEGMENT_GRID, type RfmScores } from '../segmentation/rfm'
import { packArtifacts, parseJsonSafe, unpack } from './container'
import { joinModel, packWeights, splitModel, unpackWeights } from './artifacts'
import type { Message } from '../core/message'
import { ModelFileError } from './errors'
import { MessageError } from '../stats/messages'
import { fingerprintTable, sha256Hex } from './hash'
import { migrate } from './migrate'
import { customerRowsIn, instantiate, rulesPayload, type RuntimeModel } from './runtime'
import {
  DEFAULT_BANDS, MAX_MODEL_FILE_BYTES, MODEL_FORMAT, MODEL_FORMAT_VERSION,
  type Band, type FeatureSpec, type ModelCardInfo, type RfmPayload, type RfmRange, type ModelKind, type ModelManifest, type TargetSpec, type TrainingFingerprint,
  type RetrainSettings, type Lineage, type ModelArtifacts, type UpliftPayload,
} from './types'
import { validate as validateManifest } from './validate.generated'

export const APP_VERSION = '0.1.0'

/** Training data: a fingerprint computed earlier, or the table (and training rows) to compute it from. */
export type TrainingSource = TrainingFingerprint | { table: Table; rows?: ArrayLike<number> }

interface CommonSaveInput {
  name: string
  card?: ModelCardInfo
  metrics?: Record<string, number | null | undefined>
  training: TrainingSource
  /** column types from the data page (improves the feature schema written to the file) */
  schema?: ColumnSchema[]
  idColumn?: string | null
  createdAt?: Date
  /** the user declined to save customer rows: refuse (RangeError) when the model holds any */
  refuseCustomerRows?: boolean
  /** the trainer's settings, stored so the model can be retrained on new data (classifiers) */
  settings?: RetrainSettings
  /** set when this model was retrained from another model file */
  lineage?: Lineage
}

export type SaveInput =
  | (CommonSaveInput & { kind: 'classifier'; pipeline: Preprocessor; estimator: Classifier; target: { name: string; positive: string }; threshold?: number; bands?: Band[] })
  | (CommonSaveInput & { kind: 'regressor'; pipeline: Preprocessor; estimator: Regressor; target: { name: string } })
  | (CommonSaveInput & { kind: 'pipeline'; pipeline: Preprocessor })
  | (CommonSaveInput & { kind: 'kmeans'; kmeans: KMeansModel; clusterNames?: string[] })
  | (CommonSaveInput & { kind: 'rfm'; columns: { recency: string; frequency: string; monetary: string }; ranges: RfmScores['ranges'] })
  | (CommonSaveInput & { kind: 'rules'; rules: RuleSet })
  | (CommonSaveInput & {
    kind: 'uplift'; pipeline: Preprocessor; uplift: MultiArmUplift
    /** the outcome the uplift is on (binary: its positive value) */
    target: { name: string; positive?: string }
    trained: { arm: string; customers: number; converted: number }[]
  })

export interface SavedModelFile {
  /** what a storage handler writes (manifest with the topology and weight specs + the weights' bytes) */
  artifacts: ModelArtifacts
  /** the file: artifacts packed (packArtifacts) */
  bytes: Uint8Array
  manifest: ModelManifest
  /** SHA-256 of the file: what a colleague compares */
  sha256: string
  /** suggested file name */
  fileName: string
}

function isFingerprint(t: TrainingSource): t is TrainingFingerprint {
  return typeof (t as TrainingFingerprint).sha256 === 'string'
}

function columnStorage(training: TrainingSource, name: string): 'number' | 'string' | undefined {
  if (isFingerprint(training)) return undefined
  return training.table.columns.find((c) => c.name === name)?.storage
}

function pipelineFeatures(pre: Preprocessor, training: TrainingSource, schema?: ColumnSchema[]): FeatureSpec[] {
  return pre.groups.map((g) => {
    const sch = schema?.find((s) => s.name === g.feature)
    const dflt: ColumnType = g.kind === 'numeric' ? 'float' : g.kind === 'date' ? 'date' : 'category'
    const storage = columnStorage(training, g.feature) ?? (g.kind === 'categorical' ? 'string' : 'number')
    const spec: FeatureSpec = { name: g.feature, type: sch?.type && sch.type !== 'id' ? sch.type : dflt, role: 'feature', storage }
    if (g.kind === 'categorical') spec.categories = [...(g.baseLevel !== undefined ? [g.baseLevel] : []), ...(g.levels ?? [])].sort()
    return spec
  })
}

function extraSpec(name: string, role: 'id' | 'target', training: TrainingSource, schema?: ColumnSchema[]): FeatureSpec {
  const storage = columnStorage(training, name) ?? 'string'
  const sch = schema?.find((s) => s.name === name)
  const type: ColumnType = role === 'id' ? 'id' : sch?.type ?? (storage === 'number' ? 'float' : 'category')
  return { name, type, role, storage }
}

function cleanMetrics(m?: Record<string, number | null | undefined>): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const [k, v] of Object.entries(m ?? {})) {
    if (v === undefined) continue
    out[k] = typeof v === 'number' && Number.isFinite(v) ? v : null
  }
  return out
}

function validateBands(bands: Band[]): void {
  if (bands.length === 0) throw new RangeError('At least one probability band is needed')
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]
    if (!(b.min >= 0 && b.max <= 1 && b.min < b.max)) throw new RangeError(`Band "${b.label}": needs 0 ≤ min < max ≤ 1, got ${b.min}..${b.max}`)
    if (i > 0 && b.min !== bands[i - 1].max) throw new RangeError(`Band "${b.label}" starts at ${b.min} but the previous band ends at ${bands[i - 1].max}: bands must follow each other`)
  }
}

/**
 * Each input's training distribution (src/ml/drift/psi.ts bins) and the outcome's base rate, over
 * the training rows, so drift on new data can be measured from the file alone.
 */
function driftProfile(features: FeatureSpec[], training: { table: Table; rows?: ArrayLike<number> }, target: { name: string; positive: string } | null): NonNullable<TrainingFingerprint['drift']> {
  const { table, rows } = training
  const columns: DriftBins[] = []
  for (const f of features) {
    const col = table.columns.find((c) => c.name === f.name)
    if (!col) continue
    columns.push(f.categories ? fitBins(col, 'categorical', rows, f.categories) : fitBins(col, 'numeric', rows))
  }
  const tcol = target ? table.columns.find((c) => c.name === target.name) : undefined
  const baseRate = target && tcol ? positiveShare(tcol, target.positive, rows) : null
  return { columns, baseRate }
}

/** Largest finite double: stands for ±∞ in a cut point (JSON has no Infinity). */
const BIG = Number.MAX_VALUE

/**
 * Cut points from the per-level ranges of the training scores. An empty level (possible with the
 * 'average' tie rule) takes the cut of the nearest lower level, so no new customer lands in it.
 */
export function rfmCuts(ranges: RfmScores['ranges']): Pick<RfmPayload, 'ranges' | 'cuts'> {
  const clean = (a: [number, number][]): RfmRange[] => a.map(([lo, hi]) => (Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : [null, null]))
  const up = (a: [number, number][]): number[] => {
    const out: number[] = []
    let cur = -BIG
    for (let s = 0; s < 4; s++) {
      if (Number.isFinite(a[s][1])) cur = Math.max(cur, a[s][1])
      out.push(cur)
    }
    return out
  }
  // recency: level 1 holds the largest recencies; a value below level s's minimum scores above s
  const down = (a: [number, number][]): number[] => {
    const out: number[] = []
    let cur = BIG
    for (let s = 0; s < 4; s++) {
      if (Number.isFinite(a[s][0])) cur = Math.min(cur, a[s][0])
      out.push(cur)
    }
    return out
  }
  return { ranges: { r: clean(ranges.r), f: clean(ranges.f), m: clean(ranges.m) }, cuts: { r: down(ranges.r), f: up(ranges.f), m: up(ranges.m) } }
}

/**
 * What saving would store about customers, before anything is written: the UI shows `customerRows`
 * (e.g. "KNN stores the training rows") and lets the user refuse.
 */
export function describeSave(input: SaveInput): { kind: ModelKind; containsCustomerRows: boolean; customerRows: string[] } {
  const rows = input.kind === 'classifier' || input.kind === 'regressor' ? customerRowsIn(input.estimator.toJSON()) : input.kind === 'uplift' ? upliftCustomerRows(input.uplift.toJSON()) : []
  return { kind: input.kind, containsCustomerRows: rows.length > 0, customerRows: rows }
}

/** What parts of an uplift model hold customer rows (its base models are logistic regressions, forests or boosting: none). */
function upliftCustomerRows(u: MultiArmJSON): string[] {
  return [...new Set(u.models.flatMap((m) => Object.values(m.parts).flatMap((p) => customerRowsIn(p.model))))]
}

/**
 * Build the model file for a trained model (async: hashes use Web Crypto). Throws RangeError for
 * inputs a user can fix (bands that overlap, a threshold outside 0..1).
 */
export async function serializeModel(input: SaveInput): Promise<SavedModelFile> {
  const training = isFingerprint(input.training) ? input.training : await fingerprintTable(input.training.table, input.training.rows)
  const schema = input.schema
  let features: FeatureSpec[] = []
  let target: TargetSpec | null = null
  let threshold: number | null = null
  let bands: Band[] | null = null
  let model: Record<string, unknown>
  let customerRows: string[] = []
  switch (input.kind) {
    case 'classifier': {
      threshold = input.threshold ?? 0.5
      if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`The decision threshold must be between 0 and 1, got ${threshold}`)
      bands = (input.bands ?? DEFAULT_BANDS).map((b) => ({ ...b }))
      validateBands(bands)
      target = { name: input.target.name, positive: input.target.positive, type: 'binary' }
      features = pipelineFeatures(input.pipeline, input.training, schema)
      const est = input.estimator.toJSON()
      customerRows = customerRowsIn(est)
      model = { pipeline: input.pipeline.toJSON(), estimator: est }
      break
    }
    case 'regressor': {
      target = { name: input.target.name, type: 'numeric' }
      features = pipelineFeatures(input.pipeline, input.training, schema)
      const est = input.estimator.toJSON()
      customerRows = customerRowsIn(est)
      model = { pipeline: input.pipeline.toJSON(), estimator: est }
      break
    }
    case 'pipeline':
      features = pipelineFeatures(input.pipeline, input.training, schema)
      model = { pipeline: input.pipeline.toJSON() }
      break
    case 'kmeans': {
      const est = input.kmeans.toJSON()
      const names = input.kmeans.transform!.names
      features = names.map((n) => ({ name: n, type: schema?.find((s) => s.name === n)?.type ?? 'float', role: 'feature', storage: 'number' }))
      const k = input.kmeans.k
      const clusterNames = input.clusterNames ?? Array.from({ length: k }, (_, i) => `Cluster ${i + 1}`)
      if (clusterNames.length !== k) throw new RangeError(`${clusterNames.length} cluster names given for k = ${k}`)
      model = { estimator: est, clusterNames: [...clusterNames] }
      break
    }
    case 'rfm': {
      const c = input.columns
      features = [c.recency, c.frequency, c.monetary].map((n) => ({ name: n, type: 'float', role: 'feature', storage: 'number' }))
      model = { columns: { ...c }, ...rfmCuts(input.ranges), grid: RFM_SEGMENT_GRID.map((row) => [...row]), segments: [...RFM_SEGMENTS] }
      break
    }
    case 'rules':
      model = rulesPayload(input.rules) as unknown as Record<string, unknown>
      break
    case 'uplift': {
      const u = input.uplift.toJSON()
      const opts = u.models[0]?.options
      if (!opts) throw new MessageError('uplift.notFitted')
      target = { name: input.target.name, ...(input.target.positive !== undefined ? { positive: input.target.positive } : {}), type: opts.outcome === 'binary' ? 'binary' : 'numeric' }
      features = pipelineFeatures(input.pipeline, input.training, schema)
      customerRows = upliftCustomerRows(u)
      const payload: UpliftPayload = {
        pipeline: input.pipeline.toJSON(), uplift: u, learner: opts.learner, base: opts.base, control: u.control, arms: [...u.arms],
        trained: input.trained.map((t) => ({ ...t })),
      }
      model = payload as unknown as Record<string, unknown>
      break
    }
  }
  if (customerRows.length && input.refuseCustomerRows) {
    throw new RangeError(`Not saved: ${customerRows.join('; ')}, and saving customer rows was refused. Choose a model that keeps no rows (e.g. logistic regression or a tree)`)
  }
  const drift = (input.kind === 'classifier' || input.kind === 'regressor') && !isFingerprint(input.training) ? driftProfile(features, input.training, input.kind === 'classifier' ? input.target : null) : undefined
  const idColumn = input.idColumn ?? null
  if (idColumn) features.push(extraSpec(idColumn, 'id', input.training, schema))
  if (target) features.push(extraSpec(target.name, 'target', input.training, schema))
  const { topology, weights } = splitModel(input.kind, model)
  const { specs, bytes } = packWeights(weights)
  const createdAt = (input.createdAt ?? new Date()).toISOString()
  const body: Omit<ModelManifest, 'integrity'> = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    appVersion: APP_VERSION,
    kind: input.kind,
    name: input.name,
    createdAt,
    card: { ...(input.card ?? {}) },
    features,
    idColumn,
    target,
    threshold,
    bands,
    metrics: cleanMetrics(input.metrics),
    training: {
      ...training,
      ...(training.dataset === undefined ? {} : { dataset: training.dataset }),
      ...(input.settings ? { settings: input.settings } : {}),
      ...(drift ? { drift } : {}),
    },
    containsCustomerRows: customerRows.length > 0,
    ...(input.lineage ? { lineage: { ...input.lineage } } : {}),
    customerRows,
    model: topology,
    weights: { specs, byteLength: bytes.length, sha256: await sha256Hex(bytes) },
  }
  const manifest = await sealManifest(body)
  const artifacts: ModelArtifacts = { manifest, weightData: bytes }
  const file = packArtifacts(artifacts)
  // the stored manifest holds the topology; callers want the whole model
  const restored: ModelManifest = { ...manifest, model: JSON.parse(JSON.stringify(model)) as Record<string, unknown> }
  const safeName = input.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'model'
  return { artifacts, bytes: file, manifest: restored, sha256: await sha256Hex(file), fileName: `${safeName}.clmodel` }
}

/** The manifest with its integrity hash (over the JSON of everything else). */
async function sealManifest(body: Omit<ModelManifest, 'integrity'>): Promise<ModelManifest> {
  const bodyJson = JSON.stringify(body)
  return { ...(JSON.parse(bodyJson) as Omit<ModelManifest, 'integrity'>), integrity: { manifestSha256: await sha256Hex(bodyJson) } }
}


/** A model file read, checked and rebuilt. */
export interface LoadedModel {
  fileName: string
  /** SHA-256 of the file's bytes (show it: colleagues compare it) */
  fileSha256: string
  byteLength: number
  /** the manifest with the weights restored into `model` */
  manifest: ModelManifest
  runtime: RuntimeModel
  /** set when the file was written in an older format and migrated on load */
  migratedFrom: number | null
  /** message codes (e.g. model.migrated) */
  warnings: Message[]
  /** the model as stored (current format; migrated files: after migration), for a storage handler's save */
  artifacts: ModelArtifacts
}

/** Bytes, or a File/Blob (its size is checked before anything is read). */
export type ModelSource = Uint8Array | ArrayBuffer | { size: number; name?: string; arrayBuffer(): Promise<ArrayBuffer> }

function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`
  return `${n} bytes`
}

/** Check the declared size of a file against the limit (before reading it). */
export function checkModelFileSize(fileName: string, size: number, limit = MAX_MODEL_FILE_BYTES): void {
  if (size > limit) throw new ModelFileError(fileName, 'too-large', '', `the file is ${formatBytes(size)}; model files are limited to ${formatBytes(limit)}`)
  if (size === 0) throw new ModelFileError(fileName, 'empty', '', 'the file is empty')
}

function schemaErrors(file: string, manifest: unknown): void {
  if (validateManifest(manifest)) return
  const errs = (validateManifest as unknown as { errors: { instancePath: string; message?: string; params?: Record<string, unknown>; keyword: string }[] }).errors ?? []
  // if/then failures repeat the inner errors: drop them
  const problems = errs
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      let msg = e.message ?? 'is invalid'
      if (e.keyword === 'required') msg = `missing field "${String(e.params?.missingProperty)}"`
      else if (e.keyword === 'additionalProperties') msg = `unexpected field "${String(e.params?.additionalProperty)}"`
      else if (e.keyword === 'enum') msg = `${msg}: ${JSON.stringify(e.params?.allowedValues)}`
      else if (e.keyword === 'const') msg = `must be ${JSON.stringify(e.params?.allowedValue)}`
      const pointer = e.keyword === 'required' ? `${e.instancePath}/${String(e.params?.missingProperty)}` : e.instancePath
      return { pointer: pointer || '/', message: msg }
    })
  const first = problems[0] ?? { pointer: '/', message: 'does not match the model file schema' }
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''
  throw new ModelFileError(file, 'schema', first.pointer, `${first.message}${more}`, problems)
}

/**
 * Read a model file: size check, layout, safe JSON, version (future refused, older migrated),
 * JSON Schema, integrity hashes, weights, and a rebuild of the model. Throws ModelFileError.
 */
export async function parseModelFile(source: ModelSource, fileName = 'model file', limit = MAX_MODEL_FILE_BYTES): Promise<LoadedModel> {
  let bytes: Uint8Array
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    bytes = source instanceof Uint8Array ? source : new Uint8Array(source)
    checkModelFileSize(fileName, bytes.length, limit)
  } else {
    checkModelFileSize(fileName, source.size, limit)
    bytes = new Uint8Array(await source.arrayBuffer())
    checkModelFileSize(fileName, bytes.length, limit)
  }
  const fileSha256 = await sha256Hex(bytes)
  const layout = unpack(fileName, bytes)
  const warnings: Message[] = []
  let migratedFrom: number | null = null
  let doc = parseJsonSafe(fileName, layout.type === 'container' ? layout.manifestText : layout.text)
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new ModelFileError(fileName, 'not-a-model', '', 'not a Campaign Lab model file (the manifest is not a JSON object)')
  const d = doc as Record<string, unknown>
  if (d.format !== MODEL_FORMAT) {
    throw new ModelFileError(fileName, 'not-a-model', '/format', `not a Campaign Lab model file (format is ${JSON.stringify(d.format ?? null)}, expected "${MODEL_FORMAT}")`)
  }
  const version = d.formatVersion ?? d.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new ModelFileError(fileName, 'schema', '/formatVersion', `the format version must be a whole number, got ${JSON.stringify(version ?? null)}`)
  }
  if (version > MODEL_FORMAT_VERSION) {
    throw new ModelFileError(fileName, 'future-version', '/formatVersion', `written by a newer Campaign Lab (model format version ${version}; this app reads versions 0 to ${MODEL_FORMAT_VERSION}): update the app to open it`)
  }
  let weights: Uint8Array = new Uint8Array(0)
  if (version < MODEL_FORMAT_VERSION) {
    if (version === 0 && layout.type === 'container') throw new ModelFileError(fileName, 'old-version', '/formatVersion', `format version ${version} files are single JSON documents, but this one is a container`)
    if (version > 0 && layout.type !== 'container') throw new ModelFileError(fileName, 'not-a-model', '', `format version ${version} files start with the line "${MODEL_FORMAT}"; this one is plain JSON`)
    const m = await migrate(fileName, d, version, layout.type === 'container' ? layout.weights : new Uint8Array(0))
    // the migrated model goes through the declared weights like a saved one
    let split: ReturnType<typeof splitModel>
    let packed: ReturnType<typeof packWeights>
    try {
      split = splitModel(m.body.kind as ModelKind, m.model)
      packed = packWeights(split.weights)
    } catch (e) {
      throw new ModelFileError(fileName, 'model', '/model', `the model cannot be rebuilt: ${(e as Error)?.message ?? String(e)}`)
    }
    const body = { ...m.body, model: split.topology, weights: { specs: packed.specs, byteLength: packed.bytes.length, sha256: await sha256Hex(packed.bytes) } }
    doc = await sealManifest(body as unknown as Omit<ModelManifest, 'integrity'>)
    weights = packed.bytes
    migratedFrom = version
    warnings.push(...m.warnings)
  } else {
    if (layout.type !== 'container') throw new ModelFileError(fileName, 'not-a-model', '', `format version ${version} files start with the line "${MODEL_FORMAT}"; this one is plain JSON`)
    weights = layout.weights
  }
  schemaErrors(fileName, doc)
  const manifest = doc as ModelManifest
  // the specs against the bytes first: a cut or padded file names the weight that does not fit
  const cut = unpackWeights(fileName, manifest.weights.specs, weights)
  if (migratedFrom === null) {
    const { integrity, ...body } = manifest
    if ((await sha256Hex(JSON.stringify(body))) !== integrity.manifestSha256) {
      throw new ModelFileError(fileName, 'manifest-hash', '/integrity/manifestSha256', 'the manifest was changed or damaged after saving (its SHA-256 does not match)')
    }
  }
  if (weights.length !== manifest.weights.byteLength) {
    const what = weights.length < manifest.weights.byteLength ? 'the file is truncated: ' : 'the file has extra bytes: '
    throw new ModelFileError(fileName, 'truncated', '/weights/byteLength', `${what}the weights section has ${weights.length} bytes, the manifest says ${manifest.weights.byteLength}`)
  }
  if ((await sha256Hex(weights)) !== manifest.weights.sha256) {
    throw new ModelFileError(fileName, 'weights-hash', '/weights/sha256', 'the weights were changed or damaged after saving (their SHA-256 does not match)')
  }
  const model = joinModel(fileName, manifest.kind, manifest.model, cut)
  const runtime = instantiate(fileName, manifest.kind, model)
  // the stated customer-row content must agree with the model itself
  const est = (model as { estimator?: import('../core/estimator').EstimatorJSON }).estimator
  const found = manifest.kind === 'classifier' || manifest.kind === 'regressor' ? customerRowsIn(est) : manifest.kind === 'uplift' ? upliftCustomerRows((model as unknown as UpliftPayload).uplift) : []
  if (found.length > 0 && !manifest.containsCustomerRows) {
    throw new ModelFileError(fileName, 'model', '/containsCustomerRows', `says false, but ${found.join('; ')}`)
  }
  const featureNames = new Set(manifest.features.map((f) => f.name))
  for (const g of runtime.kind === 'classifier' || runtime.kind === 'regressor' || runtime.kind === 'pipeline' || runtime.kind === 'uplift' ? runtime.pipeline.groups : []) {
    if (!featureNames.has(g.feature)) throw new ModelFileError(fileName, 'model', '/features', `the pipeline reads "${g.feature}", which the feature schema does not list`)
  }
  return { fileName, fileSha256, byteLength: bytes.length, manifest: { ...manifest, model }, runtime, migratedFrom, warnings, artifacts: { manifest, weightData: weights.slice() } }
}

/** The kinds of model a file may hold, with a label for the UI. */
export const MODEL_KIND_LABELS: Record<ModelKind, string> = {
  classifier: 'Propensity model (classifier)',
  regressor: 'Regression model',
  pipeline: 'Preprocessing pipeline',
  kmeans: 'k-means segmentation',
  rfm: 'RFM segment map',
  rules: 'Association rules',
  uplift: 'Uplift model (who to contact, with which creative)',
}
