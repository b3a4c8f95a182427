/**
 * The segmentation pipelines the worker and the CLI call:
 * - rfmAnalysis(table, mapping): cleaning steps → customer features → RFM scores + named segments;
 * - clusterCustomers(X, names, extras): transforms → (outliers) → k-means over a k range with
 *   elbow + silhouette → chosen k → profiles, 2-D map, outlier list.
 * Clusters are renumbered by revenue share (largest first; by size when there is no revenue).
 */
import { MessageError, type Message } from '../core/message'
import type { Matrix } from '../core/matrix'
import { matrix, takeRows } from '../core/matrix'
import type { RunControl } from '../core/progress'
import { checkCancel, subProgress } from '../core/progress'
import type { Table } from '../../data/table'
import type { CleaningOptions, CleaningStep, CleanTransactions, TransactionMapping } from './transactions'
import { cleanTransactions } from './transactions'
import type { CustomerFeatureOptions, CustomerFeatures, FeatureName } from './features'
import { customerFeatures, featureValues, FEATURE_NAMES } from './features'
import type { RfmScoreOptions, RfmScores, SegmentSummary } from './rfm'
import { RFM_SEGMENTS, rfmScores, summariseSegments } from './rfm'
import type { CustomerExportRow } from './export'
import type { ElbowPoint, SuggestedK } from '../clustering/elbow'
import { elbow } from '../clustering/elbow'
import type { KMeansOptions } from '../clustering/kmeans'
import { assignLabels, KMeansModel } from '../clustering/kmeans'
import type { LogMode } from '../clustering/transform'
import { fitTransform } from '../clustering/transform'
import type { ClusterProfile } from '../clustering/profiles'
import { renderEnglish } from '../../i18n/render'
import { clusterProfiles } from '../clustering/profiles'
import type { PcaResult } from '../clustering/pca'
import { pca } from '../clustering/pca'
import { centreDistanceZ, isolationForest, outlierMask, topAnomalies } from '../clustering/outliers'

export interface RfmAnalysis {
  cleaning: CleaningStep[]
  transactions: CleanTransactions
  features: CustomerFeatures
  scores: RfmScores
  segments: SegmentSummary[]
  warnings: Message[]
}

/** Cleaning → customer features → RFM scores and segment summary. */
export function rfmAnalysis(
  table: Table,
  mapping: TransactionMapping,
  options: { cleaning?: Partial<CleaningOptions>; features?: Partial<CustomerFeatureOptions>; scores?: Partial<RfmScoreOptions> } = {},
): RfmAnalysis {
  const tx = cleanTransactions(table, mapping, options.cleaning)
  const f = customerFeatures(tx, options.features)
  if (f.n < 5) throw new MessageError('segment.error.fewCustomers', { n: f.n })
  const scores = rfmScores(f.recency, f.frequency, f.monetary, options.scores)
  const segments = summariseSegments(scores, f.recency, f.frequency, f.monetary, f.margin)
  return { cleaning: tx.steps, transactions: tx, features: f, scores, segments, warnings: [...tx.warnings, ...f.warnings] }
}

/** The customer features as a matrix (original units), refusing missing values with a clear message. */
export function featureMatrix(f: CustomerFeatures, names: FeatureName[]): Matrix {
  const cols = names.map((nm) => {
    if (!(FEATURE_NAMES as readonly string[]).includes(nm)) throw new MessageError('segment.error.unknownFeature', { feature: nm, known: FEATURE_NAMES.join(', ') })
    const v = featureValues(f, nm)
    if (!v) throw new MessageError('segment.error.featureUnavailable', { feature: nm })
    if (nm === 'meanDaysBetween' && f.singlePurchase > 0) {
      throw new MessageError('segment.error.meanDaysEmpty', { n: f.singlePurchase })
    }
    return v
  })
  const p = cols.length
  const X = matrix(f.n, p)
  for (let i = 0; i < f.n; i++) for (let j = 0; j < p; j++) X.data[i * p + j] = cols[j][i]
  return X
}

export interface OutlierOptions {
  method: 'none' | 'isolationForest' | 'centreDistance'
  /** exclude this top fraction of scores before clustering (0 = score only) */
  excludeFraction: number
  /** how many top anomalies to list */
  top: number
  seed: number
}

export interface ClusterOptions {
  /** a single k, or a range (every k is fitted for the elbow) */
  k: number | { kMin: number; kMax: number }
  /** with a range: the k to profile ('suggested' by default, 'last' = the range's end) */
  chosenK: number | 'suggested' | 'last'
  nInit: number
  maxIter: number
  tol: number
  seed: number
  log: boolean | LogMode | LogMode[]
  standardize: boolean
  silhouette: boolean
  silhouetteSampleSize: number
  outliers: OutlierOptions
  pcaMaxPoints: number
}

export const defaultClusterOptions: ClusterOptions = {
  k: { kMin: 2, kMax: 10 },
  chosenK: 'suggested',
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 42,
  log: false,
  standardize: false,
  silhouette: true,
  silhouetteSampleSize: 10_000,
  outliers: { method: 'none', excludeFraction: 0, top: 20, seed: 42 },
  pcaMaxPoints: 20_000,
}

export interface ClusterExtras {
  /** customer ids (for the anomaly list and the export) */
  ids?: string[]
  revenue?: ArrayLike<number> | null
  margin?: ArrayLike<number> | null
  categories?: { levels: string[]; shares: Float64Array } | null
  /** more features shown in profiles but not clustered (original units) */
  profileFeatures?: { name: string; values: ArrayLike<number> }[]
}

export interface Anomaly {
  row: number
  id: string | null
  score: number
}

export interface ClusterResult {
  features: string[]
  customers: number
  /** one entry per k fitted; inertia in the clustered space */
  elbow: ElbowPoint[]
  suggested: SuggestedK
  silhouetteN: number
  silhouetteSampled: boolean
  k: number
  /** the fitted model (toJSON() to save); predict() takes rows in original units */
  model: KMeansModel
  /** cluster per customer (0 = largest revenue share); excluded outliers get their nearest centre */
  labels: Int32Array
  /** 1 = excluded from clustering as an outlier */
  excluded: Uint8Array | null
  clusters: ClusterProfile[]
  /** cluster means in original units per cluster (same order as clusters) */
  means: Record<string, number>[]
  /** 2-D map of the clustered space (display sample beyond pcaMaxPoints) */
  map: PcaResult & { labels: Int32Array }
  outlierMethod: OutlierOptions['method']
  /** anomaly score per customer (isolation forest: 0..1; centre distance: z), null when off */
  outlierScores: Float64Array | null
  topAnomalies: Anomaly[]
  warnings: Message[]
}

/**
 * Cluster customers on the given features (original units, one row per customer).
 * Elbow, silhouette and suggested k over the k range; profiles, map and outliers for the chosen k.
 */
export function clusterCustomers(X: Matrix, names: string[], extras: ClusterExtras = {}, options: Partial<ClusterOptions> = {}, control?: RunControl): ClusterResult {
  const o: ClusterOptions = { ...defaultClusterOptions, ...options, outliers: { ...defaultClusterOptions.outliers, ...options.outliers } }
  const n = X.rows
  if (n < 2) throw new MessageError('segment.error.twoCustomers', { n })
  const range = typeof o.k === 'number' ? { kMin: o.k, kMax: o.k } : o.k
  if (!Number.isInteger(range.kMin) || !Number.isInteger(range.kMax) || range.kMin < 1 || range.kMax < range.kMin) {
    throw new MessageError('segment.error.badK', { value: JSON.stringify(o.k) })
  }
  if (range.kMax > n) throw new MessageError('segment.error.kTooLarge', { k: range.kMax, n })
  const warnings: Message[] = []
  const first = fitTransform(X, names, { log: o.log, standardize: o.standardize })
  let { transform, Xt } = first
  warnings.push(...first.warnings)
  checkCancel(control?.cancel)

  // outliers scored on the transformed data; optionally excluded, then the transform refitted
  let outlierScores: Float64Array | null = null
  let excluded: Uint8Array | null = null
  if (o.outliers.method === 'isolationForest') {
    outlierScores = isolationForest(Xt, { seed: o.outliers.seed }, { cancel: control?.cancel })
  } else if (o.outliers.method === 'centreDistance') {
    const k0 = typeof o.k === 'number' ? o.k : o.chosenK === 'last' ? range.kMax : typeof o.chosenK === 'number' ? o.chosenK : Math.min(range.kMax, Math.max(range.kMin, 4))
    const pre = elbow(Xt, { kMin: k0, kMax: k0, nInit: o.nInit, maxIter: o.maxIter, tol: o.tol, seed: o.seed, silhouette: false }, { cancel: control?.cancel })
    outlierScores = centreDistanceZ(Xt, pre.fits.get(k0)!.centers, pre.fits.get(k0)!.labels).z
  }
  let rowsFit: Int32Array | null = null
  if (outlierScores && o.outliers.excludeFraction > 0) {
    excluded = outlierMask(outlierScores, o.outliers.excludeFraction)
    const keep: number[] = []
    for (let i = 0; i < n; i++) if (!excluded[i]) keep.push(i)
    rowsFit = Int32Array.from(keep)
    const refit = fitTransform(takeRows(X, rowsFit), names, { log: o.log, standardize: o.standardize })
    transform = refit.transform
    const all = fitTransform(X, names, { log: o.log, standardize: false })
    // all rows in the refitted space (for labels, map and profiles)
    Xt = all.Xt
    if (transform.mean && transform.scale) {
      const p = X.cols
      for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) Xt.data[i * p + j] = (Xt.data[i * p + j] - transform.mean[j]) / transform.scale[j]
    }
  }
  const Xfit = rowsFit ? takeRows(Xt, rowsFit) : Xt
  const el = elbow(
    Xfit,
    {
      kMin: range.kMin,
      kMax: range.kMax,
      nInit: o.nInit,
      maxIter: o.maxIter,
      tol: o.tol,
      seed: o.seed,
      silhouette: o.silhouette,
      silhouetteOptions: { sampleSize: o.silhouetteSampleSize, seed: o.seed },
    },
    { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0, 0.85) },
  )
  const k =
    typeof o.k === 'number' ? o.k
    : o.chosenK === 'last' ? range.kMax
    : o.chosenK === 'suggested' ? el.suggested.k
    : o.chosenK
  const fit = el.fits.get(k)
  if (!fit) throw new MessageError('segment.error.chosenK', { k, min: range.kMin, max: range.kMax })
  const kmOptions: Partial<KMeansOptions> = { k, nInit: o.nInit, maxIter: o.maxIter, tol: o.tol, seed: o.seed, log: o.log, standardize: o.standardize }
  const model = KMeansModel.fromFit(kmOptions, transform, fit)
  let labels = rowsFit ? assignLabels(Xt, model.centers) : Int32Array.from(fit.labels)
  if (rowsFit) for (let t = 0; t < rowsFit.length; t++) labels[rowsFit[t]] = fit.labels[t]

  // renumber: largest revenue share first (size when there is no revenue)
  const weight = new Float64Array(k)
  for (let i = 0; i < n; i++) if (!excluded || !excluded[i]) weight[labels[i]] += extras.revenue ? extras.revenue[i] : 1
  const order = Array.from({ length: k }, (_, c) => c).sort((a, b) => weight[b] - weight[a] || a - b)
  model.labels = labels
  model.relabel(order)
  labels = model.labels
  checkCancel(control?.cancel)

  const feats = names.map((nm, j) => {
    const v = new Float64Array(n)
    for (let i = 0; i < n; i++) v[i] = X.data[i * X.cols + j]
    return { name: nm, values: v }
  })
  const clusters = clusterProfiles({
    features: [...feats, ...(extras.profileFeatures ?? [])],
    labels,
    k,
    clustered: { names, data: Xt.data, cols: Xt.cols },
    revenue: extras.revenue ?? null,
    margin: extras.margin ?? null,
    categories: extras.categories ?? null,
    exclude: excluded,
  })
  const means = clusters.map((c) => Object.fromEntries(c.features.map((f) => [f.feature, f.mean])))
  const map = pca(Xt, { maxPoints: o.pcaMaxPoints, seed: o.seed })
  const mapLabels = new Int32Array(map.index.length)
  for (let t = 0; t < map.index.length; t++) mapLabels[t] = labels[map.index[t]]
  control?.onProgress?.(1, 'done')
  const top = outlierScores ? topAnomalies(outlierScores, o.outliers.top).map((i) => ({ row: i, id: extras.ids ? extras.ids[i] : null, score: outlierScores![i] })) : []
  return {
    features: names,
    customers: n,
    elbow: el.points,
    suggested: el.suggested,
    silhouetteN: el.silhouetteN,
    silhouetteSampled: el.silhouetteSampled,
    k,
    model,
    labels,
    excluded,
    clusters,
    means,
    map: { ...map, labels: mapLabels },
    outlierMethod: o.outliers.method,
    outlierScores,
    topAnomalies: top,
    warnings,
  }
}

/** Rows for customersCsv(): RFM, scores, segment, cluster name and outlier score per customer. */
export function exportRows(rfm: RfmAnalysis, clusters: ClusterResult | null, clusterNames?: string[]): CustomerExportRow[] {
  const f = rfm.features
  const s = rfm.scores
  // Without names from the UI (the CLI), the default names in English.
  const names = clusterNames ?? clusters?.clusters.map((c) => renderEnglish(c.name)) ?? []
  return f.ids.map((id, i) => ({
    customer: id,
    recency: f.recency[i],
    frequency: f.frequency[i],
    monetary: f.monetary[i],
    rScore: s.r[i],
    fScore: s.f[i],
    mScore: s.m[i],
    rfmScore: s.score[i],
    segment: RFM_SEGMENTS[s.segment[i]],
    cluster: clusters ? names[clusters.labels[i]] ?? String(clusters.labels[i] + 1) : '',
    outlierScore: clusters?.outlierScores ? clusters.outlierScores[i] : null,
  }))
}

/** Segment names per customer (RFM segment or cluster name), aligned with rfm.features.ids. */
export function segmentValues(rfm: RfmAnalysis, clusters: ClusterResult | null, which: 'rfm' | 'cluster', clusterNames?: string[]): string[] {
  if (which === 'rfm') return Array.from(rfm.scores.segment, (s) => RFM_SEGMENTS[s])
  if (!clusters) throw new Error('Run the clustering first')
  const names = clusterNames ?? clusters.clusters.map((c) => renderEnglish(c.name))
  return Array.from(clusters.labels, (l) => names[l])
}
