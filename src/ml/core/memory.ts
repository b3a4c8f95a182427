/**
 * Memory a job will need, estimated before it starts, against what the device can give: a job
 * over the budget is refused with both figures instead of running until the browser kills the tab.
 * Estimates count the large arrays the algorithms allocate (float64 matrices, CV fold copies,
 * kernel caches, distance sums), not small objects: they are lower bounds of the real peak.
 */
import { bytes, MessageError, type Message } from './message'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

/** Budget when the device says nothing (Node, the CLI, browsers without navigator.deviceMemory). */
export const STATED_BUDGET = 2 * GiB

/**
 * Bytes one job may use: a quarter of the device memory the browser reports (navigator.deviceMemory,
 * in GB, itself capped at 8 by browsers), between 256 MiB and 2 GiB; the stated 2 GiB when unknown.
 */
export function memoryBudget(deviceMemoryGB?: number | null): { bytes: number; source: 'device' | 'stated' } {
  if (typeof deviceMemoryGB !== 'number' || !(deviceMemoryGB > 0)) return { bytes: STATED_BUDGET, source: 'stated' }
  return { bytes: Math.min(STATED_BUDGET, Math.max(256 * MiB, (deviceMemoryGB * GiB) / 4)), source: 'device' }
}

/** What a worker knows of its device (WorkerNavigator.deviceMemory in Chromium; undefined elsewhere). */
export function deviceBudget(): { bytes: number; source: 'device' | 'stated' } {
  const nav = (globalThis as { navigator?: { deviceMemory?: number } }).navigator
  return memoryBudget(nav?.deviceMemory)
}

export interface TrainingShape {
  rows: number
  /** encoded feature columns (after one-hot) */
  features: number
  folds: number
  models: string[]
  smote?: boolean
  /** SVM kernel cache cap in MB (200 by default, as sklearn's cache_size) */
  svmCacheMB?: number
}

/**
 * Propensity training: the design matrix (train + test), one copy per CV fold (the folds are kept
 * prepared), SMOTE's synthetic rows, and per model its own large arrays: KNN two copies of its
 * training matrix, SVM its kernel cache (up to the n × n float32 matrix or the cache cap), forests and
 * boosting one int32 sort index per feature, the MLP a float32 copy of the training matrix.
 */
export function trainingBytes(s: TrainingShape): number {
  const matrix = s.rows * s.features * 8
  let need = matrix * (1 + Math.max(0, s.folds))
  if (s.smote) need += matrix
  for (const m of s.models) {
    if (m === 'knn') need += 2 * matrix + s.rows * 8
    else if (m === 'svm') need += Math.min((s.svmCacheMB ?? 200) * MiB, s.rows * s.rows * 4) + s.rows * 8
    else if (m === 'rf' || m === 'gbt' || m === 'tree') need += s.rows * s.features * 4
    else if (m === 'mlp') need += s.rows * s.features * 4
  }
  return need
}

export interface ClusteringShape {
  rows: number
  features: number
  /** the k values tried */
  ks: number[]
  silhouette: boolean
  /** silhouette on all points up to this many, else on a sample of `sampleSize` (see silhouette.ts) */
  exactLimit?: number
  sampleSize?: number
}

/**
 * k-means over a range of k with silhouettes: the matrix and its transformed copy, each k's labels
 * and point-to-centre distances, and the silhouette's distance sums (points × every cluster of
 * every labelling, float64).
 */
export function clusteringBytes(s: ClusteringShape): number {
  const matrix = s.rows * s.features * 8
  const kSum = s.ks.reduce((a, b) => a + b, 0)
  let need = 2 * matrix + s.ks.length * s.rows * 4 + s.rows * Math.max(0, ...s.ks) * 8
  if (s.silhouette) {
    const n = s.rows > (s.exactLimit ?? 20_000) ? Math.min(s.rows, s.sampleSize ?? 10_000) : s.rows
    need += n * kSum * 8 + n * s.ks.length * 4 + n * s.features * 8
  }
  return need
}

/** Refuse a job whose estimate is over the budget, naming both figures (message code limits.memory). */
export function checkMemory(job: Message, need: number, budget = deviceBudget()): void {
  if (need <= budget.bytes) return
  throw new MessageError(budget.source === 'device' ? 'limits.memory.device' : 'limits.memory.stated', { job, need: bytes(need), budget: bytes(budget.bytes) })
}
