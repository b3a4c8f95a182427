/**
 * Older model files, migrated on load to the current manifest with the model's weights inline
 * (as the estimators' JSON holds them); format.ts then splits them along the declared weights, so
 * a migrated file goes through the same checks as a current one.
 *
 * Version 1 (container, as version 2) found its weights by a heuristic: arrays of 16 or more
 * numbers and base64-looking strings under `state` were moved to the binary section, each replaced
 * in the model by `{"$w": i}` and listed as {path, dtype (float64|int32|uint8), as (base64|array),
 * byteOffset, byteLength}. v1 → v2: its hashes checked, the placeholders filled back in.
 *
 * Version 0 was the development format: one JSON document (no binary section, no integrity hashes)
 * with weights as base64 strings inside the model:
 *   { format: "campaign-lab/model", version: 0, type, name, created, author?, notes?,
 *     columns: [{name, type, role, storage, levels?}], id: string|null,
 *     target: {name, positive?, type}|null, threshold: number|null,
 *     bands: [{name, from, to}]|null, metrics: {…}, trainingRows, trainingColumns, trainingHash,
 *     model: {…} }
 * v0 → v2: fields renamed, `containsCustomerRows` derived from the model.
 */
import { bytesToBase64, type EstimatorJSON } from '../core/estimator'
import { msg, type Message } from '../core/message'
import { ModelFileError, pointerToken } from './errors'
import { sha256Hex } from './hash'
import { customerRowsIn } from './runtime'
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './types'

export interface Migrated {
  /** the manifest without `model`, `weights` and `integrity` */
  body: Record<string, unknown>
  /** the model with its weights inline */
  model: Record<string, unknown>
  warnings: Message[]
}

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

function fromV0(file: string, d: Record<string, unknown>): Migrated {
  const kind = field(file, d, 'type', 'string') as string
  const model = field(file, d, 'model', 'object') as Record<string, unknown>
  const bands = field(file, d, 'bands', 'array', true) as { name?: unknown; from?: unknown; to?: unknown }[] | null
  const est = model.estimator as EstimatorJSON | undefined
  const customerRows = kind === 'classifier' || kind === 'regressor' ? customerRowsIn(est) : []
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
  }
  return { body, model, warnings: [msg('model.migrated', { from: 0 })] }
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
interface V1Spec { path: string; dtype: 'float64' | 'int32' | 'uint8'; as: 'base64' | 'array'; byteOffset: number; byteLength: number }
const V1_SIZE: Record<string, number> = { float64: 8, int32: 4, uint8: 1 }

/** Version 1's `{"$w": i}` placeholders filled back in from its weights section (every spec's layout checked). */
export function restoreV1Weights(file: string, model: Record<string, unknown>, specs: V1Spec[], weights: Uint8Array): Record<string, unknown> {
  const used = new Uint8Array(specs.length)
  specs.forEach((s, i) => {
    const at = `/weights/specs/${i}`
    const ok = s && typeof s === 'object' && typeof s.path === 'string' && V1_SIZE[s.dtype] !== undefined && (s.as === 'base64' || s.as === 'array') &&
      Number.isInteger(s.byteOffset) && s.byteOffset >= 0 && Number.isInteger(s.byteLength) && s.byteLength >= 0
    if (!ok) throw new ModelFileError(file, 'weights-layout', at, 'is not a version-1 weight spec {path, dtype, as, byteOffset, byteLength}')
    if (s.byteOffset + s.byteLength > weights.length) {
      throw new ModelFileError(file, 'weight-bytes', at, `weight "${s.path}" lies outside the weights section (bytes ${s.byteOffset}..${s.byteOffset + s.byteLength} of ${weights.length})`, undefined, { weight: s.path, need: s.byteOffset + s.byteLength, have: weights.length })
    }
    if (s.byteLength % V1_SIZE[s.dtype] !== 0) throw new ModelFileError(file, 'weights-layout', at, `weight "${s.path}" has ${s.byteLength} bytes, not a multiple of the ${s.dtype} size`)
    if (s.as === 'base64' && s.dtype !== 'uint8') throw new ModelFileError(file, 'weights-layout', at, 'base64 weights must have dtype uint8')
  })
  const decode = (i: number, at: string): Json => {
    if (!Number.isInteger(i) || i < 0 || i >= specs.length) throw new ModelFileError(file, 'weights-layout', at, `refers to weight ${i}, but the file lists ${specs.length}`)
    if (used[i]) throw new ModelFileError(file, 'weights-layout', at, `weight ${i} is used twice`)
    used[i] = 1
    const s = specs[i]
    const slice = weights.slice(s.byteOffset, s.byteOffset + s.byteLength)
    if (s.as === 'base64') return bytesToBase64(slice)
    if (s.dtype === 'float64') return Array.from(new Float64Array(slice.buffer))
    if (s.dtype === 'int32') return Array.from(new Int32Array(slice.buffer))
    return Array.from(slice)
  }
  const walk = (v: Json, path: string): Json => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}/${i}`))
    if (v && typeof v === 'object') {
      const keys = Object.keys(v)
      if (keys.length === 1 && keys[0] === '$w') return decode(v.$w as number, path)
      const out: { [k: string]: Json } = {}
      for (const k of keys) out[k] = walk(v[k], `${path}/${pointerToken(k)}`)
      return out
    }
    return v
  }
  const out = walk(model as Json, '/model') as Record<string, unknown>
  const unused = specs.findIndex((_, i) => !used[i])
  if (unused >= 0) throw new ModelFileError(file, 'weights-layout', `/weights/specs/${unused}`, `weight "${specs[unused].path}" is not referenced by the model`)
  return out
}

async function fromV1(file: string, d: Record<string, unknown>, weights: Uint8Array): Promise<Migrated> {
  const { integrity, model, weights: w, ...rest } = d as { integrity?: { manifestSha256?: unknown }; model?: unknown; weights?: { specs?: unknown; byteLength?: unknown; sha256?: unknown } } & Record<string, unknown>
  if (!integrity || typeof integrity.manifestSha256 !== 'string' || !w || !Array.isArray(w.specs) || typeof w.sha256 !== 'string' || !model || typeof model !== 'object') {
    throw new ModelFileError(file, 'schema', '/', 'not a complete version-1 manifest (integrity, model or weights missing)')
  }
  const { integrity: _i, ...bodyV1 } = d
  if ((await sha256Hex(JSON.stringify(bodyV1))) !== integrity.manifestSha256) {
    throw new ModelFileError(file, 'manifest-hash', '/integrity/manifestSha256', 'the manifest was changed or damaged after saving (its SHA-256 does not match)')
  }
  if (weights.length !== w.byteLength) {
    const what = weights.length < (w.byteLength as number) ? 'the file is truncated: ' : 'the file has extra bytes: '
    throw new ModelFileError(file, 'truncated', '/weights/byteLength', `${what}the weights section has ${weights.length} bytes, the manifest says ${String(w.byteLength)}`)
  }
  if ((await sha256Hex(weights)) !== w.sha256) {
    throw new ModelFileError(file, 'weights-hash', '/weights/sha256', 'the weights were changed or damaged after saving (their SHA-256 does not match)')
  }
  const restored = restoreV1Weights(file, model as Record<string, unknown>, w.specs as V1Spec[], weights)
  return { body: { ...rest, formatVersion: MODEL_FORMAT_VERSION }, model: restored, warnings: [msg('model.migrated', { from: 1 })] }
}

/** Bring a document of an older format version (with its weights section, version 1) up to the current one. */
export async function migrate(file: string, doc: Record<string, unknown>, version: number, weights: Uint8Array): Promise<Migrated> {
  if (version === 0) return fromV0(file, doc)
  if (version === 1) return fromV1(file, doc, weights)
  throw new ModelFileError(file, 'old-version', '/formatVersion', `format version ${version} can no longer be read`)
}
