/**
 * Adapters from other parts of the app to SaveInput (the model-file layer does not change them).
 * - fromPropensityModel: the propensity trainer's ModelResult.model (a ClassifierModel)
 *   → a classifier SaveInput (pipeline and estimator rebuilt from their JSON).
 * - fromClusterResult: a segmentation ClusterResult → a k-means SaveInput.
 */
import { renderEnglish } from '../../i18n/render'
import { loadEstimator, type Classifier } from '../core/estimator'
import { Preprocessor } from '../preprocessing/pipeline'
import type { ClassifierModel } from './types'
import type { ClusterResult } from '../segmentation/segment'
import type { SaveInput, TrainingSource } from './format'
import type { Band, ModelCardInfo } from './types'
import './runtime'

export interface PropensitySaveOptions {
  /** default: "<target> = <positive> (<model name>)" */
  name?: string
  idColumn?: string | null
  threshold?: number
  bands?: Band[]
  card?: ModelCardInfo
}

/** A trained propensity model (ModelResult.model) as a classifier SaveInput. */
export function fromPropensityModel(mf: ClassifierModel, training: TrainingSource, opts: PropensitySaveOptions = {}): SaveInput & { kind: 'classifier' } {
  const metrics: Record<string, number | null> = {}
  for (const [k, v] of Object.entries(mf.metrics.test as unknown as Record<string, unknown>)) if (typeof v === 'number') metrics[k] = Number.isFinite(v) ? v : null
  for (const [k, v] of Object.entries(mf.metrics.cv ?? {})) {
    if (!v) continue
    metrics[`cv.${k}.mean`] = Number.isFinite(v.mean) ? v.mean : null
    metrics[`cv.${k}.sd`] = Number.isFinite(v.sd) ? v.sd : null
  }
  return {
    kind: 'classifier',
    name: opts.name ?? `${mf.target} = ${mf.positive} (${mf.name})`,
    pipeline: Preprocessor.load(mf.pipeline),
    estimator: loadEstimator(mf.estimator) as Classifier,
    target: { name: mf.target, positive: mf.positive },
    threshold: opts.threshold ?? mf.threshold,
    bands: opts.bands,
    metrics,
    training,
    schema: mf.schema,
    idColumn: opts.idColumn ?? null,
    card: { predicts: `${mf.target} = ${mf.positive}`, notes: mf.trainedOn.smote ? 'Trained with SMOTE oversampling' : undefined, ...opts.card },
    createdAt: new Date(mf.trainedOn.createdAt),
    ...(mf.settings ? { settings: mf.settings } : {}),
  }
}

/** File path for one of several models saved from one run: "out.clmodel" → "out-lr.clmodel". */
export function modelFilePathFor(path: string, modelName: string, count: number): string {
  if (count <= 1) return path
  const m = /^(.*?)(\.[^./\\]*)?$/.exec(path)!
  return `${m[1]}-${modelName.replace(/[^\p{L}\p{N}_-]+/gu, '-')}${m[2] ?? '.clmodel'}`
}

/**
 * A segmentation result (src/ml/segmentation/segment.ts clusterCustomers) as a k-means SaveInput:
 * the fitted model with its log/standardise transform and the (edited) cluster names. Apply it to
 * a customer table holding the clustered feature columns (same names, original units).
 */
export function fromClusterResult(result: ClusterResult, training: TrainingSource, opts: { name?: string; clusterNames?: string[]; idColumn?: string | null; card?: ModelCardInfo } = {}): SaveInput & { kind: 'kmeans' } {
  // The app passes the names the user sees; the CLI gets the English defaults.
  const names = opts.clusterNames ?? Array.from({ length: result.k }, (_, i) => {
    const c = result.clusters.find((x) => x.cluster === i)
    return c ? renderEnglish(c.name) : `Cluster ${i + 1}`
  })
  return {
    kind: 'kmeans',
    name: opts.name ?? `k-means segmentation (k = ${result.k}) on ${result.features.join(', ')}`,
    kmeans: result.model,
    clusterNames: names,
    training,
    idColumn: opts.idColumn ?? null,
    metrics: { inertia: result.model.inertia, silhouette: result.elbow.find((e) => e.k === result.k)?.silhouette ?? null },
    card: opts.card,
  }
}
