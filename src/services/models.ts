import { msg } from '@/ml/core/message'
import { mlWorker } from './engine'
import { ensureTable, runMl } from './ml'
import { tracked } from './jobs'
import type { ModelCard, RegistryEntry, SchemaReport, ModelComparison } from '@/ml/modelfile'

export interface OpenedModel {
  entry: RegistryEntry
  card: ModelCard
  conflict: 'new' | 'same-file' | 'same-name'
  bytes: Uint8Array
}

export interface ScoreSummary {
  key: string
  kind: string
  rows: number
  report: SchemaReport
  idColumn: string | null
  bands?: { label: string; customers: number; expected: number }[]
  preview?: { id: string; probability: number; band: string; reasons: string[] }[]
  histogram?: number[]
  clusters?: { name: string; customers: number }[]
  segments?: { name: string; customers: number }[]
  meanPrediction?: number
}

export type StoredEntry = RegistryEntry & { fileName: string; savedAt: number }

/** Validate a dropped model file in the ml worker (nothing is stored until `store`). */
export const openModelFile = (file: File): Promise<OpenedModel> =>
  tracked(msg('job.models.check', { file: file.name }), (onProgress) => mlWorker.call<OpenedModel>('models.open', { file, fileName: file.name }, { onProgress }))

export const storeModel = (bytes: Uint8Array, fileName: string, replace = false): Promise<RegistryEntry> =>
  mlWorker.call<RegistryEntry>('models.store', { bytes, fileName, replace }).promise

export const listModels = (): Promise<StoredEntry[]> => mlWorker.call<StoredEntry[]>('models.list', {}).promise
export const modelCardOf = (id: string): Promise<{ entry: RegistryEntry; card: ModelCard }> => mlWorker.call<{ entry: RegistryEntry; card: ModelCard }>('models.card', { id }).promise
export const compare = (ids: string[]): Promise<ModelComparison> => mlWorker.call<ModelComparison>('models.compare', { ids }).promise
export const deleteModel = (id: string): Promise<boolean> => mlWorker.call<boolean>('models.delete', { id }).promise
export const modelFile = (id: string): Promise<{ fileName: string; bytes: Uint8Array }> => mlWorker.call<{ fileName: string; bytes: Uint8Array }>('models.file', { id }).promise
export const sqlOf = (id: string, table: string): Promise<string> => mlWorker.call<string>('models.sql', { id, table }).promise

export async function checkDataset(id: string, datasetId: string): Promise<SchemaReport> {
  await ensureTable(datasetId)
  return mlWorker.call<SchemaReport>('models.check', { id, datasetId }).promise
}

export async function scoreDataset(id: string, datasetId: string): Promise<ScoreSummary> {
  await ensureTable(datasetId)
  return runMl<ScoreSummary>(msg('job.models.score'), 'models.score', { id, datasetId })
}

export const scoresCsv = (key: string): Promise<string> => mlWorker.call<string>('models.scoresCsv', { key }).promise
export const scoredTable = (key: string, name: string): Promise<{ table: unknown }> => mlWorker.call<{ table: unknown }>('models.scoredTable', { key, name }).promise

