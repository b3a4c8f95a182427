/**
 * What the UI shows about a model file: the model card, the registry list entry and a side by
 * side comparison of models. Pure functions over the manifest.
 */
import type { LoadedModel } from './format'
import { MODEL_KIND_LABELS } from './format'
import type { Band, ModelKind, ModelManifest, UpliftPayload } from './types'
import type { Message } from '../core/message'

export interface ModelCard {
  title: string
  kind: ModelKind
  kindLabel: string
  /** the estimator inside (e.g. "logistic", "vote of logistic, tree") */
  algorithm: string | null
  predicts: string | null
  author: string | null
  notes: string | null
  createdAt: string
  appVersion: string
  formatVersion: number
  /** input columns the model reads, with their types (and the number of categories) */
  inputs: { name: string; type: string; categories: number | null }[]
  idColumn: string | null
  threshold: number | null
  bands: Band[] | null
  metrics: { name: string; value: number | null }[]
  training: { rows: number; columns: number; dataset: string | null; sha256: string }
  containsCustomerRows: boolean
  customerRows: string[]
  /** file fingerprint (SHA-256), short form for display and full */
  fileSha256: string | null
  fileSha256Short: string | null
  warnings: Message[]
  /** a retrained model: the file it came from (fingerprint, name, date, rows) */
  lineage: { parentSha256: string; parentName: string; parentCreatedAt: string; parentRows: number } | null
  /** the file stores its training distributions (drift can be measured from it alone) and its training settings */
  canMeasureDrift: boolean
  canRetrain: boolean
  /** an uplift model: learner (s, t, x, ct) and base model (lr, rf, gbt), the control arm, the creatives and the customers per arm it was trained on */
  uplift: { learner: string; base: string; control: string; arms: string[]; trained: { arm: string; customers: number; converted: number }[] } | null
}

function algorithmOf(m: ModelManifest): string | null {
  if (m.kind === 'uplift') {
    const u = m.model as unknown as UpliftPayload
    return `${u.learner}-learner, ${u.base}`
  }
  const est = (m.model as { estimator?: { kind: string; state?: { members?: { kind: string }[] } } }).estimator
  if (!est) return null
  const members = est.state?.members
  return Array.isArray(members) ? `${est.kind} of ${members.map((x) => x.kind).join(', ')}` : est.kind
}

/** The model card of a manifest (and of the file, when loaded from one). */
export function modelCard(manifest: ModelManifest, loaded?: Pick<LoadedModel, 'fileSha256' | 'warnings'>): ModelCard {
  const predicts = manifest.card.predicts
    ?? (manifest.target ? (manifest.target.type === 'binary' ? `${manifest.target.name} = ${manifest.target.positive ?? '?'}` : manifest.target.name) : null)
  return {
    title: manifest.name,
    kind: manifest.kind,
    kindLabel: MODEL_KIND_LABELS[manifest.kind],
    algorithm: algorithmOf(manifest),
    predicts,
    author: manifest.card.author ?? null,
    notes: manifest.card.notes ?? null,
    createdAt: manifest.createdAt,
    appVersion: manifest.appVersion,
    formatVersion: manifest.formatVersion,
    inputs: manifest.features.filter((f) => f.role === 'feature').map((f) => ({ name: f.name, type: f.type, categories: Array.isArray(f.categories) ? f.categories.length : null })),
    idColumn: manifest.idColumn,
    threshold: manifest.threshold,
    bands: manifest.bands,
    metrics: Object.entries(manifest.metrics).map(([name, value]) => ({ name, value })),
    training: { rows: manifest.training.rows, columns: manifest.training.columns.length, dataset: manifest.training.dataset ?? null, sha256: manifest.training.sha256 },
    containsCustomerRows: manifest.containsCustomerRows,
    customerRows: [...manifest.customerRows],
    fileSha256: loaded?.fileSha256 ?? null,
    fileSha256Short: loaded ? `${loaded.fileSha256.slice(0, 8)}…${loaded.fileSha256.slice(-8)}` : null,
    warnings: loaded?.warnings ?? [],
    lineage: manifest.lineage ? { parentSha256: manifest.lineage.parentSha256, parentName: manifest.lineage.parentName, parentCreatedAt: manifest.lineage.parentCreatedAt, parentRows: manifest.lineage.parentRows } : null,
    canMeasureDrift: !!manifest.training.drift,
    canRetrain: manifest.kind === 'classifier',
    uplift: manifest.kind === 'uplift' ? upliftInfo(manifest.model as unknown as UpliftPayload) : null,
  }
}

function upliftInfo(u: UpliftPayload): NonNullable<ModelCard['uplift']> {
  return { learner: u.learner, base: u.base, control: u.control, arms: [...u.arms], trained: u.trained.map((t) => ({ ...t })) }
}

/** One line of the model registry (IndexedDB): small, no weights. */
export interface RegistryEntry {
  /** the file's SHA-256: the key, so the same file is never stored twice */
  id: string
  name: string
  kind: ModelKind
  kindLabel: string
  algorithm: string | null
  createdAt: string
  predicts: string | null
  metrics: Record<string, number | null>
  trainingRows: number
  trainingSha256: string
  containsCustomerRows: boolean
  byteLength: number
}

export function registryEntry(m: LoadedModel): RegistryEntry {
  const card = modelCard(m.manifest, m)
  return {
    id: m.fileSha256,
    name: m.manifest.name,
    kind: m.manifest.kind,
    kindLabel: card.kindLabel,
    algorithm: card.algorithm,
    createdAt: m.manifest.createdAt,
    predicts: card.predicts,
    metrics: { ...m.manifest.metrics },
    trainingRows: m.manifest.training.rows,
    trainingSha256: m.manifest.training.sha256,
    containsCustomerRows: m.manifest.containsCustomerRows,
    byteLength: m.byteLength,
  }
}

/**
 * Before storing a model in the registry: refuse to overwrite silently. 'new' → store;
 * 'same-file' → already there (nothing to do); 'same-name' → ask the user (replace / keep both).
 */
export function registryConflict(existing: RegistryEntry[], incoming: RegistryEntry): { status: 'new' | 'same-file' | 'same-name'; other?: RegistryEntry } {
  const same = existing.find((e) => e.id === incoming.id)
  if (same) return { status: 'same-file', other: same }
  const name = existing.find((e) => e.name === incoming.name && e.kind === incoming.kind)
  if (name) return { status: 'same-name', other: name }
  return { status: 'new' }
}

/** Metrics where larger is worse (the comparison marks the best of each row). */
const LOWER_IS_BETTER = new Set(['logLoss', 'brier', 'rmse', 'mae', 'inertia', 'fitSeconds'])

export interface ComparisonRow {
  metric: string
  values: (number | null)[]
  /** index of the best model for this metric (null when no values) */
  best: number | null
}

export interface ModelComparison {
  models: { id: string; name: string; kind: ModelKind; algorithm: string | null; createdAt: string; trainingRows: number; sameTrainingData: boolean }[]
  rows: ComparisonRow[]
  /** true when every model was trained on the same data (same fingerprint) */
  sameTrainingData: boolean
  /** input columns read by only some of the models */
  differingInputs: string[]
}

/** Side-by-side comparison (metrics table, best marked) of registry entries or loaded models. */
export function compareModels(models: (RegistryEntry & { inputs?: string[] })[]): ModelComparison {
  const names = new Set<string>()
  for (const m of models) for (const k of Object.keys(m.metrics)) names.add(k)
  const rows: ComparisonRow[] = [...names].map((metric) => {
    const values = models.map((m) => m.metrics[metric] ?? null)
    let best: number | null = null
    values.forEach((v, i) => {
      if (v === null) return
      const b = best === null ? null : values[best]!
      if (b === null || (LOWER_IS_BETTER.has(metric) ? v < b : v > b)) best = i
    })
    return { metric, values, best }
  })
  const first = models[0]?.trainingSha256
  const inputs = models.map((m) => new Set(m.inputs ?? []))
  const all = new Set(inputs.flatMap((s) => [...s]))
  return {
    models: models.map((m) => ({ id: m.id, name: m.name, kind: m.kind, algorithm: m.algorithm, createdAt: m.createdAt, trainingRows: m.trainingRows, sameTrainingData: m.trainingSha256 === first })),
    rows,
    sameTrainingData: models.every((m) => m.trainingSha256 === first),
    differingInputs: [...all].filter((c) => !inputs.every((s) => s.has(c))).sort(),
  }
}

/** Registry entry plus the input columns (for compareModels' differingInputs). */
export function comparable(m: LoadedModel): RegistryEntry & { inputs: string[] } {
  return { ...registryEntry(m), inputs: m.manifest.features.filter((f) => f.role === 'feature').map((f) => f.name) }
}
