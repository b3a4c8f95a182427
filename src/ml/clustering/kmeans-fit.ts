/** k-means options and the fit loop: n_init runs of Lloyd from k-means++ (or random) centres. */
import { MessageError } from '../core/message'
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import type { LogMode } from './transform'
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'
import { NumpyRandomState } from './mt19937'
import { kmeansPlusPlus, randomInit, type KMeansRandom } from './kmeans-init'
import { absoluteTolerance, assign, countDistinctRows, lloyd, type KMeansRun, type KMeansStep } from './kmeans-kernels'

export interface KMeansOptions {
  k: number
  nInit: number
  maxIter: number
  /** relative tolerance, scaled by the mean per-feature variance of the clustered data (sklearn) */
  tol: number
  seed: number
  init: 'k-means++' | 'random'
  /** log transform before clustering (true = natural log; 'log1p' for data with zeros) */
  log: boolean | LogMode | LogMode[]
  standardize: boolean
  /** feature names (default x1..xp) */
  featureNames?: string[]
  /**
   * random stream: 'numpy' (default) reproduces numpy's RandomState(seed) as scikit-learn uses it
   * (one stream shared by the n_init runs), so seed 42 gives sklearn's k-means++ starting centres;
   * 'xoshiro' uses the app's Rng, forked per run
   */
  random: 'numpy' | 'xoshiro'
}

export const defaultKMeansOptions: KMeansOptions = {
  k: 8,
  nInit: 10,
  maxIter: 300,
  tol: 1e-4,
  seed: 42,
  init: 'k-means++',
  log: false,
  standardize: false,
  random: 'numpy',
}

export function validateKMeansOptions(o: KMeansOptions): void {
  if (!Number.isInteger(o.k) || o.k < 1) throw new MessageError('cluster.error.whole', { name: 'k', min: '1', value: String(o.k) })
  if (!Number.isInteger(o.nInit) || o.nInit < 1) throw new MessageError('cluster.error.whole', { name: 'n_init', min: '1', value: String(o.nInit) })
  if (!Number.isInteger(o.maxIter) || o.maxIter < 1) throw new MessageError('cluster.error.whole', { name: 'max_iter', min: '1', value: String(o.maxIter) })
  if (!(o.tol >= 0)) throw new MessageError('cluster.error.tol', { value: String(o.tol) })
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) throw new MessageError('cluster.error.seed', { value: String(o.seed) })
  if (o.random !== 'numpy' && o.random !== 'xoshiro') throw new MessageError('ml.error.oneOf', { name: 'random', allowed: 'numpy, xoshiro', value: String(o.random) })
}

export interface KMeansFit {
  /** k × p centres in the clustered space */
  centers: Float64Array
  labels: Int32Array
  /** inertia in the clustered space */
  inertia: number
  nIter: number
  converged: boolean
  /** inertia of every init run, in run order */
  runInertias: number[]
}

/**
 * k-means on an already-transformed matrix, as a generator (yields after each Lloyd iteration of
 * each init). Validates k against the number of distinct points.
 */
export function* kmeansSteps(X: Matrix, options: Partial<KMeansOptions> = {}): Generator<KMeansStep, KMeansFit> {
  const o: KMeansOptions = { ...defaultKMeansOptions, ...options }
  validateKMeansOptions(o)
  const n = X.rows
  if (n === 0) throw new MessageError('cluster.error.noRows')
  if (o.k > n) throw new MessageError('cluster.error.kTooLarge', { k: o.k, n })
  const distinct = countDistinctRows(X, o.k)
  if (distinct === 1 && n > 1 && o.k > 1) throw new MessageError('cluster.error.identical')
  if (distinct < o.k) throw new MessageError('cluster.error.kDistinct', { k: o.k, n: distinct })
  const tolAbs = absoluteTolerance(X, o.tol)
  const shared = o.random === 'numpy' ? new NumpyRandomState(o.seed >>> 0) : null
  const rng = new Rng(o.seed)
  let best: KMeansRun | null = null
  const runInertias: number[] = []
  for (let r = 0; r < o.nInit; r++) {
    const runRng: KMeansRandom = shared ?? rng.fork()
    const init = o.init === 'random' ? randomInit(X, o.k, runRng) : kmeansPlusPlus(X, o.k, runRng)
    const res: KMeansRun = yield* lloyd(X, init, o.maxIter, tolAbs, r, o.nInit)
    runInertias.push(res.inertia)
    if (best === null || res.inertia < best.inertia) best = res
  }
  return { centers: best!.centers, labels: best!.labels, inertia: best!.inertia, nIter: best!.nIter, converged: best!.converged, runInertias }
}

/**
 * Drive a k-means generator to its end, reporting progress and honouring cancel: the one loop
 * behind kmeans runs in the workers, the elbow and `KMeansModel.fit`.
 */
export function runSteps<T = KMeansFit>(gen: Generator<KMeansStep, T>, control?: RunControl, from = 0, to = 1): T {
  let last = 0
  for (;;) {
    const s = gen.next()
    if (s.done) return s.value
    checkCancel(control?.cancel)
    const st = s.value
    if (control?.onProgress) {
      const now = Date.now()
      if (now - last > 50) {
        last = now
        const f = (st.run + Math.min(1, st.iter / Math.min(st.maxIter, 50))) / st.nInit
        control.onProgress(from + (to - from) * Math.min(1, f), `k-means: init ${st.run + 1}/${st.nInit}, iteration ${st.iter}`)
      }
    }
  }
}

/** Nearest-centre label of every row of an already-transformed matrix. */
export function assignLabels(X: Matrix, centers: Float64Array): Int32Array {
  const labels = new Int32Array(X.rows)
  assign(X.data, X.rows, X.cols, centers.length / X.cols, centers, labels, null, null)
  return labels
}
