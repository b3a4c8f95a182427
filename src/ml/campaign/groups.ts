/**
 * Groups for creatives: k-means on the chosen customers' numeric features (standardised), with an
 * elbow curve and a plain-language profile of each group to brief one creative per group.
 *
 * The k-means routine is injectable (`KMeansFn`); the default is src/ml/clustering's
 * (k-means++ init, Lloyd iterations, best of 10 runs, numpy-compatible random stream).
 */
import { matrix, type Matrix } from '../core/matrix'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { kmeansSteps, runSteps } from '../clustering/kmeans'
import { suggestK } from '../clustering/elbow'
import { silhouetteScores } from '../clustering/silhouette'
import { getColumn, numericValues, type Table } from '../../data/table'
import { msg, num, list, MessageError, type Label, type Message } from '../core/message'

export interface KMeansResult {
  labels: Int32Array
  /** k × p centres in the space the data was given in */
  centers: Matrix
  inertia: number
}

export type KMeansFn = (X: Matrix, k: number, seed: number, control?: RunControl) => KMeansResult

/** The app's k-means (src/ml/clustering: k-means++, Lloyd, best of 10 inits, sklearn-compatible). */
export const clusteringKMeans: KMeansFn = (X, k, seed, control) => {
  const fit = runSteps(kmeansSteps(X, { k, seed, nInit: 10 }), control)
  return { labels: fit.labels, centers: matrix(k, X.cols, fit.centers), inertia: fit.inertia }
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
  description: Label
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
  /**
   * the k the elbow and silhouette point to (src/ml/clustering's rule); absent in groups stored
   * before it was computed
   */
  suggested?: GroupsSuggestedK
  profiles: GroupProfile[]
  warnings: Label[]
}

export interface GroupsSuggestedK {
  k: number
  byElbow: number | null
  bySilhouette: number | null
  /** mean silhouette per elbow k (null for k = 1), same order as `elbow` */
  silhouettes: (number | null)[]
  /** customers the silhouettes were measured on (a seeded sample above `silhouetteSample`) */
  silhouetteN: number
}

export interface GroupOptions {
  k?: number
  seed?: number
  /** k values for the elbow curve (default 2..8, capped by the audience size) */
  elbowKs?: number[]
  kmeans?: KMeansFn
  /**
   * silhouettes (all pairs) on at most this many customers, a seeded sample above it: a
   * suggestion, not a parity number, so it stays a second or so on a large audience
   */
  silhouetteSample?: number
}

export const defaultGroupOptions = { k: 5, seed: 42, elbowKs: [2, 3, 4, 5, 6, 7, 8], silhouetteSample: 3000 }

/** Standardised feature matrix of the given rows; missing values are set to the column mean. */
export function standardizedFeatures(t: Table, rows: ArrayLike<number>, features: string[]): { X: Matrix; mean: number[]; sd: number[]; raw: Matrix; warnings: Message[] } {
  if (features.length === 0) throw new MessageError('campaign.error.groupNoFeature')
  const n = rows.length
  const p = features.length
  const raw = matrix(n, p)
  const X = matrix(n, p)
  const mean: number[] = []
  const sd: number[] = []
  const warnings: Message[] = []
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
      if (example !== undefined) throw new MessageError('campaign.error.groupNotNumeric', { column: name, example })
    }
    if (m === 0) throw new MessageError('campaign.error.groupNoValue', { column: name })
    const mu = s / m
    let ss = 0
    for (let k = 0; k < n; k++) {
      const x = v[rows[k]]
      const xv = Number.isFinite(x) ? x : mu
      raw.data[k * p + j] = xv
      ss += (xv - mu) * (xv - mu)
    }
    const sigma = Math.sqrt(ss / n)
    if (bad) warnings.push(msg('campaign.group.missingFilled', { column: name, n: bad, mean: num(+mu.toPrecision(6), 6) }))
    if (sigma === 0) warnings.push(msg('campaign.group.constant', { column: name }))
    mean.push(mu)
    sd.push(sigma)
    for (let k = 0; k < n; k++) X.data[k * p + j] = sigma > 0 ? (raw.data[k * p + j] - mu) / sigma : 0
  })
  return { X, mean, sd, raw, warnings }
}

/**
 * One line for the brief: up to four features at least half a standard deviation from the audience
 * mean, largest first, e.g. "Higher balance (+1.2 sd); lower age (−0.8 sd)".
 */
export function describeGroup(features: string[], z: number[]): Message {
  const items = features.map((f, j) => ({ f, z: z[j] })).filter((d) => Math.abs(d.z) >= 0.5).sort((a, b) => Math.abs(b.z) - Math.abs(a.z)).slice(0, 4)
  if (!items.length) return msg('campaign.group.average')
  const item = (d: { f: string; z: number }): Message => msg(d.z > 0 ? 'campaign.group.itemUp' : 'campaign.group.itemDown', { feature: d.f, z: num(Math.abs(d.z), 1, 1) })
  const hi = items.filter((d) => d.z > 0).map(item)
  const lo = items.filter((d) => d.z < 0).map(item)
  if (hi.length && lo.length) return msg('campaign.group.higherLower', { higher: list(hi), lower: list(lo) })
  return hi.length ? msg('campaign.group.higher', { higher: list(hi) }) : msg('campaign.group.lower', { lower: list(lo) })
}

/** Group the chosen customers (rows of `t`) into k groups for creatives. */
export function groupAudience(t: Table, rows: ArrayLike<number>, features: string[], options: GroupOptions = {}, control?: RunControl): CreativeGroups {
  const opt = { ...defaultGroupOptions, ...options }
  const km = options.kmeans ?? clusteringKMeans
  const n = rows.length
  if (!Number.isInteger(opt.k) || opt.k < 1) throw new MessageError('campaign.error.groupK', { value: String(opt.k) })
  if (opt.k > n) throw new MessageError('campaign.error.groupTooMany', { k: opt.k, n })
  const { X, mean, sd, raw, warnings } = standardizedFeatures(t, rows, features)
  const ks = [...new Set([...opt.elbowKs, opt.k])].filter((k) => k >= 1 && k <= n).sort((a, b) => a - b)
  const elbow: { k: number; inertia: number }[] = []
  const labellings: Int32Array[] = []
  let chosen: KMeansResult | null = null
  ks.forEach((k, i) => {
    checkCancel(control?.cancel)
    const r = km(X, k, opt.seed, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0.9 * i / ks.length, 0.9 * (i + 1) / ks.length) })
    elbow.push({ k, inertia: r.inertia })
    labellings.push(r.labels)
    if (k === opt.k) chosen = r
  })
  const sil = silhouetteScores(X, labellings, { exactLimit: opt.silhouetteSample, sampleSize: opt.silhouetteSample, seed: opt.seed },
    { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, 0.9, 1) })
  const silhouettes = sil.scores.map((x) => (Number.isFinite(x) ? x : null))
  const s = suggestK(elbow.map((e, i) => ({ ...e, silhouette: silhouettes[i] })))
  const suggested: GroupsSuggestedK = { k: s.k, byElbow: s.byElbow, bySilhouette: s.bySilhouette, silhouettes, silhouetteN: sil.n }
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
    return { group: g, size, share: size / n, means, zMeans, description: describeGroup(features, zMeans) }
  })
  return { k, seed: opt.seed, features: features.slice(), labels: res.labels, sizes, mean, sd, elbow, suggested, profiles, warnings }
}

/** A column as the groups step sees it: the dataset profile's name, storage, inferred type and role. */
export interface GroupColumn {
  name: string
  storage: 'number' | 'string'
  type?: string
  role?: string
}

/** Why a numeric column is offered but not ticked by default. */
export type GroupLeftOut = 'target' | 'leaky' | 'score' | 'excluded' | 'flag' | 'notInModel'

export interface GroupFeatureDefaults {
  /** numeric columns the user may group by (not the id, the score or a date) */
  offered: string[]
  /** the ones ticked by default */
  ticked: string[]
  /** offered but not ticked, and why */
  leftOut: { column: string; reason: GroupLeftOut }[]
}

/**
 * Model outputs in a scored file ("probability", "score", "p_churn", "propensity_2", "uplift"):
 * grouping customers by the number that chose them only splits the audience by its own ranking.
 * "credit_score" or "pdays" are inputs, not outputs, and stay.
 */
const SCORE_NAME = /^(p|prob|proba|probability|propensity|pred|predicted|prediction|uplift|decile|score|scored)(_\d+)?$|^(p|prob|proba|probability|propensity|pred|predicted|prediction|uplift)_.+|_(prob|proba|probability|propensity|prediction|uplift)(_\d+)?$/i

/**
 * The features the groups step ticks by default: numeric inputs that describe a customer, never the
 * id, the score, the outcome, a column the model's leakage check flagged, a 0/1 flag or a column the
 * audience was filtered on. When the model's own features are known, only those (the groups then
 * speak the same language as the targeting); when none of them is in this file, every sensible input.
 */
export function defaultGroupFeatures(columns: readonly GroupColumn[], ctx: {
  idColumn: string
  scoreColumn: string
  /** columns the audience step filtered on */
  excluded?: readonly string[]
  /** the predictive model behind the scores, when known */
  model?: { target: string; features: readonly string[]; leaky: readonly string[] } | null
}): GroupFeatureDefaults {
  const offered = columns.filter((c) => c.storage === 'number' && !['date', 'datetime', 'id'].includes(c.type ?? '') && c.role !== 'id' && c.role !== 'date'
    && c.name !== ctx.idColumn && c.name !== ctx.scoreColumn)
  const excluded = new Set(ctx.excluded ?? [])
  const leaky = new Set(ctx.model?.leaky ?? [])
  const leftOut: { column: string; reason: GroupLeftOut }[] = []
  const sensible = offered.filter((c) => {
    const reason: GroupLeftOut | null = c.role === 'target' || c.name === ctx.model?.target ? 'target'
      : leaky.has(c.name) ? 'leaky'
        : SCORE_NAME.test(c.name) ? 'score'
          : excluded.has(c.name) ? 'excluded'
            : c.type === 'boolean' ? 'flag' : null
    if (reason) leftOut.push({ column: c.name, reason })
    return reason === null
  })
  const inModel = new Set(ctx.model?.features ?? [])
  const fromModel = sensible.filter((c) => inModel.has(c.name))
  const ticked = fromModel.length ? fromModel : sensible
  if (fromModel.length) for (const c of sensible) if (!inModel.has(c.name)) leftOut.push({ column: c.name, reason: 'notInModel' })
  return { offered: offered.map((c) => c.name), ticked: ticked.map((c) => c.name), leftOut }
}
