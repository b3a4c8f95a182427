/**
 * PCA for the 2-D cluster map: covariance of the (transformed) features, eigen-decomposed with
 * cyclic Jacobi rotations (p is small), points projected on the first two components. Beyond
 * `maxPoints` rows the returned coordinates are a seeded random sample (the components use all rows).
 * Each component's sign is fixed so its largest loading is positive (stable across runs).
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'

export interface PcaOptions {
  components: number
  /** at most this many points are returned for display (seeded sample above it) */
  maxPoints: number
  seed: number
}

export const defaultPcaOptions: PcaOptions = { components: 2, maxPoints: 20_000, seed: 42 }

export interface PcaResult {
  /** variance explained by each returned component, 0..1 */
  explainedVarianceRatio: number[]
  /** eigenvalues (population covariance) of every component, descending */
  eigenvalues: number[]
  /** loadings: components × p, row-major */
  components: number[][]
  mean: number[]
  /** row indices (into the input) of the returned points, ascending */
  index: Int32Array
  /** coordinates of the returned points: coords[c][t] is component c of point index[t] */
  coords: Float32Array[]
  sampled: boolean
}

/** Eigen-decomposition of a symmetric matrix (row-major p × p): values descending, vectors as rows. */
export function symmetricEigen(A: Float64Array, p: number): { values: number[]; vectors: number[][] } {
  const a = Float64Array.from(A)
  const v = new Float64Array(p * p)
  for (let i = 0; i < p; i++) v[i * p + i] = 1
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0
    for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) off += a[i * p + j] ** 2
    if (off < 1e-30) break
    for (let pi = 0; pi < p; pi++) {
      for (let q = pi + 1; q < p; q++) {
        const apq = a[pi * p + q]
        if (Math.abs(apq) < 1e-300) continue
        const theta = (a[q * p + q] - a[pi * p + pi]) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1), s = t * c
        for (let k = 0; k < p; k++) {
          const akp = a[k * p + pi], akq = a[k * p + q]
          a[k * p + pi] = c * akp - s * akq
          a[k * p + q] = s * akp + c * akq
        }
        for (let k = 0; k < p; k++) {
          const apk = a[pi * p + k], aqk = a[q * p + k]
          a[pi * p + k] = c * apk - s * aqk
          a[q * p + k] = s * apk + c * aqk
        }
        for (let k = 0; k < p; k++) {
          const vkp = v[k * p + pi], vkq = v[k * p + q]
          v[k * p + pi] = c * vkp - s * vkq
          v[k * p + q] = s * vkp + c * vkq
        }
      }
    }
  }
  const order = Array.from({ length: p }, (_, i) => i).sort((x, y) => a[y * p + y] - a[x * p + x])
  return {
    values: order.map((i) => Math.max(0, a[i * p + i])),
    vectors: order.map((i) => {
      const vec = Array.from({ length: p }, (_, k) => v[k * p + i])
      let big = 0
      for (let k = 1; k < p; k++) if (Math.abs(vec[k]) > Math.abs(vec[big])) big = k
      return vec[big] < 0 ? vec.map((x) => -x) : vec
    }),
  }
}

/** PCA of X (already transformed as clustered), with display coordinates. */
export function pca(X: Matrix, options: Partial<PcaOptions> = {}): PcaResult {
  const o = { ...defaultPcaOptions, ...options }
  const { rows: n, cols: p, data } = X
  if (n < 2) throw new RangeError('PCA needs at least 2 rows')
  const mean = new Array<number>(p).fill(0)
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) mean[j] += data[i * p + j]
  for (let j = 0; j < p; j++) mean[j] /= n
  const cov = new Float64Array(p * p)
  const row = new Float64Array(p)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < p; j++) row[j] = data[i * p + j] - mean[j]
    for (let j = 0; j < p; j++) {
      const r = row[j]
      for (let l = j; l < p; l++) cov[j * p + l] += r * row[l]
    }
  }
  for (let j = 0; j < p; j++) for (let l = j; l < p; l++) {
    cov[j * p + l] /= n
    cov[l * p + j] = cov[j * p + l]
  }
  const { values, vectors } = symmetricEigen(cov, p)
  const total = values.reduce((s, x) => s + x, 0)
  const nc = Math.min(o.components, p)
  let index: Int32Array
  let sampled = false
  if (n > o.maxPoints) {
    index = new Rng(o.seed).sample(n, o.maxPoints).sort()
    sampled = true
  } else index = Int32Array.from({ length: n }, (_, i) => i)
  const coords: Float32Array[] = []
  for (let c = 0; c < nc; c++) {
    const w = vectors[c]
    const out = new Float32Array(index.length)
    for (let t = 0; t < index.length; t++) {
      const i = index[t]
      let s = 0
      for (let j = 0; j < p; j++) s += (data[i * p + j] - mean[j]) * w[j]
      out[t] = s
    }
    coords.push(out)
  }
  return {
    explainedVarianceRatio: values.slice(0, nc).map((v) => (total > 0 ? v / total : 0)),
    eigenvalues: values,
    components: vectors.slice(0, nc),
    mean,
    index,
    coords,
    sampled,
  }
}
