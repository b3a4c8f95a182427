import { msg, type Message } from '@/ml/core/message'
import { ml } from './engine'
import { complete } from './data'
import { ensureTable, onDatasets, plain } from './ml'
import type { DatasetSummary } from './types'
import type { TrainConfig, ModelResult } from '@/ml/propensity/train'
import type { FeatureAuc } from '@/ml/preprocessing/target'
import type { ClassCounts } from '@/ml/preprocessing/smote'
import type { Band } from '@/ml/explain/explain'
import type { RegressionResult } from '@/ml/propensity/regression'
import type { ExplainResult } from '@/engine/predict'
import type { ModelArtifacts } from '@/ml/modelfile'

export type { ExplainResult }

/** Calls to the ml worker's predict methods (workers/ml/predict.ts), typed from its handler table. */

export interface Inspection {
  target: string
  values: { value: string; count: number }[]
  distinct: number
  missing: number
  /** numeric with many values: a regression target */
  numeric: boolean
  /** a target with more than two values (or two unusual ones): the user must pick the positive value */
  needsPositive?: boolean
  problem?: Message | string
  positive?: string
  negatives?: string[]
  split?: { train: number; test: number; trainPositive: number; testPositive: number }
  classCounts?: { before: ClassCounts; after: ClassCounts }
  features?: string[]
  encoded?: number
  /** columns left out and why (`params.feature` names the column) */
  notes?: Message[]
  warnings?: Message[]
  leakage?: FeatureAuc[]
}

/** A model as the page sees it: everything but the model file. */
export type ModelSummary = Omit<ModelResult, 'model'> & { containsTrainingRows: boolean }

export interface RunSummary {
  runId: string
  datasetId: string
  target: string
  positive: string
  negatives: string[]
  rows: number
  droppedMissingTarget: number
  split: { mode: 'stratified' | 'explicit'; train: number; test: number; trainPositive: number; testPositive: number }
  features: { input: string[]; encoded: string[]; notes: Message[]; warnings: Message[] }
  leakage: FeatureAuc[]
  yTest: Uint8Array
  models: ModelSummary[]
  backend: string
  /** fit workers the CV folds, grid points and final fits were spread over */
  fitWorkers: number
  seconds: number
  warnings: Message[]
}

export interface SaveDescription {
  kind: string
  containsCustomerRows: boolean
  customerRows: string[]
  name: string
  algorithm: string
  trainRows: number
  threshold: number
  bands: number
}

export type RegressionSummary = Omit<RegressionResult, 'residuals'> & {
  residuals: { fitted: Float64Array; residual: Float64Array; shown: number; of: number }
  model: 'ols' | 'ridge'
  alpha: number
}

export interface SaveOptions {
  name: string
  threshold: number
  bands: Band[]
  author?: string
  notes?: string
  outcomeName?: string
  allowCustomerRows?: boolean
}

export async function inspect(args: { datasetId: string; target: string; positive?: string; features?: string[]; testSize: number; seed: number; smote: { ratio: number } | null }): Promise<Inspection> {
  await ensureTable(args.datasetId)
  return ml.predict.inspect(args).promise
}

/** Train and compare under the job panel (progress, ETA, Cancel). */
export const train = (datasetId: string, runId: string, config: TrainConfig): Promise<RunSummary> =>
  onDatasets(msg('job.predict.train'), [datasetId], (onProgress) => ml.predict.train({ datasetId, runId, config }, { onProgress }))

/** Scored customers CSV (every row of the dataset) from one model of a run. */
export const exportCsv = (datasetId: string, runId: string, modelId: string, bands: Band[], reasons = true): Promise<string> =>
  onDatasets(msg('job.predict.export'), [datasetId], (onProgress) => ml.predict.exportCsv({ runId, modelId, bands: plain(bands), reasons }, { onProgress }))

/** SHAP of one model on a sample of test customers (and a decision tree's rules), under the job panel. */
export const explain = (datasetId: string, runId: string, modelId: string, rows = 500): Promise<ExplainResult> =>
  onDatasets(msg('job.predict.explain'), [datasetId], (onProgress) => ml.predict.explain({ runId, modelId, rows }, { onProgress }))

/** A new workspace dataset: the run's dataset plus probability and band columns. */
export async function addScoresToWorkspace(datasetId: string, runId: string, modelId: string, bands: Band[], name: string): Promise<{ dataset: DatasetSummary; counts: number[] }> {
  const r = await onDatasets(msg('job.predict.workspace'), [datasetId], (onProgress) => ml.predict.addScores({ runId, modelId, bands: plain(bands), name }, { onProgress }))
  return { ...r, dataset: await complete(r.dataset) }
}

export async function describeSave(datasetId: string, runId: string, modelId: string, o: SaveOptions): Promise<SaveDescription> {
  await ensureTable(datasetId)
  return ml.predict.describeSave({ runId, modelId, ...plain(o) }).promise
}

export async function saveFile(datasetId: string, runId: string, modelId: string, o: SaveOptions): Promise<{ artifacts: ModelArtifacts; fileName: string; sha256: string }> {
  await ensureTable(datasetId)
  return ml.predict.saveFile({ runId, modelId, ...plain(o) }).promise
}

export const regress = (datasetId: string, target: string, features: string[] | undefined, alpha: number): Promise<RegressionSummary> =>
  onDatasets(msg('job.predict.regress'), [datasetId], (onProgress) => ml.predict.regress({ datasetId, target, features: features ? [...features] : undefined, alpha }, { onProgress }))

/** Forget a run of the history (in memory and its stored copy in the ml worker). */
export const dropRun = (runId: string): Promise<boolean> => ml.predict.dropRun({ runId }).promise
