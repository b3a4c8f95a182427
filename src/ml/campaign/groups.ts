/**
 * Groups for creatives: k-means on the chosen customers' numeric features (standardised), with an
 * elbow curve and a plain-language profile of each group to brief one creative per group.
 *
 * The k-means routine is injectable (`KMeansFn`) so the app can pass src/ml/clustering's
 * implementation; `lloydKMeans` below (k-means++ init, Lloyd iterations, best of nInit runs) is the
 * default and keeps this module self-contained.
 */
import { matrix, type Matrix } from '../core/matrix'
import { checkCancel, type RunControl } from '../core/progress'
import { Rng } from '../core/random'
import { getColumn, numericValues, type Table } from '../../data/table'

export interface KMeansResult {
  labels: Int32Array
  /** k × p centres in the space the data was given in */
  centers: Matrix
  inertia: number
}

export type KMeansFn = (X: Matrix, k: number, seed: number, control?: RunControl) => KMeansResult

/** Lloyd's k-means with k-means++ initialisation, best of `nInit` runs by inertia. */
export function lloydKMeans(X: Matrix, k: number, seed: number, control?: RunControl, nInit = 10, maxIter = 300): KMeansResult {
  const { rows: n, cols: p, data } = X
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number ≥ 1, got ${k}`)
  if (k > n) throw new RangeError(`Cannot make ${k} groups from ${n} customers`)
  const rng = new Rng(seed)
  let best: KMeansResult | null = null
  const d2 = (i: number, c: Float64Array, j: number): number => {
    let s = 0
    for (let f = 0; f < p; f++) {
      const t = data[i * p + f] - c[j * p + f]
      s += t * t
    }
    return s
  }
  for (let run = 0; run < nInit; run++) {
    checkCancel(control?.cancel)
    const r = rng.fork()
    const C = new Float64Array(k * p)
    // k-means++ seeding
    const first = r.int(n)
    C.set(data.subarray(first * p, first * p + p), 0)
    const minD = new Float64Array(n)
    for (let i = 0; i < n; i++) minD[i] = d2(i, C, 0)
    for (let j = 1; j < k; j++) {
      let total = 0
      for (let i = 0; i < n; i++) total += minD[i]
      let pick = 0
      if (total > 0) {
        let u = r.next() * total
        for (pick = 0; pick < n - 1; pick++) {
          u -= minD[pick]
          if (u < 0) break
        }
      } else pick = r.int(n)
      C.set(data.subarray(pick * p, pick * p + p), j * p)
      for (let i = 0; i < n; i++) minD[i] = Math.min(minD[i], d2(i, C, j))
    }
    const labels = new Int32Array(n)
    let inertia = Infinity
    for (let it = 0; it < maxIter; it++) {
      let changed = it === 0
      inertia = 0
      for (let i = 0; i < n; i++) {
        let bj = 0
        let bd = Infinity
        for (let j = 0; j < k; j++) {
          const d = d2(i, C, j)
          if (d < bd) { bd = d; bj = j }
        }
        if (labels[i] !== bj) { labels[i] = bj; changed = true }
        inertia += bd
      }
      if (!changed) break
      const counts = new Float64Array(k)
      C.fill(0)
      for (let i = 0; i < n; i++) {
        counts[labels[i]]++
        for (let f = 0; f < p; f++) C[labels[i] * p + f] += data[i * p + f]
      }
      for (let j = 0; j < k; j++) {
        if (counts[j] === 0) {
          // empty cluster: restart it on the point farthest from its centre
          let far = 0, fd = -1
          for (let i = 0; i < n; i++) {
            const d = d2(i, C, labels[i]) / Math.max(1, counts[labels[i]] ** 2)
            if (d > fd) { fd = d; far = i }
          }
          C.set(data.subarray(far * p, far * p + p), j * p)
          continue
        }
        for (let f = 0; f < p; f++) C[j * p + f] /= counts[j]
      }
    }
    if (!best || inertia < best.inertia) best = { labels, centers: matrix(k, p, C), inertia }
    control?.onProgress?.((run + 1) / nInit, `k-means run ${run + 1}/${nInit}`)
  }
  return best as KMeansResult
}

export interface GroupProfile {
  group: number
  size: number
  /** share of the chosen customers */
  share: number
  /** raw feature means, in `features` order */
  means: number[]
  /** means in standard deviations from the audience mean */
  zMeans: number[]
  /** one line for the brief: the features that set this group apart */
  description: string
}

export interface CreativeGroups {
  k: number
  seed: number
  features: string[]
  /** group of each chosen customer (same order as the audience rows) */
  labels: Int32Array
  sizes: number[]
  /** standardisation used: audience mean and population sd per feature */
  mean: number[]
  sd: number[]
  /** inertia (within-group sum of squares, standardised space) per k, for the elbow chart */
  elbow: { k: number; inertia: number }[]
  profiles: GroupProfile[]
  warnings: string[]
}

export interface GroupOptions {
  k?: number
  seed?: number
  /** k values for the elbow curve (default 2..8, capped by the audience size) */
  elbowKs?: number[]
  kmeans?: KMeansFn
}

export const defaultGroupOptions = { k: 5, seed: 42, elbowKs: [2, 3, 4, 5, 6, 7, 8] }

/** Standardised feature matrix of the given rows; missing values are set to the column mean. */
export function standardizedFeatures(t: Table, rows: ArrayLike<number>, features: string[]): { X: Matrix; mean: number[]; sd: number[]; raw: Matrix; warnings: string[] } {
  if (features.length === 0) throw new RangeError('Choose at least one numeric feature to group customers by')
  const n = rows.length
  const p = features.length
  const raw = matrix(n, p)
  const X = matrix(n, p)
  const mean: number[] = []
  const sd: number[] = []
  const warnings: string[] = []
  features.forEach((name, j) => {
    const col = getColumn(t, name)
    const v = numericValues(col)
    let s = 0, m = 0, bad = 0
    for (let k = 0; k < n; k++) {
      const x = v[rows[k]]
      if (Number.isFinite(x)) { s += x; m++ } else bad++
    }
    if (col.storage === 'string' && bad > 0) {
      const example = col.levels.find((l) => l.trim() !== '' && !Number.isFinite(Number(l)))
      if (example !== undefined) throw new RangeError(`Feature "${name}" is not numeric (e.g. "${example}")`)
    }
    if (m === 0) throw new RangeError(`Feature "${name}" has no numeric value among the chosen customers`)
    const mu = s / m
    let ss = 0
    for (let k = 0; k < n; k++) {
      const x = v[rows[k]]
      const xv = Number.isFinite(x) ? x : mu
      raw.data[k * p + j] = xv
      ss += (xv - mu) * (xv - mu)
    }
    const sigma = Math.sqrt(ss / n)
    if (bad) warnings.push(`Feature "${name}": ${bad} missing value${bad > 1 ? 's' : ''} set to the mean ${+mu.toPrecision(6)}`)
    if (sigma === 0) warnings.push(`Feature "${name}" is constant among the chosen customers and does not separate groups`)
    mean.push(mu)
    sd.push(sigma)
    for (let k = 0; k < n; k++) X.data[k * p + j] = sigma > 0 ? (raw.data[k * p + j] - mu) / sigma : 0
  })
  return { X, mean, sd, raw, warnings }
}

function describe(features: string[], z: number[]): string {
  const items = features.map((f, j) => ({ f, z: z[j] })).filter((d) => Math.abs(d.z) >= 0.5).sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, 4)
  if (!items.length) return 'Close to the average on every feature'
  const fmt = (d: { f: string; z: number }): string => `${d.f} (${d.z > 0 ? '+' : '−'}${Math.abs(d.z).toFixed(1)} sd)`
  const hi = items.filter((d) => d.z > 0).map(fmt)
  const lo = items.filter((d) => d.z < 0).map(fmt)
  return [hi.length ? `higher ${hi.join(', ')}` : '', lo.length ? `lower ${lo.join(', ')}` : ''].filter(Boolean).join('; ').replace(/^./, (c) => c.toUpperCase())
}

/** Group the chosen customers (rows of `t`) into k groups for creatives. */
export function groupAudience(t: Table, rows: ArrayLike<number>, features: string[], options: GroupOptions = {}, control?: RunControl): CreativeGroups {
  const opt = { ...defaultGroupOptions, ...options }
  const km = options.kmeans ?? ((X: Matrix, k: number, seed: number, c?: RunControl) => lloydKMeans(X, k, seed, c))
  const n = rows.length
  if (!Number.isInteger(opt.k) || opt.k < 1) throw new RangeError(`Number of groups must be a whole number ≥ 1, got ${opt.k}`)
  if (opt.k > n) throw new RangeError(`Cannot make ${opt.k} groups from ${n} chosen customers`)
  const { X, mean, sd, raw, warnings } = standardizedFeatures(t, rows, features)
  const ks = [...new Set([...opt.elbowKs, opt.k])].filter((k) => k >= 1 && k <= n).sort((a, b) => a - b)
  const elbow: { k: number; inertia: number }[] = []
  let chosen: KMeansResult | null = null
  ks.forEach((k, i) => {
    checkCancel(control?.cancel)
    const r = km(X, k, opt.seed)
    elbow.push({ k, inertia: r.inertia })
    if (k === opt.k) chosen = r
    control?.onProgress?.((i + 1) / ks.length, `k-means k=${k}`)
  })
  const res = chosen as unknown as KMeansResult
  const k = opt.k
  const p = features.length
  const sizes = new Array<number>(k).fill(0)
  const sums = new Float64Array(k * p)
  for (let i = 0; i < n; i++) {
    const g = res.labels[i]
    sizes[g]++
    for (let j = 0; j < p; j++) sums[g * p + j] += raw.data[i * p + j]
  }
  const profiles: GroupProfile[] = sizes.map((size, g) => {
    const means = features.map((_, j) => (size ? sums[g * p + j] / size : NaN))
    const zMeans = means.map((m, j) => (sd[j] > 0 && size ? (m - mean[j]) / sd[j] : 0))
    return { group: g, size, share: size / n, means, zMeans, description: describe(features, zMeans) }
  })
  return { k, seed: opt.seed, features: features.slice(), labels: res.labels, sizes, mean, sd, elbow, profiles, warnings }
}
