/**
 * Declared weights (after tfjs-core's ModelArtifacts: a weight-free topology plus `weightSpecs`
 * {name, dtype, shape} and the raw bytes). Every estimator registers a WeightCodec that names the
 * arrays of its fitted state, their number type and shape, so a model file stores exactly those
 * and reads exactly those back: nothing is found by looking at values, no type is guessed.
 */
import { base64ToBytes, bytesToBase64, type EstimatorJSON } from './estimator'

export type WeightDtype = 'float64' | 'float32' | 'int32' | 'uint8'
export const WEIGHT_DTYPES: readonly WeightDtype[] = ['float64', 'float32', 'int32', 'uint8']
export const DTYPE_BYTES: Record<WeightDtype, number> = { float64: 8, float32: 4, int32: 4, uint8: 1 }

export type WeightData = Float64Array | Float32Array | Int32Array | Uint8Array

export interface WeightSpec {
  /** '/'-separated, unique in a file, e.g. "estimator/coef", "estimator/members/1/threshold" */
  name: string
  dtype: WeightDtype
  shape: number[]
}

export interface NamedWeight {
  spec: WeightSpec
  data: WeightData
}

/**
 * Reads a declared weight back. The model file implements it: the weight must be in the file, with
 * this dtype, and with this shape when one is given (else any shape whose size the bytes hold).
 */
export type WeightReader = (name: string, dtype: WeightDtype, shape?: number[]) => WeightData

/** How an estimator's JSON splits into a weight-free topology and its declared weights, and back. */
export interface WeightCodec {
  split(json: EstimatorJSON): { topology: EstimatorJSON; weights: NamedWeight[] }
  join(topology: EstimatorJSON, read: WeightReader): EstimatorJSON
}

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1)
}

export function typedArray(dtype: WeightDtype, bytes: Uint8Array): WeightData {
  // a copy: views of float arrays need their own aligned buffer
  const c = new Uint8Array(bytes.length)
  c.set(bytes)
  switch (dtype) {
    case 'float64': return new Float64Array(c.buffer)
    case 'float32': return new Float32Array(c.buffer)
    case 'int32': return new Int32Array(c.buffer)
    case 'uint8': return c
  }
}

export function weightBytes(a: WeightData): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength)
}

function fromNumbers(dtype: WeightDtype, v: ArrayLike<number>): WeightData {
  switch (dtype) {
    case 'float64': return Float64Array.from(v)
    case 'float32': return Float32Array.from(v)
    case 'int32': return Int32Array.from(v)
    case 'uint8': return Uint8Array.from(v)
  }
}

/** One array of an estimator's `state`. */
export interface StateWeight {
  /** key in `state` */
  key: string
  dtype: WeightDtype
  /** how the estimator's JSON writes it: base64 of the little-endian bytes, or a JSON number array */
  as: 'base64' | 'array'
  /** `state[key]` is a list of such arrays (MLP layers): weights "key/0", "key/1", …; the topology keeps `{ $count: n }` there */
  list?: boolean
  /** old files may lack it (the estimator's load has a default) */
  optional?: boolean
  /** the shape the topology implies (list: of element i); default: one dimension, any length */
  shape?: (state: Record<string, unknown>, i: number, params: Record<string, unknown>) => number[] | undefined
}

function toTyped(d: StateWeight, v: unknown, where: string): WeightData {
  if (d.as === 'base64') {
    if (typeof v !== 'string') throw new Error(`${where}: expected a base64 string`)
    const bytes = base64ToBytes(v)
    if (bytes.length % DTYPE_BYTES[d.dtype] !== 0) throw new Error(`${where}: ${bytes.length} bytes is not a whole number of ${d.dtype} values`)
    return typedArray(d.dtype, bytes)
  }
  if (!Array.isArray(v)) throw new Error(`${where}: expected an array of numbers`)
  return fromNumbers(d.dtype, v as number[])
}

function fromTyped(d: StateWeight, a: WeightData): unknown {
  return d.as === 'base64' ? bytesToBase64(weightBytes(a)) : Array.from(a)
}

/** A WeightCodec over a declared list of `state` arrays (everything else of the JSON is topology). */
export function stateWeights(decls: StateWeight[]): WeightCodec {
  return {
    split(json) {
      const state: Record<string, unknown> = { ...json.state }
      const weights: NamedWeight[] = []
      for (const d of decls) {
        const v = state[d.key]
        delete state[d.key]
        if (v === undefined || v === null) {
          if (d.optional) continue
          throw new Error(`${json.kind}: state.${d.key} is missing`)
        }
        const items = d.list ? (Array.isArray(v) ? v : null) : [v]
        if (!items) throw new Error(`${json.kind}: state.${d.key} must be a list`)
        if (d.list) state[d.key] = { $count: items.length }
        items.forEach((x, i) => {
          const name = d.list ? `${d.key}/${i}` : d.key
          const data = toTyped(d, x, `${json.kind}: state.${name}`)
          weights.push({ spec: { name, dtype: d.dtype, shape: d.shape?.(json.state, i, json.params) ?? [data.length] }, data })
        })
      }
      return { topology: { ...json, state }, weights }
    },
    join(topology, read) {
      const state: Record<string, unknown> = { ...topology.state }
      for (const d of decls) {
        if (d.list) {
          const c = (state[d.key] as { $count?: unknown } | undefined)?.$count
          if (c === undefined && d.optional) continue
          if (typeof c !== 'number' || !Number.isInteger(c) || c < 0) throw new Error(`${topology.kind}: state.${d.key} must give the number of its arrays`)
          state[d.key] = Array.from({ length: c }, (_, i) => fromTyped(d, read(`${d.key}/${i}`, d.dtype, d.shape?.(state, i, topology.params))))
        } else {
          if (d.optional && state[d.key] === undefined && !readerHas(read, d.key)) continue
          state[d.key] = fromTyped(d, read(d.key, d.dtype, d.shape?.(state, 0, topology.params)))
        }
      }
      return { ...topology, state }
    },
  }
}

/** Optional weights: a reader may tell whether a name is present (`read.has`). */
function readerHas(read: WeightReader, name: string): boolean {
  const has = (read as WeightReader & { has?: (n: string) => boolean }).has
  return has ? has(name) : true
}

/** A reader of the weights under `prefix/` (nested estimators: ensemble members). */
export function prefixed(read: WeightReader, prefix: string): WeightReader {
  const r: WeightReader & { has?: (n: string) => boolean } = (name, dtype, shape) => read(`${prefix}/${name}`, dtype, shape)
  const has = (read as WeightReader & { has?: (n: string) => boolean }).has
  if (has) r.has = (n) => has(`${prefix}/${n}`)
  return r
}
