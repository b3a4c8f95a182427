import { msg } from '@/ml/core/message'
import { ml } from './engine'
import type { ScoreSummary } from '@/engine/models'
import { ensureTable } from './ml'
import { complete } from './data'
import { tracked } from './jobs'
import type { ModelCard, RegistryEntry, SchemaReport, ModelComparison, ModelArtifacts } from '@/ml/modelfile'
import { browserFiles, type ModelSaveResult } from '@/ml/modelfile/io'
import { download } from './download'

export interface OpenedModel {
  entry: RegistryEntry
  card: ModelCard
  conflict: 'new' | 'same-file' | 'same-name'
  /** the file's SHA-256: its bytes stay in the ml worker */
  fileId: string
}

export type { ScoreSummary }

export type StoredEntry = RegistryEntry & { fileName: string; savedAt: number }

/** Validate a dropped model file in the ml worker (nothing is stored until `store`). */
export const openModelFile = (file: File): Promise<OpenedModel> =>
  tracked(msg('job.models.check', { file: file.name }), (onProgress) => ml.models.open({ file, fileName: file.name }, { onProgress }))

/** Store a file opened with openModelFile: it was parsed once, in the worker, and its bytes stay there. */
export const storeOpened = (fileId: string, fileName: string, replace = false): Promise<RegistryEntry> =>
  ml.models.storeOpened({ fileId, fileName, replace }).promise

/** Into the registry (IndexedDB, the worker's storage handler). */
export const storeModel = (artifacts: ModelArtifacts, fileName: string, replace = false): Promise<RegistryEntry> =>
  ml.models.store({ artifacts, fileName, replace }).promise

/** A model file as a download (the browser-files storage handler, delivering through the one download helper). */
export const downloadModel = (artifacts: ModelArtifacts, fileName: string): Promise<ModelSaveResult> =>
  browserFiles({ fileName, deliver: (blob, name) => download(name, blob) }).save(artifacts)

export const listModels = (): Promise<StoredEntry[]> => ml.models.list().promise
export const modelCardOf = (id: string): Promise<{ entry: RegistryEntry; card: ModelCard }> => ml.models.card({ id }).promise
export const compare = (ids: string[]): Promise<ModelComparison> => ml.models.compare({ ids }).promise
export const deleteModel = (id: string): Promise<boolean> => ml.models.delete({ id }).promise
export const modelFile = (id: string): Promise<{ fileName: string; artifacts: ModelArtifacts }> => ml.models.file({ id }).promise
export const sqlOf = (id: string, table: string): Promise<string> => ml.models.sql({ id, table }).promise

export async function checkDataset(id: string, datasetId: string): Promise<SchemaReport> {
  await ensureTable(datasetId)
  return ml.models.check({ id, datasetId }).promise
}

export async function scoreDataset(id: string, datasetId: string): Promise<ScoreSummary> {
  await ensureTable(datasetId)
  return tracked(msg('job.models.score'), (onProgress) => ml.models.score({ id, datasetId }, { onProgress }))
}

export const scoresCsv = (key: string): Promise<string> => ml.models.scoresCsv({ key }).promise
/** The scored dataset as a new workspace dataset (made in the ml worker, handed to the data worker directly). */
export const addScores = (key: string, name: string) => ml.models.addScores({ key, name }).promise.then(complete)


export type RetrainSummary = Awaited<ReturnType<typeof ml.models.retrain>['promise']>

/** Drift of a dataset against a stored model, and the model retrained on it with its own settings (a tracked job). */
export async function retrainOn(id: string, datasetId: string, opts: { testSize?: number; seed?: number; originalDatasetId?: string } = {}): Promise<RetrainSummary> {
  await ensureTable(datasetId)
  if (opts.originalDatasetId) await ensureTable(opts.originalDatasetId)
  return tracked(msg('job.models.retrain'), (onProgress) => ml.models.retrain({ id, datasetId, ...opts }, { onProgress }))
}

/** Keep the retrained model in the registry (a model file with its lineage). */
export const keepRetrained = (key: string, replace = false): Promise<RegistryEntry> => ml.models.keepRetrained({ key, replace }).promise
