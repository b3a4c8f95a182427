/**
 * Elbow and silhouette over a range of k, with a suggested k and the reason.
 *
 * Suggested k (documented rule):
 * 1. elbow knee = the k where the inertia curve bends most: the largest second difference
 *    (I[k−1] − I[k]) − (I[k] − I[k+1]) (needs three consecutive k);
 * 2. silhouette best = the k ≥ 3 with the highest silhouette (k = 2 is allowed only when the range
 *    has no k ≥ 3), because two groups are rarely useful for marketing and k = 2 often wins by default;
 * 3. when both exist and agree, that k; when they differ, the silhouette best (it measures
 *    separation directly), and the reason names both; with only one of them, that one.
 */
import type { Matrix } from '../core/matrix'
import type { RunControl } from '../core/progress'
import { checkCancel, subProgress } from '../core/progress'
import type { KMeansFit, KMeansOptions } from './kmeans'
import { countDistinctRows, defaultKMeansOptions, kmeansSteps, runSteps } from './kmeans'
import type { SilhouetteOptions } from './silhouette'
import { silhouetteScores } from './silhouette'
import { MessageError, msg, num, type Message } from '../core/message'

export interface ElbowOptions {
  kMin: number
  kMax: number
  nInit: number
  maxIter: number
  tol: number
  seed: number
  /** compute silhouettes (exact up to 20,000 points, else on a seeded sample) */
  silhouette: boolean
  silhouetteOptions: Partial<SilhouetteOptions>
}

export const defaultElbowOptions: ElbowOptions = {
  kMin: 2,
  kMax: 10,
  nInit: defaultKMeansOptions.nInit,
  maxIter: defaultKMeansOptions.maxIter,
  tol: defaultKMeansOptions.tol,
  seed: defaultKMeansOptions.seed,
  silhouette: true,
  silhouetteOptions: {},
}

export interface ElbowPoint {
  k: number
  /** inertia in the clustered space */
  inertia: number
  /** null when not computed (or k = 1) */
  silhouette: number | null
  nIter: number
  fitSeconds: number
}

export interface SuggestedK {
  k: number
  /** why, as a message (older stored results hold the English sentence) */
  reason: Message
  byElbow: number | null
  bySilhouette: number | null
}

export interface ElbowResult {
  points: ElbowPoint[]
  suggested: SuggestedK
  /** how many points the silhouettes used, and whether that was a sample */
  silhouetteN: number
  silhouetteSampled: boolean
  /** the fits, one per k (labels + centres in the clustered space), so a chosen k needs no refit */
  fits: Map<number, KMeansFit>
  silhouetteSeconds: number
}

/** The suggested k from inertias and silhouettes (see the module comment for the rule). */
export function suggestK(points: { k: number; inertia: number; silhouette: number | null }[]): SuggestedK {
  const pts = points.slice().sort((a, b) => a.k - b.k)
  let byElbow: number | null = null
  let bestBend = -Infinity
  for (let i = 1; i + 1 < pts.length; i++) {
    if (pts[i].k - pts[i - 1].k !== 1 || pts[i + 1].k - pts[i].k !== 1) continue
    const bend = pts[i - 1].inertia - pts[i].inertia - (pts[i].inertia - pts[i + 1].inertia)
    if (bend > bestBend) {
      bestBend = bend
      byElbow = pts[i].k
    }
  }
  const withSil = pts.filter((p) => p.silhouette !== null && Number.isFinite(p.silhouette))
  const pool = withSil.some((p) => p.k >= 3) ? withSil.filter((p) => p.k >= 3) : withSil
  let bySilhouette: number | null = null
  let bestSil = -Infinity
  for (const p of pool) {
    if (p.silhouette! > bestSil) {
      bestSil = p.silhouette!
      bySilhouette = p.k
    }
  }
  const sil = msg(pool.length < withSil.length ? 'segment.k.silhouetteK3' : 'segment.k.silhouette', { s: num(bestSil, 3, 3) })
  if (byElbow !== null && bySilhouette !== null) {
    if (byElbow === bySilhouette) return { k: byElbow, reason: msg('segment.k.both', { k: byElbow, sil }), byElbow, bySilhouette }
    return { k: bySilhouette, reason: msg('segment.k.silElbow', { k: bySilhouette, sil, elbow: byElbow }), byElbow, bySilhouette }
  }
  if (bySilhouette !== null) return { k: bySilhouette, reason: msg('segment.k.sil', { k: bySilhouette, sil }), byElbow, bySilhouette }
  if (byElbow !== null) return { k: byElbow, reason: msg('segment.k.elbow', { k: byElbow }), byElbow, bySilhouette }
  const k = pts.length ? pts[0].k : 1
  return { k, reason: msg('segment.k.only', { k }), byElbow, bySilhouette }
}

/** Parse "4" or "2..10" (also "2-10") into a k range. */
export function parseKRange(s: string): { kMin: number; kMax: number } {
  const m = /^\s*(\d+)\s*(?:(?:\.\.|-|:)\s*(\d+))?\s*$/.exec(s)
  if (!m) throw new MessageError('cluster.error.kText', { value: s })
  const a = Number(m[1]), b = m[2] !== undefined ? Number(m[2]) : a
  if (a < 1 || b < a) throw new MessageError('cluster.error.kRange', { value: s })
  if (b - a > 50) throw new MessageError('cluster.error.kWide', { value: s })
  return { kMin: a, kMax: b }
}

/**
 * k-means for every k in [kMin, kMax] on an already-transformed matrix (inertia in that space),
 * then silhouettes for all k in one pass over the pairs.
 */
export function elbow(Xt: Matrix, options: Partial<ElbowOptions> = {}, control?: RunControl): ElbowResult {
  const o = { ...defaultElbowOptions, ...options }
  if (!Number.isInteger(o.kMin) || !Number.isInteger(o.kMax) || o.kMin < 1 || o.kMax < o.kMin) {
    throw new MessageError('cluster.error.kRange', { value: `${o.kMin}..${o.kMax}` })
  }
  const distinct = countDistinctRows(Xt, o.kMax)
  if (distinct === 1 && Xt.rows > 1) throw new MessageError('cluster.error.identical')
  if (distinct < o.kMax) throw new MessageError('cluster.error.kDistinct', { k: o.kMax, n: distinct })
  const ks: number[] = []
  for (let k = o.kMin; k <= o.kMax; k++) ks.push(k)
  const fitShare = o.silhouette ? 0.6 : 1
  const fits = new Map<number, KMeansFit>()
  const points: ElbowPoint[] = []
  ks.forEach((k, i) => {
    checkCancel(control?.cancel)
    const t0 = performance.now()
    const gen = kmeansSteps(Xt, { k, nInit: o.nInit, maxIter: o.maxIter, tol: o.tol, seed: o.seed })
    const from = (fitShare * i) / ks.length, to = (fitShare * (i + 1)) / ks.length
    const fit = runSteps(gen, control, from, to)
    fits.set(k, fit)
    points.push({ k, inertia: fit.inertia, silhouette: null, nIter: fit.nIter, fitSeconds: (performance.now() - t0) / 1000 })
  })
  let silhouetteN = 0, silhouetteSampled = false, silhouetteSeconds = 0
  if (o.silhouette) {
    const t0 = performance.now()
    const use = points.filter((p) => p.k >= 2)
    if (use.length) {
      const r = silhouetteScores(Xt, use.map((p) => fits.get(p.k)!.labels), o.silhouetteOptions, { cancel: control?.cancel, onProgress: subProgress(control?.onProgress, fitShare, 1) })
      use.forEach((p, i) => (p.silhouette = r.scores[i]))
      silhouetteN = r.n
      silhouetteSampled = r.sampled
    }
    silhouetteSeconds = (performance.now() - t0) / 1000
  }
  return { points, suggested: suggestK(points), silhouetteN, silhouetteSampled, fits, silhouetteSeconds }
}

export type { KMeansOptions }
