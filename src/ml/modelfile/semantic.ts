/**
 * Semantic checks of a rebuilt model, after the integrity check. A file's SHA-256 proves that it
 * was not damaged, not who made it: anyone can edit a model and recompute the hashes. So every
 * hyper-parameter and weight is checked against the model's own shape and every number must be
 * finite, and the work one scored row costs is estimated and refused above a stated budget —
 * before a single customer is scored.
 */
import type { Classifier, Estimator, Regressor } from '../core/estimator'
import type { KMeansModel } from '../clustering/kmeans'
import { ModelFileError } from './errors'

/** Arithmetic one scored row may cost (KNN: training rows × inputs; MLP: weights; forests: nodes visited). */
export const MAX_OPS_PER_ROW = 50_000_000
/** Memory a rebuilt model may hold (its arrays), in bytes. */
export const MAX_MODEL_MEMORY = 1.5 * 1024 ** 3

type Any = Record<string, unknown>

/** Fitted scalars every score depends on (logistic/linear intercept, SVM rho and gamma, boosting baseline). */
const SCALARS = new Set(['intercept', 'rho', 'gammaValue', 'baseline'])

const isTyped = (v: unknown): v is Float64Array | Float32Array => v instanceof Float64Array || v instanceof Float32Array

/** Pointer-style name of a field for messages, e.g. /model/estimator/threshold. */
function at(pointer: string, key: string | number): string {
  return `${pointer}/${key}`
}

/** Every float array and number of a rebuilt object must be finite (NaN never; ±Infinity only where a parameter means "none"). */
function checkFinite(file: string, obj: unknown, pointer: string, depth: number, seen: Set<unknown>): number {
  if (!obj || typeof obj !== 'object' || seen.has(obj) || depth > 6) return 0
  seen.add(obj)
  let bytes = 0
  for (const [k, v] of Object.entries(obj as Any)) {
    if (k === 'index' || k === 'cache') continue
    // JSON has no NaN or Infinity: an edited file writes null there, which must not reach a score
    if (SCALARS.has(k) && typeof v !== 'number' && v !== undefined) throw new ModelFileError(file, 'model', at(pointer, k), `is ${v === null ? 'empty (null)' : typeof v}: expected a finite number (the file was edited or damaged)`)
    if (isTyped(v)) {
      bytes += v.byteLength
      for (let i = 0; i < v.length; i++) {
        if (!Number.isFinite(v[i])) throw new ModelFileError(file, 'model', at(pointer, k), `value ${i} is ${String(v[i])}: a model's weights must be finite numbers (the file was edited or damaged)`)
      }
    } else if (ArrayBuffer.isView(v)) {
      bytes += v.byteLength
    } else if (typeof v === 'number') {
      // fitted scalars that enter every score; diagnostics such as a k-means inertia may be NaN legitimately
      if (SCALARS.has(k) && !Number.isFinite(v)) throw new ModelFileError(file, 'model', at(pointer, k), `is ${String(v)}: expected a finite number (the file was edited or damaged)`)
      if (k !== 'C' && depth > 0 && pointer.endsWith('/options') && Number.isNaN(v)) throw new ModelFileError(file, 'model', at(pointer, k), 'is not a number (NaN)')
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (isTyped(x)) {
          bytes += x.byteLength
          for (let j = 0; j < x.length; j++) if (!Number.isFinite(x[j])) throw new ModelFileError(file, 'model', at(at(pointer, k), i), `value ${j} is ${String(x[j])}: a model's weights must be finite numbers (the file was edited or damaged)`)
        } else if (typeof x === 'number') {
          if (!Number.isFinite(x)) throw new ModelFileError(file, 'model', at(at(pointer, k), i), `is ${String(x)}: expected a finite number`)
        } else bytes += checkFinite(file, x, at(at(pointer, k), i), depth + 1, seen)
      })
    } else if (v && typeof v === 'object') {
      bytes += checkFinite(file, v, at(pointer, k), depth + 1, seen)
    }
  }
  return bytes
}

function positiveInt(file: string, v: unknown, pointer: string, what: string, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
    throw new ModelFileError(file, 'model', pointer, `${what} must be a whole number from 1 to ${max.toLocaleString('en')}, got ${String(v)}`)
  }
  return v
}

/** Operations to score one row, from the model's own sizes (checking them on the way). */
function opsPerRow(file: string, est: Estimator, pointer: string, nFeatures: number): number {
  const e = est as unknown as Any
  switch (est.kind) {
    case 'logistic':
    case 'linear':
      return nFeatures
    case 'knn': {
      const n = e.n as number
      const p = e.p as number
      positiveInt(file, n, at(pointer, 'state/n'), 'the number of training rows')
      if (p !== nFeatures) throw new ModelFileError(file, 'model', at(pointer, 'state/p'), `KNN stores rows of ${p} inputs, but the pipeline makes ${nFeatures}`)
      const X = e.X as Float64Array
      if (X.length !== n * p) throw new ModelFileError(file, 'model', at(pointer, 'state/X'), `holds ${X.length} numbers, expected ${n} rows × ${p} inputs`)
      if ((e.y as Uint8Array).length !== n) throw new ModelFileError(file, 'model', at(pointer, 'state/y'), `holds ${(e.y as Uint8Array).length} labels for ${n} rows`)
      const k = (e.options as Any).k
      positiveInt(file, k, at(pointer, 'params/k'), 'k (neighbours)', n)
      return n * p + (k as number)
    }
    case 'tree':
      return (e.feature as Int32Array).length
    case 'rf':
    case 'gbt':
      // every tree is walked once per row: at most its depth, bounded by the node count
      return (e.feature as Int32Array).length
    case 'svm': {
      const sv = e.sv as Float64Array
      const coef = e.coef as Float64Array
      const nf = e.nFeatures as number
      if (nf !== nFeatures) throw new ModelFileError(file, 'model', at(pointer, 'state/nFeatures'), `the SVM expects ${nf} inputs, but the pipeline makes ${nFeatures}`)
      if (nf > 0 && sv.length !== coef.length * nf) throw new ModelFileError(file, 'model', at(pointer, 'state/supportVectors'), `holds ${sv.length} numbers, expected ${coef.length} support vectors × ${nf} inputs`)
      const g = e.gammaValue
      const needsGamma = (e.options as Any).kernel !== 'linear'
      if (typeof g === 'number' && !((needsGamma ? g > 0 : g >= 0) && Number.isFinite(g))) throw new ModelFileError(file, 'model', at(pointer, 'state/gamma'), `gamma must be a positive number, got ${g}`)
      return sv.length + coef.length
    }
    case 'mlp': {
      const sizes = e.sizes as number[]
      const W = e.W as Float32Array[]
      const b = e.b as Float32Array[]
      if (!Array.isArray(sizes) || sizes.length < 2 || sizes[0] !== nFeatures) throw new ModelFileError(file, 'model', at(pointer, 'state/sizes'), `the network's layer sizes ${JSON.stringify(sizes)} do not start with the pipeline's ${nFeatures} inputs`)
      let ops = 0
      for (let l = 0; l + 1 < sizes.length; l++) {
        positiveInt(file, sizes[l + 1], at(pointer, `state/sizes/${l + 1}`), 'a layer size', 1_000_000)
        if (W[l]?.length !== sizes[l] * sizes[l + 1]) throw new ModelFileError(file, 'model', at(pointer, `state/weights/${l}`), `layer ${l + 1} holds ${W[l]?.length ?? 0} weights, expected ${sizes[l]} × ${sizes[l + 1]}`)
        if (b[l]?.length !== sizes[l + 1]) throw new ModelFileError(file, 'model', at(pointer, `state/biases/${l}`), `layer ${l + 1} holds ${b[l]?.length ?? 0} biases, expected ${sizes[l + 1]}`)
        ops += sizes[l] * sizes[l + 1]
      }
      return ops
    }
    case 'vote': {
      const members = e.members as Array<{ name: string; estimator: Estimator }>
      const w = e.weights as ArrayLike<number>
      if (w && w.length !== members.length) throw new ModelFileError(file, 'model', at(pointer, 'params/weights'), `${w.length} weights for ${members.length} members`)
      return members.reduce((s, m, i) => s + opsPerRow(file, m.estimator, at(pointer, `state/members/${i}`), nFeatures), 0)
    }
    default:
      return nFeatures
  }
}

function checkBudget(file: string, pointer: string, ops: number, bytes: number): void {
  if (ops > MAX_OPS_PER_ROW) {
    throw new ModelFileError(file, 'model', pointer, `scoring one customer would take about ${ops.toExponential(1)} operations, above this app's limit of ${MAX_OPS_PER_ROW.toExponential(0)}: the model is too large to score in a browser tab`)
  }
  if (bytes > MAX_MODEL_MEMORY) {
    throw new ModelFileError(file, 'model', pointer, `the model would take ${(bytes / 1024 ** 3).toFixed(1)} GB of memory, above this app's limit of ${(MAX_MODEL_MEMORY / 1024 ** 3).toFixed(1)} GB`)
  }
}

/** Check a rebuilt classifier or regressor against the pipeline it reads from; returns its estimated cost per row. */
export function checkEstimatorSemantics(file: string, est: Classifier | Regressor, pointer: string, nFeatures: number): { opsPerRow: number; bytes: number } {
  const bytes = checkFinite(file, est, pointer, 0, new Set())
  const ops = opsPerRow(file, est, pointer, nFeatures)
  checkBudget(file, pointer, ops, bytes)
  return { opsPerRow: ops, bytes }
}

/** k-means: finite centres and transform, and a bounded cost per row. */
export function checkKMeansSemantics(file: string, km: KMeansModel, pointer: string): { opsPerRow: number; bytes: number } {
  const bytes = checkFinite(file, km, pointer, 0, new Set())
  const nf = km.transform?.names.length ?? 0
  const ops = km.k * Math.max(1, nf)
  checkBudget(file, pointer, ops, bytes)
  return { opsPerRow: ops, bytes }
}
