/**
 * Older model files, migrated on load.
 *
 * Format version 0 was the development format: one JSON document (no binary section, no
 * integrity hashes) with weights as base64 strings inside the model:
 *   { format: "campaign-lab/model", version: 0, type, name, created, author?, notes?,
 *     columns: [{name, type, role, storage, levels?}], id: string|null,
 *     target: {name, positive?, type}|null, threshold: number|null,
 *     bands: [{name, from, to}]|null, metrics: {…}, trainingRows, trainingColumns, trainingHash,
 *     model: {…} }
 * v0 → v1: fields renamed, `containsCustomerRows` derived from the model, weights moved to the
 * binary section. The result is then checked by the v1 schema like any file.
 */
import { extractWeights } from './container'
import { ModelFileError } from './errors'
import { sha256Hex } from './hash'
import { customerRowsIn } from './runtime'
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './types'
import type { EstimatorJSON } from '../core/estimator'

export interface Migrated {
  manifest: Record<string, unknown>
  weights: Uint8Array
  warnings: string[]
}

type Step = (file: string, doc: Record<string, unknown>) => Promise<{ doc: Record<string, unknown>; weights: Uint8Array; warning: string }>

const field = (file: string, doc: Record<string, unknown>, key: string, type: 'string' | 'number' | 'object' | 'array', optional = false): unknown => {
  const v = doc[key]
  if (v === undefined || v === null) {
    if (optional) return v ?? null
    throw new ModelFileError(file, 'schema', `/${key}`, `missing field "${key}" (format version 0)`)
  }
  const ok = type === 'array' ? Array.isArray(v) : type === 'object' ? typeof v === 'object' && !Array.isArray(v) : typeof v === type
  if (!ok) throw new ModelFileError(file, 'schema', `/${key}`, `must be ${type === 'array' || type === 'object' ? 'an' : 'a'} ${type} (format version 0)`)
  return v
}

const v0to1: Step = async (file, d) => {
  const kind = field(file, d, 'type', 'string') as string
  const model = field(file, d, 'model', 'object') as Record<string, unknown>
  const bands = field(file, d, 'bands', 'array', true) as { name?: unknown; from?: unknown; to?: unknown }[] | null
  const est = model.estimator as EstimatorJSON | undefined
  const customerRows = kind === 'classifier' || kind === 'regressor' ? customerRowsIn(est) : []
  const { model: stored, specs, bytes } = extractWeights(model)
  const body = {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    appVersion: typeof d.appVersion === 'string' ? d.appVersion : '0.0.0',
    kind,
    name: field(file, d, 'name', 'string'),
    createdAt: field(file, d, 'created', 'string'),
    card: {
      ...(typeof d.author === 'string' ? { author: d.author } : {}),
      ...(typeof d.notes === 'string' ? { notes: d.notes } : {}),
    },
    features: (field(file, d, 'columns', 'array') as Record<string, unknown>[]).map((c) => {
      const { levels, ...rest } = c
      return levels === undefined ? rest : { ...rest, categories: levels }
    }),
    idColumn: (field(file, d, 'id', 'string', true) as string | null) ?? null,
    target: d.target ?? null,
    threshold: d.threshold ?? null,
    bands: bands ? bands.map((b) => ({ label: b.name, min: b.from, max: b.to })) : null,
    metrics: d.metrics ?? {},
    training: { rows: d.trainingRows, columns: d.trainingColumns, sha256: d.trainingHash },
    containsCustomerRows: customerRows.length > 0,
    customerRows,
    model: stored,
    weights: { specs, byteLength: bytes.length, sha256: await sha256Hex(bytes) },
  }
  const integrity = { manifestSha256: await sha256Hex(JSON.stringify(body)) }
  return { doc: { ...body, integrity }, weights: bytes, warning: 'Migrated from model format version 0 (a development format without integrity hashes): save it again to update the file' }
}

/** Migration steps: STEPS[v] turns version v into v + 1. */
const STEPS: Step[] = [v0to1]

/** Bring a document of an older format version up to the current one. */
export async function migrate(file: string, doc: Record<string, unknown>, version: number): Promise<Migrated> {
  let d = doc
  let weights: Uint8Array = new Uint8Array(0)
  const warnings: string[] = []
  for (let v = version; v < MODEL_FORMAT_VERSION; v++) {
    const step = STEPS[v]
    if (!step) throw new ModelFileError(file, 'old-version', '/formatVersion', `format version ${v} can no longer be read`)
    const r = await step(file, d)
    d = r.doc
    weights = r.weights
    warnings.push(r.warning)
  }
  return { manifest: d, weights, warnings }
}
