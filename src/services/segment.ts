import { msg } from '@/ml/core/message'
import { onDatasets, plain } from './ml'
import { ml } from './engine'
import { complete } from './data'
import { tracked } from './jobs'
import type { ClusterArgs, ClvArgs, MapArgs } from '@/engine/segment'
import type { MapMethod } from '@/ml/maps'
import type { TrustworthinessResult } from '@/ml/maps/trust'
import type { BtydModelName, Period } from '@/ml/clv'
import type { RfmSegment } from '@/ml/segmentation/rfm'
import type { Message } from '@/ml/core/message'
import type { DatasetSummary } from './types'
import type { CleaningOptions, CleaningStepId, TransactionMapping } from '@/ml/segmentation/transactions'
import type { SegmentSummary } from '@/ml/segmentation/rfm'
import type { ElbowPoint, SuggestedK } from '@/ml/clustering/elbow'
import type { ClusterProfile } from '@/ml/clustering/profiles'

/** Calls to the ml worker's segment methods (src/engine/segment.ts, dispatched by workers/ml/segment.ts), typed from its handler table. */


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
  warnings: Message[]
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
  warnings: Message[]
  seconds: number
}

export const runRfm = (datasetId: string, mapping: TransactionMapping, cleaning: Partial<CleaningOptions>): Promise<RfmResult> =>
  onDatasets(msg('job.segment.rfm'), [datasetId], (onProgress) => ml.segment.rfm({ datasetId, mapping: plain(mapping), cleaning: plain(cleaning) }, { onProgress }), { backend: false })

export const runCustomerTable = (datasetId: string, features: string[], idColumn?: string): Promise<TableResult> =>
  onDatasets(msg('job.segment.table'), [datasetId], (onProgress) => ml.segment.table({ datasetId, features: plain(features), idColumn }, { onProgress }), { backend: false })

export const runCluster = (req: ClusterRequest): Promise<ClusterResponse> =>
  tracked(typeof req.k === 'number' ? msg('job.segment.cluster', { k: req.k }) : msg('job.segment.clusterRange', { min: req.k.kMin, max: req.k.kMax }), (onProgress) => ml.segment.cluster(plain(req), { onProgress }))

const MAP_NAMES: Record<MapMethod, string> = { pca: 'PCA', tsne: 't-SNE', umap: 'UMAP' }

export interface CustomerMapResult { method: MapMethod; x: Float32Array; y: Float32Array; labels: Int32Array; n: number; of: number; sampled: boolean; trustworthiness: TrustworthinessResult; seconds: number }

/** A 2-D map (PCA, t-SNE, UMAP) of the clustered customers with its trustworthiness, as a tracked job (progress, Cancel). */
export const runMap = (req: MapArgs): Promise<CustomerMapResult> =>
  tracked(msg('job.segment.map', { method: MAP_NAMES[req.method] }), (onProgress) => ml.segment.map(plain(req), { onProgress }))

export const exportCsv = (resultId: string, clusterNames?: string[]): Promise<{ csv: string }> =>
  ml.segment.export({ resultId, clusterNames: plain(clusterNames) }).promise

/** Adds the customer table (RFM, scores, segment, cluster, outlier score) as a new workspace dataset. */
export async function addToWorkspace(resultId: string, name: string, clusterNames?: string[]): Promise<DatasetSummary> {
  return complete(await ml.segment.addToWorkspace({ resultId, clusterNames: plain(clusterNames), name }).promise)
}

/** exactly what the worker's segment.clv takes */
export type ClvRequest = ClvArgs

export interface ClvTopCustomer { id: string; frequency: number; recency: number; T: number; monetary: number | null; pAlive: number; expectedPurchases: number; expectedValue: number | null; clv: number | null; segment: RfmSegment | null }

export interface ClvSegmentValue { segment: RfmSegment; customers: number; pastRevenue: number; meanPAlive: number; expectedPurchases: number; clv: number | null; meanClv: number | null }

/** calibration customers by P(alive) at the split: how many bought after it, expected vs actual purchases per customer */
export interface ClvAliveBand { lo: number; hi: number; customers: number; meanPAlive: number; boughtShare: number; expected: number; actual: number }

export interface ClvFrequencyBin { frequency: number; customers: number; actual: number; predicted: number }

/** The model checks of the value panel (issue 16 §3), chart-ready. Dates are ms (UTC period starts). */
export interface ClvChecks {
  /** the chosen model refitted up to calibrationEnd, compared with the repeat purchases after it */
  holdout: { calibrationEnd: number; end: number; duration: number; customers: number; converged: boolean; bins: ClvFrequencyBin[]; predicted: number; actual: number; alive?: ClvAliveBand[] } | null
  /** why there is no holdout check (e.g. too few repeat buyers before the split) */
  holdoutError: Message | null
  cumulative: { dates: number[]; actual: number[]; predicted: number[]; split: number } | null
  /** P(alive) at age T over frequency × recency; values[recency][frequency] */
  matrix: { frequency: number[]; recency: number[]; T: number; values: number[][] }
  /** CLV histogram up to the 99th percentile (the last bin holds the rest) */
  distribution: { quantiles: Record<string, number>; edges: number[]; counts: number[] } | null
}

export interface ClvResponse {
  customers: number
  repeatCustomers: number
  period: Period
  periodsPerMonth: number
  horizon: number
  months: number
  discount: number
  model: { name: BtydModelName; params: Record<string, number>; se: Record<string, number> | null; logLik: number; converged: boolean }
  comparison: { model: BtydModelName; logLik: number; converged: boolean }[]
  gammaGamma: { params: { p: number; q: number; v: number }; logLik: number } | null
  totals: { expectedPurchases: number; clv: number | null }
  pAliveRange: [number, number]
  top: ClvTopCustomer[]
  segments: ClvSegmentValue[]
  /** absent in results saved before the checks existed */
  checks?: ClvChecks
  warnings: Message[]
}

const MODEL_NAMES: Record<BtydModelName, string> = { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', paretonbd: 'Pareto/NBD' }

/** Customer value (BTYD + Gamma-Gamma) on the RFM run's cleaned transactions, as a tracked job. */
export const runClv = (req: ClvRequest): Promise<ClvResponse> =>
  tracked(msg('clv.job', { model: MODEL_NAMES[req.model] }), (onProgress) => ml.segment.clv(plain(req), { onProgress }))

export interface ClusterValue { cluster: number; customers: number; meanPAlive: number | null; expectedPurchases: number; clv: number | null; meanClv: number | null; clvShare: number | null }

/** Customer value per k-means cluster; null until both a value run and a clustering exist for the result. */
export const clusterValue = (resultId: string): Promise<ClusterValue[] | null> => ml.segment.clusterValue({ resultId }).promise
