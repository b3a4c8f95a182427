import type { Matrix } from './matrix'
import type { RunControl } from './progress'
import type { NamedWeight, WeightCodec, WeightReader } from './weights'

/**
 * The one estimator contract (after scikit-learn's fit/predict and mljs' toJSON/load).
 * Classification here is binary: y holds 0/1 and predictProba returns P(y = 1) per row.
 * `kind` is a stable string checked on load — never constructor.name, which minifiers rename.
 */
export interface EstimatorJSON {
  kind: string
  /** parameters the estimator was created with */
  params: Record<string, unknown>
  /** fitted state (plain JSON; large float arrays may be base64 via encodeFloat64) */
  state: Record<string, unknown>
  /** true when the fitted state holds training rows (KNN, SVM support vectors) */
  containsTrainingRows?: boolean
}

export interface Classifier {
  readonly kind: string
  fit(X: Matrix, y: Uint8Array, control?: RunControl): void | Promise<void>
  /** hard 0/1 predictions (threshold 0.5 on predictProba unless the model defines otherwise, e.g. SVM's decision function) */
  predict(X: Matrix): Uint8Array
  /** P(y = 1) per row */
  predictProba(X: Matrix): Float64Array
  toJSON(): EstimatorJSON
}

export interface Regressor {
  readonly kind: string
  fit(X: Matrix, y: Float64Array, control?: RunControl): void | Promise<void>
  predict(X: Matrix): Float64Array
  toJSON(): EstimatorJSON
}

/** Unsupervised: fit on X alone, predict a group label per row (k-means). */
export interface Clusterer {
  readonly kind: string
  fit(X: Matrix, control?: RunControl): unknown
  predict(X: Matrix): Int32Array
  toJSON(): EstimatorJSON
}

export type Estimator = Classifier | Regressor | Clusterer

type Loader = (json: EstimatorJSON) => Estimator

const registry = new Map<string, { load: Loader; weights: WeightCodec }>()

/**
 * Register how a kind is rebuilt from JSON and which arrays of its state are its weights (each
 * estimator module calls this once): a model file stores exactly the declared weights.
 */
export function registerEstimator(kind: string, load: Loader, weights: WeightCodec): void {
  registry.set(kind, { load, weights })
}

function entry(kind: unknown): { load: Loader; weights: WeightCodec } {
  const e = registry.get(kind as string)
  if (!e) throw new Error(`Unknown model kind "${String(kind)}" (known: ${[...registry.keys()].sort().join(', ')})`)
  return e
}

/** Rebuild an estimator from its JSON; unknown kinds are refused with the kind named. */
export function loadEstimator(json: EstimatorJSON): Estimator {
  return entry(json?.kind).load(json)
}

/** An estimator's JSON as a weight-free topology and its declared weights (names relative to the estimator). */
export function splitWeights(json: EstimatorJSON): { topology: EstimatorJSON; weights: NamedWeight[] } {
  return entry(json?.kind).weights.split(json)
}

/** The estimator's JSON from a topology and its declared weights, read through `read`. */
export function joinWeights(topology: EstimatorJSON, read: WeightReader): EstimatorJSON {
  return entry(topology?.kind).weights.join(topology, read)
}

export function registeredKinds(): string[] {
  return [...registry.keys()].sort()
}

/** Float64Array <-> base64 (little-endian IEEE-754), so weights round-trip bit for bit. */
export function encodeFloat64(a: Float64Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
  return bytesToBase64(bytes)
}

export function decodeFloat64(s: string): Float64Array {
  const bytes = base64ToBytes(s)
  if (bytes.length % 8 !== 0) throw new Error('decodeFloat64: byte length is not a multiple of 8')
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return new Float64Array(copy.buffer)
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

export function bytesToBase64(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2]
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63]
  }
  const rem = bytes.length - i
  if (rem === 1) {
    const n = bytes[i] << 16
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + '=='
  } else if (rem === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8)
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + '='
  }
  return out
}

export function base64ToBytes(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '')
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new Error('base64: invalid character')
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let buf = 0
  let bits = 0
  let o = 0
  for (let i = 0; i < clean.length; i++) {
    buf = (buf << 6) | B64.indexOf(clean[i])
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (buf >> bits) & 255
    }
  }
  return out.subarray(0, o)
}
