import { msg } from '@/ml/core/message'
import { runOnDataset, runMl } from './ml'
import { mlWorker } from './engine'
import type { ClusterArgs } from '../../workers/ml/segment'
import { addTable } from './data'
import type { DatasetSummary } from './types'
import type { CleaningOptions, CleaningStepId, TransactionMapping } from '@/ml/segmentation/transactions'
import type { SegmentSummary } from '@/ml/segmentation/rfm'
import type { ElbowPoint, SuggestedK } from '@/ml/clustering/elbow'
import type { ClusterProfile } from '@/ml/clustering/profiles'
import type { ColumnSchema } from '@/data/table'

/** Typed calls to the ml worker's "segment." methods (workers/ml/segment.ts). */

/** Reactive proxies cannot be posted to a worker: send plain copies of small settings. */
const plain = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T))

export interface FeatureStat { name: string; min: number; q1: number; median: number; q3: number; max: number; mean: number; missing: number }

export interface CleaningRow { step: CleaningStepId; label: string; enabled: boolean; removed: number; rows: number }

export interface RfmResult {
  resultId: string
  cleaning: CleaningRow[]
  customers: number
  singlePurchase: number
  snapshot: number
  defaultSnapshot: number
  features: FeatureStat[]
  available: string[]
  hasMargin: boolean
  categories: string[]
  segments: SegmentSummary[]
  ranges: { r: [number, number][]; f: [number, number][]; m: [number, number][] }
  grid: Float64Array
  warnings: string[]
}

export interface TableResult { resultId: string; customers: number; features: FeatureStat[]; available: string[]; warnings: string[] }

export type OutlierMethod = 'none' | 'isolationForest' | 'centreDistance'

/** exactly what the worker's segment.cluster takes */
export type ClusterRequest = ClusterArgs

export interface ClusterMap { x: Float32Array; y: Float32Array; labels: Int32Array; explained: number[]; sampled: boolean; n: number }

export interface ClusterResponse {
  features: string[]
  customers: number
  elbow: ElbowPoint[]
  suggested: SuggestedK
  silhouetteN: number
  silhouetteSampled: boolean
  k: number
  clusters: ClusterProfile[]
  excluded: number
  map: ClusterMap
  topAnomalies: { row: number; id: string | null; score: number; cluster: number }[]
  outlierMethod: OutlierMethod
  warnings: string[]
  seconds: number
}

export const runRfm = (datasetId: string, mapping: TransactionMapping, cleaning: Partial<CleaningOptions>): Promise<RfmResult> =>
  runOnDataset<RfmResult>(msg('job.segment.rfm'), 'segment.rfm', datasetId, { mapping: plain(mapping), cleaning: plain(cleaning) })

export const runCustomerTable = (datasetId: string, features: string[], idColumn?: string): Promise<TableResult> =>
  runOnDataset<TableResult>(msg('job.segment.table'), 'segment.table', datasetId, { features: plain(features), idColumn })

export const runCluster = (req: ClusterRequest): Promise<ClusterResponse> =>
  runMl<ClusterResponse>(typeof req.k === 'number' ? msg('job.segment.cluster', { k: req.k }) : msg('job.segment.clusterRange', { min: req.k.kMin, max: req.k.kMax }), 'segment.cluster', plain(req) as unknown as Record<string, unknown>)

export const exportCsv = (resultId: string, clusterNames?: string[]): Promise<{ csv: string }> =>
  mlWorker.call<{ csv: string }>('segment.export', { resultId, clusterNames: plain(clusterNames) }).promise

/** Adds the customer table (RFM, scores, segment, cluster, outlier score) as a new workspace dataset. */
export async function addToWorkspace(resultId: string, name: string, clusterNames?: string[]): Promise<DatasetSummary> {
  const t = await mlWorker.call<{ table: unknown; schema?: ColumnSchema[] }>('segment.workspaceTable', { resultId, clusterNames: plain(clusterNames), name }).promise
  return addTable(name, t.table, t.schema, 'segments')
}
