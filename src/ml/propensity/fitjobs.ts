/**
 * One model fit as a self-contained job: the unit that cross-validation folds, grid points and
 * final fits are cut into, so that a runner can spread them over several workers. A job carries
 * its matrices and parameters and returns plain data (predictions, decision values, the fitted
 * estimator's JSON), and is deterministic: every estimator is seeded through its parameters, so
 * the same job gives the same numbers in any worker, in any order.
 */
import type { Matrix } from '../core/matrix'
import { loadEstimator, type Classifier, type EstimatorJSON } from '../core/estimator'
import { checkCancel, subProgress, yieldToEvents, type RunControl } from '../core/progress'
import { MODELS, type ModelName } from './models'
import { SVC } from '../estimators/svm'
import { threshold } from '../estimators/_shared/util'

export interface FitJob {
  model: ModelName
  params: Record<string, unknown>
  Xtr: Matrix
  ytr: Uint8Array
  /** rows to predict after fitting (a CV fold's validation rows) */
  Xva?: Matrix
  /** also return the decision values (SVM), with predict = their sign */
  decision?: boolean
  /** return the fitted estimator (final fits) */
  keepModel?: boolean
}

export interface FitOutput {
  /** the fitted estimator itself, when the job ran in this thread and keepModel was asked */
  estimator?: Classifier
  proba?: Float64Array
  pred?: Uint8Array
  dec?: Float64Array
  model?: EstimatorJSON
  /** seconds spent fitting (not predicting) */
  seconds: number
}

/** Runs jobs (in any order, possibly in parallel) and returns their outputs in job order. */
export type FitRunner = (jobs: FitJob[], control?: RunControl) => Promise<FitOutput[]>

/** Fit, then predict the job's validation rows; the estimator is returned only when asked. */
export async function runFitJob(job: FitJob, control?: RunControl): Promise<FitOutput & { estimator: Classifier }> {
  const info = MODELS[job.model]
  if (!info) throw new RangeError(`Unknown model "${String(job.model)}"`)
  const m = info.make(job.params)
  const t0 = performance.now()
  await m.fit(job.Xtr, job.ytr, control)
  const out: FitOutput & { estimator: Classifier } = { seconds: (performance.now() - t0) / 1000, estimator: m }
  if (job.Xva) {
    if (job.decision && m instanceof SVC) {
      // one pass: the sign is predict(), a monotone probability serves the rank scores
      const dec = m.decisionFunction(job.Xva)
      out.dec = dec
      out.pred = Uint8Array.from(dec, (d) => (d > 0 ? 1 : 0))
      out.proba = m.probabilityOf(dec.slice())
    } else {
      Object.assign(out, probaAndPredict(m, job.Xva))
    }
  }
  if (job.keepModel) out.model = m.toJSON()
  return out
}

/** Estimators whose predict() is exactly predict_proba() > 0.5 (ties to class 0, as sklearn's argmax). */
const PREDICT_IS_THRESHOLD = new Set(['knn', 'tree', 'rf', 'gbt', 'mlp', 'vote'])

/** predict_proba and predict with one pass over the rows where predict is its threshold (KNN searched twice). */
export function probaAndPredict(m: Classifier, X: Matrix): { proba: Float64Array; pred: Uint8Array } {
  const proba = m.predictProba(X)
  return { proba, pred: PREDICT_IS_THRESHOLD.has(m.kind) ? threshold(proba) : m.predict(X) }
}

/** The in-process runner: one job after another (Node, tests, and a worker without a pool). */
export const sequentialRunner: FitRunner = async (jobs, control) => {
  const out: FitOutput[] = []
  for (let k = 0; k < jobs.length; k++) {
    await yieldToEvents()
    checkCancel(control?.cancel)
    control?.onProgress?.(k / jobs.length, `fit ${k + 1}/${jobs.length}`)
    const { estimator, ...o } = await runFitJob(jobs[k], { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, k / jobs.length, (k + 1) / jobs.length) })
    out.push(jobs[k].keepModel ? { ...o, estimator } : o)
  }
  return out
}

/** The estimator of a final-fit output (kept by the in-process runner, rebuilt from JSON otherwise). */
export function estimatorOf(o: FitOutput): Classifier {
  if (o.estimator) return o.estimator
  if (!o.model) throw new Error('a final fit returned no model')
  return loadEstimator(o.model) as Classifier
}
