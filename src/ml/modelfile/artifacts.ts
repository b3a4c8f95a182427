/**
 * A model payload <-> ModelArtifacts (after tfjs-core): the payload without its weights (the
 * topology, stored in the manifest), the weight specs {name, dtype, shape} and the weights' bytes,
 * back to back in spec order. The weights are exactly those declared: by each estimator
 * (registerEstimator's WeightCodec) under "estimator/", and here for the rules' index arrays.
 * Reading checks every spec against the bytes and against the declaration, naming the weight.
 */
import { joinWeights, splitWeights, type EstimatorJSON } from '../core/estimator'
import {
  DTYPE_BYTES, WEIGHT_DTYPES, elementCount, prefixed, typedArray, weightBytes,
  type NamedWeight, type WeightData, type WeightDtype, type WeightReader, type WeightSpec,
} from '../core/weights'
import { ModelFileError } from './errors'
import type { ModelKind } from './types'
import type { MultiArmJSON } from '../uplift/multiarm'

/** The association rules' index arrays (RulesPayload): whole numbers. */
const RULE_ARRAYS = ['lhsOffsets', 'lhsItems', 'rhs', 'count', 'lhsCount', 'rhsCount'] as const

/** Split a payload (weights inside, as the estimators' JSON has them) into topology + declared weights. */
export function splitModel(kind: ModelKind, model: Record<string, unknown>): { topology: Record<string, unknown>; weights: NamedWeight[] } {
  switch (kind) {
    case 'classifier':
    case 'regressor':
    case 'kmeans': {
      const { topology, weights } = splitWeights(model.estimator as EstimatorJSON)
      return { topology: { ...model, estimator: topology }, weights: weights.map((w) => ({ spec: { ...w.spec, name: `estimator/${w.spec.name}` }, data: w.data })) }
    }
    case 'rules': {
      const topology: Record<string, unknown> = { ...model }
      const weights: NamedWeight[] = RULE_ARRAYS.map((k) => {
        const data = Int32Array.from(model[k] as number[])
        delete topology[k]
        return { spec: { name: `rules/${k}`, dtype: 'int32', shape: [data.length] }, data }
      })
      return { topology, weights }
    }
    case 'uplift': {
      // each creative's models: their estimators' declared weights under uplift/<model>/<part>/
      const weights: NamedWeight[] = []
      const multi = model.uplift as MultiArmJSON
      const models = multi.models.map((m, k) => ({
        ...m,
        parts: Object.fromEntries(Object.entries(m.parts).map(([name, part]) => {
          const sp = splitWeights(part.model)
          for (const w of sp.weights) weights.push({ spec: { ...w.spec, name: `uplift/${k}/${name}/${w.spec.name}` }, data: w.data })
          return [name, { ...part, model: sp.topology }]
        })),
      }))
      return { topology: { ...model, uplift: { ...multi, models } }, weights }
    }
    case 'pipeline':
    case 'rfm':
      return { topology: { ...model }, weights: [] }
  }
}

/** Weights back to back, in order: the specs and the bytes. */
export function packWeights(weights: NamedWeight[]): { specs: WeightSpec[]; bytes: Uint8Array } {
  const total = weights.reduce((a, w) => a + w.data.byteLength, 0)
  const bytes = new Uint8Array(total)
  let o = 0
  for (const w of weights) {
    if (elementCount(w.spec.shape) !== w.data.length) throw new Error(`weight "${w.spec.name}": shape [${w.spec.shape.join(', ')}] does not hold ${w.data.length} values`)
    bytes.set(weightBytes(w.data), o)
    o += w.data.byteLength
  }
  return { specs: weights.map((w) => ({ name: w.spec.name, dtype: w.spec.dtype, shape: [...w.spec.shape] })), bytes }
}

const shapeText = (s: readonly number[]): string => `[${s.join(', ')}]`

/**
 * Cut the weights section along the specs: every dtype known, every shape within the bytes left,
 * no bytes left over, no name twice. Errors name the weight (params.weight).
 */
export function unpackWeights(file: string, specs: WeightSpec[], bytes: Uint8Array): Map<string, { spec: WeightSpec; data: WeightData; index: number }> {
  const out = new Map<string, { spec: WeightSpec; data: WeightData; index: number }>()
  let o = 0
  specs.forEach((s, i) => {
    const at = `/weights/specs/${i}`
    if (!WEIGHT_DTYPES.includes(s.dtype)) {
      throw new ModelFileError(file, 'weight-dtype', `${at}/dtype`, `weight "${s.name}" has dtype ${JSON.stringify(s.dtype)}; known: ${WEIGHT_DTYPES.join(', ')}`, undefined, { weight: s.name, dtype: String(s.dtype) })
    }
    if (out.has(s.name)) throw new ModelFileError(file, 'weight-unexpected', `${at}/name`, `weight "${s.name}" is listed twice`, undefined, { weight: s.name })
    const need = elementCount(s.shape) * DTYPE_BYTES[s.dtype]
    const left = bytes.length - o
    if (need > left) {
      throw new ModelFileError(file, 'weight-bytes', `${at}/shape`, `weight "${s.name}" (${s.dtype} ${shapeText(s.shape)}) needs ${need} bytes, but only ${left} are left in the weights section`, undefined, { weight: s.name, need, have: left })
    }
    out.set(s.name, { spec: s, data: typedArray(s.dtype, bytes.subarray(o, o + need)), index: i })
    o += need
  })
  if (o !== bytes.length) {
    const last = specs.length ? specs[specs.length - 1].name : '(none)'
    throw new ModelFileError(file, 'weight-extra', '/weights/specs', `${bytes.length - o} bytes follow the last weight ("${last}"): the specs do not describe the whole weights section`, undefined, { weight: last, extra: bytes.length - o })
  }
  return out
}

/** Put the declared weights back into the topology; every declared weight must be there, with its dtype and shape, and no other. */
export function joinModel(file: string, kind: ModelKind, topology: Record<string, unknown>, weights: Map<string, { spec: WeightSpec; data: WeightData; index: number }>): Record<string, unknown> {
  const used = new Set<string>()
  const read: WeightReader & { has: (n: string) => boolean } = (name: string, dtype: WeightDtype, shape?: number[]) => {
    const w = weights.get(name)
    if (!w) throw new ModelFileError(file, 'weight-missing', '/weights/specs', `the model needs weight "${name}" (${dtype}), which the file does not hold`, undefined, { weight: name })
    const at = `/weights/specs/${w.index}`
    if (w.spec.dtype !== dtype) throw new ModelFileError(file, 'weight-dtype-mismatch', `${at}/dtype`, `weight "${name}" is stored as ${w.spec.dtype}; the model declares ${dtype}`, undefined, { weight: name, dtype: w.spec.dtype, expected: dtype })
    if (shape && (shape.length !== w.spec.shape.length || shape.some((d, k) => d !== w.spec.shape[k]))) {
      throw new ModelFileError(file, 'weight-shape', `${at}/shape`, `weight "${name}" has shape ${shapeText(w.spec.shape)}; the model declares ${shapeText(shape)}`, undefined, { weight: name, shape: shapeText(w.spec.shape), expected: shapeText(shape) })
    }
    used.add(name)
    return w.data
  }
  read.has = (n) => weights.has(n)
  let model: Record<string, unknown>
  try {
    switch (kind) {
      case 'classifier':
      case 'regressor':
      case 'kmeans':
        model = { ...topology, estimator: joinWeights(topology.estimator as EstimatorJSON, prefixed(read, 'estimator')) }
        break
      case 'uplift': {
        const multi = topology.uplift as MultiArmJSON
        if (!Array.isArray(multi?.models)) throw new Error('the uplift models are missing')
        const models = multi.models.map((m, k) => {
          if (!m || typeof m !== 'object' || !m.parts || typeof m.parts !== 'object') throw new Error(`uplift model ${k} has no parts`)
          return {
            ...m,
            parts: Object.fromEntries(Object.entries(m.parts).map(([name, part]) => [name, { ...part, model: joinWeights(part.model, prefixed(read, `uplift/${k}/${name}`)) }])),
          }
        })
        model = { ...topology, uplift: { ...multi, models } }
        break
      }
      case 'rules':
        model = { ...topology }
        for (const k of RULE_ARRAYS) model[k] = Array.from(read(`rules/${k}`, 'int32'))
        break
      default:
        model = { ...topology }
    }
  } catch (e) {
    if (e instanceof ModelFileError) throw e
    throw new ModelFileError(file, 'model', '/model', `the model cannot be rebuilt: ${(e as Error)?.message ?? String(e)}`)
  }
  for (const [name, w] of weights) {
    if (!used.has(name)) throw new ModelFileError(file, 'weight-unexpected', `/weights/specs/${w.index}`, `weight "${name}" is not one the model declares`, undefined, { weight: name })
  }
  return model
}
